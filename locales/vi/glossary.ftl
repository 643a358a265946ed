# Giải thích từ ngữ. Giá trị là từ ngữ đúng như cách các trang viết.
# .explanation là lời giải thích ngắn hiện trên thẻ.

# Used on: core-3, core-4, detail-5, badges and legend
glossary-broad-sense = nghĩa rộng
    .explanation = “Nghĩa rộng” là hiểu theo nghĩa bao quát. “Liệu pháp miễn dịch (nghĩa rộng)” là toàn bộ các phương pháp được gọi là liệu pháp miễn dịch, kể cả những phương pháp chưa được chứng minh hiệu quả.

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = phê duyệt
    .explanation = Là việc nhà nước công nhận. Nghĩa là nhà nước cho phép dùng một loại thuốc, v.v. để điều trị những bệnh nhất định.

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = thuốc ức chế điểm kiểm soát miễn dịch
    .explanation = Thuốc gỡ bỏ “phanh” mà tế bào ung thư gài vào hệ miễn dịch. Thuốc không trực tiếp tấn công tế bào ung thư, mà giúp tế bào T tấn công tế bào ung thư trở lại.

# Used on: core-4, detail-5, detail-6
glossary-self-pay = điều trị tự chi trả
    .explanation = Việc khám chữa bệnh không dùng được bảo hiểm y tế công, người bệnh phải tự trả toàn bộ chi phí. Có những phương pháp chưa được chứng minh hiệu quả được thực hiện theo cách này với chi phí cao.

# Used on: core-4, detail-5
glossary-insured-care = điều trị theo bảo hiểm
    .explanation = Việc khám chữa bệnh dùng được bảo hiểm y tế công. Liệu pháp miễn dịch đã được chứng minh hiệu quả được dùng theo bảo hiểm cho những loại ung thư nhất định.

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = thử nghiệm lâm sàng
    .explanation = Nghiên cứu có người bệnh tham gia, nhằm tìm hiểu hiệu quả và độ an toàn của phương pháp điều trị mới. Muốn tham gia phải đáp ứng các điều kiện.

# Used on: core-4, detail-5
glossary-approval-trial = thử nghiệm xin phê duyệt thuốc
    .explanation = Là những thử nghiệm lâm sàng được thực hiện nhằm xin nhà nước phê duyệt thuốc, v.v.

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = tác dụng phụ
    .explanation = Những thay đổi không tốt xảy ra trong cơ thể do thuốc hoặc do việc điều trị. Tác dụng phụ của liệu pháp miễn dịch có thể xuất hiện cả sau khi đã kết thúc điều trị.

# Used on: detail-4
glossary-immune-related-side-effect = biến cố bất lợi liên quan đến miễn dịch
    .explanation = Là tình trạng hệ miễn dịch gây viêm ở các cơ quan bình thường của cơ thể, do phanh của hệ miễn dịch đã bị gỡ bỏ. Có thể xảy ra ở da, ruột, gan, phổi, các cơ quan tạo hormone, v.v.

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = liệu pháp tế bào CAR-T
    .explanation = Phương pháp tạo tế bào điều trị từ tế bào T của chính người bệnh, rồi truyền trở lại cơ thể qua đường tĩnh mạch. Được dùng cho một số bệnh ung thư máu loại tế bào B và bệnh đa u tủy xương.

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = hội chứng giải phóng cytokine
    .explanation = Tác dụng phụ nghiêm trọng xảy ra khi chất gọi là cytokine đột ngột tăng lên trong cơ thể. Vì có thể xảy ra với liệu pháp tế bào CAR-T, v.v., người bệnh được theo dõi cẩn thận trong thời gian đầu.

# Used on: detail-4
glossary-autoimmune = tự miễn
    .explanation = Bệnh tự miễn là bệnh mà hệ miễn dịch tấn công chính cơ thể mình. Ví dụ như bệnh Hashimoto, viêm loét đại tràng.

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H, TMB-H
    .explanation = Tên các đặc điểm của ung thư, biết được qua xét nghiệm gen của ung thư. Với ung thư có kết quả này, kể cả khi không phải ung thư máu, đôi khi có thể dùng thuốc ức chế điểm kiểm soát miễn dịch.

