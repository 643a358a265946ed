## Para quem quer saber mais

track-details-title = Para quem quer saber mais
track-details-summary = Explicações mais detalhadas sobre os tipos de imunoterapia e seus resultados, como lidar com os efeitos colaterais e o que perguntar ao médico.

## 1. Sobre a imunoterapia em geral

detail-1-title = Sobre a imunoterapia em geral
detail-1-lead = Existem muitos tipos de “imunoterapia”. Entre eles, há tratamentos com eficácia comprovada e tratamentos sem eficácia comprovada.
detail-1-h-what = O que é a imunoterapia
detail-1-p-what = A imunoterapia é uma forma de tratar o câncer usando a força da imunidade.
detail-1-p-attention = A imunoterapia passou a chamar muita atenção depois que os medicamentos chamados “inibidores de checkpoint imunológico” foram aprovados.
detail-1-p-research = Porém, a maioria das imunoterapias ainda está em fase de pesquisa ou de desenvolvimento.
detail-1-h-types = Tipos de imunoterapia
detail-1-p-guideline = A Sociedade Japonesa de Oncologia Clínica publica as “Diretrizes de imunoterapia contra o câncer”. A primeira edição saiu em 2016, a segunda em 2019 e a terceira em 2023. As diretrizes dividem a imunoterapia nestes tipos:
detail-1-type-checkpoint = inibidores de checkpoint imunológico: medicamentos que soltam o freio da imunidade
detail-1-type-accelerator = medicamentos de anticorpos que reforçam o “acelerador” da imunidade
detail-1-type-vaccine = vacinas contra o câncer
detail-1-type-cells = tratamentos que preparam células T fora do corpo e depois as devolvem ao corpo. Só alguns deles, como a terapia com células CAR-T, têm eficácia comprovada.
detail-1-type-cytokine = tratamentos que usam como medicamento substâncias chamadas citocinas
detail-1-type-other = outros medicamentos que bloqueiam os mecanismos que freiam a imunidade
detail-1-type-combination = tratamentos que combinam esses tipos
detail-1-p-third-edition = A terceira edição incluiu a terapia com células CAR-T e os medicamentos de anticorpos que se ligam tanto às células T quanto às células cancerosas.
detail-1-p-mixed = Mesmo dentro de um mesmo tipo, há tratamentos com eficácia comprovada e tratamentos sem eficácia comprovada. Pergunte ao seu médico se um tratamento pode ser usado no seu câncer.
detail-1-h-history = Histórico
detail-1-history-1957 = 1957: surgiu a ideia de que a imunidade vigia as células cancerosas.
detail-1-history-2014 = 2014: o primeiro inibidor de checkpoint imunológico foi aprovado no Japão.
detail-1-history-2018 = 2018: o Prêmio Nobel de Fisiologia ou Medicina foi dado à descoberta de um tratamento do câncer que solta o freio da imunidade.
detail-1-history-2019 = 2019: o seguro de saúde público passou a cobrir o primeiro medicamento de terapia com células CAR-T.
detail-1-card-ads-title = Cuidado com as palavras dos anúncios
detail-1-card-ads-p1 = Algumas instituições médicas anunciam a imunoterapia como “o quarto tratamento do câncer” ou dizem que ela tem “poucos efeitos colaterais”.
detail-1-card-ads-p2 = Mas mesmo os inibidores de checkpoint imunológico, que têm eficácia comprovada, podem causar efeitos colaterais graves.
detail-1-card-ads-p3 = Os tratamentos sem eficácia comprovada também não têm a segurança comprovada.

## 2. Imunoterapia (eficácia comprovada): os tipos

