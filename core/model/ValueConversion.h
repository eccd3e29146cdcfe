#pragma once

#include "FieldDef.h"

#include <optional>

namespace fb {

// Converts a stored value of one field type to another, exactly or not at all: a field's
// type may change only when every stored value converts.
std::optional<QVariant> convertValue(const FieldDef &from, const FieldDef &to,
                                     const QVariant &value);

// The plain text of a value, as an export or a text field would show it.
QString valueToText(FieldType type, const QVariant &value);

} // namespace fb
