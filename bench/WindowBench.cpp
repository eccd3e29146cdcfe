#include "WindowBench.h"

#include "Database.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"
#include "StallMeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>

#include <malloc.h>

namespace fb::bench {

namespace {

double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    }
    return 0;
}

void spinUntil(const std::function<bool()> &done, const char *what) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 120'000)
            qFatal("timed out waiting for %s", what);
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
}

// Notes when the table's viewport starts painting with its first row loaded.
class FirstRowsWatch : public QObject {
public:
    FirstRowsWatch(RecordTableModel *model, const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_model(model)
        , m_clock(clock) {}
    qint64 paintedNs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (paintedNs < 0 && event->type() == QEvent::Paint && m_model->isLoaded(0))
            paintedNs = m_clock.nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    RecordTableModel *m_model;
    const QElapsedTimer &m_clock;
};

bool visibleRowsLoaded(const QTableView *table, const RecordTableModel *model) {
    const int top = std::max(table->rowAt(0), 0);
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    return model->isLoaded(top) && model->isLoaded(bottom);
}

} // namespace

WindowFigures measureWindow(const QString &bookPath, int rows) {
    WindowFigures f;
    f.rows = rows;
    malloc_trim(0); // what earlier runs freed is not counted against this one
    f.rssBeforeMb = residentMb();

    MainWindow window;
    window.resize(1200, 900);
    RecordTableModel *model = window.browser()->model();
    QTableView *table = window.browser()->table();
    QElapsedTimer clock;
    qint64 formNs = -1;
    QObject::connect(model, &QAbstractItemModel::modelReset, &window, [&] {
        if (formNs < 0 && model->form().id)
            formNs = clock.nsecsElapsed();
    });
    qint64 countedNs = -1;
    QObject::connect(model, &RecordTableModel::counted, &window, [&] {
        if (countedNs < 0)
            countedNs = clock.nsecsElapsed();
    });
    auto *watch = new FirstRowsWatch(model, clock, &window);
    table->viewport()->installEventFilter(watch);

    clock.start();
    window.show();
    window.openBook(BookSpec::sqlite(bookPath));
    spinUntil([&] { return watch->paintedNs >= 0; }, "the first rows");
    f.openToFirstRowsMs = watch->paintedNs / 1e6;
    f.formToFirstRowsMs = (watch->paintedNs - formNs) / 1e6;
    spinUntil([&] { return visibleRowsLoaded(table, model); }, "the first screen");
    spinUntil([&] { return countedNs >= 0; }, "the count");
    f.formToCountedMs = (countedNs - formNs) / 1e6;
    f.rssFirstRowsMb = residentMb();

    // The scroll bar's handle dropped in the middle, then back at the top.
    QScrollBar *bar = table->verticalScrollBar();
    {
        StallMeter stalls;
        QElapsedTimer jump;
        jump.start();
        stalls.start();
        bar->setValue(bar->maximum() / 2);
        spinUntil([&] { return visibleRowsLoaded(table, model); }, "the middle rows");
        f.jumpMs = jump.nsecsElapsed() / 1e6;
        f.jumpStallMs = stalls.longestMs();
        bar->setValue(0);
        spinUntil([&] { return visibleRowsLoaded(table, model); }, "the first rows again");
    }

    // A person paging down through the whole table: one scroll-bar page step, then the next
    // as soon as the rows of this one show.
    const int requestsBefore = model->pageRequests();
    StallMeter stalls;
    QElapsedTimer scrolling;
    scrolling.start();
    stalls.start();
    while (bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        ++f.scrollSteps;
        QCoreApplication::processEvents(); // paints, and asks for rows not here
        while (!visibleRowsLoaded(table, model))
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
    }
    stalls.stop();
    f.scrollSeconds = scrolling.nsecsElapsed() / 1e9;
    f.longestStallMs = stalls.longestMs();
    f.stallsOver16Ms = stalls.gapsOver(16);
    f.pageRequests = model->pageRequests() - requestsBefore;
    f.cachedPages = model->cachedPages();
    f.rssAfterScrollMb = residentMb();

    window.controller()->revert();
    window.close();
    spinUntil([&] { return !window.database() || window.database()->isClosed(); }, "closing");
    return f;
}

} // namespace fb::bench
