# Writes blind19.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not
# run and its code and data were not read while they were written). Arabic, the weakest language, has the larger
# sample. People, bodies and places are none of those named as gold in dev.jsonl or the other sets here (checked with
# overlap.py; the only hits are listed in heldout/README.md). Parts of the world the older sets do not cover: Sudan's
# Gezira (Wad Madani, Al-Managil, Rufaa, Al-Hasaheisa) with an Ethiopian ambassador as Arabic news spells him, Syria's
# Hama countryside (the Ghab plain, Al-Suqaylabiyah, Salamiyah, Masyaf) with a Norwegian envoy, Saudi Arabia's Tabuk
# (Duba, Al Wajh, Tayma, Umluj) with a Finnish ambassador, Morocco's north-west (Chefchaouen, Larache, Bab Taza,
# Ksar El Kebir) with an Irish ambassador, Oman's Batinah (Rustaq, Barka, Shinas, Liwa, Saham) with a Thai
# ambassador, Algeria's Constantine (Ali Mendjeli, El Khroub, Hamma Bouziane) with a Ukrainian ambassador; northern
# Uganda (Gulu, Lira, Kitgum, Adjumani), New Zealand's Canterbury (Christchurch, Lyttelton, Timaru, Ashburton),
# Ghana's Western Region (Takoradi, Axim, Prestea, Tarkwa); Charente-Maritime, Haute-Savoie and Senegal's groundnut
# basin (Kaolack, Kaffrine, Nioro du Rip). Articles are 1,500-1,900 characters, with datelines, quotes and relative
# dates. Real public figures in their public roles as of late 2026; other officials, people, some companies and
# details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind19.py
from gold import doc, write

doc("b19-ar-01-wad-madani", "ar", "2026-03-03T08:00:00Z",
    "والي ولاية الجزيرة يبحث مع السفير الإثيوبي استيراد الكهرباء لمضخات الري ومزارعو رفاعة يحتجون على أسعار الأسمدة",
    "ود مدني - بحث والي ولاية الجزيرة الصادق عثمان كرار، أمس الاثنين في مدينة ود مدني، مع السفير الإثيوبي لدى السودان ملكامو ديغيفي إمكانية استيراد الكهرباء من إثيوبيا لتشغيل مضخات الري في الولاية قبل الموسم الصيفي، بحسب بيان لحكومة الولاية.\n"
    "وقال ديغيفي خلال اللقاء إن «الشبكة بين البلدين جاهزة، وما ينقصها هو الاتفاق على السعر»، فيما أوضح كرار أن نصف محطات الضخ في الولاية متوقفة منذ الحرب.\n"
    "وفي مدينة المناقل، وقعت إدارة مشروع الجزيرة أمس عقدا مع شركة سنابل النيل الأزرق للهندسة لتطهير قنوات الري الفرعية من الطمي والحشائش قبل بدء الموسم.\n"
    "وفي مدينة رفاعة، نظم مئات المزارعين وقفة احتجاجية السبت الماضي أمام مقر المحلية، رفضا لارتفاع أسعار الأسمدة والتقاوي. وطالب اتحاد مزارعي الجزيرة والمناقل خلال الوقفة وزارة المالية والتخطيط الاقتصادي السودانية بدعم مدخلات الإنتاج، وهدد بمقاطعة الموسم الشتوي إذا لم تنخفض الأسعار. وقال يوسف عبد الله الحلاوي، وهو مزارع منذ ثلاثين عاما، إن «جوال السماد صار أغلى من جوال القمح». وأضاف الحلاوي أن كثيرا من المزارعين باعوا مواشيهم لتسديد ديون الموسم الماضي.\n"
    "وألقت شرطة ولاية الجزيرة القبض فجر الأحد في مدينة الحصاحيصا على ستة أشخاص متهمين بسرقة محولات كهربائية من محطات الضخ، وفق بيان للشرطة.\n"
    "ووزعت جمعية أصدقاء الجزيرة الخيرية الخميس الماضي سلالا غذائية ومستلزمات مدرسية على 500 أسرة عائدة في بلدة تمبول.\n"
    "وانتقدت لجان مقاومة ود مدني أمس بطء إعادة الكهرباء والمياه إلى أحياء المدينة، معتبرة أن «الناس عادوا إلى بيوتهم قبل أن تعود إليها الخدمات».\n"
    "ودعا كرار المزارعين إلى تسجيل مساحاتهم لدى مكاتب الأقسام قبل نهاية الشهر.\n"
    "وأبدت جامعة الجزيرة استعدادها لتدريب المزارعين على تقنيات الري الحديث في مدينة الكاملين.\n"
    "ومن المقرر أن يزور كرار مدينة سنار الأحد المقبل لبحث تنسيق مواعيد فتح القنوات.",
    [("LOC", "Gezira State", ["Al Jazirah State", "Al-Jazira State", "Gezira"], ["ولاية الجزيرة"]),
     ("LOC", "Wad Madani", ["Wad Medani", "Madani"], ["ود مدني", "مدينة ود مدني"]),
     ("PERSON", "Al-Sadiq Osman Karrar", ["Sadiq Osman Karrar", "Al-Sadig Osman Karrar", "Karrar"],
      ["الصادق عثمان كرار", "كرار"]),
     ("PERSON", "Melkamu Degefe", ["Melkamu Degefie", "Degefe"], ["ملكامو ديغيفي", "ديغيفي"]),
     ("LOC", "Sudan", ["Republic of the Sudan"], ["السودان"]),
     ("LOC", "Ethiopia", ["Federal Democratic Republic of Ethiopia"], ["إثيوبيا"]),
     ("LOC", "Al-Managil", ["Managil", "El Manaqil", "Al Manaqil"], ["مدينة المناقل", "المناقل"]),
     ("ORG", "Gezira Scheme Administration", ["Gezira Scheme Board", "Sudan Gezira Board", "Gezira Scheme"],
      ["إدارة مشروع الجزيرة"]),
     ("ORG", "Sanabel Blue Nile Engineering Company", ["Sanabel Blue Nile Engineering", "Sanabel al-Nil al-Azraq Engineering"],
      ["شركة سنابل النيل الأزرق للهندسة"]),
     ("LOC", "Rufaa", ["Rufa'a", "Rufaah"], ["مدينة رفاعة", "رفاعة"]),
     ("ORG", "Gezira and Managil Farmers' Union", ["Gezira Farmers' Union", "Union of Gezira and Managil Farmers"],
      ["اتحاد مزارعي الجزيرة والمناقل"]),
     ("ORG", "Ministry of Finance and Economic Planning (Sudan)",
      ["Sudanese Ministry of Finance and Economic Planning", "Sudanese Ministry of Finance", "Ministry of Finance (Sudan)"],
      ["وزارة المالية والتخطيط الاقتصادي السودانية"]),
     ("PERSON", "Yousif Abdullah al-Halawi", ["Yousif al-Halawi", "Yusuf Abdalla El Halawi", "al-Halawi"],
      ["يوسف عبد الله الحلاوي", "الحلاوي"]),
     ("ORG", "Gezira State Police", ["Al Jazirah State Police", "Police of Gezira State"], ["شرطة ولاية الجزيرة"]),
     ("LOC", "Al-Hasaheisa", ["Hasaheisa", "El Hasaheisa", "Al Hasahisa"], ["مدينة الحصاحيصا", "الحصاحيصا"]),
     ("ORG", "Friends of Gezira Charitable Association", ["Friends of Gezira Charity", "Asdiqaa al-Jazira Charitable Association"],
      ["جمعية أصدقاء الجزيرة الخيرية"]),
     ("LOC", "Tambul", ["Tamboul", "Tambool"], ["بلدة تمبول", "تمبول"]),
     ("ORG", "Wad Madani Resistance Committees", ["Madani Resistance Committees", "Wad Medani Resistance Committees"],
      ["لجان مقاومة ود مدني"]),
     ("ORG", "University of Gezira", ["Gezira University"], ["جامعة الجزيرة"]),
     ("LOC", "Al-Kamlin", ["Kamlin", "El Kamlin"], ["مدينة الكاملين", "الكاملين"]),
     ("LOC", "Sennar", ["Sinnar"], ["مدينة سنار", "سنار"])],
    [("04", "بحث", "Wad Madani", "2026-03-02"), ("05", "وقعت", "Al-Managil", "2026-03-02"),
     ("14", "وقفة احتجاجية", "Rufaa", "2026-02-28"), ("10", "وطالب", "Rufaa", "2026-02-28"),
     ("13", "وهدد", "Rufaa", "2026-02-28"), ("17", "وألقت", "Al-Hasaheisa", "2026-03-01"),
     ("07", "ووزعت", "Tambul", "2026-02-26"), ("11", "وانتقدت", None, "2026-03-02"),
     ("03", "وأبدت", "Al-Kamlin", None), ("04", "يزور", "Sennar", "2026-03-08")])

