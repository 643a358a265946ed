## For readers who want to know more

track-details-title = 더 자세히 알고 싶은 분께
track-details-summary = 면역요법의 종류와 효과, 부작용에 대처하는 법, 의사에게 물어볼 것을 자세히 설명합니다.

## 1. About immunotherapy in general

detail-1-title = 면역요법 전반에 대하여
detail-1-lead = ‘면역요법’에는 여러 종류가 있습니다. 효과가 입증된 것과 입증되지 않은 것이 섞여 있습니다.
detail-1-h-what = 면역요법이란
detail-1-p-what = 면역요법은 면역의 힘을 이용해 암을 치료하는 방법입니다.
detail-1-p-attention = 면역요법이 널리 주목받게 된 계기는 면역관문억제제라는 약의 승인이었습니다.
detail-1-p-research = 다만 면역요법의 대부분은 아직 연구나 개발 단계에 있습니다.
detail-1-h-types = 면역요법의 종류
detail-1-p-guideline = 일본임상종양학회는 “암 면역요법 가이드라인”을 만들었습니다. 2016년에 초판, 2019년에 제2판, 2023년에 제3판이 나왔습니다. 가이드라인에서는 면역요법을 다음과 같은 종류로 나눕니다.
detail-1-type-checkpoint = 면역관문억제제: 면역의 브레이크를 푸는 약
detail-1-type-accelerator = 면역의 ‘액셀’을 강하게 하는 항체 약
detail-1-type-vaccine = 암 백신
detail-1-type-cells = T세포를 몸 밖에서 준비해 몸에 되돌려 넣는 치료. 효과가 입증된 것은 CAR-T세포 요법 등 일부뿐입니다.
detail-1-type-cytokine = 사이토카인이라는 물질을 약으로 쓰는 치료
detail-1-type-other = 면역을 억제하는 구조를 방해하는 그 밖의 약
detail-1-type-combination = 이것들을 조합하는 치료
detail-1-p-third-edition = 제3판에는 CAR-T세포 요법과, T세포와 암세포 양쪽에 결합하는 항체 약이 추가되었습니다.
detail-1-p-mixed = 같은 종류 안에도 효과가 입증된 치료와 입증되지 않은 치료가 있습니다. 자신의 암에 쓸 수 있는지는 담당 의사에게 확인해 주십시오.
detail-1-h-history = 지금까지의 발자취
detail-1-history-1957 = 1957년: 면역이 암세포를 감시하고 있다는 생각이 제시되었습니다.
detail-1-history-2014 = 2014년: 일본에서 처음으로 면역관문억제제가 승인되었습니다.
detail-1-history-2018 = 2018년: 면역의 브레이크를 푸는 암 치료의 발견에 노벨 생리의학상이 수여되었습니다.
detail-1-history-2019 = 2019년: 첫 CAR-T세포 요법 약에 공적 의료보험을 쓸 수 있게 되었습니다.
detail-1-card-ads-title = 광고 문구에 주의하십시오
detail-1-card-ads-p1 = 일부 의료기관은 면역요법을 ‘제4의 치료’, ‘부작용이 적다’ 등으로 광고하고 있습니다.
detail-1-card-ads-p2 = 그러나 효과가 입증된 면역관문억제제라도 심한 부작용이 나타날 수 있습니다.
detail-1-card-ads-p3 = 효과가 입증되지 않은 치료는 안전성도 입증되지 않았습니다.

## 2. Types of proven immunotherapy

