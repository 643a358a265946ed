# The glossary. Each value is the term exactly as the pages write it; .explanation is the
# plain explanation shown on the term's card.

# Used on: core-3, core-4, detail-5, badges and legend
glossary-broad-sense = व्यापक अर्थमा
    .explanation = “फराकिलो अर्थमा” भन्ने अर्थ हो। “इम्युनोथेरापी (व्यापक अर्थमा)” भनेको प्रभाव प्रमाणित नभएका उपचार पनि समेटेर, इम्युनोथेरापी भनिने सबै उपचार हो।

# Used on: detail-1, detail-2, detail-5, detail-6
glossary-approval = स्वीकृति
    .explanation = सरकारले मान्यता दिनु हो। औषधि आदिलाई तोकिएको रोगको उपचारमा प्रयोग गर्न सकिन्छ भनेर सरकारले अनुमति दिनुलाई जनाउँछ।

# Used on: core-2, core-3, core-4, core-5, detail-1, detail-2, detail-5
glossary-checkpoint-inhibitor = इम्युन चेकपोइन्ट इन्हिबिटर
    .explanation = क्यान्सर कोशिकाले प्रतिरक्षामा लगाएको “ब्रेक” खोल्ने औषधि हो। यसले क्यान्सर कोशिकामाथि सिधै आक्रमण गर्दैन, T कोशिकालाई फेरि क्यान्सर कोशिकामाथि आक्रमण गर्न सक्ने बनाउँछ।

# Used on: core-4, detail-5, detail-6
glossary-self-pay = आफ्नै खर्चको उपचार
    .explanation = सार्वजनिक स्वास्थ्य बीमा प्रयोग गर्न नसकिने, सबै खर्च आफैंले तिर्नुपर्ने उपचार हो। प्रभाव प्रमाणित नभएका उपचार महँगो शुल्कमा गरिएका हुन सक्छन्।

# Used on: core-4, detail-5
glossary-insured-care = बीमाअन्तर्गतको उपचार
    .explanation = सार्वजनिक स्वास्थ्य बीमा प्रयोग गर्न सकिने उपचार हो। प्रभाव प्रमाणित भएको इम्युनोथेरापी तोकिएका क्यान्सरमा बीमाअन्तर्गतको उपचारका रूपमा प्रयोग गर्न सकिन्छ।

# Used on: core-3, core-4, core-5, detail-3, detail-5, detail-6, about, QR captions, source lines
glossary-clinical-trial = क्लिनिकल ट्रायल
    .explanation = नयाँ उपचारको प्रभाव र सुरक्षा बिरामीको सहभागितामा जाँच्ने अनुसन्धान हो। सहभागी हुन सर्तहरू हुन्छन्।

# Used on: core-4, detail-5
glossary-approval-trial = स्वीकृतिका लागि गरिने ट्रायल
    .explanation = क्लिनिकल ट्रायलमध्ये औषधि आदिको सरकारी स्वीकृति पाउने उद्देश्यले गरिने ट्रायल हो।

# Used on: core-4, core-5, detail-1, detail-2, detail-3, detail-4, detail-6, home screen
glossary-side-effect = साइड इफेक्ट
    .explanation = औषधि वा उपचारका कारण शरीरमा हुने नराम्रो परिवर्तन हो। इम्युनोथेरापीको साइड इफेक्ट उपचार सकिएपछि पनि देखिन सक्छ।

# Used on: detail-4
glossary-immune-related-side-effect = प्रतिरक्षासम्बन्धी प्रतिकूल घटना
    .explanation = प्रतिरक्षाको ब्रेक खोलिएका कारण प्रतिरक्षाले शरीरका स्वस्थ अङ्गमा सुजन ल्याउनु हो। छाला, आन्द्रा, कलेजो, फोक्सो, हर्मोन बनाउने अङ्ग आदिमा हुन्छ।

# Used on: core-3, detail-1, detail-2, detail-4
glossary-car-t = CAR-T कोशिका उपचार
    .explanation = बिरामीको आफ्नै T कोशिकाबाट उपचारका लागि कोशिका बनाएर ड्रिपबाट शरीरमा फर्काउने उपचार हो। केही B कोशिकाको रगतको क्यान्सर र मल्टिपल माइलोमामा प्रयोग गरिन्छ।

# Used on: detail-2, detail-4
glossary-cytokine-release-syndrome = साइटोकाइन रिलिज सिन्ड्रोम
    .explanation = साइटोकाइन नामको पदार्थ शरीरभित्र अचानक बढ्दा हुने गम्भीर साइड इफेक्ट हो। CAR-T कोशिका उपचार आदिमा हुन सक्ने भएकाले, सुरु गरेको केही समयसम्म ध्यानपूर्वक निगरानी गरिन्छ।

# Used on: detail-4
glossary-autoimmune = अटोइम्युन
    .explanation = अटोइम्युन रोग भनेको प्रतिरक्षाले आफ्नै शरीरमाथि आक्रमण गर्ने रोग हो। हासिमोटो रोग, अल्सरेटिभ कोलाइटिस आदि यसमा पर्छन्।

# Used on: detail-2
glossary-msi-h-tmb-h = MSI-H, TMB-H
    .explanation = क्यान्सरको जीन जाँचबाट थाहा हुने क्यान्सरका विशेषताका नाम हुन्। यो नतिजा भएको क्यान्सरमा, रगतको क्यान्सरबाहेकमा पनि, इम्युन चेकपोइन्ट इन्हिबिटर प्रयोग गर्न सकिने अवस्था हुन सक्छ।

