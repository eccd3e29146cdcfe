#pragma once

#include "FormDef.h"
#include "LiveText.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace fb {

class Database;
class DesignFieldsModel;
class FieldPropertiesEditor;
class RecordForm;

// Creates a form (blank or from a template) or changes one: its name, and its fields added,
// removed, reordered and edited, with a live preview (the same RecordForm used for filling).
// "Texts in" switches the name, labels, help and choice names to another language, so the
// form's own texts can be given per language.
// The design is a value (FormDesign) held by the field list's model; the property editor edits
// a copy of the chosen field and hands it back. Applying is a request to the database thread
// (createForm / updateForm); a refused change says why and the design stays as it is.
class FormDesignerDialog : public QDialog {
    Q_OBJECT
public:
    // `form` with id 0 designs a new form.
    FormDesignerDialog(Database *database, const FormDef &form, QWidget *parent = nullptr);

    FormDef design() const;
    void setDesign(const FormDef &form);
    void addField();
    void removeField();
    void moveField(int by);
    void apply();
    // True while the design differs from the form as it was opened or last applied.
    bool hasUnappliedChanges() const;
    // Closing with unapplied changes asks first: create or apply them, discard them, or stay.
    void reject() override;
    FieldPropertiesEditor *properties() const { return m_properties; }
    RecordForm *preview() const { return m_preview; }
    QListView *fieldList() const { return m_fields; }
    DesignFieldsModel *fieldModel() const { return m_model; }
    int currentField() const; // -1 for none
    void selectField(int row);
    QComboBox *textLanguageBox() const { return m_language; }
    QLineEdit *nameEdit() const { return m_name; }
    QString message() const;

Q_SIGNALS:
    void applied(const fb::FormDef &form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitCombos();
    void useTemplate(int index);
    QString textLanguage() const; // "" for the default texts
    void showLanguages();
    void useTextLanguage();
    void nameEdited(const QString &name);
    void fieldEdited(int row, const FieldDef &field);
    void currentFieldChanged();
    void showDisplayFields();
    void showMode(); // new form or existing one
    void updatePreview();
    void showMessage(const LiveText &text, bool error);
    void importJson();
    void exportJson();

    QPointer<Database> m_database;
    DesignFieldsModel *m_model; // holds the design
    QList<FormDef> m_templates;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_languageLabel;
    QComboBox *m_language; // the language whose texts the name, label, help and choices show
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_fieldsLabel;
    QLabel *m_displayLabel;
    QComboBox *m_displayField;
    QListView *m_fields;
    QPushButton *m_add, *m_remove, *m_up, *m_down, *m_import, *m_export;
    FieldPropertiesEditor *m_properties;
    RecordForm *m_preview;
    QLabel *m_previewLabel;
    QLabel *m_message;
    LiveText m_messageText; // what m_message says, in the current language
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    FormDef m_appliedDesign;         // the design as opened or last applied
    bool m_closeWhenApplied = false; // "Apply and close" was chosen in the closing question
    bool m_askingToClose = false;
};

} // namespace fb
