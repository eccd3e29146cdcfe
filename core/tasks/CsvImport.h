#pragma once

#include "ImportSource.h"
#include "ImportTypes.h"
#include "Requests.h"

#include <QCoroTask>

#include <memory>

namespace fb {

class Database;

// A CSV file into a form, the same way from the window (Record → Import…) and the command line
// (`fieldbook import`): guess how to read it, then read it in with Database::importRecords.
namespace CsvImport {

constexpr qint64 headSize = 64 * 1024; // what the guess reads of a file

// How to read the file at `path` into `form`, guessed from its first bytes; the error says why
// the file cannot be read or is no CSV file.
FileGuess guess(const QString &path, const FormDef &form, const QString &language);

// The first `count` data rows as the settings read them, for a preview, and the header.
struct Preview {
    QStringList header;
    QList<QStringList> rows;
    DbError problem;
};
Preview preview(const QString &path, const ImportSettings &settings, int count);

// A new form for the file at `path`: a field per column, typed by its first thousand rows
// (guessForm), named after the file; or why the file cannot be read.
struct Draft {
    FormDef form;
    DbError error;
};
Draft draftForm(const QString &path, const QString &language);

// The fields that must have a value and that no column fills.
QList<FieldDef> requiredWithoutColumn(const FormDef &form, const ImportSettings &settings);

// Reads the file in (or only checks it: options.dryRun). `rejects`, if given, receives the
// rows that cannot go in. `progress` may be watched and cancelled meanwhile.
QCoro::Task<Reply<ImportReport>> run(Database *db, FormDef form, QString path,
                                     ImportSettings settings, ImportOptions options,
                                     QString rejects, std::shared_ptr<ImportProgress> progress);

// The undo and redo steps of an import that went in: undo moves its new records to the trash
// and puts back the updated ones as they were; redo brings them back and writes the import's
// values again. `versions` holds each updated record's version in the book now: the import's,
// then what the last step saved (noteVersions).
Op::ImportStep undoStep(const ImportReport &report, qint64 formId,
                        const QHash<qint64, qint64> &versions);
Op::ImportStep redoStep(const ImportReport &report, qint64 formId,
                        const QHash<qint64, qint64> &versions);
QHash<qint64, qint64> versionsAfter(const ImportReport &report);
void noteVersions(QHash<qint64, qint64> *versions, const QList<Record> &saved);

} // namespace CsvImport
} // namespace fb
