#include "RecordExport.h"

#include "FormJson.h"
#include "FormTexts.h"
#include "ValueConversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

DbError cannotWrite(const QString &path, const QString &reason) {
    return DbError(DbError::Kind::Storage,
                   QT_TRANSLATE_NOOP("fb::DbError", "%1 cannot be written (%2)."),
                   {QDir::toNativeSeparators(path), reason});
}

ExportOptions ExportOptions::excel(const QLocale &locale) {
    ExportOptions options;
    options.dialect.bom = true;
    // A spreadsheet in a language that writes 2,5 reads "," as the decimal comma and wants ";".
    if (locale.decimalPoint() == u","_qs) {
        options.decimalPoint = u',';
        options.dialect.separator = u';';
    }
    options.guardFormulas = true;
    options.wordsForYesNo = true;
    options.localTimes = true;
    options.language = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    return options;
}

ExportOptions ExportOptions::rfc4180() {
    return {};
}

ExportOptions ExportOptions::xlsx(const QLocale &locale) {
    ExportOptions options;
    options.format = Format::Xlsx;
    options.language = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    return options;
}

ExportOptions ExportOptions::json() {
    ExportOptions options;
    options.format = Format::Json;
    return options;
}

RecordExporter::RecordExporter(FormDef form, ExportOptions options, QList<FormDef> bookForms)
    : m_form(std::move(form))
    , m_options(std::move(options))
    , m_bookForms(std::move(bookForms))
    , m_language(m_options.language.isEmpty() ? m_form.language : m_options.language) {
    if (m_options.columns.isEmpty() || m_options.format == ExportOptions::Format::Json) {
        m_fields = m_form.fields;
    } else {
        for (const QString &key : std::as_const(m_options.columns)) {
            if (const FieldDef *f = m_form.field(key))
                m_fields << *f;
        }
    }
}

namespace {

// Seconds always, milliseconds only where there are some: what a spreadsheet reads as a time.
QString timeText(QTime time) {
    return time.toString(time.msec() ? u"HH:mm:ss.zzz"_qs : u"HH:mm:ss"_qs);
}

bool isText(FieldType type) {
    return type == FieldType::Text || type == FieldType::LongText || type == FieldType::Choice ||
           type == FieldType::MultiChoice || type == FieldType::Reference;
}

} // namespace

QString RecordExporter::cell(const FieldDef &field, const QVariant &value) const {
    if (value.isNull() || !value.isValid())
        return {};
    QString text;
    switch (field.type) {
    case FieldType::Decimal:
        text = value.toString();
        if (m_options.decimalPoint != u'.')
            text.replace(u'.', m_options.decimalPoint);
        break;
    case FieldType::Time:
        text = timeText(value.toTime());
        break;
    case FieldType::DateTime:
        if (m_options.localTimes) {
            const QDateTime local = value.toDateTime().toLocalTime();
            text = local.date().toString(Qt::ISODate) + u' ' + timeText(local.time());
        } else {
            text = valueToText(field.type, value);
        }
        break;
    case FieldType::Bool:
        if (m_options.wordsForYesNo)
            text = value.toBool() ? QCoreApplication::translate("fb::RecordExporter", "yes")
                                  : QCoreApplication::translate("fb::RecordExporter", "no");
        else
            text = valueToText(field.type, value);
        break;
    case FieldType::Choice:
        text = FormTexts::choice(field, value.toString(), m_language);
        break;
    case FieldType::MultiChoice: {
        QStringList names;
        for (const QString &choice : value.toStringList())
            names << FormTexts::choice(field, choice, m_language);
        // ";" is what an import splits a multiple choice on; names may hold commas.
        text = names.join(u"; "_qs);
        break;
    }
    case FieldType::Reference:
        text = referenceName(field, value);
        break;
    default:
        text = valueToText(field.type, value);
    }
    return m_options.guardFormulas && isText(field.type) ? Csv::guardFormula(text) : text;
}

QString RecordExporter::referenceName(const FieldDef &field, const QVariant &value) const {
    return m_names.value({field.referenceFormId, value.toLongLong()});
}

