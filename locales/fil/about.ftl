## Tungkol sa impormasyong ito

about-title = Tungkol sa impormasyong ito
about-p-general = Pangkalahatang impormasyon ang gabay na ito tungkol sa immunotherapy para sa kanser. Hindi ito payo na angkop sa kalagayan ng bawat tao.
about-p-decide = Pagpasyahan po ang sarili ninyong gamutan kasama ang inyong doktor.
about-translation-unreviewed = Hindi pa nasusuri ng isang medical translator ang salin na ito.
about-translation-reviewed = Sinuri ng isang medical translator ang salin na ito noong { $date }.
about-h-basis = Pinagbatayan ng impormasyong ito
about-basis-release = Anunsiyo ng National Cancer Center Japan (Marso 31, 2017): balita tungkol sa pag-update ng impormasyon sa immunotherapy sa Cancer Information Service
about-basis-ganjoho = “Cancer Information Service” ng National Cancer Center Japan (ganjoho.jp)
about-basis-jsmo = Japanese Society of Medical Oncology, “Mga Alituntunin sa Immunotherapy para sa Kanser”
about-basis-others = Mga ulat ng clinical trial, mga anunsiyo ng mga kompanya ng gamot at ng Ministry of Health, Labour and Welfare, mga review sa mga journal, mga presyong inilathala ng mga klinika at ospital, at iba pa. Ang pinagmulan ng mga numero ay nasa linyang “Pinagmulan” ng bawat pahina.
about-p-changes = Nagbabago ang nilalaman ng mga opisyal na pahina kapag may bagong impormasyon. Sa bawat pahina ng gabay na ito, nakasulat ang petsa kung kailan sinuri ang nilalaman. Para sa pinakabagong impormasyon, tingnan po ang “Cancer Information Service”.
about-h-ask = Kung may hindi kayo naiintindihan
about-p-ask = Itanong po sa inyong doktor ang mga tanong tungkol sa gamutan. Puwede rin kayong kumonsulta sa Sentro ng Konsultasyon at Suporta sa Kanser.
about-h-privacy = Tungkol sa tala ng paggamit ng device na ito
about-p-privacy = Itinatala ng device na ito ang kabuuang bilang bawat araw, tulad ng kung ilang beses binuksan ang isang pahina. Hindi nito itinatala kung sino ang tumingin, kailan, o sa anong pagkakasunod. Hindi rin nito itinatala ang anumang na-type. Walang natitirang impormasyong makakakilala sa isang tao.

## Pangkalahatang gabay sa konsultasyon (ipinapakita kapag walang itinakdang desk ang ospital)

consult-general-title = Saan puwedeng kumonsulta
consult-general-body = May “Sentro ng Konsultasyon at Suporta sa Kanser” (がん相談支援センター) sa mga itinalagang ospital para sa kanser (がん診療連携拠点病院) at iba pang ospital sa buong Japan. Libre ang konsultasyon, at puwede kayong kumonsulta nang hindi sinasabi ang pangalan. Kahit hindi kayo pasyente ng ospital na iyon, puwede kayong kumonsulta nang personal o sa telepono.
consult-support-center = Puwede ring kumonsulta sa telepono sa “Cancer Information Service Support Center”. Ang numero ay 0570-02-3410, tuwing weekday mula 10:00 hanggang 15:00. Nagbibigay ito ng pangkalahatang impormasyon. Hindi ito nagbibigay ng medikal na pasya tungkol sa kalagayan ng bawat tao.
about-h-voices = Tungkol sa boses ng pagbasa nang malakas
about-p-voices = Ginagawa sa loob ng device na ito ang boses ng “Basahin nang malakas”. Hindi ipinapadala sa labas ang tekstong binabasa. Ito ang software at mga boses na ginagamit:
about-voice-ja = Japanese: Open JTalk at HTS Voice “Mei” (© 2009-2013 Nagoya Institute of Technology, CC BY 3.0)
about-voice-en = English: Festival at boses na “CMU US SLT” (University of Edinburgh, Carnegie Mellon University)
