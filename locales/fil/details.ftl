## Para sa gustong malaman pa

track-details-title = Para sa gustong malaman pa
track-details-summary = Mas detalyadong paliwanag tungkol sa mga uri at bisa ng immunotherapy, kung paano haharapin ang side effect, at mga itatanong sa doktor.

## 1. Tungkol sa immunotherapy sa pangkalahatan

detail-1-title = Tungkol sa immunotherapy sa pangkalahatan
detail-1-lead = Maraming uri ng “immunotherapy”. Halo-halo ang mga napatunayang mabisa at ang mga hindi pa napatunayan.
detail-1-h-what = Ano ang immunotherapy
detail-1-p-what = Ang immunotherapy ay paraan ng paggamot sa kanser gamit ang lakas ng immune system.
detail-1-p-attention = Naging malawak ang interes sa immunotherapy nang maging aprubado ang mga gamot na tinatawag na immune checkpoint inhibitor.
detail-1-p-research = Pero karamihan ng immunotherapy ay pinag-aaralan at dine-develop pa.
detail-1-h-types = Mga uri ng immunotherapy
detail-1-p-guideline = Gumawa ang Japanese Society of Medical Oncology ng “Mga Alituntunin sa Immunotherapy para sa Kanser”. Lumabas ang unang edisyon noong 2016, ang ikalawa noong 2019, at ang ikatlo noong 2023. Hinahati ng mga alituntunin ang immunotherapy sa mga sumusunod na uri.
detail-1-type-checkpoint = Immune checkpoint inhibitor: gamot na nag-aalis ng preno ng immune system
detail-1-type-accelerator = Gamot na antibody na nagpapalakas sa “accelerator” ng immune system
detail-1-type-vaccine = Bakuna laban sa kanser
detail-1-type-cells = Paggamot kung saan inihahanda ang mga T cell sa labas ng katawan, saka ibinabalik sa katawan. Iilan lang ang napatunayang mabisa, tulad ng CAR-T cell therapy.
detail-1-type-cytokine = Paggamot na gumagamit ng sangkap na tinatawag na cytokine bilang gamot
detail-1-type-other = Iba pang gamot na humahadlang sa mga paraan ng pagpigil sa immune system
detail-1-type-combination = Paggamot na pinagsasama ang mga ito
detail-1-p-third-edition = Sa ikatlong edisyon, idinagdag ang CAR-T cell therapy at ang mga gamot na antibody na kumakapit sa parehong T cell at cancer cell.
detail-1-p-mixed = Kahit sa iisang uri, may mga gamutang napatunayang mabisa at may mga hindi pa. Itanong po sa inyong doktor kung magagamit ito sa inyong kanser.
detail-1-h-history = Kasaysayan
detail-1-history-1957 = 1957: Iminungkahi ang ideya na binabantayan ng immune system ang mga cancer cell.
detail-1-history-2014 = 2014: Unang naging aprubado sa Japan ang isang immune checkpoint inhibitor.
detail-1-history-2018 = 2018: Iginawad ang Nobel Prize sa Physiology o Medicine para sa pagtuklas ng paggamot sa kanser sa pag-aalis ng preno ng immune system.
detail-1-history-2019 = 2019: Naging sakop ng pampublikong health insurance ang unang gamot na CAR-T cell therapy.
detail-1-card-ads-title = Mag-ingat po sa mga salita sa patalastas
detail-1-card-ads-p1 = May mga klinikang nag-aanunsiyo ng immunotherapy bilang “ikaapat na paraan ng paggamot” o “kaunti ang side effect”.
detail-1-card-ads-p2 = Pero kahit ang immune checkpoint inhibitor na napatunayang mabisa ay maaaring magdulot ng malubhang side effect.
detail-1-card-ads-p3 = Ang mga gamutang hindi pa napatunayang mabisa ay hindi rin napatunayang ligtas.

## 2. Mga uri ng Immunotherapy (napatunayang mabisa)

