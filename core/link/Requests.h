#pragma once

// The values that cross between the GUI thread and the database threads: requests, replies
// and their payloads. Nothing here points into either thread.

#include "Backups.h"
#include "BookSpec.h"
#include "CheckReport.h"
#include "DbError.h"
#include "FormDef.h"
#include "ImportTypes.h"
#include "PageQuery.h"
#include "Record.h"

#include <QMetaType>
#include <memory>
#include <variant>

namespace fb {

namespace Op {
// Writes: applied in order on the writer thread, committed in groups.
struct CreateForm {
    FormDef form;
};
struct UpdateForm {
    FormDef form;
}; // the form as it should become (same id); data is kept
struct DeleteForm {
    qint64 formId = 0;
};
struct SaveRecord {
    qint64 formId = 0;
    Record record;
}; // id 0 inserts; else an update based on record.version
struct TrashRecord {
    qint64 formId = 0;
    qint64 recordId = 0;
};
struct RestoreRecord {
    qint64 formId = 0;
    qint64 recordId = 0;
};
struct PurgeRecord {
    qint64 formId = 0;
    qint64 recordId = 0;
}; // a record in the trash, deleted for good
struct EmptyTrash {
    qint64 formId = 0;
}; // every record in the form's trash, deleted for good; answers how many
// Rows of a file into a form, in one transaction of their own (see RecordImporter). The feed
// and progress are used by the writer alone while it runs; the window only reads the progress.
struct ImportRecords {
    qint64 formId = 0;
    std::shared_ptr<RecordFeed> feed;
    ImportOptions options;
    std::shared_ptr<ImportProgress> progress;
};
// An import's undo or redo, whole or not at all; answers the records it saved.
struct ImportStep {
    qint64 formId = 0;
    QList<qint64> trash;
    QList<qint64> restore;
    QList<Record> values;
};
// A file book's backups, on the writer between transactions, in order with the writes: a
// backup holds every write sent before it.
struct BackupBook {
    QString dest;         // empty: the backup folder, named for the reason, with the rotation
    bool replace = false; // `dest` may exist (the person said so); replaced once whole
    BackupReason reason = BackupReason::Manual;
    std::shared_ptr<BackupProgress> progress;
};
// The book's contents replaced with a backup's, after a backup of the book as it is.
struct RestoreBook {
    QString backup;
    std::shared_ptr<BackupProgress> progress;
};
// Every index rebuilt (BookCheck::rebuildIndexes), after a backup of the book as it is; answers
// the check that follows.
struct RepairBook {
    std::shared_ptr<CheckProgress> progress;
};
// Reads: served by the reader connection.
// File → Check Book… (BookCheck): only reads, so the writer goes on meanwhile.
struct CheckBook {
    QList<FormDef> forms;
    std::shared_ptr<CheckProgress> progress;
};
struct ListForms {};
struct CountRecords {
    FormDef form;
    PageQuery query;
};
struct FetchPage {
    FormDef form;
    PageQuery query;
};
struct FetchRecord {
    FormDef form;
    qint64 recordId = 0;
};
// Every row of the form's table, live and trashed. SQLite counts them from the smallest index,
// so the number is known even when pages of the table itself are damaged.
struct CountAll {
    FormDef form;
};
// What each backup holds (forms, live records) or why it cannot be restored.
struct InspectBackups {
    QStringList paths;
};
} // namespace Op

using DbOp = std::variant<Op::CreateForm, Op::UpdateForm, Op::DeleteForm, Op::SaveRecord,
                          Op::TrashRecord, Op::RestoreRecord, Op::PurgeRecord, Op::EmptyTrash,
                          Op::ImportRecords, Op::ImportStep, Op::BackupBook, Op::RestoreBook,
                          Op::RepairBook, Op::ListForms, Op::CountRecords, Op::FetchPage,
                          Op::FetchRecord, Op::CountAll, Op::InspectBackups, Op::CheckBook>;

bool isWrite(const DbOp &op);
bool isSchemaChange(const DbOp &op);
// Backups, restores and repairs: on the writer, outside any transaction, one at a time.
bool isMaintenance(const DbOp &op);
// Writes applied in a transaction of their own, under a savepoint: schema changes, imports.
bool commitsAlone(const DbOp &op);
// The form whose records a save, trash or restore writes; 0 for other operations.
qint64 recordFormOf(const DbOp &op);

struct DbRequest {
    quint64 id = 0;
    DbOp op;
};

struct DbReply {
    quint64 id = 0;
    DbError error;
    QVariant value;
};

// What a write of a record acknowledges: the record as committed (id, uuid, version, times).
struct SavedRecord {
    qint64 formId = 0;
    Record record;
};

// What the facade posts to a worker, in order.
namespace Cmd {
struct Open {
    BookSpec spec;
    QString session; // tells our own changes from others
    BackupPolicy backups;
};
struct Shutdown {}; // apply and commit everything before it, close, end the thread
struct Policy {
    BackupPolicy backups;
}; // the backups' settings changed (Preferences)
} // namespace Cmd
using DbCommand = std::variant<Cmd::Open, DbRequest, Cmd::Shutdown, Cmd::Policy>;

// What a worker posts back.
namespace Ev {
struct Opened {
    DbError error;
    bool readOnly = false;
    bool damaged = false;  // read-only because the book file is damaged
    bool checking = false; // a big book: its check follows, then Checked
    QList<FormDef> forms;
};
struct Checked {
    DbError error; // the book could not be opened for writing after its check
    bool damaged = false;
};
struct Replies {
    QList<DbReply> replies;
    // The write requests answered, handed back so that the GUI thread, which made them,
    // frees them: freeing another thread's memory waits for that thread's allocator lock.
    std::vector<DbRequest> spent;
};
struct FormsChanged {
    QList<FormDef> forms;
};
struct Retrying {
    int attempt = 0;
    DbError error;
};
struct ChangedElsewhere {
    QList<qint64> forms;
}; // another program changed these (empty: any)
// Another program restored a backup into the book: what the window holds of it is stale.
struct Replaced {};
// A backup made without being asked (before a change, once a day), or why it could not be.
struct AutoBackup {
    DbError error;
    BackupMade made;
};
} // namespace Ev
using DbEvent = std::variant<Ev::Opened, Ev::Checked, Ev::Replies, Ev::FormsChanged, Ev::Retrying,
                             Ev::ChangedElsewhere, Ev::AutoBackup, Ev::Replaced>;

// What the facade's futures carry.
template <typename T> struct Reply {
    DbError error;
    T value{};
    bool ok() const { return !error.isError(); }
};

void registerMetaTypes();

} // namespace fb

Q_DECLARE_METATYPE(fb::DbRequest)
Q_DECLARE_METATYPE(fb::DbReply)
Q_DECLARE_METATYPE(fb::SavedRecord)
Q_DECLARE_METATYPE(QList<fb::Record>)
