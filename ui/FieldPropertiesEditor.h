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
class FieldPropertiesEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldPropertiesEditor(QWidget *parent = nullptr);

    void setBookForms(const QList<FormDef> &forms);
    void setField(const FieldDef &field);
    // "" edits the default texts; a language code edits their translation into it.
    void setTextLanguage(const QString &language);
    FieldDef field() const; // the shown field as edited
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *typeBox() const { return m_type; }
    static QString typeLabel(FieldType type);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRelevantRows();
    void showPlaceholders();
    QVariant limit(QLineEdit *edit, const FieldDef &typed) const;
    template <typename W> W *addRow(W *widget, const char *objectName);

    FieldDef m_field;
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
