# Sourced by scripts/test: a virtual X display for the real-window tests.
start_services() {
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    if command -v Xvfb >/dev/null; then
        FIELDBOOK_XVFB_DISPLAY=:$((90 + RANDOM % 100))
        Xvfb "$FIELDBOOK_XVFB_DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        FIELDBOOK_XVFB_PID=$!
        export FIELDBOOK_XVFB_DISPLAY
    fi
}

stop_services() {
    [ -n "${FIELDBOOK_XVFB_PID:-}" ] && kill "$FIELDBOOK_XVFB_PID" 2>/dev/null || true
}
