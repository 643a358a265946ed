# 画面の枠（ボタンや案内）の言葉。ページ本文は core.ftl と details.ftl にあります。

app-title = がん免疫療法ガイド
language-name = 日本語
home-intro = がんの免疫療法について、国立がん研究センターの情報をもとに、分かりやすくご紹介します。
home-track-pages = { $count }ページ
home-open-track = 読む
home-hint = 読みたいほうを押してください。

nav-previous = 前へ
nav-next = 次へ
nav-home = はじめに戻る
nav-back = 戻る
page-next-track = 続けて「{ $track }」を読む
page-progress = { $current } / { $total }
page-progress-spoken = 全{ $total }ページ中 { $current }ページ目
swipe-hint = 左右に指をすべらせても、ページを移れます。

text-size-label = 文字の大きさ
contrast-label = 見やすい配色

legend-title = 2つの「免疫療法」
legend-proven = { $tag }：効果が証明された治療
legend-broad = { $tag }：効果が証明されていない治療も含む

page-source = 出典：{ $sources }
content-reviewed = 内容の最終確認日：{ $year }年{ $month }月{ $day }日
about-open = この情報について
qr-hint = スマートフォンのカメラで読み取ると、公式のページを開けます。
qr-alt = QRコード：{ $caption }（{ $url }）

consult-desk-title = この病院の相談窓口
consult-desk-location = 場所
consult-desk-phone = 電話
consult-desk-line = { $label }：{ $value }
consult-desk-hours = 受付時間

attract-touch = 画面にふれてください
attract-subtitle = がんの免疫療法について、分かりやすくご紹介します。

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

