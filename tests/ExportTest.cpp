// Exporting records: what is written reads back, cell by cell, to the values the book holds,
// in the order and selection of the query, on both backends; a stopped or failed export
// leaves the file as it was; the command line writes the same and says what went wrong.

#include "Csv.h"
#include "FormJson.h"
#include "IsoText.h"
#include "ProgramRun.h"
#include "RandomValues.h"
#include "RecordExportTask.h"
#include "TestSupport.h"
#include "WorkerThread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

#include <iostream>

using namespace fb;
using namespace fb::test;

namespace {

// What a cell says, read back with the export format's own rules (as its documentation gives
// them, not through the exporter): the stored value it stands for.
QVariant readBack(const FieldDef &field, const QString &cell, const ExportOptions &options) {
    if (cell.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        if (options.guardFormulas && cell.startsWith(u'\'') && cell.size() > 1 &&
            QStringView(u"=+-@\t\r'").contains(cell.at(1)))
            return cell.mid(1);
        return cell;
    case FieldType::Integer:
        return cell.toLongLong();
    case FieldType::Decimal:
        return QString(cell).replace(options.decimalPoint, u'.');
    case FieldType::Date:
        return *IsoText::date(cell);
    case FieldType::Time:
        return *IsoText::time(cell);
    case FieldType::DateTime: {
        const std::optional<QDateTime> t = IsoText::dateTime(cell);
        return t ? QVariant(t->toUTC()) : QVariant(u"unreadable: "_qs + cell);
    }
    case FieldType::Bool:
        return cell == (options.wordsForYesNo ? u"yes"_qs : u"true"_qs);
    case FieldType::Choice:
        return cell;
    case FieldType::MultiChoice:
        return cell.split(u"; "_qs);
    case FieldType::Reference:
        return cell;
    }
    return {};
}

class ExportTest : public BookTest {
protected:
    // A sample form with `count` records of random values; the created form.
    FormDef fill(Database &db, int count) {
        auto created = db.createForm(sampleForm());
        const Reply<FormDef> form = await(created);
        EXPECT_TRUE(form.ok()) << form.error.toLogString().toStdString();
        RandomValues values(seedOfThisRun());
        for (int i = 0; i < count; ++i) {
            Record r;
            for (const FieldDef &f : form.value.fields)
                r.values.insert(f.key, values.of(f));
            // Counts repeat, so a sort by count pages through ties.
            r.values.insert(form.value.fields.at(2).key, qlonglong(i % 37));
            db.saveRecord(form.value.id, r);
        }
        EXPECT_TRUE(waitUntil([&] { return db.pendingWrites() == 0; }, 120000));
        return form.value;
    }

    static Reply<qint64>
    exportFile(Database &db, const FormDef &form, const PageQuery &query,
               const ExportOptions &options, const QString &path,
               const std::function<void(RecordExportTask &)> &onProgress = {}) {
        Reply<qint64> reply;
        RecordExportTask task(&db);
        QObject::connect(&task, &RecordExportTask::progress, &task, [&](qint64, qint64) {
            EXPECT_TRUE(onGuiThread());
            if (onProgress)
                onProgress(task);
        });
        runCoroutine([&]() -> QCoro::Task<> {
            reply = co_await task.exportToFile(form, query, options, path);
            EXPECT_TRUE(onGuiThread());
        });
        return reply;
    }

    // Every record `query` selects, in its order, in one page.
    static QList<Record> selected(Database &db, const FormDef &form, PageQuery query) {
        query.limit = 100000;
        const Reply<RecordPage> page = await(db.fetchPage(form, query));
        EXPECT_TRUE(page.ok()) << page.error.toLogString().toStdString();
        return page.value.records;
    }

