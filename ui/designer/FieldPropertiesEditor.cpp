#include "FieldPropertiesEditor.h"

#include "FormDesign.h"
#include "FormTexts.h"
#include "TextValue.h"
#include "Validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

#include <string_view>

namespace fb {

namespace {
void putTranslation(QMap<QString, QString> *byLanguage, const QString &language,
                    const QString &text) {
    if (text.trimmed().isEmpty())
        byLanguage->remove(language); // the default text shows instead
    else
        byLanguage->insert(language, text);
}

// One name per line, for each choice in order; a line left out shows the default name.
QStringList choiceNames(const QString &text, qsizetype count) {
    QStringList names;
    for (const QString &line : text.split(u'\n'))
        names << line.trimmed();
    while (names.size() > count && names.last().isEmpty())
        names.removeLast();
    while (names.size() < count)
        names << QString();
    return names;
}

// Keeps each choice's translated names with it when the default choices are added, removed
// or reordered; a new or renamed choice has none yet (it shows its default name).
void followChoices(const QStringList &before, FieldDef *f) {
    for (auto it = f->choicesByLanguage.begin(); it != f->choicesByLanguage.end(); ++it) {
        QStringList names;
        for (const QString &choice : std::as_const(f->choices)) {
            const qsizetype old = before.indexOf(choice);
            names << (old >= 0 && old < it.value().size() ? it.value().at(old) : QString());
        }
        it.value() = names;
    }
}
} // namespace

template <typename W> W *FieldPropertiesEditor::addRow(W *widget, const char *objectName) {
    widget->setObjectName(QString::fromLatin1(objectName));
    auto *label = new QLabel(this);
    label->setBuddy(widget);
    m_labels << label;
    m_layout->addRow(label, widget);
    // Every edit goes through edited(), which ignores what loading a field does to the widgets.
    if constexpr (std::is_same_v<W, QLineEdit>)
        connect(widget, &QLineEdit::textEdited, this, &FieldPropertiesEditor::edited);
    else if constexpr (std::is_same_v<W, QCheckBox>)
        connect(widget, &QCheckBox::toggled, this, &FieldPropertiesEditor::edited);
    else if constexpr (std::is_same_v<W, QSpinBox>)
        connect(widget, &QSpinBox::valueChanged, this,
                objectName == std::string_view("fieldPlaces") ? &FieldPropertiesEditor::placesEdited
                                                              : &FieldPropertiesEditor::edited);
    else if constexpr (std::is_same_v<W, QPlainTextEdit>)
        connect(widget, &QPlainTextEdit::textChanged, this, &FieldPropertiesEditor::edited);
    return widget;
}

FieldPropertiesEditor::FieldPropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this)) {
    m_label = addRow(new QLineEdit(this), "fieldLabel");
    m_type = addRow(new QComboBox(this), "fieldType");
    m_required = addRow(new QCheckBox(this), "fieldRequired");
    m_unique = addRow(new QCheckBox(this), "fieldUnique");
    m_maxLength = addRow(new QSpinBox(this), "fieldMaxLength");
    m_pattern = addRow(new QLineEdit(this), "fieldPattern");
    m_minimum = addRow(new QLineEdit(this), "fieldMinimum");
    m_maximum = addRow(new QLineEdit(this), "fieldMaximum");
    m_places = addRow(new QSpinBox(this), "fieldPlaces");
    m_choices = addRow(new QPlainTextEdit(this), "fieldChoices");
    m_reference = addRow(new QComboBox(this), "fieldReference");
    m_help = addRow(new QLineEdit(this), "fieldHelp");
    m_default = addRow(new QLineEdit(this), "fieldDefault");
    m_maxLength->setGroupSeparatorShown(true);
    m_places->setRange(0, 12);
    m_choices->setMaximumHeight(m_choices->fontMetrics().lineSpacing() * 5);
    m_choices->setTabChangesFocus(true);
    for (const FieldType type : allFieldTypes())
        m_type->addItem(QString(), int(type));
    connect(m_type, &QComboBox::activated, this, &FieldPropertiesEditor::typeChosen);
    connect(m_reference, &QComboBox::activated, this, &FieldPropertiesEditor::edited);
    retranslate();
    showRelevantRows();
    setEnabled(false);
}

QString FieldPropertiesEditor::typeLabel(FieldType type) {
    switch (type) {
    case FieldType::Text:
        return tr("Text", "field type");
    case FieldType::LongText:
        return tr("Long text");
    case FieldType::Integer:
        return tr("Whole number");
    case FieldType::Decimal:
        return tr("Decimal number");
    case FieldType::Date:
        return tr("Date", "field type");
    case FieldType::Time:
        return tr("Time", "field type");
    case FieldType::DateTime:
        return tr("Date and time");
    case FieldType::Bool:
        return tr("Yes/no");
    case FieldType::Choice:
        return tr("One choice");
    case FieldType::MultiChoice:
        return tr("Several choices");
    case FieldType::Reference:
        return tr("Record of another form");
    }
    return {};
}

