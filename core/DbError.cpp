#include "DbError.h"

#include <QCoreApplication>

namespace fb {

DbError::DbError(Kind kind, const char *source, QStringList args, QString detail, QString field)
    : m_kind(kind)
    , m_source(source)
    , m_args(std::move(args))
    , m_detail(std::move(detail))
    , m_field(std::move(field)) {}

QString DbError::message() const {
    if (!m_source)
        return {};
    QString text = QCoreApplication::translate("fb::DbError", m_source);
    for (const QString &arg : m_args)
        text = text.arg(arg);
    return text;
}

QString DbError::toLogString() const {
    QString line = kindName(m_kind) + u": "_qs + QString::fromUtf8(m_source ? m_source : "");
    for (const QString &arg : m_args)
        line = line.arg(arg);
    if (!m_field.isEmpty())
        line += u" [field "_qs + m_field + u']';
    if (!m_detail.isEmpty())
        line += u" — "_qs + m_detail;
    return line;
}

DbError DbError::withField(const QString &field) const {
    DbError copy = *this;
    copy.m_field = field;
    return copy;
}

QString DbError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return u"none"_qs;
    case Kind::Validation:
        return u"validation"_qs;
    case Kind::Constraint:
        return u"constraint"_qs;
    case Kind::Conflict:
        return u"conflict"_qs;
    case Kind::Busy:
        return u"busy"_qs;
    case Kind::Connection:
        return u"connection"_qs;
    case Kind::Storage:
        return u"storage"_qs;
    case Kind::ReadOnly:
        return u"read-only"_qs;
    case Kind::Internal:
        return u"internal"_qs;
    }
    return u"unknown"_qs;
}

} // namespace fb
