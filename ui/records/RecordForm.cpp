#include "RecordForm.h"

#include "Database.h"
#include "FieldEditor.h"
#include "FieldEditorFactory.h"
#include "FormTexts.h"
#include "Validator.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fb {

namespace {
void styleMessage(QLabel *label) {
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_qs);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}
} // namespace

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_formMessage(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_layout(new QFormLayout) {
    setObjectName(u"recordForm"_qs);
    m_formMessage->setObjectName(u"formMessage"_qs);
    m_empty->setWordWrap(true);
    styleMessage(m_formMessage);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_formMessage);
    outer->addWidget(m_empty);
    outer->addLayout(m_layout);
    outer->addStretch();
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    retranslate();
}

RecordForm::~RecordForm() {
    clearRows();
}

void RecordForm::clearRows() {
    // Editors losing the focus as they go must not be checked any more.
    for (const Row &row : std::as_const(m_rows))
        disconnect(row.editor, nullptr, this, nullptr);
    for (const Row &row : std::as_const(m_rows))
        m_layout->removeRow(row.label); // deletes the label, the editor and its message
    m_rows.clear();
}

void RecordForm::setForm(const FormDef &form, Database *database) {
    clearRows();
    m_form = form;
    m_database = database;
    QWidget *previous = nullptr;
    for (const FieldDef &field : form.fields) {
        Row row;
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        row.editor = FieldEditorFactory::create(field, database, cell);
        row.message = new QLabel(cell);
        row.message->setObjectName(u"message_"_qs + field.key);
        styleMessage(row.message);
        // The line is there, empty, before any message: a message appearing as the person
        // leaves a field must not push the next field away from where they click.
        // One line, as wide as the field's cell (never wider: the whole of it is also the
        // editor's accessible description).
        row.message->setWordWrap(false);
        row.message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        row.message->setMinimumHeight(row.message->fontMetrics().lineSpacing());
        row.message->show();
        cellLayout->addWidget(row.editor);
        cellLayout->addWidget(row.message);
        row.label = new QLabel(this);
        row.label->setObjectName(u"label_"_qs + field.key);
        row.label->setBuddy(row.editor->focusTarget());
        m_layout->addRow(row.label, cell);
        if (previous)
            setTabOrder(previous, row.editor->focusTarget());
        previous = row.editor->focusTarget();
        const auto onEdit = [this, index = m_rows.size()] {
            if (m_loading)
                return;
            check(m_rows.at(index), true);
            setMessage(Row{nullptr, nullptr, m_formMessage}, {});
            Q_EMIT changed();
        };
        connect(row.editor, &FieldEditor::edited, this, onEdit);
        connect(row.editor, &FieldEditor::committed, this, onEdit);
        m_rows.append(row);
    }
    retranslate();
    setRecord(Record{});
}

void RecordForm::retranslate() {
    if (m_preview)
        m_empty->setText(tr("Add fields to see the form here."));
    else if (m_form.id)
        m_empty->setText(tr("This form has no fields yet. Add some with Form → Design Form…"));
    else
        m_empty->setText(
            tr("No form is chosen. Pick one from the list, or create one with Form → New Form…"));
    m_empty->setVisible(m_rows.isEmpty());
    for (const Row &row : std::as_const(m_rows)) {
        const FieldDef &field = row.editor->field();
        const QString text = FormTexts::label(field);
        // A "&" in a field's name is shown as itself, not taken as an Alt key of the window.
        QString shown = text;
        shown.replace(u'&', u"&&"_qs);
        row.label->setText(field.required ? tr("%1 *", "required field label").arg(shown) : shown);
        QFont font = row.label->font();
        font.setBold(field.required);
        row.label->setFont(font);
        row.label->setToolTip(field.required ? tr("Required") : QString());
        row.editor->setAccessibleLabel(text);
        if (!row.message->text().isEmpty())
            check(row, true); // messages in the new language
    }
}

void RecordForm::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordForm::setRecord(const Record &record) {
    m_record = record;
    m_original.clear();
    m_loading = true;
    for (const Row &row : std::as_const(m_rows)) {
        const FieldDef &field = row.editor->field();
        const QVariant value = record.id ? record.values.value(field.key) : field.defaultValue;
        row.editor->setValue(value);
        m_original.insert(field.key, normalised(row));
        setMessage(row, {});
    }
    m_loading = false;
    setMessage(Row{nullptr, nullptr, m_formMessage}, {});
    Q_EMIT changed();
}

