#pragma once

#include "Csv.h"
#include "DbError.h"
#include "FormDef.h"
#include "Record.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPair>

namespace fb {

// How records are written out. The presets are what the export dialog and the command line
// offer; every member can also be set alone ("custom").
struct ExportOptions {
    enum class Format { Csv, Json, Xlsx };
    Format format = Format::Csv;
    Csv::Dialect dialect;       // CSV only
    QChar decimalPoint = u'.';  // CSV only
    bool guardFormulas = false; // CSV only: texts starting with = + - @ made inert
    bool wordsForYesNo = false; // CSV only: "yes"/"no" in `language`, else true/false
    bool localTimes = false;    // CSV only: date-times in local time, else UTC
    QString language;           // headers and choice names; empty: the form's own
    QStringList columns;        // field keys in this order; empty: every field
    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;

    // For a spreadsheet program in `locale`'s language: UTF-8 with a byte order mark, ";" and a
    // decimal comma where the language writes numbers with one, texts guarded against formulas,
    // yes/no and choices in that language, local times.
    static ExportOptions excel(const QLocale &locale);
    // For other programs: UTF-8, ",", CRLF, true/false, choices as stored, UTC times.
    static ExportOptions rfc4180();
    // Every field and the form's definition, values as JSON types, choices as stored.
    static ExportOptions json();
    // An Excel workbook (XlsxExport): typed cells, choices and headers in `locale`'s language.
    static ExportOptions xlsx(const QLocale &locale);
};

// An export's file that cannot be written, named with the system's reason: one message for
// every place the file is opened, flushed or renamed.
DbError cannotWrite(const QString &path, const QString &reason);

// Writes records of one form as CSV or JSON, a piece at a time: the beginning (byte order
// mark and header row, or the opening of the JSON document with the form definition), then
// the records in pages, then the end. Holds no database: the names of the records that
// reference fields point to are handed in with each page (referencedRecords()). A value
// type: the export task formats pages on a worker thread, one after another.
class RecordExporter {
public:
    using RecordKey = QPair<qint64, qint64>; // form id, record id

    RecordExporter(FormDef form, ExportOptions options, QList<FormDef> bookForms = {});

    QByteArray begin();
    QByteArray records(const QList<Record> &records);
    QByteArray end();

    // The referenced records `records` name that have no name yet: fetch them, then name them.
    QList<RecordKey> referencedRecords(const QList<Record> &records) const;
    void name(const RecordKey &key, const Record &referenced);
    void nameMissing(const RecordKey &key); // gone from the book: an empty cell

    // The columns written, in order (every field when the options name none); keys the form
    // does not have are left out.
    const QList<FieldDef> &fields() const { return m_fields; }
    // The language headers and choices are written in (the options', else the form's).
    const QString &language() const { return m_language; }
    // One value as the CSV cell says it.
    QString cell(const FieldDef &field, const QVariant &value) const;

private:
    QByteArray csvRows(const QList<Record> &records) const;
    QByteArray jsonRecords(const QList<Record> &records);
    QString referenceName(const FieldDef &field, const QVariant &value) const;

    FormDef m_form;
    ExportOptions m_options;
    QList<FormDef> m_bookForms;
    QList<FieldDef> m_fields;
    QString m_language; // the options' language, else the form's
    QHash<RecordKey, QString> m_names;
    bool m_firstRecord = true;
};

} // namespace fb
