#include "RecordExportTask.h"

#include "Database.h"
#include "PageAnchor.h"
#include "WorkerThread.h"
#include "XlsxExport.h"

#include <QCoroFuture>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace fb {

namespace {

using Kind = DbError::Kind;

// Writes on a worker thread: what went wrong, or nothing.
QString writeAll(QIODevice *out, const QByteArray &bytes) {
    if (out->write(bytes) != bytes.size())
        return out->errorString();
    return {};
}

DbError closed() {
    return DbError(Kind::Connection,
                   QT_TRANSLATE_NOOP("fb::DbError", "The book closed before the export ended."));
}

} // namespace

RecordExportTask::RecordExportTask(Database *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_worker(new WorkerThread(this)) {}

QCoro::Task<Reply<qint64>> RecordExportTask::exportToFile(FormDef form, PageQuery query,
                                                          ExportOptions options, QString path) {
    QPointer<RecordExportTask> self = this;
    const QString shown = QDir::toNativeSeparators(path);
    // Written beside the file and renamed over it at the end: an export that fails or is
    // stopped leaves the old file as it was, and never half a file.
    const QFileInfo info(path);
    if (info.isDir())
        co_return Reply<qint64>{
            DbError(Kind::Storage,
                    QT_TRANSLATE_NOOP("fb::DbError", "%1 is a folder; give the name of a file."),
                    {shown}),
            0};
    if (!info.absoluteDir().exists())
        co_return Reply<qint64>{
            DbError(Kind::Storage,
                    QT_TRANSLATE_NOOP("fb::DbError", "There is no folder %1 to write %2 in."),
                    {QDir::toNativeSeparators(info.absolutePath()), info.fileName()}),
            0};
    if (options.format == ExportOptions::Format::Xlsx) {
        // Awaited into a variable: GCC 12 destroys the frame's locals twice after a
        // `co_return co_await` in a branch.
        Reply<qint64> workbook = co_await exportWorkbook(form, query, options, path);
        co_return workbook;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        co_return Reply<qint64>{cannotWrite(path, file->errorString()), 0};
    Reply<qint64> reply =
        co_await exportTo(std::move(form), std::move(query), std::move(options), file.get());
    if (!self || !reply.ok()) {
        file->cancelWriting();
        co_return reply;
    }
    // Committing flushes the whole file to the disk: on the worker thread, like the writing.
    QSaveFile *written = file.get();
    const std::function<bool()> commit = [written] { return written->commit(); };
    if (!co_await m_worker->run(commit))
        reply.error = cannotWrite(path, file->errorString());
    co_return reply;
}

QCoro::Task<Reply<qint64>> RecordExportTask::exportTo(FormDef form, PageQuery query,
                                                      ExportOptions options, QIODevice *out) {
    QPointer<RecordExportTask> self = this;
    if (!m_source)
        co_return Reply<qint64>{closed(), 0};
    RecordExporter exporter(form, std::move(options), m_source->forms());
    const auto write = [out](const QByteArray &bytes) {
        const QString problem = writeAll(out, bytes);
        return problem.isEmpty()
                   ? DbError()
                   : DbError(Kind::Storage,
                             QT_TRANSLATE_NOOP("fb::DbError", "The export cannot be written (%1)."),
                             {problem});
    };
    const std::function<DbError()> begin = [&] { return write(exporter.begin()); };
    if (const DbError e = co_await m_worker->run(begin); e.isError())
        co_return Reply<qint64>{e, 0};
    if (!self)
        co_return Reply<qint64>{closed(), 0};
    // Formatting a page of thousands of values is work: on the worker thread, with the writing.
    // Named, not a temporary in the co_await (see exportWorkbook).
    const std::function<DbError(const QList<Record> &)> page = [&](const QList<Record> &records) {
        return write(exporter.records(records));
    };
    Reply<qint64> reply = co_await readPages(std::move(form), std::move(query), exporter, page);
    if (!self || !reply.ok())
        co_return reply;
    const std::function<DbError()> end = [&] { return write(exporter.end()); };
    if (const DbError e = co_await m_worker->run(end); e.isError())
        co_return Reply<qint64>{e, 0};
    co_return reply;
}

QCoro::Task<Reply<qint64>> RecordExportTask::exportWorkbook(FormDef form, PageQuery query,
                                                            ExportOptions options, QString path) {
    QPointer<RecordExportTask> self = this;
    if (!m_source)
        co_return Reply<qint64>{closed(), 0};
    RecordExporter names(form, std::move(options), m_source->forms());
    // Made and used on the worker thread only, one page after another; a workbook not closed
    // (failed, stopped) leaves no file. The lambdas are named: GCC 12 destroys a lambda's
    // captures twice when it is a temporary inside a co_await expression.
    std::unique_ptr<XlsxExport> workbook;
    const std::function<DbError(const QList<Record> &)> add = [&](const QList<Record> &records) {
        if (!workbook)
            workbook = std::make_unique<XlsxExport>(names, form, path);
        return workbook->add(records);
    };
    Reply<qint64> reply = co_await readPages(form, std::move(query), names, add);
    if (!self)
        co_return reply;
    const auto close = [&] {
        if (!reply.ok()) {
            workbook.reset();
            return DbError();
        }
        if (!workbook)
            workbook = std::make_unique<XlsxExport>(names, form, path);
        DbError e = workbook->close();
        workbook.reset();
        return e;
    };
    const std::function<DbError()> closeJob = close;
    const DbError closing = co_await m_worker->run(closeJob);
    if (closing.isError())
        co_return Reply<qint64>{closing, 0};
    co_return reply;
}

QCoro::Task<Reply<qint64>>
RecordExportTask::readPages(FormDef form, PageQuery query, RecordExporter &exporter,
                            const std::function<DbError(const QList<Record> &)> &onPage) {
    QPointer<RecordExportTask> self = this;
    Reply<qint64> reply;
    const Reply<qint64> counted = co_await m_source->countRecords(form, query);
    if (!self)
        co_return reply;
    if (!counted.ok()) {
        reply.error = counted.error;
        co_return reply;
    }
    const qint64 total = counted.value;
    Q_EMIT progress(0, total);
    DbError error;
    query.limit = PageSize;
    query.from = PageQuery::From::Start;
    // The next page is asked for before this one is formatted: the reader thread reads while
    // the worker thread writes.
    QFuture<Reply<RecordPage>> next = m_source->fetchPage(form, query);
    while (!error.isError()) {
        const Reply<RecordPage> page = co_await next;
        if (!self)
            co_return reply;
        if (m_canceled || !m_source) {
            error = m_canceled
                        ? DbError(Kind::Internal,
                                  QT_TRANSLATE_NOOP("fb::DbError", "The export was stopped."))
                        : closed();
            break;
        }
        if (!page.ok()) {
            error = page.error;
            break;
        }
        const QList<Record> &records = page.value.records;
        const bool more = !page.value.atEnd && !records.isEmpty();
        if (more) {
            query.from = PageQuery::From::After;
            query.anchorValue =
                PageAnchor::of(m_source->spec().backend, form, query.sortKey, records.last());
            query.anchorId = records.last().id;
            next = m_source->fetchPage(form, query);
        }
        error = co_await nameReferences(exporter, records);
        if (!self)
            co_return reply;
        if (error.isError())
            break;
        const std::function<DbError()> job = [&onPage, &records] { return onPage(records); };
        error = co_await m_worker->run(job);
        if (!self)
            co_return reply;
        if (error.isError())
            break;
        reply.value += records.size();
        Q_EMIT progress(reply.value, std::max(total, reply.value));
        if (!more)
            break;
    }
    if (error.isError()) {
        reply.error = error;
        reply.value = 0;
    }
    co_return reply;
}

QCoro::Task<DbError> RecordExportTask::nameReferences(RecordExporter &exporter,
                                                      const QList<Record> &records) {
    QPointer<RecordExportTask> self = this;
    const QList<RecordExporter::RecordKey> keys = exporter.referencedRecords(records);
    // Asked all at once, answered in order by the reader thread.
    QList<std::optional<QFuture<Reply<Record>>>> asked;
    for (const RecordExporter::RecordKey &key : keys) {
        const std::optional<FormDef> target = m_source ? m_source->form(key.first) : std::nullopt;
        if (!target)
            asked << std::nullopt;
        else
            asked << m_source->fetchRecord(*target, key.second);
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!asked[i]) {
            exporter.nameMissing(keys[i]);
            continue;
        }
        const Reply<Record> record = co_await *asked[i];
        if (!self)
            co_return closed();
        // A record gone (purged, or in a form removed meanwhile) leaves its cell empty.
        if (record.ok())
            exporter.name(keys[i], record.value);
        else if (record.error.kind() == Kind::Connection)
            co_return record.error;
        else
            exporter.nameMissing(keys[i]);
    }
    co_return DbError();
}

} // namespace fb
