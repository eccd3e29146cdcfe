#include "ImportCommand.h"

#include "CsvImport.h"
#include "CsvRecordFeed.h"
#include "Database.h"
#include "ExistingBook.h"
#include "FormTexts.h"
#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace fb {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::ImportCommand)
};

constexpr int Imported = 0;
constexpr int NothingImported = 1;
constexpr int SomeLeftOut = 3;
constexpr int problemsShown = 20;

ImportSettings settingsFor(const CommandLine::Import &request, ImportSettings guessed) {
    ImportSettings s = std::move(guessed);
    if (!request.encoding.isEmpty())
        s.encoding = request.encoding.toLatin1();
    if (!request.separator.isEmpty())
        s.dialect.separator = request.separator.front();
    if (!request.quote.isEmpty())
        // "none": a character no decoded text holds (a NUL stops the reading).
        s.dialect.quote = request.quote == u"none" ? QChar(0) : request.quote.front();
    if (request.noHeader)
        s.header = false;
    s.skipLines = request.skip;
    s.values = ValueRules::forLocale(QLocale());
    if (request.decimalComma) {
        s.values.decimalMark = u',';
        s.values.groupMark = u'.';
    } else if (request.decimalPoint) {
        s.values.decimalMark = u'.';
        s.values.groupMark = u',';
    }
    if (request.dates == u"dmy")
        s.values.dateOrder = ValueRules::DateOrder::DayMonthYear;
    else if (request.dates == u"mdy")
        s.values.dateOrder = ValueRules::DateOrder::MonthDayYear;
    else if (request.dates == u"ymd")
        s.values.dateOrder = ValueRules::DateOrder::YearMonthDay;
    return s;
}

ImportOptions optionsFor(const CommandLine::Import &request) {
    ImportOptions o;
    o.dryRun = request.dryRun;
    o.keep = request.goodRows ? ImportOptions::Keep::GoodRows : ImportOptions::Keep::AllOrNothing;
    o.duplicates = request.duplicates == u"skip"     ? ImportOptions::Duplicates::Skip
                   : request.duplicates == u"update" ? ImportOptions::Duplicates::Update
                                                     : ImportOptions::Duplicates::Stop;
    return o;
}

void sayProblems(QTextStream &err, const ImportReport &report) {
    for (const ImportProblem &p : report.problems.mid(0, problemsShown)) {
        const QString where = p.column.isEmpty()
                                  ? Text::tr("line %1").arg(p.line)
                                  : Text::tr("line %1, %2").arg(QString::number(p.line), p.column);
        err << (p.value.isEmpty()
                    ? Text::tr("%1: %2").arg(where, p.reason.message())
                    : Text::tr("%1: “%2”: %3").arg(where, p.value.left(80), p.reason.message()))
            << Qt::endl;
    }
    const qint64 more = report.problemRows - qMin<qint64>(report.problemRows, problemsShown);
    if (more > 0)
        err << Text::tr("… and %Ln more row(s) with problems.", nullptr, int(more)) << Qt::endl;
}

} // namespace

