#pragma once

#include "FormDef.h"
#include "RecordFilter.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace fb {

// One row of the filter bar: a field, an operator that fits the field's type, a value typed
// in the interface language, and a button that removes the row.
class FilterConditionRow : public QWidget {
    Q_OBJECT
public:
    // The row as it stands, applied or not, to show again on the form (changed or not).
    struct Draft {
        QString key;
        std::optional<FieldType> type;
        int op = -1;
        QString text;
    };

    explicit FilterConditionRow(const FormDef &form, QWidget *parent = nullptr);

    // The fields of `form` (the same form changed, or another), the first one chosen.
    void setForm(const FormDef &form);
    void setCondition(const FieldFilter &condition);
    Draft draft() const;
    // The operator and value stay if the field has the type it had; otherwise they start over.
    void restore(const Draft &draft);
    // The condition as typed; nullopt while its value is missing. `*valid` is false when the
    // value is not of the field's type (the row then shows it).
    std::optional<FieldFilter> condition(bool *valid);
    void clear();
    QComboBox *fieldBox() const { return m_field; }
    QList<QWidget *> focusChain() const;
    // The numbers typed are shown again in the new interface locale.
    void relocalise(const QLocale &before);

Q_SIGNALS:
    void edited(); // Enter in the value, or a field or operator chosen
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillOps(bool reset);
    const FieldDef *field() const;
    FieldFilter::Op op() const;

    FormDef m_form;
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QToolButton *m_remove;
    std::optional<FieldType> m_opType; // of the field the operators were listed for
};

} // namespace fb
