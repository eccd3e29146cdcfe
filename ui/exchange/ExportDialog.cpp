#include "ExportDialog.h"

#include "FileDialogs.h"
#include "FormTexts.h"
#include "GrowToFit.h"
#include "PathText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fb {

ExportDialog::ExportDialog(const FormDef &form, int shownRows, bool narrowed, const Choice &offered,
                           QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_shownRows(shownRows)
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_recordsLabel(new QLabel(this))
    , m_shown(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(offered.path, this))
    , m_browse(new QPushButton(this))
    , m_layout(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)) {
    setObjectName(u"exportDialog"_qs);
    m_format->setObjectName(u"exportFormat"_qs);
    m_shown->setObjectName(u"exportShown"_qs);
    m_all->setObjectName(u"exportAll"_qs);
    m_path->setObjectName(u"exportPath"_qs);
    m_browse->setObjectName(u"exportBrowse"_qs);
    m_export->setObjectName(u"exportStart"_qs);
    for (int i = 0; i <= int(Preset::Json); ++i)
        m_format->addItem(QString());
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formatLabel->setBuddy(m_format);
    m_fileLabel->setBuddy(m_path);
    // Without a search or filter the table shows every record: there is nothing to choose.
    m_shown->setChecked(offered.shownOnly || !narrowed);
    m_all->setChecked(!m_shown->isChecked());
    m_all->setVisible(narrowed);
    m_recordsLabel->setBuddy(m_shown);

    auto *records = new QVBoxLayout;
    records->addWidget(m_shown);
    records->addWidget(m_all);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_layout->addRow(m_formatLabel, m_format);
    m_layout->addRow(m_recordsLabel, records);
    m_layout->addRow(m_fileLabel, fileRow);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_layout);
    outer->addWidget(m_buttons);
    m_export->setDefault(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateExport);
    retranslate();
    m_format->setCurrentIndex(int(offered.preset));
    formatChosen();
}

ExportOptions ExportDialog::optionsFor(Preset preset) {
    switch (preset) {
    case Preset::Spreadsheet:
        return ExportOptions::excel(QLocale());
    case Preset::Workbook:
        return ExportOptions::xlsx(QLocale());
    case Preset::Rfc4180:
        return ExportOptions::rfc4180();
    case Preset::Json:
        break;
    }
    return ExportOptions::json();
}

ExportDialog::Choice ExportDialog::choice() const {
    Choice c;
    c.preset = Preset(m_format->currentIndex());
    c.options = optionsFor(c.preset);
    c.shownOnly = !m_all->isChecked();
    c.path = QDir::current().absoluteFilePath(m_path->text().trimmed());
    return c;
}

void ExportDialog::retranslate() {
    setWindowTitle(tr("Export %1").arg(FormTexts::formName(m_form)));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setItemText(
        int(Preset::Spreadsheet),
        //: %1 is the interface language's name, e.g. "English".
        tr("CSV for a spreadsheet (Excel, %1)").arg(QLocale().nativeLanguageName()));
    m_format->setItemText(int(Preset::Workbook), tr("Excel workbook (XLSX), typed cells"));
    m_format->setItemText(int(Preset::Rfc4180), tr("CSV for other programs (RFC 4180)"));
    m_format->setItemText(int(Preset::Json), tr("JSON, with the form’s definition"));
    m_recordsLabel->setText(tr("Records:"));
    m_shown->setText(tr("The %Ln record(s) the table &shows, in its order", nullptr, m_shownRows));
    m_all->setText(tr("&All records of the form, without the search and filter"));
    m_fileLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    growToFit(this);
}

void ExportDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ExportDialog::suffix() const {
    switch (Preset(m_format->currentIndex())) {
    case Preset::Workbook:
        return u"xlsx"_qs;
    case Preset::Json:
        return u"json"_qs;
    default:
        return u"csv"_qs;
    }
}

void ExportDialog::formatChosen() {
    // The file's ending follows the format, unless the person gave one of their own.
    const QString path = m_path->text();
    const QFileInfo info(path);
    const QString ending = info.suffix().toLower();
    if (ending == u"csv" || ending == u"json" || ending == u"xlsx")
        m_path->setText(path.left(path.size() - info.suffix().size()) + suffix());
    updateExport();
}

void ExportDialog::updateExport() {
    const QString path = m_path->text().trimmed();
    m_export->setEnabled(!path.isEmpty());
}

void ExportDialog::browse() {
    QFileDialog *dialog = fileDialog(this, windowTitle(), u"exportFileDialog"_qs);
    // The export dialog itself asks before replacing a file.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString ending = suffix();
    dialog->setNameFilter(ending == u"json"   ? tr("JSON files (*.json);;All files (*)")
                          : ending == u"xlsx" ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                              : tr("CSV files (*.csv);;All files (*)"));
    dialog->setDefaultSuffix(ending);
    const QFileInfo current(m_path->text().trimmed());
    dialog->setDirectory(current.absolutePath());
    dialog->selectFile(current.fileName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_path->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void ExportDialog::accept() {
    const Choice c = choice();
    if (QFileInfo(c.path).isDir()) {
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                    tr("%1 is a folder. Give the name of a file to write, in "
                                       "that folder or another.")
                                        .arg(PathText::of(c.path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"exportFolderGiven"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // A file named for another format would be opened as that format, and refused.
    const QFileInfo info(c.path);
    const QString ending = info.suffix().toLower();
    if ((ending == u"csv" || ending == u"json" || ending == u"xlsx") && ending != suffix()) {
        auto *box = new QMessageBox(
            QMessageBox::Question, windowTitle(),
            tr("The file’s name ends in .%1, but the format chosen writes .%2 files; another "
               "program would take it for the wrong kind.")
                .arg(ending, suffix()),
            QMessageBox::Cancel, this);
        box->setObjectName(u"exportWrongEnding"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *rename =
            box->addButton(tr("&Name It .%1").arg(suffix()), QMessageBox::AcceptRole);
        box->setDefaultButton(rename);
        connect(rename, &QPushButton::clicked, this, [this] {
            formatChosen(); // puts the format's ending on the name
            accept();
        });
        box->open();
        return;
    }
    if (!QFileInfo::exists(c.path)) {
        QDialog::accept();
        return;
    }
    // Not exec(): no nested event loop under the dialog.
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle(),
        tr("%1 exists. Replace it with the export?").arg(QDir::toNativeSeparators(c.path)),
        QMessageBox::Cancel, this);
    box->setObjectName(u"exportReplace"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(replace, &QPushButton::clicked, this, [this] { QDialog::accept(); });
    box->open();
}

} // namespace fb
