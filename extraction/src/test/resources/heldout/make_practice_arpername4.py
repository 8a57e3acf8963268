# Writes practice_arpername4.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by the helper
# h/arpername4, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. The set is
# for the English spelling of persons in Arabic copy, fourth round: Iranians (Persian given and family names),
# Spaniards and Portuguese, Brazilians and Spanish Americans (names with p, v, e and o that Arabic writes ب, ف, ي, و),
# and Moroccans of the Tadla plain (doubled letters and e vowels), named with their titles and later by family name
# alone. The gold `name` is the spelling English wire copy uses for the person's country, other spellings as aliases.
# Persons are fictional. Entities that overlap.py found in other sets' gold are dropped from the gold by DROP (their
# text left as written). Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arpername4.py
from gold import doc, docs, write

doc("pan4-ar-01-isfahan-water", "ar", "2026-11-18T08:00:00Z",
    "مزارعو أصفهان يحتجون على قطع مياه زاينده رود",
    "أصفهان - تظاهر مئات المزارعين أمس الثلاثاء أمام مبنى المحافظة في مدينة أصفهان وسط إيران احتجاجا على قطع مياه نهر زاينده رود عن أراضيهم، وطالبوا وزارة الطاقة الإيرانية بالإفراج عن حصتهم من مياه السد.\n"
    "وقال محافظ أصفهان رضا مرتضوي إن «الحكومة ستخصص حصة للري قبل موسم الزراعة»، فيما أكد المدير العام لشركة المياه الإقليمية في أصفهان حسن ساساني أن مخزون السد لا يتجاوز عشرة في المئة من سعته.\n"
    "وانتقدت النائبة عن أصفهان فاطمة رحيمي بور الحكومة، وقالت إن «المزارعين دفعوا ثمن نقل المياه إلى مدينة يزد». وقال المزارع غلام رضا كاظمي من بلدة ورزنه إن أرضه بقيت من دون ماء منذ ثلاثة مواسم.\n"
    "وقالت الأستاذة في جامعة أصفهان للتكنولوجيا مريم صادقي إن مستوى المياه الجوفية في السهل انخفض مترين في العام الماضي، وحذرت صادقي من هبوط التربة تحت المدينة.\n"
    "وفي طهران، قال المتحدث باسم وزارة الطاقة بهروز قاسمي إن الوزارة ستفتح بوابات السد أسبوعين في ديسمبر المقبل، وأضاف قاسمي أن «الحصة محدودة بسبب الجفاف».\n"
    "وفي يزد، رفض رئيس مجلس المدينة كوروش شيرازي اتهام مدينته بأخذ مياه أصفهان، فيما أكد رئيس اتحاد مزارعي شرق أصفهان داريوش مرادي أن الاحتجاجات ستستمر. وقال مرتضوي إنه سيلتقي مرادي الأحد المقبل، ودعا رجل الدين مجتبى حسيني إلى الهدوء.",
    [("LOC", "Isfahan", ["Esfahan"], ["أصفهان", "مدينة أصفهان"]),
     ("LOC", "Iran", [], ["إيران"]),
     ("LOC", "Zayandeh Rud", ["Zayanderud", "Zayandeh River"], ["زاينده رود", "نهر زاينده رود"]),
     ("ORG", "Ministry of Energy (Iran)", ["Iranian Ministry of Energy", "Iran's Energy Ministry", "Ministry of Energy"],
      ["وزارة الطاقة الإيرانية", "وزارة الطاقة"]),
     ("PERSON", "Reza Mortazavi", [], ["رضا مرتضوي", "مرتضوي"]),
     ("PERSON", "Hassan Sasani", ["Hasan Sasani"], ["حسن ساساني"]),
     ("PERSON", "Fatemeh Rahimipour", ["Fatemeh Rahimi Pour", "Fatemeh Rahimi-Pour"], ["فاطمة رحيمي بور"]),
     ("LOC", "Yazd", [], ["يزد", "مدينة يزد"]),
     ("PERSON", "Gholamreza Kazemi", ["Gholam Reza Kazemi", "Gholam-Reza Kazemi"], ["غلام رضا كاظمي"]),
     ("LOC", "Varzaneh", [], ["ورزنه"]),
     ("ORG", "Isfahan University of Technology", [], ["جامعة أصفهان للتكنولوجيا"]),
     ("PERSON", "Maryam Sadeghi", ["Maryam Sadeqi"], ["مريم صادقي", "صادقي"]),
     ("LOC", "Tehran", [], ["طهران"]),
     ("PERSON", "Behrouz Ghasemi", ["Behrooz Ghasemi", "Behrouz Qasemi"], ["بهروز قاسمي", "قاسمي"]),
     ("PERSON", "Kourosh Shirazi", ["Kurosh Shirazi", "Koorosh Shirazi"], ["كوروش شيرازي"]),
     ("PERSON", "Dariush Moradi", ["Daryoush Moradi", "Daryush Moradi"], ["داريوش مرادي", "مرادي"]),
     ("PERSON", "Mojtaba Hosseini", ["Mojtaba Hoseini"], ["مجتبى حسيني"])],
    [("14", "تظاهر", "Isfahan", "2026-11-17"), ("11", "وانتقدت", None, None), ("12", "رفض", None, None),
     ("04", "سيلتقي", None, "2026-11-22")])