QList<RecordExporter::RecordKey>
RecordExporter::referencedRecords(const QList<Record> &records) const {
    QList<RecordKey> keys;
    for (const FieldDef &f : m_fields) {
        if (f.type != FieldType::Reference)
            continue;
        for (const Record &r : records) {
            const QVariant v = r.values.value(f.key);
            if (v.isNull() || !v.isValid())
                continue;
            const RecordKey key{f.referenceFormId, v.toLongLong()};
            if (!m_names.contains(key) && !keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

void RecordExporter::name(const RecordKey &key, const Record &referenced) {
    QString name;
    for (const FormDef &target : std::as_const(m_bookForms)) {
        const FieldDef *shown = target.namingField();
        if (target.id != key.first || !shown)
            continue;
        // A reference naming a record by another reference would need another fetch; such a
        // record is named by its first text instead.
        if (shown->type == FieldType::Reference) {
            for (const FieldDef &f : target.fields) {
                if (f.type == FieldType::Text) {
                    shown = &f;
                    break;
                }
            }
        }
        if (shown->type != FieldType::Reference) {
            RecordExporter plain(target, m_options);
            plain.m_options.guardFormulas = false; // guarded once, as this cell's text
            name = plain.cell(*shown, referenced.values.value(shown->key)).simplified();
        }
    }
    m_names.insert(key, name);
}

void RecordExporter::nameMissing(const RecordKey &key) {
    m_names.insert(key, QString());
}

QByteArray RecordExporter::begin() {
    if (m_options.format == ExportOptions::Format::Json) {
        QByteArray head = R"({"format": "fieldbook-records", "version": 1, "form": )";
        head += FormJson::toJson(m_form, m_bookForms).trimmed();
        head += ",\n\"records\": [";
        return head;
    }
    QStringList header;
    for (const FieldDef &f : std::as_const(m_fields))
        header << FormTexts::label(f, m_language);
    QByteArray head = m_options.dialect.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    // A header is guarded too: a label is text the form's designer typed.
    if (m_options.guardFormulas) {
        for (QString &h : header)
            h = Csv::guardFormula(h);
    }
    return head + Csv::row(header, m_options.dialect).toUtf8();
}

QByteArray RecordExporter::records(const QList<Record> &records) {
    return m_options.format == ExportOptions::Format::Json ? jsonRecords(records)
                                                           : csvRows(records);
}

QByteArray RecordExporter::end() {
    return m_options.format == ExportOptions::Format::Json ? QByteArray("\n]}\n") : QByteArray();
}

QByteArray RecordExporter::csvRows(const QList<Record> &records) const {
    QString out;
    QStringList cells;
    for (const Record &r : records) {
        cells.clear();
        for (const FieldDef &f : m_fields)
            cells << cell(f, r.values.value(f.key));
        out += Csv::row(cells, m_options.dialect);
    }
    return out.toUtf8();
}

namespace {

QString utcText(const QDateTime &moment) {
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray RecordExporter::jsonRecords(const QList<Record> &records) {
    QByteArray out;
    for (const Record &r : records) {
        QJsonObject values;
        for (const FieldDef &f : std::as_const(m_fields)) {
            const QVariant v = r.values.value(f.key);
            QJsonValue j = QJsonValue::Null;
            if (!v.isNull() && v.isValid()) {
                switch (f.type) {
                case FieldType::Integer:
                    j = QJsonValue(v.toLongLong());
                    break;
                case FieldType::Bool:
                    j = v.toBool();
                    break;
                case FieldType::MultiChoice:
                    j = QJsonArray::fromStringList(v.toStringList());
                    break;
                case FieldType::Reference:
                    j = QJsonObject{{u"record"_qs, QJsonValue(v.toLongLong())},
                                    {u"name"_qs, referenceName(f, v)}};
                    break;
                default: // texts, decimals (exact, as text), dates and times (ISO 8601, UTC)
                    j = valueToText(f.type, v);
                }
            }
            values.insert(f.key, j);
        }
        QJsonObject o{{u"id"_qs, QJsonValue(r.id)},
                      {u"uuid"_qs, r.uuid},
                      {u"createdAt"_qs, utcText(r.createdAt)},
                      {u"updatedAt"_qs, utcText(r.updatedAt)},
                      {u"values"_qs, values}};
        if (r.deletedAt.isValid())
            o.insert(u"deletedAt"_qs, utcText(r.deletedAt));
        out += m_firstRecord ? "\n" : ",\n";
        m_firstRecord = false;
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return out;
}

} // namespace fb
