#include "RestoreDialog.h"

#include "Database.h"
#include "DisplayText.h"
#include "FileDialogs.h"
#include "PathText.h"
#include "WhenReady.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {
enum Column { Made, Why, Size, Contents, Columns };

// The locale's date and time with the year in full and the seconds: backups a minute apart
// must not look alike.
QString madeFormat(const QLocale &locale) {
    static const QRegularExpression minutes(u"([hH]{1,2})([:.])mm(?!:ss)"_qs);
    return DisplayText::dateTimeFormat(locale).replace(minutes, u"\\1\\2mm\\2ss"_qs);
}
} // namespace

RestoreDialog::RestoreDialog(Database *database, const BackupPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(this))
    , m_other(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(u"restoreDialog"_qs);
    m_list->setObjectName(u"backupList"_qs);
    m_restore->setObjectName(u"restoreBackup"_qs);
    m_other->setObjectName(u"restoreOtherFile"_qs);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(Columns);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_list);
    const QString bookPath = database ? database->spec().path : QString();
    m_backups = Backups::list(bookPath, policy);
    m_folder = Backups::folderFor(bookPath, policy);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_other, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    // Return is the default button's; a double click chooses too.
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_restore, &QPushButton::click);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentIndex().row();
        if (row >= 0 && row < m_backups.size())
            confirm(m_backups.at(row).path, m_backups.at(row).made);
    });
    connect(m_other, &QPushButton::clicked, this, &RestoreDialog::chooseOther);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    fill();
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    m_list->setFocus();
    resize(sizeHint().expandedTo(QSize(640, 360)));

    QStringList paths;
    for (const BackupFile &b : std::as_const(m_backups))
        paths << b.path;
    if (m_database && !paths.isEmpty())
        whenReady(m_database->inspectBackups(paths), this,
                  [this, paths](const Reply<QList<BackupContents>> &reply) {
                      QList<BackupContents> found = reply.value;
                      if (!reply.ok()) { // the book's reader could not look: none is known
                          found.clear();
                          for (const QString &path : paths)
                              found << BackupContents{path, 0, 0, reply.error.message()};
                      }
                      showContents(found);
                  });
}

QString RestoreDialog::madeText(const QDateTime &made) {
    const QLocale locale;
    return locale.toString(made, madeFormat(locale));
}

QString RestoreDialog::reasonText(BackupReason reason) {
    switch (reason) {
    case BackupReason::Manual:
        return tr("Backed up by hand");
    case BackupReason::Daily:
        return tr("First change of the day");
    case BackupReason::FormChange:
        return tr("Before a form change");
    case BackupReason::Import:
        return tr("Before an import");
    case BackupReason::Restore:
        return tr("Before a restore");
    case BackupReason::Repair:
        return tr("Before a repair");
    }
    return {};
}

void RestoreDialog::fill() {
    m_list->clear();
    const QLocale locale;
    for (qsizetype i = 0; i < m_backups.size(); ++i) {
        const BackupFile &b = m_backups.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Made, locale.toString(b.made, madeFormat(locale)));
        item->setText(Why, reasonText(b.reason));
        item->setText(Size, locale.formattedDataSize(b.bytes));
        item->setTextAlignment(Size, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setToolTip(Made, PathText::of(b.path));
        const auto found = std::find_if(m_contents.begin(), m_contents.end(),
                                        [&](const BackupContents &c) { return c.path == b.path; });
        if (found == m_contents.end())
            item->setText(Contents, tr("Looking…"));
        else if (!found->problem.isEmpty())
            item->setText(Contents, tr("Cannot be read"));
        else
            item->setText(Contents, tr("%1, %2", "forms, records")
                                        .arg(tr("%n form(s)", nullptr, found->forms),
                                             tr("%n record(s)", nullptr, int(found->records))));
        if (found != m_contents.end() && !found->problem.isEmpty())
            item->setToolTip(Contents, found->problem);
    }
}

void RestoreDialog::showContents(const QList<BackupContents> &found) {
    m_contents = found;
    const int row = m_list->currentIndex().row();
    fill();
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
    updateButtons();
}

void RestoreDialog::updateButtons() {
    const int row = m_list->currentIndex().row();
    bool usable = row >= 0 && row < m_backups.size();
    if (usable) {
        for (const BackupContents &c : std::as_const(m_contents)) {
            if (c.path == m_backups.at(row).path && !c.problem.isEmpty())
                usable = false;
        }
    }
    m_restore->setEnabled(usable);
}

void RestoreDialog::confirm(const QString &path, const QDateTime &made) {
    // Not exec(): the list stays usable behind the question until it is answered.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Restore from Backup"),
        made.isValid() ? tr("Bring the book back to the backup of %1?")
                             .arg(QLocale().toString(made, QLocale::LongFormat))
                       : tr("Bring the book back to the backup in %1?").arg(PathText::of(path)),
        QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRestore"_qs);
    box->setInformativeText(tr("Its forms and records replace those of the book. The book as "
                               "it is now is backed up first, so this can be undone by "
                               "restoring that backup."));
    QPushButton *yes = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmRestoreYes"_qs);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, path, made] {
        Q_EMIT restoreChosen(path, made);
        accept();
    });
    box->open();
}

void RestoreDialog::chooseOther() {
    const QString path =
        askOpenFile(this, tr("Restore from Backup"), m_folder,
                    tr("Fieldbook books (*.fieldbook);;All files (*)"), u"restoreFileDialog"_qs);
    if (!path.isEmpty())
        confirm(path, {});
}

void RestoreDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslate() {
    setWindowTitle(tr("Restore from Backup"));
    m_intro->setText(
        m_backups.isEmpty()
            ? tr("There are no backups of this book in %1 yet. Choose Other File "
                 "to restore a backup kept elsewhere.")
                  .arg(PathText::of(m_folder))
            : tr("&Backups of this book, newest first (in %1):").arg(PathText::of(m_folder)));
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size"), tr("Contents")});
    m_restore->setText(tr("&Restore…"));
    m_other->setText(tr("&Other File…"));
    m_close->setText(tr("&Close"));
}

} // namespace fb
