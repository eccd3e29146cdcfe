#pragma once

#include "Backups.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fb {

class Database;

// File → Restore from Backup…: the book's backups, newest first, with when and why each was
// made, its size, and its forms and records (read on the reader thread, so the list shows at
// once and fills in). Restore asks first, then says which backup was chosen; "Other File…"
// takes a backup from anywhere. Opened with open(): no nested event loop.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(Database *database, const BackupPolicy &policy, QWidget *parent);

    // When a backup was made, as the list shows it: the year in full, the seconds.
    static QString madeText(const QDateTime &made);
    // The text a backup's reason is shown with.
    static QString reasonText(BackupReason reason);

Q_SIGNALS:
    void restoreChosen(const QString &backupPath, const QDateTime &made);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showContents(const QList<BackupContents> &found);
    void updateButtons();
    void confirm(const QString &path, const QDateTime &made);
    void chooseOther();
    void retranslate();

    QPointer<Database> m_database;
    QList<BackupFile> m_backups;
    QList<BackupContents> m_contents;
    QString m_folder;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_other;
    QPushButton *m_close;
};

} // namespace fb
