#pragma once

#include <QMetaType>
#include <QString>

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