detail-2-title = Mga uri ng Immunotherapy (napatunayang mabisa)
detail-2-lead = May ilang uri ng immunotherapy na napatunayang mabisa. Itinakda para sa bawat isa kung saang kanser ito magagamit.
detail-2-card-checkpoint-title = Immune checkpoint inhibitor
detail-2-checkpoint-p-first = Mga gamot ito na nag-aalis ng preno ng immune system. Sa Japan, noong Hulyo 2014, naging aprubado ang unang gamot, ang nivolumab, para sa melanoma, isang uri ng kanser sa balat.
detail-2-checkpoint-p-list = Narito ang mga pangunahing gamot at ang pangalan ng protinang pinupuntirya ng bawat isa. Nasa loob ng panaklong ang brand name.
detail-2-drug-nivolumab = Nivolumab (Opdivo): PD-1
detail-2-drug-pembrolizumab = Pembrolizumab (Keytruda): PD-1
detail-2-drug-cemiplimab = Cemiplimab (Libtayo): PD-1
detail-2-drug-tislelizumab = Tislelizumab (Tevimbra): PD-1
detail-2-drug-ipilimumab = Ipilimumab (Yervoy): CTLA-4
detail-2-drug-tremelimumab = Tremelimumab (Imjudo): CTLA-4
detail-2-drug-atezolizumab = Atezolizumab (Tecentriq): PD-L1
detail-2-drug-durvalumab = Durvalumab (Imfinzi): PD-L1
detail-2-drug-avelumab = Avelumab (Bavencio): PD-L1
detail-2-checkpoint-p-cancers = Mga halimbawa ng kanser kung saan aprubado ang mga ito:
detail-2-cancer-skin = Melanoma, Merkel cell carcinoma
detail-2-cancer-lung = Kanser sa baga, mesothelioma
detail-2-cancer-head = Kanser sa ulo at leeg, kanser sa esophagus, kanser sa sikmura
detail-2-cancer-digestive = Ilang kanser sa malaking bituka, kanser sa atay, kanser sa daanan ng apdo (bile duct)
detail-2-cancer-urinary = Kanser sa bato, urothelial cancer tulad ng kanser sa pantog
detail-2-cancer-women = Ilang kanser sa suso, kanser sa cervix, kanser sa matris (endometrial cancer)
detail-2-cancer-blood = Hodgkin lymphoma
detail-2-checkpoint-p-msi = Maaari rin itong gamitin sa iba pang solid tumor (kanser na hindi kanser sa dugo). Depende ito sa resulta ng isang partikular na genetic test (MSI-H o TMB-H).
detail-2-checkpoint-p-conditions = Sa anumang kanser, kung magagamit ito ay depende sa lala ng kanser, sa mga naunang gamutan, at sa resulta ng mga test tulad ng PD-L1.
detail-2-checkpoint-p-hospitals = Gumawa ang gobyerno (Ministry of Health, Labour and Welfare) ng mga alituntunin sa paggamit ng gamot na ito. Kapag ginamit ito sa ilalim ng pampublikong health insurance, dapat matugunan ng ospital at ng doktor ang mga itinakdang kondisyon.
detail-2-card-cart-title = CAR-T cell therapy
detail-2-cart-p-what = Gumagawa ng mga cell na panggamot mula sa sariling T cell ng pasyente. Ibinabalik ang mga ito sa katawan sa pamamagitan ng suwero (IV drip).
detail-2-cart-p-use = Sa Japan, naging aprubado ang unang CAR-T cell therapy noong 2019. Sa ngayon, magagamit ang CAR-T cell therapy sa ilang kanser sa dugo na mula sa B cell, at sa multiple myeloma. Wala pang magagamit para sa solid tumor.
detail-2-cart-p-steps = Ito ang daloy ng gamutan:
detail-2-cart-step-collect = Kinukuha ang mga cell mula sa dugo (mga 4 hanggang 5 oras).
detail-2-cart-step-make = Ginagawa ang mga cell na panggamot sa loob ng mga 6 na linggo.
detail-2-cart-step-chemo = Tumatanggap ng chemotherapy (gamot laban sa kanser) sa loob ng ilang araw.
detail-2-cart-step-drip = Ibinabalik sa katawan ang mga ginawang cell sa pamamagitan ng suwero.
detail-2-card-bcg-title = BCG therapy para sa kanser sa pantog
detail-2-bcg-p-what = Ginagawa ito matapos alisin sa operasyon ang maagang kanser sa pantog (hindi pa umaabot sa layer ng kalamnan). Kung katamtaman o mas mataas ang panganib na bumalik ang kanser, inilalagay ang BCG sa loob ng pantog. Sinasabing mas mabisa ito kaysa sa paglalagay ng gamot laban sa kanser sa pantog.
detail-2-bcg-p-schedule = Kadalasan, ginagawa ito isang beses kada linggo, sa loob ng 6 hanggang 8 linggo. Pagkatapos, maaari itong ituloy nang 1 hanggang 3 taon.
detail-2-bcg-p-side-effects = Kasama sa mga side effect ang madalas na pag-ihi, sakit kapag umiihi, dugo sa ihi, at lagnat. Bihira, nagkakaroon ng pamamaga ng baga o impeksiyon.
detail-2-card-cytokine-title = Cytokine therapy
detail-2-cytokine-p-what = Gumagamit ito ng mga gamot na interferon alfa at interleukin-2. Ginagamit ang mga ito sa kanser sa bato. Ginagamit din ang interleukin-2 sa angiosarcoma.
detail-2-cytokine-p-limits = Limitado ang bisa, at kaunti ang kanser na magagamitan nito. Kasama sa mga side effect ang sintomas na parang trangkaso at pagkalungkot.
detail-2-card-bispecific-title = Gamot na antibody na nag-uugnay sa T cell at cancer cell
detail-2-bispecific-p-what = Gamot na antibody ito na kumakapit sa parehong T cell at cancer cell.
detail-2-bispecific-p-drugs = Mga halimbawa ng gamot na aprubado sa Japan. Mayroon pang iba. Ang taon ay ang taon ng pag-apruba.
detail-2-bispecific-blinatumomab = Blinatumomab: ilang uri ng acute lymphoblastic leukemia, 2018 (una sa Japan)
detail-2-bispecific-epcoritamab = Epcoritamab: ilang uri ng lymphoma, 2023
detail-2-bispecific-elranatamab = Elranatamab: multiple myeloma, 2024
detail-2-bispecific-teclistamab = Teclistamab: multiple myeloma, 2024
detail-2-bispecific-tarlatamab = Tarlatamab: small cell lung cancer (pagkatapos ng chemotherapy), 2024
detail-2-bispecific-p-care = Maaari itong magdulot ng malubhang side effect na tinatawag na “cytokine release syndrome”. Sa ganitong uri ng gamot, may naiulat na namatay dahil sa side effect na ito o sa malubhang impeksiyon.
detail-2-p-ask = Itanong po sa inyong doktor kung magagamit ang gamutan sa inyong kanser.

