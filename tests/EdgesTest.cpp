// At the edges: identifiers are made, never taken from a file; rules have bounds; values that
// cannot come back as they went in are refused on their field; a bad request fails alone.

#include "Decimal.h"
#include "FormJson.h"
#include "FormRules.h"
#include "IsoText.h"
#include "Slug.h"
#include "SqlDialect.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray formFile(const QString &fieldsJson) {
    return (u"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"Hostile\", \"fields\": ["_qs +
            fieldsJson + u"]}"_qs)
        .toUtf8();
}

DbError importError(const QString &fieldsJson, FormDef *form = nullptr) {
    FormDef parsed;
    DbError error;
    FormJson::fromJson(formFile(fieldsJson), &parsed, &error);
    if (form)
        *form = parsed;
    return error;
}

// The column names of a table, read by the test's own connection.
QStringList columns(RawBook &raw, const QString &table) {
    QStringList names;
    const QSqlRecord record = raw.db().record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

class EdgesTest : public BookTest {};

} // namespace

TEST(SlugTest, IdentifiersAreMadeNeverTaken) {
    const QRegularExpression safe(u"^[a-z_][a-z0-9_]{0,47}$"_qs);
    SlugMaker maker;
    QSet<QString> made;
    const QStringList wishes{u"a] TEXT, [injected] TEXT DEFAULT 'pwned', [b"_qs,
                             u"\"x\" TEXT, \"y"_qs,
                             u"ID"_qs,
                             u"UUID"_qs,
                             u"Name"_qs,
                             u"NAME"_qs,
                             u"name"_qs,
                             QString(u"nu\0l"_qs),
                             u"Created_At"_qs,
                             u"sqlite_master"_qs,
                             u"pg_class"_qs};
    for (const QString &wish : wishes) {
        const QString slug = maker.make(wish);
        EXPECT_TRUE(safe.match(slug).hasMatch()) << slug.toStdString();
        EXPECT_FALSE(isReservedIdentifier(slug)) << slug.toStdString();
        EXPECT_FALSE(made.contains(slug)) << slug.toStdString();
        made.insert(slug);
    }
    EXPECT_TRUE(isSlug(u"name_2"_qs));
    EXPECT_FALSE(isSlug(u"Name"_qs));
    EXPECT_FALSE(isSlug(u"id"_qs));
}

TEST(SlugTest, ManyEqualLabelsGetDistinctSlugsInOnePass) {
    // Quadratic slugging took 29 s for 16,000; the test's time-out is the guard.
    SlugMaker maker;
    QSet<QString> made;
    for (int i = 0; i < 50000; ++i)
        made.insert(maker.make(u"Name"_qs));
    EXPECT_EQ(made.size(), 50000);
    EXPECT_TRUE(made.contains(u"name"_qs));
    EXPECT_TRUE(made.contains(u"name_50000"_qs));
}

TEST(SqlDialectTest, QuotingIsFieldbooksOwnOnBothBackends) {
    for (auto backend : {BookSpec::Backend::Sqlite, BookSpec::Backend::Postgres}) {
        const SqlDialect d(backend);
        EXPECT_EQ(d.quote(u"plain"_qs), u"\"plain\""_qs);
        EXPECT_EQ(d.quote(u"\"already\""_qs), u"\"\"\"already\"\"\""_qs);
        EXPECT_EQ(d.quote(u"[bracketed]"_qs), u"\"[bracketed]\""_qs);
    }
}

