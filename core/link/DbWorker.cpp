#include "DbWorker.h"

#include "BookBackup.h"
#include "BookCheck.h"
#include "ChangeWatcher.h"
#include "FormRules.h"
#include "FormSchemaChange.h"
#include "FormStore.h"
#include "OfflineJournal.h"
#include "RecordImporter.h"
#include "RecordStore.h"
#include "ThreadCheck.h"

#include <QCoroTimer>
#include <QFileInfo>
#include <QThread>

#include <chrono>

namespace fb {

namespace {
QString ownCopy(const QString &s) {
    return QString(s.constData(), s.size());
}

// A copy of a saved record that shares no memory with the request it came from: the
// acknowledgement is freed on this thread, the request on the GUI thread that made it.
Record ownCopy(const Record &record) {
    Record copy = record;
    copy.uuid = ownCopy(record.uuid);
    copy.values.clear();
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        QVariant value = it.value();
        if (value.typeId() == QMetaType::QString) {
            value = ownCopy(value.toString());
        } else if (value.typeId() == QMetaType::QStringList) {
            QStringList list;
            for (const QString &s : value.toStringList())
                list << ownCopy(s);
            value = list;
        }
        copy.values.insert(ownCopy(it.key()), value);
    }
    return copy;
}

using Kind = DbError::Kind;
constexpr int maxBusyRetries = 6;
constexpr qsizetype replySlice = 256;

DbError notOpen() {
    return DbError(Kind::Connection, QT_TRANSLATE_NOOP("fb::DbError", "The book is not open."));
}

DbError unexpected() {
    return DbError(Kind::Internal,
                   QT_TRANSLATE_NOOP("fb::DbError",
                                     "Something unexpected stopped this request; nothing of it "
                                     "was saved. The log has the details."));
}

DbError unknownForm(qint64 id) {
    return DbError(Kind::Validation, QT_TRANSLATE_NOOP("fb::DbError", "Form %1 does not exist."),
                   {QString::number(id)});
}

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

DbWorker::DbWorker(BookConnection::Role role, std::shared_ptr<Mailbox<DbCommand>> inbox,
                   std::shared_ptr<Mailbox<DbEvent>> outbox, QObject *receiver)
    : m_role(role)
    , m_inbox(std::move(inbox))
    , m_outbox(std::move(outbox))
    , m_receiver(receiver) {}

DbWorker::~DbWorker() = default;

void DbWorker::assertThread() const {
    FB_REQUIRE_THREAD_OF(this);
}

const FormDef *DbWorker::form(qint64 id) const {
    for (const FormDef &f : m_forms) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void DbWorker::post(DbEvent event) {
    // Invoked by name, with no arguments and no connection object, so nothing of ours is
    // written on one thread and read on the other outside the mailbox's lock.
    if (m_outbox->post(std::move(event)))
        QMetaObject::invokeMethod(m_receiver,
                                  m_role == BookConnection::Role::Writer ? "takeWriterEvents"
                                                                         : "takeReaderEvents",
                                  Qt::QueuedConnection);
}

void DbWorker::open(const Cmd::Open &command) {
    const BookSpec &spec = command.spec;
    const QString &session = command.session;
    m_backups = command.backups;
    if (m_role == BookConnection::Role::Writer && !m_watcher)
        m_watcher = new ChangeWatcher(
            session,
            [this](const QList<qint64> &forms, bool definitions) {
                onChangedElsewhere(forms, definitions);
            },
            this);
    const QString name =
        u"fieldbook-%1-%2"_qs.arg(m_role == BookConnection::Role::Writer ? u"w"_qs : u"r"_qs)
            .arg(quintptr(this), 0, 16);
    m_connection = std::make_unique<BookConnection>(spec, m_role, name);
    DbError error = m_connection->open();
    if (!error.isError() && m_role == BookConnection::Role::Writer)
        error = FormStore(m_connection->sql()).load(&m_forms);
    if (!error.isError() && m_role == BookConnection::Role::Writer)
        replayJournal(spec);
    if (error.isError()) {
        m_forms.clear();
        qWarning("Cannot open book: %s", qPrintable(error.toLogString()));
        m_connection.reset();
    }
    const bool checking = m_connection && m_connection->isCheckPending();
    post(Ev::Opened{error, m_connection && m_connection->isReadOnly(),
                    m_connection && m_connection->isDamaged(), checking, m_forms});
    if (checking) {
        // The reader shows the first rows meanwhile; writes wait in the inbox until this ends.
        error = m_connection->finishCheck();
        if (error.isError()) {
            qWarning("Cannot open book: %s", qPrintable(error.toLogString()));
            m_connection.reset();
        }
        post(Ev::Checked{error, m_connection && m_connection->isDamaged()});
    }
    // Watched once the connection is the one that stays (a check may have replaced it).
    if (m_watcher && m_connection)
        m_watcher->attach(m_connection.get());
    if (m_connection && m_connection->dialect().isSqlite() &&
        m_role == BookConnection::Role::Writer) {
        m_restoredMark = BookBackup::restoredMark(m_connection->sql());
        // A backup once a day a book is changed, before its first write of the day.
        if (Backups::madeToday(Backups::list(spec.path, m_backups), QDateTime::currentDateTime()))
            m_backedUpOn = QDate::currentDate();
    }
}

bool DbWorker::mayBackUp() const {
    return m_backups.automatic && m_role == BookConnection::Role::Writer && m_connection &&
           m_connection->isOpen() && m_connection->dialect().isSqlite() &&
           !m_connection->isDamaged() && !m_connection->isReadOnly();
}

void DbWorker::backUpFor(BackupReason reason) {
    Ev::AutoBackup event;
    event.error = BookBackup(*m_connection).make(m_backups, reason, &event.made, nullptr);
    if (event.error.isError())
        qWarning("No backup before the change: %s", qPrintable(event.error.toLogString()));
    else
        m_backedUpOn = QDate::currentDate();
    post(std::move(event));
}

void DbWorker::backUpIfDue(const std::vector<DbRequest> &batch) {
    if (batch.empty() || !mayBackUp() || m_forms.isEmpty()) // a book without forms has no data
        return;
    const DbOp &op = batch.front().op;
    const auto *import = std::get_if<Op::ImportRecords>(&op);
    // A form the book would refuse (a rule broken, a name taken) changes nothing.
    const FormDef *changed = nullptr;
    if (const auto *create = std::get_if<Op::CreateForm>(&op))
        changed = &create->form;
    else if (const auto *update = std::get_if<Op::UpdateForm>(&op))
        changed = &update->form;
    if (changed && (FormRules::check(*changed).isError() ||
                    FormRules::checkNameFree(*changed, m_forms).isError()))
        return;
    if (isSchemaChange(op))
        backUpFor(BackupReason::FormChange);
    else if (import && !import->options.dryRun)
        backUpFor(BackupReason::Import);
    else if (m_backedUpOn < QDate::currentDate() && !(import && import->options.dryRun))
        backUpFor(BackupReason::Daily);
}

void DbWorker::reconnect() {
    const BookSpec spec = m_connection->spec();
    const QString name = m_connection->name();
    if (m_watcher)
        m_watcher->detach();
    m_connection.reset();
    m_connection = std::make_unique<BookConnection>(spec, m_role, name);
    if (m_connection->open().isError())
        return; // the next attempt finds out again
    if (m_watcher)
        m_watcher->attach(m_connection.get()); // subscriptions are renewed with the connection
    // A group whose COMMIT reached the server before the connection broke is not applied
    // twice: inserts look for their uuid first until a group has committed again.
    m_recovering = true;
}

void DbWorker::takeInbox() {
    m_outbox->freeSpent();
    auto chunks = m_inbox->takeAll();
    for (auto &chunk : chunks) {
        for (DbCommand &command : chunk)
            m_queue.push_back(std::move(command));
    }
    m_inbox->giveBack(std::move(chunks));
}

bool DbWorker::quitRequested() {
    takeInbox();
    for (const DbCommand &command : m_queue) {
        if (std::holds_alternative<Cmd::Shutdown>(command))
            return true;
    }
    return false;
}

void DbWorker::keepForNextStart(std::vector<DbRequest> &batch) {
    // Quitting while the server is away: the writes are kept in a journal beside the
    // settings and applied when this book is opened next.
    QList<Op::SaveRecord> saves;
    auto collect = [&](DbRequest &r) {
        if (auto *save = std::get_if<Op::SaveRecord>(&r.op))
            saves << *save;
    };
    for (DbRequest &r : batch)
        collect(r);
    for (DbCommand &command : m_queue) {
        if (auto *r = std::get_if<DbRequest>(&command))
            collect(*r);
    }
    const DbError kept = OfflineJournal(m_connection->spec()).append(saves);
    const DbError answer =
        kept.isError() ? kept
                       : DbError(Kind::Connection,
                                 QT_TRANSLATE_NOOP("fb::DbError",
                                                   "The server is away; the change is kept and "
                                                   "will be saved when the book is opened again."));
    // Only saves are kept; anything else (a delete, an import) is not made.
    const DbError notMade(
        Kind::Connection,
        QT_TRANSLATE_NOOP("fb::DbError", "The server is away; this change was not made."));
    QList<DbReply> replies;
    for (const DbRequest &r : batch)
        replies.append(
            DbReply{r.id, std::holds_alternative<Op::SaveRecord>(r.op) ? answer : notMade, {}});
    post(Ev::Replies{replies, {}});
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(),
                       [](const DbCommand &c) { return std::holds_alternative<DbRequest>(c); }),
        m_queue.end());
}

