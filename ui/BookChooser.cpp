#include "BookChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace fb::BookChooser {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("fb::BookChooser", text); }

QString filter()
{
    return tr("Fieldbook books (*.fieldbook);;All files (*)");
}
} // namespace

QString askNewBookPath(QWidget *parent, const QString &folder)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("New Book"),
                                                QDir(folder).filePath(tr("book.fieldbook")), filter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".fieldbook"_qs;
    return path;
}

QString askExistingBookPath(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Book"), folder, filter());
}

void fillRecentMenu(QMenu *menu, const QStringList &paths, const std::function<void(QString)> &open)
{
    menu->clear();
    int n = 0;
    for (const QString &path : paths) {
        QAction *action = menu->addAction(
            tr("&%1 %2").arg(++n).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_qs)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(action, &QAction::triggered, menu, [open, path] { open(path); });
    }
    menu->setEnabled(!paths.isEmpty());
}

} // namespace fb::BookChooser
