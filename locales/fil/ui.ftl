# Mga salita sa frame ng screen (mga button at paalala). Ang teksto ng mga pahina ay nasa core.ftl at details.ftl.

app-title = Gabay sa Immunotherapy para sa Kanser
language-name = Filipino
home-intro = Malinaw na paliwanag tungkol sa immunotherapy para sa kanser, batay sa impormasyon ng National Cancer Center Japan.
home-track-pages = { $count } pahina
home-open-track = Basahin
home-hint = Pindutin po ang bahaging gusto ninyong basahin.

nav-previous = Nakaraan
nav-next = Susunod
nav-home = Bumalik sa simula
nav-back = Bumalik
page-next-track = Basahin din ang “{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = Pahina { $current } sa { $total }
swipe-hint = Puwede rin pong mag-swipe pakaliwa o pakanan para lumipat ng pahina.

text-size-label = Laki ng letra
contrast-label = Mas malinaw na kulay

legend-title = Dalawang uri ng “immunotherapy”
legend-proven = { $tag }: gamutang napatunayang mabisa
legend-broad = { $tag }: kasama ang mga gamutang hindi pa napatunayang mabisa

page-source = Pinagmulan: { $sources }
content-reviewed = Huling sinuri ang nilalaman: { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
        [12] Disyembre
       *[other] { $month }
    } { $day }, { $year }
about-open = Tungkol sa impormasyong ito
qr-hint = I-scan po gamit ang camera ng inyong smartphone para buksan ang opisyal na pahina.
qr-alt = QR code: { $caption } ({ $url })

consult-desk-title = Konsultasyon sa ospital na ito
consult-desk-location = Lugar
consult-desk-phone = Telepono
consult-desk-line = { $label }: { $value }
consult-desk-hours = Oras ng pagtanggap

attract-touch = Pindutin po ang screen
attract-subtitle = Malinaw na paliwanag tungkol sa immunotherapy para sa kanser.

idle-title = Nagbabasa pa po ba kayo?
idle-countdown = Babalik sa unang screen pagkalipas ng { $seconds } segundo.
idle-continue = Ituloy ang pagbasa

staff-pin-title = Para sa staff: ilagay ang PIN
staff-pin-wrong = Mali ang PIN. Puwede pang subukan nang { $tries } beses.
staff-pin-locked = Pansamantalang hindi tumatanggap ng PIN. Subukan ulit pagkalipas ng { $minutes } minuto.
staff-pin-clear = Burahin
staff-pin-enter = OK
staff-cancel = Isara
staff-not-set-up-title = Hindi pa naka-set up ang pasukan para sa staff
staff-not-set-up-body = Magagamit ito kapag nagtakda ang administrator ng PIN sa pamamagitan ng pagpapatakbo ng “immuno-kiosk set-pin” sa device na ito. Tingnan ang INSTALL.md para sa mga hakbang.
staff-menu-title = Menu ng staff
staff-open-settings = Mga setting…
staff-show-cursor = Ipakita ang mouse pointer
staff-hide-cursor = Itago ang mouse pointer
staff-quit = Isara ang kiosk
staff-lock = Isara at i-lock ang menu ng staff
staff-auto-lock = Kusang mala-lock ito kapag walang pumindot nang 2 minuto.

settings-title = Mga setting
settings-save = I-save
settings-discard = Kanselahin
settings-back = Bumalik sa menu ng staff
settings-saved = Na-save na. Ginagamit na ito ngayon.
settings-saved-partly = Na-save, pero hindi magagamit ang mga value na ito kaya walang nagbago sa mga ito: { $fields }
settings-pin-length = Ang PIN ay may 4 hanggang 12 digit. Hindi binilang ang input na ito.
settings-no-config-files = Hindi na-save: walang ginagamit na config file.
settings-save-failed = Hindi na-save: { $error }
settings-unsaved = May mga pagbabagong hindi pa naka-save.
settings-no-changes = Walang pagbabago.
settings-origin = Itinakda ng: { $layer }
settings-locked = Itinakda ito ng IT department, kaya hindi ito mababago rito.
settings-on = On
settings-off = Off
settings-step-down = −{ $seconds } segundo
settings-step-up = +{ $seconds } segundo
settings-seconds = { $seconds } segundo
settings-idle-timeout = Oras na walang pumipindot bago magtanong ang kiosk
settings-idle-warning = Oras mula sa tanong hanggang bumalik sa unang screen
settings-locales = Mga wikang gagamitin (ipinapakita ayon sa ayos mula itaas)
settings-move-up = Itaas
settings-default-locale = Unang wikang ipapakita
settings-default-text-scale = Unang laki ng letra
settings-high-contrast = Magsimula sa mas malinaw na kulay
settings-show-cursor = Ipakita ang mouse pointer
settings-allow-quit = Ipakita ang “Isara” sa menu ng staff
settings-consultation = Konsultasyon sa ospital na ito (i-type gamit ang keyboard)
settings-desk-name = Pangalan ng desk
settings-desk-location = Lugar
settings-desk-phone = Telepono
settings-desk-hours = Oras ng pagtanggap
settings-desk-url = Address ng web page (https://, ipinapakita bilang QR code)
settings-content-dir = Folder ng kapalit na nilalaman (kung walang laman: ang built-in na nilalaman)
settings-pin = PIN ng staff
settings-change-pin = Palitan ang PIN…
settings-pin-current = Ilagay ang kasalukuyang PIN
settings-pin-new = Ilagay ang bagong PIN (4 hanggang 12 digit)
settings-pin-again = Ilagay ulit ang bagong PIN
settings-pin-changed = Napalitan na ang PIN.
settings-pin-mismatch = Magkaiba ang dalawang input. Pakiulit mula sa simula.
settings-pin-invalid = Ang PIN ay 4 hanggang 12 digit na numero.
settings-about = Tungkol sa device na ito
settings-version = Bersyon: { $version }
settings-layers = Mga config file
settings-layer-loaded = na-load
settings-layer-absent = wala
settings-layer-error = error ({ $position }): { $message }
settings-problems = Mga problema sa config file
settings-backup = Huling setting na na-save nang tama: { $path }
settings-backup-none = Huling setting na na-save nang tama: wala pa
layer-default = default na value
layer-system = system config { $path }
layer-dropin = karagdagang config { $path }
layer-local = setting ng staff { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = Basa (furigana)
furigana-off = Wala
furigana-hard-terms = Mahihirap na salita
furigana-all = Lahat ng kanji

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = Paliwanag ng salita: { $term }
term-card-title = Paliwanag ng salita
term-card-close = Isara

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = Paggamit…
usage-title = Paggamit
usage-days = Nakaraang { $days } araw
usage-visits-chart = Dami ng paggamit bawat araw
usage-visits-total = Ginamit ito nang { $visits } beses sa panahong ito. Nabasa hanggang huling pahina nang { $completed } beses.
usage-top-pages = Mga pahinang madalas buksan
usage-languages = Mga wikang ginamit
usage-text-sizes = Mga napiling laki ng letra
usage-count = { $count } beses
usage-empty = Walang naitala sa panahong ito.
usage-off = Nakahinto ang pagtatala ng paggamit. Mababago ito sa mga setting.
usage-problem = Hindi ma-save sa file ang mga tala. Nasa memorya ng device ang mga ito hanggang mag-restart. Dahilan: { $error }
usage-moved-aside = Inilipat sa { $path } ang file ng tala na hindi mabasa.
usage-privacy = Kabuuang bilang lang bawat araw ang itinatala. Walang itinatalang impormasyong makakakilala sa isang tao.
settings-usage-counts = Pagtatala ng paggamit (bilang lang, walang makakakilala sa tao)
settings-usage-retention = Ilang araw itatago ang tala
settings-days = { $days } araw
settings-step-down-days = −{ $days } araw
settings-step-up-days = +{ $days } araw
settings-usage-delete = Burahin ang lahat ng tala
settings-usage-deleted = Nabura na ang lahat ng tala ng paggamit.

# Read aloud
speech-read = Basahin nang malakas
speech-pause = I-pause
speech-resume = Ituloy ang pagbasa
speech-stop = Ihinto
speech-playing = Binabasa nang malakas
speech-paused = Naka-pause
speech-rate = Bilis
speech-rate-normal = Karaniwan
speech-rate-slow = Mabagal
speech-volume = Lakas ng tunog
speech-volume-low = Mahina
speech-volume-medium = Katamtaman
speech-volume-high = Malakas
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = Basahin nang malakas
settings-speech-ready = Magagamit ang pagbasa nang malakas ({ $languages }).
settings-speech-unavailable = Hindi magagamit ang pagbasa nang malakas. Sabihin sa IT: { $reason }
settings-speech-device = Output ng tunog
settings-speech-volume = Unang lakas ng tunog

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = Wika
language-chooser-title = Pumili po ng wika
language-chooser-close = Isara
stale-shown-in-japanese = Nagbago ang orihinal na Japanese ng isang bahagi ng pahinang ito. Ipinapakita ang bahaging iyon sa Japanese.
stale-marked = Isinalin ang isang bahagi ng pahinang ito bago nagbago ang orihinal na Japanese. Para sa pinakabagong nilalaman, tingnan ang pahina sa Japanese.
settings-stale = Lumang salin matapos magbago ang orihinal
settings-stale-japanese = Ipakita ang orihinal na Japanese
settings-stale-mark = Ipakita ang lumang salin, may paalala sa pahina
settings-hide-unreviewed = Itago ang mga wikang hindi pa nasusuri ng medical translator
settings-language-status = Kalagayan ng salin ng bawat wika
settings-language-reference = { $name }: orihinal
settings-language-state = { $name }: sa { $total } kabuuan, { $translated } ang naisalin, { $reviewed } ang nasuri, { $stale } ang lumang salin
