#pragma once

#include <QByteArray>
#include <QStringList>

namespace fb {

// What the window remembers between runs (QSettings): its geometry and layout, the last
// book and the recently opened ones, the interface language.
class WindowSettings {
public:
    static constexpr int MaxRecentBooks = 8;

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QString lastBook() const;
    // The address (BookSpec::serverAddress) of the server book opened last, if any.
    QString lastServer() const;
    QStringList recentBooks() const;
    // Makes `path` the last book and the first of the recent ones.
    void addRecentBook(const QString &path);
    void removeRecentBook(const QString &path);
    // The interface language chosen in Preferences; empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);
    void clear();
};

} // namespace fb
