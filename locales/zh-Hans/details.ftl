## Learn more

track-details-title = 给想详细了解的读者
track-details-summary = 详细介绍免疫疗法的种类和效果、如何应对副作用，以及想问医生的问题。

## 1. About immunotherapy in general

detail-1-title = 关于免疫疗法的总体情况
detail-1-lead = “免疫疗法”有很多种类，其中既有效果已得到证实的，也有未经证实的。
detail-1-h-what = 什么是免疫疗法
detail-1-p-what = 免疫疗法是利用免疫的力量治疗癌症的方法。
detail-1-p-attention = 免疫疗法受到广泛关注，契机是名为免疫检查点抑制剂的药物获得了批准。
detail-1-p-research = 不过，大多数免疫疗法仍处于研究或开发阶段。
detail-1-h-types = 免疫疗法的种类
detail-1-p-guideline = 日本临床肿瘤学会编写了“癌症免疫疗法指南”。2016年出版第1版，2019年出版第2版，2023年出版第3版。指南将免疫疗法分为以下几类。
detail-1-type-checkpoint = 免疫检查点抑制剂：解除免疫刹车的药物
detail-1-type-accelerator = 增强免疫“油门”的抗体药物
detail-1-type-vaccine = 癌症疫苗
detail-1-type-cells = 在体外准备T细胞、再输回体内的治疗。其中效果已得到证实的，只有CAR-T细胞疗法等一部分。
detail-1-type-cytokine = 把一种叫细胞因子的物质作为药物使用的治疗
detail-1-type-other = 阻碍免疫抑制机制的其他药物
detail-1-type-combination = 将上述方法组合起来的治疗
detail-1-p-third-edition = 第3版新增了CAR-T细胞疗法，以及能同时与T细胞和癌细胞结合的抗体药物。
detail-1-p-mixed = 即使在同一类中，也既有效果已得到证实的治疗，也有未经证实的治疗。能否用于您的癌症，请向主治医生确认。
detail-1-h-history = 发展历程
detail-1-history-1957 = 1957年：有人提出了“免疫在监视癌细胞”的观点。
detail-1-history-2014 = 2014年：日本首次批准了免疫检查点抑制剂。
detail-1-history-2018 = 2018年：解除免疫刹车来治疗癌症的发现，获得了诺贝尔生理学或医学奖。
detail-1-history-2019 = 2019年：首个CAR-T细胞疗法的药物开始可以使用公共医疗保险。
detail-1-card-ads-title = 请注意广告用语
detail-1-card-ads-p1 = 有些医疗机构把免疫疗法宣传为“第4种治疗”“副作用少”等。
detail-1-card-ads-p2 = 但是，即使是效果已得到证实的免疫检查点抑制剂，也可能出现严重的副作用。
detail-1-card-ads-p3 = 效果未经证实的治疗，其安全性也未经证实。

## 2. Types of proven immunotherapy

