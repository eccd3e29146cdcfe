#pragma once

#include "FormDef.h"

namespace fb::bench {

// Creates a SQLite book at `path` with the five-column form holding `rows` records, saved
// through the core (RecordStore: validated, the product's own inserts) in one transaction on
// this thread's own connection, before any window opens. (A benchmark is not the product;
// the product never runs SQL on its GUI thread.)
FormDef createFilledBook(const QString &path, const QString &formName, int rows);

} // namespace fb::bench
