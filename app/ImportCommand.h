#pragma once

#include "CommandLine.h"

namespace fb {

// `fieldbook import FILE --form NAME … BOOK`: reads a CSV file into a form without opening a
// window, by the same import as the window's Record → Import… (CsvImport). Returns the process
// exit code (see the man page): 0 imported (or, for a dry run, every row can go in), 1 nothing
// imported, 3 the good rows imported and some rows left out (--good-rows).
int importRecords(const CommandLine::Import &request, const QString &book);

} // namespace fb
