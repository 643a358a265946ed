# Từ ngữ của khung màn hình (nút bấm và hướng dẫn). Nội dung các trang nằm trong core.ftl và details.ftl.

app-title = Hướng dẫn về liệu pháp miễn dịch điều trị ung thư
language-name = Tiếng Việt
home-intro = Giới thiệu dễ hiểu về liệu pháp miễn dịch điều trị ung thư, dựa trên thông tin của Trung tâm Ung thư Quốc gia Nhật Bản.
home-track-pages = { $count } trang
home-open-track = Đọc
home-hint = Hãy chạm vào phần bạn muốn đọc.

nav-previous = Trước
nav-next = Tiếp
nav-home = Về trang đầu
nav-back = Quay lại
page-next-track = Đọc tiếp “{ $track }”
page-progress = { $current } / { $total }
page-progress-spoken = Trang { $current } trên tổng số { $total } trang
swipe-hint = Bạn cũng có thể vuốt ngón tay sang trái hoặc phải để chuyển trang.

text-size-label = Cỡ chữ
contrast-label = Màu dễ nhìn

legend-title = Hai loại “liệu pháp miễn dịch”
legend-proven = { $tag }: phương pháp điều trị đã được chứng minh có hiệu quả
legend-broad = { $tag }: gồm cả các phương pháp điều trị chưa được chứng minh có hiệu quả

page-source = Nguồn: { $sources }
content-reviewed = Ngày kiểm tra nội dung lần cuối: ngày { $day } tháng { $month } năm { $year }
about-open = Về thông tin này
qr-hint = Quét bằng camera điện thoại thông minh để mở trang chính thức.
qr-alt = Mã QR: { $caption } ({ $url })

consult-desk-title = Quầy tư vấn của bệnh viện này
consult-desk-location = Địa điểm
consult-desk-phone = Điện thoại
consult-desk-line = { $label }: { $value }
consult-desk-hours = Giờ tiếp nhận

attract-touch = Hãy chạm vào màn hình
attract-subtitle = Giới thiệu dễ hiểu về liệu pháp miễn dịch điều trị ung thư.

idle-title = Bạn vẫn đang đọc chứ?
idle-countdown = Sau { $seconds } giây nữa, màn hình sẽ trở về trang đầu.
idle-continue = Đọc tiếp

staff-pin-title = Dành cho nhân viên: hãy nhập mã PIN
staff-pin-wrong = Mã PIN không đúng. Bạn còn thử được { $tries } lần nữa.
staff-pin-locked = Tạm thời không nhập được. Vui lòng thử lại sau { $minutes } phút.
staff-pin-clear = Xóa
staff-pin-enter = Xác nhận
staff-cancel = Đóng
staff-not-set-up-title = Lối vào dành cho nhân viên chưa được thiết lập
staff-not-set-up-body = Lối vào sẽ dùng được khi quản trị viên chạy lệnh “immuno-kiosk set-pin” trên máy này để đặt mã PIN. Xem các bước trong INSTALL.md.
staff-menu-title = Menu nhân viên
staff-open-settings = Cài đặt…
staff-show-cursor = Hiện con trỏ chuột
staff-hide-cursor = Ẩn con trỏ chuột
staff-quit = Thoát ki-ốt
staff-lock = Đóng menu nhân viên và khóa lại
staff-auto-lock = Nếu không có thao tác nào trong 2 phút, menu sẽ tự động khóa.

