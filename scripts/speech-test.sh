#!/usr/bin/env bash
# Read-aloud in the real release binary, under Xvfb, driven by a real screen-reader client
# (AT-SPI), with the real engines (Open JTalk, Festival) and the real player (aplay):
#
# 1. With the configured output "default" on a machine with no sound card (CI), the kiosk
#    offers no read-aloud button, logs one WARN that says why, and runs on.
# 2. With the output "null" (ALSA's silent device, always there), the button is offered on a
#    page; pressing it starts speech: the control becomes 「一時停止」 and tells a screen reader
#    「読み上げ中」; the kiosk logs the time to first sound; pause, go on, next page and stop
#    answer through AT-SPI; a language change offers "Read aloud" in English, which speaks.
#
# Prints the figures: time to first sound (made ahead, and made on the press), PSS idle and
# while speaking, and the size of the audio made ahead. Exits 1 on any failure.
#
# Usage: scripts/speech-test.sh [BINARY]   (default target/release/immuno-kiosk)
#        SPEECH_SHOTS=DIR also saves screenshots of the real window while it reads (Japanese
#        at 100 %, then English at 200 %).
# Needs: python3-pyatspi at-spi2-core dbus xvfb matchbox-window-manager alsa-utils open-jtalk
#        open-jtalk-mecab-naist-jdic festival festvox-us-slt-hts (Debian 12).
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
fail() { printf 'speech-test: %s\n' "$*" >&2; exit 1; }
[ -x "$binary" ] || fail "$binary is not built (cargo build --release --locked)"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || fail "pyatspi is not installed (python3-pyatspi)"
for program in aplay open_jtalk text2wave; do
    command -v "$program" >/dev/null || fail "$program is not installed (see the README)"
done

if [ -z "${SPEECH_TEST_BUS:-}" ]; then
    SPEECH_TEST_BUS=1 exec dbus-run-session -- "$0" "$binary"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
display=95
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
export DISPLAY=:$display
# shellcheck source=scripts/xvfb.sh
. "$root/scripts/xvfb.sh"
start_display 1920 1080
start_atspi || fail "the AT-SPI bus never answered"

# run NAME STATE CONFIG-BODY MODE: the kiosk on the state directory STATE; MODE is what the
# AT-SPI client checks ("absent" or "speaks"). A run that speaks waits, before the kiosk is
# stopped, until the first sentence of every page has been made ahead.
run() {
    local name=$1 state=$2 body=$3 mode=$4 kiosk
    printf '(\n%s\n)\n' "$body" >"$work/$name.ron"
    RUST_LOG=info IMMUNO_KIOSK_STATE_DIR=$work/$state \
        "$binary" --config "$work/$name.ron" >"$work/kiosk-$name.log" 2>&1 &
    kiosk=$!
    pids+=("$kiosk")
    /usr/bin/python3 - "$kiosk" "$root/locales" "$mode" <<'PYTHON' || { tail -n 20 "$work/kiosk-$name.log" >&2; fail "$name: the AT-SPI check failed"; }
import os
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

PID, LOCALES, MODE = int(sys.argv[1]), sys.argv[2], sys.argv[3]


def messages(lang):
    out = {}
    folder = os.path.join(LOCALES, lang)
    for name in sorted(os.listdir(folder)):
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
            if m:
                out[m.group(1)] = re.sub(r"《[^》]*》", "", m.group(2).strip()).replace("｜", "")
    return out


JA, EN = messages("ja"), messages("en")
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
            if w.name in (JA["app-title"], EN["app-title"]):
                return w
    return None


def wait_for(what, secs=30, why="timed out"):
    end = time.monotonic() + secs
    while time.monotonic() < end:
        try:
            value = what()
        except Exception:
            value = None
        if value:
            return value
        pump(0.1)
    sys.exit(f"speech-test: {why}")


def button(w, name):
    roles = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)
    return next((n for n in walk(w) if n.name == name and n.getRole() in roles), None)


def press(w, name):
    wait_for(lambda: button(w, name), why=f"no button {name!r}").queryAction().doAction(0)
    pump(0.3)


def shoot(name):
    folder = os.environ.get("SPEECH_SHOTS")
    if folder:
        pump(1.5)
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=True)


