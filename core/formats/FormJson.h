#pragma once

#include "DbError.h"
#include "FormDef.h"

#include <QByteArray>

namespace fb {

// The portable form format, documented in docs/form-format.md: a form definition that can be
// brought from one book into another. References name the referenced form, since ids are
// local to a book.
namespace FormJson {

constexpr int formatVersion = 1;

QByteArray toJson(const FormDef &form, const QList<FormDef> &bookForms = {});
// Parses a form file; on failure returns false and says why in `error`. References are
// resolved by name among `bookForms`. Keys and the table name are left to the book.
bool fromJson(const QByteArray &json, FormDef *form, DbError *error,
              const QList<FormDef> &bookForms = {});

} // namespace FormJson
} // namespace fb
