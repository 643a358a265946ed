# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = Di sebelah kiri, sel T menyerang sel kanker dan menyingkirkannya. Di sebelah kanan, sel kanker mengerem sel T. Sel kanker yang tidak tersingkirkan bertambah banyak.
figure-core-1-tcell = Sel T
figure-core-1-removed = Sel kanker disingkirkan
figure-core-1-brake = Rem
figure-core-1-grow = Sel kanker tersisa dan bertambah

## core-2

figure-core-2-alt = Di sebelah kiri, PD-L1 pada sel kanker menempel pada PD-1 pada sel T, sehingga rem bekerja. Di sebelah kanan, obat menutup PD-1 dan melepas rem. Sel T kembali menyerang sel kanker.
figure-core-2-pd1 = PD-1 sel T
figure-core-2-pdl1 = PD-L1 sel kanker
figure-core-2-medicine = Obat pelepas rem
figure-core-2-attack = Menyerang lagi

## core-3

figure-core-3-alt = Lingkaran besar adalah semua pengobatan yang disebut imunoterapi. Lingkaran kecil di dalamnya adalah imunoterapi yang efeknya sudah terbukti. Yang sudah terbukti baru sebagian saja.
figure-core-3-broad = Imunoterapi (dalam arti luas)
figure-core-3-unproven = Belum terbukti efektif
figure-core-3-proven = Imunoterapi (terbukti efektif)

## core-4

figure-core-4-alt = Pasien di sebelah kiri pertama-tama berkonsultasi dengan dokter yang merawatnya atau Pusat Konsultasi dan Dukungan Kanker. Selanjutnya, ia meminta pendapat dokter lain (pendapat kedua). Setelah itu barulah ia memikirkan apakah akan memilih pengobatan di luar asuransi.
figure-core-4-doctor = Dokter Anda
figure-core-4-center = Pusat Konsultasi Kanker
figure-core-4-second-opinion = Pendapat kedua
figure-core-4-self-pay = Di luar asuransi

## core-5

figure-core-5-alt = Gambar tubuh manusia. Tempat yang sering terkena efek samping diberi tanda: organ penghasil hormon, paru, hati, usus, dan kulit.
figure-core-5-hormone = Organ penghasil hormon
figure-core-5-lungs = Paru
figure-core-5-liver = Hati
figure-core-5-skin = Kulit
figure-core-5-gut = Usus

## detail-1

figure-detail-1-alt = Lima gambar menunjukkan jenis utama imunoterapi menurut pedoman: obat yang melepas rem sistem imun, vaksin kanker, pengobatan yang mengembalikan sel T ke tubuh, sitokin, serta obat lain dan gabungannya.
figure-detail-1-checkpoint = Obat pelepas rem
figure-detail-1-vaccine = Vaksin kanker
figure-detail-1-cells = Sel T dikembalikan
figure-detail-1-cytokine = Sitokin
figure-detail-1-other = Gabungan, dll.

## detail-2

figure-detail-2-alt = Alur terapi sel CAR-T. Sel dikumpulkan dari darah, lalu sel untuk pengobatan dibuat selama sekitar 6 minggu. Setelah beberapa hari pengobatan dengan obat antikanker, sel yang sudah dibuat dikembalikan ke tubuh lewat infus.
figure-detail-2-collect = Ambil sel dari darah
figure-detail-2-make = Dibuat sekitar 6 minggu
figure-detail-2-chemo = Obat antikanker beberapa hari
figure-detail-2-drip = Dikembalikan lewat infus

## detail-3

figure-detail-3-alt = Perubahan ukuran kanker pada tiga orang yang memulai pengobatan dengan cara yang sama. Pada orang pertama, kanker mengecil. Pada orang kedua, kanker tidak mengecil. Pada orang ketiga, kanker membesar dengan cepat.
figure-detail-3-shrinks = Mengecil
figure-detail-3-same = Tidak mengecil
figure-detail-3-faster = Cepat membesar

## detail-4

figure-detail-4-alt = Daftar periksa gejala dengan satu tanda centang. Jika ada satu saja, walaupun ringan, segera telepon rumah sakit. Hal ini juga berlaku pada malam hari dan hari libur.
figure-detail-4-even-one = Satu saja pun
figure-detail-4-mild = Walaupun ringan
figure-detail-4-call = Segera hubungi
figure-detail-4-night = Juga malam dan hari libur
figure-detail-4-hospital = Rumah sakit tempat berobat

## detail-5

figure-detail-5-alt = Di sebelah kiri, fasilitas pengobatan di luar asuransi dengan tanda peringatan dan tanda uang. Di sebelah kanan, rumah sakit yang melakukan uji klinis. Pasien di tengah, mana pun yang ia pertimbangkan, pertama-tama berkonsultasi dengan dokter yang merawatnya.
figure-detail-5-self-pay = Di luar asuransi
figure-detail-5-unproven = Belum terbukti efektif
figure-detail-5-ask-first = Tanya dokter Anda dulu
figure-detail-5-trials = Uji klinis

## detail-6

figure-detail-6-alt = Pasien membawa catatan berisi hal-hal yang ingin ditanyakan, dan bertanya kepada dokter yang merawatnya.
figure-detail-6-memo = Catatan pertanyaan
figure-detail-6-ask = Jangan ragu bertanya
figure-detail-6-doctor = Dokter Anda

## track-core

figure-track-core-alt = Gambar sel T dan sel kanker, serta lima lingkaran. Gambar ini melambangkan lima poin yang perlu diketahui lebih dulu.

## track-details

figure-track-details-alt = Kaca pembesar memperlihatkan hubungan antara sel T dan sel kanker dari dekat. Gambar ini melambangkan penjelasan yang lebih rinci.
