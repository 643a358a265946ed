#!/usr/bin/env bash
# Packaging test of immuno-kiosk. Builds the .deb and .rpm (scripts/package.sh), checks
# them, installs the .deb on this machine, exercises the installed kiosk (also in a real
# X11 window under Xvfb), upgrades it in place, removes and purges it, and checks that
# nothing is left behind.
#
# It changes the system (dpkg -i / --purge, creates and deletes the user immuno-kiosk),
# so it runs as root on a throwaway machine: CI, a container or a VM. It starts its own
# Xvfb and never uses the caller's display.
#
# Needs (Debian 12 packages): lintian rpm appstream desktop-file-utils systemd cage xinit
#   xvfb xdotool matchbox-window-manager x11-utils dpkg-dev binutils libgl1-mesa-dri man-db
# Exit status 0 when every check passed; otherwise 1 at the first failed check, with
# the reason. The last line is "package-test: N passed, M failed".
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)

PKG=immuno-kiosk
APP_ID=io.github.immuno_kiosk.ImmunoKiosk
WINDOW_TITLE="がん免疫療法ガイド"
target_dir="${CARGO_TARGET_DIR:-${CARGO_BUILD_TARGET_DIR:-target}}"
case "$target_dir" in /*) ;; *) target_dir="$repo/$target_dir" ;; esac
out_dir="$target_dir/packages"

passed=0
failed=0
installed_by_us=0
xvfb_pid=""
wm_pid=""
kiosk_pid=""
tmp=$(mktemp -d /tmp/immuno-kiosk-package-test.XXXXXX)
chmod 0755 "$tmp"

ok() { passed=$((passed + 1)); printf 'ok   - %s\n' "$*"; }
note() { printf '%s\n' "$@" | sed 's/^/       /'; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL - %s\n' "$1" >&2
    shift
    [ "$#" -eq 0 ] || printf '%s\n' "$@" | sed 's/^/       /' >&2
    exit 1
}
section() { printf '\n### %s\n' "$*"; }

kill_pid() { # <pid>: end a process this script started, and wait for it
    if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
        kill "$1" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}

cleanup() {
    local rc=$?
    set +e
    kill_pid "$kiosk_pid"
    kill_pid "$wm_pid"
    kill_pid "$xvfb_pid"
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${db:Status-Status}' "$PKG" 2>/dev/null | grep -qv '^not-installed$'; then
        echo "cleanup: purging $PKG" >&2
        rm -f /etc/immuno-kiosk/config.d/*.ron
        dpkg --purge "$PKG" >/dev/null 2>&1
    fi
    rm -rf "$tmp"
    printf '\npackage-test: %d passed, %d failed\n' "$passed" "$failed"
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        echo "package-test: aborted (exit $rc) before finishing" >&2
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

unset DISPLAY WAYLAND_DISPLAY
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

# ---------------------------------------------------------------------------------------
section "preconditions"
[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs and purges the package)" \
    "run it in CI, a container or a VM: sudo scripts/package-test.sh"
missing=""
for tool in lintian:lintian rpm:rpm appstreamcli:appstream desktop-file-validate:desktop-file-utils \
    systemd-analyze:systemd cage:cage xinit:xinit Xvfb:xvfb xdotool:xdotool \
    matchbox-window-manager:matchbox-window-manager xprop:x11-utils dpkg-shlibdeps:dpkg-dev \
    strip:binutils script:bsdutils man:man-db; do
    command -v "${tool%%:*}" >/dev/null || missing="$missing ${tool#*:}"
done
[ -z "$missing" ] || fail "missing tools; install them with: apt-get install -y$missing"
if dpkg-query -W -f='${db:Status-Status}' "$PKG" 2>/dev/null | grep -qv '^not-installed$'; then
    fail "$PKG is already installed on this machine; purge it first (dpkg --purge $PKG)"
fi
if getent passwd "$PKG" >/dev/null; then
    fail "a user $PKG already exists although the package is not installed; remove it first"
fi
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)
[ -n "$version" ] || fail "cannot read the package version from Cargo.toml"
ok "root, tools present, $PKG not installed, version $version"
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version 2>/dev/null || true)
[ "$changelog_version" = "$version-1" ] || fail "packaging/debian/changelog's newest entry is '$changelog_version', not $version-1" \
    "add an entry for $version (and a <release> in the metainfo) when bumping the version"
grep -q "<release version=\"$version\"" packaging/linux/$APP_ID.metainfo.xml \
    || fail "packaging/linux/$APP_ID.metainfo.xml has no <release version=\"$version\">"
ok "debian/changelog and the AppStream releases are at $version"

# ---------------------------------------------------------------------------------------
section "build (scripts/package.sh)"
scripts/package.sh || fail "scripts/package.sh failed"
deb=$(ls "$out_dir"/"${PKG}_${version}"-*.deb 2>/dev/null | head -n1 || true)
rpm=$(ls "$out_dir"/"${PKG}-${version}"-*.rpm 2>/dev/null | head -n1 || true)
[ -f "$deb" ] || fail "no .deb for version $version in $out_dir"
[ -f "$rpm" ] || fail "no .rpm for version $version in $out_dir"
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$rpm") ($(du -k "$rpm" | cut -f1) KiB)"
# The budget with every language and its fonts: the .deb at most 30 MB.
deb_bytes=$(stat -c %s "$deb")
[ "$deb_bytes" -le $((30 * 1000 * 1000)) ] ||
    fail "the .deb is $deb_bytes bytes, over its budget of 30 MB"
ok "the .deb is $(awk -v b="$deb_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB (budget: 30 MB)"

icons() { # <prefix> : the icon files
    for s in 16 24 32 48 64 128 256 512; do echo "$1/usr/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
    echo "$1/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
}
common_files() {
    cat <<EOF
/etc/immuno-kiosk/config.ron
/etc/pam.d/immuno-kiosk
/usr/bin/immuno-kiosk
/usr/lib/systemd/system/immuno-kiosk.service
/usr/lib/systemd/system/immuno-kiosk-x11.service
/usr/lib/sysusers.d/immuno-kiosk.conf
/usr/lib/tmpfiles.d/immuno-kiosk.conf
/usr/libexec/immuno-kiosk/x11-session
/usr/share/applications/$APP_ID.desktop
/usr/share/metainfo/$APP_ID.metainfo.xml
/usr/share/doc/immuno-kiosk/INSTALL.md
/usr/share/immuno-kiosk/prometheus/immuno-kiosk.rules.yml
/usr/share/immuno-kiosk/grafana/immuno-kiosk.json
EOF
    icons ""
}
expected_deb_files() {
    {
        common_files
        cat <<EOF
/usr/share/man/man1/immuno-kiosk.1.gz
/usr/share/doc/immuno-kiosk/copyright
/usr/share/doc/immuno-kiosk/changelog.Debian.gz
/usr/share/doc/immuno-kiosk/OFL-Noto.txt
/usr/share/doc/immuno-kiosk/OFL.txt
/usr/share/doc/immuno-kiosk/LICENSE_mei_normal.htsvoice
/usr/share/lintian/overrides/immuno-kiosk
EOF
    } | sort
}
expected_rpm_files() {
    {
        common_files
        cat <<EOF
/usr/share/man/man1/immuno-kiosk.1
/usr/share/licenses/immuno-kiosk/LICENSE-MIT
/usr/share/licenses/immuno-kiosk/LICENSE-APACHE
/usr/share/licenses/immuno-kiosk/OFL-Noto.txt
/usr/share/licenses/immuno-kiosk/OFL.txt
/usr/share/licenses/immuno-kiosk/LICENSE_mei_normal.htsvoice
EOF
    } | sort
}

# ---------------------------------------------------------------------------------------
section "the .deb, before installing"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort > "$tmp/deb-files"
expected_deb_files > "$tmp/deb-expected"
if ! diff -u "$tmp/deb-expected" "$tmp/deb-files" > "$tmp/deb-diff"; then
    fail "the .deb does not hold exactly the expected files (- expected, + found)" "$(cat "$tmp/deb-diff")"
fi
ok "the .deb holds exactly the $(wc -l < "$tmp/deb-files") expected files"
note "$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {printf "%9d %s\n", $3, $6}')"

perm=$(dpkg-deb -c "$deb" | awk '$6=="./usr/bin/immuno-kiosk" || $6=="./usr/libexec/immuno-kiosk/x11-session" {print $1}' | sort -u)
[ "$perm" = "-rwxr-xr-x" ] || fail "executables are not 0755 root:root in the .deb: $perm"
ok "executables are 0755"

dpkg-deb -f "$deb" Depends Recommends Suggests > "$tmp/control-deps"
for dep in libc6 libgl1 libegl1 libwayland-client0 libxkbcommon0 libx11-6 "systemd | systemd-standalone-sysusers"; do
    grep -q "Depends:.*$dep" "$tmp/control-deps" || fail "Depends lacks $dep" "$(cat "$tmp/control-deps")"
done
grep -q '^Recommends:.*\bcage\b' "$tmp/control-deps" || fail "cage is not in Recommends" "$(cat "$tmp/control-deps")"
ok "Depends/Recommends: $(tr '\n' ' ' < "$tmp/control-deps")"

mkdir "$tmp/control"
dpkg-deb -e "$deb" "$tmp/control"
for script in postinst postrm prerm; do
    [ -f "$tmp/control/$script" ] || fail "the .deb has no $script"
    sh -n "$tmp/control/$script" || fail "$script is not valid sh"
    ! grep -q '#DEBHELPER#' "$tmp/control/$script" || fail "$script still holds the #DEBHELPER# token"
done
grep -q 'systemd-sysusers' "$tmp/control/postinst" || fail "postinst does not create the user (systemd-sysusers)"
if grep -E 'deb-systemd-invoke +(start|restart) ' "$tmp/control/postinst" >/dev/null; then
    fail "postinst starts the kiosk session (it must only be installed)"
fi
ok "maintainer scripts: valid sh, snippets filled in, user created, units never started"

grep -qx '/etc/immuno-kiosk/config.ron' "$tmp/control/conffiles" \
    || fail "/etc/immuno-kiosk/config.ron is not in the .deb's conffiles" "$(cat "$tmp/control/conffiles")"
ok "conffiles: $(tr '\n' ' ' < "$tmp/control/conffiles")"

# Lintian: no errors, and every warning overridden in packaging/lintian-overrides.
if ! lintian --fail-on error,warning --display-info \
    "$deb" > "$tmp/lintian.log" 2>&1; then
    fail "lintian reports errors or warnings (fix them, or justify them in packaging/lintian-overrides)" \
        "$(cat "$tmp/lintian.log")"
fi
ok "lintian: no errors or warnings (warnings that do not apply are justified in packaging/lintian-overrides)"
if grep -v "root privileges" "$tmp/lintian.log" | grep -q .; then note "$(grep -v "root privileges" "$tmp/lintian.log")"; fi

# ---------------------------------------------------------------------------------------
section "install"
installed_by_us=1
if ! apt-get install -y --no-install-recommends "$deb" > "$tmp/install.log" 2>&1; then
    fail "installing $(basename "$deb") failed" "$(tail -n 30 "$tmp/install.log")"
fi
[ "$(dpkg-query -W -f='${db:Status-Status}' "$PKG")" = installed ] || fail "$PKG is not installed after apt-get install"
ok "installed with apt-get install ./$(basename "$deb")"

dpkg-query -W -f='${Conffiles}\n' "$PKG" > "$tmp/conffiles"
grep -q '^ /etc/immuno-kiosk/config.ron ' "$tmp/conffiles" \
    || fail "dpkg does not list /etc/immuno-kiosk/config.ron as a conffile" "$(cat "$tmp/conffiles")"
grep -q '^ /etc/pam.d/immuno-kiosk ' "$tmp/conffiles" \
    || fail "dpkg does not list /etc/pam.d/immuno-kiosk as a conffile" "$(cat "$tmp/conffiles")"
ok "dpkg-query lists config.ron and the PAM file as conffiles"

getent passwd "$PKG" > "$tmp/passwd" || fail "postinst did not create the user $PKG"
IFS=: read -r _ _ uid _ _ home shell < "$tmp/passwd"
[ "$uid" -lt 1000 ] || fail "user $PKG is not a system user (uid $uid)"
[ "$home" = /var/lib/immuno-kiosk ] || fail "home of $PKG is $home, not /var/lib/immuno-kiosk"
case "$shell" in */nologin|/bin/false) ;; *) fail "user $PKG has a login shell: $shell" ;; esac
ok "system user: $(id "$PKG"), home $home, shell $shell"
# The session gets video/render/input/audio through SupplementaryGroups=; the groups must exist
# or systemd refuses to start the unit.
for unit in immuno-kiosk.service immuno-kiosk-x11.service; do
    grep -qx 'SupplementaryGroups=video render input audio' "/usr/lib/systemd/system/$unit" \
        || fail "$unit does not add the groups video, render, input, audio"
