#include "CsvImport.h"

#include "CsvRecordFeed.h"
#include "Database.h"
#include "FormGuess.h"

#include <QCoroFuture>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace fb::CsvImport {

namespace {
using Kind = DbError::Kind;

DbError cannotRead(const QString &path, const QString &reason) {
    return DbError(Kind::Storage,
                   QT_TRANSLATE_NOOP("fb::DbError", "The file %1 cannot be read: %2."),
                   {path, reason});
}
} // namespace

FileGuess guess(const QString &path, const FormDef &form, const QString &language) {
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        FileGuess g;
        g.error = DbError(Kind::Validation,
                          QT_TRANSLATE_NOOP("fb::DbError", "%1 is a folder, not a file."), {path});
        return g;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        FileGuess g;
        g.error = cannotRead(path, file.errorString());
        return g;
    }
    return guessFile(file.read(headSize), language, &form);
}

Preview preview(const QString &path, const ImportSettings &settings, int count) {
    Preview p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.problem = cannotRead(path, file.errorString());
        return p;
    }
    ImportSource source(&file, settings);
    p.header = source.header();
    while (p.rows.size() < count) {
        std::optional<Csv::Row> row = source.next();
        if (!row)
            break;
        p.rows.append(row->fields);
    }
    p.problem = source.problem();
    return p;
}

Draft draftForm(const QString &path, const QString &language) {
    Draft draft;
    const FileGuess g = guess(path, FormDef{}, language);
    if (g.error.isError()) {
        draft.error = g.error;
        return draft;
    }
    ImportSettings settings = g.settings;
    settings.values = ValueRules::forLocale(QLocale());
    // A file with ";" between fields is a spreadsheet's for a decimal comma.
    if (settings.dialect.separator == u';') {
        settings.values.decimalMark = u',';
        settings.values.groupMark = u'.';
    }
    const Preview sample = preview(path, settings, 1000);
    if (sample.problem.isError()) {
        draft.error = sample.problem;
        return draft;
    }
    if (const std::optional<ValueRules::DateOrder> order = guessDateOrder(sample.rows))
        settings.values.dateOrder = *order;
    if (const std::optional<std::pair<QChar, QChar>> marks = guessDecimalMark(sample.rows))
        std::tie(settings.values.decimalMark, settings.values.groupMark) = *marks;
    draft.form =
        guessForm(QFileInfo(path).completeBaseName(),
                  settings.header ? sample.header : QStringList(), sample.rows, settings.values);
    return draft;
}

QList<FieldDef> requiredWithoutColumn(const FormDef &form, const ImportSettings &settings) {
    QList<FieldDef> missing;
    for (const FieldDef &f : form.fields) {
        if (f.required && !settings.columns.contains(f.key))
            missing << f;
    }
    return missing;
}

QCoro::Task<Reply<ImportReport>> run(Database *db, FormDef form, QString path,
                                     ImportSettings settings, ImportOptions options,
                                     QString rejects, std::shared_ptr<ImportProgress> progress) {
    auto feed = std::make_shared<CsvRecordFeed>(path, settings, form, progress, rejects);
    QFuture<Reply<ImportReport>> future = db->importRecords(form.id, feed, options, progress);
    const Reply<ImportReport> reply = co_await future;
    co_return reply;
}

namespace {
// Each updated record once, with the values of `records` its first (or last) entry gives.
QList<Record> valuesOnce(const QList<Record> &records, bool first,
                         const QHash<qint64, qint64> &versions) {
    QList<Record> out;
    QHash<qint64, qsizetype> at;
    for (const Record &r : records) {
        const auto it = at.constFind(r.id);
        if (it == at.cend()) {
            at.insert(r.id, out.size());
            out << r;
        } else if (!first) {
            out[*it] = r;
        }
    }
    for (Record &r : out)
        r.version = versions.value(r.id, r.version);
    return out;
}
} // namespace

Op::ImportStep undoStep(const ImportReport &report, qint64 formId,
                        const QHash<qint64, qint64> &versions) {
    return Op::ImportStep{
        formId, report.insertedIds, {}, valuesOnce(report.before, true, versions)};
}

Op::ImportStep redoStep(const ImportReport &report, qint64 formId,
                        const QHash<qint64, qint64> &versions) {
    return Op::ImportStep{
        formId, {}, report.insertedIds, valuesOnce(report.after, false, versions)};
}

QHash<qint64, qint64> versionsAfter(const ImportReport &report) {
    QHash<qint64, qint64> versions;
    noteVersions(&versions, report.after);
    return versions;
}

void noteVersions(QHash<qint64, qint64> *versions, const QList<Record> &saved) {
    for (const Record &r : saved)
        versions->insert(r.id, r.version);
}

} // namespace fb::CsvImport