detail-2-title = 면역요법(효과 입증)의 종류
detail-2-lead = 효과가 입증된 면역요법에는 몇 가지 종류가 있습니다. 각각 쓸 수 있는 암이 정해져 있습니다.
detail-2-card-checkpoint-title = 면역관문억제제
detail-2-checkpoint-p-first = 면역의 브레이크를 푸는 약입니다. 일본에서는 2014년 7월, 첫 번째 약인 니볼루맙이 피부암의 한 종류인 악성 흑색종에 승인되었습니다.
detail-2-checkpoint-p-list = 주요 약과, 약이 작용하는 단백질의 이름입니다. 괄호 안은 상품명입니다.
detail-2-drug-nivolumab = 니볼루맙(옵디보): PD-1
detail-2-drug-pembrolizumab = 펨브롤리주맙(키트루다): PD-1
detail-2-drug-cemiplimab = 세미플리맙(리브타요): PD-1
detail-2-drug-tislelizumab = 티슬렐리주맙(테빔브라): PD-1
detail-2-drug-ipilimumab = 이필리무맙(여보이): CTLA-4
detail-2-drug-tremelimumab = 트레멜리무맙(임주도): CTLA-4
detail-2-drug-atezolizumab = 아테졸리주맙(티쎈트릭): PD-L1
detail-2-drug-durvalumab = 더발루맙(임핀지): PD-L1
detail-2-drug-avelumab = 아벨루맙(바벤시오): PD-L1
detail-2-checkpoint-p-cancers = 승인된 암의 예입니다.
detail-2-cancer-skin = 악성 흑색종, 메르켈세포암
detail-2-cancer-lung = 폐암, 중피종
detail-2-cancer-head = 두경부암, 식도암, 위암
detail-2-cancer-digestive = 대장암의 일부, 간암, 담도암
detail-2-cancer-urinary = 신장암, 방광 등의 요로상피암
detail-2-cancer-women = 유방암의 일부, 자궁경부암, 자궁체부암
detail-2-cancer-blood = 호지킨 림프종
detail-2-checkpoint-p-msi = 다른 고형암(혈액암 이외의 암)에도 쓸 수 있는 경우가 있습니다. 특정 유전자 검사의 결과(MSI-H, TMB-H)에 따라 다릅니다.
detail-2-checkpoint-p-conditions = 어느 암이든 진행 정도, 지금까지의 치료, PD-L1 등의 검사 결과에 따라 쓸 수 있는지가 정해집니다.
detail-2-checkpoint-p-hospitals = 국가(후생노동성)는 이 약의 사용 지침을 만들었습니다. 공적 의료보험으로 쓸 때에는 병원과 의사가 정해진 조건을 충족해야 합니다.
detail-2-card-cart-title = CAR-T세포 요법
detail-2-cart-p-what = 환자 본인의 T세포를 바탕으로 치료용 세포를 만들어, 정맥 주사(점적)로 몸에 되돌려 넣는 치료입니다.
detail-2-cart-p-use = 일본에서는 2019년에 첫 CAR-T세포 요법이 승인되었습니다. 현재 CAR-T세포 요법을 쓸 수 있는 것은 B세포 혈액암의 일부와 다발골수종입니다. 고형암에 쓸 수 있는 것은 아직 없습니다.
detail-2-cart-p-steps = 치료의 흐름입니다.
detail-2-cart-step-collect = 혈액에서 세포를 모읍니다(4～5시간 정도).
detail-2-cart-step-make = 약 6주에 걸쳐 치료용 세포를 만듭니다.
detail-2-cart-step-chemo = 며칠 동안 항암제 치료를 받습니다.
detail-2-cart-step-drip = 만든 세포를 정맥 주사(점적)로 몸에 되돌려 넣습니다.
detail-2-card-bcg-title = 방광암의 BCG 요법
detail-2-bcg-p-what = 초기 방광암(근육층까지 퍼지지 않은 것)을 수술로 떼어 낸 뒤에 하는 치료입니다. 재발 위험이 중간 정도 이상인 경우에 BCG를 방광 안에 넣습니다. 항암제를 방광에 넣는 것보다 효과가 높다고 알려져 있습니다.
detail-2-bcg-p-schedule = 대부분 주 1회, 6～8주 계속합니다. 그 후 1～3년 계속하기도 합니다.
detail-2-bcg-p-side-effects = 부작용으로는 소변이 자주 마려움, 소변을 볼 때의 통증, 혈뇨, 발열 등이 있습니다. 드물게 폐의 염증이나 감염증이 생깁니다.
detail-2-card-cytokine-title = 사이토카인 요법
detail-2-cytokine-p-what = 인터페론 알파나 인터루킨-2라는 약을 쓰는 치료입니다. 신장암에 쓰이며, 인터루킨-2는 혈관육종에도 쓰입니다.
detail-2-cytokine-p-limits = 효과는 제한적이고, 쓸 수 있는 암도 적습니다. 부작용으로는 감기 같은 증상과 기분이 가라앉는 것이 있습니다.
detail-2-card-bispecific-title = T세포와 암세포를 연결하는 항체 약
detail-2-bispecific-p-what = T세포와 암세포 양쪽에 결합하는 항체 약입니다.
detail-2-bispecific-p-drugs = 일본에서 승인된 약의 예입니다. 이 밖에도 있습니다. 연도는 승인된 해입니다.
detail-2-bispecific-blinatumomab = 블리나투모맙: 급성 림프구성 백혈병의 일부, 2018년(일본에서 처음)
detail-2-bispecific-epcoritamab = 엡코리타맙: 림프종의 일부, 2023년
detail-2-bispecific-elranatamab = 엘라나타맙: 다발골수종, 2024년
detail-2-bispecific-teclistamab = 테클리스타맙: 다발골수종, 2024년
detail-2-bispecific-tarlatamab = 탈라타맙: 소세포폐암(항암제 치료 후), 2024년
detail-2-bispecific-p-care = ‘사이토카인 방출 증후군’이라는 심한 부작용이 생길 수 있습니다. 이 종류의 약에서는 이 부작용이나 심한 감염증으로 사망한 사례가 보고되었습니다.
detail-2-p-ask = 자신의 암에 쓸 수 있는 치료인지는 담당 의사에게 확인해 주십시오.

