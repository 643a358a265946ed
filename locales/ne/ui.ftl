# Words of the screen frame (buttons and hints). Page texts are in core.ftl and details.ftl.

app-title = क्यान्सर इम्युनोथेरापी गाइड
language-name = नेपाली
home-intro = जापान राष्ट्रिय क्यान्सर केन्द्रको जानकारीमा आधारित, क्यान्सरको इम्युनोथेरापीबारे बुझ्न सजिलो परिचय।
home-track-pages = { $count } पृष्ठ
home-open-track = पढ्नुहोस्
home-hint = पढ्न चाहेको भाग थिच्नुहोस्।

nav-previous = अघिल्लो
nav-next = अर्को
nav-home = सुरुमा फर्कनुहोस्
nav-back = पछाडि
page-next-track = “{ $track }” पढ्न जारी राख्नुहोस्
page-progress = { $current } / { $total }
page-progress-spoken = जम्मा { $total } पृष्ठमध्ये पृष्ठ { $current }
swipe-hint = औंला दायाँ वा बायाँ सारेर पनि पृष्ठ बदल्न सकिन्छ।

text-size-label = अक्षरको आकार
contrast-label = हेर्न सजिलो रङ

legend-title = दुई किसिमका “इम्युनोथेरापी”
legend-proven = { $tag }: प्रभाव प्रमाणित भएको उपचार
legend-broad = { $tag }: प्रभाव प्रमाणित नभएका उपचार पनि समेटिएको

page-source = स्रोत: { $sources }
content-reviewed = सामग्री अन्तिम पटक जाँचिएको मिति: { $month ->
        [1] जनवरी
        [2] फेब्रुअरी
        [3] मार्च
        [4] अप्रिल
        [5] मे
        [6] जुन
        [7] जुलाई
        [8] अगस्ट
        [9] सेप्टेम्बर
        [10] अक्टोबर
        [11] नोभेम्बर
       *[12] डिसेम्बर
    } { $day }, { $year }
about-open = यो जानकारीबारे
qr-hint = स्मार्टफोनको क्यामेराले स्क्यान गर्दा आधिकारिक पृष्ठ खुल्छ।
qr-alt = QR कोड: { $caption } ({ $url })

consult-desk-title = यस अस्पतालको परामर्श डेस्क
consult-desk-location = स्थान
consult-desk-phone = फोन
consult-desk-line = { $label }: { $value }
consult-desk-hours = खुला समय

attract-touch = स्क्रिन छुनुहोस्
attract-subtitle = क्यान्सरको इम्युनोथेरापीबारे बुझ्न सजिलो परिचय।

idle-title = के तपाईं अझै पढ्दै हुनुहुन्छ?
idle-countdown = { $seconds } सेकेन्डपछि सुरुको स्क्रिनमा फर्किन्छ।
idle-continue = पढ्न जारी राख्नुहोस्

staff-pin-title = कर्मचारीका लागि: PIN नम्बर हाल्नुहोस्
staff-pin-wrong = PIN मिलेन। अझै { $tries } पटकसम्म प्रयास गर्न सकिन्छ।
staff-pin-locked = प्रविष्टि केही समयका लागि रोकिएको छ। { $minutes } मिनेटपछि फेरि प्रयास गर्नुहोस्।
staff-pin-clear = मेटाउनुहोस्
staff-pin-enter = ठीक छ
staff-cancel = बन्द गर्नुहोस्
staff-not-set-up-title = कर्मचारी प्रवेश अझै सेट गरिएको छैन
staff-not-set-up-body = प्रशासकले यस उपकरणमा “immuno-kiosk set-pin” चलाएर PIN तोकेपछि यो प्रयोग गर्न सकिन्छ। चरणहरूका लागि INSTALL.md हेर्नुहोस्।
staff-menu-title = कर्मचारी मेनु
staff-open-settings = सेटिङ…
staff-show-cursor = माउसको तीर देखाउनुहोस्
staff-hide-cursor = माउसको तीर लुकाउनुहोस्
staff-quit = किओस्क बन्द गर्नुहोस्
staff-lock = कर्मचारी मेनु बन्द गरी लक गर्नुहोस्
staff-auto-lock = 2 मिनेटसम्म कुनै प्रयोग नभए आफैं लक हुन्छ।

