#include "FormJson.h"

#include "Validator.h"
#include "ValueConversion.h"

#include "FormRules.h"
#include "TranslationMaps.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <tuple>

#include <cmath>

namespace fb::FormJson {

namespace {

using Kind = DbError::Kind;

QJsonValue ruleToJson(FieldType type, const QVariant &value) {
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (type == FieldType::Integer)
        return QJsonValue(value.toLongLong());
    if (type == FieldType::Bool)
        return QJsonValue(value.toBool());
    if (type == FieldType::MultiChoice)
        return QJsonArray::fromStringList(value.toStringList());
    return valueToText(type, value);
}

// The rules a field of `type` can have; the other members are for every type.
bool ruleFitsType(const QString &member, FieldType type) {
    using T = FieldType;
    static const QHash<QString, QList<T>> rules{
        {u"maxLength"_qs, {T::Text, T::LongText}},
        {u"pattern"_qs, {T::Text, T::LongText}},
        {u"places"_qs, {T::Decimal}},
        {u"minimum"_qs, {T::Integer, T::Decimal, T::Date, T::Time, T::DateTime}},
        {u"maximum"_qs, {T::Integer, T::Decimal, T::Date, T::Time, T::DateTime}},
        {u"choices"_qs, {T::Choice, T::MultiChoice}},
        {u"choicesByLanguage"_qs, {T::Choice, T::MultiChoice}},
        {u"referenceForm"_qs, {T::Reference}}};
    const auto it = rules.constFind(member);
    return it == rules.constEnd() || it->contains(type);
}

QJsonObject fieldToJson(const FieldDef &f, const QList<FormDef> &bookForms) {
    QJsonObject o{{u"label"_qs, f.label}, {u"type"_qs, fieldTypeName(f.type)}};
    if (!f.key.isEmpty())
        o.insert(u"key"_qs, f.key);
    auto put = [&o](const QString &name, const QJsonValue &v, bool present) {
        if (present)
            o.insert(name, v);
    };
    put(u"help"_qs, f.help, !f.help.isEmpty());
    put(u"required"_qs, true, f.required);
    put(u"unique"_qs, true, f.unique);
    put(u"default"_qs, ruleToJson(f.type, f.defaultValue), !f.defaultValue.isNull());
    // Only the rules of the field's type: a file with others is refused (fieldFromJson).
    const auto fits = [&f](const QString &member) { return ruleFitsType(member, f.type); };
    put(u"maxLength"_qs, f.maxLength, f.maxLength > 0 && fits(u"maxLength"_qs));
    put(u"pattern"_qs, f.pattern, !f.pattern.isEmpty() && fits(u"pattern"_qs));
    put(u"minimum"_qs, ruleToJson(f.type, f.minimum), !f.minimum.isNull() && fits(u"minimum"_qs));
    put(u"maximum"_qs, ruleToJson(f.type, f.maximum), !f.maximum.isNull() && fits(u"maximum"_qs));
    put(u"places"_qs, f.places, fits(u"places"_qs));
    put(u"choices"_qs, QJsonArray::fromStringList(f.choices),
        !f.choices.isEmpty() && fits(u"choices"_qs));
    put(u"labelByLanguage"_qs, translationsToJson(f.labelByLanguage), !f.labelByLanguage.isEmpty());
    put(u"helpByLanguage"_qs, translationsToJson(f.helpByLanguage), !f.helpByLanguage.isEmpty());
    put(u"choicesByLanguage"_qs, listTranslationsToJson(f.choicesByLanguage),
        !f.choicesByLanguage.isEmpty() && fits(u"choicesByLanguage"_qs));
    if (f.type == FieldType::Reference) {
        for (const FormDef &other : bookForms) {
            if (other.id == f.referenceFormId)
                o.insert(u"referenceForm"_qs, other.name);
        }
    }
    return o;
}

// Reads a rule in the field's value type; `ok` turns false when it does not fit the type.
QVariant ruleFromJson(const FieldDef &f, const QJsonValue &v, bool *ok) {
    if (v.isNull() || v.isUndefined())
        return {};
    FieldDef loose = f;
    loose.required = false;
    loose.minimum = loose.maximum = QVariant();
    loose.maxLength = 0;
    loose.pattern.clear();
    QVariant raw = v.isArray() ? QVariant(v.toVariant().toStringList()) : v.toVariant();
    // A JSON number arrives as a double: its shortest form is what the file said ("0.1"),
    // where printing it with the field's places would show the double's error digits.
    if (v.isDouble() && f.type == FieldType::Decimal)
        raw = QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    const Validator::Result r = Validator::validate(loose, raw);
    if (r.error.isError())
        *ok = false;
    return r.value;
}

bool fail(DbError *error, const char *source, QStringList args = {}) {
    *error = DbError(Kind::Validation, source, std::move(args));
    return false;
}

// Reads member `name` of `o` into `out` when it is there: false when it is not a whole number
// from `lowest` to `highest`.
bool wholeNumberIn(const QJsonObject &o, const QString &name, int lowest, int highest, int *out) {
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != std::floor(d) || d < lowest || d > highest)
        return false;
    *out = int(d);
    return true;
}

bool fieldFromJson(const QJsonObject &o, const QList<FormDef> &bookForms, FieldDef *f,
                   DbError *error) {
    f->label = o.value(u"label").toString();
    if (f->label.trimmed().isEmpty())
        return fail(error,
                    QT_TRANSLATE_NOOP("fb::DbError", "A field in the form file has no label."));
    if (!fieldTypeFromName(o.value(u"type").toString(), &f->type))
        return fail(error, QT_TRANSLATE_NOOP("fb::DbError", "Field %1 has an unknown type “%2”."),
                    {f->label, o.value(u"type").toString()});
    // A member of the wrong kind, or a rule for another type, is refused by name: a rule
    // dropped without a word would let in values the file meant to keep out.
    for (const QString &member : o.keys()) {
        const QJsonValue v = o.value(member);
        if (v.isNull())
            continue;
        if ((member == u"required" || member == u"unique") && !v.isBool())
            return fail(
                error, QT_TRANSLATE_NOOP("fb::DbError", "In field %1, “%2” must be true or false."),
                {f->label, member});
        if ((member == u"key" || member == u"help" || member == u"pattern" ||
             member == u"referenceForm") &&
            !v.isString())
            return fail(error,
                        QT_TRANSLATE_NOOP("fb::DbError", "In field %1, “%2” must be a text."),
                        {f->label, member});
        if (!ruleFitsType(member, f->type))
            return fail(error,
                        QT_TRANSLATE_NOOP("fb::DbError",
                                          "Field %1 cannot have “%2”: that rule is for fields "
                                          "of another type."),
                        {f->label, member});
    }
    f->key = o.value(u"key").toString();
    f->help = o.value(u"help").toString();
    f->required = o.value(u"required").toBool();
    f->unique = o.value(u"unique").toBool();
    f->pattern = o.value(u"pattern").toString();
    // Numbers are read whole and in range, never cut down to an int that means something else.
    // Up to the ceiling of the field's own type (500 for a line, more for a long text).
    const int lengthCeiling = Validator::lengthCeiling(f->type);
    if (!wholeNumberIn(o, u"maxLength"_qs, 0, lengthCeiling, &f->maxLength))
        return fail(
            error,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "The maximum length of %1 must be a whole number from 0 to %2."),
            {f->label, QString::number(lengthCeiling)});
    f->places = 2;
    if (!wholeNumberIn(o, u"places"_qs, 0, FormRules::maxPlaces, &f->places))
        return fail(
            error,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "The decimal places of %1 must be a whole number from 0 to %2."),
            {f->label, QString::number(FormRules::maxPlaces)});
    for (const auto &c : o.value(u"choices").toArray())
        f->choices << c.toString();
    f->labelByLanguage = translationsFromJson(o.value(u"labelByLanguage"));
    f->helpByLanguage = translationsFromJson(o.value(u"helpByLanguage"));
    f->choicesByLanguage = listTranslationsFromJson(o.value(u"choicesByLanguage"));
    // Each rule said by name: "the minimum of Price" is what the person looks for.
    for (const auto &[member, rule, message] :
         std::initializer_list<std::tuple<const char16_t *, QVariant *, const char *>>{
             {u"default", &f->defaultValue,
              QT_TRANSLATE_NOOP("fb::DbError",
                                "The default of %1 is not a value a field of its type can hold.")},
             {u"minimum", &f->minimum,
              QT_TRANSLATE_NOOP("fb::DbError",
                                "The minimum of %1 is not a value a field of its type can hold.")},
             {u"maximum", &f->maximum,
              QT_TRANSLATE_NOOP(
                  "fb::DbError",
                  "The maximum of %1 is not a value a field of its type can hold.")}}) {
        bool ok = true;
        *rule = ruleFromJson(*f, o.value(QStringView(member)), &ok);
        if (!ok)
            return fail(error, message, {f->label});
    }
    if (f->type == FieldType::Reference) {
        const QString target = o.value(u"referenceForm").toString();
        for (const FormDef &other : bookForms) {
            if (other.name == target)
                f->referenceFormId = other.id;
        }
        if (!f->referenceFormId)
            return fail(error,
                        QT_TRANSLATE_NOOP(
                            "fb::DbError",
                            "Field %1 refers to the form “%2”, which this book does not have."),
                        {f->label, target});
    }
    return true;
}

} // namespace

