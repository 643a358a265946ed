#!/usr/bin/env bash
# Takes the README's screenshots from the real kiosk window under Xvfb, as a visitor and as
# staff would see it, in landscape (1920x1080) and portrait (1080x1920).
# Usage: scripts/screenshots.sh [BINARY] [OUT_DIR]   (defaults: target/release/immuno-kiosk,
# docs/screenshots). Needs xvfb, matchbox-window-manager, xdotool, imagemagick.
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
out=${2:-docs/screenshots}
mkdir -p "$out"
out=$(realpath "$out")
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

export DISPLAY=:97
start_kiosk() { # CONFIG
    IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" --config "$1" >>"$work/kiosk.log" 2>&1 &
    pids+=($!)
    sleep 3
}
tap() { xdotool mousemove "$1" "$2" click 1; sleep 0.8; }
# The language switch (one button: 「言語 / Language」), then a language in its list.
english() { # SWITCH_X SWITCH_Y ENGLISH_X ENGLISH_Y [SHOT]
    tap "$1" "$2"
    [[ -n ${5:-} ]] && shot "$5"
    tap "$3" "$4"
}
hold() { xdotool mousemove "$1" "$2" mousedown 1; sleep "$3"; xdotool mouseup 1; sleep 0.5; }
shot() { import -window root "$out/$1.png"; echo "screenshots: $out/$1.png"; }

# A staff PIN (2468) and a short idle time, so the warning can be photographed.
printf '2468\n2468\n' | IMMUNO_KIOSK_STATE_DIR=$work/state script -qec "$binary set-pin" /dev/null >/dev/null
cat >"$work/config.ron" <<'RON'
(idle_timeout_secs: 30, idle_warning_secs: 20)
RON

start_display 1920 1080
start_kiosk "$work/config.ron"
shot attract
tap 960 540
shot home-ja
tap 294 920 # まず、知っておきたいこと: 読む
for _ in 1 2 3; do tap 1800 1030; done # 次へ to core 4
shot page-core4-ja
drag_up 960 800 200
drag_up 960 800 200
shot page-core4-ja-scrolled
english 182 83 1162 174 language-list-ja
tap 1800 1030 # Next: core 5
shot page-core5-en
tap 1344 47 # 200% (English at 100 %: the title shares the row)
shot page-core5-en-200
sleep 32
shot idle-warning-en
sleep 20
shot attract-after-reset
tap 960 540
hold 20 20 5.5
hold 1900 20 5.5
shot pin-pad-ja
tap 952 234 # 2
tap 777 333 # 4
tap 1126 333 # 6
tap 952 430 # 8
tap 1126 527 # 決定
shot staff-menu-ja
tap 960 160 # 設定…
shot settings-ja

# The staff screens follow the visitor's language: the same in English.
start_display 1920 1080
start_kiosk "$work/config.ron"
tap 960 540
english 182 83 1162 174
hold 20 20 5.5
hold 1900 20 5.5
tap 952 234 # 2
tap 777 333 # 4
tap 1126 333 # 6
tap 952 430 # 8
tap 1126 527 # Enter
tap 960 160 # Settings…
shot settings-en

start_display 1080 1920
start_kiosk "$work/config.ron"
tap 540 960
shot portrait-home-ja
english 182 84 342 258 # portrait: the list has two columns
tap 280 962 # Five things to know first: Read
shot portrait-page-en
