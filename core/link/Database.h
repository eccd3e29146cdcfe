#pragma once

#include "BookSpec.h"
#include "Mailbox.h"
#include "Requests.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>

namespace fb {

class DbWorker;

// The GUI thread's handle on one book. Lives in the thread that created it; never touches
// SQL. Requests are values posted to a worker's inbox with a queued doorbell signal; replies
// come back the same way and complete the QFutures handed out here, in this object's thread,
// so a coroutine that co_awaits one resumes on the GUI thread.
class Database : public QObject {
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    // Drains and commits everything queued, then joins the threads.
    ~Database() override;

    // Backups made without being asked (see BackupPolicy::automatic), where they go and how many
    // are kept; for the book being opened or open.
    void setBackupPolicy(const BackupPolicy &policy);
    const BackupPolicy &backupPolicy() const { return m_backupPolicy; }
    void open(const BookSpec &spec);
    // Finishes, in this thread, once the book is no longer opening (open, read-only or failed).
    QFuture<void> settled();
    // Applies everything queued, closes the connections and joins the threads; the future
    // finishes in this thread when that is done.
    QFuture<void> close();

    BookState state() const { return m_state; }
    DbError lastError() const { return m_error; }
    // Open read-only because the book file is damaged (the writer's check at opening found
    // it): what can be read is shown, nothing is written.
    bool isDamaged() const { return m_damaged; }
    // A big book opens before its check has run: its rows can be read while the check runs on
    // the writer thread, and writes wait for it. checkFinished() follows; where the check
    // found damage, the book is read-only from then on.
    bool isChecking() const { return m_checking; }
    const BookSpec &spec() const { return m_spec; }
    QList<FormDef> forms() const { return m_forms; }
    std::optional<FormDef> form(qint64 id) const;
    int pendingWrites() const { return m_pendingWrites; }
    bool isClosed() const { return m_closed; }

    QFuture<Reply<FormDef>> createForm(const FormDef &form);
    // Changes a form (name, fields added/renamed/reordered/removed, rules, types) keeping its
    // records; a change that would lose data is refused with the reason.
    QFuture<Reply<FormDef>> updateForm(const FormDef &form);
    QFuture<Reply<qint64>> deleteForm(qint64 formId);
    QFuture<Reply<SavedRecord>> saveRecord(qint64 formId, const Record &record);
    QFuture<Reply<SavedRecord>> trashRecord(qint64 formId, qint64 recordId);
    QFuture<Reply<SavedRecord>> restoreRecord(qint64 formId, qint64 recordId);
    // Deleting for good: only records in the trash; a record still referred to stays.
    QFuture<Reply<SavedRecord>> purgeRecord(qint64 formId, qint64 recordId);
    QFuture<Reply<qint64>> emptyTrash(qint64 formId);
    // Reads `feed` into the form in one transaction of its own; the report says what went in
    // (nothing, for a dry run, a stopped import, or problems with Keep::AllOrNothing).
    // Writes sent meanwhile wait for it. Fails only when the book cannot be written.
    QFuture<Reply<ImportReport>> importRecords(qint64 formId, std::shared_ptr<RecordFeed> feed,
                                               const ImportOptions &options,
                                               std::shared_ptr<ImportProgress> progress);
    // An import's undo or redo (ImportStep): all of it, or nothing.
    QFuture<Reply<QList<Record>>> importStep(const Op::ImportStep &step);
    // A copy of a file book as committed after every write sent before: into `dest` (which must
    // not exist unless `replace`), or, when empty, into its backup folder with the rotation.
    // Cancel through `progress` removes the partial copy.
    QFuture<Reply<BackupMade>> backUp(const QString &dest,
                                      std::shared_ptr<BackupProgress> progress = {},
                                      bool replace = false);
    // Replaces the book's contents with those of `backup` once a copy of it has checked out,
    // after a backup of the book as it is (the answer says where). Views hear of it through
    // formsChanged() and changedElsewhere().
    QFuture<Reply<BackupMade>> restoreBackup(const QString &backup,
                                             std::shared_ptr<BackupProgress> progress = {});
    // File → Check Book…: the pages, links, tables and values of the book (BookCheck), on the
    // reader thread; Cancel through `progress` ends it with an error.
    QFuture<Reply<CheckReport>> checkBook(std::shared_ptr<CheckProgress> progress = {});
    // What a check found that a repair mends (its indexes), after a backup of the book as it is
    // (the report says where); answers the check made afterwards. File books only.
    QFuture<Reply<CheckReport>> repairBook(std::shared_ptr<CheckProgress> progress = {});
    // What each backup holds, read on the reader thread.
    QFuture<Reply<QList<BackupContents>>> inspectBackups(const QStringList &paths);
    QFuture<Reply<QList<FormDef>>> listForms();
    QFuture<Reply<qint64>> countRecords(const FormDef &form, const PageQuery &query);
    QFuture<Reply<RecordPage>> fetchPage(const FormDef &form, const PageQuery &query);
    QFuture<Reply<Record>> fetchRecord(const FormDef &form, qint64 recordId);
    // Every record of the form, live and trashed (for a salvage: known from an index even when
    // the table's pages are damaged).
    QFuture<Reply<qint64>> countAll(const FormDef &form);

