// Every SQL statement core uses is prepared against a freshly migrated book, so a typo in a
// query fails here and not in a person's hands.

#include "BookConnection.h"
#include "FormStore.h"
#include "SqlStatements.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fb;
using namespace fb::test;

TEST(SqlStatementsTest, EveryStatementPreparesOnAMigratedBook)
{
    QTemporaryDir dir;
    // Runs on the test's thread: the connection is created, used and closed here.
    BookConnection connection(BookSpec::sqlite(dir.filePath(QStringLiteral("b.fieldbook"))),
                              BookConnection::Role::Writer, QStringLiteral("sql-check"));
    ASSERT_FALSE(connection.open().isError());
    FormDef target = simpleForm(QStringLiteral("Target"));
    ASSERT_FALSE(FormStore(connection.sql()).create(&target, {}).isError());
    FormDef form = sampleForm();
    FieldDef ref;
    ref.label = QStringLiteral("Target");
    ref.type = FieldType::Reference;
    ref.referenceFormId = target.id;
    form.fields << ref;
    FormStore::assignIdentifiers(&form, {target});
    const SqlStatements statements(connection.dialect());

    // Schema statements first, for a form not created yet.
    for (const auto &[name, sql] : statements.schemaStatements(form)) {
        QSqlQuery q(connection.sql().database());
        EXPECT_TRUE(q.prepare(sql)) << name.toStdString() << ": " << q.lastError().text().toStdString()
                                    << "\n" << sql.toStdString();
    }
    ASSERT_FALSE(FormStore(connection.sql()).create(&form, {target}).isError());
    const auto all = statements.dataStatements(form);
    EXPECT_GT(all.size(), 30);
    for (const auto &[name, sql] : all) {
        QSqlQuery q(connection.sql().database());
        EXPECT_TRUE(q.prepare(sql)) << name.toStdString() << ": " << q.lastError().text().toStdString()
                                    << "\n" << sql.toStdString();
    }
    for (const QString &sql : statements.createIndexes(form)) {
        QSqlQuery q(connection.sql().database());
        EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN ") + sql) || q.lastError().text().contains(QStringLiteral("already exists")))
            << q.lastError().text().toStdString();
    }
}
