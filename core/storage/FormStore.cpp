#include "FormStore.h"

#include "FormRules.h"
#include "Slug.h"
#include "SqlStatements.h"

#include "TranslationMaps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A null QString binds as SQL NULL; the meta tables want '' for "none".
QString text(const QString &s) {
    return s.isNull() ? QString(u""_qs) : s;
}

QVariant textOrNull(const QVariant &v) {
    if (v.isNull() || !v.isValid())
        return QVariant(QMetaType::fromType<QString>());
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::QStringList)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v.toStringList()))
                                     .toJson(QJsonDocument::Compact));
    return v.toString();
}

// Rules are stored as text and read back in the field type's value type.
QVariant ruleFromText(FieldType type, const QVariant &stored) {
    if (stored.isNull())
        return {};
    const QString text = stored.toString();
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return text.toLongLong();
    case FieldType::Date:
        return QDate::fromString(text, Qt::ISODate);
    case FieldType::Time:
        return QTime::fromString(text, Qt::ISODateWithMs);
    case FieldType::DateTime:
        return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    case FieldType::Bool:
        return text == u"true" || text == u"1";
    case FieldType::MultiChoice:
        return QJsonDocument::fromJson(text.toUtf8()).array().toVariantList();
    default:
        return text;
    }
}

} // namespace

DbError FormStore::load(QList<FormDef> *forms) {
    const SqlStatements st(m_sql.dialect());
    forms->clear();
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(st.selectForms(), {}, &q); e.isError())
        return e;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        FormDef f;
        f.id = q->value(0).toLongLong();
        f.name = q->value(1).toString();
        f.table = q->value(2).toString();
        f.displayField = q->value(3).toString();
        f.language = q->value(4).toString();
        f.nameByLanguage = translationsFromJson(
            QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object().value(u"name"));
        index.insert(f.id, forms->size());
        forms->append(f);
    }
    q->finish();
    if (DbError e = m_sql.execPrepared(st.selectFields(), {}, &q); e.isError())
        return e;
    while (q->next()) {
        const auto it = index.constFind(q->value(0).toLongLong());
        if (it == index.cend())
            continue;
        FieldDef f;
        f.key = q->value(1).toString();
        f.label = q->value(2).toString();
        fieldTypeFromName(q->value(3).toString(), &f.type);
        f.help = q->value(4).toString();
        f.required = q->value(5).toBool();
        f.unique = q->value(6).toBool();
        f.defaultValue = ruleFromText(f.type, q->value(7));
        f.maxLength = q->value(8).toInt();
        f.pattern = q->value(9).toString();
        f.minimum = ruleFromText(f.type, q->value(10));
        f.maximum = ruleFromText(f.type, q->value(11));
        f.places = q->value(12).toInt();
        const QJsonArray choices =
            QJsonDocument::fromJson(q->value(13).toString().toUtf8()).array();
        for (const auto &c : choices)
            f.choices << c.toString();
        f.referenceFormId = q->value(14).toLongLong();
        const QJsonObject tr = QJsonDocument::fromJson(q->value(15).toString().toUtf8()).object();
        f.labelByLanguage = translationsFromJson(tr.value(u"label"));
        f.helpByLanguage = translationsFromJson(tr.value(u"help"));
        f.choicesByLanguage = listTranslationsFromJson(tr.value(u"choices"));
        (*forms)[*it].fields.append(f);
    }
    q->finish();
    // A book written by another program could hold rules no form file or window may give;
    // such a form is refused here rather than met by the first save.
    for (const FormDef &form : std::as_const(*forms)) {
        if (const DbError e = FormRules::check(form); e.isError())
            return DbError(
                DbError::Kind::Storage,
                QT_TRANSLATE_NOOP("fb::DbError", "The form “%1” in this book cannot be used: %2"),
                {form.name, e.message()}, e.toLogString(), e.field());
    }
    return {};
}

void FormStore::assignIdentifiers(FormDef *form, const QList<FormDef> &existing) {
    // Names are made here, never taken: a key or table from a form file or a request is only
    // a wish, turned into a slug like any label.
    QSet<QString> tables;
    for (const FormDef &f : existing)
        tables.insert(f.table);
    form->table = makeSlug(form->table.isEmpty() ? form->name : form->table, tables);
    SlugMaker keys;
    const qsizetype display = form->fieldIndex(form->displayField);
    for (FieldDef &field : form->fields)
        field.key = keys.make(field.key.isEmpty() || field.hasDraftKey() ? field.label : field.key);
    if (display >= 0)
        form->displayField = form->fields.at(display).key;
    else if (!form->fields.isEmpty())
        form->displayField = form->fields.front().key;
}

DbError FormStore::insertFields(const FormDef &form) {
    const SqlStatements st(m_sql.dialect());
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const FieldDef &f = form.fields.at(i);
        const QString tr = compact({{u"label"_qs, translationsToJson(f.labelByLanguage)},
                                    {u"help"_qs, translationsToJson(f.helpByLanguage)},
                                    {u"choices"_qs, listTranslationsToJson(f.choicesByLanguage)}});
        const QVariantList binds{form.id,
                                 int(i),
                                 f.key,
                                 text(f.label),
                                 fieldTypeName(f.type),
                                 text(f.help),
                                 int(f.required),
                                 int(f.unique),
                                 textOrNull(f.defaultValue),
                                 f.maxLength,
                                 text(f.pattern),
                                 textOrNull(f.minimum),
                                 textOrNull(f.maximum),
                                 f.places,
                                 textOrNull(f.choices),
                                 f.referenceFormId ? QVariant(f.referenceFormId)
                                                   : QVariant(QMetaType::fromType<qlonglong>()),
                                 tr};
        QSqlQuery *q = nullptr;
        if (DbError e = m_sql.execPrepared(st.insertField(), binds, &q); e.isError())
            return e;
    }
    return {};
}

DbError FormStore::rewriteMeta(const FormDef &form) {
    const SqlStatements st(m_sql.dialect());
    const QString translations = compact({{u"name"_qs, translationsToJson(form.nameByLanguage)}});
    if (DbError e = m_sql.exec(st.updateForm(), {text(form.name), text(form.displayField),
                                                 text(form.language), translations, form.id});
        e.isError())
        return e;
    if (DbError e = m_sql.exec(st.deleteFields(), {form.id}); e.isError())
        return e;
    return insertFields(form);
}

DbError FormStore::create(FormDef *form, const QList<FormDef> &existing) {
    assignIdentifiers(form, existing);
    const SqlStatements st(m_sql.dialect());
    QMap<qint64, QString> tables;
    for (const FormDef &f : existing)
        tables.insert(f.id, f.table);
    for (const FieldDef &f : form->fields) {
        if (f.type == FieldType::Reference && !tables.contains(f.referenceFormId))
            return DbError(
                DbError::Kind::Validation,
                QT_TRANSLATE_NOOP("fb::DbError", "%1 refers to a form that does not exist."),
                {f.label}, {}, f.key);
    }
    const QString translations = compact({{u"name"_qs, translationsToJson(form->nameByLanguage)}});
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(st.insertForm(),
                                       {text(form->name), form->table, text(form->displayField),
                                        text(form->language), translations},
                                       &q);
        e.isError())
        return e;
    form->id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    if (DbError e = insertFields(*form); e.isError())
        return e;
    if (DbError e = m_sql.exec(st.createTable(*form, tables)); e.isError())
        return e;
    for (const QString &index : st.createIndexes(*form)) {
        if (DbError e = m_sql.exec(index); e.isError())
            return e;
    }
    return {};
}

} // namespace fb
