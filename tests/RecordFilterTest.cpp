// Filters of several conditions, all or any of them, built into SQL with bound values: known
// cases on both backends, and random condition sets over random records checked against the
// same filter evaluated here, in C++, over the records as stored.

#include "RecordFilter.h"
#include "RecordQuery.h"
#include "SqlStatements.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace fb;
using namespace fb::test;

namespace {

using FilterOp = FieldFilter::Op;
using Match = RecordFilter::Match;

class RecordFilterTest : public BookTest {
protected:
    static const FieldDef &fieldOf(const FormDef &form, FieldType type) {
        for (const FieldDef &f : form.fields)
            if (f.type == type)
                return f;
        ADD_FAILURE() << "no field of type " << fieldTypeName(type).toStdString();
        return form.fields.front();
    }
    static QString keyOf(const FormDef &form, FieldType type) { return fieldOf(form, type).key; }

    static void save(Database &db, const FormDef &form, const QList<QVariantMap> &records) {
        for (const QVariantMap &values : records) {
            Record r;
            r.values = values;
            db.saveRecord(form.id, r).then(&db, [](const Reply<SavedRecord> &reply) {
                EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
            });
        }
        ASSERT_TRUE(waitUntil([&] { return db.pendingWrites() == 0; }, 60000));
    }

