// File → Check Book… and `fieldbook check`: a book written only through Fieldbook is sound
// on both backends; what another program or a damaged disk did is found, and said where it is
// (form, record, field); a repair mends only indexes, after a backup, and changes no record.

#include "Backups.h"
#include "ProgramRun.h"
#include "RandomValues.h"
#include "SqlStatements.h"
#include "TestSupport.h"
#include "ThreadAudit.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

using namespace fb;
using namespace fb::test;

namespace {

using Finding = CheckFinding::Kind;

class CheckTest : public BookTest {
protected:
    // A connection that may write, as another program's: SQLite's keeps no CHECK constraint.
    std::unique_ptr<RawBook> otherProgram(const BookSpec &spec) {
        if (spec.backend == BookSpec::Backend::Sqlite) {
            auto raw = std::make_unique<RawBook>(spec.path, true);
            raw->exec(u"PRAGMA ignore_check_constraints = ON"_qs);
            return raw;
        }
        auto raw = std::make_unique<RawBook>(spec);
        return raw;
    }

    // On PostgreSQL the rules of the form's columns are dropped, as another program could.
    static void dropChecks(RawBook &raw, const QString &table) {
        QSqlQuery q(raw.db());
        ASSERT_TRUE(q.exec(u"SELECT conname FROM pg_constraint WHERE conrelid = '%1'::regclass "
                           "AND contype = 'c'"_qs.arg(table)));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        for (const QString &name : names)
            ASSERT_TRUE(raw.exec(u"ALTER TABLE %1 DROP CONSTRAINT \"%2\""_qs.arg(table, name)));
    }

    static Reply<CheckReport> check(Database &db) {
        Reply<CheckReport> reply = await(db.checkBook());
        EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
        return reply;
    }

    static QString findings(const CheckReport &report, const QList<FormDef> &forms) {
        return CheckText::lines(report, forms).join(u'\n');
    }

