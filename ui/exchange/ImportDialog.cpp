#include "ImportDialog.h"

#include "CsvImport.h"
#include "CsvRecordFeed.h"
#include "FileDialogs.h"
#include "FormTexts.h"
#include "GrowToFit.h"
#include "PathText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {
constexpr int previewRows = 3; // shown in the column table
constexpr int sampleRows = 50; // read for the guesses of numbers and dates
const QList<QChar> separators{u',', u';', u'\t', u'|'};
// "None" is a character no decoded text holds (a NUL stops the reading): nothing is quoted.
const QList<QChar> quotes{u'"', u'\'', QChar(0)};
enum Numbers { DecimalPoint, DecimalComma, SpacesAndComma };
const QList<ValueRules::DateOrder> dateOrders{ValueRules::DateOrder::DayMonthYear,
                                              ValueRules::DateOrder::MonthDayYear,
                                              ValueRules::DateOrder::YearMonthDay};
} // namespace

ImportDialog::ImportDialog(const FormDef &form, const QString &path, QWidget *parent,
                           const QString &folder)
    : QDialog(parent)
    , m_form(form)
    , m_folder(folder)
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(path), this))
    , m_browse(new QPushButton(this))
    , m_guessed(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_separatorLabel(new QLabel(this))
    , m_separator(new QComboBox(this))
    , m_quoteLabel(new QLabel(this))
    , m_quote(new QComboBox(this))
    , m_hasHeader(new QCheckBox(this))
    , m_skipLabel(new QLabel(this))
    , m_skip(new QSpinBox(this))
    , m_numbersLabel(new QLabel(this))
    , m_numbers(new QComboBox(this))
    , m_datesLabel(new QLabel(this))
    , m_dates(new QComboBox(this))
    , m_columnsLabel(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_missing(new QLabel(this))
    , m_keepLabel(new QLabel(this))
    , m_allOrNothing(new QRadioButton(this))
    , m_goodRows(new QRadioButton(this))
    , m_duplicatesLabel(new QLabel(this))
    , m_duplicates(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_saveRejects(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_check(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_import(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)) {
    setObjectName(u"importDialog"_qs);
    m_path->setObjectName(u"importPath"_qs);
    m_browse->setObjectName(u"importBrowse"_qs);
    m_encoding->setObjectName(u"importEncoding"_qs);
    m_separator->setObjectName(u"importSeparator"_qs);
    m_quote->setObjectName(u"importQuote"_qs);
    m_hasHeader->setObjectName(u"importHeader"_qs);
    m_skip->setObjectName(u"importSkip"_qs);
    m_numbers->setObjectName(u"importNumbers"_qs);
    m_dates->setObjectName(u"importDates"_qs);
    m_columns->setObjectName(u"importColumns"_qs);
    m_missing->setObjectName(u"importMissing"_qs);
    m_goodRows->setObjectName(u"importGoodRows"_qs);
    m_duplicates->setObjectName(u"importDuplicates"_qs);
    m_result->setObjectName(u"importResult"_qs);
    m_problems->setObjectName(u"importProblems"_qs);
    m_saveRejects->setObjectName(u"importSaveRejects"_qs);
    m_check->setObjectName(u"importCheck"_qs);
    m_import->setObjectName(u"importStart"_qs);

    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString(), QByteArray(name));
    for (const QByteArray &page : legacyEncodings(FormTexts::interfaceLanguage()))
        m_encoding->addItem(QString(), page);
    for (int i = 0; i < separators.size(); ++i)
        m_separator->addItem(QString());
    for (int i = 0; i < quotes.size(); ++i)
        m_quote->addItem(QString());
    for (int i = 0; i <= SpacesAndComma; ++i)
        m_numbers->addItem(QString());
    for (int i = 0; i < dateOrders.size(); ++i)
        m_dates->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_duplicates->addItem(QString());
    for (QComboBox *box : {m_encoding, m_separator, m_quote, m_numbers, m_dates, m_duplicates})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_skip->setRange(0, 10000);
    m_fileLabel->setBuddy(m_path);
    m_encodingLabel->setBuddy(m_encoding);
    m_separatorLabel->setBuddy(m_separator);
    m_quoteLabel->setBuddy(m_quote);
    m_skipLabel->setBuddy(m_skip);
    m_numbersLabel->setBuddy(m_numbers);
    m_datesLabel->setBuddy(m_dates);
    m_columnsLabel->setBuddy(m_columns);
    m_keepLabel->setBuddy(m_allOrNothing);
    m_duplicatesLabel->setBuddy(m_duplicates);
    m_allOrNothing->setChecked(true);
    m_guessed->setWordWrap(true);
    m_missing->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns->setColumnCount(3);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control, not round the table's cells for ever.
    m_columns->setTabKeyNavigation(false);
    m_problems->setColumnCount(4);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setTabKeyNavigation(false);
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_saveRejects->hide();
    // Room for a few rows of each table; the dialog grows with what a check finds.
    m_columns->setMinimumHeight(m_columns->horizontalHeader()->sizeHint().height() +
                                fontMetrics().height() * 8);
    m_problems->setMinimumHeight(m_problems->horizontalHeader()->sizeHint().height() +
                                 fontMetrics().height() * 10);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *reading = new QFormLayout;
    reading->addRow(m_fileLabel, fileRow);
    reading->addRow(QString(), m_guessed);
    reading->addRow(m_encodingLabel, m_encoding);
    reading->addRow(m_separatorLabel, m_separator);
    reading->addRow(m_quoteLabel, m_quote);
    reading->addRow(QString(), m_hasHeader);
    reading->addRow(m_skipLabel, m_skip);
    reading->addRow(m_numbersLabel, m_numbers);
    reading->addRow(m_datesLabel, m_dates);
    auto *keep = new QVBoxLayout;
    keep->addWidget(m_allOrNothing);
    keep->addWidget(m_goodRows);
    auto *rules = new QFormLayout;
    rules->addRow(m_keepLabel, keep);
    rules->addRow(m_duplicatesLabel, m_duplicates);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(reading);
    outer->addWidget(m_columnsLabel);
    outer->addWidget(m_columns, 1);
    outer->addWidget(m_missing);
    outer->addLayout(rules);
    outer->addWidget(m_result);
    outer->addWidget(m_problems, 1);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_saveRejects);
    rejectsRow->addStretch();
    outer->addLayout(rejectsRow);
    outer->addWidget(m_buttons);
    m_import->setDefault(true);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::checkRequested);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRequested);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (this->path() != m_guessedPath)
            fileChosen();
    });
    for (QComboBox *box : {m_encoding, m_separator, m_quote})
        connect(box, &QComboBox::activated, this, &ImportDialog::readingChanged);
    connect(m_hasHeader, &QCheckBox::toggled, this, &ImportDialog::readingChanged);
    connect(m_skip, &QSpinBox::valueChanged, this, &ImportDialog::readingChanged);
    for (QComboBox *box : {m_numbers, m_dates, m_duplicates})
        connect(box, &QComboBox::activated, this, &ImportDialog::choicesChanged);
    connect(m_goodRows, &QRadioButton::toggled, this, &ImportDialog::choicesChanged);
    connect(m_path, &QLineEdit::textEdited, this, &ImportDialog::updateState);
    retranslate();
    fileChosen();
}

