#!/usr/bin/env bash
# What every language costs in memory, on the real release binary under Xvfb (1920x1080): the
# kiosk's PSS on the home screen in Japanese, then after every one of the 11 pages and the
# about page has been shown in every language (each language chosen on the language switch,
# so its fonts are loaded as a visitor would load them). Target: at most 120 MB after the
# last language. The highest figure after any one language is printed too.
# Also prints the first-frame time (`first_frame_ms` from the log) of each of RUNS starts in
# Japanese (default 5), for comparison with the figure before the languages were added.
#
# Pages are opened as a screen reader would, through AT-SPI (the buttons' click actions), so
# no screen coordinates are guessed. Prints one table; exits 1 if a run fails or the target
# is missed.
#
# Usage: scripts/language-memory.sh [BINARY] [RUNS]   (default target/release/immuno-kiosk 5)
# LANGUAGE_SHOTS=DIR also saves a screenshot of the real window on core 3 in each language
# (DIR/core-3-LANG.png, with ImageMagick's import).
# Needs: python3-pyatspi at-spi2-core dbus xvfb matchbox-window-manager (Debian 12).
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
runs=${2:-5}
fail() { printf 'language-memory: %s\n' "$*" >&2; exit 1; }
[ -x "$binary" ] || fail "$binary is not built (cargo build --release --locked)"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || fail "pyatspi is not installed (python3-pyatspi)"

if [ -z "${LANGUAGE_MEMORY_BUS:-}" ]; then
    LANGUAGE_MEMORY_BUS=1 exec dbus-run-session -- "$0" "$binary" "$runs"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
display=93
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
export DISPLAY=:$display
# shellcheck source=scripts/xvfb.sh
. "$root/scripts/xvfb.sh"
start_display 1920 1080

start_atspi || fail "the AT-SPI bus never answered"
printf '(\n)\n' >"$work/config.ron"

# First frames: the kiosk started and stopped RUNS times, in Japanese on its attract screen.
firsts=()
for run in $(seq "$runs"); do
    IMMUNO_KIOSK_STATE_DIR=$work/state-first-$run "$binary" --config "$work/config.ron" >"$work/first-$run.log" 2>&1 &
    kiosk=$!
    for _ in $(seq 100); do grep -q first_frame_ms "$work/first-$run.log" && break; sleep 0.1; done
    kill "$kiosk" 2>/dev/null || true
    wait "$kiosk" 2>/dev/null || true
    ms=$(sed -n 's/.*first_frame_ms=\([0-9]*\).*/\1/p' "$work/first-$run.log" | head -n 1)
    [ -n "$ms" ] || fail "run $run logged no first frame: $(tail -n 3 "$work/first-$run.log")"
    firsts+=("$ms")
done

IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" --config "$work/config.ron" >"$work/kiosk.log" 2>&1 &
kiosk=$!
pids+=("$kiosk")
/usr/bin/python3 - "$kiosk" "$root/locales" "${LANGUAGE_SHOTS:-}" >"$work/memory.txt" <<'PYTHON' || fail "the walk failed: $(tail -n 3 "$work/kiosk.log")"
import os
import re
import sys
import time

import pyatspi
from gi.repository import GLib

PID, LOCALES, SHOTS = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ORDER = ["ja", "ja-x-easy", "en", "zh-Hans", "vi", "ko", "fil", "ne", "pt-BR", "id"]
if os.environ.get("LANGUAGES"):
    ORDER = [l for l in ORDER if l in os.environ["LANGUAGES"].split()]


def messages(lang):
    out = {}
    folder = os.path.join(LOCALES, lang)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ftl"):
            continue
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
            if m:
                out[m.group(1)] = re.sub(r"《[^》]*》", "", m.group(2).strip()).replace("｜", "")
    return out


TEXT = {lang: messages(lang) for lang in ORDER}
JA = TEXT["ja"]
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
            if w.name in {t["app-title"] for t in TEXT.values()}:
                return w
    return None


def wait_for(what, secs=20, why="?"):
    end = time.monotonic() + secs
    while time.monotonic() < end:
        try:
            value = what()
        except Exception:
            value = None
        if value:
            return value
        pump(0.2)
    shown = sorted({n.name for n in walk(window() or []) if n.name})[:40] if window() else []
    sys.exit(f"language-memory: timed out waiting for {why}; shown: {shown}")


def press(w, name, then, contains=False):
    match = (lambda n: name in (n.name or "")) if contains else (lambda n: n.name == name)
    button = wait_for(lambda: next((n for n in walk(w) if match(n) and n.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)), None), why=f"a button {name!r}")
    button.queryAction().doAction(0)
    wait_for(then, why=f"the result of pressing {name!r}")
    pump(1.0)


def pss_kib():
    with open(f"/proc/{PID}/smaps_rollup") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("Pss:"))


w = wait_for(window, 30)
names = lambda: [n.name for n in walk(w)]
press(w, JA["attract-touch"], lambda: JA["track-core-title"] in names())
pump(2.0)
home = pss_kib()
rows = []
for lang in ORDER:
    t = TEXT[lang]
    if lang != "ja":
        press(w, "Language", lambda: t["language-name"] in names(), contains=True)
        press(w, t["language-name"], lambda: t["track-core-title"] in names())
    shown = 0
    for track, count in (("core", 5), ("details", 6)):
        prefix = "core" if track == "core" else "detail"
        press(w, t[f"track-{track}-title"], lambda: t[f"{prefix}-1-title"] in names())
        shown += 1
        for page in range(2, count + 1):
            press(w, t["nav-next"] + " ▶", lambda p=page: t[f"{prefix}-{p}-title"] in names())
            shown += 1
            if SHOTS and prefix == "core" and page == 3:
                import subprocess
                pump(1.0)
                subprocess.run(["import", "-window", "root", os.path.join(SHOTS, f"core-3-{lang}.png")], check=True)
        if track == "details":
            press(w, t["about-open"], lambda: t["about-title"] in names())
            shown += 1
        press(w, t["nav-home"], lambda: t["track-core-title"] in names())
    pump(1.0)
    rows.append((lang, shown, pss_kib()))
for lang, shown, pss in rows:
    print(f"{lang} {shown} {home} {pss}")
PYTHON

echo "| language | pages shown | PSS after it (MB) |"
echo "|---|---|---|"
awk '{ printf "| %s | %d | %.1f |\n", $1, $2, $4 / 1024 }' "$work/memory.txt"
read -r _ _ home _ < <(head -n 1 "$work/memory.txt")
read -r _ _ _ last < <(tail -n 1 "$work/memory.txt")
total=$(awk '{ s += $2 } END { print s }' "$work/memory.txt")
sorted=$(printf '%s\n' "${firsts[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
printf '\nfirst frame in Japanese over %d starts: median %s ms (all: %s)\n' "$runs" "$median" "$sorted"
awk -v h="$home" -v l="$last" -v n="$total" 'BEGIN {
    printf "PSS on the Japanese home screen %.1f MB; after %d pages in 10 languages %.1f MB (target: at most 120 MB)\n", h / 1024, n, l / 1024
    exit (l / 1024 > 120 || n != 120)
}' || status=1
# The walk ends in Indonesian; while a language is shown its glyphs are in the atlas, so
# the highest figure after any one language is printed too (not part of the target).
awk '$4 > max { max = $4; lang = $1 } END {
    printf "highest after any one language: %.1f MB (%s)\n", max / 1024, lang
}' "$work/memory.txt"
exit "${status:-0}"
