#include "BackupFlow.h"

#include "Database.h"
#include "PathText.h"
#include "ProgressNotice.h"
#include "RestoreDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace fb {

BackupFlow::BackupFlow(Database *database, QWidget *window)
    : QObject(database)
    , m_database(database)
    , m_window(window) {}

void BackupFlow::run(const QFuture<Reply<BackupMade>> &future,
                     const std::shared_ptr<BackupProgress> &progress, const QString &label,
                     const QString &title, const std::function<void(const BackupMade &)> &done) {
    ProgressNotice *notice = ProgressNotice::track(future, label, m_window);
    notice->poll(100, [notice, progress] {
        notice->setShare(progress->done.load(), progress->total.load());
    });
    connect(notice, &ProgressNotice::canceled, this, [progress] { progress->cancel = true; });
    whenReady(future, this, [this, title, done](const Reply<BackupMade> &reply) {
        if (reply.ok())
            done(reply.value);
        else
            warn(title, reply.error.message()); // it says that nothing was made or changed
    });
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
    run(m_database->backUp({}, progress), progress,
        tr("Backing up %1…").arg(m_database->spec().displayName()), tr("Back Up Now"),
        [this](const BackupMade &made) {
            Q_EMIT said([made] {
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
    run(m_database->backUp(path, progress, true), progress,
        tr("Copying %1 to %2…").arg(m_database->spec().displayName(), PathText::of(path)),
        tr("Copy Book To File"), [this](const BackupMade &made) {
            Q_EMIT said(
                [made] { return tr("The book is copied to %1.").arg(PathText::of(made.path)); });
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
    run(m_database->restoreBackup(path, progress), progress,
        tr("Checking and restoring the backup…"), tr("Restore from Backup"),
        [this, path, made](const BackupMade &safety) {
            Q_EMIT restored();
            Q_EMIT said([path, made, safety] {
                const QString which =
                    made.isValid() ? RestoreDialog::madeText(made) : PathText::of(path);
                return tr("Restored the backup of %1. The book as it was is in %2.")
                    .arg(which, PathText::of(safety.path));
            });
        });
}

} // namespace fb
