#include "ProgramRun.h"

#include <QElapsedTimer>

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ; // NOLINT(readability-redundant-declaration): POSIX leaves it undeclared

namespace fb::test {

namespace {

// A pipe whose ends close themselves.
class Pipe {
public:
    Pipe() {
        if (::pipe2(m_fds.data(), O_CLOEXEC) != 0)
            m_fds = {-1, -1};
    }
    ~Pipe() {
        closeRead();
        closeWrite();
    }
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    int readEnd() const { return m_fds[0]; }
    int writeEnd() const { return m_fds[1]; }
    void closeRead() { closeFd(m_fds[0]); }
    void closeWrite() { closeFd(m_fds[1]); }

private:
    static void closeFd(int &fd) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    std::array<int, 2> m_fds{-1, -1};
};

// Reads what is there from `fd` into `into`; false once the other end is closed.
bool drain(int fd, QByteArray &into) {
    std::array<char, 65536> buffer{};
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n > 0) {
        into.append(buffer.data(), n);
        return true;
    }
    return n < 0 && (errno == EINTR || errno == EAGAIN);
}

} // namespace

ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs,
                      bool mergeChannels) {
    ProgramRun run;
    Pipe out;
    Pipe err;
    if (!out.isValid() || !err.isValid())
        return run;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.writeEnd(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, mergeChannels ? out.writeEnd() : err.writeEnd(),
                                     STDERR_FILENO);

    std::vector<QByteArray> owned;
    owned.reserve(arguments.size() + 1);
    owned.push_back(program.toLocal8Bit());
    for (const QString &argument : arguments)
        owned.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    argv.reserve(owned.size() + 1);
    for (QByteArray &argument : owned)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;
    out.closeWrite();
    err.closeWrite();

    QElapsedTimer clock;
    clock.start();
    std::array<pollfd, 2> watched{pollfd{out.readEnd(), POLLIN, 0},
                                  pollfd{err.readEnd(), POLLIN, 0}};
    bool outOpen = true;
    bool errOpen = true;
    bool killed = false;
    while (outOpen || errOpen) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            ::kill(pid, SIGKILL);
            killed = true;
            break;
        }
        watched[0].fd = outOpen ? out.readEnd() : -1;
        watched[1].fd = errOpen ? err.readEnd() : -1;
        if (::poll(watched.data(), watched.size(), static_cast<int>(left)) < 0 && errno != EINTR)
            break;
        if (outOpen && (watched[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0)
            outOpen = drain(out.readEnd(), run.out);
        if (errOpen && (watched[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0)
            errOpen = drain(err.readEnd(), run.err);
    }
    if (!killed && (outOpen || errOpen))
        ::kill(pid, SIGKILL); // poll failed: do not wait for ever
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.finished = !killed && WIFEXITED(status);
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    return run;
}

} // namespace fb::test
