#pragma once

#include <QString>

namespace fb {

// `fieldbook check [--repair] BOOK`: File → Check Book… without a window, the same check on
// the book's reader; the report goes to the standard output. With --repair, what a repair
// mends is mended (after a backup of the book) and the book checked again. Exit status (see
// the man page): 0 the book is sound; 1 it could not be checked (or repaired); 2 usage
// (CommandLine); 3 problems were found (and remain).
int checkBook(const QString &book, bool repair);

} // namespace fb
