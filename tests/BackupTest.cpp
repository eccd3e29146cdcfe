// Backups of file books and their restore: the copy is the book as committed, a restore
// brings back exactly what was backed up, damage is refused, the rotation keeps what it says,
// automatic backups come before the changes they guard, and the command line does the same.

#include "Backups.h"
#include "ProgramRun.h"
#include "RandomValues.h"
#include "TestSupport.h"
#include "ThreadAudit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fb;
using namespace fb::test;

namespace {

class BackupTest : public BookTest {
protected:
    // `count` records of random values in a sample form; the form.
    FormDef fill(Database &db, int count, quint32 seed) {
        const Reply<FormDef> form = await(db.createForm(sampleForm()));
        EXPECT_TRUE(form.ok()) << form.error.toLogString().toStdString();
        RandomValues values(seed);
        QList<QFuture<Reply<SavedRecord>>> saves;
        for (int i = 0; i < count; ++i)
            saves << db.saveRecord(form.value.id, randomRecord(form.value, values));
        for (const auto &save : std::as_const(saves))
            EXPECT_TRUE(await(save).ok());
        return form.value;
    }

    static Record randomRecord(const FormDef &form, RandomValues &values) {
        Record r;
        for (const FieldDef &f : form.fields)
            r.values.insert(f.key, values.of(f));
        return r;
    }

    // Random changes of every kind: saves, updates, trash, a form change.
    void changeAtRandom(Database &db, const FormDef &form, quint32 seed) {
        RandomValues values(seed);
        for (int i = 0; i < 40; ++i)
            EXPECT_TRUE(await(db.saveRecord(form.id, randomRecord(form, values))).ok());
        PageQuery all;
        all.limit = 1000;
        const Reply<RecordPage> page = await(db.fetchPage(form, all));
        ASSERT_TRUE(page.ok());
        for (const Record &r : page.value.records) {
            const int what = values.below(4);
            if (what == 0) {
                EXPECT_TRUE(await(db.trashRecord(form.id, r.id)).ok());
            } else if (what == 1) {
                Record changed = randomRecord(form, values);
                changed.id = r.id;
                changed.version = r.version;
                EXPECT_TRUE(await(db.saveRecord(form.id, changed)).ok());
            }
        }
        FormDef more = *db.form(form.id);
        more.fields << plainField(u"Added later"_qs, FieldType::Text);
        EXPECT_TRUE(await(db.updateForm(more)).ok());
    }

    BackupPolicy automatic(int keepLast = 10, int keepWeeks = 8) const {
        BackupPolicy policy;
        policy.automatic = true;
        policy.keepLast = keepLast;
        policy.keepWeeks = keepWeeks;
        return policy;
    }

    QStringList backupsOf(const QString &book) const {
        QStringList names;
        for (const BackupFile &b : Backups::list(book, BackupPolicy{}))
            names << QFileInfo(b.path).fileName();
        return names;
    }
};

TEST_F(BackupTest, ARestoreBringsBackExactlyWhatTheBackupHeld) {
    // Property: whatever happens after a backup (new records, updates, deletions, a form
    // change), restoring it gives the book's contents at the time of the backup.
    for (quint32 round = 0; round < 3; ++round) {
        const quint32 seed = seedOfThisRun() + round;
        SCOPED_TRACE(seed);
        const QString path = bookPath(u"round%1.fieldbook"_qs.arg(round));
        auto db = openBook(path);
        const FormDef form = fill(*db, 120, seed);
        const BookContents before = bookContents(*db);
        const Reply<BackupMade> backup = await(db->backUp({}));
        ASSERT_TRUE(backup.ok()) << backup.error.toLogString().toStdString();
        EXPECT_TRUE(QFileInfo(backup.value.path).isFile());
        EXPECT_EQ(backup.value.bytes, QFileInfo(backup.value.path).size());
        changeAtRandom(*db, form, seed * 7 + 1);
        ASSERT_FALSE(bookContents(*db) == before);

        const Reply<BackupMade> restored = await(db->restoreBackup(backup.value.path));
        ASSERT_TRUE(restored.ok()) << restored.error.toLogString().toStdString();
        EXPECT_TRUE(bookContents(*db) == before);
        ASSERT_TRUE(db->form(form.id));
        EXPECT_EQ(db->form(form.id)->fields.size(), form.fields.size()); // the old form
        // The book as it was before the restore is a backup of its own.
        EXPECT_NE(restored.value.path, backup.value.path);
        auto safety = openBook(restored.value.path);
        EXPECT_EQ(safety->forms().front().fields.size(), form.fields.size() + 1);
        // Writes go on after a restore, and the book opens again as restored.
        RandomValues values(seed);
        EXPECT_TRUE(await(db->saveRecord(form.id, randomRecord(form, values))).ok());
        const BookContents afterSave = bookContents(*db);
        db.reset();
        auto again = openBook(path);
        EXPECT_TRUE(bookContents(*again) == afterSave);
        RawBook raw(path);
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM pragma_integrity_check WHERE "
                             "integrity_check <> 'ok'"_qs),
                  0);
    }
    // The copies were made on the book's writer thread, none on the GUI thread.
    const QStringList threads = ThreadAudit::sqlThreads();
    EXPECT_FALSE(threads.contains(u"gui"_qs)) << threads.join(u',').toStdString();
    EXPECT_TRUE(threads.contains(u"fieldbook-db"_qs));
}

