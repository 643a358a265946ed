# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = 癌症免疫疗法指南
language-name = 简体中文
home-intro = 根据日本国立癌症研究中心的信息，通俗易懂地介绍癌症免疫疗法。
home-track-pages = { $count }页
home-open-track = 阅读
home-hint = 请点击您想阅读的部分。

nav-previous = 上一页
nav-next = 下一页
nav-home = 返回首页
nav-back = 返回
page-next-track = 继续阅读“{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = 第{ $current }页，共{ $total }页
swipe-hint = 用手指向左或向右滑动，也可以翻页。

text-size-label = 文字大小
contrast-label = 易读配色

legend-title = 两种“免疫疗法”
legend-proven = { $tag }：效果已得到证实的治疗
legend-broad = { $tag }：也包括效果未经证实的治疗

page-source = 出处：{ $sources }
content-reviewed = 内容最终确认日期：{ $year }年{ $month }月{ $day }日
about-open = 关于本信息
qr-hint = 用智能手机的相机扫描，即可打开官方网页。
qr-alt = 二维码：{ $caption }（{ $url }）

consult-desk-title = 本院的咨询窗口
consult-desk-location = 地点
consult-desk-phone = 电话
consult-desk-line = { $label }：{ $value }
consult-desk-hours = 受理时间

attract-touch = 请触摸屏幕
attract-subtitle = 通俗易懂地介绍癌症免疫疗法。

idle-title = 您还要继续阅读吗？
idle-countdown = { $seconds }秒后将返回首页。
idle-continue = 继续阅读

staff-pin-title = 工作人员专用：请输入密码
staff-pin-wrong = 密码错误。还可以再试{ $tries }次。
staff-pin-locked = 已暂时停止输入。请在{ $minutes }分钟后重试。
staff-pin-clear = 删除
staff-pin-enter = 确定
staff-cancel = 关闭
staff-not-set-up-title = 尚未设置工作人员入口
staff-not-set-up-body = 管理员在本终端上运行“immuno-kiosk set-pin”设定密码后，即可使用。具体步骤请参阅 INSTALL.md。
staff-menu-title = 工作人员菜单
staff-open-settings = 设置…
staff-show-cursor = 显示鼠标指针
staff-hide-cursor = 隐藏鼠标指针
staff-quit = 退出信息终端
staff-lock = 关闭工作人员菜单并锁定
staff-auto-lock = 2分钟内无操作时，将自动锁定。

settings-title = 设置
settings-save = 保存
settings-discard = 取消
settings-back = 返回工作人员菜单
settings-saved = 已保存，并立即生效。
settings-saved-partly = 已保存，但以下值无法使用，因此保持原样：{ $fields }
settings-pin-length = 密码为4～12位。本次输入不计入次数。
settings-no-config-files = 无法保存：未使用设置文件。
settings-save-failed = 无法保存：{ $error }
settings-unsaved = 有尚未保存的更改。
settings-no-changes = 没有更改。
settings-origin = 设置来源：{ $layer }
settings-locked = 已由IT部门固定，无法在此更改。
settings-on = 开
settings-off = 关
settings-step-down = −{ $seconds }秒
settings-step-up = +{ $seconds }秒
settings-seconds = { $seconds }秒
settings-idle-timeout = 无操作多长时间后显示确认提示
settings-idle-warning = 显示确认提示后，多长时间返回首页
settings-locales = 使用的语言（从上到下依次显示）
settings-move-up = 上移
settings-default-locale = 初始显示的语言
settings-default-text-scale = 初始文字大小
settings-high-contrast = 一开始就使用易读配色
settings-show-cursor = 显示鼠标指针
settings-allow-quit = 在工作人员菜单中显示“退出”
settings-consultation = 本院的咨询窗口（用键盘输入）
settings-desk-name = 窗口名称
settings-desk-location = 地点
settings-desk-phone = 电话
settings-desk-hours = 受理时间
settings-desk-url = 网页地址（https://，以二维码显示）
settings-content-dir = 替换内容的文件夹（留空则使用内置内容）
settings-pin = 工作人员密码
settings-change-pin = 更改密码…
settings-pin-current = 请输入当前密码
settings-pin-new = 请输入新密码（4～12位）
settings-pin-again = 请再次输入新密码
settings-pin-changed = 密码已更改。
settings-pin-mismatch = 两次输入不一致。请从头再来。
settings-pin-invalid = 密码为4～12位数字。
settings-about = 关于本终端
settings-version = 版本：{ $version }
settings-layers = 设置文件
settings-layer-loaded = 已读取
settings-layer-absent = 无
settings-layer-error = 错误（{ $position }）：{ $message }
settings-problems = 设置文件中的问题
settings-backup = 最后一次正确保存的设置：{ $path }
settings-backup-none = 最后一次正确保存的设置：尚无
layer-default = 默认值
layer-system = 系统设置 { $path }
layer-dropin = 附加设置 { $path }
layer-local = 工作人员设置 { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = 假名注音
furigana-off = 无
furigana-hard-terms = 难词
furigana-all = 所有汉字

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = 词语解释：{ $term }
term-card-title = 词语解释
term-card-close = 关闭

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = 使用情况…
usage-title = 使用情况
usage-days = 过去{ $days }天
usage-visits-chart = 每天的使用次数
usage-visits-total = 此期间共使用{ $visits }次。其中读到最后一页的有{ $completed }次。
usage-top-pages = 常被打开的页面
usage-languages = 使用过的语言
usage-text-sizes = 选择过的文字大小
usage-count = { $count }次
usage-empty = 此期间没有记录。
usage-off = 使用情况记录已停止。可在设置中切换。
usage-problem = 记录无法保存到文件。在重新启动之前，记录暂存在终端内。原因：{ $error }
usage-moved-aside = 无法读取的记录文件已移至 { $path }。
usage-privacy = 只记录每天次数的合计。不记录可识别个人身份的信息。
settings-usage-counts = 使用情况记录（仅记录不能识别个人身份的次数）
settings-usage-retention = 记录保留天数
settings-days = { $days }天
settings-step-down-days = −{ $days }天
settings-step-up-days = +{ $days }天
settings-usage-delete = 删除全部记录
settings-usage-deleted = 已删除全部使用情况记录。

# Read aloud
speech-read = 朗读
speech-pause = 暂停
speech-resume = 继续朗读
speech-stop = 停止
speech-playing = 正在朗读
speech-paused = 已暂停
speech-rate = 速度
speech-rate-normal = 正常
speech-rate-slow = 慢速
speech-volume = 音量
speech-volume-low = 小
speech-volume-medium = 中
speech-volume-high = 大
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = 朗读
settings-speech-ready = 可以使用朗读功能（{ $languages }）。
settings-speech-unavailable = 无法使用朗读功能。请告知IT负责人：{ $reason }
settings-speech-device = 音频输出设备
settings-speech-volume = 初始音量

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = 语言
language-chooser-title = 请选择语言
language-chooser-close = 关闭
stale-shown-in-japanese = 本页部分内容的日语原文已更新。该部分以日语显示。
stale-marked = 本页部分内容是日语原文更新前的译文。最新内容请查看日语页面。
settings-stale = 原文更改后的旧译文
settings-stale-japanese = 显示日语原文
settings-stale-mark = 显示旧译文，并在页面上显示提示
settings-hide-unreviewed = 隐藏未经医学翻译人员审核的语言
settings-language-status = 各语言的翻译状态
settings-language-reference = { $name }：原文
settings-language-state = { $name }：共{ $total }条，已翻译{ $translated }条，已审核{ $reviewed }条，旧译文{ $stale }条
