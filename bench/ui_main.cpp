// fieldbook-ui-bench: the main window on a million records, against the same window on a
// thousand, measured in the same run. See README.md, "Window on a million records".
//
//   fieldbook-ui-bench [rows=1000000]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Figures are printed,
// never asserted.

#include "BulkFill.h"
#include "WindowBench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

namespace {

using namespace fb::bench;

constexpr int BaselineRows = 1000;

const char *verdict(bool pass) {
    return pass ? "pass" : "FAIL";
}

QString fill(const QTemporaryDir &dir, const char *name, int rows) {
    const QString path = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".fieldbook"));
    QElapsedTimer timer;
    timer.start();
    createFilledBook(path, QStringLiteral("Bench"), rows);
    std::printf("filled %s: %d records saved through the core in one transaction, %.1f s\n", name,
                rows, timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    return path;
}

void print(const WindowFigures &f) {
    std::printf("== %d records\n", f.rows);
    std::printf("  first rows shown %.1f ms after the table got the form (target <= 100: %s); "
                "%.1f ms after opening the book\n",
                f.formToFirstRowsMs, verdict(f.formToFirstRowsMs <= 100), f.openToFirstRowsMs);
    std::printf("  all rows counted (the scroll bar's full length) %.1f ms after the table got "
                "the form\n",
                f.formToCountedMs);
    std::printf("  scroll bar dropped in the middle: its rows shown after %.1f ms, longest stall "
                "meanwhile %.1f ms\n",
                f.jumpMs, f.jumpStallMs);
    std::printf("  scroll top to bottom: %d scroll-bar page steps in %.1f s, %d page requests\n",
                f.scrollSteps, f.scrollSeconds, f.pageRequests);
    std::printf("  longest GUI-thread stall while scrolling (1 ms heartbeat): %.1f ms "
                "(target <= 16: %s); %d stalls over 16 ms in %d steps\n",
                f.longestStallMs, verdict(f.longestStallMs <= 16), f.stallsOver16Ms, f.scrollSteps);
    std::printf("  resident memory: %.1f MB before opening, %.1f MB after the first rows, "
                "%.1f MB after the scroll (%d pages cached)\n",
                f.rssBeforeMb, f.rssFirstRowsMb, f.rssAfterScrollMb, f.cachedPages);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    // The window's settings (layout, recent books) stay in the temporary folder.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fieldbook-ui-bench"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    if (rows < 1) {
        std::fprintf(stderr, "usage: fieldbook-ui-bench [rows=1000000]\n");
        return 2;
    }
    std::printf("fieldbook-ui-bench: the main window on %d records, against %d, platform %s\n",
                rows, BaselineRows, qPrintable(QApplication::platformName()));
    const QString small = fill(dir, "baseline", BaselineRows);
    const QString large = fill(dir, "large", rows);

    measureWindow(small, BaselineRows); // warms up what any first window loads (fonts, style)
    const WindowFigures base = measureWindow(small, BaselineRows);
    const WindowFigures big = measureWindow(large, rows);
    print(base);
    print(big);

    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    const double baseGrowth = base.rssAfterScrollMb - base.rssFirstRowsMb;
    const double bigGrowth = big.rssAfterScrollMb - big.rssFirstRowsMb;
    std::printf("== %d against %d records\n", rows, BaselineRows);
    std::printf("  first rows: %.2fx; jump to the middle: %.2fx; longest stall: %.2fx; scroll "
                "time per step: %.2fx\n",
                ratio(big.formToFirstRowsMs, base.formToFirstRowsMs),
                ratio(big.jumpMs, base.jumpMs), ratio(big.longestStallMs, base.longestStallMs),
                ratio(big.scrollSeconds / big.scrollSteps, base.scrollSeconds / base.scrollSteps));
    std::printf("  memory grown by the scroll: %.1f MB against %.1f MB, over %.0fx the rows "
                "(bounded by the page cache: %s)\n",
                bigGrowth, baseGrowth, ratio(rows, BaselineRows),
                verdict(bigGrowth <= baseGrowth + 32));
    return 0;
}
