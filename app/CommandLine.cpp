#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fb {

QString CommandLine::defaultBookPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("default.fieldbook"));
}

CommandLine CommandLine::parse(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("fb::CommandLine", "Fill forms into a database."));
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
    parser.process(arguments);

    CommandLine options;
    options.language = parser.value(lang);
    options.importForm = parser.value(import);
    const QStringList args = parser.positionalArguments();
    options.bookPath =
        args.isEmpty() ? defaultBookPath() : QDir::current().absoluteFilePath(args.front());
    return options;
}

} // namespace fb
