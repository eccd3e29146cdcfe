#include "ImportBench.h"

#include "CsvImport.h"
#include "Database.h"
#include "RawPostgres.h"
#include "RawSqlite.h"
#include "StallMeter.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace fb::bench {

namespace {

FormDef sixColumnForm() {
    FormDef form;
    form.name = u"Import"_qs;
    auto field = [](const char *key, FieldType type) {
        FieldDef f;
        f.key = QString::fromLatin1(key);
        f.label = f.key;
        f.type = type;
        return f;
    };
    form.fields = {field("name", FieldType::Text),     field("note", FieldType::LongText),
                   field("count", FieldType::Integer), field("weight", FieldType::Decimal),
                   field("day", FieldType::Date),      field("seen", FieldType::Bool)};
    return form;
}

struct Row {
    QByteArray name, note, weight, day;
    qint64 count;
    bool seen;
};

Row rowOf(qint64 i) {
    Row r;
    r.name = i % 5 == 0 ? "item " + QByteArray::number(i) + ", with a comma"
                        : "item " + QByteArray::number(i);
    r.note = i % 7 == 0 ? "seen twice;\nonce near the river" : "seen once";
    r.count = i % 1000;
    r.weight =
        QByteArray::number(i % 500) + '.' + QByteArray::number(i % 100).rightJustified(2, '0');
    r.day = QDate(2026, 1, 1).addDays(i % 365).toString(Qt::ISODate).toLatin1();
    r.seen = i % 2 == 0;
    return r;
}

void writeCsv(const QString &path, qint64 rows) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("import bench: %s", qPrintable(f.errorString()));
    f.write("name;note;count;weight;day;seen\r\n");
    QByteArray block;
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = rowOf(i);
        block += r.name + ';' + (i % 7 == 0 ? '"' + r.note + '"' : r.note) + ';' +
                 QByteArray::number(r.count) + ';' + r.weight + ';' + r.day + ';' +
                 (r.seen ? "true" : "false") + "\r\n";
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
}

