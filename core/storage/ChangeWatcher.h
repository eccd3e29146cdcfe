#pragma once

#include "BookConnection.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <functional>

namespace fb {

// Lives on the writer's thread and notices what other programs change in the book: on
// PostgreSQL through LISTEN/NOTIFY (renewed whenever the connection is), on SQLite by
// polling the file's data version twice a second.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    // `changed` gets the forms whose records changed (empty: any) and whether form
    // definitions changed.
    using Callback = std::function<void(const QList<qint64> &forms, bool formsChanged)>;
    ChangeWatcher(QString session, Callback changed, QObject *parent = nullptr);

    void attach(BookConnection *connection);
    void detach();
    // The statement and values that tell the others, run inside the writer's transaction.
    QString notifyStatement() const;
    QVariantList notifyValues(const QList<qint64> &forms, bool formsChanged) const;

    static constexpr const char16_t *channel = u"fieldbook";

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void poll();
    qint64 dataVersion();

    QString m_session;
    Callback m_changed;
    BookConnection *m_connection = nullptr;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace fb
