#pragma once

#include "FormDef.h"
#include "Record.h"

namespace fb::bench {

// The benchmark's schema: five typed columns.
FormDef fiveColumnForm();
Record fiveColumnRecord(int i);

} // namespace fb::bench
