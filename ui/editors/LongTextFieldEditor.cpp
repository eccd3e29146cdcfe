#include "LongTextFieldEditor.h"

#include <QEvent>
#include <QPlainTextEdit>

namespace fb {

LongTextFieldEditor::LongTextFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this)) {
    layOut({m_edit});
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 5);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

bool LongTextFieldEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        Q_EMIT committed();
    return FieldEditor::eventFilter(watched, event);
}

QVariant LongTextFieldEditor::value() const {
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void LongTextFieldEditor::setValue(const QVariant &value) {
    if (m_edit->toPlainText() != value.toString())
        m_edit->setPlainText(value.toString());
}

QWidget *LongTextFieldEditor::focusTarget() const {
    return m_edit;
}

} // namespace fb
