#pragma once

#include "BookSpec.h"

#include <libpq-fe.h>

namespace fb::bench {

// A libpq connection to the book `spec` names, or the end of the program saying why not.
PGconn *rawPostgresConnection(const BookSpec &spec);

// Baseline for PostgreSQL books: rows per second inserted with libpq directly, one prepared
// statement, one transaction, into `table` as Fieldbook created it.
double rawPostgresInsertRate(const BookSpec &spec, const QString &table, int rows);

} // namespace fb::bench
