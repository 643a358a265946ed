#!/usr/bin/env bash
# Runs the real kiosk binary fullscreen under Xvfb with a window manager, sends it every key a
# curious visitor might try and a window-manager close request, and fails if the kiosk leaves
# fullscreen or exits. Usage: scripts/escape-test.sh [BINARY]   (default target/release/immuno-kiosk)
set -euo pipefail

binary=${1:-target/release/immuno-kiosk}
display=:98
width=1920
height=1080
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

fail() { echo "escape-test: FAIL: $*" >&2; exit 1; }

[ -x "$binary" ] || fail "no kiosk binary at $binary (build it with cargo build --release)"
for tool in Xvfb matchbox-window-manager xdotool wmctrl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

export DISPLAY=$display
start_display "$width" "$height"

IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" >"$work/kiosk.log" 2>&1 &
kiosk=$!
pids+=("$kiosk")

window=$(xdotool search --sync --onlyvisible --pid "$kiosk" 2>/dev/null | head -n1) || true
[ -n "$window" ] || fail "the kiosk window never appeared"
sleep 2

check_locked() {
    local after=$1
    kill -0 "$kiosk" 2>/dev/null || { cat "$work/kiosk.log" >&2; fail "the kiosk exited after $after"; }
    local geometry
    geometry=$(xdotool getwindowgeometry --shell "$window" 2>/dev/null) || fail "the window vanished after $after"
    eval "$geometry"
    # shellcheck disable=SC2153 # WIDTH and HEIGHT come from the eval above
    if [ "$WIDTH" -ne "$width" ] || [ "$HEIGHT" -ne "$height" ]; then
        fail "the window is ${WIDTH}x${HEIGHT}, not fullscreen, after $after"
    fi
}

check_locked "start-up"
# Wake the kiosk from its attract screen, so keys reach a visitor's screen.
xdotool mousemove --sync 960 540 click 1
sleep 1

keys=(Escape F11 alt+F4 ctrl+w ctrl+q ctrl+plus ctrl+minus ctrl+0 alt+Tab ctrl+a ctrl+c super)
for key in "${keys[@]}"; do
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    xdotool key --window "$window" --clearmodifiers "$key"
    xdotool key "$key"
    sleep 0.7
    check_locked "$key"
    echo "escape-test: $key: still running, fullscreen"
done

# A polite close request from the window manager, as its close button or Alt+F4 would send.
wmctrl -i -c "$window"
sleep 1
check_locked "a window-manager close request"
echo "escape-test: close request: cancelled"

grep -q "close request cancelled" "$work/kiosk.log" || fail "the kiosk never logged a cancelled close request"
echo "escape-test: OK: ${#keys[@]} keys and a close request, the kiosk stayed fullscreen"

# Another X client destroys the kiosk's window outright (XDestroyWindow, not the polite close
# request). The kiosk cannot go on without it: it must log one clear ERROR line and exit
# non-zero, so that the session and systemd start it again, and never panic.
xdotool windowclose "$window"
for _ in $(seq 100); do kill -0 "$kiosk" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$kiosk" 2>/dev/null; then
    # Still running: acceptable only if it made itself a new window.
    new_window=$(xdotool search --sync --onlyvisible --pid "$kiosk" 2>/dev/null | head -n1) || true
    [ -n "$new_window" ] || fail "the kiosk neither exited nor made a new window after its window was destroyed"
    echo "escape-test: window destroyed: the kiosk made a new one"
else
    status=0
    wait "$kiosk" || status=$?
    if grep -q "panicked" "$work/kiosk.log"; then
        cat "$work/kiosk.log" >&2
        fail "the kiosk panicked when its window was destroyed"
    fi
    [ "$status" -ne 0 ] || fail "the kiosk exited with status 0 when its window was destroyed"
    line=$(grep "ERROR" "$work/kiosk.log" | tail -n 1)
    [ -n "$line" ] || fail "the kiosk exited ($status) without an ERROR line when its window was destroyed"
    [ "$(grep -c "ERROR" "$work/kiosk.log")" -eq 1 ] || fail "more than one ERROR line: $(grep ERROR "$work/kiosk.log")"
    grep -q "destroyed by another X client" <<<"$line" || fail "the ERROR line does not say what happened: $line"
    echo "escape-test: window destroyed: exit code $status, ${line#*ERROR }"
fi
echo "escape-test: OK: a destroyed window ends the kiosk cleanly"
