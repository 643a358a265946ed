## Dành cho người muốn tìm hiểu thêm

track-details-title = Dành cho người muốn tìm hiểu thêm
track-details-summary = Giải thích chi tiết về các loại liệu pháp miễn dịch, hiệu quả, cách đối phó với tác dụng phụ và những điều nên hỏi bác sĩ.

## 1. Tổng quan về liệu pháp miễn dịch

detail-1-title = Tổng quan về liệu pháp miễn dịch
detail-1-lead = Có nhiều loại “liệu pháp miễn dịch”. Trong đó lẫn lộn những phương pháp đã được chứng minh hiệu quả và những phương pháp chưa được chứng minh.
detail-1-h-what = Liệu pháp miễn dịch là gì
detail-1-p-what = Liệu pháp miễn dịch là phương pháp điều trị ung thư bằng sức mạnh của hệ miễn dịch.
detail-1-p-attention = Liệu pháp miễn dịch bắt đầu được chú ý rộng rãi khi thuốc ức chế điểm kiểm soát miễn dịch được phê duyệt.
detail-1-p-research = Tuy nhiên, phần lớn các liệu pháp miễn dịch vẫn đang trong quá trình nghiên cứu và phát triển.
detail-1-h-types = Các loại liệu pháp miễn dịch
detail-1-p-guideline = Hội Ung thư học Lâm sàng Nhật Bản đã biên soạn “Hướng dẫn về liệu pháp miễn dịch điều trị ung thư”. Bản đầu tiên ra năm 2016, bản thứ 2 năm 2019, bản thứ 3 năm 2023. Hướng dẫn này chia liệu pháp miễn dịch thành các loại như sau.
detail-1-type-checkpoint = Thuốc ức chế điểm kiểm soát miễn dịch: thuốc gỡ phanh của hệ miễn dịch
detail-1-type-accelerator = Thuốc kháng thể tăng cường “chân ga” của hệ miễn dịch
detail-1-type-vaccine = Vắc-xin ung thư
detail-1-type-cells = Phương pháp chuẩn bị tế bào T bên ngoài cơ thể rồi đưa trở lại cơ thể. Chỉ một phần, như liệu pháp tế bào CAR-T, đã được chứng minh hiệu quả.
detail-1-type-cytokine = Phương pháp dùng chất gọi là cytokine làm thuốc
detail-1-type-other = Các thuốc khác cản trở cơ chế kìm hãm hệ miễn dịch
detail-1-type-combination = Phương pháp kết hợp các cách trên
detail-1-p-third-edition = Bản thứ 3 bổ sung liệu pháp tế bào CAR-T và thuốc kháng thể gắn với cả tế bào T lẫn tế bào ung thư.
detail-1-p-mixed = Ngay trong cùng một loại cũng có phương pháp đã được chứng minh hiệu quả và phương pháp chưa được chứng minh. Hãy hỏi bác sĩ điều trị xem có dùng được cho loại ung thư của bạn hay không.
detail-1-h-history = Chặng đường phát triển
detail-1-history-1957 = Năm 1957: Xuất hiện ý tưởng cho rằng hệ miễn dịch canh chừng các tế bào ung thư.
detail-1-history-2014 = Năm 2014: Lần đầu tiên tại Nhật Bản, thuốc ức chế điểm kiểm soát miễn dịch được phê duyệt.
detail-1-history-2018 = Năm 2018: Giải Nobel Sinh lý học hoặc Y học được trao cho phát hiện về cách điều trị ung thư bằng việc gỡ phanh của hệ miễn dịch.
detail-1-history-2019 = Năm 2019: Thuốc đầu tiên của liệu pháp tế bào CAR-T bắt đầu được bảo hiểm y tế công chi trả.
detail-1-card-ads-title = Hãy cẩn thận với lời quảng cáo
detail-1-card-ads-p1 = Một số cơ sở y tế quảng cáo liệu pháp miễn dịch là “phương pháp điều trị thứ 4”, “ít tác dụng phụ”, v.v.
detail-1-card-ads-p2 = Tuy nhiên, ngay cả thuốc ức chế điểm kiểm soát miễn dịch đã được chứng minh hiệu quả cũng có thể gây tác dụng phụ nghiêm trọng.
detail-1-card-ads-p3 = Những phương pháp chưa được chứng minh hiệu quả thì cũng chưa được chứng minh là an toàn.

