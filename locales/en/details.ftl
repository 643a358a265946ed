## Learn more

track-details-title = Learn more
track-details-summary = More about the types of immunotherapy, how well they work, living with side effects and what to ask your doctor.

## 1. About immunotherapy in general

detail-1-title = About immunotherapy in general
detail-1-lead = Many kinds of treatment are called immunotherapy, and they include both proven and unproven ones.
detail-1-h-what = What immunotherapy is
detail-1-p-what = Immunotherapy is a way of treating cancer that uses the power of the immune system.
detail-1-p-attention = Immunotherapy became widely known after medicines called immune checkpoint inhibitors were approved.
detail-1-p-research = But most kinds of immunotherapy are still being researched and developed.
detail-1-h-types = Types of immunotherapy
detail-1-p-guideline = The Japanese Society of Medical Oncology publishes guidelines for cancer immunotherapy. The first edition came out in 2016, the second in 2019 and the third in 2023. The guidelines sort immunotherapy into these types:
detail-1-type-checkpoint = immune checkpoint inhibitors, medicines that release the immune system's brakes
detail-1-type-accelerator = antibody medicines that press the immune system's “accelerator”
detail-1-type-vaccine = cancer vaccines
detail-1-type-cells = treatments that prepare T cells outside the body and then give them back; only some of them, such as CAR-T cell therapy, are proven to work
detail-1-type-cytokine = treatments that use substances called cytokines as medicines
detail-1-type-other = other medicines that block the ways the immune system is held back
detail-1-type-combination = combinations of these treatments
detail-1-p-third-edition = The third edition added CAR-T cell therapy and antibody medicines that attach to both T cells and cancer cells.
detail-1-p-mixed = Within the same type, some treatments have been proven to work and some have not. Ask your doctor whether a treatment can be used for your cancer.
detail-1-h-history = Milestones
detail-1-history-1957 = 1957: scientists suggested that the immune system keeps watch for cancer cells.
detail-1-history-2014 = 2014: the first immune checkpoint inhibitor was approved in Japan.
detail-1-history-2018 = 2018: the Nobel Prize in Physiology or Medicine was awarded for discovering how to treat cancer by releasing the immune system's brakes.
detail-1-history-2019 = 2019: public health insurance began to cover the first CAR-T cell therapy.
detail-1-card-ads-title = Be careful with what advertisements say
detail-1-card-ads-p1 = Some clinics advertise immunotherapy as “the fourth cancer treatment” or as having “few side effects”.
detail-1-card-ads-p2 = But even proven immune checkpoint inhibitors can cause serious side effects.
detail-1-card-ads-p3 = Treatments that have not been proven to work have not been proven to be safe either.

## 2. Types of proven immunotherapy

