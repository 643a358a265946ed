## Five things to know first (5 points)

track-core-title = 먼저 알아 두어야 할 것
track-core-summary = 면역요법에 대해 처음에 알아 두어야 할 5가지 포인트입니다.

## Tags, QR code captions and sources (used on every page)

tag-proven = 면역요법(효과 입증)
tag-broad = 면역요법(넓은 의미)
link-ganjoho = 일본 국립암연구센터 ‘암 정보 서비스’ 첫 페이지
link-ganjoho-immunotherapy = 암 정보 서비스 ‘면역요법’ 페이지
link-cisc = 암 정보 서비스 ‘암 상담지원센터’ 페이지
link-support-center = 암 정보 서비스 서포트센터(전화 상담) 페이지
link-jrct = 임상시험을 찾을 수 있는 사이트 ‘jRCT’
link-mhlw-hospitals = 후생노동성 ‘암 진료 연계 거점병원’ 목록 페이지
source-ganjoho = 일본 국립암연구센터 암 정보 서비스
source-jsmo = 일본임상종양학회 “암 면역요법 가이드라인”
source-jsmo-statements = 일본임상종양학회의 성명(2016년, 2019년)
source-immunology = 암 면역 연구 해설(국립암연구센터 연구소 등)
source-patient-info = 해외 암 단체의 환자용 정보(미국암학회 등)
source-news = 신문과 의료 뉴스 보도
source-makers = 제약회사의 발표와 환자용 자료
source-mhlw = 후생노동성 통지
source-reviews = 의학·간호 전문지의 총설과 해설
source-hospitals = 대학병원과 학회의 환자용 자료
source-patients-federation = 전국 암환자단체연합회의 성명(2018년)
source-clinic-prices = 의료기관이 공개한 요금(예)
source-keynote-001 = 임상시험 ‘KEYNOTE-001’의 5년 후 보고(2019년)
source-checkmate-067 = 임상시험 ‘CheckMate 067’의 5년 후 보고(2019년)

## 1. Our bodies remove the cancer cells that form, by immunity

core-1-title = 우리 몸은 생겨난 암세포를 면역으로 없애고 있습니다
core-1-lead = 몸에는 암세포를 찾아내 없애는 ‘면역’이라는 체계가 있습니다.
core-1-p-white-cells = 면역의 역할을 맡고 있는 것은 혈액 속의 백혈구입니다.
core-1-p-t-cells = 백혈구의 한 종류인 ‘T세포’는 암세포를 찾아내 공격할 수 있습니다.
core-1-p-dendritic = ‘수지상세포’라는 세포는 암세포의 표식을 T세포에 전달합니다. 표식을 기억한 T세포는 암이 있는 곳으로 이동해 암세포를 공격합니다.
core-1-h-stages = 암이 생기기까지의 3단계
core-1-p-stages = 면역과 암세포의 관계는 다음 3단계로 설명됩니다.
core-1-stage-remove = 없애는 단계: 손상된 세포는 면역에 발견되어 제거됩니다.
core-1-stage-balance = 균형을 이루는 단계: 없애기 어려운 세포가 면역과 균형을 이룬 채 남습니다.
core-1-stage-escape = 빠져나가는 단계: 면역을 억제하는 힘을 가진 세포가 늘어나, 암으로 발견되게 됩니다.
core-1-p-brake = T세포가 약해지거나 암세포가 면역에 ‘브레이크’를 걸면, 면역은 암을 없앨 수 없게 됩니다.

## 2. Immunotherapy treats cancer by restoring the immune system's own power

