#include "BookConnection.h"

#include "MetaSchema.h"
#include "SqlStatements.h"
#include "ThreadAudit.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>

namespace fb {

namespace {

using Kind = DbError::Kind;

// A read-only permission bit is honoured even for root, who could write anyway: it is how
// a person marks a book as not to be changed.
bool markedWritable(const QFileInfo &info) {
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// SQLite's primary result codes (the low byte of what QSQLITE reports as nativeErrorCode()).
enum SqliteCode {
    SqlitePerm = 3,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26
};

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
    DbError error = m_spec.backend == BookSpec::Backend::Sqlite ? openSqlite() : openPostgres();
    return error.isError() ? error : limitStatements();
}

DbError BookConnection::limitStatements() {
    // Set once the book is open: its check and migration may take as long as they need.
    if (DbError e = m_sql->setStatementLimit(m_spec.statementLimit); e.isError())
        return fail(e);
    return {};
}

DbError BookConnection::openSqlite() {
    const QFileInfo file(m_spec.path);
    const QFileInfo folder(file.absolutePath());
    if (!file.exists()) {
        if (m_role == Role::Writer && QDir().mkpath(folder.absoluteFilePath()) &&
            markedWritable(QFileInfo(folder.absoluteFilePath()))) {
            // made, or there already: the book is created below
        } else {
            return cannotCreate();
        }
    } else if (!file.isReadable()) {
        return noPermission();
    } else if (file.size() == 0) {
        // An empty file was made by something else (a failed download, a "touch"); making a
        // book of it would hide that.
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "“%1” is an empty file, not a Fieldbook book. It was "
                                         "left untouched."),
                       {m_spec.displayName()});
    }
    const bool folderWritable = markedWritable(folder);
    // A WAL or shared-memory file left by someone who could only read the book (another
    // user, whose files this user may not write): writing would fail on every save, so the
    // book is read, and the log says which file stands in the way.
    bool sideFilesWritable = true;
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs}) {
        const QFileInfo side(file.absoluteFilePath() + suffix);
        if (side.exists() && !markedWritable(side)) {
            sideFilesWritable = false;
            if (m_role == Role::Writer)
                qWarning("The book %s opens read-only: %s may not be written by this user",
                         qPrintable(m_spec.path), qPrintable(side.fileName()));
        }
    }
    m_readOnly = m_role == Role::Reader || !folderWritable || !sideFilesWritable ||
                 (file.exists() && !markedWritable(file));
    // Without a writable folder SQLite cannot make its WAL index; nobody can change the book
    // there, so it is read as immutable.
    const bool immutable = !folderWritable;

    // A writable connection checkpoints the WAL into the book when it closes. Where a WAL
    // with changes was left behind (a crash), the book is checked through a read-only
    // connection first, so that a damaged book is never written.
    const bool check = m_role == Role::Writer && file.exists();
    const bool checkReadOnly =
        check && !m_readOnly && QFileInfo(file.absoluteFilePath() + u"-wal"_qs).size() > 0;
    // A big book is checked after the first rows are shown (see finishCheck()); it is read
    // through a read-only connection until then. One left by a crash, or one to migrate, is
    // checked first: its changes would be written before the check.
    const bool beside = check && !checkReadOnly && file.size() >= besideCheckBytes;
    const bool connectedReadOnly = m_readOnly || checkReadOnly || beside;
    if (DbError e = connectSqlite(connectedReadOnly, immutable); e.isError())
        return fail(e);
    if (DbError e = inspect(); e.isError())
        return fail(e);
    if (beside && m_version == MetaSchema::currentVersion) {
        m_checkPending = true;
        return {};
    }
    if (check) {
        if (DbError e = checkIntegrity(); e.isError())
            return fail(e);
        if (m_damaged)
            m_readOnly = true;
        // Reconnect where the connection does not fit what the book turned out to be.
        if (connectedReadOnly != m_readOnly) {
            close();
            if (DbError e = connectSqlite(m_readOnly, immutable); e.isError())
                return fail(e);
        }
    }
    return prepare();
}

DbError BookConnection::finishCheck() {
    Q_ASSERT(m_checkPending);
    m_checkPending = false;
    DbError checked;
    {
        const SqlRun::Unlimited unlimited(*m_sql);
        checked = checkIntegrity();
    }
    if (checked.isError())
        return fail(checked);
    if (m_damaged)
        m_readOnly = true;
    if (!m_readOnly) {
        close();
        const bool immutable = false; // a writable book has a writable folder
        if (DbError e = connectSqlite(false, immutable); e.isError())
            return fail(e);
    }
    if (DbError e = prepare(); e.isError())
        return e;
    return limitStatements();
}

