## Những điều nên biết trước tiên (5 điểm chính)

track-core-title = Những điều nên biết trước tiên
track-core-summary = 5 điểm chính nên biết trước tiên về liệu pháp miễn dịch.

## Nhãn, chú thích mã QR, nguồn (dùng trên mọi trang)

tag-proven = Liệu pháp miễn dịch (đã chứng minh hiệu quả)
tag-broad = Liệu pháp miễn dịch (nghĩa rộng)
link-ganjoho = Trang chủ “Dịch vụ Thông tin Ung thư” của Trung tâm Ung thư Quốc gia Nhật Bản
link-ganjoho-immunotherapy = Trang “Liệu pháp miễn dịch” của Dịch vụ Thông tin Ung thư
link-cisc = Trang “Trung tâm Tư vấn và Hỗ trợ Ung thư” của Dịch vụ Thông tin Ung thư
link-support-center = Trang của Trung tâm Hỗ trợ Dịch vụ Thông tin Ung thư (tư vấn qua điện thoại)
link-jrct = Trang web tìm kiếm thử nghiệm lâm sàng “jRCT”
link-mhlw-hospitals = Trang danh sách “bệnh viện trọng điểm điều trị ung thư” của Bộ Y tế, Lao động và Phúc lợi
source-ganjoho = Trung tâm Ung thư Quốc gia Nhật Bản, Dịch vụ Thông tin Ung thư
source-jsmo = Hội Ung thư học Lâm sàng Nhật Bản, “Hướng dẫn về liệu pháp miễn dịch điều trị ung thư”
source-jsmo-statements = Tuyên bố của Hội Ung thư học Lâm sàng Nhật Bản (năm 2016, năm 2019)
source-immunology = Bài giải thích về nghiên cứu miễn dịch ung thư (Viện Nghiên cứu thuộc Trung tâm Ung thư Quốc gia Nhật Bản, v.v.)
source-patient-info = Thông tin dành cho người bệnh của các tổ chức ung thư nước ngoài (Hiệp hội Ung thư Hoa Kỳ, v.v.)
source-news = Tin tức trên báo chí và trang tin y tế
source-makers = Thông báo và tài liệu dành cho người bệnh của các công ty dược
source-mhlw = Văn bản thông báo của Bộ Y tế, Lao động và Phúc lợi
source-reviews = Bài tổng quan và bài giải thích trên các tạp chí chuyên ngành y khoa và điều dưỡng
source-hospitals = Tài liệu dành cho người bệnh của các bệnh viện đại học và hội chuyên ngành
source-patients-federation = Tuyên bố của Liên hiệp các Hội Bệnh nhân Ung thư Toàn quốc (năm 2018)
source-clinic-prices = Bảng giá do các cơ sở y tế công bố (ví dụ)
source-keynote-001 = Báo cáo sau 5 năm của thử nghiệm lâm sàng “KEYNOTE-001” (năm 2019)
source-checkmate-067 = Báo cáo sau 5 năm của thử nghiệm lâm sàng “CheckMate 067” (năm 2019)

## 1. Cơ thể chúng ta nhờ hệ miễn dịch mà loại bỏ những tế bào ung thư đã phát sinh

core-1-title = Cơ thể chúng ta nhờ hệ miễn dịch mà loại bỏ những tế bào ung thư đã phát sinh
core-1-lead = Cơ thể có một cơ chế gọi là “miễn dịch”, giúp tìm ra và loại bỏ tế bào ung thư.
core-1-p-white-cells = Các tế bào bạch cầu trong máu đảm nhận chức năng miễn dịch.
core-1-p-t-cells = Một loại bạch cầu gọi là “tế bào T” có thể tìm ra và tấn công tế bào ung thư.
core-1-p-dendritic = Một loại tế bào gọi là “tế bào tua” truyền dấu hiệu nhận biết của tế bào ung thư cho tế bào T. Tế bào T đã ghi nhớ dấu hiệu này sẽ di chuyển đến nơi có ung thư và tấn công tế bào ung thư.
core-1-h-stages = 3 giai đoạn cho đến khi ung thư hình thành
core-1-p-stages = Mối quan hệ giữa hệ miễn dịch và tế bào ung thư được giải thích qua 3 giai đoạn sau.
core-1-stage-remove = Giai đoạn loại bỏ: các tế bào bị tổn thương được hệ miễn dịch phát hiện và loại bỏ.
core-1-stage-balance = Giai đoạn cân bằng: những tế bào khó loại bỏ vẫn còn lại, ở thế cân bằng với hệ miễn dịch.
core-1-stage-escape = Giai đoạn lẩn tránh: những tế bào có khả năng kìm hãm hệ miễn dịch tăng lên, và được phát hiện thành ung thư.
core-1-p-brake = Khi tế bào T yếu đi, hoặc khi tế bào ung thư “phanh” hệ miễn dịch lại, hệ miễn dịch không còn loại bỏ được ung thư.

## 2. Liệu pháp miễn dịch là phương pháp điều trị ung thư bằng cách khôi phục sức mạnh vốn có của hệ miễn dịch

