#include "FilterValueText.h"

#include "DisplayText.h"
#include "FormTexts.h"
#include "LocaleNumber.h"
#include "TextValue.h"

#include <QDateTime>

namespace fb::FilterValueText {

namespace {
// The same text in ASCII digits, for ISO dates typed in Arabic-Indic digits.
QString asciiDigits(const QString &text) {
    QString out = text;
    for (QChar &c : out)
        if (c.isDigit() && c.unicode() >= 0x80)
            c = QChar(u'0' + c.digitValue());
    return out;
}

std::optional<QVariant> temporal(const FieldDef &field, const QString &text,
                                 const QLocale &locale) {
    if (const auto iso = TextValue::toValue(field, asciiDigits(text)))
        return iso;
    QVariant v;
    if (field.type == FieldType::Date)
        v = locale.toDate(text, QLocale::ShortFormat);
    else if (field.type == FieldType::Time)
        v = locale.toTime(text, QLocale::ShortFormat);
    else
        v = locale.toDateTime(text, QLocale::ShortFormat);
    if (v.isValid() && !v.isNull())
        return v;
    return std::nullopt;
}

FieldDef choiceOf(const FieldDef &field) {
    FieldDef f = field;
    f.type = FieldType::Choice;
    return f;
}
} // namespace

std::optional<QVariant> parse(const FieldDef &field, FieldFilter::Op op, const QString &text,
                              const QLocale &locale) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QVariant();
    if (op == FieldFilter::Op::Contains && field.type != FieldType::MultiChoice)
        return QVariant(text);
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Reference:
        if (const auto n = LocaleNumber::parseInteger(locale, trimmed))
            return QVariant(*n);
        return std::nullopt;
    case FieldType::Decimal:
        if (const auto d = LocaleNumber::parseDecimal(locale, trimmed, field.places))
            return QVariant(*d);
        return std::nullopt;
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::DateTime:
        return temporal(field, trimmed, locale);
    case FieldType::Bool:
        // As the table shows it ("Yes"), or as TextValue reads it ("true", "1").
        for (const bool b : {true, false})
            if (trimmed.compare(DisplayText::of(field, b, locale), Qt::CaseInsensitive) == 0)
                return QVariant(b);
        return TextValue::toValue(field, trimmed);
    case FieldType::Choice:
    case FieldType::MultiChoice: {
        // A choice may be typed as it is shown, in the interface language.
        const FieldDef choice = choiceOf(field);
        return TextValue::toValue(choice, FormTexts::choiceValue(choice, trimmed));
    }
    case FieldType::Text:
    case FieldType::LongText:
        return QVariant(text);
    }
    return std::nullopt;
}

QString format(const FieldDef &field, FieldFilter::Op op, const QVariant &value,
               const QLocale &locale) {
    if (value.isNull())
        return {};
    if (op == FieldFilter::Op::Contains && field.type != FieldType::MultiChoice)
        return value.toString();
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return locale.toString(value.toLongLong()).remove(locale.groupSeparator());
    case FieldType::Decimal:
        return LocaleNumber::formatDecimal(locale, value.toString());
    case FieldType::Bool:
        return DisplayText::of(field, value, locale);
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return FormTexts::choice(field, value.toString());
    default:
        return TextValue::fromValue(field, value);
    }
}

} // namespace fb::FilterValueText
