#pragma once

#include <QString>

namespace fb {

// What the command line asks for; --help and --version are answered by parse() itself.
struct CommandLine {
    QString bookPath;   // the book to open: the argument, or the default book
    QString language;   // --lang, empty for the system's language
    QString importForm; // --import-form: a form file to bring into the book, no window

    static CommandLine parse(int argc, char **argv);
    static QString defaultBookPath();
};

} // namespace fb
