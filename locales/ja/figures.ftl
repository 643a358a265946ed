# 図の言葉。-alt は画面読み上げ用の説明（図が何を示しているか）、ほかは図の上に置くラベルです。
# ラベルの位置は assets/content.ron の Figure ブロックにあります。図そのものは assets/figures/ にあります。

## core-1

figure-core-1-alt = 左では、T細胞ががん細胞を攻撃して取り除いています。右では、がん細胞がT細胞にブレーキをかけています。取り除かれなかったがん細胞が増えています。
figure-core-1-tcell = T細胞
figure-core-1-removed = がん細胞が取り除かれる
figure-core-1-brake = ブレーキ
figure-core-1-grow = がん細胞が残って増える

## core-2

figure-core-2-alt = 左では、がん細胞のPD-L1が、T細胞のPD-1に結びついています。ブレーキがかかり、T細胞は攻撃をやめています。右では、薬がPD-1をふさいでいます。ブレーキが外れて、T細胞が再びがん細胞を攻撃しています。
figure-core-2-pd1 = T細胞のPD-1
figure-core-2-pdl1 = がん細胞のPD-L1
figure-core-2-medicine = ブレーキを外す薬
figure-core-2-attack = 再び攻撃する

## core-3

figure-core-3-alt = 大きな円は、免疫療法と呼ばれる治療の全体です。その中の小さな円が、効果が証明された免疫療法です。効果が証明されたものは、まだ一部に限られています。
figure-core-3-broad = 免疫療法（広義）
figure-core-3-unproven = 効果の証明がないもの
figure-core-3-proven = 免疫療法（効果あり）
