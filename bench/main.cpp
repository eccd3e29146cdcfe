// fieldbook-bench: prints Fieldbook's speed figures as ratios against baselines measured in
// the same run. See README.md, "Benchmarks".

#include "BenchSchema.h"
#include "FacadeBench.h"
#include "RawSqlite.h"
#include "Requests.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fb::registerMetaTypes();
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;

    std::printf("fieldbook-bench: %d rows, schema of five typed columns, SQLite WAL synchronous=FULL\n\n", rows);
    const QString bookPath = dir.filePath(QStringLiteral("book.fieldbook"));
    fb::bench::FacadeBench facade(bookPath);
    // The baseline gets exactly the table and indexes Fieldbook made for the form.
    const QStringList schema = fb::bench::schemaOf(bookPath, facade.table());
    const double raw = fb::bench::rawSqliteInsertRate(dir.filePath(QStringLiteral("raw.db")), schema, rows);
    std::printf("(a) raw SQLite C API insert, one prepared statement, one transaction,\n"
                "    same table and %lld indexes: %10.0f rows/s\n", qlonglong(schema.size() - 1), raw);
    const fb::bench::SaveFigures saves = facade.saveThroughput(rows);
    std::printf("(b) %d individual saves through the facade, each acknowledged after commit:\n"
                "    %10.0f saves/s, b/a = %.2f (target >= 0.5)\n",
                rows, saves.rate, saves.rate / raw);
    const fb::bench::Latency lat = facade.roundTrips(5000);
    std::printf("(c) round trip to the GUI thread, %d requests (fetch one record by id):\n"
                "    facade p50 %.1f us, p99 %.1f us; bare queued invokeMethod p50 %.1f us, p99 %.1f us;\n"
                "    p50 ratio = %.2f (target <= 2)\n",
                lat.samples, lat.facadeP50, lat.facadeP99, lat.bareP50, lat.bareP99,
                lat.facadeP50 / lat.bareP50);
    std::printf("(d) longest stall of the GUI event loop (1 ms heartbeat) during (b): %.1f ms (target <= 8)\n",
                saves.longestStallMs);
    return 0;
}
