#pragma once

#include "FormDef.h"
#include "ImportSource.h"
#include "ImportTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace fb {

// Record → Import…: which CSV file, how to read it (encoding, separator, quote, header row, lines
// to skip, how numbers and dates are written: each guessed from the file and shown, each can be
// changed), which field each column fills (by header names first), what to do with rows that
// have problems and with values a record already has. Check runs a dry run; its findings are
// shown here (how many rows are ready, each problem with line, column, value and reason) and
// the rejected rows can be saved. Import imports. The work itself is the flow's (ImportFlow):
// the dialog only asks and shows. Opened with open().
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `folder`: where Browse… starts when no file is named (the book's, say).
    ImportDialog(const FormDef &form, const QString &path, QWidget *parent,
                 const QString &folder = {});

    QString path() const;
    ImportSettings settings() const;
    ImportOptions options() const;
    // While a check or an import runs, nothing can be changed.
    void setBusy(bool busy);
    // What a check (dryRun) or an import that did not go in found.
    void showReport(const ImportReport &report, bool dryRun);
    void showFailure(const QString &message);
    // The rejected rows of the last check, for Save Rejected Rows…
    void setRejectsFile(const QString &path);

public Q_SLOTS:
    void browse(); // asks for the file
    void reject() override;

Q_SIGNALS:
    void checkRequested();
    void importRequested();
    void cancelRequested(); // Escape or Close while busy

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    // The file (or how it is read) changed: guess again, or read the first rows again.
    void fileChosen();
    void readingChanged();
    void fillColumns(const QStringList &keys);
    void updateState();
    void clearResult(); // what a check or an import found
    void choicesChanged();
    void fixTabOrder();
    void saveRejects();
    QString describeGuess() const;

    FormDef m_form;
    FileGuess m_guess;
    QString m_guessedPath; // the file m_guess is of
    QString m_folder;
    QStringList m_header;
    QList<QStringList> m_firstRows; // the first rows read as the settings say
    QString m_previewProblem;
    QString m_rejectsFile;
    bool m_busy = false;
    bool m_filling = false;

    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_guessed;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_separatorLabel;
    QComboBox *m_separator;
    QLabel *m_quoteLabel;
    QComboBox *m_quote;
    QCheckBox *m_hasHeader;
    QLabel *m_skipLabel;
    QSpinBox *m_skip;
    QLabel *m_numbersLabel;
    QComboBox *m_numbers;
    QLabel *m_datesLabel;
    QComboBox *m_dates;
    QLabel *m_columnsLabel;
    QTableWidget *m_columns;
    QLabel *m_missing;
    QLabel *m_keepLabel;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_goodRows;
    QLabel *m_duplicatesLabel;
    QComboBox *m_duplicates;
    QLabel *m_result;
    QTableWidget *m_problems;
    QPushButton *m_saveRejects;
    QDialogButtonBox *m_buttons;
    QPushButton *m_check;
    QPushButton *m_import;
};

} // namespace fb