# Used on: detail-5
glossary-nk-cell = tế bào NK
    .explanation = Một loại bạch cầu, đảm nhận phần miễn dịch có sẵn từ khi sinh ra. Hội Ung thư học Lâm sàng Nhật Bản không khuyến nghị liệu pháp tế bào NK.

# Used on: detail-5
glossary-brm = BRM
    .explanation = Liệu pháp BRM là phương pháp dùng những chất được cho là giúp tăng cường hoạt động miễn dịch. Liệu pháp này được thực hiện theo hình thức điều trị tự chi trả, nhưng chưa được chứng minh hiệu quả.

# Used on: detail-5
glossary-alpha-beta-t-cell = tế bào T αβ
    .explanation = Một loại tế bào T. Liệu pháp tế bào T αβ là phương pháp tăng cường hoạt động của tế bào này bên ngoài cơ thể, rồi đưa trở lại cơ thể. Chưa được chứng minh hiệu quả.

# Used on: detail-5
glossary-gamma-delta-t-cell = tế bào T γδ
    .explanation = Một loại tế bào T. Liệu pháp tế bào T γδ là phương pháp tăng cường hoạt động của tế bào này bên ngoài cơ thể, rồi đưa trở lại cơ thể. Chưa được chứng minh hiệu quả.

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = Liệu pháp BCG là phương pháp đưa thuốc BCG vào trong bàng quang, sau khi phẫu thuật cắt bỏ ung thư bàng quang giai đoạn sớm. Đây là một loại liệu pháp miễn dịch đã được chứng minh hiệu quả.

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = Trang web của nhà nước, nơi đăng ký các thử nghiệm lâm sàng tại Nhật Bản. Có thể tra cứu những thử nghiệm lâm sàng đang được thực hiện.

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = Một loại protein trên bề mặt tế bào T. Khi PD-L1 của tế bào khác gắn vào, tế bào T sẽ ngừng tấn công.

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = Protein gắn vào PD-1 của tế bào T và làm tế bào T ngừng tấn công. Có những tế bào ung thư mang rất nhiều PD-L1.

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = Một loại protein hoạt động như phanh của hệ miễn dịch. Các thuốc như ipilimumab gỡ bỏ loại phanh này.

# Used on: core-1, detail-5
glossary-dendritic-cell = tế bào tua
    .explanation = Tế bào truyền dấu hiệu nhận biết của tế bào ung thư cho tế bào T. Tế bào T đã ghi nhớ dấu hiệu này sẽ tấn công tế bào ung thư.

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = tế bào T
    .explanation = Một loại bạch cầu, có thể tìm ra và tấn công tế bào ung thư.

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = Trung tâm Tư vấn và Hỗ trợ Ung thư
    .explanation = Nơi tư vấn đặt tại các bệnh viện trọng điểm điều trị ung thư trên toàn quốc và một số bệnh viện khác (tên tiếng Nhật: がん相談支援センター). Tư vấn miễn phí, và cả người không khám tại bệnh viện đó cũng được tư vấn.

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = ý kiến thứ hai
    .explanation = Là việc hỏi ý kiến về việc điều trị từ một bác sĩ khác, không phải bác sĩ điều trị hiện tại.

# Used on: detail-5
glossary-advanced-care = y tế tiên tiến
    .explanation = Là những phương pháp y tế mới, chưa dùng được bảo hiểm y tế công, nhưng đã được nhà nước công nhận. Như một ngoại lệ, được phép kết hợp với điều trị theo bảo hiểm.

# Used on: detail-5
glossary-mixed-care = điều trị hỗn hợp
    .explanation = Là việc kết hợp điều trị theo bảo hiểm với điều trị tự chi trả. Về nguyên tắc, việc này không được phép.
