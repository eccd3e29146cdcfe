#pragma once

class QWidget;

namespace fb {

// "Save the changes to this record?" with Save, Discard and Cancel.
namespace UnsavedChangesPrompt {
enum class Answer { Save, Discard, Cancel };
Answer ask(QWidget *parent);
} // namespace UnsavedChangesPrompt

} // namespace fb