QString ImportDialog::path() const {
    const QString typed = m_path->text().trimmed();
    return typed.isEmpty() ? QString() : QDir::current().absoluteFilePath(typed);
}

ImportSettings ImportDialog::settings() const {
    ImportSettings s = m_guess.settings;
    s.encoding = m_encoding->currentData().toByteArray();
    s.dialect.separator = separators.value(m_separator->currentIndex(), u',');
    s.dialect.quote = quotes.value(m_quote->currentIndex(), u'"');
    s.header = m_hasHeader->isChecked();
    s.skipLines = m_skip->value();
    switch (m_numbers->currentIndex()) {
    case DecimalComma:
        s.values.decimalMark = u',';
        s.values.groupMark = u'.';
        break;
    case SpacesAndComma:
        s.values.decimalMark = u',';
        s.values.groupMark = QChar();
        break;
    default:
        s.values.decimalMark = u'.';
        s.values.groupMark = u',';
        break;
    }
    s.values.dateOrder = dateOrders.value(m_dates->currentIndex());
    s.columns.clear();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
        s.columns << (box ? box->currentData().toString() : QString());
    }
    return s;
}

ImportOptions ImportDialog::options() const {
    ImportOptions o;
    o.keep =
        m_goodRows->isChecked() ? ImportOptions::Keep::GoodRows : ImportOptions::Keep::AllOrNothing;
    o.duplicates = ImportOptions::Duplicates(qMax(0, m_duplicates->currentIndex()));
    return o;
}

