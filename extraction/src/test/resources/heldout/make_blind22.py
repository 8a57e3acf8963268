# Writes blind22.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers and envoys meeting and visiting, agreements, clashes, air strikes and attacks, arrests, a tanker
# seizure, tear gas and a prison sentence, protests, labour strikes and sit-ins, demands, threats, rejections,
# criticism, aid and offers. Arabic, the weakest language, has the larger sample: Lebanon's south (army brigades in
# Hasbaya district, a joint patrol with the ceasefire committee, the government and the port of Chekka, the Kataeb),
# Tunisia's Zaghouan (a secondary teachers' union, the governor, the Zaghouan court), Somalia's Galmudug against the
# federal Danab forces and interior ministry (Adado, al-Shabaab near El Buur, aid at Hobyo port), Bahrain (the
# Council of Representatives, the labour ministry, ASRY after شركة, an Indian minister of state), Iran (Turkey's
# foreign minister in Bandar Abbas, Hormozgan, the Strait of Hormuz, Qeshm, Jask) and Vietnam told in Arabic (its
# president, coast guard and foreign ministry, the Paracel Islands, Ly Son island); English: Haiti's police and the
# Gran Grif gang in the Artibonite (Pont-Sondé, Saint-Marc), Kenyan opposition protests (Nyeri, Machakos), Papua
# New Guinea's Wafi-Golpu mine deal (Morobe, Wau, Bulolo); French: Mali's National Guard and the Islamic State
# Sahel Province (Ménaka), protests against QMM in Madagascar's Anosy region, a public-sector strike in Ticino with
# the Swiss Federal Council and unions. People, bodies and places are none of those named as gold in dev.jsonl or
# the other sets here (checked with overlap.py; the only hits are countries and al-Shabaab, which the brief asked
# for; listed in heldout/README.md). Real public figures in plausible public roles as of late 2026; other officials
# and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind22.py
from gold import doc, write

doc("b22-ar-01-lebanon-hasbaya", "ar", "2026-11-25T09:00:00Z",
    "اللواء السابع ينتشر في بلدات جديدة بقضاء حاصبيا والحكومة تقر توسيع مرفأ شكا",
    "حاصبيا - انتشرت وحدات من اللواء السابع وفوج التدخل الخامس، أمس الثلاثاء، في بلدات كفرشوبا وكفرحمام والهبارية في قضاء حاصبيا جنوبي البلاد، في إطار خطة بسط سلطة الدولة جنوب نهر الليطاني، ونفذت الوحدات دورية مشتركة مع لجنة مراقبة وقف الأعمال العدائية على أطراف كفرشوبا.\n"
    "وقال قائد اللواء السابع العميد جورج الحلو في تصريح من حاصبيا إن «الجيش لن يسمح بوجود أي سلاح خارج سلطة الدولة في منطقة عملياته»، مشيرا إلى أن الانتشار سيشمل بلدات كفركلا ودير ميماس وبرج الملوك خلال الأسابيع المقبلة.\n"
    "وفي جلستها الأسبوعية أمس، أقرت الحكومة اللبنانية خطة لتوسيع مرفأ شكا في قضاء البترون وتحويله إلى مرفأ لتصدير الإسمنت والمنتجات الصناعية، بكلفة تقدر بنحو 60 مليون دولار.\n"
    "وانتقد حزب الكتائب اللبنانية أمس ما وصفه بـ«البطء» في تنفيذ حصر السلاح، وطالب رئيسه النائب سامي الجميل الحكومة أمس بجدول زمني معلن لتسليم السلاح غير الشرعي قبل نهاية العام.\n"
    "في المقابل، رفضت كتلة الوفاء للمقاومة في بيان أمس أي «مهل مفروضة من الخارج»، معتبرة أن الأولوية هي لانسحاب إسرائيل من النقاط التي تحتلها في الجنوب.\n"
    "ميدانيا، شنت مسيرة إسرائيلية فجر الثلاثاء غارة على سيارة قرب بلدة الهبارية، ما أدى إلى مقتل شخص وإصابة آخر، وفق الوكالة الوطنية للإعلام.\n"
    "ومن المقرر أن يستقبل وزير الدفاع ميشال منسى في مكتبه باليرزة الخميس المقبل وفدا من لجنة مراقبة وقف الأعمال العدائية، لبحث تثبيت الانتشار في القطاع الشرقي.",
    [("LOC", "Hasbaya", ["Hasbaya District", "Hasbaiya", "Hasbaya Caza"], ["قضاء حاصبيا", "حاصبيا"]),
     ("ORG", "7th Infantry Brigade (Lebanon)", ["Seventh Brigade", "7th Brigade", "Lebanese Army 7th Brigade"],
      ["اللواء السابع"]),
     ("ORG", "5th Intervention Regiment (Lebanon)", ["Fifth Intervention Regiment", "5th Intervention Regiment"],
      ["فوج التدخل الخامس"]),
     ("LOC", "Kfarchouba", ["Kfar Shouba", "Kfarshouba", "Kafr Shuba"], ["كفرشوبا"]),
     ("LOC", "Kfarhamam", ["Kfar Hamam", "Kafr Hamam"], ["كفرحمام"]),
     ("LOC", "Hebbariyeh", ["Al-Habbariyah", "Hebbarieh", "Habbariyeh"], ["الهبارية"]),
     ("LOC", "Litani River", ["Litani", "Leontes"], ["نهر الليطاني"]),
     ("ORG", "Ceasefire Monitoring Committee", ["ceasefire mechanism committee", "Mechanism committee",
                                                "Cessation of Hostilities Monitoring Committee"],
      ["لجنة مراقبة وقف الأعمال العدائية"]),
     ("PERSON", "George al-Helou", ["Georges Helou", "George Helou", "Georges al-Hilu"], ["جورج الحلو"]),
     ("LOC", "Kfarkela", ["Kfar Kila", "Kafr Kila", "Kfarkila"], ["كفركلا"]),
     ("LOC", "Deir Mimas", ["Dayr Mimas", "Deir Mimess"], ["دير ميماس"]),
     ("LOC", "Burj al-Muluk", ["Borj el-Mlouk", "Burj al Mulouk", "Borj al-Moulouk"], ["برج الملوك"]),
     ("ORG", "Government of Lebanon", ["Lebanese government", "Lebanese Government"], ["الحكومة اللبنانية"]),
     ("LOC", "Port of Chekka", ["Chekka port", "Chekka"], ["مرفأ شكا"]),
     ("LOC", "Batroun District", ["Batroun", "Batroun Caza"], ["قضاء البترون"]),
     ("ORG", "Kataeb Party", ["Kataeb", "Lebanese Kataeb Party", "Phalanges", "Lebanese Phalanges Party"],
      ["حزب الكتائب اللبنانية"]),
     ("PERSON", "Sami Gemayel", ["Sami al-Jumayyil", "Gemayel"], ["سامي الجميل"]),
     ("ORG", "Loyalty to the Resistance Bloc", ["Loyalty to the Resistance", "Wafa lil-Muqawama bloc"],
      ["كتلة الوفاء للمقاومة"]),
     ("LOC", "Israel", ["State of Israel"], ["إسرائيل"]),
     ("ORG", "National News Agency (Lebanon)", ["NNA", "National News Agency", "Lebanese National News Agency"],
      ["الوكالة الوطنية للإعلام"]),
     ("PERSON", "Michel Menassa", ["Michel Mnassa", "Michel Menassah"], ["ميشال منسى"]),
     ("LOC", "Yarzeh", ["Yarze", "Al-Yarzeh"], ["اليرزة"])],
    [("06", "دورية مشتركة", "Kfarchouba", "2026-11-24"), ("11", "وانتقد", None, "2026-11-24"),
     ("10", "وطالب", None, "2026-11-24"), ("12", "رفضت", None, "2026-11-24"),
     ("19", "غارة", "Hebbariyeh", "2026-11-24"), ("04", "يستقبل", "Yarzeh", "2026-11-26")])