    static QList<Record> matching(Database &db, const FormDef &form, const RecordFilter &filter) {
        PageQuery q;
        q.limit = 10000;
        q.filter = filter;
        const Reply<RecordPage> page = await(db.fetchPage(form, q));
        EXPECT_TRUE(page.ok()) << page.error.toLogString().toStdString();
        const Reply<qint64> count = await(db.countRecords(form, q));
        EXPECT_EQ(count.value, page.value.records.size()) << "the count says the same";
        return page.value.records;
    }
};

QList<qint64> ids(const QList<Record> &records) {
    QList<qint64> out;
    for (const Record &r : records)
        out << r.id;
    std::sort(out.begin(), out.end());
    return out;
}

// The filter, evaluated in C++ on one record as read back from the book. Empty is null, an
// empty text or an empty list; a comparison with an empty value is false (as NULL is in SQL).
bool empty(const QVariant &v) {
    return v.isNull() || !v.isValid() ||
           (v.typeId() == QMetaType::QString && v.toString().isEmpty()) ||
           (v.typeId() == QMetaType::QStringList && v.toStringList().isEmpty());
}

int compare(const FieldDef &field, const QVariant &a, const QVariant &b) {
    auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (field.type) {
    case FieldType::Integer:
        return cmp(a.toLongLong(), b.toLongLong());
    case FieldType::Decimal:
        return cmp(a.toString().toDouble(), b.toString().toDouble());
    case FieldType::Date:
        return cmp(a.toDate(), b.toDate());
    case FieldType::Time:
        return cmp(a.toTime(), b.toTime());
    case FieldType::DateTime:
        return cmp(a.toDateTime().toUTC(), b.toDateTime().toUTC());
    case FieldType::Bool:
        return cmp(a.toBool(), b.toBool());
    default:
        return cmp(a.toString(), b.toString());
    }
}

bool holds(const FormDef &form, const FieldFilter &c, const Record &r) {
    const FieldDef &field = *form.field(c.key);
    const QVariant v = r.values.value(c.key);
    switch (c.op) {
    case FilterOp::Empty:
        return empty(v);
    case FilterOp::NotEmpty:
        return !empty(v);
    case FilterOp::Contains:
        if (empty(v))
            return false;
        if (field.type == FieldType::MultiChoice)
            return v.toStringList().contains(c.value.toString());
        return v.toString().contains(c.value.toString(), Qt::CaseInsensitive);
    case FilterOp::Equals:
        return !empty(v) && compare(field, v, c.value) == 0;
    case FilterOp::AtLeast:
        return !empty(v) && compare(field, v, c.value) >= 0;
    case FilterOp::AtMost:
        return !empty(v) && compare(field, v, c.value) <= 0;
    }
    return false;
}

bool holds(const FormDef &form, const RecordFilter &filter, const Record &r) {
    if (filter.conditions.isEmpty())
        return true;
    const auto one = [&](const FieldFilter &c) { return holds(form, c, r); };
    return filter.match == Match::All
               ? std::all_of(filter.conditions.begin(), filter.conditions.end(), one)
               : std::any_of(filter.conditions.begin(), filter.conditions.end(), one);
}

// Values drawn from small pools, so that conditions hit some records and miss others. Texts
// hold LIKE's wildcards and a quote; all ASCII, where both engines fold case alike.
class Values {
public:
    explicit Values(quint32 seed)
        : m_random(seed) {}
    int below(int n) { return int(m_random.bounded(n)); }
    QVariant of(const FieldDef &f) {
        static const QStringList texts{u"Alpha"_qs, u"alphabet"_qs, u"BETA"_qs,      u"be_ta"_qs,
                                       u"100%"_qs,  u"x%y"_qs,      u"gamma ray"_qs, u"O'Brien"_qs};
        switch (f.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return texts.at(below(int(texts.size())));
        case FieldType::Integer:
            return qlonglong(below(10) - 3);
        case FieldType::Decimal:
            return QString::number((below(24) - 4) * 0.25, 'f', 2);
        case FieldType::Date:
            return QDate(2024, 1, 1).addDays(below(8));
        case FieldType::Time:
            return QTime(below(6), below(2) * 30);
        case FieldType::DateTime:
            return QDateTime(QDate(2024, 1, 1).addDays(below(3)), QTime(below(4), 0), Qt::UTC);
        case FieldType::Bool:
            return below(2) == 1;
        case FieldType::Choice:
            return f.choices.at(below(int(f.choices.size())));
        case FieldType::MultiChoice: {
            QStringList some;
            for (const QString &c : f.choices)
                if (below(2))
                    some << c;
            return some;
        }
        case FieldType::Reference:
            break;
        }
        return {};
    }
    QVariantMap record(const FormDef &form) {
        QVariantMap values;
        for (const FieldDef &f : form.fields)
            if (below(5)) // every fifth value or so is left empty
                values.insert(f.key, of(f));
        return values;
    }
    FieldFilter condition(const FormDef &form) {
        const FieldDef &f = form.fields.at(below(int(form.fields.size())));
        const QList<FilterOp> ops = RecordFilter::opsFor(f.type);
        FieldFilter c{f.key, ops.at(below(int(ops.size()))), {}};
        if (!FieldFilter::needsValue(c.op))
            return c;
        if (c.op == FilterOp::Contains && f.type != FieldType::MultiChoice) {
            static const QStringList parts{u"a"_qs, u"AL"_qs, u"_"_qs,  u"%"_qs,
                                           u"e"_qs, u"'"_qs,  u"ray"_qs};
            c.value = parts.at(below(int(parts.size())));
        } else if (f.type == FieldType::MultiChoice) {
            c.value = f.choices.at(below(int(f.choices.size())));
        } else {
            c.value = of(f);
        }
        return c;
    }
    RecordFilter filter(const FormDef &form) {
        RecordFilter filter;
        filter.match = below(2) ? Match::Any : Match::All;
        for (int n = 1 + below(4); n > 0; --n)
            filter.conditions << condition(form);
        return filter;
    }

private:
    QRandomGenerator m_random;
};

std::string describe(const FormDef &form, const RecordFilter &filter) {
    return QJsonDocument(filter.toJson(form)).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

TEST_P(RecordFilterTest, AllOrAnyOfSeveralConditions) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    const QString title = keyOf(form, FieldType::Text), count = keyOf(form, FieldType::Integer),
                  colour = keyOf(form, FieldType::Choice),
                  tags = keyOf(form, FieldType::MultiChoice), done = keyOf(form, FieldType::Bool),
                  amount = keyOf(form, FieldType::Decimal);
    save(*db, form,
         {{{title, u"pear"_qs}, {count, 3}, {colour, u"red"_qs}, {tags, QStringList{u"a"_qs}}},
          {{title, u"apple"_qs}, {count, 7}, {colour, u"green"_qs}, {done, true}},
          {{title, u"Apple pie"_qs},
           {colour, u"red"_qs},
           {tags, QStringList{u"b"_qs, u"c"_qs}},
           {amount, u"2.50"_qs}},
          {{title, u"plum"_qs}, {count, 10}, {done, false}, {amount, u"10.00"_qs}}});
    const QList<Record> all = matching(*db, form, {});
    ASSERT_EQ(all.size(), 4);
    auto titles = [&](const RecordFilter &filter) {
        QStringList out;
        for (const Record &r : matching(*db, form, filter))
            out << r.values.value(title).toString();
        out.sort();
        return out;
    };
    EXPECT_EQ(
        titles({Match::All,
                {{title, FilterOp::Contains, u"apple"_qs}, {colour, FilterOp::Equals, u"red"_qs}}}),
        QStringList{u"Apple pie"_qs});
    EXPECT_EQ(
        titles({Match::Any,
                {{title, FilterOp::Contains, u"apple"_qs}, {colour, FilterOp::Equals, u"red"_qs}}}),
        QStringList({u"Apple pie"_qs, u"apple"_qs, u"pear"_qs}));
    EXPECT_EQ(titles({Match::Any, {{count, FilterOp::AtLeast, 7}, {count, FilterOp::Empty, {}}}}),
              QStringList({u"Apple pie"_qs, u"apple"_qs, u"plum"_qs}));
    EXPECT_EQ(titles({Match::All, {{count, FilterOp::AtLeast, 3}, {count, FilterOp::AtMost, 7}}}),
              QStringList({u"apple"_qs, u"pear"_qs}));
    // A multiple choice contains one of its choices, as a whole: "b" is not in "a".
    EXPECT_EQ(titles({Match::All, {{tags, FilterOp::Contains, u"b"_qs}}}),
              QStringList{u"Apple pie"_qs});
    EXPECT_EQ(titles({Match::All, {{tags, FilterOp::Empty, {}}}}),
              QStringList({u"apple"_qs, u"plum"_qs}));
    EXPECT_EQ(titles({Match::All, {{done, FilterOp::Equals, false}}}), QStringList{u"plum"_qs});
    // Decimals compare as numbers ("10.00" is more than "2.50"), also for "is".
    EXPECT_EQ(titles({Match::All, {{amount, FilterOp::AtLeast, u"3.00"_qs}}}),
              QStringList{u"plum"_qs});
    EXPECT_EQ(titles({Match::All, {{amount, FilterOp::Equals, u"2.50"_qs}}}),
              QStringList{u"Apple pie"_qs});
    // Text is a value, never SQL: a quote and a comment find nothing and break nothing.
    EXPECT_TRUE(titles({Match::Any,
                        {{title, FilterOp::Equals, u"x' OR '1'='1"_qs},
                         {title, FilterOp::Contains, u"'; DROP TABLE x; --"_qs}}})
                    .isEmpty());
    EXPECT_EQ(matching(*db, form, {}).size(), 4);
}

TEST_P(RecordFilterTest, TheValuesAreBoundNotWrittenIntoTheSql) {
    const FormDef form = [] {
        FormDef f = sampleForm();
        for (FieldDef &field : f.fields)
            field.key = field.label.toLower().replace(u' ', u'_');
        f.table = u"sample"_qs;
        return f;
    }();
    const SqlDialect dialect(backend());
    const SqlStatements statements(dialect);
    PageQuery q;
    q.filter = {Match::Any,
                {{u"title"_qs, FilterOp::Equals, u"needle1"_qs},
                 {u"title"_qs, FilterOp::Contains, u"needle2"_qs},
                 {u"count"_qs, FilterOp::AtLeast, 424242},
                 {u"colour"_qs, FilterOp::Equals, u"red"_qs},
                 {u"tags"_qs, FilterOp::Contains, u"needle3"_qs}}};
    const RecordQuery rq(dialect, statements, form, q);
    for (const QString &needle : {u"needle"_qs, u"424242"_qs, u"red"_qs}) {
        EXPECT_FALSE(rq.pageSql().contains(needle)) << rq.pageSql().toStdString();
        EXPECT_FALSE(rq.countSql().contains(needle));
    }
    EXPECT_TRUE(rq.pageSql().contains(u" OR "_qs));
    EXPECT_EQ(rq.countBinds().size(), 5);
}

// Random condition sets over random records: the rows the book returns are exactly those the
// same filter, evaluated here, keeps.
TEST_P(RecordFilterTest, RandomFiltersReturnWhatTheFilterSaysInCpp) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    const quint32 seed = 20261202;
    Values values(seed);
    QList<QVariantMap> records;
    for (int i = 0; i < 120; ++i)
        records << values.record(form);
    save(*db, form, records);
    const QList<Record> stored = matching(*db, form, {});
    ASSERT_EQ(stored.size(), 120);
    int nonTrivial = 0;
    for (int trial = 0; trial < 150; ++trial) {
        const RecordFilter filter = values.filter(form);
        QList<Record> expected;
        for (const Record &r : stored)
            if (holds(form, filter, r))
                expected << r;
        nonTrivial += !expected.isEmpty() && expected.size() < stored.size();
        ASSERT_EQ(ids(matching(*db, form, filter)), ids(expected))
            << "seed " << seed << " trial " << trial << ": " << describe(form, filter);
    }
    EXPECT_GT(nonTrivial, 50) << "most filters keep some records and leave out others";
}

