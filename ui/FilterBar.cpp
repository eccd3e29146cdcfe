#include "FilterBar.h"

#include "FormTexts.h"
#include "TextValue.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace fb {

namespace {
using Op = FieldFilter::Op;
constexpr Op ops[] = {Op::Contains, Op::Equals, Op::AtLeast, Op::AtMost, Op::Empty, Op::NotEmpty};
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_clear(new QToolButton(this)) {
    setObjectName(u"filterBar"_qs);
    m_field->setObjectName(u"filterField"_qs);
    m_op->setObjectName(u"filterOp"_qs);
    m_value->setObjectName(u"filterValue"_qs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_clear);
    m_label->setBuddy(m_field);
    for (int i = 0; i < int(std::size(ops)); ++i)
        m_op->addItem(QString(), i);
    connect(m_value, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_op, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_field, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    retranslate();
}

void FilterBar::retranslate() {
    m_label->setText(tr("&Filter:"));
    // Read as a sentence: "<field> contains <value>", "<field> is at least <value>".
    const QStringList names{
        tr("contains", "filter condition"),    tr("is", "filter condition"),
        tr("is at least", "filter condition"), tr("is at most", "filter condition"),
        tr("is empty", "filter condition"),    tr("is not empty", "filter condition")};
    for (int i = 0; i < names.size(); ++i)
        m_op->setItemText(i, names.at(i));
    m_field->setAccessibleName(tr("Filter field"));
    m_op->setAccessibleName(tr("Filter condition"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value->setPlaceholderText(tr("Value, then Enter"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all records again"));
    for (int i = 0; i < m_field->count(); ++i) {
        if (const FieldDef *f = m_form.field(m_field->itemData(i).toString()))
            m_field->setItemText(i, FormTexts::label(*f));
    }
}

void FilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::setForm(const FormDef &form) {
    m_form = form;
    m_field->clear();
    for (const FieldDef &f : form.fields)
        m_field->addItem(FormTexts::label(f), f.key);
    m_value->clear();
    m_applied.clear();
}

QList<FieldFilter> FilterBar::filters() const {
    return m_applied;
}

void FilterBar::clear() {
    m_value->clear();
    if (m_applied.isEmpty())
        return;
    m_applied.clear();
    Q_EMIT filtersChanged();
}

void FilterBar::apply() {
    const FieldDef *field = m_form.field(m_field->currentData().toString());
    if (!field)
        return;
    FieldFilter filter{field->key, ops[m_op->currentData().toInt()], {}};
    const bool needsValue = filter.op != Op::Empty && filter.op != Op::NotEmpty;
    if (needsValue) {
        if (m_value->text().isEmpty()) {
            clear();
            return;
        }
        // A choice may be typed as it is shown, in the interface language.
        const QString text = FormTexts::choiceValue(*field, m_value->text().trimmed());
        const auto typed = filter.op == Op::Contains ? std::optional<QVariant>(m_value->text())
                                                     : TextValue::toValue(*field, text);
        m_value->setStyleSheet(typed ? QString() : u"color: #b00020;"_qs);
        if (!typed)
            return;
        filter.value = *typed;
    }
    m_applied = {filter};
    Q_EMIT filtersChanged();
}

} // namespace fb
