#include "TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fb::test {

bool onGuiThread() {
    return QThread::currentThread() == QCoreApplication::instance()->thread();
}

quint32 seedOfThisRun() {
    static const quint32 value = qEnvironmentVariableIsSet("FIELDBOOK_SEED")
                                     ? quint32(qEnvironmentVariableIntValue("FIELDBOOK_SEED"))
                                     : QRandomGenerator::system()->generate();
    return value;
}

void runCoroutine(const std::function<QCoro::Task<>()> &coroutine, int timeoutMs, int maxStallMs) {
    QEventLoop loop;
    bool finished = false;
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    sinceTick.start();
    heartbeat.start();
    auto run = [&]() -> QCoro::Task<> {
        co_await coroutine();
        finished = true;
        loop.quit();
    };
    auto task = run();
    if (!finished)
        loop.exec();
    heartbeat.stop();
    ASSERT_TRUE(finished) << "coroutine did not finish within " << timeoutMs << " ms";
    EXPECT_LE(longestStall, maxStallMs) << "the event loop was blocked";
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

FieldDef plainField(const QString &label, FieldType type) {
    FieldDef f;
    f.label = label;
    f.type = type;
    return f;
}

FormDef sampleForm(const QString &name) {
    FormDef form;
    form.name = name;
    FieldDef title = plainField(QStringLiteral("Title"), FieldType::Text);
    title.maxLength = 80;
    FieldDef choice = plainField(QStringLiteral("Colour"), FieldType::Choice);
    choice.choices = {QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    FieldDef multi = plainField(QStringLiteral("Tags"), FieldType::MultiChoice);
    multi.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    FieldDef amount = plainField(QStringLiteral("Amount"), FieldType::Decimal);
    amount.places = 2;
    form.fields = {title,
                   plainField(QStringLiteral("Notes"), FieldType::LongText),
                   plainField(QStringLiteral("Count"), FieldType::Integer),
                   amount,
                   plainField(QStringLiteral("Day"), FieldType::Date),
                   plainField(QStringLiteral("At"), FieldType::Time),
                   plainField(QStringLiteral("Seen at"), FieldType::DateTime),
                   plainField(QStringLiteral("Done"), FieldType::Bool),
                   choice,
                   multi};
    return form;
}

FormDef visitsReferringTo(qint64 targetId, const QString &label) {
    FormDef visits;
    visits.name = QStringLiteral("Visits");
    FieldDef reference;
    reference.label = label;
    reference.type = FieldType::Reference;
    reference.referenceFormId = targetId;
    visits.fields = {reference};
    return visits;
}

FormDef placesForm() {
    FormDef form;
    form.name = QStringLiteral("Places");
    FieldDef name;
    name.key = QStringLiteral("name");
    name.label = QStringLiteral("Name");
    name.required = true;
    form.fields << name;
    return form;
}

FormDef simpleForm(const QString &name) {
    FormDef form;
    form.name = name;
    FieldDef code = plainField(QStringLiteral("Code"), FieldType::Text);
    code.required = true;
    code.unique = true;
    FieldDef count = plainField(QStringLiteral("Count"), FieldType::Integer);
    count.minimum = 0;
    count.maximum = 1000000;
    form.fields = {code, count};
    return form;
}

RawBook::RawBook(const QString &path, bool writable)
    : m_name(QUuid::createUuid().toString()) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!writable)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
}

