#pragma once

#include <QStringList>

namespace fb::bench {

// The DDL of `table` (the table and its indexes) as Fieldbook created it in `bookPath`.
QStringList schemaOf(const QString &bookPath, const QString &table);

// Baseline (a): rows per second inserted with the SQLite C API, one prepared statement, one
// transaction, with the same pragmas, table, indexes and row shape as Fieldbook's.
double rawSqliteInsertRate(const QString &path, const QStringList &schema, int rows);

} // namespace fb::bench