core-2-title = 면역요법은 면역 본래의 힘을 되살려 암을 치료하는 방법입니다
core-2-lead = 현재 효과가 입증된 주요 약은, 암세포가 면역에 건 ‘브레이크’를 푸는 약입니다.
core-2-p-checkpoint = 면역에는 몸의 정상적인 부분을 공격하지 않게 하는 ‘브레이크’ 장치가 있습니다. 이것을 ‘면역관문’이라고 부릅니다.
core-2-p-pd1 = T세포의 표면에는 ‘PD-1’이라는 단백질이 있습니다. 다른 세포의 ‘PD-L1’이라는 단백질이 여기에 결합하면, T세포는 공격을 멈춥니다.
core-2-p-cancer-pdl1 = 암세포 중에는 PD-L1을 많이 가진 것이 있습니다.
core-2-h-medicine = 브레이크를 푸는 약
core-2-p-inhibitor = ‘면역관문억제제’는 인공적으로 만든 항체 약입니다. 브레이크 신호를 차단합니다.
core-2-p-how = 약이 암세포를 직접 공격하는 것은 아닙니다. T세포가 다시 암세포를 공격할 수 있게 합니다. 대부분 정맥 주사(점적)로 맞습니다.
core-2-p-ctla4 = ‘CTLA-4’라는 단백질도 다른 종류의 브레이크입니다. 이 브레이크를 푸는 약도 있습니다.
core-2-p-nobel = 2018년에 혼조 다스쿠 씨와 제임스 앨리슨 씨가 노벨 생리의학상을 받았습니다. 면역의 브레이크를 푸는 암 치료를 발견한 공로를 인정받았습니다.

## 3. Only some immunotherapies have a clear effect

core-3-title = 효과가 분명한 면역요법은 한정되어 있습니다
core-3-lead = ‘면역요법’이라고 불리는 치료 중 효과가 입증된 것은 아직 일부뿐입니다.
core-3-p-word = ‘면역요법’이라는 말은 여러 가지 치료에 쓰이고 있습니다.
core-3-p-two-names = 그중에는 효과가 입증된 치료와 입증되지 않은 치료가 있습니다. 이 안내에서는 다음과 같이 두 가지 이름을 사용합니다.
core-3-card-broad-title = 면역요법이라고 불리는 치료 전체
core-3-card-broad-p1 = 효과가 입증된 면역요법과 효과가 입증되지 않은 면역요법을 모두 포함합니다. 효과가 입증되지 않은 것도 많이 있습니다.
core-3-card-broad-p2 = 이 안내에서는 ‘면역요법(넓은 의미)’이라고 부릅니다.
core-3-card-proven-title = 효과가 입증된 면역요법
core-3-card-proven-p1 = 임상시험 등의 연구에서 효과가 과학적으로 입증된 치료입니다. 공적 의료보험을 사용할 수 있습니다. 이 안내에서는 ‘면역요법(효과 입증)’이라고 부릅니다.
core-3-card-proven-p2 = 주요한 것은 ‘면역관문억제제’입니다.
core-3-card-proven-p3 = 그 밖에 방광암의 BCG 요법이 있습니다. 일부 혈액암의 CAR-T세포 요법 등도 있습니다.
core-3-card-proven-limit-cancer = 사용할 수 있는 것은 정해진 종류의 암뿐입니다.
core-3-card-proven-limit-stage = 암의 진행 정도나 검사 결과에 따라 사용할 수 있는지가 정해지기도 합니다.
core-3-card-proven-limit-ask = 어떤 약이 맞는지는 암에 따라 다릅니다. 담당 의사에게 확인해 주십시오.
core-3-p-some-patients = 효과가 입증된 치료라도 효과가 있는 사람은 일부입니다. 암이 작아지는 사람은 암의 종류나 약에 따라 다르지만, 약 15～40%입니다.

## 4. Immunotherapy in the broad sense given as self-pay care needs careful checking

