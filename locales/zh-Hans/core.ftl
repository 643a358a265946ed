## Five things to know first

track-core-title = 首先需要了解的事
track-core-summary = 关于免疫疗法，首先需要了解的5个要点。

## Tags, QR code captions and sources (used on every page)

tag-proven = 免疫疗法（已证实有效）
tag-broad = 免疫疗法（广义）
link-ganjoho = 日本国立癌症研究中心“癌症信息服务”首页
link-ganjoho-immunotherapy = 癌症信息服务“免疫疗法”页面
link-cisc = 癌症信息服务“癌症咨询支援中心”页面
link-support-center = 癌症信息服务支持中心（电话咨询）页面
link-jrct = 可查找临床试验的网站“jRCT”
link-mhlw-hospitals = 厚生劳动省“癌症诊疗合作据点医院”一览页面
source-ganjoho = 日本国立癌症研究中心 癌症信息服务
source-jsmo = 日本临床肿瘤学会“癌症免疫疗法指南”
source-jsmo-statements = 日本临床肿瘤学会的声明（2016年、2019年）
source-immunology = 癌症免疫研究的解说（日本国立癌症研究中心研究所等）
source-patient-info = 海外癌症团体面向患者的信息（美国癌症协会等）
source-news = 报纸和医疗新闻的报道
source-makers = 制药公司的发布及面向患者的资料
source-mhlw = 厚生劳动省的通知
source-reviews = 医学和护理专业期刊的综述与解说
source-hospitals = 大学医院和学会面向患者的资料
source-patients-federation = 全国癌症患者团体联合会的声明（2018年）
source-clinic-prices = 医疗机构公布的费用（示例）
source-keynote-001 = 临床试验“KEYNOTE-001”的5年后报告（2019年）
source-checkmate-067 = 临床试验“CheckMate 067”的5年后报告（2019年）

## 1. Our bodies use immunity to remove the cancer cells that form in them

core-1-title = 我们的身体依靠免疫清除体内产生的癌细胞
core-1-lead = 身体有一种叫作“免疫”的机制，能发现并清除癌细胞。
core-1-p-white-cells = 承担免疫功能的，是血液中的白细胞。
core-1-p-t-cells = 白细胞中有一种叫“T细胞”的细胞，能发现并攻击癌细胞。
core-1-p-dendritic = 一种叫作“树突状细胞”的细胞，会把癌细胞的标记告诉T细胞。记住标记的T细胞会移动到癌症所在的部位，攻击癌细胞。
core-1-h-stages = 癌症形成之前的3个阶段
core-1-p-stages = 免疫与癌细胞的关系，可以用以下3个阶段来说明。
core-1-stage-remove = 清除阶段：受损的细胞被免疫发现并清除。
core-1-stage-balance = 平衡阶段：难以清除的细胞与免疫保持平衡，残留下来。
core-1-stage-escape = 逃逸阶段：具有抑制免疫能力的细胞增多，成为能被发现的癌症。
core-1-p-brake = 如果T细胞变弱，或者癌细胞给免疫踩了“刹车”，免疫就无法清除癌症了。

## 2. Immunotherapy treats cancer by restoring the immune system's own power

core-2-title = 免疫疗法是通过恢复免疫本来的力量来治疗癌症的方法
core-2-lead = 目前已证实有效的主要药物，能解除癌细胞给免疫踩下的“刹车”。
core-2-p-checkpoint = 免疫有一种“刹车”机制，使它不去攻击身体的正常部分。这叫作“免疫检查点”。
core-2-p-pd1 = T细胞的表面有一种叫“PD-1”的蛋白质。其他细胞上叫“PD-L1”的蛋白质与它结合后，T细胞就会停止攻击。
core-2-p-cancer-pdl1 = 有些癌细胞带有大量的PD-L1。
core-2-h-medicine = 解除刹车的药物
core-2-p-inhibitor = “免疫检查点抑制剂”是人工制造的抗体药物。它能阻断刹车的信号。
core-2-p-how = 药物并不直接攻击癌细胞。它让T细胞能够再次攻击癌细胞。这类药物大多通过打点滴使用。
core-2-p-ctla4 = 叫“CTLA-4”的蛋白质也是一种刹车，但种类不同。也有解除这种刹车的药物。
core-2-p-nobel = 2018年，本庶佑先生和詹姆斯·艾利森先生获得了诺贝尔生理学或医学奖。他们因发现解除免疫刹车的癌症治疗方法而获奖。

## 3. Only some immunotherapies are proven to work

