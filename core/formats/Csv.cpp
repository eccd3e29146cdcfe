#include "Csv.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <utility>

namespace fb::Csv {

QString field(const QString &text, const Dialect &dialect) {
    const bool needsQuotes = text.contains(dialect.separator) || text.contains(dialect.quote) ||
                             text.contains(u'\n') || text.contains(u'\r') ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString doubled = text;
    doubled.replace(dialect.quote, QString(2, dialect.quote));
    return dialect.quote + doubled + dialect.quote;
}

QString row(const QStringList &fields, const Dialect &dialect) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += dialect.separator;
        line += field(fields.at(i), dialect);
    }
    // A row of one empty field is written quoted: a blank line would read back the same, but
    // some programs skip blank lines.
    if (fields.size() == 1 && fields.front().isEmpty())
        line = QString(2, dialect.quote);
    line += dialect.crlf ? u"\r\n"_qs : u"\n"_qs;
    return line;
}

QString guardFormula(const QString &text) {
    if (!text.isEmpty() && QStringView(u"=+-@\t\r'").contains(text.front()))
        return u'\'' + text;
    return text;
}

Reader::Reader(Dialect dialect, qsizetype maxField)
    : m_dialect(dialect)
    , m_maxField(maxField) {}

void Reader::add(QChar c) {
    if (m_field.size() >= m_maxField) {
        m_problem = Problem{Problem::Kind::FieldTooLong, m_fieldLine};
        return;
    }
    m_field += c;
}

void Reader::endField() {
    m_row.fields.append(m_field);
    m_field.clear();
    m_state = State::FieldStart;
}

void Reader::endRow() {
    endField();
    m_ready.append(std::move(m_row));
    m_row = Row{};
    m_rowStarted = false;
}

bool Reader::endsFieldOrRow(QChar c) {
    if (c == m_dialect.separator) {
        endField();
        return true;
    }
    if (c != u'\n' && c != u'\r')
        return false;
    endRow();
    ++m_line;
    if (c == u'\r')
        m_state = State::AfterCr;
    return true;
}

void Reader::feed(QStringView text) {
    for (const QChar c : text) {
        if (m_problem || m_finished)
            return;
        const bool afterCr = std::exchange(m_lastWasCr, c == u'\r');
        if (m_state == State::AfterCr) {
            // CR LF is one line end; a CR alone (old Mac files) ends the line by itself.
            m_state = State::FieldStart;
            if (c == u'\n')
                continue;
        }
        if (!m_rowStarted) {
            m_rowStarted = true;
            m_row.line = m_line;
        }
        if (m_state == State::FieldStart)
            m_fieldLine = m_line;
        switch (m_state) {
        case State::AfterCr: // handled above
        case State::FieldStart:
            if (c == m_dialect.quote) {
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (!endsFieldOrRow(c))
                add(c);
            break;
        case State::Quoted:
            if (c == m_dialect.quote) {
                m_state = State::QuoteInQuoted;
            } else {
                // A line end inside quotes is part of the field; CR LF counts as one line.
                if (c == u'\r' || (c == u'\n' && !afterCr))
                    ++m_line;
                add(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == m_dialect.quote) { // a doubled quote is one quote
                add(c);
                m_state = State::Quoted;
            } else if (!endsFieldOrRow(c)) {
                // Text after the closing quote: kept, as the field goes on unquoted.
                m_state = State::Unquoted;
                add(c);
            }
            break;
        }
    }
}

void Reader::finish() {
    if (m_finished || m_problem)
        return;
    if (m_state == State::Quoted) {
        m_problem = Problem{Problem::Kind::UnclosedQuote, m_fieldLine};
        return;
    }
    if (m_rowStarted && m_state != State::AfterCr)
        endRow();
    m_finished = true;
}

std::optional<Row> Reader::next() {
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

Parsed parse(QStringView text, const Dialect &dialect, qsizetype maxField) {
    Reader reader(dialect, maxField);
    reader.feed(text);
    reader.finish();
    Parsed parsed;
    while (std::optional<Row> r = reader.next())
        parsed.rows.append(std::move(*r));
    parsed.problem = reader.problem();
    return parsed;
}

Dialect guess(QStringView firstLines) {
    static constexpr std::array<char16_t, 4> separators{u',', u';', u'\t', u'|'};
    Dialect best;
    int bestLines = 0;
    qsizetype bestFields = 0;
    for (const char16_t separator : separators) {
        Dialect candidate;
        candidate.separator = QChar(separator);
        Parsed parsed = parse(firstLines, candidate);
        // The last line of a sample may be cut short: it does not vote.
        if (parsed.rows.size() > 1)
            parsed.rows.removeLast();
        QHash<qsizetype, int> lines; // by the number of fields
        for (const Row &r : std::as_const(parsed.rows))
            if (r.fields.size() > 1)
                ++lines[r.fields.size()];
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            if (it.value() > bestLines || (it.value() == bestLines && it.key() > bestFields)) {
                best = candidate;
                bestLines = it.value();
                bestFields = it.key();
            }
        }
    }
    return best;
}

} // namespace fb::Csv