void DbWorker::wake() {
    assertThread();
    takeInbox();
    drain();
}

void DbWorker::replayJournal(const BookSpec &spec) {
    // Saves kept while the server was away at the last quit go first, before anything new;
    // their uuids keep them from being applied twice.
    const QList<Op::SaveRecord> kept = OfflineJournal(spec).take();
    if (kept.isEmpty())
        return;
    m_recovering = true;
    std::deque<DbCommand> replay;
    for (const Op::SaveRecord &save : kept)
        replay.push_back(DbRequest{0, save});
    m_queue.insert(m_queue.begin(), replay.begin(), replay.end());
}

QCoro::Task<> DbWorker::drain() {
    // One drain at a time: a drain suspended in a back-off keeps the queue behind it.
    if (m_draining)
        co_return;
    m_draining = true;
    while (!m_queue.empty()) {
        DbCommand &front = m_queue.front();
        if (auto *open = std::get_if<Cmd::Open>(&front)) {
            const Cmd::Open command = *open;
            m_queue.pop_front();
            this->open(command);
            continue;
        }
        if (std::holds_alternative<Cmd::Shutdown>(front)) {
            m_queue.pop_front();
            m_shuttingDown = true;
            continue;
        }
        if (auto *policy = std::get_if<Cmd::Policy>(&front)) {
            m_backups = policy->backups;
            m_queue.pop_front();
            continue;
        }
        if (!isWrite(std::get<DbRequest>(front).op)) {
            const DbRequest request = std::get<DbRequest>(std::move(front));
            m_queue.pop_front();
            post(Ev::Replies{
                {isMaintenance(request.op) ? applyMaintenance(request) : applyRead(request)}, {}});
            continue;
        }
        // Schema changes commit alone: they suspend foreign keys for their transaction; an
        // import is undone alone when it must not stay.
        std::vector<DbRequest> batch;
        while (!m_queue.empty() && batch.size() < maxBatch) {
            auto *request = std::get_if<DbRequest>(&m_queue.front());
            if (!request || !isWrite(request->op) ||
                (!batch.empty() && commitsAlone(request->op)) ||
                (!batch.empty() && commitsAlone(batch.front().op)))
                break;
            batch.push_back(std::move(*request));
            m_queue.pop_front();
        }
        backUpIfDue(batch);
        co_await commitBatch(std::move(batch));
        assertThread();
        // Commands that arrived meanwhile join the queue, in order, behind this batch.
        takeInbox();
    }
    m_draining = false;
    if (m_shuttingDown)
        finishShutdown();
}

