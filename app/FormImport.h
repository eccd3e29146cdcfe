#pragma once

#include <QString>

namespace fb {

// `fieldbook --import-form FILE [BOOK]`: brings a form file (docs/form-format.md) into a
// book without opening a window. Returns the process exit code.
int importForm(const QString &formFile, const QString &bookPath);

} // namespace fb
