#pragma once

#include "ExportDialog.h"
#include "FormDef.h"
#include "LiveText.h"
#include "PageQuery.h"
#include "Requests.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

class QWidget;

namespace fb {

class Database;

// Record → Export…: asks what and where (ExportDialog), writes the file on the book's reader
// thread and a worker thread (RecordExportTask) with a progress notice after 300 ms whose
// Cancel stops the export and leaves the file as it was, then says in the status bar how many
// records went out (or that it was stopped), or in a message why none did, and then offers the
// dialog again with the same choices. Lives in the GUI thread; deletes itself at the end.
class ExportFlow : public QObject {
    Q_OBJECT
public:
    // `shown`: the table's query (search, filter, sort); `shownRows`: how many rows it shows.
    ExportFlow(Database *database, FormDef form, PageQuery shown, int shownRows, QWidget *window);

    void start();

Q_SIGNALS:
    void message(const fb::LiveText &text);

private:
    QCoro::Task<> run();
    // One export of `choice`; `canceled` is set when the person stopped it.
    QCoro::Task<Reply<qint64>> exportOnce(const ExportDialog::Choice &choice, bool *canceled);
    // What the dialog offers first: the last format, a file named after the form in the last
    // folder exported to (else the documents folder).
    ExportDialog::Choice offered() const;

    QPointer<Database> m_database;
    FormDef m_form;
    PageQuery m_shown;
    int m_shownRows;
    QWidget *m_window;
};

} // namespace fb
