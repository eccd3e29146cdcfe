// Copying a whole book: a file into a server book and back into a new file keeps every form
// and record; a target that already has forms is refused.

#include "BookCopier.h"
#include "TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

class BookCopierTest : public BookTest {
protected:
    static Reply<BookCopier::Summary> copy(Database &source, const BookSpec &target) {
        Reply<BookCopier::Summary> reply;
        BookCopier copier(&source);
        int lastDone = -1;
        QObject::connect(&copier, &BookCopier::progress, &copier,
                         [&](int done, int) { lastDone = done; });
        runCoroutine([&]() -> QCoro::Task<> {
            reply = co_await copier.copyTo(target);
            EXPECT_TRUE(onGuiThread());
        });
        if (reply.ok()) {
            EXPECT_EQ(lastDone, reply.value.records);
        }
        return reply;
    }
};

} // namespace

TEST_F(BookCopierTest, AFileCopiedToAServerAndBackKeepsEveryFormAndRecord) {
    if (!postgresAvailable())
        GTEST_SKIP() << "no PostgreSQL server (scripts/test starts one)";
    FormDef items;
    auto source = openWithForm(sampleForm(u"Everything"_qs), &items);
    auto places = source->createForm(placesForm());
    ASSERT_TRUE(waitUntil([&] { return places.isFinished(); }));
    ASSERT_TRUE(places.result().ok());
    for (int i = 0; i < 450; ++i) { // more than one page
        Record r;
        r.values = {{u"name"_qs, u"place %1"_qs.arg(i)}};
        source->saveRecord(places.result().value.id, r);
    }
    ASSERT_TRUE(waitUntil([&] { return source->pendingWrites() == 0; }));
    auto last = source->fetchPage(places.result().value, {});
    ASSERT_TRUE(waitUntil([&] { return last.isFinished(); }));
    auto gone =
        source->trashRecord(places.result().value.id, last.result().value.records.front().id);
    ASSERT_TRUE(waitUntil([&] { return gone.isFinished(); }));
    ASSERT_TRUE(gone.result().ok());
    const auto original = bookContents(*source);

    const BookSpec server =
        postgresAdminSpec(u"fbt_copy_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8));
    RawBook admin(postgresAdminSpec());
    ASSERT_TRUE(admin.exec(u"CREATE DATABASE \"%1\""_qs.arg(server.database)));
    const Reply<BookCopier::Summary> up = copy(*source, server);
    ASSERT_TRUE(up.ok()) << up.error.toLogString().toStdString();
    EXPECT_EQ(up.value.forms, 2);
    EXPECT_EQ(up.value.records, 450); // one of them in the trash

    auto onServer = openBook(server);
    ASSERT_EQ(onServer->state(), BookState::Open);
    EXPECT_EQ(bookContents(*onServer), original);
    const Reply<BookCopier::Summary> down =
        copy(*onServer, BookSpec::sqlite(bookPath(u"back.fieldbook"_qs)));
    ASSERT_TRUE(down.ok()) << down.error.toLogString().toStdString();
    auto back = openBook(bookPath(u"back.fieldbook"_qs));
    EXPECT_EQ(bookContents(*back), original);
    QList<FormDef> before = source->forms(), after = back->forms();
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        FormDef a = before[i], b = after[i];
        a.id = b.id = 0;
        EXPECT_EQ(a, b);
    }
    onServer.reset();
    admin.exec(u"DROP DATABASE \"%1\" WITH (FORCE)"_qs.arg(server.database));
}

// Each record names a mentor; the first ones name records saved after them, and one of those
// is in the trash: every reference still points to the same person after the copy.
TEST_F(BookCopierTest, ReferencesToLaterRecordsSurviveTheCopy) {
    FormDef people;
    people.name = u"People"_qs;
    FieldDef name;
    name.key = u"name"_qs;
    name.label = u"Name"_qs;
    people.fields << name;
    auto source = openWithForm(people, &people);
    FieldDef mentor;
    mentor.key = u"mentor"_qs;
    mentor.label = u"Mentor"_qs;
    mentor.type = FieldType::Reference;
    mentor.referenceFormId = people.id;
    people.fields << mentor;
    auto changed = source->updateForm(people);
    ASSERT_TRUE(waitUntil([&] { return changed.isFinished(); }));
    ASSERT_TRUE(changed.result().ok()) << changed.result().error.toLogString().toStdString();
    people = changed.result().value;
    QList<qint64> ids;
    for (const QString &who : {u"Ada"_qs, u"Ben"_qs, u"Cy"_qs}) {
        Record r;
        r.values = {{u"name"_qs, who}};
        auto saved = source->saveRecord(people.id, r);
        ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
        ids << saved.result().value.record.id;
    }
    // Ada → Cy, Ben → Ada, Cy → Ben; Ada is in the trash.
    for (int i = 0; i < 3; ++i) {
        auto current = source->fetchRecord(people, ids[i]);
        ASSERT_TRUE(waitUntil([&] { return current.isFinished(); }));
        Record r = current.result().value;
        r.values.insert(u"mentor"_qs, ids[(i + 2) % 3]);
        auto saved = source->saveRecord(people.id, r);
        ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
        ASSERT_TRUE(saved.result().ok());
    }
    auto gone = source->trashRecord(people.id, ids[0]);
    ASSERT_TRUE(waitUntil([&] { return gone.isFinished(); }));

    const Reply<BookCopier::Summary> reply =
        copy(*source, BookSpec::sqlite(bookPath(u"copy.fieldbook"_qs)));
    ASSERT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
    auto copied = openBook(bookPath(u"copy.fieldbook"_qs));
    // Mentors by name, in both books.
    const auto mentors = [&](Database &db) {
        QMap<QString, QString> byName;
        QMap<qint64, QString> names;
        QList<Record> all;
        for (const bool trash : {false, true}) {
            PageQuery query;
            query.trash = trash;
            auto page = db.fetchPage(db.forms().front(), query);
            EXPECT_TRUE(waitUntil([&] { return page.isFinished(); }));
            for (const Record &r : page.result().value.records) {
                names.insert(r.id, r.values.value(u"name"_qs).toString());
                all << r;
            }
        }
        for (const Record &r : all)
            byName.insert(r.values.value(u"name"_qs).toString(),
                          names.value(r.values.value(u"mentor"_qs).toLongLong(), u"(none)"_qs));
        return byName;
    };
    const QMap<QString, QString> expected{
        {u"Ada"_qs, u"Cy"_qs}, {u"Ben"_qs, u"Ada"_qs}, {u"Cy"_qs, u"Ben"_qs}};
    EXPECT_EQ(mentors(*source), expected);
    EXPECT_EQ(mentors(*copied), expected);
}

TEST_F(BookCopierTest, ABookWithFormsIsNotATarget) {
    FormDef form;
    auto source = openWithForm(simpleForm(), &form);
    {
        auto other = openBook(bookPath(u"other.fieldbook"_qs));
        auto created = other->createForm(placesForm());
        ASSERT_TRUE(waitUntil([&] { return created.isFinished(); }));
    }
    const Reply<BookCopier::Summary> reply =
        copy(*source, BookSpec::sqlite(bookPath(u"other.fieldbook"_qs)));
    EXPECT_EQ(reply.error.kind(), DbError::Kind::Validation);
    EXPECT_TRUE(reply.error.message().contains(u"already has forms"_qs))
        << reply.error.message().toStdString();
    auto other = openBook(bookPath(u"other.fieldbook"_qs));
    EXPECT_EQ(other->forms().size(), 1);
}
