// fieldbook-bench: prints Fieldbook's speed figures as ratios against baselines measured in
// the same run. See README.md, "Benchmarks".
//
//   fieldbook-bench [saves=100000] [paging rows=1000000]
//
// With FIELDBOOK_PG_HOST/PORT/USER/PASSWORD set (scripts/test's server, or your own), the
// same figures are measured on a PostgreSQL book too.

#include "BackupBench.h"
#include "BenchSchema.h"
#include "ExportBench.h"
#include "FacadeBench.h"
#include "ImportBench.h"
#include "MemoryTuning.h"
#include "PagingBench.h"
#include "RawPostgres.h"
#include "RawSqlite.h"
#include "Requests.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

namespace {

using namespace fb;
using namespace fb::bench;

void printFacade(FacadeBench &facade, int rows, double raw, const char *baseline) {
    const SaveFigures saves = facade.saveThroughput(rows);
    std::printf("(b) %d individual saves through the facade, each acknowledged after commit:\n"
                "    %10.0f saves/s, b/a = %.2f (target >= 0.5, against %s)\n",
                rows, saves.rate, saves.rate / raw, baseline);
    const Latency lat = facade.roundTrips(5000);
    std::printf(
        "(c) round trip to the GUI thread, %d requests (fetch one record by id):\n"
        "    facade p50 %.1f us, p99 %.1f us; bare queued invokeMethod p50 %.1f us, p99 %.1f us;\n"
        "    p50 ratio = %.2f (target <= 2)\n",
        lat.samples, lat.facadeP50, lat.facadeP99, lat.bareP50, lat.bareP99,
        lat.facadeP50 / lat.bareP50);
    std::printf("(d) longest stall of the GUI event loop (1 ms heartbeat) during (b): %.1f ms "
                "(target <= 8)\n",
                saves.longestStallMs);
}

void printPaging(const BookSpec &spec, qint64 rows, const char *baseline) {
    PagingBench paging(spec);
    const PagingFigures p = paging.run(rows);
    std::printf(
        "(e) %lld records: count %.1f ms; a page of 50 sorted by a non-key field: first %.1f ms,\n"
        "    last %.1f ms, next after a middle record %.1f ms (target <= 20 each; medians of 15)\n",
        p.rows, p.countMs, p.firstPageMs, p.lastPageMs, p.nextPageMs);
    QTemporaryDir dir;
    const ExportFigures e = measureExport(paging.database(), paging.form(), dir.path());
    std::printf("(f) export of the %lld records to CSV (RFC 4180) through the export task:\n"
                "    %10.0f records/s; %s to CSV: %10.0f rows/s; f/raw = %.2f\n"
                "    longest GUI stall during the export %.1f ms (the same heartbeat idle for as "
                "long: %.1f ms)\n",
                e.rows, e.fieldbookRate, baseline, e.rawRate, e.fieldbookRate / e.rawRate,
                e.longestStallMs, e.idleStallMs);
    if (spec.backend != BookSpec::Backend::Sqlite)
        return; // a server book is backed up with pg_dump
    const BackupFigures b = measureBackup(paging.database(), dir.path());
    std::printf("(h) backup of the %lld-record book (%.0f MB) through the writer: %.0f ms; the "
                "sqlite3\n"
                "    program's .backup of the same file: %.0f ms; h/cli = %.2f (target <= 1.5);\n"
                "    longest GUI stall during the backup %.1f ms (the same heartbeat idle for as "
                "long: %.1f ms)\n",
                p.rows, b.bytes / 1e6, b.fieldbookMs, b.cliMs,
                b.cliMs > 0 ? b.fieldbookMs / b.cliMs : 0, b.longestStallMs, b.idleStallMs);
}

void printImport(const BookSpec &spec, qint64 rows, const char *baseline) {
    QTemporaryDir dir;
    const ImportFigures i = measureImport(spec, rows, dir.path());
    std::printf("(g) import of %lld CSV rows (six typed columns, quoted commas and line breaks):\n"
                "    %10.0f rows/s; %s: %10.0f rows/s; g/raw = %.2f\n"
                "    longest GUI stall during the import %.1f ms (the same heartbeat idle for as "
                "long: %.1f ms);\n"
                "    peak RSS %.0f MB; Cancel answered in %.0f ms\n",
                i.rows, i.fieldbookRate, baseline, i.rawRate,
                i.rawRate > 0 ? i.fieldbookRate / i.rawRate : 0, i.longestStallMs, i.idleStallMs,
                i.peakRssMb, i.cancelMs);
}

void sqlite(int rows, qint64 pagingRows) {
    QTemporaryDir dir;
    std::printf("== SQLite (WAL, synchronous=FULL)\n");
    const QString bookPath = dir.filePath(QStringLiteral("book.fieldbook"));
    FacadeBench facade(BookSpec::sqlite(bookPath));
    // The baseline gets exactly the table and indexes Fieldbook made for the form.
    const QStringList schema = schemaOf(bookPath, facade.table());
    const double raw = rawSqliteInsertRate(dir.filePath(QStringLiteral("raw.db")), schema, rows);
    std::printf("(a) raw SQLite C API insert, one prepared statement, one transaction,\n"
                "    same table and %lld indexes: %10.0f rows/s\n",
                qlonglong(schema.size() - 1), raw);
    printFacade(facade, rows, raw, "the SQLite C API");
    printPaging(BookSpec::sqlite(dir.filePath(QStringLiteral("paging.fieldbook"))), pagingRows,
                "the SQLite C API");
    printImport(BookSpec::sqlite(dir.filePath(QStringLiteral("import.fieldbook"))), pagingRows,
                "the SQLite C API inserting the same rows");
}

BookSpec postgresSpec(const QString &database) {
    BookSpec spec;
    spec.backend = BookSpec::Backend::Postgres;
    spec.host = qEnvironmentVariable("FIELDBOOK_PG_HOST");
    spec.port = qEnvironmentVariableIntValue("FIELDBOOK_PG_PORT");
    spec.user = qEnvironmentVariable("FIELDBOOK_PG_USER");
    spec.password = qEnvironmentVariable("FIELDBOOK_PG_PASSWORD");
    spec.database = database;
    return spec;
}

bool adminExec(const QString &sql) {
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const BookSpec admin = postgresSpec(QStringLiteral("postgres"));
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void postgres(int rows, qint64 pagingRows) {
    const QString names[] = {
        QStringLiteral("fbbench_") + QUuid::createUuid().toString(QUuid::Id128).left(8),
        QStringLiteral("fbbench_") + QUuid::createUuid().toString(QUuid::Id128).left(8)};
    for (const QString &name : names) {
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            std::printf("== PostgreSQL: cannot create a database on the server; skipped\n");
            return;
        }
    }
    std::printf("\n== PostgreSQL (server on %s:%d)\n",
                qPrintable(qEnvironmentVariable("FIELDBOOK_PG_HOST")),
                qEnvironmentVariableIntValue("FIELDBOOK_PG_PORT"));
    {
        FacadeBench facade(postgresSpec(names[0]));
        const double raw = rawPostgresInsertRate(postgresSpec(names[0]), facade.table(), rows);
        std::printf(
            "(a) libpq directly, one prepared insert, one transaction, same table: %10.0f rows/s\n",
            raw);
        printFacade(facade, rows, raw, "libpq");
        printPaging(postgresSpec(names[1]), pagingRows, "libpq's COPY");
        printImport(postgresSpec(names[1]), pagingRows / 10, "COPY FROM of the same file");
    }
    for (const QString &name : names)
        adminExec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

} // namespace

int main(int argc, char *argv[]) {
    fb::tuneMemoryForResponsiveness();        // measured as the program runs
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    QCoreApplication app(argc, argv);
    fb::registerMetaTypes();
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const qint64 pagingRows = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 1000000;
    std::printf("fieldbook-bench: %d saves, %lld records for paging, five typed columns\n\n", rows,
                pagingRows);
    sqlite(rows, pagingRows);
    if (!qEnvironmentVariableIsEmpty("FIELDBOOK_PG_HOST"))
        postgres(rows, pagingRows);
    return 0;
}
