// Schema changes keep every value; portable form files; templates.

#include "FormJson.h"
#include "FormTemplates.h"
#include "TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

class FormSchemaTest : public BookTest {
protected:
    QList<Record> allRecords(Database &db, const FormDef &form) {
        PageQuery q;
        q.limit = 1000;
        const Reply<RecordPage> page = await(db.fetchPage(form, q));
        EXPECT_TRUE(page.ok()) << page.error.toLogString().toStdString();
        return page.value.records;
    }

    // A form with 40 records: code c0..c39, count i (every fifth empty).
    FormDef filled(Database &db) {
        const FormDef form = db.forms().front();
        for (int i = 0; i < 40; ++i) {
            Record r;
            r.values = {{u"code"_qs, u"c%1"_qs.arg(i)}};
            if (i % 5)
                r.values.insert(u"count"_qs, i);
            db.saveRecord(form.id, r);
        }
        EXPECT_TRUE(waitUntil([&] { return db.pendingWrites() == 0; }));
        return form;
    }
};

} // namespace

TEST_P(FormSchemaTest, LabelsOrderAndNewFieldsKeepEveryValue) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    filled(*db);
    FormDef changed = form;
    changed.name = u"Stock items"_qs;
    changed.fields[0].label = u"Item code"_qs;
    std::swap(changed.fields[0], changed.fields[1]);
    FieldDef note;
    note.label = u"Shelf"_qs;
    note.defaultValue = u"A1"_qs;
    changed.fields << note;
    const Reply<FormDef> r = await(db->updateForm(changed));
    ASSERT_TRUE(r.ok()) << r.error.toLogString().toStdString();
    EXPECT_EQ(r.value.table, form.table); // the table keeps its name
    EXPECT_EQ(r.value.fields[1].key, u"code"_qs);
    EXPECT_EQ(r.value.fields[2].key, u"shelf"_qs);
    ASSERT_EQ(db->forms().front().name, u"Stock items"_qs);
    const QList<Record> records = allRecords(*db, r.value);
    ASSERT_EQ(records.size(), 40);
    for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(records[i].values.value(u"code"_qs).toString(), u"c%1"_qs.arg(i));
        EXPECT_EQ(records[i].values.value(u"count"_qs),
                  i % 5 ? QVariant(qlonglong(i)) : QVariant());
        EXPECT_EQ(records[i].values.value(u"shelf"_qs).toString(), u"A1"_qs);
    }
    db.reset();
    auto reopened = openBook(book());
    EXPECT_EQ(reopened->forms().front().fields.at(0).label, u"Count"_qs);
}

TEST_P(FormSchemaTest, TypeChangesConvertExactlyOrAreRefusedNamingTheRecords) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    filled(*db);
    // Whole numbers become decimals exactly.
    FormDef decimals = form;
    decimals.fields[1].type = FieldType::Decimal;
    decimals.fields[1].places = 2;
    decimals.fields[1].minimum = decimals.fields[1].maximum = QVariant();
    Reply<FormDef> r = await(db->updateForm(decimals));
    ASSERT_TRUE(r.ok()) << r.error.toLogString().toStdString();
    QList<Record> records = allRecords(*db, r.value);
    ASSERT_EQ(records.size(), 40);
    EXPECT_EQ(records[7].values.value(u"count"_qs).toString(), u"7.00"_qs);

    // Codes are not numbers: refused, saying which records block it, and nothing changes.
    FormDef numbers = r.value;
    numbers.fields[0].type = FieldType::Integer;
    const Reply<FormDef> refused = await(db->updateForm(numbers));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error.field(), u"code"_qs);
    EXPECT_TRUE(refused.error.message().contains(u"40 record(s)"_qs))
        << refused.error.message().toStdString();
    // The records are named as a person knows them, by their display values, never by ids.
    EXPECT_TRUE(refused.error.message().contains(u"(“c0”, “c1”, “c2”"_qs))
        << refused.error.message().toStdString();
    ASSERT_EQ(allRecords(*db, r.value).size(), 40);
    EXPECT_EQ(allRecords(*db, r.value)[3].values.value(u"code"_qs).toString(), u"c3"_qs);

    // Making a field required is refused while records leave it empty.
    FormDef required = r.value;
    required.fields[1].required = true;
    const Reply<FormDef> blocked = await(db->updateForm(required));
    EXPECT_FALSE(blocked.ok());
    EXPECT_TRUE(blocked.error.message().contains(u"8 record(s)"_qs))
        << blocked.error.message().toStdString();

    // And decimals with no fraction go back to whole numbers.
    FormDef back = r.value;
    back.fields[1].type = FieldType::Integer;
    r = await(db->updateForm(back));
    ASSERT_TRUE(r.ok()) << r.error.toLogString().toStdString();
    records = allRecords(*db, r.value);
    ASSERT_EQ(records.size(), 40);
    EXPECT_EQ(records[7].values.value(u"count"_qs), QVariant(qlonglong(7)));
}

