#!/usr/bin/env bash
# The kiosk where it really runs: the release binary under the cage Wayland compositor, as an
# unprivileged user, the way immuno-kiosk.service starts it (cage -- immuno-kiosk), on wlroots'
# headless backend (a 1280×720 output, software rendering). It checks that:
#   1. the window fills the output: the kiosk lays itself out at 1280×720 (its log), and the
#      buffer it last attached to its surface is 1280×720 (the Wayland protocol);
#   2. a visit started through the accessibility bus (cage 0.1.4 offers no virtual keyboard or
#      pointer, see below) ends by itself after the idle timeout of a config file: the kiosk is
#      back on the attract screen, in the AT-SPI tree and in its log;
#   3. SIGKILL to the kiosk makes cage exit, so that systemd's Restart=always brings both back;
#   4. with libwayland-egl unusable (a bind mount over it, in a private mount namespace) the
#      kiosk ends with one line naming the library and its package, exit code 1, no panic;
#   5. grim screenshots, landscape 1280×720 and portrait 720×1280, have no black border and
#      show the attract screen, then the home screen of a visit started through AT-SPI.
# Input: Debian 12's cage 0.1.4 implements neither zwp_virtual_keyboard_v1 nor
# zwlr_virtual_pointer_v1 (wayland-info lists its globals), and its headless backend has no
# input devices, so no touch or key can be injected through the compositor. A visit is
# started the way a screen-reader user starts it: AT-SPI's DoAction on the attract screen's
# button, which AccessKit turns into a click.
# Screenshots: with the output at its normal transform, cage 0.1.4 hands the kiosk's buffer
# straight to the output (direct scan-out) and composites nothing itself. grim's screencopy
# then forces one composite, but wlroots 0.15 repaints only the damage since the last output
# commit into a buffer that is one composite old (the buffer-age-1 case of wlr_output_damage
# skips the damage it gathered during scan-out), so grim shows the last frame cage composited,
# the kiosk's first 800×600 frame from before cage maximised it. The output itself shows the
# kiosk's 1280×720 buffer; check 1 reads that from the Wayland protocol (WAYLAND_DEBUG): the
# buffer last attached to the kiosk's surface. A turned output (cage -r) is never scanned out,
# so cage composites every frame and grim is true: the screenshots of check 5 come from cage
# turned 180° (the same 1280×720 output and configure, grim turns the picture back) and 90°
# (a portrait 720×1280 kiosk).
#
# Usage: scripts/cage-test.sh [BINARY]   (default target/release/immuno-kiosk)
# Needs: cage xwayland grim libwayland-egl1 imagemagick dbus at-spi2-core python3-pyatspi
# (and root, for the unprivileged user and the mount namespace of check 4; as another user
# check 4 is skipped with a message). Writes its screenshots to $CAGE_TEST_OUT if set.
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
user=immuno-kiosk-test
idle_secs=30
warning_secs=20
passed=0
failed=0

say() { echo "cage-test: $*"; }
ok() { passed=$((passed + 1)); say "ok: $*"; }
bad() { failed=$((failed + 1)); say "FAIL: $*" >&2; }
die() { say "FAIL: $*" >&2; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

[ -x "$binary" ] || die "no kiosk binary at $binary (build it with cargo build --release)"
for tool in cage grim convert identify dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || die "python3-pyatspi is not installed"

work=$(mktemp -d /tmp/cage-test.XXXXXX)
chmod 755 "$work"
cleanup() {
    pkill -KILL -f "$work/immuno-kiosk" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A private copy the unprivileged user can run, wherever the checkout is.
cp "$binary" "$work/immuno-kiosk"
chmod 755 "$work/immuno-kiosk"
cat >"$work/config.ron" <<EOF
(
    idle_timeout_secs: $idle_secs,
    idle_warning_secs: $warning_secs,
)
EOF
"$work/immuno-kiosk" check-config "$work/config.ron" >/dev/null || die "the test config does not pass check-config"

as_user=()
if [ "$(id -u)" -eq 0 ]; then
    # cage refuses to run as root; the service runs it as the system user immuno-kiosk.
    id "$user" >/dev/null 2>&1 ||
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
    as_user=(runuser -u "$user" --)
    chown "$user" "$work"
fi

# The session, run as the user inside a private D-Bus session bus: the AT-SPI bus, cage with
# the kiosk, and the checks that need them. It prints one "ok:"/"FAIL:" line per check.
cat >"$work/session.sh" <<'SESSION'
#!/usr/bin/env bash
# session.sh WORK IDLE WARNING MODE: MODE "service" runs cage as the service does and makes
# checks 1-3; "landscape" (cage -r -r) and "portrait" (cage -r) take the screenshots of check 5.
set -uo pipefail
work=$1 idle_secs=$2 warning_secs=$3 mode=$4
# XDG_RUNTIME_DIR and HOME come from the caller, so that the session bus and the services it
# starts (the AT-SPI bus among them) share them.
export WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
export IMMUNO_KIOSK_STATE_DIR=$work/state-$mode
export RUST_LOG=info,immuno_kiosk=debug
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; }

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi-$mode.log" 2>&1 &
atspi=$!
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.1
done
dbus-send --session --type=method_call --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true

log=$work/cage-$mode.log
case $mode in
    service) turn=() expected=1280x720 ;;
    landscape) turn=(-r -r) expected=1280x720 ;;
    portrait) turn=(-r) expected=720x1280 ;;
    *) bad "unknown mode $mode"; exit 1 ;;
