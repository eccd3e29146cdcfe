#pragma once

#include "Backups.h"
#include "BookConnection.h"
#include "DbError.h"
#include "FormDef.h"

#include <functional>

namespace fb {

// Backups of an open file book, on its writer's thread, through SQLite's online backup API:
// the copy is the book as last committed (the writer commits nothing while it runs), is
// written under another name and renamed when complete, and looks at Cancel between steps.
class BookBackup {
public:
    explicit BookBackup(BookConnection &connection)
        : m_connection(connection) {}

    // A copy of the book at `dest`, which must not exist unless `replace` (the file is then
    // replaced only once the copy is whole). Never the book itself.
    DbError copyTo(const QString &dest, BackupProgress *progress, bool replace = false);
    // A copy in the policy's folder, named for now and `reason`; then the rotation removes
    // what it no longer keeps.
    DbError make(const BackupPolicy &policy, BackupReason reason, BackupMade *made,
                 BackupProgress *progress);
    // Replaces the book's contents with those of `backup`, once a copy of it has opened as a
    // sound book (checked page by page, brought to this version) and `beforeChange` (a backup
    // of the book as it is) has succeeded. The forms it holds are put in `forms`. Nothing is
    // changed when the backup is refused, `beforeChange` fails or the restore is cancelled.
    DbError restore(const QString &backup, QList<FormDef> *forms, BackupProgress *progress,
                    const std::function<DbError()> &beforeChange = {});

    // The mark the last restore left in a book (empty: never restored); another program's
    // restore changes it.
    static QString restoredMark(SqlRun &sql);

    // Its forms and live records, or why it is not a book that can be restored. Opens the file
    // read-only, on the calling thread.
    static BackupContents inspect(const QString &path, const QString &connectionName);

private:
    DbError checkedCopy(const QString &backup, const QString &copy, BackupProgress *progress);

    BookConnection &m_connection;
};

} // namespace fb
