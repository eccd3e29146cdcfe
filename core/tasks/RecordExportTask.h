#pragma once

#include "PageQuery.h"
#include "RecordExport.h"
#include "Requests.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;

namespace fb {

class Database;
class WorkerThread;

// Writes the records of one form to a file, page by page: the pages are read on the book's
// reader thread and formatted and written on a worker thread, so the window keeps answering
// while a million rows go out. Lives in the GUI thread; the worker thread is its own.
//
// The records are those `query` selects (its search, filter, sort, trash), in its order; its
// paging is the task's own (by key, so records saved meanwhile neither repeat nor shift
// pages). A file is written beside its name and put in place only when the export is whole:
// a failed or stopped export leaves what was there before.
class RecordExportTask : public QObject {
    Q_OBJECT
public:
    explicit RecordExportTask(Database *source, QObject *parent = nullptr);

    // The number of records written.
    QCoro::Task<Reply<qint64>> exportToFile(FormDef form, PageQuery query, ExportOptions options,
                                            QString path);
    // The same into an open device (the standard output), which is left open.
    QCoro::Task<Reply<qint64>> exportTo(FormDef form, PageQuery query, ExportOptions options,
                                        QIODevice *out);

    // Stops after the page being written; the export then fails with a message saying so.
    void cancel() { m_canceled = true; }

    // Records per page: a page is read in one statement and formatted in one piece.
    static constexpr int PageSize = 500;

Q_SIGNALS:
    // `total` is the number of records the query selected when the export began.
    void progress(qint64 done, qint64 total);

private:
    QCoro::Task<Reply<qint64>> exportWorkbook(FormDef form, PageQuery query, ExportOptions options,
                                              QString path);
    // Reads every page `query` selects, names its references and hands it to `onPage` on a
    // worker thread, one page after another; the number of records handed over.
    QCoro::Task<Reply<qint64>>
    readPages(FormDef form, PageQuery query, RecordExporter &exporter,
              const std::function<DbError(const QList<Record> &)> &onPage);
    QCoro::Task<DbError> nameReferences(RecordExporter &exporter, const QList<Record> &records);

    QPointer<Database> m_source;
    WorkerThread *m_worker; // formats and writes, one page after another
    bool m_canceled = false;
};

} // namespace fb
