#include "LiveTextCommand.h"

#include <QUndoStack>

namespace fb {

LiveTextCommand::LiveTextCommand(LiveText text)
    : m_text(std::move(text)) {
    setText(m_text());
}

void LiveTextCommand::retranslate() {
    setText(m_text());
}

void LiveTextCommand::retranslateAll(QUndoStack *stack) {
    for (int i = 0; i < stack->count(); ++i) {
        // The stack hands its commands out as const; they are ours, made non-const by new.
        if (auto *command = dynamic_cast<const LiveTextCommand *>(stack->command(i)))
            const_cast<LiveTextCommand *>(command)->retranslate();
    }
}

} // namespace fb
