#pragma once

#include "FormDef.h"
#include "LiveText.h"
#include "PageQuery.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

class QWidget;

namespace fb {

class Database;

// Record → Export…: asks what and where (ExportDialog), writes the file on the book's reader
// thread and a worker thread (RecordExportTask) with a progress notice after 300 ms whose
// Cancel stops the export and leaves the file as it was, then says in the status bar how many
// records went out, or in a message why none did. Lives in the GUI thread; deletes itself at
// the end.
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
    QString offeredFile() const;

    QPointer<Database> m_database;
    FormDef m_form;
    PageQuery m_shown;
    int m_shownRows;
    QWidget *m_window;
};

} // namespace fb
