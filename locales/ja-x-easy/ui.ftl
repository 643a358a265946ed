# 画面の枠（ボタンや案内）の言葉。ページ本文は core.ftl と details.ftl にあります。

app-title = がん免疫療法ガイド
language-name = やさしい にほんご
home-intro = がんの免疫療法について、分かりやすく説明します。国立がん研究センターの情報をもとにしています。
home-track-pages = { $count }ページ
home-open-track = 読む
home-hint = 読みたいほうを押してください。

nav-previous = 前へ
nav-next = 次へ
nav-home = はじめに戻る
nav-back = 戻る
page-next-track = 続けて「{ $track }」を読む
page-progress = { $current } / { $total }
page-progress-spoken = 全部で{ $total }ページのうち、{ $current }ページ目
swipe-hint = 指で画面を右や左になぞっても、ほかのページに行けます。

text-size-label = 字の大きさ
contrast-label = 見やすい色

legend-title = 2つの「免疫療法」
legend-proven = { $tag }：効果が確かめられた治療
legend-broad = { $tag }：効果が確かめられていない治療も入る

page-source = 出典（情報のもと）：{ $sources }
content-reviewed = 内容を最後に確かめた日：{ $year }年{ $month }月{ $day }日
about-open = この情報について
qr-hint = スマートフォンのカメラで読むと、公式のページを開けます。
qr-alt = QRコード：{ $caption }（{ $url }）

consult-desk-title = この病院の相談するところ
consult-desk-location = 場所
consult-desk-phone = 電話
consult-desk-line = { $label }：{ $value }
consult-desk-hours = 相談できる時間

attract-touch = 画面にさわってください
attract-subtitle = がんの免疫療法について、分かりやすく説明します。

idle-title = まだ見ますか？
idle-countdown = あと{ $seconds }秒で、はじめの画面に戻ります。
idle-continue = 続けて読む

staff-pin-title = 職員用：暗証番号を入れてください
staff-pin-wrong = 暗証番号が違います。あと{ $tries }回、試せます。
staff-pin-locked = 今は入力できません。{ $minutes }分あとに、もう一度試してください。
staff-pin-clear = 消す
staff-pin-enter = 決定
staff-cancel = 閉じる
staff-not-set-up-title = 職員用の入口は、まだ設定されていません
staff-not-set-up-body = 管理者が、この機械で「immuno-kiosk set-pin」を実行してください。そして、暗証番号を決めてください。そうすると、使えるようになります。やり方は INSTALL.md を見てください。
staff-menu-title = 職員メニュー
staff-open-settings = 設定…
staff-show-cursor = マウスの矢印を出す
staff-hide-cursor = マウスの矢印を隠す
staff-quit = キオスクを終わる
staff-lock = 職員メニューを閉じて、かぎをかける
staff-auto-lock = 2分間なにも操作しないと、自動でかぎがかかります。

