// Field types round-trip exactly; every rule refuses bad values with a message naming the
// field; database constraints report the field; hostile labels stay safe.

#include "BookConnection.h"
#include "FormStore.h"
#include "SqlErrors.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>

using namespace fb;
using namespace fb::test;

namespace {

class RecordTypesTest : public BookTest {
protected:
    Reply<SavedRecord> save(Database &db, qint64 formId, const Record &r) {
        auto f = db.saveRecord(formId, r);
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }));
        return f.result();
    }
    Record fetch(Database &db, const FormDef &form, qint64 id) {
        auto f = db.fetchRecord(form, id);
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }));
        EXPECT_TRUE(f.result().ok()) << f.result().error.toLogString().toStdString();
        return f.result().value;
    }
};

QVariantMap values(std::initializer_list<std::pair<const char *, QVariant>> list) {
    QVariantMap map;
    for (const auto &[k, v] : list)
        map.insert(QString::fromLatin1(k), v);
    return map;
}

} // namespace

TEST_P(RecordTypesTest, EveryTypeRoundTripsExactly) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    // A moment just after the spring-forward change in Berlin, given in local time there.
    const QDateTime dst(QDate(2026, 3, 29), QTime(3, 30, 15, 250), QTimeZone("Europe/Berlin"));
    const QString mixed =
        QStringLiteral("Grüße 🌍🦉 שלום עולם مرحبا بالعالم");
    Record r;
    r.values = values({{"title", mixed},
                       {"notes", QStringLiteral("line one\nline two\n\n\tend")},
                       {"count", std::numeric_limits<qlonglong>::max()},
                       {"amount", QStringLiteral("0.30")},
                       {"day", QDate(2026, 10, 25)},
                       {"at", QTime(23, 59, 58, 123)},
                       {"seen_at", dst},
                       {"done", false},
                       {"colour", QStringLiteral("green")},
                       {"tags", QStringList{QStringLiteral("a"), QStringLiteral("c")}}});
    const Reply<SavedRecord> saved = save(*db, form.id, r);
    ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
    const Record back = fetch(*db, form, saved.value.record.id);
    EXPECT_EQ(back.values.value(u"title"_qs).toString(), mixed);
    EXPECT_EQ(back.values.value(u"notes"_qs).toString(), r.values.value(u"notes"_qs).toString());
    EXPECT_EQ(back.values.value(u"count"_qs).toLongLong(), std::numeric_limits<qlonglong>::max());
    EXPECT_EQ(back.values.value(u"amount"_qs).toString(), QStringLiteral("0.30"));
    EXPECT_EQ(back.values.value(u"day"_qs).toDate(), QDate(2026, 10, 25));
    EXPECT_EQ(back.values.value(u"at"_qs).toTime(), QTime(23, 59, 58, 123));
    EXPECT_EQ(back.values.value(u"seen_at"_qs).toDateTime(), dst); // the same instant
    EXPECT_EQ(back.values.value(u"seen_at"_qs).toDateTime().timeSpec(), Qt::UTC);
    EXPECT_EQ(back.values.value(u"seen_at"_qs).toDateTime().toString(Qt::ISODateWithMs),
              QStringLiteral("2026-03-29T01:30:15.250Z"));
    ASSERT_TRUE(back.values.contains(u"done"_qs)) << "false is a value, not a missing one";
    EXPECT_FALSE(back.values.value(u"done"_qs).toBool());
    EXPECT_EQ(back.values.value(u"colour"_qs).toString(), QStringLiteral("green"));
    EXPECT_EQ(back.values.value(u"tags"_qs).toStringList(), (QStringList{u"a"_qs, u"c"_qs}));

    // The decimal is stored exactly: text in SQLite, NUMERIC in PostgreSQL, never a float.
    RawBook raw(book());
    QSqlQuery q(raw.db());
    if (isPostgres()) {
        ASSERT_TRUE(
            q.exec(QStringLiteral(
                "SELECT amount::text, pg_typeof(amount)::text, "
                "to_char(seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') FROM sample")) &&
            q.next());
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("numeric"));
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("2026-03-29 01:30:15.250"));
    } else {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT amount, typeof(amount), seen_at FROM sample")) &&
                    q.next());
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("text"));
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("2026-03-29T01:30:15.250Z"));
    }
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("0.30"));
}

TEST_P(RecordTypesTest, EmptyAndMissingStayDistinctFromZeroAndFalse) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    Record zero;
    zero.values = values(
        {{"count", 0}, {"amount", QStringLiteral("0")}, {"done", false}, {"title", QString()}});
    Record missing;
    const Reply<SavedRecord> a = save(*db, form.id, zero);
    const Reply<SavedRecord> b = save(*db, form.id, missing);
    ASSERT_TRUE(a.ok() && b.ok());
    const Record za = fetch(*db, form, a.value.record.id);
    const Record mb = fetch(*db, form, b.value.record.id);
    EXPECT_EQ(za.values.value(u"count"_qs), QVariant(qlonglong(0)));
    EXPECT_EQ(za.values.value(u"amount"_qs).toString(), QStringLiteral("0.00"));
    EXPECT_TRUE(za.values.contains(u"done"_qs));
    EXPECT_FALSE(za.values.contains(u"title"_qs)); // an empty text is empty
    for (const QString &key :
         {u"count"_qs, u"amount"_qs, u"done"_qs, u"title"_qs, u"day"_qs, u"tags"_qs})
        EXPECT_FALSE(mb.values.contains(key)) << key.toStdString();
}

