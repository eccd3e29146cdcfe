#pragma once

#include "FormDef.h"
#include "RecordQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace fb {

// One condition on one field ("Count at least 10"), applied in SQL by the record table.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setForm(const FormDef &form);
    QList<FieldFilter> filters() const;
    void clear();

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();

    FormDef m_form;
    QLabel *m_label;
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QToolButton *m_clear;
    QList<FieldFilter> m_applied;
};

} // namespace fb
