#include "RawPostgres.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>
#include <libpq-fe.h>

namespace fb::bench {

PGconn *rawPostgresConnection(const BookSpec &spec) {
    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
                                    .arg(spec.host)
                                    .arg(spec.port)
                                    .arg(spec.database, spec.user, spec.password)
                                    .toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (PQstatus(conn) != CONNECTION_OK)
        qFatal("libpq: %s", PQerrorMessage(conn));
    return conn;
}

double rawPostgresInsertRate(const BookSpec &spec, const QString &table, int rows) {
    PGconn *conn = rawPostgresConnection(spec);
    const QByteArray insert =
        QStringLiteral(
            "INSERT INTO %1 (uuid, created_at, updated_at, name, quantity, price, day, done) "
            "VALUES ($1, $2, $2, $3, $4, $5, $6, $7)")
            .arg(table)
            .toUtf8();
    PQclear(PQprepare(conn, "ins", insert.constData(), 7, nullptr));
    QElapsedTimer timer;
    timer.start();
    PQclear(PQexec(conn, "BEGIN"));
    for (int i = 0; i < rows; ++i) {
        // The same per-row work Fieldbook does: a fresh uuid and a timestamp.
        const QByteArray values[] = {
            QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8(),
            QByteArray("item ") + QByteArray::number(i),
            QByteArray::number(i % 1000),
            QByteArray::number(i % 500) + '.' + QByteArray::number(i % 100).rightJustified(2, '0'),
            QByteArray("2026-01-01"),
            QByteArray(i % 2 ? "false" : "true")};
        const char *params[7];
        for (int p = 0; p < 7; ++p)
            params[p] = values[p].constData();
        PGresult *r = PQexecPrepared(conn, "ins", 7, params, nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            qFatal("libpq insert: %s", PQerrorMessage(conn));
        PQclear(r);
    }
    PQclear(PQexec(conn, "COMMIT"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    PQfinish(conn);
    return rows / seconds;
}

} // namespace fb::bench