doc("b19-ar-02-hama", "ar", "2026-04-18T09:00:00Z",
    "محافظ حماة يبحث مع المبعوث النرويجي تأهيل قنوات الري في سهل الغاب وأهالي سلمية يتظاهرون احتجاجا على انقطاع الكهرباء",
    "حماة - بحث محافظ حماة عبد الرحمن ياسين الشحود، أمس الجمعة في مبنى المحافظة بمدينة حماة، مع المبعوث النرويجي الخاص إلى سوريا ينس أولاف هاوغن تمويل مشروع لإعادة تأهيل قنوات الري في سهل الغاب، بحسب بيان للمحافظة.\n"
    "وقال هاوغن خلال اللقاء إن «هذا السهل كان سلة غذاء البلاد، ويمكن أن يعود كذلك إذا عادت المياه إلى قنواته»، فيما أوضح الشحود أن أكثر من ثلثي شبكة الري في السهل خارج الخدمة.\n"
    "وفي مدينة السقيلبية، وقعت الهيئة العامة لإدارة وتطوير الغاب أمس عقدا مع شركة العاصي الحديثة للمقاولات لتعزيل المصارف الرئيسية قبل موسم زراعة القطن.\n"
    "وتظاهر مئات من أهالي مدينة سلمية الخميس أمام مبنى المنطقة احتجاجا على انقطاع الكهرباء لأكثر من عشرين ساعة يوميا، وطالبوا خلال التظاهرة الشركة العامة لكهرباء حماة بجدول تقنين عادل، مهددين بالاعتصام المفتوح أمام مبنى الشركة إذا استمر الوضع. وقال كنان إسماعيل الخضور، وهو صاحب ورشة خياطة، إن «الورشة تعمل ساعتين في اليوم، والإيجار يدفع عن ثلاثين يوما». وأضاف الخضور أن عددا من جيرانه أغلقوا محالهم.\n"
    "وألقت قيادة الأمن الداخلي في حماة القبض فجر الأربعاء في مدينة مصياف على أربعة أشخاص بتهمة سرقة الكابلات النحاسية من شبكة الكهرباء، وفق بيان للقيادة.\n"
    "ووزع فريق ملهم التطوعي الثلاثاء الماضي سلالا غذائية وأدوات زراعية على 350 أسرة عائدة في مدينة اللطامنة.\n"
    "وانتقدت غرفة زراعة حماة أمس تأخر صرف ثمن محصول القمح للفلاحين، معتبرة أن «الفلاح يقرض الدولة ولا يسترد قرضه».\n"
    "ورحبت بلدية محردة أمس بقرار إعادة فتح المدرسة الصناعية في المدينة بعد سنوات من الإغلاق.\n"
    "وأبدت جامعة حماة استعدادها لإجراء مسح لملوحة التربة في سهل الغاب.\n"
    "ومن المقرر أن يزور الشحود بلدة قلعة المضيق الأحد المقبل لتفقد أعمال ترميم السوق القديم.",
    [("LOC", "Hama", ["Hamah", "Hama Governorate"], ["حماة", "مدينة حماة"]),
     ("PERSON", "Abdul Rahman Yassin al-Shahoud", ["Abdulrahman al-Shahoud", "Abdul Rahman al-Shahoud", "al-Shahoud"],
      ["عبد الرحمن ياسين الشحود", "الشحود"]),
     ("PERSON", "Jens Olav Haugen", ["Haugen"], ["ينس أولاف هاوغن", "هاوغن"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("LOC", "Al-Ghab Plain", ["Ghab Plain", "Al-Ghab", "Sahl al-Ghab"], ["سهل الغاب"]),
     ("LOC", "Al-Suqaylabiyah", ["Suqaylabiyah", "Squelbieh", "Al-Suqaylabiyah city"], ["مدينة السقيلبية", "السقيلبية"]),
     ("ORG", "General Authority for the Management and Development of Al-Ghab",
      ["Ghab Development Authority", "General Authority for the Development of the Ghab"],
      ["الهيئة العامة لإدارة وتطوير الغاب"]),
     ("ORG", "Al-Assi Modern Contracting Company", ["Al-Assi Modern Contracting", "Modern Orontes Contracting Company"],
      ["شركة العاصي الحديثة للمقاولات"]),
     ("LOC", "Salamiyah", ["Salamiyeh", "Salamieh", "Salamiya"], ["مدينة سلمية", "سلمية"]),
     ("ORG", "Hama General Electricity Company", ["General Electricity Company of Hama", "Hama Electricity Company"],
      ["الشركة العامة لكهرباء حماة"]),
     ("PERSON", "Kinan Ismail al-Khaddour", ["Kinan al-Khaddour", "Kenan al-Khadour", "al-Khaddour"],
      ["كنان إسماعيل الخضور", "الخضور"]),
     ("ORG", "Hama Internal Security Command", ["Internal Security Command in Hama", "Hama Internal Security"],
      ["قيادة الأمن الداخلي في حماة"]),
     ("LOC", "Masyaf", ["Misyaf", "Masyaf city"], ["مدينة مصياف", "مصياف"]),
     ("ORG", "Molham Volunteering Team", ["Molham Team", "Molham Volunteer Team"], ["فريق ملهم التطوعي"]),
     ("LOC", "Al-Lataminah", ["Lataminah", "Al-Latamneh", "Latamna"], ["مدينة اللطامنة", "اللطامنة"]),
     ("ORG", "Hama Chamber of Agriculture", ["Chamber of Agriculture of Hama"], ["غرفة زراعة حماة"]),
     ("ORG", "Mhardeh Municipality", ["Municipality of Mhardeh", "Mahardah Municipality"], ["بلدية محردة"]),
     ("ORG", "University of Hama", ["Hama University"], ["جامعة حماة"]),
     ("LOC", "Qalaat al-Madiq", ["Qalat al-Madiq", "Qal'at al-Madiq"], ["بلدة قلعة المضيق", "قلعة المضيق"])],
    [("04", "بحث", "Hama", "2026-04-17"), ("05", "وقعت", "Al-Suqaylabiyah", "2026-04-17"),
     ("14", "وتظاهر", "Salamiyah", "2026-04-16"), ("10", "وطالبوا", "Salamiyah", "2026-04-16"),
     ("13", "مهددين", "Salamiyah", "2026-04-16"), ("17", "وألقت", "Masyaf", "2026-04-15"),
     ("07", "ووزع", "Al-Lataminah", "2026-04-14"), ("11", "وانتقدت", None, "2026-04-17"),
     ("05", "ورحبت", None, "2026-04-17"), ("03", "وأبدت", "Al-Ghab Plain", None),
     ("04", "يزور", "Qalaat al-Madiq", "2026-04-19")])

doc("b19-ar-03-tabuk", "ar", "2026-05-14T08:00:00Z",
    "أمين منطقة تبوك يبحث مع السفير الفنلندي تدوير النفايات وعقد لتشغيل محطة الركاب في ميناء ضباء",
    "تبوك - بحث أمين منطقة تبوك المهندس سلطان بن عايض البلوي، أمس الأربعاء في مقر الأمانة بمدينة تبوك، مع السفير الفنلندي لدى المملكة العربية السعودية يوها ليهتينن فرص التعاون في تدوير النفايات وتحويلها إلى طاقة، بحسب بيان للأمانة.\n"
    "وقال ليهتينن خلال اللقاء إن «فنلندا تعيد تدوير أكثر من نصف نفاياتها، ويسعدنا أن ننقل هذه الخبرة إلى تبوك»، فيما أوضح البلوي أن المنطقة تنتج يوميا أكثر من ألف طن من النفايات المنزلية.\n"
    "وفي محافظة ضباء، وقعت الهيئة العامة للموانئ أمس عقدا مع شركة مرجان الشمال للخدمات البحرية لتشغيل محطة الركاب في ميناء ضباء وصيانتها لمدة عشر سنوات.\n"
    "ونفذت القوات البحرية الملكية السعودية والقوات البحرية الملكية الأردنية الاثنين تمرينا مشتركا للبحث والإنقاذ قبالة ساحل الوجه، بمشاركة سفن وطائرات عمودية من البلدين.\n"
    "وقبضت المديرية العامة لمكافحة المخدرات فجر الثلاثاء في مركز البدع على أربعة أشخاص حاولوا تهريب أكثر من مئتي ألف قرص من الإمفيتامين، وفق بيان للمديرية.\n"
    "وطالبت الجمعية التعاونية الزراعية بتيماء أمس المؤسسة العامة للري بتوفير حصص إضافية من المياه لمزارع النخيل بعد جفاف عدد من الآبار. وقال رئيس الجمعية إن المزارعين خسروا جزءا كبيرا من محصول التمر في الموسم الماضي.\n"
    "ووزعت جمعية الإحسان الخيرية بتبوك الأحد سلالا غذائية وكسوة على 300 أسرة في محافظة تيماء.\n"
    "ورحبت غرفة تبوك أمس بعقد تشغيل محطة الركاب، معتبرة أنه «يفتح الباب أمام السياحة البحرية في شمال المملكة».\n"
    "وأبدت جامعة تبوك استعدادها لإجراء دراسة لحماية الشعاب المرجانية قبالة محافظة أملج.\n"
    "ومن المقرر أن يزور البلوي محافظة الوجه السبت المقبل لتفقد مشاريع تصريف مياه الأمطار.",
    [("LOC", "Tabuk Province", ["Tabuk Region"], ["منطقة تبوك"]),
     ("LOC", "Tabuk", ["Tabuk city", "Tabouk"], ["تبوك", "مدينة تبوك"]),
     ("PERSON", "Sultan bin Ayedh al-Balawi", ["Sultan al-Balawi", "Sultan bin Ayid Al-Balawi", "al-Balawi"],
      ["سلطان بن عايض البلوي", "البلوي"]),
     ("PERSON", "Juha Lehtinen", ["Lehtinen"], ["يوها ليهتينن", "ليهتينن"]),
     ("LOC", "Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"], ["المملكة العربية السعودية"]),
     ("LOC", "Finland", ["Republic of Finland"], ["فنلندا"]),
     ("LOC", "Duba", ["Dhuba", "Duba Governorate"], ["محافظة ضباء", "ضباء"]),
     ("ORG", "Saudi Ports Authority", ["Mawani", "General Ports Authority (Saudi Arabia)", "Saudi Arabian Ports Authority"],
      ["الهيئة العامة للموانئ"]),
     ("ORG", "Marjan Al Shamal Marine Services Company", ["Marjan Al Shamal Marine Services", "Marjan al-Shamal"],
      ["شركة مرجان الشمال للخدمات البحرية"]),
     ("LOC", "Port of Duba", ["Duba Port", "Duba port"], ["ميناء ضباء"]),
     ("ORG", "Royal Saudi Naval Forces", ["Royal Saudi Navy", "Saudi Navy"], ["القوات البحرية الملكية السعودية"]),
     ("ORG", "Royal Jordanian Navy", ["Jordanian Navy", "Royal Jordanian Naval Force"], ["القوات البحرية الملكية الأردنية"]),
     ("LOC", "Al Wajh", ["Al-Wajh", "Wajh", "Al Wajh Governorate"], ["الوجه", "محافظة الوجه"]),
     ("ORG", "General Directorate of Narcotics Control",
      ["GDNC", "Saudi General Directorate of Narcotics Control", "Narcotics Control Directorate (Saudi Arabia)"],
      ["المديرية العامة لمكافحة المخدرات"]),
     ("LOC", "Al-Bad'", ["Al Bad", "Al-Bid", "Al Bad' Center"], ["مركز البدع", "البدع"]),
     ("ORG", "Tayma Agricultural Cooperative Society", ["Tayma Agricultural Cooperative", "Taima Agricultural Cooperative Association"],
      ["الجمعية التعاونية الزراعية بتيماء"]),
     ("ORG", "Saudi Irrigation Organization", ["SIO", "General Irrigation Organization (Saudi Arabia)", "Saudi Irrigation Authority"],
      ["المؤسسة العامة للري"]),
     ("ORG", "Al-Ihsan Charity Association in Tabuk", ["Al-Ihsan Charitable Society Tabuk", "Ihsan Charity Tabuk"],
      ["جمعية الإحسان الخيرية بتبوك"]),
     ("LOC", "Tayma", ["Taima", "Tayma Governorate"], ["محافظة تيماء", "تيماء"]),
     ("ORG", "Tabuk Chamber of Commerce", ["Tabuk Chamber", "Tabuk Chamber of Commerce and Industry"], ["غرفة تبوك"]),
     ("ORG", "University of Tabuk", ["Tabuk University"], ["جامعة تبوك"]),
     ("LOC", "Umluj", ["Umm Lajj", "Umluj Governorate"], ["محافظة أملج", "أملج"])],
    [("04", "بحث", "Tabuk", "2026-05-13"), ("05", "وقعت", "Duba", "2026-05-13"),
     ("06", "ونفذت", "Al Wajh", "2026-05-11"), ("17", "وقبضت", "Al-Bad'", "2026-05-12"),
     ("10", "وطالبت", None, "2026-05-13"), ("07", "ووزعت", "Tayma", "2026-05-10"),
     ("05", "ورحبت", None, "2026-05-13"), ("03", "وأبدت", "Umluj", None),
     ("04", "يزور", "Al Wajh", "2026-05-16")])

doc("b19-ar-04-chefchaouen", "ar", "2026-06-07T08:00:00Z",
    "عامل إقليم شفشاون يبحث مع السفير الإيرلندي السياحة الجبلية ومزارعو القنب المرخص يحتجون في باب تازة",
    "شفشاون - بحث عامل إقليم شفشاون عبد الإله الطاهري، أمس السبت في مدينة شفشاون، مع السفير الإيرلندي لدى المغرب نيال برينان سبل تطوير السياحة الجبلية ومسارات المشي في جبال الريف، بحسب بيان للعمالة.\n"
    "وقال برينان خلال اللقاء إن «الزائر الإيرلندي يبحث عن الجبل والمطر والقرى الهادئة، وكل ذلك موجود هنا»، فيما أوضح الطاهري أن الإقليم استقبل العام الماضي أكثر من مئتي ألف سائح أجنبي.\n"
    "وفي العرائش، وقعت وكالة الحوض المائي اللوكوس أمس اتفاقية مع جماعة العرائش لحماية أحياء المدينة من فيضانات وادي اللوكوس، بكلفة تناهز 120 مليون درهم.\n"
    "ونظم مئات من مزارعي القنب الهندي المرخصين وقفة احتجاجية الخميس أمام مقر القيادة في باب تازة، احتجاجا على الأسعار التي تدفعها التعاونيات مقابل المحصول. وطالب المحتجون خلال الوقفة الوكالة الوطنية لتقنين الأنشطة المتعلقة بالقنب الهندي بتحديد سعر أدنى للكيلوغرام، وهددوا بمقاطعة التعاونيات في الموسم المقبل إذا لم يتغير شيء. وقال عبد السلام أحمد الخمليشي، وهو مزارع من دوار مجاور، إن «الترخيص جاء بالأوراق ولم يأت بالخبز». وأضاف الخمليشي أن بعض التعاونيات لم تدفع بعد ثمن محصول العام الماضي.\n"
    "وأوقفت المنطقة الإقليمية للأمن بالعرائش فجر الجمعة في مدينة القصر الكبير ثلاثة أشخاص يشتبه في تورطهم في سرقة مواش من دواوير مجاورة، وفق مصدر أمني.\n"
    "ووزعت مؤسسة الأطلس الكبير الأربعاء الماضي عشرة آلاف شتلة من أشجار الخروب والزيتون على تعاونيات فلاحية في إقليم وزان.\n"
    "وانتقدت فيدرالية اليسار الديمقراطي أمس ضعف البنيات الصحية في الإقليم، معتبرة أن «الحامل في الجبل ما زالت تنقل على ظهر بغل».\n"
    "ورفض المجلس الجماعي لشفشاون أمس، في بيان، مشروع بناء فندق من خمسة طوابق قرب منبع رأس الماء، معتبرا أنه «يشوه الواجهة الزرقاء للمدينة».\n"
    "وأبدت الوكالة الوطنية للمياه والغابات استعدادها لتهيئة مسارات جديدة للمشي داخل المنتزه الوطني لتلسمطان.\n"
    "ومن المقرر أن يزور الطاهري جماعة باب برد الثلاثاء المقبل لافتتاح مستوصف قروي.",
    [("LOC", "Chefchaouen Province", ["Chefchaouen", "Province of Chefchaouen"], ["إقليم شفشاون"]),
     ("LOC", "Chefchaouen", ["Chaouen", "Xauen"], ["شفشاون", "مدينة شفشاون"]),
     ("PERSON", "Abdelilah Taheri", ["Abdelilah El Taheri", "Abd al-Ilah al-Tahiri", "Taheri"], ["عبد الإله الطاهري", "الطاهري"]),
     ("PERSON", "Niall Brennan", ["Brennan"], ["نيال برينان", "برينان"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Rif", ["Rif Mountains", "Riff"], ["جبال الريف"]),
     ("LOC", "Larache", ["El Araich", "Larache city"], ["العرائش"]),
     ("ORG", "Loukkos Hydraulic Basin Agency",
      ["ABH Loukkos", "Agence du bassin hydraulique du Loukkos", "Loukkos Basin Agency"], ["وكالة الحوض المائي اللوكوس"]),
     ("ORG", "Larache Commune", ["Commune of Larache", "Larache Municipality"], ["جماعة العرائش"]),
     ("LOC", "Loukkos River", ["Loukkos", "Oued Loukkos", "Lucus"], ["وادي اللوكوس"]),
     ("LOC", "Bab Taza", ["Bab Taza commune"], ["باب تازة"]),
     ("ORG", "National Agency for the Regulation of Cannabis-Related Activities",
      ["ANRAC", "Agence nationale de réglementation des activités relatives au cannabis", "Cannabis Regulation Agency (Morocco)"],
      ["الوكالة الوطنية لتقنين الأنشطة المتعلقة بالقنب الهندي"]),
     ("PERSON", "Abdessalam Ahmed El Khamlichi", ["Abdessalam El Khamlichi", "El Khamlichi", "Khamlichi"],
      ["عبد السلام أحمد الخمليشي", "الخمليشي"]),
     ("ORG", "Larache Provincial Security District", ["Provincial Security District of Larache", "Larache provincial police"],
      ["المنطقة الإقليمية للأمن بالعرائش"]),
     ("LOC", "Ksar El Kebir", ["Ksar el-Kebir", "Alcazarquivir", "Al-Qasr al-Kabir"], ["مدينة القصر الكبير", "القصر الكبير"]),
     ("ORG", "High Atlas Foundation", ["HAF", "Fondation du Haut Atlas"], ["مؤسسة الأطلس الكبير"]),
     ("LOC", "Ouazzane Province", ["Ouazzane", "Ouezzane", "Ouezzane Province"], ["إقليم وزان"]),
     ("ORG", "Federation of the Democratic Left", ["FGD", "Fédération de la gauche démocratique"], ["فيدرالية اليسار الديمقراطي"]),
     ("ORG", "Chefchaouen Municipal Council", ["Chefchaouen Communal Council", "Municipal Council of Chefchaouen"],
      ["المجلس الجماعي لشفشاون"]),
     ("LOC", "Ras El Ma", ["Ras El Maa", "Ras el-Ma spring"], ["رأس الماء"]),
     ("ORG", "National Agency for Water and Forests", ["ANEF", "Agence nationale des eaux et forêts"],
      ["الوكالة الوطنية للمياه والغابات"]),
     ("LOC", "Talassemtane National Park", ["Talassemtane", "Parc national de Talassemtane"],
      ["المنتزه الوطني لتلسمطان", "تلسمطان"]),
     ("LOC", "Bab Berred", ["Bab Berred commune"], ["جماعة باب برد", "باب برد"])],
    [("04", "بحث", "Chefchaouen", "2026-06-06"), ("05", "وقعت", "Larache", "2026-06-06"),
     ("14", "وقفة احتجاجية", "Bab Taza", "2026-06-04"), ("10", "وطالب", "Bab Taza", "2026-06-04"),
     ("13", "وهددوا", "Bab Taza", "2026-06-04"), ("17", "وأوقفت", "Ksar El Kebir", "2026-06-05"),
     ("07", "ووزعت", "Ouazzane Province", "2026-06-03"), ("11", "وانتقدت", None, "2026-06-06"),
     ("12", "ورفض", None, "2026-06-06"), ("03", "وأبدت", "Talassemtane National Park", None),
     ("04", "يزور", "Bab Berred", "2026-06-09")])

doc("b19-ar-05-rustaq", "ar", "2026-08-19T08:00:00Z",
    "محافظ جنوب الباطنة يبحث مع السفير التايلندي استزراع الروبيان واتفاقية لإنشاء مزرعة روبيان في بركاء",
    "الرستاق - بحث محافظ جنوب الباطنة مسعود بن سالم الحوسني، أمس الثلاثاء في مكتب المحافظ بولاية الرستاق، مع السفير التايلندي لدى سلطنة عمان تشاتشاوان سيريسومبات فرص التعاون في استزراع الروبيان وتصدير المنتجات الزراعية، بحسب بيان للمحافظة.\n"
    "وقال سيريسومبات إن «تايلند بدأت استزراع الروبيان في برك صغيرة على الساحل، وهي تجربة تناسب سواحلكم تماما»، فيما أوضح الحوسني أن المحافظة خصصت أراضي ساحلية لمشاريع الاستزراع المائي.\n"
    "وفي ولاية بركاء، وقعت شركة تنمية أسماك عمان أمس اتفاقية مع شركة الموج الأزرق للاستزراع المائي لإنشاء مزرعة روبيان على مساحة خمسين هكتارا، بطاقة إنتاجية تبلغ ألفي طن سنويا.\n"
    "وطالب المجلس البلدي لمحافظة شمال الباطنة أمس وزارة الإسكان والتخطيط العمراني العمانية بتسريع توزيع الأراضي السكنية على المواطنين في ولاية شناص، بعد تراكم آلاف الطلبات منذ سنوات.\n"
    "وانتقدت جمعية الصيادين بولاية الخابورة أمس تأخر صرف الدعم المخصص لمحركات القوارب، معتبرة أن «البحر لا ينتظر اللجان».\n"
    "وضبطت قيادة شرطة محافظة شمال الباطنة فجر الاثنين قبالة ساحل ولاية لوى قاربا على متنه 14 متسللا، وأحالتهم إلى الادعاء العام، وفق بيان للشرطة.\n"
    "ووزع فريق صحم الخيري الأحد حقائب مدرسية وقرطاسية على 600 طالب من الأسر المعسرة في ولاية صحم بمحافظة شمال الباطنة.\n"
    "ورحبت جمعية الاستزراع المائي العمانية أمس باتفاقية بركاء، معتبرة أنها «أول مشروع بهذا الحجم على الساحل». وقال رئيس الجمعية إن المشروع سيوفر أكثر من مئتي فرصة عمل للشباب.\n"
    "وأبدت جامعة التقنية والعلوم التطبيقية بالرستاق استعدادها لتدريب الشباب على تقنيات الاستزراع المائي في ولاية نخل.\n"
    "ومن المقرر أن يزور الحوسني ولاية المصنعة الخميس المقبل لتفقد مشروع حماية الشاطئ من التآكل.",
    [("LOC", "South Al Batinah Governorate", ["South Batinah", "Al Batinah South", "South Al Batinah"], ["جنوب الباطنة"]),
     ("LOC", "Al Rustaq", ["Rustaq", "Ar Rustaq", "Wilayat Al Rustaq"], ["الرستاق", "ولاية الرستاق"]),
     ("PERSON", "Masoud bin Salem al-Hosni", ["Masoud al-Hosni", "Masoud bin Salim Al Hosni", "al-Hosni"],
      ["مسعود بن سالم الحوسني", "الحوسني"]),
     ("PERSON", "Chatchawan Sirisombat", ["Sirisombat"], ["تشاتشاوان سيريسومبات", "سيريسومبات"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان"]),
     ("LOC", "Thailand", ["Kingdom of Thailand"], ["تايلند"]),
     ("LOC", "Barka", ["Barka'", "Wilayat Barka"], ["ولاية بركاء", "بركاء"]),
     ("ORG", "Fisheries Development Oman", ["FDO", "Oman Fisheries Development Company"], ["شركة تنمية أسماك عمان"]),
     ("ORG", "Blue Wave Aquaculture Company", ["Blue Wave Aquaculture", "Al Mawj Al Azraq Aquaculture"],
      ["شركة الموج الأزرق للاستزراع المائي"]),
     ("ORG", "North Al Batinah Municipal Council", ["Municipal Council of North Al Batinah", "North Batinah Municipal Council"],
      ["المجلس البلدي لمحافظة شمال الباطنة"]),
     ("ORG", "Ministry of Housing and Urban Planning (Oman)",
      ["Omani Ministry of Housing and Urban Planning", "Ministry of Housing (Oman)"], ["وزارة الإسكان والتخطيط العمراني العمانية"]),
     ("LOC", "Shinas", ["Wilayat Shinas"], ["ولاية شناص", "شناص"]),
     ("ORG", "Al Khaburah Fishermen's Association", ["Khaburah Fishermen's Association", "Fishermen's Association of Al Khaburah"],
      ["جمعية الصيادين بولاية الخابورة"]),
     ("ORG", "North Al Batinah Governorate Police Command", ["North Batinah Police", "North Al Batinah Police Command"],
      ["قيادة شرطة محافظة شمال الباطنة"]),
     ("LOC", "Liwa, Oman", ["Liwa", "Wilayat Liwa"], ["ولاية لوى", "لوى"]),
     ("ORG", "Public Prosecution (Oman)", ["Omani Public Prosecution", "Public Prosecution Oman"], ["الادعاء العام"]),
     ("ORG", "Saham Charity Team", ["Saham Charitable Team", "Fariq Saham al-Khairi"], ["فريق صحم الخيري"]),
     ("LOC", "Saham", ["Saham, Oman", "Wilayat Saham"], ["ولاية صحم", "صحم"]),
     ("LOC", "North Al Batinah Governorate", ["North Batinah", "Al Batinah North", "North Al Batinah"], ["محافظة شمال الباطنة"]),
     ("ORG", "Omani Aquaculture Association", ["Oman Aquaculture Association", "Aquaculture Association of Oman"],
      ["جمعية الاستزراع المائي العمانية"]),
     ("ORG", "University of Technology and Applied Sciences – Rustaq",
      ["UTAS Rustaq", "University of Technology and Applied Sciences Rustaq", "UTAS-Rustaq"],
      ["جامعة التقنية والعلوم التطبيقية بالرستاق"]),
     ("LOC", "Nakhal", ["Nakhl", "Wilayat Nakhal"], ["ولاية نخل", "نخل"]),
     ("LOC", "Al Musannah", ["Musannah", "Wilayat Al Musannah"], ["ولاية المصنعة", "المصنعة"])],
    [("04", "بحث", "Al Rustaq", "2026-08-18"), ("05", "وقعت", "Barka", "2026-08-18"),
     ("10", "وطالب", None, "2026-08-18"), ("11", "وانتقدت", None, "2026-08-18"),
     ("17", "وضبطت", "Liwa, Oman", "2026-08-17"), ("07", "ووزع", "Saham", "2026-08-16"),
     ("05", "ورحبت", None, "2026-08-18"), ("03", "وأبدت", "Nakhal", None),
     ("04", "يزور", "Al Musannah", "2026-08-20")])

doc("b19-ar-06-constantine", "ar", "2026-10-12T08:00:00Z",
    "والي قسنطينة يبحث مع السفير الأوكراني التعاون الجامعي ومكتتبون في السكن يحتجون بالخروب",
    "قسنطينة - بحث والي قسنطينة نور الدين قرفي، أمس الأحد بمقر الولاية، مع السفير الأوكراني لدى الجزائر أولكسندر كوفالينكو فرص التعاون بين جامعات قسنطينة والجامعات الأوكرانية في مجالي الطيران والهندسة الزراعية، بحسب بيان لمصالح الولاية.\n"
    "وقال كوفالينكو خلال اللقاء إن «مئات الطلبة الجزائريين درسوا في خاركيف، وهم اليوم جسر جاهز بين البلدين»، فيما أشار قرفي إلى أن عشرات من هؤلاء الطلبة عادوا لإكمال دراستهم في جامعات الولاية.\n"
    "وفي المدينة الجديدة علي منجلي، وقعت جامعة قسنطينة 3 صالح بوبنيدر أمس اتفاقية مع مجمع صيدال لإنشاء مخبر مشترك للبحث في الأدوية الجنيسة.\n"
    "واحتج مئات من المكتتبين في برنامج السكن الترقوي المدعم السبت الماضي أمام مقر دائرة الخروب، بسبب تأخر تسليم شققهم منذ أربع سنوات. وطالب المحتجون خلال الاحتجاج وزارة السكن والعمران والمدينة الجزائرية بتحديد موعد نهائي للتسليم، مهددين بالاعتصام داخل الورشات المتوقفة. وقال سمير عمار بوالشعير، وهو موظف وأب لثلاثة أطفال، إن «الإيجار يأكل نصف الراتب، والشقة ما زالت هيكلا من الإسمنت». وأضاف بوالشعير أن بعض المكتتبين دفعوا كامل المبلغ منذ 2021.\n"
    "وأوقفت مصالح أمن ولاية قسنطينة فجر الجمعة في بلدية حامة بوزيان خمسة أشخاص ينشطون ضمن شبكة لترويج المؤثرات العقلية، وحجزت أكثر من ثلاثة آلاف قرص مهلوس، وفق بيان لخلية الاتصال.\n"
    "ووزعت جمعية البركة للعمل الخيري الخميس الماضي أدوات مدرسية وألبسة على 400 طفل في بلدية ديدوش مراد.\n"
    "وانتقد حزب جيل جديد أمس في بيان تدهور خدمات النقل الحضري في الولاية، معتبرا أن «المواطن يقضي في الطريق وقتا أطول مما يقضيه في العمل».\n"
    "وأبدت الشركة الوطنية للنقل بالسكك الحديدية استعدادها لتشغيل قطار ضواحي يربط وسط المدينة ببلدية عين سمارة.\n"
    "ومن المقرر أن يزور قرفي بلدية زيغود يوسف الأربعاء المقبل لتدشين مستشفى جديد.",
    [("LOC", "Constantine, Algeria", ["Constantine", "Constantine Province", "Qusantina"], ["قسنطينة"]),
     ("PERSON", "Noureddine Guerfi", ["Nour Eddine Guerfi", "Guerfi"], ["نور الدين قرفي", "قرفي"]),
     ("PERSON", "Oleksandr Kovalenko", ["Alexander Kovalenko", "Kovalenko"], ["أولكسندر كوفالينكو", "كوفالينكو"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("LOC", "Kharkiv", ["Kharkov"], ["خاركيف"]),
     ("LOC", "Ali Mendjeli", ["Ali Mendjeli new town", "Nouvelle ville Ali Mendjeli"], ["المدينة الجديدة علي منجلي", "علي منجلي"]),
     ("ORG", "University of Constantine 3", ["Salah Boubnider University", "University of Constantine 3 Salah Boubnider",
                                             "Constantine 3 University"],
      ["جامعة قسنطينة 3 صالح بوبنيدر", "جامعة قسنطينة 3"]),
     ("ORG", "Saidal", ["Saidal Group", "Groupe Saidal"], ["مجمع صيدال", "صيدال"]),
     ("LOC", "El Khroub", ["Khroub", "El Khroub District"], ["دائرة الخروب", "الخروب"]),
     ("ORG", "Ministry of Housing, Urban Planning and the City (Algeria)",
      ["Algerian Ministry of Housing, Urban Planning and the City", "Algerian Ministry of Housing", "Ministry of Housing (Algeria)"],
      ["وزارة السكن والعمران والمدينة الجزائرية"]),
     ("PERSON", "Samir Ammar Bouchair", ["Samir Bouchair", "Boulchair", "Bouchair"], ["سمير عمار بوالشعير", "بوالشعير"]),
     ("ORG", "Constantine Wilaya Security", ["Constantine Security Services", "Sûreté de wilaya de Constantine", "Constantine Police"],
      ["أمن ولاية قسنطينة"]),
     ("LOC", "Hamma Bouziane", ["El Hamma Bouziane"], ["بلدية حامة بوزيان", "حامة بوزيان"]),
     ("ORG", "El Baraka Charitable Association", ["Association El Baraka", "El Baraka Association"], ["جمعية البركة للعمل الخيري"]),
     ("LOC", "Didouche Mourad", ["Didouche Mourad commune"], ["بلدية ديدوش مراد", "ديدوش مراد"]),
     ("ORG", "Jil Jadid", ["New Generation (Algeria)", "Jil Jadid party"], ["حزب جيل جديد", "جيل جديد"]),
     ("ORG", "SNTF", ["Société nationale des transports ferroviaires", "National Railway Transport Company (Algeria)",
                      "Algerian National Railways"],
      ["الشركة الوطنية للنقل بالسكك الحديدية"]),
     ("LOC", "Aïn Smara", ["Ain Smara"], ["بلدية عين سمارة", "عين سمارة"]),
     ("LOC", "Zighoud Youcef", ["Zighoud Youssef", "Zighoud Youcef commune"], ["بلدية زيغود يوسف", "زيغود يوسف"])],
    [("04", "بحث", "Constantine, Algeria", "2026-10-11"), ("05", "وقعت", "Ali Mendjeli", "2026-10-11"),
     ("14", "واحتج", "El Khroub", "2026-10-10"), ("10", "وطالب", "El Khroub", "2026-10-10"),
     ("13", "مهددين", "El Khroub", "2026-10-10"), ("17", "وأوقفت", "Hamma Bouziane", "2026-10-09"),
     ("07", "ووزعت", "Didouche Mourad", "2026-10-08"), ("11", "وانتقد", None, "2026-10-11"),
     ("03", "وأبدت", "Aïn Smara", None), ("04", "يزور", "Zighoud Youcef", "2026-10-14")])

doc("b19-en-01-gulu", "en", "2026-02-20T08:00:00Z",
    "Gulu mayor meets South Sudanese consul on border delays; boda boda riders protest in Kitgum",
    "GULU, Uganda, Feb 20 (Newsflow) - Gulu City Mayor Alfred Okot Opiyo met South Sudan's consul-general, Peter Lado Wani, in Gulu on Thursday to discuss the delays facing traders at the Elegu border post, the city council said.\n"
    "\"A truck of maize should not take four days to cross a bridge,\" Wani told reporters after the meeting. Okot said some traders had been waiting at the post since the weekend.\n"
    "On Wednesday in Lira, Lira University signed an agreement with the National Agricultural Research Organisation to set up a seed-testing laboratory for sunflower and soybean growers.\n"
    "Hundreds of boda boda riders protested in Kitgum last Friday against a new daily parking fee. During the protest, the Kitgum Boda Boda Riders Association demanded that Kitgum Municipal Council scrap the fee, threatening to keep their motorcycles off the roads for a week if it did not. \"We pay for fuel, for the bike, for the licence, and now for standing still,\" said rider Denis Ocaya, 27.\n"
    "Police arrested five men in Adjumani on Tuesday on suspicion of smuggling fuel from South Sudan, a spokesman for the Uganda Police Force said.\n"
    "The Uganda Red Cross Society distributed seeds and hoes to 600 refugee households in the Palabek settlement on Monday.\n"
    "The Acholi Religious Leaders Peace Initiative criticised the slow pace of land demarcation in Amuru on Thursday, saying boundary disputes were \"turning neighbours into enemies\".\n"
    "Gulu University said it was ready to train extension workers for farmers' groups in Pader.\n"
    "Okot is due to visit Arua next Tuesday to study the city's market redevelopment.",
    [("LOC", "Gulu", ["Gulu City"], ["GULU", "Gulu", "Gulu City"]),
     ("LOC", "Uganda", ["Republic of Uganda"], ["Uganda"]),
     ("PERSON", "Alfred Okot Opiyo", ["Alfred Okot", "Okot"], ["Alfred Okot Opiyo", "Okot"]),
     ("LOC", "South Sudan", ["Republic of South Sudan"], ["South Sudan"]),
     ("PERSON", "Peter Lado Wani", ["Peter Wani", "Wani"], ["Peter Lado Wani", "Wani"]),
     ("LOC", "Elegu", ["Elegu border post", "Elegu border"], ["Elegu"]),
     ("LOC", "Lira", ["Lira City"], ["Lira"]),
     ("ORG", "Lira University", [], ["Lira University"]),
     ("ORG", "National Agricultural Research Organisation", ["NARO", "National Agricultural Research Organization"],
      ["National Agricultural Research Organisation"]),
     ("LOC", "Kitgum", ["Kitgum Municipality"], ["Kitgum"]),
     ("ORG", "Kitgum Boda Boda Riders Association", ["Kitgum Boda Boda Association"], ["Kitgum Boda Boda Riders Association"]),
     ("ORG", "Kitgum Municipal Council", ["Kitgum Municipality"], ["Kitgum Municipal Council"]),
     ("PERSON", "Denis Ocaya", ["Ocaya"], ["Denis Ocaya"]),
     ("LOC", "Adjumani", ["Adjumani District"], ["Adjumani"]),
     ("ORG", "Uganda Police Force", ["Uganda Police", "UPF"], ["Uganda Police Force"]),
     ("ORG", "Uganda Red Cross Society", ["Uganda Red Cross", "URCS"], ["Uganda Red Cross Society"]),
     ("LOC", "Palabek", ["Palabek Refugee Settlement", "Palabek settlement"], ["Palabek"]),
     ("ORG", "Acholi Religious Leaders Peace Initiative", ["ARLPI"], ["Acholi Religious Leaders Peace Initiative"]),
     ("LOC", "Amuru District", ["Amuru"], ["Amuru"]),
     ("ORG", "Gulu University", [], ["Gulu University"]),
     ("LOC", "Pader District", ["Pader"], ["Pader"]),
     ("LOC", "Arua", ["Arua City"], ["Arua"])],
    [("04", "met", "Gulu", "2026-02-19"), ("05", "signed", "Lira", "2026-02-18"),
     ("14", "protested", "Kitgum", "2026-02-13"), ("10", "demanded", "Kitgum", "2026-02-13"),
     ("13", "threatening", "Kitgum", "2026-02-13"), ("17", "arrested", "Adjumani", "2026-02-17"),
     ("07", "distributed", "Palabek", "2026-02-16"), ("11", "criticised", None, "2026-02-19"),
     ("03", "ready", "Pader District", None), ("04", "visit", "Arua", "2026-02-24")])

doc("b19-en-02-christchurch", "en", "2026-07-08T08:00:00Z",
    "Environment Canterbury chair meets Ngāi Tahu leaders over nitrates; nurses rally in Timaru",
    "CHRISTCHURCH, New Zealand, July 8 (Newsflow) - Environment Canterbury chair Fiona Marsden met leaders of Te Rūnanga o Ngāi Tahu in Christchurch on Monday to discuss rising nitrate levels in the region's drinking-water wells, the regional council said.\n"
    "\"Our rivers fed our people long before they fed an irrigation scheme,\" said Wiremu Karaka, who chairs the rūnanga's environment committee, after the meeting. Marsden said nitrate readings had doubled in some wells over ten years.\n"
    "On Tuesday, Lyttelton Port Company signed an agreement with KiwiRail at Lyttelton to run a second daily freight train between the port and its inland hub at Rolleston.\n"
    "About 300 nurses rallied outside the hospital in Timaru last Thursday over staff shortages. At the rally, the New Zealand Nurses Organisation demanded that Health New Zealand fill 40 vacant posts in South Canterbury by the end of the year, threatening strike action if it did not. \"We are running a ward on the staffing of a corridor,\" said nurse Aroha Tipene.\n"
    "Police arrested two men in Ashburton on Sunday after a string of thefts of irrigation equipment from farms, New Zealand Police said.\n"
    "The Christchurch City Mission delivered food parcels to 120 families in Kaikōura on Friday.\n"
    "Federated Farmers criticised the regional council's proposed nitrate limits on Tuesday, calling them \"a tax on the weather\".\n"
    "The University of Canterbury said it was ready to monitor water quality in Lake Ellesmere for three years.\n"
    "Marsden is due to visit Akaroa next Tuesday to meet residents worried about cruise-ship traffic.",
    [("ORG", "Environment Canterbury", ["Canterbury Regional Council", "ECan"], ["Environment Canterbury"]),
     ("ORG", "Te Rūnanga o Ngāi Tahu", ["Ngāi Tahu", "Ngai Tahu", "Te Runanga o Ngai Tahu"], ["Te Rūnanga o Ngāi Tahu", "Ngāi Tahu"]),
     ("LOC", "Timaru", [], ["Timaru"]),
     ("LOC", "Christchurch", [], ["CHRISTCHURCH", "Christchurch"]),
     ("LOC", "New Zealand", ["Aotearoa"], ["New Zealand"]),
     ("PERSON", "Fiona Marsden", ["Marsden"], ["Fiona Marsden", "Marsden"]),
     ("PERSON", "Wiremu Karaka", ["Karaka"], ["Wiremu Karaka"]),
     ("ORG", "Lyttelton Port Company", ["LPC", "Lyttelton Port of Christchurch"], ["Lyttelton Port Company"]),
     ("ORG", "KiwiRail", [], ["KiwiRail"]),
     ("LOC", "Lyttelton", ["Port Lyttelton", "Lyttelton, New Zealand"], ["Lyttelton"]),
     ("LOC", "Rolleston", ["Rolleston, New Zealand"], ["Rolleston"]),
     ("ORG", "New Zealand Nurses Organisation", ["NZNO", "Tōpūtanga Tapuhi Kaitiaki o Aotearoa"], ["New Zealand Nurses Organisation"]),
     ("ORG", "Health New Zealand", ["Te Whatu Ora", "Health NZ"], ["Health New Zealand"]),
     ("LOC", "South Canterbury", [], ["South Canterbury"]),
     ("PERSON", "Aroha Tipene", ["Tipene"], ["Aroha Tipene"]),
     ("LOC", "Ashburton", ["Ashburton, New Zealand"], ["Ashburton"]),
     ("ORG", "New Zealand Police", ["NZ Police"], ["New Zealand Police"]),
     ("ORG", "Christchurch City Mission", ["City Mission"], ["Christchurch City Mission"]),
     ("LOC", "Kaikōura", ["Kaikoura"], ["Kaikōura"]),
     ("ORG", "Federated Farmers", ["Federated Farmers of New Zealand"], ["Federated Farmers"]),
     ("ORG", "University of Canterbury", ["UC", "Canterbury University"], ["University of Canterbury"]),
     ("LOC", "Lake Ellesmere", ["Te Waihora", "Lake Ellesmere / Te Waihora"], ["Lake Ellesmere"]),
     ("LOC", "Akaroa", [], ["Akaroa"])],
    [("04", "met", "Christchurch", "2026-07-06"), ("05", "signed", "Lyttelton", "2026-07-07"),
     ("14", "rallied", "Timaru", "2026-07-02"), ("10", "demanded", "Timaru", "2026-07-02"),
     ("13", "threatening", "Timaru", "2026-07-02"), ("17", "arrested", "Ashburton", "2026-07-05"),
     ("07", "delivered", "Kaikōura", "2026-07-03"), ("11", "criticised", None, "2026-07-07"),
     ("03", "ready", "Lake Ellesmere", None), ("04", "visit", "Akaroa", "2026-07-14")])

doc("b19-en-03-takoradi", "en", "2026-09-06T08:00:00Z",
    "Ghana's Western Region minister meets Axim fishermen; Prestea youth march over road",
    "TAKORADI, Ghana, Sept 6 (Newsflow) - Western Region Minister Kwesi Arthur Mensah met representatives of canoe fishermen from Axim in Takoradi on Saturday to discuss illegal trawling close to the shore, the regional coordinating council said.\n"
    "\"The trawlers come at night and take in one hour what our canoes catch in a month,\" said Kojo Ekow Quansah, chief fisherman of Axim, after the meeting. Mensah said more than 30 canoes had been damaged by trawler nets this year.\n"
    "On Friday, the Ghana Ports and Harbours Authority signed a 15-year concession with Atlantic Marine Services at the Port of Takoradi to build and run a new dry-bulk berth.\n"
    "Hundreds of young people marched through Prestea last Monday over the state of the road to Tarkwa. During the march, the Prestea Youth Association demanded that the Ghana Highway Authority resume work on the abandoned stretch, threatening to block the road to mining trucks if nothing happened within a month. \"Ambulances take three hours to reach Tarkwa,\" said Abena Owusu-Ansah, a trader.\n"
    "The National Anti-Illegal Mining Operations Secretariat (NAIMOS) said its teams arrested 14 people and seized six excavators at an illegal mining site on the Ankobra river near Tarkwa on Thursday.\n"
    "The Ghana Red Cross Society distributed mosquito nets and water filters to 500 households in Shama on Wednesday.\n"
    "The Ghana National Canoe Fishermen Council criticised the Fisheries Commission on Friday over what it called \"paper patrols\" at sea.\n"
    "The University of Mines and Technology said it was ready to help reclaim mined-out land around Prestea.\n"
    "Mensah is due to visit Half Assini next Thursday to inspect a coastal protection project.",
    [("LOC", "Ghana", ["Republic of Ghana"], ["Ghana"]),
     ("LOC", "Western Region (Ghana)", ["Western Region", "Western Region, Ghana"], ["Western Region"]),
     ("LOC", "Axim", [], ["Axim"]),
     ("LOC", "Prestea", [], ["Prestea"]),
     ("LOC", "Takoradi", ["Sekondi-Takoradi"], ["TAKORADI", "Takoradi"]),
     ("PERSON", "Kwesi Arthur Mensah", ["Kwesi Mensah", "Mensah"], ["Kwesi Arthur Mensah", "Mensah"]),
     ("PERSON", "Kojo Ekow Quansah", ["Kojo Quansah", "Quansah"], ["Kojo Ekow Quansah"]),
     ("ORG", "Ghana Ports and Harbours Authority", ["GPHA"], ["Ghana Ports and Harbours Authority"]),
     ("ORG", "Atlantic Marine Services", ["Atlantic Marine Services Ltd"], ["Atlantic Marine Services"]),
     ("LOC", "Port of Takoradi", ["Takoradi Port", "Takoradi Harbour"], ["Port of Takoradi"]),
     ("LOC", "Tarkwa", [], ["Tarkwa"]),
     ("ORG", "Prestea Youth Association", [], ["Prestea Youth Association"]),
     ("ORG", "Ghana Highway Authority", ["GHA"], ["Ghana Highway Authority"]),
     ("PERSON", "Abena Owusu-Ansah", ["Owusu-Ansah"], ["Abena Owusu-Ansah"]),
     ("ORG", "National Anti-Illegal Mining Operations Secretariat", ["NAIMOS"],
      ["National Anti-Illegal Mining Operations Secretariat", "NAIMOS"]),
     ("LOC", "Ankobra River", ["Ankobra", "River Ankobra"], ["Ankobra"]),
     ("ORG", "Ghana Red Cross Society", ["Ghana Red Cross"], ["Ghana Red Cross Society"]),
     ("LOC", "Shama", ["Shama, Ghana"], ["Shama"]),
     ("ORG", "Ghana National Canoe Fishermen Council", ["GNCFC", "National Canoe Fishermen Council"],
      ["Ghana National Canoe Fishermen Council"]),
     ("ORG", "Fisheries Commission (Ghana)", ["Fisheries Commission", "Ghana Fisheries Commission"], ["Fisheries Commission"]),
     ("ORG", "University of Mines and Technology", ["UMaT"], ["University of Mines and Technology"]),
     ("LOC", "Half Assini", [], ["Half Assini"])],
    [("04", "met", "Takoradi", "2026-09-05"), ("05", "signed", "Port of Takoradi", "2026-09-04"),
     ("14", "marched", "Prestea", "2026-08-31"), ("10", "demanded", "Prestea", "2026-08-31"),
     ("13", "threatening", "Prestea", "2026-08-31"), ("17", "arrested", "Ankobra River", "2026-09-03"),
     ("07", "distributed", "Shama", "2026-09-02"), ("11", "criticised", None, "2026-09-04"),
     ("03", "ready", "Prestea", None), ("04", "visit", "Half Assini", "2026-09-10")])

doc("b19-fr-01-charente-maritime", "fr", "2026-03-24T08:00:00Z",
    "Charente-Maritime : la présidente du département reçoit les ostréiculteurs, manifestation pour la maternité de Royan",
    "LA ROCHELLE, 24 mars (Newsflow) - La présidente du conseil départemental de la Charente-Maritime, Sylvie Marchand, a reçu lundi à La Rochelle des représentants des ostréiculteurs du bassin de Marennes-Oléron, touchés par une nouvelle vague de mortalité des huîtres, a indiqué le département.\n"
    "« Sans ses huîtres, Marennes ne serait plus Marennes », a déclaré Mme Marchand à l'issue de la rencontre.\n"
    "Lundi également, à Rochefort, La Rochelle Université a signé avec la communauté d'agglomération Rochefort Océan une convention pour créer un laboratoire d'étude des marais littoraux.\n"
    "A Royan, environ 2 000 personnes ont manifesté mardi dernier contre la fermeture nocturne de la maternité de l'hôpital. Lors du rassemblement, le comité de défense de l'hôpital de Royan a exigé de l'agence régionale de santé Nouvelle-Aquitaine le maintien des accouchements la nuit, menaçant de bloquer les routes d'accès à la ville pendant le week-end de Pâques. « Ma fille devra-t-elle accoucher dans une ambulance sur la route de Saintes ? », a lancé Claire Dufresne, infirmière à Royan depuis vingt ans.\n"
    "Les gendarmes ont interpellé dimanche à Saint-Pierre-d'Oléron trois hommes soupçonnés de vols de matériel ostréicole, a annoncé le parquet de La Rochelle.\n"
    "La Croix-Rouge française a distribué vendredi des colis alimentaires à 200 familles de Saintes.\n"
    "Les Écologistes ont dénoncé lundi l'extension d'un élevage porcin près de Surgères.\n"
    "L'Office français de la biodiversité s'est dit prêt à financer la restauration des prairies humides du marais de Brouage.\n"
    "Mme Marchand est attendue jeudi prochain sur l'île de Ré pour inaugurer une piste cyclable.",
    [("LOC", "Charente-Maritime", ["Charente-Maritime department"], ["Charente-Maritime"]),
     ("LOC", "Royan", [], ["Royan"]),
     ("LOC", "La Rochelle", [], ["LA ROCHELLE", "La Rochelle"]),
     ("ORG", "Departmental Council of Charente-Maritime",
      ["Conseil départemental de la Charente-Maritime", "Charente-Maritime departmental council"],
      ["conseil départemental de la Charente-Maritime"]),
     ("PERSON", "Sylvie Marchand", ["Marchand"], ["Sylvie Marchand", "Marchand"]),
     ("LOC", "Marennes-Oléron", ["Marennes-Oléron basin", "Bassin de Marennes-Oléron"], ["Marennes-Oléron"]),
     ("LOC", "Marennes", ["Marennes-Hiers-Brouage"], ["Marennes"]),
     ("LOC", "Rochefort, Charente-Maritime", ["Rochefort", "Rochefort-sur-Mer"], ["Rochefort"]),
     ("ORG", "La Rochelle University", ["La Rochelle Université", "University of La Rochelle", "Université de La Rochelle"],
      ["La Rochelle Université"]),
     ("ORG", "Communauté d'agglomération Rochefort Océan", ["Rochefort Océan", "CARO"],
      ["communauté d'agglomération Rochefort Océan"]),
     ("ORG", "Comité de défense de l'hôpital de Royan", ["Royan Hospital Defence Committee"],
      ["comité de défense de l'hôpital de Royan"]),
     ("ORG", "Agence régionale de santé Nouvelle-Aquitaine", ["ARS Nouvelle-Aquitaine", "Nouvelle-Aquitaine Regional Health Agency"],
      ["agence régionale de santé Nouvelle-Aquitaine"]),
     ("LOC", "Saintes", [], ["Saintes"]),
     ("PERSON", "Claire Dufresne", ["Dufresne"], ["Claire Dufresne"]),
     ("LOC", "Saint-Pierre-d'Oléron", [], ["Saint-Pierre-d'Oléron"]),
     ("ORG", "Parquet de La Rochelle", ["La Rochelle prosecutor's office"], ["parquet de La Rochelle"]),
     ("ORG", "French Red Cross", ["Croix-Rouge française", "French Red Cross Society"], ["Croix-Rouge française"]),
     ("ORG", "Les Écologistes", ["Europe Écologie Les Verts", "EELV", "The Ecologists"], ["Les Écologistes"]),
     ("LOC", "Surgères", [], ["Surgères"]),
     ("ORG", "Office français de la biodiversité", ["OFB", "French Biodiversity Agency", "French Office for Biodiversity"],
      ["Office français de la biodiversité"]),
     ("LOC", "Brouage marsh", ["Marais de Brouage", "Brouage"], ["marais de Brouage"]),
     ("LOC", "Île de Ré", ["Ile de Ré", "Ré"], ["île de Ré"])],
    [("04", "reçu", "La Rochelle", "2026-03-23"), ("05", "signé", "Rochefort, Charente-Maritime", "2026-03-23"),
     ("14", "manifesté", "Royan", "2026-03-17"), ("10", "exigé", "Royan", "2026-03-17"),
     ("13", "menaçant", "Royan", "2026-03-17"), ("17", "interpellé", "Saint-Pierre-d'Oléron", "2026-03-22"),
     ("07", "distribué", "Saintes", "2026-03-20"), ("11", "dénoncé", None, "2026-03-23"),
     ("03", "prêt", "Brouage marsh", None), ("04", "attendue", "Île de Ré", "2026-03-26")])

doc("b19-fr-02-haute-savoie", "fr", "2026-11-05T08:00:00Z",
    "Haute-Savoie : le département reçoit les frontaliers, les salariés du décolletage manifestent à Cluses",
    "ANNECY, 5 novembre (Newsflow) - Le président du conseil départemental de la Haute-Savoie, Bernard Cottet, a reçu mercredi à Annecy des représentants des travailleurs frontaliers, inquiets d'un projet de hausse de leurs cotisations d'assurance maladie, a indiqué le département.\n"
    "« Les frontaliers font vivre nos communes, ils ne sont pas une vache à lait », a déclaré M. Cottet à l'issue de l'entretien.\n"
    "Mercredi également, à Chamonix, la Compagnie du Mont-Blanc a signé avec Météo-France une convention pour mesurer la fonte de la Mer de Glace et adapter l'exploitation du train du Montenvers.\n"
    "A Cluses, quelque 400 salariés des entreprises de décolletage de la vallée de l'Arve ont manifesté samedi contre la multiplication des plans sociaux. Lors de la manifestation, l'union syndicale Solidaires de la Haute-Savoie a exigé de la préfecture de la Haute-Savoie la tenue d'une table ronde sur l'avenir de la filière, menaçant d'appeler à une grève générale dans la vallée. « On fabrique des pièces pour les voitures du monde entier, et on nous traite comme une variable d'ajustement », a déclaré Nathalie Perrillat, régleuse à Cluses depuis vingt ans.\n"
    "Les douaniers ont interpellé mardi à Saint-Julien-en-Genevois deux hommes qui transportaient 40 kilos de résine de cannabis, a annoncé le parquet de Thonon-les-Bains.\n"
    "La Banque alimentaire de Haute-Savoie a distribué lundi des colis à 150 familles d'Annemasse.\n"
    "L'association Respire a dénoncé mercredi la pollution aux particules fines dans la vallée de l'Arve, où « respirer coûte plus cher que fumer ».\n"
    "La communauté de communes Pays du Mont-Blanc s'est dite prête à financer des navettes gratuites vers Chamonix.\n"
    "M. Cottet est attendu jeudi prochain à Évian-les-Bains pour inaugurer un collège.",
    [("LOC", "Haute-Savoie", ["Haute-Savoie department", "Upper Savoy"], ["Haute-Savoie"]),
     ("LOC", "Cluses", [], ["Cluses"]),
     ("LOC", "Annecy", [], ["ANNECY", "Annecy"]),
     ("ORG", "Departmental Council of Haute-Savoie",
      ["Conseil départemental de la Haute-Savoie", "Haute-Savoie departmental council"],
      ["conseil départemental de la Haute-Savoie"]),
     ("PERSON", "Bernard Cottet", ["Cottet"], ["Bernard Cottet", "Cottet"]),
     ("LOC", "Chamonix", ["Chamonix-Mont-Blanc"], ["Chamonix"]),
     ("ORG", "Compagnie du Mont-Blanc", ["CMB"], ["Compagnie du Mont-Blanc"]),
     ("ORG", "Météo-France", ["Meteo-France", "Météo France"], ["Météo-France"]),
     ("LOC", "Mer de Glace", ["Mer de Glace glacier"], ["Mer de Glace"]),
     ("LOC", "Montenvers", ["Montenvers railway", "Montenvers station"], ["Montenvers"]),
     ("LOC", "Arve Valley", ["Vallée de l'Arve", "Arve"], ["vallée de l'Arve"]),
     ("ORG", "Union syndicale Solidaires de la Haute-Savoie", ["Solidaires", "Union syndicale Solidaires", "Solidaires 74"],
      ["union syndicale Solidaires de la Haute-Savoie", "Solidaires"]),
     ("ORG", "Prefecture of Haute-Savoie", ["Préfecture de la Haute-Savoie", "Haute-Savoie prefecture"],
      ["préfecture de la Haute-Savoie"]),
     ("PERSON", "Nathalie Perrillat", ["Perrillat"], ["Nathalie Perrillat"]),
     ("LOC", "Saint-Julien-en-Genevois", [], ["Saint-Julien-en-Genevois"]),
     ("ORG", "Parquet de Thonon-les-Bains", ["Thonon-les-Bains prosecutor's office"], ["parquet de Thonon-les-Bains"]),
     ("ORG", "Banque alimentaire de Haute-Savoie", ["Haute-Savoie Food Bank"], ["Banque alimentaire de Haute-Savoie"]),
     ("LOC", "Annemasse", [], ["Annemasse"]),
     ("ORG", "Respire", ["Association Respire", "Respire association"], ["Respire"]),
     ("ORG", "Communauté de communes Pays du Mont-Blanc", ["Pays du Mont-Blanc", "CCPMB"],
      ["communauté de communes Pays du Mont-Blanc"]),
     ("LOC", "Évian-les-Bains", ["Evian-les-Bains", "Évian"], ["Évian-les-Bains"])],
    [("04", "reçu", "Annecy", "2026-11-04"), ("05", "signé", "Chamonix", "2026-11-04"),
     ("14", "manifesté", "Cluses", "2026-10-31"), ("10", "exigé", "Cluses", "2026-10-31"),
     ("13", "menaçant", "Cluses", "2026-10-31"), ("17", "interpellé", "Saint-Julien-en-Genevois", "2026-11-03"),
     ("07", "distribué", "Annemasse", "2026-11-02"), ("11", "dénoncé", None, "2026-11-04"),
     ("03", "prête", "Chamonix", None), ("04", "attendu", "Évian-les-Bains", "2026-11-12")])

doc("b19-fr-03-kaolack", "fr", "2026-04-25T08:00:00Z",
    "Sénégal : le gouverneur de Kaolack reçoit les producteurs d'arachide, manifestation à Nioro du Rip",
    "KAOLACK (Sénégal), 25 avril (Newsflow) - Le gouverneur de la région de Kaolack, Mamadou Lamine Sarr, a reçu vendredi à Kaolack des représentants des producteurs d'arachide, qui n'ont toujours pas été payés pour leurs livraisons de la dernière campagne, a indiqué la gouvernance.\n"
    "« Un paysan qui vend à crédit ne peut pas acheter ses semences au comptant », a déclaré M. Sarr à l'issue de la rencontre.\n"
    "Jeudi, à Kaffrine, la Sonacos a signé avec le Comité national interprofessionnel de l'arachide (CNIA) une convention pour préfinancer la collecte des graines auprès des coopératives.\n"
    "A Nioro du Rip, plusieurs centaines de producteurs ont manifesté mardi dernier contre le retard de paiement de leurs bons. Lors de la marche, le Cadre national de concertation des ruraux (CNCR) a exigé du ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage le règlement des arriérés avant l'hivernage, menaçant de boycotter la prochaine campagne de commercialisation. « On a livré en décembre, on est en avril, et nos enfants ont été renvoyés de l'école faute de frais », a déclaré Khady Ndour, productrice dans un village voisin.\n"
    "Les gendarmes ont interpellé mercredi au poste frontière de Keur Ayib quatre hommes qui tentaient de faire passer en Gambie 30 tonnes d'arachide non déclarées, a annoncé la gendarmerie.\n"
    "La Croix-Rouge sénégalaise a distribué lundi des vivres et des semences à 300 ménages de Guinguinéo.\n"
    "Le Forum civil a dénoncé vendredi l'opacité de la distribution des semences subventionnées.\n"
    "L'Institut sénégalais de recherches agricoles (Isra) s'est dit prêt à fournir des semences certifiées aux producteurs de Nioro du Rip.\n"
    "M. Sarr est attendu jeudi prochain à Kahone pour inaugurer un centre de stockage.",
    [("LOC", "Senegal", ["Republic of Senegal", "Sénégal"], ["Sénégal"]),
     ("LOC", "Kaolack", [], ["KAOLACK", "Kaolack"]),
     ("LOC", "Kaolack Region", ["Région de Kaolack"], ["région de Kaolack"]),
     ("PERSON", "Mamadou Lamine Sarr", ["Sarr"], ["Mamadou Lamine Sarr", "Sarr"]),
     ("LOC", "Nioro du Rip", ["Nioro"], ["Nioro du Rip"]),
     ("LOC", "Kaffrine", [], ["Kaffrine"]),
     ("ORG", "Sonacos", ["SONACOS", "Société nationale de commercialisation des oléagineux du Sénégal"], ["Sonacos"]),
     ("ORG", "Comité national interprofessionnel de l'arachide", ["CNIA", "National Interprofessional Groundnut Committee"],
      ["Comité national interprofessionnel de l'arachide", "CNIA"]),
     ("ORG", "Cadre national de concertation des ruraux", ["CNCR", "National Council for Rural Dialogue and Cooperation"],
      ["Cadre national de concertation des ruraux", "CNCR"]),
     ("ORG", "Ministry of Agriculture, Food Sovereignty and Livestock (Senegal)",
      ["Ministry of Agriculture (Senegal)", "Senegalese Ministry of Agriculture",
       "Ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage"],
      ["ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage"]),
     ("PERSON", "Khady Ndour", ["Ndour"], ["Khady Ndour"]),
     ("LOC", "Keur Ayib", ["Keur Ayip"], ["Keur Ayib"]),
     ("LOC", "Gambia", ["The Gambia", "Republic of The Gambia"], ["Gambie"]),
     ("ORG", "Senegalese Red Cross", ["Croix-Rouge sénégalaise", "Senegalese Red Cross Society"], ["Croix-Rouge sénégalaise"]),
     ("LOC", "Guinguinéo", ["Guinguineo"], ["Guinguinéo"]),
     ("ORG", "Forum civil", ["Forum Civil", "Civil Forum (Senegal)"], ["Forum civil"]),
     ("ORG", "Institut sénégalais de recherches agricoles", ["ISRA", "Senegalese Agricultural Research Institute"],
      ["Institut sénégalais de recherches agricoles", "Isra"]),
     ("LOC", "Kahone", [], ["Kahone"])],
    [("04", "reçu", "Kaolack", "2026-04-24"), ("05", "signé", "Kaffrine", "2026-04-23"),
     ("14", "manifesté", "Nioro du Rip", "2026-04-21"), ("10", "exigé", "Nioro du Rip", "2026-04-21"),
     ("13", "menaçant", "Nioro du Rip", "2026-04-21"), ("17", "interpellé", "Keur Ayib", "2026-04-22"),
     ("07", "distribué", "Guinguinéo", "2026-04-20"), ("11", "dénoncé", None, "2026-04-24"),
     ("03", "prêt", "Nioro du Rip", None), ("04", "attendu", "Kahone", "2026-04-30")])

write("blind19.jsonl")
