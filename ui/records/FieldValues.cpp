#include "FieldValues.h"

#include <QSet>

namespace fb::FieldValues {

bool same(const QVariant &a, const QVariant &b) {
    const auto empty = [](const QVariant &v) {
        return v.isNull() || !v.isValid() ||
               (v.typeId() == QMetaType::QString && v.toString().isEmpty());
    };
    if (empty(a) || empty(b))
        return empty(a) && empty(b);
    return a == b;
}

QStringList changedKeys(const QVariantMap &a, const QVariantMap &b) {
    QStringList keys = a.keys();
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            keys << it.key();
    }
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (!same(a.value(key), b.value(key)))
            changed << key;
    }
    return changed;
}

} // namespace fb::FieldValues