    static QString timestamp(bool sqlite) {
        return sqlite ? u"'2026-01-01T00:00:00.000Z'"_qs : u"'2026-01-01 00:00:00+00'"_qs;
    }
};

TEST_P(CheckTest, ABookWrittenOnlyByFieldbookIsSound) {
    // Property: whatever values the window accepts, however edited, trashed and reshaped, the
    // check finds nothing in them.
    auto db = openBook(book());
    const Reply<FormDef> sample = await(db->createForm(sampleForm()));
    ASSERT_TRUE(sample.ok());
    const Reply<FormDef> places = await(db->createForm(placesForm()));
    ASSERT_TRUE(places.ok());
    const Reply<FormDef> visits =
        await(db->createForm(visitsReferringTo(places.value.id, u"Place"_qs)));
    ASSERT_TRUE(visits.ok());
    RandomValues values(seedOfThisRun());
    QList<qint64> placeIds;
    int records = 0;
    for (int i = 0; i < 120; ++i) {
        Record r;
        for (const FieldDef &f : sample.value.fields)
            r.values.insert(f.key, values.of(f));
        const Reply<SavedRecord> saved = await(db->saveRecord(sample.value.id, r));
        ASSERT_TRUE(saved.ok()) << saved.error.toLogString().toStdString();
        ++records;
        if (values.below(5) == 0) {
            ASSERT_TRUE(await(db->trashRecord(sample.value.id, saved.value.record.id)).ok());
        }
        if (i % 4 == 0) {
            Record place;
            place.values.insert(places.value.fields.front().key, u"Place %1"_qs.arg(i));
            const Reply<SavedRecord> p = await(db->saveRecord(places.value.id, place));
            ASSERT_TRUE(p.ok());
            placeIds << p.value.record.id;
            Record visit;
            visit.values.insert(visits.value.fields.front().key, p.value.record.id);
            ASSERT_TRUE(await(db->saveRecord(visits.value.id, visit)).ok());
            records += 2;
        }
    }
    FormDef more = *db->form(sample.value.id);
    more.fields << plainField(u"Added later"_qs, FieldType::Integer);
    more.fields.removeAt(1);
    ASSERT_TRUE(await(db->updateForm(more)).ok());

    const Reply<CheckReport> report = check(*db);
    EXPECT_TRUE(report.value.sound()) << findings(report.value, db->forms()).toStdString();
    EXPECT_EQ(report.value.forms, 3);
    EXPECT_EQ(report.value.records, records);
    EXPECT_EQ(report.value.pagesChecked, !isPostgres());
    // Only the book's reader threads read it for the check.
    const QStringList threads = ThreadAudit::sqlThreads();
    EXPECT_FALSE(threads.contains(u"gui"_qs)) << threads.join(u',').toStdString();
}

TEST_P(CheckTest, ValuesAnotherProgramWroteAgainstTheRulesAreFoundWhereTheyAre) {
    // Property: the records the check names are exactly those whose count breaks 0..1,000,000
    // or is no whole number, each with its form, field and whether it is in the trash.
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    const QString countKey = form.fields.at(1).key;
    auto raw = otherProgram(book());
    if (isPostgres())
        dropChecks(*raw, form.table);
    QRandomGenerator random(seedOfThisRun());
    QSet<qint64> broken, trashed;
    const int rows = 150;
    for (int i = 1; i <= rows; ++i) {
        QString count;
        bool bad = true;
        switch (random.bounded(8)) {
        case 0:
            count = u"-1"_qs;
            break;
        case 1:
            count = QString::number(1000001 + random.bounded(1000));
            break;
        case 2:
            count = isPostgres() ? u"-5"_qs : u"'many'"_qs;
            break;
        case 3:
            count = isPostgres() ? u"2000000"_qs : u"1.5"_qs;
            break;
        case 4:
            count = u"NULL"_qs;
            bad = false;
            break;
        default:
            // At the edges and within.
            count = QString::number(random.bounded(3) == 0 ? 0 : random.bounded(1000001));
            bad = false;
        }
        const bool inTrash = random.bounded(4) == 0;
        const QString ts = timestamp(!isPostgres());
        ASSERT_TRUE(raw->exec(
            u"INSERT INTO %1 (id, uuid, created_at, updated_at, deleted_at, "
            "code, %2) VALUES (%3, 'u%3', %4, %4, %5, 'c%3', %6)"_qs.arg(
                form.table, countKey, QString::number(i), ts, inTrash ? ts : u"NULL"_qs, count)));
        if (bad)
            broken << i;
        if (bad && inTrash)
            trashed << i;
    }
    const Reply<CheckReport> report = check(*db);
    QSet<qint64> named, namedInTrash;
    for (const CheckFinding &f : report.value.findings) {
        EXPECT_EQ(f.kind, Finding::Value);
        EXPECT_EQ(f.formId, form.id);
        EXPECT_EQ(f.field, countKey);
        EXPECT_FALSE(f.what.message().isEmpty());
        named << f.recordId;
        if (f.trashed)
            namedInTrash << f.recordId;
    }
    EXPECT_EQ(named, broken) << findings(report.value, db->forms()).toStdString();
    EXPECT_EQ(namedInTrash, trashed);
    EXPECT_EQ(report.value.found, broken.size());
    EXPECT_EQ(report.value.records, rows);
    EXPECT_FALSE(report.value.repairable()); // values are for a person to correct
    // The text names the form, the record and the field.
    if (!broken.isEmpty()) {
        const QString where = CheckText::where(report.value.findings.front(), db->forms());
        const CheckFinding &first = report.value.findings.front();
        EXPECT_EQ(where, u"Items, “c%1”%2, Count"_qs.arg(first.recordId)
                             .arg(first.trashed ? u" (in the trash)"_qs : QString()));
    }
}

TEST_P(CheckTest, TablesThatNoLongerMatchTheirFormsAreFound) {
    FormDef items, places;
    auto db = openWithForm(simpleForm(), &items);
    const Reply<FormDef> made = await(db->createForm(placesForm()));
    ASSERT_TRUE(made.ok());
    places = made.value;
    {
        auto raw = otherProgram(book());
        ASSERT_TRUE(raw->exec(u"ALTER TABLE %1 ADD COLUMN extra TEXT"_qs.arg(items.table)));
        ASSERT_TRUE(raw->exec(u"DROP TABLE %1"_qs.arg(places.table)));
    }
    const Reply<CheckReport> report = check(*db);
    ASSERT_EQ(report.value.found, 2) << findings(report.value, db->forms()).toStdString();
    for (const CheckFinding &f : report.value.findings)
        EXPECT_EQ(f.kind, Finding::Structure);
    EXPECT_EQ(report.value.findings.at(0).formId, items.id);
    EXPECT_TRUE(report.value.findings.at(0).what.message().contains(u"extra"_qs));
    EXPECT_EQ(report.value.findings.at(1).formId, places.id);
    EXPECT_FALSE(report.value.repairable());
}

TEST_P(CheckTest, AMissingColumnLeavesTheOtherFieldsValuesChecked) {
    FormDef items;
    auto db = openWithForm(simpleForm(), &items);
    const QString code = items.fields.at(0).key;
    const QString count = items.fields.at(1).key;
    {
        auto raw = otherProgram(book());
        if (!isPostgres()) { // SQLite drops no column an index uses
            ASSERT_TRUE(
                raw->exec(u"DROP INDEX \"%1\""_qs.arg(SqlStatements::indexName(items, count))));
        }
        ASSERT_TRUE(raw->exec(u"ALTER TABLE %1 DROP COLUMN %2"_qs.arg(items.table, count)));
        if (isPostgres()) {
            dropChecks(*raw, items.table);
        }
        const QString ts = timestamp(!isPostgres());
        ASSERT_TRUE(raw->exec(u"INSERT INTO %1 (uuid, created_at, updated_at, %2) VALUES "
                              "('u1', %3, %3, '   ')"_qs.arg(items.table, code, ts)));
    }
    const Reply<CheckReport> report = check(*db);
    ASSERT_EQ(report.value.found, 2) << findings(report.value, db->forms()).toStdString();
    EXPECT_EQ(report.value.findings.at(0).kind, Finding::Structure);
    EXPECT_EQ(report.value.findings.at(0).field, count);
    EXPECT_EQ(report.value.findings.at(1).kind, Finding::Value);
    EXPECT_EQ(report.value.findings.at(1).field, code);
    EXPECT_EQ(report.value.records, 1);
    // A repair makes no column, and does not fail for want of one.
    if (!isPostgres()) {
        const Reply<CheckReport> repaired = await(db->repairBook());
        ASSERT_TRUE(repaired.ok()) << repaired.error.toLogString().toStdString();
        EXPECT_EQ(repaired.value.found, 2);
    }
}

TEST_F(CheckTest, AStaleIndexIsFoundAndARepairRebuildsItAfterABackupChangingNoRecord) {
    const QString path = bookPath();
    FormDef form;
    BookContents before;
    {
        auto db = openWithForm(simpleForm(), &form);
        for (int i = 0; i < 40; ++i) {
            Record r;
            r.values = {{form.fields.at(0).key, u"code %1"_qs.arg(i)},
                        {form.fields.at(1).key, i * 10}};
            ASSERT_TRUE(await(db->saveRecord(form.id, r)).ok());
        }
    }
    const QString countIndex = SqlStatements::indexName(form, form.fields.at(1).key);
    makeIndexStale(
        path, countIndex,
        u"UPDATE %1 SET %2 = %2 + 1 WHERE id % 3 = 0"_qs.arg(form.table, form.fields.at(1).key));
    const QString updated = SqlStatements::indexName(form, u"updated_at"_qs);
    {
        // Another program also made another index its own way.
        RawBook raw(path, true);
        ASSERT_TRUE(raw.exec(u"DROP INDEX \"%1\""_qs.arg(updated)));
        ASSERT_TRUE(
            raw.exec(u"CREATE INDEX \"%1\" ON %2 (updated_at)"_qs.arg(updated, form.table)));
    }
    auto db = openBook(path);
    before = bookContents(*db);
    const Reply<CheckReport> report = check(*db);
    ASSERT_EQ(report.value.found, 2) << findings(report.value, db->forms()).toStdString();
    for (const CheckFinding &f : report.value.findings) {
        EXPECT_EQ(f.kind, Finding::Index);
        EXPECT_EQ(f.formId, form.id);
    }
    EXPECT_EQ(report.value.repairableCount(), 2);
    EXPECT_TRUE(
        std::any_of(report.value.findings.begin(), report.value.findings.end(),
                    [&](const CheckFinding &f) { return f.field == form.fields.at(1).key; }));

    const Reply<CheckReport> repaired = await(db->repairBook());
    ASSERT_TRUE(repaired.ok()) << repaired.error.toLogString().toStdString();
    EXPECT_TRUE(repaired.value.sound()) << findings(repaired.value, db->forms()).toStdString();
    EXPECT_TRUE(bookContents(*db) == before);
    // The backup holds the book as it was, stale index and all.
    const QList<BackupFile> backups = Backups::list(path, db->backupPolicy());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.front().reason, BackupReason::Repair);
    EXPECT_EQ(repaired.value.backup, backups.front().path);
    {
        auto copy = openBook(backups.front().path);
        EXPECT_EQ(check(*copy).value.found, 2);
    }
    // Sorted by count, every record is listed again.
    PageQuery byCount;
    byCount.sortKey = form.fields.at(1).key;
    byCount.limit = 100;
    EXPECT_EQ(await(db->fetchPage(form, byCount)).value.records.size(), 40);
    // An index another program dropped is missing, and made again.
    {
        RawBook raw(path, true);
        ASSERT_TRUE(raw.exec(u"DROP INDEX \"%1\""_qs.arg(updated)));
    }
    const Reply<CheckReport> missing = check(*db);
    ASSERT_EQ(missing.value.found, 1);
    EXPECT_TRUE(missing.value.findings.front().repairable());
    EXPECT_TRUE(await(db->repairBook()).value.sound());
    db.reset();
    RawBook raw(path);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check "
                         "<> 'ok'"_qs),
              0);
}

