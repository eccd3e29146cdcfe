#pragma once

#include "DbError.h"
#include "FormDef.h"

#include <QVariant>

namespace fb {

// The one set of rules for field values. The form calls it while a person types; the worker
// calls it again before every write, so values that come from anywhere meet the same rules.
class Validator {
public:
    struct Result {
        QVariant value; // normalised: the field type's value type, or null for empty
        DbError error;
    };

    // `label` names the field in messages (the label in the interface language).
    static Result validate(const FieldDef &field, const QVariant &value, const QString &label);
    static Result validate(const FieldDef &field, const QVariant &value) {
        return validate(field, value, field.label);
    }

    // Validates every field of `values`; returns the normalised values or the first error.
    static DbError validateRecord(const FormDef &form, QVariantMap *values);

    static bool isEmpty(const QVariant &value);
};

} // namespace fb
