#pragma once

#include "FormDef.h"

namespace fb {

// A form as the designer changes it: a FormDef and the operations a person makes on it. A
// plain value (no widgets, no signals): the designer's field list and property editor show
// and change one, and each change is checked here once.
// Every field is kept normalised to its type: a rule that does not apply to the type (a
// maximum length on a date, choices on a number) is dropped, as the database would ignore it.
// Operations on a field take its index and do nothing (returning false) when it is out of
// range or nothing changes. `language` "" means the form's default texts.
// A field without a key (new, from a template or a form file) gets a draft key
// (FieldDef::draftKey) that the book replaces with a real one when the form is applied.
class FormDesign {
public:
    FormDesign() = default;
    explicit FormDesign(const FormDef &form);

    const FormDef &form() const { return m_form; }
    int fieldCount() const { return int(m_form.fields.size()); }
    bool hasField(int i) const { return i >= 0 && i < fieldCount(); }
    // A copy, never a reference into the design: the design may change while it is used.
    FieldDef field(int i) const { return hasField(i) ? m_form.fields.at(i) : FieldDef{}; }

    QString name(const QString &language = {}) const;
    void setName(const QString &name, const QString &language = {});
    void setDisplayField(const QString &key) { m_form.displayField = key; }

    int addField(const FieldDef &field); // appended; returns its index
    bool removeField(int i);
    bool moveField(int from, int to);
    bool setField(int i, const FieldDef &field);

    bool setType(int i, FieldType type);
    bool setLabel(int i, const QString &label, const QString &language = {});
    bool setHelp(int i, const QString &help, const QString &language = {});
    bool setRequired(int i, bool required);
    bool setUnique(int i, bool unique);
    bool setMaxLength(int i, int maxLength);
    bool setPattern(int i, const QString &pattern);
    bool setPlaces(int i, int places);
    bool setMinimum(int i, const QVariant &minimum);
    bool setMaximum(int i, const QVariant &maximum);
    bool setDefaultValue(int i, const QVariant &value);
    bool setChoices(int i, const QStringList &choices);
    bool setReference(int i, qint64 formId);

    // `field` without the rules its type does not have.
    static FieldDef normalised(FieldDef field);
    // `field` as `type`: limits and default converted where they convert exactly, else dropped.
    static FieldDef withType(const FieldDef &field, FieldType type);

    bool operator==(const FormDesign &) const = default;

private:
    template <typename F> bool edit(int i, F &&change);

    // Gives `field` a draft key if it has none, so that each field of the design has one.
    void keep(FieldDef &field);

    FormDef m_form;
    int m_lastDraft = 0;
};

} // namespace fb
