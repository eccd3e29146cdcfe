#include "Validator.h"

#include "Decimal.h"
#include "IsoText.h"

#include <QDateTime>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace fb {

namespace {

using Kind = DbError::Kind;

DbError invalid(const FieldDef &field, const QString &label, const char *source,
                QStringList more = {}) {
    QStringList args{label};
    args += more;
    return DbError(Kind::Validation, source, args, {}, field.key);
}

Validator::Result ok(QVariant v) {
    return {std::move(v), {}};
}
Validator::Result fail(DbError e) {
    return {{}, std::move(e)};
}

Validator::Result checkText(const FieldDef &f, const QVariant &v, const QString &label) {
    const QString text = v.toString();
    // A lone surrogate cannot become UTF-8 and NUL ends a text in PostgreSQL: either would
    // come back changed, so neither is taken.
    if (!text.isValidUtf16() || text.contains(QChar(u'\0')))
        return fail(invalid(
            f, label,
            QT_TRANSLATE_NOOP("fb::DbError", "%1 contains a character that cannot be stored.")));
    if (f.type == FieldType::Text && (text.contains(u'\n') || text.contains(u'\r')))
        return fail(
            invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a single line.")));
    const qsizetype limit = Validator::lengthLimit(f);
    if (Validator::characters(text) > limit)
        return fail(invalid(f, label,
                            QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at most %2 characters."),
                            {QString::number(limit)}));
    if (!f.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(f.pattern));
        if (re.isValid() && !re.match(text).hasMatch())
            return fail(invalid(
                f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 does not have the expected form.")));
    }
    return ok(text);
}

template <typename T, typename Less>
Validator::Result checkRange(const FieldDef &f, const QString &label, const T &value,
                             const QVariant &shown, Less less, auto convert) {
    if (!f.minimum.isNull() && less(value, convert(f.minimum)))
        return fail(invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at least %2."),
                            {f.minimum.toString()}));
    if (!f.maximum.isNull() && less(convert(f.maximum), value))
        return fail(invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at most %2."),
                            {f.maximum.toString()}));
    return ok(shown);
}

// A whole number of any integral type or as text; never a fraction, never beyond 64 bits.
std::optional<qlonglong> wholeNumber(const QVariant &v) {
    bool isInt = false;
    qlonglong n = 0;
    switch (v.typeId()) {
    case QMetaType::QString:
        n = v.toString().trimmed().toLongLong(&isInt);
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        isInt = v.toULongLong() <= quint64(std::numeric_limits<qlonglong>::max());
        n = qlonglong(v.toULongLong());
        break;
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        n = v.toLongLong(&isInt);
        break;
    default: // doubles, bools and anything else are not whole numbers
        break;
    }
    return isInt ? std::optional<qlonglong>(n) : std::nullopt;
}

Validator::Result checkInteger(const FieldDef &f, const QVariant &v, const QString &label) {
    const std::optional<qlonglong> n = wholeNumber(v);
    if (!n)
        return fail(
            invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a whole number.")));
    return checkRange(f, label, *n, QVariant(*n), std::less<qlonglong>(),
                      [](const QVariant &x) { return x.toLongLong(); });
}

Validator::Result checkDecimal(const FieldDef &f, const QVariant &v, const QString &label) {
    const std::optional<QString> d =
        v.typeId() == QMetaType::Double ? std::nullopt : Decimal::canonical(v.toString(), f.places);
    if (!d)
        return fail(invalid(
            f, label,
            QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a number with at most %2 decimal places."),
            {QString::number(f.places)}));
    if (Decimal::wholeDigits(*d) > Validator::maxWholeDigits)
        return fail(invalid(
            f, label,
            QT_TRANSLATE_NOOP("fb::DbError", "%1 must have at most %2 digits before the point."),
            {QString::number(Validator::maxWholeDigits)}));
    return checkRange(
        f, label, *d, QVariant(*d),
        [](const QString &a, const QString &b) { return Decimal::compare(a, b) < 0; },
        [](const QVariant &x) { return x.toString(); });
}

template <typename T> std::optional<T> temporalFromText(const QString &text) {
    if constexpr (std::is_same_v<T, QDate>)
        return IsoText::date(text.trimmed());
    else if constexpr (std::is_same_v<T, QTime>)
        return IsoText::time(text.trimmed());
    else
        return IsoText::dateTime(text.trimmed());
}

template <typename T> T temporal(const QVariant &v) {
    if (v.typeId() == QMetaType::QString)
        return temporalFromText<T>(v.toString()).value_or(T());
    return v.value<T>();
}

template <typename T>
Validator::Result checkTemporal(const FieldDef &f, const QVariant &v, const QString &label,
                                const char *message) {
    T value = temporal<T>(v);
    if (!value.isValid())
        return fail(invalid(f, label, message));
    // The first and last moments a book holds, said the way the range rules are said.
    if constexpr (std::is_same_v<T, QDateTime>) {
        value = value.toUTC();
        const QString format = u"yyyy-MM-dd HH:mm UTC"_qs;
        if (value < IsoText::firstDateTime())
            return fail(invalid(f, label,
                                QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at least %2."),
                                {IsoText::firstDateTime().toString(format)}));
        if (IsoText::lastDateTime() < value)
            return fail(invalid(f, label,
                                QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at most %2."),
                                {IsoText::lastDateTime().toString(format)}));
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (value < IsoText::firstDate())
            return fail(invalid(f, label,
                                QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at least %2."),
                                {IsoText::firstDate().toString(Qt::ISODate)}));
        if (IsoText::lastDate() < value)
            return fail(invalid(f, label,
                                QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at most %2."),
                                {IsoText::lastDate().toString(Qt::ISODate)}));
    }
    return checkRange(f, label, value, QVariant::fromValue(value), std::less<T>(),
                      [](const QVariant &x) { return temporal<T>(x); });
}

// Yes or no: a bool, 0 or 1, or one of the words Fieldbook writes and reads.
std::optional<bool> yesNo(const QVariant &v) {
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::QString) {
        const QString t = v.toString().trimmed().toLower();
        if (t == u"true" || t == u"yes" || t == u"1")
            return true;
        if (t == u"false" || t == u"no" || t == u"0")
            return false;
        return std::nullopt;
    }
    const std::optional<qlonglong> n = wholeNumber(v);
    if (n && (*n == 0 || *n == 1))
        return *n == 1;
    return std::nullopt;
}

Validator::Result checkChoices(const FieldDef &f, const QVariant &v, const QString &label) {
    const QStringList picked =
        f.type == FieldType::Choice ? QStringList{v.toString()} : v.toStringList();
    for (const QString &p : picked) {
        if (!f.choices.contains(p))
            return fail(invalid(
                f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1: “%2” is not one of the choices."),
                {p}));
    }
    if (f.type == FieldType::Choice)
        return ok(picked.front());
    return ok(picked);
}

} // namespace