TEST_F(BackupTest, ABackupDuringABurstOfSavesHoldsEverySaveSentBeforeIt) {
    auto db = openBook(bookPath());
    const Reply<FormDef> form = await(db->createForm(simpleForm()));
    ASSERT_TRUE(form.ok());
    QList<QFuture<Reply<SavedRecord>>> saves;
    const auto save = [&](int i) {
        Record r;
        r.values = {{u"code"_qs, u"c%1"_qs.arg(i)}, {u"count"_qs, qlonglong(i)}};
        saves << db->saveRecord(form.value.id, r);
    };
    for (int i = 0; i < 3000; ++i)
        save(i);
    // Sent while the saves before it are still being written; more follow at once.
    const QFuture<Reply<BackupMade>> backup = db->backUp({});
    for (int i = 3000; i < 6000; ++i)
        save(i);
    const Reply<BackupMade> made = await(backup);
    ASSERT_TRUE(made.ok()) << made.error.toLogString().toStdString();
    for (const auto &s : std::as_const(saves))
        ASSERT_TRUE(await(s).ok());
    RawBook copy(made.value.path);
    EXPECT_EQ(copy.scalar(u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check "
                          "<> 'ok'"_qs),
              0);
    // Exactly the saves sent before it: none of those after.
    EXPECT_EQ(copy.scalar(u"SELECT count(*) FROM %1"_qs.arg(form.value.table)), 3000);
    EXPECT_EQ(copy.scalar(u"SELECT max(count) FROM %1"_qs.arg(form.value.table)), 2999);
}