## 3. Bisa ng Immunotherapy (napatunayang mabisa)

detail-3-title = Bisa ng Immunotherapy (napatunayang mabisa)
detail-3-lead = Kahit ang immunotherapy na napatunayang mabisa ay gumagana nang maayos sa ilang tao lang.
detail-3-card-who-title = Gaano karaming tao ang natutulungan
detail-3-who-p-shrink = Tinatawag na “response rate” ang porsiyento ng mga taong lumiit ang kanser. Mga 15 hanggang 40% ang response rate. Depende ito sa uri ng kanser at sa gamot.
detail-3-who-p-lasting = Sa ilan sa mga natulungan, tumatagal nang maraming taon ang bisa. Minsan, nagpapatuloy ang bisa kahit itinigil na ang gamot.
detail-3-who-p-faster = Sa kabilang banda, may mga tao na mas bumibilis pa ang paglaki ng kanser matapos simulan ang gamot.
detail-3-who-p-depends = Kung maaasahang gagana ito ay depende sa uri at lala ng kanser, at sa resulta ng mga test.
detail-3-card-survival-title = Mga halimbawa ng resulta pagkalipas ng 5 taon
detail-3-survival-p-intro = Ito ang porsiyento ng mga taong buhay pa 5 taon matapos simulan ang gamutan, sa mga clinical trial.
detail-3-survival-h-lung = Advanced na kanser sa baga: clinical trial na “KEYNOTE-001”, gamutan gamit ang pembrolizumab (Keytruda) lang
detail-3-lung-first = Mga gumamit nito bilang unang gamutan: 23.2%
detail-3-lung-later = Mga gumamit nito pagkatapos ng ibang gamutan: 15.5%
detail-3-lung-before = Bago nagamit ang gamot na ito, mga 5% ito.
detail-3-survival-h-melanoma = Advanced na melanoma: clinical trial na “CheckMate 067”
detail-3-melanoma-both = Mga gumamit ng nivolumab at ipilimumab nang sabay: 52%
detail-3-melanoma-nivolumab = Mga gumamit ng nivolumab lang: 44%
detail-3-melanoma-ipilimumab = Mga gumamit ng ipilimumab lang: 26%
detail-3-melanoma-p-side-effects = Sa ulat ng trial na ito pagkalipas ng 5 taon, ang mga nagkaroon ng malubhang side effect dahil sa gamutan ay 59%, 23% at 28%, ayon sa pagkakasunod sa itaas.
detail-3-melanoma-p-compare = Kapag pinagsabay ang dalawang uri ng gamot, mas dumarami nang husto ang malubhang side effect. Ang mga 10% sa pahinang “May panganib din ang Immunotherapy (napatunayang mabisa)” ay mula sa ibang ulat, tungkol sa iisang uri ng gamot.
detail-3-p-not-you = Resulta ito ng mga taong sumali sa mga trial. Hindi nito ipinapakita ang mangyayari sa bawat isa. Para sa detalye, itanong po sa inyong doktor.

