# Writes blind29.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03 (session 29),
# annotated by shared/eval/GUIDELINES.md and written before the extractor ever ran on them (the extractor was not run
# and its code and data were not read while they were written). National and international wire news of the kind
# dev.jsonl holds: officials meeting and visiting, agreements, clashes, air strikes and shelling, raids and arrests,
# protests and labour strikes, demands, threats, rejections, criticism, aid and offers. Arabic, the weakest language,
# has the larger sample, five Arab-world stories and one world story told in Arabic: drone strikes on Showak and Wad
# al-Hilaiw near the Butana and fighting at Geissan near Kurmuk in the Blue Nile state (eastern Sudan), a general
# strike in Metlaoui and Om Larayes in the Gafsa mining basin and a protest in Sakiet Ezzit (Tunisia), arrests after
# protests by the jobless in N'Goussa and Sidi Khouiled and an ALNAFT-PTTEP deal on Hassi Bir Rekaiz (Algeria's
# south), air strikes on Salif port, shelling in Zabid and a visit to Khokha (Yemen's west coast), a teachers' strike in
# Kalar, Darbandikhan and Qaladiza, arrests in Chamchamal and shelling near Penjwen (Sulaymaniyah province, Iraqi
# Kurdistan), and arrests of ACT-Wazalendo leaders on Pemba and a march in Zanzibar's Stone Town (Tanzania); English:
# raids in Paraguay's Ciudad del Este, a ranchers' blockade in the Chaco and a teachers' strike in Encarnacion; a
# bridge agreement in Savannakhet, a strike in the Savan-Seno zone and arrests in Luang Prabang (Laos); an attack on a
# tailings dump in Lufwanyama and a union threat on Zambia's Copperbelt (Masaiti, Mpongwe); French: an attack near
# Mandouri and a traders' strike in Cinkasse (northern Togo), arrests of gold diggers at Chami (Mauritania), a TEC
# strike in Mons, La Louviere and Tournai (Wallonia). The regions' main towns and bodies (Kassala, Gedaref, Gafsa,
# Sfax, Ouargla, Hassi Messaoud, Hodeidah, Mocha, Sulaymaniyah, Dar es Salaam, Vientiane, Kitwe, Ndola, Dapaong,
# Nouakchott, Nouadhibou, Liege, Charleroi, Namur ...) are gold in other sets and were left out. People, bodies and
# places are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py): the only hits
# are countries named in passing or as the setting, and "زنجبار", which practice_arplaces2 uses for Yemen's Zinjibar.
# Real public figures in plausible public roles as of late 2026; other officials and details are fictional. Gold not
# edited to match output. Apache-2.0.
# Run: python3 make_blind29.py
from gold import doc, write

doc("b29-ar-01-showak-kurmuk", "ar", "2026-11-04T08:00:00Z",
    "مسيرات تستهدف الشواك ووالي ولاية النيل الأزرق يطالب بتعزيزات عاجلة إلى الكرمك",
    "الشواك (السودان) - استهدفت طائرات مسيرة مجهولة فجر أمس الثلاثاء محطة كهرباء في مدينة الشواك ومستودعا للوقود في بلدة ود الحليو شرقي البلاد، ما أدى إلى انقطاع التيار والمياه عن عشرات القرى والمشاريع الزراعية، بحسب مصادر محلية.\n"
    "وقال المدير التنفيذي لمحلية الشواك عثمان أبو سن إن المسيرات جاءت من اتجاه سهل البطانة، وإن فرق الصيانة تحتاج أسبوعا على الأقل لإعادة التيار. وأضاف أبو سن أن المزارعين يخشون فقدان محصول الذرة إذا توقفت مضخات الري.\n"
    "وفي ولاية النيل الأزرق، طالب الوالي أحمد العمدة بادي الحكومة الاتحادية بإرسال تعزيزات عاجلة إلى مدينة الكرمك، بعد اشتباكات عنيفة يوم الأحد بين القوات الحكومية ومسلحين قرب بلدة قيسان على الحدود الإثيوبية. وقال بادي إن المعارك أجبرت أكثر من ثلاثة آلاف أسرة على النزوح نحو مدينة الروصيرص، وإن المستشفى الوحيد في الكرمك خرج عن الخدمة.\n"
    "من جهتها، وزعت لجنة الإنقاذ الدولية أمس الثلاثاء مواد غذائية وخياما على أكثر من ألفي أسرة نازحة في مخيم الشجراب، وقالت إن المخزون المتوفر لديها لا يكفي سوى أسبوعين.\n"
    "وكان وفد من وزارة الطاقة والنفط السودانية قد زار الشواك السبت الماضي، والتقى أبو سن، وبحث معه تأمين محطات الكهرباء وخطوط الوقود في الإقليم الشرقي.\n"
    "وتخشى السلطات المحلية من أن تؤدي الهجمات المتكررة على محطات الكهرباء إلى توقف ضخ المياه في المدن والقرى المجاورة للمشاريع الزراعية الكبرى مع اقتراب موسم الحصاد، في منطقة تعد من أهم مناطق إنتاج الذرة والسمسم في البلاد.",
    [("LOC", "Showak", ["Al-Showak", "Shuwak", "Al Shuwak"], ["الشواك"]),
     ("LOC", "Sudan", ["Republic of the Sudan"], ["السودان"]),
     ("LOC", "Wad al-Hilaiw", ["Wad el Hileiw", "Wad al-Hulaywah", "Wad El Hilew"], ["ود الحليو"]),
     ("PERSON", "Osman Abu Sin", ["Othman Abu Sin", "Osman Abusin", "Abu Sin"], ["عثمان أبو سن", "أبو سن"]),
     ("LOC", "Butana", ["Butana plain", "Al-Butana"], ["سهل البطانة", "البطانة"]),
     ("LOC", "Blue Nile State", ["Blue Nile state"], ["ولاية النيل الأزرق"]),
     ("PERSON", "Ahmed al-Omda Badi", ["Ahmed Al-Omda Badi", "Ahmed al-Umda Badi", "Badi"], ["أحمد العمدة بادي", "بادي"]),
     ("LOC", "Kurmuk", ["Al-Kurmuk"], ["الكرمك"]),
     ("LOC", "Geissan", ["Qeissan", "Gaissan", "Qaysan"], ["قيسان"]),
     ("LOC", "Roseires", ["Er Roseires", "Al-Rusayris", "Al Roseires"], ["الروصيرص"]),
     ("ORG", "International Rescue Committee", ["IRC"], ["لجنة الإنقاذ الدولية"]),
     ("LOC", "Shagarab camp", ["Shagarab refugee camp", "Al-Shagarab camp", "Shagarab"], ["مخيم الشجراب"]),
     ("ORG", "Ministry of Energy and Oil (Sudan)", ["Sudanese Ministry of Energy and Oil", "Sudanese Energy Ministry"],
      ["وزارة الطاقة والنفط السودانية"])],
    [("19", "استهدفت", "Showak", "2026-11-03"), ("10", "طالب", None, None),
     ("19", "اشتباكات", "Geissan", "2026-11-01"), ("07", "وزعت", "Shagarab camp", "2026-11-03"),
     ("04", "زار", "Showak", "2026-10-31")])

