# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = Cancer Immunotherapy Guide
language-name = English
home-intro = Clear information about cancer immunotherapy, based on information from the National Cancer Center Japan.
home-track-pages = { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
home-open-track = Read
home-hint = Touch the part you would like to read.

nav-previous = Previous
nav-next = Next
nav-home = Back to start
nav-back = Back
page-next-track = Go on to “{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = Page { $current } of { $total }
swipe-hint = You can also swipe left or right to turn the page.

text-size-label = Text size
contrast-label = High contrast

legend-title = Two kinds of “immunotherapy”
legend-proven = { $tag }: effect shown in clinical research
legend-broad = { $tag }: includes treatments whose effect is not proven

page-source = Based on: { $sources }
content-reviewed = Content last reviewed: { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
about-open = About this information
qr-hint = Scan with your phone's camera to open the official page.
qr-alt = QR code: { $caption } ({ $url })

consult-desk-title = This hospital's consultation desk
consult-desk-location = Where
consult-desk-phone = Phone
consult-desk-line = { $label }: { $value }
consult-desk-hours = Hours

attract-touch = Touch the screen to start
attract-subtitle = Clear information about cancer immunotherapy.

idle-title = Are you still reading?
idle-countdown = Returning to the start screen in { $seconds } seconds.
idle-continue = Keep reading

staff-pin-title = Staff: enter the PIN
staff-pin-wrong = Wrong PIN. { $tries } more tries before entry locks.
staff-pin-locked = Entry is paused. Please try again in { $minutes } minutes.
staff-pin-clear = Clear
staff-pin-enter = Enter
staff-cancel = Close
staff-not-set-up-title = Staff entry is not set up yet
staff-not-set-up-body = An administrator can set a PIN by running "immuno-kiosk set-pin" on this machine. See INSTALL.md for the steps.
staff-menu-title = Staff menu
staff-open-settings = Settings…
staff-show-cursor = Show the mouse pointer
staff-hide-cursor = Hide the mouse pointer
staff-quit = Quit the kiosk
staff-lock = Close the staff menu and lock
staff-auto-lock = The staff menu locks itself after 2 minutes without a touch.

settings-title = Settings
settings-save = Save
settings-discard = Discard
settings-back = Back to the staff menu
settings-saved = Saved. The new settings are in use.
settings-saved-partly = Saved, but these values could not be used and stay as they were: { $fields }
settings-pin-length = A PIN has 4 to 12 digits. This entry was not counted.
settings-no-config-files = Could not save: no config files are in use.
settings-save-failed = Could not save: { $error }
settings-unsaved = There are unsaved changes.
settings-no-changes = No changes.
settings-origin = Set by: { $layer }
settings-locked = Fixed by hospital IT; it cannot be changed here.
settings-on = On
settings-off = Off
settings-step-down = −{ $seconds } s
settings-step-up = +{ $seconds } s
settings-seconds = { $seconds } s
settings-idle-timeout = Time without a touch before the kiosk asks “are you still reading?”
settings-idle-warning = Time the question stays before the kiosk returns to the start screen
settings-locales = Languages (shown in this order)
settings-move-up = Move up
settings-default-locale = Starting language
settings-default-text-scale = Starting text size
settings-high-contrast = Start in high contrast
settings-show-cursor = Show the mouse pointer
settings-allow-quit = Offer “quit” in the staff menu
settings-consultation = This hospital's consultation desk (type with a keyboard)
settings-desk-name = Desk name
settings-desk-location = Where
settings-desk-phone = Phone
settings-desk-hours = Hours
settings-desk-url = Web page (https://, shown as a QR code)
settings-content-dir = Replacement content folder (empty: built-in content)
settings-pin = Staff PIN
settings-change-pin = Change the PIN…
settings-pin-current = Enter the current PIN
settings-pin-new = Enter the new PIN (4 to 12 digits)
settings-pin-again = Enter the new PIN again
settings-pin-changed = The PIN has been changed.
settings-pin-mismatch = The two entries differ. Please start again.
settings-pin-invalid = A PIN is 4 to 12 digits.
settings-about = About this kiosk
settings-version = Version: { $version }
settings-layers = Config files
settings-layer-loaded = loaded
settings-layer-absent = not present
settings-layer-error = error ({ $position }): { $message }
settings-problems = Problems in the config files
settings-backup = Last known good settings: { $path }
settings-backup-none = Last known good settings: none yet
layer-default = built-in defaults
layer-system = system config { $path }
layer-dropin = drop-in { $path }
layer-local = staff settings { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = Readings (furigana)
furigana-off = Off
furigana-hard-terms = Hard words
furigana-all = All kanji

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = Explain: { $term }
term-card-title = Words explained
term-card-close = Close

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = Usage…
usage-title = Usage
usage-days = Last { $days } days
usage-visits-chart = Visits per day
usage-visits-total = { $visits } visits in this period; { $completed } reached a track's last page.
usage-top-pages = Most opened pages
usage-languages = Languages used
usage-text-sizes = Text sizes chosen
usage-count = { $count }
usage-empty = Nothing was counted in this period.
usage-off = Usage counting is off. The settings can turn it on.
usage-problem = The counts cannot be saved to disk; they are kept in memory until a restart. Reason: { $error }
usage-moved-aside = An unreadable counts file was moved to { $path }.
usage-privacy = Only daily totals are counted. Nothing that could identify a person is recorded.
settings-usage-counts = Usage counts (anonymous daily totals only)
settings-usage-retention = Days of counts kept
settings-days = { $days } days
settings-step-down-days = −{ $days } days
settings-step-up-days = +{ $days } days
settings-usage-delete = Delete all counts
settings-usage-deleted = All usage counts were deleted.

# Read aloud
speech-read = Read aloud
speech-pause = Pause
speech-resume = Go on reading
speech-stop = Stop
speech-playing = Reading aloud
speech-paused = Paused
speech-rate = Speed
speech-rate-normal = Normal
speech-rate-slow = Slow
speech-volume = Volume
speech-volume-low = Low
speech-volume-medium = Medium
speech-volume-high = High
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = Read aloud
settings-speech-ready = Read aloud works ({ $languages }).
settings-speech-unavailable = Read aloud cannot be offered. Tell IT: { $reason }
settings-speech-device = Audio output
settings-speech-volume = Starting volume

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = Language
language-chooser-title = Choose a language
language-chooser-close = Close
stale-shown-in-japanese = Part of this page has changed in the Japanese original. That part is shown in Japanese.
stale-marked = Part of this page was translated before the Japanese original changed. For the latest content, see the Japanese page.
settings-stale = Old translations after the Japanese original changes
settings-stale-japanese = Show the Japanese original
settings-stale-mark = Show the old translation, with a note on the page
settings-hide-unreviewed = Hide languages not checked by a medical translator
settings-language-status = Translation status of each language
settings-language-reference = { $name }: the original
settings-language-state = { $name }: of { $total } messages, { $translated } translated, { $reviewed } reviewed, { $stale } out of date
