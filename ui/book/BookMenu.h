#pragma once

#include "BookSpec.h"
#include "WindowSettings.h"

#include <QFuture>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace fb {

// File → New Book, Open Book, Connect to Server and Recent Books: asks where the book is (file
// dialogs, the server dialog, the recent list) and says which one to open; the window opens it.
class BookMenu : public QObject {
    Q_OBJECT
public:
    BookMenu(QAction *newBook, QAction *openBook, QAction *connectServer, QMenu *recent,
             QWidget *window);

    // Asks for a server and its password (or only the password of `known`), window-modal and
    // without a nested event loop; nullopt if the person cancelled.
    QFuture<std::optional<BookSpec>> askServer(const std::optional<BookSpec> &known = std::nullopt);

    // Rebuilds Recent Books from the settings (after a book is opened, or a language change).
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &path);
    void serverRequested(const fb::BookSpec &spec);

private:
    void askServerThenOpen(const std::optional<BookSpec> &known = std::nullopt);
    void askNewBook();
    void askExistingBook();
    void openRecent(const QString &path);
    QString folder() const;

    QMenu *m_recent;
    QWidget *m_window;
    WindowSettings m_settings;
};

} // namespace fb