settings-title = Cài đặt
settings-save = Lưu
settings-discard = Hủy
settings-back = Quay lại menu nhân viên
settings-saved = Đã lưu. Cài đặt mới được dùng ngay.
settings-saved-partly = Đã lưu, nhưng các giá trị sau không dùng được nên vẫn giữ như cũ: { $fields }
settings-pin-length = Mã PIN gồm 4–12 chữ số. Lần nhập này không được tính.
settings-no-config-files = Không lưu được: không có tệp cài đặt nào đang được dùng.
settings-save-failed = Không lưu được: { $error }
settings-unsaved = Có thay đổi chưa được lưu.
settings-no-changes = Không có thay đổi.
settings-origin = Nguồn cài đặt: { $layer }
settings-locked = Bộ phận IT đã cố định mục này, không thể thay đổi ở đây.
settings-on = Bật
settings-off = Tắt
settings-step-down = −{ $seconds } giây
settings-step-up = +{ $seconds } giây
settings-seconds = { $seconds } giây
settings-idle-timeout = Thời gian không có thao tác trước khi hiện câu hỏi xác nhận
settings-idle-warning = Thời gian từ khi hiện câu hỏi xác nhận đến khi trở về trang đầu
settings-locales = Ngôn ngữ sử dụng (hiển thị theo thứ tự từ trên xuống)
settings-move-up = Lên trên
settings-default-locale = Ngôn ngữ hiển thị lúc đầu
settings-default-text-scale = Cỡ chữ lúc đầu
settings-high-contrast = Dùng màu dễ nhìn ngay từ đầu
settings-show-cursor = Hiện con trỏ chuột
settings-allow-quit = Hiện mục “Thoát” trong menu nhân viên
settings-consultation = Quầy tư vấn của bệnh viện này (nhập bằng bàn phím)
settings-desk-name = Tên quầy
settings-desk-location = Địa điểm
settings-desk-phone = Điện thoại
settings-desk-hours = Giờ tiếp nhận
settings-desk-url = Địa chỉ trang web (https://, hiển thị bằng mã QR)
settings-content-dir = Thư mục nội dung thay thế (để trống: dùng nội dung có sẵn)
settings-pin = Mã PIN của nhân viên
settings-change-pin = Đổi mã PIN…
settings-pin-current = Hãy nhập mã PIN hiện tại
settings-pin-new = Hãy nhập mã PIN mới (4–12 chữ số)
settings-pin-again = Hãy nhập lại mã PIN mới một lần nữa
settings-pin-changed = Đã đổi mã PIN.
settings-pin-mismatch = Hai lần nhập không khớp nhau. Vui lòng làm lại từ đầu.
settings-pin-invalid = Mã PIN là dãy 4–12 chữ số.
settings-about = Về máy này
settings-version = Phiên bản: { $version }
settings-layers = Tệp cài đặt
settings-layer-loaded = đã đọc
settings-layer-absent = không có
settings-layer-error = lỗi ({ $position }): { $message }
settings-problems = Vấn đề trong tệp cài đặt
settings-backup = Cài đặt được lưu đúng lần cuối: { $path }
settings-backup-none = Cài đặt được lưu đúng lần cuối: chưa có
layer-default = giá trị mặc định
layer-system = cài đặt hệ thống { $path }
layer-dropin = cài đặt bổ sung { $path }
layer-local = cài đặt của nhân viên { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = Cách đọc (furigana)
furigana-off = Không
furigana-hard-terms = Từ khó
furigana-all = Mọi chữ Hán

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = Giải thích từ: { $term }
term-card-title = Giải thích từ ngữ
term-card-close = Đóng

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = Tình hình sử dụng…
usage-title = Tình hình sử dụng
usage-days = { $days } ngày qua
usage-visits-chart = Số lượt sử dụng mỗi ngày
usage-visits-total = Trong thời gian này có { $visits } lượt sử dụng. Có { $completed } lượt đọc đến trang cuối.
usage-top-pages = Các trang được mở nhiều
usage-languages = Ngôn ngữ đã dùng
usage-text-sizes = Cỡ chữ đã chọn
usage-count = { $count } lượt
usage-empty = Không có bản ghi nào trong thời gian này.
usage-off = Việc ghi lại tình hình sử dụng đang tắt. Có thể bật trong phần cài đặt.
usage-problem = Không lưu được bản ghi vào tệp. Máy sẽ giữ bản ghi trong bộ nhớ cho đến khi khởi động lại. Lý do: { $error }
usage-moved-aside = Tệp bản ghi không đọc được đã được chuyển sang { $path }.
usage-privacy = Chỉ ghi lại tổng số lượt mỗi ngày. Không ghi thông tin nào có thể nhận ra một người.
settings-usage-counts = Ghi lại tình hình sử dụng (chỉ số lượt, không nhận ra cá nhân)
settings-usage-retention = Số ngày lưu giữ bản ghi
settings-days = { $days } ngày
settings-step-down-days = −{ $days } ngày
settings-step-up-days = +{ $days } ngày
settings-usage-delete = Xóa toàn bộ bản ghi
settings-usage-deleted = Đã xóa toàn bộ bản ghi tình hình sử dụng.

# Read aloud
speech-read = Đọc to
speech-pause = Tạm dừng
speech-resume = Đọc tiếp
speech-stop = Dừng
speech-playing = Đang đọc to
speech-paused = Đang tạm dừng
speech-rate = Tốc độ
speech-rate-normal = Bình thường
speech-rate-slow = Chậm
speech-volume = Âm lượng
speech-volume-low = Nhỏ
speech-volume-medium = Vừa
speech-volume-high = Lớn
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》. Copied from the English locale.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = Đọc to
settings-speech-ready = Có thể dùng chức năng đọc to ({ $languages }).
settings-speech-unavailable = Không dùng được chức năng đọc to. Hãy báo cho người phụ trách IT: { $reason }
settings-speech-device = Thiết bị phát âm thanh
settings-speech-volume = Âm lượng lúc đầu

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = Ngôn ngữ
language-chooser-title = Hãy chọn ngôn ngữ
language-chooser-close = Đóng
stale-shown-in-japanese = Một phần của trang này đã được cập nhật trong bản gốc tiếng Nhật. Phần đó đang được hiển thị bằng tiếng Nhật.
stale-marked = Một phần của trang này là bản dịch từ trước khi bản gốc tiếng Nhật được cập nhật. Vui lòng xem nội dung mới nhất ở trang tiếng Nhật.
settings-stale = Bản dịch cũ sau khi bản gốc thay đổi
settings-stale-japanese = Hiển thị bản gốc tiếng Nhật
settings-stale-mark = Hiển thị bản dịch cũ, kèm lời lưu ý trên trang
settings-hide-unreviewed = Ẩn các ngôn ngữ chưa được người dịch y khoa kiểm tra
settings-language-status = Tình trạng bản dịch của từng ngôn ngữ
settings-language-reference = { $name }: bản gốc
settings-language-state = { $name }: trong tổng số { $total } mục, đã dịch { $translated }, đã kiểm tra { $reviewed }, bản dịch cũ { $stale }