QCoro::Task<> DbWorker::commitBatch(std::vector<DbRequest> batch) {
    QList<DbReply> replies;
    DbError error;
    // A write stopped by the clock stays stopped when the group is tried again after a busy
    // book or a lost connection: it is not given another 30 seconds.
    m_givenUp.clear();
    for (int attempt = 0;; ++attempt) {
        replies.clear();
        error = tryBatch(batch, &replies);
        if (error.kind() == Kind::Connection && m_connection &&
            m_connection->spec().backend == BookSpec::Backend::Postgres) {
            // The server went away: the writes wait, in order, until it is back.
            if (quitRequested()) {
                keepForNextStart(batch);
                co_return;
            }
            post(Ev::Retrying{attempt + 1, error});
            co_await QCoro::sleepFor(
                std::chrono::milliseconds(std::min(100 << std::min(attempt, 6), 5000)));
            assertThread();
            reconnect();
            continue;
        }
        if (error.kind() != Kind::Busy || attempt >= maxBusyRetries)
            break;
        post(Ev::Retrying{attempt + 1, error});
        // Back off while another program holds the book; the queue waits behind us.
        co_await QCoro::sleepFor(std::chrono::milliseconds(50 << attempt));
    }
    if (error.isError()) {
        qWarning("Group commit of %zu writes failed: %s", batch.size(),
                 qPrintable(error.toLogString()));
        replies.clear();
        for (const DbRequest &r : batch)
            replies.append(DbReply{r.id, error, {}});
    }
    // In slices, so the GUI thread can take them a few at a time between its other events.
    const bool oneEach = qsizetype(batch.size()) == replies.size();
    for (qsizetype i = 0; i < replies.size(); i += replySlice) {
        Ev::Replies slice{replies.mid(i, replySlice), {}};
        if (oneEach) {
            const auto from = batch.begin() + i;
            const auto to = batch.begin() + std::min(i + replySlice, replies.size());
            slice.spent.assign(std::make_move_iterator(from), std::make_move_iterator(to));
        }
        post(std::move(slice));
    }
}

