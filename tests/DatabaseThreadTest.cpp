// The database thread: where code runs, order, group commit, and quitting with work queued.

#include "TestSupport.h"
#include "ThreadAudit.h"
#include "ThreadCheck.h"

#include <QObject>

#include <thread>

using namespace fb;
using namespace fb::test;

namespace {

Record item(const QString &code, qlonglong count) {
    Record r;
    r.values = {{QStringLiteral("code"), code}, {QStringLiteral("count"), count}};
    return r;
}

class DatabaseThreadTest : public BookTest {};

} // namespace

TEST_P(DatabaseThreadTest, SqlRunsOnlyOnDatabaseThreadsAndResultsOnTheGuiThread) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    EXPECT_NE(db->writerThread(), QThread::currentThread());
    EXPECT_NE(db->readerThread(), QThread::currentThread());
    EXPECT_NE(db->writerThread(), db->readerThread());

    bool signalOnGui = false;
    QObject::connect(db.get(), &Database::recordWritten, db.get(),
                     [&](const SavedRecord &) { signalOnGui = onGuiThread(); });

    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<SavedRecord> saved =
            co_await db->saveRecord(form.id, item(QStringLiteral("a"), 1));
        EXPECT_TRUE(onGuiThread());
        EXPECT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
        const Reply<qint64> count = co_await db->countRecords(form, {});
        EXPECT_TRUE(onGuiThread());
        EXPECT_EQ(count.value, 1);
        const Reply<Record> fetched = co_await db->fetchRecord(form, saved.value.record.id);
        EXPECT_TRUE(onGuiThread());
        EXPECT_EQ(fetched.value.values.value(QStringLiteral("code")).toString(),
                  QStringLiteral("a"));
        const Reply<QList<FormDef>> forms = co_await db->listForms();
        EXPECT_TRUE(onGuiThread());
        EXPECT_EQ(forms.value.size(), 1);
    });
    EXPECT_TRUE(signalOnGui);

    const QStringList threads = ThreadAudit::sqlThreads();
    EXPECT_FALSE(threads.contains(QStringLiteral("gui"))) << threads.join(u',').toStdString();
    EXPECT_TRUE(threads.contains(QStringLiteral("fieldbook-db")));
    EXPECT_TRUE(threads.contains(QStringLiteral("fieldbook-db-read")));
}

TEST_P(DatabaseThreadTest, RequestsAreAppliedAndAnsweredInOrder) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    constexpr int n = 2000;
    QList<QFuture<Reply<SavedRecord>>> futures;
    QList<int> completion;
    for (int i = 0; i < n; ++i) {
        futures << db->saveRecord(form.id, item(QStringLiteral("c%1").arg(i), i));
        futures.back().then(db.get(),
                            [&completion, i](const Reply<SavedRecord> &) { completion << i; });
    }
    ASSERT_TRUE(waitUntil([&] { return completion.size() == n; }));
    for (int i = 0; i < n; ++i)
        ASSERT_EQ(completion.at(i), i);
    // Ids follow the order sent: each write was applied after the one before it.
    qint64 lastId = 0;
    for (const auto &f : futures) {
        ASSERT_TRUE(f.result().ok());
        EXPECT_GT(f.result().value.record.id, lastId);
        lastId = f.result().value.record.id;
    }
    // A chain of updates to one record, sent without waiting, lands in order.
    Record r = futures.front().result().value.record;
    for (int v = 1; v <= 50; ++v) {
        r.values[QStringLiteral("count")] = 1000 + v;
        db->saveRecord(form.id, r);
        ++r.version;
    }
    auto last = db->fetchRecord(form, r.id);
    Reply<Record> fetched;
    ASSERT_TRUE(waitUntil([&] { return db->pendingWrites() == 0; }));
    auto after = db->fetchRecord(form, r.id);
    ASSERT_TRUE(waitUntil([&] { return after.isFinished(); }));
    EXPECT_EQ(after.result().value.values.value(QStringLiteral("count")).toLongLong(), 1050);
    EXPECT_EQ(after.result().value.version, 51);
}

TEST_P(DatabaseThreadTest, GroupCommitAcknowledgesEachWriteAfterItsCommit) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    constexpr int n = 3000;
    int acknowledged = 0, refused = 0, checkedOnDisk = 0;
    RawBook raw(book());
    for (int i = 0; i < n; ++i) {
        // Every tenth write repeats a code (unique) and every 15th breaks the count's range:
        // they fail alone, the rest of their group commits.
        const QString code =
            i % 10 == 9 ? QStringLiteral("c%1").arg(i - 1) : QStringLiteral("c%1").arg(i);
        const qlonglong count = i % 15 == 14 ? -5 : i;
        db->saveRecord(form.id, item(code, count))
            .then(db.get(), [&, i, code](const Reply<SavedRecord> &r) {
                EXPECT_TRUE(onGuiThread());
                const bool shouldFail = i % 10 == 9 || i % 15 == 14;
                EXPECT_EQ(r.ok(), !shouldFail) << i << r.error.toLogString().toStdString();
                if (!r.ok()) {
                    ++refused;
                    EXPECT_EQ(r.error.field().toStdString(), i % 15 == 14 ? "count" : "code");
                    return;
                }
                ++acknowledged;
                // Acknowledged means committed: another connection already sees it.
                if (i % 100 == 0) {
                    EXPECT_EQ(
                        raw.scalar(QStringLiteral(
                                       "SELECT COUNT(*) FROM items WHERE id = %1 AND code = '%2'")
                                       .arg(r.value.record.id)
                                       .arg(code)),
                        1);
                    ++checkedOnDisk;
                }
            });
    }
    ASSERT_TRUE(waitUntil([&] { return acknowledged + refused == n; }));
    EXPECT_EQ(refused, n / 10 + n / 15 - n / 30);
    EXPECT_GT(checkedOnDisk, 10);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM items")), acknowledged);
    EXPECT_EQ(db->pendingWrites(), 0);
}

