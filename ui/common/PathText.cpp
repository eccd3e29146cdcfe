#include "PathText.h"

#include <QDir>

namespace fb::PathText {

QString of(const QString &path) {
    // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE: invisible, and neutral to the text
    // around.
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

} // namespace fb::PathText