detail-2-title = Imunoterapia (eficácia comprovada): os tipos
detail-2-lead = Há vários tipos de imunoterapia com eficácia comprovada. Cada tipo só pode ser usado em determinados cânceres.
detail-2-card-checkpoint-title = Inibidores de checkpoint imunológico
detail-2-checkpoint-p-first = Os inibidores de checkpoint imunológico são medicamentos que soltam o freio da imunidade. No Japão, em julho de 2014, o primeiro deles, o nivolumabe, foi aprovado para o melanoma, um tipo de câncer de pele.
detail-2-checkpoint-p-list = Estes são os principais medicamentos, com o nome da proteína sobre a qual cada um age. Entre parênteses, está o nome comercial.
detail-2-drug-nivolumab = nivolumabe (Opdivo): PD-1
detail-2-drug-pembrolizumab = pembrolizumabe (Keytruda): PD-1
detail-2-drug-cemiplimab = cemiplimabe (Libtayo): PD-1
detail-2-drug-tislelizumab = tislelizumabe (Tevimbra): PD-1
detail-2-drug-ipilimumab = ipilimumabe (Yervoy): CTLA-4
detail-2-drug-tremelimumab = tremelimumabe (Imjudo): CTLA-4
detail-2-drug-atezolizumab = atezolizumabe (Tecentriq): PD-L1
detail-2-drug-durvalumab = durvalumabe (Imfinzi): PD-L1
detail-2-drug-avelumab = avelumabe (Bavencio): PD-L1
detail-2-checkpoint-p-cancers = Exemplos de cânceres para os quais eles são aprovados:
detail-2-cancer-skin = melanoma, câncer de células de Merkel
detail-2-cancer-lung = câncer de pulmão, mesotelioma
detail-2-cancer-head = câncer de cabeça e pescoço, câncer de esôfago, câncer de estômago
detail-2-cancer-digestive = alguns cânceres de intestino grosso, câncer de fígado, câncer das vias biliares
detail-2-cancer-urinary = câncer de rim, câncer urotelial, como o de bexiga
detail-2-cancer-women = alguns cânceres de mama, câncer do colo do útero, câncer do corpo do útero
detail-2-cancer-blood = linfoma de Hodgkin
detail-2-checkpoint-p-msi = Eles também podem ser usados em outros tumores sólidos (cânceres que não são do sangue). Isso depende do resultado de certos testes genéticos (MSI-H, TMB-H).
detail-2-checkpoint-p-conditions = Em qualquer câncer, o uso depende do avanço da doença, dos tratamentos feitos antes e de resultados de exames, como o de PD-L1.
detail-2-checkpoint-p-hospitals = O governo (Ministério da Saúde, Trabalho e Bem-Estar) criou diretrizes para o uso desses medicamentos. Para usá-los pelo seguro de saúde público, o hospital e o médico precisam cumprir requisitos definidos.
detail-2-card-cart-title = Terapia com células CAR-T
detail-2-cart-p-what = Nesta terapia, células para o tratamento são produzidas a partir das células T do próprio paciente. Depois, elas são devolvidas ao corpo pelo soro, na veia.
detail-2-cart-p-use = No Japão, a primeira terapia com células CAR-T foi aprovada em 2019. Hoje, a terapia com células CAR-T só pode ser usada em alguns cânceres do sangue de células B e no mieloma múltiplo. Ainda não há nenhuma que possa ser usada em tumores sólidos.
detail-2-cart-p-steps = Etapas do tratamento:
detail-2-cart-step-collect = Células são coletadas do sangue (leva cerca de 4 a 5 horas).
detail-2-cart-step-make = As células para o tratamento são produzidas em cerca de 6 semanas.
detail-2-cart-step-chemo = Você recebe quimioterapia por alguns dias.
detail-2-cart-step-drip = As células produzidas são devolvidas ao corpo pelo soro, na veia.
detail-2-card-bcg-title = Terapia com BCG para o câncer de bexiga
detail-2-bcg-p-what = É um tratamento feito depois de retirar por cirurgia um câncer de bexiga inicial (que ainda não chegou à camada muscular). Quando o risco de o câncer voltar é médio ou maior, coloca-se BCG dentro da bexiga. Considera-se que funciona melhor do que colocar quimioterápicos na bexiga.
detail-2-bcg-p-schedule = Em geral, é feito uma vez por semana, durante 6 a 8 semanas. Depois, às vezes continua por 1 a 3 anos.
detail-2-bcg-p-side-effects = Os efeitos colaterais incluem vontade frequente de urinar, dor ao urinar, sangue na urina e febre. Raramente, ocorrem inflamação nos pulmões ou infecções.
detail-2-card-cytokine-title = Terapia com citocinas
detail-2-cytokine-p-what = É um tratamento com medicamentos chamados interferon alfa e interleucina-2. Eles são usados no câncer de rim. A interleucina-2 também é usada no angiossarcoma.
detail-2-cytokine-p-limits = O efeito é limitado, e poucos cânceres podem ser tratados. Os efeitos colaterais incluem sintomas parecidos com os de um resfriado e desânimo.
detail-2-card-bispecific-title = Medicamentos de anticorpos que ligam células T e células cancerosas
detail-2-bispecific-p-what = São medicamentos de anticorpos que se ligam tanto às células T quanto às células cancerosas.
detail-2-bispecific-p-drugs = Exemplos de medicamentos aprovados no Japão (há outros). O ano é o ano da aprovação.
detail-2-bispecific-blinatumomab = blinatumomabe: alguns tipos de leucemia linfoblástica aguda, 2018 (o primeiro no Japão)
detail-2-bispecific-epcoritamab = epcoritamabe: alguns linfomas, 2023
detail-2-bispecific-elranatamab = elranatamabe: mieloma múltiplo, 2024
detail-2-bispecific-teclistamab = teclistamabe: mieloma múltiplo, 2024
detail-2-bispecific-tarlatamab = tarlatamabe: câncer de pulmão de pequenas células (depois da quimioterapia), 2024
detail-2-bispecific-p-care = Eles podem causar um efeito colateral grave chamado “síndrome de liberação de citocinas”. Com medicamentos deste tipo, foram relatadas mortes por esse efeito colateral e por infecções graves.
detail-2-p-ask = Pergunte ao seu médico se o tratamento pode ser usado no seu câncer.

