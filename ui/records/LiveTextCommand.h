#pragma once

#include "LiveText.h"

#include <QUndoCommand>

class QUndoStack;

namespace fb {

// An undo command whose text is made afresh in the current language, so that Edit → Undo
// says it in the language switched to (setText alone would keep the old language's words).
class LiveTextCommand : public QUndoCommand {
public:
    explicit LiveTextCommand(LiveText text);
    void retranslate();
    // Every LiveTextCommand on `stack`, after a language change.
    static void retranslateAll(QUndoStack *stack);

private:
    LiveText m_text;
};

} // namespace fb
