#include "LocaleNumber.h"

#include "Decimal.h"

namespace fb::LocaleNumber {

namespace {
// The text in C notation: ASCII digits, '-' and '.'; group separators dropped.
QString toCNotation(const QLocale &locale, const QString &text) {
    QString out;
    const QString trimmed = text.trimmed();
    for (int i = 0; i < trimmed.size(); ++i) {
        const QStringView rest = QStringView(trimmed).mid(i);
        if (rest.startsWith(locale.groupSeparator()) || rest.front().isSpace())
            continue;
        if (rest.startsWith(locale.decimalPoint())) {
            out += u'.';
            i += int(locale.decimalPoint().size()) - 1;
        } else if (rest.startsWith(locale.negativeSign())) {
            out += u'-';
            i += int(locale.negativeSign().size()) - 1;
        } else if (rest.startsWith(locale.positiveSign())) {
            i += int(locale.positiveSign().size()) - 1;
        } else if (rest.front().isDigit()) {
            out += QChar(u'0' + rest.front().digitValue());
        } else {
            out += rest.front(); // left for Decimal::canonical to refuse
        }
    }
    return out;
}
// The ASCII digits of `text` in the locale's own digits (Arabic-Indic in Arabic), as
// QLocale writes whole numbers: a count and an amount side by side use the same digits.
QString localDigits(const QLocale &locale, const QString &text) {
    const QString zero = locale.zeroDigit();
    if (zero == u"0"_qs || zero.size() != 1)
        return text;
    QString out = text;
    for (QChar &c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(zero.front().unicode() + (c.unicode() - u'0'));
    return out;
}
} // namespace

std::optional<qlonglong> parseInteger(const QLocale &locale, const QString &text) {
    bool ok = false;
    const qlonglong n = toCNotation(locale, text).toLongLong(&ok);
    return ok ? std::optional<qlonglong>(n) : std::nullopt;
}

std::optional<QString> parseDecimal(const QLocale &locale, const QString &text, int places) {
    return Decimal::canonical(toCNotation(locale, text), places);
}

QString formatDecimal(const QLocale &locale, const QString &canonical) {
    QString out;
    for (const QChar c : canonical) {
        if (c == u'.')
            out += locale.decimalPoint();
        else if (c == u'-')
            out += locale.negativeSign();
        else
            out += c;
    }
    return localDigits(locale, out);
}

QString displayDecimal(const QLocale &locale, const QString &canonical) {
    const qsizetype dot = canonical.indexOf(u'.');
    const bool negative = canonical.startsWith(u'-');
    QString whole = canonical.mid(negative ? 1 : 0, dot < 0 ? -1 : dot - (negative ? 1 : 0));
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, locale.groupSeparator());
    QString out = (negative ? locale.negativeSign() : QString()) + whole;
    if (dot >= 0)
        out += locale.decimalPoint() + canonical.mid(dot + 1);
    return localDigits(locale, out);
}

} // namespace fb::LocaleNumber
