#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fb {

enum class FieldType {
    Text,        // single line; maxLength, pattern
    LongText,    // several lines
    Integer,     // qlonglong; min/max
    Decimal,     // exact decimal kept as a canonical string; min/max, places
    Date,        // QDate
    Time,        // QTime
    DateTime,    // QDateTime, stored in UTC
    Bool,        // yes/no
    Choice,      // one of `choices`
    MultiChoice, // several of `choices`, a QStringList
    Reference,   // id of a record of `referenceFormId`
};

QString fieldTypeName(FieldType type); // stable name used in JSON and meta tables
bool fieldTypeFromName(const QString &name, FieldType *type);
QList<FieldType> allFieldTypes();

// One field of a form: its type and rules. `key` is the column name, a sanitised slug given
// when the field is created and kept through renames so stored data never moves.
struct FieldDef {
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    QString help;
    bool required = false;
    bool unique = false;
    QVariant defaultValue;
    int maxLength = 0; // 0: no limit
    QString pattern;   // a regular expression the whole text must match
    QVariant minimum;  // null: no limit; same value type as the field
    QVariant maximum;
    int places = 2; // decimals only
    QStringList choices;
    qint64 referenceFormId = 0;
    QMap<QString, QString> labelByLanguage; // per-language labels, e.g. "de" -> "Name"
    QMap<QString, QString> helpByLanguage;
    // Per-language display names of `choices`, in the same order. Stored values are always the
    // names in `choices`, so records stay the same whatever language they were entered in.
    QMap<QString, QStringList> choicesByLanguage;

    // A field the designer adds has no column yet. It keeps a draft key until the book names
    // it: "#" and a number, which no key holds (keys are slugs: a-z, 0-9 and _), so choices
    // made of it (the field that names records) survive until the form is created.
    static QString draftKey(int number);
    bool hasDraftKey() const { return key.startsWith(u'#'); }

    bool operator==(const FieldDef &) const = default;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::FieldDef)