## 2. Liệu pháp miễn dịch (đã chứng minh hiệu quả): các loại

detail-2-title = Liệu pháp miễn dịch (đã chứng minh hiệu quả): các loại
detail-2-lead = Liệu pháp miễn dịch đã được chứng minh hiệu quả có một số loại. Mỗi loại chỉ dùng được cho những bệnh ung thư nhất định.
detail-2-card-checkpoint-title = Các thuốc ức chế điểm kiểm soát miễn dịch
detail-2-checkpoint-p-first = Đây là thuốc gỡ phanh của hệ miễn dịch. Tại Nhật Bản, tháng 7 năm 2014, thuốc đầu tiên là nivolumab được phê duyệt cho u hắc tố ác tính, một loại ung thư da.
detail-2-checkpoint-p-list = Dưới đây là các thuốc chính và tên protein mà thuốc tác động đến. Tên trong ngoặc là tên thương mại.
detail-2-drug-nivolumab = Nivolumab (Opdivo): PD-1
detail-2-drug-pembrolizumab = Pembrolizumab (Keytruda): PD-1
detail-2-drug-cemiplimab = Cemiplimab (Libtayo): PD-1
detail-2-drug-tislelizumab = Tislelizumab (Tevimbra): PD-1
detail-2-drug-ipilimumab = Ipilimumab (Yervoy): CTLA-4
detail-2-drug-tremelimumab = Tremelimumab (Imjudo): CTLA-4
detail-2-drug-atezolizumab = Atezolizumab (Tecentriq): PD-L1
detail-2-drug-durvalumab = Durvalumab (Imfinzi): PD-L1
detail-2-drug-avelumab = Avelumab (Bavencio): PD-L1
detail-2-checkpoint-p-cancers = Ví dụ về các bệnh ung thư đã được phê duyệt.
detail-2-cancer-skin = U hắc tố ác tính, ung thư tế bào Merkel
detail-2-cancer-lung = Ung thư phổi, u trung biểu mô
detail-2-cancer-head = Ung thư đầu cổ, ung thư thực quản, ung thư dạ dày
detail-2-cancer-digestive = Một số ung thư đại tràng, ung thư gan, ung thư đường mật
detail-2-cancer-urinary = Ung thư thận, ung thư biểu mô đường niệu như ung thư bàng quang
detail-2-cancer-women = Một số ung thư vú, ung thư cổ tử cung, ung thư thân tử cung
detail-2-cancer-blood = U lympho Hodgkin
detail-2-checkpoint-p-msi = Thuốc cũng có thể dùng được cho các ung thư đặc khác (ung thư không phải ung thư máu). Điều này tùy vào kết quả của một số xét nghiệm gen nhất định (MSI-H, TMB-H).
detail-2-checkpoint-p-conditions = Với bất kỳ loại ung thư nào, việc có dùng được hay không phụ thuộc vào mức độ tiến triển, các điều trị trước đó, và kết quả xét nghiệm như PD-L1.
detail-2-checkpoint-p-hospitals = Nhà nước (Bộ Y tế, Lao động và Phúc lợi) đã ban hành hướng dẫn về cách dùng thuốc này. Khi dùng với bảo hiểm y tế công, bệnh viện và bác sĩ phải đáp ứng các điều kiện quy định.
detail-2-card-cart-title = Liệu pháp tế bào CAR-T
detail-2-cart-p-what = Đây là phương pháp tạo ra tế bào điều trị từ tế bào T của chính người bệnh, rồi truyền trở lại cơ thể qua đường tĩnh mạch.
detail-2-cart-p-use = Tại Nhật Bản, liệu pháp tế bào CAR-T đầu tiên được phê duyệt năm 2019. Hiện nay, liệu pháp tế bào CAR-T được dùng cho một số bệnh ung thư máu loại tế bào B và bệnh đa u tủy xương. Chưa có loại nào dùng được cho ung thư đặc.
detail-2-cart-p-steps = Quá trình điều trị như sau.
detail-2-cart-step-collect = Thu thập tế bào từ máu (khoảng 4–5 giờ).
detail-2-cart-step-make = Tạo tế bào điều trị trong khoảng 6 tuần.
detail-2-cart-step-chemo = Điều trị bằng thuốc chống ung thư trong vài ngày.
detail-2-cart-step-drip = Truyền tế bào đã tạo trở lại cơ thể qua đường tĩnh mạch.
detail-2-card-bcg-title = Liệu pháp BCG cho ung thư bàng quang
detail-2-bcg-p-what = Đây là phương pháp điều trị sau khi phẫu thuật cắt bỏ ung thư bàng quang giai đoạn sớm (chưa lan đến lớp cơ). Khi nguy cơ tái phát ở mức trung bình trở lên, BCG được đưa vào trong bàng quang. Phương pháp này được cho là hiệu quả hơn so với đưa thuốc chống ung thư vào bàng quang.
detail-2-bcg-p-schedule = Thường làm mỗi tuần 1 lần, liên tục 6–8 tuần. Sau đó, đôi khi tiếp tục thêm 1–3 năm.
detail-2-bcg-p-side-effects = Tác dụng phụ gồm đi tiểu nhiều lần, đau khi đi tiểu, tiểu ra máu, sốt, v.v. Hiếm khi xảy ra viêm phổi hoặc nhiễm trùng.
detail-2-card-cytokine-title = Liệu pháp cytokine
detail-2-cytokine-p-what = Đây là phương pháp dùng các thuốc interferon alpha hoặc interleukin-2. Phương pháp này được dùng cho ung thư thận. Interleukin-2 còn được dùng cho sarcoma mạch máu.
detail-2-cytokine-p-limits = Hiệu quả có hạn, và cũng ít loại ung thư dùng được. Tác dụng phụ gồm các triệu chứng giống cảm lạnh và tâm trạng chán nản.
detail-2-card-bispecific-title = Thuốc kháng thể nối tế bào T với tế bào ung thư
detail-2-bispecific-p-what = Đây là thuốc kháng thể gắn được với cả tế bào T và tế bào ung thư.
detail-2-bispecific-p-drugs = Dưới đây là ví dụ các thuốc đã được phê duyệt tại Nhật Bản. Ngoài ra còn có thuốc khác. Năm ghi kèm là năm được phê duyệt.
detail-2-bispecific-blinatumomab = Blinatumomab: một số bệnh bạch cầu cấp dòng lympho, 2018 (đầu tiên tại Nhật Bản)
detail-2-bispecific-epcoritamab = Epcoritamab: một số u lympho, 2023
detail-2-bispecific-elranatamab = Elranatamab: đa u tủy xương, 2024
detail-2-bispecific-teclistamab = Teclistamab: đa u tủy xương, 2024
detail-2-bispecific-tarlatamab = Tarlatamab: ung thư phổi tế bào nhỏ (sau khi điều trị bằng thuốc chống ung thư), 2024
detail-2-bispecific-p-care = Thuốc có thể gây một tác dụng phụ nghiêm trọng gọi là “hội chứng giải phóng cytokine”. Với loại thuốc này, đã có báo cáo về trường hợp tử vong do tác dụng phụ này hoặc do nhiễm trùng nặng.
detail-2-p-ask = Hãy hỏi bác sĩ điều trị xem phương pháp này có dùng được cho loại ung thư của bạn hay không.

