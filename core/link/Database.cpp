#include "Database.h"

#include "DbWorker.h"
#include "ThreadCheck.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>

namespace fb {

namespace {
DbError closingError() {
    return DbError(DbError::Kind::Connection,
                   QT_TRANSLATE_NOOP("fb::DbError", "The book is closing."));
}
} // namespace

Database::Database(QObject *parent)
    : QObject(parent) {
    registerMetaTypes();
    m_writerThread.setObjectName(u"fieldbook-db"_qs);
    m_readerThread.setObjectName(u"fieldbook-db-read"_qs);
    m_writer = new DbWorker(BookConnection::Role::Writer, m_writerInbox, m_writerOutbox, this);
    m_reader = new DbWorker(BookConnection::Role::Reader, m_readerInbox, m_readerOutbox, this);
    m_writer->moveToThread(&m_writerThread);
    m_reader->moveToThread(&m_readerThread);

    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(&m_writerThread, &QThread::finished, this, &Database::onThreadFinished);
    connect(&m_readerThread, &QThread::finished, this, &Database::onThreadFinished);

    m_writerThread.start();
    m_readerThread.start();
}

Database::~Database() {
    if (!m_closed && !m_closing) {
        toWriter(Cmd::Shutdown{});
        toReader(Cmd::Shutdown{});
    }
    // The workers quit their threads once every queued write is committed; nothing is
    // abandoned and no thread is terminated.
    m_writerThread.wait();
    m_readerThread.wait();
}

// Doorbells are invoked by name with no arguments: the values travel in the mailbox, under its
// lock, where ThreadSanitizer can see the hand-over (the distribution's Qt is not instrumented).
void Database::toWriter(DbCommand command) {
    if (m_closing)
        return; // the worker may be gone already
    if (m_writerInbox->post(std::move(command)))
        QMetaObject::invokeMethod(m_writer, "wake", Qt::QueuedConnection);
}

void Database::toReader(DbCommand command) {
    if (m_closing)
        return; // the worker may be gone already
    if (m_readerInbox->post(std::move(command)))
        QMetaObject::invokeMethod(m_reader, "wake", Qt::QueuedConnection);
}

void Database::takeWriterEvents() {
    takeEvents(*m_writerOutbox, true);
}

void Database::takeReaderEvents() {
    takeEvents(*m_readerOutbox, false);
}

void Database::takeEvents(Mailbox<DbEvent> &outbox, bool fromWriter) {
    assertThread();
    auto chunks = outbox.takeAll();
    for (auto &chunk : chunks) {
        for (DbEvent &event : chunk)
            m_backlog.push_back({std::move(event), fromWriter});
    }
    outbox.giveBack(std::move(chunks));
    // While a slice is scheduled, doorbells only queue: each must not grant a new budget.
    if (!m_backlogPosted)
        processBacklog();
}

void Database::processBacklog() {
    m_backlogPosted = false;
    QElapsedTimer budget;
    budget.start();
    while (!m_backlog.empty()) {
        if (budget.elapsed() >= 3) {
            // A zero timer, not a posted event: timers take turns with the window's other
            // timers, posted events would starve them.
            if (!m_backlogPosted) {
                m_backlogPosted = true;
                QTimer::singleShot(0, this, &Database::processBacklog);
            }
            return;
        }
        Pending pending = std::move(m_backlog.front());
        m_backlog.pop_front();
        handle(pending.event, pending.fromWriter);
        // Each thread frees what it made: the requests here, the acknowledgements there.
        if (auto *replies = std::get_if<Ev::Replies>(&pending.event)) {
            replies->spent.clear();
            (pending.fromWriter ? m_writerOutbox : m_readerOutbox)
                ->giveBackSpent(std::move(pending.event));
        }
    }
}

void Database::handle(const DbEvent &event, bool fromWriter) {
    if (auto *replies = std::get_if<Ev::Replies>(&event)) {
        onReplies(replies->replies);
    } else if (auto *opened = std::get_if<Ev::Opened>(&event)) {
        fromWriter ? onWriterOpened(*opened) : onReaderOpened(*opened);
    } else if (auto *checked = std::get_if<Ev::Checked>(&event)) {
        onChecked(*checked);
    } else if (auto *changed = std::get_if<Ev::FormsChanged>(&event)) {
        m_forms = changed->forms;
        Q_EMIT formsChanged();
    } else if (auto *retrying = std::get_if<Ev::Retrying>(&event)) {
        Q_EMIT this->retrying(retrying->attempt, retrying->error);
    } else if (auto *elsewhere = std::get_if<Ev::ChangedElsewhere>(&event)) {
        Q_EMIT changedElsewhere(elsewhere->forms);
    } else if (auto *backup = std::get_if<Ev::AutoBackup>(&event)) {
        Q_EMIT autoBackup(backup->made, backup->error);
    } else if (std::holds_alternative<Ev::Replaced>(event)) {
        Q_EMIT replacedElsewhere();
    }
}

void Database::assertThread() const {
    FB_REQUIRE_THREAD_OF(this);
}

void Database::setState(BookState state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Database::setBackupPolicy(const BackupPolicy &policy) {
    m_backupPolicy = policy;
    if (m_state != BookState::Closed)
        toWriter(Cmd::Policy{policy});
}

void Database::open(const BookSpec &spec) {
    assertThread();
    m_spec = spec;
    setState(BookState::Opening);
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    toWriter(Cmd::Open{spec, m_session, m_backupPolicy});
}

void Database::onWriterOpened(const Ev::Opened &opened) {
    const DbError &error = opened.error;
    m_error = error;
    m_forms = opened.forms;
    m_damaged = opened.damaged;
    m_checking = opened.checking;
    if (error.isError()) {
        setState(BookState::Error);
        for (const DbRequest &r : std::as_const(m_readsBeforeOpen))
            onReplies({DbReply{r.id, error, {}}});
        m_readsBeforeOpen.clear();
        return;
    }
    // The reader opens once the writer has created or migrated the book.
    toReader(Cmd::Open{m_spec, m_session, {}});
    Q_EMIT formsChanged();
    setState(opened.readOnly ? BookState::ReadOnly : BookState::Open);
}

void Database::onChecked(const Ev::Checked &checked) {
    m_checking = false;
    m_damaged = checked.damaged;
    if (checked.error.isError()) {
        m_error = checked.error;
        setState(BookState::Error);
    } else if (m_damaged) {
        setState(BookState::ReadOnly);
    }
    Q_EMIT checkFinished();
}

void Database::onReaderOpened(const Ev::Opened &opened) {
    m_readerOpen = true;
    if (opened.error.isError())
        qWarning("Reader connection: %s", qPrintable(opened.error.toLogString()));
    for (DbRequest &r : m_readsBeforeOpen) {
        if (m_closing) // the book closed before its reader opened
            onReplies({DbReply{r.id, closingError(), {}}});
        else
            toReader(std::move(r));
    }
    m_readsBeforeOpen.clear();
}

void Database::dispatch(DbRequest request) {
    const bool write = isWrite(request.op);
    // Form lists come from the writer, in order with the schema changes before them; so do
    // backups, in order with the writes.
    const bool viaWriter =
        write || isMaintenance(request.op) || std::holds_alternative<Op::ListForms>(request.op);
    if (write) {
        m_waiting.at(request.id - m_firstWaitingId).write = true;
        ++m_pendingWrites;
        notifyPendingWrites();
    }
    if (m_state == BookState::Error)
        onReplies({DbReply{request.id, m_error, {}}}); // a book that failed to open answers at once
    else if (viaWriter)
        toWriter(std::move(request));
    else if (m_readerOpen)
        toReader(std::move(request));
    else
        m_readsBeforeOpen.append(std::move(request));
}

template <typename T> QFuture<Reply<T>> Database::send(DbOp op) {
    assertThread();
    auto promise = std::make_shared<QPromise<Reply<T>>>();
    promise->start();
    QFuture<Reply<T>> future = promise->future();
    const quint64 id = ++m_nextId;
    if (m_closed || m_closing) {
        promise->addResult(Reply<T>{closingError(), T{}});
        promise->finish();
        return future;
    }
    m_waiting.resize(id - m_firstWaitingId + 1);
    m_waiting.back().complete = [promise](const DbReply &reply) {
        Reply<T> r{reply.error, T{}};
        if (!reply.error.isError())
            r.value = reply.value.value<T>();
        promise->addResult(std::move(r));
        promise->finish();
    };
    dispatch(DbRequest{id, std::move(op)});
    return future;
}

void Database::onReplies(const QList<DbReply> &replies) {
    assertThread();
    int writes = 0;
    for (const DbReply &reply : replies) {
        if (reply.id < m_firstWaitingId || reply.id - m_firstWaitingId >= m_waiting.size())
            continue;
        Waiting waiting = std::exchange(m_waiting[reply.id - m_firstWaitingId], {});
        while (!m_waiting.empty() && !m_waiting.front().complete) {
            m_waiting.pop_front();
            ++m_firstWaitingId;
        }
        if (waiting.write) {
            ++writes;
            if (reply.error.isError())
                Q_EMIT writeFailed(reply.error);
            else if (reply.value.canConvert<SavedRecord>())
                Q_EMIT recordWritten(reply.value.value<SavedRecord>());
        }
        if (waiting.complete)
            waiting.complete(reply);
    }
    if (writes) {
        m_pendingWrites -= writes;
        notifyPendingWrites();
    }
}

void Database::notifyPendingWrites() {
    // Once per turn of the event loop, however many requests came and went in it.
    if (m_pendingNotifyScheduled)
        return;
    m_pendingNotifyScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pendingNotifyScheduled = false;
        Q_EMIT pendingWritesChanged(m_pendingWrites);
    });
}

