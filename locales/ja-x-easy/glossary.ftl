# 用語の説明。値は、ページに書かれているとおりの言葉（ふりがなの印つき）。
# .explanation は、カードに出る短い説明です。

# 使われているページ: core-3, core-4, detail-5, バッジと凡例（全画面）
glossary-broad-sense = 広い意味
    .explanation = 「全部を入れて考える」という意味です。「免疫療法（広い意味）」は、免疫療法と呼ばれる治療の全部です。効果が確かめられていないものも入ります。

# 使われているページ: detail-1, detail-2, detail-5, detail-6
glossary-approval = 承認
    .explanation = 国が認めることです。薬などを、決められた病気の治療に使ってよいと、国が認めることです。

# 使われているページ: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = 免疫チェックポイント阻害薬
    .explanation = がん細胞が免疫にかけた「ブレーキ」を外す薬です。薬が、がん細胞を直接攻撃するのではありません。T細胞が、もう一度がん細胞を攻撃できるようにします。

# 使われているページ: core-4, detail-5, detail-6
glossary-self-pay = 自由診療
    .explanation = 公的な医療保険が使えない医療です。お金は全部、自分で払います。効果が確かめられていない治療が、高い値段で行われていることがあります。

# 使われているページ: core-4, detail-5
glossary-insured-care = 保険診療
    .explanation = 公的な医療保険が使える治療です。免疫療法（効果あり）は、決められたがんに、保険診療で使えます。

# 使われているページ: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QRコードの説明, 出典の行
glossary-clinical-trial = 臨床試験
    .explanation = 新しい治療の効果や安全を調べる研究です。患者さんに参加してもらいます。参加するには条件があります。

# 使われているページ: core-4, detail-5
glossary-approval-trial = 治験
    .explanation = 臨床試験の一つです。薬などを国に承認してもらうために行います。

# 使われているページ: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, はじめの画面
glossary-side-effect = 副作用
    .explanation = 薬や治療で体に起こる、よくない変化です。免疫療法の副作用は、治療が終わったあとに出ることもあります。

# 使われているページ: detail-4
glossary-immune-related-side-effect = 免疫関連有害事象
    .explanation = 免疫のブレーキを外したために、免疫が体の正常な臓器に炎症を起こすことです。皮膚、腸、肝臓、肺、ホルモンを作る臓器などに起こります。

# 使われているページ: core-3, detail-1, detail-2, detail-4
glossary-car-t = ｜CAR-T細胞療法《カーティーさいぼうりょうほう》
    .explanation = 患者さん自身のT細胞から、治療のための細胞を作り、点滴で体に戻す治療です。B細胞の血液のがんの一部と、多発性骨髄腫に使われます。

# 使われているページ: detail-2, detail-4
glossary-cytokine-release-syndrome = サイトカイン放出症候群
    .explanation = サイトカインという物質が体の中で急に増えて起こる、重い副作用です。CAR-T細胞療法などで起こることがあります。だから、始めてしばらくは、よく様子を見ます。

# 使われているページ: detail-4
glossary-autoimmune = 自己免疫
    .explanation = 自己免疫の病気は、免疫が自分の体を攻撃してしまう病気です。橋本病や潰瘍性大腸炎などがあります。

# 使われているページ: detail-2
glossary-msi-h-tmb-h = ｜MSI-H《エムエスアイハイ》、｜TMB-H《ティーエムビーハイ》
    .explanation = がんの遺伝子を調べる検査で分かる、がんの性質の名前です。この結果のがんには、免疫チェックポイント阻害薬が使えることがあります。血液のがん以外でも、使えることがあります。

# 使われているページ: detail-5
glossary-nk-cell = ｜NK細胞《エヌケーさいぼう》
    .explanation = 生まれたときから体にある免疫の仕事をする、白血球の一つです。日本臨床腫瘍学会は、NK細胞療法をすすめていません。

# 使われているページ: detail-5
glossary-brm = ｜BRM《ビーアールエム》
    .explanation = BRM療法は、免疫の働きを強めると言われる物質を使う治療です。自由診療で行われていますが、効果は確かめられていません。

# 使われているページ: detail-5
glossary-alpha-beta-t-cell = ｜αβT細胞《アルファベータティーさいぼう》
    .explanation = T細胞の一つです。αβT細胞療法は、この細胞の働きを体の外で強めてから、体に戻す治療です。効果は確かめられていません。

# 使われているページ: detail-5
glossary-gamma-delta-t-cell = ｜γδT細胞《ガンマデルタティーさいぼう》
    .explanation = T細胞の一つです。γδT細胞療法は、この細胞の働きを体の外で強めてから、体に戻す治療です。効果は確かめられていません。

# 使われているページ: core-3, detail-2
glossary-bcg = ｜BCG《ビーシージー》
    .explanation = BCG療法は、早い時期の膀胱がんの治療です。手術でがんを取ったあと、BCGという薬を膀胱の中に入れます。効果が確かめられた免疫療法の一つです。

# 使われているページ: detail-5, QRコードの説明
glossary-jrct = ｜jRCT《ジェイアールシーティー》
    .explanation = 日本の臨床試験を登録している、国のサイトです。どんな臨床試験が行われているかを調べられます。

# 使われているページ: core-2, detail-2
glossary-pd-1 = ｜PD-1《ピーディーワン》
    .explanation = T細胞の表面にある、たんぱく質です。ほかの細胞のPD-L1がこれに結びつくと、T細胞は攻撃をやめます。

# 使われているページ: core-2, detail-2
glossary-pd-l1 = ｜PD-L1《ピーディーエルワン》
    .explanation = T細胞のPD-1に結びついて、T細胞の攻撃をやめさせるたんぱく質です。がん細胞の中には、PD-L1をたくさん持っているものがあります。

# 使われているページ: core-2, detail-2
glossary-ctla-4 = ｜CTLA-4《シーティーエルエーフォー》
    .explanation = 免疫のブレーキとして働く、たんぱく質の一つです。イピリムマブなどの薬が、このブレーキを外します。

# 使われているページ: core-1, detail-5
glossary-dendritic-cell = 樹状細胞
    .explanation = がん細胞の目印を、T細胞に教える細胞です。目印を覚えたT細胞は、がん細胞を攻撃します。

# 使われているページ: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = ｜T細胞《ティーさいぼう》
    .explanation = 白血球の一つです。がん細胞を見つけて、攻撃できる細胞です。

# 使われているページ: core-4, detail-5, detail-6, about, QRコードの説明, 相談窓口の案内
glossary-consultation-center = がん相談支援センター
    .explanation = 全国のがん診療連携拠点病院などにある、相談するところです。相談は無料です。その病院に通っていない人も、相談できます。

# 使われているページ: core-4, detail-5, detail-6
glossary-second-opinion = セカンドオピニオン
    .explanation = 今の担当の医師とは別の医師に、治療についての意見を聞くことです。

# 使われているページ: detail-5
glossary-advanced-care = 先進医療
    .explanation = 公的な医療保険がまだ使えない新しい医療のうち、国が認めたものです。特別に、保険診療と組み合わせて受けることができます。

# 使われているページ: detail-5
glossary-mixed-care = 混合診療
    .explanation = 保険診療と自由診療を組み合わせて受けることです。原則として、認められていません。
