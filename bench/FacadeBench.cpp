#include "FacadeBench.h"

#include "BenchSchema.h"
#include "StallMeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace fb::bench {

namespace {

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(size_t(p * double(values.size() - 1)));
}

// An object on its own thread that answers a queued call with a queued call: the bare round
// trip that the facade's latency is compared with.
class Echo : public QObject {
public:
    void ping(QObject *replyTo, std::function<void()> done) {
        QMetaObject::invokeMethod(replyTo, std::move(done), Qt::QueuedConnection);
    }
};

} // namespace

FacadeBench::FacadeBench(const BookSpec &spec) {
    m_db.open(spec);
    spinUntil([&] { return m_db.state() != BookState::Opening; });
    if (m_db.state() != BookState::Open)
        qFatal("cannot open the benchmark book: %s", qPrintable(m_db.lastError().toLogString()));
    auto created = m_db.createForm(fiveColumnForm());
    spinUntil([&] { return created.isFinished(); });
    m_form = created.result().value;
}

SaveFigures FacadeBench::saveThroughput(int saves) {
    SaveFigures figures;
    int acknowledged = 0;
    StallMeter stalls;
    QObject::connect(&m_db, &Database::recordWritten, &m_db,
                     [&](const SavedRecord &) { ++acknowledged; });

    QElapsedTimer timer;
    timer.start();
    stalls.start();
    // A person's window sends requests between other events: a slice per event-loop turn.
    int sent = 0;
    constexpr int slice = 100;
    while (acknowledged < saves) {
        for (int i = 0; i < slice && sent < saves; ++i, ++sent)
            m_db.saveRecord(m_form.id, fiveColumnRecord(sent));
        QCoreApplication::processEvents(sent < saves ? QEventLoop::AllEvents
                                                     : QEventLoop::AllEvents |
                                                           QEventLoop::WaitForMoreEvents);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    stalls.stop();
    figures.rate = saves / seconds;
    figures.longestStallMs = stalls.longestMs();
    return figures;
}

Latency FacadeBench::roundTrips(int samples) {
    Latency lat;
    lat.samples = samples;
    std::vector<double> facade, bare;
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        timer.start();
        auto f = m_db.fetchRecord(m_form, 1 + (i * 7919) % 1000);
        bool done = false;
        f.then(&m_db, [&](const Reply<Record> &) { done = true; });
        spinUntil([&] { return done; });
        facade.push_back(timer.nsecsElapsed() / 1e3);
    }
    QThread thread;
    thread.start();
    Echo echo;
    echo.moveToThread(&thread);
    QObject receiver;
    for (int i = 0; i < samples; ++i) {
        bool done = false;
        timer.start();
        QMetaObject::invokeMethod(
            &echo, [&] { echo.ping(&receiver, [&] { done = true; }); }, Qt::QueuedConnection);
        spinUntil([&] { return done; });
        bare.push_back(timer.nsecsElapsed() / 1e3);
    }
    thread.quit();
    thread.wait();
    lat.facadeP50 = percentile(facade, 0.5);
    lat.facadeP99 = percentile(facade, 0.99);
    lat.bareP50 = percentile(bare, 0.5);
    lat.bareP99 = percentile(bare, 0.99);
    return lat;
}

} // namespace fb::bench
