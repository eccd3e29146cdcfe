#include "FormDesignerDialog.h"

#include "Database.h"
#include "FieldPropertiesEditor.h"
#include "FormFiles.h"
#include "FormTemplates.h"
#include "FormTexts.h"
#include "InterfaceLanguage.h"
#include "ProgressNotice.h"
#include "RecordForm.h"
#include "WhenReady.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fb {

namespace {
// A new form is written in the interface language (templates are translated into it).
FormDef inInterfaceLanguage(FormDef form) {
    if (form.language.isEmpty() && QLocale().language() != QLocale::C)
        form.language = FormTexts::interfaceLanguage();
    return form;
}
} // namespace

FormDesignerDialog::FormDesignerDialog(Database *database, const FormDef &form, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_displayLabel(new QLabel(this))
    , m_displayField(new QComboBox(this))
    , m_fields(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_properties(new FieldPropertiesEditor(this))
    , m_preview(new RecordForm(this))
    , m_previewLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_apply(m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole)) {
    setObjectName(u"formDesigner"_qs);
    m_name->setObjectName(u"formName"_qs);
    m_template->setObjectName(u"template"_qs);
    m_language->setObjectName(u"textLanguage"_qs);
    m_fields->setObjectName(u"designFields"_qs);
    m_add->setObjectName(u"addField"_qs);
    m_apply->setObjectName(u"apply"_qs);
    m_message->setObjectName(u"designMessage"_qs);
    m_message->setWordWrap(true);
    m_preview->setPreview(true);
    if (database)
        m_properties->setBookForms(database->forms());

    auto *top = new QFormLayout;
    top->addRow(m_templateLabel, m_template);
    top->addRow(m_languageLabel, m_language);
    top->addRow(m_nameLabel, m_name);
    top->addRow(m_displayLabel, m_displayField);
    m_templateLabel->setBuddy(m_template);
    m_languageLabel->setBuddy(m_language);
    m_nameLabel->setBuddy(m_name);
    m_displayLabel->setBuddy(m_displayField);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_remove, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    listButtons->addWidget(m_import, 2, 0);
    listButtons->addWidget(m_export, 2, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_fields, 1);
    leftLayout->addLayout(listButtons);
    auto *previewArea = new QScrollArea(this);
    previewArea->setWidget(m_preview);
    previewArea->setWidgetResizable(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewLabel);
    rightLayout->addWidget(previewArea);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_properties);
    splitter->addWidget(right);
    splitter->setSizes({320, 380, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const bool isNew = form.id == 0;
    m_templateLabel->setVisible(isNew);
    m_template->setVisible(isNew);
    if (isNew) {
        m_templates = FormTemplates::all();
        m_template->addItem(QString());
        for (const FormDef &t : std::as_const(m_templates))
            m_template->addItem(t.name);
    }
    connect(m_template, &QComboBox::activated, this, &FormDesignerDialog::useTemplate);
    connect(m_language, &QComboBox::activated, this, &FormDesignerDialog::useTextLanguage);
    connect(m_name, &QLineEdit::textEdited, this, &FormDesignerDialog::nameEdited);
    connect(m_displayField, &QComboBox::activated, this,
            [this] { m_design.displayField = m_displayField->currentData().toString(); });
    connect(m_fields, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_design.fields.size())
            m_properties->setField(m_design.fields.at(row));
        m_remove->setEnabled(row >= 0);
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row < m_design.fields.size() - 1);
    });
    connect(m_properties, &FieldPropertiesEditor::changed, this, &FormDesignerDialog::fieldEdited);
    connect(m_add, &QPushButton::clicked, this, &FormDesignerDialog::addField);
    connect(m_remove, &QPushButton::clicked, this, &FormDesignerDialog::removeField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_import, &QPushButton::clicked, this, &FormDesignerDialog::importJson);
    connect(m_export, &QPushButton::clicked, this, &FormDesignerDialog::exportJson);
    connect(m_apply, &QPushButton::clicked, this, &FormDesignerDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 600);
    setDesign(isNew ? inInterfaceLanguage(form) : form);
    retranslate();
}

