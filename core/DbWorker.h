#pragma once

#include "BookConnection.h"
#include "Requests.h"

#include <QCoroTask>
#include <QObject>

#include <deque>
#include <memory>

namespace fb {

// Lives on a database thread ("fieldbook-db" for the writer, "fieldbook-db-read" for the
// reader) and owns that thread's only connection to the book. Every slot runs there.
//
// The writer applies requests strictly in the order they arrive. Writes that queue up are
// applied in one transaction (group commit) and each is acknowledged only after COMMIT
// succeeds. The drain coroutine holds the queue while it suspends (a busy back-off), so no
// later write can slip into a transaction in progress.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(BookConnection::Role role, QObject *parent = nullptr);
    ~DbWorker() override;

    static constexpr int maxBatch = 2000;

public Q_SLOTS:
    void open(const fb::BookSpec &spec);
    void submit(const fb::DbRequest &request);
    // Applies and commits everything queued, closes the connection and ends the thread.
    void shutdown();

Q_SIGNALS:
    void opened(const fb::DbError &error, bool readOnly, const QList<fb::FormDef> &forms);
    void replied(const QList<fb::DbReply> &replies);
    void formsChanged(const QList<fb::FormDef> &forms);
    void retrying(int attempt, const fb::DbError &error);
    void closed();

private:
    void scheduleDrain();
    QCoro::Task<> drain();
    QCoro::Task<> commitBatch(std::vector<DbRequest> batch);
    DbError tryBatch(std::vector<DbRequest> &batch, QList<DbReply> *replies);
    DbReply applyWrite(DbRequest &request);
    DbReply applyRead(const DbRequest &request);
    const FormDef *form(qint64 id) const;
    void finishShutdown();
    void assertThread() const;

    BookConnection::Role m_role;
    std::unique_ptr<BookConnection> m_connection;
    QList<FormDef> m_forms;
    std::deque<DbRequest> m_queue;
    bool m_drainPosted = false;
    bool m_draining = false;
    bool m_shuttingDown = false;
};

} // namespace fb
