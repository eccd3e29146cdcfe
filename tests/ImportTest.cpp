// Importing CSV files: what an export writes reads back to the same records on both backends;
// a dry run changes nothing and finds every problem; all or nothing holds; Cancel leaves the
// book as it was; hostile files are refused with a message that says what and where.

#include "CsvImport.h"
#include "CsvRecordFeed.h"
#include "FormGuess.h"
#include "FormRules.h"
#include "ProgramRun.h"
#include "RandomValues.h"
#include "RecordExport.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringEncoder>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class ImportTest : public BookTest {
protected:
    // Imports `path` into `form` as the window and the command line do, with the file's
    // guessed settings changed by `adjust`.
    Reply<ImportReport> import(Database &db, const FormDef &form, const QString &path,
                               ImportOptions options = {},
                               const std::function<void(ImportSettings &)> &adjust = {},
                               const QString &rejects = {},
                               std::shared_ptr<ImportProgress> progress = {}) {
        const FileGuess guess = CsvImport::guess(path, form, u"en"_qs);
        EXPECT_FALSE(guess.error.isError()) << guess.error.toLogString().toStdString();
        ImportSettings settings = guess.settings;
        if (adjust)
            adjust(settings);
        if (!progress)
            progress = std::make_shared<ImportProgress>();
        Reply<ImportReport> reply;
        runCoroutine([&]() -> QCoro::Task<> {
            reply = co_await CsvImport::run(&db, form, path, settings, options, rejects, progress);
            EXPECT_TRUE(onGuiThread());
        });
        return reply;
    }

    static QList<Record> records(Database &db, const FormDef &form) {
        PageQuery query;
        query.limit = 100000;
        const Reply<RecordPage> page = await(db.fetchPage(form, query));
        EXPECT_TRUE(page.ok()) << page.error.toLogString().toStdString();
        QList<Record> out = page.value.records;
        std::sort(out.begin(), out.end(),
                  [](const Record &a, const Record &b) { return a.id < b.id; });
        return out;
    }

    static qint64 count(Database &db, const FormDef &form) {
        return await(db.countAll(form)).value;
    }

    FormDef create(Database &db, const FormDef &form) {
        const Reply<FormDef> created = await(db.createForm(form));
        EXPECT_TRUE(created.ok()) << created.error.toLogString().toStdString();
        return created.value;
    }
};

class ImportBothTest : public ImportTest {};
FB_ON_BOTH_BACKENDS(ImportBothTest);

// Property: random records of every type, exported as RFC 4180 and as CSV for a German
// spreadsheet (decimal comma, ";", words for yes and no, local times), import into a new form
// as the same values, in the same order.
TEST_P(ImportBothTest, WhatAnExportWritesImportsAsTheSameRecords) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef from = create(*db, sampleForm(u"From"_qs));
    RandomValues values(seedOfThisRun());
    QList<Record> saved;
    for (int i = 0; i < 300; ++i) {
        Record r;
        for (const FieldDef &f : from.fields)
            r.values.insert(f.key, values.of(f));
        const Reply<SavedRecord> s = await(db->saveRecord(from.id, r));
        ASSERT_TRUE(s.ok()) << s.error.toLogString().toStdString();
        saved << s.value.record;
    }
    ExportOptions excel = ExportOptions::excel(QLocale(QLocale::German));
    excel.guardFormulas = false; // a guard is for the spreadsheet, which takes it off
    int round = 0;
    for (const ExportOptions &options : {ExportOptions::rfc4180(), excel}) {
        SCOPED_TRACE(round);
        RecordExporter exporter(from, options, db->forms());
        const QString path = m_dir.filePath(u"out%1.csv"_qs.arg(round));
        writeAll(path, exporter.begin() + exporter.records(saved) + exporter.end());
        const FormDef to = create(*db, sampleForm(u"To %1"_qs.arg(round++)));
        const Reply<ImportReport> reply = import(*db, to, path, {}, [&](ImportSettings &s) {
            if (options.decimalPoint == u',')
                s.values = ValueRules::forLocale(QLocale(QLocale::German));
        });
        ASSERT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
        const ImportReport &report = reply.value;
        ASSERT_FALSE(report.stopped.isError()) << report.stopped.toLogString().toStdString();
        for (const ImportProblem &p : report.problems)
            ADD_FAILURE() << "row " << p.row << " " << p.column.toStdString() << " \""
                          << p.value.toStdString()
                          << "\": " << p.reason.toLogString().toStdString();
        EXPECT_TRUE(report.committed);
        EXPECT_EQ(report.inserted, saved.size());
        const QList<Record> back = records(*db, to);
        ASSERT_EQ(back.size(), saved.size());
        for (qsizetype i = 0; i < saved.size(); ++i) {
            for (const FieldDef &f : from.fields) {
                EXPECT_EQ(normalised(f, back.at(i).values.value(f.key)),
                          normalised(f, saved.at(i).values.value(f.key)))
                    << "record " << i << ", field " << f.key.toStdString() << ", seed "
                    << seedOfThisRun();
            }
        }
    }
}

