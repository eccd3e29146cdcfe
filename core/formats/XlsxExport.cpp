#include "XlsxExport.h"

#include "FormTexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fb {

using Kind = DbError::Kind;

struct XlsxExport::Book {
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *time = nullptr;
    lxw_format *dateTime = nullptr;
    QHash<int, lxw_format *> decimals; // by places
    QString file;                      // where the workbook is written before it is put in place
    QByteArray tmpdir;
};

namespace {

// The first day a spreadsheet counts from (serial 0), for dates from 1900-03-01 on; before it,
// Excel's calendar has a day that never was (1900-02-29), so such dates are written as text.
const QDate SerialZero(1899, 12, 30);
const QDate FirstSerialDate(1900, 3, 1);

double daySerial(const QDate &date) {
    return double(SerialZero.daysTo(date));
}
double timeSerial(const QTime &time) {
    return time.msecsSinceStartOfDay() / 86400000.0;
}

// Whether a decimal or whole number is held exactly by a spreadsheet's doubles (15 digits).
bool fitsDouble(const QString &number) {
    int digits = 0;
    for (QChar c : number)
        digits += c.isDigit();
    return digits <= 15;
}

// A sheet's name: at most 31 characters, none of []:*?/\ (Excel's rules).
QString sheetName(const QString &formName, int number) {
    QString name = formName;
    for (QChar c : QStringView(u"[]:*?/\\"))
        name.replace(c, u' ');
    name = name.simplified();
    if (name.isEmpty())
        name = u"Records"_qs;
    const QString suffix = number > 1 ? u" (%1)"_qs.arg(number) : QString();
    return name.left(31 - suffix.size()) + suffix;
}

DbError failed(lxw_error error) {
    return DbError(Kind::Storage,
                   QT_TRANSLATE_NOOP("fb::DbError", "The workbook cannot be written (%1)."),
                   {QString::fromUtf8(lxw_strerror(error))
                        .chopped(QByteArray(lxw_strerror(error)).endsWith('.') ? 1 : 0)});
}

} // namespace

XlsxExport::XlsxExport(RecordExporter &names, const FormDef &form, const QString &path)
    : m_names(names)
    , m_form(form)
    , m_path(path)
    , m_book(std::make_unique<Book>()) {}

XlsxExport::~XlsxExport() {
    // Not closed: the workbook is given up, and nothing is left behind.
    if (m_book->workbook) {
        workbook_close(m_book->workbook);
        QFile::remove(m_book->file);
    }
}

DbError XlsxExport::startSheet() {
    Book &b = *m_book;
    if (!b.workbook) {
        const QFileInfo target(m_path);
        // A name of its own beside the target, so that the rename at the end is atomic.
        b.file = target.absoluteDir().filePath(
            u".%1.%2.part"_qs.arg(target.fileName())
                .arg(QRandomGenerator::global()->generate64(), 0, 36));
        // Made here first (as any new file of this user, with the umask), so that a place that
        // cannot be written is said with its reason; the library says only "usually a
        // permissions error", and on the standard error.
        {
            QFile probe(b.file);
            if (!probe.open(QIODevice::WriteOnly))
                return cannotWrite(m_path, probe.errorString());
        }
        // The rows wait in temporary files in the same folder: on the same disk as the result,
        // not in a /tmp that may live in memory.
        b.tmpdir = QFile::encodeName(target.absolutePath());
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = b.tmpdir.data();
        options.use_zip64 = LXW_TRUE;
        b.workbook = workbook_new_opt(QFile::encodeName(b.file).constData(), &options);
        if (!b.workbook) {
            QFile::remove(b.file);
            return failed(LXW_ERROR_MEMORY_MALLOC_FAILED);
        }
        b.header = workbook_add_format(b.workbook);
        format_set_bold(b.header);
        b.date = workbook_add_format(b.workbook);
        format_set_num_format(b.date, "yyyy-mm-dd");
        b.time = workbook_add_format(b.workbook);
        format_set_num_format(b.time, "hh:mm:ss");
        b.dateTime = workbook_add_format(b.workbook);
        format_set_num_format(b.dateTime, "yyyy-mm-dd hh:mm:ss");
    }
    ++m_sheets;
    const QByteArray name =
        sheetName(FormTexts::formName(m_form, m_names.language()), m_sheets).toUtf8();
    b.sheet = workbook_add_worksheet(b.workbook, name.constData());
    if (!b.sheet)
        return failed(LXW_ERROR_SHEETNAME_ALREADY_USED);
    const QList<FieldDef> &fields = m_names.fields();
    for (int c = 0; c < fields.size(); ++c) {
        const QByteArray label = FormTexts::label(fields.at(c), m_names.language()).toUtf8();
        if (const lxw_error e =
                worksheet_write_string(b.sheet, 0, lxw_col_t(c), label.constData(), b.header))
            return failed(e);
    }
    worksheet_freeze_panes(b.sheet, 1, 0);
    m_row = 1;
    return {};
}