qsizetype Validator::characters(const QString &text) {
    qsizetype n = text.size();
    for (QChar c : text) {
        if (c.isLowSurrogate())
            --n;
    }
    return n;
}

qsizetype Validator::lengthLimit(const FieldDef &f) {
    const qsizetype ceiling = lengthCeiling(f.type);
    return f.maxLength > 0 ? std::min<qsizetype>(f.maxLength, ceiling) : ceiling;
}

bool Validator::isEmpty(const QVariant &value) {
    if (value.isNull() || !value.isValid())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isEmpty();
    case QMetaType::QStringList:
        return value.toStringList().isEmpty();
    default:
        return false;
    }
}

Validator::Result Validator::validate(const FieldDef &f, const QVariant &v, const QString &label) {
    // A required text of only spaces says nothing: it counts as empty.
    const bool blank = f.required && v.typeId() == QMetaType::QString &&
                       (f.type == FieldType::Text || f.type == FieldType::LongText) &&
                       v.toString().trimmed().isEmpty();
    if (isEmpty(v) || blank) {
        if (f.required && f.type != FieldType::Bool)
            return fail(invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 is required.")));
        if (f.type == FieldType::Bool)
            return ok(f.required ? QVariant(false) : QVariant());
        return ok({});
    }
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return checkText(f, v, label);
    case FieldType::Integer:
        return checkInteger(f, v, label);
    case FieldType::Decimal:
        return checkDecimal(f, v, label);
    case FieldType::Date:
        return checkTemporal<QDate>(f, v, label,
                                    QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a valid date."));
    case FieldType::Time:
        return checkTemporal<QTime>(f, v, label,
                                    QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a valid time."));
    case FieldType::DateTime:
        return checkTemporal<QDateTime>(
            f, v, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a valid date and time."));
    case FieldType::Bool: {
        const std::optional<bool> b = yesNo(v);
        if (!b)
            return fail(
                invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be yes or no.")));
        return ok(*b);
    }
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return checkChoices(f, v, label);
    case FieldType::Reference: {
        const qlonglong id = wholeNumber(v).value_or(0);
        if (id <= 0)
            return fail(
                invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must refer to a record.")));
        return ok(id);
    }
    }
    return ok(v);
}

DbError Validator::validateRecord(const FormDef &form, QVariantMap *values) {
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        if (!form.field(it.key()))
            return DbError(Kind::Validation,
                           QT_TRANSLATE_NOOP("fb::DbError", "The form has no field “%1”."),
                           {it.key()}, {}, it.key());
    }
    for (const FieldDef &f : form.fields) {
        Result r = validate(f, values->value(f.key));
        if (r.error.isError())
            return r.error;
        values->insert(f.key, r.value);
    }
    return {};
}

} // namespace fb
