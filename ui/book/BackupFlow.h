#pragma once

#include "Backups.h"
#include "LiveText.h"
#include "Requests.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace fb {

class Database;

// File → Back Up Now, Copy Book To File… (for a file book) and Restore from Backup…: sends the
// request to the book's writer, shows progress after 300 ms with a Cancel that stops the copy
// (or the check of a backup), and says how it went. Lives in the GUI thread, a child of the
// book's Database.
class BackupFlow : public QObject {
    Q_OBJECT
public:
    BackupFlow(Database *database, QWidget *window);

    // Into the book's backup folder (Database::setBackupPolicy).
    void backUpNow();
    // A copy of the file book at `path` (a new file).
    void copyTo(const QString &path);
    // The list of backups, then the restore of the one chosen.
    void chooseBackup(const BackupPolicy &policy);

Q_SIGNALS:
    // A line for the status bar.
    void said(const fb::LiveText &text);
    // The book now holds a backup's forms and records: what was undoable is no longer.
    void restored();

private:
    void restore(const QString &path, const QDateTime &made);
    // Shows `future`'s progress after 300 ms with a Cancel that stops it, then hands on what
    // it made, or says why it failed in a box titled `title`.
    void run(const QFuture<Reply<BackupMade>> &future,
             const std::shared_ptr<BackupProgress> &progress, const QString &label,
             const QString &title, const std::function<void(const BackupMade &)> &done);
    void warn(const QString &title, const QString &text);

    QPointer<Database> m_database;
    QWidget *m_window;
};

} // namespace fb
