## Learn more

track-details-title = Untuk Anda yang ingin tahu lebih banyak
track-details-summary = Penjelasan lebih rinci tentang jenis dan efek imunoterapi, cara menghadapi efek samping, dan hal yang dapat ditanyakan kepada dokter.

## 1. About immunotherapy in general

detail-1-title = Tentang imunoterapi secara umum
detail-1-lead = Ada banyak jenis “imunoterapi”. Di dalamnya bercampur pengobatan yang efeknya sudah terbukti dan yang belum.
detail-1-h-what = Apa itu imunoterapi
detail-1-p-what = Imunoterapi adalah cara mengobati kanker dengan memakai kekuatan sistem imun.
detail-1-p-attention = Imunoterapi mulai banyak mendapat perhatian setelah obat yang disebut penghambat checkpoint imun disetujui.
detail-1-p-research = Namun, sebagian besar imunoterapi masih dalam tahap penelitian dan pengembangan.
detail-1-h-types = Jenis-jenis imunoterapi
detail-1-p-guideline = Perhimpunan Onkologi Medis Jepang menyusun “Pedoman Imunoterapi Kanker”. Edisi pertama terbit tahun 2016, edisi kedua tahun 2019, dan edisi ketiga tahun 2023. Pedoman ini membagi imunoterapi menjadi jenis-jenis berikut.
detail-1-type-checkpoint = Penghambat checkpoint imun: obat yang melepas rem sistem imun
detail-1-type-accelerator = Obat antibodi yang memperkuat “pedal gas” sistem imun
detail-1-type-vaccine = Vaksin kanker
detail-1-type-cells = Pengobatan dengan menyiapkan sel T di luar tubuh, lalu mengembalikannya ke tubuh. Yang efeknya sudah terbukti hanya sebagian, seperti terapi sel CAR-T.
detail-1-type-cytokine = Pengobatan yang memakai zat bernama sitokin sebagai obat
detail-1-type-other = Obat lain yang menghalangi mekanisme penekan sistem imun
detail-1-type-combination = Pengobatan yang menggabungkan cara-cara di atas
detail-1-p-third-edition = Edisi ketiga menambahkan terapi sel CAR-T, dan obat antibodi yang menempel pada sel T dan sel kanker sekaligus.
detail-1-p-mixed = Dalam satu jenis yang sama pun, ada pengobatan yang efeknya sudah terbukti dan ada yang belum. Tanyakan kepada dokter yang merawat Anda apakah pengobatan itu dapat dipakai untuk kanker Anda.
detail-1-h-history = Perjalanan sejauh ini
detail-1-history-1957 = 1957: muncul gagasan bahwa sistem imun mengawasi sel kanker.
detail-1-history-2014 = 2014: penghambat checkpoint imun disetujui untuk pertama kalinya di Jepang.
detail-1-history-2018 = 2018: Hadiah Nobel Fisiologi atau Kedokteran diberikan atas penemuan pengobatan kanker dengan melepas rem sistem imun.
detail-1-history-2019 = 2019: asuransi kesehatan publik mulai dapat dipakai untuk obat terapi sel CAR-T yang pertama.
detail-1-card-ads-title = Waspadai kata-kata dalam iklan
detail-1-card-ads-p1 = Sebagian fasilitas kesehatan mengiklankan imunoterapi sebagai “pengobatan keempat” atau “sedikit efek samping”.
detail-1-card-ads-p2 = Namun, penghambat checkpoint imun yang efeknya sudah terbukti pun dapat menimbulkan efek samping yang berat.
detail-1-card-ads-p3 = Pengobatan yang efeknya belum terbukti juga belum terbukti aman.

## 2. Types of proven immunotherapy

