// Finding records: keyset pages in any order, search, filters; conflicts; trash and restore.

#include "TestSupport.h"

#include <algorithm>

using namespace fb;
using namespace fb::test;

namespace {

class RecordQueryTest : public BookTest {
protected:
    template <typename T> T await(QFuture<T> f) {
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }));
        return f.result();
    }

    // 230 records; "count" repeats (i % 7) and is empty for every 11th; "amount" is a
    // decimal whose text order differs from its numeric order.
    FormDef fill(Database &db, const FormDef &form) {
        for (int i = 0; i < 230; ++i) {
            Record r;
            r.values = {{u"title"_qs, i % 3 ? u"apple %1"_qs.arg(i) : u"Pear %1"_qs.arg(i)},
                        {u"amount"_qs, u"%1.50"_qs.arg((i * 37) % 101)}};
            if (i % 11)
                r.values.insert(u"count"_qs, i % 7);
            db.saveRecord(form.id, r);
        }
        EXPECT_TRUE(waitUntil([&] { return db.pendingWrites() == 0; }));
        return form;
    }

    QList<Record> walk(Database &db, const FormDef &form, PageQuery q, bool backwards) {
        QList<Record> all;
        q.limit = 17;
        q.from = backwards ? PageQuery::From::End : PageQuery::From::Start;
        for (int guard = 0; guard < 100; ++guard) {
            const Reply<RecordPage> page = await(db.fetchPage(form, q));
            EXPECT_TRUE(page.ok()) << page.error.toLogString().toStdString();
            if (page.value.records.isEmpty())
                break;
            if (backwards)
                all = page.value.records + all;
            else
                all += page.value.records;
            if (backwards ? page.value.atStart : page.value.atEnd)
                break;
            const Record &edge = backwards ? page.value.records.front() : page.value.records.back();
            q.from = backwards ? PageQuery::From::Before : PageQuery::From::After;
            q.anchorId = edge.id;
            q.anchorValue = sortValueOf(form, q.sortKey, edge);
        }
        return all;
    }

    static QVariant sortValueOf(const FormDef &form, const QString &key, const Record &r) {
        const FieldDef *f = form.field(key);
        if (!f)
            return {};
        const QVariant v = r.values.value(key);
        if (v.isNull())
            return {};
        return f->type == FieldType::Integer ? QVariant(v.toLongLong()) : QVariant(v.toString());
    }
};

QList<qint64> ids(const QList<Record> &records) {
    QList<qint64> out;
    for (const Record &r : records)
        out << r.id;
    return out;
}

} // namespace

TEST_P(RecordQueryTest, KeysetPagesWalkEveryOrderBothWays) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    fill(*db, form);
    PageQuery all;
    all.limit = 1000;
    const QList<Record> everything = await(db->fetchPage(form, all)).value.records;
    ASSERT_EQ(everything.size(), 230);

    for (const QString &key : {u"id"_qs, u"count"_qs, u"amount"_qs, u"title"_qs}) {
        for (bool descending : {false, true}) {
            // The expected order, computed here: empty first ascending, ties by id.
            QList<Record> expected = everything;
            std::stable_sort(expected.begin(), expected.end(),
                             [&](const Record &a, const Record &b) {
                                 const QVariant va = a.values.value(key), vb = b.values.value(key);
                                 auto less = [&](const QVariant &x, const QVariant &y) {
                                     if (x.isNull() != y.isNull())
                                         return x.isNull();
                                     if (key == u"amount")
                                         return x.toString().toDouble() < y.toString().toDouble();
                                     if (key == u"count")
                                         return x.toLongLong() < y.toLongLong();
                                     return x.toString() < y.toString();
                                 };
                                 if (key == u"id")
                                     return descending ? a.id > b.id : a.id < b.id;
                                 if (less(va, vb) || less(vb, va))
                                     return descending ? less(vb, va) : less(va, vb);
                                 return descending ? a.id > b.id : a.id < b.id;
                             });
            PageQuery q;
            q.sortKey = key;
            q.descending = descending;
            EXPECT_EQ(ids(walk(*db, form, q, false)), ids(expected))
                << key.toStdString() << descending;
            EXPECT_EQ(ids(walk(*db, form, q, true)), ids(expected))
                << key.toStdString() << descending;
        }
    }
}

TEST_P(RecordQueryTest, AnOffsetPageIsTheKeysetPageAtTheSamePlace) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    fill(*db, form);
    for (const QString &key : {u"id"_qs, u"count"_qs, u"amount"_qs, u"title"_qs}) {
        for (bool descending : {false, true}) {
            PageQuery q;
            q.sortKey = key;
            q.descending = descending;
            q.search = u"a"_qs; // "apple …" and "Pear …": all but none, through the search
            q.filter.conditions = {
                {u"count"_qs, FieldFilter::Op::AtMost, 5}}; // leaves out 6 and empty
            const QList<Record> walked = walk(*db, form, q, false);
            ASSERT_GT(walked.size(), 100);
            ASSERT_LT(walked.size(), 230);
            q.from = PageQuery::From::Offset;
            q.limit = 17;
            for (qint64 offset = 0; offset < walked.size() + 17; offset += 17) {
                q.offset = offset;
                const Reply<RecordPage> page = await(db->fetchPage(form, q));
                ASSERT_TRUE(page.ok()) << page.error.toLogString().toStdString();
                EXPECT_EQ(ids(page.value.records), ids(walked.mid(offset, 17)))
                    << key.toStdString() << descending << " at " << offset;
                EXPECT_EQ(page.value.atStart, offset == 0);
                EXPECT_EQ(page.value.atEnd, offset + 17 >= walked.size());
            }
        }
    }
}