## 4. Araw-araw na buhay, pangangalaga at side effect

detail-4-title = Araw-araw na buhay, pangangalaga at side effect
detail-4-lead = Mahalagang makita at magamot agad ang mga side effect. Kung may sintomas na iba sa karaniwan, sabihin po agad sa ospital.
detail-4-card-irae-title = Mga side effect na dulot ng immune system
detail-4-irae-p-what = Kapag inalis ang preno ng immune system, maaari itong magdulot ng pamamaga sa malulusog na organ ng katawan. Tinatawag itong “immune-related adverse event”.
detail-4-irae-p-where = Madalas itong mangyari sa balat, bituka, atay, baga, at mga organ na gumagawa ng hormone. Maaari rin itong mangyari sa bato, nerbiyo, kalamnan, puso at mata.
detail-4-irae-p-treat = Ginagamot ito ng steroid, ng gamot na pumupuno sa kulang na hormone, at iba pa.
detail-4-irae-p-hormone = Maaaring mahirap mapansin ang problema sa hormone, dahil kahawig ito ng karaniwang sintomas tulad ng pagkatamlay o kawalan ng gana sa pagkain.
detail-4-card-when-title = Kailan ito nangyayari
detail-4-when-p-months = Kadalasan, nangyayari ito sa unang ilang buwan ng gamutan. Pero maaari rin itong mangyari sa mas huli, o pagkatapos ng gamutan. Kaya kailangan pa ring mag-ingat kahit tapos na ang gamutan.
detail-4-when-p-fatal = Naiulat na 0.4 hanggang 1.2% ng mga tao ang namatay dahil sa side effect.
detail-4-callout-title = Mga sintomas na dapat ipaalam agad sa ospital
detail-4-callout-intro = Kung mayroon kayong kahit isa sa mga sintomas na ito, makipag-ugnayan po agad sa ospital na gumagamot sa inyo, kahit banayad lang. Ganito rin kahit gabi o araw na walang pasok.
detail-4-symptoms-lung = Ubo na walang plema, hirap sa paghinga, lagnat
detail-4-symptoms-gut = Pagtatae, mas madalas na pagdumi, dumi na may dugo o maitim na dumi, sakit ng tiyan
detail-4-symptoms-thirst = Pagkauhaw, pag-inom ng maraming tubig, mas madalas na pag-ihi, pagkaduwal, pagsusuka
detail-4-symptoms-general = Pagkatamlay, pagbabago ng timbang, pagiging iritable, sakit ng ulo
detail-4-symptoms-yellow = Paninilaw ng balat o ng puti ng mata
detail-4-symptoms-kidney = Pagkaunti ng ihi, pamamanas
detail-4-symptoms-muscle = Panghihina ng braso o binti, pagbaba ng talukap ng mata, pananakit ng kalamnan
detail-4-symptoms-skin = Pantal, pangangati, malalang singaw sa bibig
detail-4-symptoms-heart = Palpitasyon (kabog ng dibdib), pagkahilo
detail-4-symptoms-eyes = Pamumula o pananakit ng mata, malabong paningin
detail-4-symptoms-confusion = Pagkalito, pagiging tulala
detail-4-callout-quickly = Kahit banayad ang sintomas, maaari itong biglang lumala. Kung magamot agad ang side effect, minsan ay maitutuloy pa ang immunotherapy.
detail-4-callout-no-self-care = Huwag pong subukang gamutin ang sarili gamit ang gamot na nabibili sa botika o supplement.
detail-4-card-before-title = Bago magsimula ang gamutan
detail-4-before-illness = Sabihin po sa inyong doktor kung mayroon kayong sakit na autoimmune o sakit sa baga. Kasama sa mga sakit na autoimmune ang Hashimoto's disease at ulcerative colitis.
detail-4-before-pregnancy = Kung maaaring buntis o nagpapasuso kayo, o may plano kayong ganito, sabihin po sa inyong doktor bago magsimula ang gamutan.
detail-4-before-contact = Alamin po nang maaga kung saan tatawag sa gabi o araw na walang pasok.
detail-4-card-daily-title = Sa araw-araw na buhay
detail-4-daily-card = Kung bibigyan kayo ng patient card, lagi po itong dalhin. Ipakita rin ito sa ibang ospital at botika.
detail-4-daily-medicines = Kung gagamit kayo ng supplement, antibiotic, steroid at iba pa, sabihin po sa ospital na gumagamot sa inyo.
detail-4-card-cart-title = Para sa mga tatanggap ng CAR-T cell therapy at iba pa
detail-4-cart-p-watch = May mga side effect ang CAR-T cell therapy na kailangang bantayan. Kabilang dito ang “cytokine release syndrome” at mga sintomas sa nerbiyo. Maaari ring magkaroon ng parehong side effect sa gamot na antibody na nag-uugnay sa T cell at cancer cell. Kaya sa unang panahon ng gamutan, binabantayang mabuti ang pasyente, halimbawa sa pamamagitan ng pagpapaospital.

