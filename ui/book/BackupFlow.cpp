#include "BackupFlow.h"

#include "Database.h"
#include "PathText.h"
#include "ProgressNotice.h"
#include "RestoreDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace fb {

BackupFlow::BackupFlow(Database *database, QWidget *window)
    : QObject(database)
    , m_database(database)
    , m_window(window) {}

void BackupFlow::follow(ProgressNotice *notice, std::shared_ptr<BackupProgress> progress) {
    auto *timer = new QTimer(notice);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, notice, [notice, progress] {
        const qint64 total = progress->total.load();
        if (total > 0)
            notice->setProgress(int(progress->done.load() * 1000 / total), 1000);
    });
    connect(notice, &ProgressNotice::canceled, this, [progress] { progress->cancel = true; });
    timer->start();
}

void BackupFlow::warn(const QString &title, const QString &text) {
    // Not exec(): this runs when a reply arrives, inside the event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(u"backupFailed"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BackupFlow::backUpNow() {
    if (!m_database)
        return;
    auto progress = std::make_shared<BackupProgress>();
    const QFuture<Reply<BackupMade>> future = m_database->backUp({}, progress);
    follow(ProgressNotice::track(future, tr("Backing up %1…").arg(m_database->spec().displayName()),
                                 m_window),
           progress);
    whenReady(future, this, [this](const Reply<BackupMade> &reply) {
        if (!reply.ok()) {
            warn(tr("Back Up Now"), reply.error.message()); // it says nothing was made
            return;
        }
        Q_EMIT said([made = reply.value] {
            return tr("Backed up in %1 (%2).")
                .arg(PathText::of(made.path), QLocale().formattedDataSize(made.bytes));
        });
    });
}

void BackupFlow::copyTo(const QString &path) {
    if (!m_database)
        return;
    // The file dialog asked before going over a file: the copy replaces it once whole.
    auto progress = std::make_shared<BackupProgress>();
    const QFuture<Reply<BackupMade>> future = m_database->backUp(path, progress, true);
    follow(ProgressNotice::track(
               future,
               tr("Copying %1 to %2…").arg(m_database->spec().displayName(), PathText::of(path)),
               m_window),
           progress);
    whenReady(future, this, [this](const Reply<BackupMade> &reply) {
        if (!reply.ok()) {
            warn(tr("Copy Book To File"), reply.error.message()); // it says nothing was made
            return;
        }
        Q_EMIT said([made = reply.value] {
            return tr("The book is copied to %1.").arg(PathText::of(made.path));
        });
    });
}

void BackupFlow::chooseBackup(const BackupPolicy &policy) {
    if (!m_database)
        return;
    auto *dialog = new RestoreDialog(m_database, policy, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreChosen, this, &BackupFlow::restore);
    dialog->open();
}

void BackupFlow::restore(const QString &path, const QDateTime &made) {
    if (!m_database)
        return;
    auto progress = std::make_shared<BackupProgress>();
    const QFuture<Reply<BackupMade>> future = m_database->restoreBackup(path, progress);
    follow(ProgressNotice::track(future, tr("Checking and restoring the backup…"), m_window),
           progress);
    whenReady(future, this, [this, path, made](const Reply<BackupMade> &reply) {
        if (!reply.ok()) {
            warn(tr("Restore from Backup"), reply.error.message()); // it says nothing changed
            return;
        }
        Q_EMIT restored();
        Q_EMIT said([path, made, safety = reply.value.path] {
            const QString which =
                made.isValid() ? RestoreDialog::madeText(made) : PathText::of(path);
            return tr("Restored the backup of %1. The book as it was is in %2.")
                .arg(which, PathText::of(safety));
        });
    });
}

} // namespace fb
