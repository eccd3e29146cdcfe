#pragma once

#include "FormDef.h"
#include "RecordExport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fb {

// Record → Export…: which records of the form (those the table shows, or all), in which
// format (CSV for a spreadsheet in the interface language, an Excel workbook, CSV after
// RFC 4180, JSON with the form's definition), into which file. Asks before replacing a file. Opened
// with open().
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Preset { Spreadsheet, Workbook, Rfc4180, Json };
    struct Choice {
        Preset preset = Preset::Spreadsheet;
        ExportOptions options;
        bool shownOnly = true; // the table's search, filter and sort; else every record
        QString path;
    };

    // `shownRows`: how many records the table shows; `narrowed`: whether a search or filter
    // leaves some out; `offered`: the choice shown first (its options are ignored).
    ExportDialog(const FormDef &form, int shownRows, bool narrowed, const Choice &offered,
                 QWidget *parent);

    Choice choice() const;
    static ExportOptions optionsFor(Preset preset);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void formatChosen();
    QString suffix() const; // of the chosen format's files
    void updateExport();

    FormDef m_form;
    int m_shownRows;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_recordsLabel;
    QRadioButton *m_shown;
    QRadioButton *m_all;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QFormLayout *m_layout;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
};

} // namespace fb
