#pragma once

#include "Database.h"

namespace fb::bench {

struct BackupFigures {
    qint64 bytes = 0;
    double fieldbookMs = 0; // Database::backUp into a new file (median of 3)
    double cliMs = 0;       // the sqlite3 program's .backup of the same book (median of 3)
    double longestStallMs = 0;
    double idleStallMs = 0; // the same heartbeat's longest gap with nothing to do, as long
};

// Backs up the open file book `db` into `folder`, timed against the sqlite3 command-line
// program's `.backup` of the same file, with the GUI thread's longest stall meanwhile. A
// cliMs of 0: no sqlite3 program.
BackupFigures measureBackup(Database &db, const QString &folder);

} // namespace fb::bench
