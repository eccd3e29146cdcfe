// CSV as written and read (core/formats/Csv): what is written reads back field for field in
// every dialect and however the text arrives, and sloppy or hostile files are read without
// losing anything or are refused saying where.

#include "Csv.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace fb;

namespace {

std::vector<QStringList> fieldsOf(const QList<Csv::Row> &rows) {
    std::vector<QStringList> out;
    for (const Csv::Row &r : rows)
        out.push_back(r.fields);
    return out;
}

// Reads `text` fed in pieces of random sizes.
Csv::Parsed readInPieces(const QString &text, const Csv::Dialect &dialect,
                         QRandomGenerator &random) {
    Csv::Reader reader(dialect);
    Csv::Parsed parsed;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype piece = 1 + random.bounded(int(std::min<qsizetype>(text.size() - at, 9)));
        reader.feed(QStringView(text).mid(at, piece));
        at += piece;
        while (std::optional<Csv::Row> r = reader.next())
            parsed.rows.append(*r);
    }
    reader.finish();
    while (std::optional<Csv::Row> r = reader.next())
        parsed.rows.append(*r);
    parsed.problem = reader.problem();
    return parsed;
}

} // namespace

// Random rows of random fields (separators, quotes, line ends, spaces, letters of every
// script, emoji) in random dialects: written, then read in random pieces, they come back as
// they were, and each row says the line it starts on.
TEST(CsvTest, WhatIsWrittenReadsBackFieldForField) {
    const quint32 seed = qEnvironmentVariableIsSet("FIELDBOOK_SEED")
                             ? quint32(qEnvironmentVariableIntValue("FIELDBOOK_SEED"))
                             : QRandomGenerator::global()->generate();
    std::cout << "FIELDBOOK_SEED=" << seed << '\n';
    QRandomGenerator random(seed);
    const QStringList pieces{u","_qs,     u";"_qs,    u"\t"_qs, u"|"_qs,    u"\""_qs, u"\"\""_qs,
                             u"\n"_qs,    u"\r\n"_qs, u"\r"_qs, u" "_qs,    u"a"_qs,  u"Zürich"_qs,
                             u"مرحبا"_qs, u"日本"_qs, u"😀"_qs,  u"=1+2"_qs, u"'"_qs,  u"0"_qs};
    const QList<QChar> separators{u',', u';', u'\t', u'|'};
    for (int round = 0; round < 300; ++round) {
        Csv::Dialect dialect;
        dialect.separator = separators.at(random.bounded(int(separators.size())));
        dialect.crlf = random.bounded(2) == 0;
        std::vector<QStringList> rows;
        QString text;
        for (int r = random.bounded(1, 8); r > 0; --r) {
            QStringList fields;
            for (int f = random.bounded(1, 6); f > 0; --f) {
                QString value;
                for (int p = random.bounded(0, 5); p > 0; --p)
                    value += pieces.at(random.bounded(int(pieces.size())));
                fields << value;
            }
            rows.push_back(fields);
            text += Csv::row(fields, dialect);
        }
        const Csv::Parsed parsed = readInPieces(text, dialect, random);
        ASSERT_FALSE(parsed.problem) << "round " << round;
        ASSERT_EQ(fieldsOf(parsed.rows), rows) << "round " << round << ": " << text.toStdString();
        // Each row starts on the line after the previous row's last line.
        qint64 line = 1;
        for (const Csv::Row &r : parsed.rows) {
            EXPECT_EQ(r.line, line) << "round " << round << ": "
                                    << QString(text)
                                           .replace(u"\r"_qs, u"<CR>"_qs)
                                           .replace(u"\n"_qs, u"<LF>"_qs)
                                           .toStdString();
            for (const QString &f : r.fields)
                line += f.count(u'\n') + f.count(u'\r') - f.count(u"\r\n"_qs);
            ++line;
        }
    }
}