detail-2-title = 免疫疗法（已证实有效）的种类
detail-2-lead = 效果已得到证实的免疫疗法有几种，每种可用于哪些癌症都有规定。
detail-2-card-checkpoint-title = 免疫检查点抑制剂
detail-2-checkpoint-p-first = 这是解除免疫刹车的药物。在日本，2014年7月，首个药物纳武利尤单抗被批准用于皮肤癌的一种——恶性黑色素瘤。
detail-2-checkpoint-p-list = 以下是主要药物，以及药物所作用的蛋白质名称。括号内为商品名。
detail-2-drug-nivolumab = 纳武利尤单抗（Opdivo）：PD-1
detail-2-drug-pembrolizumab = 帕博利珠单抗（Keytruda）：PD-1
detail-2-drug-cemiplimab = 西米普利单抗（Libtayo）：PD-1
detail-2-drug-tislelizumab = 替雷利珠单抗（Tevimbra）：PD-1
detail-2-drug-ipilimumab = 伊匹木单抗（Yervoy）：CTLA-4
detail-2-drug-tremelimumab = 替西木单抗（Imjudo）：CTLA-4
detail-2-drug-atezolizumab = 阿替利珠单抗（Tecentriq）：PD-L1
detail-2-drug-durvalumab = 度伐利尤单抗（Imfinzi）：PD-L1
detail-2-drug-avelumab = 阿维鲁单抗（Bavencio）：PD-L1
detail-2-checkpoint-p-cancers = 以下是已获批准的癌症的例子。
detail-2-cancer-skin = 恶性黑色素瘤、默克尔细胞癌
detail-2-cancer-lung = 肺癌、间皮瘤
detail-2-cancer-head = 头颈部癌、食管癌、胃癌
detail-2-cancer-digestive = 部分大肠癌、肝癌、胆道癌
detail-2-cancer-urinary = 肾癌、膀胱等部位的尿路上皮癌
detail-2-cancer-women = 部分乳腺癌、宫颈癌、子宫体癌
detail-2-cancer-blood = 霍奇金淋巴瘤
detail-2-checkpoint-p-msi = 其他实体瘤（血液癌以外的癌症）有时也可以使用。这取决于特定基因检测的结果（MSI-H、TMB-H）。
detail-2-checkpoint-p-conditions = 无论哪种癌症，能否使用都取决于进展程度、以往的治疗，以及PD-L1等检查结果。
detail-2-checkpoint-p-hospitals = 国家（厚生劳动省）制定了这类药物使用方法的指导方针。用公共医疗保险使用时，医院和医生必须满足规定的条件。
detail-2-card-cart-title = CAR-T细胞疗法
detail-2-cart-p-what = 以患者本人的T细胞为基础制作治疗用的细胞，再通过打点滴输回体内的治疗。
detail-2-cart-p-use = 日本在2019年批准了首个CAR-T细胞疗法。目前，CAR-T细胞疗法可用于部分B细胞血液癌和多发性骨髓瘤。还没有可用于实体瘤的。
detail-2-cart-p-steps = 治疗的流程如下。
detail-2-cart-step-collect = 从血液中采集细胞（约需4～5小时）。
detail-2-cart-step-make = 用约6周时间制作治疗用的细胞。
detail-2-cart-step-chemo = 接受几天的抗癌药治疗。
detail-2-cart-step-drip = 把制作好的细胞通过打点滴输回体内。
detail-2-card-bcg-title = 膀胱癌的BCG疗法
detail-2-bcg-p-what = 这是早期膀胱癌（尚未扩散到肌肉层）经手术切除后进行的治疗。复发风险为中等及以上时，将BCG注入膀胱内。一般认为，它比向膀胱内注入抗癌药效果更好。
detail-2-bcg-p-schedule = 通常每周1次，持续6～8周。之后有时还会持续1～3年。
detail-2-bcg-p-side-effects = 副作用包括尿频、排尿时疼痛、血尿、发烧等。少数情况下会出现肺部炎症或感染。
detail-2-card-cytokine-title = 细胞因子疗法
detail-2-cytokine-p-what = 这是使用干扰素α、白细胞介素-2等药物的治疗。用于肾癌，白细胞介素-2还用于血管肉瘤。
detail-2-cytokine-p-limits = 效果有限，可使用的癌症也很少。副作用包括类似感冒的症状和情绪低落。
detail-2-card-bispecific-title = 连接T细胞和癌细胞的抗体药物
detail-2-bispecific-p-what = 这是能同时与T细胞和癌细胞结合的抗体药物。
detail-2-bispecific-p-drugs = 以下是日本已批准的药物的例子。此外还有其他药物。年份是批准的年份。
detail-2-bispecific-blinatumomab = 贝林妥欧单抗：部分急性淋巴细胞白血病，2018年（日本首个）
detail-2-bispecific-epcoritamab = 艾可瑞妥单抗：部分淋巴瘤，2023年
detail-2-bispecific-elranatamab = 埃拉纳妥单抗：多发性骨髓瘤，2024年
detail-2-bispecific-teclistamab = 特立妥单抗：多发性骨髓瘤，2024年
detail-2-bispecific-tarlatamab = 塔拉妥单抗：小细胞肺癌（抗癌药治疗之后），2024年
detail-2-bispecific-p-care = 可能出现名为“细胞因子释放综合征”的严重副作用。这类药物曾有因这种副作用或严重感染而死亡的报告。
detail-2-p-ask = 能否用于您的癌症，请向主治医生确认。

