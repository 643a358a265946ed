#!/bin/sh
# Builds "Immunotherapy Guide.app" and a .dmg on macOS (Xcode command line tools and
# rustup needed). NOT run in this repository's CI; see packaging/README.md, "macOS".
#
#   packaging/macos/build-app.sh                       # unsigned (ad-hoc signed) app + dmg
#   SIGN_IDENTITY="Developer ID Application: …" packaging/macos/build-app.sh
#
# Output: target/packages/Immunotherapy Guide.app and immuno-kiosk-<version>-macos.dmg
set -eu
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-app.sh runs on macOS only" >&2; exit 1; }

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)
out=target/packages
app="$out/Immunotherapy Guide.app"
id=io.github.immuno_kiosk.ImmunoKiosk

# A universal binary for Apple silicon and Intel Macs.
rustup target add aarch64-apple-darwin x86_64-apple-darwin
cargo build --release --locked --target aarch64-apple-darwin
cargo build --release --locked --target x86_64-apple-darwin

rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
lipo -create -output "$app/Contents/MacOS/immuno-kiosk" \
    target/aarch64-apple-darwin/release/immuno-kiosk \
    target/x86_64-apple-darwin/release/immuno-kiosk
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"

# AppIcon.icns from the committed PNGs.
iconset=$(mktemp -d)/AppIcon.iconset
mkdir -p "$iconset"
icons=packaging/linux/icons/hicolor
for s in 16 32 128 256 512; do
    cp "$icons/${s}x${s}/apps/$id.png" "$iconset/icon_${s}x${s}.png"
done
cp "$icons/32x32/apps/$id.png" "$iconset/icon_16x16@2x.png"
cp "$icons/64x64/apps/$id.png" "$iconset/icon_32x32@2x.png"
cp "$icons/256x256/apps/$id.png" "$iconset/icon_128x128@2x.png"
cp "$icons/512x512/apps/$id.png" "$iconset/icon_256x256@2x.png"
iconutil -c icns -o "$app/Contents/Resources/AppIcon.icns" "$iconset"

cp packaging/config.ron "$app/Contents/Resources/config.ron"
cp assets/fonts/OFL.txt packaging/licenses/LICENSE-MIT packaging/licenses/LICENSE-APACHE \
    "$app/Contents/Resources/"

# Sign (ad hoc unless SIGN_IDENTITY is set). Notarize signed builds before handing
# them out: xcrun notarytool submit <dmg> --keychain-profile <profile> --wait
codesign --force --deep --options runtime --timestamp=none \
    --sign "${SIGN_IDENTITY:--}" "$app"

dmg="$out/immuno-kiosk-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "Immunotherapy Guide" -srcfolder "$app" -ov -format UDZO "$dmg"
echo "built: $app"
echo "built: $dmg"
