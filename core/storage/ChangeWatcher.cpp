#include "ChangeWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

ChangeWatcher::ChangeWatcher(QString session, Callback changed, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_changed(std::move(changed)) {
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::attach(BookConnection *connection) {
    detach();
    if (!connection || !connection->isOpen())
        return;
    m_connection = connection;
    if (connection->dialect().isSqlite()) {
        m_dataVersion = dataVersion();
        m_poll.start();
        return;
    }
    QSqlDriver *driver = connection->sql().database().driver();
    driver->subscribeToNotification(QString::fromUtf16(channel));
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
}

void ChangeWatcher::detach() {
    m_poll.stop();
    if (m_connection && m_connection->isOpen() && !m_connection->dialect().isSqlite())
        disconnect(m_connection->sql().database().driver(), nullptr, this, nullptr);
    m_connection = nullptr;
}

QString ChangeWatcher::notifyStatement() const {
    return u"SELECT pg_notify(?, ?)"_qs;
}

QVariantList ChangeWatcher::notifyValues(const QList<qint64> &forms, bool formsChanged) const {
    QJsonArray ids;
    for (qint64 id : forms)
        ids.append(id);
    const QJsonObject payload{
        {u"session"_qs, m_session}, {u"forms"_qs, ids}, {u"definitions"_qs, formsChanged}};
    return {QString::fromUtf16(channel),
            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))};
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                   const QVariant &payload) {
    if (name != QString::fromUtf16(channel))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (o.value(u"session").toString() == m_session)
        return; // our own change, already known
    QList<qint64> forms;
    for (const auto &id : o.value(u"forms").toArray())
        forms << qint64(id.toDouble());
    m_changed(forms, o.value(u"definitions").toBool());
}

qint64 ChangeWatcher::dataVersion() {
    QSqlQuery *q = nullptr;
    if (m_connection->sql().execPrepared(u"PRAGMA data_version"_qs, {}, &q).isError())
        return m_dataVersion;
    const qint64 version = q->next() ? q->value(0).toLongLong() : m_dataVersion;
    q->finish();
    return version;
}

void ChangeWatcher::poll() {
    // The data version moves when another connection commits: another Fieldbook, another
    // tool. Which forms changed is not known, nor whether definitions did.
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_changed({}, true);
}

} // namespace fb
