#include "FormDef.h"

namespace fb {

const FieldDef *FormDef::field(const QString &key) const {
    for (const FieldDef &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace fb
