#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace fb {

// Numbers as a person types and reads them, in their locale. Decimals go from text to the
// canonical decimal string (fb::Decimal) and back without ever passing through a double.
namespace LocaleNumber {

// The text in C notation (ASCII digits, '-' and '.', group separators dropped), for the
// validator to judge; a text whose separators stand where the locale's never would
// ("2.5" in German) comes back as one no validator reads as a number.
QString toCNotation(const QLocale &locale, const QString &text);

std::optional<qlonglong> parseInteger(const QLocale &locale, const QString &text);
// "1.234,5" in German, with 2 places, is "1234.50".
std::optional<QString> parseDecimal(const QLocale &locale, const QString &text, int places);
// "1234.50" in German is "1234,50" (no group separators, so it reads back the same); in the
// locale's digits, as it writes whole numbers (Arabic-Indic in Arabic).
QString formatDecimal(const QLocale &locale, const QString &canonical);
// For display in tables: with group separators.
QString displayDecimal(const QLocale &locale, const QString &canonical);

} // namespace LocaleNumber
} // namespace fb