## 3. How well proven immunotherapy works

detail-3-title = 면역요법(효과 입증)의 효과에 대하여
detail-3-lead = 효과가 입증된 면역요법이라도 잘 듣는 사람은 일부입니다.
detail-3-card-who-title = 얼마나 많은 사람에게 효과가 있는가
detail-3-who-p-shrink = 암이 작아진 사람의 비율을 ‘반응률’이라고 합니다. 반응률은 암의 종류나 약에 따라 다르지만, 약 15～40%입니다.
detail-3-who-p-lasting = 효과가 있었던 사람 중에는 몇 년 동안 효과가 계속되는 사람이 있습니다. 약을 끊은 뒤에도 효과가 계속되기도 합니다.
detail-3-who-p-faster = 한편, 약을 쓰기 시작한 뒤 암이 오히려 빨리 커지는 사람도 있습니다.
detail-3-who-p-depends = 효과를 기대할 수 있는지는 암의 종류나 진행 정도, 검사 결과에 따라 다릅니다.
detail-3-card-survival-title = 5년 후 결과의 예
detail-3-survival-p-intro = 임상시험에서 치료를 시작하고 5년 후에 살아 있던 사람의 비율입니다.
detail-3-survival-h-lung = 진행된 폐암: 임상시험 ‘KEYNOTE-001’, 펨브롤리주맙(키트루다)만으로 치료
detail-3-lung-first = 첫 치료로 쓴 사람: 23.2%
detail-3-lung-later = 다른 치료 후에 쓴 사람: 15.5%
detail-3-lung-before = 이 약이 쓰이기 전에는 약 5%였습니다.
detail-3-survival-h-melanoma = 진행된 악성 흑색종: 임상시험 ‘CheckMate 067’
detail-3-melanoma-both = 니볼루맙과 이필리무맙을 함께 쓴 사람: 52%
detail-3-melanoma-nivolumab = 니볼루맙만 쓴 사람: 44%
detail-3-melanoma-ipilimumab = 이필리무맙만 쓴 사람: 26%
detail-3-melanoma-p-side-effects = 이 시험의 5년 후 보고에서, 치료로 인한 심한 부작용이 나타난 사람은 위에서부터 차례로 59%, 23%, 28%였습니다.
detail-3-melanoma-p-compare = 2종류의 약을 함께 쓰면 심한 부작용이 훨씬 많아집니다. ‘면역요법(효과 입증)에도 위험이 있습니다’ 페이지의 약 10%는, 약 1종류에 대한 다른 보고의 수치입니다.
detail-3-p-not-you = 이것은 시험에 참가한 사람들의 결과입니다. 한 사람 한 사람의 앞날을 보여 주는 것은 아닙니다. 자세한 것은 담당 의사에게 물어보십시오.

