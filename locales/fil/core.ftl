## Unang dapat malaman (5 punto)

track-core-title = Unang dapat malaman
track-core-summary = Limang punto tungkol sa immunotherapy na mabuting malaman muna.

## Mga marka, caption ng QR code at mga pinagmulan (ginagamit sa lahat ng pahina)

tag-proven = Immunotherapy (napatunayang mabisa)
tag-broad = Immunotherapy (sa malawak na kahulugan)
link-ganjoho = Home page ng “Cancer Information Service” ng National Cancer Center Japan
link-ganjoho-immunotherapy = Pahinang “Immunotherapy” ng Cancer Information Service
link-cisc = Pahina ng Cancer Information Service tungkol sa Sentro ng Konsultasyon at Suporta sa Kanser
link-support-center = Pahina ng Cancer Information Service Support Center (payo sa telepono)
link-jrct = “jRCT”: site para maghanap ng clinical trial
link-mhlw-hospitals = Listahan ng Ministry of Health, Labour and Welfare ng mga itinalagang ospital para sa kanser
source-ganjoho = National Cancer Center Japan, Cancer Information Service
source-jsmo = Japanese Society of Medical Oncology, “Mga Alituntunin sa Immunotherapy para sa Kanser”
source-jsmo-statements = Mga pahayag ng Japanese Society of Medical Oncology (2016, 2019)
source-immunology = Mga paliwanag sa pananaliksik tungkol sa immune system at kanser (National Cancer Center Japan Research Institute at iba pa)
source-patient-info = Impormasyon para sa pasyente mula sa mga samahan sa kanser sa ibang bansa (tulad ng American Cancer Society)
source-news = Mga ulat sa pahayagan at balitang medikal
source-makers = Mga anunsiyo ng mga kompanya ng gamot at babasahin nila para sa pasyente
source-mhlw = Mga abiso ng Ministry of Health, Labour and Welfare
source-reviews = Mga review at paliwanag sa mga journal ng medisina at nursing
source-hospitals = Mga babasahin para sa pasyente mula sa mga university hospital at medical society
source-patients-federation = Pahayag ng Pambansang Pederasyon ng mga Grupo ng Pasyenteng may Kanser (2018)
source-clinic-prices = Mga presyong inilathala ng mga klinika at ospital (halimbawa)
source-keynote-001 = Ulat pagkalipas ng 5 taon ng clinical trial na “KEYNOTE-001” (2019)
source-checkmate-067 = Ulat pagkalipas ng 5 taon ng clinical trial na “CheckMate 067” (2019)

## 1. Inaalis ng immune system ng ating katawan ang mga cancer cell

core-1-title = Inaalis ng immune system ng ating katawan ang mga cancer cell na nabubuo rito
core-1-lead = May sistema ang katawan na tinatawag na “immune system”. Kaya nitong hanapin at alisin ang mga cancer cell.
core-1-p-white-cells = Ang mga white blood cell sa dugo ang gumagawa ng trabaho ng immune system.
core-1-p-t-cells = Isang uri ng white blood cell ang “T cell”. Kaya nitong hanapin at atakihin ang mga cancer cell.
core-1-p-dendritic = Ang “dendritic cell” ay nagtuturo sa mga T cell ng palatandaan ng mga cancer cell. Ang mga T cell na natuto ng palatandaan ay pumupunta sa lugar ng kanser. Doon, inaatake nila ang mga cancer cell.
core-1-h-stages = Tatlong yugto bago mabuo ang kanser
core-1-p-stages = Ipinapaliwanag sa tatlong yugto ang ugnayan ng immune system at ng mga cancer cell.
core-1-stage-remove = Yugto ng pag-aalis: nakikita ng immune system ang mga napinsalang cell, at inaalis ang mga ito.
core-1-stage-balance = Yugto ng balanse: naiiwan ang mga cell na mahirap alisin. Nananatili silang kapantay ng lakas ng immune system.
core-1-stage-escape = Yugto ng paglusot: dumarami ang mga cell na kayang pigilan ang immune system. Dito na sila nakikita bilang kanser.
core-1-p-brake = Kapag humina ang mga T cell, o kapag nilagyan ng mga cancer cell ng “preno” ang immune system, hindi na nito maaalis ang kanser.

## 2. Ibinabalik ng immunotherapy ang likas na lakas ng immune system

