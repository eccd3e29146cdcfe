#pragma once

#include <QString>

namespace fb {

// What the command line asks for; --help and --version are answered by parse() itself.
struct CommandLine {
    QString bookPath;     // the book to open: the argument, or the default book
    QString language;     // --lang, empty for the system's language
    QString importForm;   // --import-form: a form file to bring into the book, no window
    bool salvage = false; // `salvage --out NEW BOOK`: what can be read of BOOK into NEW
    QString salvageOut;
    // `export --form NAME [--format csv|json] [--preset excel|rfc4180] [--out FILE] BOOK`
    struct Export {
        bool wanted = false;
        QString form;
        QString format; // csv or json
        QString preset; // excel or rfc4180
        QString out;    // empty: the standard output
    } exportRecords;

    // Usage errors are said on stderr and end the process with status 2.
    static CommandLine parse(int argc, char **argv);
    static QString defaultBookPath();

private:
    static CommandLine parseSalvage(const QStringList &arguments);
    static CommandLine parseExport(const QStringList &arguments);
};

} // namespace fb
