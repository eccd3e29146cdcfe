#include "LineFieldEditor.h"

#include "Validator.h"

#include <QLineEdit>

namespace fb {

LineFieldEditor::LineFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this)) {
    layOut({m_edit});
    // Typing stops where the validator would refuse: the field's limit or a line's ceiling.
    m_edit->setMaxLength(int(Validator::lengthLimit(field)));
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
}

QVariant LineFieldEditor::value() const {
    return m_edit->text().isEmpty() ? QVariant() : QVariant(m_edit->text());
}

void LineFieldEditor::setValue(const QVariant &value) {
    m_edit->setText(value.toString());
}

QWidget *LineFieldEditor::focusTarget() const {
    return m_edit;
}

} // namespace fb
