#pragma once

#include "FieldDef.h"

#include <QLocale>

namespace fb {

// How a stored value reads in a table cell or a name: in the person's locale.
namespace DisplayText {
QString of(const FieldDef &field, const QVariant &value, const QLocale &locale);
} // namespace DisplayText

} // namespace fb
