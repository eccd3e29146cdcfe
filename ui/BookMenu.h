#pragma once

#include "WindowSettings.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace fb {

// File → New Book, Open Book and Recent Books: asks where the book is (file dialogs, the
// recent list) and says which one to open; the window opens it.
class BookMenu : public QObject {
    Q_OBJECT
public:
    BookMenu(QAction *newBook, QAction *openBook, QMenu *recent, QWidget *window);

    // Rebuilds Recent Books from the settings (after a book is opened, or a language change).
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void askNewBook();
    void askExistingBook();
    void openRecent(const QString &path);
    QString folder() const;

    QMenu *m_recent;
    QWidget *m_window;
    WindowSettings m_settings;
};

} // namespace fb
