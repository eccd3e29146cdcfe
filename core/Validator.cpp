#include "Validator.h"

#include "Decimal.h"

#include <QDateTime>
#include <QRegularExpression>

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
    if (f.type == FieldType::Text && text.contains(u'\n'))
        return fail(
            invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a single line.")));
    if (f.maxLength > 0 && text.size() > f.maxLength)
        return fail(invalid(f, label,
                            QT_TRANSLATE_NOOP("fb::DbError", "%1 must be at most %2 characters."),
                            {QString::number(f.maxLength)}));
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

Validator::Result checkInteger(const FieldDef &f, const QVariant &v, const QString &label) {
    bool isInt = false;
    const qlonglong n = v.typeId() == QMetaType::QString ? v.toString().trimmed().toLongLong(&isInt)
                                                         : v.toLongLong(&isInt);
    if (!isInt || v.typeId() == QMetaType::Double)
        return fail(
            invalid(f, label, QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a whole number.")));
    return checkRange(f, label, n, QVariant(n), std::less<qlonglong>(),
                      [](const QVariant &x) { return x.toLongLong(); });
}

Validator::Result checkDecimal(const FieldDef &f, const QVariant &v, const QString &label) {
    const std::optional<QString> d = Decimal::canonical(v.toString(), f.places);
    if (!d || v.typeId() == QMetaType::Double)
        return fail(invalid(
            f, label,
            QT_TRANSLATE_NOOP("fb::DbError", "%1 must be a number with at most %2 decimal places."),
            {QString::number(f.places)}));
    return checkRange(
        f, label, *d, QVariant(*d),
        [](const QString &a, const QString &b) { return Decimal::compare(a, b) < 0; },
        [](const QVariant &x) { return x.toString(); });
}

template <typename T>
Validator::Result checkTemporal(const FieldDef &f, const QVariant &v, const QString &label,
                                const char *message) {
    T value = v.typeId() == QMetaType::QString ? T::fromString(v.toString(), Qt::ISODateWithMs)
                                               : v.value<T>();
    if (!value.isValid())
        return fail(invalid(f, label, message));
    if constexpr (std::is_same_v<T, QDateTime>)
        value = value.toUTC();
    return checkRange(
        f, label, value, QVariant::fromValue(value), std::less<T>(), [](const QVariant &x) {
            return x.typeId() == QMetaType::QString ? T::fromString(x.toString(), Qt::ISODateWithMs)
                                                    : x.value<T>();
        });
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
    if (isEmpty(v)) {
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
    case FieldType::Bool:
        return ok(v.toBool());
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return checkChoices(f, v, label);
    case FieldType::Reference: {
        bool isInt = false;
        const qlonglong id = v.toLongLong(&isInt);
        if (!isInt || id <= 0)
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