// A dry run reads, converts and writes every row, then leaves the book as it was: it finds
// the bad values, the rows the book refuses (a value of a unique field twice) and a required
// field left empty, each with row, column, value and reason; the rejected rows go to a file.
TEST_P(ImportBothTest, ADryRunFindsEveryProblemAndChangesNothing) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef form = create(*db, simpleForm());
    const QString path = m_dir.filePath(u"items.csv"_qs);
    writeAll(path, "Code,Count\nA,1\nB,many\nA,3\n,4\nC,2000000\nD,5\n");
    ImportOptions options;
    options.dryRun = true;
    const QString rejects = m_dir.filePath(u"rejects.csv"_qs);
    const Reply<ImportReport> reply = import(*db, form, path, options, {}, rejects);
    ASSERT_TRUE(reply.ok());
    const ImportReport &report = reply.value;
    EXPECT_EQ(report.rows, 6);
    EXPECT_EQ(report.ready(), 2); // A and D
    EXPECT_EQ(report.problemRows, 4);
    EXPECT_FALSE(report.committed);
    ASSERT_EQ(report.problems.size(), 4);
    EXPECT_EQ(report.problems.at(0).row, 2);
    EXPECT_EQ(report.problems.at(0).line, 3);
    EXPECT_EQ(report.problems.at(0).column, u"Count"_qs);
    EXPECT_EQ(report.problems.at(0).value, u"many"_qs);
    EXPECT_EQ(report.problems.at(0).reason.kind(), DbError::Kind::Validation);
    EXPECT_EQ(report.problems.at(1).row, 3); // the second A
    EXPECT_EQ(report.problems.at(1).column, u"Code"_qs);
    EXPECT_EQ(report.problems.at(1).reason.kind(), DbError::Kind::Constraint);
    EXPECT_EQ(report.problems.at(2).row, 4); // no code
    EXPECT_EQ(report.problems.at(3).row, 5); // over the maximum
    EXPECT_EQ(count(*db, form), 0);
    // The rejected rows: the header and each row as it was, with why.
    QByteArray bytes = readAll(rejects);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const Csv::Parsed parsed = Csv::parse(QString::fromUtf8(bytes.mid(3)), Csv::Dialect());
    ASSERT_EQ(parsed.rows.size(), 5);
    EXPECT_EQ(parsed.rows.at(0).fields, (QStringList{u"Code"_qs, u"Count"_qs, u"Problem"_qs}));
    EXPECT_EQ(parsed.rows.at(1).fields.mid(0, 2), (QStringList{u"B"_qs, u"many"_qs}));
    EXPECT_TRUE(parsed.rows.at(1).fields.at(2).startsWith(u"Count: "_qs));
    EXPECT_EQ(parsed.rows.at(4).fields.mid(0, 2), (QStringList{u"C"_qs, u"2000000"_qs}));
}

// All or nothing is the default: one bad row and nothing goes in. With the good rows only,
// the others do, in one step.
TEST_P(ImportBothTest, OneBadRowStopsAllOrNothingButNotTheGoodRows) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef form = create(*db, simpleForm());
    const QString path = m_dir.filePath(u"items.csv"_qs);
    writeAll(path, "Code,Count\nA,1\nB,x\nC,3\n");
    const Reply<ImportReport> whole = import(*db, form, path);
    ASSERT_TRUE(whole.ok());
    EXPECT_FALSE(whole.value.committed);
    EXPECT_EQ(whole.value.problemRows, 1);
    EXPECT_TRUE(whole.value.insertedIds.isEmpty());
    EXPECT_EQ(count(*db, form), 0);
    ImportOptions good;
    good.keep = ImportOptions::Keep::GoodRows;
    const Reply<ImportReport> part = import(*db, form, path, good);
    ASSERT_TRUE(part.ok());
    EXPECT_TRUE(part.value.committed);
    EXPECT_EQ(part.value.inserted, 2);
    EXPECT_EQ(part.value.insertedIds.size(), 2);
    const QList<Record> back = records(*db, form);
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back.at(0).values.value(u"code"_qs).toString(), u"A"_qs);
    EXPECT_EQ(back.at(1).values.value(u"code"_qs).toString(), u"C"_qs);
}

