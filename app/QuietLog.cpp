#include "QuietLog.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace fb {

namespace {
QtMessageHandler previous = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (previous)
        previous(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

void hideLogUnlessDebugging() {
    if (qEnvironmentVariableIsSet("FIELDBOOK_DEBUG"))
        return;
    previous = qInstallMessageHandler(quietHandler);
}

} // namespace fb
