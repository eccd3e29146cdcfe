#pragma once

#include <QObject>

class QSocketNotifier;

namespace fb {

// Turns SIGTERM, SIGINT and SIGHUP (a logout, Ctrl+C, `kill`) into closing the windows, so
// queued saves are committed before the program ends instead of being cut off.
class QuitOnSignal : public QObject {
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

Q_SIGNALS:
    // One of the signals came (a command without windows stops its work on it).
    void received();

private:
    static void handle(int signal);
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fb