TEST_P(FormSchemaTest, RemovingAFieldKeepsTheOthersAndRulesStillHold) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    filled(*db);
    FormDef fewer = form;
    fewer.fields.removeLast();
    const Reply<FormDef> r = await(db->updateForm(fewer));
    ASSERT_TRUE(r.ok()) << r.error.toLogString().toStdString();
    EXPECT_EQ(allRecords(*db, r.value).size(), 40);
    // The rebuilt table still enforces the unique code.
    Record dup;
    dup.values = {{u"code"_qs, u"c1"_qs}};
    EXPECT_EQ(await(db->saveRecord(form.id, dup)).error.field(), u"code"_qs);
    db.reset();
    RawBook raw(book());
    EXPECT_TRUE(raw.tableExists(u"items"_qs));
    EXPECT_FALSE(raw.tableExists(u"items__rebuild"_qs));
}

TEST_P(FormSchemaTest, ChangingAReferencedFormKeepsTheReferences) {
    FormDef places;
    auto db = openWithForm(simpleForm(u"Places"_qs), &places);
    filled(*db);
    const FormDef visits = await(db->createForm(visitsReferringTo(places.id, u"Place"_qs))).value;
    Record v;
    v.values = {{u"place"_qs, 5}};
    ASSERT_TRUE(await(db->saveRecord(visits.id, v)).ok());
    FormDef changed = places;
    changed.fields[1].maximum = 5000000;
    const Reply<FormDef> updated = await(db->updateForm(changed));
    ASSERT_TRUE(updated.ok()) << updated.error.toLogString().toStdString();
    Record w;
    w.values = {{u"place"_qs, 6}};
    EXPECT_TRUE(await(db->saveRecord(visits.id, w)).ok());
    const Reply<qint64> del = await(db->deleteForm(places.id));
    EXPECT_FALSE(del.ok());
    EXPECT_TRUE(del.error.message().contains(u"Visits"_qs));
    db.reset();
    if (!isPostgres()) { // PostgreSQL keeps its foreign keys checked at all times
        RawBook raw(book());
        QSqlQuery q(raw.db());
        ASSERT_TRUE(q.exec(u"PRAGMA foreign_key_check"_qs));
        EXPECT_FALSE(q.next()) << "a reference points nowhere";
    }
}

TEST_P(FormSchemaTest, DeletingAFormRemovesItsTable) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    filled(*db);
    ASSERT_TRUE(await(db->deleteForm(form.id)).ok());
    EXPECT_TRUE(db->forms().isEmpty());
    db.reset();
    RawBook raw(book());
    EXPECT_FALSE(raw.tableExists(u"items"_qs));
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM fb_fields"_qs), 0);
}

