#include "FormDesign.h"

#include "ValueConversion.h"

#include <algorithm>

namespace fb {

namespace {
bool hasLength(FieldType type) {
    return type == FieldType::Text || type == FieldType::LongText;
}

bool hasRange(FieldType type) {
    return type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::Date ||
           type == FieldType::Time || type == FieldType::DateTime;
}

bool hasChoices(FieldType type) {
    return type == FieldType::Choice || type == FieldType::MultiChoice;
}

// A translation left empty is no translation: the default text shows instead.
void putText(QString *defaultText, QMap<QString, QString> *byLanguage, const QString &language,
             const QString &text) {
    if (language.isEmpty())
        *defaultText = text;
    else if (text.trimmed().isEmpty())
        byLanguage->remove(language);
    else
        byLanguage->insert(language, text);
}

// A limit or default as the new type: converted as a value with no rules (the field's own
// rules would refuse its limits, or depend on them).
QVariant converted(const FieldDef &from, FieldType type, int places, const QVariant &value) {
    if (value.isNull())
        return {};
    FieldDef bareFrom, bareTo;
    bareFrom.type = from.type;
    bareFrom.places = from.places;
    bareTo.type = type;
    bareTo.places = places;
    return convertValue(bareFrom, bareTo, value).value_or(QVariant());
}
} // namespace

FormDesign::FormDesign(const FormDef &form)
    : m_form(form) {
    for (FieldDef &f : m_form.fields) {
        f = normalised(f);
        keep(f);
    }
}

void FormDesign::keep(FieldDef &field) {
    if (!field.key.isEmpty())
        return;
    // `field` may be one of the design's own fields: only the others count as taken.
    const auto taken = [&](const QString &key) {
        return std::any_of(m_form.fields.cbegin(), m_form.fields.cend(),
                           [&](const FieldDef &f) { return &f != &field && f.key == key; });
    };
    do
        field.key = FieldDef::draftKey(++m_lastDraft);
    while (taken(field.key));
}

template <typename F> bool FormDesign::edit(int i, F &&change) {
    if (!hasField(i))
        return false;
    FieldDef f = m_form.fields.at(i);
    change(f);
    f = normalised(f);
    if (f == m_form.fields.at(i))
        return false;
    m_form.fields[i] = f;
    return true;
}

QString FormDesign::name(const QString &language) const {
    return language.isEmpty() ? m_form.name : m_form.nameByLanguage.value(language);
}

void FormDesign::setName(const QString &name, const QString &language) {
    putText(&m_form.name, &m_form.nameByLanguage, language, name);
}

int FormDesign::addField(const FieldDef &field) {
    FieldDef added = normalised(field);
    keep(added);
    m_form.fields.append(added);
    return fieldCount() - 1;
}

bool FormDesign::removeField(int i) {
    if (!hasField(i))
        return false;
    m_form.fields.removeAt(i);
    return true;
}

bool FormDesign::moveField(int from, int to) {
    if (!hasField(from) || !hasField(to) || from == to)
        return false;
    m_form.fields.move(from, to);
    return true;
}

bool FormDesign::setField(int i, const FieldDef &field) {
    return edit(i, [&](FieldDef &f) {
        const QString key = f.key;
        f = field;
        if (f.key.isEmpty())
            f.key = key; // a field given without a key keeps its own
    });
}

bool FormDesign::setType(int i, FieldType type) {
    return edit(i, [&](FieldDef &f) { f = withType(f, type); });
}

bool FormDesign::setLabel(int i, const QString &label, const QString &language) {
    return edit(i, [&](FieldDef &f) { putText(&f.label, &f.labelByLanguage, language, label); });
}

bool FormDesign::setHelp(int i, const QString &help, const QString &language) {
    return edit(i, [&](FieldDef &f) { putText(&f.help, &f.helpByLanguage, language, help); });
}

bool FormDesign::setRequired(int i, bool required) {
    return edit(i, [&](FieldDef &f) { f.required = required; });
}

bool FormDesign::setUnique(int i, bool unique) {
    return edit(i, [&](FieldDef &f) { f.unique = unique; });
}

bool FormDesign::setMaxLength(int i, int maxLength) {
    return edit(i, [&](FieldDef &f) { f.maxLength = std::max(0, maxLength); });
}

bool FormDesign::setPattern(int i, const QString &pattern) {
    return edit(i, [&](FieldDef &f) { f.pattern = pattern; });
}

bool FormDesign::setPlaces(int i, int places) {
    return edit(i, [&](FieldDef &f) {
        // A decimal's limits and default are written with its places: "1.5" becomes "1.50";
        // one with more decimals than it may have is dropped.
        const FieldDef before = f;
        f.places = std::max(0, places);
        if (f.type == FieldType::Decimal) {
            f.minimum = converted(before, f.type, f.places, before.minimum);
            f.maximum = converted(before, f.type, f.places, before.maximum);
            f.defaultValue = converted(before, f.type, f.places, before.defaultValue);
        }
    });
}

bool FormDesign::setMinimum(int i, const QVariant &minimum) {
    return edit(i, [&](FieldDef &f) { f.minimum = minimum; });
}

bool FormDesign::setMaximum(int i, const QVariant &maximum) {
    return edit(i, [&](FieldDef &f) { f.maximum = maximum; });
}

bool FormDesign::setDefaultValue(int i, const QVariant &value) {
    return edit(i, [&](FieldDef &f) { f.defaultValue = value; });
}

bool FormDesign::setChoices(int i, const QStringList &choices) {
    return edit(i, [&](FieldDef &f) {
        // Each choice keeps its translated names wherever it moves; a new one has none yet.
        for (auto it = f.choicesByLanguage.begin(); it != f.choicesByLanguage.end(); ++it) {
            QStringList names;
            for (const QString &choice : choices) {
                const qsizetype old = f.choices.indexOf(choice);
                names << (old >= 0 && old < it.value().size() ? it.value().at(old) : QString());
            }
            it.value() = names;
        }
        f.choices = choices;
    });
}

bool FormDesign::setReference(int i, qint64 formId) {
    return edit(i, [&](FieldDef &f) { f.referenceFormId = formId; });
}

FieldDef FormDesign::normalised(FieldDef f) {
    if (!hasLength(f.type))
        f.maxLength = 0;
    if (f.type != FieldType::Text)
        f.pattern.clear();
    if (!hasRange(f.type))
        f.minimum = f.maximum = QVariant();
    if (!hasChoices(f.type)) {
        f.choices.clear();
        f.choicesByLanguage.clear();
    }
    if (f.type != FieldType::Reference)
        f.referenceFormId = 0;
    return f;
}

FieldDef FormDesign::withType(const FieldDef &field, FieldType type) {
    if (field.type == type)
        return field;
    FieldDef f = field;
    f.type = type;
    f.minimum = converted(field, type, f.places, field.minimum);
    f.maximum = converted(field, type, f.places, field.maximum);
    f.defaultValue = converted(field, type, f.places, field.defaultValue);
    return normalised(f);
}

} // namespace fb
