## About this information

about-title = 이 정보에 대하여
about-p-general = 이 안내는 암 면역요법에 대한 일반적인 정보입니다. 각자의 병세에 맞춘 조언이 아닙니다.
about-p-decide = 본인의 치료는 담당 의사와 상담해서 정해 주십시오.
about-translation-unreviewed = 이 번역은 아직 의료 번역가의 확인을 받지 않았습니다.
about-translation-reviewed = 이 번역은 { $date }에 의료 번역가가 확인했습니다.
about-h-basis = 이 정보의 근거
about-basis-release = 일본 국립암연구센터의 발표(2017년 3월 31일): 암 정보 서비스의 면역요법 정보를 새로 고쳤다는 안내
about-basis-ganjoho = 일본 국립암연구센터 ‘암 정보 서비스’(ganjoho.jp)
about-basis-jsmo = 일본임상종양학회 “암 면역요법 가이드라인”
about-basis-others = 임상시험 보고, 제약회사와 후생노동성의 발표, 전문지의 총설, 의료기관이 공개한 요금 등입니다. 수치의 근거는 각 페이지의 ‘출처’에 나와 있습니다.
about-p-changes = 공식 페이지의 내용은 새로운 정보에 맞추어 바뀝니다. 이 안내의 각 페이지에는 내용을 확인한 날짜를 표시하고 있습니다. 최신 정보는 ‘암 정보 서비스’에서 확인해 주십시오.
about-h-ask = 모르는 것이 있을 때에는
about-p-ask = 치료에 대한 궁금한 점은 담당 의사에게 물어보십시오. 암 상담지원센터에서도 상담할 수 있습니다.
about-h-privacy = 이 단말기의 이용 기록에 대하여
about-p-privacy = 이 단말기는 페이지가 열린 횟수 등을 하루별 합계로 기록합니다. 누가, 언제, 어떤 순서로 보았는지는 기록하지 않습니다. 입력된 글자도 기록하지 않습니다. 개인을 알아볼 수 있는 정보는 남지 않습니다.

## General advice on where to ask (shown when the hospital has set no desk of its own)

consult-general-title = 상담할 수 있는 창구
consult-general-body = 전국의 암 진료 연계 거점병원 등에 ‘암 상담지원센터(がん相談支援センター)’가 있습니다. 상담은 무료이며, 이름을 밝히지 않고 상담할 수도 있습니다. 그 병원에 다니지 않는 사람도 직접 방문하거나 전화로 상담할 수 있습니다.
consult-support-center = ‘암 정보 서비스 서포트센터(がん情報サービスサポートセンター)’에서도 전화로 상담할 수 있습니다. 전화번호는 0570-02-3410이며, 평일 10시부터 15시까지입니다. 일반적인 정보를 전하는 창구이며, 각자의 병세에 대한 의학적 판단은 하지 않습니다.
about-h-voices = 읽어 주기 음성에 대하여
about-p-voices = ‘읽어 주기’ 음성은 이 단말기 안에서 만듭니다. 읽어 주는 문장을 외부로 보내지 않습니다. 사용하는 소프트웨어와 음성은 다음과 같습니다.
about-voice-ja = 일본어: Open JTalk와 HTS Voice ‘Mei’(© 2009-2013 나고야공업대학, CC BY 3.0)
about-voice-en = 영어: Festival과 음성 ‘CMU US SLT’(에든버러 대학교, 카네기멜런 대학교)
