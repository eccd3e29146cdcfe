#include "FieldEditorFactory.h"

#include "BoolFieldEditor.h"
#include "ChoiceFieldEditor.h"
#include "LineFieldEditor.h"
#include "LongTextFieldEditor.h"
#include "MultiChoiceFieldEditor.h"
#include "NumberFieldEditor.h"
#include "ReferenceFieldEditor.h"
#include "TemporalFieldEditor.h"

namespace fb::FieldEditorFactory {

FieldEditor *create(const FieldDef &field, Database *database, QWidget *parent) {
    switch (field.type) {
    case FieldType::Text:
        return new LineFieldEditor(field, parent);
    case FieldType::LongText:
        return new LongTextFieldEditor(field, parent);
    case FieldType::Integer:
    case FieldType::Decimal:
        return new NumberFieldEditor(field, parent);
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::DateTime:
        return new TemporalFieldEditor(field, parent);
    case FieldType::Bool:
        return new BoolFieldEditor(field, parent);
    case FieldType::Choice:
        return new ChoiceFieldEditor(field, parent);
    case FieldType::MultiChoice:
        return new MultiChoiceFieldEditor(field, parent);
    case FieldType::Reference:
        return new ReferenceFieldEditor(field, database, parent);
    }
    return new LineFieldEditor(field, parent);
}

} // namespace fb::FieldEditorFactory
