#pragma once

#include "FormDef.h"
#include "ImportSource.h"
#include "ImportTypes.h"

#include <QFile>
#include <QSaveFile>

#include <memory>

namespace fb {

// The rows of a CSV file for an import (Database::importRecords): read, split and converted
// with each field's type where the import runs, a piece of the file at a time. The rows it
// is told are rejected go, with their reason, to a CSV file of rejected rows if one is asked
// for, in the file's own separator, UTF-8 with a byte order mark.
class CsvRecordFeed : public RecordFeed {
public:
    CsvRecordFeed(QString path, ImportSettings settings, FormDef form,
                  std::shared_ptr<ImportProgress> progress, QString rejectsPath = {});

    DbError rewind() override;
    std::optional<Item> next() override;
    DbError problem() const override;
    QString columnOf(const QString &key) const override;
    // `item` must be the row next() gave last.
    void reject(const Item &item, const QString &reason) override;
    DbError finish() override;

    // The name of column `index` (0 for the first) as a person reads it: its header, else its
    // number.
    static QString columnName(const QStringList &header, qsizetype index);

private:
    DbError openRejects();

    QString m_path;
    ImportSettings m_settings;
    FormDef m_form;
    std::shared_ptr<ImportProgress> m_progress;
    QString m_rejectsPath;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ImportSource> m_source;
    std::unique_ptr<QSaveFile> m_rejects;
    QList<std::optional<ValueReader>> m_readers; // per column; none for a column left out
    QStringList m_header;
    QStringList m_lastFields;
    qint64 m_rows = 0;
    DbError m_problem;
};

} // namespace fb