doc("pan4-ar-02-huelva-alentejo", "ar", "2026-11-24T09:00:00Z",
    "ويلفا وألنتيجو تستعدان لموسم العاملات المغربيات",
    "ويلفا (إسبانيا) - قال رئيس جمعية منتجي الفراولة في ويلفا بيدرو مارين فالفيردي أمس الاثنين إن مزارع الإقليم ستستقبل هذا الموسم ثلاثة عشر ألف عاملة مغربية، بزيادة ألف عاملة عن الموسم الماضي.\n"
    "وقالت رئيسة بلدية موغير إيلينا بيريث إن البلدية ستفتح مساكن جديدة للعاملات قرب الحقول، فيما قال الأمين العام لنقابة اللجان العمالية في الأندلس فيسنتي لوبيث إن النقابة ستراقب الأجور وساعات العمل، وأضاف لوبيث أن «بعض المزارع لا تحترم العقود».\n"
    "وقال قائد الحرس المدني في ويلفا العقيد خافيير بوفيدا إن دورياته ستزور المزارع كل أسبوع، وأكد بوفيدا أن «أي شكوى ستحال إلى القضاء».\n"
    "وفي البرتغال، قال رئيس اتحاد المزارعين في منطقة ألنتيجو فاسكو أوليفيرا بينتو إن مزارع التوت في أوديميرا تحتاج إلى أربعة آلاف عامل، وطالب بينتو الحكومة بتسريع التأشيرات.\n"
    "وقالت المسؤولة في وكالة الإدماج والهجرة واللجوء البرتغالية إيفا تيكسيرا إن الوكالة ستفتح مكتبا في مدينة بيجا، وأضافت تيكسيرا أن المكتب سيستقبل الطلبات من يناير.\n"
    "وفي الرباط، قالت مديرة الوكالة الوطنية لإنعاش التشغيل والكفاءات سعاد بنيس إن الوكالة اختارت العاملات من جهتي سوس ماسة والغرب، وقالت العاملة خديجة الوافي إنها ستعود إلى ويلفا للموسم الرابع.",
    [("LOC", "Huelva", ["Province of Huelva"], ["ويلفا"]),
     ("LOC", "Spain", [], ["إسبانيا"]),
     ("PERSON", "Pedro Marín Valverde", ["Pedro Marin Valverde"], ["بيدرو مارين فالفيردي"]),
     ("PERSON", "Elena Pérez", ["Elena Perez"], ["إيلينا بيريث"]),
     ("LOC", "Moguer", [], ["موغير"]),
     ("ORG", "Workers' Commissions", ["CCOO", "Comisiones Obreras"], ["نقابة اللجان العمالية"]),
     ("LOC", "Andalusia", ["Andalucía"], ["الأندلس"]),
     ("PERSON", "Vicente López", ["Vicente Lopez"], ["فيسنتي لوبيث", "لوبيث"]),
     ("ORG", "Civil Guard", ["Guardia Civil"], ["الحرس المدني"]),
     ("PERSON", "Javier Poveda", [], ["خافيير بوفيدا", "بوفيدا"]),
     ("LOC", "Portugal", [], ["البرتغال"]),
     ("LOC", "Alentejo", [], ["ألنتيجو", "منطقة ألنتيجو"]),
     ("PERSON", "Vasco Oliveira Pinto", [], ["فاسكو أوليفيرا بينتو", "بينتو"]),
     ("LOC", "Odemira", [], ["أوديميرا"]),
     ("ORG", "Agency for Integration, Migration and Asylum", ["AIMA"], ["وكالة الإدماج والهجرة واللجوء البرتغالية"]),
     ("PERSON", "Eva Teixeira", [], ["إيفا تيكسيرا", "تيكسيرا"]),
     ("LOC", "Beja", [], ["بيجا", "مدينة بيجا"]),
     ("LOC", "Rabat", [], ["الرباط"]),
     ("ORG", "National Agency for the Promotion of Employment and Skills", ["ANAPEC"],
      ["الوكالة الوطنية لإنعاش التشغيل والكفاءات"]),
     ("PERSON", "Souad Bennis", [], ["سعاد بنيس"]),
     ("LOC", "Souss-Massa", ["Souss Massa"], ["سوس ماسة"]),
     ("PERSON", "Khadija El Ouafi", ["Khadija Ouafi"], ["خديجة الوافي"])],
    [("10", "وطالب", None, None)])

