#pragma once

#include <QStringList>
#include <QVariantMap>

namespace fb {

// Comparing a record's values field by field, as a person sees them: null, invalid and an
// empty text are all "empty".
namespace FieldValues {
bool same(const QVariant &a, const QVariant &b);
// The keys whose values differ between `a` and `b` (a key missing on one side is empty).
QStringList changedKeys(const QVariantMap &a, const QVariantMap &b);
} // namespace FieldValues

} // namespace fb
