#include "FieldDef.h"

namespace fb {

namespace {
struct TypeName {
    FieldType type;
    const char16_t *name;
};
constexpr TypeName typeNames[] = {
    {FieldType::Text, u"text"},           {FieldType::LongText, u"long-text"},
    {FieldType::Integer, u"integer"},     {FieldType::Decimal, u"decimal"},
    {FieldType::Date, u"date"},           {FieldType::Time, u"time"},
    {FieldType::DateTime, u"date-time"},  {FieldType::Bool, u"yes-no"},
    {FieldType::Choice, u"choice"},       {FieldType::MultiChoice, u"multi-choice"},
    {FieldType::Reference, u"reference"},
};
} // namespace

QString fieldTypeName(FieldType type) {
    for (const TypeName &t : typeNames) {
        if (t.type == type)
            return QString::fromUtf16(t.name);
    }
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type) {
    for (const TypeName &t : typeNames) {
        if (name == QString::fromUtf16(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

QList<FieldType> allFieldTypes() {
    QList<FieldType> types;
    for (const TypeName &t : typeNames)
        types.append(t.type);
    return types;
}

QString FieldDef::draftKey(int number) {
    return u'#' + QString::number(number);
}

} // namespace fb