## 3. Imunoterapia (eficácia comprovada): quanto ela funciona

detail-3-title = Imunoterapia (eficácia comprovada): quanto ela funciona
detail-3-lead = Mesmo a imunoterapia com eficácia comprovada só funciona bem em uma parte das pessoas.
detail-3-card-who-title = Em quantas pessoas funciona
detail-3-who-p-shrink = A proporção de pessoas em que o câncer diminuiu se chama “taxa de resposta”. Ela varia conforme o tipo de câncer e o medicamento, mas fica em cerca de 15 a 40%.
detail-3-who-p-lasting = Em algumas pessoas em quem o tratamento funcionou, o efeito dura anos. Às vezes, o efeito continua mesmo depois que o medicamento é interrompido.
detail-3-who-p-faster = Por outro lado, em algumas pessoas o câncer passa a crescer mais rápido depois do início do medicamento.
detail-3-who-p-depends = A chance de o tratamento ter efeito depende do tipo de câncer, do seu avanço e dos resultados dos exames.
detail-3-card-survival-title = Exemplos de resultados depois de 5 anos
detail-3-survival-p-intro = Proporção de pessoas vivas 5 anos depois do início do tratamento, em ensaios clínicos.
detail-3-survival-h-lung = Câncer de pulmão avançado: ensaio clínico “KEYNOTE-001”, tratamento só com pembrolizumabe (Keytruda)
detail-3-lung-first = Pessoas que o usaram como primeiro tratamento: 23,2%
detail-3-lung-later = Pessoas que o usaram depois de outros tratamentos: 15,5%
detail-3-lung-before = Antes de este medicamento ser usado, eram cerca de 5%.
detail-3-survival-h-melanoma = Melanoma avançado: ensaio clínico “CheckMate 067”
detail-3-melanoma-both = Pessoas que usaram nivolumabe e ipilimumabe juntos: 52%
detail-3-melanoma-nivolumab = Pessoas que usaram só nivolumabe: 44%
detail-3-melanoma-ipilimumab = Pessoas que usaram só ipilimumabe: 26%
detail-3-melanoma-p-side-effects = No relatório de 5 anos deste ensaio, as pessoas que tiveram efeitos colaterais graves do tratamento foram, na mesma ordem, 59%, 23% e 28%.
detail-3-melanoma-p-compare = Quando dois medicamentos são usados juntos, os efeitos colaterais graves ficam muito mais frequentes. Os cerca de 10% da página “Imunoterapia (eficácia comprovada) também tem riscos” vêm de outro relatório, sobre um só medicamento.
detail-3-p-not-you = Estes são resultados das pessoas que participaram dos ensaios. Eles não mostram o que vai acontecer com cada pessoa. Para saber mais, pergunte ao seu médico.

