# Writes practice_arpername.jsonl: 10 Arabic wire articles written for Newsflow's tests on 2026-12-03 by the helper
# h/arpername, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the
# extractor was not run and its code and data were not read while they were written). The set is for the English
# naming of persons in Arabic copy: about 90 people, most of them local officials, MPs, union leaders, doctors,
# spokesmen and victims that no knowledge base holds, from every Arab region (Morocco's Midelt and Guercif, Tunisia's
# Kasserine and Algeria's Tebessa, Egypt's Sohag, Sudan's Kosti and Chad's Tine, Iraq's Kirkuk and Najaf, Saudi
# Hail, Qassim and Al Bahah, Yemen's Dhale and Lahij, Somalia's Baidoa and Beledweyne, Jordan's Ma'an and
# Beirut) and foreigners as Arabic news spells them (Turks, Iranians, Pakistanis, Spaniards, Brazilians, Nigerians, Senegalese, Chadians,
# Indonesians, Mauritanians). Each is introduced by title and full name and mostly named again by family name. The
# gold `name` is the spelling English wire copy uses for that country (Mohamed in Egypt and the Maghreb, Mohammed in
# Iraq and the Gulf, Mohammad in Jordan, Mohamud and Abdi- forms in Somalia, French spellings in the Maghreb), with
# other common spellings as aliases. Real public figures in plausible public roles as of late 2026; other officials,
# victims and details are fictional. Entities that overlap.py found in other sets' gold were
# dropped from the gold (their text left as written). Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arpername.py
from gold import doc, write

doc("parp-ar-01-midelt-guercif", "ar", "2026-11-20T09:00:00Z",
    "عامل إقليم ميدلت يتفقد سد الحسن الثاني وإضراب في المستشفى الإقليمي بجرسيف",
    "ميدلت - تفقد عامل إقليم ميدلت عبد الرزاق المنصوري، أمس الخميس، أشغال تعلية سد الحسن الثاني، رفقة المدير الجهوي للتجهيز والماء إدريس الوزاني، بعد الفيضانات التي ضربت سهول الإقليم الشتاء الماضي.\n"
    "وقال الوزاني إن «التعلية سترفع سعة السد إلى الضعف وتحمي القرى المجاورة من الفيضانات».\n"
    "وطالب البرلماني عن دائرة ميدلت محمد آيت واكريم الحكومة بتعويض الفلاحين المتضررين، فيما قال المنصوري إن لجنة إقليمية ستحصي الأضرار. وقال رئيس جماعة زايدة عبد الحكيم بنعزوز إن الجماعة أحصت 300 منزل متضرر.\n"
    "وفي جرسيف، خاض الأطباء والممرضون في المستشفى الإقليمي إضرابا ليومين احتجاجا على نقص الموارد البشرية، بدعوة من الجامعة الوطنية للصحة. وقالت الطبيبة فاطمة الزهراء بنشقرون للصحفيين إن «قسم المستعجلات يستقبل ضعف طاقته يوميا».\n"
    "وانتقد الأمين العام لنقابة الاتحاد الوطني للشغل بالمغرب عبد الإله الحلوطي صمت الوزارة الوصية، وهدد الحلوطي بتصعيد الاحتجاجات في كل مستشفيات الجهة.\n"
    "من جهته، استقبل رئيس المجلس الجماعي لجرسيف حميد الكتاني ممثلين عن المضربين في مقر الجماعة، وقال الكتاني إن المجلس سيرفع مطالبهم إلى الوزارة. وقال الكاتب الإقليمي للنقابة عبد الرحيم الصنهاجي إن الممرضة خديجة أوعلي نقلت إلى قسم الإنعاش بعد إغمائها خلال مناوبة دامت 30 ساعة، وأكد الصنهاجي أن الإضراب لن يتوقف قبل توظيف ممرضين جدد.",
    [("LOC", "Midelt", ["Midelt Province"], ["ميدلت", "إقليم ميدلت"]),
     ("PERSON", "Abderrazak El Mansouri", ["Abderrazak Mansouri", "Abderrazzak El Mansouri", "Abdelrazak El Mansouri"],
      ["عبد الرزاق المنصوري", "المنصوري"]),
     ("LOC", "Hassan II Dam", ["Hassan II dam", "Hassan II Dam (Midelt)"], ["سد الحسن الثاني"]),
     ("PERSON", "Driss Ouazzani", ["Driss El Ouazzani", "Driss Ouazani", "Idriss Ouazzani"], ["إدريس الوزاني", "الوزاني"]),
     ("PERSON", "Mohamed Ait Ouakrim", ["Mohammed Ait Ouakrim", "Mohamed Aït Ouakrim"], ["محمد آيت واكريم"]),
     ("LOC", "Zaida", ["Zeida"], ["زايدة"]),
     ("PERSON", "Abdelhakim Benazzouz", ["Abdelhakim Ben Azzouz", "Abdel Hakim Benazzouz"], ["عبد الحكيم بنعزوز"]),
     ("LOC", "Guercif", ["Guercif Province"], ["جرسيف"]),
     ("ORG", "National Health Federation", ["Fédération nationale de la santé", "National Federation of Health"],
      ["الجامعة الوطنية للصحة"]),
     ("PERSON", "Fatima Zahra Benchekroun", ["Fatima-Zahra Benchekroun", "Fatima Ezzahra Benchekroun",
                                            "Fatema Zahra Benchekroun"], ["فاطمة الزهراء بنشقرون"]),
     ("ORG", "National Labour Union in Morocco", ["UNTM", "Union nationale du travail au Maroc"],
      ["الاتحاد الوطني للشغل بالمغرب"]),
     ("PERSON", "Abdelilah Hallouti", ["Abdelilah El Hallouti", "Abdelilah El Halouti", "Abdelilah Halouti"],
      ["عبد الإله الحلوطي", "الحلوطي"]),
     ("PERSON", "Hamid Kettani", ["Hamid El Kettani", "Hamid Kattani", "Hamid Al Kattani"], ["حميد الكتاني", "الكتاني"]),
     ("PERSON", "Abderrahim Sanhaji", ["Abderrahim El Sanhaji", "Abderrahim Senhaji", "Abderrahim Essanhaji"],
      ["عبد الرحيم الصنهاجي", "الصنهاجي"]),
     ("PERSON", "Khadija Ouali", ["Khadija Oualli", "Khadija Ou Ali"], ["خديجة أوعلي"])],
    [("04", "تفقد", "Hassan II Dam", "2026-11-19"), ("10", "وطالب", None, None),
     ("14", "إضرابا", "Guercif", None), ("11", "وانتقد", None, None), ("13", "وهدد", None, None),
     ("04", "استقبل", "Guercif", None)])