TEST_P(FormSchemaTest, FormFilesCarryAFormIntoAnotherBook) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    form.fields[0].labelByLanguage = {{u"de"_qs, u"Titel"_qs}};
    form.fields[3].minimum = u"-5.00"_qs;
    const QByteArray json = FormJson::toJson(form);
    db.reset();

    auto other = openBook(book(u"other"_qs));
    FormDef imported;
    DbError error;
    ASSERT_TRUE(FormJson::fromJson(json, &imported, &error)) << error.toLogString().toStdString();
    const Reply<FormDef> created = await(other->createForm(imported));
    ASSERT_TRUE(created.ok()) << created.error.toLogString().toStdString();
    ASSERT_EQ(created.value.fields.size(), form.fields.size());
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        FieldDef a = form.fields[i], b = created.value.fields[i];
        EXPECT_EQ(a, b) << a.label.toStdString();
    }
}

TEST(FormJsonTest, MalformedFilesAreRefusedWithAClearMessage) {
    const struct {
        QByteArray json;
        const char *message;
    } cases[] = {
        {"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": [",
         "damaged"},
        {"[1, 2, 3]", "not a Fieldbook form file"},
        {"{\"format\": \"something-else\"}", "not a Fieldbook form file"},
        {"{\"format\": \"fieldbook-form\", \"version\": 7, \"name\": \"x\"}", "format version 7"},
        {"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": []}",
         "no fields"},
        {"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": "
         "[{\"label\": \"A\", \"type\": \"colour\"}]}",
         "unknown type"},
        {"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": "
         "[{\"label\": \"A\", \"type\": \"integer\", \"minimum\": \"ten\"}]}",
         "The minimum of A is not a value"},
        {"{\"format\": \"fieldbook-form\", \"version\": 1, \"name\": \"x\", \"fields\": "
         "[{\"label\": \"A\", \"type\": \"reference\", \"referenceForm\": \"Nowhere\"}]}",
         "Nowhere"},
    };
    for (const auto &c : cases) {
        FormDef form;
        DbError error;
        EXPECT_FALSE(FormJson::fromJson(c.json, &form, &error)) << c.json.constData();
        EXPECT_TRUE(error.message().contains(QString::fromUtf8(c.message)))
            << c.json.constData() << " -> " << error.message().toStdString();
        EXPECT_TRUE(form.fields.isEmpty());
    }
}

// Random bytes, a picture, a book chosen by mistake: not a form file, rather than a damaged one.
TEST(FormJsonTest, AFileOfOtherBytesIsNotAFormFile) {
    QList<QByteArray> files{QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                            QByteArray("SQLite format 3\0", 16)};
    for (quint32 seed = 1; seed <= 20; ++seed)
        files << fb::test::noise(512, seed);
    for (const QByteArray &bytes : files) {
        if (bytes.trimmed().startsWith('{'))
            continue; // the start of an object, damaged: said as such
        FormDef form;
        DbError error;
        EXPECT_FALSE(FormJson::fromJson(bytes, &form, &error));
        EXPECT_TRUE(error.message().contains(u"not a Fieldbook form file"_qs))
            << error.message().toStdString();
    }
}

TEST_P(FormSchemaTest, EveryTemplateMakesAWorkingForm) {
    auto db = openBook(book());
    for (const FormDef &t : FormTemplates::all()) {
        const Reply<FormDef> r = await(db->createForm(t));
        ASSERT_TRUE(r.ok()) << t.name.toStdString() << ": " << r.error.toLogString().toStdString();
        EXPECT_GE(r.value.fields.size(), 5);
        // The JSON form survives a round trip too.
        FormDef again;
        DbError error;
        EXPECT_TRUE(FormJson::fromJson(FormJson::toJson(r.value), &again, &error));
        EXPECT_EQ(again.fields.size(), r.value.fields.size());
    }
    EXPECT_EQ(db->forms().size(), 3);
}

FB_ON_BOTH_BACKENDS(FormSchemaTest);
