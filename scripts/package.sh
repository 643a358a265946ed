#!/usr/bin/env bash
# Builds the platform packages of immuno-kiosk into target/packages/:
#   immuno-kiosk_<version>-1_<arch>.deb   (cargo-deb; the reference package)
#   immuno-kiosk-<version>-1.<arch>.rpm   (cargo-generate-rpm; same layout)
# It runs `cargo build --release --locked` once and packages that binary twice.
# cargo-deb and cargo-generate-rpm are installed with `cargo install --locked` only when
# missing. Needs dpkg-dev (dpkg-shlibdeps for cargo-deb's $auto) and binutils (strip).
#
# Usage: scripts/package.sh            (from anywhere in the repository)
# Env:   CARGO_TARGET_DIR  honoured (packages go to $CARGO_TARGET_DIR/packages)
set -euo pipefail

CARGO_DEB_VERSION=3.8.0
CARGO_GENERATE_RPM_VERSION=0.21.1

cd "$(dirname "$0")/.."
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'package.sh: error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found"
command -v strip >/dev/null || die "strip not found (apt-get install binutils)"
command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps not found (apt-get install dpkg-dev)"

target_dir="${CARGO_TARGET_DIR:-${CARGO_BUILD_TARGET_DIR:-target}}"
out_dir="$target_dir/packages"

# cargo-deb / cargo-generate-rpm: only installed when missing (a few minutes each).
ensure_tool() { # <cargo subcommand binary> <crate> <version>
    if command -v "$1" >/dev/null; then
        log "using $($1 --version 2>/dev/null | head -n1 || echo "$1")"
    else
        log "installing $2 $3 (cargo install --locked)"
        cargo install --locked "$2@$3"
    fi
}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
ensure_tool cargo-deb cargo-deb "$CARGO_DEB_VERSION"
ensure_tool cargo-generate-rpm cargo-generate-rpm "$CARGO_GENERATE_RPM_VERSION"
# `--tools-only`: install the two tools and stop (CI builds them while other checks wait on
# timers, then packages).
if [ "${1:-}" = "--tools-only" ]; then
    exit 0
fi

log "cargo build --release --locked"
cargo build --release --locked
binary="$target_dir/release/immuno-kiosk"
[ -x "$binary" ] || die "$binary was not built"

rm -rf "$out_dir"
mkdir -p "$out_dir"

# Debian: cargo-deb strips its own copy of the binary and generates the maintainer
# script snippets (sysusers, tmpfiles, systemd units) from packaging/.
log "cargo deb --no-build"
cargo deb --no-build --locked --output "$out_dir/"

# RPM: cargo-generate-rpm packages what it finds under <target-dir>/release/, so give it
# a staging target dir that holds a stripped copy (like rpmbuild's brp-strip would).
staging="$target_dir/rpm-staging"
rm -rf "$staging"
mkdir -p "$staging/release"
strip --strip-unneeded -o "$staging/release/immuno-kiosk" "$binary"
log "cargo generate-rpm"
cargo generate-rpm --target-dir "$staging" --output "$out_dir/"
rm -rf "$staging"

deb=$(ls "$out_dir"/*.deb 2>/dev/null | head -n1)
rpm=$(ls "$out_dir"/*.rpm 2>/dev/null | head -n1)
[ -n "$deb" ] || die "no .deb in $out_dir"
[ -n "$rpm" ] || die "no .rpm in $out_dir"
log "packages:"
ls -l "$out_dir" >&2