TEST_P(EdgesTest, AKeyFromAFormFileIsAWishNotAnIdentifier) {
    const QString hostile =
        isPostgres() ? u"a\\\" TEXT, \\\"injected\\\" TEXT DEFAULT current_user, \\\"b"_qs
                     : u"a] TEXT, [injected] TEXT DEFAULT 'pwned', [b"_qs;
    FormDef parsed;
    ASSERT_FALSE(
        importError(u"{\"label\": \"First\", \"type\": \"text\", \"key\": \""_qs + hostile +
                        u"\"}, {\"label\": \"Second\", \"type\": \"text\", \"key\": \"ID\"},"
                        u" {\"label\": \"Third\", \"type\": \"text\", \"key\": \"Uuid\"},"
                        u" {\"label\": \"Fourth\", \"type\": \"text\", \"key\": \"second\"},"
                        u" {\"label\": \"Fifth\", \"type\": \"text\", \"key\": \"SECOND\"},"
                        u" {\"label\": \"Sixth\", \"type\": \"text\", \"key\": \"n\\u0000ul\"}"_qs,
                    &parsed)
            .isError());
    parsed.displayField = parsed.fields.at(3).key; // the display field follows its field
    FormDef created;
    auto db = openWithForm(parsed, &created);
    ASSERT_EQ(created.fields.size(), 6);
    EXPECT_EQ(created.displayField, created.fields.at(3).key);
    RawBook raw(book());
    const QStringList cols = columns(raw, created.table);
    EXPECT_FALSE(cols.contains(u"injected"_qs)) << cols.join(u", "_qs).toStdString();
    EXPECT_EQ(cols.size(), 6 + 6) << cols.join(u", "_qs).toStdString(); // six system columns
    QSet<QString> lower;
    for (const QString &c : cols)
        lower.insert(c.toLower());
    EXPECT_EQ(lower.size(), cols.size());

    // Every field saves and reads back.
    Record r;
    for (const FieldDef &f : created.fields)
        r.values.insert(f.key, f.label);
    const Reply<SavedRecord> saved = await(db->saveRecord(created.id, r));
    ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
    const Reply<Record> back = await(db->fetchRecord(created, saved.value.record.id));
    ASSERT_TRUE(back.ok()) << back.error.toLogString().toStdString();
    for (const FieldDef &f : created.fields)
        EXPECT_EQ(back.value.values.value(f.key).toString(), f.label);
}

TEST(FormRulesTest, EveryNumberInAFormFileHasABound) {
    struct Case {
        QString field;
        QString says;
    };
    const QList<Case> cases{
        {u"{\"label\": \"Price\", \"type\": \"decimal\", \"places\": 2147483647}"_qs, u"Price"_qs},
        {u"{\"label\": \"Price\", \"type\": \"decimal\", \"places\": 300000000}"_qs, u"Price"_qs},
        {u"{\"label\": \"Price\", \"type\": \"decimal\", \"places\": -1}"_qs, u"Price"_qs},
        {u"{\"label\": \"Price\", \"type\": \"decimal\", \"places\": 2.5}"_qs, u"Price"_qs},
        {u"{\"label\": \"Note\", \"type\": \"text\", \"maxLength\": 300000000}"_qs, u"Note"_qs},
        {u"{\"label\": \"Note\", \"type\": \"text\", \"maxLength\": 501}"_qs, u"Note"_qs},
        {u"{\"label\": \"Note\", \"type\": \"long-text\", \"maxLength\": 4294967296}"_qs,
         u"Note"_qs},
        {u"{\"label\": \"Count\", \"type\": \"integer\", \"minimum\": 5, \"maximum\": 1}"_qs,
         u"Count"_qs},
        {u"{\"label\": \"Count\", \"type\": \"integer\", \"minimum\": 1e300}"_qs, u"Count"_qs},
        {u"{\"label\": \"Day\", \"type\": \"date\", \"minimum\": \"12345-01-01\"}"_qs, u"Day"_qs},
        {u"{\"label\": \"Code\", \"type\": \"text\", \"pattern\": \"(unclosed\"}"_qs, u"Code"_qs},
        {u"{\"label\": \"Size\", \"type\": \"choice\", \"choices\": []}"_qs, u"Size"_qs},
        {u"{\"label\": \"Size\", \"type\": \"choice\", \"choices\": [\"S\", \"S\"]}"_qs,
         u"Size"_qs},
        {u"{\"label\": \"Size\", \"type\": \"choice\", \"choices\": [\"S\"], \"default\": \"M\"}"_qs,
         u"Size"_qs},
    };
    for (const Case &c : cases) {
        const DbError e = importError(c.field);
        ASSERT_TRUE(e.isError()) << c.field.toStdString();
        EXPECT_EQ(e.kind(), DbError::Kind::Validation);
        EXPECT_TRUE(e.message().contains(c.says)) << e.message().toStdString();
    }
    QStringList many;
    for (int i = 0; i <= FormRules::maxFields; ++i)
        many << u"{\"label\": \"Same\", \"type\": \"text\"}"_qs;
    const DbError tooMany = importError(many.join(u','));
    ASSERT_TRUE(tooMany.isError());
    EXPECT_TRUE(tooMany.message().contains(QString::number(FormRules::maxFields)));
    many.removeLast();
    FormDef full;
    EXPECT_FALSE(importError(many.join(u','), &full).isError());
    EXPECT_EQ(full.fields.size(), FormRules::maxFields);
}