## 4. Vida diária, cuidados e efeitos colaterais

detail-4-title = Vida diária, cuidados e efeitos colaterais
detail-4-lead = É importante descobrir e tratar cedo os efeitos colaterais. Se notar algum sintoma diferente do normal, avise o hospital imediatamente.
detail-4-card-irae-title = Efeitos colaterais causados pela ação da imunidade
detail-4-irae-p-what = Quando o freio da imunidade é solto, a imunidade pode causar inflamação em órgãos saudáveis do corpo. Esses casos se chamam “eventos adversos imunorrelacionados”.
detail-4-irae-p-where = Eles ocorrem com mais frequência na pele, no intestino, no fígado, nos pulmões e nos órgãos que produzem hormônios. Também podem ocorrer nos rins, nos nervos, nos músculos, no coração e nos olhos.
detail-4-irae-p-treat = Para tratar, usam-se corticoides, medicamentos que repõem os hormônios que ficaram em falta, entre outros.
detail-4-irae-p-hormone = Os problemas de hormônios podem passar despercebidos, porque se parecem com sintomas comuns, como cansaço ou falta de apetite.
detail-4-card-when-title = Quando ocorrem
detail-4-when-p-months = A maioria ocorre nos primeiros meses de tratamento. Mas eles também podem ocorrer mais tarde, ou depois do fim do tratamento. Por isso, é preciso atenção mesmo depois do tratamento.
detail-4-when-p-fatal = Foi relatado que 0,4 a 1,2% das pessoas morrem por causa dos efeitos colaterais.
detail-4-callout-title = Sintomas para avisar o hospital imediatamente
detail-4-callout-intro = Se tiver pelo menos um destes sintomas, avise imediatamente o hospital onde você faz o tratamento, mesmo que seja leve. Vale também à noite, nos fins de semana e nos feriados.
detail-4-symptoms-lung = tosse seca (sem catarro), falta de ar, febre
detail-4-symptoms-gut = diarreia, evacuar mais vezes, fezes com sangue ou fezes pretas, dor de barriga
detail-4-symptoms-thirst = muita sede, beber muita água, urinar mais vezes, enjoo, vômito
detail-4-symptoms-general = cansaço, mudança de peso, irritabilidade, dor de cabeça
detail-4-symptoms-yellow = pele ou parte branca dos olhos amarelada
detail-4-symptoms-kidney = urinar menos, inchaço
detail-4-symptoms-muscle = falta de força nos braços e pernas, pálpebras caídas, dor nos músculos
detail-4-symptoms-skin = manchas ou bolinhas na pele, coceira, feridas fortes na boca
detail-4-symptoms-heart = palpitações, tontura
detail-4-symptoms-eyes = olhos vermelhos ou doloridos, visão embaçada
detail-4-symptoms-confusion = confusão mental, sensação de atordoamento
detail-4-callout-quickly = Mesmo um sintoma leve pode piorar de repente. Se os efeitos colaterais forem tratados cedo, às vezes é possível continuar a imunoterapia.
detail-4-callout-no-self-care = Não tente se tratar sozinho com remédios vendidos sem receita ou com suplementos.
detail-4-card-before-title = Antes de começar o tratamento
detail-4-before-illness = Se você tem uma doença autoimune ou uma doença nos pulmões, avise o seu médico. Entre as doenças autoimunes estão a doença de Hashimoto e a retocolite ulcerativa.
detail-4-before-pregnancy = Se houver chance de você estar grávida ou amamentando, ou se você planeja isso, avise o seu médico antes de começar o tratamento.
detail-4-before-contact = Confirme com antecedência para onde ligar à noite, nos fins de semana e nos feriados.
detail-4-card-daily-title = No dia a dia
detail-4-daily-card = Se receber um cartão do paciente, ande sempre com ele. Mostre-o também em outros hospitais e farmácias.
detail-4-daily-medicines = Se for usar suplementos, antibióticos, corticoides ou outros medicamentos, avise o hospital onde você faz o tratamento.
detail-4-card-cart-title = Para quem faz terapia com células CAR-T ou tratamentos parecidos
detail-4-cart-p-watch = A terapia com células CAR-T tem efeitos colaterais que exigem atenção: a “síndrome de liberação de citocinas” e sintomas nos nervos. Os medicamentos de anticorpos que ligam células T e células cancerosas também podem causar os mesmos efeitos colaterais. Por isso, no início, a pessoa é observada com cuidado por algum tempo, por exemplo internada no hospital.