QFuture<void> Database::close() {
    assertThread();
    if (!m_closing) {
        toWriter(Cmd::Shutdown{});
        toReader(Cmd::Shutdown{});
        // A worker deletes itself when its thread ends: once the book is closing nothing may
        // ring its doorbell (an "opened" on its way would otherwise send the reader its reads).
        m_closing = std::make_shared<QPromise<void>>();
        m_closing->start();
    }
    return m_closing->future();
}

void Database::onThreadFinished() {
    if (!m_writerThread.isFinished() || !m_readerThread.isFinished() || m_closed)
        return;
    // Every reply the workers posted is handled before the book counts as closed.
    takeEvents(*m_writerOutbox, true);
    takeEvents(*m_readerOutbox, false);
    while (!m_backlog.empty()) {
        const Pending pending = std::move(m_backlog.front());
        m_backlog.pop_front();
        handle(pending.event, pending.fromWriter);
    }
    for (const DbRequest &r : std::as_const(m_readsBeforeOpen)) // the reader never opened
        onReplies({DbReply{r.id, closingError(), {}}});
    m_readsBeforeOpen.clear();
    m_closed = true;
    setState(BookState::Closed);
    if (m_closing)
        m_closing->finish();
    Q_EMIT pendingWritesChanged(m_pendingWrites);
    Q_EMIT closed();
}

