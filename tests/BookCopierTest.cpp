// Copying a whole book: a file into a server book and back into a new file keeps every form
// and record; a target that already has forms is refused.

#include "BookCopier.h"
#include "TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

class BookCopierTest : public BookTest {
protected:
    // Every live and trashed record of every form, by uuid, without ids, versions and times.
    static QMap<QString, QMap<QString, QVariantMap>> contents(Database &db) {
        QMap<QString, QMap<QString, QVariantMap>> byForm;
        for (const FormDef &form : db.forms()) {
            for (const bool trash : {false, true}) {
                PageQuery all;
                all.trash = trash;
                all.limit = 100000;
                auto page = db.fetchPage(form, all);
                EXPECT_TRUE(waitUntil([&] { return page.isFinished(); }));
                for (const Record &r : page.result().value.records) {
                    QVariantMap values = r.values;
                    values.insert(u"(trashed)"_qs, trash);
                    byForm[form.name].insert(r.uuid, values);
                }
            }
        }
        return byForm;
    }
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

FormDef placesForm() {
    FormDef form;
    form.name = u"Places"_qs;
    FieldDef name;
    name.key = u"name"_qs;
    name.label = u"Name"_qs;
    name.required = true;
    form.fields << name;
    return form;
}

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
    const auto original = contents(*source);

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
    EXPECT_EQ(contents(*onServer), original);
    const Reply<BookCopier::Summary> down =
        copy(*onServer, BookSpec::sqlite(bookPath(u"back.fieldbook"_qs)));
    ASSERT_TRUE(down.ok()) << down.error.toLogString().toStdString();
    auto back = openBook(bookPath(u"back.fieldbook"_qs));
    EXPECT_EQ(contents(*back), original);
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
