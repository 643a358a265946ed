# 用語の説明。値は、ページに書かれているとおりの言葉（ふりがなの印つき）。
# .explanation は、カードに出る短い説明です。

# 使われているページ: core-3, core-4, detail-5, バッジと凡例（全画面）
glossary-broad-sense = 広義《こうぎ》
    .explanation = 「広い意味」という意味です。「免疫療法（広義）」は、効果が証明されていないものも含めた、免疫療法と呼ばれる治療の全体です。

# 使われているページ: detail-1, detail-2, detail-5, detail-6
glossary-approval = 承認《しょうにん》
    .explanation = 国が認めることです。薬などを、決められた病気の治療に使ってよいと認めることをいいます。

# 使われているページ: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = 免疫《めんえき》チェックポイント阻害薬《そがいやく》
    .explanation = がん細胞が免疫にかけた「ブレーキ」を外す薬です。がん細胞を直接攻撃するのではなく、T細胞が再びがん細胞を攻撃できるようにします。

# 使われているページ: core-4, detail-5, detail-6
glossary-self-pay = 自由診療《じゆうしんりょう》
    .explanation = 公的な医療保険が使えず、費用を全額自分で払う医療です。効果が証明されていない治療が、高い費用で行われていることがあります。

# 使われているページ: core-4, detail-5
glossary-insured-care = 保険診療《ほけんしんりょう》
    .explanation = 公的な医療保険が使える診療です。効果が証明された免疫療法は、決められたがんに、保険診療で使えます。

# 使われているページ: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QRコードの説明, 出典の行
glossary-clinical-trial = 臨床試験《りんしょうしけん》
    .explanation = 新しい治療の効果や安全性を、患者さんに参加してもらって調べる研究です。参加するには条件があります。

# 使われているページ: core-4, detail-5
glossary-approval-trial = 治験《ちけん》
    .explanation = 臨床試験のうち、薬などの国の承認を目指して行うものです。

# 使われているページ: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, はじめの画面
glossary-side-effect = 副作用《ふくさよう》
    .explanation = 薬や治療によって体に起こる、よくない変化です。免疫療法の副作用は、治療を終えたあとに出ることもあります。

# 使われているページ: detail-4
glossary-immune-related-side-effect = 免疫関連有害事象《めんえきかんれんゆうがいじしょう》
    .explanation = 免疫のブレーキを外したために、免疫が体の正常な臓器に炎症を起こすことです。皮膚、腸、肝臓、肺、ホルモンを作る臓器などに起こります。

# 使われているページ: core-3, detail-1, detail-2, detail-4
glossary-car-t = ｜CAR-T細胞療法《カーティーさいぼうりょうほう》
    .explanation = 患者さん自身のT細胞をもとに治療用の細胞を作り、点滴で体に戻す治療です。B細胞の血液がんの一部と、多発性骨髄腫に使われます。

# 使われているページ: detail-2, detail-4
glossary-cytokine-release-syndrome = サイトカイン放出症候群《ほうしゅつしょうこうぐん》
    .explanation = サイトカインという物質が体の中で急に増えて起こる、重い副作用です。CAR-T細胞療法などで起こることがあるため、始めてしばらくは注意深く様子をみます。

# 使われているページ: detail-4
glossary-autoimmune = 自己免疫《じこめんえき》
    .explanation = 自己免疫の病気は、免疫が自分の体を攻撃してしまう病気です。橋本病や潰瘍性大腸炎などがあります。

# 使われているページ: detail-2
glossary-msi-h-tmb-h = ｜MSI-H《エムエスアイハイ》、｜TMB-H《ティーエムビーハイ》
    .explanation = がんの遺伝子を調べる検査で分かる、がんの性質の名前です。この結果のがんには、血液がん以外でも、免疫チェックポイント阻害薬が使えることがあります。

# 使われているページ: detail-5
glossary-nk-cell = ｜NK細胞《エヌケーさいぼう》
    .explanation = 生まれつき体にある免疫を担う、白血球の一種です。日本臨床腫瘍学会は、NK細胞療法を勧めていません。

# 使われているページ: detail-5
glossary-brm = ｜BRM《ビーアールエム》
    .explanation = BRM療法は、免疫の働きを強めるといわれる物質を使う治療です。自由診療で行われていますが、効果は証明されていません。

# 使われているページ: detail-5
glossary-alpha-beta-t-cell = ｜αβT細胞《アルファベータティーさいぼう》
    .explanation = T細胞の一種です。αβT細胞療法は、この細胞の働きを体の外で強めてから、体に戻す治療です。効果は証明されていません。

# 使われているページ: detail-5
glossary-gamma-delta-t-cell = ｜γδT細胞《ガンマデルタティーさいぼう》
    .explanation = T細胞の一種です。γδT細胞療法は、この細胞の働きを体の外で強めてから、体に戻す治療です。効果は証明されていません。

# 使われているページ: core-3, detail-2
glossary-bcg = ｜BCG《ビーシージー》
    .explanation = BCG療法は、早期の膀胱がんを手術で取ったあと、BCGという薬を膀胱の中に入れる治療です。効果が証明された免疫療法の一種です。

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
    .explanation = 免疫のブレーキとして働く、たんぱく質の一種です。イピリムマブなどの薬が、このブレーキを外します。

# 使われているページ: core-1, detail-5
glossary-dendritic-cell = 樹状細胞《じゅじょうさいぼう》
    .explanation = がん細胞の目印をT細胞に伝える細胞です。目印を覚えたT細胞は、がん細胞を攻撃します。

# 使われているページ: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = ｜T細胞《ティーさいぼう》
    .explanation = 白血球の一種で、がん細胞を見つけて攻撃できる細胞です。

# 使われているページ: core-4, detail-5, detail-6, about, QRコードの説明, 相談窓口の案内
glossary-consultation-center = がん相談支援《そうだんしえん》センター
    .explanation = 全国のがん診療連携拠点病院などにある相談窓口です。相談は無料で、その病院にかかっていない人も相談できます。

# 使われているページ: core-4, detail-5, detail-6
glossary-second-opinion = セカンドオピニオン
    .explanation = 今の担当医とは別の医師に、治療についての意見を聞くことです。

# 使われているページ: detail-5
glossary-advanced-care = 先進医療《せんしんいりょう》
    .explanation = 公的な医療保険がまだ使えない新しい医療のうち、国が認めたものです。例外として、保険診療と組み合わせて受けることが認められています。

# 使われているページ: detail-5
glossary-mixed-care = 混合診療《こんごうしんりょう》
    .explanation = 保険診療と自由診療を組み合わせて受けることです。原則として認められていません。
