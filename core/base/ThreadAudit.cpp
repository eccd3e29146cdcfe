#include "ThreadAudit.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace fb::ThreadAudit {

namespace {
QMutex mutex;
QStringList names;
} // namespace

void noteSql() {
    thread_local bool noted = false;
    if (noted)
        return;
    noted = true;
    QThread *current = QThread::currentThread();
    QString name = current->objectName();
    if (QCoreApplication::instance() && current == QCoreApplication::instance()->thread())
        name = QStringLiteral("gui");
    const QMutexLocker lock(&mutex);
    names << name;
}

QStringList sqlThreads() {
    const QMutexLocker lock(&mutex);
    return names;
}

} // namespace fb::ThreadAudit
