#pragma once

#include <QString>
#include <optional>

namespace fb {

// Exact decimal numbers kept as text ("-12.30"), never as binary floating point.
namespace Decimal {

// Parses "[-+]digits[.digits]" and returns it in canonical form with exactly `places`
// fraction digits; nullopt if the text is not a number or has more than `places` decimals.
std::optional<QString> canonical(const QString &text, int places);

// Compares two canonical (or at least well-formed) decimals: -1, 0 or 1.
int compare(const QString &a, const QString &b);
// The number of digits before the point of a canonical decimal ("-123.40" has 3).
qsizetype wholeDigits(const QString &canonical);

} // namespace Decimal
} // namespace fb