// A row whose unique value a record has: a problem (stop), left out (skip), or the record takes
// the row's values (update); the undo step puts back what was, and the redo what the import
// made.
TEST_P(ImportBothTest, DuplicatesStopSkipOrUpdateAndTheUndoStepPutsBackWhatWas) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef form = create(*db, simpleForm());
    Record a;
    a.values = {{u"code"_qs, u"A"_qs}, {u"count"_qs, 1}};
    const Reply<SavedRecord> savedA = await(db->saveRecord(form.id, a));
    ASSERT_TRUE(savedA.ok());
    const QString path = m_dir.filePath(u"items.csv"_qs);
    writeAll(path, "code;count\nA;10\nB;20\n");
    const Reply<ImportReport> stop = import(*db, form, path);
    EXPECT_EQ(stop.value.problemRows, 1);
    EXPECT_FALSE(stop.value.committed);
    ImportOptions skip;
    skip.duplicates = ImportOptions::Duplicates::Skip;
    skip.dryRun = true;
    const Reply<ImportReport> skipped = import(*db, form, path, skip);
    EXPECT_EQ(skipped.value.skipped, 1);
    EXPECT_EQ(skipped.value.inserted, 1);
    EXPECT_EQ(skipped.value.problemRows, 0);
    ImportOptions update;
    update.duplicates = ImportOptions::Duplicates::Update;
    const Reply<ImportReport> updated = import(*db, form, path, update);
    ASSERT_TRUE(updated.ok());
    ASSERT_TRUE(updated.value.committed);
    EXPECT_EQ(updated.value.updated, 1);
    EXPECT_EQ(updated.value.inserted, 1);
    QList<Record> now = records(*db, form);
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now.at(0).values.value(u"count"_qs).toLongLong(), 10);

    // Undo: the new record to the trash, the updated one as it was.
    QHash<qint64, qint64> versions = CsvImport::versionsAfter(updated.value);
    const Reply<QList<Record>> undone =
        await(db->importStep(CsvImport::undoStep(updated.value, form.id, versions)));
    ASSERT_TRUE(undone.ok()) << undone.error.toLogString().toStdString();
    CsvImport::noteVersions(&versions, undone.value);
    now = records(*db, form);
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.at(0).values.value(u"count"_qs).toLongLong(), 1);
    // The file again: the value only a record in the trash has is said to be there.
    ImportOptions check;
    check.dryRun = true;
    const Reply<ImportReport> again = import(*db, form, path, check);
    ASSERT_EQ(again.value.problems.size(), 2);
    EXPECT_NE(again.value.problems.at(0).reason.message(),
              again.value.problems.at(1).reason.message());
    EXPECT_TRUE(again.value.problems.at(1).reason.message().contains(u"trash"_qs))
        << again.value.problems.at(1).reason.message().toStdString();
    // Redo: back from the trash, and the import's values again.
    const Reply<QList<Record>> redone =
        await(db->importStep(CsvImport::redoStep(updated.value, form.id, versions)));
    ASSERT_TRUE(redone.ok()) << redone.error.toLogString().toStdString();
    now = records(*db, form);
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now.at(0).values.value(u"count"_qs).toLongLong(), 10);
    // A step that cannot be done whole is not done at all: the trash step of a record gone.
    const Reply<QList<Record>> refused =
        await(db->importStep(Op::ImportStep{form.id, {now.at(1).id, 999999}, {}, {}}));
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(records(*db, form).size(), 2);
}

// A reference column names records by their display value; a name no record has, or several
// have, is a problem of its row.
TEST_P(ImportBothTest, ReferencesAreFoundByTheRecordsName) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef places = create(*db, placesForm());
    for (const QString &name : {u"Oslo"_qs, u"Bergen"_qs, u"Bergen"_qs}) {
        Record r;
        r.values.insert(u"name"_qs, name);
        ASSERT_TRUE(await(db->saveRecord(places.id, r)).ok());
    }
    const FormDef visits = create(*db, visitsReferringTo(places.id, u"Place"_qs));
    const QString path = m_dir.filePath(u"visits.csv"_qs);
    writeAll(path, "Place\nOslo\nBergen\nTromsø\n");
    ImportOptions good;
    good.keep = ImportOptions::Keep::GoodRows;
    const Reply<ImportReport> reply = import(*db, visits, path, good);
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply.value.inserted, 1);
    ASSERT_EQ(reply.value.problems.size(), 2);
    EXPECT_EQ(reply.value.problems.at(0).value, u"Bergen"_qs);
    EXPECT_EQ(reply.value.problems.at(1).value, u"Tromsø"_qs);
    const QList<Record> back = records(*db, visits);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back.front().values.value(visits.fields.front().key).toLongLong(),
              records(*db, places).front().id);
}