    static QByteArray contents(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The CSV at `path` holds a header and then exactly `expected`, cell for cell.
    static void expectCsvHolds(const QString &path, const FormDef &form,
                               const ExportOptions &options, const QList<Record> &expected) {
        QByteArray bytes = contents(path);
        ASSERT_EQ(bytes.startsWith("\xEF\xBB\xBF"), options.dialect.bom);
        if (options.dialect.bom)
            bytes.remove(0, 3);
        const Csv::Parsed parsed =
            Csv::parse(QString::fromUtf8(bytes), options.dialect, std::numeric_limits<int>::max());
        ASSERT_FALSE(parsed.problem);
        ASSERT_EQ(parsed.rows.size(), expected.size() + 1);
        QStringList labels;
        for (const FieldDef &f : form.fields)
            labels << f.label;
        EXPECT_EQ(parsed.rows.front().fields, labels);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &cells = parsed.rows.at(i + 1).fields;
            ASSERT_EQ(cells.size(), form.fields.size()) << "row " << i + 1;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const FieldDef &f = form.fields.at(c);
                EXPECT_EQ(readBack(f, cells.at(c), options),
                          normalised(f, expected.at(i).values.value(f.key)))
                    << "row " << i + 1 << ", " << f.label.toStdString() << ": "
                    << cells.at(c).toStdString();
            }
        }
    }
};

class ExportBothTest : public ExportTest {};

} // namespace

// Random values of every type, over several pages, sorted by a column with ties, descending,
// filtered: the RFC 4180 and the Excel (German) files hold those records in that order, and
// each cell reads back to the stored value.
TEST_P(ExportBothTest, WhatIsExportedReadsBackToTheRecordsTheQuerySelects) {
    std::cout << "FIELDBOOK_SEED=" << seedOfThisRun() << '\n';
    auto db = openBook(book());
    ASSERT_EQ(db->state(), BookState::Open);
    const FormDef form = fill(*db, RecordExportTask::PageSize * 2 + 123);
    PageQuery query;
    query.sortKey = form.fields.at(2).key; // Count
    query.descending = true;
    query.filter.conditions << FieldFilter{form.fields.at(7).key, FieldFilter::Op::NotEmpty, {}};
    const QList<Record> expected = selected(*db, form, query);
    ASSERT_GT(expected.size(), RecordExportTask::PageSize);

    const QString rfc = m_dir.filePath(u"records.csv"_qs);
    const Reply<qint64> written = exportFile(*db, form, query, ExportOptions::rfc4180(), rfc);
    ASSERT_TRUE(written.ok()) << written.error.toLogString().toStdString();
    EXPECT_EQ(written.value, expected.size());
    expectCsvHolds(rfc, form, ExportOptions::rfc4180(), expected);
    EXPECT_TRUE(contents(rfc).contains("\r\n"));

    ExportOptions excel = ExportOptions::excel(QLocale(QLocale::German));
    EXPECT_EQ(excel.dialect.separator, u';');
    EXPECT_EQ(excel.decimalPoint, u',');
    excel.wordsForYesNo = false; // the words are the interface language's, English here
    const QString de = m_dir.filePath(u"records-de.csv"_qs);
    ASSERT_TRUE(exportFile(*db, form, query, excel, de).ok());
    expectCsvHolds(de, form, excel, expected);
}

// A formula in a text is made inert in the Excel preset and kept as typed in RFC 4180;
// numbers keep their minus sign.
TEST_F(ExportTest, FormulasAreGuardedOnlyInTextsOfTheExcelPreset) {
    FormDef form;
    auto db = openWithForm(sampleForm(), &form);
    Record r;
    r.values = {{form.fields.at(0).key, u"=HYPERLINK(\"http://x\")"_qs},
                {form.fields.at(1).key, u"@SUM(A1)"_qs},
                {form.fields.at(2).key, qlonglong(-5)},
                {form.fields.at(3).key, u"-2.50"_qs}};
    ASSERT_TRUE(await(db->saveRecord(form.id, r)).ok());
    const QString path = m_dir.filePath(u"x.csv"_qs);
    ASSERT_TRUE(
        exportFile(*db, form, {}, ExportOptions::excel(QLocale(QLocale::French)), path).ok());
    const QString text = QString::fromUtf8(contents(path)).mid(1);
    const QStringList cells = Csv::parse(text, {u';'}).rows.at(1).fields;
    EXPECT_EQ(cells.at(0), u"'=HYPERLINK(\"http://x\")"_qs);
    EXPECT_EQ(cells.at(1), u"'@SUM(A1)"_qs);
    EXPECT_EQ(cells.at(2), u"-5"_qs);
    EXPECT_EQ(cells.at(3), u"-2,50"_qs);
    ASSERT_TRUE(exportFile(*db, form, {}, ExportOptions::rfc4180(), path).ok());
    const QStringList plain = Csv::parse(QString::fromUtf8(contents(path)), {}).rows.at(1).fields;
    EXPECT_EQ(plain.at(0), u"=HYPERLINK(\"http://x\")"_qs);
    EXPECT_EQ(plain.at(3), u"-2.50"_qs);
}

