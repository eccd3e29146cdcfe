#include "BackupBench.h"

#include "StallMeter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <array>

namespace fb::bench {

namespace {
double median(std::array<double, 3> values) {
    std::sort(values.begin(), values.end());
    return values[1];
}
} // namespace

BackupFigures measureBackup(Database &db, const QString &folder) {
    BackupFigures figures;
    std::array<double, 3> ours{};
    std::array<double, 3> cli{};
    const QString program = QStandardPaths::findExecutable(u"sqlite3"_qs);
    double stall = 0;
    for (size_t round = 0; round < ours.size(); ++round) {
        const QString dest = QDir(folder).filePath(u"ours-%1.fieldbook"_qs.arg(round));
        StallMeter meter;
        meter.start();
        QElapsedTimer timer;
        timer.start();
        const QFuture<Reply<BackupMade>> made = db.backUp(dest);
        spinUntil([&] { return made.isFinished(); });
        ours[round] = timer.nsecsElapsed() / 1e6;
        meter.stop();
        stall = std::max(stall, meter.longestMs());
        if (!made.result().ok())
            qFatal("backup: %s", qPrintable(made.result().error.toLogString()));
        figures.bytes = made.result().value.bytes;
        QFile::remove(dest);
        if (program.isEmpty())
            continue;
        const QString cliDest = QDir(folder).filePath(u"cli-%1.db"_qs.arg(round));
        timer.restart();
        QProcess::execute(program, {db.spec().path, u".backup '%1'"_qs.arg(cliDest)});
        cli[round] = timer.nsecsElapsed() / 1e6;
        QFile::remove(cliDest);
    }
    figures.fieldbookMs = median(ours);
    figures.cliMs = program.isEmpty() ? 0 : median(cli);
    figures.longestStallMs = stall;
    figures.idleStallMs = StallMeter::idleLongestMs(figures.fieldbookMs / 1000.0);
    return figures;
}

} // namespace fb::bench
