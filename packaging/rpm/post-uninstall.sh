# %postun of immuno-kiosk ($1: 0 = erase, 1+ = upgrade).
# Reload units; after an upgrade, restart a running kiosk so it runs the new version
# (like %systemd_postun_with_restart). On erase, remove the drop-in directory if the
# hospital left nothing in it; /var/lib/immuno-kiosk (the nurses' settings) and the user
# immuno-kiosk are kept, as RPM distributions do (see INSTALL.md for removing them).
if [ "$1" -eq 0 ]; then
    rmdir /etc/immuno-kiosk/config.d /etc/immuno-kiosk >/dev/null 2>&1 || :
fi
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 1 ]; then
        systemctl try-restart immuno-kiosk.service immuno-kiosk-x11.service >/dev/null 2>&1 || :
    fi
fi
