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
    // `import FILE --form NAME [--dry-run] [--rejects FILE] [--good-rows] [--duplicates …]
    // [--encoding NAME] [--separator S] [--quote Q] [--no-header] [--skip N] [--decimal-comma]
    // [--dates ymd|dmy|mdy] BOOK`; what is not given is guessed from the file (or the locale)
    struct Import {
        bool wanted = false;
        QString file;
        QString form;
        bool dryRun = false;
        QString rejects;
        bool goodRows = false;
        QString duplicates; // stop, skip or update
        QString encoding;   // empty: guessed
        QString separator;  // empty: guessed; else the character
        QString quote;      // empty: "; else ' or none
        bool noHeader = false;
        int skip = 0;
        bool decimalComma = false;
        bool decimalPoint = false;
        QString dates; // empty: the locale's order
    } importRecords;

    // `backup [--lang CODE] BOOK [DEST]`: a copy of BOOK into DEST (a new file, or a folder),
    // else into its backup folder
    struct Backup {
        bool wanted = false;
        QString dest; // empty: the backup folder
    } backup;
    // `restore [--lang CODE] BACKUP BOOK`: BOOK's contents replaced with BACKUP's
    struct Restore {
        bool wanted = false;
        QString backup;
    } restore;

    // `check [--repair] [--lang CODE] BOOK`: the book's pages, links, tables and values
    struct Check {
        bool wanted = false;
        bool repair = false;
    } check;

    // Usage errors are said on stderr and end the process with status 2.
    static CommandLine parse(int argc, char **argv);
    static QString defaultBookPath();

private:
    static CommandLine parseSalvage(const QStringList &arguments);
    static CommandLine parseExport(const QStringList &arguments);
    static CommandLine parseImport(const QStringList &arguments);
    static CommandLine parseBackup(const QStringList &arguments, bool restore);
    static CommandLine parseCheck(const QStringList &arguments);
};

} // namespace fb
