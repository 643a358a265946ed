# Chữ trong hình. -alt là mô tả cho trình đọc màn hình (hình thể hiện điều gì); các mục khác là nhãn đặt trên hình.
# Vị trí nhãn nằm trong khối Figure của assets/content.ron. Bản thân các hình nằm trong assets/figures/.

## core-1

figure-core-1-alt = Bên trái, tế bào T đang tấn công và loại bỏ tế bào ung thư. Bên phải, tế bào ung thư đang phanh tế bào T lại. Những tế bào ung thư không bị loại bỏ đang tăng lên.
figure-core-1-tcell = Tế bào T
figure-core-1-removed = Tế bào ung thư bị loại bỏ
figure-core-1-brake = Phanh
figure-core-1-grow = Tế bào ung thư còn lại, tăng lên

## core-2

figure-core-2-alt = Bên trái, PD-L1 của tế bào ung thư gắn vào PD-1 của tế bào T, và phanh đang hoạt động. Bên phải, thuốc bịt PD-1 lại để gỡ phanh. Tế bào T lại tấn công tế bào ung thư.
figure-core-2-pd1 = PD-1 của tế bào T
figure-core-2-pdl1 = PD-L1 của tế bào ung thư
figure-core-2-medicine = Thuốc gỡ phanh
figure-core-2-attack = Tấn công trở lại

## core-3

figure-core-3-alt = Vòng tròn lớn là toàn bộ các phương pháp được gọi là liệu pháp miễn dịch. Vòng tròn nhỏ bên trong là liệu pháp miễn dịch đã được chứng minh hiệu quả. Những phương pháp đã được chứng minh hiệu quả vẫn chỉ là một phần.
figure-core-3-broad = Liệu pháp miễn dịch (nghĩa rộng)
figure-core-3-unproven = Chưa chứng minh hiệu quả
figure-core-3-proven = Liệu pháp miễn dịch (đã chứng minh hiệu quả)

## core-4

figure-core-4-alt = Người bệnh bên trái trước hết hỏi ý kiến bác sĩ điều trị hoặc Trung tâm Tư vấn và Hỗ trợ Ung thư. Tiếp theo, người bệnh hỏi ý kiến của một bác sĩ khác (ý kiến thứ hai). Sau đó mới cân nhắc có chọn điều trị tự chi trả hay không.
figure-core-4-doctor = Bác sĩ điều trị
figure-core-4-center = Trung tâm tư vấn
figure-core-4-second-opinion = Ý kiến thứ hai
figure-core-4-self-pay = Điều trị tự chi trả

## core-5

figure-core-5-alt = Hình cơ thể người. Những nơi dễ xảy ra tác dụng phụ được đánh dấu: cơ quan tạo hormone, phổi, gan, ruột, da.
figure-core-5-hormone = Cơ quan tạo hormone
figure-core-5-lungs = Phổi
figure-core-5-liver = Gan
figure-core-5-skin = Da
figure-core-5-gut = Ruột

## detail-1

figure-detail-1-alt = 5 hình vẽ thể hiện các loại liệu pháp miễn dịch chính theo hướng dẫn: thuốc gỡ phanh của hệ miễn dịch, vắc-xin ung thư, phương pháp đưa tế bào T trở lại cơ thể, cytokine, các thuốc khác và cách kết hợp.
figure-detail-1-checkpoint = Thuốc gỡ phanh
figure-detail-1-vaccine = Vắc-xin ung thư
figure-detail-1-cells = Đưa tế bào T trở lại cơ thể
figure-detail-1-cytokine = Cytokine
figure-detail-1-other = Kết hợp, v.v.

## detail-2

figure-detail-2-alt = Quá trình của liệu pháp tế bào CAR-T. Thu thập tế bào từ máu, rồi tạo tế bào điều trị trong khoảng 6 tuần. Sau vài ngày điều trị bằng thuốc chống ung thư, tế bào đã tạo được truyền trở lại cơ thể qua đường tĩnh mạch.
figure-detail-2-collect = Thu tế bào từ máu
figure-detail-2-make = Tạo trong khoảng 6 tuần
figure-detail-2-chemo = Vài ngày thuốc chống ung thư
figure-detail-2-drip = Truyền lại vào cơ thể

## detail-3

figure-detail-3-alt = Sự thay đổi kích thước khối ung thư của 3 người bắt đầu điều trị như nhau. Người thứ nhất có khối ung thư nhỏ lại. Người thứ hai có khối ung thư không nhỏ lại. Người thứ ba có khối ung thư lớn nhanh.
figure-detail-3-shrinks = Người có u nhỏ lại
figure-detail-3-same = Người có u không nhỏ lại
figure-detail-3-faster = Người có u lớn nhanh

## detail-4

figure-detail-4-alt = Bảng kiểm tra triệu chứng có 1 ô được đánh dấu. Chỉ cần có 1 triệu chứng, dù nhẹ, người bệnh gọi điện ngay cho bệnh viện. Ban đêm và ngày nghỉ cũng vậy.
figure-detail-4-even-one = Chỉ cần 1 triệu chứng
figure-detail-4-mild = Dù nhẹ
figure-detail-4-call = Liên lạc ngay
figure-detail-4-night = Cả ban đêm, ngày nghỉ
figure-detail-4-hospital = Bệnh viện đang điều trị

## detail-5

figure-detail-5-alt = Bên trái là cơ sở y tế điều trị tự chi trả, có dấu hiệu cảnh báo và dấu hiệu tiền. Bên phải là bệnh viện thực hiện thử nghiệm lâm sàng. Người bệnh ở giữa, dù cân nhắc bên nào, trước hết cũng hỏi ý kiến bác sĩ điều trị.
figure-detail-5-self-pay = Điều trị tự chi trả
figure-detail-5-unproven = Chưa chứng minh hiệu quả
figure-detail-5-ask-first = Trước hết hỏi bác sĩ điều trị
figure-detail-5-trials = Thử nghiệm lâm sàng

## detail-6

figure-detail-6-alt = Người bệnh cầm tờ ghi những điều muốn hỏi, và đặt câu hỏi cho bác sĩ điều trị.
figure-detail-6-memo = Ghi chú câu hỏi
figure-detail-6-ask = Đừng ngại hỏi
figure-detail-6-doctor = Bác sĩ điều trị

## track-core

figure-track-core-alt = Hình tế bào T, tế bào ung thư và 5 vòng tròn. Hình này thể hiện 5 điểm chính nên biết trước tiên.

## track-details

figure-track-details-alt = Một chiếc kính lúp phóng to mối liên hệ giữa tế bào T và tế bào ung thư. Hình này thể hiện phần giải thích chi tiết hơn.