detail-2-title = Types of proven immunotherapy
detail-2-lead = There are several types of proven immunotherapy, and each can be used only for certain cancers.
detail-2-card-checkpoint-title = Immune checkpoint inhibitors
detail-2-checkpoint-p-first = These medicines release the immune system's brakes. The first one, nivolumab, was approved in Japan in July 2014 for melanoma, a type of skin cancer.
detail-2-checkpoint-p-list = The main medicines are listed below, with the protein each one acts on. Brand names follow in parentheses.
detail-2-drug-nivolumab = nivolumab (Opdivo): PD-1
detail-2-drug-pembrolizumab = pembrolizumab (Keytruda): PD-1
detail-2-drug-cemiplimab = cemiplimab (Libtayo): PD-1
detail-2-drug-tislelizumab = tislelizumab (Tevimbra): PD-1
detail-2-drug-ipilimumab = ipilimumab (Yervoy): CTLA-4
detail-2-drug-tremelimumab = tremelimumab (Imjudo): CTLA-4
detail-2-drug-atezolizumab = atezolizumab (Tecentriq): PD-L1
detail-2-drug-durvalumab = durvalumab (Imfinzi): PD-L1
detail-2-drug-avelumab = avelumab (Bavencio): PD-L1
detail-2-checkpoint-p-cancers = Examples of cancers they are approved for:
detail-2-cancer-skin = melanoma, Merkel cell carcinoma
detail-2-cancer-lung = lung cancer, mesothelioma
detail-2-cancer-head = head and neck cancer, cancer of the food pipe (oesophagus), stomach cancer
detail-2-cancer-digestive = some bowel cancers, liver cancer, bile duct cancer
detail-2-cancer-urinary = kidney cancer, bladder and other urothelial cancers
detail-2-cancer-women = some breast cancers, cervical cancer, womb (endometrial) cancer
detail-2-cancer-blood = Hodgkin lymphoma
detail-2-checkpoint-p-msi = They may also be used for other solid tumours (cancers other than blood cancers). This depends on the results of certain gene tests (MSI-H or TMB-H).
detail-2-checkpoint-p-conditions = For every cancer, whether they can be used depends on how far the cancer has grown, the treatment you have had before, and test results such as PD-L1.
detail-2-checkpoint-p-hospitals = The Ministry of Health, Labour and Welfare has set guidelines on how to use these medicines. When they are used under public health insurance, the hospital and the doctor must meet set requirements.
detail-2-card-cart-title = CAR-T cell therapy
detail-2-cart-p-what = Treatment cells are made from your own T cells and then given back to you through a drip into a vein.
detail-2-cart-p-use = The first CAR-T cell therapy was approved in Japan in 2019. Today, CAR-T cell therapies can be used only for some B-cell blood cancers and for multiple myeloma. None can yet be used for solid tumours.
detail-2-cart-p-steps = The steps of treatment are:
detail-2-cart-step-collect = Cells are collected from your blood (this takes about 4 to 5 hours).
detail-2-cart-step-make = The treatment cells are made over about 6 weeks.
detail-2-cart-step-chemo = You have chemotherapy for a few days.
detail-2-cart-step-drip = The cells are given back to you through a drip into a vein.
detail-2-card-bcg-title = BCG treatment for bladder cancer
detail-2-bcg-p-what = This treatment is used after an early bladder cancer (one that has not grown into the muscle layer) has been removed. If the risk of the cancer coming back is medium or higher, BCG is put into the bladder. It is considered to work better than putting chemotherapy into the bladder.
detail-2-bcg-p-schedule = It is usually given once a week for 6 to 8 weeks. After that, it may be continued for 1 to 3 years.
detail-2-bcg-p-side-effects = Side effects include needing to urinate often, pain when passing urine, blood in the urine and fever. Rarely, it causes inflammation of the lungs or an infection.
detail-2-card-cytokine-title = Cytokine therapy
detail-2-cytokine-p-what = This treatment uses medicines called interferon alfa and interleukin-2. They are used for kidney cancer, and interleukin-2 is also used for angiosarcoma.
detail-2-cytokine-p-limits = The benefit is limited, and they can be used for only a few cancers. Side effects include flu-like symptoms and low mood.
detail-2-card-bispecific-title = Antibody medicines that link T cells and cancer cells
detail-2-bispecific-p-what = These are antibody medicines that attach to both T cells and cancer cells.
detail-2-bispecific-p-drugs = Examples of medicines approved in Japan; there are others. The year is the year of approval.
detail-2-bispecific-blinatumomab = blinatumomab: some types of acute lymphoblastic leukaemia, 2018 (the first in Japan)
detail-2-bispecific-epcoritamab = epcoritamab: some lymphomas, 2023
detail-2-bispecific-elranatamab = elranatamab: multiple myeloma, 2024
detail-2-bispecific-teclistamab = teclistamab: multiple myeloma, 2024
detail-2-bispecific-tarlatamab = tarlatamab: small cell lung cancer (after chemotherapy), 2024
detail-2-bispecific-p-care = They can cause a serious side effect called cytokine release syndrome. With medicines of this group, deaths from this side effect and from serious infections have been reported.
detail-2-p-ask = Ask your doctor whether a treatment can be used for your cancer.

## 3. How well proven immunotherapy works

detail-3-title = How well proven immunotherapy works
detail-3-lead = Even proven immunotherapy works well for only some of the people who have it.
detail-3-card-who-title = How many people it helps
detail-3-who-p-shrink = The share of people whose cancer shrinks is called the response rate. It is about 15 to 40 in every 100 people, depending on the cancer and the medicine.
detail-3-who-p-lasting = In some people who respond, the effect lasts for years. Sometimes it continues even after the medicine is stopped.
detail-3-who-p-faster = But in some people the cancer grows faster after they start the medicine.
detail-3-who-p-depends = Whether it is likely to help depends on the type of cancer, how far it has grown and test results.
detail-3-card-survival-title = Examples of results after 5 years
detail-3-survival-p-intro = These are the shares of people in clinical trials who were alive 5 years after starting treatment.
detail-3-survival-h-lung = Advanced lung cancer: the KEYNOTE-001 clinical trial, pembrolizumab (Keytruda) alone
detail-3-lung-first = People who had it as their first treatment: 23.2%
detail-3-lung-later = People who had it after other treatment: 15.5%
detail-3-lung-before = Before this medicine was used, the figure was about 5%.
detail-3-survival-h-melanoma = Advanced melanoma: the CheckMate 067 clinical trial
detail-3-melanoma-both = People who had nivolumab and ipilimumab together: 52%
detail-3-melanoma-nivolumab = People who had nivolumab alone: 44%
detail-3-melanoma-ipilimumab = People who had ipilimumab alone: 26%
detail-3-melanoma-p-side-effects = In the 5-year report of this trial, serious side effects caused by the treatment happened in 59%, 23% and 28% of people, in the same order.
detail-3-melanoma-p-compare = Using two medicines together causes far more serious side effects. The figure of about 10 in 100 on the page “Proven immunotherapy also has risks” comes from a different report, about one medicine used alone.
detail-3-p-not-you = These results are for the people who took part in the trials. They cannot tell you what will happen to you. Ask your doctor for more information.

