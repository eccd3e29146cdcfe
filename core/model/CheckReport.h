#pragma once

// What a check of a book found (File → Check Book…, `fieldbook check`): values only; the check
// itself runs on a database thread (core/storage/BookCheck).

#include "DbError.h"
#include "FormDef.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>

namespace fb {

// One thing wrong, and where: the book as a whole, a form, a record, a field of a record.
struct CheckFinding {
    enum class Kind {
        Pages,     // the file itself: a page SQLite cannot read or that contradicts another
        Index,     // an index that does not match its table, or is missing: a repair rebuilds it
        Link,      // a reference to a record that is not there
        Structure, // a form's table or column that does not match the form's definition
        Value      // a stored value that breaks its field's rules
    };
    Kind kind = Kind::Pages;
    qint64 formId = 0;   // 0: the book as a whole
    qint64 recordId = 0; // 0: the form as a whole
    QString field;       // the field's key; empty: the record as a whole
    bool trashed = false;
    DbError what; // the message, translated when shown
    // How a person knows the record: the value of the field that names it, else when it was
    // made (its id is not shown to anyone).
    QString recordName;
    QDateTime created;

    bool repairable() const { return kind == Kind::Index; }
};

struct CheckReport {
    static constexpr int findingsKept = 1000; // listed; every one is counted
    QList<CheckFinding> findings;
    qint64 found = 0; // findings in all, kept or not
    int forms = 0;    // forms checked
    qint64 records = 0;
    bool pagesChecked = false; // SQLite's integrity_check ran (file books only)
    QString backup;            // after a repair: the backup of the book as it was before

    bool sound() const { return found == 0; }
    // How many of the findings listed a repair mends (rebuilding indexes).
    int repairableCount() const;
    bool repairable() const { return repairableCount() > 0; }
    void add(CheckFinding finding);
};

// The step a check is at and the records checked so far, and Cancel; shared by the thread
// that checks and the window that shows progress (atomics, read without a lock).
struct CheckProgress {
    enum Step { Pages, Links, Tables, Values, Repairing };
    std::atomic<bool> cancel{false};
    std::atomic<int> step{Pages};
    std::atomic<qint64> done{0};  // records checked (Values)
    std::atomic<qint64> total{0}; // records to check
};

namespace CheckText {
// Where a finding is, for a person: "Birds, “Robin”, Count" (the form's name and the field's
// label in the interface language, the record by its name or when it was made; "The book" for
// the book as a whole).
QString where(const CheckFinding &finding, const QList<FormDef> &forms);
// One line for the whole report: sound, or how many problems and whether a repair mends them.
QString summary(const CheckReport &report);
// The report as text, for a file or a terminal: the summary, then a line per finding ("Birds,
// record 12, Count: …"), then how many more were found than listed.
QStringList lines(const CheckReport &report, const QList<FormDef> &forms);
// The step a check is at, for its progress notice.
QString step(const CheckProgress &progress);
} // namespace CheckText

} // namespace fb

Q_DECLARE_METATYPE(fb::CheckReport)
