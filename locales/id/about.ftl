## About this information

about-title = Tentang informasi ini
about-p-general = Panduan ini berisi informasi umum tentang imunoterapi kanker. Informasi ini bukan saran yang disesuaikan dengan kondisi setiap orang.
about-p-decide = Putuskan pengobatan Anda sendiri bersama dokter yang merawat Anda.
about-translation-unreviewed = Terjemahan ini belum diperiksa oleh penerjemah medis.
about-translation-reviewed = Terjemahan ini telah diperiksa oleh penerjemah medis pada { $date }.
about-h-basis = Sumber informasi ini
about-basis-release = Pengumuman Pusat Kanker Nasional Jepang (31 Maret 2017): pemberitahuan tentang pembaruan informasi imunoterapi di Layanan Informasi Kanker
about-basis-ganjoho = Pusat Kanker Nasional Jepang, “Layanan Informasi Kanker” (ganjoho.jp)
about-basis-jsmo = Perhimpunan Onkologi Medis Jepang, “Pedoman Imunoterapi Kanker”
about-basis-others = Laporan uji klinis, pengumuman perusahaan farmasi dan Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan, ulasan di jurnal ilmiah, tarif yang diumumkan fasilitas kesehatan, dan lain-lain. Asal angka-angkanya tercantum di bagian “Sumber” pada setiap halaman.
about-p-changes = Isi halaman resmi berubah mengikuti informasi terbaru. Setiap halaman panduan ini menampilkan tanggal isinya diperiksa. Untuk informasi terbaru, lihat “Layanan Informasi Kanker”.
about-h-ask = Jika ada yang tidak Anda pahami
about-p-ask = Tanyakan hal-hal tentang pengobatan kepada dokter yang merawat Anda. Anda juga dapat berkonsultasi di Pusat Konsultasi dan Dukungan Kanker.
about-h-privacy = Tentang catatan penggunaan perangkat ini
about-p-privacy = Perangkat ini mencatat, misalnya, berapa kali halaman dibuka, sebagai jumlah total per hari. Perangkat ini tidak mencatat siapa yang melihat, kapan, atau dalam urutan apa. Huruf yang diketik juga tidak dicatat. Tidak ada informasi yang dapat mengenali seseorang yang tersimpan.

## General advice on where to ask (shown when the hospital has set no desk of its own)

consult-general-title = Tempat konsultasi
consult-general-body = Di rumah sakit rujukan kanker yang ditunjuk dan rumah sakit lain di seluruh Jepang, ada “Pusat Konsultasi dan Dukungan Kanker” (がん相談支援センター). Konsultasinya gratis, dan Anda juga dapat berkonsultasi tanpa menyebutkan nama. Orang yang tidak berobat di rumah sakit itu pun dapat berkonsultasi secara langsung atau lewat telepon.
consult-support-center = Anda juga dapat berkonsultasi lewat telepon di “Pusat Dukungan Layanan Informasi Kanker”. Nomor teleponnya 0570-02-3410, pada hari kerja pukul 10.00 sampai 15.00. Layanan ini memberikan informasi umum. Layanan ini tidak memberikan penilaian medis tentang kondisi setiap orang.
about-h-voices = Tentang suara pembaca
about-p-voices = Suara fitur “Bacakan” dibuat di dalam perangkat ini. Teks yang dibacakan tidak dikirim ke luar. Perangkat lunak dan suara yang dipakai adalah sebagai berikut.
about-voice-ja = Bahasa Jepang: Open JTalk dan HTS Voice “Mei” (© 2009-2013 Institut Teknologi Nagoya, CC BY 3.0)
about-voice-en = Bahasa Inggris: Festival dan suara “CMU US SLT” (Universitas Edinburgh, Universitas Carnegie Mellon)