DbError DbWorker::tryBatch(std::vector<DbRequest> &batch, QList<DbReply> *replies) {
    // A table rebuild must not trip over references to the table it replaces; SQLite only
    // lets foreign keys be switched off outside a transaction.
    const bool suspendKeys = m_connection && m_connection->isOpen() &&
                             m_connection->dialect().isSqlite() && isSchemaChange(batch.front().op);
    if (suspendKeys)
        m_connection->sql().exec(u"PRAGMA foreign_keys = OFF"_qs);
    // PostgreSQL aborts a whole transaction on any error. The group runs without a savepoint
    // per write (one round trip each); only when a write failed in the database is the
    // group run again with savepoints, so that the failure stays its own.
    // A schema change may take as long as its table needs (outside the transaction: on
    // PostgreSQL a rollback would undo the change of limit).
    std::optional<SqlRun::Unlimited> unlimited;
    if (m_connection && m_connection->isOpen() && isSchemaChange(batch.front().op))
        unlimited.emplace(m_connection->sql());
    bool aborted = false;
    DbError error = tryBatchInTransaction(batch, replies, suspendKeys, false, &aborted);
    // Each run again answers at least one more write from m_givenUp, so this ends.
    while (aborted) {
        replies->clear();
        error = tryBatchInTransaction(batch, replies, suspendKeys, true, &aborted);
    }
    if (suspendKeys)
        m_connection->sql().exec(u"PRAGMA foreign_keys = ON"_qs);
    return error;
}

