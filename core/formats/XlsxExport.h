#pragma once

#include "DbError.h"
#include "RecordExport.h"

#include <QString>

#include <memory>

namespace fb {

// Writes records of one form into an Excel workbook (XLSX, with Debian's libxlsxwriter) as
// they come, in its constant-memory mode: each row goes to a temporary file at once, so a
// million records take no more memory than one. A sheet holds at most 1,048,576 rows; the
// records go on in further sheets ("Birds (2)"), each with the header row.
//
// Values keep their types: numbers as numbers (a decimal or whole number a spreadsheet's
// doubles would change is written as text), dates and times as dates and times with an ISO
// number format, yes/no as a spreadsheet's booleans; choices and references as RecordExporter
// names them. Used from one thread at a time.
class XlsxExport {
public:
    // The file is written at `path` only by close(); until then nothing is there.
    XlsxExport(RecordExporter &names, const FormDef &form, const QString &path);
    ~XlsxExport();
    XlsxExport(const XlsxExport &) = delete;
    XlsxExport &operator=(const XlsxExport &) = delete;

    DbError add(const QList<Record> &records);
    // Writes the workbook; an export stopped before leaves no file.
    DbError close();

    static constexpr int RowsPerSheet = 1048576;
    static constexpr int MaxCellText = 32767;

private:
    struct Book;
    DbError startSheet();
    DbError write(int row, int column, const FieldDef &field, const QVariant &value);
    static DbError failedOr(int error); // a libxlsxwriter result

    RecordExporter &m_names;
    FormDef m_form;
    QString m_path;
    std::unique_ptr<Book> m_book;
    int m_sheets = 0;
    int m_row = 0;        // the next row of the current sheet
    qint64 m_written = 0; // records so far, for messages
};

} // namespace fb
