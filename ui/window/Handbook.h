#pragma once

#include <QString>

namespace fb {

// Where the handbook (docs/handbook/) is: installed in share/fieldbook/handbook beside the
// program's prefix, or copied there in the build tree when Fieldbook runs uninstalled.
namespace Handbook {
// The handbook's first page in `language` (index.LANG.html), else in English (index.html);
// empty if it cannot be found. By default the interface language.
QString indexPath(const QString &language);
QString indexPath();
} // namespace Handbook

} // namespace fb
