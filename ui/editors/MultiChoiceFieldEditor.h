#pragma once

#include "FieldEditor.h"

class QListWidget;

namespace fb {

// Any number of the field's choices, as a list of check boxes (Space ticks one).
class MultiChoiceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit MultiChoiceFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

protected:
    void retranslate() override;

private:
    QListWidget *m_list;
};

} // namespace fb