// Cancel stops the import between rows and the book is as it was.
TEST_P(ImportBothTest, CancelLeavesTheBookAsItWas) {
    std::unique_ptr<Database> db = openBook(book());
    const FormDef form = create(*db, simpleForm());
    QByteArray csv = "code,count\n";
    for (int i = 0; i < 20000; ++i)
        csv += "c" + QByteArray::number(i) + "," + QByteArray::number(i % 100) + "\n";
    const QString path = m_dir.filePath(u"many.csv"_qs);
    writeAll(path, csv);
    auto progress = std::make_shared<ImportProgress>();
    // Cancel once the writer has begun: it is seen by the rows it counts.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, db.get(), [&] {
        if (progress->rows.load() > 100)
            progress->cancel.store(true);
    });
    poll.start(1);
    const Reply<ImportReport> reply = import(*db, form, path, {}, {}, {}, progress);
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(reply.value.canceled);
    EXPECT_FALSE(reply.value.committed);
    EXPECT_LT(reply.value.rows, 20000);
    EXPECT_EQ(count(*db, form), 0);
    // The writer goes on: a save after it is answered and kept.
    Record r;
    r.values = {{u"code"_qs, u"after"_qs}};
    EXPECT_TRUE(await(db->saveRecord(form.id, r)).ok());
}

// Headers find their fields by key or label in any language, ignoring case, spaces and accents;
// a column no field is named after is left out, and a required field without a column is told.
TEST_F(ImportTest, HeadersFindFieldsByNameInAnyLanguage) {
    FormDef form = simpleForm();
    form.fields[0].key = u"code"_qs;
    form.fields[1].key = u"count"_qs;
    form.fields[1].labelByLanguage.insert(u"de"_qs, u"Anzahl Stück"_qs);
    EXPECT_EQ(matchColumns({u" ANZAHL stuck "_qs, u"Remarks"_qs, u"CODE"_qs}, form),
              (QStringList{u"count"_qs, QString(), u"code"_qs}));
    // Each field once: the second column named after it is left out.
    EXPECT_EQ(matchColumns({u"Code"_qs, u"code"_qs}, form), (QStringList{u"code"_qs, QString()}));
    ImportSettings settings;
    settings.columns = {u"count"_qs};
    const QList<FieldDef> missing = CsvImport::requiredWithoutColumn(form, settings);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing.front().key, u"code"_qs);
}

// The guess: encoding from a byte order mark, NUL bytes or strict UTF-8, the separator, the
// header row and the line ends; every one of them as a file would have it.
TEST_F(ImportTest, TheFirstBytesTellEncodingSeparatorHeaderAndLineEnds) {
    FormDef form = simpleForm();
    form.fields[0].key = u"code"_qs;
    form.fields[1].key = u"count"_qs;
    const QString text = u"Code;Count\r\nÄpfel;3\r\nBirnen;4\r\n"_qs;
    struct Case {
        QByteArray bytes;
        QByteArray encoding;
    };
    QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE),
        latin(QStringConverter::Latin1);
    const QList<Case> cases{
        {"\xEF\xBB\xBF" + text.toUtf8(), "UTF-8"},       {text.toUtf8(), "UTF-8"},
        {"\xFF\xFE" + QByteArray(le(text)), "UTF-16LE"}, {QByteArray(be(text)), "UTF-16BE"},
        {QByteArray(latin(text)), "windows-1252"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.encoding.toStdString());
        const FileGuess guess = guessFile(c.bytes, u"en"_qs, &form);
        EXPECT_FALSE(guess.error.isError());
        EXPECT_EQ(guess.settings.encoding, c.encoding);
        EXPECT_EQ(guess.settings.dialect.separator, u';');
        EXPECT_TRUE(guess.settings.header);
        EXPECT_EQ(guess.lineEnds, u"CRLF"_qs);
        EXPECT_EQ(guess.settings.columns, (QStringList{u"code"_qs, u"count"_qs}));
    }
    EXPECT_EQ(guessFile("a|1\rb|2\r", u"en"_qs, &form).lineEnds, u"CR"_qs);
    EXPECT_EQ(guessFile("a\t1\nb\t2\n", u"en"_qs, &form).settings.dialect.separator, u'\t');
    // Data in the first row: no header, the columns fill the fields in order.
    const FileGuess data = guessFile("A,1\nB,2\n", u"en"_qs, &form);
    EXPECT_FALSE(data.settings.header);
    EXPECT_EQ(data.settings.columns, (QStringList{u"code"_qs, u"count"_qs}));
    EXPECT_EQ(guessFile("\xE9t\xE9", u"ar"_qs).settings.encoding, "windows-1256");
}

