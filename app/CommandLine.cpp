#include "CommandLine.h"

#include "BookSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <sys/stat.h>

#include <cstdlib>

namespace fb {

QString CommandLine::defaultBookPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("default.fieldbook"));
}

namespace {
// The parser runs before the application object (so --help needs no display), when Qt does
// not know the program's name yet and writes "<executable_name>".
QString helpOf(const QCommandLineParser &parser) {
    return parser.helpText().replace(u"<executable_name>"_qs, u"fieldbook"_qs);
}

[[noreturn]] void showHelp(const QCommandLineParser &parser) {
    QTextStream(stdout) << helpOf(parser);
    std::exit(0);
}

// A usage error: said with the command's help on stderr, and the process ends with status 2.
void refuseIf(const QString &problem, const QCommandLineParser &parser) {
    if (problem.isEmpty())
        return;
    QTextStream(stderr) << problem << Qt::endl << helpOf(parser);
    std::exit(2);
}
} // namespace

CommandLine CommandLine::parseSalvage(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fb::CommandLine", "Save what can be read of a damaged book into a new book."));
    parser.addHelpOption();
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("fb::CommandLine",
                                    "The new book to make (a file that does not exist yet)."),
        QCoreApplication::translate("fb::CommandLine", "file"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("salvage"),
                                 QCoreApplication::translate("fb::CommandLine", "The command."));
    parser.addPositionalArgument(
        QCoreApplication::translate("fb::CommandLine", "book"),
        QCoreApplication::translate("fb::CommandLine", "The damaged book; it is only read."));
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    else if (parser.value(out).isEmpty())
        problem = QCoreApplication::translate("fb::CommandLine", "Say where the new book goes: "
                                                                 "--out FILE.");
    else if (parser.positionalArguments().size() != 2)
        problem = QCoreApplication::translate("fb::CommandLine", "Name one book to salvage.");
    refuseIf(problem, parser);
    CommandLine options;
    options.salvage = true;
    options.salvageOut = QDir::current().absoluteFilePath(parser.value(out));
    options.bookPath = QDir::current().absoluteFilePath(parser.positionalArguments().at(1));
    return options;
}

CommandLine CommandLine::parseExport(const QStringList &arguments) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("fb::CommandLine", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the records of one form as CSV, XLSX or JSON, to a file or the standard "
           "output."));
    parser.addHelpOption();
    const QCommandLineOption form(QStringLiteral("form"), tr("The form whose records to write."),
                                  tr("name"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv (the default), xlsx (an Excel workbook; needs --out) or json (with the form's "
           "definition)."),
        tr("format"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("For CSV: excel (for a spreadsheet in the interface language: a byte order mark, "
           "\";\" and decimal commas where the language uses them) or rfc4180 (the default: "
           "\",\", CRLF)."),
        tr("preset"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The file to write (default: the standard output)."), tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use language <code> (de, fr, es, ar, en)."), tr("code"));
    parser.addOptions({form, format, preset, out, lang});
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(
        tr("book"),
        tr("The book: a file, or a server book as postgresql://user@host:port/database."));
    QString problem;
    const QString formatName = parser.parse(arguments) ? parser.value(format).toLower() : QString();
    const QString presetName = parser.value(preset).toLower();
    if (!parser.errorText().isEmpty())
        problem = parser.errorText();
    else if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    else if (parser.value(form).isEmpty())
        problem = tr("Say which form: --form NAME.");
    else if (!formatName.isEmpty() && formatName != u"csv" && formatName != u"json" &&
             formatName != u"xlsx")
        problem = tr("Unknown format “%1”; choose csv, xlsx or json.").arg(parser.value(format));
    else if (formatName == u"xlsx" && (parser.value(out).isEmpty() || parser.value(out) == u"-"))
        problem = tr("A workbook is written to a file: --out FILE.xlsx.");
    else if (!presetName.isEmpty() && presetName != u"excel" && presetName != u"rfc4180")
        problem = tr("Unknown preset “%1”; choose excel or rfc4180.").arg(parser.value(preset));
    else if (!presetName.isEmpty() && (formatName == u"json" || formatName == u"xlsx"))
        problem = tr("A preset is for CSV; JSON and XLSX have none.");
    else if (const QString ending = QFileInfo(parser.value(out)).suffix().toLower();
             (ending == u"csv" || ending == u"json" || ending == u"xlsx") &&
             ending != (formatName.isEmpty() ? u"csv"_qs : formatName))
        problem = tr("--out names a .%1 file, but --format %2 writes .%2 files.")
                      .arg(ending, formatName.isEmpty() ? u"csv"_qs : formatName);
    else if (parser.isSet(out) && parser.value(out).trimmed().isEmpty())
        problem = tr("Say which file --out writes (or - for the standard output).");
    else if (parser.positionalArguments().size() != 2)
        problem = tr("Name one book to export from.");
    refuseIf(problem, parser);
    CommandLine options;
    options.language = parser.value(lang);
    options.exportRecords.wanted = true;
    options.exportRecords.form = parser.value(form);
    options.exportRecords.format = formatName.isEmpty() ? u"csv"_qs : formatName;
    options.exportRecords.preset = presetName.isEmpty() ? u"rfc4180"_qs : presetName;
    if (parser.isSet(out) && parser.value(out) != u"-")
        options.exportRecords.out = QDir::current().absoluteFilePath(parser.value(out));
    const QString book = parser.positionalArguments().at(1);
    options.bookPath =
        BookSpec::fromServerAddress(book) ? book : QDir::current().absoluteFilePath(book);
    return options;
}

namespace {
// Whether two paths name one file: the same path, or a link to it (symbolic or hard).
bool sameFile(const QString &a, const QString &b) {
    if (QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath())
        return true;
    struct stat one {};
    struct stat other {};
    return ::stat(QFile::encodeName(a).constData(), &one) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &other) == 0 && one.st_dev == other.st_dev &&
           one.st_ino == other.st_ino;
}
} // namespace

