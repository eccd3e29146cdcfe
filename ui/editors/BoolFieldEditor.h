#pragma once

#include "FieldEditor.h"

class QCheckBox;

namespace fb {

// Yes or no.
class BoolFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit BoolFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

private:
    QCheckBox *m_box;
};

} // namespace fb
