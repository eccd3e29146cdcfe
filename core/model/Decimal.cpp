#include "Decimal.h"

namespace fb::Decimal {

namespace {

struct Parts {
    bool negative = false;
    QString whole;    // no leading zeros, "0" for zero
    QString fraction; // no trailing zeros
};

std::optional<Parts> split(QString text) {
    text = text.trimmed();
    Parts parts;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        parts.negative = text.front() == u'-';
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (const QString &digits : {whole, fraction}) {
        for (QChar c : digits) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    while (whole.size() > 1 && whole.front() == u'0')
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    parts.whole = whole;
    parts.fraction = fraction;
    if (parts.whole == u"0" && parts.fraction.isEmpty())
        parts.negative = false;
    return parts;
}

int compareMagnitude(const Parts &a, const Parts &b) {
    if (a.whole.size() != b.whole.size())
        return a.whole.size() < b.whole.size() ? -1 : 1;
    if (int c = a.whole.compare(b.whole))
        return c < 0 ? -1 : 1;
    const qsizetype n = std::max(a.fraction.size(), b.fraction.size());
    const QString fa = a.fraction.leftJustified(n, u'0');
    const QString fb = b.fraction.leftJustified(n, u'0');
    const int c = fa.compare(fb);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

std::optional<QString> canonical(const QString &text, int places) {
    const std::optional<Parts> parts = split(text);
    if (!parts || parts->fraction.size() > places)
        return std::nullopt;
    QString out = parts->negative ? QStringLiteral("-") : QString();
    out += parts->whole;
    if (places > 0)
        out += u'.' + parts->fraction.leftJustified(places, u'0');
    return out;
}

int compare(const QString &a, const QString &b) {
    const std::optional<Parts> pa = split(a);
    const std::optional<Parts> pb = split(b);
    if (!pa || !pb)
        return pa ? 1 : (pb ? -1 : 0);
    if (pa->negative != pb->negative)
        return pa->negative ? -1 : 1;
    const int m = compareMagnitude(*pa, *pb);
    return pa->negative ? -m : m;
}

qsizetype wholeDigits(const QString &canonical) {
    const qsizetype dot = canonical.indexOf(u'.');
    const qsizetype end = dot < 0 ? canonical.size() : dot;
    return canonical.startsWith(u'-') ? end - 1 : end;
}

} // namespace fb::Decimal
