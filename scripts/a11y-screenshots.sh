#!/usr/bin/env bash
# Screenshots of the real kiosk window at the largest text size (200 %), in both themes, in
# Japanese and English, in landscape (1920x1080) and portrait (1080x1920): the home screen, a
# page, and the end of that page scrolled into view. For looking at by eye: nothing may be
# clipped, overlap or be hard to read. The defaults come from a config file, so the attract
# screen's tap is the only touch needed to get home; pages are reached with the keyboard
# (Tab, Enter), as a switch-device user would.
# Usage: scripts/a11y-screenshots.sh [BINARY] [OUT_DIR]   (defaults: target/release/immuno-kiosk,
# docs/screenshots/a11y). Needs xvfb, matchbox-window-manager, xdotool, imagemagick.
set -euo pipefail

binary=$(realpath "${1:-target/release/immuno-kiosk}")
out=${2:-docs/screenshots/a11y}
mkdir -p "$out"
out=$(realpath "$out")
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

export DISPLAY=:96
# One key at a time: egui moves the focus once a frame.
key() { xdotool key --delay 400 "$@"; sleep 0.6; }
shot() { import -window root "$out/$1.png"; echo "a11y-screenshots: $out/$1.png"; }

for orientation in landscape portrait; do
    if [[ $orientation == landscape ]]; then w=1920 h=1080; else w=1080 h=1920; fi
    for locale in ja en; do
        for theme in standard high-contrast; do
            hc=false
            [[ $theme == high-contrast ]] && hc=true
            cat >"$work/config.ron" <<RON
(default_locale: "$locale", default_text_scale: 200, high_contrast: $hc)
RON
            start_display "$w" "$h"
            IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" --config "$work/config.ron" \
                >>"$work/kiosk.log" 2>&1 &
            pids+=($!)
            sleep 3
            name=$orientation-$locale-$theme
            xdotool mousemove $((w / 2)) $((h / 2)) click 1
            sleep 1
            shot "$name-home"
            # The top bar's controls, then the first track: the language switch, three text
            # sizes and the contrast, and in Japanese the three ふりがな choices too.
            tabs=6
            [[ $locale == ja ]] && tabs=9
            # shellcheck disable=SC2046
            key $(printf 'Tab %.0s' $(seq "$tabs")) Return
            xdotool mousemove $((w / 2)) $((h / 2))
            shot "$name-page"
            # To the end of the page with the mouse wheel: drags from a fixed height began
            # on the legend below the page in English at 200 % in landscape, and scrolled
            # nothing there (the "end" shot was the top of the page).
            xdotool mousemove $((w / 2)) $((h / 2)) click --repeat 150 --delay 30 5
            sleep 1
            shot "$name-page-end"
        done
    done
done
