#pragma once

#include "FormDef.h"

namespace fb {

// Ready-made forms offered when a person creates one, in the interface's language.
namespace FormTemplates {
QList<FormDef> all();
} // namespace FormTemplates

} // namespace fb