def pss_of(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def pss_kib():
    """The kiosk's PSS, and with its children (the Festival process, open_jtalk, aplay)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    tree, grew = {PID}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return pss_of(PID), sum(pss_of(pid) for pid in tree)


w = wait_for(window, 40, "no kiosk window")
names = lambda: [n.name for n in walk(w)]
press(w, JA["attract-touch"])
press(w, JA["track-core-title"])
wait_for(lambda: JA["core-1-title"] in names(), why="the first page never opened")
read = "▶ " + JA["speech-read"]
if MODE == "absent":
    pump(1.0)
    if button(w, read) is not None:
        sys.exit("speech-test: read-aloud is offered with no audio output")
    print("absent")
    sys.exit(0)
pump(1.0)
idle = pss_kib()
press(w, read)
pause = wait_for(lambda: button(w, JA["speech-pause"]), why="pressing read aloud did not start it")
if pause.description != JA["speech-playing"]:
    sys.exit(f"speech-test: the control tells a screen reader {pause.description!r}")
pump(1.5)
speaking = pss_kib()
shoot("read-aloud-ja-100")
press(w, JA["speech-pause"])
resume = wait_for(lambda: button(w, JA["speech-resume"]), why="pause did not pause")
if resume.description != JA["speech-paused"]:
    sys.exit(f"speech-test: paused, the control says {resume.description!r}")
press(w, JA["speech-resume"])
wait_for(lambda: button(w, JA["speech-pause"]), why="it did not go on")
press(w, JA["nav-next"] + " ▶")
wait_for(lambda: JA["core-2-title"] in names(), why="next did not open core 2")
wait_for(lambda: button(w, JA["speech-pause"]), why="reading did not go on to the next page")
press(w, "■ " + JA["speech-stop"])
wait_for(lambda: button(w, read), why="stop did not stop")
press(w, JA["language-switch"] + " / Language")
wait_for(lambda: button(w, "English"), why="the language switch did not open the list")
press(w, "English")
wait_for(lambda: button(w, "▶ " + EN["speech-read"]), why="no English read-aloud")
press(w, "200%")
press(w, "▶ " + EN["speech-read"])
wait_for(lambda: button(w, EN["speech-pause"]), why="English speech did not start")
shoot("read-aloud-en-200")
pump(1.0)
print(f"speaks {idle[0]} {speaking[0]} {idle[1]} {speaking[1]}")
PYTHON
    if [ "$mode" = speaks ]; then
        for _ in $(seq 600); do
            grep -q 'first sentence of every page is ready' "$work/kiosk-$name.log" && break
            sleep 0.5
        done
        grep -q 'first sentence of every page is ready' "$work/kiosk-$name.log" ||
            fail "$name: the first sentences were never all made ahead"
    fi
    kill "$kiosk" 2>/dev/null || true
    wait "$kiosk" 2>/dev/null || true
}

# 1. No sound card: no button, one warning.
run nocard state-nocard '    speech_device: "default",' absent >"$work/nocard.txt"
if [ -e /proc/asound/cards ] && ! grep -q 'no soundcards' /proc/asound/cards; then
    printf 'speech-test: this machine has a sound card; the no-card check ran with it\n'
else
    warnings=$(grep -c 'WARN.*read-aloud is not offered' "$work/kiosk-nocard.log" || true)
    [ "$warnings" = 1 ] || fail "expected one warning that read-aloud is not offered, got $warnings"
    grep 'read-aloud is not offered' "$work/kiosk-nocard.log" | head -n 1 | sed 's/^/  /'
fi

# 2. The silent ALSA device: speech is made and played for real, twice on the same state
# directory: first with nothing made ahead, then with the first sentences on disk.
run cold state-null '    speech_device: "null",' speaks >"$work/cold.txt"
run warm state-null '    speech_device: "null",' speaks >"$work/warm.txt"
read -r _ idle speaking idle_tree speaking_tree <"$work/warm.txt"
first() { grep -o 'first_sound_ms=[0-9]*' "$work/kiosk-$1.log" | cut -d= -f2 | tr '\n' ' '; }
printf '\nread-aloud, real binary, device null:\n'
awk -v i="$idle" -v s="$speaking" -v ti="$idle_tree" -v ts="$speaking_tree" 'BEGIN {
    printf "  PSS of the kiosk on a page: idle %.1f MB, speaking %.1f MB (%+.1f MB)\n", i / 1024, s / 1024, (s - i) / 1024
    printf "  with its speech processes:  idle %.1f MB, speaking %.1f MB (%+.1f MB)\n", ti / 1024, ts / 1024, (ts - ti) / 1024 }'
printf '  time to first sound (ms), first start, nothing made ahead: %s\n' "$(first cold)"
printf '  time to first sound (ms), made ahead: %s\n' "$(first warm)"
du -sh "$work/state-null/speech/cache" | awk '{ print "  audio made ahead, on disk: " $1 }'
printf 'speech-test: passed\n'