detail-2-title = Imunoterapi (terbukti efektif): jenis-jenisnya
detail-2-lead = Ada beberapa jenis imunoterapi yang efeknya sudah terbukti. Masing-masing hanya dapat dipakai untuk kanker tertentu.
detail-2-card-checkpoint-title = Penghambat checkpoint imun
detail-2-checkpoint-p-first = Obat penghambat checkpoint imun melepas rem sistem imun. Di Jepang, obat pertama, nivolumab, disetujui pada Juli 2014 untuk melanoma maligna, salah satu jenis kanker kulit.
detail-2-checkpoint-p-list = Berikut obat-obat utama dan nama protein yang menjadi sasarannya. Nama di dalam kurung adalah nama dagang.
detail-2-drug-nivolumab = Nivolumab (Opdivo): PD-1
detail-2-drug-pembrolizumab = Pembrolizumab (Keytruda): PD-1
detail-2-drug-cemiplimab = Cemiplimab (Libtayo): PD-1
detail-2-drug-tislelizumab = Tislelizumab (Tevimbra): PD-1
detail-2-drug-ipilimumab = Ipilimumab (Yervoy): CTLA-4
detail-2-drug-tremelimumab = Tremelimumab (Imjudo): CTLA-4
detail-2-drug-atezolizumab = Atezolizumab (Tecentriq): PD-L1
detail-2-drug-durvalumab = Durvalumab (Imfinzi): PD-L1
detail-2-drug-avelumab = Avelumab (Bavencio): PD-L1
detail-2-checkpoint-p-cancers = Contoh kanker yang sudah disetujui untuk diobati dengan obat ini:
detail-2-cancer-skin = Melanoma maligna, karsinoma sel Merkel
detail-2-cancer-lung = Kanker paru, mesotelioma
detail-2-cancer-head = Kanker kepala dan leher, kanker kerongkongan, kanker lambung
detail-2-cancer-digestive = Sebagian kanker usus besar, kanker hati, kanker saluran empedu
detail-2-cancer-urinary = Kanker ginjal, kanker urotelial (saluran kemih) seperti kanker kandung kemih
detail-2-cancer-women = Sebagian kanker payudara, kanker leher rahim, kanker badan rahim
detail-2-cancer-blood = Limfoma Hodgkin
detail-2-checkpoint-p-msi = Obat ini kadang juga dapat dipakai untuk kanker padat lain (kanker selain kanker darah). Hal ini bergantung pada hasil tes gen tertentu (MSI-H atau TMB-H).
detail-2-checkpoint-p-conditions = Untuk kanker apa pun, boleh tidaknya obat ini dipakai ditentukan oleh tingkat perkembangan kanker, pengobatan sebelumnya, dan hasil pemeriksaan seperti PD-L1.
detail-2-checkpoint-p-hospitals = Pemerintah (Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan) membuat pedoman cara memakai obat ini. Jika obat ini dipakai dengan asuransi kesehatan publik, rumah sakit dan dokter harus memenuhi syarat yang telah ditetapkan.
detail-2-card-cart-title = Terapi sel CAR-T
detail-2-cart-p-what = Sel untuk pengobatan dibuat dari sel T milik pasien sendiri, lalu dikembalikan ke tubuh lewat infus.
detail-2-cart-p-use = Di Jepang, terapi sel CAR-T yang pertama disetujui pada tahun 2019. Saat ini, terapi sel CAR-T hanya dapat dipakai untuk sebagian kanker darah sel B dan untuk mieloma multipel. Belum ada yang dapat dipakai untuk kanker padat.
detail-2-cart-p-steps = Alur pengobatannya sebagai berikut.
detail-2-cart-step-collect = Sel dikumpulkan dari darah (sekitar 4–5 jam).
detail-2-cart-step-make = Sel untuk pengobatan dibuat selama sekitar 6 minggu.
detail-2-cart-step-chemo = Anda menjalani pengobatan dengan obat antikanker selama beberapa hari.
detail-2-cart-step-drip = Sel yang sudah dibuat dikembalikan ke tubuh lewat infus.
detail-2-card-bcg-title = Terapi BCG untuk kanker kandung kemih
detail-2-bcg-p-what = Pengobatan ini dilakukan setelah kanker kandung kemih stadium awal (yang belum menyebar sampai lapisan otot) diangkat dengan operasi. Jika risiko kambuhnya sedang atau lebih tinggi, BCG dimasukkan ke dalam kandung kemih. Cara ini dianggap lebih efektif daripada memasukkan obat antikanker ke kandung kemih.
detail-2-bcg-p-schedule = Biasanya diberikan seminggu sekali, selama 6–8 minggu. Setelah itu, kadang dilanjutkan selama 1–3 tahun.
detail-2-bcg-p-side-effects = Efek sampingnya antara lain sering ingin buang air kecil, nyeri saat buang air kecil, air kencing berdarah, dan demam. Walaupun jarang, dapat terjadi radang paru atau infeksi.
detail-2-card-cytokine-title = Terapi sitokin
detail-2-cytokine-p-what = Pengobatan ini memakai obat bernama interferon alfa atau interleukin-2. Obat ini dipakai untuk kanker ginjal. Interleukin-2 juga dipakai untuk angiosarkoma (kanker pembuluh darah).
detail-2-cytokine-p-limits = Efeknya terbatas, dan kanker yang dapat diobati juga sedikit. Efek sampingnya antara lain gejala seperti flu dan perasaan murung.
detail-2-card-bispecific-title = Obat antibodi yang menghubungkan sel T dan sel kanker
detail-2-bispecific-p-what = Obat antibodi ini menempel pada sel T dan sel kanker sekaligus.
detail-2-bispecific-p-drugs = Berikut contoh obat yang sudah disetujui di Jepang. Masih ada obat lain. Tahun yang tertulis adalah tahun persetujuannya.
detail-2-bispecific-blinatumomab = Blinatumomab: sebagian leukemia limfoblastik akut, 2018 (yang pertama di Jepang)
detail-2-bispecific-epcoritamab = Epcoritamab: sebagian limfoma, 2023
detail-2-bispecific-elranatamab = Elranatamab: mieloma multipel, 2024
detail-2-bispecific-teclistamab = Teclistamab: mieloma multipel, 2024
detail-2-bispecific-tarlatamab = Tarlatamab: kanker paru sel kecil (setelah pengobatan dengan obat antikanker), 2024
detail-2-bispecific-p-care = Obat ini dapat menimbulkan efek samping berat yang disebut “sindrom pelepasan sitokin”. Untuk obat jenis ini, pernah dilaporkan kasus kematian akibat efek samping ini atau akibat infeksi berat.
detail-2-p-ask = Tanyakan kepada dokter yang merawat Anda apakah pengobatan ini dapat dipakai untuk kanker Anda.