std::optional<FormDef> Database::form(qint64 id) const {
    for (const FormDef &f : m_forms) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

QFuture<Reply<FormDef>> Database::createForm(const FormDef &form) {
    return send<FormDef>(Op::CreateForm{form});
}

QFuture<Reply<FormDef>> Database::updateForm(const FormDef &form) {
    return send<FormDef>(Op::UpdateForm{form});
}

QFuture<Reply<qint64>> Database::deleteForm(qint64 formId) {
    return send<qint64>(Op::DeleteForm{formId});
}

QFuture<Reply<SavedRecord>> Database::saveRecord(qint64 formId, const Record &record) {
    // A new record gets its uuid here, once: a save retried after a lost connection is then
    // recognised instead of stored twice.
    Record withUuid = record;
    if (withUuid.id == 0 && withUuid.uuid.isEmpty())
        withUuid.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return send<SavedRecord>(Op::SaveRecord{formId, std::move(withUuid)});
}

QFuture<Reply<ImportReport>> Database::importRecords(qint64 formId,
                                                     std::shared_ptr<RecordFeed> feed,
                                                     const ImportOptions &options,
                                                     std::shared_ptr<ImportProgress> progress) {
    return send<ImportReport>(
        Op::ImportRecords{formId, std::move(feed), options, std::move(progress)});
}

QFuture<Reply<QList<Record>>> Database::importStep(const Op::ImportStep &step) {
    return send<QList<Record>>(step);
}

QFuture<Reply<SavedRecord>> Database::trashRecord(qint64 formId, qint64 recordId) {
    return send<SavedRecord>(Op::TrashRecord{formId, recordId});
}

QFuture<Reply<SavedRecord>> Database::purgeRecord(qint64 formId, qint64 recordId) {
    return send<SavedRecord>(Op::PurgeRecord{formId, recordId});
}

QFuture<Reply<qint64>> Database::emptyTrash(qint64 formId) {
    return send<qint64>(Op::EmptyTrash{formId});
}

QFuture<Reply<SavedRecord>> Database::restoreRecord(qint64 formId, qint64 recordId) {
    return send<SavedRecord>(Op::RestoreRecord{formId, recordId});
}

QFuture<Reply<BackupMade>>
Database::backUp(const QString &dest, std::shared_ptr<BackupProgress> progress, bool replace) {
    if (!progress)
        progress = std::make_shared<BackupProgress>();
    return send<BackupMade>(
        Op::BackupBook{dest, replace, BackupReason::Manual, std::move(progress)});
}

QFuture<Reply<BackupMade>> Database::restoreBackup(const QString &backup,
                                                   std::shared_ptr<BackupProgress> progress) {
    if (!progress)
        progress = std::make_shared<BackupProgress>();
    return send<BackupMade>(Op::RestoreBook{backup, std::move(progress)});
}

QFuture<Reply<CheckReport>> Database::checkBook(std::shared_ptr<CheckProgress> progress) {
    if (!progress)
        progress = std::make_shared<CheckProgress>();
    return send<CheckReport>(Op::CheckBook{m_forms, std::move(progress)});
}

QFuture<Reply<CheckReport>> Database::repairBook(std::shared_ptr<CheckProgress> progress) {
    if (!progress)
        progress = std::make_shared<CheckProgress>();
    return send<CheckReport>(Op::RepairBook{std::move(progress)});
}

QFuture<Reply<QList<BackupContents>>> Database::inspectBackups(const QStringList &paths) {
    return send<QList<BackupContents>>(Op::InspectBackups{paths});
}

QFuture<Reply<QList<FormDef>>> Database::listForms() {
    return send<QList<FormDef>>(Op::ListForms{});
}

QFuture<Reply<qint64>> Database::countRecords(const FormDef &form, const PageQuery &query) {
    return send<qint64>(Op::CountRecords{form, query});
}

QFuture<Reply<RecordPage>> Database::fetchPage(const FormDef &form, const PageQuery &query) {
    return send<RecordPage>(Op::FetchPage{form, query});
}

QFuture<Reply<Record>> Database::fetchRecord(const FormDef &form, qint64 recordId) {
    return send<Record>(Op::FetchRecord{form, recordId});
}

QFuture<Reply<qint64>> Database::countAll(const FormDef &form) {
    return send<qint64>(Op::CountAll{form});
}

QFuture<void> Database::settled() {
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_state != BookState::Opening) {
        promise->finish();
        return promise->future();
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(this, &Database::stateChanged, this, [promise, connection](BookState state) {
            if (state == BookState::Opening)
                return;
            QObject::disconnect(*connection);
            promise->finish();
        });
    return promise->future();
}

} // namespace fb
