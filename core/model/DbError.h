#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fb {

// A typed error that crosses threads as a value. The message is kept in its source form with
// its arguments, so it is translated when shown, in whatever language is current then.
class DbError {
public:
    enum class Kind {
        None,
        Validation,
        Constraint,
        Conflict,
        Busy,
        Connection,
        Storage,
        ReadOnly,
        Damaged,  // the book file is damaged: what can be read is read, nothing is written
        TimedOut, // a statement ran past the book's limit and was stopped; it failed alone
        Internal
    };

    DbError() = default;
    // `source` must be a QT_TRANSLATE_NOOP("fb::DbError", ...) literal.
    DbError(Kind kind, const char *source, QStringList args = {}, QString detail = {},
            QString field = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString message() const;
    QString detail() const { return m_detail; }
    QString field() const { return m_field; }
    QString toLogString() const;

    DbError withField(const QString &field) const;
    // The number a message with plural forms (QT_TRANSLATE_N_NOOP, "%n") is translated for.
    DbError withCount(int n) const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    const char *m_source = nullptr;
    QStringList m_args;
    QString m_detail;
    QString m_field;
    int m_count = -1;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::DbError)