## 3. Liệu pháp miễn dịch (đã chứng minh hiệu quả): mức độ hiệu quả

detail-3-title = Liệu pháp miễn dịch (đã chứng minh hiệu quả): mức độ hiệu quả
detail-3-lead = Ngay cả liệu pháp miễn dịch đã được chứng minh hiệu quả cũng chỉ có tác dụng tốt ở một số người.
detail-3-card-who-title = Thuốc có tác dụng với bao nhiêu người
detail-3-who-p-shrink = Tỷ lệ người có khối ung thư nhỏ lại được gọi là “tỷ lệ đáp ứng”. Tỷ lệ đáp ứng khác nhau tùy loại ung thư và loại thuốc, khoảng 15–40%.
detail-3-who-p-lasting = Trong số người có đáp ứng, có người giữ được hiệu quả trong nhiều năm. Hiệu quả đôi khi vẫn kéo dài cả sau khi đã ngừng thuốc.
detail-3-who-p-faster = Mặt khác, cũng có người sau khi bắt đầu dùng thuốc, ung thư lại lớn nhanh hơn.
detail-3-who-p-depends = Có thể mong đợi hiệu quả hay không còn tùy vào loại ung thư, mức độ tiến triển và kết quả xét nghiệm.
detail-3-card-survival-title = Ví dụ về kết quả sau 5 năm
detail-3-survival-p-intro = Đây là tỷ lệ người còn sống sau 5 năm kể từ khi bắt đầu điều trị, trong các thử nghiệm lâm sàng.
detail-3-survival-h-lung = Ung thư phổi giai đoạn tiến triển: thử nghiệm lâm sàng “KEYNOTE-001”, chỉ điều trị bằng pembrolizumab (Keytruda)
detail-3-lung-first = Người dùng thuốc này làm điều trị đầu tiên: 23,2%
detail-3-lung-later = Người dùng thuốc này sau các điều trị khác: 15,5%
detail-3-lung-before = Trước khi có thuốc này, tỷ lệ là khoảng 5%.
detail-3-survival-h-melanoma = U hắc tố ác tính giai đoạn tiến triển: thử nghiệm lâm sàng “CheckMate 067”
detail-3-melanoma-both = Người dùng chung nivolumab và ipilimumab: 52%
detail-3-melanoma-nivolumab = Người chỉ dùng nivolumab: 44%
detail-3-melanoma-ipilimumab = Người chỉ dùng ipilimumab: 26%
detail-3-melanoma-p-side-effects = Theo báo cáo sau 5 năm của thử nghiệm này, tỷ lệ người bị tác dụng phụ nghiêm trọng do điều trị, theo thứ tự từ trên xuống, là 59%, 23% và 28%.
detail-3-melanoma-p-compare = Khi dùng chung 2 loại thuốc, tác dụng phụ nghiêm trọng tăng lên nhiều. Con số khoảng 10% ở trang “Liệu pháp miễn dịch (đã chứng minh hiệu quả) cũng có rủi ro” là số liệu của một báo cáo khác, về việc dùng 1 loại thuốc.
detail-3-p-not-you = Đây là kết quả của những người tham gia thử nghiệm, không cho biết tiên lượng của từng người. Hãy hỏi bác sĩ điều trị để biết thêm chi tiết.