// The quote can be another character, or none: then quotes are text like any other.
TEST_F(ImportTest, TheQuoteCanBeAnotherCharacterOrNone) {
    std::unique_ptr<Database> db = openBook(bookPath());
    const FormDef form = create(*db, simpleForm());
    const QString path = m_dir.filePath(u"quotes.csv"_qs);
    writeAll(path, "code,count\n'a,b',1\n\"c\",2\n");
    const auto codes = [&] {
        QStringList out;
        for (const Record &r : records(*db, form))
            out << r.values.value(u"code"_qs).toString();
        return out;
    };
    ASSERT_TRUE(import(*db, form, path, {}, [](ImportSettings &s) {
                    s.dialect.quote = u'\'';
                }).value.committed);
    EXPECT_EQ(codes(), (QStringList{u"a,b"_qs, u"\"c\""_qs}));
    for (const Record &r : records(*db, form))
        ASSERT_TRUE(await(db->trashRecord(form.id, r.id)).ok());
    ASSERT_TRUE(await(db->emptyTrash(form.id)).ok());
    const QString plain = m_dir.filePath(u"plain.csv"_qs);
    writeAll(plain, "code,count\n\"x,1\n");
    ASSERT_TRUE(import(*db, form, plain, {}, [](ImportSettings &s) {
                    s.dialect.quote = QChar(0);
                }).value.committed);
    EXPECT_EQ(codes(), (QStringList{u"\"x"_qs}));
}

// Hostile and unlucky files: each is read or refused with a message saying what and where,
// nothing crashes, and the book holds nothing from a file it refused.
TEST_F(ImportTest, HostileFilesAreReadOrRefusedWithAClearMessage) {
    std::unique_ptr<Database> db = openBook(bookPath());
    FormDef withNotes = simpleForm();
    withNotes.fields << plainField(u"Notes"_qs, FieldType::LongText);
    const FormDef form = create(*db, withNotes);
    struct Case {
        const char *name;
        QByteArray bytes;
        qint64 imported; // -1: refused as a file
        const char *says = "";
    };
    QByteArray columns200;
    QByteArray row200;
    for (int i = 0; i < 200; ++i) {
        columns200 += (i ? "," : "") + (i == 7 ? QByteArray("code") : "c" + QByteArray::number(i));
        row200 += (i ? "," : "") + QByteArray::number(i);
    }
    QStringEncoder le(QStringConverter::Utf16LE);
    const QList<Case> cases{
        {"empty", "", -1, "empty"},
        {"binary",
         QByteArray("\x7f"
                    "ELF\x02\x01\x01\x00\x00\x00\x00",
                    12) +
             noise(3000, 7),
         -1, "NUL"},
        {"utf-16 with mark", "\xFF\xFE" + QByteArray(le(u"code,count\n\u00e9,1\n"_qs)), 1},
        {"cr only", "code,count\rx,1\ry,2\r", 2},
        {"quote inside unquoted", "code,count\nsay \"hi\",1\n", 1},
        {"ragged, short", "code,count\nx\ny,2\n", 2},
        {"ragged, long", "code,count\nx,1,extra\n", 0},
        {"embedded newlines", "code,notes\nx,\"two\nlines\"\ny,\"three\r\n\r\nl\"\n", 2},
        {"a 5 MB line", "code,count\n\"" + QByteArray(5 * 1024 * 1024, 'x') + "\",1\n", -1,
         "line 2"},
        {"unclosed quote", "code,count\nx,1\n\"y,2\n", -1, "line 3"},
        {"200 columns", columns200 + "\n" + row200 + "\n", 1},
        {"not UTF-8 after a good start",
         "code,count\n" + QByteArray(70000, 'a') + ",1\n\xff\xfe\xfd,2\n", -1, "byte 70015"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QString path = m_dir.filePath(u"hostile.csv"_qs);
        writeAll(path, c.bytes);
        const qint64 before = count(*db, form);
        const FileGuess guess = CsvImport::guess(path, form, u"en"_qs);
        ImportOptions good;
        good.keep = ImportOptions::Keep::GoodRows;
        if (guess.error.isError()) {
            EXPECT_EQ(c.imported, -1);
            EXPECT_TRUE(guess.error.message().contains(QLatin1String(c.says)))
                << guess.error.message().toStdString();
            continue;
        }
        ImportSettings settings = guess.settings;
        if (std::string_view(c.name).starts_with("not UTF-8"))
            settings.encoding = "UTF-8"; // the guess saw only good bytes
        Reply<ImportReport> reply;
        runCoroutine([&]() -> QCoro::Task<> {
            reply = co_await CsvImport::run(db.get(), form, path, settings, good, {},
                                            std::make_shared<ImportProgress>());
        });
        ASSERT_TRUE(reply.ok());
        if (c.imported < 0) {
            EXPECT_TRUE(reply.value.stopped.isError());
            EXPECT_TRUE(reply.value.stopped.message().contains(QLatin1String(c.says)))
                << reply.value.stopped.message().toStdString();
            EXPECT_EQ(count(*db, form), before);
        } else {
            EXPECT_FALSE(reply.value.stopped.isError())
                << reply.value.stopped.toLogString().toStdString();
            EXPECT_EQ(reply.value.inserted, c.imported);
            EXPECT_EQ(count(*db, form), before + c.imported);
        }
        // Leave the next case a book without these codes.
        for (const Record &r : records(*db, form))
            ASSERT_TRUE(await(db->trashRecord(form.id, r.id)).ok());
        ASSERT_TRUE(await(db->emptyTrash(form.id)).ok());
    }
}

// The rows are read and written on the writer thread, where the transaction is, never on the
// GUI thread.
TEST_F(ImportTest, RowsAreReadOnTheWriterThread) {
    std::unique_ptr<Database> db = openBook(bookPath());
    const FormDef form = create(*db, simpleForm());
    class WatchedFeed : public RecordFeed {
    public:
        QList<const QThread *> threads;
        int left = 3;
        DbError rewind() override {
            threads << QThread::currentThread();
            left = 3;
            return {};
        }
        std::optional<Item> next() override {
            threads << QThread::currentThread();
            if (left == 0)
                return std::nullopt;
            Item item;
            item.row = 4 - left;
            item.values.insert(u"code"_qs, u"c%1"_qs.arg(left--));
            return item;
        }
        DbError problem() const override { return {}; }
        QString columnOf(const QString &key) const override { return key; }
        void reject(const Item &, const QString &) override {}
        DbError finish() override {
            threads << QThread::currentThread();
            return {};
        }
    };
    auto feed = std::make_shared<WatchedFeed>();
    const Reply<ImportReport> reply = await(
        db->importRecords(form.id, feed, ImportOptions(), std::make_shared<ImportProgress>()));
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply.value.inserted, 3);
    ASSERT_FALSE(feed->threads.isEmpty());
    for (const QThread *t : std::as_const(feed->threads))
        EXPECT_EQ(t, db->writerThread());
}

