#include "BookSpec.h"

#include <QFileInfo>

namespace fb {

QString BookSpec::displayName() const {
    if (backend == Backend::Sqlite)
        return QFileInfo(path).completeBaseName();
    return database + u'@' + host;
}

} // namespace fb
