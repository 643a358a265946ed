## Cinco coisas para saber primeiro (5 pontos)

track-core-title = Cinco coisas para saber primeiro
track-core-summary = Cinco pontos sobre a imunoterapia que você deve saber primeiro.

## Marcas, legendas dos códigos QR e fontes (usadas em todas as páginas)

tag-proven = Imunoterapia (eficácia comprovada)
tag-broad = Imunoterapia (sentido amplo)
link-ganjoho = Página inicial do “Serviço de Informação sobre o Câncer” do Centro Nacional do Câncer do Japão
link-ganjoho-immunotherapy = Serviço de Informação sobre o Câncer: página “Imunoterapia”
link-cisc = Serviço de Informação sobre o Câncer: página do “Centro de Consulta e Apoio sobre Câncer”
link-support-center = Página do Centro de Suporte do Serviço de Informação sobre o Câncer (consultas por telefone)
link-jrct = “jRCT”: site para procurar um ensaio clínico
link-mhlw-hospitals = Ministério da Saúde, Trabalho e Bem-Estar: lista dos hospitais de referência para o câncer
source-ganjoho = Centro Nacional do Câncer do Japão, Serviço de Informação sobre o Câncer
source-jsmo = Sociedade Japonesa de Oncologia Clínica, “Diretrizes de imunoterapia contra o câncer”
source-jsmo-statements = Declarações da Sociedade Japonesa de Oncologia Clínica (2016 e 2019)
source-immunology = Explicações sobre pesquisas de imunologia do câncer (Instituto de Pesquisa do Centro Nacional do Câncer do Japão e outros)
source-patient-info = Informações para pacientes de organizações de câncer de outros países (como a Sociedade Americana do Câncer)
source-news = Reportagens de jornais e de notícias médicas
source-makers = Comunicados de empresas farmacêuticas e materiais para pacientes
source-mhlw = Comunicados do Ministério da Saúde, Trabalho e Bem-Estar
source-reviews = Artigos de revisão e explicações em revistas de medicina e de enfermagem
source-hospitals = Materiais para pacientes de hospitais universitários e de sociedades médicas
source-patients-federation = Declaração da Federação Nacional de Grupos de Pacientes com Câncer (2018)
source-clinic-prices = Preços publicados por instituições médicas (exemplos)
source-keynote-001 = Relatório de 5 anos do ensaio clínico “KEYNOTE-001” (2019)
source-checkmate-067 = Relatório de 5 anos do ensaio clínico “CheckMate 067” (2019)

## 1. O nosso corpo usa a imunidade para eliminar as células cancerosas que surgem nele

core-1-title = O nosso corpo usa a imunidade para eliminar as células cancerosas que surgem nele
core-1-lead = O corpo tem um sistema chamado “imunidade”, que encontra e elimina as células cancerosas.
core-1-p-white-cells = O trabalho da imunidade é feito pelos glóbulos brancos do sangue.
core-1-p-t-cells = Um tipo de glóbulo branco, as “células T”, consegue encontrar e atacar as células cancerosas.
core-1-p-dendritic = As “células dendríticas” passam às células T as marcas que identificam as células cancerosas. As células T que aprenderam essas marcas vão até o local do câncer e atacam as células cancerosas.
core-1-h-stages = Três fases até o câncer se formar
core-1-p-stages = A relação entre a imunidade e as células cancerosas é explicada em três fases.
core-1-stage-remove = Fase de eliminação: as células danificadas são encontradas pela imunidade e eliminadas.
core-1-stage-balance = Fase de equilíbrio: células difíceis de eliminar continuam no corpo, em equilíbrio com a imunidade.
core-1-stage-escape = Fase de escape: células capazes de frear a imunidade se multiplicam e passam a ser detectadas como câncer.
core-1-p-brake = Quando as células T ficam fracas, ou quando as células cancerosas colocam um “freio” na imunidade, a imunidade não consegue mais eliminar o câncer.

## 2. A imunoterapia trata o câncer recuperando a força natural da imunidade