TEST(ValidatorTest, EveryRuleRefusesWithAMessageNamingTheField) {
    struct Case {
        FieldDef field;
        QVariant value;
        const char *messagePart;
    };
    auto f = [](FieldType type, auto &&configure) {
        FieldDef d;
        d.key = u"k"_qs;
        d.label = u"Weight"_qs;
        d.type = type;
        configure(d);
        return d;
    };
    const QList<Case> cases = {
        {f(FieldType::Text, [](FieldDef &d) { d.required = true; }), QString(), "is required"},
        {f(FieldType::Text, [](FieldDef &d) { d.maxLength = 3; }), u"abcd"_qs,
         "at most 3 characters"},
        {f(FieldType::Text, [](FieldDef &d) { d.pattern = u"[0-9]+"_qs; }), u"12a"_qs,
         "expected form"},
        {f(FieldType::Text, [](FieldDef &) {}), u"two\nlines"_qs, "single line"},
        {f(FieldType::Integer, [](FieldDef &) {}), u"12.5"_qs, "whole number"},
        {f(FieldType::Integer, [](FieldDef &d) { d.minimum = 10; }), 9, "at least 10"},
        {f(FieldType::Integer, [](FieldDef &d) { d.maximum = 10; }), 11, "at most 10"},
        {f(FieldType::Decimal, [](FieldDef &d) { d.places = 2; }), u"1.234"_qs, "2 decimal places"},
        {f(FieldType::Decimal, [](FieldDef &) {}), u"1,5"_qs, "decimal places"},
        {f(FieldType::Decimal, [](FieldDef &d) { d.maximum = u"9.99"_qs; }), u"10.00"_qs,
         "at most 9.99"},
        {f(FieldType::Decimal, [](FieldDef &) {}), QVariant(0.1), "decimal places"},
        {f(FieldType::Date, [](FieldDef &) {}), u"2026-02-30"_qs, "valid date"},
        {f(FieldType::Date, [](FieldDef &d) { d.minimum = QDate(2026, 1, 1); }),
         QDate(2025, 12, 31), "at least"},
        {f(FieldType::Time, [](FieldDef &) {}), u"25:00"_qs, "valid time"},
        {f(FieldType::DateTime, [](FieldDef &) {}), u"yesterday"_qs, "valid date and time"},
        {f(FieldType::Choice, [](FieldDef &d) { d.choices = {u"a"_qs}; }), u"b"_qs,
         "not one of the choices"},
        {f(FieldType::MultiChoice, [](FieldDef &d) { d.choices = {u"a"_qs}; }),
         QStringList{u"a"_qs, u"z"_qs}, "not one of the choices"},
        {f(FieldType::Reference, [](FieldDef &) {}), -3, "refer to a record"},
    };
    for (const Case &c : cases) {
        const Validator::Result r = Validator::validate(c.field, c.value);
        ASSERT_TRUE(r.error.isError()) << fieldTypeName(c.field.type).toStdString() << " accepted "
                                       << c.value.toString().toStdString();
        EXPECT_EQ(r.error.kind(), DbError::Kind::Validation);
        EXPECT_EQ(r.error.field(), u"k"_qs);
        EXPECT_TRUE(r.error.message().contains(u"Weight"_qs)) << r.error.message().toStdString();
        EXPECT_TRUE(r.error.message().contains(QString::fromUtf8(c.messagePart)))
            << r.error.message().toStdString();
    }
}

TEST_P(RecordTypesTest, TheWorkerValidatesEveryWrite) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    Record r;
    r.values = values({{"code", u"x"_qs}, {"count", 2000000}});
    const Reply<SavedRecord> saved = save(*db, form.id, r);
    EXPECT_EQ(saved.error.kind(), DbError::Kind::Validation);
    EXPECT_EQ(saved.error.field(), u"count"_qs);
    Record noCode;
    EXPECT_EQ(save(*db, form.id, noCode).error.field(), u"code"_qs);
}