// A member of the wrong kind or a rule for another type is refused, naming the field and
// the member, instead of being dropped or kept without a word; each rule that does not fit
// is named.
TEST(FormRulesTest, RulesOfTheWrongKindOrForAnotherTypeAreRefusedByName) {
    for (const auto &[fieldJson, message] : std::initializer_list<std::pair<QString, QString>>{
             {uR"({"label": "Code", "type": "text", "required": "yes"})"_qs,
              u"In field Code, “required” must be true or false."_qs},
             {uR"({"label": "Code", "type": "text", "unique": 1})"_qs,
              u"In field Code, “unique” must be true or false."_qs},
             {uR"({"label": "Code", "type": "text", "pattern": 5})"_qs,
              u"In field Code, “pattern” must be a text."_qs},
             {uR"({"label": "Count", "type": "integer", "maxLength": 5})"_qs,
              u"Field Count cannot have “maxLength”: that rule is for fields of another type."_qs},
             {uR"({"label": "Code", "type": "text", "maxLength": -5})"_qs,
              u"The maximum length of Code must be a whole number from 0 to 500."_qs},
             {uR"({"label": "Notes", "type": "long-text", "maxLength": 1000001})"_qs,
              u"The maximum length of Notes must be a whole number from 0 to 1000000."_qs},
             {uR"({"label": "Code", "type": "text", "places": 2})"_qs,
              u"Field Code cannot have “places”: that rule is for fields of another type."_qs},
             {uR"({"label": "Code", "type": "text", "minimum": "a"})"_qs,
              u"Field Code cannot have “minimum”: that rule is for fields of another type."_qs},
             {uR"({"label": "Done", "type": "yes-no", "choices": ["a"]})"_qs,
              u"Field Done cannot have “choices”: that rule is for fields of another type."_qs},
             {uR"({"label": "Count", "type": "integer", "minimum": 1.5})"_qs,
              u"The minimum of Count is not a value a field of its type can hold."_qs},
             {uR"({"label": "Count", "type": "integer", "maximum": "many"})"_qs,
              u"The maximum of Count is not a value a field of its type can hold."_qs},
             {uR"({"label": "Day", "type": "date", "default": "31/01/2026"})"_qs,
              u"The default of Day is not a value a field of its type can hold."_qs}}) {
        EXPECT_EQ(importError(fieldJson).message(), message) << fieldJson.toStdString();
    }
    // Every form the designer can make writes only its type's rules, and reads back.
    FormDef form;
    FieldDef count = plainField(u"Count"_qs, FieldType::Integer);
    count.maxLength = 10; // left over from a time as a text
    count.choices = {u"a"_qs};
    count.pattern = u"x"_qs;
    form.name = u"Left over"_qs;
    form.fields << count;
    FormDef back;
    DbError error;
    EXPECT_TRUE(FormJson::fromJson(FormJson::toJson(form), &back, &error))
        << error.message().toStdString();
}

TEST(FormRulesTest, AFormatVersionIsSaidAsTheFileGivesIt) {
    for (const auto &[version, shown] :
         std::initializer_list<std::pair<QString, QString>>{{u"1.5"_qs, u"1.5"_qs},
                                                            {u"1e30"_qs, u"1e+30"_qs},
                                                            {u"0"_qs, u"0"_qs},
                                                            {u"\"2\""_qs, u"\"2\""_qs},
                                                            {u"7"_qs, u"7"_qs}}) {
        FormDef form;
        DbError error;
        const QByteArray file = (u"{\"format\": \"fieldbook-form\", \"version\": "_qs + version +
                                 u", \"name\": \"x\", \"fields\": [{\"label\": \"A\", "
                                 "\"type\": \"text\"}]}"_qs)
                                    .toUtf8();
        EXPECT_FALSE(FormJson::fromJson(file, &form, &error));
        EXPECT_EQ(error.message(), u"The form file has format version %1; this Fieldbook reads "
                                   "up to 1."_qs.arg(shown));
    }
}

