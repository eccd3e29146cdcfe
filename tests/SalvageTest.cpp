// Saving what can be read of a damaged book into a new book: the new book opens clean, holds
// only records equal to the original ones, says how many could not be read, and the damaged
// file is never written; a cancelled salvage leaves no new file.

#include "BookCopier.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace fb;
using namespace fb::test;

namespace {

constexpr int PageBytes = 4096;

class SalvageTest : public BookTest {
protected:
    // A closed book of three forms with records over many pages, some of them in the trash;
    // returns what it holds.
    BookContents makeBook(const QString &path) {
        auto db = openBook(path);
        EXPECT_EQ(db->state(), BookState::Open);
        QList<qint64> ids;
        for (const FormDef &form :
             {simpleForm(u"Items"_qs), sampleForm(u"Everything"_qs), placesForm()}) {
            auto created = db->createForm(form);
            EXPECT_TRUE(waitUntil([&] { return created.isFinished(); }));
            EXPECT_TRUE(created.result().ok());
            ids << created.result().value.id;
        }
        for (int i = 1; i <= 600; ++i) {
            Record item;
            item.values = {{u"code"_qs, u"code-%1-"_qs.arg(i, 4, 10, QChar(u'0')) +
                                            QString(180, QChar(u'a' + i % 26))},
                           {u"count"_qs, i}};
            db->saveRecord(ids[0], item);
            if (i <= 300) {
                Record thing;
                thing.values = {{u"title"_qs, u"thing %1"_qs.arg(i)},
                                {u"notes"_qs, QString(60, QChar(u'n' + i % 5))},
                                {u"count"_qs, i * 7},
                                {u"done"_qs, i % 2 == 0}};
                db->saveRecord(ids[1], thing);
            }
            if (i <= 200) {
                Record place;
                place.values = {{u"name"_qs, u"place %1"_qs.arg(i)}};
                db->saveRecord(ids[2], place);
            }
        }
        EXPECT_TRUE(waitUntil([&] { return db->pendingWrites() == 0; }));
        // Every seventh place goes to the trash: trashed records are saved too.
        const std::optional<FormDef> places = db->form(ids[2]);
        PageQuery all;
        all.limit = 1000;
        const Reply<RecordPage> page = await(db->fetchPage(*places, all));
        for (qsizetype i = 0; i < page.value.records.size(); i += 7)
            db->trashRecord(ids[2], page.value.records[i].id);
        EXPECT_TRUE(waitUntil([&] { return db->pendingWrites() == 0; }));
        const BookContents contents = bookContents(*db);
        EXPECT_EQ(contents.value(u"Items"_qs).size(), 600);
        return contents;
    }

    // Salvages `source` into `target`; `onProgress` may cancel.
    static Reply<BookCopier::Summary>
    salvage(Database &source, const QString &target,
            const std::function<void(BookCopier &, int)> &onProgress = {}) {
        Reply<BookCopier::Summary> reply;
        BookCopier copier(&source);
        QObject::connect(&copier, &BookCopier::progress, &copier, [&](int done, int) {
            if (onProgress)
                onProgress(copier, done);
        });
        runCoroutine([&]() -> QCoro::Task<> {
            reply = co_await copier.salvageTo(target);
            EXPECT_TRUE(onGuiThread());
        });
        return reply;
    }

    // The salvaged book opens clean; each of its records is equal to the original one; per
    // form, saved plus unreadable is what the book had.
    void expectFaithful(const QString &salvaged, const BookContents &original,
                        const BookCopier::Summary &summary) {
        auto db = openBook(salvaged);
        ASSERT_EQ(db->state(), BookState::Open) << db->lastError().toLogString().toStdString();
        EXPECT_FALSE(db->isDamaged());
        const BookContents now = bookContents(*db);
        for (auto form = now.cbegin(); form != now.cend(); ++form) {
            ASSERT_TRUE(original.contains(form.key())) << form.key().toStdString();
            for (auto r = form->cbegin(); r != form->cend(); ++r) {
                ASSERT_TRUE(original[form.key()].contains(r.key()))
                    << "a record that was not in the book: " << r.key().toStdString();
                EXPECT_EQ(r.value(), original[form.key()][r.key()]) << r.key().toStdString();
            }
        }
        for (const BookCopier::FormSummary &form : summary.perForm) {
            EXPECT_EQ(form.saved, now.value(form.name).size()) << form.name.toStdString();
            if (form.countKnown) {
                EXPECT_EQ(form.saved + form.unreadable, original.value(form.name).size())
                    << form.name.toStdString();
            }
        }
        // The forms' definitions came along.
        for (const FormDef &form : db->forms())
            EXPECT_FALSE(form.fields.isEmpty()) << form.name.toStdString();
    }