TEST_F(BackupTest, ADamagedOrForeignBackupIsRefusedAndTheBookStaysAsItWas) {
    const QString path = bookPath();
    auto db = openBook(path);
    const FormDef form = fill(*db, 300, seedOfThisRun());
    const Reply<BackupMade> good = await(db->backUp(bookPath(u"good.fieldbook"_qs)));
    ASSERT_TRUE(good.ok()) << good.error.toLogString().toStdString();
    EXPECT_TRUE(await(db->trashRecord(form.id, 1)).ok());
    const BookContents now = bookContents(*db);

    QList<QPair<QString, QByteArray>> bad;
    const QByteArray whole = [&] {
        QFile f(good.value.path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ASSERT_GT(whole.size(), 16 * 4096);
    // Damage at several places: the header, the middle, the last pages.
    for (const qint64 offset :
         {qint64(100), qint64(whole.size() / 2), qint64(whole.size() - 5000)}) {
        QByteArray damaged = whole;
        damaged.replace(offset, 4096, noise(4096, seedOfThisRun() + quint32(offset)));
        bad.append({u"damaged at %1"_qs.arg(offset), damaged});
    }
    bad.append({u"empty"_qs, QByteArray()});
    bad.append({u"text"_qs, QByteArrayLiteral("species,count\nRobin,3\n")});
    bad.append({u"half"_qs, whole.left(whole.size() / 2)});
    for (const auto &[what, bytes] : std::as_const(bad)) {
        SCOPED_TRACE(what.toStdString());
        const QString file = bookPath(u"bad.fieldbook"_qs);
        QFile::remove(file);
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Reply<BackupMade> refused = await(db->restoreBackup(file));
        EXPECT_FALSE(refused.ok());
        EXPECT_FALSE(refused.error.message().isEmpty());
        EXPECT_TRUE(refused.error.message().contains(u"bad.fieldbook"_qs))
            << refused.error.message().toStdString();
        EXPECT_TRUE(bookContents(*db) == now) << refused.error.toLogString().toStdString();
    }
    // No copy of a refused backup stays beside the book.
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_FALSE(name.contains(u"restoring"_qs)) << name.toStdString();
    // A backup that is not there, and the book itself.
    EXPECT_FALSE(await(db->restoreBackup(bookPath(u"none.fieldbook"_qs))).ok());
    EXPECT_FALSE(await(db->restoreBackup(path)).ok());
    EXPECT_TRUE(bookContents(*db) == now);
    // A refused restore keeps no backup of the book "before" it: it would only push real
    // backups out of the rotation.
    EXPECT_TRUE(Backups::list(path, {}).isEmpty());
}

TEST_F(BackupTest, ACancelledBackupLeavesNoFile) {
    auto db = openBook(bookPath());
    fill(*db, 50, seedOfThisRun());
    auto progress = std::make_shared<BackupProgress>();
    progress->cancel = true;
    const Reply<BackupMade> made = await(db->backUp(bookPath(u"copy.fieldbook"_qs), progress));
    EXPECT_FALSE(made.ok());
    EXPECT_FALSE(QFileInfo::exists(bookPath(u"copy.fieldbook"_qs)));
    EXPECT_FALSE(QFileInfo::exists(bookPath(u"copy.fieldbook.part"_qs)));
    // A copy never goes over a file.
    const QString other = bookPath(u"other.txt"_qs);
    QFile f(other);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    EXPECT_FALSE(await(db->backUp(other)).ok());
    QFile kept(other);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArrayLiteral("keep me"));
    kept.close();
    // Unless the person said so: then it is replaced once the copy is whole.
    ASSERT_TRUE(await(db->backUp(other, {}, true)).ok());
    RawBook replaced(other);
    EXPECT_EQ(replaced.scalar(u"SELECT count(*) FROM fb_meta WHERE key = 'schema_version'"_qs), 1);
    // Never over the book itself, whatever it is called.
    const BookContents before = bookContents(*db);
    for (const QString &self :
         {bookPath(), bookPath(u"./book.fieldbook"_qs), bookPath(u"book.fieldbook-wal"_qs)}) {
        const Reply<BackupMade> refused = await(db->backUp(self, {}, true));
        EXPECT_FALSE(refused.ok()) << self.toStdString();
    }
    EXPECT_TRUE(bookContents(*db) == before);
}

TEST_F(BackupTest, AutomaticBackupsComeBeforeTheChangesTheyGuardAndRotate) {
    const QString path = bookPath();
    {
        auto db = openBook(path);
        fill(*db, 10, seedOfThisRun());
    }
    EXPECT_TRUE(backupsOf(path).isEmpty()); // off unless asked for
    Database db;
    db.setBackupPolicy(automatic(3, 0));
    db.open(BookSpec::sqlite(path));
    waitUntil([&] { return db.settled().isFinished(); });
    EXPECT_TRUE(backupsOf(path).isEmpty()); // opening changes nothing: no backup yet
    const FormDef form = db.forms().front();
    const BookContents before = bookContents(db);
    Record r;
    r.values.insert(form.fields.front().key, u"first of the day"_qs);
    ASSERT_TRUE(await(db.saveRecord(form.id, r)).ok());
    QStringList names = backupsOf(path);
    ASSERT_EQ(names.size(), 1);
    EXPECT_TRUE(names.front().endsWith(u" daily.fieldbook"_qs)) << names.front().toStdString();
    // The daily backup holds the book before its first change.
    {
        auto daily = openBook(Backups::list(path, {}).front().path);
        EXPECT_TRUE(bookContents(*daily) == before);
    }
    ASSERT_TRUE(await(db.saveRecord(form.id, r)).ok());
    EXPECT_EQ(backupsOf(path).size(), 1); // once a day
    FormDef changed = form;
    changed.fields << plainField(u"Notes"_qs, FieldType::Text);
    ASSERT_TRUE(await(db.updateForm(changed)).ok());
    names = backupsOf(path);
    ASSERT_EQ(names.size(), 2);
    EXPECT_TRUE(names.front().endsWith(u" form-change.fieldbook"_qs));
    // A change the book refuses changes nothing, so it is not backed up before.
    FormDef refused = *db.form(form.id);
    refused.name.clear(); // a form needs a name
    EXPECT_FALSE(await(db.updateForm(refused)).ok());
    FormDef second = simpleForm(form.name); // a name taken
    EXPECT_FALSE(await(db.createForm(second)).ok());
    EXPECT_EQ(backupsOf(path).size(), 2);
    // The rotation keeps the newest three.
    for (int i = 0; i < 3; ++i) {
        FormDef again = *db.form(form.id);
        again.fields << plainField(u"More %1"_qs.arg(i), FieldType::Integer);
        ASSERT_TRUE(await(db.updateForm(again)).ok());
    }
    EXPECT_EQ(backupsOf(path).size(), 3);
    // Settings changed while the book is open count from then on.
    BackupPolicy off = automatic();
    off.automatic = false;
    db.setBackupPolicy(off);
    FormDef last = *db.form(form.id);
    last.fields << plainField(u"Last"_qs, FieldType::Integer);
    const QStringList beforeLast = backupsOf(path);
    ASSERT_TRUE(await(db.updateForm(last)).ok());
    EXPECT_EQ(backupsOf(path), beforeLast);
    const QFuture<void> closing = db.close();
    EXPECT_TRUE(waitUntil([&] { return closing.isFinished(); }));
}

// A server book: pg_dump is the way, and a restore is refused without touching anything.
class BackupServerTest : public BackupTest {
protected:
    BookSpec::Backend backend() const override { return BookSpec::Backend::Postgres; }
};

TEST_F(BackupServerTest, ABookOnAServerIsNotBackedUpThisWay) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    const Reply<BackupMade> made = await(db->backUp({}));
    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(made.error.message().contains(u"pg_dump"_qs)) << made.error.message().toStdString();
    const Reply<BackupMade> restored = await(db->restoreBackup(bookPath(u"any.fieldbook"_qs)));
    EXPECT_FALSE(restored.ok());
    EXPECT_EQ(db->forms().size(), 1);
}