// JSON carries the form's definition (which imports again) and every record with typed values.
TEST_P(ExportBothTest, JsonHoldsTheFormAndEveryRecordWithTypedValues) {
    auto db = openBook(book());
    ASSERT_EQ(db->state(), BookState::Open);
    const FormDef form = fill(*db, 40);
    const QList<Record> expected = selected(*db, form, {});
    const QString path = m_dir.filePath(u"records.json"_qs);
    ASSERT_TRUE(exportFile(*db, form, {}, ExportOptions::json(), path).ok());
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(contents(path), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(doc.value(u"format").toString(), u"fieldbook-records"_qs);
    FormDef again;
    DbError refused;
    ASSERT_TRUE(
        FormJson::fromJson(QJsonDocument(doc.value(u"form").toObject()).toJson(), &again, &refused))
        << refused.toLogString().toStdString();
    EXPECT_EQ(again.fields.size(), form.fields.size());
    const QJsonArray records = doc.value(u"records").toArray();
    ASSERT_EQ(records.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject r = records.at(i).toObject();
        EXPECT_EQ(r.value(u"uuid").toString(), expected.at(i).uuid);
        const QJsonObject values = r.value(u"values").toObject();
        for (const FieldDef &f : form.fields) {
            const QVariant want = normalised(f, expected.at(i).values.value(f.key));
            const QJsonValue got = values.value(f.key);
            if (want.isNull()) {
                EXPECT_TRUE(got.isNull()) << f.label.toStdString();
            } else if (f.type == FieldType::Integer) {
                EXPECT_EQ(got.toInteger(), want.toLongLong()) << f.label.toStdString();
            } else if (f.type == FieldType::Bool) {
                EXPECT_EQ(got.toBool(), want.toBool());
            } else if (f.type == FieldType::MultiChoice) {
                EXPECT_EQ(got.toVariant().toStringList(), want.toStringList());
            } else {
                ExportOptions plain;
                EXPECT_EQ(readBack(f, got.toString(), plain), want) << f.label.toStdString();
            }
        }
    }
}

// A reference is written as the name of the record it points to.
TEST_P(ExportBothTest, AReferenceIsWrittenAsTheReferencedRecordsName) {
    auto db = openBook(book());
    ASSERT_EQ(db->state(), BookState::Open);
    const Reply<FormDef> places = await(db->createForm(placesForm()));
    ASSERT_TRUE(places.ok());
    const Reply<FormDef> visits =
        await(db->createForm(visitsReferringTo(places.value.id, u"Where"_qs)));
    ASSERT_TRUE(visits.ok());
    QList<qint64> placeIds;
    for (const QString &name : {u"Zürich, \"old town\""_qs, u"=Bern"_qs}) {
        Record p;
        p.values = {{u"name"_qs, name}};
        const Reply<SavedRecord> saved = await(db->saveRecord(places.value.id, p));
        ASSERT_TRUE(saved.ok());
        placeIds << saved.value.record.id;
    }
    for (int i = 0; i < 3; ++i) {
        Record v;
        if (i < 2)
            v.values = {{visits.value.fields.front().key, placeIds.at(i)}};
        ASSERT_TRUE(await(db->saveRecord(visits.value.id, v)).ok());
    }
    const QString path = m_dir.filePath(u"visits.csv"_qs);
    ASSERT_TRUE(
        exportFile(*db, visits.value, {}, ExportOptions::excel(QLocale::English), path).ok());
    QByteArray bytes = contents(path);
    const Csv::Parsed parsed = Csv::parse(QString::fromUtf8(bytes.mid(3)), {});
    ASSERT_EQ(parsed.rows.size(), 4);
    EXPECT_EQ(parsed.rows.at(0).fields, QStringList{u"Where"_qs});
    EXPECT_EQ(parsed.rows.at(1).fields, QStringList{u"Zürich, \"old town\""_qs});
    EXPECT_EQ(parsed.rows.at(2).fields, QStringList{u"'=Bern"_qs});
    EXPECT_EQ(parsed.rows.at(3).fields, QStringList{QString()});
}

// Stopped on its first page, the export fails saying so and the file is as it was; a file
// that cannot be written is named in the message.
TEST_F(ExportTest, AStoppedOrFailedExportLeavesTheFileAsItWas) {
    auto db = openBook(book());
    const FormDef form = fill(*db, RecordExportTask::PageSize * 3);
    const QString path = m_dir.filePath(u"old.csv"_qs);
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("what was there\n");
    }
    int pages = 0;
    const Reply<qint64> stopped =
        exportFile(*db, form, {}, ExportOptions::rfc4180(), path, [&](RecordExportTask &task) {
            if (++pages == 2) // the first signal says the total, the second the first page
                task.cancel();
        });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error.message().toStdString(), "The export was stopped.");
    EXPECT_EQ(contents(path), QByteArray("what was there\n"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).filter(u"old.csv"_qs).size(), 1)
        << "no temporary file is left";

    const QString nowhere = m_dir.filePath(u"no/such/folder/x.csv"_qs);
    const Reply<qint64> failed = exportFile(*db, form, {}, ExportOptions::rfc4180(), nowhere);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error.message().contains(QFileInfo(nowhere).absolutePath()))
        << failed.error.message().toStdString();
    const Reply<qint64> folder = exportFile(*db, form, {}, ExportOptions::rfc4180(), m_dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error.message().contains(u"folder"_qs))
        << folder.error.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

