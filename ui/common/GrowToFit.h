#pragma once

class QWidget;

namespace fb {

// Grows `window`, never shrinks it, so that its layout's contents show whole, wrapped labels
// included, within the screen. After a language switch the new texts may be longer than the
// ones the window was sized for, and a top-level window does not grow by itself.
void growToFit(QWidget *window);
// Grows `window`'s width to `width`, never shrinks it, within the screen.
void growToWidth(QWidget *window, int width);

} // namespace fb
