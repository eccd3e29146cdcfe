#pragma once

#include "FieldDef.h"

#include <QLocale>

namespace fb {

// How a stored value reads in a table cell or a name: in the person's locale.
namespace DisplayText {
QString of(const FieldDef &field, const QVariant &value, const QLocale &locale);
// The formats dates and date-times are shown in: the locale's short ones with the year in
// full. Editors read them back, so a value can be typed as the table shows it.
QString dateFormat(const QLocale &locale);
QString dateTimeFormat(const QLocale &locale);
} // namespace DisplayText

} // namespace fb
