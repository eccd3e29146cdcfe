#pragma once

#include "DbError.h"
#include "FormDef.h"

namespace fb::FormRules {

// The bounds every form keeps, wherever it comes from (a form file, the designer, a request,
// another book). docs/form-format.md lists them; the Validator holds the value bounds.
constexpr int maxFields = 500;
constexpr int maxNameLength = 200; // a form's name, a field's label, a choice's name
constexpr int maxHelpLength = 2000;
constexpr int maxPatternLength = 1000;
constexpr int maxPlaces = 20;
constexpr int maxChoices = 1000;
constexpr int maxLanguages = 100;

// The first rule `form` breaks, naming the field, or no error.
DbError check(const FormDef &form);
// No other form of `forms` has the name of `form` (ignoring case and outer spaces): two
// forms a person cannot tell apart in the list.
DbError checkNameFree(const FormDef &form, const QList<FormDef> &forms);

} // namespace fb::FormRules
