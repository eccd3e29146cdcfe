#pragma once

#include "Csv.h"
#include "DbError.h"
#include "FormDef.h"
#include "ValueReading.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

#include <memory>

namespace fb {

// How a CSV file is read into a form: what the file is, how its numbers and dates are
// written, and which field each column fills.
struct ImportSettings {
    QByteArray encoding = "UTF-8"; // UTF-8, UTF-16LE, UTF-16BE, or a code page ICU knows
    Csv::Dialect dialect;
    bool header = true; // the first row read names the columns
    int skipLines = 0;  // lines of the file before that row, left out
    ValueRules values;
    QStringList columns; // for each column, the key of the field it fills; empty: left out
    friend bool operator==(const ImportSettings &, const ImportSettings &) = default;
};

// The legacy code pages a file without a byte order mark that is not UTF-8 may be in, in the
// order offered; the first is the guess for `language`.
QList<QByteArray> legacyEncodings(const QString &language);

// What the first bytes of a file say about it. Every guess can be changed afterwards.
struct FileGuess {
    ImportSettings settings; // encoding, separator, quote and header row guessed
    QString lineEnds;        // "CRLF", "LF" or "CR", as the first lines end
    DbError error;           // not a text file, or empty
};
// `head` is the first bytes of the file (64 KiB are plenty); `language` picks the legacy code
// page guessed for a file that is not UTF-8. `form`, if given, helps tell a header row (its
// cells name fields) from data.
FileGuess guessFile(const QByteArray &head, const QString &language, const FormDef *form = nullptr);

// The order of day and month the dates among `rows` are written in, where they tell it: a
// first number over 12 is a day, a second one a day too, dots part day, month and year.
std::optional<ValueRules::DateOrder> guessDateOrder(const QList<QStringList> &rows);

// The decimal mark (and group mark) the numbers among `rows` are written with, where they tell
// it: "1,5" or "1.234,5" have a decimal comma, "1.5" or "1,234.5" a decimal point.
std::optional<std::pair<QChar, QChar>> guessDecimalMark(const QList<QStringList> &rows);

// The field each header names, by key or label in any of the form's languages, ignoring case,
// spaces and accents; each field at most once. Without a header, columns fill the fields in
// the form's order.
QStringList matchColumns(const QStringList &header, const FormDef &form);
// The field each of `width` columns fills: by the names of `header` when the file has one
// (matchColumns), else the form's fields in their order; a column past them fills none.
QStringList columnsFor(const FormDef &form, bool hasHeader, const QStringList &header,
                       qsizetype width);
// A header or label as compared: lower case, no accents, no spaces, dashes or underscores.
QString columnMatchText(QStringView text);

// The rows of a CSV file, decoded and split as they are read, a piece at a time, so a file of
// any size is read in little memory. Stops at the first problem: bytes that are not text in
// the encoding, a NUL character (a binary file), a quote never closed, a field over 1 MiB.
class ImportSource {
public:
    ImportSource(QIODevice *file, ImportSettings settings);

    // The header row's cells (after the skipped lines), if the settings say there is one.
    QStringList header();
    // The next data row, or nullopt at the end of the file or at a problem.
    std::optional<Csv::Row> next();
    // What stopped the reading early, with the line; none at a normal end.
    const DbError &problem() const { return m_problem; }
    qint64 bytesRead() const { return m_bytesRead; }
    static constexpr qsizetype maxField = 1 << 20;

private:
    bool fill(); // decodes and parses the next piece of the file; false at its end
    void start();
    QString takeSkippedLines(QString text);

    QIODevice *m_file;
    ImportSettings m_settings;
    QStringDecoder m_decoder;
    Csv::Reader m_reader;
    QStringList m_header;
    DbError m_problem;
    qint64 m_bytesRead = 0;
    qint64 m_lineOffset = 0; // lines skipped, so rows report the file's own line numbers
    int m_linesToSkip = 0;
    bool m_lastWasCr = false;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace fb