## 4. Daily life, care and side effects

detail-4-title = Daily life, care and side effects
detail-4-lead = It is important to find and treat side effects early. If you notice anything unusual, tell your hospital straight away.
detail-4-card-irae-title = Side effects caused by the immune system
detail-4-irae-p-what = When the immune system's brakes are released, it can cause inflammation in healthy organs. These are called immune-related side effects.
detail-4-irae-p-where = They most often affect the skin, gut, liver, lungs and the glands that make hormones. They can also affect the kidneys, nerves, muscles, heart and eyes.
detail-4-irae-p-treat = They are treated with steroids, or with medicines that replace hormones the body is no longer making enough of.
detail-4-irae-p-hormone = Hormone problems can be easy to miss, because they can look like common symptoms such as tiredness or a poor appetite.
detail-4-card-when-title = When they happen
detail-4-when-p-months = Most happen in the first few months of treatment. But they can also happen later, even after treatment has finished. So you still need to watch for them after treatment.
detail-4-when-p-fatal = Deaths from side effects have been reported in 0.4% to 1.2% of people.
detail-4-callout-title = Symptoms to report straight away
detail-4-callout-intro = If you have any of these symptoms, contact the hospital treating you straight away, even if they are mild. This also applies at night, at weekends and on holidays.
detail-4-symptoms-lung = a dry cough, breathlessness or a fever
detail-4-symptoms-gut = diarrhoea, more frequent bowel movements, blood in the stool or black stool, or stomach pain
detail-4-symptoms-thirst = feeling very thirsty, drinking a lot, urinating more often, or nausea or vomiting
detail-4-symptoms-general = tiredness, losing or gaining weight, feeling irritable, or headaches
detail-4-symptoms-yellow = yellowing of the skin or the whites of the eyes
detail-4-symptoms-kidney = passing less urine than usual, or swelling
detail-4-symptoms-muscle = weak arms or legs, drooping eyelids, or muscle pain
detail-4-symptoms-skin = a rash or itching, or bad mouth ulcers
detail-4-symptoms-heart = a pounding heartbeat (palpitations) or dizziness
detail-4-symptoms-eyes = red or painful eyes, or blurred vision
detail-4-symptoms-confusion = feeling confused or dazed
detail-4-callout-quickly = Mild symptoms can quickly become serious. If side effects are treated early, you may be able to carry on with immunotherapy.
detail-4-callout-no-self-care = Do not try to treat symptoms yourself with medicines from a pharmacy or with supplements.
detail-4-card-before-title = Before treatment starts
detail-4-before-illness = Tell your doctor if you have an autoimmune condition or a lung condition. Autoimmune conditions include Hashimoto's thyroiditis and ulcerative colitis.
detail-4-before-pregnancy = If you might become pregnant or breastfeed, or are planning to, tell your doctor before treatment starts.
detail-4-before-contact = Find out in advance whom to contact at night, at weekends and on holidays.
detail-4-card-daily-title = In daily life
detail-4-daily-card = If you are given a patient card, carry it with you at all times. Show it at other hospitals and pharmacies too.
detail-4-daily-medicines = Tell the hospital treating you if you take supplements, antibiotics, steroids or similar medicines.
detail-4-card-cart-title = If you have CAR-T cell therapy or a similar treatment
detail-4-cart-p-watch = CAR-T cell therapy can cause side effects that need care: cytokine release syndrome and problems with the nerves. Antibody medicines that link T cells and cancer cells can cause the same side effects. So you are watched closely for a while after starting, often in hospital.

## 5. Immunotherapy in the broad sense under research