doc("pan4-ar-03-parana-halal", "ar", "2026-11-10T10:00:00Z",
    "وفد خليجي يتفقد مسالخ الدواجن الحلال في البرازيل",
    "كوريتيبا (البرازيل) - زار وفد من هيئات الغذاء الخليجية أمس الاثنين مسالخ للدواجن في ولاية بارانا جنوب البرازيل، في إطار مراجعة شهادات الذبح الحلال قبل تجديد عقود التصدير.\n"
    "وقال رئيس اتحاد مصدري الدواجن في بارانا روبيرتو بيسوا إن الولاية تصدر ثلث الدجاج البرازيلي إلى الخليج، فيما أكد وزير الزراعة في حكومة الولاية فلافيو بيكسوتو أن المسالخ استوفت الشروط كلها. وقال بيسوا إن «السوق الخليجية أولوية».\n"
    "واستقبلت رئيسة بلدية كاسكافيل باولا موريرا الوفد في المدينة، وقالت موريرا إن المسالخ توظف ستة آلاف عامل.\n"
    "وفي مونتيفيديو، قال رئيس المعهد الوطني للحوم في الأوروغواي أوسفالدو بينيتيث إن بلاده تأمل أن يزور الوفد مسالخ الأبقار الشهر المقبل، وأضاف بينيتيث أن الصادرات إلى السعودية تضاعفت.\n"
    "وفي ميديلين، قال رئيس غرفة التجارة الكولومبية العربية إستيبان فيلاسكو إن شركات كولومبية تسعى إلى شهادات حلال للحوم، وقال فيلاسكو إن الغرفة ستنظم معرضا في الرياض.\n"
    "وفي غواياكيل، وقعت وزيرة الإنتاج الإكوادورية سونيا بالاسيوس مع رجل أعمال إماراتي اتفاقا لتصدير الروبيان، وقالت بالاسيوس إن «الاتفاق يفتح أسواق الخليج أمام صيادينا».",
    [("LOC", "Curitiba", [], ["كوريتيبا"]),
     ("LOC", "Brazil", [], ["البرازيل"]),
     ("LOC", "Paraná", ["Parana", "Paraná state"], ["ولاية بارانا", "بارانا"]),
     ("PERSON", "Roberto Pessoa", [], ["روبيرتو بيسوا", "بيسوا"]),
     ("PERSON", "Flávio Peixoto", ["Flavio Peixoto"], ["فلافيو بيكسوتو"]),
     ("LOC", "Cascavel", [], ["كاسكافيل"]),
     ("PERSON", "Paula Moreira", [], ["باولا موريرا", "موريرا"]),
     ("LOC", "Montevideo", [], ["مونتيفيديو"]),
     ("ORG", "National Meat Institute", ["INAC", "Instituto Nacional de Carnes"], ["المعهد الوطني للحوم في الأوروغواي"]),
     ("PERSON", "Osvaldo Benítez", ["Osvaldo Benitez"], ["أوسفالدو بينيتيث", "بينيتيث"]),
     ("LOC", "Saudi Arabia", [], ["السعودية"]),
     ("LOC", "Medellín", ["Medellin"], ["ميديلين"]),
     ("PERSON", "Esteban Velasco", [], ["إستيبان فيلاسكو", "فيلاسكو"]),
     ("LOC", "Riyadh", [], ["الرياض"]),
     ("LOC", "Guayaquil", [], ["غواياكيل"]),
     ("PERSON", "Sonia Palacios", [], ["سونيا بالاسيوس", "بالاسيوس"])],
    [("04", "زار", "Paraná", "2026-11-09"), ("05", "واستقبلت", "Cascavel", None), ("05", "وقعت", "Guayaquil", None)])