DbError DbWorker::tryBatchInTransaction(std::vector<DbRequest> &batch, QList<DbReply> *replies,
                                        bool checkKeys, bool savepointEach, bool *aborted) {
    *aborted = false;
    if (!m_connection || !m_connection->isOpen())
        return notOpen();
    if (m_connection->isDamaged())
        return DbError(Kind::Damaged,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "The book file is damaged, so it was opened read-only; "
                                         "nothing was saved."));
    if (m_connection->isReadOnly())
        return DbError(
            Kind::ReadOnly,
            QT_TRANSLATE_NOOP("fb::DbError", "The book is read-only; nothing was saved."));
    SqlRun &sql = m_connection->sql();
    const bool mayAbort = m_connection->dialect().needsSavepointPerWrite();
    const QList<FormDef> formsBefore = m_forms;
    if (DbError e = sql.exec(m_connection->dialect().beginWrite()); e.isError())
        return e;
    for (DbRequest &request : batch) {
        // Savepoints keep one failed write from undoing the others in the group.
        const bool savepoint = savepointEach || commitsAlone(request.op);
        if (savepoint)
            sql.exec(u"SAVEPOINT fb_write"_qs);
        bool threw = false;
        const auto givenUp = m_givenUp.find(request.id);
        DbReply reply = givenUp != m_givenUp.end() ? DbReply{request.id, givenUp->second, {}}
                                                   : applyWriteAlone(request, &threw);
        if (reply.error.kind() == Kind::TimedOut && givenUp == m_givenUp.end()) {
            // A stopped statement may take the whole transaction with it (SQLite rolls back
            // when the statement had no journal of its own; PostgreSQL aborts). The group
            // runs again, with savepoints, and this write is answered without running again.
            m_givenUp.emplace(request.id, reply.error);
            sql.exec(u"ROLLBACK"_qs);
            m_forms = formsBefore;
            *aborted = true;
            return {};
        }
        if (threw && !savepoint) {
            // Whatever the failed write did is undone with the group, which runs again with a
            // savepoint around each write, so that the failure stays its own.
            sql.exec(u"ROLLBACK"_qs);
            m_forms = formsBefore;
            *aborted = true;
            return {};
        }
        if (savepoint)
            sql.exec(reply.error.isError() ? u"ROLLBACK TO SAVEPOINT fb_write"_qs
                                           : u"RELEASE SAVEPOINT fb_write"_qs);
        if (mayAbort && !savepoint && reply.error.isError() && sql.exec(u"SELECT 1"_qs).isError()) {
            sql.exec(u"ROLLBACK"_qs);
            m_forms = formsBefore;
            *aborted = true;
            return {};
        }
        if (reply.error.kind() == Kind::Busy || reply.error.kind() == Kind::Connection ||
            reply.error.kind() == Kind::Storage || reply.error.kind() == Kind::Damaged) {
            sql.exec(u"ROLLBACK"_qs);
            m_forms = formsBefore;
            return reply.error;
        }
        replies->append(reply);
    }
    if (checkKeys && !foreignKeysHold()) {
        sql.exec(u"ROLLBACK"_qs);
        m_forms = formsBefore;
        return DbError(
            Kind::Constraint,
            QT_TRANSLATE_NOOP(
                "fb::DbError",
                "The change would leave references pointing nowhere; nothing was changed."));
    }
    tellOthers(batch, *replies);
    if (DbError e = sql.exec(u"COMMIT"_qs); e.isError()) {
        sql.exec(u"ROLLBACK"_qs);
        m_forms = formsBefore;
        return e;
    }
    m_recovering = false;
    if (m_forms != formsBefore)
        post(Ev::FormsChanged{m_forms});
    return {};
}

void DbWorker::tellOthers(const std::vector<DbRequest> &batch, const QList<DbReply> &replies) {
    // On a server, the others hear of it when this transaction commits (NOTIFY).
    if (!m_watcher || m_connection->dialect().isSqlite())
        return;
    QList<qint64> forms;
    bool definitions = false;
    for (size_t i = 0; i < batch.size() && qsizetype(i) < replies.size(); ++i) {
        if (replies.at(qsizetype(i)).error.isError())
            continue;
        definitions = definitions || isSchemaChange(batch[i].op);
        if (const qint64 form = recordFormOf(batch[i].op); form && !forms.contains(form))
            forms << form;
    }
    if (forms.isEmpty() && !definitions)
        return;
    m_connection->sql().exec(m_watcher->notifyStatement(),
                             m_watcher->notifyValues(forms, definitions));
}

void DbWorker::onChangedElsewhere(const QList<qint64> &forms, bool formsChanged) {
    assertThread();
    if (m_connection && m_connection->isOpen() && m_connection->dialect().isSqlite()) {
        const QString mark = BookBackup::restoredMark(m_connection->sql());
        if (mark != m_restoredMark) { // another program restored a backup into the book
            m_restoredMark = mark;
            FormStore(m_connection->sql()).load(&m_forms);
            post(Ev::FormsChanged{m_forms});
            post(Ev::Replaced{});
            return;
        }
    }
    if (formsChanged && m_connection && m_connection->isOpen()) {
        QList<FormDef> loaded;
        if (!FormStore(m_connection->sql()).load(&loaded).isError() && loaded != m_forms) {
            m_forms = loaded;
            post(Ev::FormsChanged{m_forms});
        }
    }
    post(Ev::ChangedElsewhere{forms});
}

bool DbWorker::foreignKeysHold() {
    QSqlQuery *q = nullptr;
    if (m_connection->sql().execPrepared(u"PRAGMA foreign_key_check"_qs, {}, &q).isError())
        return false;
    const bool violated = q->next();
    q->finish();
    return !violated;
}

DbReply DbWorker::applyWriteAlone(DbRequest &request, bool *threw) {
    // No exception crosses the thread, and none stops the writer: the request fails alone.
    try {
        return applyWrite(request);
    } catch (const std::exception &e) {
        qWarning("A write failed unexpectedly: %s", e.what());
    } catch (...) {
        qWarning("A write failed unexpectedly");
    }
    *threw = true;
    return DbReply{request.id, unexpected(), {}};
}

