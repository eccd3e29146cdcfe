#include "BoolFieldEditor.h"

#include <QCheckBox>

namespace fb {

BoolFieldEditor::BoolFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(new QCheckBox(this)) {
    layOut({m_box});
    connect(m_box, &QCheckBox::toggled, this, [this] {
        Q_EMIT edited();
        Q_EMIT committed();
    });
}

QVariant BoolFieldEditor::value() const {
    return m_box->isChecked();
}

void BoolFieldEditor::setValue(const QVariant &value) {
    m_box->setChecked(value.toBool());
}

QWidget *BoolFieldEditor::focusTarget() const {
    return m_box;
}

} // namespace fb