void RecordForm::markSaved(const Record &saved) {
    m_record = saved;
    for (const FieldDef &field : m_form.fields)
        m_original.insert(field.key, saved.values.value(field.key));
    Q_EMIT changed();
}

QVariant RecordForm::normalised(const Row &row) const {
    const QVariant typed = row.editor->value();
    const Validator::Result r =
        Validator::validate(row.editor->field(), typed, FormTexts::label(row.editor->field()));
    return r.error.isError() ? typed : r.value;
}

Record RecordForm::editedRecord() const {
    Record record = m_record;
    for (const Row &row : m_rows)
        record.values.insert(row.editor->field().key, normalised(row));
    return record;
}

bool RecordForm::isValid() const {
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return !Validator::validate(row.editor->field(), row.editor->value()).error.isError();
    });
}

bool RecordForm::isDirty() const {
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return normalised(row) != m_original.value(row.editor->field().key);
    });
}

void RecordForm::check(const Row &row, bool show) {
    const FieldDef &field = row.editor->field();
    const Validator::Result r =
        Validator::validate(field, row.editor->value(), FormTexts::label(field));
    if (show || !r.error.isError())
        setMessage(row, explained(field, row.editor->value(), r.error.message()));
}

QString RecordForm::explained(const FieldDef &field, const QVariant &value,
                              const QString &message) const {
    // "does not have the expected form" alone does not say which form is expected.
    if (message.isEmpty() || field.pattern.isEmpty() || value.isNull())
        return message;
    const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
    if (!re.isValid() || re.match(value.toString()).hasMatch())
        return message; // another rule failed
    const QString help = FormTexts::help(field);
    return help.isEmpty() ? tr("%1 Expected: %2", "message, pattern").arg(message, field.pattern)
                          : tr("%1 %2", "message, the field's help").arg(message, help);
}

void RecordForm::setMessage(const Row &row, const QString &text) {
    row.message->setText(text);
    row.message->setToolTip(text);
    if (row.message == m_formMessage) // above the form: shown only with a message
        row.message->setVisible(!text.isEmpty());
    if (row.editor)
        row.editor->focusTarget()->setAccessibleDescription(
            text.isEmpty() ? FormTexts::help(row.editor->field()) : text);
}

void RecordForm::showError(const DbError &error) {
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor->field().key == error.field() && !error.field().isEmpty()) {
            setMessage(row, error.message());
            row.editor->focusTarget()->setFocus();
            return;
        }
    }
    setMessage(Row{nullptr, nullptr, m_formMessage}, error.message());
}

FieldEditor *RecordForm::editor(const QString &key) const {
    for (const Row &row : m_rows) {
        if (row.editor->field().key == key)
            return row.editor;
    }
    return nullptr;
}

QList<FieldEditor *> RecordForm::editors() const {
    QList<FieldEditor *> out;
    for (const Row &row : m_rows)
        out << row.editor;
    return out;
}

QLabel *RecordForm::label(const QString &key) const {
    for (const Row &row : m_rows) {
        if (row.editor->field().key == key)
            return row.label;
    }
    return nullptr;
}

QString RecordForm::message(const QString &key) const {
    for (const Row &row : m_rows) {
        if (row.editor->field().key == key)
            return row.message->text();
    }
    return !m_formMessage->isHidden() && key.isEmpty() ? m_formMessage->text() : QString();
}

bool RecordForm::focusNextPrevChild(bool next) {
    const QWidget *focus = focusWidget();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).editor->focusTarget() != focus)
            continue;
        // Round again from the last field to the first, as a paper form is filled in: the
        // table, the list and the search are one click or shortcut away.
        const int to = (i + (next ? 1 : -1) + int(m_rows.size())) % int(m_rows.size());
        m_rows.at(to).editor->focusTarget()->setFocus(next ? Qt::TabFocusReason
                                                           : Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void RecordForm::setPreview(bool preview) {
    m_preview = preview;
    retranslate();
}

void RecordForm::focusFirstField() {
    if (!m_rows.isEmpty())
        m_rows.front().editor->focusTarget()->setFocus(Qt::OtherFocusReason);
}

} // namespace fb