## 3. How well proven immunotherapy works

detail-3-title = Tentang efek Imunoterapi (terbukti efektif)
detail-3-lead = Imunoterapi yang efeknya sudah terbukti pun hanya bekerja dengan baik pada sebagian orang.
detail-3-card-who-title = Pada berapa banyak orang pengobatan ini berhasil
detail-3-who-p-shrink = Persentase orang yang kankernya mengecil disebut “tingkat respons”. Tingkat respons sekitar 15–40%. Angka ini berbeda menurut jenis kanker dan obatnya.
detail-3-who-p-lasting = Di antara orang yang berhasil, ada yang efeknya bertahan bertahun-tahun. Efeknya kadang tetap bertahan walaupun obat sudah dihentikan.
detail-3-who-p-faster = Di sisi lain, ada juga orang yang kankernya malah membesar lebih cepat setelah mulai memakai obat.
detail-3-who-p-depends = Apakah efeknya dapat diharapkan, berbeda menurut jenis kanker, tingkat perkembangannya, dan hasil pemeriksaan.
detail-3-card-survival-title = Contoh hasil setelah 5 tahun
detail-3-survival-p-intro = Berikut persentase orang dalam uji klinis yang masih hidup 5 tahun setelah pengobatan dimulai.
detail-3-survival-h-lung = Kanker paru stadium lanjut: uji klinis “KEYNOTE-001”, pengobatan dengan pembrolizumab (Keytruda) saja
detail-3-lung-first = Orang yang memakainya sebagai pengobatan pertama: 23,2%
detail-3-lung-later = Orang yang memakainya setelah pengobatan lain: 15,5%
detail-3-lung-before = Sebelum obat ini dipakai, angkanya sekitar 5%.
detail-3-survival-h-melanoma = Melanoma maligna stadium lanjut: uji klinis “CheckMate 067”
detail-3-melanoma-both = Orang yang memakai nivolumab dan ipilimumab bersamaan: 52%
detail-3-melanoma-nivolumab = Orang yang memakai nivolumab saja: 44%
detail-3-melanoma-ipilimumab = Orang yang memakai ipilimumab saja: 26%
detail-3-melanoma-p-side-effects = Menurut laporan 5 tahun uji ini, orang yang mengalami efek samping berat akibat pengobatan adalah 59%, 23%, dan 28%, sesuai urutan di atas.
detail-3-melanoma-p-compare = Jika dua jenis obat dipakai bersamaan, efek samping berat jauh lebih sering terjadi. Angka sekitar 10% di halaman “Imunoterapi (terbukti efektif) juga memiliki risiko” berasal dari laporan lain, tentang satu jenis obat.
detail-3-p-not-you = Ini adalah hasil dari orang-orang yang ikut dalam uji klinis. Hasil ini tidak menunjukkan perkiraan untuk setiap orang. Tanyakan lebih lanjut kepada dokter yang merawat Anda.

