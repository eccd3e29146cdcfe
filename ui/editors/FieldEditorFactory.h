#pragma once

#include "FieldEditor.h"

namespace fb {

class Database;

// The editor for a field's type. `database` serves reference look-ups; it may be null
// (a preview), in which case a reference can only be typed as a record number.
namespace FieldEditorFactory {
FieldEditor *create(const FieldDef &field, Database *database, QWidget *parent);
} // namespace FieldEditorFactory

} // namespace fb
