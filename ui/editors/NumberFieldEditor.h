#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace fb {

// A whole number or an exact decimal, typed in the person's locale.
class NumberFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit NumberFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

protected:
    void retranslate() override;
    void relocalise(const QLocale &before) override;

private:
    QLineEdit *m_edit;
};

} // namespace fb