doc("parp-ar-02-kasserine-tebessa", "ar", "2026-11-24T08:00:00Z",
    "إضراب عمال مصنع الحلفاء في القصرين ووالي تبسة يتفقد مشروع الفوسفات",
    "القصرين - شن عمال الشركة الوطنية لعجين الحلفاء والورق، أمس الاثنين، إضرابا عاما في مصنع الشركة بالقصرين للمطالبة بصرف أجورهم المتأخرة، بدعوة من الاتحاد الجهوي للشغل بالقصرين.\n"
    "وقال الكاتب العام للاتحاد الجهوي شكري بالحاج إن «الإدارة تجاهلت الاتفاقيات الموقعة منذ عامين»، وهدد بالحاج بإغلاق الطريق المؤدية إلى المصنع.\n"
    "وعقدت وزيرة الصناعة والمناجم والطاقة فاطمة ثابت شيبوب اجتماعا مع الرئيس المدير العام للشركة هشام بن عمار لبحث خطة لإنقاذ المصنع. وقال بن عمار إن الشركة ستصرف الأجور قبل نهاية الشهر.\n"
    "وزار والي القصرين محمد علي البوزيدي المستشفى الجهوي حيث يتلقى ثلاثة عمال العلاج بعد إصابتهم بالاختناق خلال الاعتصام، وقال مدير المستشفى الدكتور سليم الشريف إن حالتهم مستقرة. وقال العامل المعتصم نور الدين الحامدي إن رفاقه لن يغادروا المصنع.\n"
    "من جهته، انتقد الناشط الحقوقي رمضان بن عمر «غياب التنمية في الجهات الداخلية»، فيما طالب النائب عن دائرة سبيطلة بلقاسم الفرجاني بإدراج المصنع ضمن المؤسسات العمومية ذات الأولوية.\n"
    "وفي الجزائر، تفقد والي ولاية تبسة يوسف بوخنوفة مشروع الفوسفات المدمج في بلاد الهدبة. وقال المدير العام لشركة منال الطاهر بوجلال إن المصنع الأول سيدخل الإنتاج في 2027. وطالب رئيس المجلس الشعبي البلدي لبئر العاتر عبد الحفيظ زرقين بتشغيل شباب المنطقة في المشروع.",
    [("ORG", "Société nationale de cellulose et de papier alfa", ["SNCPA", "National Alfa Pulp and Paper Company"],
      ["الشركة الوطنية لعجين الحلفاء والورق"]),
     ("ORG", "Kasserine Regional Labour Union", ["Regional Labour Union of Kasserine", "UGTT Kasserine"],
      ["الاتحاد الجهوي للشغل بالقصرين"]),
     ("PERSON", "Chokri Belhaj", ["Chokri Bel Haj", "Choukri Belhaj"], ["شكري بالحاج", "بالحاج"]),
     ("PERSON", "Fatma Thabet Chiboub", ["Fatma Chiboub", "Fatma Thabet Chibob"], ["فاطمة ثابت شيبوب"]),
     ("PERSON", "Hichem Ben Ammar", ["Hichem Benammar", "Hisham Ben Ammar"], ["هشام بن عمار", "بن عمار"]),
     ("PERSON", "Mohamed Ali Bouzidi", ["Mohamed Ali Bouzid", "Mohamed Ali El Bouzidi"], ["محمد علي البوزيدي"]),
     ("PERSON", "Slim Cherif", ["Slim Chérif", "Slim Charif"], ["سليم الشريف"]),
     ("PERSON", "Noureddine Hamdi", ["Nourredine Hamdi", "Noureddine Al Hamdi", "Nour Eddine Hamdi"],
      ["نور الدين الحامدي"]),
     ("PERSON", "Romdhane Ben Amor", ["Romdhane Benamor", "Ramadan Ben Amor"], ["رمضان بن عمر"]),
     ("LOC", "Sbeitla", ["Sbiba"], ["سبيطلة"]),
     ("PERSON", "Belgacem Ferjani", ["Belgacem Fergani", "Belkacem Ferjani", "Belgacem Al Ferjani"], ["بلقاسم الفرجاني"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("LOC", "Tebessa Province", ["Tébessa Province", "Tebessa"], ["ولاية تبسة"]),
     ("PERSON", "Youcef Boukhenoufa", ["Youssef Boukhenoufa", "Youcef Boukhnoufa"], ["يوسف بوخنوفة"]),
     ("LOC", "Bled El Hadba", ["Bled el-Hadba"], ["بلاد الهدبة"]),
     ("ORG", "Manal", ["Algerian-Chinese Fertilizers Company", "Manal company"], ["منال"]),
     ("PERSON", "Tahar Boudjellal", ["Tahar Boujellal", "Taher Boudjellal"], ["الطاهر بوجلال"]),
     ("LOC", "Bir el-Ater", ["Bir El Ater", "Bir al-Ater"], ["بئر العاتر"]),
     ("PERSON", "Abdelhafid Zerguine", ["Abdelhafid Zerguin", "Abdelhafidh Zerguine"], ["عبد الحفيظ زرقين"])],
    [("14", "إضرابا", "Kasserine", "2026-11-23"), ("13", "وهدد", None, None),
     ("04", "اجتماعا", None, None), ("04", "وزار", "Kasserine", None), ("11", "انتقد", None, None),
     ("10", "طالب", None, None), ("04", "تفقد", "Bled El Hadba", None), ("10", "وطالب", None, None)])

doc("parp-ar-03-sohag-tahta", "ar", "2026-11-17T10:00:00Z",
    "محافظ سوهاج ووزير الري يتفقدان قرى طهطا بعد السيول",
    "سوهاج - تفقد محافظ سوهاج اللواء عبد الفتاح سراج، أمس الاثنين، قرى مركز طهطا التي غمرتها السيول، برفقة وزير الموارد المائية والري هاني سويلم، وأعلن سراج صرف تعويضات عاجلة للأسر المتضررة.\n"
    "وقال سويلم إن الوزارة ستعيد تأهيل الترع والمصارف المتضررة خلال شهر، فيما طالب النائب عن دائرة طهطا مصطفى عبد الرحيم الحكومة بإعلان المركز منطقة منكوبة.\n"
    "وقالت مديرة مستشفى طهطا العام الدكتورة منى عبد الحميد إن المستشفى استقبل 23 مصابا، بينهم المزارع عبد الستار أبو زيد الذي انهار منزله فوق أسرته. وقال أبو زيد من سريره: «فقدنا كل شيء في ساعة واحدة».\n"
    "وأوضح مدير عام التنبؤات بالهيئة العامة للأرصاد الجوية محمود عبد الجواد أن كميات الأمطار كانت الأعلى منذ عشر سنوات، وتوقع عبد الجواد سقوط أمطار جديدة نهاية الأسبوع.\n"
    "من جهته، قال المتحدث الرسمي باسم مجلس الوزراء محمد الحمصاني إن الحكومة كلفت الوزارات المعنية بتوفير مساكن بديلة. ووزعت متطوعات جمعية خيرية محلية بقيادة منسقة الفرع رانيا سعد الدين بطاطين ووجبات على 800 أسرة في قرية شطورة.\n"
    "وأمر النائب العام المستشار محمد شوقي بفتح تحقيق في انهيار جسر ترابي بالقرية، واستدعت النيابة مهندس الري المسؤول عن المنطقة حسام الدين عبد العاطي للتحقيق.",
    [("PERSON", "Abdel Fattah Serag", ["Abdel-Fattah Serag", "Abdelfattah Serag", "Abdel Fattah Siraj"],
      ["عبد الفتاح سراج", "سراج"]),
     ("PERSON", "Hany Sewilam", ["Hani Sewilam", "Hani Sweilam", "Hany Swailem"], ["هاني سويلم", "سويلم"]),
     ("PERSON", "Mostafa Abdel Rahim", ["Mustafa Abdel Rahim", "Moustafa Abdelrahim", "Mostafa Abdel-Rahim"],
      ["مصطفى عبد الرحيم"]),
     ("LOC", "Tahta General Hospital", ["Tahta Hospital"], ["مستشفى طهطا العام"]),
     ("PERSON", "Mona Abdel Hamid", ["Mona Abdel-Hamid", "Mona Abdelhamid"], ["منى عبد الحميد"]),
     ("PERSON", "Abdel Sattar Abu Zeid", ["Abdel-Sattar Abu Zeid", "Abdel Sattar Abou Zeid", "Abdelsattar Abu Zaid"],
      ["عبد الستار أبو زيد", "أبو زيد"]),
     ("ORG", "Egyptian Meteorological Authority", ["EMA", "Egyptian General Authority for Meteorology"],
      ["الهيئة العامة للأرصاد الجوية"]),
     ("PERSON", "Mahmoud Abdel Gawad", ["Mahmoud Abdel Gawwad", "Mahmoud Abdel Jawad", "Mahmoud Abdelgawad"], ["محمود عبد الجواد", "عبد الجواد"]),
     ("PERSON", "Mohamed El-Homosany", ["Mohamed al-Homosany", "Mohamed Al-Hemsany", "Mohamed El-Hemsany"],
      ["محمد الحمصاني"]),
     ("PERSON", "Rania Saad Eldin", ["Rania Saad El-Din", "Rania Saadeldin"], ["رانيا سعد الدين"]),
     ("LOC", "Shatoura", ["Shatura", "Shotoura"], ["شطورة"]),
     ("PERSON", "Mohamed Shawky", ["Mohamed Shawki", "Mohamed Shawqi"], ["محمد شوقي"]),
     ("PERSON", "Hossam Eldin Abdel Aaty", ["Hossam El-Din Abdel Aati", "Hossam Eddin Abdel Aty",
                                           "Hossam al-Din Abdel Ati"], ["حسام الدين عبد العاطي"])],
    [("04", "تفقد", "Tahta", "2026-11-16"), ("10", "طالب", None, None),
     ("07", "ووزعت", "Shatoura", None), ("17", "واستدعت", None, None)])

doc("parp-ar-04-kosti-tine", "ar", "2026-11-12T07:00:00Z",
    "مسيرات تستهدف كوستي ووصول آلاف النازحين السودانيين إلى الطينة التشادية",
    "كوستي - قال المتحدث العسكري العميد نبيل عبد الله إن الدفاعات الأرضية أسقطت، أمس الأربعاء، ست مسيرات انتحارية استهدفت مدينة كوستي في ولاية النيل الأبيض.\n"
    "وقال والي النيل الأبيض الطيب عبد الكريم إن القصف أصاب محطة الكهرباء الرئيسية وأدى إلى مقتل المعلم عثمان آدم وإصابة سبعة آخرين. وأضاف الوالي أن الولاية فتحت مدارس لإيواء النازحين.\n"
    "وقال مدير مستشفى كوستي التعليمي الدكتور محمد إبراهيم الزبير إن المستشفى يعمل بنصف طاقته بسبب نقص الوقود. وطالبت الناشطة في غرفة طوارئ كوستي سلمى النور بفتح ممرات آمنة للإمدادات، وقالت إن الأسواق خلت من الدقيق. وأعلن مفوض العون الإنساني بالولاية عوض الكريم الطيب وصول قافلة مساعدات من بورتسودان.\n"
    "وفي تشاد، قال حاكم مقاطعة وادي فيرا محمد علي حسب الله إن أكثر من أربعة آلاف لاجئ سوداني وصلوا إلى بلدة الطينة خلال أسبوع، وطالب حسب الله الحكومة بدعم المقاطعة. وقال رئيس بلدية الطينة عبد الرحمن عقوب إن البلدة لا تملك مياها كافية.\n"
    "وقال منسق الصليب الأحمر التشادي في المنطقة إدريس يوسف بشارة إن المنظمة وزعت خياما ومواد غذائية على اللاجئين. وزار وزير الصحة التشادي عبد المجيد عبد الرحيم الطينة الثلاثاء، والتقى الوزير مدير المستشفى الدكتور إدريس عبد الجليل بوخريص.",
    [("PERSON", "Nabil Abdallah", ["Nabil Abdullah", "Nabil Abdalla"], ["نبيل عبد الله"]),
     ("PERSON", "Eltayeb Abdelkarim", ["El-Tayeb Abdel Karim", "Al-Tayeb Abdel Karim", "Eltayeb Abdel Karim"],
      ["الطيب عبد الكريم"]),
     ("PERSON", "Osman Adam", ["Othman Adam", "Osman Adam Osman"], ["عثمان آدم"]),
     ("LOC", "Kosti Teaching Hospital", ["Kosti Hospital"], ["مستشفى كوستي التعليمي"]),
     ("PERSON", "Mohamed Ibrahim Elzubeir", ["Mohamed Ibrahim al-Zubair", "Mohamed Ibrahim Al-Zubeir",
                                            "Mohamed Ibrahim Elzubair"], ["محمد إبراهيم الزبير"]),
     ("ORG", "Kosti Emergency Room", ["Kosti Emergency Response Room"], ["غرفة طوارئ كوستي"]),
     ("PERSON", "Salma Elnour", ["Salma al-Nour", "Salma El Nour", "Salma Alnour"], ["سلمى النور"]),
     ("PERSON", "Awad Elkarim Eltayeb", ["Awad al-Karim al-Tayeb", "Awadelkarim Eltayeb", "Awad El-Karim El-Tayeb"],
      ["عوض الكريم الطيب"]),
     ("LOC", "Chad", [], ["تشاد"]),
     ("LOC", "Wadi Fira", ["Wadi Fira Province", "Ouaddaï Fira"], ["مقاطعة وادي فيرا", "وادي فيرا"]),
     ("PERSON", "Mahamat Ali Hassaballah", ["Mahamat Ali Hassaballa", "Mohamed Ali Hasaballah", "Mahamat Ali Hasballah"],
      ["محمد علي حسب الله", "حسب الله"]),
     ("PERSON", "Abderahmane Agoub", ["Abdelrahman Agoub", "Abderaman Agoub", "Abdoulrahmane Agoub"],
      ["عبد الرحمن عقوب"]),
     ("PERSON", "Idriss Youssouf Bichara", ["Idriss Youssouf Bechara", "Idris Yousuf Bishara"], ["إدريس يوسف بشارة"]),
     ("PERSON", "Abdelmadjid Abderahim", ["Abdelmadjid Abderahim", "Abdel Majid Abdel Rahim", "Abdelmadjid Abdelrahim"],
      ["عبد المجيد عبد الرحيم"]),
     ("PERSON", "Idriss Abdeldjalil Boukhris", ["Idris Abdul Jalil Bukhris", "Idriss Abdeljalil Boukhris"],
      ["إدريس عبد الجليل بوخريص"])],
    [("19", "أسقطت", "Kosti", "2026-11-11"), ("10", "وطالبت", None, None), ("07", "قافلة", "Kosti", None),
     ("10", "وطالب", None, None), ("07", "وزعت", "Tine", None), ("04", "وزار", "Tine", "2026-11-10"),
     ("04", "والتقى", "Tine", "2026-11-10")])

doc("parp-ar-05-kirkuk-najaf", "ar", "2026-11-10T08:00:00Z",
    "حريق في حقل باي حسن يودي بعاملين واحتجاجات لعمال النفط في كركوك",
    "كركوك - قتل عاملان وأصيب خمسة آخرون في حريق اندلع، أمس الاثنين، في محطة عزل غاز بحقل باي حسن النفطي شمال غرب كركوك، بحسب مدير شركة نفط الشمال عامر خليل الجبوري.\n"
    "وقال محافظ كركوك ريبوار طه إن فرق الدفاع المدني أخمدت الحريق بعد ست ساعات، وأعلن طه الحداد في المحافظة. وكان بين القتلى العامل حيدر كاظم الساعدي، وهو أب لأربعة أطفال.\n"
    "وقال مدير دائرة صحة كركوك الدكتور محمد جبار العتابي إن المصابين نقلوا إلى مستشفى آزادي التعليمي، وإن حالة اثنين منهم حرجة.\n"
    "وطالب رئيس الاتحاد العام لنقابات النفط في العراق حسن جمعة عواد بمحاسبة الشركات المشغلة، وتظاهر مئات العمال أمام مقر الشركة مطالبين بتحسين إجراءات السلامة.\n"
    "وانتقد النائب عن كركوك رائد الحمداني إدارة الشركة، وقال الحمداني إن «دماء العمال ليست أرخص من براميل النفط».\n"
    "وفي النجف، قال المتحدث باسم وزارة الداخلية العراقية العميد مقداد ميري إن القوات الأمنية اعتقلت ثلاثة متهمين بتهريب المخدرات في ناحية الحيدرية. وافتتح محافظ النجف يوسف كناوي مستشفى جديدا في المدينة، وقال كناوي إن المستشفى سيخدم 600 ألف نسمة. وقالت مديرة المستشفى الدكتورة شيماء يونس الطائي إن الأجهزة وصلت من ألمانيا.",
    [("LOC", "Bai Hassan oil field", ["Bai Hassan", "Bai Hasan oil field", "Bai Hassan field"],
      ["حقل باي حسن النفطي", "حقل باي حسن"]),
     ("ORG", "North Oil Company", ["North Oil Company (Iraq)"], ["شركة نفط الشمال"]),
     ("PERSON", "Amer Khalil al-Jubouri", ["Amer Khalil al-Jibouri", "Amer Khalil Al-Jabouri", "Amer Khalil al-Juburi"],
      ["عامر خليل الجبوري"]),
     ("PERSON", "Rebwar Taha", ["Rebwar Taha Mustafa", "Rebwar Taha Amin"], ["ريبوار طه", "طه"]),
     ("PERSON", "Haider Kadhim al-Saadi", ["Haidar Kadhim al-Saadi", "Haider Kadhim Al-Saedi", "Haider Kazem al-Saadi"],
      ["حيدر كاظم الساعدي"]),
     ("PERSON", "Mohammed Jabbar al-Atabi", ["Mohammed Jabbar Al-Attabi", "Mohammed Jabar al-Itabi",
                                            "Mohammed Jabbar al-Utabi"], ["محمد جبار العتابي"]),
     ("LOC", "Azadi Teaching Hospital", ["Azadi Hospital"], ["مستشفى آزادي التعليمي"]),
     ("ORG", "General Federation of Iraqi Oil Unions", ["Iraqi Federation of Oil Unions",
                                                       "General Union of Oil Workers in Iraq"],
      ["الاتحاد العام لنقابات النفط في العراق"]),
     ("LOC", "Iraq", [], ["العراق"]),
     ("PERSON", "Hassan Juma'a Awad", ["Hassan Jumaa Awad", "Hassan Juma Awad", "Hassan Jumah Awad"],
      ["حسن جمعة عواد"]),
     ("PERSON", "Raed al-Hamdani", ["Raed Al Hamdani", "Raid al-Hamdani"], ["رائد الحمداني", "الحمداني"]),
     ("PERSON", "Miqdad Miri", ["Muqdad Miri", "Miqdad al-Miri", "Mikdad Miri"], ["مقداد ميري"]),
     ("LOC", "Al-Haydariya", ["Haydariyah", "Al-Haidariya"], ["الحيدرية"]),
     ("PERSON", "Yousif Kanawi", ["Yousef Kanawi", "Yusuf Kanawi", "Youssef Kanawi"], ["يوسف كناوي", "كناوي"]),
     ("PERSON", "Shaimaa Younis al-Taie", ["Shaima Younis al-Tai", "Shaimaa Yunis al-Taee"], ["شيماء يونس الطائي"]),
     ("LOC", "Germany", [], ["ألمانيا"])],
    [("14", "وتظاهر", "Kirkuk", None), ("10", "وطالب", None, None), ("11", "وانتقد", None, None),
     ("17", "اعتقلت", "Al-Haydariya", None)])

doc("parp-ar-06-hail-qassim", "ar", "2026-11-05T09:00:00Z",
    "أمير منطقة حائل يدشن مشاريع مياه وأمانة القصيم تتوعد المخالفين",
    "حائل - دشن أمير منطقة حائل الأمير عبد العزيز بن سعد بن عبد العزيز، أمس الأربعاء، مشاريع لشبكات المياه والصرف الصحي بقيمة 900 مليون ريال، بحضور أمين منطقة حائل المهندس سلطان بن حامد الزايدي.\n"
    "وقال الزايدي إن المشاريع ستخدم 40 حيا في مدينة حائل ومحافظة بقعاء. وأوضح مدير عام فرع المياه في المنطقة محمد بن عبد الله الشمري أن الشبكة الجديدة ستنهي أزمة الصهاريج في الصيف، وقال الشمري إن العمل سيكتمل خلال 18 شهرا.\n"
    "وفي القصيم، هددت أمانة منطقة القصيم بإغلاق المحلات المخالفة لاشتراطات السلامة بعد حريق في سوق للأثاث في بريدة. وقال المتحدث باسم الدفاع المدني في المنطقة المقدم عبد الرحمن بن صالح الحربي إن الحريق أدى إلى إصابة ثلاثة عمال، بينهم العامل الباكستاني غلام مرتضى.\n"
    "وطالب عضو مجلس الشورى فهد بن سليمان التويجري بمراجعة أنظمة البناء في الأسواق القديمة، فيما قال رئيس غرفة القصيم عبد العزيز بن عبد الله الحميد إن التجار سيعوضون المتضررين.\n"
    "وفي الباحة، استقبل رئيس بلدية محافظة بلجرشي ماجد بن عواض الغامدي وفدا من أهالي المحافظة، وبحث الغامدي معهم مشروع توسعة الطريق الدائري. وقالت المهندسة هيفاء بنت محمد الزهراني من فرع وزارة البلديات إن المشروع سيطرح للتنفيذ العام المقبل.",
    [("LOC", "Hail", ["Ha'il", "Hail Province", "Ha'il Region"], ["حائل", "منطقة حائل"]),
     ("PERSON", "Abdulaziz bin Saad bin Abdulaziz", ["Prince Abdulaziz bin Saad", "Abdulaziz bin Saad",
                                                     "Abdulaziz bin Saad Al Saud"], ["عبد العزيز بن سعد بن عبد العزيز"]),
     ("PERSON", "Sultan bin Hamed Al-Zaidi", ["Sultan Al-Zaidi", "Sultan bin Hamid al-Zaidi", "Sultan Alzaidi"],
      ["سلطان بن حامد الزايدي", "الزايدي"]),
     ("LOC", "Baqaa", ["Baq'a", "Buqa'a"], ["بقعاء"]),
     ("PERSON", "Mohammed bin Abdullah Al-Shammari", ["Mohammed Al-Shammari", "Mohammed bin Abdullah al-Shammari",
                                                     "Mohammed Alshammari"], ["محمد بن عبد الله الشمري", "الشمري"]),
     ("ORG", "Qassim Municipality", ["Al-Qassim Municipality", "Qassim Region Municipality"], ["أمانة منطقة القصيم"]),
     ("PERSON", "Abdulrahman bin Saleh Al-Harbi", ["Abdulrahman Al-Harbi", "Abdulrahman bin Saleh al-Harbi",
                                                  "Abdulrahman Alharbi"], ["عبد الرحمن بن صالح الحربي"]),
     ("PERSON", "Ghulam Murtaza", ["Ghulam Murtza", "Ghulam Mortaza"], ["غلام مرتضى"]),
     ("PERSON", "Fahad bin Sulaiman Al-Tuwaijri", ["Fahad Al-Tuwaijri", "Fahd bin Sulaiman al-Tuwaijri",
                                                  "Fahad Altuwaijri"], ["فهد بن سليمان التويجري"]),
     ("PERSON", "Abdulaziz bin Abdullah Al-Humaid", ["Abdulaziz Al-Humaid", "Abdulaziz bin Abdullah al-Hamid",
                                                    "Abdulaziz Alhumaid"], ["عبد العزيز بن عبد الله الحميد"]),
     ("LOC", "Al Bahah", ["Al-Baha", "Al Baha Province", "Baha"], ["الباحة"]),
     ("ORG", "Baljurashi Municipality", ["Baljurashi Governorate Municipality"], ["بلدية محافظة بلجرشي"]),
     ("PERSON", "Majed bin Awad Al-Ghamdi", ["Majed Al-Ghamdi", "Majid bin Awad al-Ghamdi", "Majed Alghamdi"],
      ["ماجد بن عواض الغامدي", "الغامدي"]),
     ("PERSON", "Haifa bint Mohammed Al-Zahrani", ["Haifa Al-Zahrani", "Haifaa bint Mohammed al-Zahrani", "Haifa Alzahrani"],
      ["هيفاء بنت محمد الزهراني"])],
    [("13", "هددت", None, None), ("10", "وطالب", None, None), ("04", "استقبل", None, None),
     ("04", "وبحث", None, None)])

doc("parp-ar-07-dhale-lahij", "ar", "2026-11-08T08:00:00Z",
    "محافظ الضالع يبحث أزمة الكهرباء وقصف على أحياء قعطبة",
    "الضالع - بحث محافظ الضالع أحمد قائد العواضي، أمس السبت، مع وزير الكهرباء والطاقة مانع بن يمين أزمة انقطاع الكهرباء في مدينة الضالع، بعد احتجاجات غاضبة أغلق فيها شبان الشوارع بالإطارات المشتعلة.\n"
    "وقال العواضي إن الحكومة ستزود محطات المحافظة بشحنة وقود إسعافية خلال أيام، فيما قال بن يمين إن الوزارة تعمل على إصلاح خط النقل القادم من عدن. وطالب الشيخ القبلي فضل محمد الحالمي بتخصيص جزء من وقود المصافي لمحطات الضالع.\n"
    "وفي قعطبة، قال مدير عام المديرية عبد الله مثنى الشعيبي إن قذائف هاون سقطت، مساء الجمعة، على حي السوق، ما أدى إلى مقتل بائع الخضار عبد الله سيف الشرعبي وإصابة ثلاثة من أبنائه. وأدان الشعيبي القصف ووصفه بأنه «جريمة حرب».\n"
    "وقال مدير مستشفى النصر العام في الضالع الدكتور أنور الأغبري إن المستشفى يعاني نقصا حادا في أكياس الدم. ودعت الناشطة الحقوقية أروى الخطابي المنظمات الدولية إلى التحقيق في القصف، وقالت الخطابي إن الحي يقصف كل أسبوع.\n"
    "وفي لحج، قال قائد اللواء الرابع مشاة العميد خالد فاضل إن قواته صدت هجوما على مواقعها في جبهة كرش فجر السبت. وزار محافظ لحج أحمد عبد الله تركي المصابين في مستشفى ابن خلدون، وقال المحافظ إن السلطة المحلية ستتكفل بعلاجهم.",
    [("LOC", "Al Dhale", ["Dhale", "Al-Dhalea", "Ad Dali'"], ["الضالع"]),
     ("PERSON", "Ahmed Qaid al-Awadhi", ["Ahmed Qaed al-Awadhi", "Ahmed Qaid Al-Awadi", "Ahmed Qaid al-Awadi"],
      ["أحمد قائد العواضي", "العواضي"]),
     ("PERSON", "Mana bin Yamin", ["Mane'e bin Yameen", "Manea bin Yamin", "Mana'a bin Yameen"], ["مانع بن يمين", "بن يمين"]),
     ("PERSON", "Fadl Mohammed al-Halimi", ["Fadhl Mohammed al-Halimi", "Fadl Mohammed Al-Hali'mi"],
      ["فضل محمد الحالمي"]),
     ("LOC", "Qataba", ["Qa'tabah", "Qatabah"], ["قعطبة"]),
     ("PERSON", "Abdullah Muthanna al-Shuaibi", ["Abdullah Muthana al-Shuaibi", "Abdullah Muthanna Al-Shu'aibi"],
      ["عبد الله مثنى الشعيبي", "الشعيبي"]),
     ("PERSON", "Abdullah Saif al-Sharabi", ["Abdullah Saif al-Sharaabi", "Abdullah Saif Al-Shar'abi",
                                            "Abdullah Saif Al-Sharabi"], ["عبد الله سيف الشرعبي"]),
     ("LOC", "Al-Nasr General Hospital", ["Al-Nasr Hospital"], ["مستشفى النصر العام"]),
     ("PERSON", "Anwar al-Aghbari", ["Anwar Al-Aghbari", "Anwar al-Aghbary"], ["أنور الأغبري"]),
     ("PERSON", "Arwa al-Khattabi", ["Arwa Al-Khatabi", "Arwa al-Khattaby"], ["أروى الخطابي", "الخطابي"]),
     ("LOC", "Lahij", ["Lahj", "Lahij Governorate"], ["لحج"]),
     ("ORG", "4th Infantry Brigade (Yemen)", ["Fourth Infantry Brigade", "4th Infantry Brigade"],
      ["اللواء الرابع مشاة"]),
     ("PERSON", "Khaled Fadel", ["Khalid Fadhel", "Khaled Fadhel", "Khalid Fadel"], ["خالد فاضل"]),
     ("LOC", "Karish", ["Kirsh", "Karsh"], ["كرش"]),
     ("PERSON", "Ahmed Abdullah Turki", ["Ahmed Abdullah Turky", "Ahmed Abdulla Turki"], ["أحمد عبد الله تركي"]),
     ("LOC", "Ibn Khaldun Hospital", ["Ibn Khaldoun Hospital"], ["مستشفى ابن خلدون"])],
    [("04", "بحث", "Al Dhale", "2026-11-07"), ("14", "احتجاجات", "Al Dhale", None),
     ("10", "وطالب", None, None), ("19", "سقطت", "Qataba", "2026-11-06"), ("11", "وأدان", None, None),
     ("19", "صدت", "Karish", "2026-11-07"), ("04", "وزار", "Ibn Khaldun Hospital", None)])

doc("parp-ar-08-baidoa-beledweyne", "ar", "2026-11-14T09:00:00Z",
    "تفجير سيارة مفخخة في بيدوا وفيضانات نهر شبيلي تغمر أحياء في بلدوين",
    "بيدوا - قتل ستة أشخاص وأصيب 17 آخرون في تفجير سيارة مفخخة استهدف، أمس الجمعة، مطعما قرب مقر إدارة إقليم باي في مدينة بيدوا، بحسب المتحدث باسم الشرطة الصومالية عبد الفتاح آدن حسن.\n"
    "وقال مدير مستشفى بيدوا الإقليمي الدكتور عبد القادر شيخ علي إن بين القتلى التاجرة فاطمة محمود علي. وأدان رئيس ولاية جنوب الغرب عبد العزيز حسن محمد لفتاغرين الهجوم، واتهم لفتاغرين المسلحين باستهداف المدنيين. وقال محافظ إقليم باي عبد الرحمن محمود عبدي إن قوات الأمن اعتقلت أربعة مشتبه بهم.\n"
    "وأدان رئيس الوزراء حمزة عبدي بري الهجوم، وقال بري إن الحكومة سترسل تعزيزات إلى الولاية.\n"
    "وفي بلدوين، قال رئيس ولاية هيرشبيلي علي عبد الله حسين غودلاوي إن فيضانات نهر شبيلي غمرت ستة أحياء وشردت 30 ألف شخص. وقال عمدة بلدوين عمر عثمان حاجي إن البلدية نقلت الأسر إلى مخيمات مؤقتة، وطالب حاجي المنظمات الإنسانية بإرسال قوارب وخيام.\n"
    "وقالت منسقة جمعية الهلال الأحمر الصومالي في الإقليم حليمة عبدي نور إن الجمعية وزعت مياه الشرب على 2000 أسرة. وقال نائب رئيس البرلمان الفيدرالي عبد الله عمر أبو بكر إن البرلمان سيعقد جلسة طارئة لمناقشة الفيضانات.",
    [("LOC", "Baidoa", ["Baydhabo"], ["بيدوا"]),
     ("LOC", "Bay region", ["Bay Region"], ["إقليم باي"]),
     ("ORG", "Somali Police Force", ["Somali police", "SPF"], ["الشرطة الصومالية"]),
     ("PERSON", "Abdifatah Aden Hassan", ["Abdifatah Adan Hassan", "Abdifatah Aden"], ["عبد الفتاح آدن حسن"]),
     ("LOC", "Baidoa Regional Hospital", ["Bay Regional Hospital", "Baidoa Hospital"], ["مستشفى بيدوا الإقليمي"]),
     ("PERSON", "Abdikadir Sheikh Ali", ["Abdulkadir Sheikh Ali", "Abdiqadir Sheikh Ali", "Abdikadir Sheikh Ali"],
      ["عبد القادر شيخ علي"]),
     ("PERSON", "Fadumo Mohamud Ali", ["Fatima Mohamud Ali", "Faduma Mohamud Ali"], ["فاطمة محمود علي"]),
     ("LOC", "South West State", ["South West State of Somalia", "Southwest State"], ["ولاية جنوب الغرب"]),
     ("PERSON", "Abdiaziz Laftagareen", ["Abdiaziz Hassan Mohamed Laftagareen", "Abdiaziz Hassan Mohamed",
                                         "Abdulaziz Hassan Mohamed Laftagareen"],
      ["عبد العزيز حسن محمد لفتاغرين", "لفتاغرين"]),
     ("PERSON", "Abdirahman Mohamud Abdi", ["Abdirahman Mohamed Abdi", "Abdulrahman Mohamud Abdi"],
      ["عبد الرحمن محمود عبدي"]),
     ("PERSON", "Hamza Abdi Barre", ["Hamza Barre"], ["حمزة عبدي بري", "بري"]),
     ("LOC", "Beledweyne", ["Beledweyn", "Beletweyne", "Belet Weyne"], ["بلدوين"]),
     ("PERSON", "Ali Abdullahi Hussein Gudlawe", ["Ali Gudlawe", "Ali Abdullahi Hussein", "Ali Gudlawe Hussein"],
      ["علي عبد الله حسين غودلاوي"]),
     ("PERSON", "Omar Osman Haji", ["Omar Osman Hajji", "Omar Osman Xaaji"],
      ["عمر عثمان حاجي", "حاجي"]),
     ("PERSON", "Halima Abdi Nur", ["Halima Abdi Noor", "Halimo Abdi Nur"], ["حليمة عبدي نور"]),
     ("PERSON", "Abdullahi Omar Abubakar", ["Abdullahi Omar Abukar", "Abdullahi Omar Abubakr"],
      ["عبد الله عمر أبو بكر"])],
    [("18", "تفجير", "Baidoa", "2026-11-13"), ("11", "وأدان", None, None), ("11", "واتهم", None, None),
     ("17", "اعتقلت", "Baidoa", None), ("11", "وأدان", None, None), ("10", "وطالب", None, None),
     ("07", "وزعت", "Beledweyne", None)])

doc("parp-ar-09-maan-beirut", "ar", "2026-11-03T08:00:00Z",
    "وزير المياه الأردني يفتتح بئرا في معان ووفد أردني في بيروت لبحث الكهرباء",
    "معان - افتتح وزير المياه والري الأردني رائد أبو السعود، أمس الاثنين، مشروع آبار الديسة الجديدة لتزويد مدينة معان بالمياه، بحضور محافظ معان حسن الجبور ورئيس بلدية معان الكبرى أكرم كريشان.\n"
    "وقال أبو السعود إن المشروع سيضخ 10 ملايين متر مكعب من المياه سنويا. وطالب النائب عن معان محمد الرياطي بتشغيل أبناء المحافظة في المشروع، فيما قال كريشان إن البلدية ستتكفل بتمديد الشبكات إلى الأحياء الجديدة.\n"
    "واحتجت الناشطة البيئية ريم حدادين على استنزاف المياه الجوفية، وقالت حدادين إن الحوض مهدد بالنضوب خلال عقدين.\n"
    "وفي بيروت، استقبل وزير الطاقة والمياه اللبناني جو الصدي وزير الطاقة والثروة المعدنية الأردني صالح الخرابشة، ووقع الوزيران مذكرة تفاهم لتزويد لبنان بالكهرباء الأردنية. وقال المدير العام لمؤسسة كهرباء لبنان كمال حايك إن الشبكة اللبنانية جاهزة لاستقبال 250 ميغاواط.\n"
    "وانتقد رئيس لجنة الأشغال العامة والطاقة في مجلس النواب اللبناني النائب سجيع عطية تأخر الحكومة في إصلاح محطات الإنتاج، وقال عطية إن اللبنانيين يدفعون فاتورتين كل شهر. وقال رئيس بلدية القبيات عبد الحميد كريمة إن المدينة تعيش على المولدات الخاصة.",
    [("PERSON", "Raed Abu Saud", ["Raed Abu Al-Saud", "Raed Abu Alsoud", "Raed Abu al-Soud"],
      ["رائد أبو السعود", "أبو السعود"]),
     ("LOC", "Disi", ["Disi aquifer", "Al-Disi"], ["الديسة"]),
     ("PERSON", "Hassan al-Jbour", ["Hassan Al-Jbour", "Hasan al-Jboor", "Hassan Jbour"], ["حسن الجبور"]),
     ("ORG", "Greater Ma'an Municipality", ["Ma'an Municipality", "Greater Maan Municipality"], ["بلدية معان الكبرى"]),
     ("PERSON", "Akram Kreishan", ["Akram Kraishan", "Akram Krishan"], ["أكرم كريشان", "كريشان"]),
     ("PERSON", "Mohammad Riyati", ["Mohammad al-Riyati", "Mohammed Al-Riyati", "Mohammad Al Riyati"], ["محمد الرياطي"]),
     ("PERSON", "Reem Haddadin", ["Rim Haddadin", "Reem Hadadin"], ["ريم حدادين", "حدادين"]),
     ("PERSON", "Joe Saddi", ["Joseph Saddi", "Joe Sadi"], ["جو الصدي"]),
     ("PERSON", "Saleh Kharabsheh", ["Saleh al-Kharabsheh", "Saleh Al-Kharabsheh"], ["صالح الخرابشة"]),
     ("LOC", "Lebanon", [], ["لبنان"]),
     ("ORG", "Électricité du Liban", ["EDL", "Electricite du Liban", "Electricity of Lebanon"], ["مؤسسة كهرباء لبنان"]),
     ("PERSON", "Kamal Hayek", ["Kamal Hayeck", "Kamal al-Hayek"], ["كمال حايك"]),
     ("PERSON", "Sajih Atieh", ["Sajeeh Atiyeh", "Sajih Attieh", "Sajih Atiyeh"], ["سجيع عطية", "عطية"]),
     ("PERSON", "Abdel Hamid Karimeh", ["Abdul Hamid Karima", "Abdel Hamid Karima"], ["عبد الحميد كريمة"])],
    [("14", "واحتجت", None, None), ("04", "استقبل", "Beirut", None), ("05", "ووقع", "Beirut", None),
     ("10", "وطالب", None, None), ("11", "وانتقد", None, None)])

doc("parp-ar-10-antalya-food", "ar", "2026-11-19T10:00:00Z",
    "مؤتمر في أنطاليا حول الأمن الغذائي بمشاركة وزراء من ثلاث قارات",
    "أنطاليا - افتتح وزير الزراعة والغابات التركي إبراهيم يوماكلي، أمس الأربعاء، مؤتمرا دوليا حول الأمن الغذائي في القارة السمراء، بمشاركة وزراء ومسؤولين من أكثر من 40 دولة.\n"
    "وقال يوماكلي إن تركيا ستقدم 50 ألف طن من القمح إلى دول غرب القارة. والتقى النائب الأول للرئيس الإيراني محمد رضا عارف نائب الرئيس التركي جودت يلماز على هامش المؤتمر، وبحث عارف معه مشروع خط السكك الحديدية بين البلدين.\n"
    "وقال وزير الأمن الغذائي الباكستاني رانا تنوير حسين إن بلاده مستعدة لتصدير الأرز إلى دول القرن الأفريقي، فيما دعا وزير الزراعة الإسباني لويس بلاناس إلى إنشاء صندوق مشترك لمواجهة الجفاف.\n"
    "وأعلن وزير الزراعة البرازيلي كارلوس فافارو توقيع اتفاقية مع نيجيريا لنقل تقنيات زراعة فول الصويا، ووقعها عن الجانب النيجيري وزير الزراعة أبو بكر كياري. وقال كياري إن الاتفاقية ستشمل 10 ولايات في شمال نيجيريا.\n"
    "وانتقد وزير الزراعة السنغالي مابوبا دياني في كلمته «شروط المؤسسات المالية الدولية»، ورفض دياني خصخصة أراضي الفلاحين. وقال نائب وزير الزراعة الإندونيسي سوداريونو إن بلاده ستدرب 500 مهندس زراعي.\n"
    "وقال وزير الزراعة الموريتاني سيدي أحمد ولد محمد إن الجفاف أتلف 40 بالمئة من المحاصيل في ولاية لبراكنة. وعقد المبعوث التشادي عبد الرحمن كلام الله لقاء مع وزير المالية الكيني جون مبادي لبحث تمويل مشاريع الري، وقال كلام الله إن نهر شاري يفقد مياهه عاما بعد عام.",
    [("LOC", "Antalya", [], ["أنطاليا"]),
     ("PERSON", "Ibrahim Yumakli", ["İbrahim Yumaklı", "Ibrahim Yumakl"], ["إبراهيم يوماكلي", "يوماكلي"]),
     ("LOC", "Turkey", ["Türkiye"], ["تركيا"]),
     ("PERSON", "Mohammad Reza Aref", ["Mohammad-Reza Aref", "Mohammed Reza Aref"], ["محمد رضا عارف", "عارف"]),
     ("PERSON", "Cevdet Yilmaz", ["Cevdet Yılmaz"], ["جودت يلماز"]),
     ("PERSON", "Rana Tanveer Hussain", ["Rana Tanvir Hussain", "Rana Tanveer Hussein"], ["رانا تنوير حسين"]),
     ("PERSON", "Luis Planas", ["Luis Planas Puchades"], ["لويس بلاناس"]),
     ("PERSON", "Carlos Fávaro", ["Carlos Favaro"], ["كارلوس فافارو"]),
     ("LOC", "Nigeria", [], ["نيجيريا"]),
     ("PERSON", "Abubakar Kyari", ["Abubakar Kyari"], ["أبو بكر كياري", "كياري"]),
     ("LOC", "Northern Nigeria", ["northern Nigeria", "North Nigeria"], ["شمال نيجيريا"]),
     ("PERSON", "Mabouba Diagne", ["Mabouba Diagné"], ["مابوبا دياني", "دياني"]),
     ("PERSON", "Sudaryono", [], ["سوداريونو"]),
     ("PERSON", "Sidi Ahmed Ould Mohamed", ["Sidi Ahmed Ould Mohammed", "Sid'Ahmed Ould Mohamed"],
      ["سيدي أحمد ولد محمد"]),
     ("PERSON", "Abderaman Koulamallah", ["Abderamane Koulamallah", "Abdelrahman Koulamallah"],
      ["عبد الرحمن كلام الله", "كلام الله"]),
     ("PERSON", "John Mbadi", ["John Mbadi Ng'ong'o"], ["جون مبادي"]),
     ("LOC", "Chari River", ["Chari", "Shari River"], ["نهر شاري"])],
    [("04", "والتقى", "Antalya", "2026-11-18"), ("03", "مستعدة", None, None),
     ("05", "توقيع", "Antalya", "2026-11-18"), ("11", "وانتقد", None, None), ("12", "ورفض", None, None),
     ("04", "لقاء", "Antalya", "2026-11-18")])

write("practice_arpername.jsonl")