## 4. Sinh hoạt, chăm sóc và tác dụng phụ

detail-4-title = Sinh hoạt, chăm sóc và tác dụng phụ
detail-4-lead = Điều quan trọng là phát hiện sớm và điều trị sớm tác dụng phụ. Nếu có triệu chứng khác thường, hãy báo ngay cho bệnh viện.
detail-4-card-irae-title = Tác dụng phụ do hoạt động của hệ miễn dịch
detail-4-irae-p-what = Khi gỡ phanh của hệ miễn dịch, hệ miễn dịch có thể gây viêm ở các cơ quan bình thường của cơ thể. Hiện tượng này được gọi là “biến cố bất lợi liên quan đến miễn dịch”.
detail-4-irae-p-where = Thường gặp ở da, ruột, gan, phổi và các cơ quan tạo hormone. Cũng có thể xảy ra ở thận, thần kinh, cơ, tim và mắt.
detail-4-irae-p-treat = Việc điều trị dùng steroid, thuốc bổ sung hormone bị thiếu, v.v.
detail-4-irae-p-hormone = Rối loạn hormone có thể khó nhận ra, vì giống các triệu chứng thường gặp như mệt mỏi, chán ăn.
detail-4-card-when-title = Khi nào xảy ra
detail-4-when-p-months = Phần lớn xảy ra trong vài tháng đầu sau khi bắt đầu điều trị. Tuy nhiên, cũng có thể xảy ra muộn hơn, hoặc sau khi đã kết thúc điều trị. Vì vậy, cần chú ý cả sau khi điều trị.
detail-4-when-p-fatal = Theo báo cáo, tỷ lệ người tử vong do tác dụng phụ là 0,4–1,2%.
detail-4-callout-title = Những triệu chứng cần báo ngay cho bệnh viện
detail-4-callout-intro = Nếu có dù chỉ 1 triệu chứng dưới đây, dù nhẹ, hãy liên lạc ngay với bệnh viện nơi bạn đang điều trị. Ban đêm và ngày nghỉ cũng vậy.
detail-4-symptoms-lung = Ho khan (không có đờm), khó thở, sốt
detail-4-symptoms-gut = Tiêu chảy, đi đại tiện nhiều lần hơn, phân có lẫn máu hoặc phân đen, đau bụng
detail-4-symptoms-thirst = Khát nước, uống nhiều nước, đi tiểu nhiều lần hơn, buồn nôn, nôn
detail-4-symptoms-general = Mệt mỏi, thay đổi cân nặng, dễ cáu gắt, đau đầu
detail-4-symptoms-yellow = Da hoặc lòng trắng mắt bị vàng
detail-4-symptoms-kidney = Lượng nước tiểu giảm, phù
detail-4-symptoms-muscle = Tay chân không có sức, mí mắt bị sụp, đau cơ
detail-4-symptoms-skin = Phát ban, ngứa, loét miệng nặng
detail-4-symptoms-heart = Hồi hộp, đánh trống ngực, chóng mặt
detail-4-symptoms-eyes = Mắt đỏ hoặc đau mắt, nhìn mờ
detail-4-symptoms-confusion = Đầu óc lẫn lộn, lơ mơ
detail-4-callout-quickly = Ngay cả triệu chứng nhẹ cũng có thể đột ngột trở nặng. Nếu điều trị tác dụng phụ sớm, đôi khi vẫn có thể tiếp tục liệu pháp miễn dịch.
detail-4-callout-no-self-care = Đừng tự chữa bằng thuốc không kê đơn hoặc thực phẩm chức năng.
detail-4-card-before-title = Trước khi bắt đầu điều trị
detail-4-before-illness = Nếu bạn có bệnh tự miễn hoặc bệnh phổi, hãy báo cho bác sĩ điều trị. Bệnh tự miễn gồm bệnh Hashimoto, viêm loét đại tràng, v.v.
detail-4-before-pregnancy = Nếu bạn có thể đang mang thai hoặc cho con bú, hoặc dự định như vậy, hãy báo cho bác sĩ điều trị trước khi bắt đầu điều trị.
detail-4-before-contact = Hãy hỏi rõ trước nơi cần liên lạc vào ban đêm và ngày nghỉ.
detail-4-card-daily-title = Trong sinh hoạt hằng ngày
detail-4-daily-card = Nếu được phát thẻ bệnh nhân, hãy luôn mang theo bên mình. Hãy đưa thẻ cho cả bệnh viện hoặc nhà thuốc khác xem.
detail-4-daily-medicines = Khi dùng thực phẩm chức năng, thuốc kháng sinh, steroid, v.v., hãy báo cho bệnh viện nơi bạn đang điều trị.
detail-4-card-cart-title = Dành cho người điều trị bằng liệu pháp tế bào CAR-T và các liệu pháp tương tự
detail-4-cart-p-watch = Liệu pháp tế bào CAR-T có những tác dụng phụ cần chú ý. Đó là “hội chứng giải phóng cytokine” và các triệu chứng thần kinh. Thuốc kháng thể nối tế bào T với tế bào ung thư cũng có thể gây các tác dụng phụ tương tự. Vì vậy, trong thời gian đầu, người bệnh được theo dõi cẩn thận, ví dụ bằng cách nằm viện.