    // For tests and diagnostics: the threads the workers live on.
    const QThread *writerThread() const { return &m_writerThread; }
    const QThread *readerThread() const { return &m_readerThread; }

Q_SIGNALS:
    void stateChanged(fb::BookState state);
    void pendingWritesChanged(int pending);
    void formsChanged();
    void recordWritten(const fb::SavedRecord &saved); // saved, trashed or restored: committed
    void writeFailed(const fb::DbError &error);
    void retrying(int attempt, const fb::DbError &error);
    // Another program (another person's Fieldbook, another tool) changed records of these
    // forms; empty means it is not known which. Views reload what they show.
    void changedElsewhere(const QList<qint64> &formIds);
    void checkFinished();
    // A backup the book made without being asked (before a change, once a day), or why it
    // could not: the change went ahead without it.
    void autoBackup(const fb::BackupMade &made, const fb::DbError &error);
    // Another program (fieldbook restore) replaced the book's contents with a backup's.
    void replacedElsewhere();
    void closed();

private Q_SLOTS:
    // Doorbells from the workers: their outboxes have events.
    void takeWriterEvents();
    void takeReaderEvents();
    // Handles events in order, a few milliseconds' worth per turn of the event loop, so a
    // group commit of thousands of saves never stalls the window.
    void processBacklog();

private:
    template <typename T> QFuture<Reply<T>> send(DbOp op);
    void dispatch(DbRequest request);
    void toWriter(DbCommand command);
    void toReader(DbCommand command);
    void takeEvents(Mailbox<DbEvent> &outbox, bool fromWriter);
    void handle(const DbEvent &event, bool fromWriter);
    void onWriterOpened(const Ev::Opened &opened);
    void onReaderOpened(const Ev::Opened &opened);
    void onChecked(const Ev::Checked &checked);
    void onReplies(const QList<DbReply> &replies);
    void onThreadFinished();
    void setState(BookState state);
    void notifyPendingWrites();
    void assertThread() const;

    QThread m_writerThread;
    QThread m_readerThread;
    DbWorker *m_writer = nullptr; // deleted on its thread when the thread finishes
    DbWorker *m_reader = nullptr;
    std::shared_ptr<Mailbox<DbCommand>> m_writerInbox = std::make_shared<Mailbox<DbCommand>>();
    std::shared_ptr<Mailbox<DbCommand>> m_readerInbox = std::make_shared<Mailbox<DbCommand>>();
    std::shared_ptr<Mailbox<DbEvent>> m_writerOutbox = std::make_shared<Mailbox<DbEvent>>();
    std::shared_ptr<Mailbox<DbEvent>> m_readerOutbox = std::make_shared<Mailbox<DbEvent>>();
    BookSpec m_spec;
    BackupPolicy m_backupPolicy;
    BookState m_state = BookState::Closed;
    DbError m_error;
    QList<FormDef> m_forms;
    bool m_readerOpen = false;
    bool m_damaged = false;
    bool m_checking = false;
    bool m_closed = false;
    QList<DbRequest> m_readsBeforeOpen;
    quint64 m_nextId = 0;
    int m_pendingWrites = 0;
    // Requests waiting for their reply, indexed by id - m_firstWaitingId. Ids are handed out in
    // order, so a deque never rehashes (a hash of 100,000 entries would stall the window).
    struct Waiting {
        std::function<void(const DbReply &)> complete;
        bool write = false;
    };
    std::deque<Waiting> m_waiting;
    quint64 m_firstWaitingId = 1;
    bool m_pendingNotifyScheduled = false;
    QString m_session;
    struct Pending {
        DbEvent event;
        bool fromWriter;
    };
    std::deque<Pending> m_backlog;
    bool m_backlogPosted = false;
    std::shared_ptr<QPromise<void>> m_closing;
};

} // namespace fb
