#include "CommandLine.h"

#include "BookSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

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
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl << helpOf(parser);
        std::exit(2);
    }
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
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl << helpOf(parser);
        std::exit(2);
    }
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

CommandLine CommandLine::parse(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.size() > 1 && arguments.at(1) == u"salvage")
        return parseSalvage(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"export")
        return parseExport(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fb::CommandLine", "Fill forms into a database.\n\n"
                           "Commands that run without a window (fieldbook COMMAND --help says "
                           "more):\n"
                           "  export   write a form's records as CSV, XLSX or JSON\n"
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
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl << helpOf(parser);
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        showHelp(parser);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    CommandLine options;
    options.language = parser.value(lang);
    options.importForm = parser.value(import);
    const QStringList args = parser.positionalArguments();
    options.bookPath =
        args.isEmpty() ? defaultBookPath() : QDir::current().absoluteFilePath(args.front());
    return options;
}

} // namespace fb