done
for group in video render input audio; do
    getent group "$group" >/dev/null || fail "group $group does not exist: the kiosk session could not start"
done
ok "the session units add the groups video, render, input, audio, and they exist"

[ "$(stat -c '%U:%G %a' /var/lib/immuno-kiosk 2>/dev/null)" = "immuno-kiosk:immuno-kiosk 750" ] \
    || fail "/var/lib/immuno-kiosk is not immuno-kiosk:immuno-kiosk 0750 ($(stat -c '%U:%G %a' /var/lib/immuno-kiosk 2>&1))"
[ -d /etc/immuno-kiosk/config.d ] && [ -z "$(ls -A /etc/immuno-kiosk/config.d)" ] \
    || fail "/etc/immuno-kiosk/config.d is missing or not empty"
ok "state dir /var/lib/immuno-kiosk (immuno-kiosk, 0750) and empty /etc/immuno-kiosk/config.d exist"

# ---------------------------------------------------------------------------------------
section "the installed program"
out=$(/usr/bin/immuno-kiosk --version 2>&1) || fail "immuno-kiosk --version failed" "$out"
case "$out" in *"$version"*) ;; *) fail "immuno-kiosk --version does not print $version" "$out" ;; esac
ok "immuno-kiosk --version: $out"

out=$(immuno-kiosk check-config 2>&1) || fail "immuno-kiosk check-config (as root) exited $?" "$out"
ok "immuno-kiosk check-config (as root) exits 0"
out=$(runuser -u "$PKG" -- env IMMUNO_KIOSK_STATE_DIR=/var/lib/immuno-kiosk immuno-kiosk check-config 2>&1) \
    || fail "immuno-kiosk check-config as the kiosk user exited $?" "$out"
