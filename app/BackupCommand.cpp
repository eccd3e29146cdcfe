#include "BackupCommand.h"

#include "Database.h"
#include "ExistingBook.h"
#include "QuitOnSignal.h"
#include "WaitFor.h"
#include "WindowSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace fb {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::BackupCommand)
};

constexpr int Done = 0;
constexpr int NothingDone = 1;

// Opens the book with the settings' backup policy; says on stderr why not.
bool openBook(Database &db, const QString &bookPath, const QString &nothingDone) {
    db.setBackupPolicy(WindowSettings().backupPolicy());
    return openBookSaying(db, bookPath, nothingDone);
}

} // namespace

int backupBook(const QString &bookPath, const QString &dest) {
    Database db;
    if (!openBook(db, bookPath, Text::tr("No backup was made.")))
        return NothingDone;
    // A folder takes the copy under the name a backup gets there.
    QString target = dest;
    if (!dest.isEmpty() && QFileInfo(dest).isDir())
        target = QDir(dest).filePath(
            Backups::fileName(bookPath, QDateTime::currentDateTime(), BackupReason::Manual));
    auto progress = std::make_shared<BackupProgress>();
    QuitOnSignal stop; // Ctrl+C: the partial copy is removed
    QObject::connect(&stop, &QuitOnSignal::received, [progress] { progress->cancel = true; });
    const Reply<BackupMade> reply = waitFor(db.backUp(target, progress));
    waitFor(db.close());
    if (!reply.ok()) {
        QTextStream(stderr) << Text::tr("%1: %2").arg(QDir::toNativeSeparators(bookPath),
                                                      reply.error.message())
                            << Qt::endl;
        return NothingDone;
    }
    QTextStream(stdout) << Text::tr("%1 is backed up in %2 (%3).")
                               .arg(QDir::toNativeSeparators(bookPath),
                                    QDir::toNativeSeparators(reply.value.path),
                                    QLocale().formattedDataSize(reply.value.bytes))
                        << Qt::endl;
    return Done;
}

int restoreBook(const QString &backupPath, const QString &bookPath) {
    if (!QFileInfo(backupPath).isFile()) {
        QTextStream(stderr) << Text::tr("%1: there is no backup file here. Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(backupPath))
                            << Qt::endl;
        return NothingDone;
    }
    Database db;
    if (!openBook(db, bookPath, Text::tr("Nothing was changed.")))
        return NothingDone;
    auto progress = std::make_shared<BackupProgress>();
    QuitOnSignal stop; // Ctrl+C while the backup is checked: nothing changes
    QObject::connect(&stop, &QuitOnSignal::received, [progress] { progress->cancel = true; });
    const Reply<BackupMade> reply = waitFor(db.restoreBackup(backupPath, progress));
    waitFor(db.close());
    if (!reply.ok()) {
        QTextStream(stderr) << Text::tr("%1: %2").arg(QDir::toNativeSeparators(bookPath),
                                                      reply.error.message())
                            << Qt::endl;
        return NothingDone;
    }
    QTextStream(stdout) << Text::tr("%1 is restored from %2. The book as it was is kept in %3.")
                               .arg(QDir::toNativeSeparators(bookPath),
                                    QDir::toNativeSeparators(backupPath),
                                    QDir::toNativeSeparators(reply.value.path))
                        << Qt::endl;
    return Done;
}

} // namespace fb