TEST(BackupNames, NamesReadBackAndOnlyTheBooksOwnAreTaken) {
    RandomValues random(seedOfThisRun());
    const QString book = u"/data/field notes.fieldbook"_qs;
    const BackupReason reasons[] = {BackupReason::Manual, BackupReason::Daily,
                                    BackupReason::FormChange, BackupReason::Import,
                                    BackupReason::Restore};
    for (int i = 0; i < 500; ++i) {
        const QDateTime made(
            QDate(2000 + random.below(50), 1 + random.below(12), 1 + random.below(28)),
            QTime(random.below(24), random.below(60), random.below(60)));
        const BackupReason reason = reasons[random.below(5)];
        const int serial = random.below(3);
        const QString name = Backups::fileName(book, made, reason, serial);
        const std::optional<BackupFile> read = Backups::parse(book, u"/backups/"_qs + name);
        ASSERT_TRUE(read) << name.toStdString();
        EXPECT_EQ(read->made, made);
        EXPECT_EQ(read->reason, reason);
        // Another book's backups, and files that only look alike, are not this book's.
        EXPECT_FALSE(Backups::parse(u"/data/field.fieldbook"_qs, u"/backups/"_qs + name));
        EXPECT_FALSE(Backups::parse(book, u"/backups/"_qs + name + u".part"_qs));
        EXPECT_FALSE(
            Backups::parse(book, u"/backups/"_qs + QString(name).replace(u"20"_qs, u"2x"_qs)));
    }
    EXPECT_EQ(Backups::folderFor(book, {}), u"/data/field notes backups"_qs);
    BackupPolicy data;
    data.place = BackupPolicy::Place::DataFolder;
    data.dataFolder = u"/home/me/.local/share/fieldbook"_qs;
    const QString inData = Backups::folderFor(book, data);
    EXPECT_TRUE(inData.startsWith(u"/home/me/.local/share/fieldbook/backups/field notes-"_qs))
        << inData.toStdString();
    EXPECT_NE(Backups::folderFor(u"/elsewhere/field notes.fieldbook"_qs, data), inData);
}