TEST_F(CheckTest, ALinkToARecordThatIsGoneIsFound) {
    auto db = openBook(bookPath());
    const Reply<FormDef> places = await(db->createForm(placesForm()));
    ASSERT_TRUE(places.ok());
    const Reply<FormDef> visits =
        await(db->createForm(visitsReferringTo(places.value.id, u"Place"_qs)));
    ASSERT_TRUE(visits.ok());
    Record place;
    place.values.insert(places.value.fields.front().key, u"Harbour"_qs);
    const Reply<SavedRecord> p = await(db->saveRecord(places.value.id, place));
    ASSERT_TRUE(p.ok());
    Record visit;
    visit.values.insert(visits.value.fields.front().key, p.value.record.id);
    const Reply<SavedRecord> v = await(db->saveRecord(visits.value.id, visit));
    ASSERT_TRUE(v.ok());
    {
        RawBook raw(bookPath(), true); // foreign keys are off unless a connection turns them on
        ASSERT_TRUE(raw.exec(u"DELETE FROM %1"_qs.arg(places.value.table)));
    }
    const Reply<CheckReport> report = check(*db);
    ASSERT_EQ(report.value.found, 1) << findings(report.value, db->forms()).toStdString();
    const CheckFinding &f = report.value.findings.front();
    EXPECT_EQ(f.kind, Finding::Link);
    EXPECT_EQ(f.formId, visits.value.id);
    EXPECT_EQ(f.recordId, v.value.record.id);
    EXPECT_EQ(f.field, visits.value.fields.front().key);
    EXPECT_EQ(CheckText::where(f, db->forms()),
              u"Visits, the record made %1, Place"_qs.arg(QLocale().toString(
                  v.value.record.createdAt.toLocalTime(), QLocale::ShortFormat)));
    EXPECT_TRUE(f.what.message().contains(u"Places"_qs)) << f.what.message().toStdString();
}

