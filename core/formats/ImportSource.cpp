#include "ImportSource.h"

#include "FormTexts.h"

#include <QRegularExpression>
#include <QSet>

namespace fb {

namespace {
using Kind = DbError::Kind;
constexpr qint64 pieceSize = 64 * 1024;

// How a file's bytes look without a byte order mark: UTF-16 has a NUL byte in every other
// place for Latin text; any other NUL byte means the file is not text.
enum class NulPattern { None, Utf16LE, Utf16BE, Binary };
NulPattern nulPattern(const QByteArray &head) {
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    if (even + odd == 0)
        return NulPattern::None;
    const qsizetype pairs = head.size() / 2;
    if (odd > pairs / 4 && even == 0)
        return NulPattern::Utf16LE;
    if (even > pairs / 4 && odd == 0)
        return NulPattern::Utf16BE;
    return NulPattern::Binary;
}

bool isUtf8(const QByteArray &head) {
    QStringDecoder decoder(QStringConverter::Utf8);
    // A sample cut in the middle of a character is still UTF-8: the stateful decoder keeps
    // the incomplete end for more bytes instead of calling it an error.
    const QString text = decoder.decode(head);
    return !decoder.hasError();
}

// The index of the first byte of `bytes` that no UTF-8 text has there, or -1. A sequence cut
// at the end may go on in the next piece: it is not counted.
qsizetype firstBadUtf8(const QByteArray &bytes) {
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        const int more = c < 0x80           ? 0
                         : (c >> 5) == 0x6  ? 1
                         : (c >> 4) == 0xE  ? 2
                         : (c >> 3) == 0x1E ? 3
                                            : -1;
        if (more < 0 || (more == 1 && c < 0xC2))
            return i;
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return -1;
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += more + 1;
    }
    return -1;
}

QString lineEnds(QStringView text) {
    const auto at = text.indexOf(QRegularExpression(u"[\r\n]"_qs));
    if (at < 0)
        return u"LF"_qs;
    if (text.at(at) == u'\n')
        return u"LF"_qs;
    return at + 1 < text.size() && text.at(at + 1) == u'\n' ? u"CRLF"_qs : u"CR"_qs;
}

bool looksLikeData(const QString &cell) {
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return true;
    bool number = false;
    t.toDouble(&number);
    if (number)
        return true;
    static const QRegularExpression dateLike(u"^[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}"_qs);
    return dateLike.match(t).hasMatch();
}

bool looksLikeHeader(const QList<Csv::Row> &rows, const FormDef *form) {
    if (rows.isEmpty())
        return false;
    const QStringList &first = rows.front().fields;
    if (form) {
        const QStringList matched = matchColumns(first, *form);
        for (qsizetype i = 0; i < matched.size(); ++i) {
            if (!matched.at(i).isEmpty())
                return true;
        }
    }
    // Names are distinct texts; data has numbers, dates and blanks.
    QSet<QString> seen;
    for (const QString &cell : first) {
        if (looksLikeData(cell) || seen.contains(cell))
            return false;
        seen.insert(cell);
    }
    return rows.size() > 1 || !form;
}

DbError readProblem(const Csv::Problem &problem) {
    const QString line = QString::number(problem.line);
    if (problem.kind == Csv::Problem::Kind::UnclosedQuote)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "A quote opened on line %1 is never closed; nothing "
                                         "after it can be read."),
                       {line});
    return DbError(Kind::Validation,
                   QT_TRANSLATE_NOOP("fb::DbError",
                                     "The field starting on line %1 is longer than 1,048,576 "
                                     "characters; a quote may be missing before it."),
                   {line});
}
} // namespace

std::optional<ValueRules::DateOrder> guessDateOrder(const QList<QStringList> &rows) {
    static const QRegularExpression date(u"^\\s*([0-9]{1,2})([./-])([0-9]{1,2})\\2[0-9]{4}\\b"_qs);
    bool dots = false;
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            const QRegularExpressionMatch m = date.match(cell);
            if (!m.hasMatch())
                continue;
            if (m.captured(1).toInt() > 12)
                return ValueRules::DateOrder::DayMonthYear;
            if (m.captured(3).toInt() > 12)
                return ValueRules::DateOrder::MonthDayYear;
            dots = dots || m.captured(2) == u".";
        }
    }
    if (dots)
        return ValueRules::DateOrder::DayMonthYear;
    return std::nullopt;
}

