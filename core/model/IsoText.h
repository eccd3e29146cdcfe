#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace fb::IsoText {

// Strict ISO 8601 text for dates and times, the form Fieldbook writes and reads in form files,
// rules and stored SQLite values. Qt 6.4's own parser takes "24:00" as midnight and reads no
// date with Qt::ISODateWithMs, so these are spelt out here.
//   date:      yyyy-MM-dd (year 0001..9999)
//   time:      HH:mm, HH:mm:ss or HH:mm:ss.zzz (00:00..23:59:59.999)
//   date-time: date 'T' (or one space) time, then Z, ±HH:mm or nothing (local time)
std::optional<QDate> date(QStringView text);
std::optional<QTime> time(QStringView text);
std::optional<QDateTime> dateTime(QStringView text);

// The dates a field holds: years 1 to 9999, which both backends and ISO text can hold.
QDate firstDate();
QDate lastDate();
// The moments a date-time field holds, so that the moment reads as a date within those
// years in every time zone (UTC-12 to UTC+14).
QDateTime firstDateTime();
QDateTime lastDateTime();

} // namespace fb::IsoText
