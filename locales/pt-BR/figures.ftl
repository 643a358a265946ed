# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = À esquerda, uma célula T ataca uma célula cancerosa e a elimina. À direita, uma célula cancerosa coloca um freio na célula T. As células cancerosas que não foram eliminadas se multiplicam.
figure-core-1-tcell = célula T
figure-core-1-removed = célula cancerosa eliminada
figure-core-1-brake = freio
figure-core-1-grow = células restantes crescem

## core-2

figure-core-2-alt = À esquerda, a PD-L1 da célula cancerosa se liga à PD-1 da célula T, e o freio está acionado. À direita, o medicamento bloqueia a PD-1 e solta o freio. A célula T volta a atacar a célula cancerosa.
figure-core-2-pd1 = PD-1 da célula T
figure-core-2-pdl1 = PD-L1 da célula cancerosa
figure-core-2-medicine = remédio que solta o freio
figure-core-2-attack = ataca de novo

## core-3

figure-core-3-alt = O círculo grande representa todos os tratamentos chamados de imunoterapia. O círculo pequeno dentro dele representa a imunoterapia com eficácia comprovada. Só uma parte tem eficácia comprovada até agora.
figure-core-3-broad = Imunoterapia (sentido amplo)
figure-core-3-unproven = sem eficácia comprovada
figure-core-3-proven = Imunoterapia (eficácia comprovada)

## core-4

figure-core-4-alt = O paciente à esquerda primeiro conversa com o seu médico ou com um Centro de Consulta e Apoio sobre Câncer. Depois, ouve a opinião de outro médico (segunda opinião). Só então pensa se vai escolher o tratamento particular.
figure-core-4-doctor = seu médico
figure-core-4-center = centro de consulta
figure-core-4-second-opinion = segunda opinião
figure-core-4-self-pay = tratamento particular

## core-5

figure-core-5-alt = Desenho de um corpo humano. Estão marcados os lugares onde os efeitos colaterais aparecem com mais frequência: os órgãos que produzem hormônios, os pulmões, o fígado, o intestino e a pele.
figure-core-5-hormone = órgãos dos hormônios
figure-core-5-lungs = pulmões
figure-core-5-liver = fígado
figure-core-5-skin = pele
figure-core-5-gut = intestino

## detail-1

figure-detail-1-alt = Cinco desenhos mostram os principais tipos de imunoterapia das diretrizes: medicamentos que soltam o freio da imunidade, vacinas contra o câncer, tratamentos que devolvem células T ao corpo, citocinas, e outros medicamentos e combinações.
figure-detail-1-checkpoint = remédio que solta o freio
figure-detail-1-vaccine = vacina contra câncer
figure-detail-1-cells = células T devolvidas
figure-detail-1-cytokine = citocinas
figure-detail-1-other = combinações etc.

## detail-2

figure-detail-2-alt = As etapas da terapia com células CAR-T. Células são coletadas do sangue, e as células para o tratamento são produzidas em cerca de 6 semanas. Depois de alguns dias de quimioterapia, as células produzidas são devolvidas ao corpo pelo soro.
figure-detail-2-collect = coleta de células
figure-detail-2-make = cerca de 6 semanas
figure-detail-2-chemo = dias de quimioterapia
figure-detail-2-drip = volta ao corpo no soro

## detail-3

figure-detail-3-alt = A mudança no tamanho do câncer em três pessoas que começaram o tratamento da mesma forma. Na primeira, o câncer diminui. Na segunda, não diminui. Na terceira, o câncer cresce rápido.
figure-detail-3-shrinks = diminui
figure-detail-3-same = não diminui
figure-detail-3-faster = cresce rápido

## detail-4

figure-detail-4-alt = Uma lista de sintomas com um item marcado. Com pelo menos um sintoma, mesmo leve, a pessoa liga imediatamente para o hospital. Vale também à noite, nos fins de semana e nos feriados.
figure-detail-4-even-one = basta um
figure-detail-4-mild = mesmo leve
figure-detail-4-call = avise já
figure-detail-4-night = noites e feriados
figure-detail-4-hospital = hospital do tratamento

## detail-5

figure-detail-5-alt = À esquerda, uma instituição médica de tratamento particular, com um sinal de alerta e um sinal de dinheiro. À direita, um hospital que faz ensaios clínicos. O paciente no meio, qualquer que seja a opção em que pensa, primeiro conversa com o seu médico.
figure-detail-5-self-pay = tratamento particular
figure-detail-5-unproven = sem eficácia comprovada
figure-detail-5-ask-first = fale antes com o médico
figure-detail-5-trials = ensaios clínicos

## detail-6

figure-detail-6-alt = Um paciente segura um papel com as perguntas anotadas e faz perguntas ao seu médico.
figure-detail-6-memo = lista de perguntas
figure-detail-6-ask = pergunte sem receio
figure-detail-6-doctor = seu médico

## track-core

figure-track-core-alt = Desenho de uma célula T e de uma célula cancerosa, com cinco círculos. Eles representam os cinco pontos para saber primeiro.

## track-details

figure-track-details-alt = Uma lupa mostra de perto a ligação entre uma célula T e uma célula cancerosa. Ela representa as explicações mais detalhadas.
