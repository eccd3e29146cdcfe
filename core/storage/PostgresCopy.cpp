#include "PostgresCopy.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QUuid>

#include <libpq-fe.h>

namespace fb {

namespace {
using Kind = DbError::Kind;

// A value in COPY's text format: \N for none, backslash escapes for what would end it.
void appendValue(QByteArray *out, const QVariant &v) {
    if (v.isNull() || !v.isValid()) {
        out->append("\\N");
        return;
    }
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::Bool:
        text = v.toBool() ? "t" : "f";
        break;
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate).toLatin1();
        break;
    case QMetaType::QTime:
        text = v.toTime().toString(u"HH:mm:ss.zzz"_qs).toLatin1();
        break;
    case QMetaType::QDateTime:
        text = v.toDateTime().toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_qs).toLatin1() + "+00";
        break;
    default:
        text = v.toString().toUtf8();
        break;
    }
    out->reserve(out->size() + text.size());
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            out->append(c);
        }
    }
}

DbError refused(const char *message) {
    return DbError(Kind::Constraint,
                   QT_TRANSLATE_NOOP("fb::DbError", "The server refused a row of the import: %1"),
                   {QString::fromUtf8(message).trimmed()});
}
} // namespace

PostgresCopy::PostgresCopy(SqlRun &sql, const FormDef &form)
    : m_sql(sql)
    , m_form(form) {
    QByteArray stamp;
    appendValue(&stamp, m_sql.dialect().timestamp(QDateTime::currentDateTimeUtc()));
    m_stamp = stamp;
}

void PostgresCopy::add(const QVariantMap &values) {
    m_rows.append(values);
}

QByteArray PostgresCopy::line(const QVariantMap &values, qint64 id) const {
    QByteArray out = QByteArray::number(id) + '\t' +
                     QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '\t' + m_stamp + '\t' +
                     m_stamp;
    for (const FieldDef &f : m_form.fields) {
        out += '\t';
        appendValue(&out, m_sql.dialect().toStorage(f, values.value(f.key)));
    }
    out += '\n';
    return out;
}

DbError PostgresCopy::flush(QList<qint64> *ids, qsizetype *refusedRow) {
    *refusedRow = -1;
    if (m_rows.isEmpty())
        return {};
    const SqlDialect &d = m_sql.dialect();
    // The ids first, from the table's own sequence: COPY answers with none.
    QSqlQuery *q = nullptr;
    const QString next = u"SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM "
                         "generate_series(1, ?)"_qs;
    if (DbError e = m_sql.execPrepared(next, {d.quote(m_form.table), qlonglong(m_rows.size())}, &q);
        e.isError())
        return e;
    QList<qint64> batchIds;
    while (q->next())
        batchIds << q->value(0).toLongLong();
    q->finish();
    if (batchIds.size() != m_rows.size())
        return DbError(Kind::Internal,
                       QT_TRANSLATE_NOOP("fb::DbError", "The server gave no ids for the import."));
    const QVariant handle = m_sql.database().driver()->handle();
    PGconn *conn = handle.typeId() == QMetaType::fromName("PGconn*").id()
                       ? *static_cast<PGconn *const *>(handle.constData())
                       : nullptr;
    if (!conn)
        return DbError(Kind::Internal,
                       QT_TRANSLATE_NOOP("fb::DbError", "The server's connection is not at hand."));
    QStringList cols{u"id"_qs, u"uuid"_qs, u"created_at"_qs, u"updated_at"_qs};
    for (const FieldDef &f : m_form.fields)
        cols << d.quote(f.key);
    const QByteArray sql =
        u"COPY %1 (%2) FROM STDIN"_qs.arg(d.quote(m_form.table), cols.join(u", "_qs)).toUtf8();
    PGresult *started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        m_rows.clear();
        return refused(PQerrorMessage(conn));
    }
    QByteArray chunk;
    bool sent = true;
    for (qsizetype i = 0; i < m_rows.size() && sent; ++i) {
        chunk += line(m_rows.at(i), batchIds.at(i));
        if (chunk.size() > (1 << 16) || i + 1 == m_rows.size()) {
            sent = PQputCopyData(conn, chunk.constData(), int(chunk.size())) == 1;
            chunk.clear();
        }
    }
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "stopped") == 1;
    PGresult *result = PQgetResult(conn);
    const bool ok = ended && sent && PQresultStatus(result) == PGRES_COMMAND_OK;
    DbError error;
    if (!ok) {
        // "COPY table, line 12": the row the server refused.
        const char *context = PQresultErrorField(result, PG_DIAG_CONTEXT);
        static const QRegularExpression lineOf(u"line ([0-9]+)"_qs);
        const QRegularExpressionMatch m = lineOf.match(QString::fromUtf8(context ? context : ""));
        if (m.hasMatch())
            *refusedRow = m.captured(1).toLongLong() - 1;
        const char *message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        error = PQstatus(conn) == CONNECTION_OK
                    ? refused(message ? message : PQerrorMessage(conn))
                    : DbError(Kind::Connection,
                              QT_TRANSLATE_NOOP("fb::DbError", "The connection to the server was "
                                                               "lost."));
    }
    PQclear(result);
    // The connection must be idle again for the driver's next statement.
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    if (ok)
        *ids += batchIds;
    m_rows.clear();
    return error;
}

} // namespace fb