DbError BookConnection::prepare() {
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

DbError BookConnection::connectSqlite(bool readOnly, bool immutable) {
    const QFileInfo file(m_spec.path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
    QStringList options{u"QSQLITE_BUSY_TIMEOUT=5000"_qs};
    if (readOnly)
        options << u"QSQLITE_OPEN_READONLY"_qs;
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
        uri.setQuery(u"immutable=1"_qs);
        db.setDatabaseName(uri.toString());
        options << u"QSQLITE_OPEN_URI"_qs;
    } else {
        db.setDatabaseName(file.absoluteFilePath());
    }
    db.setConnectOptions(options.join(u';'));
    m_dialect = std::make_unique<SqlDialect>(BookSpec::Backend::Sqlite);
    if (!db.open())
        return openProblem(db.lastError(),
                           QT_TRANSLATE_NOOP("fb::DbError", "Cannot open the book “%1”."));
    m_sql = std::make_unique<SqlRun>(db, *m_dialect);
    return {};
}

bool BookConnection::breaksValueRule(const QString &checkLine) {
    static const QRegularExpression valueRule(u"^(CHECK constraint failed in |NULL value in )"_qs);
    return valueRule.match(checkLine).hasMatch();
}

DbError BookConnection::checkIntegrity() {
    // quick_check reads every page (0.1 s for 100 MB) but skips the index contents: enough to
    // find torn or overwritten pages before a single record is trusted.
    m_damaged = false;
    ThreadAudit::noteSql();
    QSqlQuery q(m_sql->database());
    q.setForwardOnly(true);
    QStringList problems;
    const bool ran = q.exec(u"PRAGMA quick_check"_qs);
    while (ran && q.next())
        problems << q.value(0).toString();
    if (!ran || q.lastError().type() != QSqlError::NoError) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SqliteCorrupt) {
            m_damaged = true;
            problems << q.lastError().text();
        } else if (code != SqliteNotADb) { // not a database: inspect() says so
            return openProblem(q.lastError(), nullptr);
        }
    }
    problems.removeAll(u"ok"_qs);
    // A value another program wrote against a column's rule is no damage to the file: the book
    // stays writable, and File → Check Book… names the record.
    problems.removeIf(&BookConnection::breaksValueRule);
    if (!problems.isEmpty()) {
        m_damaged = true;
        qWarning("The book %s is damaged and opens read-only: %s", qPrintable(m_spec.path),
                 qPrintable(problems.mid(0, 5).join(u"; "_qs)));
    }
    return {};
}

DbError BookConnection::cannotCreate() const {
    // Why, from the nearest part of the path that exists: a file where a folder should be,
    // or a folder this user may not write in.
    QFileInfo part(QFileInfo(m_spec.path).absolutePath());
    while (!part.exists() && !part.isRoot() && part.absoluteFilePath() != part.absolutePath())
        part = QFileInfo(part.absolutePath());
    if (part.exists() && !part.isDir())
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Cannot create a book at “%1”: “%2” is a file, not a "
                                         "folder."),
                       {m_spec.path, part.absoluteFilePath()});
    if (part.exists() && !markedWritable(part))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Cannot create a book at “%1”: you may not write in "
                                         "the folder “%2”."),
                       {m_spec.path, part.absoluteFilePath()});
    return DbError(Kind::Storage, QT_TRANSLATE_NOOP("fb::DbError", "Cannot create a book at “%1”."),
                   {m_spec.path});
}

DbError BookConnection::noPermission(const QString &detail) const {
    return DbError(Kind::Storage,
                   QT_TRANSLATE_NOOP("fb::DbError",
                                     "Fieldbook may not open “%1”: the file or its folder does "
                                     "not give you permission. It was left untouched."),
                   {m_spec.displayName()}, detail);
}

DbError BookConnection::openProblem(const QSqlError &error, const char *otherwise) const {
    // The reason a book cannot be opened decides what the person does next: free space,
    // fix permissions, check the disk, or restore a copy. So each has its own message.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text();
    const QFileInfo file(m_spec.path);
    const qint64 free = QStorageInfo(file.absolutePath()).bytesAvailable();
    // A full disk shows as an I/O error when SQLite cannot size its WAL index.
    if (code == SqliteFull || (code == SqliteIoErr && free >= 0 && free < 1024 * 1024))
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "The disk that holds “%1” is full, so the book cannot "
                                         "be opened. Free some space and open it again."),
                       {m_spec.displayName()}, detail);
    if (code == SqlitePerm || code == SqliteAuth || code == SqliteReadOnly ||
        (code == SqliteCantOpen && file.exists() && !file.isReadable()))
        return noPermission(detail);
    if (code == SqliteIoErr)
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "“%1” could not be read from the disk (an input/output "
                                         "error). It was left untouched."),
                       {m_spec.displayName()}, detail);
    if (code == SqliteCorrupt || code == SqliteNotADb || !otherwise)
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "“%1” is damaged or is not a database. It was left untouched."),
            {m_spec.displayName()}, detail);
    return DbError(Kind::Storage, otherwise, {m_spec.path}, detail);
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
        m_dialect = std::make_unique<SqlDialect>(BookSpec::Backend::Postgres);
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
    // A row another session keeps locked must not hold the writer, and every save queued
    // behind it, for ever: the wait ends as "busy", which is retried and then fails alone.
    for (const QString &setting :
         {u"SET TIME ZONE 'UTC'"_qs, session, u"SET lock_timeout = '5s'"_qs}) {
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
    // The first read of the book: run here, not through SqlRun, to see why it failed.
    ThreadAudit::noteSql();
    QSqlQuery probe(m_sql->database());
    probe.setForwardOnly(true);
    QStringList tables;
    const bool listed = probe.exec(statements.listTables());
    while (listed && probe.next())
        tables << probe.value(0).toString();
    if (!listed || probe.lastError().type() != QSqlError::NoError) {
        if (m_spec.backend == BookSpec::Backend::Sqlite)
            return openProblem(probe.lastError(), nullptr);
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "“%1” is damaged or is not a database. It was left untouched."),
            {m_spec.displayName()}, probe.lastError().text());
    }
    probe.finish();
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
    if (DbError e = m_sql->rowsEnded(*q); e.isError())
        return e;
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