core-2-title = A imunoterapia trata o câncer recuperando a força natural da imunidade
core-2-lead = Hoje, os principais medicamentos com eficácia comprovada soltam o “freio” que as células cancerosas colocaram na imunidade.
core-2-p-checkpoint = A imunidade tem um sistema de “freio” que a impede de atacar as partes saudáveis do corpo. Esse sistema se chama “checkpoint imunológico”.
core-2-p-pd1 = Na superfície das células T, há uma proteína chamada “PD-1”. Quando a proteína “PD-L1” de outra célula se liga a ela, a célula T para de atacar.
core-2-p-cancer-pdl1 = Algumas células cancerosas têm muita PD-L1.
core-2-h-medicine = Medicamentos que soltam o freio
core-2-p-inhibitor = Os “inibidores de checkpoint imunológico” são medicamentos feitos de anticorpos produzidos em laboratório. Eles bloqueiam o sinal do freio.
core-2-p-how = O medicamento não ataca diretamente as células cancerosas. Ele permite que as células T voltem a atacar as células cancerosas. Na maioria das vezes, o medicamento é aplicado na veia, pelo soro.
core-2-p-ctla4 = A proteína “CTLA-4” é outro tipo de freio. Também há medicamentos que soltam esse freio.
core-2-p-nobel = Em 2018, Tasuku Honjo e James Allison receberam o Prêmio Nobel de Fisiologia ou Medicina. O prêmio reconheceu a descoberta de um tratamento do câncer que solta o freio da imunidade.

## 3. Só algumas imunoterapias têm eficácia comprovada

core-3-title = Só algumas imunoterapias têm eficácia comprovada
core-3-lead = Entre os tratamentos chamados de “imunoterapia”, só uma parte tem eficácia comprovada até agora.
core-3-p-word = A palavra “imunoterapia” é usada para muitos tratamentos diferentes.
core-3-p-two-names = Alguns têm eficácia comprovada, e outros não. Neste guia, usamos dois nomes para separá-los.
core-3-card-broad-title = Tudo o que se chama imunoterapia
core-3-card-broad-p1 = Inclui tanto a imunoterapia com eficácia comprovada quanto a imunoterapia sem eficácia comprovada. Muitas delas não têm eficácia comprovada.
core-3-card-broad-p2 = Neste guia, ela se chama “Imunoterapia (sentido amplo)”.
core-3-card-proven-title = Imunoterapia com eficácia comprovada
core-3-card-proven-p1 = É o tratamento cuja eficácia foi comprovada cientificamente em pesquisas do tipo ensaio clínico. É coberto pelo seguro de saúde público. Neste guia, ela se chama “Imunoterapia (eficácia comprovada)”.
core-3-card-proven-p2 = Os principais são os “inibidores de checkpoint imunológico”.
core-3-card-proven-p3 = Também há a terapia com BCG para o câncer de bexiga. E há outras, como a terapia com células CAR-T para alguns cânceres do sangue.
core-3-card-proven-limit-cancer = Elas só podem ser usadas em determinados tipos de câncer.
core-3-card-proven-limit-stage = Às vezes, o uso também depende do avanço do câncer e dos resultados de exames.
core-3-card-proven-limit-ask = O medicamento adequado muda conforme o câncer. Pergunte ao seu médico.
core-3-p-some-patients = Mesmo o tratamento com eficácia comprovada funciona só para uma parte das pessoas. O câncer diminui em cerca de 15 a 40% das pessoas. Isso varia conforme o tipo de câncer e o medicamento.

## 4. Imunoterapia (sentido amplo) oferecida como tratamento particular exige verificação cuidadosa