## 5. Imunoterapia (sentido amplo) em pesquisa e desenvolvimento: imunoterapias que exigem verificação cuidadosa

detail-5-title = Imunoterapia (sentido amplo) em pesquisa e desenvolvimento: imunoterapias que exigem verificação cuidadosa
detail-5-lead = A imunoterapia em fase de pesquisa não tem eficácia nem segurança comprovadas. Antes de fazer, verifique com cuidado.
detail-5-card-offered-title = Tratamentos muito oferecidos como tratamento particular
detail-5-offered-p-intro = Instituições médicas que fazem tratamento particular oferecem com frequência imunoterapias como estas:
detail-5-offered-lymphocytes = terapia com linfócitos ativados (terapia com células T αβ, terapia com células T γδ etc.)
detail-5-offered-nk = terapia com células NK
detail-5-offered-dendritic = terapia com vacina de células dendríticas
detail-5-offered-peptide = terapia com vacina de peptídeos
detail-5-offered-brm = terapia BRM
detail-5-offered-combined = tratamentos que combinam esses tipos. Alguns combinam também inibidores de checkpoint imunológico.
detail-5-card-experts-title = Opinião dos especialistas
detail-5-experts-p-2016 = A Sociedade Japonesa de Oncologia Clínica publicou diretrizes em dezembro de 2016. Nelas, não recomenda a vacina de células dendríticas, a terapia com células NK nem a vacina de peptídeos.
detail-5-experts-p-pancreas = Ensaios clínicos da vacina de peptídeos no câncer de pâncreas foram relatados em 2012 e 2013. Eles não mostraram efeito.
detail-5-experts-p-patients = Em 2018, a federação nacional de grupos de pacientes com câncer publicou uma declaração sobre a imunoterapia oferecida como tratamento particular. Ela se preocupa porque a eficácia e a segurança não foram comprovadas. Também aponta que há instituições médicas que não conseguem atender bem quando o paciente piora de repente.
detail-5-experts-p-2019 = Em 2019, a Sociedade Japonesa de Oncologia Clínica fez um novo alerta. Terapias com células e vacinas não aprovadas não têm eficácia nem segurança comprovadas. A Sociedade também diz que é perigoso usar inibidores de checkpoint imunológico em doses menores, ou em cânceres para os quais eles não foram aprovados.
detail-5-card-law-title = Entregar um plano ao governo não é “prova de eficácia”
detail-5-law-p-act = Em 25 de novembro de 2014, entrou em vigor a “Lei de Garantia da Segurança da Medicina Regenerativa”.
detail-5-law-p-plan = Por essa lei, para fazer tratamentos com essas células, é preciso entregar um plano ao governo (Ministério da Saúde, Trabalho e Bem-Estar). Os tratamentos são classificados conforme o grau de risco para a segurança.
detail-5-law-p-not-proof = Mesmo que um plano tenha sido entregue, isso não quer dizer que o tratamento tem eficácia.
detail-5-card-cost-title = Custo
detail-5-cost-p-amount = Você paga todo o custo. Muitas vezes, um ciclo de tratamento custa cerca de 2 a 4 milhões de ienes.
detail-5-cost-p-mixed = Em princípio, não é permitido combinar tratamento coberto pelo seguro com tratamento particular (tratamento misto). As exceções incluem o ensaio para aprovação e o tratamento médico avançado reconhecido pelo governo. Por isso, os exames ligados ao tratamento particular também são pagos por você.
detail-5-callout-title = Antes de escolher, sempre peça orientação
detail-5-callout-doctor = Antes de escolher a imunoterapia como tratamento particular, fale primeiro com o seu médico.
detail-5-callout-second-opinion = Ouça outra opinião (segunda opinião) de um médico que conheça bem o tratamento em fase de pesquisa, como o ensaio clínico e o ensaio para aprovação.
detail-5-callout-center = Se você não sabe com quem falar, pode procurar um Centro de Consulta e Apoio sobre Câncer (がん相談支援センター). A consulta é gratuita.
detail-5-card-trials-title = O ensaio clínico como opção
detail-5-trials-p-law = Se você quer experimentar um tratamento novo, às vezes é possível participar de um ensaio clínico. Em abril de 2018, entrou em vigor a “Lei de Pesquisa Clínica”, que define as regras da pesquisa clínica.
detail-5-trials-p-search = É possível procurar ensaios clínicos no site oficial de registro do governo, o “jRCT”. Também é possível procurar em “Procurar ensaios clínicos de câncer”, no Serviço de Informação sobre o Câncer.
detail-5-trials-p-conditions = Para participar, é preciso cumprir certas condições. Você pode ser colocado no grupo que recebe o tratamento padrão.
detail-5-trials-p-ask = Se pensa em participar, fale primeiro com o seu médico.

