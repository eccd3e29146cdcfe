#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QPair>

namespace fb {

struct PageQuery;

// Every SQL statement core runs, in one place, so a test can prepare each of them against a
// freshly migrated book (see tests/SqlStatementsTest.cpp).
class SqlStatements {
public:
    explicit SqlStatements(const SqlDialect &dialect)
        : d(dialect) {}

    // Meta tables
    QString listTables() const;
    QString mayWriteBook() const; // PostgreSQL: may the user change forms and records
    QString selectMeta() const;
    QString upsertMeta() const;
    QString selectForms() const;
    QString selectFields() const;
    QString insertForm() const;
    QString updateForm() const;
    QString deleteForm() const;
    QString insertField() const;
    QString deleteFields() const;

    // One form's table
    QString createTable(const FormDef &form, const QMap<qint64, QString> &tables) const;
    // The indexes a form's table has: one per sortable field, one for the newest changes.
    struct Index {
        QString column; // the field's key, or updated_at
        QString name;
        QString create;
    };
    QList<Index> indexes(const FormDef &form) const;
    QStringList createIndexes(const FormDef &form) const;
    QString dropTable(const FormDef &form) const;
    QString dropTableNamed(const QString &table) const;
    QString renameTable(const QString &from, const QString &to) const;
    QString createTableNamed(const FormDef &form, const QString &table,
                             const QMap<qint64, QString> &tables) const;
    // Every row, trashed ones too, with the system columns, for rebuilding a table.
    QString selectForRebuild(const FormDef &form) const;
    QString insertRebuilt(const FormDef &form, const QString &table) const;
    QString countAll(const FormDef &form) const;
    QString addForeignKey(const FormDef &form, const FieldDef &field, const QString &target) const;
    QString resetIdSequence(const FormDef &form) const; // PostgreSQL, after a rebuild
    QString insertRecord(const FormDef &form) const;
    QString updateRecord(const FormDef &form) const;
    QString trashRecord(const FormDef &form) const;
    QString restoreRecord(const FormDef &form) const;
    QString purgeRecord(const FormDef &form) const;
    QString emptyTrash(const FormDef &form) const;
    QString selectRecord(const FormDef &form) const;
    QString selectByUuid(const FormDef &form) const;
    QString selectVersion(const FormDef &form) const;
    QString selectExists(const QString &table) const;
    // The ids (at most two, live ones first) of records whose `field` holds a value; `asText`
    // compares the value as text whatever the field's type (a reference's display text).
    QString selectIdsByValue(const FormDef &form, const FieldDef &field, bool asText = false) const;
    QString countRecords(const FormDef &form, const QString &where) const;
    // `offset`: the rows to skip are the statement's last bound value (one prepared statement
    // serves every offset).
    QString selectPage(const FormDef &form, const QString &where, const QString &order, int limit,
                       bool offset = false) const;

    // Every statement above for `form`, named, with filters and sorting exercised.
    QList<QPair<QString, QString>> dataStatements(const FormDef &form) const;
    QList<QPair<QString, QString>> schemaStatements(const FormDef &form) const;

    QString recordColumns(const FormDef &form) const;
    static QString indexName(const FormDef &form, const QString &column);

private:
    const SqlDialect &d;
};

} // namespace fb
