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

# Starts the AT-SPI bus on the session bus and turns assistive technology on, as a screen
# reader does (the kiosk's AccessKit adapter watches the flag). Call inside dbus-run-session.
start_atspi() {
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/at-spi.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
            org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
        sleep 0.1
    done
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress >/dev/null 2>&1 || return 1
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
        variant:boolean:true >/dev/null
}
