#pragma once

#include "Backups.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace fb {

// What the window remembers between runs (QSettings): its geometry and layout, the last
// book and the recently opened ones, the interface language, each form's filter, the folder
// of the last export, the backups' settings.
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
    // The person closed the book (File → Close Book): the next start opens none, until a book
    // is opened again.
    void setNoBookOpen();
    bool noBookOpen() const;
    // The book to open at start when the command line names `named` (`defaultBook` if it
    // names none): the one named, else the one used last if it is still there, else the
    // default book; empty when the person had closed their book.
    QString bookAtStart(const QString &named, const QString &defaultBook) const;
    void removeRecentBook(const QString &path);
    // The interface language chosen in Preferences; empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);
    // The folder the last export went to, offered for the next.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    // The format chosen for the last export (ExportDialog::Preset), offered for the next.
    int exportFormat() const;
    void setExportFormat(int format);
    // The filter kept for form `formId` of `book` (a path or a server address).
    QJsonObject filter(const QString &book, qint64 formId) const;
    void setFilter(const QString &book, qint64 formId, const QJsonObject &filter);
    // Backups of file books (Preferences): made automatically, where, how many kept. The data
    // folder is the user's, filled in here.
    BackupPolicy backupPolicy() const;
    void setBackupPolicy(const BackupPolicy &policy);
    void clear();
};

} // namespace fb
