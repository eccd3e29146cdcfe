#include "Handbook.h"

#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fb::Handbook {

namespace {
const QString folder = u"fieldbook/handbook/"_qs;

QString locate(const QString &relative) {
    // Beside the program first (/usr/bin → /usr/share; build/default/app → build/default/share;
    // a test binary sits one folder deeper), so a build finds its own copy before an installed one.
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 4; ++up) {
        const QString candidate = dir.filePath(u"../share/"_qs + relative);
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
        if (!dir.cdUp())
            break;
    }
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
}
} // namespace

QString indexPath(const QString &language) {
    if (!language.isEmpty() && language != u"en"_qs) {
        if (QString page = locate(folder + u"index.%1.html"_qs.arg(language)); !page.isEmpty())
            return page;
    }
    return locate(folder + u"index.html"_qs);
}

QString indexPath() {
    return indexPath(InterfaceLanguage::current());
}

} // namespace fb::Handbook
