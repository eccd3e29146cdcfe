#include "RecordFilter.h"

#include "ValueConversion.h"

#include <QJsonArray>

namespace fb {

namespace {
using Op = FieldFilter::Op;

// Stable names, for the settings: the enum's order may change.
constexpr std::pair<Op, const char16_t *> opNames[] = {
    {Op::Equals, u"equals"}, {Op::Contains, u"contains"}, {Op::AtLeast, u"atLeast"},
    {Op::AtMost, u"atMost"}, {Op::Empty, u"empty"},       {Op::NotEmpty, u"notEmpty"},
};

QString opName(Op op) {
    for (const auto &[o, name] : opNames)
        if (o == op)
            return QString::fromUtf16(name);
    return {};
}

std::optional<Op> opFromName(const QString &text) {
    for (const auto &[o, name] : opNames)
        if (text == QString::fromUtf16(name))
            return o;
    return std::nullopt;
}

// What a condition's value is: one choice of a multiple choice, the text searched for in a
// text, otherwise a value of the field's own type. Only the type and choices count.
FieldDef valueField(const FieldDef &field, Op op) {
    FieldDef f;
    f.type = field.type == FieldType::MultiChoice ? FieldType::Choice : field.type;
    if (op == Op::Contains && field.type != FieldType::MultiChoice)
        f.type = FieldType::Text;
    f.places = field.places;
    f.choices = field.choices;
    return f;
}
} // namespace

QList<FieldFilter::Op> RecordFilter::opsFor(FieldType type) {
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
        return {Op::Contains, Op::Equals, Op::Empty, Op::NotEmpty};
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::DateTime:
        return {Op::Equals, Op::AtLeast, Op::AtMost, Op::Empty, Op::NotEmpty};
    case FieldType::MultiChoice:
        return {Op::Contains, Op::Empty, Op::NotEmpty};
    case FieldType::Bool:
    case FieldType::Choice:
    case FieldType::Reference:
        return {Op::Equals, Op::Empty, Op::NotEmpty};
    }
    return {};
}

bool RecordFilter::fits(const FormDef &form, const FieldFilter &condition) {
    const FieldDef *field = form.field(condition.key);
    if (!field || !opsFor(field->type).contains(condition.op))
        return false;
    if (!FieldFilter::needsValue(condition.op))
        return true;
    const FieldDef type = valueField(*field, condition.op);
    const std::optional<QVariant> v = convertValue(type, type, condition.value);
    return v && !v->isNull();
}

RecordFilter RecordFilter::fittedTo(const FormDef &form) const {
    RecordFilter out{match, {}};
    for (const FieldFilter &c : conditions)
        if (fits(form, c))
            out.conditions << c;
    return out;
}

QJsonObject RecordFilter::toJson(const FormDef &form) const {
    QJsonArray list;
    for (const FieldFilter &c : conditions) {
        const FieldDef *field = form.field(c.key);
        if (!field)
            continue;
        // The type is kept with the condition: read back after the field changed type, the
        // condition would mean something else.
        list.append(QJsonObject{
            {u"field"_qs, c.key},
            {u"type"_qs, fieldTypeName(field->type)},
            {u"op"_qs, opName(c.op)},
            {u"value"_qs, valueToText(valueField(*field, c.op).type, c.value)},
        });
    }
    return {{u"match"_qs, match == Match::Any ? u"any"_qs : u"all"_qs}, {u"conditions"_qs, list}};
}

RecordFilter RecordFilter::fromJson(const FormDef &form, const QJsonObject &json) {
    RecordFilter out;
    out.match = json.value(u"match"_qs).toString() == u"any" ? Match::Any : Match::All;
    for (const QJsonValue &item : json.value(u"conditions"_qs).toArray()) {
        const QJsonObject o = item.toObject();
        const FieldDef *field = form.field(o.value(u"field"_qs).toString());
        const std::optional<Op> op = opFromName(o.value(u"op"_qs).toString());
        if (!field || !op || o.value(u"type"_qs).toString() != fieldTypeName(field->type))
            continue;
        FieldFilter c{field->key, *op, {}};
        if (FieldFilter::needsValue(*op)) {
            FieldDef text;
            const std::optional<QVariant> v =
                convertValue(text, valueField(*field, *op), o.value(u"value"_qs).toString());
            if (!v)
                continue;
            c.value = *v;
        }
        if (fits(form, c))
            out.conditions << c;
    }
    return out;
}

} // namespace fb
