#pragma once

#include "BookSpec.h"
#include "Database.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace fb {


// The main window: it wires the parts together and shows the book's state. It appears
// before the book is open; everything it learns about the book arrives as signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `spec` in a new Database; the window shows "Opening…" until it is ready.
    void openBook(const BookSpec &spec);
    Database *database() const { return m_database; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    QPointer<Database> m_database;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    bool m_closeWhenDone = false;
};

} // namespace fb
