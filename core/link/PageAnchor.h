#pragma once

#include "BookSpec.h"
#include "FormDef.h"
#include "Record.h"

#include <QVariant>

namespace fb {

// The anchor of a keyset page (PageQuery::anchorValue): a record's sort value as the book
// stores it (SQLite: dates as ISO text, yes/no as 0/1...), the same value RecordQuery::sortValue
// gives on the database thread. Computed from a record the table already has; no SQL.
namespace PageAnchor {
QVariant of(BookSpec::Backend backend, const FormDef &form, const QString &sortKey,
            const Record &record);
} // namespace PageAnchor

} // namespace fb
