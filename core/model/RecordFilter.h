#pragma once

#include "FormDef.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace fb {

// One condition on one field ("Count is at least 10"). The value has the field's value type
// (qlonglong, canonical decimal text, QDate…); Empty and NotEmpty take none.
struct FieldFilter {
    enum class Op { Equals, Contains, AtLeast, AtMost, Empty, NotEmpty };
    QString key;
    Op op = Op::Equals;
    QVariant value;

    static bool needsValue(Op op) { return op != Op::Empty && op != Op::NotEmpty; }
    bool operator==(const FieldFilter &) const = default;
};

// The conditions a person put together: records where all of them hold, or any of them.
// Built into SQL (with bound values) by RecordQuery; no condition means every record.
struct RecordFilter {
    enum class Match { All, Any };
    Match match = Match::All;
    QList<FieldFilter> conditions;

    bool isEmpty() const { return conditions.isEmpty(); }
    bool operator==(const RecordFilter &) const = default;

    // The operators that mean something for a field of `type`, in the order they are offered:
    // "is at least" for numbers and dates, "contains" for texts and multiple choices.
    static QList<FieldFilter::Op> opsFor(FieldType type);
    // Whether `condition` still means what it meant on `form` (its field is there, with a
    // type its operator fits, and its value is of that type).
    static bool fits(const FormDef &form, const FieldFilter &condition);
    // Without the conditions that no longer fit `form` (after a field was removed or its
    // type changed).
    RecordFilter fittedTo(const FormDef &form) const;

    // For keeping a filter between runs; values in their stored text form.
    QJsonObject toJson(const FormDef &form) const;
    static RecordFilter fromJson(const FormDef &form, const QJsonObject &json);
};

} // namespace fb