## 3. How well proven immunotherapy works

detail-3-title = 免疫疗法（已证实有效）的效果
detail-3-lead = 即使是效果已得到证实的免疫疗法，也只对一部分人效果好。
detail-3-card-who-title = 对多少人有效
detail-3-who-p-shrink = 癌症缩小的人所占的比例叫作“缓解率”。缓解率因癌症种类和药物而异，约为15%～40%。
detail-3-who-p-lasting = 在有效的人中，有些人的效果能持续多年。停药后，效果有时也会持续。
detail-3-who-p-faster = 另一方面，也有人在开始用药后，癌症反而更快地增大。
detail-3-who-p-depends = 能否期待效果，因癌症种类、进展程度和检查结果而异。
detail-3-card-survival-title = 5年后结果的例子
detail-3-survival-p-intro = 以下是临床试验中，开始治疗5年后仍然存活的人所占的比例。
detail-3-survival-h-lung = 晚期肺癌：临床试验“KEYNOTE-001”，只用帕博利珠单抗（Keytruda）治疗
detail-3-lung-first = 作为首次治疗使用的人：23.2%
detail-3-lung-later = 在其他治疗之后使用的人：15.5%
detail-3-lung-before = 在这种药物开始使用之前，约为5%。
detail-3-survival-h-melanoma = 晚期恶性黑色素瘤：临床试验“CheckMate 067”
detail-3-melanoma-both = 同时使用纳武利尤单抗和伊匹木单抗的人：52%
detail-3-melanoma-nivolumab = 只使用纳武利尤单抗的人：44%
detail-3-melanoma-ipilimumab = 只使用伊匹木单抗的人：26%
detail-3-melanoma-p-side-effects = 该试验5年后的报告显示，因治疗出现严重副作用的人，按上面的顺序依次为59%、23%、28%。
detail-3-melanoma-p-compare = 同时使用2种药物时，严重副作用会多得多。“免疫疗法（已证实有效）也有风险”页面中的约10%，是另一份关于1种药物的报告中的数字。
detail-3-p-not-you = 这些是参加试验的人的结果，并不代表每个人今后的情况。详情请询问主治医生。

## 4. Daily life, care and side effects

