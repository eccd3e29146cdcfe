#include "BookCheck.h"

#include "BookConnection.h"
#include "Decimal.h"
#include "FormTexts.h"
#include "SqlRun.h"
#include "SqlStatements.h"
#include "SqliteHandle.h"
#include "ThreadAudit.h"
#include "Validator.h"
#include "ValueConversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>
#include <array>

namespace fb {

namespace {

using Kind = DbError::Kind;
using Finding = CheckFinding::Kind;

constexpr std::array<QLatin1String, 6> systemColumns{
    QLatin1String("id"),         QLatin1String("uuid"),    QLatin1String("created_at"),
    QLatin1String("updated_at"), QLatin1String("version"), QLatin1String("deleted_at")};

DbError cancelled() {
    return DbError(Kind::Internal,
                   QT_TRANSLATE_NOOP("fb::DbError", "The check was cancelled before its end."));
}

// While it lives, SQLite's own long checks look at Cancel every few thousand steps (and the
// statement limit is off: a check takes as long as the book needs).
class CancelWatch {
public:
    CancelWatch(SqlRun &sql, CheckProgress *progress)
        : m_unlimited(sql)
        , m_db(sqliteHandle(sql.database()))
        , m_progress(progress) {
        if (m_db)
            sqlite3_progress_handler(m_db, 4096, &CancelWatch::onProgress, m_progress);
    }
    ~CancelWatch() {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    static int onProgress(void *progress) {
        return static_cast<CheckProgress *>(progress)->cancel.load() ? 1 : 0;
    }

    SqlRun::Unlimited m_unlimited; // first in, last out: it puts the clock's handler back
    sqlite3 *m_db;
    CheckProgress *m_progress;
};

CheckFinding makeFinding(Finding kind, qint64 formId, qint64 recordId, const QString &field,
                         bool trashed, const DbError &what) {
    CheckFinding finding;
    finding.kind = kind;
    finding.formId = formId;
    finding.recordId = recordId;
    finding.field = field;
    finding.trashed = trashed;
    finding.what = what;
    return finding;
}

DbError damagedFile(const QString &sqliteSays) {
    // SQLite's words on one line, without its heading: "Page 6001: btreeInitPage() returns …".
    QString said = sqliteSays;
    said.remove(u"*** in database main ***"_qs);
    said = said.split(u'\n', Qt::SkipEmptyParts).join(u"; "_qs).simplified();
    return DbError(Kind::Damaged,
                   QT_TRANSLATE_NOOP("fb::DbError",
                                     "A part of the book file is damaged (%1). Save what can be "
                                     "read into a new book: Save What Can Be Read… on the "
                                     "window's banner, or fieldbook salvage."),
                   {said}, sqliteSays);
}

// Whether an index is made by `create` (SQLite's copy of its statement; none on PostgreSQL).
bool sameIndex(const QString &stored, const QString &create) {
    return stored.isEmpty() || stored.simplified() == create.simplified();
}

// The field whose value names a record for a person; none when that is a reference (its value
// is another record's id).
const FieldDef *namingOf(const FormDef &form) {
    const FieldDef *field = form.namingField();
    return field && field->type != FieldType::Reference ? field : nullptr;
}

// A stored value as a message quotes it: short, on one line.
QString quoted(const QVariant &raw) {
    QString text = raw.toString().simplified();
    if (text.size() > 60)
        text = text.left(59) + u'…';
    return text;
}

// How a person knows a record: the value of its naming field as stored, as text, quoted short.
QString recordName(const SqlDialect &d, const FieldDef &naming, const QVariant &stored) {
    return quoted(valueToText(naming.type, d.fromStorage(naming, stored)));
}

// The form with only the fields whose columns its table has.
FormDef withColumns(FormDef form, const QStringList &columns) {
    form.fields.removeIf([&](const FieldDef &f) { return !columns.contains(f.key); });
    return form;
}

// Whether a stored value is one of its field's type at all: SQLite keeps what another program
// writes into any column, and the reading (SqlDialect::fromStorage) would turn "abc" in a
// number field into 0.
bool readsAsItsType(const FieldDef &field, const QVariant &raw, const QVariant &value) {
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Reference: {
        bool ok = false;
        raw.toString().toLongLong(&ok);
        return ok;
    }
    case FieldType::Bool: {
        if (raw.typeId() == QMetaType::Bool)
            return true;
        bool ok = false;
        const qlonglong n = raw.toString().toLongLong(&ok);
        return ok && (n == 0 || n == 1);
    }
    case FieldType::Date:
        return value.toDate().isValid();
    case FieldType::Time:
        return value.toTime().isValid();
    case FieldType::DateTime:
        return value.toDateTime().isValid();
    case FieldType::Decimal:
        return Decimal::canonical(raw.toString(), field.places).has_value();
    case FieldType::MultiChoice: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return false;
        const QJsonArray array = doc.array();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    default:
        return true;
    }
}

} // namespace

DbError BookCheck::run(CheckReport *report, CheckProgress *progress) {
    ThreadAudit::noteSql();
    CheckProgress none;
    if (!progress)
        progress = &none;
    *report = CheckReport{};
    report->forms = int(m_forms.size());
    if (m_sql.dialect().isSqlite()) {
        progress->step = CheckProgress::Pages;
        if (DbError e = checkPages(report, progress); e.isError())
            return e;
        progress->step = CheckProgress::Links;
        if (DbError e = checkLinks(report); e.isError())
            return e;
    }
    progress->step = CheckProgress::Tables;
    QList<FormDef> readable;
    for (const FormDef &form : m_forms) {
        if (std::optional<FormDef> columns = checkTable(form, report))
            readable << *columns;
    }
    qint64 total = 0;
    for (const FormDef &form : std::as_const(readable)) {
        QSqlQuery *q = nullptr;
        if (!m_sql.execPrepared(SqlStatements(m_sql.dialect()).countAll(form), {}, &q).isError() &&
            q->next())
            total += q->value(0).toLongLong();
        if (q)
            q->finish();
    }
    progress->total = total;
    progress->step = CheckProgress::Values;
    for (const FormDef &form : std::as_const(readable)) {
        if (DbError e = checkValues(form, report, progress); e.isError())
            return e;
    }
    return {};
}

DbError BookCheck::checkPages(CheckReport *report, CheckProgress *progress) {
    // integrity_check reads every page and compares every index with its table (quick_check,
    // run at every opening, skips the latter).
    const CancelWatch watch(m_sql, progress);
    QSqlQuery q(m_sql.database());
    q.setForwardOnly(true);
    const bool ran = q.exec(u"PRAGMA integrity_check(1000)"_qs);
    static const QRegularExpression indexLine(
        u"^(?:row \\d+ missing from index|wrong # of entries in index) (\\S+)$"_qs);
    // An index out of step with its table gives a line per record: one finding per index.
    QStringList indexes;
    QHash<QString, QStringList> indexLines;
    while (ran && q.next()) {
        const QString line = q.value(0).toString();
        if (line == u"ok" || BookConnection::breaksValueRule(line))
            continue; // values are checked one by one below, with their records
        if (const QRegularExpressionMatch m = indexLine.match(line); m.hasMatch()) {
            if (!indexLines.contains(m.captured(1)))
                indexes << m.captured(1);
            indexLines[m.captured(1)] << line;
            continue;
        }
        report->add(makeFinding(Finding::Pages, 0, 0, {}, false, damagedFile(line)));
    }
    const QSqlError error = q.lastError();
    q.finish();
    if (progress->cancel.load())
        return cancelled();
    for (const QString &index : std::as_const(indexes)) {
        CheckFinding finding = makeFinding(
            Finding::Index, 0, 0, {}, false,
            DbError(Kind::Damaged,
                    QT_TRANSLATE_NOOP("fb::DbError", "An index does not match the records it "
                                                     "sorts, so lists and searches may miss "
                                                     "some; a repair rebuilds it."),
                    {}, indexLines.value(index).mid(0, 5).join(u"; "_qs)));
        placeIndex(index, &finding);
        report->add(std::move(finding));
    }
    if (!ran || error.type() != QSqlError::NoError) // so damaged that the check itself stops
        report->add(
            makeFinding(Finding::Pages, 0, 0, {}, false, damagedFile(error.databaseText())));
    report->pagesChecked = true;
    return {};
}

DbError BookCheck::checkLinks(CheckReport *report) {
    // Reference fields are foreign keys; another program may have written with them off.
    QSqlQuery q(m_sql.database());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA foreign_key_check"_qs))
        return {}; // a damaged schema: the pages' findings say so
    struct Broken {
        QString table;
        qint64 row;
        QString parent;
        int key;
    };
    QList<Broken> broken;
    while (q.next() && broken.size() < CheckReport::findingsKept)
        broken << Broken{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toInt()};
    q.finish();
    QStringList ownTables;
    for (const Broken &b : broken) {
        const FormDef *form = formOfTable(b.table);
        const FormDef *target = formOfTable(b.parent);
        if (!form) {
            // Fieldbook's own tables (a field whose form is gone): once, in a person's words.
            if (!ownTables.contains(b.table)) {
                ownTables << b.table;
                report->add(makeFinding(
                    Finding::Structure, 0, 0, {}, false,
                    DbError(Kind::Damaged,
                            QT_TRANSLATE_NOOP("fb::DbError",
                                              "The book's own record of its forms and fields "
                                              "does not hold together (another program changed "
                                              "it)."),
                            {}, b.table + u" → "_qs + b.parent)));
            }
            continue;
        }
        CheckFinding finding = makeFinding(Finding::Link, form->id, b.row, {}, false, {});
        nameRecord(*form, b.row, &finding);
        QSqlQuery keys(m_sql.database());
        if (keys.exec(u"PRAGMA foreign_key_list(%1)"_qs.arg(m_sql.dialect().quote(b.table)))) {
            while (keys.next()) {
                if (keys.value(0).toInt() == b.key)
                    finding.field = keys.value(3).toString();
            }
        }
        finding.what = DbError(
            Kind::Constraint,
            QT_TRANSLATE_NOOP("fb::DbError", "It refers to a record of “%1” that is not there."),
            {target ? FormTexts::formName(*target) : b.parent});
        report->add(std::move(finding));
    }
    return {};
}

std::optional<FormDef> BookCheck::checkTable(const FormDef &form, CheckReport *report) {
    // `source` is a QT_TRANSLATE_NOOP("fb::DbError", …) literal.
    const auto found = [&](Finding kind, const QString &field, const char *source,
                           const QStringList &args, const QString &detail = {}) {
        report->add(makeFinding(kind, form.id, 0, field, false,
                                DbError(Kind::Damaged, source, args, detail)));
    };
    const QStringList columns = columnsOf(form);
    if (columns.isEmpty()) {
        found(Finding::Structure, {},
              QT_TRANSLATE_NOOP("fb::DbError",
                                "The form's table “%1” is missing: its records cannot be read."),
              {form.table});
        return std::nullopt;
    }
    QStringList expected;
    for (const QLatin1String column : systemColumns) {
        expected << column;
        if (!columns.contains(column))
            found(Finding::Structure, {},
                  QT_TRANSLATE_NOOP("fb::DbError", "The form's table lacks the column “%1” that "
                                                   "every form's table has."),
                  {column});
    }
    for (const FieldDef &f : form.fields) {
        expected << f.key;
        if (!columns.contains(f.key))
            found(Finding::Structure, f.key,
                  QT_TRANSLATE_NOOP("fb::DbError", "The form's table has no column for this "
                                                   "field (“%1”): its values cannot be read."),
                  {f.key});
    }
    for (const QString &column : columns) {
        if (!expected.contains(column))
            found(Finding::Structure, {},
                  QT_TRANSLATE_NOOP("fb::DbError",
                                    "The form's table has a column “%1” that no field of the "
                                    "form uses (another program added it)."),
                  {column});
    }
    if (std::any_of(systemColumns.begin(), systemColumns.end(),
                    [&](QLatin1String c) { return !columns.contains(c); }))
        return std::nullopt; // its records cannot be read as records
    // The values of the fields whose columns are there are still checked.
    const FormDef readable = withColumns(form, columns);
    for (const WrongIndex &wrong : wrongIndexes(readable)) {
        const QString field = form.field(wrong.index.column) ? wrong.index.column : QString();
        if (wrong.missing)
            found(Finding::Index, field,
                  QT_TRANSLATE_NOOP("fb::DbError", "An index is missing, so lists sorted this "
                                                   "way are slow; a repair makes it again."),
                  {}, wrong.index.name);
        else
            found(Finding::Index, field,
                  QT_TRANSLATE_NOOP("fb::DbError",
                                    "An index is not made as the form says (another program "
                                    "changed it); a repair makes it again."),
                  {}, wrong.stored);
    }
    return readable;
}

DbError BookCheck::checkValues(const FormDef &form, CheckReport *report, CheckProgress *progress) {
    const SqlDialect &d = m_sql.dialect();
    const SqlRun::Unlimited unlimited(m_sql);
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(d).selectForRebuild(form), {}, &q, &form);
        e.isError())
        return e;
    const int fields = int(form.fields.size());
    QStringList labels;
    for (const FieldDef &f : form.fields)
        labels << FormTexts::label(f);
    const FieldDef *naming = namingOf(form);
    const int namingColumn = naming ? 5 + int(form.fieldIndex(naming->key)) : -1;
    qint64 rows = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const bool trashed = !q->value(5 + fields).isNull();
        for (int i = 0; i < fields; ++i) {
            const FieldDef &f = form.fields.at(i);
            const QVariant raw = q->value(5 + i);
            const QVariant value = d.fromStorage(f, raw);
            DbError problem;
            if (!raw.isNull() && !readsAsItsType(f, raw, value)) {
                // The rules' own words where the text says what is wrong ("at most 2
                // decimals"), else that it is no value of the type at all.
                problem = Validator::validate(f, raw.toString(), labels.at(i)).error;
                if (!problem.isError())
                    problem = DbError(Kind::Validation,
                                      QT_TRANSLATE_NOOP("fb::DbError",
                                                        "The stored value “%1” is not a value of "
                                                        "this field's type."),
                                      {quoted(raw)});
            } else {
                problem = Validator::validate(f, value, labels.at(i)).error;
            }
            if (!problem.isError())
                continue;
            CheckFinding finding =
                makeFinding(Finding::Value, form.id, id, f.key, trashed, problem);
            finding.created = d.timestampFromStorage(q->value(3));
            if (naming)
                finding.recordName = recordName(d, *naming, q->value(namingColumn));
            report->add(std::move(finding));
        }
        ++rows;
        if ((rows & 255) == 0) {
            progress->done += 256;
            if (progress->cancel.load()) {
                q->finish();
                return cancelled();
            }
        }
    }
    progress->done += rows & 255;
    const DbError ended = m_sql.rowsEnded(*q, &form);
    q->finish();
    report->records += rows;
    if (ended.isError()) {
        if (ended.kind() == Kind::Connection)
            return ended;
        report->add(makeFinding(Finding::Pages, form.id, 0, {}, false, ended));
    }
    return {};
}

