#pragma once

#include "BookCopier.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

namespace fb {

class Database;

// "Save What Can Be Read…" on the banner of a damaged book: asks for a new file (a file dialog
// opened with open(), no nested event loop), saves what can be read of the book into it
// (BookCopier::salvageTo, with a progress notice after 300 ms whose Cancel stops the salvage
// and removes the new file), then says what was saved and offers to open the new book.
// Lives in the GUI thread; deletes itself when the person has seen the outcome.
class SalvageFlow : public QObject {
    Q_OBJECT
public:
    SalvageFlow(Database *source, QWidget *window);

    // Opens the file dialog (object name "salvageFileDialog"); the rest follows from it.
    void start();

Q_SIGNALS:
    // The person chose to open the new book.
    void openRequested(const QString &path);

private:
    QCoro::Task<> run(QString path);
    void showOutcome(const Reply<BookCopier::Summary> &reply, const QString &path);

    QPointer<Database> m_source;
    QWidget *m_window;
};

} // namespace fb