## 4. Daily life, care and side effects

detail-4-title = 생활과 요양·부작용
detail-4-lead = 부작용은 빨리 발견해 치료하는 것이 중요합니다. 평소와 다른 증상이 있으면 바로 병원에 알려 주십시오.
detail-4-card-irae-title = 면역 작용으로 생기는 부작용
detail-4-irae-p-what = 면역의 브레이크를 풀면, 면역이 몸의 정상적인 장기에 염증을 일으킬 수 있습니다. 이것을 ‘면역 관련 이상반응’이라고 부릅니다.
detail-4-irae-p-where = 잘 생기는 곳은 피부, 장, 간, 폐, 호르몬을 만드는 장기입니다. 신장, 신경, 근육, 심장, 눈에 생기기도 합니다.
detail-4-irae-p-treat = 치료에는 스테로이드나, 부족해진 호르몬을 보충하는 약 등을 씁니다.
detail-4-irae-p-hormone = 호르몬 이상은 나른함이나 식욕이 없는 것 등 흔한 증상과 비슷해서, 알아차리기 어려울 수 있습니다.
detail-4-card-when-title = 언제 생기는가
detail-4-when-p-months = 대부분은 치료를 시작하고 몇 달 안에 생깁니다. 그러나 더 나중이나 치료를 마친 뒤에 생기기도 합니다. 그래서 치료 후에도 주의가 필요합니다.
detail-4-when-p-fatal = 부작용으로 사망하는 사람은 0.4～1.2%라고 보고되어 있습니다.
detail-4-callout-title = 바로 병원에 연락해야 할 증상
detail-4-callout-intro = 다음 증상이 하나라도 있으면, 가볍더라도 바로 치료받고 있는 병원에 연락해 주십시오. 밤이나 휴일에도 마찬가지입니다.
detail-4-symptoms-lung = 가래가 나오지 않는 기침, 숨이 참, 발열
detail-4-symptoms-gut = 설사, 대변 횟수가 늘어남, 피가 섞인 변이나 검은 변, 배가 아픔
detail-4-symptoms-thirst = 목이 마름, 물을 많이 마심, 소변 횟수가 늘어남, 메스꺼움, 구토
detail-4-symptoms-general = 나른함, 체중 변화, 짜증이 남, 두통
detail-4-symptoms-yellow = 피부나 눈의 흰자위가 노랗게 됨
detail-4-symptoms-kidney = 소변이 줄어듦, 몸이 부음
detail-4-symptoms-muscle = 팔다리에 힘이 들어가지 않음, 눈꺼풀이 처짐, 근육 통증
detail-4-symptoms-skin = 발진, 가려움, 심한 구내염
detail-4-symptoms-heart = 두근거림, 어지러움
detail-4-symptoms-eyes = 눈의 충혈이나 통증, 흐릿하게 보임
detail-4-symptoms-confusion = 머리가 혼란스러움, 멍해짐
detail-4-callout-quickly = 가벼운 증상이라도 갑자기 심해질 수 있습니다. 부작용을 빨리 치료하면 면역요법을 계속할 수 있는 경우도 있습니다.
detail-4-callout-no-self-care = 시판약이나 영양제로 스스로 고치려고 하지 마십시오.
detail-4-card-before-title = 치료를 시작하기 전에
detail-4-before-illness = 자가면역 질환이나 폐 질환이 있는 사람은 담당 의사에게 알려 주십시오. 자가면역 질환에는 하시모토병, 궤양성 대장염 등이 있습니다.
detail-4-before-pregnancy = 임신이나 수유 가능성이 있는 사람, 또는 그럴 예정이 있는 사람은 치료를 시작하기 전에 담당 의사에게 알려 주십시오.
detail-4-before-contact = 밤이나 휴일에 연락할 곳을 미리 확인해 두십시오.
detail-4-card-daily-title = 매일의 생활에서
detail-4-daily-card = 환자 카드를 받으면 항상 가지고 다니십시오. 다른 병원이나 약국에서도 보여 주십시오.
detail-4-daily-medicines = 영양제, 항생제, 스테로이드 등을 쓸 때에는 치료받고 있는 병원에 알려 주십시오.
detail-4-card-cart-title = CAR-T세포 요법 등을 받는 분께
detail-4-cart-p-watch = CAR-T세포 요법에는 주의해야 할 부작용이 있습니다. ‘사이토카인 방출 증후군’과 신경 증상입니다. T세포와 암세포를 연결하는 항체 약에서도 같은 부작용이 생길 수 있습니다. 그래서 시작하고 한동안은 입원하는 등 주의 깊게 상태를 지켜봅니다.