// Decimal rules written as JSON numbers mean what the file says, not the double's digits.
TEST(FormRulesTest, DecimalRulesGivenAsJsonNumbersAreExact) {
    FormDef form;
    ASSERT_FALSE(importError(uR"({"label": "D", "type": "decimal", "places": 20,
                                 "minimum": 0.1, "maximum": 1e25})"_qs,
                             &form)
                     .isError());
    EXPECT_EQ(form.fields.at(0).minimum, QVariant(u"0.10000000000000000000"_qs));
    EXPECT_EQ(form.fields.at(0).maximum,
              QVariant(u"10000000000000000000000000.00000000000000000000"_qs));
    // More places than the field has: refused, not rounded.
    EXPECT_TRUE(
        importError(uR"({"label": "D", "type": "decimal", "places": 2, "minimum": 0.125})"_qs)
            .isError());
}

TEST(FormRulesTest, AFormFileIsReadUpToItsLargestSizeAndNoFurther) {
    QByteArray bytes(FormJson::maxFileBytes, ' ');
    QBuffer atLimit(&bytes);
    ASSERT_TRUE(atLimit.open(QIODevice::ReadOnly));
    QByteArray json;
    DbError error;
    EXPECT_TRUE(FormJson::readFile(atLimit, &json, &error));
    EXPECT_EQ(json.size(), FormJson::maxFileBytes);
    bytes.append(' ');
    QBuffer over(&bytes);
    ASSERT_TRUE(over.open(QIODevice::ReadOnly));
    EXPECT_FALSE(FormJson::readFile(over, &json, &error));
    EXPECT_TRUE(json.isEmpty());
    EXPECT_EQ(error.message(),
              u"The file is larger than 16 MB, more than any form file; it is not a form."_qs);
}

TEST(FormRulesTest, ADateRuleSurvivesExportAndImport) {
    FormDef parsed;
    ASSERT_FALSE(
        importError(u"{\"label\": \"Day\", \"type\": \"date\", \"minimum\": \"2026-01-31\","
                    u" \"maximum\": \"2026-12-31\", \"default\": \"2026-02-01\"}, "
                    u"{\"label\": \"At\", \"type\": \"time\", \"minimum\": \"08:00\"}, "
                    u"{\"label\": \"Seen\", \"type\": \"date-time\", "
                    u"\"minimum\": \"2026-01-31T10:00:00.000Z\"}"_qs,
                    &parsed)
            .isError());
    EXPECT_EQ(parsed.fields.at(0).minimum.toDate(), QDate(2026, 1, 31));
    EXPECT_EQ(parsed.fields.at(1).minimum.toTime(), QTime(8, 0));
    FormDef again;
    DbError error;
    ASSERT_TRUE(FormJson::fromJson(FormJson::toJson(parsed, {}), &again, &error))
        << error.toLogString().toStdString();
    EXPECT_EQ(again.fields, parsed.fields);
}

