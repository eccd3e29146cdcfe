#pragma once

#include <QMetaType>
#include <QString>

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
};

// What the window shows about the open book.
enum class BookState { Closed, Opening, Open, ReadOnly, Error };

} // namespace fb

Q_DECLARE_METATYPE(fb::BookSpec)
