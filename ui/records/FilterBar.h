#pragma once

#include "FilterConditionRow.h"
#include "FormDef.h"
#include "RecordFilter.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace fb {

// Conditions on the fields of the form shown ("Count is at least 10", "Title contains
// pear"), all of which or any of which a record meets, applied in SQL by the record table.
// Each form keeps its own filter while the window is open, and between runs in the settings.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // `book` names where the form lives (its path or server address), so a filter is kept
    // for that book's form; empty keeps nothing between runs.
    void setForm(const FormDef &form, const QString &book = {});
    RecordFilter filter() const { return m_applied; }
    void clear();
    FilterConditionRow *addCondition();
    QList<FilterConditionRow *> rows() const { return m_rows; }

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();
    void remove(FilterConditionRow *row);
    void showConditions(RecordFilter::Match match, const QList<FilterConditionRow::Draft> &drafts,
                        const QList<FieldFilter> &conditions);
    RecordFilter read(bool *allValid);
    void relayout();
    void keep();
    QString keptKey() const;

    FormDef m_form;
    QString m_book;
    QGridLayout *m_grid;
    QLabel *m_label;
    QComboBox *m_match;
    QToolButton *m_add;
    QToolButton *m_clear;
    QList<FilterConditionRow *> m_rows;
    RecordFilter m_applied;
    struct Kept {
        RecordFilter::Match match;
        QList<FilterConditionRow::Draft> drafts;
    };
    QHash<QString, Kept> m_kept; // the rows of each book's forms, while the window is open
    QLocale m_locale;            // the one the values were typed in
};

} // namespace fb
