#pragma once

#include "DbError.h"
#include "FormDef.h"
#include "Record.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace fb {

class Database;
class FieldEditor;

// A form being filled in: one editor per field, in the form's order (which is also the Tab
// order), each with its label as buddy and a message under it while its value is invalid.
// Values are checked with fb::Validator, the rules the database thread applies again on save.
// Used to fill records and, with no database, as the form designer's preview.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    explicit RecordForm(QWidget *parent = nullptr);
    ~RecordForm() override;

    void setForm(const FormDef &form, Database *database);
    const FormDef &form() const { return m_form; }
    // Shows `record` (a new one shows the fields' defaults); it counts as unchanged.
    void setRecord(const Record &record);
    const Record &loadedRecord() const { return m_record; }
    // After a save: `saved` becomes the loaded record; what is typed stays as it is.
    void markSaved(const Record &saved);
    // The loaded record with the values as typed, normalised.
    Record editedRecord() const;
    bool isValid() const;
    bool isDirty() const;
    // A refused save: the message goes under the field concerned, or above the form.
    void showError(const DbError &error);
    FieldEditor *editor(const QString &key) const;
    QList<FieldEditor *> editors() const;
    QLabel *label(const QString &key) const;
    QString message(const QString &key) const; // the message shown under a field
    void focusFirstField();
    // A preview (the form designer's) says so when it has no fields.
    void setPreview(bool preview);

Q_SIGNALS:
    void changed(); // validity or unsaved changes changed

protected:
    void changeEvent(QEvent *event) override;
    // Tab and Shift+Tab go from field to field in the form's order, round from the last to
    // the first.
    bool focusNextPrevChild(bool next) override;

private:
    struct Row {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
    };
    void retranslate();
    void clearRows();
    QVariant normalised(const Row &row) const;
    void check(const Row &row, bool show);
    void setMessage(const Row &row, const QString &text);
    // A pattern's message, with the form expected: the field's help, or else the pattern.
    QString explained(const FieldDef &field, const QVariant &value, const QString &message) const;

    FormDef m_form;
    QPointer<Database> m_database;
    Record m_record;
    QVariantMap m_original; // normalised values of m_record
    QList<Row> m_rows;
    QLabel *m_formMessage;
    QLabel *m_empty;
    QFormLayout *m_layout;
    bool m_loading = false;
    bool m_preview = false;
};

} // namespace fb
