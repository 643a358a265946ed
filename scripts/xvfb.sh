# Sourced by the scripts that run the real kiosk window without a display (escape-test.sh,
# screenshots.sh, measure.sh): a work directory, background processes cleaned up on exit,
# and an Xvfb screen with a window manager (without one, fullscreen is ignored).
# The caller sets DISPLAY before calling start_display.

work=$(mktemp -d)
pids=()

stop_background() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Wait for them to go: a new Xvfb on the same display needs the old one's lock gone.
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
}
cleanup() {
    stop_background
    rm -rf "$work"
}
trap cleanup EXIT

# start_display WIDTH HEIGHT: (re)starts Xvfb on $DISPLAY and matchbox on it, and waits until
# the screen answers. Anything started before on it is stopped first.
start_display() {
    stop_background
    Xvfb "$DISPLAY" -screen 0 "$1x$2x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
    pids+=($!)
    sleep 1
}

# drag_up X FROM TO: a finger dragging the page up, in steps as a real drag arrives.
drag_up() { # X FROM TO
    xdotool mousemove "$1" "$2" mousedown 1
    sleep 0.15
    for y in $(seq "$2" -40 "$3"); do xdotool mousemove "$1" "$y"; sleep 0.03; done
    sleep 0.1
    xdotool mouseup 1
    sleep 1
}