TEST(BackupRotation, KeepsTheNewestAndOneAWeekAndIsStable) {
    RandomValues random(seedOfThisRun());
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0));
    for (int round = 0; round < 300; ++round) {
        BackupPolicy policy;
        policy.keepLast = 1 + random.below(12);
        policy.keepWeeks = random.below(10);
        QList<BackupFile> backups;
        const int count = random.below(60);
        for (int i = 0; i < count; ++i) {
            BackupFile b;
            // Up to 16 weeks back, at the boundaries of weeks too; one from the future.
            const qint64 back = random.below(4) == 0 ? qint64(random.below(17)) * 7 * 24 * 3600
                                                     : qint64(random.below(16 * 7 * 24 * 60)) * 60;
            b.made = now.addSecs(i == 0 && random.below(5) == 0 ? 3600 : -back);
            b.path = u"/b/%1"_qs.arg(i);
            backups << b;
        }
        std::sort(backups.begin(), backups.end(),
                  [](const BackupFile &a, const BackupFile &b) { return a.made > b.made; });
        const QList<BackupFile> removed = Backups::toRemove(backups, now, policy);
        QList<BackupFile> kept;
        for (const BackupFile &b : std::as_const(backups)) {
            if (!removed.contains(b))
                kept << b;
        }
        SCOPED_TRACE(round);
        // The newest keepLast are kept.
        for (qsizetype i = 0; i < std::min<qsizetype>(policy.keepLast, backups.size()); ++i)
            EXPECT_TRUE(kept.contains(backups.at(i)));
        // For each of the last keepWeeks weeks that has backups, its newest is kept.
        const auto weekOf = [&](const BackupFile &b) {
            return std::max<qint64>(0, b.made.secsTo(now)) / (7 * 24 * 3600);
        };
        for (qint64 week = 0; week < policy.keepWeeks; ++week) {
            const auto newest =
                std::find_if(backups.begin(), backups.end(),
                             [&](const BackupFile &b) { return weekOf(b) == week; });
            if (newest != backups.end()) {
                EXPECT_TRUE(kept.contains(*newest)) << "week " << week;
            }
        }
        // Nothing else: at most keepLast + keepWeeks remain, and every one kept has a reason.
        EXPECT_LE(kept.size(), policy.keepLast + policy.keepWeeks);
        for (const BackupFile &b : std::as_const(kept)) {
            const qsizetype at = backups.indexOf(b);
            const bool newestOfWeek =
                weekOf(b) < policy.keepWeeks &&
                std::none_of(backups.begin(), backups.begin() + at,
                             [&](const BackupFile &n) { return weekOf(n) == weekOf(b); });
            EXPECT_TRUE(at < policy.keepLast || newestOfWeek);
        }
        // Rotating again removes nothing more.
        EXPECT_TRUE(Backups::toRemove(kept, now, policy).isEmpty());
    }
}

TEST_F(BackupTest, TheCommandLineBacksUpAndRestoresAndSaysWhatWentWrong) {
    const QString program = QStringLiteral(FIELDBOOK_PROGRAM);
    const QString path = bookPath();
    BookContents before;
    {
        auto db = openBook(path);
        fill(*db, 30, seedOfThisRun());
        before = bookContents(*db);
    }
    const ProgramRun made = runProgram(program, {u"backup"_qs, path});
    ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    const QList<BackupFile> backups = Backups::list(path, {});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(made.outText().contains(backups.front().path)) << made.outText().toStdString();
    // Into a folder, under a backup's name; into a file; never over one.
    const QString folder = m_dir.filePath(u"elsewhere"_qs);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(runProgram(program, {u"backup"_qs, path, folder}).exitCode, 0);
    EXPECT_EQ(Backups::list(path, {}).size(), 1);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);
    const QString copy = m_dir.filePath(u"copy.fieldbook"_qs);
    EXPECT_EQ(runProgram(program, {u"backup"_qs, path, copy}).exitCode, 0);
    const ProgramRun again = runProgram(program, {u"backup"_qs, path, copy});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.errText().contains(u"copy.fieldbook"_qs));

    {
        auto db = openBook(path);
        changeAtRandom(*db, db->forms().front(), seedOfThisRun() + 5);
    }
    const ProgramRun restored = runProgram(program, {u"restore"_qs, copy, path});
    ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    {
        auto db = openBook(path);
        EXPECT_TRUE(bookContents(*db) == before);
    }
    // The book before the restore is kept; a damaged backup changes nothing.
    EXPECT_EQ(Backups::list(path, {}).size(), 2);
    overwriteFile(copy, 4096 * 3, noise(8192, seedOfThisRun()));
    const ProgramRun refused = runProgram(program, {u"restore"_qs, copy, path});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errText().contains(u"copy.fieldbook"_qs))
        << refused.errText().toStdString();
    {
        auto db = openBook(path);
        EXPECT_TRUE(bookContents(*db) == before);
    }
    EXPECT_EQ(
        runProgram(program, {u"restore"_qs, m_dir.filePath(u"none.fieldbook"_qs), path}).exitCode,
        1);
    EXPECT_EQ(runProgram(program, {u"backup"_qs, m_dir.filePath(u"none.fieldbook"_qs)}).exitCode,
              1);
    EXPECT_EQ(runProgram(program, {u"restore"_qs, copy}).exitCode, 2);
    EXPECT_EQ(runProgram(program, {u"backup"_qs, u"postgresql://me@localhost/db"_qs}).exitCode, 2);
}

} // namespace