// The SQLite C API loading the same rows into the same table and indexes.
double rawSqlite(const QString &folder, const QStringList &schema, const QString &table,
                 qint64 rows) {
    sqlite3 *db = nullptr;
    const QString path = folder + u"/raw-import.db"_qs;
    QFile::remove(path);
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    for (const QString &ddl : schema) {
        if (sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("schema: %s", sqlite3_errmsg(db));
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = "INSERT INTO \"" + table.toUtf8() +
                           "\" (uuid, created_at, updated_at, name, note, count, weight, day, "
                           "seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("insert: %s", sqlite3_errmsg(db));
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = rowOf(i);
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        sqlite3_bind_text(stmt, 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, r.name.constData(), int(r.name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 5, r.note.constData(), int(r.note.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 6, r.count);
        sqlite3_bind_text(stmt, 7, r.weight.constData(), int(r.weight.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 8, r.day.constData(), int(r.day.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(stmt, 9, r.seen);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            qFatal("insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    QFile::remove(path);
    return rows / seconds;
}

// PostgreSQL's COPY FROM of the same file into the same table (a fresh copy of it).
double rawPostgres(const BookSpec &spec, const QString &table, const QString &csv, qint64 rows) {
    PGconn *conn = rawPostgresConnection(spec);
    const QByteArray copy = "raw_" + table.toUtf8();
    PQclear(PQexec(
        conn,
        ("CREATE TABLE " + copy + " (LIKE \"" + table.toUtf8() + "\" INCLUDING ALL)").constData()));
    // What Fieldbook gives every record, the table gives every row here.
    for (const char *fill : {"uuid SET DEFAULT gen_random_uuid()", "created_at SET DEFAULT now()",
                             "updated_at SET DEFAULT now()"})
        PQclear(PQexec(conn, ("ALTER TABLE " + copy + " ALTER COLUMN " + fill).constData()));
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("import baseline: %s", qPrintable(file.errorString()));
    file.readLine(); // the header
    QElapsedTimer timer;
    timer.start();
    PGresult *started = PQexec(
        conn,
        ("COPY " + copy +
         " (name, note, count, weight, day, seen) FROM STDIN WITH (FORMAT csv, DELIMITER ';')")
            .constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        qFatal("COPY: %s", PQerrorMessage(conn));
    PQclear(started);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        PQputCopyData(conn, chunk.constData(), int(chunk.size()));
    }
    PQputCopyEnd(conn, nullptr);
    PGresult *done = PQgetResult(conn);
    const bool ok = PQresultStatus(done) == PGRES_COMMAND_OK;
    PQclear(done);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!ok)
        std::printf("    (COPY baseline failed: %s)\n", PQerrorMessage(conn));
    PQclear(PQexec(conn, ("DROP TABLE " + copy).constData()));
    PQfinish(conn);
    return ok ? rows / seconds : 0;
}

double peakRssMb() {
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    return 0;
}

} // namespace

ImportFigures measureImport(const BookSpec &spec, qint64 rows, const QString &folder) {
    ImportFigures f;
    f.rows = rows;
    const QString csv = folder + u"/import.csv"_qs;
    writeCsv(csv, rows);
    Database db;
    db.open(spec);
    spinUntil([&] { return db.state() != BookState::Opening && db.state() != BookState::Closed; });
    std::optional<Reply<FormDef>> created;
    // Named: a coroutine of a lambda reads its captures from the lambda, which must outlive it.

    const auto create = [&]() -> QCoro::Task<> {
        created = co_await db.createForm(sixColumnForm());
    };

    QCoro::Task<> creating = create();
    spinUntil([&] { return created.has_value(); });
    if (!created->ok())
        qFatal("import bench: %s", qPrintable(created->error.toLogString()));
    const FormDef form = created->value;
    const ImportSettings settings = CsvImport::guess(csv, form, u"en"_qs).settings;

    auto progress = std::make_shared<ImportProgress>();
    std::optional<Reply<ImportReport>> reply;
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    stalls.start();

    const auto importAll = [&]() -> QCoro::Task<> {
        reply = co_await CsvImport::run(&db, form, csv, settings, {}, {}, progress);
    };

    QCoro::Task<> importing = importAll();
    spinUntil([&] { return reply.has_value(); });
    stalls.stop();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!reply->ok() || !reply->value.committed || reply->value.inserted != rows)
        qFatal("import bench: the import did not go in (%s, %lld rows, %lld problems)",
               qPrintable(reply->error.toLogString()), reply->value.inserted,
               reply->value.problemRows);
    f.fieldbookRate = rows / seconds;
    f.longestStallMs = stalls.longestMs();
    f.peakRssMb = peakRssMb();

    f.idleStallMs = StallMeter::idleLongestMs(seconds);

    // Cancel another import of the same file a quarter of the way in.
    auto second = std::make_shared<ImportProgress>();
    std::optional<Reply<ImportReport>> stopped;
    QElapsedTimer sinceCancel;
    QTimer poll; // in this scope: it stops with it
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!sinceCancel.isValid() && second->rows.load() > rows / 4) {
            sinceCancel.start();
            second->cancel.store(true);
        }
    });
    poll.start(1);
    ImportOptions skip; // the rows are there now: without this every row would be refused
    skip.keep = ImportOptions::Keep::GoodRows;

    const auto importAgain = [&]() -> QCoro::Task<> {
        stopped = co_await CsvImport::run(&db, form, csv, settings, skip, {}, second);
    };

    QCoro::Task<> reimporting = importAgain();
    spinUntil([&] { return stopped.has_value(); });
    poll.stop();
    f.cancelMs = sinceCancel.isValid() ? sinceCancel.nsecsElapsed() / 1e6 : 0;

    f.rawRate = spec.backend == BookSpec::Backend::Sqlite
                    ? rawSqlite(folder, schemaOf(spec.path, form.table), form.table, rows)
                    : rawPostgres(spec, form.table, csv, rows);
    std::optional<bool> closed;

    const auto closeBook = [&]() -> QCoro::Task<> {
        co_await db.close();
        closed = true;
    };

    QCoro::Task<> closing = closeBook();
    spinUntil([&] { return closed.has_value(); });
    QFile::remove(csv);
    return f;
}

} // namespace fb::bench
