## Five things to know first

track-core-title = Five things to know first
track-core-summary = Five points about immunotherapy to know first.

## Tags, QR code captions and sources (used on every page)

tag-proven = Proven immunotherapy
tag-broad = Immunotherapy in the broad sense
link-ganjoho = Cancer Information Service (National Cancer Center Japan): home page
link-ganjoho-immunotherapy = Cancer Information Service: immunotherapy page
link-cisc = Cancer Information Service: Cancer Consultation and Support Centers
link-support-center = Cancer Information Service Support Center (telephone advice)
link-jrct = jRCT: search for clinical trials in Japan
link-mhlw-hospitals = Ministry of Health, Labour and Welfare: list of designated cancer hospitals
source-ganjoho = National Cancer Center Japan, Cancer Information Service (ganjoho.jp)
source-jsmo = Japanese Society of Medical Oncology, Guidelines for cancer immunotherapy
source-jsmo-statements = Japanese Society of Medical Oncology statements (2016, 2019)
source-immunology = explanations of cancer immunology research (National Cancer Center Japan Research Institute and others)
source-patient-info = patient information from cancer organizations abroad (such as the American Cancer Society)
source-news = newspaper and medical news reports
source-makers = drug makers' announcements and patient materials
source-mhlw = notices of the Ministry of Health, Labour and Welfare
source-reviews = reviews in medical and nursing journals
source-hospitals = patient materials from university hospitals and medical societies
source-patients-federation = statement of the national federation of cancer patient groups (2018)
source-clinic-prices = prices published by clinics (examples)
source-keynote-001 = KEYNOTE-001 clinical trial, 5-year report (2019)
source-checkmate-067 = CheckMate 067 clinical trial, 5-year report (2019)

## 1. Our bodies use immunity to remove cancer cells

core-1-title = Our bodies use immunity to remove the cancer cells that form in them
core-1-lead = Your body has a defence system, called immunity, that can find and remove cancer cells.
core-1-p-white-cells = The work of immunity is done by white blood cells in the blood.
core-1-p-t-cells = One kind of white blood cell, the T cell, can find and attack cancer cells.
core-1-p-dendritic = Cells called dendritic cells show T cells the marks that identify cancer cells. T cells that have learned these marks travel to the cancer and attack the cancer cells.
core-1-h-stages = Three stages before a cancer forms
core-1-p-stages = Scientists describe how immunity and cancer cells interact in three stages.
core-1-stage-remove = Removal: damaged cells are found by the immune system and removed.
core-1-stage-balance = Balance: some cells that are hard to remove survive, held in balance with the immune system.
core-1-stage-escape = Escape: cells that have found ways to hold back the immune system grow and become a cancer that can be found.
core-1-p-brake = If T cells become weak, or if cancer cells put a “brake” on the immune system, it can no longer remove the cancer.

## 2. Immunotherapy restores the immune system's own power

core-2-title = Immunotherapy treats cancer by restoring the immune system's own power
core-2-lead = The main proven medicines today work by releasing a “brake” that cancer cells put on the immune system.
core-2-p-checkpoint = The immune system has “brakes” that stop it from attacking healthy parts of the body. These are called immune checkpoints.
core-2-p-pd1 = A T cell has a protein called PD-1 on its surface. When a protein called PD-L1 on another cell joins with it, the T cell stops attacking.
core-2-p-cancer-pdl1 = Some cancer cells carry a lot of PD-L1.
core-2-h-medicine = Medicines that release the brake
core-2-p-inhibitor = Immune checkpoint inhibitors are laboratory-made antibodies. They block the brake signal.
core-2-p-how = The medicine does not attack cancer cells itself. It lets T cells attack the cancer cells again. Most of these medicines are given through a drip into a vein.
core-2-p-ctla4 = A protein called CTLA-4 is another kind of brake. There are medicines that release this brake too.
core-2-p-nobel = In 2018, Tasuku Honjo and James Allison received the Nobel Prize in Physiology or Medicine. It was for discovering how to treat cancer by releasing the immune system's brakes.

## 3. Only some immunotherapies are proven to work

