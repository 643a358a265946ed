# %preun of immuno-kiosk ($1: 0 = erase, 1+ = upgrade).
# On erase, disable and stop the kiosk session (like %systemd_preun).
if [ "$1" -eq 0 ]; then
    systemctl --no-reload disable immuno-kiosk.service immuno-kiosk-x11.service >/dev/null 2>&1 || :
    if [ -d /run/systemd/system ]; then
        systemctl stop immuno-kiosk.service immuno-kiosk-x11.service >/dev/null 2>&1 || :
    fi
fi