ok "immuno-kiosk check-config as user $PKG with its state dir exits 0"

immuno-kiosk print-default-config > "$tmp/default-config.ron" || fail "immuno-kiosk print-default-config failed"
if ! diff -u /etc/immuno-kiosk/config.ron "$tmp/default-config.ron" > "$tmp/config.diff"; then
    fail "/etc/immuno-kiosk/config.ron (packaging/config.ron) differs from 'immuno-kiosk print-default-config'" \
        "regenerate it: cargo run --release -- print-default-config > packaging/config.ron" \
        "$(head -n 40 "$tmp/config.diff")"
fi
ok "/etc/immuno-kiosk/config.ron equals 'immuno-kiosk print-default-config'"

printf '(\n    idle_timeout_secs: 300,\n)\n' > /etc/immuno-kiosk/config.d/50-package-test.ron
out=$(immuno-kiosk check-config 2>&1) || fail "check-config rejects a valid drop-in in config.d (exit $?)" "$out"
printf '(\n    idle_timeout_secs: 300,\n' > /etc/immuno-kiosk/config.d/60-package-test.ron  # unclosed
set +e
out=$(immuno-kiosk check-config 2>&1)
rc=$?
set -e
rm -f /etc/immuno-kiosk/config.d/50-package-test.ron /etc/immuno-kiosk/config.d/60-package-test.ron
[ "$rc" -eq 2 ] || fail "check-config exits $rc (not 2) for an unparseable drop-in in config.d" "$out"
ok "check-config reads config.d: a valid drop-in passes, an unparseable one exits 2"

