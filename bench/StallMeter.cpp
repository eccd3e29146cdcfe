#include "StallMeter.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::bench {

void spinUntil(const std::function<bool()> &done) {
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

double StallMeter::idleLongestMs(double seconds) {
    StallMeter idle;
    bool over = false;
    QTimer::singleShot(int(seconds * 1000), [&] { over = true; });
    idle.start();
    spinUntil([&] { return over; });
    idle.stop();
    return idle.longestMs();
}

StallMeter::StallMeter() {
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(1);
    QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
        const qint64 gap = m_sinceBeat.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, gap);
        if (gap > 8'000'000)
            m_longGapsNs.push_back(gap);
        m_sinceBeat.restart();
    });
}

void StallMeter::start() {
    m_longestNs = 0;
    m_longGapsNs.clear();
    m_sinceBeat.start();
    m_heartbeat.start();
}

int StallMeter::gapsOver(double ms) const {
    return int(std::count_if(m_longGapsNs.begin(), m_longGapsNs.end(),
                             [ms](qint64 gap) { return gap > ms * 1e6; }));
}

} // namespace fb::bench
