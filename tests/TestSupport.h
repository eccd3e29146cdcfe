#pragma once

#include "Database.h"
#include "FormDef.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <gtest/gtest.h>

#include <functional>

namespace fb::test {

bool onGuiThread();

// The seed of this run's random values: FIELDBOOK_SEED when set (to repeat a run), else a new
// one, the same for every test of the run. Tests print it with their failures.
quint32 seedOfThisRun();

// Runs a coroutine in an event loop with a time-out, like QCoro's own tests; fails the test
// if it does not finish in time or if the loop was blocked for longer than `maxStallMs`.
void runCoroutine(const std::function<QCoro::Task<>()> &coroutine, int timeoutMs = 60000,
                  int maxStallMs = 2000);

// Spins the event loop until `done` is true or the time runs out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

// The result of `future`, once it has come (the test fails if it does not in time).
template <typename T> T await(const QFuture<T> &future) {
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }));
    return future.result();
}

// A field labelled `label` of `type`, with no rules (its key is given when its form is made).
FieldDef plainField(const QString &label, FieldType type);
// A form with one field of every type but references.
FormDef sampleForm(const QString &name = QStringLiteral("Sample"));
// A small form: a required unique text "code", an integer "count" (0..1,000,000).
FormDef simpleForm(const QString &name = QStringLiteral("Items"));
// A form "Places" with one required text field "name".
FormDef placesForm();
// A form "Visits" whose one field, labelled `label`, refers to records of form `targetId`.
FormDef visitsReferringTo(qint64 targetId, const QString &label);

// A test's own connection to a book, on the test's thread, for checking what was stored
// independently of Fieldbook's code.
class RawBook {
public:
    explicit RawBook(const QString &path, bool writable = false);
    explicit RawBook(const BookSpec &spec);
    ~RawBook();
    qint64 scalar(const QString &sql);
    bool exec(const QString &sql);
    bool tableExists(const QString &table);
    QSqlDatabase db() const;

private:
    QString m_name;
};

// A stale index in the book at `path` (closed): `writes` run while SQLite does not know of the
// index, so the index no longer matches its table (as after a torn write to its pages).
void makeIndexStale(const QString &path, const QString &index, const QString &writes);
QByteArray fileHash(const QString &path);
// Writes `bytes` over the file at `offset` (damage, for the tests of damaged books).
void overwriteFile(const QString &path, qint64 offset, const QByteArray &bytes);
// `length` random bytes, the same ones for the same seed.
QByteArray noise(int length, quint32 seed);

// Every live and trashed record of every form, by form name and uuid, without ids, versions
// and times (a trashed record's values carry "(trashed)": true).
using BookContents = QMap<QString, QMap<QString, QVariantMap>>;
BookContents bookContents(Database &db);

// The PostgreSQL server the test command started (FIELDBOOK_PG_* variables), if any.
bool postgresAvailable();
BookSpec postgresAdminSpec(const QString &database = QStringLiteral("postgres"));

// A test on a book. Suites instantiated with FB_ON_BOTH_BACKENDS run each TEST_P on a SQLite
// file and on a fresh PostgreSQL database; TEST_F tests use SQLite.
class BookTest : public ::testing::TestWithParam<BookSpec::Backend> {
protected:
    void SetUp() override;
    void TearDown() override;

    virtual BookSpec::Backend backend() const;
    bool isPostgres() const { return backend() == BookSpec::Backend::Postgres; }
    // A book of this test's backend; the same name gives the same book.
    BookSpec book(const QString &name = QStringLiteral("book"));
    QString bookPath(const QString &name = QStringLiteral("book.fieldbook")) const {
        return m_dir.filePath(name);
    }
    // Opens a Database and waits until it is open (or has failed).
    std::unique_ptr<Database> openBook(const BookSpec &spec);
    std::unique_ptr<Database> openBook(const QString &path) {
        return openBook(BookSpec::sqlite(path));
    }
    // Opens book() and creates `form` in it.
    std::unique_ptr<Database> openWithForm(const FormDef &form, FormDef *created);

    QTemporaryDir m_dir;
    QMap<QString, BookSpec> m_books;
};

std::string backendName(const ::testing::TestParamInfo<BookSpec::Backend> &info);

#define FB_ON_BOTH_BACKENDS(Suite)                                                                 \
    INSTANTIATE_TEST_SUITE_P(                                                                      \
        , Suite,                                                                                   \
        ::testing::Values(::fb::BookSpec::Backend::Sqlite, ::fb::BookSpec::Backend::Postgres),     \
        ::fb::test::backendName)

} // namespace fb::test