core-2-title = Liệu pháp miễn dịch là phương pháp điều trị ung thư bằng cách khôi phục sức mạnh vốn có của hệ miễn dịch
core-2-lead = Hiện nay, các thuốc chính đã được chứng minh hiệu quả là thuốc gỡ bỏ “phanh” mà tế bào ung thư gài vào hệ miễn dịch.
core-2-p-checkpoint = Hệ miễn dịch có cơ chế “phanh” để không tấn công các phần bình thường của cơ thể. Cơ chế này được gọi là “điểm kiểm soát miễn dịch”.
core-2-p-pd1 = Trên bề mặt tế bào T có một loại protein gọi là “PD-1”. Khi protein “PD-L1” của tế bào khác gắn vào PD-1, tế bào T sẽ ngừng tấn công.
core-2-p-cancer-pdl1 = Có những tế bào ung thư mang rất nhiều PD-L1.
core-2-h-medicine = Thuốc gỡ phanh
core-2-p-inhibitor = Loại thuốc gọi là “thuốc ức chế điểm kiểm soát miễn dịch” là thuốc kháng thể được tạo ra nhân tạo. Thuốc này chặn tín hiệu phanh.
core-2-p-how = Thuốc không trực tiếp tấn công tế bào ung thư. Thuốc giúp tế bào T tấn công tế bào ung thư trở lại. Thuốc thường được dùng bằng cách truyền tĩnh mạch.
core-2-p-ctla4 = Protein “CTLA-4” cũng là một loại phanh khác. Cũng có thuốc gỡ bỏ loại phanh này.
core-2-p-nobel = Năm 2018, ông Honjo Tasuku và ông James Allison đã nhận Giải Nobel Sinh lý học hoặc Y học. Giải thưởng ghi nhận phát hiện về cách điều trị ung thư bằng việc gỡ phanh của hệ miễn dịch.

## 3. Số liệu pháp miễn dịch có hiệu quả rõ ràng còn hạn chế

core-3-title = Số liệu pháp miễn dịch có hiệu quả rõ ràng còn hạn chế
core-3-lead = Trong các phương pháp được gọi là “liệu pháp miễn dịch”, mới chỉ có một phần được chứng minh hiệu quả.
core-3-p-word = Từ “liệu pháp miễn dịch” được dùng cho nhiều phương pháp điều trị khác nhau.
core-3-p-two-names = Trong đó có phương pháp đã được chứng minh hiệu quả, và có phương pháp chưa được chứng minh. Tài liệu này dùng 2 cách gọi như sau.
core-3-card-broad-title = Toàn bộ các phương pháp được gọi là liệu pháp miễn dịch
core-3-card-broad-p1 = Bao gồm cả liệu pháp miễn dịch đã được chứng minh hiệu quả và chưa được chứng minh hiệu quả. Trong đó có rất nhiều phương pháp chưa được chứng minh.
core-3-card-broad-p2 = Tài liệu này gọi là “Liệu pháp miễn dịch (nghĩa rộng)”.
core-3-card-proven-title = Liệu pháp miễn dịch đã được chứng minh hiệu quả
core-3-card-proven-p1 = Đây là các phương pháp đã được chứng minh hiệu quả một cách khoa học, qua nghiên cứu như thử nghiệm lâm sàng. Có thể dùng bảo hiểm y tế công. Tài liệu này gọi là “Liệu pháp miễn dịch (đã chứng minh hiệu quả)”.
core-3-card-proven-p2 = Phương pháp chính là “thuốc ức chế điểm kiểm soát miễn dịch”.
core-3-card-proven-p3 = Ngoài ra còn có liệu pháp BCG cho ung thư bàng quang. Cũng có các phương pháp khác, như liệu pháp tế bào CAR-T (dùng tế bào T) cho một số bệnh ung thư máu.
core-3-card-proven-limit-cancer = Chỉ dùng được cho một số loại ung thư nhất định.
core-3-card-proven-limit-stage = Có dùng được hay không đôi khi còn tùy vào mức độ tiến triển của ung thư và kết quả xét nghiệm.
core-3-card-proven-limit-ask = Thuốc nào phù hợp thì khác nhau tùy loại ung thư. Hãy hỏi bác sĩ điều trị của bạn.
core-3-p-some-patients = Ngay cả phương pháp đã được chứng minh hiệu quả cũng chỉ có tác dụng với một số người. Tỷ lệ người có khối ung thư nhỏ lại là khoảng 15–40%, khác nhau tùy loại ung thư và loại thuốc.

## 4. Liệu pháp miễn dịch (nghĩa rộng) trong điều trị tự chi trả cần được kiểm tra thận trọng