TEST(ValidatorEdgesTest, ValuesThatWouldComeBackChangedAreRefusedOnTheirField) {
    FieldDef text;
    text.key = u"t"_qs;
    text.label = u"Title"_qs;
    QString lone = u"ab"_qs;
    lone[0] = QChar(0xD800);
    for (const QString &bad : {lone, QString(u"a\0b"_qs), QString(u"two\rlines"_qs),
                               QString(Validator::maxLineLength + 1, u'x')}) {
        const Validator::Result r = Validator::validate(text, bad);
        ASSERT_TRUE(r.error.isError()) << bad.toStdString();
        EXPECT_EQ(r.error.field(), u"t"_qs);
        EXPECT_TRUE(r.error.message().contains(u"Title"_qs));
    }
    // maxLength counts characters, as both databases do: an emoji is one.
    text.maxLength = 3;
    EXPECT_FALSE(Validator::validate(text, u"🦉🦉🦉"_qs).error.isError());
    EXPECT_TRUE(Validator::validate(text, u"🦉🦉🦉🦉"_qs).error.isError());
    // A required text of spaces is empty.
    text.required = true;
    EXPECT_TRUE(Validator::validate(text, u"   "_qs).error.isError());
    EXPECT_TRUE(Validator::validate(text, u" \t "_qs).error.isError());

    FieldDef yes;
    yes.type = FieldType::Bool;
    yes.label = u"Done"_qs;
    EXPECT_EQ(Validator::validate(yes, u"no"_qs).value, QVariant(false));
    EXPECT_EQ(Validator::validate(yes, u"Yes"_qs).value, QVariant(true));
    EXPECT_EQ(Validator::validate(yes, 0).value, QVariant(false));
    EXPECT_TRUE(Validator::validate(yes, u"maybe"_qs).error.isError());
    EXPECT_TRUE(Validator::validate(yes, 2).error.isError());

    FieldDef whole;
    whole.type = FieldType::Integer;
    whole.label = u"Count"_qs;
    EXPECT_TRUE(Validator::validate(whole, QVariant::fromValue(quint64(-1))).error.isError());
    EXPECT_EQ(Validator::validate(whole, QVariant::fromValue(quint64(INT64_MAX))).value,
              QVariant(qlonglong(INT64_MAX)));
    EXPECT_TRUE(Validator::validate(whole, 2.0).error.isError());
    EXPECT_TRUE(Validator::validate(whole, true).error.isError());

    FieldDef day;
    day.type = FieldType::Date;
    day.label = u"Day"_qs;
    EXPECT_TRUE(Validator::validate(day, QDate(12345, 1, 1)).error.isError());
    EXPECT_TRUE(Validator::validate(day, QDate(-5, 1, 1)).error.isError());
    EXPECT_EQ(Validator::validate(day, u"2026-01-31"_qs).value, QVariant(QDate(2026, 1, 31)));
    EXPECT_TRUE(Validator::validate(day, u"2026-1-31"_qs).error.isError());
    EXPECT_TRUE(Validator::validate(day, u"2026-02-30"_qs).error.isError());

    FieldDef at;
    at.type = FieldType::Time;
    at.label = u"At"_qs;
    EXPECT_TRUE(Validator::validate(at, u"24:00"_qs).error.isError());
    EXPECT_TRUE(Validator::validate(at, u"23:60"_qs).error.isError());
    EXPECT_EQ(Validator::validate(at, u"23:59:59.999"_qs).value, QVariant(QTime(23, 59, 59, 999)));

    FieldDef seen;
    seen.type = FieldType::DateTime;
    seen.label = u"Seen"_qs;
    EXPECT_TRUE(Validator::validate(seen, QDateTime(QDate(9999, 12, 31), QTime(23, 0),
                                                    Qt::OffsetFromUTC, -5 * 3600))
                    .error.isError());
    EXPECT_TRUE(Validator::validate(
                    seen, QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 9 * 3600))
                    .error.isError());
    EXPECT_EQ(Validator::validate(seen, u"2026-01-31T10:00:00+05:00"_qs).value.toDateTime(),
              QDateTime(QDate(2026, 1, 31), QTime(5, 0), Qt::UTC));

    FieldDef amount;
    amount.type = FieldType::Decimal;
    amount.label = u"Amount"_qs;
    amount.places = 2;
    EXPECT_FALSE(
        Validator::validate(amount, QString(Validator::maxWholeDigits, u'9')).error.isError());
    EXPECT_TRUE(
        Validator::validate(amount, QString(Validator::maxWholeDigits + 1, u'9')).error.isError());
}

