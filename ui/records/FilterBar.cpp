#include "FilterBar.h"

#include "FilterConditionRow.h"
#include "WindowSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace fb {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_label(new QLabel(this))
    , m_match(new QComboBox(this))
    , m_add(new QToolButton(this))
    , m_clear(new QToolButton(this)) {
    setObjectName(u"filterBar"_qs);
    m_match->setObjectName(u"filterMatch"_qs);
    m_add->setObjectName(u"filterAdd"_qs);
    m_clear->setObjectName(u"filterClear"_qs);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(2, 1);
    m_match->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_match->addItem(QString(), int(RecordFilter::Match::All));
    m_match->addItem(QString(), int(RecordFilter::Match::Any));
    m_add->setFocusPolicy(Qt::StrongFocus);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    connect(m_match, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_add, &QToolButton::clicked, this, [this] { addCondition()->setFocus(); });
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    showConditions(RecordFilter::Match::All, {}, {});
    retranslate();
}

void FilterBar::retranslate() {
    m_label->setText(tr("Fil&ter:"));
    m_match->setItemText(0, tr("Match all", "filter conditions"));
    m_match->setItemText(1, tr("Match any", "filter conditions"));
    m_match->setAccessibleName(tr("Records that meet"));
    m_match->setToolTip(tr("Records that meet all of the conditions, or any one of them"));
    m_add->setText(tr("+ Add Co&ndition"));
    m_add->setToolTip(tr("Add another condition"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all records again"));
}

void FilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_locale != QLocale()) {
            for (FilterConditionRow *row : std::as_const(m_rows))
                row->relocalise(m_locale);
            m_locale = QLocale();
        }
    }
    QWidget::changeEvent(event);
}

QString FilterBar::keptKey() const {
    return m_book + u'\n' + QString::number(m_form.id);
}

void FilterBar::setForm(const FormDef &form, const QString &book) {
    // The rows as they stand are kept for the form shown until now, typed values included.
    if (m_form.id) {
        Kept &kept = m_kept[keptKey()];
        kept.match = RecordFilter::Match(m_match->currentData().toInt());
        kept.drafts.clear();
        for (const FilterConditionRow *row : std::as_const(m_rows))
            kept.drafts << row->draft();
    }
    m_form = form;
    m_book = book;
    if (const auto kept = m_kept.constFind(keptKey()); kept != m_kept.cend()) {
        showConditions(kept->match, kept->drafts, {});
    } else {
        // After a field was removed or changed type, what no longer fits goes.
        const RecordFilter saved =
            form.id && !book.isEmpty()
                ? RecordFilter::fromJson(form, WindowSettings().filter(book, form.id))
                : RecordFilter();
        showConditions(saved.match, {}, saved.fittedTo(form).conditions);
    }
    // What the rows show is what is applied: a value that no longer reads as its field's type
    // (the field became a choice, say) is cleared.
    bool allValid = true;
    m_applied = read(&allValid);
    if (!allValid) {
        for (FilterConditionRow *row : std::as_const(m_rows)) {
            bool valid = true;
            row->condition(&valid);
            if (!valid)
                row->clear();
        }
        m_applied = read(&allValid);
    }
    keep();
}

void FilterBar::showConditions(RecordFilter::Match match,
                               const QList<FilterConditionRow::Draft> &drafts,
                               const QList<FieldFilter> &conditions) {
    // The rows there are stay (with the focus they may have), on the new form.
    QList<FilterConditionRow::Draft> kept;
    for (const FilterConditionRow::Draft &d : drafts)
        if (m_form.field(d.key)) // a removed field's row goes with it
            kept << d;
    const qsizetype wanted = std::max<qsizetype>(1, kept.size() + conditions.size());
    while (m_rows.size() > wanted)
        delete m_rows.takeLast();
    for (FilterConditionRow *row : std::as_const(m_rows))
        row->setForm(m_form);
    while (m_rows.size() < wanted)
        addCondition();
    relayout();
    m_match->setCurrentIndex(match == RecordFilter::Match::Any ? 1 : 0);
    for (qsizetype i = 0; i < kept.size(); ++i)
        m_rows.at(i)->restore(kept.at(i));
    for (qsizetype i = 0; i < conditions.size(); ++i)
        m_rows.at(kept.size() + i)->setCondition(conditions.at(i));
    m_locale = QLocale();
}

FilterConditionRow *FilterBar::addCondition() {
    auto *row = new FilterConditionRow(m_form, this);
    m_rows << row;
    connect(row, &FilterConditionRow::edited, this, &FilterBar::apply);
    connect(row, &FilterConditionRow::removeRequested, this, [this, row] { remove(row); });
    relayout();
    return row;
}

void FilterBar::remove(FilterConditionRow *row) {
    const qsizetype at = m_rows.indexOf(row);
    if (at < 0)
        return;
    if (m_rows.size() == 1) {
        clear(); // the last row stays, empty, to type into
        row->setFocus();
        return;
    }
    m_rows.removeAt(at);
    row->hide();
    row->deleteLater(); // its button's click is still being delivered
    relayout();
    m_rows.at(std::min(at, m_rows.size() - 1))->setFocus();
    apply();
}

void FilterBar::relayout() {
    // Label, "Match all/any", the rows one under the other, then the buttons on the first line.
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the layout's item, not its widget
    m_grid->addWidget(m_label, 0, 0);
    m_grid->addWidget(m_match, 0, 1);
    for (int i = 0; i < m_rows.size(); ++i)
        m_grid->addWidget(m_rows.at(i), i, 2);
    m_grid->addWidget(m_add, 0, 3);
    m_grid->addWidget(m_clear, 0, 4);
    m_match->setVisible(m_rows.size() > 1);
    m_label->setBuddy(m_rows.front()->fieldBox());
    // Tab goes through the rows in order, then to the buttons.
    QWidget *previous = m_match;
    for (FilterConditionRow *row : std::as_const(m_rows))
        for (QWidget *w : row->focusChain()) {
            setTabOrder(previous, w);
            previous = w;
        }
    setTabOrder(previous, m_add);
    setTabOrder(m_add, m_clear);
}

void FilterBar::clear() {
    while (m_rows.size() > 1)
        delete m_rows.takeLast();
    m_rows.front()->clear();
    m_match->setCurrentIndex(0);
    relayout();
    apply();
}

RecordFilter FilterBar::read(bool *allValid) {
    RecordFilter filter;
    filter.match = RecordFilter::Match(m_match->currentData().toInt());
    *allValid = true;
    for (FilterConditionRow *row : std::as_const(m_rows)) {
        bool valid = true;
        if (const auto c = row->condition(&valid))
            filter.conditions << *c;
        *allValid = *allValid && valid;
    }
    return filter;
}

void FilterBar::apply() {
    bool allValid = true;
    const RecordFilter filter = read(&allValid);
    // A value that is not of its field's type is shown as such; the filter stays as it was.
    if (!allValid || filter == m_applied)
        return;
    m_applied = filter;
    keep();
    Q_EMIT filtersChanged();
}

void FilterBar::keep() {
    // Between runs the filter as applied is kept; typed values not yet applied are not.
    if (m_form.id && !m_book.isEmpty())
        WindowSettings().setFilter(m_book, m_form.id, m_applied.toJson(m_form));
}

} // namespace fb
