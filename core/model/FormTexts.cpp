#include "FormTexts.h"

#include <QLocale>

namespace fb::FormTexts {

namespace {
QString pick(const QMap<QString, QString> &byLanguage, const QString &language,
             const QString &fallback) {
    const QString text = byLanguage.value(language);
    return text.trimmed().isEmpty() ? fallback : text;
}
} // namespace

QString interfaceLanguage() {
    return QLocale().name().section(u'_', 0, 0);
}

QString formName(const FormDef &form, const QString &language) {
    return pick(form.nameByLanguage, language, form.name);
}

QString label(const FieldDef &field, const QString &language) {
    return pick(field.labelByLanguage, language, field.label);
}

QString help(const FieldDef &field, const QString &language) {
    return pick(field.helpByLanguage, language, field.help);
}

QStringList choices(const FieldDef &field, const QString &language) {
    const QStringList names = field.choicesByLanguage.value(language);
    QStringList shown = field.choices;
    for (qsizetype i = 0; i < shown.size() && i < names.size(); ++i) {
        if (!names.at(i).trimmed().isEmpty())
            shown[i] = names.at(i);
    }
    return shown;
}

QString choice(const FieldDef &field, const QString &value, const QString &language) {
    const qsizetype index = field.choices.indexOf(value);
    return index < 0 ? value : choices(field, language).at(index);
}

QString choiceValue(const FieldDef &field, const QString &name, const QString &language) {
    const qsizetype index = choices(field, language).indexOf(name);
    return index < 0 ? name : field.choices.at(index);
}

DbError check(const FormDef &form) {
    for (const FieldDef &f : form.fields) {
        for (auto it = f.choicesByLanguage.cbegin(); it != f.choicesByLanguage.cend(); ++it) {
            if (it.value().size() != f.choices.size())
                return DbError(
                    DbError::Kind::Validation,
                    QT_TRANSLATE_NOOP("fb::DbError",
                                      "The choice names of %1 in the language “%2” do not match "
                                      "its choices (names: %3, choices: %4). Give one name for "
                                      "each choice, in the same order."),
                    {f.label, it.key(), QString::number(it.value().size()),
                     QString::number(f.choices.size())},
                    {}, f.key);
        }
    }
    return {};
}

} // namespace fb::FormTexts