void FieldPropertiesEditor::retranslate() {
    // Each letter once in the whole designer (FormDesignerDialog has the others).
    const QStringList names{tr("&Label:"),   tr("T&ype:"),           tr("Re&quired:"),
                            tr("Unique:"),   tr("Maximum len&gth:"), tr("Pa&ttern:"),
                            tr("&Minimum:"), tr("Ma&ximum:"),        tr("Decimal &places:"),
                            tr("Ch&oices:"), tr("Lin&ks to:"),       tr("&Help:"),
                            tr("&Default:")};
    for (int i = 0; i < names.size(); ++i)
        m_labels.at(i)->setText(names.at(i));
    // One label column for every type: the rows a type hides do not move the fields.
    int widest = 0;
    for (QLabel *label : std::as_const(m_labels)) {
        label->setMinimumWidth(0);
        widest = std::max(widest, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(widest);
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, typeLabel(FieldType(m_type->itemData(i).toInt())));
    m_required->setText(tr("A value must be given"));
    m_unique->setText(tr("No two records may have the same value"));
    // A short hint that fits the row; the tool tip says the rest.
    m_pattern->setPlaceholderText(tr("A regular expression"));
    m_pattern->setToolTip(tr("A regular expression the whole text must match"));
    m_minimum->setPlaceholderText(tr("No limit"));
    m_maximum->setPlaceholderText(tr("No limit"));
    showPlaceholders();
    updateGeometry(); // the labels' new lengths
}

QSize FieldPropertiesEditor::minimumSizeHint() const {
    int labels = 0;
    int fields = 0;
    for (const QLabel *label : m_labels) {
        labels = std::max(labels, label->minimumSizeHint().width());
        if (label->buddy())
            fields = std::max(fields, label->buddy()->minimumSizeHint().width());
    }
    const QMargins margins = m_layout->contentsMargins();
    const QSize shown = QWidget::minimumSizeHint();
    const int rows = labels + std::max(0, m_layout->horizontalSpacing()) + fields + margins.left() +
                     margins.right();
    return {std::max(shown.width(), rows), shown.height()};
}

void FieldPropertiesEditor::showPlaceholders() {
    // A translation shows the default text it translates until it is typed.
    const bool translating = !m_language.isEmpty();
    m_label->setPlaceholderText(translating ? m_field.label : QString());
    m_help->setPlaceholderText(translating ? m_field.help : QString());
    m_choices->setPlaceholderText(translating ? m_field.choices.join(u'\n')
                                              : tr("One choice per line"));
}

void FieldPropertiesEditor::setTextLanguage(const QString &language) {
    m_language = language;
}

void FieldPropertiesEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldPropertiesEditor::setBookForms(const QList<FormDef> &forms) {
    m_reference->clear();
    for (const FormDef &form : forms)
        m_reference->addItem(FormTexts::formName(form), form.id);
}

void FieldPropertiesEditor::edited() {
    if (!m_loading && m_index >= 0)
        Q_EMIT fieldChanged(m_index, field());
}

void FieldPropertiesEditor::placesEdited() {
    if (m_loading || m_index < 0)
        return;
    // The limits are shown as the new places write them (or empty when they no longer fit).
    const FieldDef f = field();
    {
        const QScopedValueRollback loading(m_loading, true);
        m_field = f;
        m_minimum->setText(TextValue::fromValue(f, f.minimum));
        m_maximum->setText(TextValue::fromValue(f, f.maximum));
        m_default->setText(TextValue::fromValue(f, f.defaultValue));
    }
    Q_EMIT fieldChanged(m_index, f);
}

void FieldPropertiesEditor::typeChosen() {
    if (m_loading || m_index < 0)
        return;
    // The rows and limits of the new type are shown: the field is loaded again as converted.
    FieldDef f = field();
    if (f.type == FieldType::Reference && !f.referenceFormId && m_reference->count() > 0)
        f.referenceFormId = m_reference->itemData(0).toLongLong();
    if (f.maxLength >= Validator::lengthCeiling(f.type))
        f.maxLength = 0; // a long text's own limit beyond what a single line may hold
    setField(m_index, f);
    Q_EMIT fieldChanged(m_index, f);
}

void FieldPropertiesEditor::clearField() {
    setField(-1, FieldDef{});
}

void FieldPropertiesEditor::setField(int index, const FieldDef &field) {
    const QScopedValueRollback loading(m_loading, true);
    m_index = index;
    m_field = field; // a copy: whatever the design does meanwhile, this stays valid
    const FieldDef &f = m_field;
    setEnabled(index >= 0);
    m_label->setText(m_language.isEmpty() ? f.label : f.labelByLanguage.value(m_language));
    m_type->setCurrentIndex(m_type->findData(int(f.type)));
    m_required->setChecked(f.required);
    m_unique->setChecked(f.unique);
    // The limit that applies is shown, the field's own or the type's ceiling: what is shown
    // is what the validator checks (Validator::lengthLimit), never "no limit".
    m_maxLength->setRange(1, Validator::lengthCeiling(f.type));
    m_maxLength->setValue(int(Validator::lengthLimit(f)));
    m_pattern->setText(f.pattern);
    m_minimum->setText(TextValue::fromValue(f, f.minimum));
    m_maximum->setText(TextValue::fromValue(f, f.maximum));
    m_places->setValue(f.places);
    m_choices->setPlainText(
        (m_language.isEmpty() ? f.choices : f.choicesByLanguage.value(m_language)).join(u'\n'));
    m_reference->setCurrentIndex(m_reference->findData(f.referenceFormId));
    m_help->setText(m_language.isEmpty() ? f.help : f.helpByLanguage.value(m_language));
    m_default->setText(TextValue::fromValue(f, f.defaultValue));
    showPlaceholders();
    showRelevantRows();
}

void FieldPropertiesEditor::showRelevantRows() {
    const auto type = FieldType(m_type->currentData().toInt());
    const bool text = type == FieldType::Text || type == FieldType::LongText;
    const bool ranged = type == FieldType::Integer || type == FieldType::Decimal ||
                        type == FieldType::Date || type == FieldType::Time ||
                        type == FieldType::DateTime;
    const bool choices = type == FieldType::Choice || type == FieldType::MultiChoice;
    m_layout->setRowVisible(m_maxLength, text);
    m_layout->setRowVisible(m_pattern, type == FieldType::Text);
    m_layout->setRowVisible(m_minimum, ranged);
    m_layout->setRowVisible(m_maximum, ranged);
    m_layout->setRowVisible(m_places, type == FieldType::Decimal);
    m_layout->setRowVisible(m_choices, choices);
    m_layout->setRowVisible(m_reference, type == FieldType::Reference);
}

QVariant FieldPropertiesEditor::limit(QLineEdit *edit, const FieldDef &typed) const {
    const std::optional<QVariant> value = TextValue::toValue(typed, edit->text());
    edit->setStyleSheet(value ? QString() : u"color: #b00020;"_qs);
    return value.value_or(QVariant());
}

FieldDef FieldPropertiesEditor::shownField() const {
    FieldDef f = m_field;
    if (m_language.isEmpty())
        f.label = m_label->text();
    else
        putTranslation(&f.labelByLanguage, m_language, m_label->text());
    f.required = m_required->isChecked();
    f.unique = m_unique->isChecked();
    const bool text = f.type == FieldType::Text || f.type == FieldType::LongText;
    // The ceiling itself is kept as "no limit of its own" (0), which the validator reads as
    // the same ceiling.
    f.maxLength = text && m_maxLength->value() < Validator::lengthCeiling(m_field.type)
                      ? m_maxLength->value()
                      : 0;
    f.pattern = f.type == FieldType::Text ? m_pattern->text() : QString();
    f.places = m_places->value();
    const bool choices = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
    if (!choices) {
        f.choices.clear();
        f.choicesByLanguage.clear();
    } else if (!m_language.isEmpty()) {
        f.choicesByLanguage[m_language] = choiceNames(m_choices->toPlainText(), f.choices.size());
        if (f.choicesByLanguage[m_language].join(QString()).trimmed().isEmpty())
            f.choicesByLanguage.remove(m_language);
    } else {
        f.choices.clear();
        for (const QString &line : m_choices->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty() && !f.choices.contains(line.trimmed()))
                f.choices << line.trimmed();
        }
        followChoices(m_field.choices, &f);
    }
    f.referenceFormId =
        f.type == FieldType::Reference ? m_reference->currentData().toLongLong() : 0;
    if (m_language.isEmpty())
        f.help = m_help->text();
    else
        putTranslation(&f.helpByLanguage, m_language, m_help->text());
    f.minimum = limit(m_minimum, f);
    f.maximum = limit(m_maximum, f);
    f.defaultValue = limit(m_default, f);
    if (f.type == FieldType::Integer || f.type == FieldType::Decimal || f.type == FieldType::Date ||
        f.type == FieldType::Time || f.type == FieldType::DateTime)
        return f;
    f.minimum = f.maximum = QVariant();
    return f;
}

FieldDef FieldPropertiesEditor::field() const {
    // The rules as shown are those of the loaded type; a newly chosen type converts them.
    const FieldDef shown = shownField();
    return FormDesign::withType(shown, FieldType(m_type->currentData().toInt()));
}

} // namespace fb
