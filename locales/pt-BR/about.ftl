## Sobre estas informações

about-title = Sobre estas informações
about-p-general = Este guia traz informações gerais sobre a imunoterapia contra o câncer. Não é uma orientação feita para o caso de cada pessoa.
about-p-decide = Decida o seu próprio tratamento conversando com o seu médico.
about-translation-unreviewed = Esta tradução ainda não foi revisada por um tradutor médico.
about-translation-reviewed = Esta tradução foi revisada por um tradutor médico em { $date }.
about-h-basis = Em que estas informações se baseiam
about-basis-release = Comunicado do Centro Nacional do Câncer do Japão (31 de março de 2017): aviso sobre a atualização das informações de imunoterapia do Serviço de Informação sobre o Câncer
about-basis-ganjoho = Centro Nacional do Câncer do Japão, “Serviço de Informação sobre o Câncer” (ganjoho.jp)
about-basis-jsmo = Sociedade Japonesa de Oncologia Clínica, “Diretrizes de imunoterapia contra o câncer”
about-basis-others = Relatórios de ensaio clínico, comunicados de empresas farmacêuticas e do Ministério da Saúde, Trabalho e Bem-Estar, artigos de revisão em revistas especializadas, preços publicados por instituições médicas e outros. A origem dos números está indicada em “Fontes”, em cada página.
about-p-changes = O conteúdo das páginas oficiais muda conforme surgem novas informações. Cada página deste guia mostra a data em que o conteúdo foi verificado. Para ver as informações mais recentes, consulte o “Serviço de Informação sobre o Câncer”.
about-h-ask = Se tiver dúvidas
about-p-ask = Pergunte ao seu médico as suas dúvidas sobre o tratamento. Você também pode pedir orientação a um Centro de Consulta e Apoio sobre Câncer.
about-h-privacy = Sobre o registro de uso deste aparelho
about-p-privacy = Este aparelho registra dados como o número de vezes que cada página foi aberta, somados por dia. Ele não registra quem viu, quando viu nem em que ordem. Também não registra o que foi digitado. Nenhuma informação que identifique uma pessoa é guardada.

## Orientação geral sobre onde pedir ajuda (mostrada quando o hospital não definiu o seu próprio atendimento)

consult-general-title = Onde pedir orientação
consult-general-body = Os hospitais de referência para o câncer e alguns outros hospitais de todo o Japão têm um “Centro de Consulta e Apoio sobre Câncer” (がん相談支援センター). A consulta é gratuita, e você pode fazê-la sem dizer o seu nome. Mesmo quem não é paciente desse hospital pode pedir orientação, pessoalmente ou por telefone.
consult-support-center = Você também pode ligar para o “Centro de Suporte do Serviço de Informação sobre o Câncer”. O telefone é 0570-02-3410, nos dias úteis, das 10h às 15h. Ele dá informações gerais e não faz avaliações médicas sobre o estado de cada pessoa.
about-h-voices = Sobre as vozes da leitura em voz alta
about-p-voices = As vozes da “leitura em voz alta” são produzidas dentro deste aparelho. O texto lido nunca é enviado para fora. Os programas e as vozes usados são estes:
about-voice-ja = Japonês: Open JTalk e HTS Voice “Mei” (© 2009-2013 Instituto de Tecnologia de Nagoya, CC BY 3.0)
about-voice-en = Inglês: Festival e a voz “CMU US SLT” (Universidade de Edimburgo, Universidade Carnegie Mellon)
