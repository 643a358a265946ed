# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# plain explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend
glossary-broad-sense = dalam arti luas
    .explanation = Artinya “dalam makna yang luas”. “Imunoterapi (dalam arti luas)” adalah semua pengobatan yang disebut imunoterapi, termasuk yang efeknya belum terbukti.

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = disetujui
    .explanation = Artinya diakui oleh pemerintah. Misalnya, pemerintah mengakui bahwa suatu obat boleh dipakai untuk mengobati penyakit tertentu.

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = penghambat checkpoint imun
    .explanation = Obat yang melepas “rem” yang dipasang sel kanker pada sistem imun. Obat ini tidak menyerang sel kanker secara langsung, tetapi membuat sel T dapat kembali menyerang sel kanker.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = pengobatan di luar asuransi
    .explanation = Pengobatan yang tidak ditanggung asuransi kesehatan publik, sehingga Anda membayar seluruh biayanya sendiri. Pengobatan yang efeknya belum terbukti kadang diberikan dengan cara ini, dengan biaya tinggi.

# Used on: core-4, detail-5
glossary-insured-care = pengobatan dengan asuransi
    .explanation = Pengobatan yang ditanggung asuransi kesehatan publik. Imunoterapi yang efeknya sudah terbukti dapat dipakai sebagai pengobatan dengan asuransi, untuk kanker yang telah ditetapkan.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = uji klinis
    .explanation = Penelitian dengan keikutsertaan pasien, untuk mengetahui efek dan keamanan pengobatan baru. Ada syarat untuk ikut serta.

# Used on: core-4, detail-5
glossary-approval-trial = uji coba untuk persetujuan obat
    .explanation = Uji klinis yang dilakukan agar obat dan sebagainya mendapat persetujuan pemerintah.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = efek samping
    .explanation = Perubahan buruk pada tubuh yang disebabkan oleh obat atau pengobatan. Efek samping imunoterapi kadang muncul setelah pengobatan selesai.

# Used on: detail-4
glossary-immune-related-side-effect = kejadian tidak diinginkan terkait imun
    .explanation = Radang pada organ tubuh yang sehat, yang ditimbulkan oleh sistem imun karena remnya dilepas. Radang ini terjadi pada kulit, usus, hati, paru, organ penghasil hormon, dan lain-lain.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = terapi sel CAR-T
    .explanation = Sel untuk pengobatan dibuat dari sel T milik pasien sendiri, lalu dikembalikan ke tubuh lewat infus. Terapi ini dipakai untuk sebagian kanker darah sel B dan untuk mieloma multipel.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = sindrom pelepasan sitokin
    .explanation = Efek samping berat yang terjadi karena zat bernama sitokin tiba-tiba bertambah banyak di dalam tubuh. Sindrom ini dapat terjadi pada terapi sel CAR-T dan sejenisnya, sehingga kondisi pasien diawasi dengan cermat selama beberapa waktu setelah mulai.

# Used on: detail-4
glossary-autoimmune = autoimun
    .explanation = Penyakit autoimun adalah penyakit ketika sistem imun menyerang tubuhnya sendiri. Contohnya penyakit Hashimoto dan kolitis ulseratif.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H atau TMB-H
    .explanation = Nama sifat kanker yang diketahui dari tes gen kanker. Untuk kanker dengan hasil ini, penghambat checkpoint imun kadang dapat dipakai, walaupun bukan kanker darah.

# Used on: detail-5
glossary-nk-cell = sel NK
    .explanation = Salah satu jenis sel darah putih yang menjalankan kekebalan bawaan sejak lahir. Perhimpunan Onkologi Medis Jepang tidak menganjurkan terapi sel NK.

# Used on: detail-5
glossary-brm = BRM
    .explanation = Terapi BRM adalah pengobatan yang memakai zat yang disebut-sebut dapat memperkuat kerja sistem imun. Terapi ini diberikan sebagai pengobatan di luar asuransi, tetapi efeknya belum terbukti.

# Used on: detail-5
glossary-alpha-beta-t-cell = sel T αβ
    .explanation = Salah satu jenis sel T. Terapi sel T αβ adalah pengobatan yang memperkuat kerja sel ini di luar tubuh, lalu mengembalikannya ke tubuh. Efeknya belum terbukti.

# Used on: detail-5
glossary-gamma-delta-t-cell = sel T γδ
    .explanation = Salah satu jenis sel T. Terapi sel T γδ adalah pengobatan yang memperkuat kerja sel ini di luar tubuh, lalu mengembalikannya ke tubuh. Efeknya belum terbukti.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = Terapi BCG adalah pengobatan dengan memasukkan obat bernama BCG ke dalam kandung kemih, setelah kanker kandung kemih stadium awal diangkat dengan operasi. Terapi ini termasuk imunoterapi yang efeknya sudah terbukti.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = Situs milik pemerintah Jepang yang mendaftarkan uji klinis di Jepang. Anda dapat mencari uji klinis apa saja yang sedang dilakukan.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = Protein di permukaan sel T. Jika PD-L1 dari sel lain menempel padanya, sel T berhenti menyerang.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = Protein yang menempel pada PD-1 di sel T dan membuat sel T berhenti menyerang. Sebagian sel kanker memiliki banyak PD-L1.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = Salah satu protein yang bekerja sebagai rem sistem imun. Obat seperti ipilimumab melepas rem ini.

# Used on: core-1, detail-5
glossary-dendritic-cell = sel dendritik
    .explanation = Sel yang memberitahukan tanda pengenal sel kanker kepada sel T. Sel T yang sudah mengenali tanda itu akan menyerang sel kanker.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = sel T
    .explanation = Salah satu jenis sel darah putih yang dapat menemukan dan menyerang sel kanker.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = Pusat Konsultasi dan Dukungan Kanker
    .explanation = Tempat konsultasi (がん相談支援センター) di rumah sakit rujukan kanker yang ditunjuk dan rumah sakit lain di seluruh Jepang. Konsultasinya gratis, dan orang yang tidak berobat di rumah sakit itu pun dapat berkonsultasi.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = pendapat kedua
    .explanation = Meminta pendapat tentang pengobatan dari dokter lain, selain dokter yang merawat Anda sekarang.

# Used on: detail-5
glossary-advanced-care = pengobatan canggih
    .explanation = Pengobatan baru yang belum ditanggung asuransi kesehatan publik, tetapi sudah diakui oleh pemerintah. Sebagai pengecualian, pengobatan ini boleh digabung dengan pengobatan dengan asuransi.

# Used on: detail-5
glossary-mixed-care = pengobatan campuran
    .explanation = Menjalani pengobatan dengan asuransi dan pengobatan di luar asuransi secara bersamaan. Pada prinsipnya, hal ini tidak diperbolehkan.
