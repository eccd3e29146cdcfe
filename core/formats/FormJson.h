#pragma once

#include "DbError.h"
#include "FormDef.h"

#include <QByteArray>

class QIODevice;

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

// The largest form file: far above the largest form the rules allow with ordinary texts,
// and small enough that a wrong file (a disk image, /dev/zero) is refused at once.
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
// Reads an open form file, or refuses it (false, with `error`) when it is larger than
// maxFileBytes, without reading more.
bool readFile(QIODevice &file, QByteArray *json, DbError *error);

} // namespace FormJson
} // namespace fb