void ImportDialog::retranslate() {
    setWindowTitle(tr("Import into %1").arg(FormTexts::formName(m_form)));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("E&ncoding:"));
    const QStringList encodings{
        tr("UTF-8"),
        tr("UTF-16, little-endian"),
        tr("UTF-16, big-endian"),
    };
    const QHash<QByteArray, QString> pages{
        {"windows-1252", tr("Western European (Windows-1252)")},
        {"ISO-8859-15", tr("Western European (ISO 8859-15)")},
        {"windows-1250", tr("Central European (Windows-1250)")},
        {"windows-1251", tr("Cyrillic (Windows-1251)")},
        {"windows-1256", tr("Arabic (Windows-1256)")},
        {"IBM850", tr("DOS Western European (code page 850)")},
        {"macintosh", tr("Mac OS Roman")},
        {"Shift_JIS", tr("Japanese (Shift JIS)")},
        {"GB18030", tr("Chinese (GB 18030)")},
    };
    for (int i = 0; i < m_encoding->count(); ++i) {
        const QByteArray name = m_encoding->itemData(i).toByteArray();
        m_encoding->setItemText(i, i < encodings.size()
                                       ? encodings.at(i)
                                       : pages.value(name, QString::fromLatin1(name)));
    }
    m_separatorLabel->setText(tr("&Separator:"));
    m_separator->setItemText(0, tr("Comma (,)"));
    m_separator->setItemText(1, tr("Semicolon (;)"));
    m_separator->setItemText(2, tr("Tab"));
    m_separator->setItemText(3, tr("Vertical bar (|)"));
    m_quoteLabel->setText(tr("&Quote:"));
    m_quote->setItemText(0, tr("Double quote (\")"));
    m_quote->setItemText(1, tr("Single quote (')"));
    m_quote->setItemText(2, tr("None: quotes are text"));
    m_hasHeader->setText(tr("The first row &holds the column names"));
    m_skipLabel->setText(tr("Skip &lines at the start:"));
    m_numbersLabel->setText(tr("N&umbers:"));
    m_numbers->setItemText(DecimalPoint, tr("1,234.5 (decimal point)"));
    m_numbers->setItemText(DecimalComma, tr("1.234,5 (decimal comma)"));
    m_numbers->setItemText(SpacesAndComma, tr("1 234,5 (decimal comma, spaces between groups)"));
    m_datesLabel->setText(tr("&Dates:"));
    m_dates->setItemText(0, tr("31.01.2026 (day first)"));
    m_dates->setItemText(1, tr("01/31/2026 (month first)"));
    m_dates->setItemText(2, tr("2026-01-31 only (year first)"));
    m_columnsLabel->setText(tr("Colu&mns and the fields they fill:"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Field")});
    m_keepLabel->setText(tr("Rows with problems:"));
    m_allOrNothing->setText(tr("&All rows or none: import nothing unless every row is good"));
    m_goodRows->setText(tr("Only the &good rows: leave out the rows with problems"));
    m_duplicatesLabel->setText(tr("A value a record has &there:"));
    m_duplicates->setToolTip(tr("A row whose value in a unique field a record already has"));
    m_duplicates->setItemText(0, tr("is a problem of its row"));
    m_duplicates->setItemText(1, tr("leaves the row out"));
    m_duplicates->setItemText(2, tr("updates that record with the row"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_saveRejects->setText(tr("Save &Rejected Rows…"));
    m_check->setText(tr("Chec&k"));
    m_check->setToolTip(tr("Read every row as the import would, and change nothing"));
    m_import->setText(tr("&Import"));
    // The field lists and the guess are texts too.
    fillColumns(settings().columns);
    m_guessed->setText(describeGuess());
    growToFit(this);
}

void ImportDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::browse() {
    QFileDialog *dialog = fileDialog(this, windowTitle(), u"importFileDialog"_qs);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    const QFileInfo current(path());
    if (!path().isEmpty())
        dialog->setDirectory(current.absolutePath());
    else if (!m_folder.isEmpty())
        dialog->setDirectory(m_folder);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        m_path->setText(QDir::toNativeSeparators(chosen));
        fileChosen();
    });
    dialog->open();
}

QString ImportDialog::describeGuess() const {
    if (path().isEmpty())
        return tr("Choose the CSV file to import.");
    if (m_guess.error.isError())
        return m_guess.error.message();
    const QString lineEnds = m_guess.lineEnds == u"CRLF" ? tr("Windows line ends (CR LF)")
                             : m_guess.lineEnds == u"CR" ? tr("old Mac line ends (CR)")
                                                         : tr("Unix line ends (LF)");
    return tr("Read as %1, %2, %3.")
        .arg(m_encoding->currentText(), m_separator->currentText(), lineEnds);
}

void ImportDialog::fileChosen() {
    m_guessedPath = path();
    m_guess = path().isEmpty() ? FileGuess()
                               : CsvImport::guess(path(), m_form, FormTexts::interfaceLanguage());
    m_filling = true;
    const ImportSettings &g = m_guess.settings;
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(g.encoding)));
    m_separator->setCurrentIndex(qMax(0, int(separators.indexOf(g.dialect.separator))));
    m_quote->setCurrentIndex(qMax(0, int(quotes.indexOf(g.dialect.quote))));
    m_hasHeader->setChecked(g.header);
    m_skip->setValue(0);
    // Numbers and dates as the interface language writes them, unless the file says
    // otherwise: ";" between fields is how spreadsheets write for a decimal comma.
    const ValueRules local = ValueRules::forLocale(QLocale());
    const bool comma = local.decimalMark == u',' || g.dialect.separator == u';';
    m_numbers->setCurrentIndex(comma ? (local.groupMark.isNull() && local.decimalMark == u','
                                            ? SpacesAndComma
                                            : DecimalComma)
                                     : DecimalPoint);
    m_dates->setCurrentIndex(qMax(0, int(dateOrders.indexOf(local.dateOrder))));
    m_filling = false;
    m_guessed->setText(describeGuess());
    readingChanged();
    // The first rows may say how their numbers and dates are written where the language does
    // not.
    if (const std::optional<ValueRules::DateOrder> order = guessDateOrder(m_firstRows))
        m_dates->setCurrentIndex(int(dateOrders.indexOf(*order)));
    if (const std::optional<std::pair<QChar, QChar>> marks = guessDecimalMark(m_firstRows))
        m_numbers->setCurrentIndex(marks->first == u'.' ? DecimalPoint : DecimalComma);
}

