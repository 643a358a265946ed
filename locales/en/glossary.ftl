# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# plain explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend
glossary-broad-sense = in the broad sense
    .explanation = “In the broad sense” means including everything the word covers. “Immunotherapy in the broad sense” is everything called immunotherapy, including treatments that have not been proven to work.

# Used on: core-4, detail-1, detail-2, detail-5, detail-6
glossary-approval = approved
    .explanation = Approved means the government has agreed that a medicine may be used to treat certain diseases.

# Used on: core-3, core-4, core-5, detail-1, detail-5
glossary-checkpoint-inhibitor = immune checkpoint inhibitor
    .explanation = A medicine that releases the “brake” that cancer cells put on the immune system. It does not attack cancer cells itself; it lets T cells attack them again.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = self-pay
    .explanation = Self-pay treatment is care that public health insurance does not cover, so you pay the full cost yourself. Treatments not proven to work are sometimes offered this way at high prices.

# Used on: core-4, detail-5
glossary-insured-care = insured care
    .explanation = Care that public health insurance covers. Proven immunotherapy is covered for the cancers it is approved for.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, QR captions, source lines
glossary-clinical-trial = clinical trial
    .explanation = Research in which patients take part, to find out how well a new treatment works and how safe it is. You have to meet certain conditions to take part.

# Used on: detail-5
glossary-approval-trial = trials for drug approval
    .explanation = Clinical trials carried out to get a medicine approved by the government.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = side effect
    .explanation = An unwanted effect of a medicine or treatment on the body. Side effects of immunotherapy can start even after treatment has ended.

# Used on: detail-4
glossary-immune-related-side-effect = immune-related side effect
    .explanation = When the immune system's brakes are released, it can cause inflammation in healthy organs. This most often affects the skin, gut, liver, lungs and the glands that make hormones.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = CAR-T cell therapy
    .explanation = Treatment cells are made from your own T cells and given back to you through a drip. It is used for some B-cell blood cancers and for multiple myeloma.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = cytokine release syndrome
    .explanation = A serious side effect caused by a sudden rise of substances called cytokines in the body. It can happen with CAR-T cell therapy and similar treatments, so you are watched closely after starting.

# Used on: detail-4
glossary-autoimmune = autoimmune
    .explanation = In an autoimmune condition, the immune system attacks the body's own tissues. Examples are Hashimoto's thyroiditis and ulcerative colitis.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H or TMB-H
    .explanation = Names of features of a cancer that a gene test can find. For cancers with these results, immune checkpoint inhibitors may be used even when they are not blood cancers.

# Used on: detail-5
glossary-nk-cell = NK cell
    .explanation = A kind of white blood cell that is part of the immunity we are born with. The Japanese Society of Medical Oncology does not recommend NK cell therapy.

# Used on: detail-5
glossary-brm = BRM
    .explanation = BRM therapy uses substances that are said to strengthen the immune system. It is offered as self-pay treatment, but it has not been proven to work.

# Used on: detail-5
glossary-alpha-beta-t-cell = alpha-beta T cell
    .explanation = One kind of T cell. Alpha-beta T cell therapy strengthens these cells outside the body and then gives them back. It has not been proven to work.

# Used on: detail-5
glossary-gamma-delta-t-cell = gamma-delta T cell
    .explanation = One kind of T cell. Gamma-delta T cell therapy strengthens these cells outside the body and then gives them back. It has not been proven to work.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = BCG treatment puts a medicine called BCG into the bladder after an early bladder cancer has been removed. It is one of the proven immunotherapies.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = The national registry of clinical trials in Japan. You can look up which clinical trials are being carried out.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = A protein on the surface of T cells. When PD-L1 on another cell joins with it, the T cell stops attacking.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = A protein that joins with PD-1 on T cells and makes them stop attacking. Some cancer cells carry a lot of PD-L1.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = A protein that acts as one of the immune system's brakes. Medicines such as ipilimumab release this brake.

# Used on: core-1, detail-5
glossary-dendritic-cell = dendritic cell
    .explanation = A cell that shows T cells the marks that identify cancer cells. T cells that have learned these marks attack the cancer cells.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = T cell
    .explanation = A kind of white blood cell that can find and attack cancer cells.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = Cancer Consultation and Support Center
    .explanation = An advice service at designated cancer hospitals and some other hospitals across Japan. Advice is free, and anyone can use it, even if they are not a patient there.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = second opinion
    .explanation = Asking a doctor other than your own for their view on your treatment.

# Used on: detail-5
glossary-advanced-care = state-designated advanced care
    .explanation = New kinds of care that public health insurance does not yet cover, but that the government has designated. As an exception, they may be combined with insured care.

# Used on: detail-5
glossary-mixed-care = mixed care
    .explanation = Combining insured care and self-pay care in the same course of treatment. As a rule, it is not allowed.