detail-4-title = 生活、疗养与副作用
detail-4-lead = 尽早发现并治疗副作用很重要。如果出现与平时不同的症状，请立即告诉医院。
detail-4-card-irae-title = 由免疫作用引起的副作用
detail-4-irae-p-what = 解除免疫的刹车后，免疫有时会使身体的正常器官发生炎症。这称为“免疫相关不良事件”。
detail-4-irae-p-where = 容易发生的部位是皮肤、肠道、肝脏、肺，以及分泌激素的器官。也可能发生在肾脏、神经、肌肉、心脏和眼睛。
detail-4-irae-p-treat = 治疗时会使用类固醇，或补充不足的激素的药物等。
detail-4-irae-p-hormone = 激素异常与乏力、没有食欲等常见症状相似，因此有时不容易察觉。
detail-4-card-when-title = 什么时候发生
detail-4-when-p-months = 大多在开始治疗后的几个月内发生。但也可能在更晚的时候，或在治疗结束后发生。因此，治疗结束后也需要注意。
detail-4-when-p-fatal = 据报告，因副作用死亡的人占0.4%～1.2%。
detail-4-callout-title = 需要立即联系医院的症状
detail-4-callout-intro = 只要出现以下任何1种症状，即使较轻，也请立即联系正在为您治疗的医院。夜间和节假日也一样。
detail-4-symptoms-lung = 无痰的咳嗽、呼吸困难、发烧
detail-4-symptoms-gut = 腹泻、排便次数增多、便中带血或黑便、腹痛
detail-4-symptoms-thirst = 口渴、大量喝水、排尿次数增多、恶心、呕吐
detail-4-symptoms-general = 乏力、体重变化、烦躁、头痛
detail-4-symptoms-yellow = 皮肤或眼白发黄
detail-4-symptoms-kidney = 尿量减少、浮肿
detail-4-symptoms-muscle = 手脚无力、眼皮下垂、肌肉疼痛
detail-4-symptoms-skin = 皮疹、瘙痒、严重的口腔溃疡
detail-4-symptoms-heart = 心慌（心悸）、头晕
detail-4-symptoms-eyes = 眼睛充血或疼痛、看东西模糊
detail-4-symptoms-confusion = 头脑混乱、精神恍惚
detail-4-callout-quickly = 即使是轻微的症状，也可能突然加重。如果尽早治疗副作用，有时可以继续接受免疫疗法。
detail-4-callout-no-self-care = 请不要用非处方药或保健品自行治疗。
detail-4-card-before-title = 开始治疗之前
detail-4-before-illness = 患有自身免疫性疾病或肺部疾病的人，请告诉主治医生。自身免疫性疾病包括桥本病、溃疡性结肠炎等。
detail-4-before-pregnancy = 有可能怀孕或哺乳的人，以及有此计划的人，请在开始治疗前告诉主治医生。
detail-4-before-contact = 请事先确认好夜间和节假日的联系方式。
detail-4-card-daily-title = 在日常生活中
detail-4-daily-card = 拿到患者卡后，请随身携带。在其他医院或药店也请出示。
detail-4-daily-medicines = 使用保健品、抗生素、类固醇等时，请告诉正在为您治疗的医院。
detail-4-card-cart-title = 接受CAR-T细胞疗法等治疗的人
detail-4-cart-p-watch = CAR-T细胞疗法有需要注意的副作用，包括“细胞因子释放综合征”和神经方面的症状。连接T细胞和癌细胞的抗体药物也可能出现同样的副作用。因此，开始治疗后的一段时间内，会通过住院等方式密切观察。

## 5. Immunotherapy in the broad sense under research: treatments that need careful checking

detail-5-title = 正在研发中的免疫疗法（广义）——需要慎重确认的免疫疗法
detail-5-lead = 处于研究阶段的免疫疗法，效果和安全性都未经证实。接受之前，请慎重确认。
detail-5-card-offered-title = 自费诊疗中常见的治疗
detail-5-offered-p-intro = 在自费诊疗的医疗机构，常提供以下免疫疗法。
detail-5-offered-lymphocytes = 活化淋巴细胞疗法（αβT细胞疗法、γδT细胞疗法等）
detail-5-offered-nk = NK细胞疗法
detail-5-offered-dendritic = 树突状细胞疫苗疗法
detail-5-offered-peptide = 肽疫苗疗法
detail-5-offered-brm = BRM疗法
detail-5-offered-combined = 将上述方法组合起来的治疗。有的还组合使用免疫检查点抑制剂。
detail-5-card-experts-title = 专家的意见
detail-5-experts-p-2016 = 日本临床肿瘤学会于2016年12月发布了指南。指南不推荐树突状细胞疫苗、NK细胞疗法和肽疫苗。
detail-5-experts-p-pancreas = 2012年和2013年，发表了针对胰腺癌的肽疫苗临床试验结果。结果没有显示出效果。
detail-5-experts-p-patients = 2018年，全国癌症患者团体的联合会就自费诊疗的免疫疗法发表了声明。声明担心其效果和安全性未经证实。声明还指出，有些医疗机构在病情突然恶化时应对不足。
detail-5-experts-p-2019 = 2019年，日本临床肿瘤学会再次提醒注意。未经批准的细胞疗法和疫苗，效果和安全性都未经证实。学会还指出，以较少的用量使用免疫检查点抑制剂，或用于未获认可的癌症，也很危险。
detail-5-card-law-title = 即使向国家提交了计划，也不等于“效果已被证实”
detail-5-law-p-act = 2014年11月25日，“再生医疗等安全性确保法”开始施行。
detail-5-law-p-plan = 根据这部法律，要进行这类使用细胞的治疗，必须向国家（厚生劳动省）提交计划。治疗按安全方面风险的高低进行分类。
detail-5-law-p-not-proof = 即使已提交计划，也不代表该治疗有效。
detail-5-card-cost-title = 费用
detail-5-cost-p-amount = 费用全部由自己负担。1个疗程通常需要200万～400万日元左右。
detail-5-cost-p-mixed = 把保险诊疗和自费诊疗结合起来接受（混合诊疗），原则上是不允许的。例外包括以获得批准为目标的注册临床试验，以及国家认可的先进医疗等。因此，与自费诊疗相关的检查费用也要自己负担。
detail-5-callout-title = 选择之前，请务必咨询
detail-5-callout-doctor = 选择自费诊疗的免疫疗法之前，请先咨询主治医生。
detail-5-callout-second-opinion = 请向熟悉临床试验、注册临床试验等研究阶段医疗的医生，听取另一种意见（第二诊疗意见）。
detail-5-callout-center = 不知道该找谁咨询时，可以咨询癌症咨询支援中心。咨询是免费的。
detail-5-card-trials-title = 临床试验这一选择
detail-5-trials-p-law = 想尝试新的治疗时，有时可以参加临床试验。2018年4月，规定临床研究规则的“临床研究法”开始施行。
detail-5-trials-p-search = 临床试验可以在国家的登记网站“jRCT”上查询。也可以在癌症信息服务的“查找癌症临床试验”中查找。
detail-5-trials-p-conditions = 参加需要满足一定的条件。有时会被分到接受标准治疗的组。
detail-5-trials-p-ask = 考虑参加时，请先咨询主治医生。

