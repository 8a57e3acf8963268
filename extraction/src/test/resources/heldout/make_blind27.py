# Writes blind27.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: officials meeting, calls and visits, agreements, clashes, air strikes, raids and arrests, protests and
# labour strikes, demands, threats, rejections, criticism, aid and offers.
# Arabic, the weakest language, has the larger sample, five Arab-world stories and one world story told in Arabic:
# eastern Sudan (Khashm el-Girba, New Halfa, Doka, Gallabat), Mauritania's fishing coast and Senegal river valley
# (Tanit, Nouamghar, Maghama, M'Bagne), Egypt's Suez and North Sinai (Adabiya, Ataqa, Arish, Sheikh Zuweid), Iraq's
# Kurdistan region (Sidakan, Soran, Halabja), the UAE's northern emirates (Al Rams, Kalba, Masafi), and Chad's
# Tibesti told in Arabic; English: Yobe in north-east Nigeria, Bangladesh's Bandarban and Teknaf,
# Ecuador's Manabí; French: southern Chad (Moundou, Doba, Goré), Cameroon's North region (Touboro, Tcholliré),
# eastern French Guiana (Oyapock, Camopi). People, bodies and places are none of those named as gold in dev.jsonl
# or the other sets here, except the few hits listed in heldout/README.md (checked with overlap.py). Real public
# figures in plausible public roles as of late 2026; other officials and details are fictional. Gold not edited to
# match output. Apache-2.0.
# Run: python3 make_blind27.py
from gold import doc, write

doc("b27-ar-01-khashm-el-girba", "ar", "2026-11-04T08:00:00Z",
    "معتمد خشم القربة يلتقي مزارعي حلفا الجديدة وقافلة إغاثة تصل إلى دوكة",
    "خشم القربة (السودان) - التقى معتمد محلية خشم القربة عثمان حامد أوهاج أمس الثلاثاء بممثلي مزارعي مشروع حلفا الجديدة الزراعي، وبحث معهم أزمة مياه الري وتأخر تمويل الموسم الشتوي. وقال أوهاج إن «المحلية لن تسمح بخروج أي مزرعة من دائرة الإنتاج هذا الموسم».\n"
    "وطالب اتحاد مزارعي حلفا الجديدة مصرف الادخار والتنمية الاجتماعية بصرف التمويل قبل نهاية الشهر، فيما أعلن المزارعون إضرابا عن تسليم القطن ابتداء من السبت المقبل، احتجاجا على تدني الأسعار.\n"
    "وفي محلية القلابات الشرقية، وصلت أمس قافلة من 30 شاحنة سيرتها منظمة الإغاثة الإسلامية عبر العالم إلى بلدة دوكة، محملة بالذرة والأدوية للنازحين في معسكر أم راكوبة.\n"
    "وقال مدير مستشفى دوكة الريفي الدكتور أحمد آدم التوم إن القافلة «تسد جزءا من عجز الأدوية المنقذة للحياة»، مشيرا إلى تفشي الملاريا بين الأطفال.\n"
    "وعلى الحدود الشرقية، أعلنت الفرقة الثانية مشاة أنها أحبطت الأحد الماضي محاولة تهريب أسلحة قرب بلدة القلابات، واعتقلت سبعة أشخاص بينهم أجانب.\n"
    "من جهته، انتقد رئيس الجبهة الشعبية المتحدة للتحرير والعدالة الأمين داود الحكومة المركزية، واتهمها بتهميش شرق البلاد في توزيع المساعدات. ورفض الأمين داود مقترحا بنقل النازحين إلى محلية نهر عطبرة.\n"
    "ومن المقرر أن يزور وفد من وزارة الري والموارد المائية السودانية خشم القربة الخميس المقبل لتفقد قنوات الري الرئيسية، وسط مطالب المزارعين بإعادة جدولة ديون المواسم السابقة وإعفاء صغار المنتجين من رسوم المياه.",
    [("LOC", "Khashm el-Girba", ["Khashm al-Qirba", "Khashm El Girba"], ["خشم القربة", "محلية خشم القربة"]),
     ("LOC", "Sudan", ["Republic of the Sudan"], ["السودان"]),
     ("PERSON", "Osman Hamid Ohaj", ["Othman Hamid Ohaj", "Ohaj"], ["عثمان حامد أوهاج", "أوهاج"]),
     ("LOC", "New Halfa Agricultural Scheme", ["New Halfa Scheme", "New Halfa Agricultural Project"],
      ["مشروع حلفا الجديدة الزراعي"]),
     ("ORG", "New Halfa Farmers' Union", ["New Halfa Farmers Union"], ["اتحاد مزارعي حلفا الجديدة"]),
     ("ORG", "Savings and Social Development Bank", ["Savings and Social Development Bank (Sudan)"],
      ["مصرف الادخار والتنمية الاجتماعية"]),
     ("LOC", "Eastern Gallabat", ["East Gallabat locality", "Eastern Gallabat locality"], ["محلية القلابات الشرقية"]),
     ("ORG", "Islamic Relief Worldwide", ["Islamic Relief"], ["منظمة الإغاثة الإسلامية عبر العالم", "الإغاثة الإسلامية عبر العالم"]),
     ("LOC", "Doka", ["Doka (Sudan)", "Dooka"], ["دوكة"]),
     ("LOC", "Um Rakuba", ["Um Rakuba camp", "Um Raquba"], ["أم راكوبة", "معسكر أم راكوبة"]),
     ("ORG", "Doka Rural Hospital", ["Doka Hospital"], ["مستشفى دوكة الريفي"]),
     ("PERSON", "Ahmed Adam Al-Tom", ["Ahmed Adam Eltom"], ["أحمد آدم التوم"]),
     ("ORG", "2nd Infantry Division (Sudan)", ["Sudanese Army 2nd Infantry Division", "Second Infantry Division"],
      ["الفرقة الثانية مشاة"]),
     ("LOC", "Gallabat", ["Al-Qallabat", "Gallabat (Sudan)"], ["القلابات"]),
     ("ORG", "United Popular Front for Liberation and Justice", ["UPFLJ"], ["الجبهة الشعبية المتحدة للتحرير والعدالة"]),
     ("PERSON", "Al-Amin Daoud", ["Al-Amin Dawood", "Amin Daoud"], ["الأمين داود"]),
     ("LOC", "River Atbara locality", ["Nahr Atbara locality", "River Atbara"], ["محلية نهر عطبرة", "نهر عطبرة"]),
     ("ORG", "Ministry of Irrigation and Water Resources (Sudan)", ["Sudanese Ministry of Irrigation and Water Resources"],
      ["وزارة الري والموارد المائية السودانية"]),
     ],
    [("04", "التقى", "Khashm el-Girba", "2026-11-03"), ("10", "وطالب", None, None),
     ("14", "إضرابا", None, "2026-11-07"), ("07", "وصلت", "Doka", "2026-11-03"),
     ("17", "واعتقلت", "Gallabat", "2026-11-01"), ("11", "انتقد", None, None), ("12", "ورفض", None, None),
     ("04", "يزور", "Khashm el-Girba", "2026-11-05")])

