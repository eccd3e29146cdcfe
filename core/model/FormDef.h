#pragma once

#include "FieldDef.h"

#include <QList>

namespace fb {

// A form: a named, ordered set of fields, stored as one table.
struct FormDef {
    qint64 id = 0;
    QString name;
    QString table;        // sanitised slug of the name, fixed at creation
    QString displayField; // key of the field that names a record in references
    QString language;     // the language labels are written in
    QMap<QString, QString> nameByLanguage;
    QList<FieldDef> fields;

    const FieldDef *field(const QString &key) const;
    // The field that names a record (in references, lists, undo texts): the display field,
    // else the first; null for a form without fields.
    const FieldDef *namingField() const;
    qsizetype fieldIndex(const QString &key) const; // -1 when no field has that key
    bool operator==(const FormDef &) const = default;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::FormDef)
