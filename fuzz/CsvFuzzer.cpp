// Feeds arbitrary bytes to the CSV import's reading, the way an imported file arrives.
// 1. As text to the CSV reader: in pieces, with a guessed dialect and a limit on field length.
//    Whatever it is given, it must end with rows or a problem that says where, never crash or
//    run past its limit; and rows it reads, written out again, read back the same.
// 2. As a file to the import: the guess (encoding, separator, header) from its first bytes,
//    the rows decoded and split by ImportSource, and every cell read as a value of every field
//    type. Each ends in rows or a problem; a value read is of its type and within its range.

#include "Csv.h"
#include "ImportSource.h"
#include "IsoText.h"
#include "ValueReading.h"

#include <QBuffer>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

fb::FieldDef fieldOf(fb::FieldType type) {
    fb::FieldDef f;
    f.key = fb::fieldTypeName(type);
    f.label = f.key;
    f.type = type;
    f.places = 2;
    f.choices = {QStringLiteral("red"), QStringLiteral("green")};
    f.choicesByLanguage.insert(QStringLiteral("de"),
                               {QStringLiteral("Rot"), QStringLiteral("Grün")});
    return f;
}

bool holdsItsType(fb::FieldType type, const QVariant &v) {
    switch (type) {
    case fb::FieldType::Integer:
        return v.typeId() == QMetaType::LongLong;
    case fb::FieldType::Date:
        return v.toDate().isValid() && v.toDate() >= fb::IsoText::firstDate() &&
               v.toDate() <= fb::IsoText::lastDate();
    case fb::FieldType::Time:
        return v.toTime().isValid();
    case fb::FieldType::DateTime:
        return v.toDateTime().isValid() && v.toDateTime().timeSpec() == Qt::UTC;
    case fb::FieldType::Bool:
        return v.typeId() == QMetaType::Bool;
    case fb::FieldType::MultiChoice:
        return v.typeId() == QMetaType::QStringList;
    default:
        return v.typeId() == QMetaType::QString;
    }
}

void readAsImport(const QByteArray &bytes) {
    fb::FormDef form;
    for (const fb::FieldType type : fb::allFieldTypes())
        form.fields << fieldOf(type);
    const fb::FileGuess guess = fb::guessFile(bytes.left(4096), QStringLiteral("en"), &form);
    if (guess.error.isError())
        return;
    fb::ImportSettings settings = guess.settings;
    settings.skipLines = bytes.isEmpty() ? 0 : bytes.back() % 3;
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    fb::ImportSource source(&file, settings);
    source.header();
    QList<fb::ValueReader> readers;
    for (const fb::FieldDef &f : std::as_const(form.fields))
        readers.append(fb::ValueReader(f, settings.values));
    qint64 lastLine = 0;
    int rows = 0;
    while (std::optional<fb::Csv::Row> row = source.next()) {
        if (row->line <= lastLine || row->fields.isEmpty())
            std::abort(); // rows go forward, and each has a field
        lastLine = row->line;
        if (++rows > 64)
            continue; // the reading goes on to the end; the values of a few rows are enough
        for (const QString &cell : std::as_const(row->fields)) {
            for (qsizetype i = 0; i < readers.size(); ++i) {
                const fb::ValueReader::Result r = readers.at(i).read(cell.left(256));
                if (r.error.isError()
                        ? !r.value.isNull()
                        : !r.value.isNull() && !holdsItsType(form.fields.at(i).type, r.value))
                    std::abort();
            }
        }
    }
    if (source.problem().isError() && source.problem().message().isEmpty())
        std::abort(); // a problem says what
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    readAsImport(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const fb::Csv::Dialect dialect = fb::Csv::guess(QStringView(text).left(4096));
    constexpr qsizetype limit = 4096;
    fb::Csv::Reader reader(dialect, limit);
    QList<fb::Csv::Row> rows;
    // In pieces whose size the input decides, as a file read in blocks.
    const qsizetype piece = 1 + (size > 0 ? data[0] % 61 : 0);
    for (qsizetype at = 0; at < text.size(); at += piece) {
        reader.feed(QStringView(text).mid(at, piece));
        while (std::optional<fb::Csv::Row> r = reader.next())
            rows.append(*r);
    }
    reader.finish();
    while (std::optional<fb::Csv::Row> r = reader.next())
        rows.append(*r);
    if (reader.problem()) {
        if (reader.problem()->line < 1)
            std::abort(); // a problem must say where
        return 0;
    }
    qint64 lastLine = 0;
    QString again;
    for (const fb::Csv::Row &r : std::as_const(rows)) {
        if (r.fields.isEmpty() || r.line <= lastLine)
            std::abort(); // every row has a field, and rows go forward
        lastLine = r.line;
        for (const QString &f : r.fields)
            if (f.size() > limit)
                std::abort();
        again += fb::Csv::row(r.fields, dialect);
    }
    const fb::Csv::Parsed reread = fb::Csv::parse(again, dialect, limit);
    if (reread.problem || reread.rows.size() != rows.size())
        std::abort();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (reread.rows.at(i).fields != rows.at(i).fields)
            std::abort();
    return 0;
}