settings-title = सेटिङ
settings-save = सुरक्षित गर्नुहोस्
settings-discard = रद्द गर्नुहोस्
settings-back = कर्मचारी मेनुमा फर्कनुहोस्
settings-saved = सुरक्षित भयो। तुरुन्तै लागू हुन्छ।
settings-saved-partly = सुरक्षित भयो, तर यी मान प्रयोग गर्न नमिल्ने भएकाले पहिलेकै रहे: { $fields }
settings-pin-length = PIN 4–12 अङ्कको हुन्छ। यो प्रविष्टि गनिएको छैन।
settings-no-config-files = सुरक्षित गर्न सकिएन: कुनै सेटिङ फाइल प्रयोगमा छैन।
settings-save-failed = सुरक्षित गर्न सकिएन: { $error }
settings-unsaved = सुरक्षित नगरिएका परिवर्तन छन्।
settings-no-changes = कुनै परिवर्तन छैन।
settings-origin = सेटिङको स्रोत: { $layer }
settings-locked = IT विभागले स्थिर गरेकाले यहाँ बदल्न सकिँदैन।
settings-on = चालू
settings-off = बन्द
settings-step-down = −{ $seconds } सेकेन्ड
settings-step-up = +{ $seconds } सेकेन्ड
settings-seconds = { $seconds } सेकेन्ड
settings-idle-timeout = कुनै प्रयोग नभएपछि पुष्टि सोध्नुअघिको समय
settings-idle-warning = पुष्टि सोधेपछि सुरुको स्क्रिनमा फर्कनुअघिको समय
settings-locales = प्रयोग गर्ने भाषा (माथिबाट क्रमैसँग देखाइन्छ)
settings-move-up = माथि सार्नुहोस्
settings-default-locale = सुरुमा देखाउने भाषा
settings-default-text-scale = सुरुको अक्षरको आकार
settings-high-contrast = सुरुदेखि नै हेर्न सजिलो रङ प्रयोग गर्ने
settings-show-cursor = माउसको तीर देखाउने
settings-allow-quit = कर्मचारी मेनुमा “बन्द गर्ने” विकल्प देखाउने
settings-consultation = यस अस्पतालको परामर्श डेस्क (किबोर्डले टाइप गर्नुहोस्)
settings-desk-name = डेस्कको नाम
settings-desk-location = स्थान
settings-desk-phone = फोन
settings-desk-hours = खुला समय
settings-desk-url = पृष्ठको ठेगाना (https://, QR कोडमा देखाइन्छ)
settings-content-dir = सामग्री बदल्ने फोल्डर (खाली भए भित्रकै सामग्री)
settings-pin = कर्मचारीको PIN
settings-change-pin = PIN बदल्नुहोस्…
settings-pin-current = हालको PIN हाल्नुहोस्
settings-pin-new = नयाँ PIN (4–12 अङ्क) हाल्नुहोस्
settings-pin-again = नयाँ PIN फेरि एक पटक हाल्नुहोस्
settings-pin-changed = PIN बदलियो।
settings-pin-mismatch = दुई पटकको प्रविष्टि मिलेन। कृपया सुरुदेखि फेरि गर्नुहोस्।
settings-pin-invalid = PIN 4–12 अङ्कको नम्बर हो।
settings-about = यस उपकरणबारे
settings-version = संस्करण: { $version }
settings-layers = सेटिङ फाइलहरू
settings-layer-loaded = लोड भयो
settings-layer-absent = छैन
settings-layer-error = त्रुटि ({ $position }): { $message }
settings-problems = सेटिङ फाइलका समस्या
settings-backup = अन्तिम पटक ठीकसँग सुरक्षित गरिएको सेटिङ: { $path }
settings-backup-none = अन्तिम पटक ठीकसँग सुरक्षित गरिएको सेटिङ: अहिलेसम्म छैन
layer-default = पूर्वनिर्धारित मान
layer-system = प्रणाली सेटिङ { $path }
layer-dropin = थप सेटिङ { $path }
layer-local = कर्मचारीको सेटिङ { $path }

# The readings (furigana) switch on the top bar, shown only in Japanese.
furigana-label = उच्चारण (फुरिगाना)
furigana-off = छैन
furigana-hard-terms = कठिन शब्द
furigana-all = सबै कान्जी

# The glossary: a term's name for a screen reader, the card's title and its close button.
term-open = शब्दको व्याख्या: { $term }
term-card-title = शब्दको व्याख्या
term-card-close = बन्द गर्नुहोस्

# The staff usage screen and the usage rows of the settings screen.
staff-open-usage = प्रयोगको स्थिति…
usage-title = प्रयोगको स्थिति
usage-days = पछिल्ला { $days } दिन
usage-visits-chart = दैनिक प्रयोग सङ्ख्या
usage-visits-total = यस अवधिमा { $visits } पटक प्रयोग भयो। अन्तिम पृष्ठसम्म { $completed } पटक पढियो।
usage-top-pages = धेरै खोलिएका पृष्ठ
usage-languages = प्रयोग भएका भाषा
usage-text-sizes = छानिएका अक्षरका आकार
usage-count = { $count } पटक
usage-empty = यस अवधिको कुनै रेकर्ड छैन।
usage-off = प्रयोगको रेकर्ड राख्ने काम बन्द छ। सेटिङबाट बदल्न सकिन्छ।
usage-problem = रेकर्ड फाइलमा सुरक्षित गर्न सकिएको छैन। पुनः सुरु नगरेसम्म उपकरणभित्रै सम्झिराखिन्छ। कारण: { $error }
usage-moved-aside = पढ्न नसकिएको रेकर्ड फाइल { $path } मा सारियो।
usage-privacy = दैनिक सङ्ख्याको जोड मात्र रेकर्ड गरिन्छ। व्यक्ति पहिचान गर्ने कुनै जानकारी रेकर्ड गरिँदैन।
settings-usage-counts = प्रयोगको रेकर्ड (व्यक्ति नचिनिने सङ्ख्या मात्र)
settings-usage-retention = रेकर्ड राख्ने दिन
settings-days = { $days } दिन
settings-step-down-days = −{ $days } दिन
settings-step-up-days = +{ $days } दिन
settings-usage-delete = सबै रेकर्ड मेटाउनुहोस्
settings-usage-deleted = प्रयोगका सबै रेकर्ड मेटाइयो।

# Read aloud
speech-read = पढेर सुनाउनुहोस्
speech-pause = रोक्नुहोस्
speech-resume = बाँकी पढ्नुहोस्
speech-stop = बन्द गर्नुहोस्
speech-playing = पढेर सुनाउँदै
speech-paused = रोकिएको
speech-rate = गति
speech-rate-normal = सामान्य
speech-rate-slow = बिस्तारै
speech-volume = आवाज
speech-volume-low = कम
speech-volume-medium = मध्यम
speech-volume-high = धेरै
# Words the speech engine says wrong, one a line, each with the reading it must use as
# ruby, for example ｜PD-1《P D one》. Copied from the English file.
speech-readings =
    ｜PD-1《P D one》
    ｜PD-L1《P D L one》
settings-speech = पढेर सुनाउने
settings-speech-ready = पढेर सुनाउने सुविधा प्रयोग गर्न सकिन्छ ({ $languages })।
settings-speech-unavailable = पढेर सुनाउने सुविधा प्रयोग गर्न सकिँदैन। IT कर्मचारीलाई भन्नुहोस्: { $reason }
settings-speech-device = आवाज निस्कने उपकरण
settings-speech-volume = सुरुको आवाज

# The language switch (at the top of every screen), and out-of-date or unreviewed translations
language-switch = भाषा
language-chooser-title = भाषा छान्नुहोस्
language-chooser-close = बन्द गर्नुहोस्
stale-shown-in-japanese = यस पृष्ठको केही भागको जापानी मूल पाठ नयाँ भएको छ। त्यो भाग जापानीमा देखाइएको छ।
stale-marked = यस पृष्ठको केही भाग जापानी मूल पाठ नयाँ हुनुअघिको अनुवाद हो। पछिल्लो जानकारी जापानी पृष्ठमा हेर्नुहोस्।
settings-stale = मूल पाठ बदलिएपछिको पुरानो अनुवाद
settings-stale-japanese = जापानी मूल पाठ देखाउने
settings-stale-mark = पुरानो अनुवाद देखाउने, र पृष्ठमा सूचना राख्ने
settings-hide-unreviewed = चिकित्सा अनुवादकले नजाँचेका भाषा लुकाउने
settings-language-status = प्रत्येक भाषाको अनुवादको स्थिति
settings-language-reference = { $name }: मूल पाठ
settings-language-state = { $name }: जम्मा { $total } मध्ये अनुवाद { $translated }, जाँचिएको { $reviewed }, पुरानो अनुवाद { $stale }
