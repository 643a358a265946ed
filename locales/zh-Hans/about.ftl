## About this information

about-title = 关于本信息
about-p-general = 本指南提供的是关于癌症免疫疗法的一般信息。它不是针对每个人病情的建议。
about-p-decide = 您本人的治疗，请与主治医生商量后决定。
about-translation-unreviewed = 本译文尚未经过医学翻译人员的审核。
about-translation-reviewed = 本译文已于{ $date }经医学翻译人员审核。
about-h-basis = 本信息的依据
about-basis-release = 日本国立癌症研究中心的发布（2017年3月31日）：关于更新癌症信息服务中免疫疗法信息的通知
about-basis-ganjoho = 日本国立癌症研究中心“癌症信息服务”（ganjoho.jp）
about-basis-jsmo = 日本临床肿瘤学会“癌症免疫疗法指南”
about-basis-others = 临床试验的报告、制药公司和厚生劳动省的发布、专业期刊的综述、医疗机构公布的费用等。数字的出处写在各页的“出处”中。
about-p-changes = 官方网页的内容会随着新的信息而更新。本指南的各页都显示了内容的确认日期。最新信息请在“癌症信息服务”上确认。
about-h-ask = 有不明白的地方时
about-p-ask = 关于治疗的疑问，请询问主治医生。也可以到癌症咨询支援中心咨询。
about-h-privacy = 关于本终端的使用记录
about-p-privacy = 本终端按每天的合计，记录页面被打开的次数等。不记录谁、在什么时候、按什么顺序浏览。也不记录输入的文字。不会留下可识别个人身份的信息。

## General advice on where to ask (shown when the hospital has set no desk of its own)

consult-general-title = 可以咨询的窗口
consult-general-body = 日本各地的癌症诊疗合作据点医院等设有“癌症咨询支援中心（がん相談支援センター）”。咨询免费，也可以匿名咨询。没有在该医院看病的人，也可以当面或通过电话咨询。
consult-support-center = 也可以通过电话向“癌症信息服务支持中心（がん情報サービスサポートセンター）”咨询。电话号码是0570-02-3410，时间为工作日10:00至15:00。这里提供一般性的信息，不对每个人的病情作医学判断。
about-h-voices = 关于朗读的语音
about-p-voices = “朗读”的语音是在本终端内部生成的。朗读的文字不会发送到外部。使用的软件和语音如下。
about-voice-ja = 日语：Open JTalk 和 HTS Voice“Mei”（© 2009-2013 名古屋工业大学，CC BY 3.0）
about-voice-en = 英语：Festival 和语音“CMU US SLT”（爱丁堡大学、卡内基梅隆大学）
