#include "Requests.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Read by the sanitizer runtimes before main(), whatever runs the test (ctest, a shell, gdb).
// Debian's Qt and GLib are not instrumented: ThreadSanitizer cannot see their internal
// synchronisation, so it ignores what happens inside them and checks Fieldbook's own code.
extern "C" const char *__tsan_default_options() {
    return "halt_on_error=1:ignore_noninstrumented_modules=1:die_after_fork=0";
}
extern "C" const char *__asan_default_options() {
    return "detect_leaks=1:halt_on_error=1";
}
extern "C" const char *__ubsan_default_options() {
    return "print_stacktrace=1:halt_on_error=1";
}

int main(int argc, char **argv) {
    // Real widgets, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, journals and default books of this process, apart from the user's and from
    // the other test processes running at the same time.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    QApplication app(argc, argv);
    fb::registerMetaTypes();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