settings-title = 設定
settings-save = 保存
settings-discard = 取り消し
settings-back = 職員メニューに戻る
settings-saved = 保存しました。すぐに使われます。
settings-saved-partly = 保存しましたが、次の値は使えない値だったため、元のままです：{ $fields }
settings-pin-length = 暗証番号は4～12けたです。この入力は数えません。
settings-no-config-files = 保存できませんでした：設定ファイルが使われていません。
settings-save-failed = 保存できませんでした：{ $error }
settings-unsaved = 保存していない変更があります。
settings-no-changes = 変更はありません。
settings-origin = 設定元：{ $layer }
settings-locked = IT部門が固定しているため、ここでは変えられません。
settings-on = オン
settings-off = オフ
settings-step-down = −{ $seconds }秒
settings-step-up = ＋{ $seconds }秒
settings-seconds = { $seconds }秒
settings-idle-timeout = 操作がないときに確認を出すまでの時間
settings-idle-warning = 確認を出してから、はじめの画面に戻るまでの時間
settings-locales = 使う言語（上から順に表示）
settings-move-up = 上へ
settings-default-locale = はじめに表示する言語
settings-default-text-scale = はじめの文字の大きさ
settings-high-contrast = はじめから見やすい配色にする
settings-show-cursor = マウスの矢印を表示する
settings-allow-quit = 職員メニューに「終了」を出す
settings-consultation = この病院の相談窓口（キーボードで入力）
settings-desk-name = 窓口の名前
settings-desk-location = 場所
settings-desk-phone = 電話
settings-desk-hours = 受付時間
settings-desk-url = ページのアドレス（https://、QRコードで表示）
settings-content-dir = 差し替えの内容フォルダー（空なら内蔵の内容）
settings-pin = 職員用の暗証番号
settings-change-pin = 暗証番号を変える…
settings-pin-current = 今の暗証番号を入力してください
settings-pin-new = 新しい暗証番号（4～12けた）を入力してください
settings-pin-again = 新しい暗証番号を、もう一度入力してください
settings-pin-changed = 暗証番号を変えました。
settings-pin-mismatch = 2回の入力が違います。もう一度最初からお願いします。
settings-pin-invalid = 暗証番号は4～12けたの数字です。
settings-about = この端末について
settings-version = バージョン：{ $version }
settings-layers = 設定ファイル
settings-layer-loaded = 読み込み済み
settings-layer-absent = なし
settings-layer-error = エラー（{ $position }）：{ $message }
settings-problems = 設定ファイルの問題
settings-backup = 最後に正しく保存された設定：{ $path }
settings-backup-none = 最後に正しく保存された設定：まだありません
layer-default = 初期値
layer-system = システム設定 { $path }
layer-dropin = 追加設定 { $path }
layer-local = 職員の設定 { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = ふりがな
furigana-off = なし
furigana-hard-terms = むずかしい言葉
furigana-all = すべての漢字

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = 用語の説明：{ $term }
term-card-title = 用語の説明
term-card-close = 閉じる

# The staff usage screen (利用状況) and the usage rows of the settings screen.
staff-open-usage = 利用状況…
usage-title = 利用状況
usage-days = 過去{ $days }日
usage-visits-chart = 1日ごとの利用の回数
usage-visits-total = この期間の利用は{ $visits }回です。最後のページまで読まれたのは{ $completed }回です。
usage-top-pages = よく開かれたページ
usage-languages = 使われた言語
usage-text-sizes = 選ばれた文字の大きさ
usage-count = { $count }回
usage-empty = この期間の記録はありません。
usage-off = 利用状況の記録は止まっています。設定で切り替えられます。
usage-problem = 記録をファイルに保存できていません。再起動までは端末の中に覚えています。理由：{ $error }
usage-moved-aside = 読めなかった記録ファイルを { $path } に移しました。
usage-privacy = 日ごとの回数の合計だけを記録しています。個人を特定する情報は記録しません。
settings-usage-counts = 利用状況の記録（個人を特定しない回数だけ）
settings-usage-retention = 記録を残す日数
settings-days = { $days }日
settings-step-down-days = −{ $days }日
settings-step-up-days = ＋{ $days }日
settings-usage-delete = 記録をすべて消す
settings-usage-deleted = 利用状況の記録をすべて消しました。

# 読み上げ
speech-read = 読み上げ
speech-pause = 一時停止
speech-resume = 続きを読む
speech-stop = 停止
speech-playing = 読み上げ中
speech-paused = 一時停止中
speech-rate = 速さ
speech-rate-normal = ふつう
speech-rate-slow = ゆっくり
speech-volume = 音量
speech-volume-low = 小
speech-volume-medium = 中
speech-volume-high = 大
# 音声合成が読みまちがえる言葉と、その正しい読み。一行に一語、ふりがなの印で書きます。
# 例: 生検《せいけん》、ラテン文字なら ｜PD-1《ピーディーワン》
speech-readings =
    生検《せいけん》
    好中球《こうちゅうきゅう》
    悪心《おしん》
settings-speech = 読み上げ
settings-speech-ready = 読み上げを使えます（{ $languages }）。
settings-speech-unavailable = 読み上げは使えません。IT 担当者に伝えてください：{ $reason }
settings-speech-device = 音声の出力先
settings-speech-volume = はじめの音量

# 言語の切り替え（すべての画面の上）と、古い訳・確認されていない訳の扱い
language-switch = 言語
language-chooser-title = 言語を選んでください
language-chooser-close = 閉じる
stale-shown-in-japanese = このページの一部は、日本語の原文が新しくなりました。その部分は日本語で表示しています。
stale-marked = このページの一部は、日本語の原文が新しくなる前の訳です。最新の内容は日本語のページで確認してください。
settings-stale = 原文が変わった後の古い訳
settings-stale-japanese = 日本語の原文を表示する
settings-stale-mark = 古い訳を表示し、ページに注意書きを出す
settings-hide-unreviewed = 医療翻訳者が確認していない言語を隠す
settings-language-status = 言語ごとの翻訳の状態
settings-language-reference = { $name }：原文
settings-language-state = { $name }：全{ $total }件のうち、翻訳 { $translated }件、確認済み { $reviewed }件、古い訳 { $stale }件
