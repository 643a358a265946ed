## Five things to know first

track-core-title = Hal-hal yang perlu diketahui lebih dulu
track-core-summary = Lima poin tentang imunoterapi yang perlu Anda ketahui lebih dulu.

## Tags, QR code captions and sources (used on every page)

tag-proven = Imunoterapi (terbukti efektif)
tag-broad = Imunoterapi (dalam arti luas)
link-ganjoho = Halaman utama “Layanan Informasi Kanker” dari Pusat Kanker Nasional Jepang
link-ganjoho-immunotherapy = Layanan Informasi Kanker: halaman “Imunoterapi”
link-cisc = Layanan Informasi Kanker: halaman “Pusat Konsultasi dan Dukungan Kanker”
link-support-center = Halaman Pusat Dukungan Layanan Informasi Kanker (konsultasi lewat telepon)
link-jrct = “jRCT”, situs untuk mencari uji klinis
link-mhlw-hospitals = Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan: daftar “rumah sakit rujukan kanker yang ditunjuk”
source-ganjoho = Pusat Kanker Nasional Jepang, Layanan Informasi Kanker
source-jsmo = Perhimpunan Onkologi Medis Jepang, “Pedoman Imunoterapi Kanker”
source-jsmo-statements = pernyataan Perhimpunan Onkologi Medis Jepang (2016, 2019)
source-immunology = penjelasan tentang penelitian imunologi kanker (Institut Penelitian Pusat Kanker Nasional Jepang, dan lain-lain)
source-patient-info = informasi untuk pasien dari organisasi kanker di luar negeri (seperti American Cancer Society)
source-news = berita di surat kabar dan media kesehatan
source-makers = pengumuman perusahaan farmasi dan materi untuk pasien
source-mhlw = surat edaran Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan
source-reviews = ulasan dan penjelasan di jurnal kedokteran dan keperawatan
source-hospitals = materi untuk pasien dari rumah sakit universitas dan perhimpunan ilmiah
source-patients-federation = pernyataan Federasi Nasional Kelompok Pasien Kanker (2018)
source-clinic-prices = tarif yang diumumkan fasilitas kesehatan (contoh)
source-keynote-001 = laporan 5 tahun uji klinis “KEYNOTE-001” (2019)
source-checkmate-067 = laporan 5 tahun uji klinis “CheckMate 067” (2019)

## 1. Our bodies use immunity to remove cancer cells

core-1-title = Sistem imun tubuh kita menyingkirkan sel kanker yang muncul
core-1-lead = Tubuh memiliki mekanisme yang disebut “sistem imun” (kekebalan tubuh). Sistem ini menemukan dan menyingkirkan sel kanker.
core-1-p-white-cells = Kerja sistem imun dijalankan oleh sel darah putih di dalam darah.
core-1-p-t-cells = Salah satu jenis sel darah putih, yaitu “sel T”, dapat menemukan dan menyerang sel kanker.
core-1-p-dendritic = Sel yang disebut “sel dendritik” memberitahukan tanda pengenal sel kanker kepada sel T. Sel T yang sudah mengenali tanda itu pergi ke tempat kanker berada, lalu menyerang sel kanker.
core-1-h-stages = Tiga tahap sampai kanker terbentuk
core-1-p-stages = Hubungan sistem imun dan sel kanker dijelaskan dalam tiga tahap berikut.
core-1-stage-remove = Tahap penyingkiran: sel yang rusak ditemukan oleh sistem imun, lalu disingkirkan.
core-1-stage-balance = Tahap keseimbangan: sel yang sulit disingkirkan tetap ada, dalam keadaan seimbang dengan sistem imun.
core-1-stage-escape = Tahap lolos: sel yang mampu menekan sistem imun bertambah banyak. Sel ini lalu dapat ditemukan sebagai kanker.
core-1-p-brake = Jika sel T melemah, atau sel kanker “mengerem” sistem imun, sistem imun tidak bisa lagi menyingkirkan kanker.

## 2. Immunotherapy restores the immune system's own power