## 4. Daily life, care and side effects

detail-4-title = Kehidupan sehari-hari, perawatan, dan efek samping
detail-4-lead = Efek samping penting untuk ditemukan dan diobati sejak dini. Jika ada gejala yang tidak biasa, segera beri tahu rumah sakit.
detail-4-card-irae-title = Efek samping akibat kerja sistem imun
detail-4-irae-p-what = Jika rem sistem imun dilepas, sistem imun kadang menimbulkan radang pada organ tubuh yang sehat. Ini disebut “kejadian tidak diinginkan terkait imun”.
detail-4-irae-p-where = Yang sering terkena adalah kulit, usus, hati, paru, dan organ penghasil hormon. Efek samping ini juga bisa terjadi pada ginjal, saraf, otot, jantung, dan mata.
detail-4-irae-p-treat = Pengobatannya memakai steroid, obat untuk menggantikan hormon yang kurang, dan lain-lain.
detail-4-irae-p-hormone = Gangguan hormon mirip dengan gejala yang umum, seperti badan lemas atau tidak nafsu makan. Karena itu, gangguan ini kadang sulit disadari.
detail-4-card-when-title = Kapan terjadi
detail-4-when-p-months = Kebanyakan terjadi dalam beberapa bulan pertama setelah pengobatan dimulai. Namun, bisa juga terjadi lebih lambat, atau setelah pengobatan selesai. Karena itu, Anda tetap perlu waspada setelah pengobatan.
detail-4-when-p-fatal = Dilaporkan bahwa 0,4–1,2% orang meninggal karena efek samping.
detail-4-callout-title = Gejala yang harus segera dilaporkan ke rumah sakit
detail-4-callout-intro = Jika ada satu saja dari gejala berikut, segera hubungi rumah sakit tempat Anda berobat, walaupun gejalanya ringan. Hal ini juga berlaku pada malam hari dan hari libur.
detail-4-symptoms-lung = Batuk tanpa dahak, sesak napas, demam
detail-4-symptoms-gut = Diare, lebih sering buang air besar, tinja berdarah atau berwarna hitam, sakit perut
detail-4-symptoms-thirst = Rasa haus, banyak minum, lebih sering buang air kecil, mual, muntah
detail-4-symptoms-general = Badan lemas, berat badan berubah, mudah kesal, sakit kepala
detail-4-symptoms-yellow = Kulit atau bagian putih mata menjadi kuning
detail-4-symptoms-kidney = Air kencing berkurang, bengkak
detail-4-symptoms-muscle = Tangan atau kaki tidak bertenaga, kelopak mata turun, nyeri otot
detail-4-symptoms-skin = Ruam, gatal, sariawan yang parah
detail-4-symptoms-heart = Jantung berdebar, pusing
detail-4-symptoms-eyes = Mata merah atau nyeri, penglihatan kabur
detail-4-symptoms-confusion = Pikiran bingung, linglung
detail-4-callout-quickly = Gejala ringan pun bisa tiba-tiba memberat. Jika efek samping diobati sejak dini, imunoterapi kadang dapat dilanjutkan.
detail-4-callout-no-self-care = Jangan mencoba mengobatinya sendiri dengan obat yang dijual bebas atau suplemen.
detail-4-card-before-title = Sebelum pengobatan dimulai
detail-4-before-illness = Jika Anda memiliki penyakit autoimun atau penyakit paru, beri tahu dokter yang merawat Anda. Contoh penyakit autoimun adalah penyakit Hashimoto dan kolitis ulseratif.
detail-4-before-pregnancy = Jika Anda mungkin sedang hamil atau menyusui, atau berencana hamil atau menyusui, beri tahu dokter yang merawat Anda sebelum pengobatan dimulai.
detail-4-before-contact = Pastikan lebih dulu ke mana Anda harus menghubungi pada malam hari dan hari libur.
detail-4-card-daily-title = Dalam kehidupan sehari-hari
detail-4-daily-card = Jika Anda menerima kartu pasien, selalu bawa kartu itu. Tunjukkan juga di rumah sakit lain dan di apotek.
detail-4-daily-medicines = Jika Anda memakai suplemen, antibiotik, steroid, dan sebagainya, beri tahu rumah sakit tempat Anda berobat.
detail-4-card-cart-title = Untuk Anda yang menjalani terapi sel CAR-T dan sejenisnya
detail-4-cart-p-watch = Pada terapi sel CAR-T, ada efek samping yang perlu diwaspadai: “sindrom pelepasan sitokin” dan gejala saraf. Obat antibodi yang menghubungkan sel T dan sel kanker juga dapat menimbulkan efek samping yang sama. Karena itu, selama beberapa waktu setelah mulai, kondisi Anda diawasi dengan cermat, misalnya dengan rawat inap.

