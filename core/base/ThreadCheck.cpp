#include "ThreadCheck.h"

#include <QObject>
#include <QThread>

namespace fb {

namespace {
QByteArray nameOf(const QThread *thread) {
    if (!thread)
        return QByteArrayLiteral("no thread");
    const QString name = thread->objectName();
    return (name.isEmpty() ? QStringLiteral("unnamed") : name).toUtf8() + " (" +
           QByteArray::number(quintptr(thread), 16) + ')';
}
} // namespace

void requireThreadOf(const QObject *object, const char *where) {
    const QThread *here = QThread::currentThread();
    if (object && here == object->thread())
        return;
    qFatal("%s ran on thread %s, not on the thread of its object, %s", where,
           nameOf(here).constData(), object ? nameOf(object->thread()).constData() : "(no object)");
}

} // namespace fb
