#pragma once

#include <QString>

#include <functional>

namespace fb {

// A user-visible text made afresh in the current language each time it is shown: a message
// still on screen when the person switches language is shown again in the new one.
using LiveText = std::function<QString()>;

} // namespace fb
