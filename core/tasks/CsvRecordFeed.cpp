#include "CsvRecordFeed.h"

#include "RecordExport.h"

#include <QCoreApplication>

namespace fb {

namespace {
using Kind = DbError::Kind;
} // namespace

CsvRecordFeed::CsvRecordFeed(QString path, ImportSettings settings, FormDef form,
                             std::shared_ptr<ImportProgress> progress, QString rejectsPath)
    : m_path(std::move(path))
    , m_settings(std::move(settings))
    , m_form(std::move(form))
    , m_progress(std::move(progress))
    , m_rejectsPath(std::move(rejectsPath)) {}

QString CsvRecordFeed::columnName(const QStringList &header, qsizetype index) {
    const QString name = index < header.size() ? header.at(index).simplified() : QString();
    return name.isEmpty()
               ? QCoreApplication::translate("fb::CsvRecordFeed", "column %1").arg(index + 1)
               : name;
}

DbError CsvRecordFeed::rewind() {
    m_problem = {};
    m_rows = 0;
    m_source.reset();
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError", "The file %1 cannot be read: %2."),
                       {m_path, m_file->errorString()});
    if (m_progress)
        m_progress->totalBytes.store(m_file->size());
    m_source = std::make_unique<ImportSource>(m_file.get(), m_settings);
    m_header = m_source->header();
    m_readers.clear();
    for (const QString &key : std::as_const(m_settings.columns)) {
        const FieldDef *field = key.isEmpty() ? nullptr : m_form.field(key);
        m_readers.append(field
                             ? std::optional<ValueReader>(std::in_place, *field, m_settings.values)
                             : std::nullopt);
    }
    return openRejects();
}

DbError CsvRecordFeed::openRejects() {
    m_rejects.reset();
    if (m_rejectsPath.isEmpty())
        return {};
    m_rejects = std::make_unique<QSaveFile>(m_rejectsPath);
    if (!m_rejects->open(QIODevice::WriteOnly))
        return cannotWrite(m_rejectsPath, m_rejects->errorString());
    Csv::Dialect dialect = m_settings.dialect;
    QStringList header = m_header;
    if (header.isEmpty()) {
        for (qsizetype i = 0; i < m_settings.columns.size(); ++i)
            header << columnName({}, i);
    }
    header << QCoreApplication::translate("fb::CsvRecordFeed", "Problem");
    m_rejects->write("\xEF\xBB\xBF");
    m_rejects->write(Csv::row(header, dialect).toUtf8());
    return {};
}

std::optional<RecordFeed::Item> CsvRecordFeed::next() {
    if (!m_source || m_problem.isError())
        return std::nullopt;
    std::optional<Csv::Row> row = m_source->next();
    if (m_progress)
        m_progress->bytes.store(m_source->bytesRead(), std::memory_order_relaxed);
    if (!row) {
        m_problem = m_source->problem();
        return std::nullopt;
    }
    Item item;
    item.row = ++m_rows;
    item.line = row->line;
    m_lastFields = row->fields;
    for (qsizetype i = 0; i < row->fields.size(); ++i) {
        const QString &text = row->fields.at(i);
        if (i >= m_readers.size()) {
            if (!text.trimmed().isEmpty())
                item.problems.append(ImportProblem{
                    0,
                    0,
                    {},
                    text,
                    DbError(Kind::Validation,
                            QT_TRANSLATE_NOOP("fb::DbError",
                                              "The row has more fields than the file has "
                                              "columns (%1)."),
                            {QString::number(m_readers.size())})});
            continue;
        }
        if (!m_readers.at(i))
            continue;
        const QString &key = m_settings.columns.at(i);
        item.texts.insert(key, text);
        const ValueReader::Result read = m_readers.at(i)->read(text);
        if (read.error.isError())
            item.problems.append(ImportProblem{0, 0, key, text, read.error});
        else if (!read.value.isNull())
            item.values.insert(key, read.value);
    }
    return item;
}

DbError CsvRecordFeed::problem() const {
    return m_problem;
}

QString CsvRecordFeed::columnOf(const QString &key) const {
    const qsizetype index = m_settings.columns.indexOf(key);
    if (index < 0) {
        // A field no column fills (a required one, say): named by its label.
        const FieldDef *f = m_form.field(key);
        return f ? f->label : key;
    }
    return columnName(m_header, index);
}

void CsvRecordFeed::reject(const Item &item, const QString &reason) {
    Q_UNUSED(item)
    if (!m_rejects)
        return;
    QStringList fields = m_lastFields;
    while (fields.size() < m_settings.columns.size())
        fields << QString();
    fields << reason;
    m_rejects->write(Csv::row(fields, m_settings.dialect).toUtf8());
}

DbError CsvRecordFeed::finish() {
    if (!m_rejects)
        return {};
    const bool written = m_rejects->commit();
    const QString reason = m_rejects->errorString();
    m_rejects.reset();
    return written ? DbError() : cannotWrite(m_rejectsPath, reason);
}

} // namespace fb
