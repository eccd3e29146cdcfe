#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace fb {

// A single line of text, limited to the field's maximum length.
class LineFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit LineFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

private:
    QLineEdit *m_edit;
    QString m_accepted; // the last text within the limit
};

} // namespace fb
