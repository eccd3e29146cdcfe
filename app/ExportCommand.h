#pragma once

#include "CommandLine.h"

namespace fb {

// `fieldbook export --form NAME … BOOK`: writes one form's records as CSV or JSON without
// opening a window, by the same export as the window's Record → Export… (RecordExportTask).
// Returns the process exit code (see the man page): 0 written, 1 nothing written.
int exportRecords(const CommandLine::Export &request, const QString &book);

} // namespace fb
