# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# plain explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend (every screen)
glossary-broad-sense = 广义
    .explanation = “广义”就是“广泛的意义”。“免疫疗法（广义）”指所有被称为免疫疗法的治疗，也包括效果未经证实的治疗。

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = 批准
    .explanation = 指国家的认可。即国家认可药物等可以用于治疗规定的疾病。

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = 免疫检查点抑制剂
    .explanation = 能解除癌细胞给免疫踩下的“刹车”的药物。它不直接攻击癌细胞，而是让T细胞能够再次攻击癌细胞。

# Used on: core-4, detail-5, detail-6
glossary-self-pay = 自费诊疗
    .explanation = 不能使用公共医疗保险、全部费用由自己支付的医疗。有时效果未经证实的治疗会以高昂的费用进行。

# Used on: core-4, detail-5
glossary-insured-care = 保险诊疗
    .explanation = 可以使用公共医疗保险的诊疗。效果已得到证实的免疫疗法，可以通过保险诊疗用于规定的癌症。

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = 临床试验
    .explanation = 请患者参加、调查新治疗的效果和安全性的研究。参加需要满足一定的条件。

# Used on: core-4, detail-5
glossary-approval-trial = 注册临床试验
    .explanation = 在临床试验中，以获得国家对药物等的批准为目标而进行的试验。

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = 副作用
    .explanation = 药物或治疗给身体带来的不良变化。免疫疗法的副作用也可能在治疗结束后出现。

# Used on: detail-4
glossary-immune-related-side-effect = 免疫相关不良事件
    .explanation = 由于解除了免疫的刹车，免疫使身体的正常器官发生炎症。会发生在皮肤、肠道、肝脏、肺、分泌激素的器官等部位。

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = CAR-T细胞疗法
    .explanation = 以患者本人的T细胞为基础制作治疗用的细胞，再通过打点滴输回体内的治疗。用于部分B细胞血液癌和多发性骨髓瘤。

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = 细胞因子释放综合征
    .explanation = 一种叫细胞因子的物质在体内突然增多而引起的严重副作用。CAR-T细胞疗法等可能引起这种副作用，因此开始治疗后的一段时间内要密切观察。

# Used on: detail-4
glossary-autoimmune = 自身免疫
    .explanation = 自身免疫性疾病是免疫攻击自己身体的疾病。包括桥本病、溃疡性结肠炎等。

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H、TMB-H
    .explanation = 通过检查癌症的基因得知的癌症性质的名称。对于有这种结果的癌症，即使不是血液癌，有时也可以使用免疫检查点抑制剂。

# Used on: detail-5
glossary-nk-cell = NK细胞
    .explanation = 承担与生俱来的免疫功能的一种白细胞。日本临床肿瘤学会不推荐NK细胞疗法。

# Used on: detail-5
glossary-brm = BRM
    .explanation = BRM疗法是使用据说能增强免疫功能的物质的治疗。它在自费诊疗中进行，但效果未经证实。

# Used on: detail-5
glossary-alpha-beta-t-cell = αβT细胞
    .explanation = T细胞的一种。αβT细胞疗法是在体外增强这种细胞的功能后，再输回体内的治疗。效果未经证实。

# Used on: detail-5
glossary-gamma-delta-t-cell = γδT细胞
    .explanation = T细胞的一种。γδT细胞疗法是在体外增强这种细胞的功能后，再输回体内的治疗。效果未经证实。

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = BCG疗法是在早期膀胱癌经手术切除后，把一种叫BCG的药物注入膀胱内的治疗。它是效果已得到证实的免疫疗法之一。

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = 登记日本临床试验的国家网站。可以查询正在进行哪些临床试验。

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = T细胞表面的一种蛋白质。其他细胞的PD-L1与它结合后，T细胞就会停止攻击。

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = 与T细胞的PD-1结合、使T细胞停止攻击的蛋白质。有些癌细胞带有大量的PD-L1。

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = 作为免疫刹车发挥作用的一种蛋白质。伊匹木单抗等药物能解除这种刹车。

# Used on: core-1, detail-5
glossary-dendritic-cell = 树突状细胞
    .explanation = 把癌细胞的标记告诉T细胞的细胞。记住标记的T细胞会攻击癌细胞。

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = T细胞
    .explanation = 白细胞的一种，能发现并攻击癌细胞。

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation advice
glossary-consultation-center = 癌症咨询支援中心
    .explanation = 设在日本各地癌症诊疗合作据点医院等处的咨询窗口。咨询免费，没有在该医院看病的人也可以咨询。

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = 第二诊疗意见
    .explanation = 向现在的主治医生以外的医生，听取关于治疗的意见。

# Used on: detail-5
glossary-advanced-care = 先进医疗
    .explanation = 在尚不能使用公共医疗保险的新医疗中，经国家认可的医疗。作为例外，允许与保险诊疗结合起来接受。

# Used on: detail-5
glossary-mixed-care = 混合诊疗
    .explanation = 把保险诊疗和自费诊疗结合起来接受。原则上不允许。
