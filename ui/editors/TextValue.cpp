#include "TextValue.h"

#include "ValueConversion.h"

namespace fb::TextValue {

namespace {
FieldDef bare(const FieldDef &field) {
    FieldDef f;
    f.type = field.type;
    f.places = field.places;
    f.choices = field.choices;
    return f;
}
} // namespace

std::optional<QVariant> toValue(const FieldDef &field, const QString &text) {
    if (text.trimmed().isEmpty())
        return QVariant();
    return convertValue(bare(FieldDef{}), bare(field), text.trimmed());
}

QString fromValue(const FieldDef &field, const QVariant &value) {
    return valueToText(field.type, value);
}

} // namespace fb::TextValue
