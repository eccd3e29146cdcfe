#pragma once

#include "CheckReport.h"
#include "DbError.h"
#include "FormDef.h"
#include "SqlStatements.h"

#include <QHash>

#include <optional>

namespace fb {

class SqlRun;

// File → Check Book… and `fieldbook check`, on the connection's thread: the pages of a file
// book (SQLite's integrity_check) and its links (foreign_key_check), then, on either backend,
// whether every form's table has the columns and indexes its definition says, and whether
// every stored value, live or in the trash, reads back as its field's type and meets its rules.
// Only reads; Cancel is looked at between rows and, inside SQLite's own checks, every few
// thousand steps.
class BookCheck {
public:
    BookCheck(SqlRun &sql, const QList<FormDef> &forms)
        : m_sql(sql)
        , m_forms(forms) {}

    // Fills `report`; fails only when the check could not run to its end (Cancel, a lost
    // connection), and then `report` holds what was found until then.
    DbError run(CheckReport *report, CheckProgress *progress);

    // What a repair mends (CheckFinding::repairable): every index of the book rebuilt from its
    // table, and the forms' indexes that are missing made again, in one transaction. On the
    // writer of a file book.
    DbError rebuildIndexes();

private:
    DbError checkPages(CheckReport *report, CheckProgress *progress);
    DbError checkLinks(CheckReport *report);
    // The form as its table can be read (the fields whose columns are there); none when the
    // table or one of the columns every record has is missing.
    std::optional<FormDef> checkTable(const FormDef &form, CheckReport *report);
    DbError checkValues(const FormDef &form, CheckReport *report, CheckProgress *progress);
    QStringList columnsOf(const FormDef &form);
    // An index the form's table should have that is missing, or was made by another statement
    // (`stored`, SQLite's copy of it).
    struct WrongIndex {
        SqlStatements::Index index;
        bool missing = false;
        QString stored;
    };
    QList<WrongIndex> wrongIndexes(const FormDef &form);
    // The indexes of the form's table, by name, with the statement that made each (SQLite).
    QHash<QString, QString> indexesOf(const FormDef &form);
    // The form and field an index of the book serves (by its name), if it is one of theirs.
    void placeIndex(const QString &index, CheckFinding *finding) const;
    const FormDef *formOfTable(const QString &table) const;
    // Fills in how a person knows record `id` of `form` (CheckFinding::recordName, created).
    void nameRecord(const FormDef &form, qint64 id, CheckFinding *finding);

    SqlRun &m_sql;
    const QList<FormDef> &m_forms;
};

} // namespace fb
