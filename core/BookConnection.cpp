#include "BookConnection.h"

#include "MetaSchema.h"
#include "SqlStatements.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace fb {

namespace {

using Kind = DbError::Kind;

// A read-only permission bit is honoured even for root, who could write anyway: it is how
// a person marks a book as not to be changed.
bool markedWritable(const QFileInfo &info) {
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

} // namespace

BookConnection::BookConnection(BookSpec spec, Role role, QString connectionName)
    : m_spec(std::move(spec))
    , m_role(role)
    , m_name(std::move(connectionName)) {}

BookConnection::~BookConnection() {
    close();
}

void BookConnection::close() {
    if (!m_sql && !QSqlDatabase::contains(m_name))
        return;
    if (m_sql)
        m_sql->clearCache();
    m_sql.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    m_dialect.reset();
    QSqlDatabase::removeDatabase(m_name);
}

DbError BookConnection::fail(DbError error) {
    close();
    return error;
}

DbError BookConnection::open() {
    return m_spec.backend == BookSpec::Backend::Sqlite ? openSqlite() : openPostgres();
}

DbError BookConnection::openSqlite() {
    const QFileInfo file(m_spec.path);
    const QFileInfo folder(file.absolutePath());
    if (!file.exists()) {
        if (m_role == Role::Reader || !QDir().mkpath(folder.absoluteFilePath()) ||
            !markedWritable(QFileInfo(folder.absoluteFilePath())))
            return DbError(Kind::Storage,
                           QT_TRANSLATE_NOOP("fb::DbError", "Cannot create a book at “%1”."),
                           {m_spec.path});
    }
    const bool folderWritable = markedWritable(folder);
    m_readOnly =
        m_role == Role::Reader || !folderWritable || (file.exists() && !markedWritable(file));

    DbError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        QStringList options{u"QSQLITE_BUSY_TIMEOUT=5000"_qs};
        if (m_readOnly)
            options << u"QSQLITE_OPEN_READONLY"_qs;
        if (!folderWritable) {
            // Without a writable folder SQLite cannot make its WAL index; nobody can change
            // the book there, so it is read as immutable.
            QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
            uri.setQuery(u"immutable=1"_qs);
            db.setDatabaseName(uri.toString());
            options << u"QSQLITE_OPEN_URI"_qs;
        } else {
            db.setDatabaseName(file.absoluteFilePath());
        }
        db.setConnectOptions(options.join(u';'));
        m_dialect = std::make_unique<SqlDialect>(BookSpec::Backend::Sqlite, db.driver());
        if (db.open())
            m_sql = std::make_unique<SqlRun>(db, *m_dialect);
        else
            error = DbError(Kind::Storage,
                            QT_TRANSLATE_NOOP("fb::DbError", "Cannot open the book “%1”."),
                            {m_spec.path}, db.lastError().text());
    }
    if (error.isError())
        return fail(error);
    if (DbError e = inspect(); e.isError())
        return fail(e);
    if (m_role == Role::Writer && !m_readOnly) {
        if (DbError e = prepareSqlite(); e.isError())
            return fail(e);
        if (DbError e = MetaSchema::migrate(*m_sql, m_version); e.isError())
            return fail(e);
        m_version = MetaSchema::currentVersion;
    } else {
        m_sql->exec(u"PRAGMA foreign_keys = ON"_qs);
    }
    return {};
}

DbError BookConnection::openPostgres() {
    DbError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, m_name);
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.database);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
        db.setConnectOptions(m_spec.options); // libpq options, e.g. sslmode=verify-full
        // Decimals arrive as text, exactly as stored, never through a double.
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        m_dialect = std::make_unique<SqlDialect>(BookSpec::Backend::Postgres, db.driver());
        if (db.open())
            m_sql = std::make_unique<SqlRun>(db, *m_dialect);
        else
            error = DbError(Kind::Connection,
                            QT_TRANSLATE_NOOP("fb::DbError", "Cannot connect to the server: %1"),
                            {db.lastError().databaseText().trimmed()}, db.lastError().text());
    }
    if (error.isError())
        return fail(error);
    m_readOnly = m_role == Role::Reader;
    const QString session = m_readOnly ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_qs
                                       : u"SET client_min_messages = warning"_qs;
    for (const QString &setting : {u"SET TIME ZONE 'UTC'"_qs, session}) {
        if (DbError e = m_sql->exec(setting); e.isError())
            return fail(e);
    }
    if (DbError e = inspect(); e.isError())
        return fail(e);
    if (m_role == Role::Writer) {
        if (DbError e = MetaSchema::migrate(*m_sql, m_version); e.isError()) {
            if (e.kind() != Kind::ReadOnly)
                return fail(e);
            m_readOnly = true;
        } else {
            m_version = MetaSchema::currentVersion;
        }
        if (!m_readOnly && !mayWrite())
            m_readOnly = true; // a user without rights to change the book reads it
    }
    return {};
}

