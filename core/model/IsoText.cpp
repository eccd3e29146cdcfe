#include "IsoText.h"

#include <QTimeZone>

namespace fb::IsoText {

namespace {

// Reads exactly `count` ASCII digits at `at`.
std::optional<int> digits(QStringView text, qsizetype at, int count) {
    if (at + count > text.size())
        return std::nullopt;
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

std::optional<QDate> date(QStringView text) {
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d || *y < 1)
        return std::nullopt;
    const QDate result(*y, *m, *d);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

std::optional<QTime> time(QStringView text) {
    const qsizetype n = text.size();
    if ((n != 5 && n != 8 && n != 12) || text[2] != u':')
        return std::nullopt;
    const auto h = digits(text, 0, 2), m = digits(text, 3, 2);
    std::optional<int> s = 0, ms = 0;
    if (n >= 8)
        s = text[5] == u':' ? digits(text, 6, 2) : std::nullopt;
    if (n == 12)
        ms = text[8] == u'.' ? digits(text, 9, 3) : std::nullopt;
    if (!h || !m || !s || !ms || *h > 23 || *m > 59 || *s > 59)
        return std::nullopt;
    return QTime(*h, *m, *s, *ms);
}

std::optional<QDateTime> dateTime(QStringView text) {
    if (text.size() < 16 || (text[10] != u'T' && text[10] != u' '))
        return std::nullopt;
    const std::optional<QDate> d = date(text.left(10));
    if (!d)
        return std::nullopt;
    QStringView rest = text.mid(11);
    std::optional<int> offsetSeconds;
    if (rest.endsWith(u'Z')) {
        offsetSeconds = 0;
        rest.chop(1);
    } else if (rest.size() > 6 &&
               (rest[rest.size() - 6] == u'+' || rest[rest.size() - 6] == u'-')) {
        const QStringView zone = rest.right(6);
        const auto h = digits(zone, 1, 2), m = digits(zone, 4, 2);
        if (zone[3] != u':' || !h || !m || *h > 14 || *m > 59)
            return std::nullopt;
        offsetSeconds = (zone[0] == u'-' ? -1 : 1) * (*h * 3600 + *m * 60);
        rest.chop(6);
    }
    const std::optional<QTime> t = time(rest);
    if (!t)
        return std::nullopt;
    const QDateTime result = offsetSeconds ? QDateTime(*d, *t, Qt::OffsetFromUTC, *offsetSeconds)
                                           : QDateTime(*d, *t, Qt::LocalTime);
    if (!result.isValid()) // a local time skipped by a daylight-saving change
        return std::nullopt;
    return result;
}

QDate firstDate() {
    return {1, 1, 1};
}

QDate lastDate() {
    return {9999, 12, 31};
}

QDateTime firstDateTime() {
    return {QDate(1, 1, 2), QTime(0, 0), Qt::UTC};
}

QDateTime lastDateTime() {
    return {QDate(9999, 12, 30), QTime(23, 59, 59, 999), Qt::UTC};
}

} // namespace fb::IsoText
