# %post of immuno-kiosk ($1: 1 = first install, 2+ = upgrade).
# Create the system user (sysusers.d), the state directory (tmpfiles.d) and the empty
# drop-in directory /etc/immuno-kiosk/config.d (cargo-generate-rpm 0.21 cannot package
# an empty directory); the kiosk session units are installed but never enabled.
systemd-sysusers /usr/lib/sysusers.d/immuno-kiosk.conf >/dev/null 2>&1 || :
systemd-tmpfiles --create /usr/lib/tmpfiles.d/immuno-kiosk.conf >/dev/null 2>&1 || :
mkdir -p /etc/immuno-kiosk/config.d
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