detail-5-title = Immunotherapy in the broad sense under research: treatments that need careful checking
detail-5-lead = Immunotherapies still under research have not been proven to work or to be safe. Check carefully before you have one.
detail-5-card-offered-title = Treatments often offered as self-pay care
detail-5-offered-p-intro = Self-pay clinics often offer immunotherapies such as these:
detail-5-offered-lymphocytes = activated lymphocyte therapy (such as alpha-beta T cell or gamma-delta T cell therapy)
detail-5-offered-nk = NK cell therapy
detail-5-offered-dendritic = dendritic cell vaccines
detail-5-offered-peptide = peptide vaccines
detail-5-offered-brm = BRM therapy
detail-5-offered-combined = combinations of these, some with immune checkpoint inhibitors
detail-5-card-experts-title = What experts say
detail-5-experts-p-2016 = The Japanese Society of Medical Oncology published guidelines in December 2016. In them, it did not recommend dendritic cell vaccines, NK cell therapy or peptide vaccines.
detail-5-experts-p-pancreas = Clinical trials of peptide vaccines for pancreatic cancer were reported in 2012 and 2013. They did not show a benefit.
detail-5-experts-p-patients = In 2018, a national federation of cancer patient groups issued a statement about self-pay immunotherapy. It was concerned that such treatment has not been proven to work or to be safe. It also pointed out that some clinics cannot deal properly with a sudden illness.
detail-5-experts-p-2019 = In 2019, the Japanese Society of Medical Oncology warned again. Unapproved cell therapies and vaccines have not been proven to work or to be safe. It also said that giving immune checkpoint inhibitors at lower doses, or for cancers they are not approved for, is dangerous.
detail-5-card-law-title = A plan sent to the government is not proof that a treatment works
detail-5-law-p-act = The Act on the Safety of Regenerative Medicine came into force on 25 November 2014.
detail-5-law-p-plan = Under this law, clinics must send a plan to the Ministry of Health, Labour and Welfare before they give these cell treatments. Treatments are grouped by how much safety risk they carry.
detail-5-law-p-not-proof = A plan being sent in does not mean that the treatment works.
detail-5-card-cost-title = Cost
detail-5-cost-p-amount = You pay the whole cost yourself. One course often costs about 2 to 4 million yen.
detail-5-cost-p-mixed = As a rule, you cannot combine insured care and self-pay care in the same course of treatment (this is called mixed care). Exceptions include trials for drug approval and state-designated advanced care. So you also pay the full cost of tests related to self-pay treatment.
detail-5-callout-title = Always get advice before you choose
detail-5-callout-doctor = Before you choose self-pay immunotherapy, talk to your own doctor first.
detail-5-callout-second-opinion = Ask a doctor who knows clinical trials and other research-stage care well for their view (a second opinion).
detail-5-callout-center = If you do not know whom to ask, you can get advice from a Cancer Consultation and Support Center. It is free.
detail-5-card-trials-title = Clinical trials as an option
detail-5-trials-p-law = If you want to try a new treatment, you may be able to take part in a clinical trial. In April 2018, the Clinical Trials Act, which sets rules for clinical research, came into force.
detail-5-trials-p-search = You can look up clinical trials in jRCT, the national registry. You can also use “Search for cancer clinical trials” on the Cancer Information Service website.
detail-5-trials-p-conditions = You have to meet certain conditions to take part. You may be put in a group that has standard treatment.
detail-5-trials-p-ask = If you are thinking about taking part, talk to your doctor first.

## 6. What to ask your doctor

detail-6-title = What to ask your doctor
detail-6-lead = Do not hesitate to ask your doctor about anything you are unsure of.
detail-6-p-memo = Writing your questions down and taking them with you helps you remember to ask them.
detail-6-card-treatment-title = Questions about a treatment you are offered
detail-6-ask-what = What is this treatment, and why are you suggesting it for me?
detail-6-ask-goal = What is the aim of the treatment?
detail-6-ask-approved = Is it approved and covered by public health insurance for my cancer and its stage?
detail-6-ask-together = What other treatment will I have with it?
detail-6-ask-schedule = How often, where and for how long will I have it?
detail-6-ask-working = How will we know if it is working?
detail-6-ask-side-effects = Which side effects should I report straight away? Whom should I contact at night, at weekends and on holidays?
detail-6-ask-trials = Are there clinical trials I could join?
detail-6-ask-cost = How much will it cost?
detail-6-ask-medicines = Can I use other medicines and vaccines?
detail-6-card-self-pay-title = If you are offered treatment that public health insurance does not cover
detail-6-self-pay-p-intro = If a self-pay clinic suggests immunotherapy or another treatment, check these points:
detail-6-self-pay-dose = Is it given at the standard dose and in the standard way?
detail-6-self-pay-trials = Has it been proven to work in large clinical trials?
detail-6-self-pay-who = Who has it helped, and for how long?
detail-6-self-pay-worse = What happens if I get worse or have side effects?
detail-6-card-second-opinion-title = Getting a second opinion
detail-6-second-opinion-p-what = A second opinion means asking a doctor other than your own for their view on your treatment.
detail-6-second-opinion-letter = Ask your doctor for a referral letter, and take your scan and pathology test results with you.
detail-6-second-opinion-beware = Be careful of websites offering “free cancer advice” that steer people towards expensive self-pay treatment.
detail-6-second-opinion-center = A Cancer Consultation and Support Center can help you find a hospital and a doctor for a second opinion.