## 6. What to ask your doctor

detail-6-title = 应该问医生什么
detail-6-lead = 对治疗有不明白的地方，请不要客气，向主治医生询问。
detail-6-p-memo = 把想问的问题写在便条上带去，就不会忘记问。
detail-6-card-treatment-title = 关于推荐的治疗，可以问的问题
detail-6-ask-what = 这是什么样的治疗？为什么推荐给我？
detail-6-ask-goal = 治疗的目的是什么？
detail-6-ask-approved = 这种治疗是否已获批准用于我的癌症及其进展程度，并且可以使用公共医疗保险？
detail-6-ask-together = 还要同时接受哪些其他治疗？
detail-6-ask-schedule = 间隔多久、在哪里、要接受到什么时候？
detail-6-ask-working = 怎样知道治疗是否有效？
detail-6-ask-side-effects = 哪些副作用需要立即联系？夜间和节假日应该联系哪里？
detail-6-ask-trials = 有没有我可以参加的临床试验？
detail-6-ask-cost = 大概需要多少费用？
detail-6-ask-medicines = 可以使用其他药物或疫苗吗？
detail-6-card-self-pay-title = 如果有人推荐不能使用公共医疗保险的治疗
detail-6-self-pay-p-intro = 如果自费诊疗的医疗机构向您推荐免疫疗法等治疗，请确认以下几点。
detail-6-self-pay-dose = 是按照规定的用量和方法进行的治疗吗？
detail-6-self-pay-trials = 效果是否已在大规模临床试验中得到证实？
detail-6-self-pay-who = 这种治疗曾对什么样的人有效？效果持续了多长时间？
detail-6-self-pay-worse = 病情恶化或出现副作用时，会怎样处理？
detail-6-card-second-opinion-title = 寻求第二诊疗意见时
detail-6-second-opinion-p-what = 第二诊疗意见，是指向现在的主治医生以外的医生，听取关于治疗的意见。
detail-6-second-opinion-letter = 请主治医生写转诊信，并带上影像检查和病理检查的结果。
detail-6-second-opinion-beware = 有些网站打着“免费癌症咨询”的旗号，诱导人们接受高价的自费诊疗，请多加注意。
detail-6-second-opinion-center = 癌症咨询支援中心可以帮助您寻找医院，以及提供第二诊疗意见的医生。