doc("b29-ar-02-metlaoui-sakiet-ezzit", "ar", "2026-11-09T09:00:00Z",
    "إضراب عام في المتلوي وأم العرائس واحتجاجات في ساقية الزيت على تراكم النفايات",
    "المتلوي (تونس) - شل إضراب عام يوم السبت الحركة في مدينتي المتلوي وأم العرائس بالحوض المنجمي، بدعوة من الاتحاد المحلي للشغل بالمتلوي، احتجاجا على تأخر الانتدابات في مغاسل الفسفاط وتلوث مياه الشرب في الأحياء الشعبية.\n"
    "وطالب الكاتب العام للاتحاد المحلي عمار الزغلامي الحكومة بتنفيذ الاتفاقات الموقعة مع المعطلين عن العمل، محذرا من أن «صبر الأهالي نفد». وقال الزغلامي إن قطارات الشركة الوطنية للسكك الحديدية التونسية توقفت منذ أسبوع عن نقل الفسفاط نحو مصانع المجمع الكيميائي التونسي في الصخيرة.\n"
    "ورفض معتمد المتلوي رياض الورغمي اتهامات النقابيين، وقال إن «السلط المحلية أوفت بتعهداتها وإن الانتدابات ستنطلق مطلع العام».\n"
    "وفي منطقة ساقية الزيت، خرج مئات من السكان مساء الأحد في مسيرة احتجاجا على تراكم النفايات في الشوارع منذ غلق مصب عقارب، وفرقت قوات الأمن المحتجين بالغاز المسيل للدموع بعد أن أغلقوا الطريق الحزامية.\n"
    "وانتقد حزب التيار الديمقراطي تدخل الأمن، معتبرا في بيان أن «الحل الأمني لن يرفع الفضلات من الأحياء».\n"
    "والتقى المدير العام للمجمع الكيميائي التونسي كمال الخميري أمس الأحد نواب الجهة، وتعهد بإعادة تشغيل وحدات الغسل المتوقفة بالمتلوي قبل نهاية الشهر. وقال الخميري إن المجمع خسر أكثر من مئة ألف طن من الإنتاج منذ بداية الاحتجاجات.\n"
    "ومن المنتظر أن يعقد المجلس المحلي بالمتلوي جلسة استثنائية الخميس المقبل لبحث ملف التشغيل والمياه، فيما تشهد مدينة المظيلة المجاورة احتقانا مماثلا.",
    [("LOC", "Metlaoui", ["El Metlaoui", "Al-Mitlawi"], ["المتلوي"]),
     ("LOC", "Tunisia", ["Republic of Tunisia"], ["تونس"]),
     ("LOC", "Om Larayes", ["Oum Larayes", "Umm al-Araies", "Om Laarayes"], ["أم العرائس"]),
     ("LOC", "Gafsa mining basin", ["mining basin of Gafsa", "Gafsa phosphate basin"], ["الحوض المنجمي"]),
     ("ORG", "Metlaoui Local Labour Union", ["UGTT Metlaoui local union", "Local Labour Union of Metlaoui"],
      ["الاتحاد المحلي للشغل بالمتلوي"]),
     ("PERSON", "Ammar Zaghlami", ["Ammar al-Zaghlami", "Amar Zoghlami", "Zaghlami"], ["عمار الزغلامي", "الزغلامي"]),
     ("ORG", "Tunisian National Railway Company", ["SNCFT", "Tunisian railways"], ["الشركة الوطنية للسكك الحديدية التونسية"]),
     ("ORG", "Tunisian Chemical Group", ["GCT", "Groupe Chimique Tunisien"], ["المجمع الكيميائي التونسي"]),
     ("LOC", "Skhira", ["La Skhira", "Skhirra"], ["الصخيرة"]),
     ("PERSON", "Riadh Werghemmi", ["Riadh Ouerghemmi", "Riad Werghemmi"], ["رياض الورغمي"]),
     ("LOC", "Sakiet Ezzit", ["Sakiet Ezzeit", "Saqiyat al-Zayt"], ["ساقية الزيت"]),
     ("LOC", "Agareb", ["Aguereb", "Agareb landfill"], ["عقارب"]),
     ("ORG", "Democratic Current", ["Attayar", "Courant démocrate", "At-Tayyar al-Democrati"], ["حزب التيار الديمقراطي"]),
     ("PERSON", "Kamel Khemiri", ["Kamel al-Khemiri", "Kamal Khmiri", "Khemiri"], ["كمال الخميري", "الخميري"]),
     ("ORG", "Metlaoui Local Council", ["Local Council of Metlaoui"], ["المجلس المحلي بالمتلوي"]),
     ("LOC", "Mdhilla", ["El Mdhilla", "Al-Mudhayla"], ["المظيلة"])],
    [("14", "إضراب", "Metlaoui", "2026-11-07"), ("10", "وطالب", None, None), ("12", "ورفض", None, None),
     ("14", "مسيرة", "Sakiet Ezzit", "2026-11-08"), ("17", "وفرقت", "Sakiet Ezzit", "2026-11-08"),
     ("11", "وانتقد", None, None), ("04", "والتقى", None, "2026-11-08"), ("03", "وتعهد", "Metlaoui", None),
     ("04", "جلسة", "Metlaoui", "2026-11-12")])