## 5. Immunotherapy in the broad sense under research: immunotherapy that needs careful checking

detail-5-title = 연구 개발 중인 면역요법(넓은 의미): 신중한 확인이 필요한 면역요법
detail-5-lead = 연구 단계의 면역요법은 효과도 안전성도 입증되지 않았습니다. 받기 전에 신중하게 확인해 주십시오.
detail-5-card-offered-title = 자유진료로 흔히 하는 치료
detail-5-offered-p-intro = 자유진료 의료기관에서는 다음과 같은 면역요법을 흔히 하고 있습니다.
detail-5-offered-lymphocytes = 활성화 림프구 요법(αβT세포 요법, γδT세포 요법 등)
detail-5-offered-nk = NK세포 요법
detail-5-offered-dendritic = 수지상세포 백신 요법
detail-5-offered-peptide = 펩타이드 백신 요법
detail-5-offered-brm = BRM 요법
detail-5-offered-combined = 이것들을 조합한 치료. 면역관문억제제를 조합하는 것도 있습니다.
detail-5-card-experts-title = 전문가의 견해
detail-5-experts-p-2016 = 일본임상종양학회는 2016년 12월에 가이드라인을 냈습니다. 그 안에서 수지상세포 백신, NK세포 요법, 펩타이드 백신을 권하지 않고 있습니다.
detail-5-experts-p-pancreas = 췌장암에서 펩타이드 백신의 임상시험이 2012년과 2013년에 보고되었습니다. 효과는 나타나지 않았습니다.
detail-5-experts-p-patients = 2018년에 전국 암환자단체연합회가 자유진료 면역요법에 대해 성명을 냈습니다. 효과나 안전성이 입증되지 않은 점을 우려하고 있습니다. 갑자기 상태가 나빠졌을 때의 대응이 충분하지 않은 의료기관이 있다는 점도 지적하고 있습니다.
detail-5-experts-p-2019 = 2019년에는 일본임상종양학회가 다시 주의를 당부했습니다. 승인되지 않은 세포 요법이나 백신은 효과도 안전성도 입증되지 않았습니다. 면역관문억제제를 적은 양으로 쓰는 것이나, 인정되지 않은 암에 쓰는 것도 위험하다고 했습니다.
detail-5-card-law-title = 국가에 계획을 제출했더라도 ‘효과의 입증’은 아닙니다
detail-5-law-p-act = 2014년 11월 25일에 ‘재생의료 등 안전성 확보법’이 시행되었습니다.
detail-5-law-p-plan = 이 법률에 따라, 이러한 세포를 쓰는 치료를 하려면 계획을 국가(후생노동성)에 제출해야 합니다. 치료는 안전 면의 위험성 정도에 따라 나뉩니다.
detail-5-law-p-not-proof = 계획이 제출되어 있더라도 그 치료에 효과가 있다는 뜻은 아닙니다.
detail-5-card-cost-title = 비용
detail-5-cost-p-amount = 비용은 전액 본인 부담입니다. 1코스에 200만～400만 엔 정도 드는 경우가 많습니다.
detail-5-cost-p-mixed = 보험진료와 자유진료를 조합해 받는 것(혼합진료)은 원칙적으로 인정되지 않습니다. 예외는 승인용 임상시험이나, 국가가 인정한 선진의료 등입니다. 그래서 자유진료와 관련된 검사 비용도 본인 부담이 됩니다.
detail-5-callout-title = 선택하기 전에 반드시 상담해 주십시오
detail-5-callout-doctor = 자유진료 면역요법을 선택하기 전에, 먼저 담당 의사와 상담해 주십시오.
detail-5-callout-second-opinion = 임상시험이나 승인용 임상시험 등 연구 단계의 의료를 잘 아는 의사에게 다른 의견(세컨드 오피니언)을 들어 보십시오.
detail-5-callout-center = 누구와 상담해야 할지 모를 때에는 암 상담지원센터에서 상담할 수 있습니다. 상담은 무료입니다.
detail-5-card-trials-title = 임상시험이라는 선택지
detail-5-trials-p-law = 새로운 치료를 시도해 보고 싶을 때에는 임상시험에 참가할 수 있는 경우가 있습니다. 2018년 4월에는 임상연구의 규칙을 정한 ‘임상연구법’이 시행되었습니다.
detail-5-trials-p-search = 임상시험은 국가의 등록 사이트 ‘jRCT’에서 찾아볼 수 있습니다. 암 정보 서비스의 ‘암 임상시험 찾기’에서도 찾을 수 있습니다.
detail-5-trials-p-conditions = 참가하려면 조건이 있습니다. 표준치료를 받는 그룹에 배정될 수도 있습니다.
detail-5-trials-p-ask = 참가를 생각하고 있다면 먼저 담당 의사와 상담해 주십시오.

