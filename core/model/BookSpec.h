#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace fb {

// Where a book lives: a SQLite file, or a PostgreSQL database.
struct BookSpec {
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // passed through to libpq, e.g. "sslmode=require"
    // How long one statement of a request may run before it is stopped and its request fails
    // alone (DbError::Kind::TimedOut), so that the requests queued behind it are answered.
    // Schema changes, checks and copies run without it. Zero: no limit.
    std::chrono::milliseconds statementLimit{std::chrono::seconds(30)};

    static BookSpec sqlite(const QString &path) {
        BookSpec spec;
        spec.path = path;
        return spec;
    }
    QString displayName() const;

    // A server book as the Recent Books list keeps it, without the password:
    // "postgresql://user@host:port/database?sslmode=require".
    QString serverAddress() const;
    // The spec of such an address (no password), or nullopt if it is not one.
    static std::optional<BookSpec> fromServerAddress(const QString &address);
};

// What the window shows about the open book.
enum class BookState { Closed, Opening, Open, ReadOnly, Error };

} // namespace fb

Q_DECLARE_METATYPE(fb::BookSpec)
