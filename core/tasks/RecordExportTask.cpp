#include "RecordExportTask.h"

#include "Database.h"
#include "PageAnchor.h"

#include <QCoroFuture>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_source(source) {}

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
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        co_return Reply<qint64>{
            DbError(Kind::Storage, QT_TRANSLATE_NOOP("fb::DbError", "%1 cannot be written (%2)."),
                    {shown, file->errorString()}),
            0};
    Reply<qint64> reply =
        co_await exportTo(std::move(form), std::move(query), std::move(options), file.get());
    if (!self || !reply.ok()) {
        file->cancelWriting();
        co_return reply;
    }
    // Committing flushes the whole file to the disk: on the worker thread, like the writing.
    QSaveFile *written = file.get();
    if (!co_await QtConcurrent::run([written] { return written->commit(); }))
        reply.error =
            DbError(Kind::Storage, QT_TRANSLATE_NOOP("fb::DbError", "%1 cannot be written (%2)."),
                    {shown, file->errorString()});
    co_return reply;
}

QCoro::Task<Reply<qint64>> RecordExportTask::exportTo(FormDef form, PageQuery query,
                                                      ExportOptions options, QIODevice *out) {
    QPointer<RecordExportTask> self = this;
    Reply<qint64> reply;
    if (!m_source) {
        reply.error = closed();
        co_return reply;
    }
    const Reply<qint64> counted = co_await m_source->countRecords(form, query);
    if (!self)
        co_return reply;
    if (!counted.ok()) {
        reply.error = counted.error;
        co_return reply;
    }
    const qint64 total = counted.value;
    Q_EMIT progress(0, total);

    RecordExporter exporter(form, std::move(options), m_source->forms());
    const auto write = [&](const QByteArray &bytes) -> QCoro::Task<DbError> {
        const QString problem = co_await QtConcurrent::run(writeAll, out, bytes);
        if (problem.isEmpty())
            co_return DbError();
        co_return DbError(Kind::Storage,
                          QT_TRANSLATE_NOOP("fb::DbError", "The export cannot be written (%1)."),
                          {problem});
    };
    DbError error = co_await write(exporter.begin());
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
        // Formatting a page of thousands of values is work: on the worker thread too.
        const QByteArray bytes =
            co_await QtConcurrent::run([&exporter, &records] { return exporter.records(records); });
        if (!self)
            co_return reply;
        error = co_await write(bytes);
        if (!self)
            co_return reply;
        reply.value += records.size();
        Q_EMIT progress(reply.value, std::max(total, reply.value));
        if (!more)
            break;
    }
    if (!error.isError())
        error = co_await write(exporter.end());
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