void ImportDialog::readingChanged() {
    if (m_filling)
        return;
    m_rejectsFile.clear();
    clearResult();
    ImportSettings s = settings();
    // The rows shown, and the sample the guesses of numbers and dates read (fileChosen).
    const CsvImport::Preview preview = m_guess.error.isError() || path().isEmpty()
                                           ? CsvImport::Preview()
                                           : CsvImport::preview(path(), s, sampleRows);
    m_header = preview.header;
    m_firstRows = preview.rows;
    m_previewProblem = preview.problem.isError() ? preview.problem.message() : QString();
    // Header names find their fields again; without a header, the form's order.
    qsizetype width = m_header.size();
    for (const QStringList &row : m_firstRows.mid(0, previewRows))
        width = qMax(width, row.size());
    fillColumns(columnsFor(m_form, s.header, m_header, width));
    m_guessed->setText(m_previewProblem.isEmpty() ? describeGuess() : m_previewProblem);
}

void ImportDialog::fillColumns(const QStringList &keys) {
    m_columns->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        auto *name = new QTableWidgetItem(CsvRecordFeed::columnName(m_header, row));
        m_columns->setItem(row, 0, name);
        QStringList values;
        for (const QStringList &r : m_firstRows.mid(0, previewRows))
            values << r.value(row).simplified().left(40);
        m_columns->setItem(row, 1, new QTableWidgetItem(values.join(u" · "_qs)));
        auto *field = new QComboBox;
        field->setObjectName(u"importField%1"_qs.arg(row));
        field->addItem(tr("(left out)"), QString());
        for (const FieldDef &f : std::as_const(m_form.fields))
            field->addItem(FormTexts::label(f), f.key);
        field->setCurrentIndex(qMax(0, field->findData(keys.at(row))));
        connect(field, &QComboBox::activated, this, [this, field] {
            // A field fills from one column: the one chosen last.
            const QString key = field->currentData().toString();
            for (int r = 0; r < m_columns->rowCount(); ++r) {
                auto *other = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 2));
                if (other && other != field && !key.isEmpty() && other->currentData() == key)
                    other->setCurrentIndex(0);
            }
            choicesChanged();
        });
        m_columns->setCellWidget(row, 2, field);
    }
    fixTabOrder();
    updateState();
}