std::optional<std::pair<QChar, QChar>> guessDecimalMark(const QList<QStringList> &rows) {
    // A mark followed by other than three digits is a decimal mark; after a group of three, the
    // other mark says it.
    static const QRegularExpression comma(
        u"^\\s*[+-]?[0-9]+(\\.[0-9]{3})*,([0-9]{1,2}|[0-9]{4,})\\s*$|"
        "^\\s*[+-]?[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+\\s*$"_qs);
    static const QRegularExpression point(
        u"^\\s*[+-]?[0-9]+(,[0-9]{3})*\\.([0-9]{1,2}|[0-9]{4,})\\s*$|"
        "^\\s*[+-]?[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+\\s*$"_qs);
    int commas = 0, points = 0;
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            if (comma.match(cell).hasMatch())
                ++commas;
            else if (point.match(cell).hasMatch())
                ++points;
        }
    }
    if (commas > points)
        return std::pair(QChar(u','), QChar(u'.'));
    if (points > commas)
        return std::pair(QChar(u'.'), QChar(u','));
    return std::nullopt;
}

QList<QByteArray> legacyEncodings(const QString &language) {
    QList<QByteArray> pages{"windows-1252", "ISO-8859-15",  "windows-1250",
                            "windows-1251", "windows-1256", "IBM850",
                            "macintosh",    "Shift_JIS",    "GB18030"};
    if (language == u"ar")
        pages.move(pages.indexOf("windows-1256"), 0);
    return pages;
}

QString columnMatchText(QStringView text) {
    QString folded = ValueReader::folded(text);
    folded.removeIf([](QChar c) { return c.isSpace() || c == u'_' || c == u'-' || c == u'.'; });
    return folded;
}

QStringList matchColumns(const QStringList &header, const FormDef &form) {
    QStringList keys(header.size());
    QSet<QString> used;
    if (header.isEmpty())
        return keys;
    auto names = [](const FieldDef &f) {
        QStringList all{f.key, f.label};
        all += f.labelByLanguage.values();
        return all;
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString wanted = columnMatchText(header.at(i));
        if (wanted.isEmpty())
            continue;
        for (const FieldDef &f : form.fields) {
            if (used.contains(f.key))
                continue;
            const QStringList all = names(f);
            if (std::any_of(all.cbegin(), all.cend(),
                            [&](const QString &n) { return columnMatchText(n) == wanted; })) {
                keys[i] = f.key;
                used.insert(f.key);
                break;
            }
        }
    }
    return keys;
}

QStringList columnsFor(const FormDef &form, bool hasHeader, const QStringList &header,
                       qsizetype width) {
    QStringList keys;
    if (hasHeader)
        keys = matchColumns(header, form);
    else
        for (qsizetype i = 0; i < width && i < form.fields.size(); ++i)
            keys << form.fields.at(i).key;
    while (keys.size() < width)
        keys << QString();
    return keys;
}

FileGuess guessFile(const QByteArray &head, const QString &language, const FormDef *form) {
    FileGuess guess;
    ImportSettings &s = guess.settings;
    if (head.isEmpty()) {
        guess.error =
            DbError(Kind::Validation, QT_TRANSLATE_NOOP("fb::DbError", "The file is empty."));
        return guess;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        s.encoding = "UTF-8";
    } else if (head.startsWith("\xFF\xFE")) {
        s.encoding = "UTF-16LE";
    } else if (head.startsWith("\xFE\xFF")) {
        s.encoding = "UTF-16BE";
    } else {
        switch (nulPattern(head)) {
        case NulPattern::Utf16LE:
            s.encoding = "UTF-16LE";
            break;
        case NulPattern::Utf16BE:
            s.encoding = "UTF-16BE";
            break;
        case NulPattern::Binary:
            guess.error = DbError(
                Kind::Validation,
                QT_TRANSLATE_NOOP("fb::DbError",
                                  "This is not a CSV file: it holds bytes no text has (NUL)."));
            return guess;
        case NulPattern::None:
            s.encoding = isUtf8(head) ? QByteArray("UTF-8") : legacyEncodings(language).front();
            break;
        }
    }
    QStringDecoder decoder(s.encoding.constData());
    const QString text = decoder.decode(head);
    s.dialect = Csv::guess(text);
    guess.lineEnds = lineEnds(text);
    Csv::Parsed parsed = Csv::parse(QStringView(text).left(16 * 1024), s.dialect);
    s.header = looksLikeHeader(parsed.rows, form);
    if (form) {
        const QStringList first =
            parsed.rows.isEmpty() ? QStringList() : parsed.rows.front().fields;
        s.columns = columnsFor(*form, s.header, first, first.size());
    }
    return guess;
}