core-4-title = Imunoterapia (sentido amplo) oferecida como tratamento particular exige verificação cuidadosa
core-4-lead = No tratamento particular, o seguro de saúde público não pode ser usado. Se você pensa em fazer imunoterapia como tratamento particular, sempre peça orientação antes de escolher.
core-4-p-self-pay = O tratamento particular é o atendimento médico em que o seguro de saúde público não pode ser usado. Você paga todo o custo.
core-4-p-not-insured = Os tratamentos sem eficácia comprovada não são aceitos como tratamento coberto pelo seguro. Por isso, algumas instituições médicas os oferecem como tratamento particular. O custo pode ser alto.
core-4-p-misuse = Em algumas clínicas de tratamento particular, os inibidores de checkpoint imunológico foram usados de forma incorreta. Houve casos em que se usou uma dose menor que a definida, ou em que foram usados em cânceres para os quais não são aprovados. Houve também casos em que os efeitos colaterais não foram tratados de forma adequada.
core-4-p-jsmo = Os tratamentos sem eficácia comprovada devem ser feitos dentro de um ensaio clínico. É o que diz a Sociedade Japonesa de Oncologia Clínica.
core-4-callout-title = Peça orientação antes de escolher
core-4-callout-second-opinion = Antes de escolher a imunoterapia como tratamento particular, ouça a opinião de outro médico (segunda opinião).
core-4-callout-trial-doctor = Recomendamos pedir essa opinião a um médico que conheça bem o tratamento em fase de pesquisa, como o ensaio clínico e o ensaio para aprovação.
core-4-callout-ask = Se você não sabe a quem perguntar, fale com o seu médico ou com um Centro de Consulta e Apoio sobre Câncer (がん相談支援センター).

## 5. Imunoterapia (eficácia comprovada) também tem riscos

core-5-title = Imunoterapia (eficácia comprovada) também tem riscos
core-5-lead = Mesmo a imunoterapia com eficácia comprovada pode causar efeitos colaterais graves.
core-5-p-why = Quando o freio da imunidade é solto, ela pode atacar até órgãos saudáveis do próprio corpo.
core-5-p-ten-percent = Há uma declaração da Sociedade Japonesa de Oncologia Clínica, de 2016. Cerca de 10% das pessoas que usaram só um tipo de medicamento entre os inibidores de checkpoint imunológico tiveram efeitos colaterais graves. Eles podem ameaçar a vida. Os principais exemplos são:
core-5-serious-lung = inflamação dos pulmões: doença pulmonar intersticial
core-5-serious-thyroid = doenças da tireoide
core-5-serious-diabetes = diabetes tipo 1 que começa de repente
core-5-serious-colitis = inflamação do intestino grosso: colite
core-5-serious-myasthenia = doença que deixa os músculos sem força: miastenia grave
core-5-p-combination = Quando dois medicamentos são usados juntos, os efeitos colaterais graves ficam muito mais frequentes. O ensaio clínico “CheckMate 067” foi feito em pessoas com melanoma, um tipo de câncer de pele. No relatório de 5 anos, 59% das pessoas que usaram os dois juntos tiveram efeitos colaterais graves. Entre as que usaram um só medicamento, foram 23% e 28%. Esse relatório é diferente do relatório dos cerca de 10%. Por isso, os números não podem ser comparados diretamente.
core-5-p-hospitals = Por isso, o governo criou diretrizes. Para usar esses medicamentos pelo seguro de saúde público, o hospital e o médico precisam cumprir requisitos definidos.
core-5-callout-title = Sintomas para avisar o hospital imediatamente
core-5-callout-intro = Se aparecer algum destes sintomas, avise imediatamente o hospital onde você faz o tratamento, mesmo que seja leve. Eles podem aparecer também depois do fim do tratamento.
core-5-symptom-lung = tosse, falta de ar, febre
core-5-symptom-gut = diarreia, evacuar mais vezes, fezes com sangue ou fezes pretas
core-5-symptom-thirst = muita sede, urinar mais vezes
core-5-symptom-tired = cansaço, mudança de peso
core-5-symptom-yellow = pele ou parte branca dos olhos amarelada
core-5-symptom-weak = falta de força nos braços e pernas, pálpebras caídas
core-5-callout-night = À noite, nos fins de semana e nos feriados, avise também imediatamente. Antes de começar o tratamento, confirme para onde ligar.
core-5-p-more = Outros sintomas estão na página “Vida diária, cuidados e efeitos colaterais”.
