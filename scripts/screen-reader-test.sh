#!/usr/bin/env bash
# Runs the real kiosk binary under Xvfb with the AT-SPI bus on, and reads and presses it with
# pyatspi, the library the Orca screen reader uses: the kiosk is on the bus under its title;
# every button has a role, a name and a click action that works (the language list's 'English' switches the
# language); headings are headings; a long page's whole text is in the tree; the idle warning
# is an alert that takes the focus, hides the page behind it, and is not read out every
# second. Prints "N passed, N failed" and fails on any failure.
# Usage: scripts/screen-reader-test.sh [BINARY]   (default target/release/immuno-kiosk)
# Needs: python3-pyatspi at-spi2-core dbus xvfb matchbox-window-manager (Debian 12).
set -euo pipefail

binary=${1:-target/release/immuno-kiosk}
fail() { echo "screen-reader-test: FAIL: $*" >&2; exit 1; }

[ -x "$binary" ] || fail "no kiosk binary at $binary (build it with cargo build --release)"
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
for tool in Xvfb matchbox-window-manager dbus-run-session dbus-send /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (at-spi2-core dbus xvfb matchbox-window-manager)"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || fail "pyatspi is not installed (python3-pyatspi)"

# A private session bus of our own, gone when this script ends.
if [ -z "${SCREEN_READER_TEST_BUS:-}" ]; then
    SCREEN_READER_TEST_BUS=1 exec dbus-run-session -- "$0" "$binary"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
# A display nobody uses.
display=97
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
export DISPLAY=:$display
# shellcheck source=scripts/xvfb.sh
. "$root/scripts/xvfb.sh"
# Everything below is stopped by xvfb.sh's cleanup, in the order started.
start_display 1920 1080

start_atspi || fail "the AT-SPI bus never answered"

# A short idle time, so the warning comes within the test: 40 s, then 20 s of warning.
cat >"$work/config.ron" <<'EOF'
(
    idle_timeout_secs: 40,
    idle_warning_secs: 20,
)
EOF
IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" --config "$work/config.ron" >"$work/kiosk.log" 2>&1 &
kiosk=$!
pids+=("$kiosk")

status=0
/usr/bin/python3 - "$root/locales" "$root/assets/content.ron" <<'PYTHON' || status=$?
import os
import re
import sys
import time

import pyatspi
from gi.repository import GLib

LOCALES = sys.argv[1]
CONTENT = sys.argv[2]
IDLE_TIMEOUT_SECS = 40
IDLE_WARNING_SECS = 20
ANNOUNCE_AT_SECS = 10

passed = 0
failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"screen-reader-test: ok: {what}", flush=True)
    else:
        failed += 1
        print(f"screen-reader-test: FAIL: {what}" + (f": {detail}" if detail else ""), flush=True)
    return ok


def plain(text):
    """The text a screen reader hears: ruby markup out (the reading is the description)."""
    return re.sub(r"《[^》]*》", "", text).replace("｜", "")


def fluent(lang):
    """Every simple message of a language (no variables, one line): id -> text as heard."""
    messages = {}
    folder = os.path.join(LOCALES, lang)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ftl"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if m and "{" not in m.group(2) and not following.startswith(" "):
                messages[m.group(1)] = plain(m.group(2).strip())
    return messages


JA = fluent("ja")
EN = fluent("en")


def page_headings(page_id):
    """The Fluent ids of a page's headings, and of its boxes' titles, from content.ron."""
    with open(CONTENT, encoding="utf-8") as f:
        content = f.read()
    # A page's own `id:` starts its line; a figure's (`Figure(id: …)`) does not.
    starts = [m.start() for m in re.finditer(r'^\s*id: "', content, re.M)]
    start = content.find(f'id: "{page_id}"')
    end = next((s for s in starts if s > start + 1), len(content))
    section = content[start:end]
    return re.findall(r'Heading\("([^"]+)"\)|title: "([^"]+)"', section)
context = GLib.MainContext.default()


def pump(secs):
    """Lets AT-SPI events arrive for `secs` seconds."""
    end = time.monotonic() + secs
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(what, secs):
    """Polls `what()` until it returns something true, pumping events between tries."""
    end = time.monotonic() + secs
    while True:
        try:
            value = what()
        except Exception:  # a node that went away while we read it: try again
            value = None
        if value or time.monotonic() >= end:
            return value
        pump(0.2)


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def walk(node):
    """Every node below `node`, depth first, in the tree's order."""
    out = []
    stack = list(reversed(children(node)))
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(children(n)))
    return out


def role(node):
    return node.getRole()


def the_window():
    """The kiosk's window: the one named by its title, or any window of the kiosk's app."""
    for app in children(pyatspi.Registry.getDesktop(0)):
        for window in children(app):
            if window.name in (JA["app-title"], EN["app-title"]) or "immuno" in app.name.lower():
                return window
    return None


def buttons(window):
    return [n for n in walk(window) if role(n) in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)]


def button(window, name):
    return next((b for b in buttons(window) if b.name == name), None)


