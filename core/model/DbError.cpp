#include "DbError.h"

#include <QCoreApplication>

namespace fb {

namespace {

// Puts each argument in place of its %1, %2, … in one pass, so that an argument holding
// "%1" (a label, say) is shown as it is instead of being filled in again.
QString fillIn(const QString &text, const QStringList &args) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

DbError::DbError(Kind kind, const char *source, QStringList args, QString detail, QString field)
    : m_kind(kind)
    , m_source(source)
    , m_args(std::move(args))
    , m_detail(std::move(detail))
    , m_field(std::move(field)) {}

QString DbError::message() const {
    if (!m_source)
        return {};
    return fillIn(QCoreApplication::translate("fb::DbError", m_source, nullptr, m_count), m_args);
}

QString DbError::toLogString() const {
    QString line =
        kindName(m_kind) + u": "_qs + fillIn(QString::fromUtf8(m_source ? m_source : ""), m_args);
    if (m_count >= 0)
        line.replace(u"%n"_qs, QString::number(m_count));
    if (!m_field.isEmpty())
        line += u" [field "_qs + m_field + u']';
    if (!m_detail.isEmpty())
        line += u" — "_qs + m_detail;
    return line;
}

DbError DbError::withCount(int n) const {
    DbError copy = *this;
    copy.m_count = n;
    return copy;
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
    case Kind::Damaged:
        return u"damaged"_qs;
    case Kind::TimedOut:
        return u"timed-out"_qs;
    case Kind::Internal:
        return u"internal"_qs;
    }
    return u"unknown"_qs;
}

} // namespace fb
