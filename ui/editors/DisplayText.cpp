#include "DisplayText.h"

#include "FormTexts.h"
#include "LocaleNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace fb::DisplayText {

namespace {
QString language(const QLocale &locale) {
    return locale.name().section(u'_', 0, 0);
}

// The locale's short format with the year in full: "5/1/24" could be any of three dates.
QString fullYear(QString format) {
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_qs);
    return format.replace(twoDigitYear, u"yyyy"_qs);
}
} // namespace

QString dateFormat(const QLocale &locale) {
    return fullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale &locale) {
    return fullYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString of(const FieldDef &field, const QVariant &value, const QLocale &locale) {
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Integer:
        return locale.toString(value.toLongLong());
    case FieldType::Decimal:
        return LocaleNumber::displayDecimal(locale, value.toString());
    case FieldType::Date:
        return locale.toString(value.toDate(), dateFormat(locale));
    case FieldType::Time:
        return locale.toString(value.toTime(), QLocale::ShortFormat);
    case FieldType::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), dateTimeFormat(locale));
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("fb::DisplayText", "Yes")
                              : QCoreApplication::translate("fb::DisplayText", "No");
    case FieldType::Choice:
        return FormTexts::choice(field, value.toString(), language(locale));
    case FieldType::MultiChoice: {
        QStringList names;
        for (const QString &choice : value.toStringList())
            names << FormTexts::choice(field, choice, language(locale));
        return locale.createSeparatedList(names);
    }
    case FieldType::Reference:
        return QCoreApplication::translate("fb::DisplayText", "Record %1").arg(value.toLongLong());
    case FieldType::LongText:
        return value.toString().section(u'\n', 0, 0);
    default:
        return value.toString();
    }
}

} // namespace fb::DisplayText