## 5. Immunotherapy (sa malawak na kahulugan) na pinag-aaralan pa

detail-5-title = Immunotherapy (sa malawak na kahulugan) na pinag-aaralan pa: immunotherapy na kailangang suriing mabuti
detail-5-lead = Ang immunotherapy na pinag-aaralan pa ay hindi pa napatunayang mabisa o ligtas. Suriin po itong mabuti bago magpagamot.
detail-5-card-offered-title = Mga gamutang madalas gawin bilang self-pay
detail-5-offered-p-intro = Sa mga self-pay na klinika, madalas iniaalok ang mga immunotherapy na tulad ng mga ito:
detail-5-offered-lymphocytes = Activated lymphocyte therapy (αβ T cell therapy, γδ T cell therapy, at iba pa)
detail-5-offered-nk = NK cell therapy
detail-5-offered-dendritic = Dendritic cell vaccine therapy
detail-5-offered-peptide = Peptide vaccine therapy
detail-5-offered-brm = BRM therapy
detail-5-offered-combined = Mga gamutang pinagsasama ang mga ito. May ilan na isinasama rin ang immune checkpoint inhibitor.
detail-5-card-experts-title = Pananaw ng mga eksperto
detail-5-experts-p-2016 = Naglabas ang Japanese Society of Medical Oncology ng mga alituntunin noong Disyembre 2016. Dito, hindi nito inirerekomenda ang dendritic cell vaccine, NK cell therapy at peptide vaccine.
detail-5-experts-p-pancreas = Noong 2012 at 2013, iniulat ang mga clinical trial ng peptide vaccine para sa kanser sa lapay (pancreas). Hindi naipakita na mabisa ito.
detail-5-experts-p-patients = Noong 2018, naglabas ng pahayag tungkol sa self-pay na immunotherapy ang pambansang pederasyon ng mga grupo ng pasyenteng may kanser. Nag-aalala sila na hindi pa napatunayan ang bisa at kaligtasan nito. Itinuro rin nila na may mga klinikang hindi sapat ang kakayahang tumugon kapag biglang sumama ang lagay ng pasyente.
detail-5-experts-p-2019 = Noong 2019, muling nagbabala ang Japanese Society of Medical Oncology. Ang mga cell therapy at bakunang hindi aprubado ay hindi pa napatunayang mabisa o ligtas. Sinabi rin nito na mapanganib ang paggamit ng immune checkpoint inhibitor sa mas kaunting dami, o sa kanser na hindi pinapayagan.
detail-5-card-law-title = Kahit may planong naisumite sa gobyerno, hindi ito “patunay na mabisa”
detail-5-law-p-act = Nagkabisa noong Nobyembre 25, 2014 ang “Batas sa Pagtiyak ng Kaligtasan ng Regenerative Medicine”.
detail-5-law-p-plan = Ayon sa batas na ito, kailangang magsumite ng plano sa gobyerno (Ministry of Health, Labour and Welfare) bago gawin ang ganitong paggamot gamit ang mga cell. Hinahati ang mga paggamot ayon sa taas ng panganib sa kaligtasan.
detail-5-law-p-not-proof = Kahit naisumite ang plano, hindi ito nangangahulugang mabisa ang paggamot.
detail-5-card-cost-title = Gastos
detail-5-cost-p-amount = Kayo ang magbabayad ng buong gastos. Kadalasan, mga 2 milyon hanggang 4 na milyong yen ang isang kurso.
detail-5-cost-p-mixed = Sa pangkalahatan, hindi pinapayagan ang pagsasabay ng gamutang sakop ng insurance at self-pay na gamutan (pinaghalong gamutan). Kasama sa mga eksepsiyon ang trial para sa pag-apruba ng gamot at ang advanced na paggamot na kinikilala ng gobyerno. Kaya kayo rin ang magbabayad sa mga test na may kinalaman sa self-pay na gamutan.
detail-5-callout-title = Siguraduhin pong kumonsulta muna bago pumili
detail-5-callout-doctor = Bago pumili ng self-pay na immunotherapy, kumonsulta po muna sa inyong doktor.
detail-5-callout-second-opinion = Humingi po ng ibang opinyon (second opinion) sa doktor na maalam sa gamutang pinag-aaralan pa, tulad ng clinical trial o trial para sa pag-apruba ng gamot.
detail-5-callout-center = Kung hindi ninyo alam kung kanino kokonsulta, puwede kayong kumonsulta sa Sentro ng Konsultasyon at Suporta sa Kanser (がん相談支援センター). Libre ang konsultasyon.
detail-5-card-trials-title = Clinical trial bilang isang pagpipilian
detail-5-trials-p-law = Kung gusto ninyong sumubok ng bagong gamutan, maaaring makasali kayo sa clinical trial. Noong Abril 2018, nagkabisa ang “Batas sa Klinikal na Pananaliksik”, na nagtatakda ng mga patakaran sa klinikal na pananaliksik.
detail-5-trials-p-search = Mahahanap ang mga clinical trial sa “jRCT”, ang site ng gobyerno kung saan nakarehistro ang mga ito. Mahahanap din ang mga ito sa “Maghanap ng clinical trial sa kanser” (がんの臨床試験を探す) ng Cancer Information Service.
detail-5-trials-p-conditions = May mga kondisyon para makasali. Maaari din kayong mapasama sa grupong tatanggap ng standard treatment (karaniwang gamutan).
detail-5-trials-p-ask = Kung iniisip ninyong sumali, kumonsulta po muna sa inyong doktor.