void FormDesignerDialog::retranslate() {
    if (m_messageText)
        m_message->setText(m_messageText());
    const bool isNew = m_design.id == 0;
    setWindowTitle(isNew ? tr("New Form")
                         : tr("Design Form — %1").arg(FormTexts::formName(m_design)));
    m_languageLabel->setText(tr("T&exts in:"));
    m_language->setToolTip(tr("The language of the name, labels, help and choices shown below. "
                              "Texts not given in a language show the default ones."));
    showLanguages();
    showFields(); // type names and labels in the new language
    m_templateLabel->setText(tr("&Start from:"));
    if (m_template->count())
        m_template->setItemText(0, tr("A blank form"));
    m_nameLabel->setText(tr("&Name:"));
    m_displayLabel->setText(tr("Records are &named by:"));
    m_add->setText(tr("&Add Field"));
    m_remove->setText(tr("Remo&ve"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move Do&wn"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    m_previewLabel->setText(tr("Preview", "how the form will look"));
    m_fields->setAccessibleName(tr("Fields"));
    m_apply->setText(isNew ? tr("&Create Form") : tr("A&pply Changes"));
    // A form file makes a new form; its fields are not those of an existing one.
    m_import->setEnabled(isNew);
    m_import->setToolTip(isNew ? QString() : tr("Form files make new forms: use Form → New Form…"));
}

void FormDesignerDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FormDesignerDialog::setDesign(const FormDef &form) {
    m_design = form;
    showLanguages();
    useTextLanguage();
    m_fields->setCurrentRow(form.fields.isEmpty() ? -1 : 0);
    if (form.fields.isEmpty())
        m_properties->setEnabled(false);
    updatePreview();
}

QString FormDesignerDialog::textLanguage() const {
    return m_language->currentData().toString();
}

void FormDesignerDialog::showLanguages() {
    // The form's default language first, then the interface's languages and any other
    // language the form already has texts in.
    QStringList languages{u"de"_qs, u"fr"_qs, u"es"_qs, u"ar"_qs, u"en"_qs};
    languages += m_design.nameByLanguage.keys();
    for (const FieldDef &f : std::as_const(m_design.fields))
        languages +=
            f.labelByLanguage.keys() + f.helpByLanguage.keys() + f.choicesByLanguage.keys();
    languages.removeAll(m_design.language);
    languages.removeAll(QString());
    languages.removeDuplicates();
    const QString current = textLanguage();
    const QSignalBlocker quiet(m_language);
    m_language->clear();
    m_language->addItem(m_design.language.isEmpty()
                            ? tr("Default texts")
                            : tr("%1 (default)", "the form's default language")
                                  .arg(InterfaceLanguage::nativeName(m_design.language)),
                        QString());
    for (const QString &language : std::as_const(languages))
        m_language->addItem(InterfaceLanguage::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
}

void FormDesignerDialog::useTextLanguage() {
    const QString language = textLanguage();
    m_name->setText(language.isEmpty() ? m_design.name : m_design.nameByLanguage.value(language));
    m_name->setPlaceholderText(language.isEmpty() ? QString() : m_design.name);
    m_properties->setTextLanguage(language);
    showFields();
    const int row = m_fields->currentRow();
    if (row >= 0 && row < m_design.fields.size())
        m_properties->setField(m_design.fields.at(row));
}

void FormDesignerDialog::nameEdited(const QString &name) {
    const QString language = textLanguage();
    if (language.isEmpty())
        m_design.name = name;
    else if (name.trimmed().isEmpty())
        m_design.nameByLanguage.remove(language); // the default name shows instead
    else
        m_design.nameByLanguage.insert(language, name);
}

void FormDesignerDialog::useTemplate(int index) {
    FormDef form = index > 0 ? m_templates.at(index - 1) : FormDef{};
    form.id = 0;
    setDesign(inInterfaceLanguage(form));
}

void FormDesignerDialog::showFields() {
    const int row = m_fields->currentRow();
    const QSignalBlocker quiet(m_fields);
    m_fields->clear();
    m_displayField->clear();
    for (const FieldDef &f : std::as_const(m_design.fields)) {
        const QString text =
            tr("%1 — %2", "field label — type")
                .arg(FormTexts::label(f, textLanguage()), FieldPropertiesEditor::typeLabel(f.type));
        m_fields->addItem(text);
        if (!f.key.isEmpty())
            m_displayField->addItem(FormTexts::label(f), f.key);
    }
    m_displayField->setCurrentIndex(std::max(0, m_displayField->findData(m_design.displayField)));
    // New fields get their keys when the form is applied; until then the first field names records.
    m_displayField->setEnabled(m_displayField->count() > 0);
    m_fields->setCurrentRow(std::min(row, int(m_design.fields.size()) - 1));
}

void FormDesignerDialog::fieldEdited() {
    const int row = m_fields->currentRow();
    if (row < 0 || row >= m_design.fields.size())
        return;
    m_design.fields[row] = m_properties->field();
    showFields();
    updatePreview();
}

void FormDesignerDialog::addField() {
    FieldDef field;
    //: Label of a newly added field; %1 is its number.
    field.label = tr("Field %1").arg(m_design.fields.size() + 1);
    m_design.fields.append(field);
    showFields();
    m_fields->setCurrentRow(int(m_design.fields.size()) - 1);
    m_properties->setField(field);
    m_properties->labelEdit()->setFocus();
    m_properties->labelEdit()->selectAll();
    updatePreview();
}

void FormDesignerDialog::removeField() {
    const int row = m_fields->currentRow();
    if (row < 0)
        return;
    m_design.fields.removeAt(row);
    showFields();
    m_fields->setCurrentRow(std::min(row, int(m_design.fields.size()) - 1));
    updatePreview();
}

void FormDesignerDialog::moveField(int by) {
    const int row = m_fields->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_design.fields.size())
        return;
    m_design.fields.move(row, to);
    showFields();
    m_fields->setCurrentRow(to);
    updatePreview();
}

void FormDesignerDialog::updatePreview() {
    m_preview->setForm(m_design, m_database);
}

void FormDesignerDialog::showMessage(const LiveText &text, bool error) {
    m_messageText = text;
    m_message->setText(text());
    m_message->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
}

QString FormDesignerDialog::message() const {
    return m_message->text();
}

void FormDesignerDialog::apply() {
    if (!m_database)
        return;
    m_design.name = m_design.name.trimmed();
    if (m_design.name.isEmpty()) {
        showMessage([] { return tr("The form needs a name."); }, true);
        m_language->setCurrentIndex(0); // the default name is the one missing
        useTextLanguage();
        m_name->setFocus();
        return;
    }
    const bool isNew = m_design.id == 0;
    const auto future = isNew ? m_database->createForm(m_design) : m_database->updateForm(m_design);
    ProgressNotice::track(
        future, isNew ? tr("Creating the form…") : tr("Changing the form and its records…"), this);
    m_apply->setEnabled(false);
    showMessage([] { return tr("Applying…"); }, false);
    whenReady(future, this, [this, isNew](const Reply<FormDef> &reply) {
        m_apply->setEnabled(true);
        if (!reply.ok()) {
            showMessage(
                [error = reply.error] { return tr("Not applied: %1").arg(error.message()); }, true);
            return;
        }
        setDesign(reply.value);
        retranslate();
        showMessage(
            [isNew] {
                return isNew ? tr("The form was created.") : tr("The changes were applied.");
            },
            false);
        Q_EMIT applied(reply.value);
    });
}

void FormDesignerDialog::importJson() {
    FormDef imported;
    QString error;
    const QList<FormDef> bookForms = m_database ? m_database->forms() : QList<FormDef>{};
    if (!FormFiles::importForm(this, bookForms, &imported, &error)) {
        if (!error.isEmpty())
            showMessage([error] { return tr("Not imported: %1").arg(error); }, true);
        return;
    }
    imported.id = 0;
    setDesign(imported);
}

void FormDesignerDialog::exportJson() {
    QString error;
    const QList<FormDef> bookForms = m_database ? m_database->forms() : QList<FormDef>{};
    if (!FormFiles::exportForm(this, m_design, bookForms, &error) && !error.isEmpty())
        showMessage([error] { return tr("Not exported: %1").arg(error); }, true);
}

} // namespace fb
