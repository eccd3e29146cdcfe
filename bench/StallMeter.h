#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

#include <functional>

namespace fb::bench {

// Runs this thread's event loop until `done` says so.
void spinUntil(const std::function<bool()> &done);

// The longest gap between beats of a 1 ms timer on this thread's event loop: how long the
// loop was kept from handling anything else (input, painting) while it ran.
class StallMeter {
public:
    StallMeter();
    void start();
    void stop() { m_heartbeat.stop(); }
    double longestMs() const { return m_longestNs / 1e6; }
    int gapsOver(double ms) const; // how many gaps were longer than `ms`

    // The longest gap of the same heartbeat with nothing to do for `seconds`: what the machine
    // itself adds, to print beside a stall measured during work as long.
    static double idleLongestMs(double seconds);

private:
    QTimer m_heartbeat;
    QElapsedTimer m_sinceBeat;
    qint64 m_longestNs = 0;
    std::vector<qint64> m_longGapsNs; // over 8 ms, few
};

} // namespace fb::bench
