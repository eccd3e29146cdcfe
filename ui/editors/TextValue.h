#pragma once

#include "FieldDef.h"

namespace fb {

// A value of a field's type written as plain text (ISO dates, "true", "12.50"), as in
// filters and in the designer's limits and defaults. The field's rules are not applied.
namespace TextValue {
// The typed value, null for empty text, or nullopt if the text is not of the field's type.
std::optional<QVariant> toValue(const FieldDef &field, const QString &text);
QString fromValue(const FieldDef &field, const QVariant &value);
} // namespace TextValue

} // namespace fb
