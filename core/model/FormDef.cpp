#include "FormDef.h"

namespace fb {

const FieldDef *FormDef::namingField() const {
    const FieldDef *shown = field(displayField);
    return shown || fields.isEmpty() ? shown : &fields.front();
}

const FieldDef *FormDef::field(const QString &key) const {
    for (const FieldDef &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

qsizetype FormDef::fieldIndex(const QString &key) const {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace fb
