// Every SQL statement core uses is prepared against a freshly migrated book, so a typo in a
// query fails here and not in a person's hands.

#include "SqlStatements.h"
#include "BookConnection.h"
#include "FormStore.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fb;
using namespace fb::test;

namespace {
// Prepares a statement; PostgreSQL cannot PREPARE schema statements, so those run in a
// transaction that is rolled back.
QString check(const BookConnection &c, const QString &sql) {
    QSqlDatabase db = const_cast<BookConnection &>(c).sql().database();
    QSqlQuery q(db);
    const bool schema =
        sql.startsWith(u"CREATE") || sql.startsWith(u"ALTER") || sql.startsWith(u"DROP");
    if (c.dialect().isSqlite() || !schema)
        return q.prepare(sql) ? QString() : q.lastError().text();
    q.exec(u"BEGIN"_qs);
    const bool ok = q.exec(sql);
    const QString error = q.lastError().text();
    QSqlQuery(db).exec(u"ROLLBACK"_qs);
    return ok ? QString() : error;
}
} // namespace

namespace {
class SqlStatementsTest : public BookTest {};
} // namespace

TEST_P(SqlStatementsTest, EveryStatementPreparesOnAMigratedBook) {
    // Runs on the test's thread: the connection is created, used and closed here.
    BookConnection connection(book(), BookConnection::Role::Writer, QStringLiteral("sql-check"));
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
        const QString error = check(connection, sql);
        EXPECT_TRUE(error.isEmpty()) << name.toStdString() << ": " << error.toStdString() << "\n"
                                     << sql.toStdString();
    }
    ASSERT_FALSE(FormStore(connection.sql()).create(&form, {target}).isError());
    auto all = statements.dataStatements(form);
    if (isPostgres()) {
        all.append({u"mayWriteBook"_qs, statements.mayWriteBook()});
        all.append({u"resetIdSequence"_qs, statements.resetIdSequence(form)});
        all.append({u"addForeignKey"_qs,
                    statements.addForeignKey(form, form.fields.back(), target.table)});
    }
    EXPECT_GT(all.size(), 30);
    for (const auto &[name, sql] : all) {
        const QString error = check(connection, sql);
        EXPECT_TRUE(error.isEmpty()) << name.toStdString() << ": " << error.toStdString() << "\n"
                                     << sql.toStdString();
    }
}

FB_ON_BOTH_BACKENDS(SqlStatementsTest);
