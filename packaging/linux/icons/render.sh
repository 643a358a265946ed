#!/bin/sh
# Renders the hicolor PNG icons from the SVG. Run after editing the SVG and commit the
# PNGs (the package build does not render them). Needs librsvg2-bin (rsvg-convert).
set -eu
cd "$(dirname "$0")"
id=io.github.immuno_kiosk.ImmunoKiosk
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" -o "hicolor/${size}x${size}/apps/$id.png" "$id.svg"
done
echo "rendered $(ls hicolor | wc -l) sizes"