## 5. Immunotherapy in the broad sense under research

detail-5-title = Imunoterapi (dalam arti luas) yang sedang diteliti dan dikembangkan: imunoterapi yang perlu diperiksa dengan cermat
detail-5-lead = Imunoterapi tahap penelitian belum terbukti efektif maupun aman. Periksalah dengan cermat sebelum menjalaninya.
detail-5-card-offered-title = Yang sering diberikan sebagai pengobatan di luar asuransi
detail-5-offered-p-intro = Di fasilitas kesehatan yang memberikan pengobatan di luar asuransi, imunoterapi seperti berikut sering dilakukan.
detail-5-offered-lymphocytes = Terapi limfosit teraktivasi (seperti terapi sel T αβ dan terapi sel T γδ)
detail-5-offered-nk = Terapi sel NK
detail-5-offered-dendritic = Terapi vaksin sel dendritik
detail-5-offered-peptide = Terapi vaksin peptida
detail-5-offered-brm = Terapi BRM
detail-5-offered-combined = Pengobatan yang menggabungkan cara-cara di atas. Ada juga yang digabung dengan penghambat checkpoint imun.
detail-5-card-experts-title = Pandangan para ahli
detail-5-experts-p-2016 = Perhimpunan Onkologi Medis Jepang menerbitkan pedoman pada Desember 2016. Pedoman ini tidak menganjurkan vaksin sel dendritik, terapi sel NK, dan vaksin peptida.
detail-5-experts-p-pancreas = Hasil uji klinis vaksin peptida untuk kanker pankreas dilaporkan pada tahun 2012 dan 2013. Uji itu tidak menunjukkan adanya efek.
detail-5-experts-p-patients = Pada tahun 2018, federasi nasional kelompok pasien kanker mengeluarkan pernyataan tentang imunoterapi di luar asuransi. Federasi ini khawatir karena efek dan keamanannya belum terbukti. Federasi ini juga menunjukkan bahwa ada fasilitas kesehatan yang tidak cukup siap jika kondisi pasien tiba-tiba memburuk.
detail-5-experts-p-2019 = Pada tahun 2019, Perhimpunan Onkologi Medis Jepang kembali mengimbau agar berhati-hati. Terapi sel dan vaksin yang tidak disetujui belum terbukti efektif maupun aman. Perhimpunan ini juga menyatakan bahwa memakai penghambat checkpoint imun dengan dosis kecil, atau untuk kanker yang tidak disetujui, itu berbahaya.
detail-5-card-law-title = Rencana yang diserahkan kepada pemerintah bukan “bukti efek”
detail-5-law-p-act = Pada 25 November 2014, “Undang-Undang tentang Jaminan Keamanan Kedokteran Regeneratif” mulai berlaku.
detail-5-law-p-plan = Menurut undang-undang ini, untuk melakukan pengobatan dengan sel seperti ini, rencananya harus diserahkan kepada pemerintah (Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan). Pengobatan dikelompokkan menurut tingkat risikonya terhadap keamanan.
detail-5-law-p-not-proof = Rencana yang sudah diserahkan tidak berarti pengobatan itu efektif.
detail-5-card-cost-title = Biaya
detail-5-cost-p-amount = Seluruh biaya ditanggung sendiri. Satu rangkaian pengobatan sering memakan biaya sekitar 2 juta sampai 4 juta yen.
detail-5-cost-p-mixed = Menggabungkan pengobatan dengan asuransi dan pengobatan di luar asuransi (pengobatan campuran) pada prinsipnya tidak diperbolehkan. Pengecualiannya antara lain uji coba untuk persetujuan obat dan pengobatan canggih yang diakui negara. Karena itu, biaya pemeriksaan yang berkaitan dengan pengobatan di luar asuransi juga harus Anda bayar sendiri.
detail-5-callout-title = Pastikan berkonsultasi sebelum memilih
detail-5-callout-doctor = Sebelum memilih imunoterapi di luar asuransi, berkonsultasilah dulu dengan dokter yang merawat Anda.
detail-5-callout-second-opinion = Mintalah pendapat lain (pendapat kedua) dari dokter yang memahami pengobatan tahap penelitian, seperti uji klinis dan uji coba untuk persetujuan obat.
detail-5-callout-center = Jika Anda tidak tahu harus berkonsultasi kepada siapa, Anda dapat berkonsultasi di Pusat Konsultasi dan Dukungan Kanker (がん相談支援センター). Konsultasinya gratis.
detail-5-card-trials-title = Uji klinis sebagai pilihan
detail-5-trials-p-law = Jika Anda ingin mencoba pengobatan baru, Anda mungkin dapat ikut serta dalam uji klinis. Pada April 2018, “Undang-Undang Penelitian Klinis” yang mengatur penelitian klinis mulai berlaku.
detail-5-trials-p-search = Uji klinis dapat dicari di “jRCT”, situs pendaftaran milik pemerintah. Anda juga dapat mencarinya di “Cari uji klinis kanker” pada Layanan Informasi Kanker.
detail-5-trials-p-conditions = Ada syarat untuk ikut serta. Anda juga bisa ditempatkan di kelompok yang menerima pengobatan standar.
detail-5-trials-p-ask = Jika Anda mempertimbangkan untuk ikut serta, berkonsultasilah dulu dengan dokter yang merawat Anda.

