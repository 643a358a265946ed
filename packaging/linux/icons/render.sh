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

# The Windows installer's icon (packaging/windows/immuno-kiosk.ico), from the same PNGs.
# Needs ImageMagick (convert).
if command -v convert >/dev/null 2>&1; then
    convert $(for s in 16 24 32 48 64 256; do echo "hicolor/${s}x${s}/apps/$id.png"; done) \
        ../../windows/immuno-kiosk.ico
    echo "rendered ../../windows/immuno-kiosk.ico"
fi