// `fieldbook export` writes what the window's export writes, to a file or the standard output,
// and ends with the documented exit codes.
TEST_F(ExportTest, TheCommandLineWritesTheSameAndSaysWhatWentWrong) {
    FormDef form;
    {
        auto db = openWithForm(simpleForm(u"Birds"_qs), &form);
        for (int i = 0; i < 3; ++i) {
            Record r;
            r.values = {{u"code"_qs, u"b%1, \"x\""_qs.arg(i)}, {u"count"_qs, i}};
            db->saveRecord(form.id, r);
        }
        ASSERT_TRUE(waitUntil([&] { return db->pendingWrites() == 0; }));
    }
    const QString program = QStringLiteral(FIELDBOOK_PROGRAM);
    const QString bookFile = book().path;
    const ProgramRun toStdout =
        runProgram(program, {u"export"_qs, u"--form"_qs, u"birds"_qs, bookFile});
    ASSERT_TRUE(toStdout.finished);
    EXPECT_EQ(toStdout.exitCode, 0) << toStdout.errText().toStdString();
    const QString expected = u"Code,Count\r\n\"b0, \"\"x\"\"\",0\r\n\"b1, \"\"x\"\"\",1\r\n"
                             u"\"b2, \"\"x\"\"\",2\r\n"_qs;
    EXPECT_EQ(toStdout.outText(), expected);

    const QString out = m_dir.filePath(u"birds.json"_qs);
    const ProgramRun toFile =
        runProgram(program, {u"export"_qs, u"--form"_qs, u"Birds"_qs, u"--format"_qs, u"json"_qs,
                             u"--out"_qs, out, bookFile});
    EXPECT_EQ(toFile.exitCode, 0) << toFile.errText().toStdString();
    EXPECT_TRUE(toFile.outText().contains(out)) << toFile.outText().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(contents(out)).object().value(u"records").toArray().size(),
              3);

    const ProgramRun noForm =
        runProgram(program, {u"export"_qs, u"--form"_qs, u"Fish"_qs, bookFile});
    EXPECT_EQ(noForm.exitCode, 1);
    EXPECT_TRUE(noForm.errText().contains(u"Birds"_qs)) << noForm.errText().toStdString();
    EXPECT_TRUE(noForm.out.isEmpty());

    const QString missing = m_dir.filePath(u"missing.fieldbook"_qs);
    const ProgramRun noBook = runProgram(program, {u"export"_qs, u"--form"_qs, u"x"_qs, missing});
    EXPECT_EQ(noBook.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(missing)) << "an export makes no book";

    const ProgramRun usage = runProgram(
        program, {u"export"_qs, u"--format"_qs, u"xml"_qs, u"--form"_qs, u"x"_qs, bookFile});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.errText().contains(u"xml"_qs)) << usage.errText().toStdString();
}