QByteArray toJson(const FormDef &form, const QList<FormDef> &bookForms) {
    QJsonArray fields;
    for (const FieldDef &f : form.fields)
        fields.append(fieldToJson(f, bookForms));
    QJsonObject o{{u"format"_qs, u"fieldbook-form"_qs},
                  {u"version"_qs, formatVersion},
                  {u"name"_qs, form.name},
                  {u"fields"_qs, fields}};
    if (!form.language.isEmpty())
        o.insert(u"language"_qs, form.language);
    if (!form.nameByLanguage.isEmpty())
        o.insert(u"nameByLanguage"_qs, translationsToJson(form.nameByLanguage));
    if (!form.displayField.isEmpty())
        o.insert(u"displayField"_qs, form.displayField);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool fromJson(const QByteArray &json, FormDef *form, DbError *error,
              const QList<FormDef> &bookForms) {
    // A form file is a JSON object: anything else (a picture, random bytes, a book chosen by
    // mistake) is not a form file at all, rather than a damaged one.
    if (!json.trimmed().startsWith('{'))
        return fail(error, QT_TRANSLATE_NOOP("fb::DbError", "This is not a Fieldbook form file."));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(error,
                    QT_TRANSLATE_NOOP("fb::DbError", "The form file is damaged: %1 (at byte %2)."),
                    {parse.errorString(), QString::number(parse.offset)});
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"format").toString() != u"fieldbook-form")
        return fail(error, QT_TRANSLATE_NOOP("fb::DbError", "This is not a Fieldbook form file."));
    // Said as the file gives it: a version of 1.5 or 1e30 is not "version 0".
    const QJsonValue versionValue = o.value(u"version");
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != std::floor(version) || version < 1 ||
        version > formatVersion)
        return fail(error,
                    QT_TRANSLATE_NOOP(
                        "fb::DbError",
                        "The form file has format version %1; this Fieldbook reads up to %2."),
                    {versionValue.isDouble()
                         ? QString::number(version, 'g', QLocale::FloatingPointShortest)
                         : QString::fromUtf8(QJsonDocument(QJsonArray{versionValue})
                                                 .toJson(QJsonDocument::Compact)
                                                 .chopped(1)
                                                 .mid(1)),
                     QString::number(formatVersion)});
    FormDef parsed;
    parsed.name = o.value(u"name").toString().trimmed();
    if (parsed.name.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("fb::DbError", "The form in the file has no name."));
    parsed.language = o.value(u"language").toString();
    parsed.nameByLanguage = translationsFromJson(o.value(u"nameByLanguage"));
    parsed.displayField = o.value(u"displayField").toString();
    const QJsonArray fields = o.value(u"fields").toArray();
    if (fields.size() > FormRules::maxFields)
        return fail(error,
                    QT_TRANSLATE_NOOP("fb::DbError",
                                      "The form in the file has %1 fields; a form has at most %2."),
                    {QString::number(fields.size()), QString::number(FormRules::maxFields)});
    for (const auto &value : fields) {
        FieldDef f;
        if (!fieldFromJson(value.toObject(), bookForms, &f, error))
            return false;
        parsed.fields << f;
    }
    if (parsed.fields.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("fb::DbError", "The form in the file has no fields."));
    if (DbError e = FormRules::check(parsed); e.isError()) {
        *error = e;
        return false;
    }
    *form = parsed;
    return true;
}

bool readFile(QIODevice &file, QByteArray *json, DbError *error) {
    *json = file.read(maxFileBytes + 1);
    if (json->size() <= maxFileBytes)
        return true;
    json->clear();
    *error = DbError(DbError::Kind::Validation,
                     QT_TRANSLATE_NOOP("fb::DbError",
                                       "The file is larger than %1 MB, more than any form file; "
                                       "it is not a form."),
                     {QString::number(maxFileBytes / (1024 * 1024))});
    return false;
}

} // namespace fb::FormJson
