#pragma once

#include <QFileDialog>

namespace fb {

// A file dialog to open() (never exec(): no nested event loop under a coroutine), that deletes
// itself when closed and is Qt's own, not the platform's: the same everywhere, and a test can
// fill it in. `name` is its object name, for tests.
QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &name);

} // namespace fb