# Set the staff PIN the way INSTALL.md tells hospital IT to (as the kiosk user, with its
# state dir), on a pseudo-terminal made by script(1) since the PIN is read from the tty.
printf '2468\n2468\n' | timeout 120 script -qec \
    "runuser -u $PKG -- env IMMUNO_KIOSK_STATE_DIR=/var/lib/immuno-kiosk immuno-kiosk set-pin" \
    /dev/null > "$tmp/set-pin.log" 2>&1 || fail "immuno-kiosk set-pin as the kiosk user failed" "$(cat "$tmp/set-pin.log")"
[ "$(stat -c %U /var/lib/immuno-kiosk/settings.ron 2>/dev/null)" = "$PKG" ] \
    || fail "set-pin did not leave /var/lib/immuno-kiosk/settings.ron owned by $PKG" "$(ls -la /var/lib/immuno-kiosk 2>&1)"
grep -q 'argon2id' /var/lib/immuno-kiosk/settings.ron || fail "settings.ron holds no argon2id hash after set-pin"
! grep -q '2468' /var/lib/immuno-kiosk/settings.ron || fail "settings.ron holds the PIN in clear text"
out=$(runuser -u "$PKG" -- env IMMUNO_KIOSK_STATE_DIR=/var/lib/immuno-kiosk immuno-kiosk check-config 2>&1) \
    || fail "check-config fails after set-pin" "$out"