core-3-title = Only some immunotherapies are proven to work
core-3-lead = Of all the treatments called immunotherapy, only some have been proven to work.
core-3-p-word = The word “immunotherapy” is used for many different treatments.
core-3-p-two-names = Some of them have been proven to work and some have not. This guide uses two names to tell them apart.
core-3-card-broad-title = Everything called immunotherapy
core-3-card-broad-p1 = This includes immunotherapy that has been proven to work and immunotherapy that has not. Many have not been proven to work.
core-3-card-broad-p2 = This guide calls it “immunotherapy in the broad sense”.
core-3-card-proven-title = Immunotherapy that has been proven to work
core-3-card-proven-p1 = Research such as clinical trials has shown scientifically that it works. It is covered by public health insurance. This guide calls it “proven immunotherapy”.
core-3-card-proven-p2 = The main ones are immune checkpoint inhibitors.
core-3-card-proven-p3 = Others include BCG treatment for bladder cancer. There is also CAR-T cell therapy for some blood cancers, among others.
core-3-card-proven-limit-cancer = Each one can be used only for certain types of cancer.
core-3-card-proven-limit-stage = Whether you can have it may also depend on how far the cancer has grown and on test results.
core-3-card-proven-limit-ask = The right medicine depends on the type of cancer. Ask your doctor.
core-3-p-some-patients = Even proven treatment works for only some people. The cancer shrinks in about 15 to 40 in every 100 people, depending on the cancer and the medicine.

## 4. Self-pay immunotherapy in the broad sense needs careful checking

core-4-title = Self-pay immunotherapy in the broad sense needs careful checking
core-4-lead = Self-pay treatment is not covered by public health insurance. If you are thinking about self-pay immunotherapy, always get advice before you choose.
core-4-p-self-pay = Self-pay treatment is care that public health insurance does not cover. You pay the full cost yourself.
core-4-p-not-insured = Treatments that have not been proven to work are not covered as insured care. So some clinics offer them as self-pay treatment. They can be expensive.
core-4-p-misuse = At some self-pay clinics, immune checkpoint inhibitors have been used wrongly. They were given at lower than the approved doses, or for cancers they are not approved for. In some cases, side effects were not properly managed.
core-4-p-jsmo = Treatments that have not been proven to work should be given only within clinical trials. This is what the Japanese Society of Medical Oncology says.
core-4-callout-title = Get advice before you choose
core-4-callout-second-opinion = Before you choose self-pay immunotherapy, ask another doctor for their view (a second opinion).
core-4-callout-trial-doctor = We recommend asking a doctor who knows clinical trials and other research-stage care well.
core-4-callout-ask = If you do not know whom to ask, talk to your doctor or a Cancer Consultation and Support Center.

## 5. Proven immunotherapy also has risks

core-5-title = Proven immunotherapy also has risks
core-5-lead = Even proven immunotherapy can cause serious side effects.
core-5-p-why = When the immune system's brakes are released, it can also attack healthy organs in your body.
core-5-p-ten-percent = The Japanese Society of Medical Oncology published a statement in 2016. It reported serious side effects in about 10 in 100 people treated with one immune checkpoint inhibitor alone. Some can be life-threatening. Examples include:
core-5-serious-lung = inflammation of the lungs (interstitial lung disease)
core-5-serious-thyroid = thyroid problems
core-5-serious-diabetes = type 1 diabetes that starts suddenly
core-5-serious-colitis = inflammation of the bowel (colitis)
core-5-serious-myasthenia = myasthenia gravis, a condition that makes muscles weak
core-5-p-combination = Using two of these medicines together causes far more serious side effects. The CheckMate 067 clinical trial was carried out in melanoma, a type of skin cancer. In its 5-year report, serious side effects happened in 59 in 100 people who had two medicines together. In those who had one medicine alone, it was 23 and 28 in 100. This is a different report from the figure of about 10 in 100, so the two cannot be compared directly.
core-5-p-hospitals = For this reason, the government has set guidelines. When these medicines are used under public health insurance, the hospital and the doctor must meet set requirements.
core-5-callout-title = Symptoms to report straight away
core-5-callout-intro = If you have any of these symptoms, contact the hospital treating you straight away, even if they are mild. They can start even after treatment has ended.
core-5-symptom-lung = a cough, breathlessness or a fever
core-5-symptom-gut = diarrhoea, more frequent bowel movements, or blood in the stool or black stool
core-5-symptom-thirst = feeling very thirsty, or urinating more often
core-5-symptom-tired = tiredness, or losing or gaining weight
core-5-symptom-yellow = yellowing of the skin or the whites of the eyes
core-5-symptom-weak = weak arms or legs, or drooping eyelids
core-5-callout-night = Contact them straight away at night, at weekends and on holidays too. Find out the number to call before treatment starts.
core-5-p-more = More symptoms are listed on the “Daily life, care and side effects” page.