core-2-title = Ang immunotherapy ay paraan ng paggamot sa kanser sa pagbabalik ng likas na lakas ng immune system
core-2-lead = Ang mga pangunahing gamot na napatunayang mabisa ngayon ay nag-aalis ng “preno” na inilagay ng mga cancer cell sa immune system.
core-2-p-checkpoint = May “preno” ang immune system para hindi nito atakihin ang malulusog na bahagi ng katawan. Tinatawag itong “immune checkpoint”.
core-2-p-pd1 = Sa ibabaw ng T cell, may protinang tinatawag na “PD-1”. Kapag kumapit dito ang protinang “PD-L1” ng ibang cell, tumitigil sa pag-atake ang T cell.
core-2-p-cancer-pdl1 = May mga cancer cell na maraming PD-L1.
core-2-h-medicine = Mga gamot na nag-aalis ng preno
core-2-p-inhibitor = Ang “immune checkpoint inhibitor” ay gamot na gawa sa antibody na ginawa ng tao. Hinaharangan nito ang signal ng preno.
core-2-p-how = Hindi direktang inaatake ng gamot ang mga cancer cell. Tinutulungan nito ang mga T cell na muling umatake sa mga cancer cell. Kadalasan, ibinibigay ito sa pamamagitan ng suwero (IV drip).
core-2-p-ctla4 = Ang protinang “CTLA-4” ay isa pang uri ng preno. May mga gamot din na nag-aalis ng prenong ito.
core-2-p-nobel = Noong 2018, tumanggap sina Tasuku Honjo at James Allison ng Nobel Prize sa Physiology o Medicine. Kinilala ang pagtuklas nila ng paggamot sa kanser sa pag-aalis ng preno ng immune system.

## 3. Iilan lang ang immunotherapy na malinaw na mabisa

core-3-title = Iilan lang ang immunotherapy na malinaw na mabisa
core-3-lead = Sa mga gamutang tinatawag na “immunotherapy”, iilan pa lang ang napatunayang mabisa.
core-3-p-word = Ginagamit ang salitang “immunotherapy” para sa maraming iba't ibang gamutan.
core-3-p-two-names = Kasama rito ang mga gamutang napatunayang mabisa at ang mga hindi pa napatunayan. Kaya dalawang pangalan ang ginagamit sa gabay na ito, gaya ng sumusunod.
core-3-card-broad-title = Lahat ng gamutang tinatawag na immunotherapy
core-3-card-broad-p1 = Kasama rito ang immunotherapy na napatunayang mabisa at ang immunotherapy na hindi pa napatunayang mabisa. Marami ang hindi pa napatunayang mabisa.
core-3-card-broad-p2 = Sa gabay na ito, tinatawag itong “Immunotherapy (sa malawak na kahulugan)”.
core-3-card-proven-title = Immunotherapy na napatunayang mabisa
core-3-card-proven-p1 = Napatunayan ng siyensiya na mabisa ito, sa mga pag-aaral tulad ng clinical trial. Sakop ito ng pampublikong health insurance. Sa gabay na ito, tinatawag itong “Immunotherapy (napatunayang mabisa)”.
core-3-card-proven-p2 = Ang pangunahin dito ay ang mga “immune checkpoint inhibitor”.
core-3-card-proven-p3 = Mayroon ding BCG therapy para sa kanser sa pantog. Mayroon ding CAR-T cell therapy para sa ilang kanser sa dugo, at iba pa.
core-3-card-proven-limit-cancer = Magagamit lang ito sa mga itinakdang uri ng kanser.
core-3-card-proven-limit-stage = Maaari ring depende sa lala ng kanser at sa resulta ng mga test kung magagamit ito.
core-3-card-proven-limit-ask = Nag-iiba ayon sa kanser kung aling gamot ang angkop. Itanong po ito sa inyong doktor.
core-3-p-some-patients = Kahit napatunayang mabisa ang gamutan, sa ilang tao lang ito gumagana. Lumiliit ang kanser sa mga 15 hanggang 40% ng mga tao. Depende ito sa uri ng kanser at sa gamot.

## 4. Kailangang suriing mabuti ang self-pay na Immunotherapy (sa malawak na kahulugan)

