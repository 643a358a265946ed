#!/usr/bin/env bash
# What the figures cost in memory, on the real release binary under Xvfb (1920x1080): the
# kiosk's PSS on the home screen, then after every one of the 11 pages has been shown (each
# with its figure drawn), once with the shipped content and once with the same content with
# its figures taken out (a content folder this script writes and `check-content` passes).
# Target: every page shown costs at most 10 MB more with figures than without.
#
# Pages are opened as a screen reader would, through AT-SPI (the buttons' click actions), so
# no screen coordinates are guessed. Prints one table; exits 1 if a run fails or the target
# is missed.
#
# Usage: scripts/figure-memory.sh [BINARY]   (default target/release/immuno-kiosk)
# Needs: python3-pyatspi at-spi2-core dbus xvfb matchbox-window-manager (Debian 12).
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
fail() { printf 'figure-memory: %s\n' "$*" >&2; exit 1; }
[ -x "$binary" ] || fail "$binary is not built (cargo build --release --locked)"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || fail "pyatspi is not installed (python3-pyatspi)"

if [ -z "${FIGURE_MEMORY_BUS:-}" ]; then
    FIGURE_MEMORY_BUS=1 exec dbus-run-session -- "$0" "$binary"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
display=93
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
export DISPLAY=:$display
# shellcheck source=scripts/xvfb.sh
. "$root/scripts/xvfb.sh"
start_display 1920 1080

start_atspi || fail "the AT-SPI bus never answered"

# The same content without its figures: no Figure blocks, no track emblems, no figures.ftl,
# no drawings.
plain_content=$work/no-figures
mkdir -p "$plain_content/assets" "$plain_content/locales"
cp -r "$root/locales/." "$plain_content/locales/"
rm -f "$plain_content"/locales/*/figures.ftl
/usr/bin/python3 - "$root/assets/content.ron" "$plain_content/assets/content.ron" <<'PYTHON'
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\n[ \t]*Figure\(id:.*?\]\),", "", text, flags=re.S)
text = re.sub(r"\n[ \t]*figure: Some\(.*?\]\),", "", text, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PYTHON
"$binary" check-content "$plain_content" >"$work/check.log" 2>&1 ||
    { cat "$work/check.log" >&2; fail "the content without figures does not pass check-content"; }
printf '(\n    content_dir: Some("%s"),\n)\n' "$plain_content" >"$work/no-figures.ron"
printf '(\n)\n' >"$work/shipped.ron"

run() { # NAME CONFIG
    local kiosk
    IMMUNO_KIOSK_STATE_DIR=$work/state-$1 "$binary" --config "$2" >"$work/kiosk-$1.log" 2>&1 &
    kiosk=$!
    pids+=("$kiosk")
    /usr/bin/python3 - "$kiosk" "$root/locales/ja" "$1" <<'PYTHON'
import os
import re
import sys
import time

import pyatspi
from gi.repository import GLib

PID, LOCALES, NAME = int(sys.argv[1]), sys.argv[2], sys.argv[3]
JA = {}
for name in sorted(os.listdir(LOCALES)):
    for line in open(os.path.join(LOCALES, name), encoding="utf-8"):
        m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
        if m:
            JA[m.group(1)] = re.sub(r"《[^》]*》", "", m.group(2).strip()).replace("｜", "")
context = GLib.MainContext.default()


def pump(secs):
    end = time.monotonic() + secs
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def walk(node):
    out, stack = [], list(reversed(children(node)))
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(children(n)))
    return out


def window():
    for app in children(pyatspi.Registry.getDesktop(0)):
        for w in children(app):
            if w.name == JA["app-title"]:
                return w
    return None


def wait_for(what, secs=20):
    end = time.monotonic() + secs
    while time.monotonic() < end:
        try:
            value = what()
        except Exception:
            value = None
        if value:
            return value
        pump(0.2)
    sys.exit(f"figure-memory: {NAME}: timed out")


def press(w, name, then):
    button = wait_for(lambda: next((n for n in walk(w) if n.name == name and n.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)), None))
    button.queryAction().doAction(0)
    wait_for(then)
    pump(1.0)


def pss_kib():
    with open(f"/proc/{PID}/smaps_rollup") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("Pss:"))


w = wait_for(window, 30)
names = lambda: [n.name for n in walk(w)]
press(w, JA["attract-touch"], lambda: JA["track-core-title"] in names())
pump(2.0)
home = pss_kib()
shown = 0
for track, count in (("core", 5), ("details", 6)):
    prefix = "core" if track == "core" else "detail"
    press(w, JA[f"track-{track}-title"], lambda: JA[f"{prefix}-1-title"] in names())
    shown += 1
    for page in range(2, count + 1):
        press(w, JA["nav-next"] + " ▶", lambda p=page: JA[f"{prefix}-{p}-title"] in names())
        shown += 1
    press(w, JA["nav-home"], lambda: JA["track-core-title"] in names())
pump(2.0)
after = pss_kib()
print(f"{NAME} {home} {after} {shown}")
PYTHON
    kill "$kiosk" 2>/dev/null || true
    wait "$kiosk" 2>/dev/null || true
}

run shipped "$work/shipped.ron" >"$work/shipped.txt" || fail "the run with figures failed: $(tail -n 3 "$work/kiosk-shipped.log")"
run no-figures "$work/no-figures.ron" >"$work/no-figures.txt" || fail "the run without figures failed: $(tail -n 3 "$work/kiosk-no-figures.log")"

read -r _ home_a after_a shown_a <"$work/shipped.txt"
read -r _ home_b after_b shown_b <"$work/no-figures.txt"
[ "$shown_a" = 11 ] && [ "$shown_b" = 11 ] || fail "not every page was shown ($shown_a, $shown_b)"
awk -v ha="$home_a" -v aa="$after_a" -v hb="$home_b" -v ab="$after_b" 'BEGIN {
    printf "| content | PSS on home | PSS after the 11 pages | growth |\n|---|---|---|---|\n"
    printf "| shipped, with figures | %.1f MB | %.1f MB | %+.1f MB |\n", ha / 1024, aa / 1024, (aa - ha) / 1024
    printf "| the same without figures | %.1f MB | %.1f MB | %+.1f MB |\n", hb / 1024, ab / 1024, (ab - hb) / 1024
    cost = (aa - ab) / 1024
    printf "\nfigures cost %.1f MB of PSS once every page has been shown (target: at most 10 MB)\n", cost
    exit (cost > 10)
}'