// Property: numbers written with group marks and either decimal mark, dates in each day order,
// times on either clock and the usual yes/no words read back as the values they were made of.
TEST(ValueReadingTest, TextsAsPeopleWriteThemReadAsTheirValues) {
    QRandomGenerator random(seedOfThisRun());
    FieldDef integer = plainField(u"n"_qs, FieldType::Integer);
    FieldDef decimal = plainField(u"d"_qs, FieldType::Decimal);
    decimal.places = 3;
    FieldDef date = plainField(u"day"_qs, FieldType::Date);
    for (const QLocale::Language language :
         {QLocale::English, QLocale::German, QLocale::French, QLocale::Spanish}) {
        const QLocale locale(language);
        const ValueRules rules = ValueRules::forLocale(locale);
        SCOPED_TRACE(locale.name().toStdString());
        const ValueReader ints(integer, rules), decimals(decimal, rules), dates(date, rules);
        for (int i = 0; i < 500; ++i) {
            const qlonglong n =
                i < 4 ? std::array<qlonglong, 4>{std::numeric_limits<qlonglong>::min(),
                                                 std::numeric_limits<qlonglong>::max(), 0, -1}[i]
                      : qlonglong(random.generate64() >> (random.bounded(60)));
            EXPECT_EQ(ints.read(locale.toString(n)).value.toLongLong(), n)
                << locale.toString(n).toStdString();
            const QString fraction = u"%1"_qs.arg(random.bounded(1000), 3, 10, QChar(u'0'));
            const qlonglong whole = qlonglong(random.bounded(10000000)) - 5000000;
            const QString written = locale.toString(whole) + locale.decimalPoint() + fraction;
            const QString expected = QString::number(whole) + u"."_qs + fraction;
            EXPECT_EQ(decimals.read(written).value.toString(), expected) << written.toStdString();
            const QDate d = QDate(1, 1, 1).addDays(random.bounded(3652058));
            const QString local = d.toString(rules.dateOrder == ValueRules::DateOrder::MonthDayYear
                                                 ? u"MM/dd/yyyy"_qs
                                                 : u"dd.MM.yyyy"_qs);
            EXPECT_EQ(dates.read(local).value.toDate(), d) << local.toStdString();
            EXPECT_EQ(dates.read(d.toString(Qt::ISODate)).value.toDate(), d);
        }
    }
    const ValueReader yesNo(plainField(u"b"_qs, FieldType::Bool), {});
    for (const QString &yes :
         {u"Yes"_qs, u"JA"_qs, u"oui"_qs, u"Sí"_qs, u"نعم"_qs, u"1"_qs, u"x"_qs})
        EXPECT_EQ(yesNo.read(yes).value, QVariant(true)) << yes.toStdString();
    for (const QString &no : {u"no"_qs, u"Nein"_qs, u"NON"_qs, u"falso"_qs, u"لا"_qs, u"0"_qs})
        EXPECT_EQ(yesNo.read(no).value, QVariant(false)) << no.toStdString();
    EXPECT_TRUE(yesNo.read(u"maybe"_qs).error.isError());
    const ValueReader times(plainField(u"t"_qs, FieldType::Time), {});
    EXPECT_EQ(times.read(u"9:05 pm"_qs).value.toTime(), QTime(21, 5));
    EXPECT_EQ(times.read(u"12:00 AM"_qs).value.toTime(), QTime(0, 0));
    EXPECT_TRUE(times.read(u"24:00"_qs).error.isError());
    EXPECT_TRUE(times.read(u"13:00 pm"_qs).error.isError());
    FieldDef colour = plainField(u"c"_qs, FieldType::MultiChoice);
    colour.choices = {u"red"_qs, u"green"_qs};
    colour.choicesByLanguage.insert(u"de"_qs, {u"Rot"_qs, u"Grün"_qs});
    const ValueReader colours(colour, {});
    EXPECT_EQ(colours.read(u"GRUN | red; rot"_qs).value.toStringList(),
              (QStringList{u"green"_qs, u"red"_qs}));
    EXPECT_TRUE(colours.read(u"blue"_qs).error.isError());
    // A two-digit year is a guess, so no date.
    EXPECT_TRUE(ValueReader(date, {}).read(u"01.02.26"_qs).error.isError());
}