FB_ON_BOTH_BACKENDS(ExportBothTest);

namespace {

// The cells of a workbook's first sheet, by row and column, each as its XML gives it: its
// type (t: inlineStr, b, or none for a number) and its text.
struct Cell {
    QString type;
    QString text;
};
QMap<QPair<int, int>, Cell> sheetCells(const QString &path, const QString &sheet) {
    // Python's zipfile reads the container; the sheet's XML is read here.
    const ProgramRun unzip =
        runProgram(u"python3"_qs,
                   {u"-c"_qs,
                    u"import sys, zipfile; "
                    "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"_qs,
                    path, sheet});
    EXPECT_EQ(unzip.exitCode, 0) << unzip.errText().toStdString();
    QMap<QPair<int, int>, Cell> cells;
    QXmlStreamReader xml(unzip.out);
    QPair<int, int> at;
    Cell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c") {
            const QString ref = xml.attributes().value(u"r"_qs).toString();
            int column = 0;
            qsizetype i = 0;
            for (; i < ref.size() && ref.at(i).isLetter(); ++i)
                column = column * 26 + (ref.at(i).unicode() - 'A' + 1);
            at = {ref.mid(i).toInt() - 1, column - 1};
            cell = Cell{xml.attributes().value(u"t"_qs).toString(), QString()};
        } else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t")) {
            cell.text += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"c") {
            // Control characters are written as _xHHHH_ (OOXML's escape), as a spreadsheet reads.
            static const QRegularExpression escaped(u"_x([0-9A-F]{4})_"_qs);
            QString text;
            qsizetype from = 0;
            for (auto m = escaped.globalMatch(cell.text); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                text += cell.text.mid(from, hit.capturedStart() - from);
                text += QChar(char16_t(hit.captured(1).toUShort(nullptr, 16)));
                from = hit.capturedEnd();
            }
            cell.text = text + cell.text.mid(from);
            cells.insert(at, cell);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return cells;
}

} // namespace

