# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = 左边，T细胞正在攻击并清除癌细胞。右边，癌细胞给T细胞踩了刹车。没有被清除的癌细胞在增多。
figure-core-1-tcell = T细胞
figure-core-1-removed = 癌细胞被清除
figure-core-1-brake = 刹车
figure-core-1-grow = 癌细胞残留并增多

## core-2

figure-core-2-alt = 左边，癌细胞的PD-L1与T细胞的PD-1结合，刹车被踩下。右边，药物堵住PD-1，解除了刹车。T细胞再次攻击癌细胞。
figure-core-2-pd1 = T细胞的PD-1
figure-core-2-pdl1 = 癌细胞的PD-L1
figure-core-2-medicine = 解除刹车的药物
figure-core-2-attack = 再次攻击

## core-3

figure-core-3-alt = 大圆代表被称为免疫疗法的全部治疗。其中的小圆代表效果已得到证实的免疫疗法。效果已得到证实的还只是一部分。
figure-core-3-broad = 免疫疗法（广义）
figure-core-3-unproven = 效果未经证实的
figure-core-3-proven = 免疫疗法（已证实有效）

## core-4

figure-core-4-alt = 左边的患者先咨询主治医生或癌症咨询支援中心。接着，听取其他医生的意见（第二诊疗意见）。是否选择自费诊疗，在这之后再考虑。
figure-core-4-doctor = 主治医生
figure-core-4-center = 癌症咨询支援中心
figure-core-4-second-opinion = 第二诊疗意见
figure-core-4-self-pay = 自费诊疗

## core-5

figure-core-5-alt = 人体的图。容易出现副作用的部位有标记：分泌激素的器官、肺、肝脏、肠道、皮肤。
figure-core-5-hormone = 分泌激素的器官
figure-core-5-lungs = 肺
figure-core-5-liver = 肝脏
figure-core-5-skin = 皮肤
figure-core-5-gut = 肠道

## detail-1

figure-detail-1-alt = 用5幅图表示指南中免疫疗法的主要种类：解除免疫刹车的药物、癌症疫苗、把T细胞输回体内的治疗、细胞因子，以及其他药物和组合治疗。
figure-detail-1-checkpoint = 解除刹车的药物
figure-detail-1-vaccine = 癌症疫苗
figure-detail-1-cells = 把T细胞输回体内
figure-detail-1-cytokine = 细胞因子
figure-detail-1-other = 组合治疗等

## detail-2

figure-detail-2-alt = CAR-T细胞疗法的流程。从血液中采集细胞，用约6周时间制作治疗用的细胞。接受几天抗癌药治疗后，再把制作好的细胞通过打点滴输回体内。
figure-detail-2-collect = 从血液中采集细胞
figure-detail-2-make = 用约6周制作
figure-detail-2-chemo = 几天的抗癌药
figure-detail-2-drip = 打点滴输回体内

## detail-3

figure-detail-3-alt = 3个以同样方式开始治疗的人，癌症大小的变化。第1个人的癌症缩小了，第2个人的没有缩小。第3个人的癌症快速增大。
figure-detail-3-shrinks = 缩小的人
figure-detail-3-same = 没有缩小的人
figure-detail-3-faster = 快速增大的人

## detail-4

figure-detail-4-alt = 症状检查表上有1项打了勾。只要有1项，即使症状较轻，也要立即打电话联系医院。夜间和节假日也一样。
figure-detail-4-even-one = 只要有1项
figure-detail-4-mild = 即使较轻
figure-detail-4-call = 立即联系
figure-detail-4-night = 夜间和节假日也一样
figure-detail-4-hospital = 正在治疗的医院

## detail-5

figure-detail-5-alt = 左边是带有警示标记和金钱标记的自费诊疗医疗机构。右边是进行临床试验的医院。中间的患者无论考虑哪一种，都先咨询主治医生。
figure-detail-5-self-pay = 自费诊疗
figure-detail-5-unproven = 效果未经证实
figure-detail-5-ask-first = 先咨询主治医生
figure-detail-5-trials = 临床试验

## detail-6

figure-detail-6-alt = 患者拿着写有想问的问题的便条，向主治医生提问。
figure-detail-6-memo = 写着问题的便条
figure-detail-6-ask = 不要客气，尽管问
figure-detail-6-doctor = 主治医生

## track-core

figure-track-core-alt = T细胞和癌细胞的图，以及5个圆点。表示首先需要了解的5个要点。

## track-details

figure-track-details-alt = 用放大镜放大观察T细胞与癌细胞的联系。表示更详细的说明。
