#include "SqlErrors.h"

#include <QSqlError>

#include <algorithm>

namespace fb {

namespace {

using Kind = DbError::Kind;

// SQLite primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    Interrupt = 9,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    TooBig = 18,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26
};

const FieldDef *fieldNamedIn(const QString &text, const FormDef *form) {
    if (!form)
        return nullptr;
    QList<const FieldDef *> fields;
    for (const FieldDef &f : form->fields)
        fields << &f;
    // Longest keys first, so "name_2" is not taken for "name".
    std::sort(fields.begin(), fields.end(),
              [](auto *a, auto *b) { return a->key.size() > b->key.size(); });
    for (const FieldDef *f : fields) {
        if (text.contains(u'.' + f->key) || text.contains(u'"' + f->key + u'"') ||
            text.contains(f->key + u"_check"_qs) || text.contains(u'_' + f->key + u"_key"_qs))
            return f;
    }
    return nullptr;
}

DbError constraintError(const QString &text, const FormDef *form) {
    const FieldDef *field = fieldNamedIn(text, form);
    const QString label = field ? field->label : QString();
    const QString key = field ? field->key : QString();
    const QString lower = text.toLower();
    if (lower.contains(u"unique") || lower.contains(u"duplicate key"))
        return DbError(
            Kind::Constraint,
            field ? QT_TRANSLATE_NOOP("fb::DbError",
                                      "%1 must be unique: another record already has this value.")
                  : QT_TRANSLATE_NOOP("fb::DbError",
                                      "This record repeats a value that must be unique."),
            {label}, text, key);
    if (lower.contains(u"not null") || lower.contains(u"null value"))
        return DbError(Kind::Constraint, QT_TRANSLATE_NOOP("fb::DbError", "%1 is required."),
                       {label}, text, key);
    if (lower.contains(u"foreign key"))
        return DbError(
            Kind::Constraint,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "A referenced record does not exist or is still referred to."),
            {}, text, key);
    return DbError(Kind::Constraint,
                   field
                       ? QT_TRANSLATE_NOOP("fb::DbError", "%1 breaks a rule of this form.")
                       : QT_TRANSLATE_NOOP("fb::DbError", "The record breaks a rule of this form."),
                   {label}, text, key);
}

// The statement ran past its limit (StatementClock), which words the message.
DbError stopped(const QString &text) {
    return DbError(Kind::TimedOut,
                   QT_TRANSLATE_NOOP("fb::DbError", "This took too long, so it was stopped."), {},
                   text);
}

DbError fromSqlite(int code, const QString &text, const FormDef *form) {
    switch (code) {
    case Busy:
    case Locked:
        return DbError(Kind::Busy,
                       QT_TRANSLATE_NOOP("fb::DbError", "The book is busy; trying again."), {},
                       text);
    case ReadOnly:
        return DbError(Kind::ReadOnly, QT_TRANSLATE_NOOP("fb::DbError", "The book is read-only."),
                       {}, text);
    case Full:
        return DbError(Kind::Storage,
                       QT_TRANSLATE_NOOP(
                           "fb::DbError",
                           "The disk is full; nothing was saved. Free some space and save again."),
                       {}, text);
    case Corrupt:
        // Met while reading: the rows up to the damage would pass for all of them.
        return DbError(Kind::Damaged,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "The book file is damaged: some of its records cannot "
                                         "be read."),
                       {}, text);
    case NotADb:
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "The book file is damaged or is not a book."), {},
            text);
    case IoErr:
    case CantOpen:
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "The book file could not be read or written."), {},
            text);
    case Constraint:
        return constraintError(text, form);
    case Interrupt:
        return stopped(text);
    case TooBig:
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError", "A value is too large for the book."), {},
                       text);
    default:
        break;
    }
    return DbError(Kind::Internal,
                   QT_TRANSLATE_NOOP("fb::DbError", "The database reported an error."), {}, text);
}

DbError fromPostgres(const QString &state, const QString &text, const FormDef *form) {
    if (state.startsWith(u"23"))
        return constraintError(text, form);
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return DbError(Kind::Connection,
                       QT_TRANSLATE_NOOP("fb::DbError", "The connection to the server was lost."),
                       {}, text);
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return DbError(Kind::Busy,
                       QT_TRANSLATE_NOOP("fb::DbError", "The book is busy; trying again."), {},
                       text);
    if (state == u"42501" || state == u"25006")
        return DbError(
            Kind::ReadOnly,
            QT_TRANSLATE_NOOP("fb::DbError", "You may read this book but not change it."), {},
            text);
    if (state.startsWith(u"22")) { // data exceptions: out of range, bad encoding, …
        const FieldDef *field = fieldNamedIn(text, form);
        return DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError", "A value is out of the range the book can store."), {},
            text, field ? field->key : QString());
    }
    if (state == u"57014")
        return stopped(text);
    if (state == u"54000")
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError", "A value is too large for the book."), {},
                       text);
    if (state == u"53100")
        return DbError(
            Kind::Storage,
            QT_TRANSLATE_NOOP("fb::DbError", "The server's disk is full; nothing was saved."), {},
            text);
    return DbError(Kind::Internal,
                   QT_TRANSLATE_NOOP("fb::DbError", "The database reported an error."), {}, text);
}

} // namespace

DbError errorFromSql(const QSqlError &error, const SqlDialect &dialect, const FormDef *form) {
    const QString text = error.text();
    // libpq reports a broken connection without a SQLSTATE.
    const bool lostLink =
        error.nativeErrorCode().isEmpty() &&
        (text.trimmed().isEmpty() || text.contains(u"server closed the connection"_qs) ||
         text.contains(u"no connection to the server"_qs) ||
         text.contains(u"connection"_qs, Qt::CaseInsensitive));
    if ((error.type() == QSqlError::ConnectionError || lostLink) && !dialect.isSqlite())
        return DbError(Kind::Connection,
                       QT_TRANSLATE_NOOP("fb::DbError", "The connection to the server was lost."),
                       {}, text);
    if (dialect.isSqlite())
        return fromSqlite(error.nativeErrorCode().toInt() & 0xff, text,
                          form); // extended -> primary
    return fromPostgres(error.nativeErrorCode(), text, form);
}

} // namespace fb