settings-title = 設定
settings-save = 保存
settings-discard = 取り消し
settings-back = 職員メニューに戻る
settings-saved = 保存しました。すぐに使われます。
settings-saved-partly = 保存しました。でも、次の値は使えない値でした。だから、前のままです：{ $fields }
settings-pin-length = 暗証番号は4～12けたです。この入力は数えません。
settings-no-config-files = 保存できませんでした：設定ファイルが使われていません。
settings-save-failed = 保存できませんでした：{ $error }
settings-unsaved = 保存していない変更があります。
settings-no-changes = 変更はありません。
settings-origin = 設定のもと：{ $layer }
settings-locked = IT部門が決めているので、ここでは変えられません。
settings-on = オン
settings-off = オフ
settings-step-down = −{ $seconds }秒
settings-step-up = ＋{ $seconds }秒
settings-seconds = { $seconds }秒
settings-idle-timeout = 操作がないとき、確認を出すまでの時間
settings-idle-warning = 確認を出してから、はじめの画面に戻るまでの時間
settings-locales = 使う言語（上から順に出す）
settings-move-up = 上へ
settings-default-locale = はじめに出す言語
settings-default-text-scale = はじめの字の大きさ
settings-high-contrast = はじめから見やすい色にする
settings-show-cursor = マウスの矢印を出す
settings-allow-quit = 職員メニューに「終わる」を出す
settings-consultation = この病院の相談するところ（キーボードで入力）
settings-desk-name = 相談するところの名前
settings-desk-location = 場所
settings-desk-phone = 電話
settings-desk-hours = 相談できる時間
settings-desk-url = ページのアドレス（https://、QRコードで出す）
settings-content-dir = 入れかえる内容のフォルダー（空なら、はじめからある内容）
settings-pin = 職員用の暗証番号
settings-change-pin = 暗証番号を変える…
settings-pin-current = 今の暗証番号を入れてください
settings-pin-new = 新しい暗証番号（4～12けた）を入れてください
settings-pin-again = 新しい暗証番号を、もう一度入れてください
settings-pin-changed = 暗証番号を変えました。
settings-pin-mismatch = 2回の入力が違います。もう一度、はじめからやってください。
settings-pin-invalid = 暗証番号は、4～12けたの数字です。
settings-about = この機械について
settings-version = バージョン：{ $version }
settings-layers = 設定ファイル
settings-layer-loaded = 読み込みました
settings-layer-absent = なし
settings-layer-error = エラー（{ $position }）：{ $message }
settings-problems = 設定ファイルの問題
settings-backup = 最後に正しく保存した設定：{ $path }
settings-backup-none = 最後に正しく保存した設定：まだありません
layer-default = はじめの値
layer-system = システムの設定 { $path }
layer-dropin = 追加の設定 { $path }
layer-local = 職員の設定 { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = ふりがな
furigana-off = なし
furigana-hard-terms = むずかしい言葉
furigana-all = すべての漢字

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = 言葉の説明：{ $term }
term-card-title = 言葉の説明
term-card-close = 閉じる

# The staff usage screen (利用状況) and the usage rows of the settings screen.
staff-open-usage = 使われ方…
usage-title = 使われ方
usage-days = 前の{ $days }日
usage-visits-chart = 1日ごとに使われた回数
usage-visits-total = この間に使われたのは{ $visits }回です。最後のページまで読まれたのは{ $completed }回です。
usage-top-pages = よく開かれたページ
usage-languages = 使われた言語
usage-text-sizes = 選ばれた字の大きさ
usage-count = { $count }回
usage-empty = この間の記録はありません。
usage-off = 使われ方の記録は、止まっています。設定で変えられます。
usage-problem = 記録をファイルに保存できていません。もう一度起動するまでは、機械の中に覚えています。理由：{ $error }
usage-moved-aside = 読めなかった記録ファイルを、{ $path } に移しました。
usage-privacy = 1日ごとの回数の合計だけを記録しています。だれが使ったか分かる情報は、記録しません。
settings-usage-counts = 使われ方の記録（だれか分からない回数だけ）
settings-usage-retention = 記録を残す日数
settings-days = { $days }日
settings-step-down-days = −{ $days }日
settings-step-up-days = ＋{ $days }日
settings-usage-delete = 記録を全部消す
settings-usage-deleted = 使われ方の記録を、全部消しました。

# 読み上げ
speech-read = 読み上げ
speech-pause = 少し止める
speech-resume = 続きを読む
speech-stop = 止める
speech-playing = 読み上げ中
speech-paused = 少し止めています
speech-rate = 速さ
speech-rate-normal = ふつう
speech-rate-slow = ゆっくり
speech-volume = 音の大きさ
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
settings-speech-ready = 読み上げが使えます（{ $languages }）。
settings-speech-unavailable = 読み上げは使えません。IT の担当者に伝えてください：{ $reason }
settings-speech-device = 音を出すところ
settings-speech-volume = はじめの音の大きさ

# 言語の切り替え（すべての画面の上）と、古い訳・確認されていない訳の扱い
language-switch = 言語
language-chooser-title = 言語を選んでください
language-chooser-close = 閉じる
stale-shown-in-japanese = このページの一部は、もとの日本語の文章が新しくなりました。その部分は、ふつうの日本語で出しています。
stale-marked = このページの一部は、もとの日本語の文章が新しくなる前の文章です。いちばん新しい内容は、日本語のページで確かめてください。
settings-stale = もとの文章が変わったあとの、古い訳
settings-stale-japanese = もとの日本語の文章を出す
settings-stale-mark = 古い訳を出して、ページに注意を書く
settings-hide-unreviewed = 医療の翻訳者が確かめていない言語を隠す
settings-language-status = 言語ごとの翻訳の様子
settings-language-reference = { $name }：もとの文章
settings-language-state = { $name }：全部で{ $total }件のうち、翻訳 { $translated }件、確認ずみ { $reviewed }件、古い訳 { $stale }件