doc("pan4-ar-04-tadla-olives", "ar", "2026-11-26T11:00:00Z",
    "جفاف تادلة يهدد موسم الزيتون",
    "بني ملال - قال المدير الجهوي للفلاحة في جهة بني ملال خنيفرة عبد الكريم بنعمر أمس الأربعاء إن محصول الزيتون في سهل تادلة سينخفض هذا الموسم بنحو الثلث بسبب الجفاف وقلة مياه سد بين الويدان.\n"
    "وقال مدير المكتب الجهوي للاستثمار الفلاحي لتادلة هشام الصفريوي إن المكتب قلص حصص مياه الري إلى النصف، وأضاف الصفريوي أن «الأولوية لمياه الشرب».\n"
    "وقال رئيس جماعة أفورار مصطفى الشرقاوي إن عشرات الأسر غادرت الدواوير نحو المدن، فيما قالت رئيسة تعاونية نسائية لزيت الزيتون في قصبة تادلة لطيفة بنسليمان إن التعاونية لم تجمع سوى نصف ما جمعته العام الماضي. وأضافت بنسليمان أن أسعار الزيت ارتفعت.\n"
    "وطالب البرلماني عن إقليم الفقيه بن صالح إدريس الزموري الحكومة بإعلان المنطقة منكوبة، وقال الزموري إن «الفلاح الصغير لا يملك ما يصمد به».\n"
    "وقال الخبير الفلاحي رشيد بنمسعود إن الآبار في السهل جفت بعد سنوات من الضخ، وقال المزارع محمد أمزيان من دوار أولاد عياد إنه باع نصف قطيعه، فيما قال يوسف بلمقدم رئيس جمعية مستعملي مياه الري إن الجمعية ستنظم وقفة أمام مقر المكتب الاثنين المقبل.",
    [("LOC", "Beni Mellal", ["Béni Mellal"], ["بني ملال"]),
     ("LOC", "Beni Mellal-Khenifra", ["Béni Mellal-Khénifra"], ["جهة بني ملال خنيفرة"]),
     ("PERSON", "Abdelkrim Benamar", ["Abdelkrim Ben Amar"], ["عبد الكريم بنعمر"]),
     ("LOC", "Tadla plain", ["Tadla"], ["سهل تادلة"]),
     ("LOC", "Bin El Ouidane Dam", ["Bin el Ouidane"], ["سد بين الويدان"]),
     ("ORG", "Regional Office for Agricultural Development of Tadla", ["ORMVAT"],
      ["المكتب الجهوي للاستثمار الفلاحي لتادلة"]),
     ("PERSON", "Hicham Sefrioui", ["Hicham El Sefrioui", "Hicham Seffrioui"], ["هشام الصفريوي", "الصفريوي"]),
     ("LOC", "Afourar", [], ["أفورار", "جماعة أفورار"]),
     ("PERSON", "Mustapha Cherkaoui", ["Mustapha El Cherkaoui", "Moustapha Cherkaoui"], ["مصطفى الشرقاوي"]),
     ("LOC", "Kasba Tadla", [], ["قصبة تادلة"]),
     ("PERSON", "Latifa Benslimane", [], ["لطيفة بنسليمان", "بنسليمان"]),
     ("LOC", "Fquih Ben Salah Province", ["Fquih Ben Salah", "Fkih Ben Salah"], ["إقليم الفقيه بن صالح"]),
     ("PERSON", "Driss Zemmouri", ["Driss El Zemmouri", "Driss Zemouri"], ["إدريس الزموري", "الزموري"]),
     ("PERSON", "Rachid Benmessaoud", ["Rachid Benmassoud"], ["رشيد بنمسعود"]),
     ("PERSON", "Mohamed Amezian", ["Mohammed Amezian"], ["محمد أمزيان"]),
     ("LOC", "Ouled Ayad", ["Oulad Ayad"], ["أولاد عياد"]),
     ("PERSON", "Youssef Belmokaddem", ["Youssef Belmokadem"], ["يوسف بلمقدم"])],
    [("10", "وطالب", None, None), ("14", "وقفة", None, "2026-11-30")])

DROP = {"Andalusia", "Beja", "Beni Mellal", "Bin El Ouidane Dam", "Brazil", "Guayaquil", "Iran", "Medellín",
        "Ministry of Energy (Iran)", "Montevideo", "Paraná", "Portugal", "Rabat", "Riyadh", "Saudi Arabia", "Souss-Massa",
        "Spain", "Tehran"}
for d in docs:
    d["entities"] = [e for e in d["entities"] if e["name"] not in DROP]

write("practice_arpername4.jsonl")
