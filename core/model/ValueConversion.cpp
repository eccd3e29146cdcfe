#include "ValueConversion.h"

#include "Decimal.h"
#include "Validator.h"

#include <QDateTime>

namespace fb {

QString valueToText(FieldType type, const QVariant &value) {
    if (value.isNull())
        return {};
    switch (type) {
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::Time:
        return value.toTime().toString(Qt::ISODateWithMs);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case FieldType::MultiChoice:
        return value.toStringList().join(u", "_qs);
    default:
        return value.toString();
    }
}

namespace {

std::optional<QVariant> fromText(const FieldDef &to, const QString &text) {
    QVariant candidate = text;
    switch (to.type) {
    case FieldType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == u"true" || t == u"yes" || t == u"1")
            candidate = true;
        else if (t == u"false" || t == u"no" || t == u"0")
            candidate = false;
        else
            return std::nullopt;
        break;
    }
    case FieldType::Integer: {
        // "12.00" is the whole number 12; "12.50" is not.
        const std::optional<QString> d = Decimal::canonical(text, 0);
        if (!d)
            return std::nullopt;
        candidate = *d;
        break;
    }
    case FieldType::MultiChoice: {
        QStringList items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            items << part.trimmed();
        candidate = items;
        break;
    }
    case FieldType::Date:
        // A date-time converts to a date only at midnight UTC: nothing is lost.
        if (text.size() > 10) {
            const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!dt.isValid() || dt.toUTC().time() != QTime(0, 0))
                return std::nullopt;
            candidate = dt.toUTC().date();
        }
        break;
    case FieldType::DateTime:
        if (text.size() == 10) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                return std::nullopt;
            candidate = QDateTime(d, QTime(0, 0), Qt::UTC);
        }
        break;
    default:
        break;
    }
    const Validator::Result r = Validator::validate(to, candidate);
    if (r.error.isError())
        return std::nullopt;
    return r.value;
}

} // namespace

std::optional<QVariant> convertValue(const FieldDef &from, const FieldDef &to,
                                     const QVariant &value) {
    if (Validator::isEmpty(value)) {
        if (to.required && to.type != FieldType::Bool)
            return std::nullopt;
        return Validator::validate(to, value).value;
    }
    if (from.type == to.type) {
        const Validator::Result r = Validator::validate(to, value);
        return r.error.isError() ? std::nullopt : std::optional<QVariant>(r.value);
    }
    if (from.type == FieldType::Reference || to.type == FieldType::Reference)
        return std::nullopt; // a record id means nothing as another type
    return fromText(to, valueToText(from.type, value));
}

} // namespace fb