doc("b29-ar-03-ngoussa", "ar", "2026-11-14T10:00:00Z",
    "توقيف تسعة شبان بعد احتجاجات للبطالين في انقوسة واتفاق لتطوير حقل حاسي بير ركايز",
    "انقوسة (الجزائر) - أوقفت قوات الأمن أمس الجمعة تسعة شبان في بلدة انقوسة، بتهمة التجمهر غير المسلح وعرقلة حركة المرور، بعد أيام من الاحتجاجات أمام مقر الدائرة.\n"
    "وكان مئات البطالين قد تظاهروا منذ الثلاثاء في انقوسة وسيدي خويلد، مطالبين بأولوية التوظيف في الشركات النفطية العاملة في المنطقة. وينحدر عدد من الموقوفين من حي بني ثور وبلدية الرويسات المجاورتين.\n"
    "ورفض رئيس دائرة سيدي خويلد نور الدين بوشارب مطالب المحتجين بإلغاء مسابقات التوظيف الأخيرة، وقال إن «الأولوية لأبناء الولاية مكرسة في التعليمات الرسمية». وأضاف بوشارب أن أبواب الإدارة تبقى مفتوحة للحوار.\n"
    "وقال محامي الموقوفين عبد الحق بلعيد إن موكليه «شبان مسالمون لم يرتكبوا سوى التعبير عن غضبهم»، مطالبا بالإفراج عنهم قبل جلسة المحاكمة المقررة الأسبوع المقبل.\n"
    "في سياق متصل، وقعت الوكالة الوطنية لتثمين موارد المحروقات وشركة بي تي تي إي بي التايلاندية الأربعاء اتفاقا لتطوير المرحلة الثانية من حقل حاسي بير ركايز. وأعلنت بي تي تي إي بي استعدادها لتوظيف 500 شاب من أبناء المنطقة في الحقل خلال السنة المقبلة.\n"
    "وانتقد النائب المستقل يوسف بن عمارة توقيف الشبان، واعتبر أن «الحوار هو السبيل الوحيد لامتصاص غضب الجنوب». ويقول سكان المنطقة إن نسبة البطالة بين الشباب تتجاوز ثلاثين بالمئة رغم وجود الحقول النفطية على مقربة من بيوتهم.\n"
    "وقالت وزارة الداخلية والجماعات المحلية الجزائرية في بيان إن وفدا وزاريا سيزور انقوسة الثلاثاء المقبل، حيث يلتقي ممثلي البطالين والمنتخبين المحليين.",
    [("LOC", "N'Goussa", ["Ngoussa", "N'goussa"], ["انقوسة"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("LOC", "Sidi Khouiled", ["Sidi Khouild", "Sidi Khuwaylid"], ["سيدي خويلد"]),
     ("LOC", "Beni Thour", ["Bni Thour", "Beni Thour district"], ["حي بني ثور", "بني ثور"]),
     ("LOC", "Rouissat", ["Rouissat commune", "Ar-Ruwaysat"], ["الرويسات"]),
     ("PERSON", "Noureddine Bouchareb", ["Nour Eddine Boucharab", "Boucharib", "Bouchareb"], ["نور الدين بوشارب", "بوشارب"]),
     ("PERSON", "Abdelhak Belaid", ["Abdelhak Belaïd", "Abdul Haq Belaid"], ["عبد الحق بلعيد"]),
     ("ORG", "ALNAFT", ["National Agency for the Valorisation of Hydrocarbon Resources", "Alnaft"],
      ["الوكالة الوطنية لتثمين موارد المحروقات"]),
     ("ORG", "PTTEP", ["PTT Exploration and Production"], ["بي تي تي إي بي"]),
     ("LOC", "Hassi Bir Rekaiz", ["Hassi Bir Rekaiz field"], ["حقل حاسي بير ركايز", "حاسي بير ركايز"]),
     ("PERSON", "Youcef Benamara", ["Youssef Ben Amara", "Yousef Benamara"], ["يوسف بن عمارة"]),
     ("ORG", "Ministry of the Interior and Local Authorities (Algeria)", ["Algerian Interior Ministry", "Ministry of Interior (Algeria)"],
      ["وزارة الداخلية والجماعات المحلية الجزائرية"])],
    [("17", "أوقفت", "N'Goussa", "2026-11-13"), ("14", "تظاهروا", "N'Goussa", "2026-11-10"),
     ("12", "ورفض", None, None), ("10", "مطالبا", None, None), ("05", "وقعت", None, "2026-11-11"),
     ("03", "استعدادها", "Hassi Bir Rekaiz", None), ("11", "وانتقد", None, None),
     ("04", "سيزور", "N'Goussa", "2026-11-17")])

doc("b29-ar-04-zabid-khokha", "ar", "2026-11-17T07:30:00Z",
    "غارات على ميناء الصليف ومقتل ثلاثة مدنيين بقصف على سوق في زبيد",
    "زبيد (اليمن) - شنت مقاتلات إسرائيلية مساء الأحد الماضي سلسلة غارات على ميناء الصليف، قالت إنها استهدفت منشآت لتهريب الأسلحة، فيما قالت إدارة الميناء إن الغارات دمرت رافعتين ومخزنا للحبوب وأوقفت تفريغ سفينتين محملتين بالقمح.\n"
    "وفي مديرية زبيد، قتل ثلاثة مدنيين بينهم طفلان أمس الاثنين في قصف بقذائف الهاون استهدف سوقا شعبية مكتظة، بحسب قوات المقاومة الوطنية التي قالت إن القذائف أطلقت من مواقع شرق مديرية بيت الفقيه.\n"
    "وأدان مدير عام مديرية زبيد عبد الرحمن الأهدل القصف، وطالب المنظمات الدولية بإدانة صريحة لاستهداف المدنيين. وقال الأهدل إن المديرية استقبلت خلال الشهر الماضي أكثر من 400 أسرة نازحة من قرى التحيتا والجراحي.\n"
    "وفي الخوخة، استقبل قائد قوات المقاومة الوطنية طارق صالح أمس وفدا من البرنامج السعودي لتنمية وإعمار اليمن، وبحث معه مشاريع إعادة تأهيل ميناء الخوخة والطريق الرابط بين الخوخة وحيس. وأعلن البرنامج استعداده لتمويل توسعة رصيف ميناء الخوخة وإنشاء محطة لتحلية المياه في المدينة.\n"
    "وهدد المتحدث باسم قوات المقاومة الوطنية صادق دويد بالرد «بكل حزم» على أي محاولة للتقدم نحو مديرية حيس، وقال دويد إن قواته رصدت تعزيزات جديدة شرق المديرية.\n"
    "ويشهد الساحل الممتد من الخوخة إلى أطراف بيت الفقيه منذ أسابيع تصعيدا متبادلا على خطوط التماس، وسط مخاوف من انهيار التهدئة القائمة منذ سنوات. ويعتمد آلاف الصيادين في المنطقة على ميناء الخوخة لتسويق إنتاجهم.",
    [("LOC", "Zabid", ["Zabid district", "Zebid"], ["مديرية زبيد", "زبيد"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("LOC", "Salif port", ["Port of Salif", "As-Salif port", "Saleef port"], ["ميناء الصليف"]),
     ("ORG", "National Resistance Forces", ["National Resistance", "National Resistance Forces (Yemen)"], ["قوات المقاومة الوطنية"]),
     ("LOC", "Bayt al-Faqih", ["Bait al-Faqih", "Beit al-Faqih", "Bayt al-Faqih district"], ["مديرية بيت الفقيه", "بيت الفقيه"]),
     ("PERSON", "Abdulrahman al-Ahdal", ["Abdul Rahman al-Ahdal", "Abdulrahman Al-Ahdal", "al-Ahdal"], ["عبد الرحمن الأهدل", "الأهدل"]),
     ("LOC", "Tuhayta", ["Al-Tuhayta", "At-Tuhayta", "Tuhaita"], ["التحيتا"]),
     ("LOC", "Jarrahi", ["Al-Jarrahi", "Al Jarrahi"], ["الجراحي"]),
     ("LOC", "Khokha", ["Al-Khawkhah", "Al-Khokha", "Khokha district"], ["الخوخة"]),
     ("PERSON", "Tareq Saleh", ["Tariq Saleh", "Tareq Mohammed Abdullah Saleh"], ["طارق صالح"]),
     ("ORG", "Saudi Development and Reconstruction Program for Yemen", ["SDRPY", "Saudi Development and Reconstruction Programme for Yemen"],
      ["البرنامج السعودي لتنمية وإعمار اليمن"]),
     ("LOC", "Khokha port", ["Port of Khokha", "Al-Khokha port"], ["ميناء الخوخة"]),
     ("LOC", "Hays", ["Hais", "Hays district"], ["مديرية حيس", "حيس"]),
     ("PERSON", "Sadiq Duwaid", ["Sadeq Dowaid", "Sadiq Dowaid", "Duwaid"], ["صادق دويد", "دويد"])],
    [("19", "غارات", "Salif port", "2026-11-15"), ("18", "قصف", "Zabid", "2026-11-16"),
     ("11", "وأدان", None, None), ("10", "وطالب", None, None),
     ("04", "استقبل", "Khokha", "2026-11-16"), ("03", "استعداده", "Khokha port", None),
     ("13", "وهدد", None, None)])

doc("b29-ar-05-kalar-chamchamal", "ar", "2026-11-20T09:00:00Z",
    "إضراب المعلمين يعم كلار ودربندخان واعتقال ناشطين في جمجمال",
    "كلار (العراق) - واصل آلاف المعلمين والموظفين في أقضية كلار ودربندخان وقلعة دزة أمس الخميس إضرابهم عن الدوام، وتظاهر المئات منهم أمام مبنى قائممقامية كلار احتجاجا على تأخر صرف رواتبهم للشهر الثالث على التوالي، فيما أغلقت معظم المدارس أبوابها في ناحية دوكان.\n"
    "واعتقلت قوات الأمن الكردية في قضاء جمجمال أمس 12 ناشطا بينهم معلمان، بعد أن حاولوا تنظيم اعتصام أمام مديرية التربية في القضاء، بحسب ذويهم.\n"
    "وانتقدت نقابة معلمي كردستان الاعتقالات، وطالبت بالإفراج الفوري عن المعتقلين. وقال رئيس فرع النقابة في كلار دلشاد عمر رشيد إن «المعلم الذي لا يتقاضى راتبه لا يمكن أن يطلب منه الصمت».\n"
    "وحمّل قائممقام كلار ريبوار محمد أمين الحكومة الاتحادية مسؤولية تأخير التمويل، ورفض اتهامات المحتجين للإدارة المحلية بالتقصير.\n"
    "وأعلن حزب الاتحاد الوطني الكردستاني استعداده للتوسط بين النقابة والحكومة، وقال المتحدث باسم الحزب كريم شوان إن «رواتب المعلمين خط أحمر ولا يجوز استخدامها ورقة في الخلافات السياسية».\n"
    "وعلى الحدود، قصفت المدفعية الإيرانية أمس الأول مرتفعات قرب ناحية بنجوين، مستهدفة مواقع قالت إيران إنها تابعة لحزب الحياة الحرة الكردستاني (بيجاك)، دون أن تسجل إصابات، بحسب مسؤولين محليين.\n"
    "ومن المقرر أن يلتقي ممثلو المعلمين قائممقام كلار السبت المقبل في مقر القائممقامية لبحث جدول صرف الرواتب المتأخرة. ويعيش في كلار ودربندخان نحو ربع مليون نسمة يعتمد معظمهم على الرواتب الحكومية.",
    [("LOC", "Kalar", ["Kalar district", "Kelar"], ["كلار"]),
     ("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("LOC", "Darbandikhan", ["Derbendikhan", "Darbandikhan district"], ["دربندخان"]),
     ("LOC", "Qaladiza", ["Qala Diza", "Qaladze", "Qalat Dizah"], ["قلعة دزة"]),
     ("LOC", "Dukan", ["Dokan", "Dukan subdistrict"], ["ناحية دوكان", "دوكان"]),
     ("LOC", "Chamchamal", ["Chamchamal district", "Chemchemal"], ["قضاء جمجمال", "جمجمال"]),
     ("ORG", "Kurdistan Teachers' Union", ["Kurdistan Teachers Union", "Teachers' Union of Kurdistan"], ["نقابة معلمي كردستان"]),
     ("PERSON", "Dilshad Omar Rashid", ["Dilshad Omer Rashid", "Dilshad Umar Rashid"], ["دلشاد عمر رشيد"]),
     ("PERSON", "Rebwar Mohammed Amin", ["Rebwar Muhammad Amin", "Rebwar Mohammad Amin"], ["ريبوار محمد أمين"]),
     ("ORG", "Patriotic Union of Kurdistan", ["PUK"], ["حزب الاتحاد الوطني الكردستاني", "الاتحاد الوطني الكردستاني"]),
     ("PERSON", "Karim Shwan", ["Karim Shwani", "Kareem Shwan"], ["كريم شوان"]),
     ("LOC", "Penjwen", ["Penjwin", "Panjwin", "Penjwen subdistrict"], ["ناحية بنجوين", "بنجوين"]),
     ("LOC", "Iran", ["Islamic Republic of Iran"], ["إيران"]),
     ("ORG", "Party of Free Life of Kurdistan", ["PJAK", "Kurdistan Free Life Party"], ["حزب الحياة الحرة الكردستاني", "بيجاك"])],
    [("14", "إضرابهم", "Kalar", "2026-11-19"), ("17", "واعتقلت", "Chamchamal", "2026-11-19"),
     ("11", "وانتقدت", None, None), ("10", "وطالبت", None, None), ("11", "وحمّل", None, None),
     ("12", "ورفض", None, None), ("03", "استعداده", None, None), ("19", "قصفت", "Penjwen", "2026-11-18"),
     ("04", "يلتقي", "Kalar", "2026-11-21")])

doc("b29-ar-06-zanzibar-pemba", "ar", "2026-11-25T08:00:00Z",
    "تنزانيا: اعتقال قياديين معارضين في جزيرة بمبا واحتجاجات في زنجبار",
    "زنجبار - اعتقلت الشرطة التنزانية أمس الثلاثاء ثلاثة قياديين في حزب آكت وازاليندو المعارض في جزيرة بمبا، بينهم نائب رئيس الحزب إسماعيل جوسا، بتهمة التحريض على العصيان، بحسب محامي الحزب.\n"
    "وكان زعيم الحزب عثمان مسعود عثمان قد قاد الأحد مسيرة شارك فيها الآلاف في حي ستون تاون، احتجاجا على ما وصفه بتزوير نتائج الانتخابات المحلية في الأرخبيل، ورفع المتظاهرون أعلام الحزب وشعارات تدعو إلى حكومة وحدة وطنية حقيقية.\n"
    "وأدان مركز القانون وحقوق الإنسان التنزاني الاعتقالات، وطالبت مديرته التنفيذية آنا هنغا بالإفراج الفوري عن جوسا ورفاقه، وقالت إن «السلطات تحاول إسكات كل صوت معارض قبل الحوار الوطني».\n"
    "في المقابل، رفض رئيس زنجبار حسين مويني الانتقادات، وقال في خطاب بمدينة شاكي شاكي إن «القانون يطبق على الجميع دون تمييز». واتهم مويني المعارضة بالسعي إلى «إشعال الفتنة في الجزيرتين»، فيما قال حزب تشاما تشا مابيندوزي الحاكم إن الاعتقالات «شأن قضائي بحت».\n"
    "وفي دودوما، استقبل رئيس الوزراء التنزاني ميغولو نتشيمبا أمس الأمينة العامة لجماعة شرق أفريقيا فيرونيكا ندوفا، وبحث معها التوتر السياسي وملف التكامل الإقليمي. وأعلنت ندوفا استعداد الجماعة لإرسال بعثة وساطة إلى زنجبار.\n"
    "ومن المقرر أن تنظم أحزاب المعارضة مسيرة في مدينة أروشا الجمعة المقبل، رغم تحذير الشرطة من أي تجمعات غير مرخصة. وتتمتع زنجبار بحكم شبه ذاتي داخل تنزانيا منذ الاتحاد بين البر الرئيسي والأرخبيل عام 1964.",
    [("LOC", "Tanzania", ["United Republic of Tanzania"], ["تنزانيا"]),
     ("LOC", "Zanzibar", ["Zanzibar City", "Zanzibar Town", "Zanzibar Archipelago"], ["زنجبار"]),
     ("ORG", "Tanzania Police Force", ["Tanzanian police"], ["الشرطة التنزانية"]),
     ("ORG", "ACT-Wazalendo", ["Alliance for Change and Transparency", "ACT Wazalendo"], ["حزب آكت وازاليندو", "آكت وازاليندو"]),
     ("LOC", "Pemba Island", ["Pemba (Zanzibar)"], ["جزيرة بمبا"]),
     ("PERSON", "Ismail Jussa", ["Ismail Jussa Ladhu", "Jussa"], ["إسماعيل جوسا", "جوسا"]),
     ("PERSON", "Othman Masoud Othman", ["Othman Masoud", "Othman Masoud Sharif"], ["عثمان مسعود عثمان"]),
     ("LOC", "Stone Town", ["Stonetown", "Mji Mkongwe"], ["ستون تاون"]),
     ("ORG", "Legal and Human Rights Centre", ["LHRC", "Legal and Human Rights Centre (Tanzania)"], ["مركز القانون وحقوق الإنسان التنزاني"]),
     ("PERSON", "Anna Henga", ["Henga"], ["آنا هنغا"]),
     ("PERSON", "Hussein Mwinyi", ["Hussein Ali Mwinyi", "Mwinyi"], ["حسين مويني", "مويني"]),
     ("LOC", "Chake Chake", ["Chake-Chake", "Chake"], ["شاكي شاكي"]),
     ("ORG", "Chama Cha Mapinduzi", ["CCM", "Revolutionary Party"], ["حزب تشاما تشا مابيندوزي", "تشاما تشا مابيندوزي"]),
     ("LOC", "Dodoma", [], ["دودوما"]),
     ("PERSON", "Mwigulu Nchemba", ["Mwigulu Lameck Nchemba", "Nchemba"], ["ميغولو نتشيمبا"]),
     ("ORG", "East African Community", ["EAC"], ["جماعة شرق أفريقيا"]),
     ("PERSON", "Veronica Nduva", ["Veronica Mueni Nduva", "Nduva"], ["فيرونيكا ندوفا", "ندوفا"]),
     ("LOC", "Arusha", [], ["أروشا"])],
    [("17", "اعتقلت", "Pemba Island", "2026-11-24"), ("14", "مسيرة", "Stone Town", "2026-11-22"),
     ("11", "وأدان", None, None), ("10", "وطالبت", None, None), ("12", "رفض", "Chake Chake", None),
     ("11", "واتهم", "Chake Chake", None), ("04", "استقبل", "Dodoma", "2026-11-24"),
     ("03", "استعداد", "Zanzibar", None), ("14", "مسيرة", "Arusha", "2026-11-27")])

doc("b29-en-01-paraguay", "en", "2026-11-02T14:00:00Z",
    "Paraguay police arrest 14 in Ciudad del Este raids; Chaco ranchers block highway",
    "CIUDAD DEL ESTE, Paraguay, Nov 2 - Paraguayan police arrested 14 people on Sunday in raids on six warehouses in Ciudad del Este that investigators said held contraband cigarettes bound for Brazil, Interior Minister Enrique Riera said.\n"
    "Riera told reporters the raids, carried out with prosecutors, followed a tip from Brazilian investigators, who have tracked smuggling across the Friendship Bridge to Foz do Iguaçu for months. \"This border is not a free-for-all,\" he said.\n"
    "The governor of Alto Paraná, Miguel Ángel Cáceres, criticised the operation for shutting the city's main market district for a day, saying traders had lost millions of guaraníes.\n"
    "In the Chaco, hundreds of cattle ranchers blocked the Trans-Chaco Highway near Filadelfia on Saturday in protest at the state of roads in Boquerón department after weeks of rain. The Rural Association of Paraguay demanded that the government release funds promised for road repairs within 30 days.\n"
    "Agriculture Minister Carlos Giménez met leaders of the association in Filadelfia on Sunday and offered to send army engineers to Boquerón to repair the worst stretches, his ministry said. Giménez said the blockade would cost exporters \"far more than the repairs\".\n"
    "In the south, teachers in Encarnación will hold a 48-hour strike from next Friday over unpaid bonuses, said Liliana Benítez, who heads the Itapúa branch of the Paraguayan Educators' Federation.",
    [("LOC", "Ciudad del Este", [], ["Ciudad del Este"]),
     ("LOC", "Paraguay", ["Republic of Paraguay"], ["Paraguay"]),
     ("LOC", "Brazil", [], ["Brazil"]),
     ("PERSON", "Enrique Riera", ["Enrique Riera Escudero", "Riera"], ["Enrique Riera", "Riera"]),
     ("LOC", "Friendship Bridge", ["Puente de la Amistad", "Ponte da Amizade", "Friendship Bridge (Paraguay-Brazil)"], ["Friendship Bridge"]),
     ("LOC", "Foz do Iguaçu", ["Foz do Iguacu"], ["Foz do Iguaçu"]),
     ("LOC", "Alto Paraná", ["Alto Parana", "Alto Paraná Department"], ["Alto Paraná"]),
     ("PERSON", "Miguel Ángel Cáceres", ["Miguel Angel Caceres"], ["Miguel Ángel Cáceres"]),
     ("LOC", "Gran Chaco", ["Chaco", "Paraguayan Chaco"], ["Chaco"]),
     ("LOC", "Trans-Chaco Highway", ["Ruta Transchaco", "Transchaco Highway", "Trans-Chaco Route"], ["Trans-Chaco Highway"]),
     ("LOC", "Filadelfia", ["Filadelfia, Paraguay"], ["Filadelfia"]),
     ("LOC", "Boquerón Department", ["Boquerón", "Boqueron"], ["Boquerón"]),
     ("ORG", "Rural Association of Paraguay", ["ARP", "Asociación Rural del Paraguay"], ["Rural Association of Paraguay"]),
     ("PERSON", "Carlos Giménez", ["Carlos Gimenez", "Giménez"], ["Carlos Giménez", "Giménez"]),
     ("LOC", "Encarnación", ["Encarnacion"], ["Encarnación"]),
     ("PERSON", "Liliana Benítez", ["Liliana Benitez"], ["Liliana Benítez"]),
     ("LOC", "Itapúa", ["Itapua", "Itapúa Department"], ["Itapúa"]),
     ("ORG", "Paraguayan Educators' Federation", ["FEP", "Federación de Educadores del Paraguay"], ["Paraguayan Educators' Federation"])],
    [("17", "arrested", "Ciudad del Este", "2026-11-01"), ("11", "criticised", None, None),
     ("14", "blocked", "Filadelfia", "2026-10-31"), ("10", "demanded", None, None),
     ("04", "met", "Filadelfia", "2026-11-01"), ("03", "offered", "Boquerón Department", None),
     ("14", "strike", "Encarnación", "2026-11-06")])

doc("b29-en-02-laos-savannakhet", "en", "2026-11-12T09:00:00Z",
    "Laos, Thailand open Savannakhet bridge round the clock as workers strike in special zone",
    "SAVANNAKHET, Laos, Nov 12 - Laos and Thailand signed an agreement in Savannakhet on Wednesday to keep the Second Thai-Lao Friendship Bridge between Savannakhet and Mukdahan open around the clock for freight, Laos' Ministry of Industry and Commerce said, after weeks of truck queues on both banks of the river.\n"
    "Hundreds of workers at garment and electronics plants in the Savan-Seno Special Economic Zone walked out on Tuesday over unpaid overtime, the Lao Federation of Trade Unions said, in a rare strike in the one-party state.\n"
    "The zone's management authority rejected the workers' claims, saying wages had been paid \"in full and on time\".\n"
    "Savannakhet provincial governor Bounmy Phommachanh met strike representatives in Seno on Wednesday and urged factory owners to settle the dispute within a week. Phommachanh said the province would not let the dispute \"scare away investors\".\n"
    "In the north, police in Luang Prabang arrested 11 people on Monday on suspicion of trafficking pangolin scales and tiger parts to China, the provincial public security department said.\n"
    "Japan handed over 20 ambulances to Luang Prabang Provincial Hospital on Wednesday, the Japanese embassy said, part of a grant to improve emergency care in the northern provinces.\n"
    "Separately, the Laos-China Railway Company said it planned to add two daily freight trains between Luang Prabang and Boten from next month to cope with rising exports of cassava and rubber.",
    [("LOC", "Savannakhet", ["Savannakhet Province", "Kaysone Phomvihane"], ["SAVANNAKHET", "Savannakhet"]),
     ("LOC", "Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Laos"]),
     ("LOC", "Thailand", ["Kingdom of Thailand"], ["Thailand"]),
     ("LOC", "Second Thai-Lao Friendship Bridge", ["Second Thai–Lao Friendship Bridge", "Mukdahan-Savannakhet bridge"],
      ["Second Thai-Lao Friendship Bridge"]),
     ("LOC", "Mukdahan", ["Mukdahan Province"], ["Mukdahan"]),
     ("ORG", "Ministry of Industry and Commerce (Laos)", ["Lao Ministry of Industry and Commerce"], ["Ministry of Industry and Commerce"]),
     ("LOC", "Savan-Seno Special Economic Zone", ["Savan Seno SEZ", "Savan-Seno SEZ"], ["Savan-Seno Special Economic Zone"]),
     ("ORG", "Lao Federation of Trade Unions", ["LFTU"], ["Lao Federation of Trade Unions"]),
     ("PERSON", "Bounmy Phommachanh", ["Phommachanh"], ["Bounmy Phommachanh", "Phommachanh"]),
     ("LOC", "Seno", ["Xeno", "Seno town"], ["Seno"]),
     ("LOC", "Luang Prabang", ["Louangphrabang", "Luang Prabang Province"], ["Luang Prabang"]),
     ("LOC", "China", [], ["China"]),
     ("LOC", "Japan", [], ["Japan"]),
     ("ORG", "Luang Prabang Provincial Hospital", ["Luang Prabang hospital"], ["Luang Prabang Provincial Hospital"]),
     ("ORG", "Laos-China Railway Company", ["Lao-China Railway Company", "LCR"], ["Laos-China Railway Company"]),
     ("LOC", "Boten", ["Boten SEZ"], ["Boten"])],
    [("05", "signed", "Savannakhet", "2026-11-11"), ("14", "walked out", "Savan-Seno Special Economic Zone", "2026-11-10"),
     ("12", "rejected", None, None), ("04", "met", "Seno", "2026-11-11"),
     ("17", "arrested", "Luang Prabang", "2026-11-09"), ("07", "handed over", "Luang Prabang", "2026-11-11"),
     ("03", "planned", "Luang Prabang", None)])

doc("b29-en-03-zambia-lufwanyama", "en", "2026-11-27T11:00:00Z",
    "Zambian police arrest 23 after guard killed at Lufwanyama tailings dump",
    "MASAITI, Zambia, Nov 27 - Zambian police arrested 23 people on Thursday after illegal miners attacked security guards at a copper tailings dump in Lufwanyama district late on Wednesday, killing one guard and injuring three, police said.\n"
    "Provincial police commissioner Mwaka Chisenga said the suspects, some armed with machetes, had tried to seize the dump, which is run by a state-owned company. \"We will not allow lawlessness to take root,\" Chisenga said.\n"
    "The National Union of Miners and Allied Workers threatened on Thursday to call a strike at Konkola Copper Mines unless management reverses plans to outsource 1,200 jobs, and demanded talks with Vedanta Resources, which controls KCM.\n"
    "In Mpongwe, several hundred farmers protested on Monday outside a Food Reserve Agency depot over maize payments they said were two months late. The Masaiti district commissioner, Agnes Chanda, criticised the agency, saying delays were \"pushing families into hunger\".\n"
    "Copperbelt Energy Corporation and the state power utility ZESCO signed a deal on Wednesday to import 150 megawatts from Mozambique to ease power cuts at the mines, the companies said in a joint statement.\n"
    "Vedanta chairman Anil Agarwal is expected to visit Zambia next Tuesday for talks with the union and the government, a company spokesperson said.",
    [("LOC", "Masaiti", ["Masaiti District"], ["MASAITI", "Masaiti"]),
     ("LOC", "Zambia", [], ["Zambia"]),
     ("LOC", "Lufwanyama", ["Lufwanyama District"], ["Lufwanyama"]),
     ("PERSON", "Mwaka Chisenga", ["Chisenga"], ["Mwaka Chisenga", "Chisenga"]),
     ("ORG", "National Union of Miners and Allied Workers", ["NUMAW"], ["National Union of Miners and Allied Workers"]),
     ("ORG", "Konkola Copper Mines", ["KCM"], ["Konkola Copper Mines", "KCM"]),
     ("ORG", "Vedanta Resources", ["Vedanta"], ["Vedanta Resources", "Vedanta"]),
     ("LOC", "Mpongwe", ["Mpongwe District"], ["Mpongwe"]),
     ("ORG", "Food Reserve Agency", ["FRA", "Food Reserve Agency (Zambia)"], ["Food Reserve Agency"]),
     ("PERSON", "Agnes Chanda", ["Chanda"], ["Agnes Chanda"]),
     ("ORG", "Copperbelt Energy Corporation", ["CEC", "Copperbelt Energy Corporation Plc"], ["Copperbelt Energy Corporation"]),
     ("ORG", "ZESCO", ["Zesco", "Zambia Electricity Supply Corporation"], ["ZESCO"]),
     ("LOC", "Mozambique", [], ["Mozambique"]),
     ("PERSON", "Anil Agarwal", ["Agarwal"], ["Anil Agarwal"])],
    [("18", "attacked", "Lufwanyama", "2026-11-25"), ("17", "arrested", None, "2026-11-26"),
     ("13", "threatened", None, "2026-11-26"), ("10", "demanded", None, "2026-11-26"),
     ("14", "protested", "Mpongwe", "2026-11-23"), ("11", "criticised", None, None),
     ("05", "signed", None, "2026-11-25"), ("04", "visit", "Zambia", "2026-12-01")])

doc("b29-fr-01-togo-cinkasse", "fr", "2026-11-06T10:00:00Z",
    "Togo : six soldats tués près de Mandouri, les commerçants de Cinkassé en grève",
    "CINKASSÉ (Togo), 6 nov. - Six soldats des Forces armées togolaises (FAT) ont été tués mercredi dans l'attaque d'un poste militaire près de Mandouri, dans la préfecture de Kpendjal, a annoncé jeudi l'état-major général des armées.\n"
    "Selon l'armée, les assaillants venaient du Burkina Faso voisin. L'aviation a mené jeudi des frappes contre leurs positions dans la réserve de faune de l'Oti-Mandouri, où plusieurs « terroristes » auraient été neutralisés.\n"
    "Le gouvernement togolais a condamné une attaque « lâche et barbare » et décrété trois jours de deuil national.\n"
    "À Cinkassé, principal point de passage vers le Burkina Faso, les commerçants ont entamé jeudi une grève illimitée pour protester contre la fermeture de la frontière aux camions de marchandises depuis dix jours. Leur porte-parole, Issifou Djobo, a exigé la réouverture immédiate du poste de Cinkassé, affirmant que « des tonnes d'oignons pourrissent sur les parkings ».\n"
    "Le préfet de Cinkassé, Yendoubé Lamboni, a rencontré jeudi les représentants des grévistes, mais a rejeté toute réouverture « tant que la sécurité n'est pas garantie ».\n"
    "L'Agence nationale de la protection civile (ANPC) a distribué jeudi des vivres et des kits d'hygiène à près de 900 familles déplacées dans la préfecture de Tandjouaré.\n"
    "Le ministre de l'Administration territoriale, Hodabalo Awaté, se rendra mardi prochain à Cinkassé pour tenter de dénouer la crise, a indiqué son cabinet.",
    [("LOC", "Cinkassé", ["Cinkasse", "Cinkansé"], ["CINKASSÉ", "Cinkassé"]),
     ("LOC", "Togo", [], ["Togo"]),
     ("ORG", "Togolese Armed Forces", ["FAT", "Forces armées togolaises", "Togolese army"], ["Forces armées togolaises", "FAT"]),
     ("LOC", "Mandouri", [], ["Mandouri"]),
     ("LOC", "Kpendjal", ["Kpendjal Prefecture"], ["Kpendjal"]),
     ("LOC", "Burkina Faso", [], ["Burkina Faso"]),
     ("LOC", "Oti-Mandouri Wildlife Reserve", ["Oti-Mandouri reserve", "Oti-Mandouri", "Oti-Kéran-Mandouri"], ["Oti-Mandouri"]),
     ("ORG", "Government of Togo", ["Togolese government", "gouvernement togolais"], ["gouvernement togolais"]),
     ("PERSON", "Issifou Djobo", ["Djobo"], ["Issifou Djobo"]),
     ("PERSON", "Yendoubé Lamboni", ["Yendoube Lamboni", "Lamboni"], ["Yendoubé Lamboni"]),
     ("ORG", "National Civil Protection Agency (Togo)", ["ANPC", "Agence nationale de la protection civile"],
      ["Agence nationale de la protection civile", "ANPC"]),
     ("LOC", "Tandjouaré", ["Tandjouare", "Tandjouaré Prefecture"], ["Tandjouaré"]),
     ("PERSON", "Hodabalo Awaté", ["Hodabalo Awate", "Awaté"], ["Hodabalo Awaté"])],
    [("19", "l'attaque", "Mandouri", "2026-11-04"), ("19", "frappes", "Oti-Mandouri Wildlife Reserve", "2026-11-05"),
     ("11", "a condamné", None, None), ("14", "grève", "Cinkassé", "2026-11-05"), ("10", "a exigé", None, None),
     ("04", "a rencontré", "Cinkassé", "2026-11-05"), ("12", "a rejeté", "Cinkassé", "2026-11-05"),
     ("07", "a distribué", "Tandjouaré", "2026-11-05"), ("04", "se rendra", "Cinkassé", "2026-11-10")])

doc("b29-fr-02-mauritanie-chami", "fr", "2026-11-19T09:30:00Z",
    "Mauritanie : 34 orpailleurs arrêtés à Chami, manifestation devant les bureaux de Maaden",
    "CHAMI (Mauritanie), 19 nov. - Les gendarmes ont arrêté mardi 34 orpailleurs à Chami, après des heurts autour d'un site d'orpaillage fermé depuis septembre dans la zone de Tijirit, a indiqué la wilaya de Dakhlet Nouadhibou.\n"
    "Le même jour, une patrouille a intercepté près de Boulanouar un convoi de quatre camions transportant 60 migrants qui tentaient de rejoindre la côte, et arrêté deux passeurs présumés.\n"
    "Mercredi, plusieurs centaines d'orpailleurs venus de Chami et du Tiris Zemmour ont manifesté devant les bureaux de la société Maaden Mauritanie à Chami pour réclamer la réouverture du site. La Confédération générale des travailleurs de Mauritanie (CGTM) a exigé la libération des orpailleurs détenus et a accusé les autorités de « favoriser les sociétés étrangères ».\n"
    "« Nos familles vivent de l'or de Tijirit ; on ne peut pas nous sacrifier », a déclaré Sidi Mohamed Ould Bebaha, délégué de la CGTM à Chami.\n"
    "Le directeur de Maaden Mauritanie, Ahmedou Ould Sidi Ely, a rejeté ces accusations dans un communiqué, assurant que la fermeture visait à « protéger la vie des orpailleurs » après plusieurs effondrements de puits.\n"
    "Le wali de Dakhlet Nouadhibou, Brahim Ould Mbareck, a reçu mercredi à Chami une délégation des manifestants, sans parvenir à un accord.\n"
    "Une nouvelle réunion entre les orpailleurs, Maaden Mauritanie et les autorités est prévue samedi prochain à Chami.",
    [("LOC", "Chami", ["Chami, Mauritania", "Echami"], ["CHAMI", "Chami"]),
     ("LOC", "Mauritania", ["Mauritanie"], ["Mauritanie"]),
     ("LOC", "Tijirit", ["Tijirit gold field", "Tasiast-Tijirit"], ["Tijirit"]),
     ("LOC", "Dakhlet Nouadhibou", ["Dakhlet Nouadhibou Region", "Dakhlet-Nouadhibou"], ["Dakhlet Nouadhibou"]),
     ("LOC", "Boulanouar", ["Bou Lanouar", "Boulenouar"], ["Boulanouar"]),
     ("LOC", "Tiris Zemmour", ["Tiris Zemour", "Tiris Zemmour Region"], ["Tiris Zemmour"]),
     ("ORG", "Maaden Mauritanie", ["Maaden Mauritania", "Ma'aden Mauritanie"], ["Maaden Mauritanie"]),
     ("ORG", "General Confederation of Workers of Mauritania", ["CGTM", "Confédération générale des travailleurs de Mauritanie"],
      ["Confédération générale des travailleurs de Mauritanie", "CGTM"]),
     ("PERSON", "Sidi Mohamed Ould Bebaha", ["Sidi Mohamed Bebaha", "Ould Bebaha"], ["Sidi Mohamed Ould Bebaha"]),
     ("PERSON", "Ahmedou Ould Sidi Ely", ["Ahmedou Sidi Ely", "Ould Sidi Ely"], ["Ahmedou Ould Sidi Ely"]),
     ("PERSON", "Brahim Ould Mbareck", ["Brahim Ould M'Bareck", "Ould Mbareck"], ["Brahim Ould Mbareck"])],
    [("17", "ont arrêté", "Chami", "2026-11-17"), ("17", "intercepté", "Boulanouar", "2026-11-17"),
     ("14", "ont manifesté", "Chami", "2026-11-18"), ("10", "a exigé", None, None),
     ("11", "a accusé", None, None), ("12", "a rejeté", None, None),
     ("04", "a reçu", "Chami", "2026-11-18"), ("04", "réunion", "Chami", "2026-11-21")])

doc("b29-fr-03-wallonie-tec", "fr", "2026-11-23T08:00:00Z",
    "Grève au TEC : Mons et La Louvière paralysées, les syndicats menacent de durcir le mouvement",
    "MONS (Belgique), 23 nov. - Les bus du TEC sont restés au dépôt vendredi dernier à Mons, à La Louvière et à Tournai, où la grève lancée par le front commun syndical contre le plan d'économies du gouvernement régional a été suivie par plus de 80 % du personnel, selon les syndicats.\n"
    "Le ministre wallon de l'Économie et de l'Emploi, Pierre-Yves Jeholet, a critiqué une grève qui « prend les usagers en otage » et rappelé que l'opérateur devait réduire son déficit de 60 millions d'euros d'ici 2028.\n"
    "Le SLFP a menacé de déclencher une grève de trois jours en décembre si le gouvernement maintient la suppression de 400 postes. Le bourgmestre de Mons, Nicolas Martin, a exigé de son côté que les lignes desservant les quartiers populaires de la ville soient épargnées.\n"
    "Le ministre wallon de la Mobilité, François Desquesnes, a rencontré samedi les représentants syndicaux à Jambes, sans parvenir à un accord. « La porte reste ouverte », a-t-il déclaré à l'issue de la réunion.\n"
    "Une manifestation est prévue jeudi prochain devant l'Élysette, siège du gouvernement régional, à l'appel des trois syndicats du secteur.\n"
    "Par ailleurs, la police a interpellé dimanche sept personnes lors de perquisitions à Seraing et à Herstal, dans le cadre d'une enquête sur un réseau de trafic de cocaïne actif en province de Liège, a annoncé le parquet de Liège.",
    [("LOC", "Mons", [], ["MONS", "Mons"]),
     ("LOC", "Belgium", ["Belgique", "Kingdom of Belgium"], ["Belgique"]),
     ("ORG", "TEC", ["Opérateur de Transport de Wallonie", "OTW", "TEC Hainaut"], ["TEC"]),
     ("LOC", "La Louvière", ["La Louviere"], ["La Louvière"]),
     ("LOC", "Tournai", ["Doornik"], ["Tournai"]),
     ("PERSON", "Pierre-Yves Jeholet", ["Jeholet"], ["Pierre-Yves Jeholet"]),
     ("ORG", "SLFP", ["Free Trade Union of the Civil Service", "Syndicat libre de la fonction publique"], ["SLFP"]),
     ("PERSON", "Nicolas Martin", ["Nicolas Martin (politician)"], ["Nicolas Martin"]),
     ("PERSON", "François Desquesnes", ["Francois Desquesnes", "Desquesnes"], ["François Desquesnes"]),
     ("LOC", "Jambes", [], ["Jambes"]),
     ("LOC", "Élysette", ["Elysette", "L'Élysette"], ["Élysette"]),
     ("LOC", "Seraing", [], ["Seraing"]),
     ("LOC", "Herstal", [], ["Herstal"]),
     ("LOC", "Province of Liège", ["Liège Province", "province de Liège"], ["province de Liège"]),
     ("ORG", "Liège Public Prosecutor's Office", ["parquet de Liège", "Liège prosecutor's office"], ["parquet de Liège"])],
    [("14", "la grève", "Mons", "2026-11-20"), ("11", "a critiqué", None, None), ("13", "a menacé", None, None),
     ("10", "a exigé", None, None), ("04", "a rencontré", "Jambes", "2026-11-21"),
     ("14", "manifestation", "Élysette", "2026-11-26"), ("17", "a interpellé", "Seraing", "2026-11-22")])

write("blind29.jsonl")
