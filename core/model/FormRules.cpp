#include "FormRules.h"

#include "FormTexts.h"
#include "Validator.h"

#include <QRegularExpression>
#include <QSet>

namespace fb::FormRules {

namespace {

using Kind = DbError::Kind;

DbError refuse(const FieldDef &f, const char *source, QStringList more = {}) {
    QStringList args{f.label};
    args += more;
    return DbError(Kind::Validation, source, args, {}, f.key);
}

// Text a book can keep as it is: valid UTF-16 without NUL, within `limit` characters.
bool storable(const QString &text, int limit) {
    return text.isValidUtf16() && !text.contains(QChar(u'\0')) && text.size() <= limit;
}

bool validLanguageCode(const QString &code) {
    static const QRegularExpression re(u"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$"_qs);
    return re.match(code).hasMatch();
}

DbError checkTranslations(const FieldDef *f, const QString &formName,
                          const QMap<QString, QString> &byLanguage, int limit) {
    if (byLanguage.size() > maxLanguages)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError", "%1 has texts in more than %2 languages."),
                       {f ? f->label : formName, QString::number(maxLanguages)}, {},
                       f ? f->key : QString());
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        if (!validLanguageCode(it.key()) || !storable(it.value(), limit))
            return DbError(
                Kind::Validation,
                QT_TRANSLATE_NOOP("fb::DbError",
                                  "%1 has a text in the language “%2” that cannot be used "
                                  "(a language code such as “de”, and at most %3 characters)."),
                {f ? f->label : formName, it.key().left(20), QString::number(limit)}, {},
                f ? f->key : QString());
    }
    return {};
}

DbError checkChoices(const FieldDef &f) {
    const bool hasChoices = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
    if (!hasChoices)
        return {};
    if (f.choices.isEmpty() || f.choices.size() > maxChoices)
        return refuse(f, QT_TRANSLATE_NOOP("fb::DbError", "%1 needs between 1 and %2 choices."),
                      {QString::number(maxChoices)});
    QSet<QString> seen;
    for (const QString &c : f.choices) {
        if (c.trimmed().isEmpty() || !storable(c, maxNameLength))
            return refuse(f,
                          QT_TRANSLATE_NOOP("fb::DbError",
                                            "%1 has a choice that is empty, longer than %2 "
                                            "characters or holds a character that cannot be "
                                            "stored."),
                          {QString::number(maxNameLength)});
        if (seen.contains(c))
            return refuse(f, QT_TRANSLATE_NOOP("fb::DbError", "%1 offers the choice “%2” twice."),
                          {c});
        seen.insert(c);
    }
    return {};
}

DbError checkLimits(const FieldDef &f) {
    const int lengthCeiling = Validator::lengthCeiling(f.type);
    if (f.maxLength < 0 || f.maxLength > lengthCeiling)
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError", "The maximum length of %1 must be 0 to %2."),
                      {QString::number(lengthCeiling)});
    if (f.places < 0 || f.places > maxPlaces)
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError", "The decimal places of %1 must be 0 to %2."),
                      {QString::number(maxPlaces)});
    if (f.pattern.size() > maxPatternLength || !storable(f.pattern, maxPatternLength) ||
        (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid()))
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError",
                                        "The pattern of %1 is not a valid regular expression "
                                        "of at most %2 characters."),
                      {QString::number(maxPatternLength)});
    // Each limit and the default must be a value of the field's own type and rules.
    FieldDef loose = f;
    loose.required = false;
    loose.minimum = loose.maximum = QVariant();
    for (const QVariant *rule : {&f.minimum, &f.maximum}) {
        if (!rule->isNull() && Validator::validate(loose, *rule).error.isError())
            return refuse(f, QT_TRANSLATE_NOOP("fb::DbError",
                                               "Field %1 has a rule that does not fit its type."));
    }
    if (!f.minimum.isNull() && !f.maximum.isNull()) {
        FieldDef upTo = loose;
        upTo.maximum = f.maximum;
        if (Validator::validate(upTo, f.minimum).error.isError())
            return refuse(
                f, QT_TRANSLATE_NOOP("fb::DbError", "The minimum of %1 is above its maximum."));
    }
    if (!f.defaultValue.isNull() && !Validator::isEmpty(f.defaultValue) &&
        Validator::validate(f, f.defaultValue).error.isError())
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError", "The default of %1 breaks its own rules."));
    return {};
}

DbError checkField(const FieldDef &f) {
    if (f.label.trimmed().isEmpty() || !storable(f.label, maxNameLength))
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Every field needs a label of at most %1 characters "
                                         "(“%2” cannot be used)."),
                       {QString::number(maxNameLength), f.label.left(maxNameLength)}, {}, f.key);
    if (!storable(f.help, maxHelpLength))
        return refuse(
            f,
            QT_TRANSLATE_NOOP("fb::DbError", "The help text of %1 must be at most %2 characters."),
            {QString::number(maxHelpLength)});
    if (f.type == FieldType::Reference && f.referenceFormId <= 0)
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError", "%1 refers to a form that does not exist."));
    if (DbError e = checkTranslations(&f, {}, f.labelByLanguage, maxNameLength); e.isError())
        return e;
    if (DbError e = checkTranslations(&f, {}, f.helpByLanguage, maxHelpLength); e.isError())
        return e;
    if (f.choicesByLanguage.size() > maxLanguages)
        return refuse(f,
                      QT_TRANSLATE_NOOP("fb::DbError", "%1 has texts in more than %2 languages."),
                      {QString::number(maxLanguages)});
    if (DbError e = checkChoices(f); e.isError())
        return e;
    return checkLimits(f);
}

} // namespace

DbError check(const FormDef &form) {
    if (form.name.trimmed().isEmpty() || !storable(form.name, maxNameLength))
        return DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError", "A form needs a name of at most %1 characters."),
            {QString::number(maxNameLength)});
    if (!form.language.isEmpty() && !validLanguageCode(form.language))
        return DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError", "The form's language must be a code such as “en”."));
    if (DbError e = checkTranslations(nullptr, form.name, form.nameByLanguage, maxNameLength);
        e.isError())
        return e;
    if (form.fields.isEmpty() || form.fields.size() > maxFields)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError", "A form has between 1 and %1 fields."),
                       {QString::number(maxFields)});
    for (const FieldDef &f : form.fields) {
        if (DbError e = checkField(f); e.isError())
            return e;
    }
    return FormTexts::check(form);
}

DbError checkNameFree(const FormDef &form, const QList<FormDef> &forms) {
    const QString name = form.name.trimmed();
    for (const FormDef &other : forms) {
        if (other.id != form.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return DbError(Kind::Validation,
                           QT_TRANSLATE_NOOP("fb::DbError",
                                             "The book already has a form named “%1”; give this "
                                             "one another name."),
                           {name});
    }
    return {};
}

} // namespace fb::FormRules