FB_ON_BOTH_BACKENDS(RecordFilterTest);

// Without a book: which operators a field offers, and what is kept after the form changed.
TEST(RecordFilterRules, EachTypeOffersTheOperatorsThatFitIt) {
    EXPECT_TRUE(RecordFilter::opsFor(FieldType::Integer).contains(FilterOp::AtLeast));
    EXPECT_FALSE(RecordFilter::opsFor(FieldType::Integer).contains(FilterOp::Contains));
    EXPECT_TRUE(RecordFilter::opsFor(FieldType::Text).contains(FilterOp::Contains));
    EXPECT_FALSE(RecordFilter::opsFor(FieldType::Text).contains(FilterOp::AtLeast));
    EXPECT_FALSE(RecordFilter::opsFor(FieldType::Bool).contains(FilterOp::AtMost));
    EXPECT_TRUE(RecordFilter::opsFor(FieldType::MultiChoice).contains(FilterOp::Contains));
    EXPECT_FALSE(RecordFilter::opsFor(FieldType::MultiChoice).contains(FilterOp::Equals));
    for (const FieldType t : allFieldTypes()) {
        EXPECT_TRUE(RecordFilter::opsFor(t).contains(FilterOp::Empty));
        EXPECT_TRUE(RecordFilter::opsFor(t).contains(FilterOp::NotEmpty));
    }
}

