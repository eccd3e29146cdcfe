#include "TranslationMaps.h"

namespace fb {

QJsonObject translationsToJson(const QMap<QString, QString> &byLanguage) {
    QJsonObject o;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> translationsFromJson(const QJsonValue &value) {
    QMap<QString, QString> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace fb
