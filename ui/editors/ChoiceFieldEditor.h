#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace fb {

// One of the field's choices, or none.
class ChoiceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit ChoiceFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

protected:
    void retranslate() override;

private:
    QComboBox *m_combo;
};

} // namespace fb