CommandLine CommandLine::parseImport(const QStringList &arguments) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("fb::CommandLine", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read the rows of a CSV file into a form, in one transaction: all rows or none "
           "(unless --good-rows). What is not given is guessed from the file."));
    parser.addHelpOption();
    const QCommandLineOption form(QStringLiteral("form"), tr("The form the rows go into."),
                                  tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check every row as an import would, and change nothing."));
    const QCommandLineOption rejects(
        QStringLiteral("rejects"),
        tr("Write the rows that cannot go in to this CSV file, with a column saying why."),
        tr("file"));
    const QCommandLineOption goodRows(
        QStringLiteral("good-rows"),
        tr("Import the rows that can go in and leave out the others (default: all or none)."));
    const QCommandLineOption duplicates(
        QStringLiteral("duplicates"),
        tr("A row with a value a record already has in a unique field: stop (the default: the "
           "row is a problem), skip (leave the row out) or update (the record takes the "
           "row's values)."),
        tr("policy"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("The file's encoding, e.g. UTF-8, UTF-16LE or windows-1252 (default: guessed)."),
        tr("name"));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        tr("The field separator: \",\", \";\", tab or \"|\" (default: guessed)."), tr("character"));
    const QCommandLineOption quote(
        QStringLiteral("quote"),
        tr("The character fields are quoted with: '\"' (the default), \"'\" or none."),
        tr("character"));
    const QCommandLineOption noHeader(
        QStringLiteral("no-header"),
        tr("The first row is data: the columns fill the form's fields in order."));
    const QCommandLineOption skip(QStringLiteral("skip"),
                                  tr("Leave out this many lines at the start of the file."),
                                  tr("lines"));
    const QCommandLineOption decimalComma(QStringLiteral("decimal-comma"),
                                          tr("Numbers are written with a decimal comma."));
    const QCommandLineOption decimalPoint(QStringLiteral("decimal-point"),
                                          tr("Numbers are written with a decimal point."));
    const QCommandLineOption dates(
        QStringLiteral("dates"),
        tr("The order of dates that are not ISO (2026-01-31): dmy, mdy or ymd (default: the "
           "language's)."),
        tr("order"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use language <code> (de, fr, es, ar, en)."), tr("code"));
    parser.addOptions({form, dryRun, rejects, goodRows, duplicates, encoding, separator, quote,
                       noHeader, skip, decimalComma, decimalPoint, dates, lang});
    parser.addPositionalArgument(QStringLiteral("import"), tr("The command."));
    parser.addPositionalArgument(tr("file"), tr("The CSV file to read."));
    parser.addPositionalArgument(
        tr("book"),
        tr("The book: a file, or a server book as postgresql://user@host:port/database."));
    QString problem;
    const bool parsed = parser.parse(arguments);
    const QString policy = parser.value(duplicates).toLower();
    const QString order = parser.value(dates).toLower();
    QString sep = parser.value(separator);
    if (sep.compare(u"tab"_qs, Qt::CaseInsensitive) == 0 || sep == u"\\t")
        sep = u"\t"_qs;
    bool skipIsNumber = true;
    const int skipLines = parser.isSet(skip) ? parser.value(skip).toInt(&skipIsNumber) : 0;
    if (!parsed)
        problem = parser.errorText();
    else if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    else if (parser.value(form).isEmpty())
        problem = tr("Say which form: --form NAME.");
    else if (!policy.isEmpty() && policy != u"stop" && policy != u"skip" && policy != u"update")
        problem =
            tr("Unknown policy “%1”; choose stop, skip or update.").arg(parser.value(duplicates));
    else if (!order.isEmpty() && order != u"dmy" && order != u"mdy" && order != u"ymd")
        problem = tr("Unknown date order “%1”; choose dmy, mdy or ymd.").arg(parser.value(dates));
    else if (parser.isSet(separator) &&
             (sep.size() != 1 || !QStringView(u",;\t|").contains(sep.front())))
        problem = tr("Unknown separator “%1”; choose \",\", \";\", tab or \"|\".")
                      .arg(parser.value(separator));
    else if (parser.isSet(quote) && parser.value(quote) != u"\"" && parser.value(quote) != u"'" &&
             parser.value(quote).toLower() != u"none")
        problem = tr("Unknown quote “%1”; choose '\"', \"'\" or none.").arg(parser.value(quote));
    else if (!skipIsNumber || skipLines < 0)
        problem = tr("--skip takes a number of lines.");
    else if (parser.isSet(decimalComma) && parser.isSet(decimalPoint))
        problem = tr("Choose --decimal-comma or --decimal-point, not both.");
    else if (parser.isSet(rejects) && parser.value(rejects).trimmed().isEmpty())
        problem = tr("Say which file --rejects writes.");
    else if (parser.positionalArguments().size() != 3)
        problem = tr("Name the file to import and the book it goes into.");
    else if (parser.isSet(rejects) &&
             sameFile(parser.value(rejects), parser.positionalArguments().at(1)))
        problem = tr("--rejects names the file being imported; name another file.");
    refuseIf(problem, parser);
    CommandLine options;
    options.language = parser.value(lang);
    Import &request = options.importRecords;
    request.wanted = true;
    request.file = QDir::current().absoluteFilePath(parser.positionalArguments().at(1));
    request.form = parser.value(form);
    request.dryRun = parser.isSet(dryRun);
    if (parser.isSet(rejects))
        request.rejects = QDir::current().absoluteFilePath(parser.value(rejects));
    request.goodRows = parser.isSet(goodRows);
    request.duplicates = policy.isEmpty() ? u"stop"_qs : policy;
    request.encoding = parser.value(encoding);
    request.separator = parser.isSet(separator) ? sep : QString();
    request.quote = parser.value(quote).toLower();
    request.noHeader = parser.isSet(noHeader);
    request.skip = skipLines;
    request.decimalComma = parser.isSet(decimalComma);
    request.decimalPoint = parser.isSet(decimalPoint);
    request.dates = order;
    const QString book = parser.positionalArguments().at(2);
    options.bookPath =
        BookSpec::fromServerAddress(book) ? book : QDir::current().absoluteFilePath(book);
    return options;
}

CommandLine CommandLine::parseBackup(const QStringList &arguments, bool restore) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("fb::CommandLine", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        restore ? tr("Replace a book's records and forms with those of a backup. The book as it "
                     "is goes into a backup first.")
                : tr("Make a backup of a book: a copy as it was last saved, made while it may be "
                     "open in a window."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use language <code> (de, fr, es, ar, en)."), tr("code"));
    parser.addOption(lang);
    parser.addPositionalArgument(restore ? QStringLiteral("restore") : QStringLiteral("backup"),
                                 tr("The command."));
    if (restore)
        parser.addPositionalArgument(tr("backup"), tr("The backup to bring back; it is only "
                                                      "read."));
    parser.addPositionalArgument(tr("book"), tr("The book (a file)."));
    if (!restore)
        parser.addPositionalArgument(
            tr("[dest]"), tr("Where the copy goes: a new file, or a folder (default: the "
                             "book's backup folder, as set in Preferences)."));
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    const QStringList args = parser.positionalArguments();
    if (problem.isEmpty() && restore && args.size() != 3)
        problem = tr("Name one backup and one book: restore BACKUP BOOK.");
    else if (problem.isEmpty() && !restore && (args.size() < 2 || args.size() > 3))
        problem = tr("Name one book, and where its copy goes if not into its backup folder.");
    else if (problem.isEmpty() && BookSpec::fromServerAddress(args.at(restore ? 2 : 1)))
        problem = tr("A book on a server is backed up with the server's own tools (pg_dump); "
                     "this command takes a book file.");
    refuseIf(problem, parser);
    CommandLine options;
    options.language = parser.value(lang);
    const auto absolute = [](const QString &path) {
        return QDir::cleanPath(QDir::current().absoluteFilePath(path));
    };
    if (restore) {
        options.restore.wanted = true;
        options.restore.backup = absolute(args.at(1));
        options.bookPath = absolute(args.at(2));
    } else {
        options.backup.wanted = true;
        options.bookPath = absolute(args.at(1));
        if (args.size() == 3)
            options.backup.dest = absolute(args.at(2));
    }
    return options;
}

CommandLine CommandLine::parseCheck(const QStringList &arguments) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("fb::CommandLine", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a book: its pages and links (book files), whether every form's table matches "
           "the form, and whether every value meets its field's rules. The report goes to the "
           "standard output.\n\nExit status: 0 the book is sound, 1 it could not be checked, 2 "
           "the command line is wrong, 3 problems were found (and remain)."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use language <code> (de, fr, es, ar, en)."), tr("code"));
    parser.addOption(lang);
    const QCommandLineOption repair(QStringLiteral("repair"),
                                    tr("Repair what can be repaired safely (the indexes), after "
                                       "a backup of the book, then check again."));
    parser.addOption(repair);
    parser.addPositionalArgument(QStringLiteral("check"), tr("The command."));
    parser.addPositionalArgument(
        tr("book"),
        tr("The book: a file, or a server book as postgresql://user@host:port/database."));
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    const QStringList args = parser.positionalArguments();
    if (problem.isEmpty() && args.size() != 2)
        problem = tr("Name one book to check.");
    else if (problem.isEmpty() && parser.isSet(repair) && BookSpec::fromServerAddress(args.at(1)))
        problem = tr("A book on a server is repaired by its server's administrator; check it "
                     "without --repair.");
    refuseIf(problem, parser);
    CommandLine options;
    options.language = parser.value(lang);
    options.check.wanted = true;
    options.check.repair = parser.isSet(repair);
    const QString book = args.at(1);
    options.bookPath = BookSpec::fromServerAddress(book)
                           ? book
                           : QDir::cleanPath(QDir::current().absoluteFilePath(book));
    return options;
}

CommandLine CommandLine::parse(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // "fieldbook --lang de restore …": the language may come before the command too; it is
    // then handed to the command's own parser after it.
    const QStringList commands{u"salvage"_qs, u"export"_qs,  u"import"_qs,
                               u"backup"_qs,  u"restore"_qs, u"check"_qs};
    if (arguments.size() > 3 && arguments.at(1) == u"--lang" &&
        commands.contains(arguments.at(3))) {
        const QStringList lang = arguments.mid(1, 2);
        arguments.remove(1, 2);
        arguments << lang;
    } else if (arguments.size() > 2 && arguments.at(1).startsWith(u"--lang=") &&
               commands.contains(arguments.at(2))) {
        arguments.append(arguments.takeAt(1));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"salvage")
        return parseSalvage(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"export")
        return parseExport(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"import")
        return parseImport(arguments);
    if (arguments.size() > 1 && (arguments.at(1) == u"backup" || arguments.at(1) == u"restore"))
        return parseBackup(arguments, arguments.at(1) == u"restore");
    if (arguments.size() > 1 && arguments.at(1) == u"check")
        return parseCheck(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fb::CommandLine", "Fill forms into a database.\n\n"
                           "Commands that run without a window (fieldbook COMMAND --help says "
                           "more):\n"
                           "  backup   make a backup of a book\n"
                           "  check    look for damage and for values that break their rules\n"
                           "  export   write a form's records as CSV, XLSX or JSON\n"
                           "  import   read the rows of a CSV file into a form\n"
                           "  restore  bring a book back to a backup\n"
                           "  salvage  save what can be read of a damaged book into a new one"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("fb::CommandLine", "Use language <code> (de, fr, es, ar, en)."),
        QCoreApplication::translate("fb::CommandLine", "code"));
    parser.addOption(lang);
    const QCommandLineOption import(
        QStringLiteral("import-form"),
        QCoreApplication::translate("fb::CommandLine",
                                    "Bring the form in <file> into the book and quit."),
        QCoreApplication::translate("fb::CommandLine", "file"));
    parser.addOption(import);
    parser.addPositionalArgument(
        QCoreApplication::translate("fb::CommandLine", "book"),
        QCoreApplication::translate("fb::CommandLine", "The book to open (default: %1).")
            .arg(defaultBookPath()));
    if (!parser.parse(arguments))
        refuseIf(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    // A mistyped command would otherwise become the name of a new, empty book.
    QString problem;
    if (args.size() > 1)
        problem = QCoreApplication::translate("fb::CommandLine",
                                              "“%1” is not a command; name one book, or a command "
                                              "(backup, check, export, import, restore, salvage).")
                      .arg(args.front());
    else if (args.size() == 1 && !QFileInfo::exists(args.front()) &&
             QFileInfo(args.front()).suffix().isEmpty())
        problem = QCoreApplication::translate(
                      "fb::CommandLine",
                      "“%1” is neither a command nor a book file (a new book's name ends in "
                      ".fieldbook).")
                      .arg(args.front());
    refuseIf(problem, parser);
    CommandLine options;
    options.language = parser.value(lang);
    options.importForm = parser.value(import);
    options.bookPath =
        args.isEmpty() ? defaultBookPath() : QDir::current().absoluteFilePath(args.front());
    return options;
}

} // namespace fb
