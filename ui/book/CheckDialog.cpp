#include "CheckDialog.h"

#include "FileDialogs.h"
#include "PathText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {
enum Column { Where, Problem, Columns };
} // namespace

CheckDialog::CheckDialog(const CheckReport &report, const QList<FormDef> &forms, bool canRepair,
                         const QString &book, const QString &reportPath, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_forms(forms)
    , m_canRepair(canRepair)
    , m_book(book)
    , m_reportPath(reportPath)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_repair(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(u"checkDialog"_qs);
    m_summary->setObjectName(u"checkSummary"_qs);
    m_list->setObjectName(u"checkFindings"_qs);
    m_repair->setObjectName(u"repairBook"_qs);
    m_save->setObjectName(u"saveCheckReport"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(Columns);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(Where, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_repair, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_close->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(m_repair, &QPushButton::clicked, this, &CheckDialog::confirmRepair);
    connect(m_save, &QPushButton::clicked, this, &CheckDialog::saveReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    fill();
    m_list->setFocus();
    // Room for a sentence per problem; a sound book's one line needs none.
    if (!m_report.findings.isEmpty())
        resize(sizeHint().expandedTo(QSize(960, 440)));
}

void CheckDialog::showRepaired(const CheckReport &report) {
    m_report = report;
    m_repaired = true;
    retranslate();
    fill();
}

void CheckDialog::fill() {
    m_list->clear();
    for (const CheckFinding &finding : std::as_const(m_report.findings)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Where, CheckText::where(finding, m_forms));
        item->setText(Problem, finding.what.message());
        // The whole sentence, however narrow the column, and SQLite's own words for whoever
        // repairs books by hand.
        item->setToolTip(Problem,
                         finding.what.detail().isEmpty()
                             ? finding.what.message()
                             : finding.what.message() + u"\n\n"_qs + finding.what.detail());
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_repair->setVisible(m_canRepair && m_report.repairable());
    m_save->setEnabled(true);
}

void CheckDialog::confirmRepair() {
    // Not exec(): the report stays readable behind the question.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Repair Book"),
                                tr("Rebuild the book's indexes?"), QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRepair"_qs);
    box->setInformativeText(tr("No record or value is changed: the indexes are made again from "
                               "the records. The book as it is now is backed up first."));
    QPushButton *yes = box->addButton(tr("&Repair"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmRepairYes"_qs);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this] {
        m_repair->setEnabled(false);
        Q_EMIT repairChosen();
    });
    box->open();
}

void CheckDialog::saveReport() {
    // open(), not a nested event loop: the report stays live behind the file dialog.
    QFileDialog *dialog = fileDialog(this, tr("Save Report"), u"checkReportFileDialog"_qs);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Text files (*.txt);;All files (*)"));
    dialog->setDefaultSuffix(u"txt"_qs);
    dialog->setDirectory(QFileInfo(m_reportPath).absolutePath());
    dialog->selectFile(QFileInfo(m_reportPath).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, &CheckDialog::writeReport);
    dialog->open();
}

void CheckDialog::writeReport(const QString &path) {
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Text);
    if (written) {
        QStringList lines{tr("Check of %1, %2")
                              .arg(m_book, QLocale().toString(QDateTime::currentDateTime(),
                                                              QLocale::LongFormat))};
        lines << CheckText::lines(m_report, m_forms);
        const QByteArray text = lines.join(u'\n').toUtf8() + '\n';
        written = file.write(text) == text.size() && file.commit();
    }
    if (written) {
        Q_EMIT reportSaved(path);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Save Report"),
        tr("The report could not be written to %1: %2").arg(PathText::of(path), file.errorString()),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CheckDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void CheckDialog::retranslate() {
    setWindowTitle(tr("Check Book"));
    QString summary = CheckText::summary(m_report);
    if (m_repaired)
        summary = tr("Repaired. The book as it was is in %1.").arg(PathText::of(m_report.backup)) +
                  u' ' + summary;
    else if (!m_report.sound() && m_report.repairable() && !m_canRepair)
        summary += u' ' + tr("This book cannot be repaired from here: it is read-only or on a "
                             "server.");
    m_summary->setText(summary);
    m_list->setHeaderLabels({tr("Where"), tr("Problem")});
    m_repair->setText(tr("&Repair…"));
    m_save->setText(tr("&Save Report…"));
    m_close->setText(tr("&Close"));
}

} // namespace fb
