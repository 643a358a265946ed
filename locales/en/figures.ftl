# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = On the left, a T cell attacks a cancer cell and removes it. On the right, a cancer cell puts a brake on a T cell. The cancer cells that were not removed grow in number.
figure-core-1-tcell = T cell
figure-core-1-removed = cancer cell removed
figure-core-1-brake = brake
figure-core-1-grow = cancer cells grow

## core-2

figure-core-2-alt = On the left, PD-L1 on a cancer cell is joined to PD-1 on a T cell: the brake is on. On the right, a medicine covers PD-1 and releases the brake. The T cell attacks the cancer cell again.
figure-core-2-pd1 = PD-1 on a T cell
figure-core-2-pdl1 = PD-L1 on a cancer cell
figure-core-2-medicine = checkpoint inhibitor
figure-core-2-attack = attacks again

## core-3

figure-core-3-alt = A large circle stands for everything called immunotherapy. A small circle inside it stands for immunotherapy that has been proven to work. Only a small part has been proven.
figure-core-3-broad = Immunotherapy in the broad sense
figure-core-3-unproven = not proven to work
figure-core-3-proven = Proven immunotherapy

## core-4

figure-core-4-alt = The patient on the left first talks to their doctor or a Cancer Consultation and Support Center. Next, they get another doctor's view (a second opinion). Only after that do they think about self-pay treatment.
figure-core-4-doctor = your doctor
figure-core-4-center = consultation center
figure-core-4-second-opinion = second opinion
figure-core-4-self-pay = self-pay treatment

## core-5

figure-core-5-alt = An outline of a human body. Marks show where side effects often appear: the glands that make hormones, the lungs, the liver, the gut and the skin.
figure-core-5-hormone = hormone glands
figure-core-5-lungs = lungs
figure-core-5-liver = liver
figure-core-5-skin = skin
figure-core-5-gut = gut

## detail-1

figure-detail-1-alt = Five pictures show the main types of immunotherapy in the guideline: medicines that release the immune system's brakes, cancer vaccines, T cells given back to the body, cytokines, and other medicines and combinations.
figure-detail-1-checkpoint = checkpoint inhibitors
figure-detail-1-vaccine = cancer vaccines
figure-detail-1-cells = T cells given back
figure-detail-1-cytokine = cytokines
figure-detail-1-other = used together

## detail-2

figure-detail-2-alt = The steps of CAR-T cell therapy. Cells are collected from the blood, and the treatment cells are made over about 6 weeks. After a few days of chemotherapy, the cells are given back through a drip.
figure-detail-2-collect = collect cells
figure-detail-2-make = takes about 6 weeks
figure-detail-2-chemo = a few days of chemo
figure-detail-2-drip = given back by drip

## detail-3

figure-detail-3-alt = How the cancer changes in three people who start the same kind of treatment. In the first it shrinks, in the second it does not shrink, and in the third it grows faster.
figure-detail-3-shrinks = shrinks
figure-detail-3-same = does not shrink
figure-detail-3-faster = grows faster

## detail-4

figure-detail-4-alt = A symptom checklist with one box ticked. With even one symptom, even a mild one, you phone the hospital straight away, also at night and on holidays.
figure-detail-4-even-one = if you have even one
figure-detail-4-mild = even if mild
figure-detail-4-call = contact at once
figure-detail-4-night = nights and holidays too
figure-detail-4-hospital = the hospital treating you

## detail-5

figure-detail-5-alt = On the left, a self-pay clinic, with a warning sign and a money sign. On the right, a hospital that runs clinical trials. The patient in the middle talks to their doctor first, whichever they are thinking about.
figure-detail-5-self-pay = self-pay treatment
figure-detail-5-unproven = not proven to work
figure-detail-5-ask-first = ask your doctor first
figure-detail-5-trials = clinical trials

## detail-6

figure-detail-6-alt = A patient holds a list of questions and asks the doctor.
figure-detail-6-memo = list of questions
figure-detail-6-ask = feel free to ask
figure-detail-6-doctor = your doctor

## track-core

figure-track-core-alt = A T cell and a cancer cell above five dots: the five points to know first.

## track-details

figure-track-details-alt = A magnifying glass shows a T cell and a cancer cell up close: the pages with more detail.