    // The page of the file where `text` is stored in a table's leaf (not in an index).
    static qint64 tableLeafHolding(const QString &path, const QString &text) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray bytes = f.readAll();
        for (qsizetype at = bytes.indexOf(text.toUtf8()); at >= 0;
             at = bytes.indexOf(text.toUtf8(), at + 1)) {
            const qint64 page = at / PageBytes;
            if (page > 0 && bytes.at(page * PageBytes) == 0x0D)
                return page;
        }
        return -1;
    }
};

} // namespace

// The case: random bytes over a page in the middle of the file.
TEST_F(SalvageTest, WhatCanBeReadOfADamagedBookIsSavedIntoANewBookThatOpensClean) {
    const BookContents original = makeBook(bookPath());
    const qint64 size = QFileInfo(bookPath()).size();
    ASSERT_GT(size, 32 * PageBytes);
    overwriteFile(bookPath(), (size / 2) / PageBytes * PageBytes, noise(PageBytes, 20261202));
    const QByteArray before = fileHash(bookPath());

    auto source = openBook(bookPath());
    ASSERT_EQ(source->state(), BookState::ReadOnly);
    ASSERT_TRUE(source->isDamaged());
    const QString salvaged = m_dir.filePath(u"salvaged.fieldbook"_qs);
    const Reply<BookCopier::Summary> reply = salvage(*source, salvaged);
    ASSERT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
    EXPECT_EQ(reply.value.forms, 3);
    ASSERT_EQ(reply.value.perForm.size(), 3);
    source.reset();
    EXPECT_EQ(fileHash(bookPath()), before) << "the damaged book was written";
    expectFaithful(salvaged, original, reply.value);
}

// Two damaged leaves of one form's table: the records on them are lost, those around them and
// every record of the other forms are saved.
TEST_F(SalvageTest, OnlyTheRecordsOnDamagedPagesAreLost) {
    const BookContents original = makeBook(bookPath());
    const qint64 first = tableLeafHolding(bookPath(), u"code-0100-"_qs);
    const qint64 second = tableLeafHolding(bookPath(), u"code-0450-"_qs);
    ASSERT_GT(first, 0);
    ASSERT_GT(second, first);
    overwriteFile(bookPath(), first * PageBytes, noise(PageBytes, 1));
    overwriteFile(bookPath(), second * PageBytes, QByteArray(PageBytes, '\0'));
    const QByteArray before = fileHash(bookPath());

    auto source = openBook(bookPath());
    ASSERT_TRUE(source->isDamaged());
    const QString salvaged = m_dir.filePath(u"salvaged.fieldbook"_qs);
    const Reply<BookCopier::Summary> reply = salvage(*source, salvaged);
    ASSERT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
    source.reset();
    EXPECT_EQ(fileHash(bookPath()), before);
    ASSERT_EQ(reply.value.perForm.size(), 3);
    for (const BookCopier::FormSummary &form : reply.value.perForm) {
        EXPECT_TRUE(form.countKnown) << form.name.toStdString();
        if (form.name == u"Items") {
            // A leaf holds about twenty of these records: two leaves, and nothing more.
            EXPECT_GT(form.unreadable, 0);
            EXPECT_LE(form.unreadable, 2 * 25);
        } else {
            EXPECT_EQ(form.unreadable, 0) << form.name.toStdString();
        }
    }
    EXPECT_EQ(reply.value.unreadable, reply.value.perForm[0].unreadable +
                                          reply.value.perForm[1].unreadable +
                                          reply.value.perForm[2].unreadable);
    expectFaithful(salvaged, original, reply.value);
    // The first and the last record of the damaged form are among those saved.
    auto db = openBook(salvaged);
    QStringList codes;
    for (const QVariantMap &values : bookContents(*db).value(u"Items"_qs))
        codes << values.value(u"code"_qs).toString();
    codes.sort();
    ASSERT_FALSE(codes.isEmpty());
    EXPECT_TRUE(codes.front().startsWith(u"code-0001-"_qs)) << codes.front().toStdString();
    EXPECT_TRUE(codes.back().startsWith(u"code-0600-"_qs)) << codes.back().toStdString();
}