ok "set-pin as the kiosk user stores an argon2id hash in its settings.ron; check-config still clean"

# ---------------------------------------------------------------------------------------
section "desktop entry, AppStream metainfo, systemd units"
out=$(desktop-file-validate "/usr/share/applications/$APP_ID.desktop" 2>&1) \
    || fail "desktop-file-validate failed" "$out"
[ -z "$out" ] || note "$out"
ok "desktop-file-validate /usr/share/applications/$APP_ID.desktop"
out=$(appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" 2>&1) \
    || fail "appstreamcli validate failed" "$out"
ok "appstreamcli validate /usr/share/metainfo/$APP_ID.metainfo.xml ($(echo "$out" | tail -n1 | sed 's/^[^A-Za-z]*//'))"
grep -q "^Icon=$APP_ID\$" "/usr/share/applications/$APP_ID.desktop" || fail "desktop entry does not use icon $APP_ID"
[ -f "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" ] || fail "no 48x48 icon"
ok "desktop entry's icon is installed"

# systemd-analyze verify works without systemd as PID 1 (containers, CI). It exits 0 even
# for unknown keys or bad values and only prints them, so any message about our units
# counts as a failure.
for unit in immuno-kiosk.service immuno-kiosk-x11.service; do
    set +e
    out=$(systemd-analyze verify "/usr/lib/systemd/system/$unit" 2>&1)
    rc=$?
    set -e
    ours=$(printf '%s\n' "$out" | grep -i 'immuno-kiosk' || true)
    if [ "$rc" -ne 0 ] || [ -n "$ours" ]; then
        fail "systemd-analyze verify $unit (exit $rc)" "$out"
    fi
    [ -z "$out" ] || note "systemd-analyze (not about our unit): $out"
    ok "systemd-analyze verify /usr/lib/systemd/system/$unit"
done
if systemd-analyze security --offline=true /usr/lib/systemd/system/immuno-kiosk.service > "$tmp/security.log" 2>&1; then
    note "$(grep 'Overall exposure' "$tmp/security.log" || tail -n1 "$tmp/security.log")"
fi

state=$(systemctl is-enabled immuno-kiosk.service 2>/dev/null || true)
[ "$state" = disabled ] || fail "immuno-kiosk.service is '$state' after install; it must be installed but not enabled"
state=$(systemctl is-enabled immuno-kiosk-x11.service 2>/dev/null || true)
[ "$state" = disabled ] || fail "immuno-kiosk-x11.service is '$state' after install; it must not be enabled"
ok "both kiosk session units are installed and disabled"

# ---------------------------------------------------------------------------------------
section "the kiosk in an X11 window (Xvfb, the X11 fallback)"
display=""
for n in $(seq 97 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display number between :97 and :140"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
    DISPLAY=$display xprop -root >/dev/null 2>&1 && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb $display exited" "$(cat "$tmp/xvfb.log")"
    sleep 0.2
done
DISPLAY=$display xprop -root >/dev/null 2>&1 || fail "Xvfb $display did not come up" "$(cat "$tmp/xvfb.log")"
DISPLAY=$display matchbox-window-manager -use_titlebar no > "$tmp/wm.log" 2>&1 &
wm_pid=$!
ok "Xvfb $display (1920x1080) with matchbox-window-manager"

mkdir -m 0700 "$tmp/state"
DISPLAY=$display IMMUNO_KIOSK_STATE_DIR="$tmp/state" RUST_LOG=info /usr/bin/immuno-kiosk \
    > "$tmp/kiosk.log" 2>&1 &
kiosk_pid=$!
window=""
for _ in $(seq 1 150); do # up to 30 s: software rendering on a busy machine
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk exited before showing a window" "$(tail -n 40 "$tmp/kiosk.log")"
    window=$(DISPLAY=$display xdotool search --onlyvisible --pid "$kiosk_pid" 2>/dev/null | head -n1 || true)
    [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || fail "no visible window of the kiosk (pid $kiosk_pid) after 30 s" "$(tail -n 40 "$tmp/kiosk.log")"
name=$(DISPLAY=$display xdotool getwindowname "$window" 2>/dev/null || true)
geometry=$(DISPLAY=$display xdotool getwindowgeometry "$window" 2>/dev/null | sed -n 's/.*Geometry: //p')
ok "the kiosk shows its window $window: \"$name\", $geometry"
[ "$name" = "$WINDOW_TITLE" ] || fail "window title is \"$name\", expected \"$WINDOW_TITLE\""
ok "window title is $WINDOW_TITLE"
sleep 2
kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk died after showing its window" "$(tail -n 40 "$tmp/kiosk.log")"
if grep -q 'panicked' "$tmp/kiosk.log"; then fail "the kiosk panicked" "$(tail -n 40 "$tmp/kiosk.log")"; fi
if command -v import >/dev/null; then
    DISPLAY=$display import -window root "$out_dir/xvfb-kiosk.png" >/dev/null 2>&1 \
        && note "screenshot: $out_dir/xvfb-kiosk.png"
fi
kill_pid "$kiosk_pid"; kiosk_pid=""
kill_pid "$wm_pid"; wm_pid=""
kill_pid "$xvfb_pid"; xvfb_pid=""
ok "the kiosk kept running, then was stopped; Xvfb stopped"

# ---------------------------------------------------------------------------------------
section "upgrade keeps the configuration"
printf '\n// local edit by package-test\n' >> /etc/immuno-kiosk/config.ron
echo 'set-by-test' > /var/lib/immuno-kiosk/package-test-marker
if ! dpkg -i "$deb" > "$tmp/upgrade.log" 2>&1 < /dev/null; then
    fail "re-installing the .deb over itself failed" "$(tail -n 30 "$tmp/upgrade.log")"
fi
grep -q 'local edit by package-test' /etc/immuno-kiosk/config.ron || fail "the upgrade overwrote the edited config.ron"
[ -f /var/lib/immuno-kiosk/package-test-marker ] || fail "the upgrade removed the state directory's contents"
[ ! -e /etc/immuno-kiosk/config.ron.dpkg-new ] || fail "the upgrade left config.ron.dpkg-new (it should keep the edit silently)"
ok "re-installing over an edited config.ron keeps the edit (no prompt) and the state"

# ---------------------------------------------------------------------------------------
section "remove, then purge"
# As hospital IT would, enable the kiosk session first: purge must undo that too.
systemctl enable immuno-kiosk.service > "$tmp/enable.log" 2>&1 || fail "systemctl enable immuno-kiosk.service failed" "$(cat "$tmp/enable.log")"
[ "$(systemctl is-enabled immuno-kiosk.service 2>/dev/null || true)" = enabled ] || fail "systemctl enable did not enable the unit"
ok "systemctl enable immuno-kiosk.service (as 'immuno-kiosk enable-kiosk' does, without --now)"

dpkg -r "$PKG" > "$tmp/remove.log" 2>&1 || fail "dpkg -r failed" "$(cat "$tmp/remove.log")"
[ ! -e /usr/bin/immuno-kiosk ] || fail "dpkg -r left /usr/bin/immuno-kiosk"
[ -f /etc/immuno-kiosk/config.ron ] || fail "dpkg -r removed the configuration (only purge may)"
[ -d /var/lib/immuno-kiosk ] || fail "dpkg -r removed the nurses' settings (only purge may)"
getent passwd "$PKG" >/dev/null || fail "dpkg -r removed the user (only purge may)"
ok "dpkg -r removes the program, keeps config, state and user"

dpkg --purge "$PKG" > "$tmp/purge.log" 2>&1 || fail "dpkg --purge failed" "$(cat "$tmp/purge.log")"
installed_by_us=0
left=""
while read -r f; do [ -e "$f" ] || [ -L "$f" ] && left="$left $f"; done < "$tmp/deb-files"
[ -z "$left" ] || fail "purge left packaged files behind:$left"
for path in /etc/immuno-kiosk /var/lib/immuno-kiosk /var/cache/immuno-kiosk /usr/libexec/immuno-kiosk \
    /usr/share/doc/immuno-kiosk; do
    [ ! -e "$path" ] || fail "purge left $path behind" "$(ls -la "$path" 2>&1)"
done
! getent passwd "$PKG" >/dev/null || fail "purge left the user $PKG"
! getent group "$PKG" >/dev/null || fail "purge left the group $PKG"
links=$(find /etc/systemd /var/lib/systemd -name '*immuno-kiosk*' 2>/dev/null || true)
[ -z "$links" ] || fail "purge left systemd state behind" "$links"
status=$(dpkg-query -W -f='${db:Status-Status}' "$PKG" 2>/dev/null || echo not-installed)
[ "$status" = not-installed ] || fail "dpkg still knows $PKG after purge (status $status)"
ok "purge leaves nothing: files, /etc/immuno-kiosk, /var/lib/immuno-kiosk, user, group, unit symlinks"

# ---------------------------------------------------------------------------------------
section "the .rpm"
rpm -qp --qf '%{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' "$rpm" > "$tmp/rpm-nvr" 2>/dev/null \
    || fail "rpm cannot read $(basename "$rpm")"
ok "rpm: $(cat "$tmp/rpm-nvr")"
rpm -qlp "$rpm" 2>/dev/null | sort > "$tmp/rpm-files"
expected_rpm_files > "$tmp/rpm-expected"
if ! diff -u "$tmp/rpm-expected" "$tmp/rpm-files" > "$tmp/rpm-diff"; then
    fail "the .rpm does not hold exactly the expected files (- expected, + found)" "$(cat "$tmp/rpm-diff")"
fi
ok "rpm -qlp: exactly the $(wc -l < "$tmp/rpm-files") expected files, same layout as the .deb"
rpm -qp --configfiles "$rpm" 2>/dev/null | sort > "$tmp/rpm-config"
printf '/etc/immuno-kiosk/config.ron\n/etc/pam.d/immuno-kiosk\n' > "$tmp/rpm-config-expected"
diff -u "$tmp/rpm-config-expected" "$tmp/rpm-config" > /dev/null \
    || fail "rpm --configfiles is not exactly config.ron and the PAM file" "$(cat "$tmp/rpm-config")"
for f in /etc/immuno-kiosk/config.ron /etc/pam.d/immuno-kiosk; do
    flags=$(rpm -qp --qf '[%{FILENAMES} %{FILEFLAGS:fflags}\n]' "$rpm" 2>/dev/null | awk -v f="$f" '$1==f {print $2}')
    case "$flags" in *c*n*|*n*c*) ;; *) fail "$f is not %config(noreplace) in the .rpm (flags '$flags')" ;; esac
done
ok "rpm: /etc files are %config(noreplace)"
modes=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILEUSERNAME}:%{FILEGROUPNAME} %{FILENAMES}\n]' "$rpm" 2>/dev/null)
echo "$modes" | grep -q '^-rwxr-xr-x root:root /usr/bin/immuno-kiosk$' || fail "/usr/bin/immuno-kiosk is not 0755 root:root in the .rpm" "$modes"
ok "rpm: /usr/bin/immuno-kiosk is 0755 root:root"
rpm -qp --requires "$rpm" 2>/dev/null > "$tmp/rpm-requires"
for req in 'libEGL.so.1()(64bit)' 'libGL.so.1()(64bit)' 'libxkbcommon.so.0()(64bit)' 'libwayland-client.so.0()(64bit)' systemd; do
    grep -qF "$req" "$tmp/rpm-requires" || fail "the .rpm does not require $req" "$(cat "$tmp/rpm-requires")"