// Property: a column of values of one type, written as a file would have them (random and at
// the edges), makes a field of that type; a text with a line break makes a long text; a column
// of mixed values is a text.
TEST(FormGuessTest, EachColumnBecomesAFieldOfWhatItsValuesAre) {
    QRandomGenerator random(seedOfThisRun());
    const ValueRules rules = ValueRules::forLocale(QLocale(QLocale::German));
    const QLocale german(QLocale::German);
    QStringList header{u"Anzahl"_qs,  u"Gewicht"_qs, u"Tag"_qs,      u"Uhrzeit"_qs, u"Zeitpunkt"_qs,
                       u"Ja/Nein"_qs, u"Notiz"_qs,   u"Gemischt"_qs, u""_qs};
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i) {
        const QDate day = QDate(1, 1, 1).addDays(random.bounded(3652058));
        const QTime time(random.bounded(24), random.bounded(60));
        rows << QStringList{
            german.toString(qlonglong(random.generate64() >> random.bounded(1, 63))),
            german.toString(random.bounded(100000)) + u","_qs +
                QString::number(random.bounded(10)) + (i == 7 ? u"25"_qs : u""_qs),
            day.toString(u"dd.MM.yyyy"_qs),
            time.toString(u"HH:mm"_qs),
            day.toString(Qt::ISODate) + u" "_qs + time.toString(u"HH:mm"_qs),
            random.bounded(2) ? u"ja"_qs : u"nein"_qs,
            i == 50 ? u"zwei\nZeilen"_qs : u"eine Zeile"_qs,
            i % 2 ? u"12"_qs : u"zwölf"_qs,
            QString()};
    }
    const FormDef form = guessForm(u"Beobachtungen"_qs, header, rows, rules);
    EXPECT_EQ(form.name, u"Beobachtungen"_qs);
    ASSERT_EQ(form.fields.size(), 9);
    const QList<FieldType> expected{FieldType::Integer,  FieldType::Decimal,  FieldType::Date,
                                    FieldType::Time,     FieldType::DateTime, FieldType::Bool,
                                    FieldType::LongText, FieldType::Text,     FieldType::Text};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(form.fields.at(i).type, expected.at(i)) << "column " << i;
        EXPECT_EQ(form.fields.at(i).label, i < 8 ? header.at(i) : u"Column 9"_qs);
    }
    EXPECT_EQ(form.fields.at(1).places, 3); // as many as the values have
    // What the guess makes is a form the book takes.
    EXPECT_FALSE(FormRules::check(form).isError())
        << FormRules::check(form).toLogString().toStdString();
}

