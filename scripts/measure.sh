#!/usr/bin/env bash
# Prints the figures that matter on a kiosk, from the real release binary under Xvfb:
# binary size, time until the window is up, CPU while nobody touches it (on the attract
# screen, and on a page), and peak memory over the whole run.
# Usage: scripts/measure.sh [BINARY]   Env: MEASURE_SECS (default 60) per idle measurement.
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
secs=${MEASURE_SECS:-60}
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

export DISPLAY=:96
start_display 1920 1080

ticks_per_sec=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle_cpu() { # PID LABEL
    local before after
    before=$(cpu_ticks "$1")
    sleep "$secs"
    after=$(cpu_ticks "$1")
    awk -v t=$((after - before)) -v hz="$ticks_per_sec" -v s="$secs" -v l="$2" \
        'BEGIN { printf "idle CPU, %s: %.2f %% of one core over %d s (%d ticks)\n", l, 100 * t / hz / s, s, t }'
}

awk -v b="$binary" -v n="$(stat -c %s "$binary")" 'BEGIN { printf "binary: %s, %.1f MB\n", b, n / 1048576 }'

start=$(date +%s.%N)
IMMUNO_KIOSK_STATE_DIR=$work/state /usr/bin/time -v -o "$work/time.txt" "$binary" >"$work/kiosk.log" 2>&1 &
timer=$!
pids+=("$timer")
xdotool search --sync --onlyvisible --class 'immuno_kiosk' >/dev/null
up=$(date +%s.%N)
kiosk=$(pgrep -P "$timer" -f immuno-kiosk | head -n1)
awk -v a="$start" -v b="$up" 'BEGIN { printf "window up after %.2f s\n", b - a }'
sleep 2

idle_cpu "$kiosk" "attract screen (a frame every 2 s)"
xdotool mousemove 960 540 click 1
sleep 1
xdotool mousemove 500 520 click 1
sleep 1
for _ in 1 2 3; do xdotool mousemove 1800 1030 click 1; sleep 0.5; done
xdotool mousemove 1210 48 click 1
sleep 2
idle_cpu "$kiosk" "a page, untouched (sleeps until the idle warning is due)"

kill -TERM "$kiosk"
wait "$timer" 2>/dev/null || true
grep -E 'Maximum resident set size' "$work/time.txt" |
    awk '{ printf "peak RSS: %.1f MB\n", $NF / 1024 }'
