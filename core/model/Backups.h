#pragma once

// Backups of a file book: where they go, what they are called, which are kept. Values and
// file names only; the copying is done on the writer thread (core/storage/BookBackup).

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <optional>

namespace fb {

struct BackupPolicy {
    enum class Place { BesideBook, DataFolder };
    // Off: only backups asked for are made (the program turns it on from its settings).
    bool automatic = false;
    Place place = Place::BesideBook;
    int keepLast = 10;  // the newest backups kept, whatever their age
    int keepWeeks = 8;  // and the newest of each of the last weeks, this many weeks back
    QString dataFolder; // for Place::DataFolder: the user's data folder
    bool operator==(const BackupPolicy &) const = default;
};

// Why a backup was made; its file name says it.
enum class BackupReason { Manual, Daily, FormChange, Import, Restore, Repair };

struct BackupFile {
    QString path;
    QDateTime made; // local time, to the second, from the name
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
    bool operator==(const BackupFile &) const = default;
};

// What a backup of the book made (or what the backup a restore took contained).
struct BackupMade {
    QString path;
    qint64 bytes = 0;
};

// What a look into a backup found: its forms and live records, or why it cannot be used.
struct BackupContents {
    QString path;
    int forms = 0;
    qint64 records = 0;
    QString problem; // translated; empty when the backup can be restored
};

// Pages copied so far and Cancel, shared by the writer (which copies) and the window (which
// shows progress); atomics, read without a lock.
struct BackupProgress {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

namespace Backups {

// The folder the backups of the book at `bookPath` go to: "NAME backups" beside the book, or
// "backups/NAME-HASH" in the data folder (HASH tells apart books of one name).
QString folderFor(const QString &bookPath, const BackupPolicy &policy);
// "NAME 2026-12-03 14-05-12 import.fieldbook": the book's name, when (local time) and why.
// `serial` tells apart two made within one second.
QString fileName(const QString &bookPath, const QDateTime &made, BackupReason reason,
                 int serial = 0);
// The backup a file name describes, if it is one of the book's.
std::optional<BackupFile> parse(const QString &bookPath, const QString &path);
// The book's backups in its folder, newest first.
QList<BackupFile> list(const QString &bookPath, const BackupPolicy &policy);
// Which of `backups` (newest first) the rotation removes at `now`: every one that is neither
// among the newest keepLast nor the newest of one of the last keepWeeks weeks (seven-day
// spans counted back from now). The newest is always kept.
QList<BackupFile> toRemove(const QList<BackupFile> &backups, const QDateTime &now,
                           const BackupPolicy &policy);
// Whether a backup was made today (local calendar day) or later.
bool madeToday(const QList<BackupFile> &backups, const QDateTime &now);

} // namespace Backups

} // namespace fb

Q_DECLARE_METATYPE(fb::BackupMade)
Q_DECLARE_METATYPE(fb::BackupContents)
Q_DECLARE_METATYPE(QList<fb::BackupContents>)