TEST(RecordFilterRules, AConditionThatNoLongerFitsTheFormIsDropped) {
    FormDef form = simpleForm();
    form.fields[0].key = u"code"_qs;
    form.fields[1].key = u"count"_qs;
    const RecordFilter filter{Match::Any,
                              {{u"count"_qs, FilterOp::AtLeast, 5},
                               {u"code"_qs, FilterOp::Contains, u"x"_qs},
                               {u"count"_qs, FilterOp::Empty, {}}}};
    EXPECT_EQ(filter.fittedTo(form), filter);
    FormDef changed = form;
    changed.fields[1].type = FieldType::Text; // "is at least" means nothing for a text
    EXPECT_EQ(filter.fittedTo(changed).conditions,
              QList<FieldFilter>({filter.conditions.at(1), filter.conditions.at(2)}));
    EXPECT_EQ(filter.fittedTo(changed).match, Match::Any);
    FormDef removed = form;
    removed.fields.removeLast();
    EXPECT_EQ(filter.fittedTo(removed).conditions, QList<FieldFilter>{filter.conditions.at(1)});
}

TEST(RecordFilterRules, AFilterReadsBackFromItsJson) {
    FormDef form = sampleForm();
    for (FieldDef &f : form.fields)
        f.key = f.label.toLower().replace(u' ', u'_');
    const RecordFilter filter{
        Match::Any,
        {{u"count"_qs, FilterOp::AtLeast, qlonglong(5)},
         {u"amount"_qs, FilterOp::Equals, u"2.50"_qs},
         {u"day"_qs, FilterOp::AtMost, QDate(2024, 2, 29)},
         {u"seen_at"_qs, FilterOp::AtLeast, QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC)},
         {u"done"_qs, FilterOp::Equals, true},
         {u"colour"_qs, FilterOp::Equals, u"red"_qs},
         {u"tags"_qs, FilterOp::Contains, u"b"_qs},
         {u"title"_qs, FilterOp::Contains, u"pie"_qs},
         {u"notes"_qs, FilterOp::NotEmpty, {}}}};
    const RecordFilter back = RecordFilter::fromJson(form, filter.toJson(form));
    ASSERT_EQ(back.conditions.size(), filter.conditions.size());
    EXPECT_EQ(back.match, Match::Any);
    for (int i = 0; i < back.conditions.size(); ++i) {
        EXPECT_EQ(back.conditions.at(i).key, filter.conditions.at(i).key);
        EXPECT_EQ(back.conditions.at(i).op, filter.conditions.at(i).op);
        EXPECT_EQ(back.conditions.at(i).value, filter.conditions.at(i).value)
            << back.conditions.at(i).key.toStdString();
    }
    // Read back for a form whose field changed type, the condition is not.
    FormDef changed = form;
    changed.fields[2].type = FieldType::Decimal;
    EXPECT_EQ(RecordFilter::fromJson(changed, filter.toJson(form)).conditions.size(),
              filter.conditions.size() - 1);
}
