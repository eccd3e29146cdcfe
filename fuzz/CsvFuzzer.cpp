// Feeds arbitrary text to the CSV reader, the way an imported file arrives: in pieces, with a
// guessed dialect and a limit on field length. Whatever it is given, it must end with rows or a
// problem that says where, never crash or run past its limit; and rows it reads, written out
// again, read back the same.

#include "Csv.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
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