core-2-title = Imunoterapi mengobati kanker dengan memulihkan kekuatan asli sistem imun
core-2-lead = Obat utama yang saat ini sudah terbukti efektif adalah obat yang melepas “rem” yang dipasang sel kanker pada sistem imun.
core-2-p-checkpoint = Sistem imun memiliki mekanisme “rem” agar tidak menyerang bagian tubuh yang sehat. Mekanisme ini disebut “checkpoint imun”.
core-2-p-pd1 = Di permukaan sel T ada protein bernama “PD-1”. Jika protein bernama “PD-L1” dari sel lain menempel padanya, sel T berhenti menyerang.
core-2-p-cancer-pdl1 = Sebagian sel kanker memiliki banyak PD-L1.
core-2-h-medicine = Obat yang melepas rem
core-2-p-inhibitor = Obat “penghambat checkpoint imun” adalah antibodi buatan manusia. Obat ini menghalangi sinyal rem.
core-2-p-how = Obat ini tidak menyerang sel kanker secara langsung. Obat ini membuat sel T dapat kembali menyerang sel kanker. Kebanyakan obat ini diberikan lewat infus.
core-2-p-ctla4 = Protein bernama “CTLA-4” juga merupakan rem jenis lain. Ada juga obat yang melepas rem ini.
core-2-p-nobel = Pada tahun 2018, Tasuku Honjo dan James Allison menerima Hadiah Nobel Fisiologi atau Kedokteran. Hadiah ini diberikan atas penemuan pengobatan kanker dengan melepas rem sistem imun.

## 3. Only some immunotherapies are proven to work

core-3-title = Imunoterapi yang efeknya jelas masih terbatas
core-3-lead = Dari semua pengobatan yang disebut “imunoterapi”, yang efeknya sudah terbukti baru sebagian saja.
core-3-p-word = Kata “imunoterapi” dipakai untuk berbagai macam pengobatan.
core-3-p-two-names = Di antaranya ada pengobatan yang efeknya sudah terbukti, dan ada yang belum. Panduan ini memakai dua sebutan berikut.
core-3-card-broad-title = Semua pengobatan yang disebut imunoterapi
core-3-card-broad-p1 = Termasuk imunoterapi yang efeknya sudah terbukti dan imunoterapi yang efeknya belum terbukti. Yang belum terbukti pun banyak.
core-3-card-broad-p2 = Panduan ini menyebutnya “Imunoterapi (dalam arti luas)”.
core-3-card-proven-title = Imunoterapi yang efeknya sudah terbukti
core-3-card-proven-p1 = Pengobatan yang efeknya sudah dibuktikan secara ilmiah lewat penelitian seperti uji klinis. Asuransi kesehatan publik dapat dipakai. Panduan ini menyebutnya “Imunoterapi (terbukti efektif)”.
core-3-card-proven-p2 = Yang utama adalah obat “penghambat checkpoint imun”.
core-3-card-proven-p3 = Selain itu, ada terapi BCG untuk kanker kandung kemih. Ada juga terapi sel CAR-T untuk sebagian kanker darah, dan lain-lain.
core-3-card-proven-limit-cancer = Pengobatan ini hanya dapat dipakai untuk jenis kanker tertentu.
core-3-card-proven-limit-stage = Boleh tidaknya dipakai kadang juga ditentukan oleh tingkat perkembangan kanker dan hasil pemeriksaan.
core-3-card-proven-limit-ask = Obat yang cocok berbeda-beda menurut kankernya. Tanyakan kepada dokter yang merawat Anda.
core-3-p-some-patients = Pengobatan yang sudah terbukti efektif pun hanya berhasil pada sebagian orang. Kanker mengecil pada sekitar 15–40% orang. Angka ini berbeda menurut jenis kanker dan obatnya.

## 4. Self-pay immunotherapy in the broad sense needs careful checking

