#pragma once

#include "BookSpec.h"
#include "Requests.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace fb {

class Database;

// Copies every form and record of an open book into an empty book (a file into a server or a
// server into a new file). Lives in the GUI thread and only sends requests to the two facades,
// so the window keeps answering while thousands of records go across.
//
// What is kept: forms (names, tables, fields, rules, translations), each record's uuid and
// values, and the trash (trashed records are copied, then trashed). What is new: the target
// hands out its own form and record ids and starts every record at version 1 with new times;
// reference fields are rewritten to the new ids of the records they point to (forms are
// copied referenced-first; a reference to a record not copied yet, e.g. a later record of
// the same form, is filled in by a second save once that record is there).
//
// A salvage (salvageTo) is the same copy out of a damaged file book into a new file book,
// reading around what cannot be read: records are read by id, page by page, and where a page
// fails the page is halved down to one record, then the damaged stretch of ids is stepped
// over (doubling steps, then bisecting back to its end), so one unreadable page of the file
// loses only the records on it. A record the new book refuses (damage that still reads) is
// skipped too. The damaged book is only read, never written.
class BookCopier : public QObject {
    Q_OBJECT
public:
    // What a salvage saved of one form, and what it could not read (or the new book refused).
    struct FormSummary {
        QString name;
        int saved = 0;
        int unreadable = 0;
        // The book's index said how many records there were; else `unreadable` is only what
        // was seen to be missing (at least one record per damaged stretch).
        bool countKnown = true;
    };
    struct Summary {
        int forms = 0;
        int records = 0;
        int unreadable = 0;         // salvage only
        QList<FormSummary> perForm; // salvage only, in the order copied
    };

    explicit BookCopier(Database *source, QObject *parent = nullptr);

    // Opens `target`, refuses it if it already has forms, copies, then closes it.
    QCoro::Task<Reply<Summary>> copyTo(BookSpec target);
    // The same into a book that is already open.
    QCoro::Task<Reply<Summary>> copyInto(Database *target);
    // Saves what can be read of the (damaged) source into a new file book at `path`, made as
    // any new book is. Refuses a path that exists. A salvage that fails or is cancelled
    // removes the new file again.
    QCoro::Task<Reply<Summary>> salvageTo(QString path);

    // What a salvage saved, a line per form, for a person ("Birds: 12 records saved; 3
    // records could not be read").
    static QStringList describe(const Summary &summary);

    // Stops after the page being copied; the copy then fails with a message saying so.
    void cancel() { m_canceled = true; }

Q_SIGNALS:
    void progress(int done, int total);

private:
    QCoro::Task<DbError> copyForm(Database *target, const FormDef &form);
    QCoro::Task<DbError> copyRecords(Database *target, const FormDef &from, const FormDef &to,
                                     bool trash);
    // `record` for the target: no id, references to target ids. References whose record is
    // not copied yet are left empty here and their keys added to `later`.
    Record mapped(const FormDef &form, Record record, QStringList *later) const;
    QCoro::Task<DbError> fillLaterReferences(Database *target);

    // The next page of records after id `after` (for a salvage: the next it can read), and the
    // id to go on after.
    struct Batch {
        QList<Record> records;
        qint64 next = 0;
        bool atEnd = false;
    };
    QCoro::Task<Reply<Batch>> readPast(const FormDef &form, bool trash, qint64 after);
    // The first id past the damage at `bad` from which reading works again (0: none).
    QCoro::Task<Reply<qint64>> stepOver(const FormDef &form, bool trash, qint64 bad);
    QCoro::Task<Reply<RecordPage>> pageAfter(const FormDef &form, bool trash, qint64 after,
                                             int limit);
    DbError stopped() const;

    // A reference that pointed to a record copied after the one holding it.
    struct LaterReference {
        qint64 sourceForm; // of the holding record
        qint64 targetForm;
        qint64 sourceRecord;
        qint64 targetRecord;
        bool trashed;
        QStringList keys;
    };

    QPointer<Database> m_source;
    QHash<qint64, qint64> m_formIds;                  // source form id → target form id
    QHash<qint64, QHash<qint64, qint64>> m_recordIds; // per source form: source → target id
    int m_done = 0;
    int m_total = 0;
    Summary m_summary;
    QList<LaterReference> m_later;
    bool m_canceled = false;
    bool m_salvage = false;
    int m_readLimit = 200;          // the page size (PageSize); a salvage halves it at damage
    QHash<qint64, qint64> m_counts; // salvage: records per source form, where known
};

} // namespace fb
