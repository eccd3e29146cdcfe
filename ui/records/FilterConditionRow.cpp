#include "FilterConditionRow.h"

#include "FilterValueText.h"
#include "FormTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace fb {

namespace {
using Op = FieldFilter::Op;

QString opName(Op op) {
    // Read as a sentence: "<field> contains <value>", "<field> is at least <value>".
    switch (op) {
    case Op::Contains:
        return FilterConditionRow::tr("contains", "filter condition");
    case Op::Equals:
        return FilterConditionRow::tr("is", "filter condition");
    case Op::AtLeast:
        return FilterConditionRow::tr("is at least", "filter condition");
    case Op::AtMost:
        return FilterConditionRow::tr("is at most", "filter condition");
    case Op::Empty:
        return FilterConditionRow::tr("is empty", "filter condition");
    case Op::NotEmpty:
        return FilterConditionRow::tr("is not empty", "filter condition");
    }
    return {};
}
} // namespace

FilterConditionRow::FilterConditionRow(const FormDef &form, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_remove(new QToolButton(this)) {
    m_field->setObjectName(u"filterField"_qs);
    m_op->setObjectName(u"filterOp"_qs);
    m_value->setObjectName(u"filterValue"_qs);
    m_remove->setObjectName(u"filterRemove"_qs);
    // Wide enough for the longest field name and operator, in every language.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_remove->setText(u"×"_qs);
    m_remove->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_remove);
    setFocusProxy(m_field);
    setForm(form);
    connect(m_value, &QLineEdit::returnPressed, this, &FilterConditionRow::edited);
    connect(m_value, &QLineEdit::textEdited, this, [this] { m_value->setStyleSheet({}); });
    connect(m_op, &QComboBox::activated, this, &FilterConditionRow::edited);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        // "is at least" chosen for a number means nothing for a text, "is" for a choice
        // not what it means for a number: another type starts with its first operator.
        const FieldDef *f = field();
        fillOps(!f || f->type != m_opType);
    });
    connect(m_field, &QComboBox::activated, this, &FilterConditionRow::edited);
    connect(m_remove, &QToolButton::clicked, this, &FilterConditionRow::removeRequested);
    retranslate();
}

void FilterConditionRow::setForm(const FormDef &form) {
    m_form = form;
    const QSignalBlocker quiet(m_field);
    m_field->clear();
    for (const FieldDef &f : m_form.fields)
        m_field->addItem(FormTexts::label(f), f.key);
    fillOps(true);
    m_value->clear();
}

void FilterConditionRow::retranslate() {
    for (int i = 0; i < m_op->count(); ++i)
        m_op->setItemText(i, opName(Op(m_op->itemData(i).toInt())));
    for (int i = 0; i < m_field->count(); ++i)
        if (const FieldDef *f = m_form.field(m_field->itemData(i).toString()))
            m_field->setItemText(i, FormTexts::label(*f));
    m_field->setAccessibleName(tr("Filter field"));
    m_op->setAccessibleName(tr("Filter condition"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value->setPlaceholderText(tr("Value, then Enter"));
    // Room for a twelve-digit value and for the whole hint, with the frame's margins.
    const QFontMetrics metrics = m_value->fontMetrics();
    m_value->setMinimumWidth(std::max(metrics.horizontalAdvance(u'0') * 12,
                                      metrics.horizontalAdvance(m_value->placeholderText())) +
                             metrics.averageCharWidth() * 4);
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove condition"));
}

void FilterConditionRow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

const FieldDef *FilterConditionRow::field() const {
    return m_form.field(m_field->currentData().toString());
}

Op FilterConditionRow::op() const {
    return Op(m_op->currentData().toInt());
}

void FilterConditionRow::fillOps(bool reset) {
    // Only what means something for the field's type.
    const FieldDef *f = field();
    const QList<Op> ops = f ? RecordFilter::opsFor(f->type) : QList<Op>();
    const int before = m_op->count() && !reset ? m_op->currentData().toInt() : -1;
    m_op->clear();
    for (const Op o : ops)
        m_op->addItem(opName(o), int(o));
    m_op->setCurrentIndex(std::max(0, m_op->findData(before)));
    m_opType = f ? std::optional<FieldType>(f->type) : std::nullopt;
    m_value->setStyleSheet({});
}

FilterConditionRow::Draft FilterConditionRow::draft() const {
    return {m_field->currentData().toString(), m_opType, m_op->currentData().toInt(),
            m_value->text()};
}

void FilterConditionRow::restore(const Draft &draft) {
    m_field->setCurrentIndex(std::max(0, m_field->findData(draft.key)));
    const FieldDef *f = field();
    const bool sameType = f && f->type == draft.type;
    fillOps(true);
    if (sameType)
        m_op->setCurrentIndex(std::max(0, m_op->findData(draft.op)));
    m_value->setText(sameType ? draft.text : QString());
}

void FilterConditionRow::setCondition(const FieldFilter &condition) {
    m_field->setCurrentIndex(std::max(0, m_field->findData(condition.key)));
    fillOps(true);
    m_op->setCurrentIndex(std::max(0, m_op->findData(int(condition.op))));
    const FieldDef *f = field();
    m_value->setText(f ? FilterValueText::format(*f, condition.op, condition.value, QLocale())
                       : QString());
}

std::optional<FieldFilter> FilterConditionRow::condition(bool *valid) {
    *valid = true;
    const FieldDef *f = field();
    if (!f)
        return std::nullopt;
    FieldFilter c{f->key, op(), {}};
    if (FieldFilter::needsValue(c.op)) {
        const auto value = FilterValueText::parse(*f, c.op, m_value->text(), QLocale());
        *valid = value.has_value();
        m_value->setStyleSheet(*valid ? QString() : u"color: #b00020;"_qs);
        if (!value || value->isNull())
            return std::nullopt;
        c.value = *value;
    }
    return c;
}

QList<QWidget *> FilterConditionRow::focusChain() const {
    return {m_field, m_op, m_value, m_remove};
}

void FilterConditionRow::clear() {
    m_value->clear();
    m_value->setStyleSheet({});
}

void FilterConditionRow::relocalise(const QLocale &before) {
    const FieldDef *f = field();
    if (!f || !FieldFilter::needsValue(op()))
        return;
    if (const auto value = FilterValueText::parse(*f, op(), m_value->text(), before);
        value && !value->isNull())
        m_value->setText(FilterValueText::format(*f, op(), *value, QLocale()));
}

} // namespace fb
