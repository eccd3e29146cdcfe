#include "PageAnchor.h"

#include "SqlDialect.h"

namespace fb::PageAnchor {

QVariant of(BookSpec::Backend backend, const FormDef &form, const QString &sortKey,
            const Record &record) {
    // Value encoding needs no driver: only quoting identifiers does, and nothing is quoted here.
    const SqlDialect dialect(backend);
    if (const FieldDef *field = form.field(sortKey))
        return dialect.toStorage(*field, record.values.value(field->key));
    if (sortKey == u"created_at")
        return dialect.timestamp(record.createdAt);
    if (sortKey == u"updated_at")
        return dialect.timestamp(record.updatedAt);
    return {};
}

} // namespace fb::PageAnchor