// A workbook holds the labels in bold above typed cells: numbers as numbers, dates and times
// as a spreadsheet's day numbers, yes/no as booleans, texts as they are (no formula guard
// needed: a text cell is never run); each reads back to the stored value.
TEST_P(ExportBothTest, AWorkbookHoldsTypedCellsThatReadBackToTheRecords) {
    auto db = openBook(book());
    ASSERT_EQ(db->state(), BookState::Open);
    const FormDef form = fill(*db, 300);
    const QList<Record> expected = selected(*db, form, {});
    const QString path = m_dir.filePath(u"records.xlsx"_qs);
    const Reply<qint64> written =
        exportFile(*db, form, {}, ExportOptions::xlsx(QLocale(QLocale::English)), path);
    ASSERT_TRUE(written.ok()) << written.error.toLogString().toStdString();
    EXPECT_EQ(written.value, expected.size());
    const auto cells = sheetCells(path, u"xl/worksheets/sheet1.xml"_qs);
    for (qsizetype c = 0; c < form.fields.size(); ++c)
        EXPECT_EQ(cells.value({0, int(c)}).text, form.fields.at(c).label);
    const QDate zero(1899, 12, 30);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        for (qsizetype c = 0; c < form.fields.size(); ++c) {
            const FieldDef &f = form.fields.at(c);
            const QVariant want = normalised(f, expected.at(i).values.value(f.key));
            const Cell got = cells.value({int(i) + 1, int(c)});
            const std::string where = "row " + std::to_string(i + 1) + ", " + f.label.toStdString();
            if (want.isNull()) {
                EXPECT_TRUE(got.text.isEmpty()) << where;
                continue;
            }
            const double serial = got.text.toDouble();
            switch (f.type) {
            case FieldType::Integer:
            case FieldType::Decimal:
                if (got.type.isEmpty()) // a number; beyond 15 digits it is text
                    EXPECT_DOUBLE_EQ(serial, want.toString().toDouble()) << where;
                else
                    EXPECT_EQ(got.text, want.toString()) << where;
                break;
            case FieldType::Date:
                if (got.type.isEmpty())
                    EXPECT_EQ(zero.addDays(qint64(serial)), want.toDate()) << where;
                else
                    EXPECT_EQ(got.text, want.toDate().toString(Qt::ISODate)) << where;
                break;
            case FieldType::Time:
                EXPECT_NEAR(serial * 86400000.0, want.toTime().msecsSinceStartOfDay(), 1.0)
                    << where;
                break;
            case FieldType::DateTime: {
                const QDateTime local = want.toDateTime().toLocalTime();
                const double day = std::floor(serial);
                EXPECT_EQ(zero.addDays(qint64(day)), local.date()) << where;
                EXPECT_NEAR((serial - day) * 86400000.0, local.time().msecsSinceStartOfDay(), 2.0)
                    << where;
                break;
            }
            case FieldType::Bool:
                EXPECT_EQ(got.type, u"b"_qs) << where;
                EXPECT_EQ(got.text == u"1", want.toBool()) << where;
                break;
            case FieldType::MultiChoice:
                EXPECT_EQ(got.text.split(u"; "_qs), want.toStringList()) << where;
                break;
            default:
                EXPECT_EQ(got.text, want.toString()) << where;
            }
        }
    }
}

// A stopped workbook leaves nothing: no file, no temporary file beside it.
TEST_F(ExportTest, AStoppedWorkbookLeavesNoFile) {
    auto db = openBook(book());
    const FormDef form = fill(*db, RecordExportTask::PageSize * 3);
    const QString path = m_dir.filePath(u"stopped.xlsx"_qs);
    int signals = 0;
    const Reply<qint64> stopped = exportFile(*db, form, {}, ExportOptions::xlsx(QLocale()), path,
                                             [&](RecordExportTask &task) {
                                                 if (++signals == 2)
                                                     task.cancel();
                                             });
    ASSERT_FALSE(stopped.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"stopped"_qs),
              QStringList());
}

// The export's worker thread: each job runs there, in the order given, and its result comes
// back to the GUI thread.
TEST(WorkerThreadTest, JobsRunOffTheGuiThreadInOrderAndAnswerOnIt) {
    WorkerThread worker;
    QList<int> order;
    std::vector<int> results;
    runCoroutine([&]() -> QCoro::Task<> {
        for (int i = 0; i < 50; ++i) {
            const std::function<int()> job = [&order, i] {
                EXPECT_FALSE(onGuiThread());
                order << i;
                return i * i;
            };
            results.push_back(co_await worker.run(job));
            EXPECT_TRUE(onGuiThread());
        }
    });
    ASSERT_EQ(order.size(), 50);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(order.at(i), i);
        EXPECT_EQ(results.at(size_t(i)), i * i);
    }
}
