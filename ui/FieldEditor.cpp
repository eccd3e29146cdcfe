#include "FieldEditor.h"

#include <QEvent>

namespace fb {

FieldEditor::FieldEditor(const FieldDef &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(u"field_"_qs + field.key);
}

void FieldEditor::setAccessibleLabel(const QString &label)
{
    focusTarget()->setAccessibleName(label);
    focusTarget()->setAccessibleDescription(m_field.help);
    focusTarget()->setToolTip(m_field.help);
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace fb