TEST_P(RecordQueryTest, SearchAndFiltersAreDoneInSql) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    fill(*db, form);
    PageQuery q;
    q.limit = 1000;
    q.search = u"pear"_qs; // case-insensitive
    EXPECT_EQ(await(db->countRecords(form, q)).value, 77);
    q.search = u"100%"_qs; // wildcards in the search are literal
    EXPECT_EQ(await(db->countRecords(form, q)).value, 0);
    q.search.clear();
    q.filter.conditions = {{u"count"_qs, FieldFilter::Op::Equals, 3}};
    const QList<Record> threes = await(db->fetchPage(form, q)).value.records;
    EXPECT_FALSE(threes.isEmpty());
    for (const Record &r : threes)
        EXPECT_EQ(r.values.value(u"count"_qs).toLongLong(), 3);
    q.filter.conditions = {{u"count"_qs, FieldFilter::Op::Empty, {}}};
    EXPECT_EQ(await(db->countRecords(form, q)).value, 21);
    q.filter.conditions = {{u"amount"_qs, FieldFilter::Op::AtLeast, u"99.00"_qs},
                           {u"amount"_qs, FieldFilter::Op::AtMost, u"100.50"_qs}};
    for (const Record &r : await(db->fetchPage(form, q)).value.records) {
        const double a = r.values.value(u"amount"_qs).toString().toDouble();
        EXPECT_TRUE(a >= 99 && a <= 100.5) << a;
    }
    // Counted here from what was saved: amounts (i * 37) % 101 + 0.5 within [99, 100.5].
    int inRange = 0, apples = 0;
    for (int i = 0; i < 230; ++i) {
        inRange += (i * 37) % 101 >= 99;
        apples += i % 3 && QString::number(i).startsWith(u'1');
    }
    EXPECT_EQ(await(db->countRecords(form, q)).value, inRange);
    q.filter.conditions = {{u"title"_qs, FieldFilter::Op::Contains, u"apple 1"_qs}};
    EXPECT_EQ(await(db->countRecords(form, q)).value, apples);
}

TEST_P(RecordQueryTest, AStaleUpdateIsAConflictNotAnOverwrite) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    Record r;
    r.values = {{u"code"_qs, u"a"_qs}, {u"count"_qs, 1}};
    const Record saved = await(db->saveRecord(form.id, r)).value.record;
    Record mine = saved, theirs = saved;
    theirs.values[u"count"_qs] = 2;
    mine.values[u"count"_qs] = 3;
    ASSERT_TRUE(await(db->saveRecord(form.id, theirs)).ok());
    const Reply<SavedRecord> conflict = await(db->saveRecord(form.id, mine));
    EXPECT_EQ(conflict.error.kind(), DbError::Kind::Conflict);
    const Record now = await(db->fetchRecord(form, saved.id)).value;
    EXPECT_EQ(now.values.value(u"count"_qs).toLongLong(), 2);
    EXPECT_EQ(now.version, 2);
    // Based on the new version, the save goes through.
    mine.version = now.version;
    EXPECT_TRUE(await(db->saveRecord(form.id, mine)).ok());
}

TEST_P(RecordQueryTest, TrashAndRestore) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    Record r;
    r.values = {{u"code"_qs, u"a"_qs}};
    const qint64 id = await(db->saveRecord(form.id, r)).value.record.id;
    ASSERT_TRUE(await(db->trashRecord(form.id, id)).ok());
    PageQuery live, trash;
    trash.trash = true;
    EXPECT_EQ(await(db->countRecords(form, live)).value, 0);
    EXPECT_EQ(await(db->countRecords(form, trash)).value, 1);
    EXPECT_EQ(await(db->trashRecord(form.id, id)).error.kind(), DbError::Kind::Conflict);
    // A trashed record cannot be edited, and its unique code stays taken until purged.
    Record edit = await(db->fetchRecord(form, id)).value;
    EXPECT_EQ(await(db->saveRecord(form.id, edit)).error.kind(), DbError::Kind::Conflict);
    ASSERT_TRUE(await(db->restoreRecord(form.id, id)).ok());
    EXPECT_EQ(await(db->countRecords(form, live)).value, 1);
    EXPECT_EQ(await(db->fetchRecord(form, id)).value.values.value(u"code"_qs).toString(), u"a"_qs);
}

FB_ON_BOTH_BACKENDS(RecordQueryTest);
