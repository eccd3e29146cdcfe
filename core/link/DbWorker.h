#pragma once

#include "BookConnection.h"
#include "Mailbox.h"
#include "Requests.h"

#include <QCoroTask>
#include <QDate>
#include <QObject>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace fb {

// Lives on a database thread ("fieldbook-db" for the writer, "fieldbook-db-read" for the
// reader) and owns that thread's only connection to the book. Every slot runs there.
//
// Commands arrive in the inbox, in the order sent, and are applied in that order. Writes that
// queue up are applied in one transaction (group commit) and each is acknowledged only after
// COMMIT succeeds. The drain coroutine owns the queue while it suspends (a busy back-off), so
// no later write can slip into a transaction in progress.
class ChangeWatcher;

class DbWorker : public QObject {
    Q_OBJECT
public:
    // `receiver` is rung (its slot `takeEvents` invoked, queued) when the outbox fills; it
    // outlives this worker's thread.
    DbWorker(BookConnection::Role role, std::shared_ptr<Mailbox<DbCommand>> inbox,
             std::shared_ptr<Mailbox<DbEvent>> outbox, QObject *receiver);
    ~DbWorker() override;

    static constexpr int maxBatch = 50000;

public Q_SLOTS:
    void wake(); // the inbox has commands

private:
    QCoro::Task<> drain();
    QCoro::Task<> commitBatch(std::vector<DbRequest> batch);
    void open(const Cmd::Open &command);
    void onChangedElsewhere(const QList<qint64> &forms, bool formsChanged);
    void tellOthers(const std::vector<DbRequest> &batch, const QList<DbReply> &replies);
    DbError tryBatch(std::vector<DbRequest> &batch, QList<DbReply> *replies);
    DbError tryBatchInTransaction(std::vector<DbRequest> &batch, QList<DbReply> *replies,
                                  bool checkKeys, bool savepointEach, bool *aborted);
    bool foreignKeysHold();
    DbReply applyWriteAlone(DbRequest &request, bool *threw);
    DbReply applyWrite(DbRequest &request);
    DbReply applyRead(const DbRequest &request);
    DbReply applyMaintenance(const DbRequest &request);
    DbReply applyRepair(const DbRequest &request, const Op::RepairBook &repair);
    // A backup the policy asks for before `batch` (a form change, an import) or once a day.
    void backUpIfDue(const std::vector<DbRequest> &batch);
    void backUpFor(BackupReason reason);
    bool mayBackUp() const;
    DbReply readOnce(const DbRequest &request);
    DbReply readOnceUnguarded(const DbRequest &request);
    const FormDef *form(qint64 id) const;
    void post(DbEvent event);
    void finishShutdown();
    void reconnect();
    void takeInbox(); // moves what the facade posted to the queue
    bool quitRequested();
    void keepForNextStart(std::vector<DbRequest> &batch);
    void replayJournal(const BookSpec &spec);
    void assertThread() const;

    BookConnection::Role m_role;
    std::shared_ptr<Mailbox<DbCommand>> m_inbox;
    std::shared_ptr<Mailbox<DbEvent>> m_outbox;
    QObject *m_receiver;
    std::unique_ptr<BookConnection> m_connection;
    QList<FormDef> m_forms;
    BackupPolicy m_backups;
    QString m_restoredMark; // of the last restore into the book (BookBackup::restoredMark)
    QDate m_backedUpOn;     // the day of the last backup (automatic ones are made once a day)
    std::deque<DbCommand> m_queue;
    std::unordered_map<quint64, DbError> m_givenUp; // writes of this group stopped by the clock
    bool m_draining = false;
    bool m_shuttingDown = false;
    bool m_recovering = false;          // after a reconnect: inserts check their uuid first
    ChangeWatcher *m_watcher = nullptr; // the writer's; a child of this worker
};

} // namespace fb