// The command line: the same import, with exit codes for scripts (0 imported, 1 nothing
// imported, 2 a usage error, 3 the good rows in and some left out) and messages that say
// where the problems are.
TEST_F(ImportTest, TheCommandLineImportsWithExitCodesAndMessages) {
    const QString program = QStringLiteral(FIELDBOOK_PROGRAM);
    const QString bookFile = bookPath();
    {
        std::unique_ptr<Database> db = openBook(bookFile);
        create(*db, simpleForm());
    }
    const QString good = m_dir.filePath(u"good.csv"_qs);
    writeAll(good, "Code;Count\nA;1\nB;2\n");
    const QString bad = m_dir.filePath(u"bad.csv"_qs);
    writeAll(bad, "Code;Count\nC;3\nD;lots\n");
    const QString rejects = m_dir.filePath(u"rejected.csv"_qs);

    const ProgramRun dry =
        runProgram(program, {u"import"_qs, bad, u"--form"_qs, u"items"_qs, u"--dry-run"_qs,
                             u"--rejects"_qs, rejects, bookFile});
    EXPECT_EQ(dry.exitCode, 1);
    EXPECT_TRUE(dry.outText().contains(u"1 row ready"_qs)) << dry.outText().toStdString();
    EXPECT_TRUE(dry.errText().contains(u"line 3, Count: “lots”"_qs)) << dry.errText().toStdString();
    EXPECT_TRUE(readAll(rejects).contains("D;lots;Count: "));

    const ProgramRun whole =
        runProgram(program, {u"import"_qs, bad, u"--form"_qs, u"items"_qs, bookFile});
    EXPECT_EQ(whole.exitCode, 1);
    EXPECT_TRUE(whole.errText().contains(u"nothing was imported"_qs))
        << whole.errText().toStdString();

    const ProgramRun part = runProgram(
        program, {u"import"_qs, bad, u"--form"_qs, u"items"_qs, u"--good-rows"_qs, bookFile});
    EXPECT_EQ(part.exitCode, 3) << part.errText().toStdString();
    const ProgramRun all =
        runProgram(program, {u"import"_qs, good, u"--form"_qs, u"Items"_qs, bookFile});
    EXPECT_EQ(all.exitCode, 0) << all.errText().toStdString();
    EXPECT_TRUE(all.outText().contains(u"2 records imported"_qs)) << all.outText().toStdString();
    EXPECT_EQ(RawBook(bookFile).scalar(u"SELECT COUNT(*) FROM items"_qs), 3);

    const ProgramRun again = runProgram(program, {u"import"_qs, good, u"--form"_qs, u"items"_qs,
                                                  u"--duplicates"_qs, u"skip"_qs, bookFile});
    EXPECT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_TRUE(again.outText().contains(u"2 left out as already there"_qs))
        << again.outText().toStdString();

    // The rejected rows never go over the file read, by its name or through a link to it.
    const QString link = m_dir.filePath(u"link.csv"_qs);
    ASSERT_TRUE(QFile::link(bad, link));
    const ProgramRun overLink = runProgram(
        program, {u"import"_qs, bad, u"--form"_qs, u"items"_qs, u"--rejects"_qs, link, bookFile});
    EXPECT_EQ(overLink.exitCode, 2);
    EXPECT_TRUE(readAll(bad).contains("D;lots\n")) << "the file read is as it was";

    const ProgramRun usage = runProgram(program, {u"import"_qs, good, u"--form"_qs, u"items"_qs,
                                                  u"--separator"_qs, u"x"_qs, bookFile});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.errText().contains(u"Unknown separator"_qs));
    const ProgramRun missing = runProgram(program, {u"import"_qs, m_dir.filePath(u"none.csv"_qs),
                                                    u"--form"_qs, u"items"_qs, bookFile});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.errText().contains(u"none.csv"_qs)) << missing.errText().toStdString();
    const ProgramRun noForm =
        runProgram(program, {u"import"_qs, good, u"--form"_qs, u"Fish"_qs, bookFile});
    EXPECT_EQ(noForm.exitCode, 1);
    EXPECT_TRUE(noForm.errText().contains(u"Items"_qs)) << noForm.errText().toStdString();
}

} // namespace
