#pragma once

#include "FormDef.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fb {

class Database;
class FieldPropertiesEditor;
class RecordForm;

// Creates a form (blank or from a template) or changes one: its name, and its fields added,
// removed, reordered and edited, with a live preview (the same RecordForm used for filling).
// Applying is a request to the database thread (createForm / updateForm); a refused change
// says why and the design stays as it is.
class FormDesignerDialog : public QDialog {
    Q_OBJECT
public:
    // `form` with id 0 designs a new form.
    FormDesignerDialog(Database *database, const FormDef &form, QWidget *parent = nullptr);

    FormDef design() const { return m_design; }
    void setDesign(const FormDef &form);
    void addField();
    void removeField();
    void moveField(int by);
    void apply();
    FieldPropertiesEditor *properties() const { return m_properties; }
    RecordForm *preview() const { return m_preview; }
    QListWidget *fieldList() const { return m_fields; }
    QString message() const;

Q_SIGNALS:
    void applied(const fb::FormDef &form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void useTemplate(int index);
    void fieldEdited();
    void showFields();
    void updatePreview();
    void showMessage(const QString &text, bool error);
    void importJson();
    void exportJson();

    QPointer<Database> m_database;
    FormDef m_design;
    QList<FormDef> m_templates;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_displayLabel;
    QComboBox *m_displayField;
    QListWidget *m_fields;
    QPushButton *m_add, *m_remove, *m_up, *m_down, *m_import, *m_export;
    FieldPropertiesEditor *m_properties;
    RecordForm *m_preview;
    QLabel *m_previewLabel;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace fb