TEST_F(SalvageTest, ACancelledSalvageLeavesNoNewFile) {
    makeBook(bookPath());
    const qint64 size = QFileInfo(bookPath()).size();
    overwriteFile(bookPath(), (size / 2) / PageBytes * PageBytes, noise(PageBytes, 7));
    auto source = openBook(bookPath());
    ASSERT_TRUE(source->isDamaged());
    const QString salvaged = m_dir.filePath(u"salvaged.fieldbook"_qs);
    bool sawProgress = false;
    const Reply<BookCopier::Summary> reply =
        salvage(*source, salvaged, [&](BookCopier &copier, int done) {
            if (done > 0) {
                sawProgress = true;
                copier.cancel();
            }
        });
    EXPECT_TRUE(sawProgress);
    ASSERT_FALSE(reply.ok());
    EXPECT_TRUE(reply.error.message().contains(u"stopped"_qs))
        << reply.error.message().toStdString();
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        EXPECT_FALSE(QFile::exists(salvaged + suffix)) << suffix.toStdString();
}

TEST_F(SalvageTest, AnExistingFileIsNeverWrittenOver) {
    makeBook(bookPath());
    auto source = openBook(bookPath());
    const QString other = m_dir.filePath(u"other.fieldbook"_qs);
    {
        QFile f(other);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("someone's file");
    }
    const QByteArray before = fileHash(other);
    const Reply<BookCopier::Summary> reply = salvage(*source, other);
    ASSERT_FALSE(reply.ok());
    EXPECT_TRUE(reply.error.message().contains(u"already exists"_qs))
        << reply.error.message().toStdString();
    EXPECT_EQ(fileHash(other), before);
}

// Damage anywhere, over several seeds: whole pages of random bytes or of zeros (SQLite keeps
// no checksums, so bytes changed inside a record that still reads cannot be told from the
// record; a page that is damaged as a page can). Whatever is hit — a table, an index, the
// forms' definitions — the salvage never crashes, never writes the damaged file, and all it
// saves is equal to the original.
TEST_F(SalvageTest, RandomDamageNeverLosesTheOriginalFileNorChangesARecord) {
    const QString pristine = m_dir.filePath(u"pristine.fieldbook"_qs);
    const BookContents original = makeBook(pristine);
    const qint64 pages = QFileInfo(pristine).size() / PageBytes;
    ASSERT_GT(pages, 32);
    int salvaged = 0;
    int lostSome = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        SCOPED_TRACE(seed);
        const QString damaged = m_dir.filePath(u"damaged-%1.fieldbook"_qs.arg(seed));
        ASSERT_TRUE(QFile::copy(pristine, damaged));
        QRandomGenerator random(seed);
        const int hits = 1 + int(random.bounded(3));
        for (int i = 0; i < hits; ++i) {
            const qint64 page = 1 + random.bounded(int(pages - 1)); // page 0 holds the schema
            overwriteFile(damaged, page * PageBytes,
                          random.bounded(2) ? noise(PageBytes, seed * 100 + quint32(i))
                                            : QByteArray(PageBytes, '\0'));
        }
        const QByteArray before = fileHash(damaged);
        auto source = openBook(damaged);
        if (source->state() == BookState::Error) { // the forms' definitions were hit
            source.reset();
            EXPECT_EQ(fileHash(damaged), before);
            continue;
        }
        const QString target = m_dir.filePath(u"salvaged-%1.fieldbook"_qs.arg(seed));
        const Reply<BookCopier::Summary> reply = salvage(*source, target);
        source.reset();
        EXPECT_EQ(fileHash(damaged), before) << "the damaged book was written";
        if (!reply.ok()) {
            EXPECT_FALSE(QFile::exists(target));
            continue;
        }
        ++salvaged;
        lostSome += reply.value.unreadable > 0 ? 1 : 0;
        expectFaithful(target, original, reply.value);
    }
    EXPECT_GT(salvaged, 5) << "most damage leaves something to save";
    EXPECT_GT(lostSome, 0) << "the damage never hit a record: the test tests nothing";
}
