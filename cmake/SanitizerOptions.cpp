// Read by the sanitizer runtimes before main(), whatever runs the program (ctest, a shell, gdb,
// a test that starts the program). Linked into every executable of a sanitizer build.
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
