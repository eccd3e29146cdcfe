#include "LocaleNumber.h"

#include "Decimal.h"

#include <algorithm>

namespace fb::LocaleNumber {

namespace {
// Group separators where the locale puts them: in the whole part only, between groups of
// three digits after a first group of one to three. Elsewhere a separator means the person
// typed another locale's number ("1,5" in English, "2.5" in German); dropping it would store
// a value ten or a thousand times too big, so such a text is refused. `marked` holds 'g'
// where a separator was typed.
bool groupsWhereTheyBelong(const QString &marked) {
    const qsizetype point = marked.indexOf(u'.');
    const QString whole = marked.left(point < 0 ? marked.size() : point);
    if (point >= 0 && marked.indexOf(u'g', point) >= 0)
        return false;
    if (!whole.contains(u'g'))
        return true;
    const QStringList groups = QString(whole).remove(u'-').split(u'g');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    return std::all_of(groups.begin() + 1, groups.end(),
                       [](const QString &group) { return group.size() == 3; });
}

} // namespace

QString toCNotation(const QLocale &locale, const QString &text) {
    QString marked;
    const QString trimmed = text.trimmed();
    // Where the locale groups with a space (French: a narrow no-break space), a person types
    // an ordinary one.
    const bool groupsWithSpace =
        locale.groupSeparator().size() == 1 && locale.groupSeparator().front().isSpace();
    for (int i = 0; i < trimmed.size(); ++i) {
        const QStringView rest = QStringView(trimmed).mid(i);
        if (rest.startsWith(locale.groupSeparator()) ||
            (groupsWithSpace && rest.front().isSpace())) {
            marked += u'g';
            i += int(locale.groupSeparator().size()) - 1;
        } else if (rest.startsWith(locale.decimalPoint())) {
            marked += u'.';
            i += int(locale.decimalPoint().size()) - 1;
        } else if (rest.startsWith(locale.negativeSign())) {
            marked += u'-';
            i += int(locale.negativeSign().size()) - 1;
        } else if (rest.startsWith(locale.positiveSign())) {
            i += int(locale.positiveSign().size()) - 1;
        } else if (rest.front().isDigit()) {
            marked += QChar(u'0' + rest.front().digitValue());
        } else {
            marked += rest.front(); // left for Decimal::canonical to refuse
        }
    }
    if (!groupsWhereTheyBelong(marked))
        return u"?"_qs;
    return marked.remove(u'g');
}

namespace {
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