DbReply DbWorker::applyWrite(DbRequest &request) {
    SqlRun &sql = m_connection->sql();
    DbReply reply{request.id, {}, {}};
    auto recordOp = [&](qint64 formId, auto &&apply) {
        const FormDef *f = form(formId);
        if (!f) {
            reply.error = unknownForm(formId);
            return;
        }
        SavedRecord saved{formId, {}};
        reply.error = apply(*f, &saved.record);
        if (!reply.error.isError())
            reply.value = QVariant::fromValue(saved);
    };
    std::visit(
        Overloaded{
            [&](Op::CreateForm &op) {
                reply.error = FormRules::check(op.form);
                if (!reply.error.isError())
                    reply.error = FormRules::checkNameFree(op.form, m_forms);
                if (!reply.error.isError())
                    reply.error = FormStore(sql).create(&op.form, m_forms);
                if (!reply.error.isError()) {
                    m_forms.append(op.form);
                    reply.value = QVariant::fromValue(op.form);
                }
            },
            [&](Op::UpdateForm &op) {
                const FormDef *old = form(op.form.id);
                if (!old) {
                    reply.error = unknownForm(op.form.id);
                    return;
                }
                reply.error = FormRules::check(op.form);
                if (!reply.error.isError())
                    reply.error = FormRules::checkNameFree(op.form, m_forms);
                if (!reply.error.isError())
                    reply.error = FormSchemaChange(sql, m_forms).apply(*old, &op.form);
                if (!reply.error.isError()) {
                    m_forms[m_forms.indexOf(*old)] = op.form;
                    reply.value = QVariant::fromValue(op.form);
                }
            },
            [&](Op::DeleteForm &op) {
                const FormDef *old = form(op.formId);
                if (!old) {
                    reply.error = unknownForm(op.formId);
                    return;
                }
                reply.error = FormSchemaChange(sql, m_forms).remove(*old);
                if (!reply.error.isError()) {
                    m_forms.removeAt(m_forms.indexOf(*old));
                    reply.value = op.formId;
                }
            },
            [&](Op::SaveRecord &op) {
                recordOp(op.formId, [&](const FormDef &f, Record *out) {
                    *out = op.record;
                    QMap<qint64, QString> tables;
                    for (const FormDef &other : std::as_const(m_forms))
                        tables.insert(other.id, other.table);
                    const DbError e = RecordStore(sql).save(f, out, tables, m_recovering);
                    *out = ownCopy(*out);
                    return e;
                });
            },
            [&](Op::TrashRecord &op) {
                recordOp(op.formId, [&](const FormDef &f, Record *out) {
                    out->id = op.recordId;
                    return RecordStore(sql).trash(f, op.recordId);
                });
            },
            [&](Op::RestoreRecord &op) {
                recordOp(op.formId, [&](const FormDef &f, Record *out) {
                    out->id = op.recordId;
                    return RecordStore(sql).restore(f, op.recordId);
                });
            },
            [&](Op::PurgeRecord &op) {
                recordOp(op.formId, [&](const FormDef &f, Record *out) {
                    out->id = op.recordId;
                    return RecordStore(sql).purge(f, op.recordId);
                });
            },
            [&](Op::EmptyTrash &op) {
                const FormDef *f = form(op.formId);
                if (!f) {
                    reply.error = unknownForm(op.formId);
                    return;
                }
                qint64 removed = 0;
                reply.error = RecordStore(sql).emptyTrash(*f, &removed);
                reply.value = removed;
            },
            [&](Op::ImportRecords &op) {
                const FormDef *f = form(op.formId);
                if (!f) {
                    reply.error = unknownForm(op.formId);
                    return;
                }
                // The import's own savepoint: a dry run, a stopped import and one that
                // must go in whole but cannot leave the book as it was.
                sql.exec(u"SAVEPOINT fb_import"_qs);
                ImportReport report;
                reply.error = RecordImporter(sql, m_forms)
                                  .run(*f, *op.feed, op.options, *op.progress, &report);
                const bool keep =
                    !reply.error.isError() && !op.options.dryRun && !report.stopped.isError() &&
                    (report.problemRows == 0 || op.options.keep == ImportOptions::Keep::GoodRows);
                if (!keep)
                    sql.exec(u"ROLLBACK TO SAVEPOINT fb_import"_qs);
                sql.exec(u"RELEASE SAVEPOINT fb_import"_qs);
                report.committed = keep;
                if (!keep) {
                    report.insertedIds.clear();
                    report.before.clear();
                    report.after.clear();
                }
                reply.value = QVariant::fromValue(report);
            },
            [&](Op::ImportStep &op) {
                const FormDef *f = form(op.formId);
                if (!f) {
                    reply.error = unknownForm(op.formId);
                    return;
                }
                QList<Record> saved;
                reply.error =
                    RecordImporter(sql, m_forms).step(*f, op.trash, op.restore, op.values, &saved);
                reply.value = QVariant::fromValue(saved);
            },
            [&](auto &) {
                reply.error =
                    DbError(Kind::Internal,
                            QT_TRANSLATE_NOOP("fb::DbError", "A read was sent as a write."));
            },
        },
        request.op);
    return reply;
}

