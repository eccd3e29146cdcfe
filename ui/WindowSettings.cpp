#include "WindowSettings.h"

#include <QSettings>

namespace fb {

namespace {
const QString geometryKey = u"window/geometry"_qs;
const QString stateKey = u"window/state"_qs;
const QString splitterKey = u"window/splitter"_qs;
const QString lastBookKey = u"books/last"_qs;
const QString recentKey = u"books/recent"_qs;
} // namespace

QByteArray WindowSettings::geometry() const { return QSettings().value(geometryKey).toByteArray(); }
void WindowSettings::setGeometry(const QByteArray &g) { QSettings().setValue(geometryKey, g); }
QByteArray WindowSettings::windowState() const { return QSettings().value(stateKey).toByteArray(); }
void WindowSettings::setWindowState(const QByteArray &s) { QSettings().setValue(stateKey, s); }
QByteArray WindowSettings::splitterState() const { return QSettings().value(splitterKey).toByteArray(); }
void WindowSettings::setSplitterState(const QByteArray &s) { QSettings().setValue(splitterKey, s); }
QString WindowSettings::lastBook() const { return QSettings().value(lastBookKey).toString(); }
QStringList WindowSettings::recentBooks() const { return QSettings().value(recentKey).toStringList(); }

void WindowSettings::addRecentBook(const QString &path)
{
    QStringList recent = recentBooks();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentBooks)
        recent.removeLast();
    QSettings settings;
    settings.setValue(recentKey, recent);
    settings.setValue(lastBookKey, path);
}

void WindowSettings::removeRecentBook(const QString &path)
{
    QStringList recent = recentBooks();
    recent.removeAll(path);
    QSettings().setValue(recentKey, recent);
}

} // namespace fb