## 6. What to ask your doctor

detail-6-title = Apa yang sebaiknya ditanyakan kepada dokter
detail-6-lead = Jika ada yang tidak Anda pahami tentang pengobatan, jangan ragu untuk bertanya kepada dokter yang merawat Anda.
detail-6-p-memo = Tulislah hal-hal yang ingin Anda tanyakan, lalu bawa catatannya. Dengan begitu, Anda tidak lupa bertanya.
detail-6-card-treatment-title = Pertanyaan tentang pengobatan yang dianjurkan
detail-6-ask-what = Pengobatan apa ini? Mengapa pengobatan ini dianjurkan untuk saya?
detail-6-ask-goal = Apa tujuan pengobatan ini?
detail-6-ask-approved = Apakah pengobatan ini sudah disetujui untuk kanker saya dan tingkat perkembangannya? Apakah asuransi kesehatan publik dapat dipakai?
detail-6-ask-together = Pengobatan apa lagi yang akan saya jalani bersamaan?
detail-6-ask-schedule = Seberapa sering, di mana, dan sampai kapan saya menjalaninya?
detail-6-ask-working = Bagaimana cara mengetahui apakah pengobatan ini berhasil?
detail-6-ask-side-effects = Efek samping apa yang harus segera dilaporkan? Pada malam hari dan hari libur, ke mana saya harus menghubungi?
detail-6-ask-trials = Apakah ada uji klinis yang dapat saya ikuti?
detail-6-ask-cost = Berapa kira-kira biayanya?
detail-6-ask-medicines = Bolehkah saya memakai obat lain atau vaksin?
detail-6-card-self-pay-title = Jika Anda dianjurkan menjalani pengobatan yang tidak ditanggung asuransi kesehatan publik
detail-6-self-pay-p-intro = Jika fasilitas kesehatan yang memberikan pengobatan di luar asuransi menganjurkan imunoterapi atau pengobatan lain, pastikan hal-hal berikut.
detail-6-self-pay-dose = Apakah pengobatan ini dilakukan dengan dosis dan cara yang telah ditetapkan?
detail-6-self-pay-trials = Apakah efeknya sudah terbukti dalam uji klinis berskala besar?
detail-6-self-pay-who = Pada orang seperti apa, dan berapa lama, pengobatan ini berhasil?
detail-6-self-pay-worse = Apa yang terjadi jika kondisi saya memburuk atau muncul efek samping?
detail-6-card-second-opinion-title = Saat meminta pendapat kedua
detail-6-second-opinion-p-what = Pendapat kedua berarti meminta pendapat tentang pengobatan dari dokter lain, selain dokter yang merawat Anda sekarang.
detail-6-second-opinion-letter = Mintalah surat rujukan dari dokter yang merawat Anda. Bawa juga hasil pemeriksaan pencitraan dan pemeriksaan patologi.
detail-6-second-opinion-beware = Waspadai situs yang menawarkan “konsultasi kanker gratis”, tetapi mengajak Anda menjalani pengobatan di luar asuransi yang mahal.
detail-6-second-opinion-center = Pusat Konsultasi dan Dukungan Kanker dapat membantu Anda mencari rumah sakit atau dokter untuk pendapat kedua.
