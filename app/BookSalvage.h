#pragma once

#include <QString>

namespace fb {

// `fieldbook salvage --out NEW BOOK`: saves what can be read of a damaged file book into a new
// file book, without opening a window (the same salvage as the window's "Save What Can Be
// Read…", BookCopier::salvageTo). BOOK is only read. Returns the process exit code (see the
// man page): 0 every record saved, 1 nothing saved, 3 saved but some records lost.
int salvageBook(const QString &bookPath, const QString &newPath);

} // namespace fb