## 5. Liệu pháp miễn dịch (nghĩa rộng) đang được nghiên cứu, phát triển: những liệu pháp miễn dịch cần kiểm tra thận trọng

detail-5-title = Liệu pháp miễn dịch (nghĩa rộng) đang được nghiên cứu, phát triển: những liệu pháp miễn dịch cần kiểm tra thận trọng
detail-5-lead = Các liệu pháp miễn dịch đang trong giai đoạn nghiên cứu chưa được chứng minh hiệu quả, cũng chưa được chứng minh an toàn. Trước khi điều trị, hãy kiểm tra thật thận trọng.
detail-5-card-offered-title = Các phương pháp thường gặp trong điều trị tự chi trả
detail-5-offered-p-intro = Tại các cơ sở y tế điều trị tự chi trả, các liệu pháp miễn dịch sau đây thường được thực hiện.
detail-5-offered-lymphocytes = Liệu pháp tế bào lympho hoạt hóa (liệu pháp tế bào T αβ, liệu pháp tế bào T γδ, v.v.)
detail-5-offered-nk = Liệu pháp tế bào NK
detail-5-offered-dendritic = Liệu pháp vắc-xin tế bào tua
detail-5-offered-peptide = Liệu pháp vắc-xin peptide
detail-5-offered-brm = Liệu pháp BRM
detail-5-offered-combined = Phương pháp kết hợp các liệu pháp trên. Có cả cách kết hợp với thuốc ức chế điểm kiểm soát miễn dịch.
detail-5-card-experts-title = Quan điểm của các chuyên gia
detail-5-experts-p-2016 = Tháng 12 năm 2016, Hội Ung thư học Lâm sàng Nhật Bản đã ban hành hướng dẫn. Trong đó, hội không khuyến nghị vắc-xin tế bào tua, liệu pháp tế bào NK và vắc-xin peptide.
detail-5-experts-p-pancreas = Các thử nghiệm lâm sàng về vắc-xin peptide cho ung thư tụy đã được báo cáo vào năm 2012 và 2013. Kết quả không cho thấy hiệu quả.
detail-5-experts-p-patients = Năm 2018, liên hiệp các hội bệnh nhân ung thư toàn quốc đã ra tuyên bố về liệu pháp miễn dịch tự chi trả. Liên hiệp lo ngại vì hiệu quả và độ an toàn chưa được chứng minh. Liên hiệp cũng chỉ ra rằng có những cơ sở y tế chưa xử trí đầy đủ khi người bệnh đột ngột trở nặng.
detail-5-experts-p-2019 = Năm 2019, Hội Ung thư học Lâm sàng Nhật Bản lại một lần nữa kêu gọi thận trọng. Các liệu pháp tế bào và vắc-xin chưa được phê duyệt thì chưa được chứng minh hiệu quả, cũng chưa được chứng minh an toàn. Hội cũng cho rằng dùng thuốc ức chế điểm kiểm soát miễn dịch với liều thấp, hoặc dùng cho loại ung thư chưa được công nhận, là nguy hiểm.
detail-5-card-law-title = Đã nộp kế hoạch cho nhà nước cũng không có nghĩa là “đã chứng minh hiệu quả”
detail-5-law-p-act = Ngày 25 tháng 11 năm 2014, “Luật Bảo đảm An toàn Y học Tái tạo” bắt đầu có hiệu lực.
detail-5-law-p-plan = Theo luật này, muốn thực hiện các phương pháp điều trị dùng những tế bào như vậy, phải nộp kế hoạch cho nhà nước (Bộ Y tế, Lao động và Phúc lợi). Các phương pháp được phân loại theo mức độ rủi ro về an toàn.
detail-5-law-p-not-proof = Đã nộp kế hoạch không có nghĩa là phương pháp đó có hiệu quả.
detail-5-card-cost-title = Chi phí
detail-5-cost-p-amount = Người bệnh phải tự trả toàn bộ chi phí. Mỗi đợt điều trị thường tốn khoảng 2–4 triệu yên.
detail-5-cost-p-mixed = Về nguyên tắc, không được kết hợp điều trị theo bảo hiểm với điều trị tự chi trả (điều trị hỗn hợp). Ngoại lệ là thử nghiệm xin phê duyệt thuốc, y tế tiên tiến được nhà nước công nhận, v.v. Vì vậy, chi phí xét nghiệm liên quan đến điều trị tự chi trả cũng do người bệnh tự trả.
detail-5-callout-title = Trước khi lựa chọn, nhất định hãy hỏi ý kiến
detail-5-callout-doctor = Trước khi chọn liệu pháp miễn dịch tự chi trả, trước hết hãy trao đổi với bác sĩ điều trị.
detail-5-callout-second-opinion = Hãy hỏi ý kiến khác (ý kiến thứ hai) từ bác sĩ am hiểu các phương pháp đang trong giai đoạn nghiên cứu. Ví dụ như thử nghiệm lâm sàng hoặc thử nghiệm xin phê duyệt thuốc.
detail-5-callout-center = Nếu không biết nên hỏi ai, bạn có thể liên hệ Trung tâm Tư vấn và Hỗ trợ Ung thư. Việc tư vấn là miễn phí.
detail-5-card-trials-title = Lựa chọn tham gia thử nghiệm lâm sàng
detail-5-trials-p-law = Nếu muốn thử phương pháp điều trị mới, đôi khi bạn có thể tham gia thử nghiệm lâm sàng. Tháng 4 năm 2018, “Luật Nghiên cứu Lâm sàng” đã có hiệu lực. Luật này quy định các quy tắc về nghiên cứu lâm sàng.
detail-5-trials-p-search = Có thể tra cứu thử nghiệm lâm sàng trên trang đăng ký của nhà nước “jRCT”. Cũng có thể tìm ở mục “Tìm thử nghiệm lâm sàng về ung thư” của Dịch vụ Thông tin Ung thư.
detail-5-trials-p-conditions = Để tham gia cần đáp ứng các điều kiện. Bạn cũng có thể được xếp vào nhóm nhận điều trị chuẩn.
detail-5-trials-p-ask = Khi cân nhắc tham gia, trước hết hãy trao đổi với bác sĩ điều trị.