void ImportDialog::fixTabOrder() {
    // The field choosers are made after the buttons: without this, Tab would reach them last
    // and go round between the buttons.
    QList<QWidget *> chain{m_path,      m_browse, m_encoding, m_separator, m_quote,
                           m_hasHeader, m_skip,   m_numbers,  m_dates,     m_columns};
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (QWidget *field = m_columns->cellWidget(row, 2))
            chain << field;
    chain << m_allOrNothing << m_goodRows << m_duplicates << m_problems << m_saveRejects << m_check
          << m_import << m_buttons->button(QDialogButtonBox::Close);
    for (qsizetype i = 1; i < chain.size(); ++i)
        if (chain.at(i - 1) && chain.at(i))
            setTabOrder(chain.at(i - 1), chain.at(i));
}

void ImportDialog::updateState() {
    const ImportSettings s = settings();
    QStringList missing;
    for (const FieldDef &f : CsvImport::requiredWithoutColumn(m_form, s))
        missing << FormTexts::label(f);
    m_missing->setVisible(!missing.isEmpty() && !path().isEmpty() && !s.columns.isEmpty());
    m_missing->setText(tr("No column fills these required fields, so every row will be refused: %1")
                           .arg(QLocale().createSeparatedList(missing)));
    const bool anyColumn = std::any_of(s.columns.cbegin(), s.columns.cend(),
                                       [](const QString &k) { return !k.isEmpty(); });
    // What is typed into File and not loaded yet (Enter, or leaving the field) is not checked.
    const bool readable = !path().isEmpty() && path() == m_guessedPath &&
                          !m_guess.error.isError() && m_previewProblem.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_path, m_browse, m_encoding, m_separator, m_quote, m_hasHeader, m_skip, m_numbers,
             m_dates, m_columns, m_allOrNothing, m_goodRows})
        w->setEnabled(!m_busy);
    // A form without a unique field has no value "a record already has".
    m_duplicates->setEnabled(!m_busy && std::any_of(m_form.fields.cbegin(), m_form.fields.cend(),
                                                    [](const FieldDef &f) { return f.unique; }));
    m_check->setEnabled(!m_busy && readable && anyColumn);
    m_import->setEnabled(!m_busy && readable && anyColumn);
    m_saveRejects->setEnabled(!m_busy);
}

