# 図の言葉。-alt は画面読み上げ用の説明（図が何を示しているか）、ほかは図の上に置くラベルです。
# ラベルの位置は assets/content.ron の Figure ブロックにあります。図そのものは assets/figures/ にあります。

## core-1

figure-core-1-alt = 左の絵では、T細胞が、がん細胞を攻撃して取り除いています。右の絵では、がん細胞がT細胞にブレーキをかけています。取り除かれなかったがん細胞が、増えています。
figure-core-1-tcell = T細胞
figure-core-1-removed = がん細胞が取り除かれる
figure-core-1-brake = ブレーキ
figure-core-1-grow = がん細胞が残って増える

## core-2

figure-core-2-alt = 左の絵では、がん細胞のPD-L1が、T細胞のPD-1に結びついています。ブレーキがかかっています。右の絵では、薬がPD-1をふさいで、ブレーキを外しています。T細胞は、もう一度がん細胞を攻撃しています。
figure-core-2-pd1 = T細胞のPD-1
figure-core-2-pdl1 = がん細胞のPD-L1
figure-core-2-medicine = ブレーキを外す薬
figure-core-2-attack = もう一度攻撃する

## core-3

figure-core-3-alt = 大きな丸は、免疫療法と呼ばれる治療の全部です。その中の小さな丸が、効果が確かめられた免疫療法です。効果が確かめられたものは、まだ一部だけです。
figure-core-3-broad = 免疫療法（広い意味）
figure-core-3-unproven = 効果が分からないもの
figure-core-3-proven = 免疫療法（効果あり）

## core-4

figure-core-4-alt = 左の患者さんは、まず担当の医師か、がん相談支援センターに相談します。次に、ほかの医師の意見（セカンドオピニオン）を聞きます。保険が使えない治療（自由診療）を選ぶかどうかは、そのあとに考えます。
figure-core-4-doctor = 担当の医師
figure-core-4-center = がん相談支援センター
figure-core-4-second-opinion = セカンドオピニオン
figure-core-4-self-pay = 自由診療

## core-5

figure-core-5-alt = 人の体の絵です。副作用が起こりやすい場所に、印がついています。ホルモンを作る臓器、肺、肝臓、腸、皮膚です。
figure-core-5-hormone = ホルモンを作る臓器
figure-core-5-lungs = 肺
figure-core-5-liver = 肝臓
figure-core-5-skin = 皮膚
figure-core-5-gut = 腸

## detail-1

figure-detail-1-alt = ガイドラインにある、免疫療法の主な種類を、5つの絵で見せています。免疫のブレーキを外す薬。がんワクチン。T細胞を体に戻す治療。サイトカイン。そのほかの薬と組み合わせ。
figure-detail-1-checkpoint = ブレーキを外す薬
figure-detail-1-vaccine = がんワクチン
figure-detail-1-cells = T細胞を体に戻す治療
figure-detail-1-cytokine = サイトカイン
figure-detail-1-other = 組み合わせなど

## detail-2

figure-detail-2-alt = CAR-T細胞療法の流れです。血液から細胞を集めます。約6週間かけて、治療のための細胞を作ります。数日間、抗がん剤の治療を受けます。そのあと、作った細胞を点滴で体に戻します。
figure-detail-2-collect = 血液から細胞を集める
figure-detail-2-make = 約6週間で作る
figure-detail-2-chemo = 数日間の抗がん剤
figure-detail-2-drip = 点滴で体に戻す

## detail-3

figure-detail-3-alt = 同じように治療を始めた3人の、がんの大きさの変わり方です。1人目は、がんが小さくなります。2人目は、小さくなりません。3人目は、がんが速く大きくなっています。
figure-detail-3-shrinks = 小さくなる人
figure-detail-3-same = 小さくならない人
figure-detail-3-faster = 速く大きくなる人

## detail-4

figure-detail-4-alt = 症状を確かめる表に、印が1つついています。1つでもあれば、軽くても、すぐに電話で病院に連絡します。夜や休みの日も同じです。
figure-detail-4-even-one = 1つでもあれば
figure-detail-4-mild = 軽くても
figure-detail-4-call = すぐに連絡
figure-detail-4-night = 夜や休みの日も
figure-detail-4-hospital = 治療を受けている病院

## detail-5

figure-detail-5-alt = 左は、自由診療（保険が使えない治療）の病院やクリニックです。注意の印と、お金の印がついています。右は、臨床試験をする病院です。真ん中の患者さんは、どちらを考えるときも、まず担当の医師に相談します。
figure-detail-5-self-pay = 自由診療
figure-detail-5-unproven = 効果が分からない
figure-detail-5-ask-first = まず担当の医師に相談
figure-detail-5-trials = 臨床試験

## detail-6

figure-detail-6-alt = 患者さんが、聞きたいことを書いたメモを持っています。そして、担当の医師に質問しています。
figure-detail-6-memo = 聞きたいことのメモ
figure-detail-6-ask = 遠慮しないで聞く
figure-detail-6-doctor = 担当の医師

## track-core

figure-track-core-alt = T細胞とがん細胞の絵と、5つの丸です。はじめに知ってほしい5つのことを表しています。

## track-details

figure-track-details-alt = 虫めがねで、T細胞とがん細胞のつながりを大きくして見ています。もっと詳しい説明を表しています。