doc("b22-ar-02-zaghouan-teachers", "ar", "2026-11-20T10:00:00Z",
    "إضراب لأساتذة التعليم الثانوي في زغوان ونقابتهم تهدد بإضراب مفتوح",
    "زغوان - نفذ أساتذة التعليم الثانوي في ولاية زغوان، أمس الخميس، إضرابا حضوريا شمل معاهد الفحص وبئر مشارقة والزريبة وصواف، بدعوة من الجامعة العامة للتعليم الثانوي، احتجاجا على تدهور البنية التحتية للمؤسسات التربوية ونقص الإطار التربوي في المناطق الداخلية.\n"
    "وقال عضو المكتب التنفيذي للجامعة محمد الصافي إن نسبة المشاركة في الإضراب بلغت 87 بالمئة، وإن «عشرات الأقسام بقيت دون أساتذة منذ بداية السنة الدراسية».\n"
    "وطالب الكاتب العام للجامعة لسعد الماجري أمس وزارة التربية التونسية بانتداب أساتذة لسد الشغورات قبل نهاية الثلاثي الأول، وهدد بـ«إضراب مفتوح» إذا لم تفتح الوزارة باب التفاوض قبل العطلة.\n"
    "في المقابل، رفضت وزارة التربية في بلاغ أمس ما وصفته بـ«الزج بالتلاميذ في التجاذبات النقابية»، مؤكدة أن الانتدابات تخضع لقانون المالية وأن المفاوضات «لم تنقطع».\n"
    "واستقبل والي زغوان عماد الفرشيشي أمس وفدا نقابيا بمقر الولاية، وتعهد بإحالة مطالبهم إلى الوزارة في أقرب الآجال.\n"
    "وفي مدينة الفحص، تظاهر عشرات من السكان الأربعاء الماضي أمام مقر المعتمدية احتجاجا على انقطاع الماء الصالح للشرب منذ أسبوعين، ورددوا شعارات تطالب بالتنمية والتشغيل.\n"
    "وفي سياق متصل، قضت المحكمة الابتدائية بزغوان أمس بسجن ناشط نقابي ستة أشهر بتهمة «تعطيل حرية العمل»، وهو ما انتقدته جمعية النساء الديمقراطيات واعتبرته «تضييقا على العمل النقابي».\n"
    "وتعتزم النقابة تنفيذ وقفة احتجاجية أمام مقر ولاية زغوان الثلاثاء المقبل، بالتزامن مع زيارة مرتقبة لوفد من الوزارة إلى الجهة.",
    [("LOC", "Zaghouan Governorate", ["Zaghouan", "Zaghwan"], ["ولاية زغوان", "زغوان"]),
     ("LOC", "El Fahs", ["Fahs", "Al Fahs"], ["الفحص"]),
     ("LOC", "Bir Mcherga", ["Bir Mchergua", "Bir Mashariqa"], ["بئر مشارقة"]),
     ("LOC", "Zriba", ["Ez Zriba", "Zeriba"], ["الزريبة"]),
     ("LOC", "Saouaf", ["Sawaf", "Saouef"], ["صواف"]),
     ("PERSON", "Mohamed al-Safi", ["Mohamed Safi", "Mohamed Essafi", "Muhammad al-Safi"], ["محمد الصافي"]),
     ("ORG", "General Federation of Secondary Education", ["General Union of Secondary Education",
                                                           "Secondary Education Federation"],
      ["الجامعة العامة للتعليم الثانوي"]),
     ("PERSON", "Lassaad al-Majri", ["Lassaad Majri", "Lasaad El Majri", "Lassad al-Majri"], ["لسعد الماجري"]),
     ("ORG", "Ministry of Education (Tunisia)", ["Tunisian Ministry of Education", "Tunisian Education Ministry"],
      ["وزارة التربية التونسية", "وزارة التربية"]),
     ("PERSON", "Imed Ferchichi", ["Imad al-Farshishi", "Imed Frichichi"], ["عماد الفرشيشي"]),
     ("ORG", "Court of First Instance of Zaghouan", ["Zaghouan Court of First Instance", "Zaghouan court"],
      ["المحكمة الابتدائية بزغوان"]),
     ("ORG", "Tunisian Association of Democratic Women", ["ATFD", "Association tunisienne des femmes démocrates"],
      ["جمعية النساء الديمقراطيات"])],
    [("14", "إضرابا", "Zaghouan Governorate", "2026-11-19"), ("10", "وطالب", None, "2026-11-19"),
     ("13", "وهدد", None, None), ("12", "رفضت", None, "2026-11-19"),
     ("04", "واستقبل", "Zaghouan Governorate", "2026-11-19"), ("14", "تظاهر", "El Fahs", "2026-11-18"),
     ("17", "بسجن", "Zaghouan Governorate", "2026-11-19"), ("11", "انتقدته", None, "2026-11-19"),
     ("14", "وقفة احتجاجية", "Zaghouan Governorate", "2026-11-24")])

