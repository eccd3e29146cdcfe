#pragma once

#include "BookSpec.h"
#include "SqlRun.h"

#include <memory>

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

    // Opens the book. The writer refuses what is not a book, is damaged or is newer, sets the
    // pragmas and migrates; the reader opens read-only. A refused book is left untouched.
    DbError open();
    void close();

    // The pragmas of a writable SQLite book (after journal_mode=WAL).
    static QStringList sqlitePragmas();

    bool isOpen() const { return m_sql != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    SqlRun &sql() { return *m_sql; }
    const SqlDialect &dialect() const { return *m_dialect; }
    const BookSpec &spec() const { return m_spec; }
    const QString &name() const { return m_name; }

private:
    DbError openSqlite();
    DbError openPostgres();
    DbError inspect();       // reads fb_meta; refuses what is not a usable book
    DbError prepareSqlite(); // pragmas of a writable SQLite book
    bool mayWrite();         // the server user may change records and forms
    DbError fail(DbError error);

    BookSpec m_spec;
    Role m_role;
    QString m_name;
    bool m_readOnly = false;
    int m_version = 0;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<SqlRun> m_sql;
};

} // namespace fb