TEST_F(CheckTest, DamagedPagesAreFoundAndNotRepairedAndTheFileIsOnlyRead) {
    const QString path = bookPath();
    {
        auto db = openBook(path);
        FormDef form = await(db->createForm(sampleForm())).value;
        RandomValues values(seedOfThisRun());
        QList<QFuture<Reply<SavedRecord>>> saves;
        for (int i = 0; i < 600; ++i) {
            Record r;
            for (const FieldDef &f : form.fields)
                r.values.insert(f.key, values.of(f));
            saves << db->saveRecord(form.id, r);
        }
        for (const auto &s : std::as_const(saves))
            ASSERT_TRUE(await(s).ok());
    }
    overwriteFile(path, QFileInfo(path).size() / 2, noise(4096, seedOfThisRun()));
    const QByteArray damaged = fileHash(path);
    auto db = openBook(path);
    const Reply<CheckReport> report = await(db->checkBook());
    ASSERT_TRUE(report.ok()) << report.error.toLogString().toStdString();
    EXPECT_FALSE(report.value.sound());
    EXPECT_TRUE(std::any_of(report.value.findings.begin(), report.value.findings.end(),
                            [](const CheckFinding &f) { return f.kind == Finding::Pages; }))
        << findings(report.value, db->forms()).toStdString();
    const Reply<CheckReport> repaired = await(db->repairBook());
    EXPECT_FALSE(repaired.ok() && repaired.value.sound());
    db.reset();
    EXPECT_EQ(fileHash(path), damaged);
}