DbReply DbWorker::applyRead(const DbRequest &request) {
    DbReply reply = readOnce(request);
    // A server that went away and came back: one new connection, one more try.
    if (reply.error.kind() == Kind::Connection && m_connection &&
        m_connection->spec().backend == BookSpec::Backend::Postgres) {
        reconnect();
        reply = readOnce(request);
    }
    return reply;
}

DbReply DbWorker::applyMaintenance(const DbRequest &request) {
    DbReply reply{request.id, {}, {}};
    if (!m_connection || !m_connection->isOpen()) {
        reply.error = notOpen();
        return reply;
    }
    if (const auto *repair = std::get_if<Op::RepairBook>(&request.op))
        return applyRepair(request, *repair);
    if (!m_connection->dialect().isSqlite()) {
        reply.error = DbError(Kind::Validation,
                              QT_TRANSLATE_NOOP("fb::DbError",
                                                "A book on a server is backed up with the server's "
                                                "own tools (pg_dump); see the handbook."));
        return reply;
    }
    BookBackup backups(*m_connection);
    BackupMade made;
    if (const auto *backup = std::get_if<Op::BackupBook>(&request.op)) {
        BackupProgress *progress = backup->progress.get();
        if (backup->dest.isEmpty()) {
            reply.error = backups.make(m_backups, backup->reason, &made, progress);
        } else {
            reply.error = backups.copyTo(backup->dest, progress, backup->replace);
            made = BackupMade{backup->dest, QFileInfo(backup->dest).size()};
        }
    } else if (const auto *restore = std::get_if<Op::RestoreBook>(&request.op)) {
        if (m_connection->isDamaged() || m_connection->isReadOnly()) {
            reply.error = DbError(
                Kind::ReadOnly,
                QT_TRANSLATE_NOOP("fb::DbError", "The book is read-only; nothing was restored."));
            return reply;
        }
        // The book as it is goes into a backup first, always (once the backup to restore has
        // checked out): a restore can be undone.
        QList<FormDef> forms;
        reply.error = backups.restore(restore->backup, &forms, restore->progress.get(), [&] {
            const DbError e = backups.make(m_backups, BackupReason::Restore, &made, nullptr);
            return e.isError() ? DbError(Kind::Storage,
                                         QT_TRANSLATE_NOOP("fb::DbError",
                                                           "The book could not be backed up "
                                                           "first, so it was not restored: %1"),
                                         {e.message()}, e.detail())
                               : e;
        });
        if (!reply.error.isError()) {
            m_forms = forms;
            m_restoredMark = BookBackup::restoredMark(m_connection->sql());
            post(Ev::FormsChanged{m_forms});
            post(Ev::ChangedElsewhere{{}});
        }
    }
    if (!reply.error.isError()) {
        reply.value = QVariant::fromValue(made);
        if (!made.path.isEmpty())
            m_backedUpOn = QDate::currentDate();
    }
    return reply;
}