ImportSource::ImportSource(QIODevice *file, ImportSettings settings)
    : m_file(file)
    , m_settings(std::move(settings))
    , m_decoder(m_settings.encoding.constData())
    , m_reader(m_settings.dialect, maxField)
    , m_linesToSkip(m_settings.skipLines) {
    if (!m_decoder.isValid())
        m_problem = DbError(Kind::Validation,
                            QT_TRANSLATE_NOOP("fb::DbError", "Fieldbook does not know the "
                                                             "encoding “%1”."),
                            {QString::fromLatin1(m_settings.encoding)});
}

QString ImportSource::takeSkippedLines(QString text) {
    qsizetype i = 0;
    while (m_linesToSkip > 0 && i < text.size()) {
        const QChar c = text.at(i++);
        if (c == u'\n' && m_lastWasCr) {
            m_lastWasCr = false;
            continue; // the LF of a CRLF whose CR ended the line
        }
        m_lastWasCr = c == u'\r';
        if (c == u'\n' || c == u'\r') {
            --m_linesToSkip;
            ++m_lineOffset;
        }
    }
    // The LF of a CRLF right after the last skipped line.
    if (m_linesToSkip == 0 && m_lastWasCr && i < text.size() && text.at(i) == u'\n')
        ++i;
    if (m_linesToSkip == 0)
        m_lastWasCr = false;
    return text.mid(i);
}

bool ImportSource::fill() {
    if (m_ended || m_problem.isError())
        return false;
    const QByteArray bytes = m_file->read(pieceSize);
    if (bytes.isEmpty()) {
        if (!m_file->atEnd()) {
            m_problem = DbError(Kind::Storage,
                                QT_TRANSLATE_NOOP("fb::DbError", "The file cannot be read: %1."),
                                {m_file->errorString()});
            return false;
        }
        m_ended = true;
        m_reader.finish();
        if (const std::optional<Csv::Problem> p = m_reader.problem())
            m_problem = readProblem(*p);
        return true;
    }
    const qint64 pieceStart = m_bytesRead;
    m_bytesRead += bytes.size();
    QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        // Where the first byte is that is no text: UTF-8 is checked byte by byte for it.
        qint64 at = m_bytesRead;
        if (m_settings.encoding == "UTF-8") {
            if (const qsizetype bad = firstBadUtf8(bytes); bad >= 0)
                at = pieceStart + bad + 1;
        }
        m_problem = DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "The file is not in the encoding %1: bytes near byte %2 are not "
                              "text in it. Choose the encoding the file was saved in."),
            {QString::fromLatin1(m_settings.encoding), QString::number(at)});
        return false;
    }
    if (text.contains(QChar(0))) {
        m_problem = DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "The file holds a NUL character near byte %1: it is not a CSV "
                              "file, or not in the encoding %2."),
            {QString::number(m_bytesRead), QString::fromLatin1(m_settings.encoding)});
        return false;
    }
    if (m_linesToSkip > 0)
        text = takeSkippedLines(std::move(text));
    m_reader.feed(text);
    if (const std::optional<Csv::Problem> p = m_reader.problem()) {
        m_problem = readProblem(Csv::Problem{p->kind, p->line + m_lineOffset});
        return false;
    }
    return true;
}

void ImportSource::start() {
    if (m_started)
        return;
    m_started = true;
    if (!m_settings.header)
        return;
    // The header row is the first row read; it takes no part as data.
    m_settings.header = false;
    if (std::optional<Csv::Row> first = next())
        m_header = first->fields;
}

QStringList ImportSource::header() {
    start();
    return m_header;
}

std::optional<Csv::Row> ImportSource::next() {
    start();
    for (;;) {
        if (std::optional<Csv::Row> row = m_reader.next()) {
            // A blank line is no record.
            if (row->fields.size() == 1 && row->fields.front().isEmpty())
                continue;
            row->line += m_lineOffset;
            return row;
        }
        if (m_reader.atEnd() || !fill())
            return std::nullopt;
    }
}

} // namespace fb
