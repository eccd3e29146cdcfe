#include "FormDesignerDialog.h"

#include "Database.h"
#include "DesignFieldsModel.h"
#include "DialogAnswer.h"
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
#include <QListView>
#include <QLocale>
#include <QMessageBox>
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
    , m_model(new DesignFieldsModel(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_fieldsLabel(new QLabel(this))
    , m_displayLabel(new QLabel(this))
    , m_displayField(new QComboBox(this))
    , m_fields(new QListView(this))
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
    m_fields->setModel(m_model);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Labels and type names are long in some languages (Arabic, German): the list keeps room
    // for them however the splitter is dragged.
    m_fields->setMinimumWidth(m_fields->fontMetrics().averageCharWidth() * 28);
    m_fields->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Enter anywhere but on a focused button creates or applies: not the first button in the
    // focus chain (Add Field), which QDialog would otherwise choose.
    m_apply->setDefault(true);
    if (database)
        m_properties->setBookForms(database->forms());

    // The combo boxes follow their texts (fitCombos()); each label stands above its field, so
    // the fields have the pane's width in every language and the rows never rearrange.
    for (QComboBox *combo : {m_template, m_language, m_displayField})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QFormLayout;
    top->setRowWrapPolicy(QFormLayout::WrapAllRows);
    top->addRow(m_templateLabel, m_template);
    top->addRow(m_languageLabel, m_language);
    top->addRow(m_nameLabel, m_name);
    top->addRow(m_displayLabel, m_displayField);
    m_templateLabel->setBuddy(m_template);
    m_languageLabel->setBuddy(m_language);
    m_nameLabel->setBuddy(m_name);
    m_displayLabel->setBuddy(m_displayField);
    m_fieldsLabel->setBuddy(m_fields);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_remove, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    listButtons->addWidget(m_import, 2, 0);
    listButtons->addWidget(m_export, 2, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    // A pixel each side: right to left, Qt 6.4's splitter puts its first pane one pixel past
    // its edge, which cut the field list's frame and the buttons' edges.
    leftLayout->setContentsMargins(1, 0, 1, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_fieldsLabel);
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
    // The field list never shrinks below its minimum (a collapsed or squeezed list hid the
    // fields in Arabic); each pane takes its share of a wider dialog.
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({320, 380, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    if (form.id == 0) {
        m_templates = FormTemplates::all();
        m_template->addItem(QString());
        for (const FormDef &t : std::as_const(m_templates))
            m_template->addItem(t.name);
    }
    connect(m_template, &QComboBox::activated, this, &FormDesignerDialog::useTemplate);
    connect(m_language, &QComboBox::activated, this, &FormDesignerDialog::useTextLanguage);
    connect(m_name, &QLineEdit::textEdited, this, &FormDesignerDialog::nameEdited);
    connect(m_displayField, &QComboBox::activated, this,
            [this] { m_model->setDisplayField(m_displayField->currentData().toString()); });
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FormDesignerDialog::currentFieldChanged);
    connect(m_model, &DesignFieldsModel::designChanged, this, [this] {
        showDisplayFields();
        updatePreview();
    });
    connect(m_properties, &FieldPropertiesEditor::fieldChanged, this,
            &FormDesignerDialog::fieldEdited);
    connect(m_add, &QPushButton::clicked, this, &FormDesignerDialog::addField);
    connect(m_remove, &QPushButton::clicked, this, &FormDesignerDialog::removeField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_import, &QPushButton::clicked, this, &FormDesignerDialog::importJson);
    connect(m_export, &QPushButton::clicked, this, &FormDesignerDialog::exportJson);
    connect(m_apply, &QPushButton::clicked, this, &FormDesignerDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 600);
    setDesign(form.id == 0 ? inInterfaceLanguage(form) : form);
    m_appliedDesign = design();
    retranslate();
    // A new form's first word is its name; the template is one Shift+Tab away.
    if (form.id == 0)
        m_name->setFocus(Qt::OtherFocusReason);
}

bool FormDesignerDialog::hasUnappliedChanges() const {
    return design() != m_appliedDesign;
}

void FormDesignerDialog::reject() {
    if (!hasUnappliedChanges() || !m_database) {
        QDialog::reject();
        return;
    }
    if (m_askingToClose)
        return;
    m_askingToClose = true;
    const bool isNew = design().id == 0;
    auto *box = new QMessageBox(QMessageBox::Question,
                                isNew ? tr("Form not created") : tr("Changes not applied"),
                                isNew ? tr("The new form is not created yet.")
                                      : tr("The changes to the form “%1” are not applied yet.")
                                            .arg(FormTexts::formName(m_appliedDesign)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"unappliedDesignPrompt"_qs);
    box->setInformativeText(isNew ? tr("Create it before closing?")
                                  : tr("Apply them before closing?"));
    QPushButton *keep =
        box->addButton(isNew ? tr("&Create Form") : tr("Apply &Changes"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Discard);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(QMessageBox::Cancel);
    enum class Answer { Keep, Discard, Stay };
    const auto answer = openForAnswer(
        box,
        [box, keep](int) {
            // The button, not the result code: closing the question's window is Cancel too.
            if (box->clickedButton() == keep)
                return Answer::Keep;
            return box->standardButton(box->clickedButton()) == QMessageBox::Discard
                       ? Answer::Discard
                       : Answer::Stay;
        },
        Answer::Stay);
    whenReady(answer, this, [this](Answer chosen) {
        m_askingToClose = false;
        if (chosen == Answer::Discard) {
            QDialog::reject();
        } else if (chosen == Answer::Keep) {
            m_closeWhenApplied = true;
            apply(); // closes once applied; a refusal keeps the designer open and says why
        }
    });
}

FormDef FormDesignerDialog::design() const {
    return m_model->design().form();
}

void FormDesignerDialog::retranslate() {
    if (m_messageText)
        m_message->setText(m_messageText());
    const bool isNew = design().id == 0;
    setWindowTitle(isNew ? tr("New Form")
                         : tr("Design Form — %1").arg(FormTexts::formName(design())));
    // Each letter once in the whole designer (FieldPropertiesEditor has the others).
    m_languageLabel->setText(tr("T&exts in:"));
    m_language->setToolTip(tr("The language of the name, labels, help and choices shown below. "
                              "Texts not given in a language show the default ones."));
    showLanguages();
    m_model->retranslate(); // type names in the new language
    showDisplayFields();
    m_templateLabel->setText(tr("&Start from:"));
    if (m_template->count())
        m_template->setItemText(0, tr("A blank form"));
    m_nameLabel->setText(tr("&Name:"));
    m_displayLabel->setText(tr("Records are named &by:"));
    m_fieldsLabel->setText(tr("&Fields:", "the fields of the form being designed"));
    m_add->setText(tr("&Add Field"));
    m_remove->setText(tr("Remo&ve"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move Do&wn"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("Expo&rt…"));
    m_previewLabel->setText(tr("Preview", "how the form will look"));
    m_fields->setAccessibleName(tr("Fields"));
    m_apply->setText(isNew ? tr("&Create Form") : tr("Apply &Changes"));
    // A form file makes a new form; its fields are not those of an existing one.
    m_import->setEnabled(isNew);
    m_import->setToolTip(isNew ? QString() : tr("Form files make new forms: use Form → New Form…"));
    fitCombos();
}

void FormDesignerDialog::fitCombos() {
    // A layout gives a combo box its minimum, which is not its texts' width: each is made as
    // wide as its longest text, in whatever language it is in now.
    for (QComboBox *combo : {m_template, m_language, m_displayField})
        combo->setMinimumWidth(combo->sizeHint().width());
}

void FormDesignerDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FormDesignerDialog::showMode() {
    // Only a new form starts from a template: once it exists, a template would replace its
    // fields at a keystroke.
    const bool isNew = design().id == 0;
    const bool hadFocus = m_template->hasFocus();
    m_templateLabel->setVisible(isNew);
    m_template->setVisible(isNew);
    if (!isNew && hadFocus)
        m_fields->setFocus(Qt::OtherFocusReason);
}

void FormDesignerDialog::setDesign(const FormDef &form) {
    m_model->setDesign(FormDesign(form));
    showMode();
    showLanguages();
    useTextLanguage();
    selectField(form.fields.isEmpty() ? -1 : 0);
    currentFieldChanged();
}

int FormDesignerDialog::currentField() const {
    const QModelIndex current = m_fields->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FormDesignerDialog::selectField(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_fields->selectionModel()->clearCurrentIndex();
        return;
    }
    m_fields->setCurrentIndex(m_model->index(row));
}

void FormDesignerDialog::currentFieldChanged() {
    const int row = currentField();
    const FormDesign &d = m_model->design();
    if (d.hasField(row))
        m_properties->setField(row, d.field(row));
    else
        m_properties->clearField();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < d.fieldCount() - 1);
}

QString FormDesignerDialog::textLanguage() const {
    return m_language->currentData().toString();
}

void FormDesignerDialog::showLanguages() {
    // The form's default language first, then the interface's languages and any other
    // language the form already has texts in.
    const FormDef form = design();
    QStringList languages{u"de"_qs, u"fr"_qs, u"es"_qs, u"ar"_qs, u"en"_qs};
    languages += form.nameByLanguage.keys();
    for (const FieldDef &f : form.fields)
        languages +=
            f.labelByLanguage.keys() + f.helpByLanguage.keys() + f.choicesByLanguage.keys();
    languages.removeAll(form.language);
    languages.removeAll(QString());
    languages.removeDuplicates();
    const QString current = textLanguage();
    const QSignalBlocker quiet(m_language);
    m_language->clear();
    m_language->addItem(form.language.isEmpty()
                            ? tr("Default texts")
                            : tr("%1 (default)", "the form's default language")
                                  .arg(InterfaceLanguage::nativeName(form.language)),
                        QString());
    for (const QString &language : std::as_const(languages))
        m_language->addItem(InterfaceLanguage::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    fitCombos();
}

void FormDesignerDialog::useTextLanguage() {
    const QString language = textLanguage();
    const FormDesign &d = m_model->design();
    m_name->setText(d.name(language));
    m_name->setPlaceholderText(language.isEmpty() ? QString() : d.name());
    m_properties->setTextLanguage(language);
    m_model->setTextLanguage(language);
    currentFieldChanged(); // the field's texts in that language
}

void FormDesignerDialog::nameEdited(const QString &name) {
    m_model->setName(name, textLanguage());
}

void FormDesignerDialog::useTemplate(int index) {
    FormDef form = index > 0 ? m_templates.at(index - 1) : FormDef{};
    form.id = 0;
    setDesign(inInterfaceLanguage(form));
}

void FormDesignerDialog::showDisplayFields() {
    const FormDef form = design();
    const QSignalBlocker quiet(m_displayField);
    m_displayField->clear();
    // Every field has a key here, new ones a draft key (FormDesign): any can be chosen before
    // the form is created. Without a choice the first field names records.
    for (const FieldDef &f : form.fields)
        m_displayField->addItem(FormTexts::label(f), f.key);
    m_displayField->setCurrentIndex(std::max(0, m_displayField->findData(form.displayField)));
    m_displayField->setEnabled(m_displayField->count() > 0);
    fitCombos();
}

void FormDesignerDialog::fieldEdited(int row, const FieldDef &field) {
    m_model->setField(row, field);
}

void FormDesignerDialog::addField() {
    FieldDef field;
    //: Label of a newly added field; %1 is its number.
    field.label = tr("Field %1").arg(m_model->rowCount() + 1);
    selectField(m_model->addField(field));
    m_properties->labelEdit()->setFocus();
    m_properties->labelEdit()->selectAll();
}

void FormDesignerDialog::removeField() {
    const int row = currentField();
    if (!m_model->removeField(row))
        return;
    selectField(std::min(row, m_model->rowCount() - 1));
    currentFieldChanged();
}

void FormDesignerDialog::moveField(int by) {
    const int row = currentField();
    if (!m_model->moveField(row, row + by))
        return;
    selectField(row + by);
    currentFieldChanged();
}

void FormDesignerDialog::updatePreview() {
    m_preview->setForm(design(), m_database);
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
    const bool closeWhenApplied = std::exchange(m_closeWhenApplied, false);
    m_model->setName(design().name.trimmed(), QString());
    if (design().name.isEmpty()) {
        showMessage([] { return tr("The form needs a name."); }, true);
        m_language->setCurrentIndex(0); // the default name is the one missing
        useTextLanguage();
        m_name->setFocus();
        return;
    }
    const FormDef form = design();
    const bool isNew = form.id == 0;
    const auto future = isNew ? m_database->createForm(form) : m_database->updateForm(form);
    ProgressNotice::track(
        future, isNew ? tr("Creating the form…") : tr("Changing the form and its records…"), this);
    m_apply->setEnabled(false);
    showMessage([] { return tr("Applying…"); }, false);
    whenReady(future, this, [this, isNew, closeWhenApplied](const Reply<FormDef> &reply) {
        m_apply->setEnabled(true);
        if (!reply.ok()) {
            showMessage(
                [error = reply.error] { return tr("Not applied: %1").arg(error.message()); }, true);
            return;
        }
        setDesign(reply.value);
        m_appliedDesign = design();
        retranslate();
        showMessage(
            [isNew] {
                return isNew ? tr("The form was created.") : tr("The changes were applied.");
            },
            false);
        Q_EMIT applied(reply.value);
        if (closeWhenApplied)
            accept();
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
    if (!FormFiles::exportForm(this, design(), bookForms, &error) && !error.isEmpty())
        showMessage([error] { return tr("Not exported: %1").arg(error); }, true);
}

} // namespace fb