core-4-title = 자유진료로 하는 면역요법(넓은 의미)은 신중한 확인이 필요합니다
core-4-lead = 자유진료에서는 공적 의료보험을 사용할 수 없습니다. 자유진료 면역요법을 생각하고 있다면, 선택하기 전에 반드시 상담해 주십시오.
core-4-p-self-pay = 자유진료란 공적 의료보험을 사용할 수 없어서, 비용을 전액 본인이 내는 의료입니다.
core-4-p-not-insured = 효과가 입증되지 않은 치료는 보험진료로 인정되지 않습니다. 그래서 이런 치료를 자유진료로 하는 의료기관이 있습니다. 비용이 많이 드는 경우도 있습니다.
core-4-p-misuse = 자유진료 의료기관에서 면역관문억제제를 올바르지 않게 사용한 사례가 있습니다. 정해진 양보다 적게 쓰거나, 인정되지 않은 암에 쓴 사례입니다. 부작용에 충분히 대응하지 못한 사례도 있습니다.
core-4-p-jsmo = 효과가 입증되지 않은 치료는 임상시험 안에서 해야 합니다. 일본임상종양학회는 이렇게 밝히고 있습니다.
core-4-callout-title = 선택하기 전에 상담해 주십시오
core-4-callout-second-opinion = 자유진료 면역요법을 선택하기 전에, 다른 의사의 의견(세컨드 오피니언)을 들어 보십시오.
core-4-callout-trial-doctor = 의견은 임상시험이나 승인용 임상시험 등 연구 단계의 의료를 잘 아는 의사에게 듣기를 권합니다.
core-4-callout-ask = 누구에게 물어야 할지 모를 때에는 담당 의사나 암 상담지원센터(がん相談支援センター)에 상담해 주십시오.

## 5. Proven immunotherapy also has risks

core-5-title = 면역요법(효과 입증)에도 위험이 있습니다
core-5-lead = 효과가 입증된 면역요법이라도 심한 부작용이 나타날 수 있습니다.
core-5-p-why = 면역의 브레이크를 풀면, 면역이 자기 몸의 정상적인 장기까지 공격할 수 있습니다.
core-5-p-ten-percent = 일본임상종양학회가 2016년에 발표한 내용이 있습니다. 면역관문억제제를 1종류만 사용한 사람의 약 10%에게 심한 부작용이 나타났습니다. 생명이 위험할 수도 있습니다. 주요 예는 다음과 같습니다.
core-5-serious-lung = 폐의 염증: 간질성 폐질환
core-5-serious-thyroid = 갑상선 질환
core-5-serious-diabetes = 갑자기 생기는 제1형 당뇨병
core-5-serious-colitis = 대장의 염증: 대장염
core-5-serious-myasthenia = 근육에 힘이 잘 들어가지 않게 되는 병: 중증 근무력증
core-5-p-combination = 2종류의 약을 함께 사용하면 심한 부작용이 훨씬 많아집니다. 피부암의 한 종류인 악성 흑색종에서 임상시험 ‘CheckMate 067’이 실시되었습니다. 그 5년 후 보고에서는 2종류를 함께 사용한 사람의 59%에게 심한 부작용이 나타났습니다. 1종류만 사용한 사람에서는 23%와 28%였습니다. 약 10%와는 다른 보고이므로 그대로 비교할 수는 없습니다.
core-5-p-hospitals = 그래서 국가는 지침을 만들었습니다. 이 약을 공적 의료보험으로 사용할 때에는, 병원과 의사가 정해진 조건을 충족해야 합니다.
core-5-callout-title = 바로 병원에 연락해야 할 증상
core-5-callout-intro = 다음과 같은 증상이 나타나면, 가볍더라도 바로 치료받고 있는 병원에 연락해 주십시오. 치료를 마친 뒤에 나타나기도 합니다.
core-5-symptom-lung = 기침, 숨이 참, 발열
core-5-symptom-gut = 설사, 대변 횟수가 늘어남, 피가 섞인 변이나 검은 변
core-5-symptom-thirst = 목이 마름, 소변 횟수가 늘어남
core-5-symptom-tired = 나른함, 체중 변화
core-5-symptom-yellow = 피부나 눈의 흰자위가 노랗게 됨
core-5-symptom-weak = 팔다리에 힘이 들어가지 않음, 눈꺼풀이 처짐
core-5-callout-night = 밤이나 휴일에도 바로 연락해 주십시오. 연락처는 치료를 시작하기 전에 확인해 두십시오.
core-5-p-more = 다른 증상은 ‘생활과 요양·부작용’ 페이지에서 소개하고 있습니다.