TEST_P(DatabaseThreadTest, QueuedWritesSurviveAnImmediateQuit) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    constexpr int n = 10000;
    for (int i = 0; i < n; ++i)
        db->saveRecord(form.id, item(QStringLiteral("q%1").arg(i), i));
    db.reset(); // quit at once: the destructor drains, commits and joins
    RawBook raw(book());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM items")), n);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT MAX(count) FROM items")), n - 1);
}

TEST_P(DatabaseThreadTest, CloseDrainsWithoutBlockingTheGuiThread) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    for (int i = 0; i < 5000; ++i)
        db->saveRecord(form.id, item(QStringLiteral("k%1").arg(i), i));
    runCoroutine([&]() -> QCoro::Task<> {
        co_await db->close();
        EXPECT_TRUE(onGuiThread());
        EXPECT_TRUE(db->isClosed());
    });
    EXPECT_EQ(db->pendingWrites(), 0);
    auto late = db->saveRecord(form.id, item(QStringLiteral("late"), 1));
    ASSERT_TRUE(late.isFinished());
    EXPECT_EQ(late.result().error.kind(), DbError::Kind::Connection);
    RawBook raw(book());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM items")), 5000);
}

TEST_P(DatabaseThreadTest, ClosingWhileTheBookOpensAnswersEveryRead) {
    FormDef form;
    openWithForm(simpleForm(), &form).reset();
    for (int round = 0; round < 10; ++round) {
        Database db;
        db.open(book());
        auto read = db.countRecords(form, {}); // waits for the reader connection
        if (round % 2)
            QCoreApplication::processEvents(); // let the writer's "opened" arrive, sometimes
        db.close();
        ASSERT_TRUE(waitUntil([&] { return db.isClosed(); }));
        ASSERT_TRUE(waitUntil([&] { return read.isFinished(); })) << "round " << round;
    }
}

TEST_F(DatabaseThreadTest, BusyBookIsRetriedThenSaved) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    // Another program holds the write lock for a while.
    RawBook other(bookPath(), true);
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    int retries = 0;
    QObject::connect(db.get(), &Database::retrying, db.get(),
                     [&](int, const DbError &) { ++retries; });
    auto saved = db->saveRecord(form.id, item(QStringLiteral("busy"), 1));
    QTimer::singleShot(6500, [&] { other.exec(QStringLiteral("COMMIT")); });
    ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }, 60000));
    EXPECT_TRUE(saved.result().ok()) << saved.result().error.toLogString().toStdString();
    EXPECT_GE(retries, 1);
}

FB_ON_BOTH_BACKENDS(DatabaseThreadTest);

namespace {
class LiveUpdateTest : public BookTest {};
} // namespace

TEST_P(LiveUpdateTest, AnotherClientsSavesAndFormChangesArriveWithinASecond) {
    FormDef form;
    auto mine = openWithForm(simpleForm(), &form);
    auto theirs = openBook(book());
    ASSERT_EQ(theirs->state(), BookState::Open);
    QList<QList<qint64>> heard;
    int formsChanged = 0;
    QObject::connect(theirs.get(), &Database::changedElsewhere, theirs.get(),
                     [&](const QList<qint64> &forms) { heard << forms; });
    QObject::connect(theirs.get(), &Database::formsChanged, theirs.get(), [&] { ++formsChanged; });
    bool mineHeard = false;
    QObject::connect(mine.get(), &Database::changedElsewhere, mine.get(),
                     [&] { mineHeard = true; });

    Record r;
    r.values = {{u"code"_qs, u"live"_qs}};
    QElapsedTimer sinceSave;
    auto saved = mine->saveRecord(form.id, r);
    ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
    sinceSave.start();
    ASSERT_TRUE(waitUntil([&] { return !heard.isEmpty(); }, 1000)) << "not heard within a second";
    EXPECT_LT(sinceSave.elapsed(), 1000);
    if (!heard.front()
             .isEmpty()) { // PostgreSQL says which form; SQLite only that something changed
        EXPECT_EQ(heard.front(), QList<qint64>{form.id});
    }
    EXPECT_FALSE(mineHeard) << "a client's own saves are not news to it";

    FormDef renamed = form;
    renamed.name = u"Renamed elsewhere"_qs;
    auto updated = mine->updateForm(renamed);
    ASSERT_TRUE(waitUntil([&] { return updated.isFinished(); }));
    ASSERT_TRUE(waitUntil([&] { return theirs->forms().value(0).name == renamed.name; }, 1000));
    EXPECT_GE(formsChanged, 1);
}

FB_ON_BOTH_BACKENDS(LiveUpdateTest);

// Code on the wrong thread stops the program, naming the function, in the release build too
// (Q_ASSERT is compiled out of it).
TEST(ThreadCheckDeathTest, CodeOnTheWrongThreadStopsTheProgramInEveryBuild) {
#if defined(__SANITIZE_THREAD__)
    GTEST_SKIP() << "a death test forks, which ThreadSanitizer does not follow";
#else
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    QObject here;                // lives in this thread
    FB_REQUIRE_THREAD_OF(&here); // the right thread goes on
    EXPECT_DEATH(
        {
            std::thread other([&] { FB_REQUIRE_THREAD_OF(&here); });
            other.join();
        },
        "ran on thread .*, not on the thread of its object");
#endif
}
