#include "TranslationMaps.h"

#include <QJsonArray>

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

QJsonObject listTranslationsToJson(const QMap<QString, QStringList> &byLanguage) {
    QJsonObject o;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QMap<QString, QStringList> listTranslationsFromJson(const QJsonValue &value) {
    QMap<QString, QStringList> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList names;
        for (const auto &name : it.value().toArray())
            names << name.toString();
        map.insert(it.key(), names);
    }
    return map;
}

} // namespace fb
