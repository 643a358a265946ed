# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# plain explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend
glossary-broad-sense = sentido amplo
    .explanation = Quer dizer “em um sentido mais largo”. “Imunoterapia (sentido amplo)” é tudo o que se chama imunoterapia, incluindo os tratamentos sem eficácia comprovada.

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = aprovado
    .explanation = Quer dizer que o governo autorizou. É a autorização para usar um medicamento ou outro produto no tratamento de doenças definidas.

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = inibidores de checkpoint imunológico
    .explanation = Medicamentos que soltam o “freio” que as células cancerosas colocaram na imunidade. Eles não atacam diretamente as células cancerosas: permitem que as células T voltem a atacá-las.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = tratamento particular
    .explanation = Atendimento médico em que o seguro de saúde público não pode ser usado, e você paga todo o custo. Às vezes, tratamentos sem eficácia comprovada são oferecidos assim, a preços altos.

# Used on: core-4, detail-5
glossary-insured-care = tratamento coberto pelo seguro
    .explanation = Atendimento em que o seguro de saúde público pode ser usado. A imunoterapia com eficácia comprovada pode ser usada assim em determinados cânceres.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = ensaio clínico
    .explanation = Pesquisa feita com a participação de pacientes para saber se um novo tratamento funciona e se é seguro. Para participar, é preciso cumprir certas condições.

# Used on: core-4, detail-5
glossary-approval-trial = ensaio para aprovação
    .explanation = Um tipo de ensaio clínico feito para que o governo aprove um medicamento ou outro produto.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = efeitos colaterais
    .explanation = Mudanças ruins no corpo causadas por um medicamento ou tratamento. Os efeitos colaterais da imunoterapia podem aparecer mesmo depois do fim do tratamento.

# Used on: detail-4
glossary-immune-related-side-effect = eventos adversos imunorrelacionados
    .explanation = Inflamações em órgãos saudáveis do corpo, causadas pela imunidade depois que o seu freio é solto. Podem ocorrer na pele, no intestino, no fígado, nos pulmões, nos órgãos que produzem hormônios e em outros lugares.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = terapia com células CAR-T
    .explanation = Tratamento em que células para o tratamento são produzidas a partir das células T do próprio paciente e devolvidas ao corpo pelo soro. É usado em alguns cânceres do sangue de células B e no mieloma múltiplo.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = síndrome de liberação de citocinas
    .explanation = Efeito colateral grave que acontece quando substâncias chamadas citocinas aumentam de repente no corpo. Pode ocorrer na terapia com células CAR-T e em outros tratamentos. Por isso, a pessoa é observada com cuidado por algum tempo depois do início.

# Used on: detail-4
glossary-autoimmune = autoimune
    .explanation = Uma doença autoimune é uma doença em que a imunidade ataca o próprio corpo. Exemplos são a doença de Hashimoto e a retocolite ulcerativa.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H, TMB-H
    .explanation = Nomes de características do câncer que aparecem em testes dos genes do câncer. Em cânceres com esse resultado, os inibidores de checkpoint imunológico às vezes podem ser usados, mesmo que não sejam cânceres do sangue.

# Used on: detail-5
glossary-nk-cell = células NK
    .explanation = Um tipo de glóbulo branco que faz parte da imunidade que temos desde o nascimento. A Sociedade Japonesa de Oncologia Clínica não recomenda a terapia com células NK.

# Used on: detail-5
glossary-brm = BRM
    .explanation = A terapia BRM usa substâncias que, segundo se diz, fortalecem a imunidade. Ela é oferecida como tratamento particular, mas sua eficácia não foi comprovada.

# Used on: detail-5
glossary-alpha-beta-t-cell = células T αβ
    .explanation = Um tipo de célula T. A terapia com células T αβ fortalece essas células fora do corpo e depois as devolve ao corpo. Sua eficácia não foi comprovada.

# Used on: detail-5
glossary-gamma-delta-t-cell = células T γδ
    .explanation = Um tipo de célula T. A terapia com células T γδ fortalece essas células fora do corpo e depois as devolve ao corpo. Sua eficácia não foi comprovada.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = A terapia com BCG coloca um medicamento chamado BCG dentro da bexiga, depois que um câncer de bexiga inicial foi retirado por cirurgia. É um tipo de imunoterapia com eficácia comprovada.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = Site oficial do governo que registra os ensaios clínicos do Japão. Nele, você pode ver quais ensaios clínicos estão sendo feitos.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = Uma proteína da superfície das células T. Quando a PD-L1 de outra célula se liga a ela, a célula T para de atacar.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = Uma proteína que se liga à PD-1 das células T e faz a célula T parar de atacar. Algumas células cancerosas têm muita PD-L1.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = Um tipo de proteína que funciona como freio da imunidade. Medicamentos como o ipilimumabe soltam esse freio.

# Used on: core-1, detail-5
glossary-dendritic-cell = células dendríticas
    .explanation = Células que passam às células T as marcas que identificam as células cancerosas. As células T que aprenderam essas marcas atacam as células cancerosas.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = células T
    .explanation = Um tipo de glóbulo branco. São células que conseguem encontrar e atacar as células cancerosas.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = Centro de Consulta e Apoio sobre Câncer
    .explanation = Atendimento de consulta que existe nos hospitais de referência para o câncer e em outros hospitais do Japão. Em japonês, ele se chama がん相談支援センター. A consulta é gratuita, e mesmo quem não é paciente do hospital pode usar.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = segunda opinião
    .explanation = Ouvir a opinião de outro médico, diferente do seu médico atual, sobre o seu tratamento.

# Used on: detail-5
glossary-advanced-care = tratamento médico avançado
    .explanation = Tratamentos novos que o seguro de saúde público ainda não cobre, mas que o governo reconheceu. Como exceção, podem ser combinados com o tratamento coberto pelo seguro.

# Used on: detail-5
glossary-mixed-care = tratamento misto
    .explanation = Combinar o tratamento coberto pelo seguro com o tratamento particular. Em princípio, isso não é permitido.
