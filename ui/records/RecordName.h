#pragma once

#include "FormDef.h"

#include <QLocale>
#include <QVariantMap>

namespace fb {

// What names a record to a person: the value of its form's display field (the first field
// if none is set), as a table cell shows it. Empty if that value is empty: record ids are
// the book's own and mean nothing to a person.
namespace RecordName {
QString of(const FormDef &form, const QVariantMap &values, const QLocale &locale = {});
} // namespace RecordName

} // namespace fb
