## Về thông tin này

about-title = Về thông tin này
about-p-general = Tài liệu này cung cấp thông tin chung về liệu pháp miễn dịch điều trị ung thư. Đây không phải lời khuyên dành riêng cho bệnh trạng của từng người.
about-p-decide = Hãy trao đổi với bác sĩ điều trị để quyết định việc điều trị của chính bạn.
about-translation-unreviewed = Bản dịch này chưa được người dịch y khoa kiểm tra.
about-translation-reviewed = Bản dịch này đã được người dịch y khoa kiểm tra vào { $date }.
about-h-basis = Nguồn của thông tin này
about-basis-release = Thông báo của Trung tâm Ung thư Quốc gia Nhật Bản (ngày 31 tháng 3 năm 2017): thông báo cập nhật thông tin về liệu pháp miễn dịch trên Dịch vụ Thông tin Ung thư
about-basis-ganjoho = “Dịch vụ Thông tin Ung thư” của Trung tâm Ung thư Quốc gia Nhật Bản (ganjoho.jp)
about-basis-jsmo = “Hướng dẫn về liệu pháp miễn dịch điều trị ung thư” của Hội Ung thư học Lâm sàng Nhật Bản
about-basis-others = Báo cáo thử nghiệm lâm sàng, thông báo của các công ty dược và Bộ Y tế, Lao động và Phúc lợi, bài tổng quan trên tạp chí chuyên ngành, bảng giá do cơ sở y tế công bố, v.v. Nguồn của các con số được ghi ở dòng “Nguồn” của từng trang.
about-p-changes = Nội dung của các trang chính thức sẽ thay đổi theo thông tin mới. Mỗi trang của tài liệu này đều ghi ngày kiểm tra nội dung. Vui lòng xem thông tin mới nhất tại “Dịch vụ Thông tin Ung thư”.
about-h-ask = Khi có điều chưa hiểu
about-p-ask = Nếu có thắc mắc về việc điều trị, hãy hỏi bác sĩ điều trị. Bạn cũng có thể hỏi ý kiến tại Trung tâm Tư vấn và Hỗ trợ Ung thư.
about-h-privacy = Về việc ghi lại tình hình sử dụng máy này
about-p-privacy = Máy này ghi lại số lần mở trang, v.v. dưới dạng tổng số mỗi ngày. Máy không ghi lại ai đã xem, xem khi nào, hay theo thứ tự nào. Máy cũng không ghi lại các chữ đã nhập. Không có thông tin nào có thể nhận ra cá nhân được lưu lại.

## Thông tin chung về nơi tư vấn (hiển thị khi bệnh viện chưa cài đặt quầy tư vấn)

consult-general-title = Nơi bạn có thể hỏi ý kiến
consult-general-body = Các bệnh viện trọng điểm điều trị ung thư trên toàn quốc và một số bệnh viện khác có “Trung tâm Tư vấn và Hỗ trợ Ung thư” (がん相談支援センター). Việc tư vấn là miễn phí, và bạn có thể không cần nói tên. Người không khám tại bệnh viện đó cũng có thể được tư vấn trực tiếp hoặc qua điện thoại.
consult-support-center = Bạn cũng có thể gọi điện để được tư vấn tại “Trung tâm Hỗ trợ Dịch vụ Thông tin Ung thư”. Số điện thoại là 0570-02-3410, vào ngày thường, từ 10 giờ đến 15 giờ. Đây là nơi cung cấp thông tin chung, không đưa ra nhận định y khoa về bệnh trạng của từng người.
about-h-voices = Về giọng đọc
about-p-voices = Giọng của chức năng “Đọc to” được tạo ngay trong máy này. Văn bản được đọc không bị gửi ra ngoài. Phần mềm và giọng đọc được sử dụng như sau.
about-voice-ja = Tiếng Nhật: Open JTalk và HTS Voice “Mei” (© 2009-2013 Viện Công nghệ Nagoya, CC BY 3.0)
about-voice-en = Tiếng Anh: Festival và giọng “CMU US SLT” (Đại học Edinburgh, Đại học Carnegie Mellon)