esac
width=${expected%x*} height=${expected#*x}
if [ "$mode" = service ]; then
    # The client side of the Wayland protocol, for the buffer sizes of check 1.
    cage -- env WAYLAND_DEBUG=client "$work/immuno-kiosk" --config "$work/config.ron" >"$log" 2>&1 &
else
    cage "${turn[@]}" -- "$work/immuno-kiosk" --config "$work/config.ron" >"$log" 2>&1 &
fi
cage=$!
for _ in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/wayland-0" ] && break; sleep 0.1; done
export WAYLAND_DISPLAY=wayland-0

# kiosk_pid: the kiosk process under cage.
kiosk_pid() { pgrep -f -n "^$work/immuno-kiosk" || true; }
for _ in $(seq 100); do grep -q "first frame shown" "$log" && break; sleep 0.2; done
grep -q "first frame shown" "$log" || { bad "$mode: the kiosk showed no frame"; tail -n 40 "$log"; exit 1; }
atspi() { /usr/bin/python3 "$work/atspi.py" "$@"; }
# Wait for cage's maximise and the kiosk's frame at the new size.
for _ in $(seq 50); do grep -q "the window is ${width}×${height} pixels" "$log" && break; sleep 0.1; done
sleep 1

sizes=$(grep -o "the window is [0-9]*×[0-9]* pixels" "$log" | tail -n 1)
[ "$sizes" = "the window is ${width}×${height} pixels" ] &&
    ok "$mode: the kiosk lays itself out at the output's size: $sizes" ||
    bad "$mode: the kiosk's last logged size is '${sizes:-none}', not the output's $expected"

# shot NAME: a screenshot of the whole output.
shot() { grim "$work/$1.png"; }
# edge_means NAME: the mean brightness (0-1) of an 8-pixel strip along each edge.
edge_means() {
    local f=$work/$1.png
    for crop in "${width}x8+0+0" "${width}x8+0+$((height - 8))" "8x${height}+0+0" "8x${height}+$((width - 8))+0"; do
        convert "$f" -crop "$crop" +repage -colorspace Gray -format '%[fx:mean] ' info:
    done
}
# colour_at NAME X Y: the pixel's colour as #RRGGBB.
colour_at() { convert "$work/$1.png" -format "%[hex:p{$2,$3}]" info: | cut -c1-6; }

if [ "$mode" != service ]; then
    # 5. Screenshots of the attract screen and of a visit's home screen.
    shot "attract-$mode"
    size=$(identify -format '%wx%h' "$work/attract-$mode.png")
    [ "$size" = "$expected" ] && ok "$mode: the screenshot is $expected" || bad "$mode: the screenshot is $size"
    means=$(edge_means "attract-$mode")
    dark=$(for m in $means; do awk -v m="$m" 'BEGIN { if (m < 0.5) print "dark" }'; done)
    [ -z "$dark" ] && ok "$mode: no black border on the screenshot: edge brightness $means" ||
        bad "$mode: a black border on the screenshot: edge brightness $means (0 is black)"
    corner=$(colour_at "attract-$mode" $((width - 4)) $((height - 4)))
    top=$(colour_at "attract-$mode" $((width / 2)) 4)
    # The attract background is light; its drifting circles are a light blue.
    for c in "$corner" "$top"; do
        [ $((16#${c:0:2})) -gt 200 ] || bad "$mode: the screenshot is #$c at an edge, not the attract screen's light background"
    done
    if atspi press "画面にふれてください" && atspi wait-button "言語 / Language" 20; then
        sleep 1
        shot "home-$mode"
        bar=$(colour_at "home-$mode" $((width / 2)) 4)
        [ "$bar" != "$top" ] && ok "$mode: after a visit starts the screenshot shows the home screen's top bar (#$bar)" ||
            bad "$mode: the screenshot still shows the attract screen after the visit started"
        means=$(edge_means "home-$mode")
        dark=$(for m in $means; do awk -v m="$m" 'BEGIN { if (m < 0.05) print "dark" }'; done)
        [ -z "$dark" ] && ok "$mode: the home screen fills the output: edge brightness $means" ||
            bad "$mode: a black edge on the home screen: edge brightness $means"
    else
        bad "$mode: the attract button could not be pressed through AT-SPI"
    fi
    kill -KILL "$(kiosk_pid)" 2>/dev/null
    wait "$cage" 2>/dev/null
    kill "$atspi" 2>/dev/null
    exit 0
fi

# 1. The output shows the buffer the kiosk last attached: its size, from the protocol.
attached=$(awk '
    match($0, /-> wl_shm_pool@[0-9]+\.create_buffer\(new id wl_buffer@[0-9]+, [0-9]+, [0-9]+, [0-9]+/) {
        split(substr($0, RSTART, RLENGTH), f, /[@,( ]+/); size[f[7]] = f[9] "x" f[10]
    }
    match($0, /-> wl_surface@[0-9]+\.attach\(wl_buffer@[0-9]+/) {
        split(substr($0, RSTART, RLENGTH), f, /@/); last = size[f[3] + 0]
    }
    END { print last }' "$log")
[ "$attached" = 1280x720 ] && ok "the buffer the kiosk last attached to its surface is 1280×720" ||
    bad "the buffer the kiosk last attached to its surface is '${attached:-none}', not 1280x720"
if atspi wait-button "画面にふれてください" 20; then
    ok "the attract screen is on screen and on the accessibility bus"
else
    bad "no attract button on the accessibility bus ($(atspi dump 2>&1 | grep -c "^app:") applications on it)"
fi

# 2. A visit starts through AT-SPI, then the idle timeout brings the attract screen back.
started=$(date +%s)
if atspi press "画面にふれてください" && atspi wait-button "言語 / Language" 20; then
    ok "a visit started through AT-SPI: the home screen's controls are on the bus"
    if atspi wait-button "画面にふれてください" $((idle_secs + warning_secs + 30)); then
        took=$(($(date +%s) - started))
        if grep -q "idle reset" "$log"; then
            ok "back on the attract screen (tree and log) ${took} s after the last input (timeout ${idle_secs} s + warning ${warning_secs} s)"
        else
            bad "the tree shows the attract screen but the kiosk logged no idle reset"
        fi
        [ "$took" -ge $((idle_secs + warning_secs - 1)) ] ||
            bad "the reset came after ${took} s, before the configured ${idle_secs}+${warning_secs} s"
    else
        bad "no idle reset within $((idle_secs + warning_secs + 30)) s"
    fi
else
    bad "the attract button could not be pressed through AT-SPI: no visit, no idle reset to wait for"
fi

# 3. SIGKILL to the kiosk: cage exits with it.
kiosk=$(kiosk_pid)
if [ -n "$kiosk" ]; then
    kill -KILL "$kiosk"
    for _ in $(seq 50); do kill -0 "$cage" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$cage" 2>/dev/null; then
        bad "cage is still running 5 s after the kiosk was killed"
        kill "$cage"
    else
        ok "cage exited when the kiosk was killed (systemd's Restart=always restarts both)"
    fi
else
    bad "no kiosk process under cage"
fi
wait "$cage" 2>/dev/null
kill "$atspi" 2>/dev/null
SESSION

cat >"$work/atspi.py" <<'PY'
"""A small AT-SPI client (the library Orca uses): find, wait for and press buttons."""
import sys
import time

import pyatspi


def buttons(node, depth=0):
    if node is None or depth > 40:
        return
    try:
        role = node.getRole()
        name = node.name
        count = node.childCount
    except Exception:  # a node that went away while we walked
        return
    if role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON):
        yield node, name
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from buttons(child, depth + 1)


def find(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        for node, label in buttons(app):
            if label == name:
                return node
    return None


def main():
    command, name = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
    if command == "dump":
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            print("app:", app.name if app else None, app.childCount if app else 0)
            for node, label in buttons(app):
                print("  button:", label)
        return 0
    if command == "wait-button":
        deadline = time.monotonic() + float(sys.argv[3])
        while time.monotonic() < deadline:
            if find(name) is not None:
                return 0
            time.sleep(0.5)
        return 1
    if command == "press":
        node = find(name)
        if node is None:
            return 1
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "press", "activate"):
                return 0 if action.doAction(i) else 1
        return 0 if action.nActions and action.doAction(0) else 1
    return 2


sys.exit(main())
PY
chmod 755 "$work/session.sh"
chown -R "${as_user:+$user}" "$work" 2>/dev/null || true

say "the kiosk under cage (headless 1280×720, idle ${idle_secs} s + ${warning_secs} s), then turned for screenshots: about 90 s"
mkdir -m 700 -p "$work/runtime" "$work/home"
[ -z "${as_user[*]}" ] || chown "$user" "$work/runtime" "$work/home"
for mode in service landscape portrait; do
    output=$("${as_user[@]}" env XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" \
        dbus-run-session -- "$work/session.sh" "$work" "$idle_secs" "$warning_secs" "$mode" 2>&1) || true
    fails_before=$failed passes_before=$passed
    while IFS= read -r line; do
        case "$line" in
            ok:*) ok "${line#ok: }" ;;
            FAIL:*) bad "${line#FAIL: }" ;;
        esac
    done <<<"$output"
    if [ "$failed" -gt "$fails_before" ] || [ "$passed" -eq "$passes_before" ]; then
        [ "$passed" -gt "$passes_before" ] || bad "$mode: the session made no check"
        say "$mode session output:"; grep -v "^\[" <<<"$output" | sed 's/^/  /' | tail -n 20
        say "$mode kiosk and cage log:"; grep -v "^\[" "$work/cage-$mode.log" 2>/dev/null | sed 's/^/  /' | tail -n 40 || true
    fi
    if grep -q "panicked" "$work/cage-$mode.log" 2>/dev/null; then
        bad "$mode: the kiosk panicked"
    else
        ok "$mode: no panic in the kiosk's log"
    fi
done
if [ -n "${CAGE_TEST_OUT:-}" ]; then
    mkdir -p "$CAGE_TEST_OUT"
    cp "$work"/*.png "$CAGE_TEST_OUT"/ 2>/dev/null || true
fi

# 4. A missing graphics library: one clear line and exit code 1, in a private mount namespace
#    where libwayland-egl.so.1 is an empty file.
egl=$(/sbin/ldconfig -p | awk '/libwayland-egl\.so\.1 .*x86-64/ && !found { print $NF; found = 1 }')
if [ "$(id -u)" -ne 0 ]; then
    say "skipped: the missing-library check needs root (a private mount namespace)"
elif [ -z "$egl" ]; then
    bad "libwayland-egl.so.1 is not installed (package libwayland-egl1)"
else
    cat >"$work/missing.sh" <<'MISSING'
#!/usr/bin/env bash
work=$1
export XDG_RUNTIME_DIR=$work/runtime2 WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# cage's exit status is not the kiosk's: the kiosk writes its own.
cage -- sh -c "'$work/immuno-kiosk' --config '$work/config.ron'; echo \$? >'$work/missing.rc'" >"$work/missing.log" 2>&1
MISSING
    chmod 755 "$work/missing.sh"
    chown "$user" "$work/missing.sh"
    unshare --mount sh -c "mount --bind /dev/null '$egl' && timeout 60 runuser -u '$user' -- '$work/missing.sh' '$work'" || true
    rc=$(cat "$work/missing.rc" 2>/dev/null || echo none)
    line=$(grep -a "libwayland-egl" "$work/missing.log" | grep -v "^\s*$" | head -n 3) || true
    if [ "$rc" = 1 ] && grep -q "install the package libwayland-egl1" <<<"$line" &&
        ! grep -q "panicked" "$work/missing.log"; then
        ok "with libwayland-egl unusable the kiosk says so and exits 1: $(sed 's/.*ERROR //' <<<"$line" | head -n1)"
    else
        bad "with libwayland-egl unusable: exit code $rc, log:"
        sed 's/^/  /' "$work/missing.log" >&2
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