core-3-title = 效果明确的免疫疗法有限
core-3-lead = 在被称为“免疫疗法”的治疗中，效果已得到证实的还只是一部分。
core-3-p-word = “免疫疗法”这个词被用于各种各样的治疗。
core-3-p-two-names = 其中既有效果已得到证实的治疗，也有效果未经证实的治疗。本指南使用以下两种叫法。
core-3-card-broad-title = 被称为免疫疗法的全部治疗
core-3-card-broad-p1 = 既包括效果已得到证实的免疫疗法，也包括效果未经证实的免疫疗法。效果未经证实的也有很多。
core-3-card-broad-p2 = 本指南称之为“免疫疗法（广义）”。
core-3-card-proven-title = 效果已得到证实的免疫疗法
core-3-card-proven-p1 = 指通过临床试验等研究，效果已得到科学证实的治疗。可以使用公共医疗保险。本指南称之为“免疫疗法（已证实有效）”。
core-3-card-proven-p2 = 主要是“免疫检查点抑制剂”。
core-3-card-proven-p3 = 此外还有膀胱癌的BCG疗法。也有用于部分血液癌的CAR-T细胞疗法等。
core-3-card-proven-limit-cancer = 只能用于规定种类的癌症。
core-3-card-proven-limit-stage = 能否使用，有时还取决于癌症的进展程度和检查结果。
core-3-card-proven-limit-ask = 哪种药物合适，因癌症而异。请向主治医生确认。
core-3-p-some-patients = 即使是效果已得到证实的治疗，也只对一部分人有效。癌症缩小的人约占15%～40%，因癌症种类和药物而异。

## 4. Self-pay immunotherapy in the broad sense needs careful checking

core-4-title = 以自费诊疗进行的免疫疗法（广义）需要慎重确认
core-4-lead = 自费诊疗不能使用公共医疗保险。考虑接受自费诊疗的免疫疗法时，请务必在选择之前先咨询。
core-4-p-self-pay = 自费诊疗是指不能使用公共医疗保险、全部费用由自己支付的医疗。
core-4-p-not-insured = 效果未经证实的治疗，没有被认可为保险诊疗。因此，有些医疗机构以自费诊疗的方式提供这类治疗。有时费用很高。
core-4-p-misuse = 曾有自费诊疗的医疗机构以不正确的方式使用免疫检查点抑制剂。例如用量少于规定的量，或用于未获认可的癌症。也有未能充分应对副作用的例子。
core-4-p-jsmo = 效果未经证实的治疗，应当在临床试验中进行。日本临床肿瘤学会是这样表示的。
core-4-callout-title = 选择之前，请先咨询
core-4-callout-second-opinion = 选择自费诊疗的免疫疗法之前，请听取其他医生的意见（第二诊疗意见）。
core-4-callout-trial-doctor = 建议向熟悉临床试验、注册临床试验等研究阶段医疗的医生征求意见。
core-4-callout-ask = 不知道该问谁时，请咨询主治医生或癌症咨询支援中心（がん相談支援センター）。

## 5. Proven immunotherapy also has risks

core-5-title = 免疫疗法（已证实有效）也有风险
core-5-lead = 即使是效果已得到证实的免疫疗法，也可能出现严重的副作用。
core-5-p-why = 解除免疫的刹车后，免疫有时会连自己身体的正常器官也一起攻击。
core-5-p-ten-percent = 日本临床肿瘤学会在2016年发布了以下信息。只使用1种免疫检查点抑制剂的人中，约10%出现了严重的副作用。有时会危及生命。主要例子如下。
core-5-serious-lung = 肺部炎症：间质性肺病
core-5-serious-thyroid = 甲状腺疾病
core-5-serious-diabetes = 突然发生的1型糖尿病
core-5-serious-colitis = 大肠炎症：结肠炎
core-5-serious-myasthenia = 肌肉难以用力的疾病：重症肌无力
core-5-p-combination = 同时使用2种药物时，严重副作用会多得多。针对皮肤癌的一种——恶性黑色素瘤，进行过临床试验“CheckMate 067”。该试验5年后的报告显示，同时使用2种药物的人中，59%出现了严重的副作用。只使用1种药物的人中，分别为23%和28%。这与约10%的数字出自不同的报告，因此不能直接比较。
core-5-p-hospitals = 因此，国家制定了指导方针。用公共医疗保险使用这类药物时，医院和医生必须满足规定的条件。
core-5-callout-title = 需要立即联系医院的症状
core-5-callout-intro = 出现以下症状时，即使症状较轻，也请立即联系正在为您治疗的医院。这些症状也可能在治疗结束后出现。
core-5-symptom-lung = 咳嗽、呼吸困难、发烧
core-5-symptom-gut = 腹泻、排便次数增多、便中带血或黑便
core-5-symptom-thirst = 口渴、排尿次数增多
core-5-symptom-tired = 乏力、体重变化
core-5-symptom-yellow = 皮肤或眼白发黄
core-5-symptom-weak = 手脚无力、眼皮下垂
core-5-callout-night = 夜间和节假日也请立即联系。开始治疗前，请先确认好联系方式。
core-5-p-more = 其他症状请参阅“生活、疗养与副作用”页面。
