#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fb {

// Per-language texts (language code -> text) as JSON objects, as the meta tables and the
// form file keep them.
QJsonObject translationsToJson(const QMap<QString, QString> &byLanguage);
QMap<QString, QString> translationsFromJson(const QJsonValue &value);
// Per-language lists (language code -> names), e.g. the choice names.
QJsonObject listTranslationsToJson(const QMap<QString, QStringList> &byLanguage);
QMap<QString, QStringList> listTranslationsFromJson(const QJsonValue &value);

} // namespace fb
