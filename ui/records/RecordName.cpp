#include "RecordName.h"

#include "DisplayText.h"

namespace fb::RecordName {

QString of(const FormDef &form, const QVariantMap &values, const QLocale &locale) {
    const FieldDef *shown = form.namingField();
    return shown ? DisplayText::of(*shown, values.value(shown->key), locale).simplified()
                 : QString();
}

} // namespace fb::RecordName