## 6. Ano ang dapat itanong sa doktor

detail-6-title = Ano ang dapat itanong sa doktor
detail-6-lead = Huwag pong mahiyang itanong sa inyong doktor ang anumang hindi ninyo naiintindihan tungkol sa gamutan.
detail-6-p-memo = Isulat po ang mga gusto ninyong itanong at dalhin ito, para walang makalimutan.
detail-6-card-treatment-title = Mga itatanong tungkol sa gamutang inirerekomenda sa inyo
detail-6-ask-what = Anong klaseng gamutan ito? Bakit ninyo ito inirerekomenda sa akin?
detail-6-ask-goal = Ano ang layunin ng gamutan?
detail-6-ask-approved = Aprubado ba ito para sa aking kanser at sa lala nito? Sakop ba ito ng pampublikong health insurance?
detail-6-ask-together = Anong iba pang gamutan ang tatanggapin ko kasabay nito?
detail-6-ask-schedule = Gaano kadalas, saan, at hanggang kailan ko ito tatanggapin?
detail-6-ask-working = Paano malalaman kung gumagana ito?
detail-6-ask-side-effects = Anong mga side effect ang dapat kong ipaalam agad? Saan ako tatawag sa gabi o araw na walang pasok?
detail-6-ask-trials = May clinical trial ba na puwede kong salihan?
detail-6-ask-cost = Magkano ang magagastos?
detail-6-ask-medicines = Puwede ba akong gumamit ng ibang gamot o bakuna?
detail-6-card-self-pay-title = Kung inirekomenda sa inyo ang gamutang hindi sakop ng pampublikong health insurance
detail-6-self-pay-p-intro = Kung inirekomenda sa inyo ng isang self-pay na klinika ang immunotherapy o ibang gamutan, alamin po ang mga sumusunod:
detail-6-self-pay-dose = Ginagawa ba ito sa itinakdang dami at paraan?
detail-6-self-pay-trials = Napatunayan bang mabisa ito sa malalaking clinical trial?
detail-6-self-pay-who = Sa anong klaseng tao ito naging mabisa, at gaano katagal?
detail-6-self-pay-worse = Ano ang mangyayari kung sumama ang lagay ko o magkaroon ako ng side effect?
detail-6-card-second-opinion-title = Kapag hihingi ng second opinion
detail-6-second-opinion-p-what = Ang second opinion ay paghingi ng opinyon tungkol sa gamutan sa ibang doktor, hindi sa kasalukuyan ninyong doktor.
detail-6-second-opinion-letter = Magpasulat po ng referral letter sa inyong doktor. Dalhin din ang resulta ng imaging test at pathology test.
detail-6-second-opinion-beware = Mag-ingat po sa mga website na nag-aalok ng “libreng konsultasyon sa kanser” pero nang-aakit sa mamahaling self-pay na gamutan.
detail-6-second-opinion-center = Sa Sentro ng Konsultasyon at Suporta sa Kanser, matutulungan kayong maghanap ng ospital o ng doktor para sa second opinion.
