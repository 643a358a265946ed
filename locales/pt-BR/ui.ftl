# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = Guia de imunoterapia contra o câncer
language-name = Português (Brasil)
home-intro = Informações claras sobre a imunoterapia contra o câncer, com base nas informações do Centro Nacional do Câncer do Japão.
home-track-pages = { $count ->
        [one] { $count } página
       *[other] { $count } páginas
    }
home-open-track = Ler
home-hint = Toque na parte que você quer ler.

nav-previous = Anterior
nav-next = Próxima
nav-home = Voltar ao início
nav-back = Voltar
page-next-track = Continuar com “{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = Página { $current } de { $total }
swipe-hint = Você também pode deslizar o dedo para a esquerda ou para a direita para mudar de página.

text-size-label = Tamanho do texto
contrast-label = Cores de alto contraste

legend-title = Dois tipos de “imunoterapia”
legend-proven = { $tag }: tratamento com eficácia comprovada
legend-broad = { $tag }: inclui tratamentos sem eficácia comprovada

page-source = Fontes: { $sources }
content-reviewed = Última revisão do conteúdo: { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }
about-open = Sobre estas informações
qr-hint = Leia com a câmera do celular para abrir a página oficial.
qr-alt = Código QR: { $caption } ({ $url })

consult-desk-title = Atendimento de consulta deste hospital
consult-desk-location = Local
consult-desk-phone = Telefone
consult-desk-line = { $label }: { $value }
consult-desk-hours = Horário de atendimento

attract-touch = Toque na tela
attract-subtitle = Informações claras sobre a imunoterapia contra o câncer.

idle-title = Você ainda está lendo?
idle-countdown = Em { $seconds } segundos, a tela inicial volta a aparecer.
idle-continue = Continuar lendo

staff-pin-title = Funcionários: digite a senha (PIN)
staff-pin-wrong = Senha incorreta. Você ainda pode tentar mais { $tries ->
        [one] { $tries } vez
       *[other] { $tries } vezes
    }.
staff-pin-locked = A digitação está bloqueada por enquanto. Tente de novo em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
staff-pin-clear = Apagar
staff-pin-enter = Confirmar
staff-cancel = Fechar
staff-not-set-up-title = O acesso dos funcionários ainda não foi configurado
staff-not-set-up-body = Ele poderá ser usado depois que um administrador definir a senha, executando “immuno-kiosk set-pin” neste aparelho. Veja as instruções em INSTALL.md.
staff-menu-title = Menu dos funcionários
staff-open-settings = Configurações…
staff-show-cursor = Mostrar a seta do mouse
staff-hide-cursor = Ocultar a seta do mouse
staff-quit = Fechar o quiosque
staff-lock = Fechar o menu dos funcionários e bloquear
staff-auto-lock = Depois de 2 minutos sem uso, o menu é bloqueado automaticamente.

settings-title = Configurações
settings-save = Salvar
settings-discard = Cancelar
settings-back = Voltar ao menu dos funcionários
settings-saved = Salvo. As novas configurações já estão em uso.
settings-saved-partly = Salvo, mas estes valores não puderam ser usados e ficaram como estavam: { $fields }
settings-pin-length = A senha tem de 4 a 12 dígitos. Esta tentativa não foi contada.
settings-no-config-files = Não foi possível salvar: nenhum arquivo de configuração está em uso.
settings-save-failed = Não foi possível salvar: { $error }
settings-unsaved = Há alterações não salvas.
settings-no-changes = Nenhuma alteração.
settings-origin = Definido por: { $layer }
settings-locked = Fixado pelo setor de TI; não pode ser alterado aqui.
settings-on = Ligado
settings-off = Desligado
settings-step-down = −{ $seconds } s
settings-step-up = +{ $seconds } s
settings-seconds = { $seconds } s
settings-idle-timeout = Tempo sem uso até a pergunta “ainda está lendo?”
settings-idle-warning = Tempo entre a pergunta e a volta à tela inicial
settings-locales = Idiomas usados (mostrados nesta ordem)
settings-move-up = Subir
settings-default-locale = Idioma inicial
settings-default-text-scale = Tamanho inicial do texto
settings-high-contrast = Começar com cores de alto contraste
settings-show-cursor = Mostrar a seta do mouse
settings-allow-quit = Mostrar “Fechar” no menu dos funcionários
settings-consultation = Atendimento de consulta deste hospital (digite com o teclado)
settings-desk-name = Nome do atendimento
settings-desk-location = Local
settings-desk-phone = Telefone
settings-desk-hours = Horário de atendimento
settings-desk-url = Endereço da página (https://, mostrado como código QR)
settings-content-dir = Pasta de conteúdo substituto (vazia: conteúdo embutido)
settings-pin = Senha dos funcionários
settings-change-pin = Mudar a senha…
settings-pin-current = Digite a senha atual
settings-pin-new = Digite a nova senha (de 4 a 12 dígitos)
settings-pin-again = Digite a nova senha mais uma vez
settings-pin-changed = A senha foi alterada.
settings-pin-mismatch = As duas senhas digitadas são diferentes. Comece de novo, por favor.
settings-pin-invalid = A senha deve ter de 4 a 12 números.
settings-about = Sobre este aparelho
settings-version = Versão: { $version }
settings-layers = Arquivos de configuração
settings-layer-loaded = carregado
settings-layer-absent = não existe
settings-layer-error = erro ({ $position }): { $message }
settings-problems = Problemas nos arquivos de configuração
settings-backup = Últimas configurações salvas corretamente: { $path }
settings-backup-none = Últimas configurações salvas corretamente: ainda não há
layer-default = valores iniciais
layer-system = configuração do sistema { $path }
layer-dropin = configuração adicional { $path }
layer-local = configuração dos funcionários { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = Leitura dos kanji (furigana)
furigana-off = Nenhuma
furigana-hard-terms = Palavras difíceis
furigana-all = Todos os kanji

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = Explicação do termo: { $term }
term-card-title = Explicação do termo
term-card-close = Fechar

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = Uso…
usage-title = Uso
usage-days = Últimos { $days } dias
usage-visits-chart = Número de usos por dia
usage-visits-total = Neste período, houve { $visits } usos. Em { $completed } deles, a leitura chegou à última página.
usage-top-pages = Páginas mais abertas
usage-languages = Idiomas usados
usage-text-sizes = Tamanhos de texto escolhidos
usage-count = { $count ->
        [one] { $count } vez
       *[other] { $count } vezes
    }
usage-empty = Não há registros neste período.
usage-off = O registro de uso está desligado. Ele pode ser ligado nas configurações.
usage-problem = Não é possível salvar os registros em arquivo. Eles ficam guardados no aparelho até ele ser reiniciado. Motivo: { $error }
usage-moved-aside = Um arquivo de registros que não pôde ser lido foi movido para { $path }.
usage-privacy = Só são registrados os totais de cada dia. Nenhuma informação que identifique uma pessoa é registrada.
settings-usage-counts = Registro de uso (só totais, sem identificar pessoas)
settings-usage-retention = Dias em que os registros são guardados
settings-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
settings-step-down-days = −{ $days } dias
settings-step-up-days = +{ $days } dias
settings-usage-delete = Apagar todos os registros
settings-usage-deleted = Todos os registros de uso foram apagados.

# Read aloud
speech-read = Ler em voz alta
speech-pause = Pausar
speech-resume = Continuar a leitura
speech-stop = Parar
speech-playing = Lendo em voz alta
speech-paused = Em pausa
speech-rate = Velocidade
speech-rate-normal = Normal
speech-rate-slow = Devagar
speech-volume = Volume
speech-volume-low = Baixo
speech-volume-medium = Médio
speech-volume-high = Alto
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》 (copied from the English file).
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = Leitura em voz alta
settings-speech-ready = A leitura em voz alta pode ser usada ({ $languages }).
settings-speech-unavailable = A leitura em voz alta não pode ser usada. Informe o setor de TI: { $reason }
settings-speech-device = Saída de áudio
settings-speech-volume = Volume inicial

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = Idioma
language-chooser-title = Escolha o idioma
language-chooser-close = Fechar
stale-shown-in-japanese = Parte desta página mudou no original em japonês. Essa parte é mostrada em japonês.
stale-marked = Parte desta página foi traduzida antes de o original em japonês mudar. Para ver o conteúdo mais recente, consulte a página em japonês.
settings-stale = Traduções antigas depois que o original muda
settings-stale-japanese = Mostrar o original em japonês
settings-stale-mark = Mostrar a tradução antiga, com um aviso na página
settings-hide-unreviewed = Ocultar idiomas não revisados por um tradutor médico
settings-language-status = Situação da tradução de cada idioma
settings-language-reference = { $name }: original
settings-language-state = { $name }: de { $total } textos, { $translated } traduzidos, { $reviewed } revisados, { $stale } desatualizados
