#include "StallMeter.h"

namespace fb::bench {

StallMeter::StallMeter() {
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(1);
    QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
        m_longestNs = std::max(m_longestNs, m_sinceBeat.nsecsElapsed());
        m_sinceBeat.restart();
    });
}

void StallMeter::start() {
    m_longestNs = 0;
    m_sinceBeat.start();
    m_heartbeat.start();
}

} // namespace fb::bench
