# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = Panduan Imunoterapi Kanker
language-name = Bahasa Indonesia
home-intro = Penjelasan yang mudah dipahami tentang imunoterapi kanker, berdasarkan informasi dari Pusat Kanker Nasional Jepang.
home-track-pages = { $count } halaman
home-open-track = Baca
home-hint = Sentuh bagian yang ingin Anda baca.

nav-previous = Sebelumnya
nav-next = Berikutnya
nav-home = Kembali ke awal
nav-back = Kembali
page-next-track = Lanjut membaca “{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = Halaman { $current } dari { $total }
swipe-hint = Anda juga dapat menggeser layar ke kiri atau ke kanan untuk berpindah halaman.

text-size-label = Ukuran huruf
contrast-label = Warna mudah dilihat

legend-title = Dua macam “imunoterapi”
legend-proven = { $tag }: pengobatan yang efeknya sudah terbukti
legend-broad = { $tag }: termasuk pengobatan yang efeknya belum terbukti

page-source = Sumber: { $sources }
content-reviewed = Isi terakhir diperiksa: { $day } { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
       *[12] Desember
    } { $year }
about-open = Tentang informasi ini
qr-hint = Pindai dengan kamera ponsel Anda untuk membuka halaman resmi.
qr-alt = Kode QR: { $caption } ({ $url })

consult-desk-title = Tempat konsultasi di rumah sakit ini
consult-desk-location = Lokasi
consult-desk-phone = Telepon
consult-desk-line = { $label }: { $value }
consult-desk-hours = Jam layanan

attract-touch = Sentuh layar untuk mulai
attract-subtitle = Penjelasan yang mudah dipahami tentang imunoterapi kanker.

idle-title = Apakah Anda masih membaca?
idle-countdown = Layar akan kembali ke awal dalam { $seconds } detik.
idle-continue = Lanjut membaca

staff-pin-title = Khusus staf: masukkan PIN
staff-pin-wrong = PIN salah. Anda masih dapat mencoba { $tries } kali lagi.
staff-pin-locked = Pengisian dihentikan sementara. Silakan coba lagi { $minutes } menit lagi.
staff-pin-clear = Hapus
staff-pin-enter = OK
staff-cancel = Tutup
staff-not-set-up-title = Akses staf belum diatur
staff-not-set-up-body = Akses ini dapat dipakai setelah administrator menjalankan “immuno-kiosk set-pin” di perangkat ini untuk menentukan PIN. Langkah-langkahnya ada di INSTALL.md.
staff-menu-title = Menu staf
staff-open-settings = Pengaturan…
staff-show-cursor = Tampilkan penunjuk mouse
staff-hide-cursor = Sembunyikan penunjuk mouse
staff-quit = Keluar dari kios
staff-lock = Tutup menu staf dan kunci
staff-auto-lock = Menu terkunci otomatis jika tidak ada sentuhan selama 2 menit.

settings-title = Pengaturan
settings-save = Simpan
settings-discard = Batalkan
settings-back = Kembali ke menu staf
settings-saved = Tersimpan. Pengaturan baru langsung dipakai.
settings-saved-partly = Tersimpan, tetapi nilai berikut tidak dapat dipakai dan tetap seperti semula: { $fields }
settings-pin-length = PIN terdiri dari 4–12 angka. Isian ini tidak dihitung.
settings-no-config-files = Tidak dapat menyimpan: tidak ada berkas pengaturan yang dipakai.
settings-save-failed = Tidak dapat menyimpan: { $error }
settings-unsaved = Ada perubahan yang belum disimpan.
settings-no-changes = Tidak ada perubahan.
settings-origin = Diatur oleh: { $layer }
settings-locked = Dikunci oleh bagian TI, sehingga tidak dapat diubah di sini.
settings-on = Aktif
settings-off = Nonaktif
settings-step-down = −{ $seconds } detik
settings-step-up = +{ $seconds } detik
settings-seconds = { $seconds } detik
settings-idle-timeout = Waktu tanpa sentuhan sebelum muncul konfirmasi
settings-idle-warning = Waktu sejak konfirmasi muncul sampai kembali ke layar awal
settings-locales = Bahasa yang dipakai (ditampilkan dari atas)
settings-move-up = Naikkan
settings-default-locale = Bahasa di awal
settings-default-text-scale = Ukuran huruf di awal
settings-high-contrast = Mulai dengan warna mudah dilihat
settings-show-cursor = Tampilkan penunjuk mouse
settings-allow-quit = Tampilkan “Keluar” di menu staf
settings-consultation = Tempat konsultasi di rumah sakit ini (ketik dengan papan ketik)
settings-desk-name = Nama tempat konsultasi
settings-desk-location = Lokasi
settings-desk-phone = Telepon
settings-desk-hours = Jam layanan
settings-desk-url = Alamat halaman web (https://, ditampilkan sebagai kode QR)
settings-content-dir = Folder isi pengganti (kosong: isi bawaan)
settings-pin = PIN staf
settings-change-pin = Ganti PIN…
settings-pin-current = Masukkan PIN saat ini
settings-pin-new = Masukkan PIN baru (4–12 angka)
settings-pin-again = Masukkan PIN baru sekali lagi
settings-pin-changed = PIN sudah diganti.
settings-pin-mismatch = Kedua isian berbeda. Silakan ulangi dari awal.
settings-pin-invalid = PIN terdiri dari 4–12 angka.
settings-about = Tentang perangkat ini
settings-version = Versi: { $version }
settings-layers = Berkas pengaturan
settings-layer-loaded = sudah dimuat
settings-layer-absent = tidak ada
settings-layer-error = galat ({ $position }): { $message }
settings-problems = Masalah pada berkas pengaturan
settings-backup = Pengaturan terakhir yang tersimpan dengan benar: { $path }
settings-backup-none = Pengaturan terakhir yang tersimpan dengan benar: belum ada
layer-default = nilai bawaan
layer-system = pengaturan sistem { $path }
layer-dropin = pengaturan tambahan { $path }
layer-local = pengaturan staf { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = Cara baca (furigana)
furigana-off = Tidak ada
furigana-hard-terms = Kata sulit
furigana-all = Semua kanji

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = Penjelasan istilah: { $term }
term-card-title = Penjelasan istilah
term-card-close = Tutup

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = Penggunaan…
usage-title = Penggunaan
usage-days = { $days } hari terakhir
usage-visits-chart = Jumlah penggunaan per hari
usage-visits-total = Dalam periode ini ada { $visits } kali penggunaan. Sebanyak { $completed } kali dibaca sampai halaman terakhir.
usage-top-pages = Halaman yang sering dibuka
usage-languages = Bahasa yang dipakai
usage-text-sizes = Ukuran huruf yang dipilih
usage-count = { $count } kali
usage-empty = Tidak ada catatan dalam periode ini.
usage-off = Pencatatan penggunaan sedang dimatikan. Anda dapat menyalakannya di pengaturan.
usage-problem = Catatan tidak dapat disimpan ke berkas. Catatan disimpan di dalam perangkat sampai perangkat dinyalakan ulang. Alasan: { $error }
usage-moved-aside = Berkas catatan yang tidak dapat dibaca telah dipindahkan ke { $path }.
usage-privacy = Yang dicatat hanya jumlah total per hari. Tidak ada informasi yang dapat mengenali seseorang yang dicatat.
settings-usage-counts = Catatan penggunaan (hanya jumlah, tanpa data pribadi)
settings-usage-retention = Lama catatan disimpan (hari)
settings-days = { $days } hari
settings-step-down-days = −{ $days } hari
settings-step-up-days = +{ $days } hari
settings-usage-delete = Hapus semua catatan
settings-usage-deleted = Semua catatan penggunaan telah dihapus.

# Read aloud
speech-read = Bacakan
speech-pause = Jeda
speech-resume = Lanjutkan
speech-stop = Berhenti
speech-playing = Sedang dibacakan
speech-paused = Sedang dijeda
speech-rate = Kecepatan
speech-rate-normal = Normal
speech-rate-slow = Pelan
speech-volume = Volume
speech-volume-low = Kecil
speech-volume-medium = Sedang
speech-volume-high = Besar
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = Bacakan
settings-speech-ready = Fitur bacakan dapat dipakai ({ $languages }).
settings-speech-unavailable = Fitur bacakan tidak dapat dipakai. Sampaikan kepada petugas TI: { $reason }
settings-speech-device = Keluaran suara
settings-speech-volume = Volume di awal

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = Bahasa
language-chooser-title = Pilih bahasa
language-chooser-close = Tutup
stale-shown-in-japanese = Sebagian teks asli bahasa Jepang di halaman ini telah diperbarui. Bagian itu ditampilkan dalam bahasa Jepang.
stale-marked = Sebagian halaman ini diterjemahkan sebelum teks asli bahasa Jepang diperbarui. Untuk isi terbaru, lihat halaman bahasa Jepang.
settings-stale = Terjemahan lama setelah teks asli berubah
settings-stale-japanese = Tampilkan teks asli bahasa Jepang
settings-stale-mark = Tampilkan terjemahan lama, dengan catatan di halaman
settings-hide-unreviewed = Sembunyikan bahasa yang belum diperiksa penerjemah medis
settings-language-status = Status terjemahan setiap bahasa
settings-language-reference = { $name }: teks asli
settings-language-state = { $name }: dari { $total } pesan, { $translated } diterjemahkan, { $reviewed } sudah diperiksa, { $stale } terjemahan lama
