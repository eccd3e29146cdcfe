#pragma once

#include <QFuture>

class QWidget;

namespace fb {

// "Save the changes to this record?" with Save (the default), Discard and Cancel (Escape).
// Window-modal on `parent`, without a nested event loop: the answer comes as a future.
namespace UnsavedChangesPrompt {
enum class Answer { Save, Discard, Cancel };
QFuture<Answer> ask(QWidget *parent);
} // namespace UnsavedChangesPrompt

} // namespace fb