doc("b27-ar-02-tanit-maghama", "ar", "2026-11-09T08:00:00Z",
    "إضراب بحارة ميناء تانيت يدخل يومه الثالث ووزير موريتاني يزور مقامة",
    "تانيت (موريتانيا) - واصل بحارة الصيد التقليدي في ميناء تانيت أمس الأحد إضرابهم لليوم الثالث، احتجاجا على قرار وزارة الصيد والاقتصاد البحري الموريتانية تمديد فترة الراحة البيولوجية لصيد الأخطبوط حتى نهاية ديسمبر.\n"
    "وطالبت الكونفدرالية الحرة لعمال موريتانيا الحكومة بتعويض البحارة عن أشهر التوقف، وقال أمينها العام الشيخ ولد أحمدو إن «آلاف الأسر على الساحل بلا دخل منذ منتصف سبتمبر الماضي، والديون تتراكم عليها يوما بعد يوم».\n"
    "ورفض وزير الصيد المختار ولد بوسيف إلغاء القرار، مؤكدا أنه يستند إلى توصيات المعهد الموريتاني لبحوث المحيطات والصيد، وعرض صرف منحة استثنائية للبحارة المسجلين.\n"
    "وفي وادي نهر السنغال، زار وزير الزراعة سيدي محمد ولد الطالب أعمر أمس مدينة مقامة، والتقى مزارعي الأرز، واتفق مع اتحاد التعاونيات الزراعية في المنطقة على تأهيل قنوات الري في سهل فم لكليتة.\n"
    "كما وزعت منظمة الرؤية العالمية أمس ألفي طن من الأرز والذرة على سكان امبان المتضررين من الفيضانات الأخيرة.\n"
    "وفي قرية انوامغار، اعتقل خفر السواحل الموريتاني تسعة صيادين أجانب بتهمة الصيد داخل حظيرة حوض آرغين الوطنية، وانتقد النائب بيرام الداه اعبيد أمس ما وصفه بتساهل السلطات مع السفن الأجنبية.\n"
    "ويلتقي الوزير ولد بوسيف ممثلي البحارة في تانيت السبت المقبل، بحسب بيان للوزارة أكد أن «الراحة البيولوجية ضرورية لحماية المخزون، وأن الدولة لن تترك البحارة دون سند خلال فترة التوقف».",
    [("LOC", "Tanit", ["Port of Tanit", "Tanit port"], ["تانيت", "ميناء تانيت"]),
     ("LOC", "Mauritania", ["Islamic Republic of Mauritania"], ["موريتانيا"]),
     ("LOC", "Maghama", [], ["مقامة"]),
     ("ORG", "Ministry of Fisheries and Maritime Economy (Mauritania)",
      ["Mauritanian Ministry of Fisheries", "Mauritania's Fisheries Ministry"],
      ["وزارة الصيد والاقتصاد البحري الموريتانية"]),
     ("ORG", "Free Confederation of Mauritanian Workers", ["CLTM", "Free Union of Mauritanian Workers"],
      ["الكونفدرالية الحرة لعمال موريتانيا"]),
     ("PERSON", "Cheikh Ould Ahmedou", ["Sheikh Ould Ahmedou"], ["الشيخ ولد أحمدو"]),
     ("PERSON", "El Moctar Ould Boussif", ["Mokhtar Ould Boussif", "Ould Boussif"], ["المختار ولد بوسيف", "ولد بوسيف"]),
     ("ORG", "Mauritanian Institute of Oceanographic Research and Fisheries", ["IMROP"],
      ["المعهد الموريتاني لبحوث المحيطات والصيد"]),
     ("LOC", "Senegal River valley", ["Senegal River Valley", "Senegal river valley"], ["وادي نهر السنغال"]),
     ("PERSON", "Sidi Mohamed Ould Taleb Amar", ["Sidi Mohamed Ould Taleb Amar (minister)"],
      ["سيدي محمد ولد الطالب أعمر"]),
     ("LOC", "Foum Gleita", ["Foum Gleïta", "Foum Gleita plain"], ["فم لكليتة"]),
     ("ORG", "World Vision", ["World Vision International"], ["منظمة الرؤية العالمية", "الرؤية العالمية"]),
     ("LOC", "M'Bagne", ["Mbagne", "M'Bagne (Mauritania)"], ["امبان"]),
     ("LOC", "Nouamghar", ["Nouamghar village", "Mamghar"], ["انوامغار"]),
     ("ORG", "Mauritanian Coast Guard", ["Garde-côtes mauritaniens", "Mauritanian Coastguard"], ["خفر السواحل الموريتاني"]),
     ("LOC", "Banc d'Arguin National Park", ["Banc d'Arguin", "Parc national du Banc d'Arguin"],
      ["حظيرة حوض آرغين الوطنية", "حوض آرغين"]),
     ("PERSON", "Biram Dah Abeid", ["Biram Ould Dah Ould Abeid"], ["بيرام الداه اعبيد"])],
    [("14", "إضرابهم", "Tanit", "2026-11-08"), ("10", "وطالبت", None, None), ("12", "ورفض", None, None),
     ("03", "وعرض", None, None), ("04", "زار", "Maghama", "2026-11-08"), ("05", "واتفق", "Maghama", "2026-11-08"),
     ("07", "وزعت", "M'Bagne", "2026-11-08"), ("17", "اعتقل", "Nouamghar", None),
     ("11", "وانتقد", None, "2026-11-08"), ("04", "ويلتقي", "Tanit", "2026-11-14")])

