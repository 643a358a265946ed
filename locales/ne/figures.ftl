# Words for the figures. -alt is the description for screen readers (what the figure shows);
# the others are labels placed over the figure at the anchors in assets/content.ron.
# The drawings themselves are in assets/figures/.

## core-1

figure-core-1-alt = बायाँतिर T कोशिकाले क्यान्सर कोशिकामाथि आक्रमण गरेर त्यसलाई हटाउँदैछ। दायाँतिर क्यान्सर कोशिकाले T कोशिकामा ब्रेक लगाएको छ। नहटाइएका क्यान्सर कोशिकाहरू बढिरहेका छन्।
figure-core-1-tcell = T कोशिका
figure-core-1-removed = क्यान्सर कोशिका हटाइन्छ
figure-core-1-brake = ब्रेक
figure-core-1-grow = क्यान्सर कोशिका बाँकी रहेर बढ्छ

## core-2

figure-core-2-alt = बायाँतिर क्यान्सर कोशिकाको PD-L1 T कोशिकाको PD-1 सँग जोडिएर ब्रेक लागेको छ। दायाँतिर औषधिले PD-1 छोपेर ब्रेक खोलेको छ। T कोशिकाले फेरि क्यान्सर कोशिकामाथि आक्रमण गरिरहेको छ।
figure-core-2-pd1 = T कोशिकाको PD-1
figure-core-2-pdl1 = क्यान्सर कोशिकाको PD-L1
figure-core-2-medicine = ब्रेक खोल्ने औषधि
figure-core-2-attack = फेरि आक्रमण

## core-3

figure-core-3-alt = ठूलो वृत्तले इम्युनोथेरापी भनिने सबै उपचार जनाउँछ। त्यसभित्रको सानो वृत्तले प्रभाव प्रमाणित भएको इम्युनोथेरापी जनाउँछ। प्रभाव प्रमाणित भएका अझै केही मात्र छन्।
figure-core-3-broad = इम्युनोथेरापी (व्यापक अर्थमा)
figure-core-3-unproven = प्रभाव प्रमाणित नभएका
figure-core-3-proven = इम्युनोथेरापी (प्रभाव प्रमाणित)

## core-4

figure-core-4-alt = बायाँको बिरामीले पहिले आफ्नो डाक्टर वा क्यान्सर परामर्श तथा सहायता केन्द्रसँग सल्लाह लिन्छन्। त्यसपछि अर्को डाक्टरको राय (दोस्रो राय) लिन्छन्। आफ्नै खर्चको उपचार छान्ने कि नछान्ने, त्यसपछि मात्र सोच्छन्।
figure-core-4-doctor = आफ्नो डाक्टर
figure-core-4-center = परामर्श केन्द्र
figure-core-4-second-opinion = दोस्रो राय
figure-core-4-self-pay = आफ्नै खर्चको उपचार

## core-5

figure-core-5-alt = मानिसको शरीरको चित्र। साइड इफेक्ट धेरै हुने ठाउँका रूपमा हर्मोन बनाउने अङ्ग, फोक्सो, कलेजो, आन्द्रा र छालामा चिनो लगाइएको छ।
figure-core-5-hormone = हर्मोन बनाउने अङ्ग
figure-core-5-lungs = फोक्सो
figure-core-5-liver = कलेजो
figure-core-5-skin = छाला
figure-core-5-gut = आन्द्रा

## detail-1

figure-detail-1-alt = निर्देशिकाअनुसार इम्युनोथेरापीका मुख्य प्रकार 5 वटा चित्रमा देखाइएका छन्: प्रतिरक्षाको ब्रेक खोल्ने औषधि, क्यान्सर खोप, T कोशिका शरीरमा फर्काउने उपचार, साइटोकाइन, र अन्य औषधि तथा संयोजन।
figure-detail-1-checkpoint = ब्रेक खोल्ने औषधि
figure-detail-1-vaccine = क्यान्सर खोप
figure-detail-1-cells = T कोशिका फर्काउने उपचार
figure-detail-1-cytokine = साइटोकाइन
figure-detail-1-other = संयोजन आदि

## detail-2

figure-detail-2-alt = CAR-T कोशिका उपचारको क्रम। रगतबाट कोशिका सङ्कलन गरिन्छ, र करिब 6 हप्ता लगाएर उपचारका लागि कोशिका बनाइन्छ। केही दिन क्यान्सरविरुद्धको औषधिको उपचारपछि, बनाइएका कोशिका ड्रिपबाट शरीरमा फर्काइन्छ।
figure-detail-2-collect = रगतबाट कोशिका सङ्कलन
figure-detail-2-make = करिब 6 हप्तामा बनाइन्छ
figure-detail-2-chemo = केही दिन केमोथेरापी
figure-detail-2-drip = ड्रिपबाट फर्काइन्छ

## detail-3

figure-detail-3-alt = एकै तरिकाले उपचार सुरु गरेका 3 जनाको क्यान्सरको आकारमा आएको परिवर्तन। पहिलो व्यक्तिको क्यान्सर सानो हुन्छ, दोस्रोको सानो हुँदैन। तेस्रोको क्यान्सर छिटो ठूलो हुँदैछ।
figure-detail-3-shrinks = सानो हुने
figure-detail-3-same = सानो नहुने
figure-detail-3-faster = छिटो बढ्ने

## detail-4

figure-detail-4-alt = लक्षण जाँच सूचीमा 1 वटा चिनो लगाइएको छ। 1 वटा मात्र भए पनि, हल्का भए पनि, तुरुन्तै फोनबाट अस्पताललाई सम्पर्क गरिन्छ। राति वा बिदाको दिनमा पनि यसै गरिन्छ।
figure-detail-4-even-one = 1 वटा मात्र भए पनि
figure-detail-4-mild = हल्का भए पनि
figure-detail-4-call = तुरुन्तै सम्पर्क
figure-detail-4-night = राति र बिदामा पनि
figure-detail-4-hospital = उपचार गराइरहेको अस्पताल

## detail-5

figure-detail-5-alt = बायाँमा चेतावनी र पैसाको चिनो भएको, आफ्नै खर्चको उपचार गर्ने स्वास्थ्य संस्था छ। दायाँमा क्लिनिकल ट्रायल गर्ने अस्पताल छ। बीचको बिरामीले जुनसुकैबारे सोच्दा पनि पहिले आफ्नो डाक्टरसँग सल्लाह लिन्छन्।
figure-detail-5-self-pay = आफ्नै खर्चको उपचार
figure-detail-5-unproven = प्रभाव प्रमाणित छैन
figure-detail-5-ask-first = पहिले डाक्टरसँग सल्लाह
figure-detail-5-trials = क्लिनिकल ट्रायल

## detail-6

figure-detail-6-alt = बिरामीले सोध्न चाहेका कुरा लेखिएको कागज लिएर आफ्नो डाक्टरलाई प्रश्न सोधिरहेका छन्।
figure-detail-6-memo = सोध्ने कुराको सूची
figure-detail-6-ask = संकोच नमानी सोध्नुहोस्
figure-detail-6-doctor = आफ्नो डाक्टर

## track-core

figure-track-core-alt = T कोशिका र क्यान्सर कोशिकाको चित्र, र 5 वटा गोलो। यसले सुरुमै जान्नुपर्ने 5 वटा बुँदा जनाउँछ।

## track-details

figure-track-details-alt = म्याग्निफाइङ ग्लासले T कोशिका र क्यान्सर कोशिकाको सम्बन्धलाई ठूलो बनाएर देखाएको छ। यसले थप विस्तृत व्याख्या जनाउँछ।
