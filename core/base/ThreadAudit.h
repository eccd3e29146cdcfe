#pragma once

#include <QStringList>

namespace fb {

// Records the names of the threads that have run SQL, so the rule "no SQL on the GUI thread"
// can be checked in a running program (and is, by the tests). Cheap: one lock per thread.
namespace ThreadAudit {
void noteSql();
QStringList sqlThreads();
} // namespace ThreadAudit

} // namespace fb
