#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fb::test {

// What a program run by runProgram() did.
struct ProgramRun {
    bool started = false;  // the program could be started
    bool finished = false; // it ended by itself within the time given
    int exitCode = -1;     // its exit code, when it exited normally
    QByteArray out;        // its standard output
    QByteArray err;        // its standard error (empty with mergeChannels: all is in `out`)

    QString errText() const { return QString::fromLocal8Bit(err); }
    QString outText() const { return QString::fromLocal8Bit(out); }
};

// Runs `program` (looked up in PATH when it holds no slash) with `arguments` and waits for it
// to end, killing it after `timeoutMs`.
//
// Tests use this instead of QProcess: Qt 6.4 starts programs with clone(CLONE_VM|CLONE_VFORK),
// which GCC 12's ThreadSanitizer intercepts as a fork; its handling of the child, which shares
// the test's memory, spoils the test's own synchronisation records, and every later lock
// handover in that test is reported as a data race (a twenty-line program with one mutex and
// one QProcess shows it). posix_spawn is intercepted as what it is.
ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                      bool mergeChannels = false);

} // namespace fb::test
