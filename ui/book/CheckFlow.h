#pragma once

#include "CheckReport.h"
#include "LiveText.h"
#include "Requests.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace fb {

class CheckDialog;
class Database;

// File → Check Book…: sends the check to the book's reader, shows which step it is at after
// 300 ms with a Cancel that stops it, then shows the report (CheckDialog); a repair asked for
// there goes to the writer the same way. Lives in the GUI thread, a child of the book's
// Database.
class CheckFlow : public QObject {
    Q_OBJECT
public:
    CheckFlow(Database *database, QWidget *window);

    void start();

Q_SIGNALS:
    // A line for the status bar.
    void said(const fb::LiveText &text);

private:
    void repair(CheckDialog *dialog);
    void run(const QFuture<Reply<CheckReport>> &future,
             const std::shared_ptr<CheckProgress> &progress, const QString &title,
             const std::function<void(const CheckReport &)> &done);
    QString reportPath() const;

    QPointer<Database> m_database;
    QWidget *m_window;
};

} // namespace fb