doc("b27-ar-03-suez-arish", "ar", "2026-11-12T08:00:00Z",
    "محافظ السويس يلتقي صيادي الأدبية ووقفة لعمال شركة بترول في عتاقة",
    "السويس (مصر) - التقى محافظ السويس اللواء عادل إبراهيم نجم أمس الأربعاء ممثلي الصيادين في ميناء الأدبية، بعد قرار حظر الصيد قرب أرصفة الميناء. وقال نجم إن المحافظة «ستوفر بدائل عاجلة لنحو 800 أسرة تعتمد على الصيد مصدرا وحيدا للرزق»، مضيفا أن لجنة مشتركة ستحصر أعداد المراكب المتضررة خلال أسبوع.\n"
    "وفي منطقة عتاقة، نظم مئات من عمال شركة السويس لتصنيع البترول أمس وقفة احتجاجية أمام مقر الشركة، وطالبوا بصرف الأرباح السنوية المتأخرة. ورفضت إدارة الشركة مطالبهم، ووصفت الوقفة بأنها «مخالفة للائحة».\n"
    "وانتقدت دار الخدمات النقابية والعمالية موقف الإدارة، وحذرت من اتساع الاحتجاجات إلى شركات البتروكيماويات.\n"
    "وفي شمال سيناء، أعلن بيت الزكاة والصدقات المصري أن 60 شاحنة محملة بالأغذية والخيام وصلت أمس من مخازنها في العريش إلى مدينة الشيخ زويد.\n"
    "كما قالت مديرية أمن السويس إنها ضبطت الأحد الماضي تشكيلا لتهريب الوقود على طريق السويس الصحراوي، وأحالت 11 متهما إلى النيابة العامة التي أمرت بحبسهم أربعة أيام على ذمة التحقيق.\n"
    "واستقبل محافظ شمال سيناء اللواء خالد مجاور في العريش وفدا من مؤسسة حياة كريمة، وعرض تخصيص أراض في بئر العبد لإقامة مخازن إقليمية للمساعدات.\n"
    "ويعقد المجلس التنفيذي لمحافظة السويس اجتماعا طارئا الأحد المقبل لبحث تعويض الصيادين ومراجعة قرار الحظر وتوفير قروض ميسرة لإصلاح المراكب، بحسب بيان للمحافظة أشار إلى أن قرار الحظر مؤقت حتى انتهاء أعمال التطوير.",
    [("LOC", "Suez", ["Suez Governorate"], ["السويس"]),
     ("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("PERSON", "Adel Ibrahim Negm", ["Adel Ibrahim Nagm", "Negm"], ["عادل إبراهيم نجم", "نجم"]),
     ("LOC", "Adabiya port", ["Port of Adabiya", "Al Adabiya"], ["ميناء الأدبية"]),
     ("LOC", "Ataqa", ["Attaka", "Ataka"], ["عتاقة"]),
     ("ORG", "Suez Oil Processing Company", ["SOPC"], ["شركة السويس لتصنيع البترول"]),
     ("ORG", "Center for Trade Union and Workers Services", ["CTUWS", "Centre for Trade Union and Workers' Services"],
      ["دار الخدمات النقابية والعمالية"]),
     ("LOC", "North Sinai", ["North Sinai Governorate"], ["شمال سيناء"]),
     ("ORG", "Bayt Al-Zakat wal-Sadaqat", ["Egyptian House of Zakat and Charity", "Beit El Zakat"], ["بيت الزكاة والصدقات المصري"]),
     ("LOC", "Arish", ["El Arish", "Al-Arish"], ["العريش"]),
     ("LOC", "Sheikh Zuweid", ["Sheikh Zuwayed", "El-Sheikh Zuweid"], ["الشيخ زويد"]),
     ("ORG", "Suez Security Directorate", ["Suez security directorate"], ["مديرية أمن السويس"]),
     ("LOC", "Suez Desert Road", ["Cairo-Suez Desert Road"], ["طريق السويس الصحراوي"]),
     ("PERSON", "Khaled Megawer", ["Khaled Mugawer", "Khalid Megawer"], ["خالد مجاور"]),
     ("ORG", "Hayah Karima Foundation", ["Haya Karima Foundation", "Decent Life Foundation"], ["مؤسسة حياة كريمة"]),
     ("LOC", "Bir al-Abd", ["Bir el-Abd", "Bir Al Abd"], ["بئر العبد"]),
     ("ORG", "Suez Governorate Executive Council", ["Executive Council of Suez Governorate"],
      ["المجلس التنفيذي لمحافظة السويس"])],
    [("04", "التقى", "Adabiya port", "2026-11-11"), ("14", "وقفة احتجاجية", "Ataqa", "2026-11-11"),
     ("10", "وطالبوا", None, None), ("12", "ورفضت", None, None), ("11", "وانتقدت", None, None),
     ("07", "وصلت", "Sheikh Zuweid", "2026-11-11"), ("17", "ضبطت", "Suez Desert Road", "2026-11-08"),
     ("04", "واستقبل", "Arish", None), ("03", "وعرض", "Bir al-Abd", None), ("04", "اجتماعا", None, "2026-11-15")])

doc("b27-ar-04-sidakan-halabja", "ar", "2026-11-17T08:00:00Z",
    "قصف تركي قرب سيدكان واحتجاج لمعلمي حلبجة على تأخر الرواتب",
    "سوران (العراق) - قصفت طائرات مسيرة تركية أمس الاثنين مواقع قرب قرية دولي شهيدان التابعة لناحية سيدكان في إدارة سوران، ما أدى إلى احتراق بساتين ونزوح عشرات العائلات، بحسب مدير ناحية سيدكان إحسان جلبي رسول. وقال رسول إن القصف «استهدف مناطق زراعية مأهولة ولا يوجد فيها أي مسلحين»، مشيرا إلى أن الأهالي يخشون العودة إلى قراهم قبل حلول الشتاء.\n"
    "وانتقدت منظمة فرق صناع السلام المجتمعية القصف، وطالبت وزارة الخارجية العراقية باستدعاء السفير التركي.\n"
    "وفي سوران، التقى رئيس الإدارة المستقلة لسوران كرمانج عزت القنصل الإيراني في المدينة، وبحث معه حركة الشاحنات عبر معبر حاج عمران الحدودي.\n"
    "وفي حلبجة، تظاهر أمس مئات المعلمين والموظفين أمام مبنى المحافظة احتجاجا على تأخر رواتب شهرين، وطالبوا وزارة المالية العراقية بإرسال الأموال. واعتقلت شرطة حلبجة أربعة من منظمي الاحتجاج، وفق مركز ميترو للدفاع عن حقوق الصحفيين.\n"
    "ورفض وزير المالية والاقتصاد في حكومة الإقليم آوات شيخ جناب تحميل الإقليم مسؤولية التأخير، متهما الحكومة الاتحادية بتسييس ملف الرواتب، ومؤكدا أن الإقليم سلم جميع الإيرادات غير النفطية المستحقة عليه.\n"
    "إلى ذلك، وقعت مؤسسة بارزاني الخيرية أمس مع منظمة أطفال الحرب الهولندية اتفاقا لتأهيل مدارس القرى الحدودية المتضررة من القصف، وقال مسؤول في المؤسسة إن «مئات التلاميذ انقطعوا عن الدراسة منذ أشهر».\n"
    "ويزور وفد من ديوان الرقابة المالية الاتحادي حلبجة الخميس المقبل لتدقيق سجلات الموظفين.",
    [("LOC", "Sidakan", ["Sidakan subdistrict", "Sidakan (Iraq)"], ["سيدكان", "ناحية سيدكان"]),
     ("LOC", "Halabja", ["Halabja Governorate", "Halabja (Iraq)"], ["حلبجة"]),
     ("LOC", "Soran", ["Soran Independent Administration", "Soran district"], ["سوران"]),
     ("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("LOC", "Doli Shahidan", ["Doli Shehidan"], ["دولي شهيدان"]),
     ("PERSON", "Ihsan Chalabi Rasul", ["Ihsan Chelebi Rasul", "Ihsan Chalabi"], ["إحسان جلبي رسول", "رسول"]),
     ("ORG", "Community Peacemaker Teams", ["CPT Iraqi Kurdistan", "Christian Peacemaker Teams"],
      ["منظمة فرق صناع السلام المجتمعية", "فرق صناع السلام المجتمعية"]),
     ("ORG", "Ministry of Foreign Affairs (Iraq)", ["Iraqi Foreign Ministry", "Iraq's Foreign Ministry"],
      ["وزارة الخارجية العراقية"]),
     ("ORG", "Soran Independent Administration", ["Soran Administration"], ["الإدارة المستقلة لسوران"]),
     ("PERSON", "Kurmanj Izzat", ["Kurmanj Ezzat"], ["كرمانج عزت"]),
     ("LOC", "Haji Omaran border crossing", ["Haji Omaran crossing", "Hajj Omaran", "Haji Omaran"], ["معبر حاج عمران"]),
     ("ORG", "Ministry of Finance (Iraq)", ["Iraqi Finance Ministry", "Iraq's Finance Ministry"], ["وزارة المالية العراقية"]),
     ("ORG", "Halabja Police", ["Halabja police directorate"], ["شرطة حلبجة"]),
     ("ORG", "Metro Center for Journalists' Rights and Advocacy", ["Metro Center", "Metro Center to Defend Journalists"],
      ["مركز ميترو للدفاع عن حقوق الصحفيين"]),
     ("PERSON", "Awat Sheikh Janab", ["Awat Janab Noori", "Awat Sheikh Janab Noori", "Awat Janab"], ["آوات شيخ جناب"]),
     ("ORG", "Barzani Charity Foundation", ["BCF"], ["مؤسسة بارزاني الخيرية"]),
     ("ORG", "War Child Holland", ["War Child", "War Child Netherlands"], ["منظمة أطفال الحرب الهولندية"]),
     ("ORG", "Federal Board of Supreme Audit", ["Iraqi Federal Board of Supreme Audit", "Board of Supreme Audit"],
      ["ديوان الرقابة المالية الاتحادي"])],
    [("19", "قصفت", "Doli Shahidan", "2026-11-16"), ("11", "وانتقدت", None, None),
     ("04", "التقى", "Soran", None), ("14", "تظاهر", "Halabja", "2026-11-16"), ("10", "وطالبوا", None, None),
     ("17", "واعتقلت", "Halabja", None), ("12", "ورفض", None, None), ("11", "متهما", None, None),
     ("05", "وقعت", None, "2026-11-16"), ("04", "ويزور", "Halabja", "2026-11-19")])

doc("b27-ar-05-rams-kalba", "ar", "2026-11-21T08:00:00Z",
    "شرطة رأس الخيمة تضبط عصابة احتيال في الرمس وجمعية إماراتية ترسل مساعدات إلى جزر القمر",
    "رأس الخيمة (الإمارات) - ضبطت القيادة العامة لشرطة رأس الخيمة أمس الجمعة عصابة من 9 أشخاص في منطقة الرمس، بتهمة إدارة مراكز اتصال وهمية للاحتيال الإلكتروني، وصادرت أجهزة وشرائح اتصال. وقال القائد العام للشرطة اللواء علي عبد الله بن علوان النعيمي إن العصابة «استهدفت مئات الضحايا داخل الدولة وخارجها عبر رسائل نصية ومكالمات تنتحل صفة جهات رسمية»، داعيا الجمهور إلى عدم مشاركة بياناتهم المصرفية.\n"
    "وفي كلباء، استقبل رئيس دائرة التنمية الاقتصادية في الشارقة حمد علي عبد الله المحمود أمس وفدا من غرفة تجارة وصناعة إسطنبول، ووقع الجانبان مذكرة تفاهم لتنظيم معرض مشترك للصناعات الغذائية في المدينة خلال الربيع.\n"
    "كما سيرت جمعية الشارقة الخيرية أمس طائرة مساعدات تحمل 40 طنا من المواد الغذائية والأدوية إلى مطار أنجوان في جزر القمر، لتوزيعها على المتضررين من السيول الأخيرة. وقال المحمود إن المساعدات «جزء من حملة تستمر حتى نهاية العام».\n"
    "وفي مسافي، طالب مزارعون وزارة التغير المناخي والبيئة بتعويضهم عن خسائر نفوق المواشي، فيما رفضت الوزارة ربط النفوق بمياه الآبار.\n"
    "وعرضت شركة موانئ رأس الخيمة تخصيص أرصفة لمراكب الصيد في ميناء صقر، بعد شكاوى صيادي شعم من ازدحام مرفأ القرية.\n"
    "ومن المقرر أن يلتقي ممثلو المزارعين مسؤولي الوزارة في مدينة الذيد الثلاثاء المقبل، لبحث آلية صرف التعويضات وإجراء فحوص مخبرية جديدة على مياه الآبار في المناطق الزراعية المتضررة.",
    [("ORG", "Ras Al Khaimah Police", ["Ras Al Khaimah Police General Command", "RAK Police General Command"],
      ["القيادة العامة لشرطة رأس الخيمة", "شرطة رأس الخيمة"]),
     ("LOC", "Ras Al Khaimah", ["RAK", "Ras al-Khaimah"], ["رأس الخيمة"]),
     ("LOC", "United Arab Emirates", ["UAE", "Emirates"], ["الإمارات"]),
     ("LOC", "Al Rams", ["Rams", "Al-Rams"], ["الرمس"]),
     ("PERSON", "Ali Abdullah bin Alwan Al Nuaimi", ["Ali bin Alwan Al Nuaimi", "Ali Abdullah Alwan Al Nuaimi"],
      ["علي عبد الله بن علوان النعيمي"]),
     ("LOC", "Kalba", [], ["كلباء"]),
     ("ORG", "Sharjah Economic Development Department", ["SEDD", "Sharjah Department of Economic Development"],
      ["دائرة التنمية الاقتصادية في الشارقة"]),
     ("PERSON", "Hamad Ali Abdullah Al Mahmoud", ["Hamad Al Mahmoud"], ["حمد علي عبد الله المحمود", "المحمود"]),
     ("ORG", "Istanbul Chamber of Commerce", ["ITO", "Istanbul Chamber of Commerce and Industry"],
      ["غرفة تجارة وصناعة إسطنبول"]),
     ("ORG", "Sharjah Charity Association", ["Sharjah Charity International", "Sharjah Charity Society"],
      ["جمعية الشارقة الخيرية"]),
     ("LOC", "Anjouan Airport", ["Ouani Airport", "Anjouan-Ouani Airport"], ["مطار أنجوان"]),
     ("LOC", "Comoros", ["Union of the Comoros"], ["جزر القمر"]),
     ("LOC", "Masafi", [], ["مسافي"]),
     ("ORG", "Ministry of Climate Change and Environment (UAE)", ["MOCCAE", "UAE Ministry of Climate Change and Environment"],
      ["وزارة التغير المناخي والبيئة"]),
     ("ORG", "RAK Ports", ["Ras Al Khaimah Ports"], ["شركة موانئ رأس الخيمة", "موانئ رأس الخيمة"]),
     ("LOC", "Saqr Port", ["Port of Saqr", "Saqr"], ["ميناء صقر"]),
     ("LOC", "Sha'am", ["Shaam", "Sha'am (Ras Al Khaimah)"], ["شعم"]),
     ("LOC", "Al Dhaid", ["Dhaid", "Al-Dhaid"], ["الذيد"])],
    [("17", "ضبطت", "Al Rams", "2026-11-20"), ("04", "استقبل", "Kalba", "2026-11-20"),
     ("05", "ووقع", "Kalba", "2026-11-20"), ("07", "سيرت", "Anjouan Airport", "2026-11-20"), ("10", "طالب", None, None),
     ("12", "رفضت", None, None), ("03", "وعرضت", "Saqr Port", None), ("04", "يلتقي", "Al Dhaid", "2026-11-24")])

doc("b27-ar-06-tibesti-miski", "ar", "2026-11-25T08:00:00Z",
    "اشتباكات بين الجيش التشادي ومنقبين عن الذهب في تيبستي ووزير تشادي في وور",
    "فايا (تشاد) - اندلعت فجر أمس الثلاثاء اشتباكات بين وحدات من الجيش الوطني التشادي ومسلحين من لجنة الدفاع الذاتي في ميسكي بإقليم تيبستي، قرب مواقع التنقيب عن الذهب، ما أسفر عن مقتل ستة أشخاص وإصابة تسعة آخرين، بينهم عمال مناجم مدنيون، بحسب بيان لوزارة الدفاع التشادية. وقالت الوزارة إن مروحيات عسكرية قصفت مواقع المسلحين قرب بلدة يبي بو.\n"
    "وانتقدت الجمعية التشادية لتعزيز حقوق الإنسان والدفاع عنها العملية، وطالبت السلطات بفتح تحقيق مستقل في سقوط مدنيين.\n"
    "وفي بلدة وور قرب الحدود مع النيجر، التقى وزير الأمن العام التشادي علي أحمد أغبش أمس حاكم منطقة كوار النيجري العقيد موسى إيساكا، وبحثا تأمين طريق القوافل التجارية بين البلدين ومكافحة تهريب الوقود والأسلحة عبر الصحراء. واتفق الجانبان على تسيير دوريات مشتركة قرب واحة سيغيدين.\n"
    "وقال أغبش إن تشاد «مستعدة لإرسال قوات إلى الحدود المشتركة إذا طلبت السلطات النيجرية ذلك».\n"
    "في غضون ذلك، أضرب عمال منجم كوري بوغودي منذ الأحد الماضي، مطالبين بزيادة الأجور، فيما رفضت الشركة التفاوض قبل استئناف العمل.\n"
    "وفي برداي، وزعت منظمة الإغاثة الأولية الدولية أمس أدوية وأغذية على 3 آلاف نازح فروا من مناطق التنقيب خلال الأيام الماضية.\n"
    "ويزور أغبش فايا لارجو الخميس المقبل للقاء زعماء قبائل التبو وبحث خطة لتنظيم التنقيب عن الذهب، بحسب بيان للحكومة قال إن «الدولة لن تتخلى عن بسط سلطتها على مناطق المناجم».",
    [("ORG", "Chadian National Army", ["Chadian Army", "Armée nationale tchadienne"], ["الجيش الوطني التشادي"]),
     ("LOC", "Tibesti", ["Tibesti Province", "Tibesti Mountains"], ["تيبستي", "إقليم تيبستي"]),
     ("LOC", "Wour", ["Wour (Chad)"], ["وور"]),
     ("LOC", "Faya-Largeau", ["Faya", "Largeau"], ["فايا", "فايا لارجو"]),
     ("LOC", "Chad", ["Republic of Chad"], ["تشاد"]),
     ("ORG", "Miski Self-Defence Committee", ["Miski self-defense committee", "Comité d'autodéfense de Miski"],
      ["لجنة الدفاع الذاتي في ميسكي"]),
     ("ORG", "Ministry of Defence (Chad)", ["Chadian Ministry of Defence", "Chad's Defence Ministry"],
      ["وزارة الدفاع التشادية"]),
     ("LOC", "Yebbi-Bou", ["Yebbi Bou", "Yebibou"], ["يبي بو"]),
     ("ORG", "Chadian Association for the Promotion and Defence of Human Rights", ["ATPDH"],
      ["الجمعية التشادية لتعزيز حقوق الإنسان والدفاع عنها"]),
     ("LOC", "Niger", ["Republic of the Niger"], ["النيجر"]),
     ("PERSON", "Ali Ahmat Aghabache", ["Ali Ahmat Akhabach", "Aghabache"], ["علي أحمد أغبش", "أغبش"]),
     ("LOC", "Kawar", ["Kaouar", "Kawar Department"], ["كوار"]),
     ("PERSON", "Moussa Issaka", ["Moussa Issaka (Niger)"], ["موسى إيساكا"]),
     ("LOC", "Séguédine", ["Seguedine"], ["سيغيدين"]),
     ("LOC", "Kouri Bougoudi", ["Kouri Bougoudi mine", "Kouri Bougoudi gold field"], ["كوري بوغودي", "منجم كوري بوغودي"]),
     ("LOC", "Bardaï", ["Bardai"], ["برداي"]),
     ("ORG", "Première Urgence Internationale", ["PUI", "Premiere Urgence Internationale"], ["منظمة الإغاثة الأولية الدولية"])],
    [("19", "اشتباكات", "Tibesti", "2026-11-24"), ("19", "قصفت", "Yebbi-Bou", "2026-11-24"),
     ("11", "وانتقدت", None, None), ("10", "وطالبت", None, None),
     ("04", "التقى", "Wour", "2026-11-24"), ("05", "واتفق", "Wour", "2026-11-24"), ("03", "مستعدة", None, None),
     ("14", "أضرب", "Kouri Bougoudi", "2026-11-22"), ("10", "مطالبين", None, None), ("12", "رفضت", None, None),
     ("07", "وزعت", "Bardaï", "2026-11-24"), ("04", "ويزور", "Faya-Largeau", "2026-11-26")])

doc("b27-en-01-yobe-adamawa", "en", "2026-11-06T08:00:00Z",
    "Nigerian troops repel attack on Buni Yadi as Yobe farmers protest curfew",
    "DAMATURU, Nigeria - Nigerian troops repelled an attack by suspected jihadist fighters on a military base in Buni Yadi on Thursday, killing at least 20 insurgents, the army's Operation Hadin Kai said. Air force jets carried out air strikes on fleeing fighters near Goniri the same night, the force's spokesman, Air Commodore Ehimen Ejodame, said.\n"
    "In Damaturu, hundreds of farmers marched to the Yobe State Government House on Thursday to protest a dusk-to-dawn curfew on farmland along the Damaturu-Gujba road. The Yobe State chapter of the All Farmers Association of Nigeria demanded that the curfew be lifted before the dry-season harvest.\n"
    "Governor Mai Mala Buni rejected the demand, saying the curfew had cut abductions of farmers by half, but offered to provide military escorts for harvest crews.\n"
    "In Potiskum, the Civil Liberties Organisation criticised the arrest of eleven young men in Fika last week, accusing soldiers of detaining them without charge. Fika's local government chairman, Yusuf Muhammad Garba, said the detainees had been handed to police.\n"
    "Separately, Action Against Hunger delivered seeds and fertiliser to 4,000 households in Geidam, and Mercy Corps opened two clinics in Nguru.\n"
    "Buni met the Chief of Army Staff, Lieutenant General Waidi Shaibu, in Damaturu on Wednesday and is due to visit Buni Yadi next Tuesday, his spokesman said.",
    [("LOC", "Buni Yadi", ["Buni-Yadi"], ["Buni Yadi"]),
     ("LOC", "Yobe State", ["Yobe"], ["Yobe", "Yobe State"]),
     ("LOC", "Damaturu", [], ["DAMATURU", "Damaturu"]),
     ("LOC", "Nigeria", ["Federal Republic of Nigeria"], ["Nigeria"]),
     ("ORG", "Operation Hadin Kai", ["OPHK", "Hadin Kai"], ["Operation Hadin Kai"]),
     ("LOC", "Goniri", [], ["Goniri"]),
     ("PERSON", "Ehimen Ejodame", [], ["Ehimen Ejodame"]),
     ("LOC", "Yobe State Government House", ["Government House Damaturu"], ["Yobe State Government House"]),
     ("LOC", "Gujba", [], ["Gujba"]),
     ("ORG", "All Farmers Association of Nigeria", ["AFAN"], ["All Farmers Association of Nigeria"]),
     ("PERSON", "Mai Mala Buni", ["Buni"], ["Mai Mala Buni", "Buni"]),
     ("LOC", "Potiskum", [], ["Potiskum"]),
     ("ORG", "Civil Liberties Organisation", ["CLO", "Civil Liberties Organization"], ["Civil Liberties Organisation"]),
     ("LOC", "Fika", [], ["Fika"]),
     ("PERSON", "Yusuf Muhammad Garba", ["Yusuf Garba"], ["Yusuf Muhammad Garba"]),
     ("ORG", "Action Against Hunger", ["Action contre la faim", "ACF"], ["Action Against Hunger"]),
     ("LOC", "Geidam", [], ["Geidam"]),
     ("ORG", "Mercy Corps", [], ["Mercy Corps"]),
     ("LOC", "Nguru", [], ["Nguru"]),
     ("PERSON", "Waidi Shaibu", ["Waidi Shuaibu"], ["Waidi Shaibu"])],
    [("19", "repelled", "Buni Yadi", "2026-11-05"), ("19", "air strikes", "Goniri", "2026-11-05"),
     ("14", "marched", "Yobe State Government House", "2026-11-05"), ("10", "demanded", None, None),
     ("12", "rejected", None, None), ("03", "offered", None, None), ("11", "criticised", None, None),
     ("07", "delivered", "Geidam", None), ("07", "opened", "Nguru", None), ("04", "met", "Damaturu", "2026-11-04"),
     ("04", "visit", "Buni Yadi", "2026-11-10")])

doc("b27-en-02-bandarban-teknaf", "en", "2026-11-15T08:00:00Z",
    "Bangladesh army clashes with KNF in Bandarban; Teknaf fishermen strike over ban",
    "BANDARBAN, Bangladesh - Bangladeshi soldiers clashed with fighters of the Kuki-Chin National Front (KNF) near Ruma on Saturday, leaving two soldiers wounded, the Inter-Services Public Relations Directorate (ISPR) said. Troops later raided a hideout near Thanchi and arrested four suspects.\n"
    "Bawm community leaders criticised the raids, saying villagers had fled to Ruma bazaar, and the Chittagong Hill Tracts Regional Council demanded an independent inquiry. The council's chairman, Jyotirindra Bodhipriya Larma, rejected the army's account of the clash.\n"
    "In Teknaf, some 3,000 fishermen went on strike on Saturday against a ban on fishing in the Naf river, blocking the Marine Drive for three hours. The Bangladesh Coast Guard said it would keep patrols on the river because of smuggling from Myanmar.\n"
    "The Cox's Bazar deputy commissioner, Mohammad Salahuddin, met the fishermen's leaders and offered food rations for 8,000 families. The Danish Refugee Council said it would extend cash aid to host communities in Ukhia.\n"
    "The Bandarban deputy commissioner, Shah Mojahid Uddin, is due to visit Ruma next Friday, the Ministry of Home Affairs said, while the fishermen's association threatened to blockade the Shah Porir Dwip jetty if the ban was not lifted.",
    [("LOC", "Bandarban", ["Bandarban District"], ["BANDARBAN", "Bandarban"]),
     ("LOC", "Bangladesh", ["People's Republic of Bangladesh"], ["Bangladesh"]),
     ("ORG", "Kuki-Chin National Front", ["KNF", "Kuki Chin National Front"], ["Kuki-Chin National Front", "KNF"]),
     ("LOC", "Ruma", ["Ruma Upazila"], ["Ruma"]),
     ("ORG", "Inter-Services Public Relations Directorate", ["ISPR", "Inter Services Public Relations (Bangladesh)"],
      ["Inter-Services Public Relations Directorate", "ISPR"]),
     ("LOC", "Thanchi", ["Thanchi Upazila"], ["Thanchi"]),
     ("ORG", "Chittagong Hill Tracts Regional Council", ["CHT Regional Council"], ["Chittagong Hill Tracts Regional Council"]),
     ("PERSON", "Jyotirindra Bodhipriya Larma", ["Santu Larma", "J.B. Larma"], ["Jyotirindra Bodhipriya Larma"]),
     ("LOC", "Teknaf", ["Teknaf Upazila"], ["Teknaf"]),
     ("LOC", "Naf River", [], ["Naf river"]),
     ("LOC", "Marine Drive (Cox's Bazar)", ["Cox's Bazar-Teknaf Marine Drive", "Marine Drive"], ["Marine Drive"]),
     ("ORG", "Bangladesh Coast Guard", [], ["Bangladesh Coast Guard"]),
     ("LOC", "Myanmar", [], ["Myanmar"]),
     ("LOC", "Cox's Bazar", ["Cox's Bazar District"], ["Cox's Bazar"]),
     ("PERSON", "Mohammad Salahuddin", [], ["Mohammad Salahuddin"]),
     ("ORG", "Danish Refugee Council", [], ["Danish Refugee Council"]),
     ("LOC", "Ukhia", ["Ukhiya"], ["Ukhia"]),
     ("PERSON", "Shah Mojahid Uddin", ["Shah Mujahid Uddin"], ["Shah Mojahid Uddin"]),
     ("ORG", "Ministry of Home Affairs (Bangladesh)", ["Bangladesh Home Ministry"], ["Ministry of Home Affairs"]),
     ("LOC", "Shah Porir Dwip", ["Shahporir Dwip", "Shah Porir Deep"], ["Shah Porir Dwip"])],
    [("19", "clashed", "Ruma", "2026-11-14"), ("17", "raided", "Thanchi", None), ("11", "criticised", None, None),
     ("10", "demanded", None, None), ("12", "rejected", None, None), ("14", "strike", "Teknaf", "2026-11-14"),
     ("04", "met", None, None), ("03", "offered", None, None), ("07", "extend cash aid", "Ukhia", None),
     ("04", "visit", "Ruma", "2026-11-20"), ("13", "threatened", "Shah Porir Dwip", None)])

doc("b27-en-03-manabi-manta", "en", "2026-11-27T08:00:00Z",
    "Ecuador police raid Manta port gang; Portoviejo teachers strike",
    "MANTA, Ecuador - Ecuadorian police and marines raided a warehouse at the port of Manta on Thursday, arrested 14 suspected members of the Los Choneros gang and seized 2.3 tonnes of cocaine hidden in tuna containers, Ecuador's Interior Ministry said. Interior Minister John Reimberg said the cargo was bound for Belgium.\n"
    "The Manabí Provincial Council criticised the port authority, accusing it of ignoring warnings about the terminal operated by Terminal Portuario de Manta. The operator rejected the charge.\n"
    "In Portoviejo, teachers of the National Union of Educators went on strike on Thursday and marched to the Manabí governorate, demanding unpaid salaries from the Education Ministry. The union's provincial leader, Rosa Mendoza Cedeño, threatened to extend the strike to Chone and Jipijapa.\n"
    "The governor of Manabí, Marcelo Zambrano Vera, met union leaders on Thursday evening and offered to release back pay within two weeks.\n"
    "The Ecuadorian Red Cross delivered water filters to flood-hit families in Rocafuerte, while the Spanish Agency for International Development Cooperation signed an agreement with the Manta municipality on a new water plant.\n"
    "Reimberg is due to visit Manta next Monday to meet port operators, the ministry said.",
    [("LOC", "Manta", ["Manta (Ecuador)", "Port of Manta"], ["MANTA", "Manta"]),
     ("LOC", "Ecuador", ["Republic of Ecuador"], ["Ecuador"]),
     ("ORG", "Los Choneros", ["Choneros"], ["Los Choneros"]),
     ("ORG", "Ministry of the Interior (Ecuador)", ["Ecuadorian Interior Ministry", "Ecuador's interior ministry"],
      ["Interior Ministry"]),
     ("PERSON", "John Reimberg", ["Reimberg"], ["John Reimberg", "Reimberg"]),
     ("LOC", "Belgium", [], ["Belgium"]),
     ("ORG", "Provincial Government of Manabí", ["Manabí Provincial Council", "Prefecture of Manabí"],
      ["Manabí Provincial Council"]),
     ("ORG", "Terminal Portuario de Manta", ["TPM", "Manta Port Terminal"], ["Terminal Portuario de Manta"]),
     ("LOC", "Portoviejo", [], ["Portoviejo"]),
     ("ORG", "National Union of Educators (Ecuador)", ["Unión Nacional de Educadores"], ["National Union of Educators"]),
     ("LOC", "Manabí", ["Manabí Province", "Manabi"], ["Manabí"]),
     ("ORG", "Ministry of Education (Ecuador)", ["Ecuadorian Education Ministry", "Ecuador's education ministry"],
      ["Education Ministry"]),
     ("PERSON", "Rosa Mendoza Cedeño", ["Rosa Mendoza"], ["Rosa Mendoza Cedeño"]),
     ("LOC", "Chone", [], ["Chone"]),
     ("LOC", "Jipijapa", [], ["Jipijapa"]),
     ("PERSON", "Marcelo Zambrano Vera", ["Marcelo Zambrano"], ["Marcelo Zambrano Vera"]),
     ("ORG", "Ecuadorian Red Cross", ["Cruz Roja Ecuatoriana"], ["Ecuadorian Red Cross"]),
     ("LOC", "Rocafuerte", ["Rocafuerte (Manabí)"], ["Rocafuerte"]),
     ("ORG", "Spanish Agency for International Development Cooperation", ["AECID"], ["Spanish Agency for International Development Cooperation"])],
    [("17", "raided", "Manta", "2026-11-26"), ("11", "criticised", None, None), ("12", "rejected", None, None),
     ("14", "strike", "Portoviejo", "2026-11-26"), ("10", "demanding", None, None), ("13", "threatened", None, None),
     ("04", "met", None, "2026-11-26"), ("03", "offered", None, None), ("07", "delivered", "Rocafuerte", None),
     ("05", "signed", "Manta", None), ("04", "visit", "Manta", "2026-11-30")])

doc("b27-fr-01-moundou-gore", "fr", "2026-11-03T08:00:00Z",
    "Tchad : grève des enseignants à Moundou, aide aux réfugiés centrafricains à Goré",
    "MOUNDOU (Tchad) - Les enseignants des écoles publiques de Moundou ont entamé lundi une grève illimitée à l'appel du Syndicat des enseignants du Tchad, pour réclamer le paiement de trois mois d'arriérés de primes. Le secrétaire provincial du syndicat pour le Logone occidental, Ngarlem Djimadoum, a exigé le versement des primes avant la fin du mois.\n"
    "Le gouverneur de la province du Logone occidental, le général Mahamat Abakar Tahir, a rejeté la grève, qu'il juge « illégale en période d'examens », et a menacé de suspendre les salaires des grévistes.\n"
    "À Goré, près de la frontière centrafricaine, le Secours catholique et de développement (Secadev) a acheminé lundi 25 camions de vivres et de bâches pour les réfugiés du camp d'Amboko, tandis que l'ONG Cordaid a ouvert une clinique mobile à Baïbokoum.\n"
    "L'Armée nationale tchadienne a affronté dimanche des coupeurs de route près de Koumra, dans le Mandoul, et saisi deux véhicules chargés d'armes, selon le ministère tchadien de la Sécurité publique.\n"
    "L'Association tchadienne pour la promotion et la défense des droits de l'homme (ATPDH) a dénoncé l'arrestation de trois syndicalistes à Doba samedi dernier.\n"
    "Le ministère tchadien de l'Éducation nationale doit rencontrer les syndicats à Moundou jeudi prochain, a indiqué le gouvernorat.",
    [("LOC", "Moundou", [], ["MOUNDOU", "Moundou"]),
     ("LOC", "Chad", ["Tchad", "Republic of Chad"], ["Tchad"]),
     ("LOC", "Goré", ["Gore (Chad)", "Gore"], ["Goré"]),
     ("ORG", "Syndicat des enseignants du Tchad", ["Chad Teachers' Union", "Teachers' Union of Chad"],
      ["Syndicat des enseignants du Tchad"]),
     ("LOC", "Logone Occidental", ["Logone occidental", "Logone Occidental Province"], ["Logone occidental"]),
     ("PERSON", "Ngarlem Djimadoum", [], ["Ngarlem Djimadoum"]),
     ("PERSON", "Mahamat Abakar Tahir", ["Mahamat Tahir"], ["Mahamat Abakar Tahir"]),
     ("ORG", "Secadev", ["Secours catholique et de développement", "SECADEV"],
      ["Secours catholique et de développement", "Secadev"]),
     ("LOC", "Amboko camp", ["Amboko", "Amboko refugee camp"], ["Amboko"]),
     ("ORG", "Cordaid", [], ["Cordaid"]),
     ("LOC", "Baïbokoum", ["Baibokoum"], ["Baïbokoum"]),
     ("ORG", "Chadian National Army", ["Armée nationale tchadienne", "ANT", "Chadian Army"], ["Armée nationale tchadienne"]),
     ("LOC", "Koumra", [], ["Koumra"]),
     ("LOC", "Mandoul", ["Mandoul Province"], ["Mandoul"]),
     ("ORG", "Ministry of Public Security (Chad)", ["Chadian Ministry of Public Security", "ministère tchadien de la Sécurité publique"],
      ["ministère tchadien de la Sécurité publique"]),
     ("ORG", "Chadian Association for the Promotion and Defence of Human Rights", ["ATPDH"],
      ["Association tchadienne pour la promotion et la défense des droits de l'homme", "ATPDH"]),
     ("LOC", "Doba", [], ["Doba"]),
     ("ORG", "Ministry of National Education (Chad)", ["Chadian Ministry of Education"],
      ["ministère tchadien de l'Éducation nationale"])],
    [("14", "grève", "Moundou", "2026-11-02"), ("10", "a exigé", None, None), ("12", "a rejeté", None, None),
     ("13", "a menacé", None, None), ("07", "a acheminé", "Amboko camp", "2026-11-02"), ("07", "a ouvert", "Baïbokoum", None),
     ("19", "a affronté", "Koumra", "2026-11-01"), ("11", "a dénoncé", None, None),
     ("04", "rencontrer", "Moundou", "2026-11-05")])

doc("b27-fr-02-touboro-garoua", "fr", "2026-11-19T08:00:00Z",
    "Nord du Cameroun : enlèvements près de Touboro, manifestation à Tcholliré",
    "TCHOLLIRÉ (Cameroun) - Des preneurs d'otages armés ont attaqué mercredi le village de Mbaï-Mboum, près de Touboro, enlevant sept éleveurs et incendiant une vingtaine de cases, a indiqué le préfet du Mayo-Rey, Haman Oumarou Bello. Le Bataillon d'intervention rapide a ensuite lancé une opération le long de la frontière avec la Centrafrique.\n"
    "À Tcholliré, plusieurs centaines de commerçants ont manifesté mercredi devant la préfecture pour protester contre les coupures d'électricité d'Eneo. Le gouverneur régional, Jean Abate Edi'i, a reçu une délégation et a promis une rencontre avec l'entreprise.\n"
    "Eneo a rejeté toute responsabilité, accusant la Société nationale de transport de l'électricité (Sonatrel) de retards sur la ligne issue du barrage de Lagdo.\n"
    "Samedi dernier, la gendarmerie a interpellé onze personnes à Guider, soupçonnées de contrebande de carburant. Le Réseau des défenseurs des droits humains en Afrique centrale (Redhac) a critiqué ces arrestations et exigé la présentation des suspects à un juge.\n"
    "L'ONG Plan International a distribué des vivres à 5 000 déplacés à Rey-Bouba, avec l'appui de la Fédération luthérienne mondiale.\n"
    "Le ministre de l'Administration territoriale, Paul Atanga Nji, est attendu à Tcholliré samedi prochain.",
    [("LOC", "Touboro", [], ["Touboro"]),
     ("LOC", "Tcholliré", ["Tchollire"], ["TCHOLLIRÉ", "Tcholliré"]),
     ("LOC", "Cameroon", ["Cameroun", "Republic of Cameroon"], ["Cameroun"]),
     ("LOC", "Mbaï-Mboum", ["Mbai-Mboum", "Mbaï Mboum"], ["Mbaï-Mboum"]),
     ("LOC", "Mayo-Rey", ["Mayo-Rey department"], ["Mayo-Rey"]),
     ("PERSON", "Haman Oumarou Bello", [], ["Haman Oumarou Bello"]),
     ("ORG", "Rapid Intervention Battalion", ["Bataillon d'intervention rapide"], ["Bataillon d'intervention rapide"]),
     ("LOC", "Central African Republic", ["Centrafrique"], ["Centrafrique"]),
     ("ORG", "Eneo", ["Eneo Cameroon", "ENEO"], ["Eneo"]),
     ("PERSON", "Jean Abate Edi'i", ["Jean Abate Edii"], ["Jean Abate Edi'i"]),
     ("ORG", "Sonatrel", ["National Electricity Transmission Company (Cameroon)",
                          "Société nationale de transport de l'électricité"],
      ["Société nationale de transport de l'électricité", "Sonatrel"]),
     ("LOC", "Lagdo Dam", ["Lagdo", "barrage de Lagdo"], ["barrage de Lagdo"]),
     ("LOC", "Guider", [], ["Guider"]),
     ("ORG", "Central Africa Human Rights Defenders Network", ["Redhac", "REDHAC"],
      ["Réseau des défenseurs des droits humains en Afrique centrale", "Redhac"]),
     ("ORG", "Plan International", [], ["Plan International"]),
     ("LOC", "Rey-Bouba", ["Rey Bouba"], ["Rey-Bouba"]),
     ("ORG", "Lutheran World Federation", ["LWF", "Fédération luthérienne mondiale"], ["Fédération luthérienne mondiale"]),
     ("PERSON", "Paul Atanga Nji", ["Atanga Nji"], ["Paul Atanga Nji"])],
    [("18", "ont attaqué", "Mbaï-Mboum", "2026-11-18"),
     ("14", "ont manifesté", "Tcholliré", "2026-11-18"), ("04", "a reçu", None, "2026-11-18"),
     ("03", "a promis", None, None), ("12", "a rejeté", None, None), ("11", "accusant", None, None),
     ("17", "a interpellé", "Guider", "2026-11-14"), ("11", "a critiqué", None, None), ("10", "exigé", None, None),
     ("07", "a distribué", "Rey-Bouba", None), ("04", "attendu", "Tcholliré", "2026-11-21")])

doc("b27-fr-03-oyapock-camopi", "fr", "2026-11-28T08:00:00Z",
    "Guyane : opération contre l'orpaillage illégal près de Camopi, blocage du pont de l'Oyapock",
    "SAINT-GEORGES (Guyane) - Les Forces armées en Guyane et la gendarmerie ont mené vendredi une opération contre des sites d'orpaillage illégal sur l'Oyapock, en amont de Camopi, interpellant 23 orpailleurs clandestins et détruisant quatre barges, a annoncé la préfecture de la Guyane.\n"
    "Le procureur de la République de Cayenne, Jean-Marc Vialettes, a salué « une action d'ampleur » et a menacé de poursuites les transporteurs qui ravitaillent les sites depuis la rive brésilienne.\n"
    "À Saint-Georges-de-l'Oyapock, des piroguiers ont bloqué vendredi l'accès au pont de l'Oyapock pour réclamer des licences de transport fluvial vers Oiapoque, dans l'État d'Amapá. Leur porte-parole, Joël Labonté, a rejeté la proposition de la mairie d'un quai provisoire.\n"
    "Le maire de Saint-Georges-de-l'Oyapock, Georges Elfort, a critiqué le blocage, qui paralyse l'approvisionnement des villages du fleuve, dont Trois-Palétuviers et Ouanary.\n"
    "La Collectivité territoriale de Guyane (CTG) a débloqué une aide d'urgence de 200 000 euros pour les familles de Camopi privées d'eau potable, et l'association Aides y a acheminé jeudi des réserves d'eau et de médicaments.\n"
    "Le ministre des Outre-mer doit rencontrer les élus de l'Est guyanais à Régina mardi prochain, a indiqué le président de la CTG, Gabriel Serville, qui a exigé « des moyens pérennes contre l'orpaillage ».",
    [("LOC", "French Guiana", ["Guyane", "Guyane française"], ["Guyane"]),
     ("LOC", "Camopi", [], ["Camopi"]),
     ("LOC", "Oyapock", ["Oyapock River", "Oiapoque River"], ["Oyapock"]),
     ("LOC", "Saint-Georges-de-l'Oyapock", ["Saint-Georges", "Saint-Georges de l'Oyapock"],
      ["SAINT-GEORGES", "Saint-Georges-de-l'Oyapock"]),
     ("ORG", "Armed Forces in French Guiana", ["FAG", "Forces armées en Guyane"], ["Forces armées en Guyane"]),
     ("ORG", "Prefecture of French Guiana", ["préfecture de la Guyane", "French Guiana prefecture"], ["préfecture de la Guyane"]),
     ("LOC", "Cayenne", [], ["Cayenne"]),
     ("PERSON", "Jean-Marc Vialettes", ["Vialettes"], ["Jean-Marc Vialettes"]),
     ("LOC", "Oyapock River Bridge", ["pont de l'Oyapock", "Oyapock Bridge"], ["pont de l'Oyapock"]),
     ("LOC", "Oiapoque", ["Oiapoque (Brazil)"], ["Oiapoque"]),
     ("LOC", "Amapá", ["Amapa", "State of Amapá"], ["Amapá"]),
     ("PERSON", "Joël Labonté", ["Joel Labonte"], ["Joël Labonté"]),
     ("PERSON", "Georges Elfort", [], ["Georges Elfort"]),
     ("LOC", "Trois-Palétuviers", ["Trois-Paletuviers"], ["Trois-Palétuviers"]),
     ("LOC", "Ouanary", [], ["Ouanary"]),
     ("ORG", "Territorial Collectivity of French Guiana", ["CTG", "Collectivité territoriale de Guyane"],
      ["Collectivité territoriale de Guyane", "CTG"]),
     ("ORG", "Aides", ["AIDES"], ["Aides"]),
     ("LOC", "Régina", ["Regina (French Guiana)", "Regina"], ["Régina"]),
     ("PERSON", "Gabriel Serville", ["Serville"], ["Gabriel Serville"])],
    [("17", "interpellant", "Oyapock", "2026-11-27"), ("13", "a menacé", None, None),
     ("14", "ont bloqué", "Oyapock River Bridge", "2026-11-27"), ("10", "réclamer", None, None),
     ("12", "a rejeté", None, None), ("11", "a critiqué", None, None), ("07", "a débloqué", "Camopi", None),
     ("07", "a acheminé", "Camopi", "2026-11-26"), ("04", "rencontrer", "Régina", "2026-12-01"),
     ("10", "a exigé", None, None)])

write("blind27.jsonl")
