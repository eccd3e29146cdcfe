// A book on a PostgreSQL server: a restart in the middle of saving, quitting while the server
// is away, a user who may only read.

#include "OfflineJournal.h"
#include "ProgramRun.h"
#include "TestSupport.h"

#include <QFile>

using namespace fb;
using namespace fb::test;

namespace {

class ServerTest : public BookTest {
protected:
    void SetUp() override {
        if (!postgresAvailable() || qEnvironmentVariableIsEmpty("FIELDBOOK_PG_OPTIONS"))
            GTEST_SKIP() << "needs the PostgreSQL server scripts/test starts";
    }
    BookSpec::Backend backend() const override { return BookSpec::Backend::Postgres; }
    void TearDown() override {
        if (m_restartServer)
            serverCtl(u"start"_qs);
        BookTest::TearDown();
    }
    bool m_restartServer = false;

    // The server runs as the postgres user; the tests may stop and start it.
    static bool serverCtl(const QString &action) {
        QStringList args{u"-u"_qs,  u"postgres"_qs,
                         u"--"_qs,  qEnvironmentVariable("FIELDBOOK_PG_CTL"),
                         u"-D"_qs,  qEnvironmentVariable("FIELDBOOK_PG_DATA"),
                         u"-w"_qs,  u"-m"_qs,
                         u"fast"_qs};
        if (action != u"stop")
            args << u"-l"_qs << qEnvironmentVariable("FIELDBOOK_PG_LOG") << u"-o"_qs
                 << qEnvironmentVariable("FIELDBOOK_PG_OPTIONS");
        args << action;
        const ProgramRun run = runProgram(u"runuser"_qs, args);
        return run.finished && run.exitCode == 0;
    }
};

Record item(int i) {
    Record r;
    r.values = {{u"code"_qs, u"s%1"_qs.arg(i)}, {u"count"_qs, i}};
    return r;
}

} // namespace

TEST_F(ServerTest, ARestartInTheMiddleOfSavingLosesAndDoublesNothing) {
    const BookSpec spec = book();
    auto db = openBook(spec);
    ASSERT_EQ(db->state(), BookState::Open) << db->lastError().toLogString().toStdString();
    auto created = db->createForm(simpleForm());
    ASSERT_TRUE(waitUntil([&] { return created.isFinished(); }));
    const FormDef form = created.result().value;
    int ok = 0, failed = 0, retries = 0;
    QString firstError;
    QObject::connect(db.get(), &Database::retrying, db.get(),
                     [&](int, const DbError &) { ++retries; });
    bool restarted = false;
    for (int i = 0; i < 1000; ++i) {
        db->saveRecord(form.id, item(i)).then(db.get(), [&](const Reply<SavedRecord> &r) {
            r.ok() ? ++ok : ++failed;
            if (!r.ok() && firstError.isEmpty())
                firstError = r.error.toLogString();
        });
        if (i % 50 == 49)
            waitUntil([] { return false; }, 5); // a person's pace: the saves spread over time
        if (i == 400) {
            ASSERT_TRUE(serverCtl(u"restart"_qs));
            restarted = true;
        }
    }
    ASSERT_TRUE(waitUntil([&] { return ok + failed == 1000; }, 120000));
    EXPECT_TRUE(restarted);
    EXPECT_EQ(failed, 0) << firstError.toStdString();
    EXPECT_GE(retries, 1) << "the restart was noticed";
    RawBook raw(spec);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 1000);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(DISTINCT code) FROM items"_qs), 1000);
}

TEST_F(ServerTest, SavesMadeWhileTheServerIsAwayAreKeptForTheNextStart) {
    const BookSpec spec = book();
    FormDef form;
    {
        auto db = openBook(spec);
        auto created = db->createForm(simpleForm());
        ASSERT_TRUE(waitUntil([&] { return created.isFinished(); }));
        form = created.result().value;
        ASSERT_TRUE(serverCtl(u"stop"_qs));
        // Whatever happens below, the next tests find the server running.
        m_restartServer = true;
        for (int i = 0; i < 5; ++i)
            db->saveRecord(form.id, item(i));
        waitUntil([] { return false; }, 300);
        db.reset(); // quit while the server is away
    }
    EXPECT_TRUE(QFile::exists(OfflineJournal(spec).path()));
    ASSERT_TRUE(serverCtl(u"start"_qs));
    m_restartServer = false;
    auto db = openBook(spec);
    ASSERT_EQ(db->state(), BookState::Open);
    ASSERT_TRUE(waitUntil(
        [&] { return RawBook(spec).scalar(u"SELECT COUNT(*) FROM items"_qs) == 5; }, 10000));
    EXPECT_FALSE(QFile::exists(OfflineJournal(spec).path()));
}

TEST_F(ServerTest, AUserWhoMayOnlyReadGetsAReadOnlyBook) {
    BookSpec spec = book();
    {
        auto db = openBook(spec);
        auto created = db->createForm(simpleForm());
        ASSERT_TRUE(waitUntil([&] { return created.isFinished(); }));
        db->saveRecord(created.result().value.id, item(1));
    }
    RawBook owner(spec);
    owner.exec(u"DROP ROLE IF EXISTS fieldbook_reader"_qs);
    ASSERT_TRUE(owner.exec(u"CREATE ROLE fieldbook_reader LOGIN PASSWORD 'reader'"_qs));
    ASSERT_TRUE(owner.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO fieldbook_reader"_qs));
    spec.user = u"fieldbook_reader"_qs;
    spec.password = u"reader"_qs;
    auto db = openBook(spec);
    EXPECT_EQ(db->state(), BookState::ReadOnly) << db->lastError().toLogString().toStdString();
    ASSERT_EQ(db->forms().size(), 1);
    auto count = db->countRecords(db->forms().front(), {});
    auto save = db->saveRecord(db->forms().front().id, item(2));
    ASSERT_TRUE(waitUntil([&] { return count.isFinished() && save.isFinished(); }));
    EXPECT_EQ(count.result().value, 1);
    EXPECT_EQ(save.result().error.kind(), DbError::Kind::ReadOnly);
    db.reset();
    owner.exec(u"REASSIGN OWNED BY fieldbook_reader TO CURRENT_USER"_qs);
    owner.exec(u"DROP OWNED BY fieldbook_reader"_qs);
}
