#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace fb {

// Where a book is: the file dialogs for New Book and Open Book, and the Recent Books menu.
namespace BookChooser {
QString askNewBookPath(QWidget *parent, const QString &folder);
QString askExistingBookPath(QWidget *parent, const QString &folder);
void fillRecentMenu(QMenu *menu, const QStringList &paths, const std::function<void(QString)> &open);
} // namespace BookChooser

} // namespace fb
