#pragma once

#include "Database.h"

namespace fb::bench {

struct ExportFigures {
    qint64 rows = 0;
    double fieldbookRate = 0; // records/s through RecordExportTask, RFC 4180 CSV to a file
    double rawRate = 0;       // rows/s of the baseline: the engine's own reading, CSV to a file
    double longestStallMs = 0;
    double idleStallMs = 0; // the same heartbeat's longest gap with nothing to do, as long
};

// Exports every record of `form` in `db` to a CSV file in `folder`, timed against the
// engine read directly (SQLite: the C API stepping through the table; PostgreSQL: libpq's
// COPY … TO STDOUT WITH CSV), both written to a file on the same disk, with the GUI thread's
// longest stall during the export and while idle for as long.
ExportFigures measureExport(Database &db, const FormDef &form, const QString &folder);

} // namespace fb::bench