core-4-title = Liệu pháp miễn dịch (nghĩa rộng) trong điều trị tự chi trả cần được kiểm tra thận trọng
core-4-lead = Điều trị tự chi trả không dùng được bảo hiểm y tế công. Nếu cân nhắc liệu pháp miễn dịch tự chi trả, nhất định hãy hỏi ý kiến trước khi chọn.
core-4-p-self-pay = Điều trị tự chi trả là việc khám chữa bệnh không dùng được bảo hiểm y tế công. Bạn phải tự trả toàn bộ chi phí.
core-4-p-not-insured = Các phương pháp chưa được chứng minh hiệu quả không được công nhận là điều trị theo bảo hiểm. Vì vậy, có những cơ sở y tế thực hiện chúng theo hình thức điều trị tự chi trả. Chi phí có thể rất cao.
core-4-p-misuse = Đã có trường hợp cơ sở y tế điều trị tự chi trả dùng thuốc ức chế điểm kiểm soát miễn dịch không đúng cách. Ví dụ như dùng ít hơn liều quy định, hoặc dùng cho loại ung thư chưa được công nhận. Cũng có trường hợp không xử trí đầy đủ các tác dụng phụ.
core-4-p-jsmo = Các phương pháp chưa được chứng minh hiệu quả nên được thực hiện trong khuôn khổ thử nghiệm lâm sàng. Hội Ung thư học Lâm sàng Nhật Bản đã nêu rõ như vậy.
core-4-callout-title = Hãy hỏi ý kiến trước khi lựa chọn
core-4-callout-second-opinion = Trước khi chọn liệu pháp miễn dịch tự chi trả, hãy hỏi ý kiến của một bác sĩ khác (ý kiến thứ hai).
core-4-callout-trial-doctor = Bạn nên hỏi ý kiến bác sĩ am hiểu các phương pháp đang trong giai đoạn nghiên cứu, như thử nghiệm lâm sàng hoặc thử nghiệm xin phê duyệt thuốc.
core-4-callout-ask = Nếu không biết nên hỏi ai, hãy trao đổi với bác sĩ điều trị hoặc Trung tâm Tư vấn và Hỗ trợ Ung thư (がん相談支援センター).

## 5. Liệu pháp miễn dịch (đã chứng minh hiệu quả) cũng có rủi ro

core-5-title = Liệu pháp miễn dịch (đã chứng minh hiệu quả) cũng có rủi ro
core-5-lead = Ngay cả liệu pháp miễn dịch đã được chứng minh hiệu quả cũng có thể gây tác dụng phụ nghiêm trọng.
core-5-p-why = Khi gỡ phanh của hệ miễn dịch, hệ miễn dịch có thể tấn công cả những cơ quan bình thường của chính cơ thể mình.
core-5-p-ten-percent = Hội Ung thư học Lâm sàng Nhật Bản có một công bố năm 2016. Theo đó, khoảng 10% người chỉ dùng 1 loại thuốc ức chế điểm kiểm soát miễn dịch đã bị tác dụng phụ nghiêm trọng. Có khi nguy hiểm đến tính mạng. Các ví dụ chính như sau.
core-5-serious-lung = Viêm phổi: bệnh phổi kẽ
core-5-serious-thyroid = Bệnh tuyến giáp
core-5-serious-diabetes = Đái tháo đường type 1 khởi phát đột ngột
core-5-serious-colitis = Viêm ruột già: viêm đại tràng
core-5-serious-myasthenia = Bệnh khiến cơ bắp khó dùng sức: bệnh nhược cơ
core-5-p-combination = Khi dùng chung 2 loại thuốc, tác dụng phụ nghiêm trọng tăng lên nhiều. Với u hắc tố ác tính, một loại ung thư da, đã có thử nghiệm lâm sàng “CheckMate 067”. Theo báo cáo sau 5 năm, 59% người dùng chung 2 loại thuốc bị tác dụng phụ nghiêm trọng. Ở người chỉ dùng 1 loại, tỷ lệ này là 23% và 28%. Đây là báo cáo khác với báo cáo về con số khoảng 10%, nên không thể so sánh trực tiếp.
core-5-p-hospitals = Vì vậy, nhà nước đã ban hành hướng dẫn. Khi dùng thuốc này với bảo hiểm y tế công, bệnh viện và bác sĩ phải đáp ứng các điều kiện quy định.
core-5-callout-title = Những triệu chứng cần báo ngay cho bệnh viện
core-5-callout-intro = Nếu có các triệu chứng như dưới đây, dù nhẹ, hãy liên lạc ngay với bệnh viện nơi bạn đang điều trị. Triệu chứng cũng có thể xuất hiện sau khi đã kết thúc điều trị.
core-5-symptom-lung = Ho, khó thở, sốt
core-5-symptom-gut = Tiêu chảy, đi đại tiện nhiều lần hơn, phân có lẫn máu hoặc phân đen
core-5-symptom-thirst = Khát nước, đi tiểu nhiều lần hơn
core-5-symptom-tired = Mệt mỏi, thay đổi cân nặng
core-5-symptom-yellow = Da hoặc lòng trắng mắt bị vàng
core-5-symptom-weak = Tay chân không có sức, mí mắt bị sụp
core-5-callout-night = Kể cả ban đêm hay ngày nghỉ, hãy liên lạc ngay. Hãy hỏi rõ nơi cần liên lạc trước khi bắt đầu điều trị.
core-5-p-more = Các triệu chứng khác được giới thiệu ở trang “Sinh hoạt, chăm sóc và tác dụng phụ”.
