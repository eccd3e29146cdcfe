#pragma once

#include "DbError.h"
#include "Record.h"

#include <QHash>
#include <QList>
#include <QMetaType>

#include <atomic>
#include <optional>

namespace fb {

// The values an import hands between its parts: what it is asked to do, the rows it reads,
// what it found. The rows are read where the import is written (the writer thread), one at a
// time, so that a file of any size goes in within one transaction and little memory.

struct ImportOptions {
    // Rows with problems: none go in unless every row is good, or the good rows go in.
    enum class Keep { AllOrNothing, GoodRows };
    // A row whose unique field holds a value a record already has.
    enum class Duplicates { Stop, Skip, Update };
    bool dryRun = false; // read, convert and write everything, then undo it all
    Keep keep = Keep::AllOrNothing;
    Duplicates duplicates = Duplicates::Stop;
    friend bool operator==(const ImportOptions &, const ImportOptions &) = default;
};

// One thing wrong with one row: where, which column, the text, why.
struct ImportProblem {
    qint64 row = 0;  // the data row, 1 for the first
    qint64 line = 0; // where the row starts in the file
    QString column;  // the column's header (or its number), empty for the whole row
    QString value;
    DbError reason;
};

struct ImportReport {
    static constexpr int problemsKept = 1000; // listed; all are counted and go to the rejects
    qint64 rows = 0;                          // data rows read
    qint64 inserted = 0;                      // new records (or that would be, in a dry run)
    qint64 updated = 0;     // records updated from a row with a value they have (Update)
    qint64 skipped = 0;     // rows left out for such a value (Skip)
    qint64 problemRows = 0; // rows that cannot go in
    QList<ImportProblem> problems;
    DbError stopped;       // what stopped the reading early (a file problem, Cancel)
    bool canceled = false; // stopped by Cancel
    bool committed = false;
    // What went in, for the undo step: the new records, and the updated ones as they were
    // before and became.
    QList<qint64> insertedIds;
    QList<Record> before;
    QList<Record> after;

    qint64 ready() const { return inserted + updated; }
};

// What the window sees of an import while it runs, and its Cancel.
struct ImportProgress {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> rows{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> totalBytes{0};
};

// The rows of an import. Called only where the import runs, one call after another.
class RecordFeed {
public:
    struct Item {
        qint64 row = 0;
        qint64 line = 0;
        // Values read with each field's type; a reference field holds the text that names
        // the record, for the book to look up.
        QVariantMap values;
        QHash<QString, QString> texts; // each field's cell as the file has it
        QList<ImportProblem> problems; // cells that could not be read
    };

    virtual ~RecordFeed() = default;
    // Back to the first row: a write the book had to try again reads the file again.
    virtual DbError rewind() = 0;
    virtual std::optional<Item> next() = 0;
    // What stopped the rows early; none at the end of the file.
    virtual DbError problem() const = 0;
    // The column a field is read from, as a person names it, for problems.
    virtual QString columnOf(const QString &key) const = 0;
    // A row that does not go in, and why: kept for the rejected rows file, if one is wanted.
    virtual void reject(const Item &item, const QString &reason) = 0;
    // Called once the rows are all read: the rejected rows file is complete.
    virtual DbError finish() = 0;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::ImportReport)
