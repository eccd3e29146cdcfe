// The paged record table, checked as a model (QAbstractItemModelTester, fatal) and against
// the book file read independently.

#include "UiTestSupport.h"

#include "RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace fb;
using namespace fb::test;

namespace {

class RecordTableModelTest : public UiTest {
protected:
    void open(const FormDef &def, int n, const std::function<QVariantMap(int)> &make) {
        m_db = openWithForm(def, &m_form);
        saveRecords(*m_db, m_form.id, n, make);
        m_model = std::make_unique<RecordTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setSource(m_db.get(), m_form);
        ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
    }
    // Waits until `row` is loaded and returns its record.
    Record rowRecord(int row) {
        m_model->fetchRow(row);
        EXPECT_TRUE(waitUntil([&] { return m_model->isLoaded(row); })) << "row " << row;
        return m_model->recordAt(row).value_or(Record{});
    }
    QList<qint64> sqlOrder(const QString &orderBy) {
        RawBook raw(bookPath());
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(u"SELECT id FROM "_qs + m_form.table +
                           u" WHERE deleted_at IS NULL ORDER BY "_qs + orderBy));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
    FormDef m_form;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QVariantMap numbered(int i) {
    return item(QStringLiteral("c%1").arg(i), i);
}

} // namespace

TEST_F(RecordTableModelTest, TheFirstRowsComeBeforeTheCount) {
    // Counting a big table scans all of it; its first page is asked first and shown at once.
    m_db = openWithForm(simpleForm(), &m_form);
    saveRecords(*m_db, m_form.id, 250, numbered);
    m_model = std::make_unique<RecordTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSource(m_db.get(), m_form);
    QStringList events;
    QObject::connect(m_model.get(), &RecordTableModel::pageLoaded, m_model.get(), [&](int page) {
        events << u"page %1 of %2 rows"_qs.arg(page).arg(m_model->rowCount());
    });
    QObject::connect(m_model.get(), &RecordTableModel::counted, m_model.get(),
                     [&](qint64 rows) { events << u"counted %1"_qs.arg(rows); });
    QObject::connect(m_model.get(), &RecordTableModel::modelReset, m_model.get(),
                     [&] { events << u"reset"_qs; });
    ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
    EXPECT_EQ(events, (QStringList{u"page 0 of 100 rows"_qs, u"counted 250"_qs}));
    EXPECT_EQ(m_model->rowCount(), 250);
    EXPECT_EQ(m_model->index(99, 0).data().toString(), u"c99"_qs);
    EXPECT_EQ(rowRecord(249).values.value(u"code"_qs).toString(), u"c249"_qs);
}

TEST_F(RecordTableModelTest, CountsThenLoadsOnlyThePagesAskedFor) {
    open(simpleForm(), 1034, numbered);
    EXPECT_EQ(m_model->rowCount(), 1034);
    EXPECT_EQ(m_model->columnCount(), 2);
    EXPECT_EQ(m_model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Code"_qs);
    // Nothing is fetched before it is asked for (the model tester itself looks at row 0).
    EXPECT_FALSE(m_model->isLoaded(150));
    EXPECT_EQ(m_model->index(150, 0).data().toString(), u"…"_qs);
    const int before = m_model->pageRequests();
    ASSERT_TRUE(waitUntil([&] { return m_model->isLoaded(150); }));
    EXPECT_EQ(m_model->index(150, 0).data().toString(), u"c150"_qs);
    EXPECT_EQ(m_model->index(150, 1).data().toString(), QLocale().toString(150));
    EXPECT_LE(m_model->pageRequests() - before, 2)
        << "page 1, and page 0 first if it was not cached";

    // The end is one request away, however long the table.
    const int beforeEnd = m_model->pageRequests();
    EXPECT_EQ(rowRecord(1033).values.value(u"code"_qs).toString(), u"c1033"_qs);
    EXPECT_EQ(m_model->pageRequests() - beforeEnd, 1);
    EXPECT_EQ(rowRecord(1000).values.value(u"code"_qs).toString(), u"c1000"_qs);
    EXPECT_EQ(rowRecord(899).values.value(u"code"_qs).toString(), u"c899"_qs);
    // A row in the middle is walked to from the nearest cached page; every row is right.
    EXPECT_EQ(rowRecord(512).values.value(u"code"_qs).toString(), u"c512"_qs);
    for (int row : {0, 99, 100, 101, 399, 400, 650, 777, 932, 933, 1032})
        EXPECT_EQ(rowRecord(row).values.value(u"code"_qs).toString(),
                  QStringLiteral("c%1").arg(row));
    EXPECT_LE(m_model->cachedPages(), RecordTableModel::CachedPages);
}

TEST_F(RecordTableModelTest, CacheStaysBounded) {
    open(simpleForm(), 2500, numbered);
    for (int row = 0; row < 2500; row += 100)
        rowRecord(row);
    EXPECT_EQ(m_model->cachedPages(), RecordTableModel::CachedPages);
    EXPECT_EQ(rowRecord(0).values.value(u"code"_qs).toString(), u"c0"_qs)
        << "evicted pages come back";
}

TEST_F(RecordTableModelTest, SortsSearchesAndFiltersInSql) {
    open(simpleForm(), 350,
         [](int i) { return item(QStringLiteral("c%1").arg(i), (i * 37) % 350); });
    m_model->sort(1, Qt::DescendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
    const QList<qint64> expected = sqlOrder(u"count DESC, id DESC"_qs);
    for (int row : {0, 1, 99, 100, 250, 349})
        EXPECT_EQ(rowRecord(row).id, expected.at(row)) << row;

    PageQuery q = m_model->query();
    q.search = u"c1"_qs;
    m_model->setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
    RawBook raw(bookPath());
    EXPECT_EQ(m_model->rowCount(),
              raw.scalar(u"SELECT COUNT(*) FROM items WHERE code LIKE '%c1%'"_qs));
    EXPECT_EQ(m_model->rowCount(), 1 + 10 + 100); // c1, c10..c19, c100..c199

    q.search.clear();
    q.filter.conditions = {{u"count"_qs, FieldFilter::Op::AtLeast, qlonglong(340)}};
    m_model->setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
    EXPECT_EQ(m_model->rowCount(), 10);
    EXPECT_EQ(rowRecord(0).values.value(u"count"_qs).toLongLong(), 349);
}

TEST_F(RecordTableModelTest, PagesAnchoredOnDatesAndYesNoFollowTheBooksOrder) {
    // Sort values that are stored differently from how they are held (ISO text, 0/1).
    open(sampleForm(), 430, [](int i) {
        return QVariantMap{
            {u"title"_qs, QStringLiteral("t%1").arg(i)},
            {u"day"_qs,
             i % 9 == 0 ? QVariant() : QVariant(QDate(2020, 1, 1).addDays((i * 7) % 50))},
            {u"done"_qs, i % 3 == 0},
            {u"amount"_qs,
             QStringLiteral("%1.%2").arg((i * 13) % 40).arg(i % 100, 2, 10, QChar(u'0'))}};
    });
    for (const auto &[column, order] :
         {std::pair{u"day"_qs, u"day ASC, id ASC"_qs},
          std::pair{u"done"_qs, u"done ASC, id ASC"_qs},
          std::pair{u"amount"_qs, u"CAST(amount AS REAL) ASC, id ASC"_qs}}) {
        int section = 0;
        while (m_form.fields.at(section).key != column)
            ++section;
        m_model->sort(section, Qt::AscendingOrder);
        ASSERT_TRUE(waitUntil([&] { return !m_model->isCounting(); }));
        const QList<qint64> expected = sqlOrder(order);
        ASSERT_EQ(expected.size(), 430);
        // Forwards from the start, then backwards from the end.
        for (int row : {0, 150, 250, 350, 429, 320, 210, 120})
            EXPECT_EQ(rowRecord(row).id, expected.at(row))
                << column.toStdString() << " row " << row;
    }
}

TEST_F(RecordTableModelTest, AWrittenRecordUpdatesItsRowAtOnce) {
    open(simpleForm(), 20, numbered);
    Record r = rowRecord(3);
    r.values[u"code"_qs] = u"changed"_qs;
    int changedRow = -1;
    QObject::connect(m_model.get(), &QAbstractItemModel::dataChanged, m_model.get(),
                     [&](const QModelIndex &from) { changedRow = from.row(); });
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<SavedRecord> saved = co_await m_db->saveRecord(m_form.id, r);
        EXPECT_TRUE(saved.ok());
    });
    EXPECT_EQ(changedRow, 3);
    EXPECT_EQ(m_model->index(3, 0).data().toString(), u"changed"_qs);
    // A new record changes the count: the table reloads with it.
    Record added;
    added.values = item(u"new"_qs, 1);
    m_db->saveRecord(m_form.id, added);
    ASSERT_TRUE(waitUntil([&] { return m_model->rowCount() == 21; }));
    EXPECT_EQ(rowRecord(20).values.value(u"code"_qs).toString(), u"new"_qs);
}

// A reference column showed "Record 2": the id, which means nothing to a person.
TEST_F(RecordTableModelTest, AReferenceShowsTheReferencedRecordsName) {
    open(simpleForm(u"People"_qs), 3, numbered); // c0, c1, c2
    const FormDef people = m_form;
    FormDef visits = visitsReferringTo(people.id, u"Who"_qs);
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<FormDef> created = co_await m_db->createForm(visits);
        EXPECT_TRUE(created.ok()) << created.error.toLogString().toStdString();
        visits = created.value;
    });
    const QString who = visits.fields.front().key;
    saveRecords(*m_db, visits.id, 2, [&](int i) {
        return QVariantMap{{who, i == 0 ? QVariant(qlonglong(2)) : QVariant()}};
    });
    m_model->setSource(m_db.get(), visits);
    rowRecord(0);
    const QModelIndex cell = m_model->index(0, 0);
    ASSERT_TRUE(waitUntil([&] { return cell.data().toString() == u"c1"_qs; }))
        << cell.data().toString().toStdString();
    EXPECT_EQ(m_model->index(1, 0).data().toString(), QString()) << "no reference";
    // Renaming the person shows in the visits at once.
    Record person;
    runCoroutine([&]() -> QCoro::Task<> {
        const Reply<Record> fetched = co_await m_db->fetchRecord(people, 2);
        EXPECT_TRUE(fetched.ok());
        person = fetched.value;
        person.values.insert(u"code"_qs, u"Alice"_qs);
        EXPECT_TRUE((co_await m_db->saveRecord(people.id, person)).ok());
    });
    EXPECT_TRUE(waitUntil([&] { return cell.data().toString() == u"Alice"_qs; }))
        << cell.data().toString().toStdString();
}
