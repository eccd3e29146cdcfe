#pragma once

#include <QString>

namespace fb {

// `fieldbook backup BOOK [DEST]` and `fieldbook restore BACKUP BOOK`, through the book's
// writer like the window's File → Back Up Now and Restore from Backup. Exit status 0: done;
// 1: nothing was made or changed (the message says why); 2: usage (CommandLine).
int backupBook(const QString &bookPath, const QString &dest);
int restoreBook(const QString &backupPath, const QString &bookPath);

} // namespace fb
