#pragma once

#include <QSet>
#include <QString>

namespace fb {

// Turns a person's label into an identifier made of [a-z0-9_] that is safe as a table or
// column name: at most 48 characters, never empty, never starting with a digit, never a
// reserved word or a system column, and distinct from every name in `taken`.
QString makeSlug(const QString &label, const QSet<QString> &taken);

bool isReservedIdentifier(const QString &slug);

} // namespace fb