core-4-title = Imunoterapi (dalam arti luas) di luar asuransi perlu diperiksa dengan cermat
core-4-lead = Pada pengobatan di luar asuransi, asuransi kesehatan publik tidak dapat dipakai. Jika Anda mempertimbangkan imunoterapi di luar asuransi, pastikan Anda berkonsultasi sebelum memilih.
core-4-p-self-pay = Pengobatan di luar asuransi adalah pengobatan yang tidak ditanggung asuransi kesehatan publik. Anda membayar seluruh biayanya sendiri.
core-4-p-not-insured = Pengobatan yang efeknya belum terbukti tidak diakui sebagai pengobatan dengan asuransi. Karena itu, ada fasilitas kesehatan yang memberikannya sebagai pengobatan di luar asuransi. Biayanya kadang mahal.
core-4-p-misuse = Di fasilitas pengobatan di luar asuransi, pernah ada kasus penghambat checkpoint imun dipakai dengan cara yang salah. Misalnya, dosisnya lebih kecil dari yang ditetapkan, atau dipakai untuk kanker yang tidak disetujui. Ada juga kasus efek samping yang tidak ditangani dengan memadai.
core-4-p-jsmo = Pengobatan yang efeknya belum terbukti seharusnya dilakukan di dalam uji klinis. Demikian pernyataan Perhimpunan Onkologi Medis Jepang.
core-4-callout-title = Berkonsultasilah sebelum memilih
core-4-callout-second-opinion = Sebelum memilih imunoterapi di luar asuransi, mintalah pendapat dokter lain (pendapat kedua).
core-4-callout-trial-doctor = Sebaiknya Anda meminta pendapat itu dari dokter yang memahami pengobatan tahap penelitian, seperti uji klinis dan uji coba untuk persetujuan obat.
core-4-callout-ask = Jika Anda tidak tahu harus bertanya kepada siapa, berkonsultasilah dengan dokter yang merawat Anda atau Pusat Konsultasi dan Dukungan Kanker (がん相談支援センター).

## 5. Proven immunotherapy also has risks

core-5-title = Imunoterapi (terbukti efektif) juga memiliki risiko
core-5-lead = Imunoterapi yang efeknya sudah terbukti pun dapat menimbulkan efek samping yang berat.
core-5-p-why = Jika rem sistem imun dilepas, sistem imun kadang juga menyerang organ tubuh sendiri yang sehat.
core-5-p-ten-percent = Perhimpunan Onkologi Medis Jepang membuat pernyataan pada tahun 2016. Efek samping berat muncul pada sekitar 10% orang yang memakai hanya satu jenis penghambat checkpoint imun. Efek samping ini kadang mengancam nyawa. Contoh utamanya sebagai berikut.
core-5-serious-lung = Radang paru: penyakit paru interstisial
core-5-serious-thyroid = Penyakit kelenjar tiroid
core-5-serious-diabetes = Diabetes tipe 1 yang muncul mendadak
core-5-serious-colitis = Radang usus besar: kolitis
core-5-serious-myasthenia = Penyakit yang membuat otot lemah: miastenia gravis
core-5-p-combination = Jika dua jenis obat dipakai bersamaan, efek samping berat jauh lebih sering terjadi. Pada melanoma maligna, salah satu jenis kanker kulit, dilakukan uji klinis “CheckMate 067”. Dalam laporan 5 tahun kemudian, efek samping berat muncul pada 59% orang yang memakai dua jenis obat bersamaan. Pada orang yang memakai satu jenis obat saja, angkanya 23% dan 28%. Laporan ini berbeda dari laporan angka sekitar 10% tadi. Karena itu, keduanya tidak dapat dibandingkan langsung.
core-5-p-hospitals = Karena itu, pemerintah membuat pedoman. Jika obat ini dipakai dengan asuransi kesehatan publik, rumah sakit dan dokter harus memenuhi syarat yang telah ditetapkan.
core-5-callout-title = Gejala yang harus segera dilaporkan ke rumah sakit
core-5-callout-intro = Jika muncul gejala seperti berikut, segera hubungi rumah sakit tempat Anda berobat, walaupun gejalanya ringan. Gejala ini juga bisa muncul setelah pengobatan selesai.
core-5-symptom-lung = Batuk, sesak napas, demam
core-5-symptom-gut = Diare, lebih sering buang air besar, tinja berdarah atau berwarna hitam
core-5-symptom-thirst = Rasa haus, lebih sering buang air kecil
core-5-symptom-tired = Badan lemas, berat badan berubah
core-5-symptom-yellow = Kulit atau bagian putih mata menjadi kuning
core-5-symptom-weak = Tangan atau kaki tidak bertenaga, kelopak mata turun
core-5-callout-night = Pada malam hari atau hari libur pun, segera hubungi rumah sakit. Pastikan nomor yang harus dihubungi sebelum pengobatan dimulai.
core-5-p-more = Gejala lainnya dijelaskan di halaman “Kehidupan sehari-hari, perawatan, dan efek samping”.
