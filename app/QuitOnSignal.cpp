#include "QuitOnSignal.h"

#include <QApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace fb {

namespace {
int fds[2] = {-1, -1}; // written by the signal handler, read in the event loop
}

QuitOnSignal::QuitOnSignal(QObject *parent)
    : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return;
    m_notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onSignal);
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        sigaction(s, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal() {
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        std::signal(s, SIG_DFL);
    ::close(fds[0]);
    ::close(fds[1]);
}

void QuitOnSignal::handle(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(fds[0], &byte, 1); // async-signal-safe
}

void QuitOnSignal::onSignal() {
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(fds[1], &byte, 1);
    Q_EMIT received();
    // Closing drains and commits; the program ends when the last window has closed.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::closeAllWindows();
}

} // namespace fb