core-4-title = Kailangang suriing mabuti ang Immunotherapy (sa malawak na kahulugan) na ginagawa bilang self-pay
core-4-lead = Hindi sakop ng pampublikong health insurance ang self-pay na gamutan. Kung iniisip ninyo ang self-pay na immunotherapy, siguraduhin po ninyong kumonsulta muna bago pumili.
core-4-p-self-pay = Ang “self-pay” na gamutan ay hindi sakop ng pampublikong health insurance. Kayo mismo ang nagbabayad ng buong gastos.
core-4-p-not-insured = Hindi tinatanggap bilang gamutang sakop ng insurance ang mga gamutang hindi pa napatunayang mabisa. Kaya may mga klinikang nag-aalok nito bilang self-pay. Maaaring malaki ang gastos.
core-4-p-misuse = Sa ilang self-pay na klinika, mali ang naging paggamit ng immune checkpoint inhibitor. Mas kaunti sa itinakdang dami ang ginamit, o ginamit ito sa kanser na hindi pinapayagan. May mga kaso rin na hindi naasikaso nang maayos ang mga side effect.
core-4-p-jsmo = Ang mga gamutang hindi pa napatunayang mabisa ay dapat gawin sa loob ng clinical trial. Ito ang sinabi ng Japanese Society of Medical Oncology.
core-4-callout-title = Kumonsulta po bago pumili
core-4-callout-second-opinion = Bago pumili ng self-pay na immunotherapy, humingi po ng opinyon ng ibang doktor (second opinion).
core-4-callout-trial-doctor = Inirerekomenda naming humingi ng opinyon sa doktor na maalam sa gamutang pinag-aaralan pa, tulad ng clinical trial o trial para sa pag-apruba ng gamot.
core-4-callout-ask = Kung hindi ninyo alam kung kanino magtatanong, kumonsulta po sa inyong doktor o sa Sentro ng Konsultasyon at Suporta sa Kanser (がん相談支援センター).

## 5. May panganib din ang Immunotherapy (napatunayang mabisa)

core-5-title = May panganib din ang Immunotherapy (napatunayang mabisa)
core-5-lead = Kahit ang immunotherapy na napatunayang mabisa ay maaaring magdulot ng malubhang side effect.
core-5-p-why = Kapag inalis ang preno ng immune system, maaari nitong atakihin pati ang malulusog na organ ng sariling katawan.
core-5-p-ten-percent = May ulat ang Japanese Society of Medical Oncology noong 2016. Sa mga gumamit ng iisang uri lang ng immune checkpoint inhibitor, mga 10% ang nagkaroon ng malubhang side effect. Minsan, nalalagay pa sa panganib ang buhay. Narito ang mga pangunahing halimbawa.
core-5-serious-lung = Pamamaga ng baga: interstitial lung disease
core-5-serious-thyroid = Sakit sa thyroid
core-5-serious-diabetes = Type 1 diabetes na biglang lumilitaw
core-5-serious-colitis = Pamamaga ng malaking bituka: colitis
core-5-serious-myasthenia = Sakit na nagpapahina sa mga kalamnan: myasthenia gravis
core-5-p-combination = Kapag pinagsabay ang dalawang uri ng gamot, mas dumarami nang husto ang malubhang side effect. Ginawa ang clinical trial na “CheckMate 067” sa melanoma, isang uri ng kanser sa balat. Sa ulat nito pagkalipas ng 5 taon, 59% ng mga gumamit ng dalawang gamot nang sabay ang nagkaroon ng malubhang side effect. Sa mga gumamit ng iisang gamot lang, 23% at 28%. Iba ang ulat na ito sa ulat na mga 10%, kaya hindi sila direktang maihahambing.
core-5-p-hospitals = Kaya gumawa ang gobyerno ng mga alituntunin. Kapag ginamit ang gamot na ito sa ilalim ng pampublikong health insurance, dapat matugunan ng ospital at ng doktor ang mga itinakdang kondisyon.
core-5-callout-title = Mga sintomas na dapat ipaalam agad sa ospital
core-5-callout-intro = Kung magkaroon kayo ng alinman sa mga sintomas na ito, makipag-ugnayan po agad sa ospital na gumagamot sa inyo, kahit banayad lang. Maaari rin itong lumabas pagkatapos ng gamutan.
core-5-symptom-lung = Ubo, hirap sa paghinga, lagnat
core-5-symptom-gut = Pagtatae, mas madalas na pagdumi, dumi na may dugo o maitim na dumi
core-5-symptom-thirst = Pagkauhaw, mas madalas na pag-ihi
core-5-symptom-tired = Pagkatamlay, pagbabago ng timbang
core-5-symptom-yellow = Paninilaw ng balat o ng puti ng mata
core-5-symptom-weak = Panghihina ng braso o binti, pagbaba ng talukap ng mata
core-5-callout-night = Makipag-ugnayan po agad kahit gabi o araw na walang pasok. Alamin po bago magsimula ang gamutan kung saan tatawag.
core-5-p-more = Nasa pahinang “Araw-araw na buhay, pangangalaga at side effect” ang iba pang sintomas.
