# The glossary. Each value is the term exactly as the pages write it.
# .explanation is the short explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend (every screen)
glossary-broad-sense = 넓은 의미
    .explanation = 말이 가리키는 범위를 넓게 잡았다는 뜻입니다. ‘면역요법(넓은 의미)’은 효과가 입증되지 않은 것까지 포함한, 면역요법이라고 불리는 치료 전체입니다.

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = 승인
    .explanation = 국가가 인정하는 것입니다. 약 등을 정해진 질병의 치료에 써도 된다고 인정하는 것을 말합니다.

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = 면역관문억제제
    .explanation = 암세포가 면역에 건 ‘브레이크’를 푸는 약입니다. 암세포를 직접 공격하는 것이 아니라, T세포가 다시 암세포를 공격할 수 있게 합니다.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = 자유진료
    .explanation = 공적 의료보험을 쓸 수 없어서, 비용을 전액 본인이 내는 의료입니다. 효과가 입증되지 않은 치료가 비싼 비용으로 행해지는 경우가 있습니다.

# Used on: core-4, detail-5
glossary-insured-care = 보험진료
    .explanation = 공적 의료보험을 쓸 수 있는 진료입니다. 효과가 입증된 면역요법은 정해진 암에 보험진료로 쓸 수 있습니다.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = 임상시험
    .explanation = 새로운 치료의 효과나 안전성을, 환자의 참가를 받아 조사하는 연구입니다. 참가하려면 조건이 있습니다.

# Used on: core-4, detail-5
glossary-approval-trial = 승인용 임상시험
    .explanation = 임상시험 가운데, 약 등에 대한 국가의 승인을 목표로 하는 것입니다.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = 부작용
    .explanation = 약이나 치료 때문에 몸에 생기는 좋지 않은 변화입니다. 면역요법의 부작용은 치료를 마친 뒤에 나타나기도 합니다.

# Used on: detail-4
glossary-immune-related-side-effect = 면역 관련 이상반응
    .explanation = 면역의 브레이크를 풀었기 때문에, 면역이 몸의 정상적인 장기에 염증을 일으키는 것입니다. 피부, 장, 간, 폐, 호르몬을 만드는 장기 등에 생깁니다.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = CAR-T세포 요법
    .explanation = 환자 본인의 T세포를 바탕으로 치료용 세포를 만들어, 정맥 주사(점적)로 몸에 되돌려 넣는 치료입니다. B세포 혈액암의 일부와 다발골수종에 쓰입니다.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = 사이토카인 방출 증후군
    .explanation = 사이토카인이라는 물질이 몸속에서 갑자기 늘어나 생기는 심한 부작용입니다. CAR-T세포 요법 등에서 생길 수 있어서, 시작하고 한동안은 주의 깊게 상태를 지켜봅니다.

# Used on: detail-4
glossary-autoimmune = 자가면역
    .explanation = 자가면역 질환은 면역이 자기 몸을 공격해 버리는 병입니다. 하시모토병, 궤양성 대장염 등이 있습니다.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H, TMB-H
    .explanation = 암의 유전자를 조사하는 검사로 알 수 있는, 암의 성질을 나타내는 이름입니다. 이 결과가 나온 암에는 혈액암이 아니어도 면역관문억제제를 쓸 수 있는 경우가 있습니다.

# Used on: detail-5
glossary-nk-cell = NK세포
    .explanation = 태어날 때부터 몸에 있는 면역을 맡는 백혈구의 한 종류입니다. 일본임상종양학회는 NK세포 요법을 권하지 않습니다.

# Used on: detail-5
glossary-brm = BRM
    .explanation = BRM 요법은 면역의 작용을 강하게 한다고 하는 물질을 쓰는 치료입니다. 자유진료로 행해지고 있지만, 효과는 입증되지 않았습니다.

# Used on: detail-5
glossary-alpha-beta-t-cell = αβT세포
    .explanation = T세포의 한 종류입니다. αβT세포 요법은 이 세포의 작용을 몸 밖에서 강하게 한 뒤 몸에 되돌려 넣는 치료입니다. 효과는 입증되지 않았습니다.

# Used on: detail-5
glossary-gamma-delta-t-cell = γδT세포
    .explanation = T세포의 한 종류입니다. γδT세포 요법은 이 세포의 작용을 몸 밖에서 강하게 한 뒤 몸에 되돌려 넣는 치료입니다. 효과는 입증되지 않았습니다.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = BCG 요법은 초기 방광암을 수술로 떼어 낸 뒤, BCG라는 약을 방광 안에 넣는 치료입니다. 효과가 입증된 면역요법의 하나입니다.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = 일본의 임상시험을 등록하고 있는 국가의 사이트입니다. 어떤 임상시험이 행해지고 있는지 찾아볼 수 있습니다.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = T세포의 표면에 있는 단백질입니다. 다른 세포의 PD-L1이 여기에 결합하면 T세포는 공격을 멈춥니다.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = T세포의 PD-1에 결합해, T세포의 공격을 멈추게 하는 단백질입니다. 암세포 중에는 PD-L1을 많이 가진 것이 있습니다.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = 면역의 브레이크로 작용하는 단백질의 한 종류입니다. 이필리무맙 등의 약이 이 브레이크를 풉니다.

# Used on: core-1, detail-5
glossary-dendritic-cell = 수지상세포
    .explanation = 암세포의 표식을 T세포에 전달하는 세포입니다. 표식을 기억한 T세포는 암세포를 공격합니다.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = T세포
    .explanation = 백혈구의 한 종류로, 암세포를 찾아내 공격할 수 있는 세포입니다.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = 암 상담지원센터
    .explanation = 전국의 암 진료 연계 거점병원 등에 있는 상담 창구입니다. 상담은 무료이며, 그 병원에 다니지 않는 사람도 상담할 수 있습니다.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = 세컨드 오피니언
    .explanation = 지금의 담당 의사와는 다른 의사에게 치료에 대한 의견을 듣는 것입니다.

# Used on: detail-5
glossary-advanced-care = 선진의료
    .explanation = 공적 의료보험을 아직 쓸 수 없는 새로운 의료 가운데, 국가가 인정한 것입니다. 예외로서 보험진료와 조합해 받는 것이 인정되어 있습니다.

# Used on: detail-5
glossary-mixed-care = 혼합진료
    .explanation = 보험진료와 자유진료를 조합해 받는 것입니다. 원칙적으로 인정되지 않습니다.
