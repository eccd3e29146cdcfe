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
class BookCopier : public QObject {
    Q_OBJECT
public:
    struct Summary {
        int forms = 0;
        int records = 0;
    };

    explicit BookCopier(Database *source, QObject *parent = nullptr);

    // Opens `target`, refuses it if it already has forms, copies, then closes it.
    QCoro::Task<Reply<Summary>> copyTo(BookSpec target);
    // The same into a book that is already open.
    QCoro::Task<Reply<Summary>> copyInto(Database *target);

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
};

} // namespace fb
