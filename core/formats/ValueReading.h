#pragma once

#include "DbError.h"
#include "FieldDef.h"

#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

namespace fb {

// How the numbers and dates of a file are written. ISO dates (2026-01-31), ISO times and
// date-times with an offset are always read; the day order decides the rest (31.01.2026).
struct ValueRules {
    enum class DateOrder { YearMonthDay, DayMonthYear, MonthDayYear };
    QChar decimalMark = u'.';
    QChar groupMark; // null: none; spaces (also no-break ones) between digit groups always go
    DateOrder dateOrder = DateOrder::YearMonthDay;
    friend bool operator==(const ValueRules &, const ValueRules &) = default;

    // As `locale` writes numbers and short dates.
    static ValueRules forLocale(const QLocale &locale);
};

// Reads the text of a file's cell as a value of one field, before the field's rules (the
// Validator) are applied: the same value a person would have typed into the form. Words for
// yes and no, and choices, are taken in any language Fieldbook or the form speaks, ignoring
// case and accents. A reference field's text names a record; only the book can look it up, so
// it is handed on as the text.
class ValueReader {
public:
    struct Result {
        QVariant value; // null for an empty cell
        DbError error;
    };

    ValueReader(FieldDef field, ValueRules rules);
    Result read(const QString &text) const;

    // For choices and words: lower case, no accents, no spaces around.
    static QString folded(QStringView text);

private:
    Result readInteger(const QString &text) const;
    Result readDecimal(const QString &text) const;
    Result readDate(const QString &text) const;
    Result readTime(const QString &text) const;
    Result readDateTime(const QString &text) const;
    Result readBool(const QString &text) const;
    Result readChoices(const QString &text) const;
    QString digitsOnly(const QString &text) const;
    std::optional<QDate> date(QStringView text) const;
    std::optional<QString> choice(const QString &text) const;

    FieldDef m_field;
    ValueRules m_rules;
    QHash<QString, QString> m_choiceByName; // folded display or stored name -> stored name
    QRegularExpression m_groups;            // a number with its digits in groups of three
};

} // namespace fb
