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

    // Bounds every value meets, documented in docs/form-format.md. A single line fits
    // PostgreSQL's index rows (500 characters are at most 2,000 bytes of UTF-8).
    static constexpr int maxLineLength = 500;
    static constexpr int maxLongTextLength = 1'000'000;
    static constexpr int maxWholeDigits = 30;
    // The most characters any text of this type may have.
    static constexpr int lengthCeiling(FieldType type) {
        return type == FieldType::Text ? maxLineLength : maxLongTextLength;
    }
    // The most characters a text of this field may have: its own limit within the ceiling.
    static qsizetype lengthLimit(const FieldDef &field);
    // Characters as both databases count them: code points, not UTF-16 units (an emoji is one).
    static qsizetype characters(const QString &text);
};

} // namespace fb
