# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = 암 면역요법 안내
language-name = 한국어
home-intro = 일본 국립암연구센터의 정보를 바탕으로, 암 면역요법을 알기 쉽게 소개합니다.
home-track-pages = { $count }페이지
home-open-track = 읽기
home-hint = 읽고 싶은 쪽을 눌러 주십시오.

nav-previous = 이전
nav-next = 다음
nav-home = 처음으로
nav-back = 뒤로
page-next-track = 이어서 ‘{ $track }’ 읽기
page-progress = { $current } / { $total }
page-progress-spoken = 전체 { $total }페이지 중 { $current }페이지
swipe-hint = 손가락으로 화면을 좌우로 밀어도 페이지를 넘길 수 있습니다.

text-size-label = 글자 크기
contrast-label = 잘 보이는 색

legend-title = 두 가지 ‘면역요법’
legend-proven = { $tag }: 효과가 입증된 치료
legend-broad = { $tag }: 효과가 입증되지 않은 치료도 포함

page-source = 출처: { $sources }
content-reviewed = 내용 최종 확인일: { $year }년 { $month }월 { $day }일
about-open = 이 정보에 대하여
qr-hint = 스마트폰 카메라로 읽으면 공식 페이지를 열 수 있습니다.
qr-alt = QR 코드: { $caption }({ $url })

consult-desk-title = 이 병원의 상담 창구
consult-desk-location = 장소
consult-desk-phone = 전화
consult-desk-line = { $label }: { $value }
consult-desk-hours = 접수 시간

attract-touch = 화면을 눌러 주십시오
attract-subtitle = 암 면역요법을 알기 쉽게 소개합니다.

idle-title = 계속 보시겠습니까?
idle-countdown = { $seconds }초 후에 처음 화면으로 돌아갑니다.
idle-continue = 계속 읽기

staff-pin-title = 직원용: 비밀번호를 입력해 주십시오
staff-pin-wrong = 비밀번호가 틀렸습니다. 앞으로 { $tries }번 더 시도할 수 있습니다.
staff-pin-locked = 입력을 잠시 멈추었습니다. { $minutes }분 후에 다시 시도해 주십시오.
staff-pin-clear = 지우기
staff-pin-enter = 확인
staff-cancel = 닫기
staff-not-set-up-title = 직원용 입구가 아직 설정되지 않았습니다
staff-not-set-up-body = 관리자가 이 단말기에서 ‘immuno-kiosk set-pin’을 실행해 비밀번호를 정하면 사용할 수 있습니다. 절차는 INSTALL.md를 보십시오.
staff-menu-title = 직원 메뉴
staff-open-settings = 설정…
staff-show-cursor = 마우스 화살표 표시
staff-hide-cursor = 마우스 화살표 숨기기
staff-quit = 키오스크 종료
staff-lock = 직원 메뉴를 닫고 잠그기
staff-auto-lock = 2분 동안 조작이 없으면 자동으로 잠깁니다.

