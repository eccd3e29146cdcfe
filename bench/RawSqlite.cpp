#include "RawSqlite.h"

#include "BookConnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>
#include <sqlite3.h>

namespace fb::bench {

QStringList schemaOf(const QString &bookPath, const QString &table) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(bookPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        qFatal("cannot open %s", qPrintable(bookPath));
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC",
        -1, &stmt, nullptr);
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_STATIC);
    QStringList ddl;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ddl << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ddl;
}

double rawSqliteInsertRate(const QString &path, const QStringList &schema, int rows) {
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    for (const QString &pragma : BookConnection::sqlitePragmas())
        sqlite3_exec(db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
    for (const QString &ddl : schema) {
        if (sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("schema: %s", sqlite3_errmsg(db));
    }
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO bench (uuid, created_at, updated_at, name, quantity, price, day, done)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &stmt, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int i = 0; i < rows; ++i) {
        // The same per-row work Fieldbook does: a fresh uuid and a timestamp.
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray name = QByteArray("item ") + QByteArray::number(i);
        const QByteArray price =
            QByteArray::number(i % 500) + '.' + QByteArray::number(i % 100).rightJustified(2, '0');
        sqlite3_bind_text(stmt, 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 5, i % 1000);
        sqlite3_bind_text(stmt, 6, price.constData(), int(price.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 7, "2026-01-01", 10, SQLITE_STATIC);
        sqlite3_bind_int(stmt, 8, i % 2);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            qFatal("insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows / seconds;
}

} // namespace fb::bench