void ImportDialog::clearResult() {
    m_result->clear();
    m_problems->hide();
    m_saveRejects->hide();
}

void ImportDialog::choicesChanged() {
    // What a check found is of the choices it was made with.
    clearResult();
    updateState();
}

void ImportDialog::keyPressEvent(QKeyEvent *event) {
    // Enter in File loads the file named there; it does not import it unseen.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_path->hasFocus()) {
        if (path() != m_guessedPath)
            fileChosen();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ImportDialog::reject() {
    // Escape or Close while a check or an import runs stops it and keeps the dialog, with the
    // choices made.
    if (m_busy) {
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

void ImportDialog::setBusy(bool busy) {
    m_busy = busy;
    updateState();
}

void ImportDialog::showFailure(const QString &message) {
    clearResult();
    m_result->setText(message);
}

void ImportDialog::showReport(const ImportReport &report, bool dryRun) {
    const QLocale locale;
    QString text;
    if (report.canceled && dryRun) {
        text = tr("The check was stopped; nothing was changed.");
    } else if (report.stopped.isError()) {
        text = report.canceled || dryRun
                   ? report.stopped.message()
                   : tr("%1 Nothing was imported.").arg(report.stopped.message());
    } else if (dryRun) {
        QStringList parts{tr("%Ln row(s) ready to import", nullptr, int(report.ready())),
                          tr("%Ln row(s) with problems", nullptr, int(report.problemRows))};
        if (report.updated > 0)
            parts << tr("%Ln of them update(s) a record already in the book", nullptr,
                        int(report.updated));
        if (report.skipped > 0)
            parts << tr("%Ln row(s) left out as already in the book", nullptr, int(report.skipped));
        text = locale.createSeparatedList(parts) + u'.';
        if (report.problemRows > 0 && report.ready() > 0)
            text += u' ' + tr("Import brings in nothing unless every row is good, or only the "
                              "good rows if you choose so above.");
    } else if (report.ready() == 0) {
        text = tr("Nothing was imported: every row has a problem.");
    } else {
        text = tr("Nothing was imported: %Ln row(s) have problems. Fix the file, or choose "
                  "“Only the good rows” to import the others.",
                  nullptr, int(report.problemRows));
    }
    m_result->setText(text);
    const QList<ImportProblem> &problems = report.problems;
    m_problems->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const ImportProblem &p = problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(locale.toString(p.line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value.simplified().left(200)));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.reason.message()));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!problems.isEmpty());
    m_saveRejects->setVisible(report.problemRows > 0 && !m_rejectsFile.isEmpty());
    growToFit(this);
    if (m_import->isEnabled())
        m_import->setFocus();
}

void ImportDialog::setRejectsFile(const QString &path) {
    m_rejectsFile = path;
}

void ImportDialog::saveRejects() {
    const QFileInfo source(path());
    QFileDialog *dialog = fileDialog(this, tr("Save Rejected Rows"), u"importRejectsDialog"_qs);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_qs);
    dialog->setDirectory(source.absolutePath());
    //: %1 is the imported file's name without its ending.
    dialog->selectFile(tr("%1 - rejected rows.csv").arg(source.completeBaseName()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &target) {
        // The file dialog asked before replacing the file; a copy beside it is renamed over it,
        // so a copy that fails leaves the old file.
        const QString part = target + u".part"_qs;
        QFile::remove(part);
        const bool copied = QFile::copy(m_rejectsFile, part) &&
                            (!QFile::exists(target) || QFile::remove(target)) &&
                            QFile::rename(part, target);
        if (copied)
            return;
        QFile::remove(part);
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Save Rejected Rows"),
            tr("The rejected rows could not be saved to %1.").arg(PathText::of(target)),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace fb