settings-title = 설정
settings-save = 저장
settings-discard = 취소
settings-back = 직원 메뉴로 돌아가기
settings-saved = 저장했습니다. 바로 적용됩니다.
settings-saved-partly = 저장했지만, 다음 값은 사용할 수 없는 값이어서 원래대로 두었습니다: { $fields }
settings-pin-length = 비밀번호는 4～12자리입니다. 이 입력은 횟수에 넣지 않습니다.
settings-no-config-files = 저장하지 못했습니다: 설정 파일이 사용되고 있지 않습니다.
settings-save-failed = 저장하지 못했습니다: { $error }
settings-unsaved = 저장하지 않은 변경 사항이 있습니다.
settings-no-changes = 변경 사항이 없습니다.
settings-origin = 설정 출처: { $layer }
settings-locked = IT 부서가 고정해 두었으므로 여기서는 바꿀 수 없습니다.
settings-on = 켜짐
settings-off = 꺼짐
settings-step-down = −{ $seconds }초
settings-step-up = +{ $seconds }초
settings-seconds = { $seconds }초
settings-idle-timeout = 조작이 없을 때 확인 화면을 띄우기까지의 시간
settings-idle-warning = 확인 화면을 띄운 뒤 처음 화면으로 돌아가기까지의 시간
settings-locales = 사용할 언어(위에서부터 순서대로 표시)
settings-move-up = 위로
settings-default-locale = 처음에 표시할 언어
settings-default-text-scale = 처음 글자 크기
settings-high-contrast = 처음부터 잘 보이는 색으로 표시
settings-show-cursor = 마우스 화살표 표시
settings-allow-quit = 직원 메뉴에 ‘종료’ 표시
settings-consultation = 이 병원의 상담 창구(키보드로 입력)
settings-desk-name = 창구 이름
settings-desk-location = 장소
settings-desk-phone = 전화
settings-desk-hours = 접수 시간
settings-desk-url = 페이지 주소(https://, QR 코드로 표시)
settings-content-dir = 교체용 내용 폴더(비어 있으면 내장 내용)
settings-pin = 직원용 비밀번호
settings-change-pin = 비밀번호 변경…
settings-pin-current = 현재 비밀번호를 입력해 주십시오
settings-pin-new = 새 비밀번호(4～12자리)를 입력해 주십시오
settings-pin-again = 새 비밀번호를 한 번 더 입력해 주십시오
settings-pin-changed = 비밀번호를 변경했습니다.
settings-pin-mismatch = 두 번의 입력이 다릅니다. 처음부터 다시 해 주십시오.
settings-pin-invalid = 비밀번호는 4～12자리 숫자입니다.
settings-about = 이 단말기에 대하여
settings-version = 버전: { $version }
settings-layers = 설정 파일
settings-layer-loaded = 읽어 들임
settings-layer-absent = 없음
settings-layer-error = 오류({ $position }): { $message }
settings-problems = 설정 파일의 문제
settings-backup = 마지막으로 올바르게 저장된 설정: { $path }
settings-backup-none = 마지막으로 올바르게 저장된 설정: 아직 없음
layer-default = 초기값
layer-system = 시스템 설정 { $path }
layer-dropin = 추가 설정 { $path }
layer-local = 직원 설정 { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = 후리가나
furigana-off = 없음
furigana-hard-terms = 어려운 말
furigana-all = 모든 한자

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = 용어 설명: { $term }
term-card-title = 용어 설명
term-card-close = 닫기

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = 이용 현황…
usage-title = 이용 현황
usage-days = 지난 { $days }일
usage-visits-chart = 하루별 이용 횟수
usage-visits-total = 이 기간의 이용은 { $visits }회입니다. 마지막 페이지까지 읽은 것은 { $completed }회입니다.
usage-top-pages = 자주 열린 페이지
usage-languages = 사용된 언어
usage-text-sizes = 선택된 글자 크기
usage-count = { $count }회
usage-empty = 이 기간의 기록은 없습니다.
usage-off = 이용 현황 기록이 멈춰 있습니다. 설정에서 바꿀 수 있습니다.
usage-problem = 기록을 파일에 저장하지 못하고 있습니다. 다시 시작할 때까지는 단말기 안에 기억해 둡니다. 이유: { $error }
usage-moved-aside = 읽지 못한 기록 파일을 { $path }(으)로 옮겼습니다.
usage-privacy = 하루별 횟수의 합계만 기록합니다. 개인을 알아볼 수 있는 정보는 기록하지 않습니다.
settings-usage-counts = 이용 현황 기록(개인을 알아볼 수 없는 횟수만)
settings-usage-retention = 기록을 남기는 일수
settings-days = { $days }일
settings-step-down-days = −{ $days }일
settings-step-up-days = +{ $days }일
settings-usage-delete = 기록 모두 지우기
settings-usage-deleted = 이용 현황 기록을 모두 지웠습니다.

# Read aloud
speech-read = 읽어 주기
speech-pause = 일시 정지
speech-resume = 이어서 읽기
speech-stop = 정지
speech-playing = 읽는 중
speech-paused = 일시 정지 중
speech-rate = 속도
speech-rate-normal = 보통
speech-rate-slow = 천천히
speech-volume = 음량
speech-volume-low = 작게
speech-volume-medium = 보통
speech-volume-high = 크게
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = 읽어 주기
settings-speech-ready = 읽어 주기를 사용할 수 있습니다({ $languages }).
settings-speech-unavailable = 읽어 주기를 사용할 수 없습니다. IT 담당자에게 알려 주십시오: { $reason }
settings-speech-device = 음성 출력 장치
settings-speech-volume = 처음 음량

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = 언어
language-chooser-title = 언어를 선택해 주십시오
language-chooser-close = 닫기
stale-shown-in-japanese = 이 페이지의 일부는 일본어 원문이 새로 바뀌었습니다. 그 부분은 일본어로 표시합니다.
stale-marked = 이 페이지의 일부는 일본어 원문이 바뀌기 전의 번역입니다. 최신 내용은 일본어 페이지에서 확인해 주십시오.
settings-stale = 원문이 바뀐 뒤의 오래된 번역
settings-stale-japanese = 일본어 원문 표시
settings-stale-mark = 오래된 번역을 표시하고, 페이지에 주의 문구 표시
settings-hide-unreviewed = 의료 번역가가 확인하지 않은 언어 숨기기
settings-language-status = 언어별 번역 상태
settings-language-reference = { $name }: 원문
settings-language-state = { $name }: 전체 { $total }건 중 번역 { $translated }건, 확인 완료 { $reviewed }건, 오래된 번역 { $stale }건