QStringList BookCheck::columnsOf(const FormDef &form) {
    QStringList columns;
    QSqlQuery q(m_sql.database());
    q.setForwardOnly(true);
    if (m_sql.dialect().isSqlite()) {
        if (q.exec(u"PRAGMA table_info(%1)"_qs.arg(m_sql.dialect().quote(form.table)))) {
            while (q.next())
                columns << q.value(1).toString();
        }
    } else {
        q.prepare(u"SELECT column_name FROM information_schema.columns "
                  "WHERE table_schema = current_schema() AND table_name = ?"_qs);
        q.addBindValue(form.table);
        if (q.exec()) {
            while (q.next())
                columns << q.value(0).toString();
        }
    }
    return columns;
}

QList<BookCheck::WrongIndex> BookCheck::wrongIndexes(const FormDef &form) {
    QList<WrongIndex> wrong;
    const QHash<QString, QString> present = indexesOf(form);
    for (const SqlStatements::Index &index : SqlStatements(m_sql.dialect()).indexes(form)) {
        const auto stored = present.find(index.name);
        if (stored == present.end())
            wrong << WrongIndex{index, true, {}};
        else if (!sameIndex(*stored, index.create))
            wrong << WrongIndex{index, false, *stored};
    }
    return wrong;
}

QHash<QString, QString> BookCheck::indexesOf(const FormDef &form) {
    QHash<QString, QString> indexes;
    QSqlQuery q(m_sql.database());
    q.setForwardOnly(true);
    // SQLite keeps each index's CREATE statement as it was run; PostgreSQL writes its own
    // (pg_indexes.indexdef), which is not compared.
    q.prepare(m_sql.dialect().isSqlite()
                  ? u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"_qs
                  : u"SELECT indexname, NULL FROM pg_indexes "
                    "WHERE schemaname = current_schema() AND tablename = ?"_qs);
    q.addBindValue(form.table);
    if (q.exec()) {
        while (q.next())
            indexes.insert(q.value(0).toString(), q.value(1).toString());
    }
    return indexes;
}

