#pragma once

#include <QString>

namespace fb::PathText {

// A file's path as a sentence shows it: in the system's separators, and kept left to right
// inside right-to-left text (isolated), so that "/tmp/a.csv" in an Arabic message is not
// shown as "tmp/a.csv/".
QString of(const QString &path);

} // namespace fb::PathText
