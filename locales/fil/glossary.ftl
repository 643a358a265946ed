# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# short explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend (every screen)
glossary-broad-sense = sa malawak na kahulugan
    .explanation = Ibig sabihin, kasama ang lahat ng saklaw ng salita. Ang “Immunotherapy (sa malawak na kahulugan)” ay lahat ng gamutang tinatawag na immunotherapy, kasama ang mga hindi pa napatunayang mabisa.

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = aprubado
    .explanation = Pinahintulutan ng gobyerno. Ibig sabihin, pinayagan ng gobyerno na gamitin ang isang gamot o iba pa sa paggamot ng itinakdang sakit.

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = immune checkpoint inhibitor
    .explanation = Gamot na nag-aalis ng “preno” na inilagay ng mga cancer cell sa immune system. Hindi nito direktang inaatake ang mga cancer cell; tinutulungan nito ang mga T cell na muling umatake sa mga ito.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = self-pay
    .explanation = Gamutang hindi sakop ng pampublikong health insurance, kaya kayo ang nagbabayad ng buong gastos. May mga gamutang hindi pa napatunayang mabisa na ginagawa sa ganitong paraan sa mataas na halaga.

# Used on: core-4, detail-5
glossary-insured-care = gamutang sakop ng insurance
    .explanation = Gamutang sakop ng pampublikong health insurance. Ang immunotherapy na napatunayang mabisa ay magagamit nang sakop ng insurance para sa mga itinakdang kanser.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = clinical trial
    .explanation = Pag-aaral kung saan sumasali ang mga pasyente para malaman ang bisa at kaligtasan ng bagong gamutan. May mga kondisyon para makasali.

# Used on: core-4, detail-5
glossary-approval-trial = trial para sa pag-apruba ng gamot
    .explanation = Uri ng clinical trial na ginagawa para maaprubahan ng gobyerno ang isang gamot o iba pa.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = side effect
    .explanation = Hindi magandang pagbabago sa katawan na dulot ng gamot o gamutan. Ang side effect ng immunotherapy ay maaaring lumabas kahit tapos na ang gamutan.

# Used on: detail-4
glossary-immune-related-side-effect = immune-related adverse event
    .explanation = Pamamaga sa malulusog na organ ng katawan na dulot ng immune system, dahil inalis ang preno nito. Nangyayari ito sa balat, bituka, atay, baga, mga organ na gumagawa ng hormone, at iba pa.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = CAR-T cell therapy
    .explanation = Gumagawa ng mga cell na panggamot mula sa sariling T cell ng pasyente, at ibinabalik ang mga ito sa katawan sa pamamagitan ng suwero. Ginagamit ito sa ilang kanser sa dugo na mula sa B cell, at sa multiple myeloma.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = cytokine release syndrome
    .explanation = Malubhang side effect na nangyayari kapag biglang dumami sa katawan ang sangkap na tinatawag na cytokine. Maaari itong mangyari sa CAR-T cell therapy at iba pa, kaya binabantayang mabuti ang pasyente sa unang panahon ng gamutan.

# Used on: detail-4
glossary-autoimmune = autoimmune
    .explanation = Ang sakit na autoimmune ay sakit kung saan inaatake ng immune system ang sariling katawan. Halimbawa nito ang Hashimoto's disease at ulcerative colitis.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H o TMB-H
    .explanation = Mga pangalan ng katangian ng kanser na nalalaman sa pagsusuri ng gene ng kanser. Sa kanser na may ganitong resulta, maaaring gamitin ang immune checkpoint inhibitor kahit hindi ito kanser sa dugo.

# Used on: detail-5
glossary-nk-cell = NK cell
    .explanation = Isang uri ng white blood cell na bahagi ng immune system na likas na nasa katawan mula pagkapanganak. Hindi inirerekomenda ng Japanese Society of Medical Oncology ang NK cell therapy.

# Used on: detail-5
glossary-brm = BRM
    .explanation = Ang BRM therapy ay gamutang gumagamit ng mga sangkap na sinasabing nagpapalakas sa immune system. Ginagawa ito bilang self-pay, pero hindi pa ito napatunayang mabisa.

# Used on: detail-5
glossary-alpha-beta-t-cell = αβ T cell
    .explanation = Isang uri ng T cell. Sa αβ T cell therapy, pinalalakas ang mga cell na ito sa labas ng katawan, saka ibinabalik sa katawan. Hindi pa ito napatunayang mabisa.

# Used on: detail-5
glossary-gamma-delta-t-cell = γδ T cell
    .explanation = Isang uri ng T cell. Sa γδ T cell therapy, pinalalakas ang mga cell na ito sa labas ng katawan, saka ibinabalik sa katawan. Hindi pa ito napatunayang mabisa.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = Sa BCG therapy, inilalagay ang gamot na BCG sa loob ng pantog matapos alisin sa operasyon ang maagang kanser sa pantog. Isa itong uri ng immunotherapy na napatunayang mabisa.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = Site ng gobyerno kung saan nakarehistro ang mga clinical trial sa Japan. Dito malalaman kung anong mga clinical trial ang ginagawa.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = Protina sa ibabaw ng T cell. Kapag kumapit dito ang PD-L1 ng ibang cell, tumitigil sa pag-atake ang T cell.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = Protinang kumakapit sa PD-1 ng T cell at nagpapatigil sa pag-atake nito. May mga cancer cell na maraming PD-L1.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = Isang uri ng protina na gumaganap bilang preno ng immune system. Inaalis ng mga gamot tulad ng ipilimumab ang prenong ito.

# Used on: core-1, detail-5
glossary-dendritic-cell = dendritic cell
    .explanation = Cell na nagtuturo sa mga T cell ng palatandaan ng mga cancer cell. Inaatake ng mga T cell na natuto ng palatandaan ang mga cancer cell.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = T cell
    .explanation = Isang uri ng white blood cell na kayang hanapin at atakihin ang mga cancer cell.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = Sentro ng Konsultasyon at Suporta sa Kanser
    .explanation = Desk para sa konsultasyon na nasa mga itinalagang ospital para sa kanser at iba pang ospital sa buong Japan (sa Japanese: がん相談支援センター). Libre ang konsultasyon, at puwede ring kumonsulta kahit hindi kayo pasyente ng ospital na iyon.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = second opinion
    .explanation = Paghingi ng opinyon tungkol sa gamutan sa ibang doktor, hindi sa kasalukuyan ninyong doktor.

# Used on: detail-5
glossary-advanced-care = advanced na paggamot
    .explanation = Bagong paraan ng paggamot na hindi pa sakop ng pampublikong health insurance pero kinikilala ng gobyerno. Bilang eksepsiyon, puwede itong isabay sa gamutang sakop ng insurance.

# Used on: detail-5
glossary-mixed-care = pinaghalong gamutan
    .explanation = Pagsasabay ng gamutang sakop ng insurance at self-pay na gamutan. Sa pangkalahatan, hindi ito pinapayagan.