# Used on: detail-5
glossary-nk-cell = NK कोशिका
    .explanation = जन्मैदेखि शरीरमा हुने प्रतिरक्षाको काम गर्ने एक प्रकारको सेतो रक्तकोशिका हो। जापानी मेडिकल अंकोलोजी सोसाइटीले NK कोशिका उपचार सिफारिस गर्दैन।

# Used on: detail-5
glossary-brm = BRM
    .explanation = BRM उपचार भनेको प्रतिरक्षाको काम बलियो बनाउँछ भनिएका पदार्थ प्रयोग गर्ने उपचार हो। आफ्नै खर्चको उपचारमा गरिन्छ, तर प्रभाव प्रमाणित भएको छैन।

# Used on: detail-5
glossary-alpha-beta-t-cell = αβ T कोशिका
    .explanation = T कोशिकाको एक प्रकार हो। αβ T कोशिका उपचारमा यी कोशिकाको काम शरीरबाहिर बलियो बनाएर शरीरमा फर्काइन्छ। प्रभाव प्रमाणित भएको छैन।

# Used on: detail-5
glossary-gamma-delta-t-cell = γδ T कोशिका
    .explanation = T कोशिकाको एक प्रकार हो। γδ T कोशिका उपचारमा यी कोशिकाको काम शरीरबाहिर बलियो बनाएर शरीरमा फर्काइन्छ। प्रभाव प्रमाणित भएको छैन।

# Used on: core-3, detail-2
glossary-bcg = BCG
    .explanation = BCG उपचार भनेको प्रारम्भिक चरणको मूत्रथैलीको क्यान्सर शल्यक्रियाबाट निकालेपछि BCG नामको औषधि मूत्रथैलीभित्र हाल्ने उपचार हो। यो प्रभाव प्रमाणित भएको इम्युनोथेरापीको एक प्रकार हो।

# Used on: detail-5, QR captions
glossary-jrct = jRCT
    .explanation = जापानका क्लिनिकल ट्रायल दर्ता गर्ने सरकारी वेबसाइट हो। कस्ता क्लिनिकल ट्रायल भइरहेका छन् भनेर खोज्न सकिन्छ।

# Used on: core-2, detail-2
glossary-pd-1 = PD-1
    .explanation = T कोशिकाको सतहमा हुने प्रोटिन हो। अर्को कोशिकाको PD-L1 यसमा जोडिँदा T कोशिकाले आक्रमण रोक्छ।

# Used on: core-2, detail-2
glossary-pd-l1 = PD-L1
    .explanation = T कोशिकाको PD-1 सँग जोडिएर T कोशिकाको आक्रमण रोकाउने प्रोटिन हो। केही क्यान्सर कोशिकामा PD-L1 धेरै हुन्छ।

# Used on: core-2, detail-2
glossary-ctla-4 = CTLA-4
    .explanation = प्रतिरक्षाको ब्रेकका रूपमा काम गर्ने एक प्रकारको प्रोटिन हो। ipilimumab जस्ता औषधिले यो ब्रेक खोल्छन्।

# Used on: core-1, detail-5
glossary-dendritic-cell = डेन्ड्राइटिक कोशिका
    .explanation = क्यान्सर कोशिकाको चिनो T कोशिकालाई बताउने कोशिका हो। चिनो सम्झेको T कोशिकाले क्यान्सर कोशिकामाथि आक्रमण गर्छ।

# Used on: core-1, core-2, core-3, detail-1, detail-2, detail-4, detail-5
glossary-t-cell = T कोशिका
    .explanation = सेतो रक्तकोशिकाको एक प्रकार हो, जसले क्यान्सर कोशिका पत्ता लगाएर आक्रमण गर्न सक्छ।

# Used on: core-4, detail-5, detail-6, about, QR captions, consultation
glossary-consultation-center = क्यान्सर परामर्श तथा सहायता केन्द्र
    .explanation = जापानभरका तोकिएका क्यान्सर अस्पताल आदिमा भएको परामर्श डेस्क (がん相談支援センター) हो। सल्लाह निःशुल्क छ, र त्यो अस्पतालमा उपचार नगराएका मानिसले पनि सल्लाह लिन सक्छन्।

# Used on: core-4, detail-5, detail-6
glossary-second-opinion = दोस्रो राय
    .explanation = हालको आफ्नो डाक्टरबाहेक अर्को डाक्टरसँग उपचारबारे राय लिनु हो।

# Used on: detail-5
glossary-advanced-care = उन्नत चिकित्सा
    .explanation = सार्वजनिक स्वास्थ्य बीमा अझै प्रयोग गर्न नसकिने नयाँ उपचारमध्ये सरकारले मान्यता दिएको उपचार हो। अपवादका रूपमा, यसलाई बीमाअन्तर्गतको उपचारसँग मिलाएर लिन अनुमति छ।

# Used on: detail-5
glossary-mixed-care = मिश्रित उपचार
    .explanation = बीमाअन्तर्गतको उपचार र आफ्नै खर्चको उपचार मिलाएर लिनु हो। सामान्य नियमअनुसार यसको अनुमति छैन।
