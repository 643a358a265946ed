# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = Sa kaliwa, inaatake ng T cell ang isang cancer cell at inaalis ito. Sa kanan, nilalagyan ng cancer cell ng preno ang T cell. Dumarami ang mga cancer cell na hindi naalis.
figure-core-1-tcell = T cell
figure-core-1-removed = Naaalis ang cancer cell
figure-core-1-brake = Preno
figure-core-1-grow = Naiiwan at dumarami ang cancer cell

## core-2

figure-core-2-alt = Sa kaliwa, kumakapit ang PD-L1 ng cancer cell sa PD-1 ng T cell, kaya may preno. Sa kanan, tinatakpan ng gamot ang PD-1 at inaalis ang preno. Muling inaatake ng T cell ang cancer cell.
figure-core-2-pd1 = PD-1 ng T cell
figure-core-2-pdl1 = PD-L1 ng cancer cell
figure-core-2-medicine = Gamot na nag-aalis ng preno
figure-core-2-attack = Muling umaatake

## core-3

figure-core-3-alt = Ang malaking bilog ay lahat ng gamutang tinatawag na immunotherapy. Ang maliit na bilog sa loob nito ay ang immunotherapy na napatunayang mabisa. Iilan pa lang ang napatunayang mabisa.
figure-core-3-broad = Immunotherapy (sa malawak na kahulugan)
figure-core-3-unproven = Walang patunay na mabisa
figure-core-3-proven = Immunotherapy (napatunayang mabisa)

## core-4

figure-core-4-alt = Ang pasyente sa kaliwa ay kumokonsulta muna sa kanyang doktor o sa Sentro ng Konsultasyon at Suporta sa Kanser. Susunod, humihingi siya ng opinyon ng ibang doktor (second opinion). Pagkatapos lang nito niya pinag-iisipan kung pipili ng self-pay na gamutan.
figure-core-4-doctor = Inyong doktor
figure-core-4-center = Sentro ng konsultasyon
figure-core-4-second-opinion = Second opinion
figure-core-4-self-pay = Self-pay

## core-5

figure-core-5-alt = Larawan ng katawan ng tao. May marka ang mga bahaging madalas magkaroon ng side effect: mga organ na gumagawa ng hormone, baga, atay, bituka at balat.
figure-core-5-hormone = Mga organ ng hormone
figure-core-5-lungs = Baga
figure-core-5-liver = Atay
figure-core-5-skin = Balat
figure-core-5-gut = Bituka

## detail-1

figure-detail-1-alt = Limang larawan ng mga pangunahing uri ng immunotherapy ayon sa alituntunin: gamot na nag-aalis ng preno ng immune system, bakuna laban sa kanser, paggamot na nagbabalik ng T cell sa katawan, cytokine, at iba pang gamot at pagsasama-sama ng mga ito.
figure-detail-1-checkpoint = Gamot na nag-aalis ng preno
figure-detail-1-vaccine = Bakuna laban sa kanser
figure-detail-1-cells = Pagbabalik ng T cell
figure-detail-1-cytokine = Cytokine
figure-detail-1-other = Pagsasama at iba pa

## detail-2

figure-detail-2-alt = Ang daloy ng CAR-T cell therapy. Kinukuha ang mga cell mula sa dugo, at ginagawa ang mga cell na panggamot sa loob ng mga 6 na linggo. Pagkatapos ng ilang araw ng chemotherapy, ibinabalik sa katawan ang ginawang mga cell sa pamamagitan ng suwero.
figure-detail-2-collect = Kinukuha ang cell sa dugo
figure-detail-2-make = Ginagawa sa mga 6 na linggo
figure-detail-2-chemo = Ilang araw ng chemotherapy
figure-detail-2-drip = Ibinabalik sa suwero

## detail-3

figure-detail-3-alt = Pagbabago ng laki ng kanser sa tatlong taong nagsimula ng parehong gamutan. Sa una, lumiliit ang kanser. Sa ikalawa, hindi ito lumiliit. Sa ikatlo, mabilis na lumalaki ang kanser.
figure-detail-3-shrinks = Lumiliit
figure-detail-3-same = Hindi lumiliit
figure-detail-3-faster = Mabilis na lumalaki

## detail-4

figure-detail-4-alt = Listahan ng mga sintomas na may isang tsek. Kung may kahit isa, kahit banayad, tumawag agad sa ospital. Ganito rin sa gabi o araw na walang pasok.
figure-detail-4-even-one = Kahit isa lang
figure-detail-4-mild = Kahit banayad
figure-detail-4-call = Tumawag agad
figure-detail-4-night = Kahit gabi o holiday
figure-detail-4-hospital = Ospital na gumagamot sa inyo

## detail-5

figure-detail-5-alt = Sa kaliwa, isang self-pay na klinika na may marka ng babala at marka ng pera. Sa kanan, isang ospital na gumagawa ng clinical trial. Ang pasyente sa gitna ay kumokonsulta muna sa kanyang doktor, alinman ang pinag-iisipan niya.
figure-detail-5-self-pay = Self-pay
figure-detail-5-unproven = Walang patunay na mabisa
figure-detail-5-ask-first = Tanungin muna ang doktor
figure-detail-5-trials = Clinical trial

## detail-6

figure-detail-6-alt = May hawak na listahan ng mga gustong itanong ang pasyente, at nagtatanong siya sa kanyang doktor.
figure-detail-6-memo = Listahan ng mga tanong
figure-detail-6-ask = Huwag mahiyang magtanong
figure-detail-6-doctor = Inyong doktor

## track-core

figure-track-core-alt = Larawan ng T cell at cancer cell, at limang bilog. Ipinapakita nito ang limang puntong mabuting malaman muna.

## track-details

figure-track-details-alt = Pinalalaki ng magnifying glass ang ugnayan ng T cell at cancer cell. Ipinapakita nito ang mas detalyadong paliwanag.
