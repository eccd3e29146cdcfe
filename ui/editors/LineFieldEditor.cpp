#include "LineFieldEditor.h"

#include "Validator.h"

#include <QLineEdit>

namespace fb {

LineFieldEditor::LineFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this)) {
    layOut({m_edit});
    // Typing stops where the validator would refuse: the field's limit or a line's ceiling,
    // in characters. QLineEdit counts UTF-16 units and would cut an emoji in half, so its
    // own limit only bounds the worst case and an edit past the limit is taken back whole.
    const qsizetype limit = Validator::lengthLimit(field);
    m_edit->setMaxLength(int(limit * 2));
    connect(m_edit, &QLineEdit::textEdited, this, [this, limit](const QString &text) {
        if (Validator::characters(text) <= limit) {
            m_accepted = text;
            return;
        }
        const int back = int(text.size() - m_accepted.size());
        const int cursor = m_edit->cursorPosition() - std::max(back, 0);
        m_edit->setText(m_accepted);
        m_edit->setCursorPosition(std::max(cursor, 0));
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Validator::characters(text) <= Validator::lengthLimit(this->field()))
            m_accepted = text;
    });
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
