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

figure-core-2-alt = On the left, PD-L1 on a cancer cell is joined to PD-1 on a T cell. The brake is on, and the T cell has stopped attacking. On the right, a medicine covers PD-1. The brake is released, and the T cell attacks the cancer cell again.
figure-core-2-pd1 = PD-1 on a T cell
figure-core-2-pdl1 = PD-L1 on a cancer cell
figure-core-2-medicine = checkpoint inhibitor
figure-core-2-attack = attacks again

## core-3

figure-core-3-alt = A large circle stands for everything called immunotherapy. A small circle inside it stands for immunotherapy that has been proven to work. Only a small part has been proven.
figure-core-3-broad = broad sense
figure-core-3-unproven = not proven to work
figure-core-3-proven = proven