TEST_F(RecordTypesTest, DatabaseConstraintsReportTheFieldTheyConcern) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    Record r;
    r.values = values({{"code", u"same"_qs}});
    ASSERT_TRUE(save(*db, form.id, r).ok());
    const Reply<SavedRecord> dup = save(*db, form.id, r);
    EXPECT_EQ(dup.error.kind(), DbError::Kind::Constraint);
    EXPECT_EQ(dup.error.field(), u"code"_qs);
    EXPECT_TRUE(dup.error.message().contains(u"Code"_qs)) << dup.error.message().toStdString();
    db.reset();

    // Data that did not come through the form meets the same rules in the database.
    BookConnection c(BookSpec::sqlite(bookPath()), BookConnection::Role::Writer, u"direct"_qs);
    ASSERT_FALSE(c.open().isError());
    QList<FormDef> forms;
    ASSERT_FALSE(FormStore(c.sql()).load(&forms).isError());
    const FormDef stored = forms.front();
    const struct {
        const char *sql;
        const char *field;
    } writes[] = {
        {"INSERT INTO items (uuid, created_at, updated_at, code, count) VALUES ('u1', 'x', 'x', "
         "'c1', -1)",
         "count"},
        {"INSERT INTO items (uuid, created_at, updated_at, code, count) VALUES ('u2', 'x', 'x', "
         "NULL, 1)",
         "code"},
        {"INSERT INTO items (uuid, created_at, updated_at, code, count) VALUES ('u3', 'x', 'x', "
         "'c3', 'lots')",
         "count"},
        {"INSERT INTO items (uuid, created_at, updated_at, code, count) VALUES ('u4', 'x', 'x', "
         "'same', 1)",
         "code"},
    };
    for (const auto &w : writes) {
        QSqlQuery q(c.sql().database());
        ASSERT_FALSE(q.exec(QString::fromLatin1(w.sql))) << w.sql;
        const DbError e = errorFromSql(q.lastError(), c.dialect(), &stored);
        EXPECT_EQ(e.kind(), DbError::Kind::Constraint) << w.sql;
        EXPECT_EQ(e.field(), QString::fromLatin1(w.field))
            << w.sql << " -> " << e.toLogString().toStdString();
    }
}

TEST_P(RecordTypesTest, ReferencesPointAtRecordsOfTheOtherForm) {
    FormDef target;
    auto db = openWithForm(simpleForm(u"Places"_qs), &target);
    auto created = db->createForm(visitsReferringTo(target.id, u"Place"_qs));
    ASSERT_TRUE(waitUntil([&] { return created.isFinished(); }));
    ASSERT_TRUE(created.result().ok()) << created.result().error.toLogString().toStdString();
    const FormDef visits = created.result().value;
    Record p;
    p.values = values({{"code", u"P1"_qs}});
    const qint64 placeId = save(*db, target.id, p).value.record.id;
    Record good;
    good.values = values({{"place", placeId}});
    EXPECT_TRUE(save(*db, visits.id, good).ok());
    Record bad;
    bad.values = values({{"place", placeId + 100}});
    const Reply<SavedRecord> refused = save(*db, visits.id, bad);
    EXPECT_EQ(refused.error.kind(), DbError::Kind::Constraint);
    EXPECT_EQ(refused.error.field(), u"place"_qs);
}

TEST_P(RecordTypesTest, HostileLabelsGiveSafeDistinctIdentifiers) {
    const QStringList labels = {u"Robert'); DROP TABLE fb_forms;--"_qs,
                                u"\"quoted\" name"_qs,
                                u"select"_qs,
                                u"id"_qs,
                                u"version"_qs,
                                QString(200, u'x'), // the longest label
                                QString(200, u'x'), // the longest label
                                u"🦉🦉"_qs,
                                u"שם פרטי"_qs,
                                u"الاسم"_qs,
                                u"Name"_qs,
                                u"name"_qs,
                                u"NAME "_qs,
                                u"fb_meta"_qs,
                                u"1st place"_qs,
                                u";"_qs};
    FormDef form;
    form.name = u"Robert'); DROP TABLE fb_meta;--"_qs;
    for (const QString &label : labels) {
        FieldDef f;
        f.label = label;
        form.fields << f;
    }
    FormDef created;
    auto db = openWithForm(form, &created);
    const QRegularExpression safe(u"^[a-z_][a-z0-9_]{0,47}$"_qs);
    QSet<QString> keys;
    EXPECT_TRUE(safe.match(created.table).hasMatch()) << created.table.toStdString();
    for (const FieldDef &f : created.fields) {
        EXPECT_TRUE(safe.match(f.key).hasMatch()) << f.key.toStdString();
        keys.insert(f.key);
    }
    EXPECT_EQ(keys.size(), labels.size());
    Record r;
    for (const FieldDef &f : created.fields)
        r.values.insert(f.key, u"value of "_qs + f.label);
    const Reply<SavedRecord> saved = save(*db, created.id, r);
    ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
    const Record back = fetch(*db, created, saved.value.record.id);
    for (const FieldDef &f : created.fields)
        EXPECT_EQ(back.values.value(f.key).toString(), u"value of "_qs + f.label);
    db.reset();
    RawBook raw(book());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM fb_meta"_qs), 2); // still there
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM fb_fields"_qs), labels.size());
}

FB_ON_BOTH_BACKENDS(RecordTypesTest);
