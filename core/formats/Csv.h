#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace fb::Csv {

// How a CSV file is written: RFC 4180 is ",", '"', CRLF and no byte order mark; Excel in a
// language with a decimal comma wants ";" and a UTF-8 byte order mark.
struct Dialect {
    QChar separator = u',';
    QChar quote = u'"';
    bool crlf = true; // line ends written (any is read)
    bool bom = false; // a UTF-8 byte order mark first (written; read whether there or not)
    friend bool operator==(const Dialect &, const Dialect &) = default;
};

// One field as written: quoted when it holds the separator, the quote, a line end, or
// leading or trailing spaces; quotes inside doubled.
QString field(const QString &text, const Dialect &dialect);
// One row as written, line end included.
QString row(const QStringList &fields, const Dialect &dialect);
// A text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) made inert with a leading apostrophe, as OWASP advises for CSV meant for Excel. A
// text that starts with an apostrophe gets one more, so that the guard can be taken off again
// (one leading apostrophe less) without mistaking a typed apostrophe for a guard.
QString guardFormula(const QString &text);

// A row read, with the line of the file it starts on (1 for the first).
struct Row {
    QStringList fields;
    qint64 line = 0;
};

// What stopped the reading, and where.
struct Problem {
    enum class Kind { UnclosedQuote, FieldTooLong };
    Kind kind;
    qint64 line = 0; // where the field or quote began
};

// Reads CSV text as it comes, in pieces of any size: rows come out as soon as they are whole.
// Lenient where files are sloppy and nothing is lost by it: a quote inside an unquoted field
// is a character, text after a closing quote belongs to the field, lines end in CRLF, LF or
// CR alone, and a blank line is a row with one empty field. A field longer than `maxField`
// characters, or a quote still open at the end, stops it with a Problem.
class Reader {
public:
    explicit Reader(Dialect dialect, qsizetype maxField = 1 << 20);

    void feed(QStringView text);
    void finish(); // the end of the text: the last row, even without a line end
    // The next whole row, if there is one.
    std::optional<Row> next();
    std::optional<Problem> problem() const { return m_problem; }
    bool atEnd() const { return m_finished && m_ready.isEmpty(); }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCr };
    void endField();
    void endRow();
    // Ends the field at a separator, or the row at a line end; false for any other character.
    bool endsFieldOrRow(QChar c);
    void add(QChar c);

    Dialect m_dialect;
    qsizetype m_maxField;
    State m_state = State::FieldStart;
    QString m_field;
    Row m_row;
    QList<Row> m_ready;
    qint64 m_line = 1;      // the line being read
    qint64 m_fieldLine = 1; // where the current field began
    bool m_finished = false;
    bool m_rowStarted = false;
    bool m_lastWasCr = false; // the character before was a CR (CR LF is one line end)
    std::optional<Problem> m_problem;
};

// All rows of a whole text, or the problem that stopped the reading.
struct Parsed {
    QList<Row> rows;
    std::optional<Problem> problem;
};
Parsed parse(QStringView text, const Dialect &dialect, qsizetype maxField = 1 << 20);

// The separator and quote that fit the first lines of a file best: the separator among
// , ; tab | that splits the most lines into the same number (more than one) of fields.
Dialect guess(QStringView firstLines);

} // namespace fb::Csv
