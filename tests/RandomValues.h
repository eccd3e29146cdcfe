#pragma once

#include "FieldDef.h"
#include "IsoText.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QVariant>

#include <limits>

namespace fb::test {

// Values a sample form's fields accept, at random and at the edges.
class RandomValues {
public:
    explicit RandomValues(quint32 seed)
        : m_random(seed) {}

    int below(int n) { return int(m_random.bounded(quint32(n))); }

    QVariant of(const FieldDef &field) {
        if (below(8) == 0)
            return {};
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return text(field.type == FieldType::LongText);
        case FieldType::Integer: {
            const qlonglong edges[] = {std::numeric_limits<qlonglong>::min(),
                                       std::numeric_limits<qlonglong>::max(), 0, -1, 7};
            return below(3) == 0 ? edges[below(5)] : qlonglong(below(2000)) - 1000;
        }
        case FieldType::Decimal: {
            const QString edges[] = {u"0.00"_qs, u"-0.01"_qs, u"99999999999999.99"_qs};
            if (below(3) == 0)
                return edges[below(3)];
            return u"%1.%2"_qs.arg(below(200000) - 100000).arg(below(100), 2, 10, QChar(u'0'));
        }
        case FieldType::Date:
            return below(4) == 0 ? (below(2) ? IsoText::firstDate() : IsoText::lastDate())
                                 : QDate(1900 + below(200), 1 + below(12), 1 + below(28));
        case FieldType::Time:
            return QTime(below(24), below(60), below(60), below(2) ? 0 : below(1000));
        case FieldType::DateTime:
            return QDateTime(QDate(1970 + below(100), 1 + below(12), 1 + below(28)),
                             QTime(below(24), below(60), below(60), below(2) ? 0 : below(1000)),
                             Qt::UTC);
        case FieldType::Bool:
            return below(2) == 0;
        case FieldType::Choice:
            return field.choices.at(below(int(field.choices.size())));
        case FieldType::MultiChoice: {
            QStringList picked;
            for (const QString &c : field.choices) {
                if (below(2))
                    picked << c;
            }
            return picked.isEmpty() ? QVariant() : QVariant(picked);
        }
        case FieldType::Reference:
            return {};
        }
        return {};
    }

    QString text(bool lines) {
        static const QStringList pieces{
            u","_qs, u";"_qs, u"\t"_qs,     u"|"_qs,     u"\""_qs,   u"="_qs,    u"+"_qs, u"-"_qs,
            u"@"_qs, u"a"_qs, u"Zürich"_qs, u"مرحبا"_qs, u"日本"_qs, u"🦉"_qs, u"'"_qs, u" "_qs};
        QString s;
        for (int i = below(6); i > 0; --i) {
            s += pieces.at(below(int(pieces.size())));
            if (lines && below(5) == 0)
                s += below(2) ? u"\n"_qs : u"\r\n"_qs;
        }
        return s.trimmed().isEmpty() ? QString() : s;
    }

private:
    QRandomGenerator m_random;
};

// Values compared as their type holds them (a QDateTime in UTC, a decimal as text).
inline QVariant normalised(const FieldDef &field, const QVariant &value) {
    if (value.isNull() || !value.isValid())
        return {};
    switch (field.type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Date:
        return value.toDate();
    case FieldType::Time:
        return value.toTime();
    case FieldType::DateTime:
        return value.toDateTime().toUTC();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::MultiChoice:
        return value.toStringList();
    default:
        return value.toString();
    }
}

} // namespace fb::test