## 6. Nên hỏi bác sĩ những gì

detail-6-title = Nên hỏi bác sĩ những gì
detail-6-lead = Nếu có điều gì chưa hiểu về việc điều trị, đừng ngại, hãy hỏi bác sĩ điều trị.
detail-6-p-memo = Ghi những điều muốn hỏi ra giấy rồi mang theo sẽ giúp bạn không quên hỏi.
detail-6-card-treatment-title = Những điều nên hỏi về phương pháp điều trị được đề nghị
detail-6-ask-what = Đây là phương pháp điều trị như thế nào? Tại sao bác sĩ đề nghị cho tôi?
detail-6-ask-goal = Mục đích của việc điều trị là gì?
detail-6-ask-approved = Phương pháp này có được phê duyệt cho loại ung thư và mức độ tiến triển của tôi, và có dùng được bảo hiểm y tế công không?
detail-6-ask-together = Tôi sẽ được điều trị kèm những phương pháp nào khác?
detail-6-ask-schedule = Tôi sẽ điều trị cách nhau bao lâu, ở đâu, và đến khi nào?
detail-6-ask-working = Làm sao để biết việc điều trị có hiệu quả hay không?
detail-6-ask-side-effects = Những tác dụng phụ nào cần liên lạc ngay? Ban đêm và ngày nghỉ thì nên liên lạc ở đâu?
detail-6-ask-trials = Có thử nghiệm lâm sàng nào tôi có thể tham gia không?
detail-6-ask-cost = Chi phí khoảng bao nhiêu?
detail-6-ask-medicines = Tôi có được dùng thuốc khác hoặc tiêm vắc-xin không?
detail-6-card-self-pay-title = Nếu được đề nghị phương pháp điều trị không dùng được bảo hiểm y tế công
detail-6-self-pay-p-intro = Nếu cơ sở y tế điều trị tự chi trả đề nghị bạn dùng liệu pháp miễn dịch hoặc phương pháp khác, hãy kiểm tra những điều sau.
detail-6-self-pay-dose = Phương pháp này có được thực hiện theo liều lượng và cách dùng quy định không?
detail-6-self-pay-trials = Hiệu quả đã được chứng minh qua thử nghiệm lâm sàng quy mô lớn chưa?
detail-6-self-pay-who = Phương pháp này đã có hiệu quả với những người nào, trong bao lâu?
detail-6-self-pay-worse = Nếu tôi trở nặng hoặc bị tác dụng phụ thì sẽ được xử lý thế nào?
detail-6-card-second-opinion-title = Khi xin ý kiến thứ hai
detail-6-second-opinion-p-what = Ý kiến thứ hai là việc hỏi ý kiến về việc điều trị từ một bác sĩ khác, không phải bác sĩ điều trị hiện tại.
detail-6-second-opinion-letter = Hãy nhờ bác sĩ điều trị viết giấy giới thiệu, và mang theo cả kết quả chẩn đoán hình ảnh và xét nghiệm giải phẫu bệnh.
detail-6-second-opinion-beware = Hãy cẩn thận với các trang web quảng cáo “tư vấn ung thư miễn phí” để lôi kéo bạn vào điều trị tự chi trả giá cao.
detail-6-second-opinion-center = Trung tâm Tư vấn và Hỗ trợ Ung thư có thể giúp bạn tìm bệnh viện, hoặc tìm bác sĩ cho ý kiến thứ hai.
