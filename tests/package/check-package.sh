#!/usr/bin/env bash
# Builds the Debian package from an existing build directory, checks it with lintian,
# desktop-file-validate and appstreamcli, installs it, runs the installed program headless
# and removes it again. Needs root (apt-get) and the tools of `scripts/deps test`.
# Usage: tests/package/check-package.sh [BUILD_DIR]   (default: build/default)
# Exits 0 on PASS, 1 on FAIL, 77 when it cannot run here (not root, a tool missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build/default}")
run_seconds=3

step() { echo "== $*"; }
fail() { echo "check-package: FAIL: $*"; exit 1; }
skip() { echo "check-package: SKIP: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install the package"
for tool in cpack dpkg-deb dpkg-shlibdeps file lintian desktop-file-validate appstreamcli Xvfb xdotool sqlite3; do
    command -v "$tool" >/dev/null || skip "$tool is missing (run scripts/deps test)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build (configure it first)"

work=$(mktemp -d /tmp/fieldbook-package.XXXXXX)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        step "remove"
        apt-get remove -y -qq -o DPkg::Lock::Timeout=120 fieldbook >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "check-package: FAIL: command failed at line $LINENO"' ERR
export DEBIAN_FRONTEND=noninteractive

step "build the package from $build"
cmake --build "$build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/out/fieldbook_*_amd64.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one fieldbook_<version>_amd64.deb"
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

step "lintian"
status=0
lintian -I --fail-on error "$deb" >"$work/lintian.log" 2>"$work/lintian.err" || status=$?
cat "$work/lintian.log"
grep -v 'running with root privileges' "$work/lintian.err" || true
[ "$status" -eq 0 ] || fail "lintian reported errors"

step "desktop entry and AppStream metainfo"
dpkg-deb -x "$deb" "$work/root"
share=$work/root/usr/share
desktop-file-validate "$share/applications/org.fieldbook.Fieldbook.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/org.fieldbook.Fieldbook.metainfo.xml" || fail "appstreamcli"
appstreamcli validate-tree --no-net "$work/root" >/dev/null || fail "appstreamcli validate-tree"
grep -q "<release version=\"$version\"" "$share/metainfo/org.fieldbook.Fieldbook.metainfo.xml" ||
    fail "metainfo has no release $version"
for file in bin/fieldbook share/man/man1/fieldbook.1.gz share/doc/fieldbook/copyright \
            share/fieldbook/handbook/index.html \
            share/icons/hicolor/scalable/apps/org.fieldbook.Fieldbook.svg \
            share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/org.fieldbook.Fieldbook.png; do
    [ -f "$work/root/usr/$file" ] || fail "the package lacks /usr/$file"
done

step "install"
apt-get install -y -qq -o DPkg::Lock::Timeout=120 --reinstall --allow-downgrades "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install"; }
installed=yes

step "fieldbook --version, --help"
out=$(/usr/bin/fieldbook --version) || fail "--version exited with $?"
[ "$out" = "fieldbook $version" ] || fail "--version printed '$out', expected 'fieldbook $version'"
out=$(/usr/bin/fieldbook --help) || fail "--help exited with $?"
grep -q -- '--lang' <<<"$out" || fail "--help does not mention --lang"

# Runs the installed program without a display for a few seconds in a fresh home, then sends
# SIGTERM, which the program answers by closing its window (committing what is queued).
# Exit 0 is a clean quit; anything else (killed, a crash, no exit after SIGTERM) fails.
run_headless() {
    local name=$1 book=$2; shift 2
    local home=$work/$name
    mkdir -p "$home/run" && chmod 700 "$home/run"
    local status=0
    env -u XDG_DATA_HOME -u XDG_DATA_DIRS -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
        XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
        timeout --preserve-status -k 10 -s TERM "$run_seconds" /usr/bin/fieldbook "$@" \
        >"$home/log" 2>&1 || status=$?
    case $status in
        0) echo "exited cleanly" ;;
        *) cat "$home/log"; fail "$name run exited with status $status" ;;
    esac
    if grep -E 'driver not loaded|Could not (find|load) the Qt platform plugin' "$home/log"; then
        fail "$name run: a Qt plugin is missing"
    fi
    book=${book//@HOME@/$home}
    [ -f "$book" ] || { cat "$home/log"; fail "$name run did not create $book"; }
    [ "$(head -c 15 "$book")" = "SQLite format 3" ] || fail "$book is not an SQLite database"
    echo "created ${book#"$home"/}"
}

step "run headless on the default book"
run_headless default "@HOME@/.local/share/fieldbook/default.fieldbook"
step "run headless on a book named on the command line"
run_headless named "@HOME@/named.fieldbook" "$work/named/named.fieldbook"

step "save a record through the window"
# The installed program brings a form into a fresh book, then a person's keystrokes (xdotool
# on a virtual display) make a record: click into the window, Ctrl+N, type, Ctrl+S, Ctrl+Q.
window_home=$work/window
mkdir -p "$window_home/run" && chmod 700 "$window_home/run"
window_book=$window_home/notes.fieldbook
window_env=(HOME="$window_home" XDG_CONFIG_HOME="$window_home/.config" XDG_RUNTIME_DIR="$window_home/run")
env "${window_env[@]}" /usr/bin/fieldbook --import-form "$root/tests/package/notes-form.json" "$window_book" ||
    fail "fieldbook --import-form"
# The translations are built in: the same import, told in German.
german=$(env "${window_env[@]}" /usr/bin/fieldbook --lang de --import-form \
    "$root/tests/package/notes-form.json" "$window_home/german.fieldbook") ||
    fail "fieldbook --lang de --import-form"
[[ $german == *"Das Formular"* ]] || fail "the installed program does not speak German: $german"
display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
env "${window_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb /usr/bin/fieldbook "$window_book" \
    >"$window_home/log" 2>&1 &
app_pid=$!
window=$(DISPLAY=$display timeout 20 xdotool search --sync --name Fieldbook | head -1) ||
    { kill "$app_pid" "$xvfb_pid"; cat "$window_home/log"; fail "no Fieldbook window appeared"; }
sleep 2 # the book opens on the database thread
eval "$(DISPLAY=$display xdotool getwindowgeometry --shell "$window")"
DISPLAY=$display xdotool mousemove $((X + 40)) $((Y + HEIGHT - 8)) click 1
sleep 0.3
DISPLAY=$display xdotool key ctrl+n
sleep 0.3
DISPLAY=$display xdotool type --delay 15 "Saved through the window"
DISPLAY=$display xdotool key ctrl+s
sleep 1.5
DISPLAY=$display xdotool key ctrl+q
app_status=0
timeout 20 tail --pid="$app_pid" -f /dev/null || app_status=timeout
wait "$app_pid" || app_status=$?
kill "$xvfb_pid" 2>/dev/null || true
[ "$app_status" = 0 ] || { cat "$window_home/log"; fail "the window did not quit cleanly ($app_status)"; }
saved=$(sqlite3 "$window_book" "SELECT COUNT(*) FROM notes WHERE title = 'Saved through the window'")
[ "$saved" = 1 ] || { cat "$window_home/log"; fail "the record typed into the window is not in the book"; }
echo "the record typed into the window is in the book"

step "remove"
apt-get remove -y -qq -o DPkg::Lock::Timeout=120 fieldbook >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get remove"; }
installed=no
[ ! -e /usr/bin/fieldbook ] || fail "/usr/bin/fieldbook is still there after apt-get remove"
echo "check-package: PASS ($(basename "$deb"))"