DbError XlsxExport::write(int row, int column, const FieldDef &field, const QVariant &value) {
    Book &b = *m_book;
    if (value.isNull() || !value.isValid())
        return {};
    lxw_worksheet *s = b.sheet;
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        const QString text = value.toString();
        if (!fitsDouble(text))
            break; // as text, below
        lxw_format *format = nullptr;
        if (field.type == FieldType::Decimal) {
            lxw_format *&f = b.decimals[field.places];
            if (!f) {
                f = workbook_add_format(b.workbook);
                const QByteArray pattern =
                    field.places > 0 ? "0." + QByteArray(field.places, '0') : QByteArray("0");
                format_set_num_format(f, pattern.constData());
            }
            format = f;
        }
        return failedOr(worksheet_write_number(s, r, c, text.toDouble(), format));
    }
    case FieldType::Date:
        if (value.toDate() < FirstSerialDate)
            break;
        return failedOr(worksheet_write_number(s, r, c, daySerial(value.toDate()), b.date));
    case FieldType::Time:
        return failedOr(worksheet_write_number(s, r, c, timeSerial(value.toTime()), b.time));
    case FieldType::DateTime: {
        const QDateTime local = value.toDateTime().toLocalTime();
        if (local.date() < FirstSerialDate)
            break;
        return failedOr(worksheet_write_number(
            s, r, c, daySerial(local.date()) + timeSerial(local.time()), b.dateTime));
    }
    case FieldType::Bool:
        return failedOr(worksheet_write_boolean(s, r, c, value.toBool(), nullptr));
    default:
        break;
    }
    const QString text = m_names.cell(field, value);
    if (text.size() > MaxCellText)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Record %1 holds more text in %2 than a spreadsheet "
                                         "cell can (%3 characters); export it as CSV or JSON."),
                       {QString::number(m_written + 1), field.label, QString::number(MaxCellText)});
    return failedOr(worksheet_write_string(s, r, c, text.toUtf8().constData(), nullptr));
}

DbError XlsxExport::failedOr(int error) {
    return error == LXW_NO_ERROR ? DbError() : failed(lxw_error(error));
}

DbError XlsxExport::add(const QList<Record> &records) {
    if (m_sheets == 0) {
        if (DbError e = startSheet(); e.isError())
            return e;
    }
    const QList<FieldDef> &fields = m_names.fields();
    for (const Record &record : records) {
        if (m_row >= RowsPerSheet) {
            if (DbError e = startSheet(); e.isError())
                return e;
        }
        for (int c = 0; c < fields.size(); ++c) {
            const FieldDef &f = fields.at(c);
            if (DbError e = write(m_row, c, f, record.values.value(f.key)); e.isError())
                return e;
        }
        ++m_row;
        ++m_written;
    }
    return {};
}

DbError XlsxExport::close() {
    if (m_sheets == 0) {
        if (DbError e = startSheet(); e.isError())
            return e;
    }
    Book &b = *m_book;
    const lxw_error e = workbook_close(b.workbook);
    b.workbook = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(b.file);
        return failed(e);
    }
    // rename(2) puts the whole file in place at once, over an older one.
    if (std::rename(QFile::encodeName(b.file).constData(), QFile::encodeName(m_path).constData()) !=
        0) {
        QFile::remove(b.file);
        return cannotWrite(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

} // namespace fb