TEST(IsoTextTest, StrictAtEveryBoundary) {
    EXPECT_EQ(IsoText::date(u"0001-01-01"), QDate(1, 1, 1));
    EXPECT_EQ(IsoText::date(u"9999-12-31"), QDate(9999, 12, 31));
    EXPECT_FALSE(IsoText::date(u"0000-01-01"));
    EXPECT_FALSE(IsoText::date(u"2026-13-01"));
    EXPECT_FALSE(IsoText::date(u"２０２６-01-01")); // full-width digits are not ISO
    EXPECT_EQ(IsoText::time(u"00:00"), QTime(0, 0));
    EXPECT_EQ(IsoText::time(u"23:59:59"), QTime(23, 59, 59));
    EXPECT_FALSE(IsoText::time(u"24:00"));
    EXPECT_FALSE(IsoText::time(u"12:00:00.5"));
    EXPECT_FALSE(IsoText::time(u"12:00:60"));
    EXPECT_EQ(IsoText::dateTime(u"2026-01-31T10:00Z")->toUTC(),
              QDateTime(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(IsoText::dateTime(u"2026-01-31 10:00:00.250-03:30")->toUTC(),
              QDateTime(QDate(2026, 1, 31), QTime(13, 30, 0, 250), Qt::UTC));
    EXPECT_FALSE(IsoText::dateTime(u"2026-01-31T24:00Z"));
    EXPECT_FALSE(IsoText::dateTime(u"2026-01-31T10:00+15:00"));
}

TEST_P(EdgesTest, ABadFormFailsAloneAndTheSavesBehindItAreAnswered) {
    FormDef items;
    auto db = openWithForm(simpleForm(), &items);
    FormDef bad;
    bad.name = u"Bad"_qs;
    FieldDef price;
    price.label = u"Price"_qs;
    price.type = FieldType::Decimal;
    price.places = 2147483647;
    bad.fields << price;
    QList<QFuture<Reply<SavedRecord>>> before, after;
    for (int i = 0; i < 20; ++i) {
        Record r;
        r.values.insert(u"code"_qs, u"b%1"_qs.arg(i));
        before << db->saveRecord(items.id, r);
    }
    auto refused = db->createForm(bad);
    for (int i = 0; i < 20; ++i) {
        Record r;
        r.values.insert(u"code"_qs, u"a%1"_qs.arg(i));
        after << db->saveRecord(items.id, r);
    }
    const Reply<FormDef> created = await(refused);
    ASSERT_TRUE(created.error.isError());
    EXPECT_EQ(created.error.kind(), DbError::Kind::Validation);
    EXPECT_TRUE(created.error.message().contains(u"Price"_qs))
        << created.error.message().toStdString();
    for (const auto &f : before + after)
        EXPECT_TRUE(await(f).ok());
    EXPECT_EQ(await(db->countRecords(items, {})).value, 40);
}

// A request whose statement runs past the book's limit is stopped and fails alone, with a
// message that says so; the writes and reads queued behind it are answered. On SQLite the
// slow ones are big: emptying a trash of 300,000 records, searching them. On PostgreSQL they
// wait on a table another session keeps locked (as a colleague's long transaction would).
TEST_P(EdgesTest, AStatementThatRunsPastTheLimitFailsAloneAndTheRequestsBehindItAreAnswered) {
    BookSpec spec = book();
    FormDef items, places;
    {
        auto db = openBook(spec);
        items = await(db->createForm(simpleForm())).value;
        places = await(db->createForm(placesForm())).value;
        ASSERT_TRUE(items.id && places.id);
    }
    constexpr int trashed = 300000;
    auto raw =
        isPostgres() ? std::make_unique<RawBook>(spec) : std::make_unique<RawBook>(spec.path, true);
    if (!isPostgres()) {
        ASSERT_TRUE(raw->exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO %2 (uuid, created_at, updated_at, deleted_at, code, count) SELECT "
            "printf('u%d', i), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
            "'2026-01-02T00:00:00.000Z', printf('item %d', i), i % 1000 FROM n"_qs.arg(trashed)
                .arg(items.table)));
    }
    // SQLite looks at the clock every few thousand steps, so small statements never stop; the
    // server stops any statement, so its limit leaves the saves room on a loaded machine.
    spec.statementLimit =
        isPostgres() ? std::chrono::milliseconds(1000) : std::chrono::milliseconds(1);
    auto db = openBook(spec);
    ASSERT_EQ(db->state(), BookState::Open);
    if (isPostgres()) {
        ASSERT_TRUE(raw->exec(u"BEGIN"_qs));
        ASSERT_TRUE(raw->exec(u"LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE"_qs.arg(items.table)));
    }
    Record slowRecord;
    slowRecord.values.insert(u"code"_qs, u"waits"_qs);
    auto slowWrite = isPostgres() ? QFuture<Reply<qint64>>() : db->emptyTrash(items.id);
    auto slowSave =
        isPostgres() ? db->saveRecord(items.id, slowRecord) : QFuture<Reply<SavedRecord>>();
    PageQuery search;
    search.search = u"no such item"_qs;
    search.trash = true;
    auto slowRead = db->countRecords(items, search);
    QList<QFuture<Reply<SavedRecord>>> behind;
    for (int i = 0; i < 20; ++i) {
        Record r;
        r.values.insert(u"name"_qs, u"place %1"_qs.arg(i));
        behind << db->saveRecord(places.id, r);
    }
    auto readBehind = db->countRecords(places, {});
    const DbError writeError = isPostgres() ? await(slowSave).error : await(slowWrite).error;
    const DbError readError = await(slowRead).error;
    for (const DbError &error : {writeError, readError}) {
        EXPECT_EQ(error.kind(), DbError::Kind::TimedOut) << error.toLogString().toStdString();
        EXPECT_TRUE(error.message().contains(u"stopped"_qs)) << error.message().toStdString();
    }
    for (const auto &saved : behind)
        EXPECT_TRUE(await(saved).ok());
    EXPECT_TRUE(await(readBehind).ok()); // read before or after the saves: answered
    if (isPostgres()) {
        ASSERT_TRUE(raw->exec(u"ROLLBACK"_qs));
    }
    EXPECT_EQ(await(db->countRecords(places, {})).value, 20);
    // Nothing of the stopped write was kept.
    EXPECT_EQ(raw->scalar(u"SELECT count(*) FROM %1"_qs.arg(items.table)),
              isPostgres() ? 0 : trashed);
}

TEST_P(EdgesTest, AFormWithRulesOutOfBoundsInABookIsRefusedByName) {
    FormDef created;
    {
        auto db = openWithForm(sampleForm(), &created);
        QFuture<void> closed = db->close();
        ASSERT_TRUE(waitUntil([&] { return closed.isFinished(); }));
    }
    {
        auto raw = isPostgres() ? std::make_unique<RawBook>(book())
                                : std::make_unique<RawBook>(book().path, true);
        ASSERT_TRUE(raw->exec(u"UPDATE fb_fields SET places = 2147483647 WHERE key = 'amount'"_qs));
    }
    auto db = openBook(book());
    EXPECT_EQ(db->state(), BookState::Error);
    EXPECT_TRUE(db->lastError().message().contains(created.name))
        << db->lastError().message().toStdString();
}

TEST_P(EdgesTest, TextsAtTheirLimitsAreStoredOrRefusedOnTheirField) {
    FormDef texts;
    texts.name = u"Texts"_qs;
    FieldDef title;
    title.label = u"Title"_qs;
    FieldDef notes;
    notes.label = u"Notes"_qs;
    notes.type = FieldType::LongText;
    texts.fields = {title, notes};
    FormDef form;
    auto db = openWithForm(texts, &form);
    // The longest single line, in four-byte characters, and a megabyte of long text.
    QString line;
    for (int i = 0; i < Validator::maxLineLength; ++i)
        line += u"🦉"_qs;
    const QString megabyte(1'000'000, u'ü');
    Record r;
    r.values.insert(u"title"_qs, line);
    r.values.insert(u"notes"_qs, megabyte);
    const Reply<SavedRecord> saved = await(db->saveRecord(form.id, r));
    ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
    const Reply<Record> back = await(db->fetchRecord(form, saved.value.record.id));
    EXPECT_EQ(back.value.values.value(u"title"_qs).toString(), line);
    EXPECT_EQ(back.value.values.value(u"notes"_qs).toString(), megabyte);

    for (const QString &bad : {QString(Validator::maxLineLength + 1, u'x'), QString(u"a\0b"_qs)}) {
        Record tooLong;
        tooLong.values.insert(u"title"_qs, bad);
        const Reply<SavedRecord> refused = await(db->saveRecord(form.id, tooLong));
        ASSERT_TRUE(refused.error.isError());
        EXPECT_EQ(refused.error.kind(), DbError::Kind::Validation);
        EXPECT_EQ(refused.error.field(), u"title"_qs);
    }
}

// Two forms a person cannot tell apart in the list are refused, whether made, imported or
// renamed; the message names the form.
TEST_P(EdgesTest, AFormNameIsTakenOnlyOnce) {
    FormDef items;
    auto db = openWithForm(simpleForm(u"Items"_qs), &items);
    for (const QString &name : {u"Items"_qs, u"  ITEMS "_qs, u"items"_qs}) {
        const Reply<FormDef> twice = await(db->createForm(simpleForm(name)));
        ASSERT_TRUE(twice.error.isError()) << name.toStdString();
        EXPECT_EQ(twice.error.kind(), DbError::Kind::Validation);
        EXPECT_TRUE(twice.error.message().contains(name.trimmed()))
            << twice.error.message().toStdString();
    }
    const Reply<FormDef> other = await(db->createForm(simpleForm(u"Other items"_qs)));
    ASSERT_TRUE(other.ok()) << other.error.toLogString().toStdString();
    FormDef renamed = other.value;
    renamed.name = u"items"_qs;
    EXPECT_EQ(await(db->updateForm(renamed)).error.kind(), DbError::Kind::Validation);
    // Its own name again is no clash.
    FormDef same = items;
    same.name = u"Items "_qs;
    EXPECT_TRUE(await(db->updateForm(same)).ok());
    EXPECT_EQ(await(db->listForms()).value.size(), 2);
}

FB_ON_BOTH_BACKENDS(EdgesTest);
