#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace fb {

// Per-language texts (language code -> text) as JSON objects, as the meta tables and the
// form file keep them.
QJsonObject translationsToJson(const QMap<QString, QString> &byLanguage);
QMap<QString, QString> translationsFromJson(const QJsonValue &value);

} // namespace fb
