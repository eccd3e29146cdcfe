#pragma once

#include "BookSpec.h"

namespace fb::bench {

// Baseline for PostgreSQL books: rows per second inserted with libpq directly, one prepared
// statement, one transaction, into `table` as Fieldbook created it.
double rawPostgresInsertRate(const BookSpec &spec, const QString &table, int rows);

} // namespace fb::bench