void BookCheck::placeIndex(const QString &index, CheckFinding *finding) const {
    const SqlStatements statements(m_sql.dialect());
    for (const FormDef &form : m_forms) {
        if (index == u"sqlite_autoindex_"_qs + form.table ||
            index.startsWith(u"sqlite_autoindex_"_qs + form.table + u'_')) {
            finding->formId = form.id; // a unique field's or the uuid's
            return;
        }
        for (const SqlStatements::Index &own : statements.indexes(form)) {
            if (own.name == index) {
                finding->formId = form.id;
                if (form.field(own.column))
                    finding->field = own.column;
                return;
            }
        }
    }
}

void BookCheck::nameRecord(const FormDef &form, qint64 id, CheckFinding *finding) {
    const SqlDialect &d = m_sql.dialect();
    const FieldDef *naming = namingOf(form);
    QSqlQuery q(m_sql.database());
    q.prepare(u"SELECT created_at, deleted_at%1 FROM %2 WHERE id = ?"_qs.arg(
        naming ? u", "_qs + d.quote(naming->key) : QString(), d.quote(form.table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    finding->created = d.timestampFromStorage(q.value(0));
    finding->trashed = !q.value(1).isNull();
    if (naming)
        finding->recordName = recordName(d, *naming, q.value(2));
}

const FormDef *BookCheck::formOfTable(const QString &table) const {
    const auto form = std::find_if(m_forms.begin(), m_forms.end(),
                                   [&](const FormDef &f) { return f.table == table; });
    return form == m_forms.end() ? nullptr : &*form;
}

DbError BookCheck::rebuildIndexes() {
    ThreadAudit::noteSql();
    const SqlRun::Unlimited unlimited(m_sql);
    if (DbError e = m_sql.exec(m_sql.dialect().beginWrite()); e.isError())
        return e;
    DbError failed = m_sql.exec(u"REINDEX"_qs);
    for (const FormDef &form : m_forms) {
        if (failed.isError())
            break;
        // Not on a column that is missing: the check says so, and no repair makes a column.
        for (const WrongIndex &wrong : wrongIndexes(withColumns(form, columnsOf(form)))) {
            if (!wrong.missing)
                failed =
                    m_sql.exec(u"DROP INDEX %1"_qs.arg(m_sql.dialect().quote(wrong.index.name)));
            if (!failed.isError())
                failed = m_sql.exec(wrong.index.create);
            if (failed.isError())
                break;
        }
    }
    if (failed.isError()) {
        m_sql.exec(u"ROLLBACK"_qs);
        return failed;
    }
    return m_sql.exec(u"COMMIT"_qs);
}

} // namespace fb