bool BookConnection::mayWrite() {
    QSqlQuery *q = nullptr;
    if (m_sql->execPrepared(SqlStatements(*m_dialect).mayWriteBook(), {}, &q).isError())
        return false;
    const bool may = q->next() && q->value(0).toBool();
    q->finish();
    return may;
}

DbError BookConnection::inspect() {
    const SqlStatements statements(*m_dialect);
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql->execPrepared(statements.listTables(), {}, &q); e.isError())
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "“%1” is damaged or is not a database. It was left untouched."),
            {m_spec.displayName()}, e.detail());
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    q->finish();
    const bool anyTable = !tables.isEmpty();
    if (!tables.contains(u"fb_meta"_qs)) {
        if (anyTable)
            return DbError(
                Kind::Storage,
                QT_TRANSLATE_NOOP(
                    "fb::DbError",
                    "“%1” is a database but not a Fieldbook book. It was left untouched."),
                {m_spec.displayName()});
        m_version = 0;
        if (m_readOnly && m_role == Role::Writer)
            return DbError(
                Kind::ReadOnly,
                QT_TRANSLATE_NOOP("fb::DbError",
                                  "“%1” is empty and read-only, so it cannot become a book."),
                {m_spec.displayName()});
        return {};
    }
    if (DbError e = m_sql->execPrepared(statements.selectMeta(), {}, &q); e.isError())
        return e;
    QVariantMap meta;
    while (q->next())
        meta.insert(q->value(0).toString(), q->value(1));
    q->finish();
    m_version = meta.value(u"schema_version"_qs).toInt();
    if (meta.value(u"application"_qs).toString() != QString::fromUtf16(MetaSchema::application))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP(
                           "fb::DbError",
                           "“%1” is a database but not a Fieldbook book. It was left untouched."),
                       {m_spec.displayName()});
    if (m_version > MetaSchema::currentVersion)
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP(
                "fb::DbError",
                "“%1” was made by a newer Fieldbook (book format %2; this one reads up to %3). "
                "It was left untouched."),
            {m_spec.displayName(), QString::number(m_version),
             QString::number(MetaSchema::currentVersion)});
    if (m_version < MetaSchema::currentVersion && m_readOnly && m_role == Role::Writer)
        return DbError(Kind::ReadOnly,
                       QT_TRANSLATE_NOOP("fb::DbError", "“%1” needs an upgrade but is read-only."),
                       {m_spec.displayName()});
    return {};
}

QStringList BookConnection::sqlitePragmas() {
    // FULL: a commit is on disk before "Saved" is shown. A larger page cache lets a big
    // group commit touch each index page once; temporary b-trees (statement journals,
    // RETURNING rows) stay in memory instead of costing a file write per save.
    return {u"PRAGMA synchronous = FULL"_qs, u"PRAGMA foreign_keys = ON"_qs,
            u"PRAGMA cache_size = -32768"_qs, u"PRAGMA temp_store = MEMORY"_qs};
}

DbError BookConnection::prepareSqlite() {
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql->execPrepared(u"PRAGMA journal_mode = WAL"_qs, {}, &q); e.isError())
        return e;
    const QString mode = q->next() ? q->value(0).toString() : QString();
    q->finish();
    if (mode != u"wal")
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "The book “%1” cannot use write-ahead logging here."),
            {m_spec.displayName()}, mode);
    for (const QString &pragma : sqlitePragmas()) {
        if (DbError e = m_sql->exec(pragma); e.isError())
            return e;
    }
    return {};
}

} // namespace fb
