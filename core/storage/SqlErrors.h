#pragma once

#include "DbError.h"
#include "SqlDialect.h"

class QSqlError;

namespace fb {

// Maps a driver error to a typed DbError; constraint errors name the field they concern
// when `form` is given.
DbError errorFromSql(const QSqlError &error, const SqlDialect &dialect,
                     const FormDef *form = nullptr);

} // namespace fb
