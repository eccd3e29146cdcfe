#pragma once

#include "DbError.h"
#include "FormDef.h"
#include "SqlRun.h"

#include <QByteArray>
#include <QList>

namespace fb {

// New records of one form streamed into PostgreSQL with COPY … FROM STDIN on the connection's
// own libpq handle, a batch at a time, inside the caller's transaction: for an import that
// goes in whole, where a statement per row is the bound. The ids come from the table's
// sequence first, so the caller knows them. Values must be validated already (the server
// refuses the whole batch on any error, and with it the transaction).
class PostgresCopy {
public:
    static constexpr int batchSize = 2000;

    PostgresCopy(SqlRun &sql, const FormDef &form);

    // A record to write: its values as the form's fields hold them.
    void add(const QVariantMap &values);
    qsizetype pending() const { return m_rows.size(); }
    // Writes what was added. On an error the transaction is aborted; `refusedRow` then holds
    // the index (in this batch) of the row the server named, or -1.
    DbError flush(QList<qint64> *ids, qsizetype *refusedRow);

private:
    QByteArray line(const QVariantMap &values, qint64 id) const;

    SqlRun &m_sql;
    FormDef m_form;
    QList<QVariantMap> m_rows;
    QByteArray m_stamp; // created_at and updated_at of every record of this import
};

} // namespace fb