RawBook::RawBook(const BookSpec &spec)
    : m_name(QUuid::createUuid().toString()) {
    if (spec.backend == BookSpec::Backend::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(spec.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    db.open();
}

bool RawBook::tableExists(const QString &table) {
    QSqlQuery q(db());
    const bool lite = db().driverName() == u"QSQLITE";
    q.prepare(lite ? QStringLiteral(
                         "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
                   : QStringLiteral(
                         "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

RawBook::~RawBook() {
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawBook::db() const {
    return QSqlDatabase::database(m_name, false);
}

qint64 RawBook::scalar(const QString &sql) {
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool RawBook::exec(const QString &sql) {
    QSqlQuery q(db());
    return q.exec(sql);
}

void makeIndexStale(const QString &path, const QString &index, const QString &writes) {
    RawBook raw(path, true);
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(u"SELECT rootpage, tbl_name, sql FROM sqlite_master WHERE type = "
                       "'index' AND name = '%1'"_qs.arg(index)) &&
                q.next());
    const QVariantList entry{index, q.value(1), q.value(0), q.value(2)};
    q.finish();
    ASSERT_TRUE(raw.exec(u"PRAGMA writable_schema = ON"_qs));
    ASSERT_TRUE(raw.exec(u"DELETE FROM sqlite_master WHERE name = '%1'"_qs.arg(index)));
    ASSERT_TRUE(raw.exec(u"PRAGMA writable_schema = RESET"_qs));
    ASSERT_TRUE(raw.exec(writes));
    ASSERT_TRUE(raw.exec(u"PRAGMA writable_schema = ON"_qs));
    QSqlQuery put(raw.db());
    put.prepare(u"INSERT INTO sqlite_master VALUES ('index', ?, ?, ?, ?)"_qs);
    for (const QVariant &v : entry)
        put.addBindValue(v);
    ASSERT_TRUE(put.exec()) << put.lastError().text().toStdString();
    ASSERT_TRUE(raw.exec(u"PRAGMA writable_schema = RESET"_qs));
}

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void overwriteFile(const QString &path, qint64 offset, const QByteArray &bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QByteArray noise(int length, quint32 seed) {
    QByteArray bytes(length, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

BookContents bookContents(Database &db) {
    BookContents byForm;
    for (const FormDef &form : db.forms()) {
        for (const bool trash : {false, true}) {
            PageQuery all;
            all.trash = trash;
            all.limit = 100000;
            auto page = db.fetchPage(form, all);
            EXPECT_TRUE(waitUntil([&] { return page.isFinished(); }));
            EXPECT_TRUE(page.result().ok()) << page.result().error.toLogString().toStdString();
            for (const Record &r : page.result().value.records) {
                QVariantMap values = r.values;
                values.insert(QStringLiteral("(trashed)"), trash);
                byForm[form.name].insert(r.uuid, values);
            }
        }
    }
    return byForm;
}

bool postgresAvailable() {
    return !qEnvironmentVariableIsEmpty("FIELDBOOK_PG_HOST");
}

BookSpec postgresAdminSpec(const QString &database) {
    BookSpec spec;
    spec.backend = BookSpec::Backend::Postgres;
    spec.host = qEnvironmentVariable("FIELDBOOK_PG_HOST");
    spec.port = qEnvironmentVariableIntValue("FIELDBOOK_PG_PORT");
    spec.user = qEnvironmentVariable("FIELDBOOK_PG_USER");
    spec.password = qEnvironmentVariable("FIELDBOOK_PG_PASSWORD");
    spec.database = database;
    return spec;
}

std::string backendName(const ::testing::TestParamInfo<BookSpec::Backend> &info) {
    return info.param == BookSpec::Backend::Sqlite ? "Sqlite" : "Postgres";
}

BookSpec::Backend BookTest::backend() const {
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    return info && info->value_param() ? GetParam() : BookSpec::Backend::Sqlite;
}

void BookTest::SetUp() {
    if (isPostgres() && !postgresAvailable())
        GTEST_SKIP() << "no PostgreSQL server (scripts/test starts one)";
}

BookSpec BookTest::book(const QString &name) {
    if (m_books.contains(name))
        return m_books.value(name);
    BookSpec spec = BookSpec::sqlite(m_dir.filePath(name + QStringLiteral(".fieldbook")));
    if (isPostgres()) {
        spec = postgresAdminSpec(QStringLiteral("fbt_") +
                                 QUuid::createUuid().toString(QUuid::Id128).left(12));
        RawBook admin(postgresAdminSpec());
        EXPECT_TRUE(admin.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(spec.database)));
    }
    m_books.insert(name, spec);
    return spec;
}

void BookTest::TearDown() {
    if (!isPostgres() || m_books.isEmpty())
        return;
    RawBook admin(postgresAdminSpec());
    for (const BookSpec &spec : std::as_const(m_books))
        admin.exec(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(spec.database));
}

std::unique_ptr<Database> BookTest::openBook(const BookSpec &spec) {
    auto db = std::make_unique<Database>();
    db->open(spec);
    EXPECT_TRUE(waitUntil([&] { return db->state() != BookState::Opening; }));
    return db;
}

std::unique_ptr<Database> BookTest::openWithForm(const FormDef &form, FormDef *created) {
    auto db = openBook(book());
    EXPECT_EQ(db->state(), BookState::Open) << db->lastError().toLogString().toStdString();
    auto future = db->createForm(form);
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }));
    const Reply<FormDef> reply = future.result();
    EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
    *created = reply.value;
    return db;
}

} // namespace fb::test