TEST(CsvTest, SloppyFilesAreReadWithoutLosingAnything) {
    const Csv::Dialect comma;
    // A quote inside an unquoted field is a character; text after a closing quote stays.
    EXPECT_EQ(fieldsOf(Csv::parse(u"5\" pipe,\"a\"b\n"_qs, comma).rows),
              (std::vector<QStringList>{{u"5\" pipe"_qs, u"ab"_qs}}));
    // CR alone ends lines (old Mac files), and a last line needs no line end.
    EXPECT_EQ(fieldsOf(Csv::parse(u"a,b\rc,d\re"_qs, comma).rows),
              (std::vector<QStringList>{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}, {u"e"_qs}}));
    // Ragged rows keep their own lengths; a blank line is one empty field.
    EXPECT_EQ(fieldsOf(Csv::parse(u"a\n\nb,c,\n"_qs, comma).rows),
              (std::vector<QStringList>{{u"a"_qs}, {u""_qs}, {u"b"_qs, u"c"_qs, u""_qs}}));
    // An empty text has no rows.
    EXPECT_TRUE(Csv::parse(u""_qs, comma).rows.isEmpty());
    // Line numbers count line ends inside quotes.
    const Csv::Parsed multi = Csv::parse(u"\"one\r\ntwo\",x\nnext\n"_qs, comma);
    ASSERT_EQ(multi.rows.size(), 2);
    EXPECT_EQ(multi.rows.at(1).line, 3);
}

TEST(CsvTest, AnOpenQuoteOrAnOverlongFieldStopsTheReadingSayingWhere) {
    const Csv::Dialect comma;
    const Csv::Parsed open = Csv::parse(u"a,b\nc,\"never\nclosed\n"_qs, comma);
    ASSERT_TRUE(open.problem);
    EXPECT_EQ(open.problem->kind, Csv::Problem::Kind::UnclosedQuote);
    EXPECT_EQ(open.problem->line, 2);
    EXPECT_EQ(open.rows.size(), 1) << "the rows before it are read";

    const QString longLine = u"x,"_qs + QString(5 * 1024 * 1024, u'y') + u"\n"_qs;
    const Csv::Parsed tooLong = Csv::parse(longLine, comma, 1024 * 1024);
    ASSERT_TRUE(tooLong.problem);
    EXPECT_EQ(tooLong.problem->kind, Csv::Problem::Kind::FieldTooLong);
    EXPECT_EQ(tooLong.problem->line, 1);
    // Within the limit, a 5 MB line is a field like another.
    const Csv::Parsed big = Csv::parse(longLine, comma, 8 * 1024 * 1024);
    ASSERT_FALSE(big.problem);
    ASSERT_EQ(big.rows.size(), 1);
    EXPECT_EQ(big.rows.front().fields.at(1).size(), 5 * 1024 * 1024);
}

TEST(CsvTest, TheSeparatorIsGuessedFromTheFirstLines) {
    EXPECT_EQ(Csv::guess(u"name;amount\nAnna;1,50\nBen;2,75\n"_qs).separator, u';');
    EXPECT_EQ(Csv::guess(u"name,amount\nAnna,1.50\nBen,2.75\n"_qs).separator, u',');
    EXPECT_EQ(Csv::guess(u"a\tb\tc\n1\t2\t3\n4\t5"_qs).separator, u'\t');
    EXPECT_EQ(Csv::guess(u"a|b\n\"x|y\"|z\n1|2\n"_qs).separator, u'|');
    // Commas inside quotes do not vote for the comma.
    EXPECT_EQ(Csv::guess(u"\"Smith, Anna\";3\n\"Jones, Ben\";4\nx;5\n"_qs).separator, u';');
    // 200 columns are 200 columns.
    QStringList wide;
    for (int i = 0; i < 200; ++i)
        wide << u"c%1"_qs.arg(i);
    const QString header = wide.join(u';') + u"\n"_qs;
    EXPECT_EQ(Csv::guess(header + header + header).separator, u';');
}

TEST(CsvTest, FormulasAreGuardedForSpreadsheets) {
    for (const QString &formula :
         {u"=SUM(A1:A9)"_qs, u"+1"_qs, u"-2"_qs, u"@cmd"_qs, u"\tx"_qs, u"'=1"_qs, u"'"_qs})
        EXPECT_EQ(Csv::guardFormula(formula), u'\'' + formula);
    for (const QString &plain : {u"1-2"_qs, u"a=b"_qs, QString()})
        EXPECT_EQ(Csv::guardFormula(plain), plain);
    // RFC 4180: ",", CRLF, quotes only where needed.
    EXPECT_EQ(Csv::row({u"a"_qs, u"b,c"_qs, u"say \"hi\""_qs, u" x"_qs}, Csv::Dialect{}),
              u"a,\"b,c\",\"say \"\"hi\"\"\",\" x\"\r\n"_qs);
}
