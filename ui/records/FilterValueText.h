#pragma once

#include "RecordFilter.h"

#include <QLocale>

#include <optional>

namespace fb {

// A filter condition's value as a person types and reads it: numbers in the interface
// locale's digits and separators (as the record form's editors take them), choices and
// yes/no by their shown names, dates also in ISO form. Free of widgets, so it can be tested.
namespace FilterValueText {
// The condition's value, null for empty text, or nullopt if the text is not of its type.
std::optional<QVariant> parse(const FieldDef &field, FieldFilter::Op op, const QString &text,
                              const QLocale &locale);
// Text that parse() reads back as `value`.
QString format(const FieldDef &field, FieldFilter::Op op, const QVariant &value,
               const QLocale &locale);
} // namespace FilterValueText

} // namespace fb
