#pragma once

#include "FormDef.h"
#include "ImportTypes.h"
#include "SqlRun.h"

#include <QHash>

#include <memory>

namespace fb {

class PostgresCopy;

// Writes the rows of an import into one form's table, inside the caller's transaction, and
// reports what went in and what did not. Runs on the writer thread. Every row is written, even
// after a problem, so that a dry run finds every row the book refuses (a value a unique field
// already has, a rule of the table); the caller rolls the transaction back when the import is
// only a dry run or must go in whole and cannot.
class RecordImporter {
public:
    RecordImporter(SqlRun &sql, const QList<FormDef> &forms);
    ~RecordImporter();

    // Fails only when the book cannot be written (busy, gone, full); a file that stops early
    // or Cancel is in report->stopped.
    DbError run(const FormDef &form, RecordFeed &feed, const ImportOptions &options,
                ImportProgress &progress, ImportReport *report);

    // The undo step of an import (or its redo): moves records to the trash, brings them back
    // and puts values back, all or nothing. `values` holds each record once, with the version
    // it has in the book now (CsvImport::undoStep and redoStep make them so). `saved`
    // receives the records written.
    DbError step(const FormDef &form, const QList<qint64> &trash, const QList<qint64> &restore,
                 const QList<Record> &values, QList<Record> *saved);

private:
    enum class Outcome { Written, Skipped, Refused, Failed };
    // A refused row's problems go to `rowProblems`.
    Outcome writeRow(const FormDef &form, RecordFeed::Item &item, const ImportOptions &options,
                     ImportReport *report, QList<ImportProblem> *rowProblems, DbError *failure);
    // The record a reference field's text names, or why there is none.
    DbError lookUp(const FieldDef &field, const QString &text, QVariant *id);
    // A record that already has a unique field's value of `values`: its id, and whether it is
    // in the trash.
    DbError findDuplicate(const FormDef &form, const QVariantMap &values, qint64 *id, bool *trashed,
                          QString *key);
    // Adds a refused row's problems to the report (the first so many); returns them as one
    // text, for the rejected rows file.
    static QString addProblems(ImportReport *report, RecordFeed &feed, const RecordFeed::Item &item,
                               QList<ImportProblem> problems);
    static bool failsTheImport(const DbError &error);

    SqlRun &m_sql;
    QList<FormDef> m_forms;
    QMap<qint64, QString> m_tables;
    QHash<QString, QHash<QString, qint64>> m_references; // field key -> text -> id
    std::unique_ptr<PostgresCopy> m_copy;                // PostgreSQL, an import in whole
    QList<std::pair<qint64, qint64>> m_copied;           // row and line of each in its batch
};

} // namespace fb
