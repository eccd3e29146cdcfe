#pragma once

#include "FieldDef.h"

#include <QLocale>
#include <QWidget>

namespace fb {

// One field of a form being filled in. Lives in the GUI thread. value() is the field's
// typed value, or the person's text as typed when it does not parse, so that
// fb::Validator (the same one the database thread runs) says what is wrong with it.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(const FieldDef &field, QWidget *parent = nullptr);
    ~FieldEditor() override;

    const FieldDef &field() const { return m_field; }
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;
    // The widget that takes the keyboard focus: the label's buddy and the tab stop.
    virtual QWidget *focusTarget() const = 0;
    // Names the editor for assistive technology (its label's text).
    void setAccessibleLabel(const QString &label);

Q_SIGNALS:
    void edited();    // the value changed while the person types
    void committed(); // the person left the field or confirmed it

protected:
    void changeEvent(QEvent *event) override;
    // Texts of the editor itself (placeholders, tooltips); called again on a language change.
    virtual void retranslate() {}
    // The editor has just taken the interface's new locale; `before` is the one its text was
    // typed or shown in. Editors that show numbers in the locale show them again.
    virtual void relocalise(const QLocale &before) { Q_UNUSED(before) }
    // Lays `widgets` out in a row (the first takes the focus), with room after them if `stretch`.
    void layOut(std::initializer_list<QWidget *> widgets, bool stretch = false);

private:
    FieldDef m_field;
};

} // namespace fb