## 6. What to ask your doctor

detail-6-title = 의사에게 무엇을 물어보면 좋을까
detail-6-lead = 치료에 대해 모르는 것은 망설이지 말고 담당 의사에게 물어보십시오.
detail-6-p-memo = 묻고 싶은 것을 메모해서 가져가면, 잊지 않고 물어볼 수 있습니다.
detail-6-card-treatment-title = 권유받은 치료에 대해 물어볼 것
detail-6-ask-what = 어떤 치료입니까? 왜 저에게 권합니까?
detail-6-ask-goal = 치료의 목적은 무엇입니까?
detail-6-ask-approved = 제 암과 그 진행 정도에 승인되어 있고, 공적 의료보험을 쓸 수 있는 치료입니까?
detail-6-ask-together = 그 밖에 어떤 치료를 함께 받습니까?
detail-6-ask-schedule = 얼마 간격으로, 어디에서, 언제까지 받습니까?
detail-6-ask-working = 효과가 있는지는 어떻게 알 수 있습니까?
detail-6-ask-side-effects = 바로 연락해야 할 부작용은 무엇입니까? 밤이나 휴일에는 어디로 연락하면 됩니까?
detail-6-ask-trials = 제가 참가할 수 있는 임상시험이 있습니까?
detail-6-ask-cost = 비용은 얼마나 듭니까?
detail-6-ask-medicines = 다른 약이나 백신을 써도 됩니까?
detail-6-card-self-pay-title = 공적 의료보험을 쓸 수 없는 치료를 권유받았다면
detail-6-self-pay-p-intro = 자유진료 의료기관에서 면역요법 등을 권유받았다면, 다음을 확인하십시오.
detail-6-self-pay-dose = 정해진 양과 방법으로 하는 치료입니까?
detail-6-self-pay-trials = 대규모 임상시험에서 효과가 입증되었습니까?
detail-6-self-pay-who = 어떤 사람에게, 얼마 동안 효과가 있었습니까?
detail-6-self-pay-worse = 상태가 나빠졌을 때나 부작용이 나타났을 때는 어떻게 됩니까?
detail-6-card-second-opinion-title = 세컨드 오피니언을 받을 때
detail-6-second-opinion-p-what = 세컨드 오피니언이란, 지금의 담당 의사와는 다른 의사에게 치료에 대한 의견을 듣는 것입니다.
detail-6-second-opinion-letter = 담당 의사에게 소개장을 써 달라고 하고, 영상 검사와 병리 검사 결과도 가져가십시오.
detail-6-second-opinion-beware = ‘무료 암 상담’을 내세워 비싼 자유진료로 이끄는 사이트에 주의하십시오.
detail-6-second-opinion-center = 암 상담지원센터에서는 병원이나 세컨드 오피니언 의사를 찾는 것을 도와줍니다.