## 6. O que perguntar ao médico

detail-6-title = O que perguntar ao médico
detail-6-lead = Se tiver dúvidas sobre o tratamento, pergunte ao seu médico sem receio.
detail-6-p-memo = Leve as suas perguntas anotadas em um papel. Assim, você não se esquece de perguntar.
detail-6-card-treatment-title = Perguntas sobre o tratamento recomendado
detail-6-ask-what = Que tratamento é este? Por que ele é recomendado para mim?
detail-6-ask-goal = Qual é o objetivo do tratamento?
detail-6-ask-approved = Este tratamento é aprovado para o meu câncer e para o estágio dele? Ele é coberto pelo seguro de saúde público?
detail-6-ask-together = Que outros tratamentos vou fazer junto com ele?
detail-6-ask-schedule = Com que frequência, onde e até quando vou fazer o tratamento?
detail-6-ask-working = Como vamos saber se ele está funcionando?
detail-6-ask-side-effects = Quais efeitos colaterais devo avisar imediatamente? À noite, nos fins de semana e nos feriados, para onde devo ligar?
detail-6-ask-trials = Existe algum ensaio clínico de que eu possa participar?
detail-6-ask-cost = Quanto vai custar?
detail-6-ask-medicines = Posso usar outros medicamentos e vacinas?
detail-6-card-self-pay-title = Se recomendarem um tratamento não coberto pelo seguro de saúde público
detail-6-self-pay-p-intro = Se uma instituição médica de tratamento particular recomendar a imunoterapia ou outro tratamento, verifique estes pontos:
detail-6-self-pay-dose = O tratamento é feito na dose e da forma definidas?
detail-6-self-pay-trials = A eficácia foi comprovada em grandes ensaios clínicos?
detail-6-self-pay-who = Em que tipo de pessoas funcionou, e por quanto tempo?
detail-6-self-pay-worse = O que acontece se eu passar mal ou tiver efeitos colaterais?
detail-6-card-second-opinion-title = Ao pedir uma segunda opinião
detail-6-second-opinion-p-what = Pedir uma segunda opinião é ouvir a opinião de outro médico, diferente do seu médico atual, sobre o seu tratamento.
detail-6-second-opinion-letter = Peça ao seu médico uma carta de encaminhamento. Leve também os resultados dos exames de imagem e do exame patológico.
detail-6-second-opinion-beware = Cuidado com sites que anunciam “consulta gratuita sobre câncer” para levar você a tratamentos particulares caros.
detail-6-second-opinion-center = No Centro de Consulta e Apoio sobre Câncer, você pode receber ajuda para encontrar um hospital ou um médico para a segunda opinião.
