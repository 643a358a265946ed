# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure. The label positions are in the Figure blocks
# of assets/content.ron. The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = 왼쪽에서는 T세포가 암세포를 공격해 없애고 있습니다. 오른쪽에서는 암세포가 T세포에 브레이크를 걸고 있습니다. 없어지지 않은 암세포가 늘어나고 있습니다.
figure-core-1-tcell = T세포
figure-core-1-removed = 암세포가 제거됨
figure-core-1-brake = 브레이크
figure-core-1-grow = 암세포가 남아 늘어남

## core-2

figure-core-2-alt = 왼쪽에서는 암세포의 PD-L1이 T세포의 PD-1에 결합해 브레이크가 걸려 있습니다. 오른쪽에서는 약이 PD-1을 막아 브레이크를 풀고 있습니다. T세포는 다시 암세포를 공격하고 있습니다.
figure-core-2-pd1 = T세포의 PD-1
figure-core-2-pdl1 = 암세포의 PD-L1
figure-core-2-medicine = 브레이크를 푸는 약
figure-core-2-attack = 다시 공격

## core-3

figure-core-3-alt = 큰 원은 면역요법이라고 불리는 치료 전체입니다. 그 안의 작은 원이 효과가 입증된 면역요법입니다. 효과가 입증된 것은 아직 일부뿐입니다.
figure-core-3-broad = 면역요법(넓은 의미)
figure-core-3-unproven = 효과가 입증되지 않은 것
figure-core-3-proven = 면역요법(효과 입증)

## core-4

figure-core-4-alt = 왼쪽의 환자는 먼저 담당 의사나 암 상담지원센터에 상담합니다. 다음으로 다른 의사의 의견(세컨드 오피니언)을 듣습니다. 자유진료를 선택할지는 그다음에 생각합니다.
figure-core-4-doctor = 담당 의사
figure-core-4-center = 암 상담지원센터
figure-core-4-second-opinion = 세컨드 오피니언
figure-core-4-self-pay = 자유진료

## core-5

figure-core-5-alt = 사람 몸의 그림입니다. 부작용이 잘 생기는 곳으로 호르몬을 만드는 장기, 폐, 간, 장, 피부에 표시가 되어 있습니다.
figure-core-5-hormone = 호르몬을 만드는 장기
figure-core-5-lungs = 폐
figure-core-5-liver = 간
figure-core-5-skin = 피부
figure-core-5-gut = 장

## detail-1

figure-detail-1-alt = 가이드라인에 따른 면역요법의 주요 종류를 5개의 그림으로 보여 줍니다. 면역의 브레이크를 푸는 약, 암 백신, T세포를 몸에 되돌려 넣는 치료, 사이토카인, 그 밖의 약과 조합입니다.
figure-detail-1-checkpoint = 브레이크를 푸는 약
figure-detail-1-vaccine = 암 백신
figure-detail-1-cells = T세포를 되돌려 넣는 치료
figure-detail-1-cytokine = 사이토카인
figure-detail-1-other = 조합 등

## detail-2

figure-detail-2-alt = CAR-T세포 요법의 흐름입니다. 혈액에서 세포를 모으고, 약 6주에 걸쳐 치료용 세포를 만듭니다. 며칠 동안 항암제 치료를 받은 뒤, 만든 세포를 정맥 주사(점적)로 몸에 되돌려 넣습니다.
figure-detail-2-collect = 혈액에서 세포를 모음
figure-detail-2-make = 약 6주에 걸쳐 만듦
figure-detail-2-chemo = 며칠 동안 항암제
figure-detail-2-drip = 정맥 주사로 되돌려 넣음

## detail-3

figure-detail-3-alt = 똑같이 치료를 시작한 3명의 암 크기 변화입니다. 첫 번째 사람은 암이 작아지고, 두 번째 사람은 작아지지 않습니다. 세 번째 사람은 암이 빨리 커지고 있습니다.
figure-detail-3-shrinks = 작아지는 사람
figure-detail-3-same = 작아지지 않는 사람
figure-detail-3-faster = 빨리 커지는 사람

## detail-4

figure-detail-4-alt = 증상 확인표에 표시가 하나 되어 있습니다. 하나라도 있으면, 가볍더라도 바로 전화로 병원에 연락합니다. 밤이나 휴일에도 마찬가지입니다.
figure-detail-4-even-one = 하나라도 있으면
figure-detail-4-mild = 가볍더라도
figure-detail-4-call = 바로 연락
figure-detail-4-night = 밤이나 휴일에도
figure-detail-4-hospital = 치료받고 있는 병원

## detail-5

figure-detail-5-alt = 왼쪽은 주의 표시와 돈 표시가 붙은 자유진료 의료기관입니다. 오른쪽은 임상시험을 하는 병원입니다. 가운데의 환자는 어느 쪽을 생각할 때에도 먼저 담당 의사와 상담합니다.
figure-detail-5-self-pay = 자유진료
figure-detail-5-unproven = 효과가 입증되지 않음
figure-detail-5-ask-first = 먼저 담당 의사와 상담
figure-detail-5-trials = 임상시험

## detail-6

figure-detail-6-alt = 환자가 묻고 싶은 것을 적은 메모를 들고 담당 의사에게 질문하고 있습니다.
figure-detail-6-memo = 묻고 싶은 것 메모
figure-detail-6-ask = 망설이지 말고 묻기
figure-detail-6-doctor = 담당 의사

## track-core

figure-track-core-alt = T세포와 암세포 그림과 5개의 동그라미입니다. 처음에 알아 두어야 할 5가지 포인트를 나타냅니다.

## track-details

figure-track-details-alt = 돋보기로 T세포와 암세포의 연결을 크게 보고 있습니다. 더 자세한 설명을 나타냅니다.