def press(window, name, then, secs=15):
    """Presses a button through its AT-SPI click action; waits until `then()` holds."""
    b = wait_for(lambda: button(window, name), secs)
    if not check(f"a button {name!r} is there to press", b is not None):
        return False
    b.queryAction().doAction(0)
    return bool(wait_for(then, secs))


def names(window):
    return [n.name for n in walk(window)]


events = {"announcement": [], "focus": []}


def on_event(event):
    if event.type.startswith("object:announcement"):
        events["announcement"].append((time.monotonic(), str(event.any_data)))
    elif event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
        try:
            name = event.source.name
        except Exception:
            name = ""
        events["focus"].append((time.monotonic(), name))


pyatspi.Registry.registerEventListener(
    on_event, "object:announcement", "object:state-changed:focused"
)

# The kiosk on the bus, its window named by its title.
window = wait_for(the_window, 60)
if not check("the kiosk is on the AT-SPI bus", window is not None):
    print(f"screen-reader-test: {passed} passed, {failed} failed")
    sys.exit(1)
check(f"its window is named {JA['app-title']!r}", window.name == JA["app-title"], repr(window.name))
check("the window has the frame role", role(window) in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW), str(window.getRoleName()))

# From the attract screen to home, by the click action of its one button.
check(
    "the attract screen's button starts a visit",
    press(window, JA["attract-touch"], lambda: button(window, JA["track-core-title"])),
)

# Every button: a role, a name that is shown, a click action.
all_buttons = buttons(window)
check("home has buttons", len(all_buttons) >= 8, str(len(all_buttons)))
bad = []
for b in all_buttons:
    try:
        action = b.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    showing = b.getState().contains(pyatspi.STATE_SHOWING)
    if not b.name.strip() or "click" not in actions or not showing:
        bad.append((b.getRoleName(), b.name, actions, showing))
check("every button has a name, is shown and has a click action", not bad, str(bad))
card = button(window, JA["track-core-title"])
check(
    "a track card is one button; 'read' is said with it, not as a label of its own",
    card is not None
    and JA["home-open-track"] in card.description
    and JA["home-open-track"] + " →" not in names(window),
    card.description if card else "",
)

# The language switch ("言語 / Language") opens the list of languages, each named in its own
# script; 'English' switches the language: the window and the buttons say English.
switch = JA["language-switch"] + " / Language"
check(
    "the language switch opens the list of every language",
    press(window, switch, lambda: button(window, "English") and button(window, "简体中文") and button(window, "नेपाली")),
)
english = press(
    window,
    "English",
    lambda: button(window, EN["track-core-title"]),
)
check("the English button switches the tree to English", english)
check("and the window's name", window.name == EN["app-title"], repr(window.name))
check(
    "no Japanese button is left",
    not [b.name for b in buttons(window) if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", b.name)],
    str([b.name for b in buttons(window)]),
)
check(
    "日本語 switches it back",
    press(window, EN["language-switch"], lambda: button(window, "日本語"))
    and press(window, "日本語", lambda: button(window, JA["track-core-title"])),
)

# The longest core page: every one of its texts is in the tree, and its headings are headings.
pages = {}
for key in JA:
    m = re.match(r"^core-(\d+)-", key)
    if m:
        pages.setdefault(int(m.group(1)), []).append(key)
longest = max(pages, key=lambda p: len(pages[p]))
check(
    "the first core page opens",
    press(window, JA["track-core-title"], lambda: JA["core-1-title"] in names(window)),
)
# A word with a reading is said once, and its reading is there to pronounce it.
lead = next((n for n in walk(window) if n.name == JA["core-1-lead"]), None)
check(
    "a text with ruby is named by its words, its readings are its description",
    lead is not None and "免疫：めんえき" in (lead.description or ""),
    repr(lead.description if lead is not None else None),
)
previous, following = "◀ " + JA["nav-previous"], JA["nav-next"] + " ▶"
for page in range(1, longest):
    press(window, following, lambda p=page: JA[f"core-{p + 1}-title"] in names(window))
    if page == 1:
        # Page 2 has both: previous comes before next, as on the screen.
        order = [n.name for n in walk(window) if role(n) == pyatspi.ROLE_PUSH_BUTTON]
        check(
            "previous comes before next in the tree",
            previous in order and following in order and order.index(previous) < order.index(following),
            str(order),
        )
in_tree = wait_for(lambda: JA[f"core-{longest}-title"] in names(window) and names(window), 15) or []
texts = [JA[k] for k in pages[longest] if not k.endswith("-alt")]
missing = [t for t in texts if t not in in_tree]
check(f"all {len(texts)} texts of page core-{longest} are in the tree", not missing, str(missing))
nodes = walk(window)
heading_texts = [JA[a or b] for a, b in page_headings(f"core-{longest}") if (a or b) in JA]
headings = [n.name for n in nodes if role(n) == pyatspi.ROLE_HEADING]
check(
    f"its {len(heading_texts)} headings are headings",
    heading_texts and all(h in headings for h in heading_texts),
    f"headings {headings}, expected {heading_texts}",
)
labels = [n.name for n in nodes if role(n) == pyatspi.ROLE_LABEL]
check("no heading is left a plain label", not [h for h in heading_texts if h in labels])
dots = [n for n in nodes if role(n) == pyatspi.ROLE_PROGRESS_BAR]
value = dots[0].queryValue() if dots else None
check(
    "the page dots are a progress bar from 1 to the number of pages",
    value is not None and value.minimumValue == 1 and value.maximumValue == len(pages) and value.currentValue == longest,
    f"{value.minimumValue if value else None}..{value.maximumValue if value else None}",
)
# A box from the tree is where the thing is: a text below the fold has no size, and the
# middle of every box with a size is inside the reading area, above the bottom bar.
home = button(window, JA["nav-home"])
bar_top = home.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).y if home else 0
title = next((n for n in nodes if n.name == JA[f"core-{longest}-title"]), None)
page_view = title
while page_view is not None and role(page_view) != pyatspi.ROLE_PANEL:
    page_view = page_view.parent
