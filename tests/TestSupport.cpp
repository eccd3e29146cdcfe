#include "TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace fb::test {

bool onGuiThread()
{
    return QThread::currentThread() == QCoreApplication::instance()->thread();
}

void runCoroutine(const std::function<QCoro::Task<>()> &coroutine, int timeoutMs, int maxStallMs)
{
    QEventLoop loop;
    bool finished = false;
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
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

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
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

static FieldDef field(const QString &label, FieldType type)
{
    FieldDef f;
    f.label = label;
    f.type = type;
    return f;
}

FormDef sampleForm(const QString &name)
{
    FormDef form;
    form.name = name;
    FieldDef title = field(QStringLiteral("Title"), FieldType::Text);
    title.maxLength = 80;
    FieldDef choice = field(QStringLiteral("Colour"), FieldType::Choice);
    choice.choices = {QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    FieldDef multi = field(QStringLiteral("Tags"), FieldType::MultiChoice);
    multi.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    FieldDef amount = field(QStringLiteral("Amount"), FieldType::Decimal);
    amount.places = 2;
    form.fields = {title,
                   field(QStringLiteral("Notes"), FieldType::LongText),
                   field(QStringLiteral("Count"), FieldType::Integer),
                   amount,
                   field(QStringLiteral("Day"), FieldType::Date),
                   field(QStringLiteral("At"), FieldType::Time),
                   field(QStringLiteral("Seen at"), FieldType::DateTime),
                   field(QStringLiteral("Done"), FieldType::Bool),
                   choice,
                   multi};
    return form;
}

FormDef simpleForm(const QString &name)
{
    FormDef form;
    form.name = name;
    FieldDef code = field(QStringLiteral("Code"), FieldType::Text);
    code.required = true;
    code.unique = true;
    FieldDef count = field(QStringLiteral("Count"), FieldType::Integer);
    count.minimum = 0;
    count.maximum = 1000000;
    form.fields = {code, count};
    return form;
}

RawBook::RawBook(const QString &path, bool writable)
    : m_name(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!writable)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
}

RawBook::~RawBook()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawBook::db() const { return QSqlDatabase::database(m_name, false); }

qint64 RawBook::scalar(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool RawBook::exec(const QString &sql)
{
    QSqlQuery q(db());
    return q.exec(sql);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Database> BookTest::openBook(const QString &path)
{
    auto db = std::make_unique<Database>();
    db->open(BookSpec::sqlite(path));
    EXPECT_TRUE(waitUntil([&] { return db->state() != BookState::Opening; }));
    return db;
}

std::unique_ptr<Database> BookTest::openWithForm(const FormDef &form, FormDef *created)
{
    auto db = openBook(bookPath());
    EXPECT_EQ(db->state(), BookState::Open) << db->lastError().toLogString().toStdString();
    auto future = db->createForm(form);
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }));
    const Reply<FormDef> reply = future.result();
    EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
    *created = reply.value;
    return db;
}

} // namespace fb::test