doc("b22-ar-03-galmudug", "ar", "2026-11-27T08:00:00Z",
    "اشتباكات بين قوات دنب وقوات غلمدغ في عدادو وهجوم لحركة الشباب قرب عيل بور",
    "دوسمريب - اندلعت أمس الخميس اشتباكات عنيفة بين قوات دنب الخاصة الفيدرالية وقوات ولاية غلمدغ في مدينة عدادو وسط البلاد، ما أسفر عن مقتل سبعة جنود على الأقل، بحسب مصادر محلية، وذلك على خلفية خلاف حول إدارة المطار المحلي.\n"
    "واتهم وزير الأمن في غلمدغ يوسف حسين عثمان أمس وزارة الداخلية الصومالية بـ«إرسال قوات لزعزعة استقرار الولاية»، وطالب بسحب قوات دنب فورا من عدادو، فيما أفاد سكان بأن المعارك أجبرت مئات الأسر على النزوح باتجاه مدينة جريعيل.\n"
    "ورفضت الوزارة الاتهامات في بيان أمس، مؤكدة أن القوات أرسلت «لتأمين الطرق من تسلل عناصر حركة الشباب» وأنها تعمل بالتنسيق مع السلطات المحلية.\n"
    "وفي إقليم جلجدود، هاجم مسلحون من حركة الشباب فجر الأربعاء قاعدة عسكرية قرب بلدة عيل بور، واندلعت معارك استمرت ساعات قبل أن تصد القوات المهاجمين، وفق ما أعلنه رئيس غلمدغ أحمد عبدي كاريه (قورقور).\n"
    "وأدانت بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) الهجوم في بيان، وحثت الطرفين على «توحيد الجهود ضد الإرهاب» بدلا من التنازع على النفوذ.\n"
    "من جهة أخرى، وصلت أمس إلى ميناء هوبيو سفينة تحمل 800 طن من المساعدات الغذائية والأدوية قدمتها الوكالة التركية للتعاون والتنسيق (تيكا) للنازحين من مناطق القتال.\n"
    "ومن المقرر أن يلتقي قورقور ووزير الداخلية الفيدرالي علي يوسف حوش في مدينة جيجيكا الإثيوبية الأحد المقبل، في محاولة لاحتواء الأزمة بوساطة إثيوبية.",
    [("LOC", "Dusmareb", ["Dhusamareb", "Dhuusamarreeb", "Dusa Mareb"], ["دوسمريب"]),
     ("ORG", "Danab Brigade", ["Danab", "Danab special forces", "Danab Advanced Infantry Brigade"], ["قوات دنب", "دنب"]),
     ("LOC", "Galmudug", ["Galmudug State", "Galmudug state"], ["ولاية غلمدغ", "غلمدغ"]),
     ("ORG", "Galmudug Security Forces", ["Galmudug forces", "Galmudug State forces", "Galmudug Darwish forces"],
      ["قوات ولاية غلمدغ"]),
     ("LOC", "Adado", ["Cadaado", "Adaado"], ["مدينة عدادو", "عدادو"]),
     ("LOC", "Guriel", ["Guriceel", "Guri El", "Guricel"], ["مدينة جريعيل", "جريعيل"]),
     ("PERSON", "Yusuf Hussein Osman", ["Yusuf Xuseen Cismaan"], ["يوسف حسين عثمان"]),
     ("ORG", "Ministry of Interior (Somalia)", ["Somali Ministry of Interior",
                                               "Ministry of Interior, Federal Affairs and Reconciliation",
                                               "Somali Interior Ministry"], ["وزارة الداخلية الصومالية"]),
     ("ORG", "Al-Shabaab", ["al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"], ["حركة الشباب"]),
     ("LOC", "Galguduud", ["Galgudud", "Galguduud region"], ["إقليم جلجدود"]),
     ("LOC", "El Buur", ["Ceel Buur", "El Bur", "Elbur"], ["بلدة عيل بور", "عيل بور"]),
     ("PERSON", "Ahmed Abdi Karie", ["Ahmed Abdi Karie Qoorqoor", "Qoorqoor", "Ahmed Abdi Kariye"],
      ["أحمد عبدي كاريه (قورقور)", "أحمد عبدي كاريه", "قورقور"]),
     ("ORG", "African Union Support and Stabilization Mission in Somalia", ["AUSSOM", "AU mission in Somalia"],
      ["بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم)",
       "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "أوصوم"]),
     ("LOC", "Port of Hobyo", ["Hobyo port", "Hobyo", "Obbia"], ["ميناء هوبيو"]),
     ("ORG", "Turkish Cooperation and Coordination Agency", ["TIKA", "TİKA"],
      ["الوكالة التركية للتعاون والتنسيق (تيكا)", "الوكالة التركية للتعاون والتنسيق", "تيكا"]),
     ("PERSON", "Ali Yusuf Hosh", ["Ali Yusuf Ali Hosh", "Cali Yuusuf Xoosh"], ["علي يوسف حوش"]),
     ("LOC", "Jijiga", ["Jigjiga"], ["جيجيكا"])],
    [("19", "اشتباكات", "Adado", "2026-11-26"), ("11", "واتهم", None, "2026-11-26"),
     ("10", "وطالب", None, "2026-11-26"), ("12", "ورفضت", None, "2026-11-26"),
     ("19", "هاجم", "El Buur", "2026-11-25"), ("11", "وأدانت", None, None),
     ("07", "قدمتها", "Port of Hobyo", "2026-11-26"), ("04", "يلتقي", "Jijiga", "2026-11-29")])

doc("b22-ar-04-bahrain-asry", "ar", "2026-11-17T09:30:00Z",
    "مجلس النواب البحريني يطالب بوقف تسريح عمال في «أسري» ووزير المالية يبحث مع وزير هندي التعاون البحري",
    "مدينة عيسى - طالب مجلس النواب البحريني، في جلسته الأسبوعية أمس الاثنين، وزارة العمل البحرينية بالتدخل لوقف خطة شركة البحرين لإصلاح السفن والهندسة (أسري) لتسريح 140 عاملا بحرينيا، وإلزام الشركة بإعادة تأهيلهم ونقلهم إلى وظائف أخرى بدلا من الاستغناء عنهم.\n"
    "وانتقد النائب عبدالنبي سلمان خلال الجلسة ما وصفه بـ«صمت» الوزارة، مشيرا إلى أن عشرات العمال اعتصموا الأحد الماضي أمام المدخل الرئيسي لحوض الشركة للمطالبة بضمانات مكتوبة تحفظ حقوقهم.\n"
    "ورفضت شركة أسري في بيان أمس «الاتهامات بالتمييز»، مؤكدة أن إعادة الهيكلة «تفرضها ظروف السوق»، وأبدت استعدادها لتقديم تعويضات مجزية وبرامج تدريب للعمال المتأثرين. وقالت غرفة تجارة وصناعة البحرين إن إعادة الهيكلة «ضرورية لحماية تنافسية القطاع»، في حين يعمل في الشركة نحو 1800 موظف يشكل البحرينيون أكثر من نصفهم.\n"
    "وعلى الصعيد الاقتصادي، استقبل وزير المالية والاقتصاد الوطني الشيخ سلمان بن خليفة آل خليفة أمس وزير الدولة للشؤون الخارجية الهندي كيرتي فاردان سينغ، وبحث الجانبان تعزيز التعاون بين البحرين والهند في مجالات بناء السفن وإصلاحها والطاقة والأمن البحري.\n"
    "ووقع الجانبان خلال الزيارة مذكرة تفاهم بين هيئة تنظيم سوق العمل البحرينية ووزارة الشؤون الخارجية الهندية لتسهيل تنقل العمالة الماهرة وحماية حقوقها.\n"
    "ومن المقرر أن يلتقي وزير العمل يوسف عبدالحسين خلف ممثلي العمال وإدارة الشركة السبت المقبل، في محاولة للتوصل إلى تسوية قبل بدء تنفيذ خطة التسريح مطلع العام المقبل.",
    [("LOC", "Isa Town", ["Madinat Isa", "Madinat Eisa"], ["مدينة عيسى"]),
     ("ORG", "Council of Representatives (Bahrain)", ["Bahraini Council of Representatives",
                                                     "Bahrain Council of Representatives", "Bahraini parliament"],
      ["مجلس النواب البحريني"]),
     ("ORG", "Ministry of Labour (Bahrain)", ["Bahraini Ministry of Labour", "Bahrain Labour Ministry",
                                             "Ministry of Labor (Bahrain)"], ["وزارة العمل البحرينية"]),
     ("ORG", "Arab Shipbuilding and Repair Yard", ["ASRY", "Bahrain Ship Repairing and Engineering Company",
                                                  "Arab Shipbuilding & Repair Yard"],
      ["شركة البحرين لإصلاح السفن والهندسة (أسري)", "شركة البحرين لإصلاح السفن والهندسة", "أسري"]),
     ("PERSON", "Abdulnabi Salman", ["Abdul Nabi Salman"], ["عبدالنبي سلمان"]),
     ("ORG", "Bahrain Chamber of Commerce and Industry", ["BCCI", "Bahrain Chamber"], ["غرفة تجارة وصناعة البحرين"]),
     ("PERSON", "Salman bin Khalifa Al Khalifa", ["Sheikh Salman bin Khalifa Al Khalifa",
                                                 "Salman bin Khalifa bin Salman Al Khalifa"],
      ["سلمان بن خليفة آل خليفة"]),
     ("LOC", "Bahrain", ["Kingdom of Bahrain"], ["البحرين"]),
     ("LOC", "India", ["Republic of India", "Bharat"], ["الهند"]),
     ("PERSON", "Kirti Vardhan Singh", ["K. V. Singh"], ["كيرتي فاردان سينغ"]),
     ("ORG", "Labour Market Regulatory Authority", ["LMRA", "Labour Market Regulatory Authority (Bahrain)"],
      ["هيئة تنظيم سوق العمل البحرينية"]),
     ("ORG", "Ministry of External Affairs (India)", ["Indian Ministry of External Affairs", "MEA",
                                                      "Indian Foreign Ministry"],
      ["وزارة الشؤون الخارجية الهندية"]),
     ("PERSON", "Yousif Abdulhussain Khalaf", ["Yusuf Abdulhussain Khalaf", "Yousif Khalaf", "Yusuf Khalaf"],
      ["يوسف عبدالحسين خلف"])],
    [("10", "طالب", None, "2026-11-16"), ("11", "وانتقد", None, "2026-11-16"),
     ("14", "اعتصموا", None, "2026-11-15"), ("12", "ورفضت", None, "2026-11-16"),
     ("03", "وأبدت استعدادها", None, None), ("04", "استقبل", None, "2026-11-16"),
     ("05", "ووقع", None, "2026-11-16"), ("04", "يلتقي", None, "2026-11-21")])

doc("b22-ar-05-iran-hormuz", "ar", "2026-11-23T08:30:00Z",
    "فيدان في بندر عباس والقوة البحرية للحرس الثوري تحتجز ناقلة قرب جزيرة قشم",
    "بندر عباس - وصل وزير الخارجية التركي هاكان فيدان، أمس الأحد، إلى مدينة بندر عباس مركز محافظة هرمزكان جنوبي إيران، في زيارة رسمية التقى خلالها نظيره الإيراني عباس عراقجي، وفق ما أعلنته وكالة الجمهورية الإسلامية للأنباء (إرنا).\n"
    "وبحث الوزيران ترتيبات الملاحة في مضيق هرمز ومشروع ممر النقل البري بين البلدين وتفعيل معبر بازركان الحدودي لزيادة حركة الشاحنات، وقال فيدان إن بلاده «مستعدة لاستضافة جولة جديدة من المحادثات النووية في إسطنبول متى توافرت الإرادة لدى الأطراف».\n"
    "وجاءت الزيارة بعد يوم من إعلان القوة البحرية للحرس الثوري الإيراني احتجاز ناقلة نفط ترفع علم بنما قرب جزيرة قشم، بتهمة تهريب مليوني لتر من الوقود، واعتقال أفراد طاقمها الثلاثة عشر، وذلك السبت الماضي بحسب وكالة تسنيم.\n"
    "وأدانت وزارة الخارجية الأمريكية عملية الاحتجاز أمس، ووصفتها بأنها «قرصنة في المياه الدولية»، وطالبت بالإفراج الفوري عن الناقلة وطاقمها.\n"
    "ورد المتحدث الإيراني إسماعيل بقائي بأن إيران «ترفض أي وصاية أجنبية على أمن المضيق»، محذرا من أنها «سترد بحزم على أي اعتداء على مياهها الإقليمية».\n"
    "وفي محافظة هرمزكان أيضا، تظاهر مئات من الصيادين في ميناء جاسك أمس احتجاجا على قيود جديدة على الصيد فرضتها السلطات المحلية، مطالبين بتعويضات عن أشهر التوقف عن العمل.\n"
    "ومن المقرر أن يتوجه عراقجي إلى إسطنبول الأربعاء المقبل للمشاركة في اجتماع ثلاثي مع نظيريه التركي والأذربيجاني.",
    [("LOC", "Bandar Abbas", ["Bandar-e Abbas", "Bandar Abbās"], ["بندر عباس"]),
     ("PERSON", "Hakan Fidan", ["Fidan"], ["هاكان فيدان", "فيدان"]),
     ("LOC", "Hormozgan Province", ["Hormozgan", "Hormozgan province"], ["محافظة هرمزكان"]),
     ("LOC", "Iran", ["Islamic Republic of Iran"], ["إيران"]),
     ("PERSON", "Abbas Araghchi", ["Araghchi", "Abbas Araqchi"], ["عباس عراقجي", "عراقجي"]),
     ("ORG", "Islamic Republic News Agency", ["IRNA"],
      ["وكالة الجمهورية الإسلامية للأنباء (إرنا)", "وكالة الجمهورية الإسلامية للأنباء", "إرنا"]),
     ("LOC", "Strait of Hormuz", ["Hormuz Strait", "Strait of Ormuz"], ["مضيق هرمز"]),
     ("LOC", "Istanbul", ["İstanbul"], ["إسطنبول"]),
     ("LOC", "Bazargan", ["Bazargan border crossing", "Gürbulak"], ["معبر بازركان"]),
     ("ORG", "Islamic Revolutionary Guard Corps Navy", ["IRGC Navy", "IRGCN", "Navy of the IRGC"],
      ["القوة البحرية للحرس الثوري الإيراني", "القوة البحرية للحرس الثوري"]),
     ("LOC", "Panama", ["Republic of Panama"], ["بنما"]),
     ("LOC", "Qeshm Island", ["Qeshm", "Gheshm"], ["جزيرة قشم"]),
     ("ORG", "Tasnim News Agency", ["Tasnim"], ["وكالة تسنيم"]),
     ("ORG", "United States Department of State", ["U.S. State Department", "State Department",
                                                   "US Department of State"], ["وزارة الخارجية الأمريكية"]),
     ("PERSON", "Esmaeil Baghaei", ["Esmaeil Baqaei", "Ismail Baghaei", "Baghaei"], ["إسماعيل بقائي"]),
     ("LOC", "Jask", ["Bandar-e Jask", "Port of Jask"], ["ميناء جاسك"])],
    [("04", "زيارة رسمية", "Bandar Abbas", "2026-11-22"), ("03", "مستعدة لاستضافة", "Istanbul", None),
     ("17", "احتجاز", "Qeshm Island", "2026-11-21"), ("11", "وأدانت", None, "2026-11-22"),
     ("10", "وطالبت", None, "2026-11-22"), ("12", "ترفض", None, None), ("13", "سترد", None, None),
     ("14", "تظاهر", "Jask", "2026-11-22"), ("04", "اجتماع ثلاثي", "Istanbul", "2026-11-25")])

doc("b22-ar-06-vietnam-paracel", "ar", "2026-11-30T07:00:00Z",
    "فيتنام تحتج على اعتداء سفن صينية على قارب صيد قرب جزر باراسيل",
    "كوانغ نغاي - احتجت وزارة الخارجية الفيتنامية رسميا، أمس الأحد، على اعتداء سفن صينية الجمعة الماضي على قارب صيد فيتنامي قرب جزر باراسيل (هوانغ سا)، ما أدى إلى إصابة خمسة صيادين ومصادرة معدات القارب وحمولته من الأسماك.\n"
    "وقالت المتحدثة باسم الوزارة فام ثو هانغ في مؤتمر صحفي إن «الاعتداء انتهاك خطير لسيادة فيتنام وللقانون الدولي»، وطالبت الجانب الصيني بالتحقيق في الحادث ومعاقبة المتورطين وتعويض الصيادين.\n"
    "وأفاد خفر السواحل الفيتنامي بأن إحدى سفنه أنقذت القارب وسحبته إلى ميناء جزيرة لي سون التابعة لمقاطعة كوانغ نغاي، حيث نقل المصابون إلى المستشفى. وأوضحت سلطات المقاطعة أن القارب يعمل فيه 11 صيادا من بلدة بينه سون، وأن أحدهم في حالة خطرة، فيما تضررت محركات القارب وشباكه بشكل كامل.\n"
    "وانتقد الرئيس الفيتنامي لونغ كونغ أمس «تكرار الاعتداءات على الصيادين في مياه فيتنام»، مؤكدا أن بلاده ستدافع عن حقوقها «بالوسائل السلمية».\n"
    "في المقابل، رفضت السفارة الصينية في بيان الرواية الفيتنامية، وهددت باتخاذ «كل الإجراءات اللازمة» ضد ما وصفته بالصيد غير القانوني في المنطقة.\n"
    "وقدمت جمعية مصائد الأسماك الفيتنامية أمس مساعدات مالية لأسر الصيادين المصابين في لي سون، فيما بدأ خفر السواحل الفيتنامي ووكالة الأمن البحري الإندونيسية (باكاملا) أمس دورية مشتركة في المياه الفاصلة بين البلدين.\n"
    "ومن المقرر أن يزور لونغ كونغ جزيرة لي سون الخميس المقبل لتفقد الصيادين المصابين وأسرهم.",
    [("LOC", "Quảng Ngãi Province", ["Quang Ngai", "Quang Ngai Province", "Quảng Ngãi"],
      ["كوانغ نغاي", "مقاطعة كوانغ نغاي"]),
     ("ORG", "Ministry of Foreign Affairs (Vietnam)", ["Vietnamese Foreign Ministry",
                                                      "Vietnamese Ministry of Foreign Affairs"],
      ["وزارة الخارجية الفيتنامية"]),
     ("LOC", "Paracel Islands", ["Paracels", "Hoang Sa", "Hoàng Sa", "Xisha Islands"],
      ["جزر باراسيل (هوانغ سا)", "جزر باراسيل", "هوانغ سا"]),
     ("PERSON", "Phạm Thu Hằng", ["Pham Thu Hang"], ["فام ثو هانغ"]),
     ("LOC", "Vietnam", ["Viet Nam", "Socialist Republic of Vietnam"], ["فيتنام"]),
     ("ORG", "Vietnam Coast Guard", ["Vietnamese Coast Guard", "Cảnh sát biển Việt Nam"], ["خفر السواحل الفيتنامي"]),
     ("LOC", "Lý Sơn Island", ["Ly Son", "Ly Son Island", "Lý Sơn"], ["جزيرة لي سون", "لي سون"]),
     ("LOC", "Bình Sơn", ["Binh Son", "Binh Son District", "Bình Sơn District"], ["بلدة بينه سون", "بينه سون"]),
     ("PERSON", "Lương Cường", ["Luong Cuong"], ["لونغ كونغ"]),
     ("ORG", "Embassy of China in Vietnam", ["Chinese Embassy in Vietnam", "Chinese embassy"], ["السفارة الصينية"]),
     ("ORG", "Vietnam Fisheries Society", ["VINAFIS", "Vietnam Fisheries Association"],
      ["جمعية مصائد الأسماك الفيتنامية"]),
     ("ORG", "Bakamla", ["Indonesian Maritime Security Agency", "Badan Keamanan Laut", "Indonesian Coast Guard"],
      ["وكالة الأمن البحري الإندونيسية (باكاملا)", "وكالة الأمن البحري الإندونيسية", "باكاملا"])],
    [("11", "احتجت", None, "2026-11-29"), ("18", "اعتداء", "Paracel Islands", "2026-11-27"),
     ("10", "وطالبت", None, None), ("11", "وانتقد", None, "2026-11-29"), ("12", "رفضت", None, None),
     ("13", "وهددت", None, None), ("07", "وقدمت", "Lý Sơn Island", "2026-11-29"),
     ("06", "دورية مشتركة", None, "2026-11-29"), ("04", "يزور", "Lý Sơn Island", "2026-12-03")])

doc("b22-en-01-haiti-artibonite", "en", "2026-11-24T14:00:00Z",
    "Haitian police retake Pont-Sondé from Gran Grif gang after two-day battle",
    "SAINT-MARC, Haiti, Nov 24 – Haitian police units backed by the Gang Suppression Force retook the Artibonite "
    "town of Pont-Sondé on Monday after a two-day battle with the Gran Grif gang, police chief André Jonas "
    "Vladimir Paraison said.\n\n"
    "At least nine gang members and two officers were killed in the fighting, which began on Saturday when Gran "
    "Grif, the largest armed group in the gang coalition that controls much of the Artibonite valley, attacked the town's police "
    "station, Paraison said. Separately, gunmen abducted six nurses from a health centre in Verrettes on Sunday.\n\n"
    "Gran Grif leader Luckson Elan threatened in a video on Sunday to \"set the whole valley on fire\" if the "
    "offensive continued, and demanded the release of his brother, arrested in Saint-Marc last month.\n\n"
    "The human rights group Défenseurs Plus criticised the Gang Suppression Force on Monday for failing to protect "
    "health workers and demanded an independent inquiry into the deaths of four civilians during the operation.\n\n"
    "The Haitian Civil Protection Directorate distributed food and water to some 6,000 displaced people in "
    "Saint-Marc on Monday, most of them farmers who fled rice fields around Pont-Sondé and Liancourt.\n\n"
    "Justice and Public Security Minister Patrick Pelissier visited Pont-Sondé on Monday afternoon and promised "
    "that a permanent police post would open there \"within weeks\".\n\n"
    "Paraison is due to meet the Provisional Electoral Council in Saint-Marc next Friday to discuss security for "
    "voter registration in the department.",
    [("LOC", "Saint-Marc", ["Saint Marc", "St-Marc"], ["SAINT-MARC", "Saint-Marc"]),
     ("LOC", "Haiti", ["Republic of Haiti", "Haïti"], ["Haiti"]),
     ("ORG", "Gang Suppression Force", ["GSF", "Gang Suppression Force in Haiti"], ["Gang Suppression Force"]),
     ("LOC", "Artibonite", ["Artibonite department", "Artibonite Department", "Artibonite valley"],
      ["Artibonite", "Artibonite valley"]),
     ("LOC", "Pont-Sondé", ["Pont Sonde", "Pont-Sonde"], ["Pont-Sondé"]),
     ("ORG", "Gran Grif", ["Grand Griffe", "Gran Grif gang"], ["Gran Grif"]),
     ("PERSON", "André Jonas Vladimir Paraison", ["Vladimir Paraison", "Andre Jonas Vladimir Paraison", "Paraison"],
      ["André Jonas Vladimir Paraison", "Paraison"]),
     ("LOC", "Verrettes", [], ["Verrettes"]),
     ("PERSON", "Luckson Elan", ["Luckson Élan"], ["Luckson Elan"]),
     ("ORG", "Défenseurs Plus", ["Defenseurs Plus"], ["Défenseurs Plus"]),
     ("ORG", "Civil Protection Directorate (Haiti)", ["Direction de la Protection Civile", "DPC",
                                                     "Haitian Civil Protection", "Civil Protection General Directorate"],
      ["Haitian Civil Protection Directorate"]),
     ("LOC", "Liancourt", [], ["Liancourt"]),
     ("PERSON", "Patrick Pelissier", ["Patrick Pélissier", "Pelissier"], ["Patrick Pelissier"]),
     ("ORG", "Provisional Electoral Council", ["CEP", "Conseil électoral provisoire",
                                               "Provisional Electoral Council (Haiti)"],
      ["Provisional Electoral Council"])],
    [("19", "retook", "Pont-Sondé", "2026-11-21"), ("18", "abducted", "Verrettes", "2026-11-22"),
     ("13", "threatened", None, "2026-11-22"), ("10", "demanded", None, "2026-11-22"),
     ("11", "criticised", None, "2026-11-23"), ("10", "demanded", None, "2026-11-23"),
     ("07", "distributed", "Saint-Marc", "2026-11-23"), ("04", "visited", "Pont-Sondé", "2026-11-23"),
     ("03", "promised", "Pont-Sondé", None),
     ("04", "meet", "Saint-Marc", "2026-11-27")])

doc("b22-en-02-kenya-protests", "en", "2026-11-19T12:30:00Z",
    "Kenyan police fire tear gas at opposition protesters in Nyeri and Machakos",
    "NYERI, Kenya, Nov 19 – Police fired tear gas and arrested at least 23 people on Wednesday as thousands of "
    "opposition supporters marched in Nyeri and Machakos towns against rising fuel prices and what they called "
    "the abduction of government critics.\n\n"
    "The protests were called by the Democracy for the Citizens Party (DCP) of former deputy president Rigathi "
    "Gachagua, who addressed crowds in Nyeri County on Wednesday and demanded that the Ministry of Interior and National Administration release two "
    "party officials detained last week.\n\n"
    "Interior Cabinet Secretary Kipchumba Murkomen rejected the demand, telling reporters in Kiambu that the two "
    "men faced \"serious criminal charges\", and warned that officers would arrest anyone who blocked highways.\n\n"
    "Wiper Democratic Movement leader Kalonzo Musyoka condemned the arrests in Machakos County on Wednesday and "
    "accused the police of \"treating citizens as enemies\".\n\n"
    "The Law Society of Kenya offered free legal representation to those detained, and said its lawyers would be "
    "at the Machakos law courts on Thursday.\n\n"
    "In Nakuru, members of the Kenya National Union of Teachers went on strike on Tuesday over delayed promotions, "
    "closing more than 200 public schools in the county.\n\n"
    "Opposition leaders said they would meet in Kitengela next Tuesday to agree on a joint programme of protests "
    "ahead of the 2027 general election.",
    [("LOC", "Nyeri", ["Nyeri town"], ["NYERI", "Nyeri"]),
     ("LOC", "Kenya", ["Republic of Kenya"], ["Kenya"]),
     ("LOC", "Machakos", ["Machakos town"], ["Machakos"]),
     ("ORG", "Democracy for the Citizens Party", ["DCP", "Democracy for Citizens Party"],
      ["Democracy for the Citizens Party", "DCP"]),
     ("PERSON", "Rigathi Gachagua", ["Gachagua", "Geoffrey Rigathi Gachagua"], ["Rigathi Gachagua"]),
     ("LOC", "Nyeri County", [], ["Nyeri County"]),
     ("ORG", "Ministry of Interior and National Administration (Kenya)", ["Kenyan Interior Ministry",
                                                                         "Interior Ministry (Kenya)",
                                                                         "Ministry of Interior (Kenya)"],
      ["Ministry of Interior and National Administration"]),
     ("PERSON", "Kipchumba Murkomen", ["Murkomen", "Onesimus Kipchumba Murkomen"], ["Kipchumba Murkomen"]),
     ("LOC", "Kiambu", ["Kiambu town"], ["Kiambu"]),
     ("ORG", "Wiper Democratic Movement", ["Wiper", "Wiper Democratic Movement – Kenya", "WDM-K"],
      ["Wiper Democratic Movement"]),
     ("PERSON", "Kalonzo Musyoka", ["Musyoka", "Stephen Kalonzo Musyoka"], ["Kalonzo Musyoka"]),
     ("LOC", "Machakos County", [], ["Machakos County"]),
     ("ORG", "Law Society of Kenya", ["LSK"], ["Law Society of Kenya"]),
     ("LOC", "Nakuru", [], ["Nakuru"]),
     ("ORG", "Kenya National Union of Teachers", ["KNUT"], ["Kenya National Union of Teachers"]),
     ("LOC", "Kitengela", [], ["Kitengela"])],
    [("17", "fired tear gas", "Nyeri", "2026-11-18"), ("14", "marched", "Nyeri", "2026-11-18"),
     ("10", "demanded", "Nyeri County", "2026-11-18"), ("12", "rejected", "Kiambu", None),
     ("13", "warned", "Kiambu", None), ("11", "condemned", "Machakos County", "2026-11-18"),
     ("03", "offered", "Machakos", "2026-11-19"), ("14", "went on strike", "Nakuru", "2026-11-17"),
     ("04", "meet", "Kitengela", "2026-11-24")])

doc("b22-en-03-png-wafi-golpu", "en", "2026-11-26T06:00:00Z",
    "PNG signs Wafi-Golpu mine deal as landowners block highway in Morobe",
    "BULOLO, Papua New Guinea, Nov 26 – Deputy Prime Minister John Rosso on Wednesday signed a long-delayed agreement "
    "with the joint venture partners Newmont and Harmony Gold to develop the Wafi-Golpu copper and gold mine in "
    "Morobe Province, calling it \"the biggest economic step since independence\".\n\n"
    "The deal gives the state and the provincial government a combined 30 percent stake in the project, Mining "
    "Minister Walter Kumbe said at the signing ceremony in Wau.\n\n"
    "Hundreds of landowners from the Wampar area blocked the Highlands Highway near Nadzab on Monday and demanded "
    "a larger share of royalties. Police fired warning shots to disperse the crowd and detained 14 people.\n\n"
    "Morobe Governor Luther Wenge criticised the agreement on Wednesday, saying the province had been \"pushed "
    "aside\", and threatened to take the national government to the Supreme Court.\n\n"
    "Australia's Minister for Pacific Island Affairs, Pat Conroy, welcomed the deal in a statement on Wednesday and "
    "pledged A$40 million to upgrade the road between Wau and Bulolo.\n\n"
    "Newmont chief executive Natascha Viljoen said the partners would take a final investment decision in the "
    "second half of 2027.\n\n"
    "The deputy prime minister is due to meet landowner representatives in Bulolo next Monday, his office said.",
    [("LOC", "Bulolo", [], ["BULOLO", "Bulolo"]),
     ("LOC", "Papua New Guinea", ["PNG", "Independent State of Papua New Guinea"], ["Papua New Guinea"]),
     ("PERSON", "John Rosso", [], ["John Rosso"]),
     ("ORG", "Newmont", ["Newmont Corporation", "Newmont Mining"], ["Newmont"]),
     ("ORG", "Harmony Gold", ["Harmony Gold Mining Company", "Harmony"], ["Harmony Gold"]),
     ("LOC", "Wafi-Golpu", ["Wafi-Golpu mine", "Wafi Golpu", "Wafi-Golpu project"], ["Wafi-Golpu"]),
     ("LOC", "Morobe Province", ["Morobe"], ["Morobe Province", "Morobe"]),
     ("PERSON", "Walter Kumbe", ["Kumbe"], ["Walter Kumbe"]),
     ("LOC", "Wau", [], ["Wau"]),
     ("LOC", "Wampar", ["Wampar area", "Wampar LLG"], ["Wampar"]),
     ("LOC", "Highlands Highway", ["Okuk Highway"], ["Highlands Highway"]),
     ("LOC", "Nadzab", [], ["Nadzab"]),
     ("PERSON", "Luther Wenge", ["Wenge"], ["Luther Wenge"]),
     ("ORG", "Supreme Court of Papua New Guinea", ["PNG Supreme Court", "Supreme Court"], ["Supreme Court"]),
     ("LOC", "Australia", ["Commonwealth of Australia"], ["Australia"]),
     ("PERSON", "Pat Conroy", ["Conroy", "Patrick Conroy"], ["Pat Conroy"]),
     ("PERSON", "Natascha Viljoen", ["Viljoen"], ["Natascha Viljoen"])],
    [("05", "signed", "Wau", "2026-11-25"), ("14", "blocked", "Nadzab", "2026-11-23"),
     ("10", "demanded", "Nadzab", "2026-11-23"), ("17", "detained", "Nadzab", "2026-11-23"),
     ("11", "criticised", None, "2026-11-25"), ("13", "threatened", None, "2026-11-25"),
     ("05", "welcomed", None, "2026-11-25"), ("03", "pledged", "Wau", None),
     ("04", "meet", "Bulolo", "2026-11-30")])

doc("b22-fr-01-mali-menaka", "fr", "2026-11-22T10:00:00Z",
    "Mali : la Garde nationale dit avoir repoussé une attaque de l'État islamique au Sahel à Andéramboukane",
    "MÉNAKA (Mali), 22 novembre – La Garde nationale du Mali a repoussé jeudi une attaque d'envergure de l'État islamique au "
    "Sahel (EIS) contre son camp d'Andéramboukane, dans la région de Ménaka, près de la frontière nigérienne, a "
    "annoncé l'état-major général des armées.\n\n"
    "Selon l'état-major, « plusieurs dizaines de terroristes ont été neutralisés » et l'armée de l'air malienne a "
    "mené samedi des frappes contre une colonne de combattants en fuite près d'Inékar. Des sources locales font état "
    "d'au moins 20 soldats tués et de plusieurs véhicules emportés par les assaillants.\n\n"
    "L'association peule Tabital Pulaaku a accusé vendredi les militaires d'avoir exécuté une dizaine de civils "
    "à Tidermène lors d'une opération de ratissage. Le gouvernement malien a rejeté samedi ces accusations, "
    "qu'il a qualifiées de « campagne de désinformation ».\n\n"
    "Par ailleurs, trois journalistes d'une radio communautaire de Ménaka ont été interpellés vendredi par des agents "
    "de l'Agence nationale de la sécurité d'État. La Maison de la presse a exigé leur libération immédiate "
    "et dénoncé « un climat de peur ».\n\n"
    "Le chef de la junte, le général Assimi Goïta, doit recevoir mardi prochain au palais de Koulouba le ministre "
    "nigérien de la Défense, le général Salifou Mody, pour évoquer la sécurisation de la frontière commune et la "
    "montée en puissance de la force unifiée sahélienne.",
    [("LOC", "Ménaka", ["Menaka", "Ménaka Region", "Menaka Region", "région de Ménaka"],
      ["MÉNAKA", "région de Ménaka", "Ménaka"]),
     ("LOC", "Mali", ["Republic of Mali"], ["Mali"]),
     ("ORG", "National Guard of Mali", ["Garde nationale du Mali", "Malian National Guard"],
      ["Garde nationale du Mali", "Garde nationale"]),
     ("ORG", "Islamic State Sahel Province", ["ISSP", "Islamic State in the Sahel", "IS Sahel",
                                              "État islamique au Sahel", "EIS", "ISGS",
                                              "Islamic State in the Greater Sahara"],
      ["État islamique au Sahel", "EIS"]),
     ("LOC", "Andéramboukane", ["Anderamboukane", "Andéramboukane"], ["Andéramboukane"]),
     ("ORG", "General Staff of the Armed Forces (Mali)", ["Malian general staff", "army general staff",
                                                         "état-major général des armées"],
      ["état-major général des armées"]),
     ("ORG", "Malian Air Force", ["Armée de l'air malienne", "Mali Air Force"], ["armée de l'air malienne"]),
     ("LOC", "Inékar", ["Inekar"], ["Inékar"]),
     ("ORG", "Tabital Pulaaku", ["Tabital Pulaaku Mali", "Tabital Pulaaku International"], ["Tabital Pulaaku"]),
     ("LOC", "Tidermène", ["Tidermene", "Tidermen"], ["Tidermène"]),
     ("ORG", "Government of Mali", ["Malian government", "Transitional Government of Mali"],
      ["gouvernement malien"]),
     ("ORG", "State Security Agency (Mali)", ["Agence nationale de la sécurité d'État",
                                             "National State Security Agency"],
      ["Agence nationale de la sécurité d'État"]),
     ("ORG", "Maison de la presse (Mali)", ["Maison de la Presse du Mali", "Mali Press House", "Maison de la presse"],
      ["Maison de la presse"]),
     ("PERSON", "Assimi Goïta", ["Assimi Goita", "Goïta", "Goita"], ["Assimi Goïta"]),
     ("LOC", "Koulouba Palace", ["Palais de Koulouba", "Koulouba", "Koulouba presidential palace"],
      ["palais de Koulouba"]),
     ("PERSON", "Salifou Mody", ["Mody"], ["Salifou Mody"])],
    [("19", "a repoussé", "Andéramboukane", "2026-11-19"), ("19", "frappes", "Inékar", "2026-11-21"),
     ("11", "a accusé", None, "2026-11-20"), ("12", "a rejeté", None, "2026-11-21"),
     ("17", "interpellés", "Ménaka", "2026-11-20"), ("10", "a exigé", None, None), ("11", "dénoncé", None, None),
     ("04", "recevoir", "Koulouba Palace", "2026-11-24")])

doc("b22-fr-02-madagascar-anosy", "fr", "2026-11-28T09:00:00Z",
    "Madagascar : heurts à Fort-Dauphin entre riverains et forces de l'ordre devant le site de QMM",
    "TAOLAGNARO (Madagascar), 28 novembre – Les forces de l'ordre ont fait usage de gaz lacrymogène vendredi à "
    "Taolagnaro (Fort-Dauphin), dans la région Anosy, pour disperser plusieurs centaines de riverains qui bloquaient "
    "l'accès à la mine d'ilménite de QIT Madagascar Minerals (QMM). Six manifestants ont été interpellés.\n\n"
    "Les protestataires exigent le versement d'indemnités promises depuis 2022 aux pêcheurs de la lagune "
    "d'Ambavarano, dont ils accusent la mine d'avoir pollué les eaux.\n\n"
    "QMM a rejeté jeudi ces accusations dans un communiqué, affirmant que « les analyses indépendantes ne montrent "
    "aucune contamination », tout en proposant d'ouvrir un dialogue avec les associations de pêcheurs.\n\n"
    "L'ONG Transparency International – Initiative Madagascar a critiqué vendredi la « répression brutale » de la "
    "manifestation et réclamé la publication des contrats miniers. Le ministère des Mines et des Ressources stratégiques a annoncé de son côté l'envoi d'une mission d'inspection sur le site.\n\n"
    "Le président de la Refondation de la République, le colonel Michael Randrianirina, a annoncé qu'il se rendrait "
    "lundi prochain à Taolagnaro pour rencontrer les représentants des pêcheurs et la direction de la mine.\n\n"
    "Le Bureau national de gestion des risques et des catastrophes (BNGRC) a par ailleurs distribué jeudi des vivres "
    "à 1 200 familles touchées par la sécheresse dans le district d'Amboasary-Sud, voisin de Taolagnaro, où les "
    "pluies n'ont pas dépassé la moitié de la normale depuis le début de la saison.",
    [("LOC", "Tôlanaro", ["Taolagnaro", "Fort-Dauphin", "Fort Dauphin", "Tolagnaro"],
      ["TAOLAGNARO", "Taolagnaro", "Fort-Dauphin"]),
     ("LOC", "Madagascar", ["Republic of Madagascar"], ["Madagascar"]),
     ("LOC", "Anosy", ["Anosy Region", "région Anosy"], ["région Anosy"]),
     ("ORG", "QIT Madagascar Minerals", ["QMM", "QIT Madagascar Minerals SA"], ["QIT Madagascar Minerals", "QMM"]),
     ("LOC", "Ambavarano", ["Ambavarano lagoon"], ["Ambavarano"]),
     ("ORG", "Transparency International Initiative Madagascar", ["TI-IM", "Transparency International Madagascar",
                                                                  "Transparency International – Initiative Madagascar"],
      ["Transparency International – Initiative Madagascar"]),
     ("ORG", "Ministry of Mines and Strategic Resources (Madagascar)", ["Ministry of Mines (Madagascar)",
                                                                      "Malagasy Ministry of Mines"],
      ["ministère des Mines et des Ressources stratégiques"]),
     ("PERSON", "Michael Randrianirina", ["Randrianirina", "Col. Michael Randrianirina"], ["Michael Randrianirina"]),
     ("ORG", "National Office for Risk and Disaster Management", ["BNGRC",
                                                                 "Bureau national de gestion des risques et des catastrophes"],
      ["Bureau national de gestion des risques et des catastrophes", "BNGRC"]),
     ("LOC", "Amboasary Sud", ["Amboasary-Sud", "Amboasary Sud District", "Amboasary"], ["Amboasary-Sud"])],
    [("17", "gaz lacrymogène", "Tôlanaro", "2026-11-27"), ("14", "bloquaient", "Tôlanaro", "2026-11-27"),
     ("10", "exigent", None, None), ("12", "a rejeté", None, "2026-11-26"), ("03", "proposant", None, None),
     ("11", "a critiqué", None, "2026-11-27"), ("10", "réclamé", None, "2026-11-27"),
     ("04", "se rendrait", "Tôlanaro", "2026-11-30"), ("07", "a distribué", "Amboasary Sud", "2026-11-26")])

doc("b22-fr-03-tessin-greve", "fr", "2026-12-01T13:00:00Z",
    "Tessin : grève de la fonction publique contre le plan d'économies du canton",
    "BELLINZONE, 1er décembre – Plusieurs milliers d'employés du canton du Tessin ont fait grève lundi à l'appel du "
    "Syndicat suisse des services publics (SSP) pour protester contre le plan d'économies du Conseil d'État "
    "tessinois, qui prévoit le gel des salaires et la suppression de 300 postes d'ici 2028.\n\n"
    "« Nous exigeons le retrait pur et simple de ce paquet », a déclaré la secrétaire régionale du SSP, Chiara "
    "Bernasconi, devant quelque 4 000 manifestants réunis à Bellinzone. Samedi dernier, près de 6 000 personnes "
    "avaient déjà défilé à Lugano.\n\n"
    "Le directeur des finances du canton, Christian Vitta, a rejeté lundi tout retrait, estimant que le plan est "
    "« indispensable à l'équilibre des comptes » après la baisse des recettes fiscales.\n\n"
    "Au niveau fédéral, l'Union syndicale suisse (USS) a menacé lundi de lancer un référendum contre le programme "
    "d'allègement budgétaire 2027 du Conseil fédéral, son président Pierre-Yves Maillard dénonçant « des économies "
    "sur le dos des cantons et des salariés ».\n\n"
    "Le président de la Confédération, Guy Parmelin, avait reçu samedi dernier les partenaires sociaux, dont "
    "l'Union patronale suisse, au domaine du Lohn, à Kehrsatz. La ministre des Finances, Karin Keller-Sutter, "
    "s'est dite prête à réexaminer certaines coupes touchant les cantons.\n\n"
    "Christian Vitta doit recevoir les syndicats jeudi prochain à Bellinzone pour une nouvelle séance de "
    "négociation.",
    [("LOC", "Bellinzona", ["Bellinzone"], ["BELLINZONE", "Bellinzone"]),
     ("LOC", "Ticino", ["Canton of Ticino", "Tessin", "canton du Tessin"], ["canton du Tessin"]),
     ("ORG", "Swiss Union of Public Service Personnel", ["SSP", "VPOD", "SSP-VPOD",
                                                         "Syndicat suisse des services publics"],
      ["Syndicat suisse des services publics", "SSP"]),
     ("ORG", "Council of State of Ticino", ["Ticino Council of State", "Ticino cantonal government",
                                            "Consiglio di Stato"], ["Conseil d'État tessinois"]),
     ("PERSON", "Chiara Bernasconi", ["Bernasconi"], ["Chiara Bernasconi"]),
     ("LOC", "Lugano", [], ["Lugano"]),
     ("PERSON", "Christian Vitta", ["Vitta"], ["Christian Vitta"]),
     ("ORG", "Swiss Federation of Trade Unions", ["USS", "SGB", "Union syndicale suisse", "Swiss Trade Union Federation"],
      ["Union syndicale suisse", "USS"]),
     ("ORG", "Federal Council (Switzerland)", ["Swiss Federal Council", "Federal Council", "Conseil fédéral"],
      ["Conseil fédéral"]),
     ("PERSON", "Pierre-Yves Maillard", ["Maillard"], ["Pierre-Yves Maillard"]),
     ("PERSON", "Guy Parmelin", ["Parmelin"], ["Guy Parmelin"]),
     ("ORG", "Swiss Employers' Confederation", ["Union patronale suisse", "Schweizerischer Arbeitgeberverband",
                                                "Swiss Employers Association"], ["Union patronale suisse"]),
     ("LOC", "Lohn", ["Lohn country estate", "Landgut Lohn", "domaine du Lohn"], ["domaine du Lohn"]),
     ("LOC", "Kehrsatz", [], ["Kehrsatz"]),
     ("PERSON", "Karin Keller-Sutter", ["Keller-Sutter"], ["Karin Keller-Sutter"])],
    [("14", "ont fait grève", "Ticino", "2026-11-30"), ("10", "exigeons", "Bellinzona", "2026-11-30"),
     ("14", "défilé", "Lugano", "2026-11-28"), ("12", "a rejeté", None, "2026-11-30"),
     ("13", "a menacé", None, "2026-11-30"), ("11", "dénonçant", None, "2026-11-30"),
     ("04", "avait reçu", "Lohn", "2026-11-28"), ("03", "prête à réexaminer", None, None),
     ("04", "recevoir", "Bellinzona", "2026-12-03")])

write("blind22.jsonl")