wrong = []
unseen = 0
for n in walk(page_view) if page_view is not None else []:
    if not n.name:
        continue
    box = n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if box.width <= 0 or box.height <= 0:
        unseen += 1
    elif box.y + box.height / 2 >= bar_top:
        wrong.append((n.name[:20], box.y, box.height))
check("the page is read from a scroll view (a panel)", page_view is not None)
check(
    "no box of the page reaches under the bottom bar; what is below the fold has no size",
    page_view is not None and not wrong and unseen > 0,
    f"bar at {bar_top}: {wrong[:5]}, {unseen} without a size",
)

# The button at the end of the page, below the fold: a screen reader scrolls it into view
# (Component.ScrollTo), and a press at the middle of its box lands on it, not on the bar.
about = button(window, JA["about-open"])


def about_box():
    box = about.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box if box.width > 0 and box.height > 0 else None


if check(f"{JA['about-open']!r} is in the tree before it is scrolled to", about is not None):
    check(f"{JA['about-open']!r} has no box while it is below the fold", about_box() is None)
    about.queryComponent().scrollTo(pyatspi.SCROLL_ANYWHERE)
    box = wait_for(about_box, 15)
    if check("ScrollTo brings it into view", box is not None):
        x, y = box.x + box.width // 2, box.y + box.height // 2
        hit = window.queryComponent().getAccessibleAtPoint(x, y, pyatspi.DESKTOP_COORDS)
        check(
            "the middle of its box is the button itself, above the bottom bar",
            hit is not None and hit.name == JA["about-open"] and y < bar_top,
            f"{hit.name if hit else None} at {x},{y}, bar at {bar_top}",
        )

# The idle warning: wait for it without touching anything.
events["announcement"].clear()
events["focus"].clear()


def the_alert():
    return next((n for n in walk(window) if role(n) == pyatspi.ROLE_ALERT), None)


alert = wait_for(the_alert, IDLE_TIMEOUT_SECS + 30)
opened = time.monotonic()
if check("the idle warning comes, as an alert", alert is not None):
    check("the alert is named by its title", alert.name == JA["idle-title"], alert.name)
    focused = wait_for(
        lambda: next(
            (n for n in walk(alert) if n.getState().contains(pyatspi.STATE_FOCUSED)), None
        ),
        10,
    )
    check(
        "the focus moves onto its button",
        focused is not None and focused.name == JA["idle-continue"],
        focused.name if focused else "nothing focused",
    )
    in_alert = [m.name for m in walk(alert)]
    behind = [
        n.name
        for n in walk(window)
        if n.name and role(n) != pyatspi.ROLE_ALERT and n.name not in in_alert
    ]
    check("nothing behind the warning is in the tree", not behind, str(behind[:8]))
    # Through the countdown past the reminder at 10 s left.
    pump(max(0.0, opened + IDLE_WARNING_SECS - ANNOUNCE_AT_SECS + 3 - time.monotonic()))
    said = [text for _, text in events["announcement"]]
    focus_moves = [name for _, name in events["focus"]]
    check(
        "it is said once as it opens: one focus move, no live announcement",
        focus_moves.count(JA["idle-continue"]) == 1 and not [t for at, t in events["announcement"] if at < opened + IDLE_WARNING_SECS - ANNOUNCE_AT_SECS - 1],
        f"focus moves {focus_moves}, announcements {said}",
    )
    check(
        "the time left is announced once, at 10 s, not every second",
        len(said) == 1 and "10" in said[0],
        str(said),
    )
    check(
        "its button keeps the visitor on the page",
        press(window, JA["idle-continue"], lambda: the_alert() is None and JA[f"core-{longest}-title"] in names(window)),
    )

print(f"screen-reader-test: {passed} passed, {failed} failed", flush=True)
sys.exit(1 if failed else 0)
PYTHON

if ! kill -0 "$kiosk" 2>/dev/null; then
    echo "screen-reader-test: the kiosk exited:" >&2
    cat "$work/kiosk.log" >&2
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "screen-reader-test: kiosk log:" >&2
    tail -n 20 "$work/kiosk.log" >&2
fi
exit "$status"