TEST_F(CheckTest, CancelEndsTheCheckWithoutAReport) {
    FormDef form;
    auto db = openWithForm(simpleForm(), &form);
    for (int i = 0; i < 20; ++i) {
        Record r;
        r.values = {{form.fields.at(0).key, u"c%1"_qs.arg(i)}};
        ASSERT_TRUE(await(db->saveRecord(form.id, r)).ok());
    }
    auto progress = std::make_shared<CheckProgress>();
    progress->cancel = true;
    const Reply<CheckReport> report = await(db->checkBook(progress));
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.error.kind(), DbError::Kind::Internal);
    // The reader goes on afterwards.
    EXPECT_TRUE(check(*db).value.sound());
}

TEST_F(CheckTest, TheCommandLineSaysWhatItFoundAndExitsWithItsCode) {
    const QString program = QStringLiteral(FIELDBOOK_PROGRAM);
    const QString path = bookPath();
    FormDef form;
    {
        auto db = openWithForm(simpleForm(), &form);
        for (int i = 0; i < 12; ++i) {
            Record r;
            r.values = {{form.fields.at(0).key, u"c%1"_qs.arg(i)}, {form.fields.at(1).key, i}};
            ASSERT_TRUE(await(db->saveRecord(form.id, r)).ok());
        }
    }
    const ProgramRun sound = runProgram(program, {u"check"_qs, path});
    EXPECT_EQ(sound.exitCode, 0) << sound.errText().toStdString();
    EXPECT_TRUE(sound.outText().contains(u"sound"_qs)) << sound.outText().toStdString();

    makeIndexStale(path, SqlStatements::indexName(form, form.fields.at(1).key),
                   u"UPDATE %1 SET %2 = 7"_qs.arg(form.table, form.fields.at(1).key));
    const ProgramRun found = runProgram(program, {u"check"_qs, path});
    EXPECT_EQ(found.exitCode, 3) << found.errText().toStdString();
    EXPECT_TRUE(found.outText().contains(u"Items, Count"_qs)) << found.outText().toStdString();
    EXPECT_TRUE(found.outText().contains(u"--repair"_qs));
    EXPECT_TRUE(Backups::list(path, {}).isEmpty()); // a check alone writes nothing

    const ProgramRun repaired = runProgram(program, {u"check"_qs, u"--repair"_qs, path});
    EXPECT_EQ(repaired.exitCode, 0) << repaired.outText().toStdString();
    const QList<BackupFile> backups = Backups::list(path, {});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(repaired.outText().contains(backups.front().path))
        << repaired.outText().toStdString();
    EXPECT_EQ(runProgram(program, {u"check"_qs, path}).exitCode, 0);

    EXPECT_EQ(runProgram(program, {u"check"_qs, m_dir.filePath(u"none.fieldbook"_qs)}).exitCode, 1);
    EXPECT_EQ(runProgram(program, {u"check"_qs}).exitCode, 2);
    EXPECT_EQ(runProgram(program, {u"check"_qs, path, path}).exitCode, 2);
    EXPECT_EQ(runProgram(program, {u"check"_qs, u"--repair"_qs, u"postgresql://me@localhost/db"_qs})
                  .exitCode,
              2);
}

FB_ON_BOTH_BACKENDS(CheckTest);

} // namespace
