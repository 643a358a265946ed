## About this information

about-title = About this information
about-p-general = This guide gives general information about cancer immunotherapy. It is not advice for any one person.
about-p-decide = Decide on your own treatment together with your doctor.
about-translation-unreviewed = This translation has not yet been checked by a medical translator.
about-translation-reviewed = This translation was checked by a medical translator on { $date }.
about-h-basis = What this information is based on
about-basis-release = National Cancer Center Japan announcement (31 March 2017): an update of the immunotherapy information on the Cancer Information Service
about-basis-ganjoho = National Cancer Center Japan, Cancer Information Service (ganjoho.jp)
about-basis-jsmo = Japanese Society of Medical Oncology, Guidelines for cancer immunotherapy
about-basis-others = Clinical trial reports, announcements by drug makers and the Ministry of Health, Labour and Welfare, reviews in medical journals, prices published by clinics and more. Each page's source line says where its figures come from.
about-p-changes = The official pages change as new information becomes available. Each page of this guide shows the date its content was last checked. For the latest information, see the Cancer Information Service.
about-h-ask = If you have questions
about-p-ask = Ask your doctor about your treatment. You can also get advice from a Cancer Consultation and Support Center.
about-h-privacy = How this kiosk counts its use
about-p-privacy = This kiosk counts only daily totals, such as how often each page was opened. It does not record who looked, at what time, or in which order, nor anything typed. Nothing that could identify a person is kept.

## General advice on where to ask (shown when the hospital has set no desk of its own)

consult-general-title = Where to get advice
consult-general-body = Designated cancer hospitals and some other hospitals across Japan have a Cancer Consultation and Support Center. Advice is free, and you do not have to give your name. Anyone can use it, in person or by phone, even if they are not a patient at that hospital.
consult-support-center = You can also phone the Cancer Information Service Support Center on 0570-02-3410, on weekdays from 10:00 to 15:00. It gives general information, but it cannot make medical judgements about your own condition.
about-h-voices = About the read-aloud voices
about-p-voices = The read-aloud voices are made inside this kiosk. The text it reads is never sent anywhere. It uses this software and these voices:
about-voice-ja = Japanese: Open JTalk with HTS Voice "Mei" (© 2009-2013 Nagoya Institute of Technology, CC BY 3.0)
about-voice-en = English: Festival with the voice "CMU US SLT" (University of Edinburgh, Carnegie Mellon University)
