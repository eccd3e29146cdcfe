// The trash: when each record went there, and deleting for good, one record or all of them,
// never a live record and never one that another record still refers to.

#include "TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

class TrashTest : public BookTest {
protected:
    qint64 add(Database &db, const FormDef &form, const QString &code) {
        Record r;
        r.values.insert(u"code"_qs, code);
        const Reply<SavedRecord> saved = await(db.saveRecord(form.id, r));
        EXPECT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
        return saved.value.record.id;
    }
    QList<Record> trash(Database &db, const FormDef &form) {
        PageQuery q;
        q.trash = true;
        q.limit = 100;
        return await(db.fetchPage(form, q)).value.records;
    }
};

} // namespace

TEST_P(TrashTest, TheTrashSaysWhenAndDeletesForGoodOnlyWhatIsInIt) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 a = add(*db, form, u"a"_qs), b = add(*db, form, u"b"_qs),
                 live = add(*db, form, u"live"_qs);
    ASSERT_TRUE(await(db->trashRecord(form.id, a)).ok());
    ASSERT_TRUE(await(db->trashRecord(form.id, b)).ok());

    const QList<Record> trashed = trash(*db, form);
    ASSERT_EQ(trashed.size(), 2);
    for (const Record &r : trashed) {
        EXPECT_TRUE(r.deletedAt.isValid());
        EXPECT_GE(r.deletedAt, before);
        EXPECT_LE(r.deletedAt, QDateTime::currentDateTimeUtc().addSecs(1));
    }
    EXPECT_FALSE(await(db->fetchRecord(form, live)).value.deletedAt.isValid());

    // A live record is not deleted for good; one in the trash is, once.
    EXPECT_EQ(await(db->purgeRecord(form.id, live)).error.kind(), DbError::Kind::Conflict);
    ASSERT_TRUE(await(db->purgeRecord(form.id, a)).ok());
    EXPECT_EQ(await(db->purgeRecord(form.id, a)).error.kind(), DbError::Kind::Conflict);
    ASSERT_EQ(trash(*db, form).size(), 1);

    ASSERT_TRUE(await(db->trashRecord(form.id, live)).ok());
    const Reply<qint64> emptied = await(db->emptyTrash(form.id));
    ASSERT_TRUE(emptied.ok()) << emptied.error.toLogString().toStdString();
    EXPECT_EQ(emptied.value, 2);
    EXPECT_TRUE(trash(*db, form).isEmpty());
    EXPECT_EQ(await(db->countRecords(form, {})).value, 0);
    RawBook raw(book());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM "_qs + form.table), 0);
}

TEST_P(TrashTest, ARecordStillReferredToStaysInTheTrash) {
    FormDef places;
    auto db = openWithForm(simpleForm(u"Places"_qs), &places);
    const Reply<FormDef> visits = await(db->createForm(visitsReferringTo(places.id, u"Place"_qs)));
    ASSERT_TRUE(visits.ok()) << visits.error.toLogString().toStdString();
    const qint64 place = add(*db, places, u"p1"_qs);
    Record visit;
    visit.values.insert(visits.value.fields.front().key, place);
    ASSERT_TRUE(await(db->saveRecord(visits.value.id, visit)).ok());
    ASSERT_TRUE(await(db->trashRecord(places.id, place)).ok());

    const Reply<SavedRecord> purged = await(db->purgeRecord(places.id, place));
    ASSERT_TRUE(purged.error.isError());
    EXPECT_EQ(purged.error.kind(), DbError::Kind::Constraint);
    EXPECT_FALSE(purged.error.message().isEmpty());
    const Reply<qint64> emptied = await(db->emptyTrash(places.id));
    EXPECT_EQ(emptied.error.kind(), DbError::Kind::Constraint);
    EXPECT_EQ(trash(*db, places).size(), 1);
}

FB_ON_BOTH_BACKENDS(TrashTest);
