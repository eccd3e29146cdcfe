#pragma once

#include "FormDef.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fb {

// The properties of one field in the form designer: label, type and rules. Only the rules
// that apply to the chosen type are shown. The label, help and choice names are those of the
// text language (setTextLanguage): the form's default texts, or their translation.
// It edits a copy of field `index` of the design and says so with fieldChanged(index, field);
// loading a field says nothing, so the design is changed only by what a person does.
class FieldPropertiesEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldPropertiesEditor(QWidget *parent = nullptr);

    void setBookForms(const QList<FormDef> &forms);
    void setField(int index, const FieldDef &field);
    void clearField(); // no field to edit
    int fieldIndex() const { return m_index; }
    // "" edits the default texts; a language code edits their translation into it.
    void setTextLanguage(const QString &language);
    FieldDef field() const; // the shown field as edited, as the chosen type
    QLineEdit *labelEdit() const { return m_label; }
    // As wide as the widest row of any type, shown or not: selecting another field never
    // changes the width of the pane.
    QSize minimumSizeHint() const override;
    QComboBox *typeBox() const { return m_type; }
    static QString typeLabel(FieldType type);

Q_SIGNALS:
    void fieldChanged(int index, const fb::FieldDef &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRelevantRows();
    void showPlaceholders();
    void edited();
    void typeChosen();
    void placesEdited();
    FieldDef shownField() const; // as edited, still of the loaded type
    QVariant limit(QLineEdit *edit, const FieldDef &typed) const;
    template <typename W> W *addRow(W *widget, const char *objectName);

    int m_index = -1;
    FieldDef m_field; // the field as loaded
    QString m_language;
    QFormLayout *m_layout;
    QLineEdit *m_label;
    QComboBox *m_type;
    QCheckBox *m_required;
    QCheckBox *m_unique;
    QSpinBox *m_maxLength;
    QLineEdit *m_pattern;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QSpinBox *m_places;
    QPlainTextEdit *m_choices;
    QComboBox *m_reference;
    QLineEdit *m_help;
    QLineEdit *m_default;
    QList<QLabel *> m_labels;
    bool m_loading = false;
};

} // namespace fb
