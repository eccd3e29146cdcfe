#pragma once

#include "BookSpec.h"
#include "SqlRun.h"

#include <memory>

class QSqlError;

namespace fb {

// One connection to a book, opened, checked and closed on the thread that uses it (Qt
// requires a connection to stay in the thread that created it).
class BookConnection {
public:
    enum class Role { Writer, Reader };

    BookConnection(BookSpec spec, Role role, QString connectionName);
    ~BookConnection();
    BookConnection(const BookConnection &) = delete;
    BookConnection &operator=(const BookConnection &) = delete;

    // Opens the book. The writer refuses what is not a book (an empty file included), cannot
    // be read or is newer, checks a SQLite book's pages (a damaged one opens read-only, see
    // isDamaged()), sets the pragmas and migrates; the reader opens read-only. A refused or
    // damaged book is left untouched.
    DbError open();
    // A SQLite book of besideCheckBytes or more is opened read-only and unchecked, so that its
    // first rows can be read at once; finishCheck() then checks it and, if it is sound and
    // writable, reconnects for writing. Until then the writer takes no write.
    bool isCheckPending() const { return m_checkPending; }
    DbError finishCheck();
    static constexpr qint64 besideCheckBytes = 16 * 1024 * 1024;
    void close();

    // The pragmas of a writable SQLite book (after journal_mode=WAL).
    static QStringList sqlitePragmas();

    bool isOpen() const { return m_sql != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    // The writer's quick check found damage: the book is open read-only and is never written.
    bool isDamaged() const { return m_damaged; }
    // A line of SQLite's integrity or quick check that is about a value breaking its column's
    // rule (CHECK, NOT NULL), not about the file.
    static bool breaksValueRule(const QString &checkLine);
    int schemaVersion() const { return m_version; }
    SqlRun &sql() { return *m_sql; }
    const SqlDialect &dialect() const { return *m_dialect; }
    const BookSpec &spec() const { return m_spec; }
    const QString &name() const { return m_name; }

private:
    DbError openSqlite();
    DbError connectSqlite(bool readOnly, bool immutable);
    DbError checkIntegrity(); // PRAGMA quick_check; sets m_damaged
    DbError prepare();        // pragmas and migration of a writable book, once checked
    // Why a SQLite book cannot be opened, from the driver's error: a full disk, permissions,
    // an input/output error, damage; else `otherwise` (null: damaged or not a database).
    DbError openProblem(const QSqlError &error, const char *otherwise) const;
    DbError noPermission(const QString &detail = {}) const;
    DbError cannotCreate() const; // a new book's path cannot be made, and why
    DbError openPostgres();
    DbError inspect();       // reads fb_meta; refuses what is not a usable book
    DbError prepareSqlite(); // pragmas of a writable SQLite book
    bool mayWrite();         // the server user may change records and forms
    DbError fail(DbError error);
    DbError limitStatements(); // BookSpec::statementLimit, once open

    BookSpec m_spec;
    Role m_role;
    QString m_name;
    bool m_readOnly = false;
    bool m_damaged = false;
    bool m_checkPending = false;
    int m_version = 0;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<SqlRun> m_sql;
};

} // namespace fb
