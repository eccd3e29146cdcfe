#pragma once

#include "FieldEditor.h"

class QPlainTextEdit;

namespace fb {

// Several lines of text. Tab moves on to the next field rather than typing a tab.
class LongTextFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit LongTextFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
};

} // namespace fb