int importRecords(const CommandLine::Import &request, const QString &book) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString nothing = Text::tr("Nothing was imported.");
    Database db;
    backUpBeforeChanges(db);
    const std::optional<FormDef> form = openBookForm(db, book, request.form, nothing);
    if (!form)
        return NothingImported;
    const QString file = QDir::toNativeSeparators(request.file);
    FileGuess guess = CsvImport::guess(request.file, *form, FormTexts::interfaceLanguage());
    if (guess.error.isError()) {
        // A message that names the file already is not told where again.
        const QString why = guess.error.message();
        err << (why.contains(file) ? why : Text::tr("%1: %2").arg(file, why)) << u' ' << nothing
            << Qt::endl;
        return NothingImported;
    }
    ImportSettings settings = settingsFor(request, guess.settings);
    // What the options leave open, the first rows may say, as in the window.
    const CsvImport::Preview sample = CsvImport::preview(request.file, settings, 50);
    if (const std::optional<std::pair<QChar, QChar>> marks = guessDecimalMark(sample.rows);
        marks && !request.decimalComma && !request.decimalPoint)
        std::tie(settings.values.decimalMark, settings.values.groupMark) = *marks;
    if (const std::optional<ValueRules::DateOrder> order = guessDateOrder(sample.rows);
        order && request.dates.isEmpty())
        settings.values.dateOrder = *order;
    // The columns as the settings read them: by header names, else in the form's order.
    settings.columns = columnsFor(*form, settings.header, sample.header,
                                  settings.header         ? sample.header.size()
                                  : sample.rows.isEmpty() ? 0
                                                          : sample.rows.front().size());
    if (!settings.columns.isEmpty() &&
        std::all_of(settings.columns.cbegin(), settings.columns.cend(),
                    [](const QString &k) { return k.isEmpty(); })) {
        err << Text::tr("%1: no column is named after a field of “%2” (its fields: %3). Use "
                        "the field names as the header, or --no-header for columns in the "
                        "form's order.")
                   .arg(file, FormTexts::formName(*form),
                        [&] {
                            QStringList labels;
                            for (const FieldDef &f : form->fields)
                                labels << FormTexts::label(f);
                            return labels.join(u", "_qs);
                        }())
            << u' ' << nothing << Qt::endl;
        return NothingImported;
    }
    QStringList leftOut;
    for (qsizetype i = 0; i < settings.columns.size(); ++i)
        if (settings.columns.at(i).isEmpty())
            leftOut << CsvRecordFeed::columnName(sample.header, i);
    if (!leftOut.isEmpty())
        err << Text::tr("Columns left out (no field has their name): %1")
                   .arg(leftOut.join(u", "_qs))
            << Qt::endl;

    auto progress = std::make_shared<ImportProgress>();
    // Ctrl+C stops the import; the book is then left as it was.
    QuitOnSignal stop;
    QObject::connect(&stop, &QuitOnSignal::received, &db,
                     [progress] { progress->cancel.store(true); });
    QTimer ticker;
    if (isatty(STDERR_FILENO)) {
        QObject::connect(&ticker, &QTimer::timeout, &db, [&err, progress] {
            const qint64 total = progress->totalBytes.load();
            const int percent = total > 0 ? int(100 * progress->bytes.load() / total) : 0;
            err << u'\r'
                << Text::tr("%1 rows read (%2%)")
                       .arg(QLocale().toString(progress->rows.load()), QString::number(percent))
                << Qt::flush;
        });
        ticker.start(200);
    }
    const Reply<ImportReport> reply = QCoro::waitFor(CsvImport::run(
        &db, *form, request.file, settings, optionsFor(request), request.rejects, progress));
    if (ticker.isActive())
        err << u'\r' << QString(40, u' ') << u'\r' << Qt::flush;
    if (!reply.ok()) {
        err << Text::tr("%1: %2").arg(shownBook(book), reply.error.message()) << u' ' << nothing
            << Qt::endl;
        return NothingImported;
    }
    const ImportReport &report = reply.value;
    if (report.stopped.isError()) {
        err << Text::tr("%1: %2").arg(file, report.stopped.message());
        if (!report.canceled)
            err << u' ' << nothing;
        err << Qt::endl;
        return NothingImported;
    }
    if (report.rows == 0) {
        err << Text::tr("%1: there are no rows to import (after %Ln line(s) left out).", nullptr,
                        request.skip)
                   .arg(file)
            << u' ' << nothing << Qt::endl;
        return NothingImported;
    }
    sayProblems(err, report);
    const int ready = int(report.ready());
    const int problems = int(report.problemRows);
    // The parts of one sentence, joined as the language lists things.
    QStringList said;
    if (request.dryRun) {
        said << Text::tr("%Ln row(s) ready", nullptr, ready)
             << Text::tr("%Ln row(s) with problems", nullptr, problems);
        if (report.skipped > 0)
            said << Text::tr("%Ln row(s) to leave out as already there", nullptr,
                             int(report.skipped));
        out << QLocale().createSeparatedList(said) << u". "_qs
            << Text::tr("Nothing was changed (a dry run).") << Qt::endl;
        return problems == 0 ? Imported : NothingImported;
    }
    if (!report.committed) {
        err << Text::tr("%Ln row(s) with problems; nothing was imported (use --good-rows to "
                        "import the others).",
                        nullptr, problems)
            << Qt::endl;
        return NothingImported;
    }
    said << Text::tr("%Ln record(s) imported into “%1”", nullptr, int(report.inserted))
                .arg(FormTexts::formName(*form));
    if (report.updated > 0)
        said << Text::tr("%Ln updated", nullptr, int(report.updated));
    if (report.skipped > 0)
        said << Text::tr("%Ln left out as already there", nullptr, int(report.skipped));
    if (problems > 0)
        said << Text::tr("%Ln row(s) with problems left out", nullptr, problems);
    out << QLocale().createSeparatedList(said) << u'.' << Qt::endl;
    return problems > 0 ? SomeLeftOut : Imported;
}

} // namespace fb