DbReply DbWorker::applyRepair(const DbRequest &request, const Op::RepairBook &repair) {
    DbReply reply{request.id, {}, {}};
    if (!m_connection->dialect().isSqlite()) {
        reply.error = DbError(Kind::Validation,
                              QT_TRANSLATE_NOOP("fb::DbError",
                                                "A book on a server is repaired by its server's "
                                                "administrator (REINDEX); nothing was changed."));
        return reply;
    }
    if (m_connection->isDamaged() || m_connection->isReadOnly()) {
        reply.error = DbError(
            Kind::ReadOnly,
            QT_TRANSLATE_NOOP("fb::DbError", "The book is read-only; nothing was repaired."));
        return reply;
    }
    if (repair.progress)
        repair.progress->step = CheckProgress::Repairing;
    // A copy of the book as it is comes first, always: a repair can be undone by a restore.
    BackupMade made;
    if (DbError e = BookBackup(*m_connection).make(m_backups, BackupReason::Repair, &made, nullptr);
        e.isError()) {
        reply.error =
            DbError(Kind::Storage,
                    QT_TRANSLATE_NOOP("fb::DbError", "The book could not be backed up first, so it "
                                                     "was not repaired: %1"),
                    {e.message()}, e.detail());
        return reply;
    }
    m_backedUpOn = QDate::currentDate();
    BookCheck check(m_connection->sql(), m_forms);
    if (DbError e = check.rebuildIndexes(); e.isError()) {
        // A write lock held elsewhere is not waited out here (a write would be tried again).
        reply.error = e.kind() == Kind::Busy
                          ? DbError(Kind::Busy,
                                    QT_TRANSLATE_NOOP("fb::DbError",
                                                      "Another program is writing to the book, "
                                                      "so it was not repaired. Try again once "
                                                      "it has finished."),
                                    {}, e.detail())
                          : e;
        return reply;
    }
    CheckReport after;
    reply.error = check.run(&after, repair.progress.get());
    after.backup = made.path;
    reply.value = QVariant::fromValue(after);
    return reply;
}

DbReply DbWorker::readOnce(const DbRequest &request) {
    try {
        return readOnceUnguarded(request);
    } catch (const std::exception &e) {
        qWarning("A read failed unexpectedly: %s", e.what());
    } catch (...) {
        qWarning("A read failed unexpectedly");
    }
    return DbReply{request.id, unexpected(), {}};
}

DbReply DbWorker::readOnceUnguarded(const DbRequest &request) {
    DbReply reply{request.id, {}, {}};
    if (!m_connection || !m_connection->isOpen()) {
        reply.error = notOpen();
        return reply;
    }
    RecordStore store(m_connection->sql());
    std::visit(Overloaded{
                   [&](const Op::ListForms &) { reply.value = QVariant::fromValue(m_forms); },
                   [&](const Op::CountRecords &op) {
                       qint64 n = 0;
                       reply.error = store.count(op.form, op.query, &n);
                       reply.value = n;
                   },
                   [&](const Op::FetchPage &op) {
                       RecordPage page;
                       reply.error = store.page(op.form, op.query, &page);
                       reply.value = QVariant::fromValue(page);
                   },
                   [&](const Op::FetchRecord &op) {
                       Record record;
                       reply.error = store.fetch(op.form, op.recordId, &record);
                       reply.value = QVariant::fromValue(record);
                   },
                   [&](const Op::CountAll &op) {
                       qint64 n = 0;
                       reply.error = store.countAll(op.form, &n);
                       reply.value = n;
                   },
                   [&](const Op::CheckBook &op) {
                       CheckReport report;
                       reply.error =
                           BookCheck(m_connection->sql(), op.forms).run(&report, op.progress.get());
                       reply.value = QVariant::fromValue(report);
                   },
                   [&](const Op::InspectBackups &op) {
                       QList<BackupContents> found;
                       for (const QString &path : op.paths)
                           found << BookBackup::inspect(path, m_connection->name() + u"-look"_qs);
                       reply.value = QVariant::fromValue(found);
                   },
                   [&](const auto &) {
                       reply.error =
                           DbError(Kind::Internal,
                                   QT_TRANSLATE_NOOP("fb::DbError", "A write was sent as a read."));
                   },
               },
               request.op);
    return reply;
}

void DbWorker::finishShutdown() {
    if (m_watcher)
        m_watcher->detach();
    // A clean quit leaves every saved record in the book file itself, so that a copy of the
    // file alone has them all. SQLite checkpoints when its last connection closes, but that
    // may be the read-only one, which cannot; so the writer checkpoints here.
    if (m_connection && m_connection->isOpen() && m_connection->dialect().isSqlite() &&
        !m_connection->isReadOnly())
        m_connection->sql().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
    m_connection.reset(); // closes on this thread, where it was opened
    thread()->quit();
}

} // namespace fb
