#include "ExportBench.h"

#include "RawPostgres.h"
#include "RecordExportTask.h"
#include "StallMeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace fb::bench {

namespace {

QString columns(const FormDef &form) {
    QStringList names{u"id"_qs};
    for (const FieldDef &f : form.fields)
        names << f.key;
    return names.join(u", "_qs);
}

// The SQLite C API reading the table in id order and writing each row as CSV (every value
// quoted: no scanning for what needs it, so the baseline does less than the export).
double rawSqlite(const QString &book, const FormDef &form, const QString &out) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(book.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("export baseline: %s", sqlite3_errmsg(db));
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("export baseline: %s", qPrintable(file.errorString()));
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = (u"SELECT "_qs + columns(form) + u" FROM \""_qs + form.table +
                            u"\" WHERE deleted_at IS NULL ORDER BY id"_qs)
                               .toUtf8();
    sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    qint64 rows = 0;
    QByteArray line;
    while (sqlite3_step(st) == SQLITE_ROW) {
        line.clear();
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            if (c)
                line += ',';
            line += '"';
            line += reinterpret_cast<const char *>(sqlite3_column_text(st, c));
            line += '"';
        }
        line += "\r\n";
        file.write(line);
        ++rows;
    }
    sqlite3_finalize(st);
    file.close();
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    return rows / seconds;
}

// libpq's COPY of the same rows as CSV, each piece written to the file as it comes.
double rawPostgres(const BookSpec &spec, const FormDef &form, const QString &out) {
    PGconn *conn = rawPostgresConnection(spec);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("export baseline: %s", qPrintable(file.errorString()));
    QElapsedTimer timer;
    timer.start();
    const QByteArray sql = (u"COPY (SELECT "_qs + columns(form) + u" FROM \""_qs + form.table +
                            u"\" WHERE deleted_at IS NULL ORDER BY id) TO STDOUT WITH CSV"_qs)
                               .toUtf8();
    PQclear(PQexec(conn, sql.constData()));
    char *buffer = nullptr;
    int size = 0;
    qint64 rows = 0; // a row of COPY data per call
    while ((size = PQgetCopyData(conn, &buffer, 0)) > 0) {
        file.write(buffer, size);
        PQfreemem(buffer);
        ++rows;
    }
    PQclear(PQgetResult(conn));
    file.close();
    const double seconds = timer.nsecsElapsed() / 1e9;
    PQfinish(conn);
    return rows / seconds;
}

} // namespace

ExportFigures measureExport(Database &db, const FormDef &form, const QString &folder) {
    ExportFigures f;
    const QString out = folder + u"/export.csv"_qs;
    RecordExportTask task(&db);
    StallMeter stalls;
    QElapsedTimer timer;
    std::optional<Reply<qint64>> reply;
    timer.start();
    stalls.start();
    // Named: a coroutine of a lambda reads its captures from the lambda, which must outlive it.

    const auto exportAll = [&]() -> QCoro::Task<> {
        reply = co_await task.exportToFile(form, {}, ExportOptions::rfc4180(), out);
    };

    QCoro::Task<> exporting = exportAll();
    spinUntil([&] { return reply.has_value(); });
    stalls.stop();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!reply->ok())
        qFatal("export: %s", qPrintable(reply->error.toLogString()));
    f.rows = reply->value;
    f.fieldbookRate = f.rows / seconds;
    f.longestStallMs = stalls.longestMs();

    f.idleStallMs = StallMeter::idleLongestMs(seconds);

    const QString raw = folder + u"/raw.csv"_qs;
    f.rawRate = db.spec().backend == BookSpec::Backend::Sqlite
                    ? rawSqlite(db.spec().path, form, raw)
                    : rawPostgres(db.spec(), form, raw);
    QFile::remove(out);
    QFile::remove(raw);
    return f;
}

} // namespace fb::bench