done
rpm -qp --recommends "$rpm" 2>/dev/null | grep -q '^cage' || fail "the .rpm does not recommend cage"
if grep -E '^group\(' "$tmp/rpm-requires"; then
    fail "the .rpm requires group() capabilities, which RPM < 4.19 distributions cannot satisfy"
fi
ok "rpm: requires libc, GL/EGL, Wayland, X11, xkbcommon, systemd ($(sort -u "$tmp/rpm-requires" | grep -c .) capabilities, no group()); recommends cage"
rpm -qp --scripts "$rpm" 2>/dev/null > "$tmp/rpm-scripts"
grep -q 'systemd-sysusers /usr/lib/sysusers.d/immuno-kiosk.conf' "$tmp/rpm-scripts" || fail "rpm %post does not create the user"
grep -q 'systemd-tmpfiles --create' "$tmp/rpm-scripts" || fail "rpm %post does not create the state directory"
grep -q 'disable immuno-kiosk.service' "$tmp/rpm-scripts" || fail "rpm %preun does not disable the kiosk session"
grep -q 'try-restart immuno-kiosk.service' "$tmp/rpm-scripts" || fail "rpm %postun does not restart the kiosk after an upgrade"
! grep -Eq 'systemctl (--[a-z-]+ )*(enable|start) ' "$tmp/rpm-scripts" || fail "rpm scriptlets enable or start the kiosk session"
for s in post-install pre-uninstall post-uninstall; do sh -n "packaging/rpm/$s.sh" || fail "packaging/rpm/$s.sh is not valid sh"; done
ok "rpm scriptlets: user and state dir in %post, disable on erase, try-restart on upgrade, never enable"

echo
echo "all packaging checks passed"
