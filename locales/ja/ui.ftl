# 画面の枠（ボタンや案内）の言葉。ページ本文は core.ftl と details.ftl にあります。

app-title = がん免疫療法ガイド
language-name = 日本語
home-intro = がんの免疫療法について、国立がん研究センターの情報をもとに、わかりやすくご紹介します。
home-track-pages = { $count }ページ
home-open-track = 読む
home-hint = 読みたいほうを押してください。

nav-previous = 前へ
nav-next = 次へ
nav-home = はじめに戻る
page-progress = { $current } / { $total }
swipe-hint = 左右に指をすべらせても、ページを移れます。

text-size-label = 文字の大きさ
contrast-label = 見やすい配色

legend-title = 2つの「免疫療法」
legend-proven = 効果が証明された治療
legend-broad = 効果が証明されていない治療も含む

page-source = 出典：{ $sources }
content-reviewed = 内容の最終確認日：{ $year }年{ $month }月{ $day }日
about-open = この情報について
qr-hint = スマートフォンのカメラで読み取ると、公式のページを開けます。

consult-desk-title = この病院の相談窓口
consult-desk-location = 場所
consult-desk-phone = 電話
consult-desk-hours = 受付時間

attract-touch = 画面にふれてください
attract-subtitle = がんの免疫療法について、わかりやすくご紹介します。

idle-title = まだご覧になりますか？
idle-countdown = あと{ $seconds }秒で、はじめの画面に戻ります。
idle-continue = 続けて読む

staff-pin-title = 職員用：暗証番号を入力してください
staff-pin-wrong = 暗証番号が違います。あと{ $tries }回まで試せます。
staff-pin-locked = 入力を一時的に止めています。{ $minutes }分後にもう一度お試しください。
staff-pin-clear = 消す
staff-pin-enter = 決定
staff-cancel = 閉じる
staff-not-set-up-title = 職員用の入口は、まだ設定されていません
staff-not-set-up-body = 管理者がこの端末で「immuno-kiosk set-pin」を実行して暗証番号を決めると、使えるようになります。手順は INSTALL.md をご覧ください。
staff-menu-title = 職員メニュー
staff-open-settings = 設定…
staff-show-cursor = マウスの矢印を表示する
staff-hide-cursor = マウスの矢印を隠す
staff-quit = キオスクを終了する
staff-lock = 職員メニューを閉じて鍵をかける
staff-auto-lock = 操作がないまま2分たつと、自動で鍵がかかります。
