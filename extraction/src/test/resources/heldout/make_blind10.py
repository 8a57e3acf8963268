# Writes blind10.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 in session 13,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. People, bodies and places
# are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only hits are
# countries named in passing and the US state of Washington, see heldout/README.md). Parts of the world and kinds of
# news the older sets cover little: Gulf business news (Kuwait's central bank, bourse and oil companies), North African
# municipal news (Fès and Meknès), the Horn of Africa (Puntland, its port and forces), Central Asia (Uzbekistan in
# Arabic; Tajikistan and Kyrgyzstan in English), the Pacific Northwest, the Andes (Ecuador), Sweden's and Finland's
# north, Casamance's towns in Senegal, Madagascar's ports and central bank, a sport body and Swiss universities,
# Occitanie's unions, courts and aerospace school. Articles are 1,500-2,500 characters, with datelines, quotes and
# relative dates. Real public figures in their public roles; other officials and details are fictional. Gold not
# edited to match output. Apache-2.0. Run: python3 make_blind10.py
from gold import doc, write

doc("b10-ar-01-kuwait", "ar", "2025-03-12T09:30:00Z",
    "محافظ بنك الكويت المركزي يبحث مع رؤساء البنوك تمويل المشاريع الكبرى وبورصة الكويت توقع اتفاقية لإطلاق سوق السندات",
    "عقد محافظ بنك الكويت المركزي باسل الهارون، أمس الثلاثاء، اجتماعا مع الرؤساء التنفيذيين للبنوك المحلية بحضور وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية والاستثمار نورة الفصام، لبحث تمويل مشاريع البنية التحتية الكبرى ومستويات السيولة في القطاع المصرفي، بحسب بيان صادر عن البنك.\n"
    "وقال الهارون إن البنوك المحلية «تتمتع بمستويات رسملة مرتفعة تسمح لها بتمويل مشاريع الخطة التنموية»، ومنها استكمال ميناء مبارك الكبير في جزيرة بوبيان ومشاريع الإسكان في مدينة المطلاع، مشيرا إلى أن البنك سيصدر خلال أسابيع تعليمات جديدة بشأن التمويل العقاري.\n"
    "من جهتها، قالت الفصام إن الحكومة تعمل على إقرار قانون الدين العام قبل نهاية الربع الثاني من العام، وإن إصدار السندات السيادية سيخفف الضغط على السيولة في الخزانة العامة.\n"
    "وفي سياق متصل، وقعت بورصة الكويت أمس اتفاقية مع الشركة الكويتية للمقاصة لإطلاق منصة لتداول السندات والصكوك في النصف الثاني من العام الجاري. وقال الرئيس التنفيذي لبورصة الكويت محمد سعود العصيمي إن المنصة «ستفتح الباب أمام الشركات المدرجة لتنويع مصادر تمويلها بعيدا عن القروض المصرفية».\n"
    "وأبدى بيت التمويل الكويتي (بيتك) استعداده لقيادة تحالف من البنوك المحلية لتمويل مشاريع شركة البترول الوطنية الكويتية، وفق إفصاح نشره على موقع البورصة.\n"
    "وفي منطقة الأحمدي، نفذ عشرات من موظفي شركة نفط الكويت أمس وقفة احتجاجية أمام المجمع الإداري للشركة للمطالبة بصرف بدلات العمل في الحقول وتثبيت العمالة المؤقتة.\n"
    "وفي ميناء الشويخ، ضبطت الإدارة العامة للجمارك أمس حاوية قادمة من الخارج تحمل أكثر من مليون حبة من المؤثرات العقلية مخبأة داخل شحنة من الأثاث، وأحالت مستورديها إلى جهات الاختصاص. وفي منفذ النويصيب الحدودي، أوقف رجال الجمارك الخميس الماضي سائق شاحنة حاول تهريب كمية من السجائر المقلدة، بحسب البيان نفسه.\n"
    "ومن المقرر أن يستقبل الهارون الأحد المقبل وفدا من وكالة موديز للتصنيف الائتماني يزور البلاد لمراجعة التصنيف السيادي.\n"
    "ويعتمد اقتصاد الكويت على النفط في نحو تسعين في المئة من إيرادات الدولة، وتسعى الحكومة منذ سنوات إلى تنويع مصادر الدخل عبر مشاريع كبرى في الموانئ والطاقة والإسكان، فيما يقول اقتصاديون إن بطء الإجراءات أخر تنفيذ عدد منها.",
    [("ORG", "Central Bank of Kuwait", ["CBK", "Kuwait Central Bank"], ["بنك الكويت المركزي"]),
     ("PERSON", "Basel Al-Haroon", ["Basel Ahmad Al-Haroon", "Basil al-Haroun", "Basel al-Harun", "Al-Haroon"], ["باسل الهارون", "الهارون"]),
     ("PERSON", "Noura Al-Fassam", ["Noura Sulaiman Al-Fassam", "Noura al-Fassam", "Al-Fassam"], ["نورة الفصام", "الفصام"]),
     ("LOC", "Mubarak Al Kabeer Port", ["Mubarak al-Kabir Port", "Mubarak Port", "Port of Mubarak Al Kabeer"], ["ميناء مبارك الكبير"]),
     ("LOC", "Bubiyan Island", ["Bubiyan"], ["جزيرة بوبيان", "بوبيان"]),
     ("LOC", "Al-Mutlaa", ["Mutlaa City", "Al Mutlaa City", "Al-Mutla'a", "South Al-Mutlaa"], ["مدينة المطلاع", "المطلاع"]),
     ("ORG", "Boursa Kuwait", ["Kuwait Stock Exchange", "Boursa"], ["بورصة الكويت"]),
     ("ORG", "Kuwait Clearing Company", ["KCC", "Kuwait Clearing"], ["الشركة الكويتية للمقاصة"]),
     ("PERSON", "Mohammad Saud Al-Osaimi", ["Mohammad Al-Osaimi", "Mohammed Saud al-Osaimi", "Al-Osaimi"], ["محمد سعود العصيمي"]),
     ("ORG", "Kuwait Finance House", ["KFH", "Bait Al-Tamweel Al-Kuwaiti"], ["بيت التمويل الكويتي", "بيتك"]),
     ("ORG", "Kuwait National Petroleum Company", ["KNPC"], ["شركة البترول الوطنية الكويتية"]),
     ("LOC", "Ahmadi", ["Al Ahmadi", "Al-Ahmadi", "Ahmadi Governorate"], ["الأحمدي"]),
     ("ORG", "Kuwait Oil Company", ["KOC"], ["شركة نفط الكويت"]),
     ("LOC", "Shuwaikh Port", ["Port of Shuwaikh", "Shuwaikh"], ["ميناء الشويخ"]),
     ("LOC", "Nuwaiseeb border crossing", ["Nuwaiseeb", "Al-Nuwaiseeb", "Nuwaiseeb crossing", "Al Nuwaiseeb border post"], ["منفذ النويصيب", "النويصيب"]),
     ("ORG", "General Administration of Customs (Kuwait)", ["Kuwait General Administration of Customs", "Kuwait Customs"],
      ["الإدارة العامة للجمارك"]),
     ("ORG", "Moody's", ["Moody's Investors Service", "Moody's Ratings"], ["وكالة موديز للتصنيف الائتماني", "موديز"]),
     ("LOC", "Kuwait", ["State of Kuwait"], ["الكويت"])],
    [("04", "اجتماعا", None, "2025-03-11"), ("05", "وقعت", None, "2025-03-11"), ("03", "وأبدى", None, None),
     ("14", "وقفة", "Ahmadi", "2025-03-11"), ("17", "ضبطت", "Shuwaikh Port", "2025-03-11"),
     ("17", "أوقف", "Nuwaiseeb border crossing", "2025-03-06"),
     ("04", "يستقبل", None, "2025-03-16")])

doc("b10-ar-02-fes", "ar", "2024-04-18T10:00:00Z",
    "فاس: توقيع اتفاقية لترميم الدور الآيلة للسقوط في المدينة العتيقة وسكان بنسودة يحتجون على انقطاع الماء",
    "فاس - وقع رئيس مجلس جماعة فاس عبد السلام البقالي ووالي جهة فاس مكناس عبد اللطيف الوزاني، أمس الأربعاء، اتفاقية شراكة لترميم الدور الآيلة للسقوط في فاس البالي، بكلفة تناهز 600 مليون درهم على مدى خمس سنوات، بتمويل من وزارة الاقتصاد والمالية ومجلس جهة فاس مكناس.\n"
    "وتنص الاتفاقية على ترميم نحو 3800 بناية مهددة بالانهيار، وإعادة إسكان الأسر التي تقطن البنايات الأكثر خطورة في تجزئات جديدة بمنطقة عين الشقف المجاورة، مع تعويض الحرفيين الذين ستغلق محلاتهم خلال الأشغال.\n"
    "وقال البقالي في تصريح للصحافة عقب التوقيع إن «المدينة العتيقة لا تحتمل مزيدا من الانتظار»، مذكرا بانهيار منزل في حي الطالعة الكبرى الشهر الماضي أودى بحياة شخصين، ومؤكدا أن الجماعة ستنشر لائحة البنايات المعنية قبل نهاية الشهر.\n"
    "وفي حي بنسودة، نظم عشرات السكان مساء أمس وقفة احتجاجية أمام مقر المقاطعة احتجاجا على انقطاع الماء الصالح للشرب منذ ثلاثة أيام، فيما قالت الوكالة المستقلة الجماعية لتوزيع الماء والكهرباء بفاس إن الانقطاع يعود إلى أشغال إصلاح قناة رئيسية، وإن التزويد سيعود تدريجيا ابتداء من اليوم.\n"
    "وفي مدينة مكناس، أوقفت عناصر الشرطة القضائية أمس ثلاثة أشخاص يشتبه في سرقتهم أغطية قنوات الصرف الصحي من شوارع المدينة وبيعها لتجار الخردة، بحسب ما أفادت به ولاية أمن مكناس في بلاغ.\n"
    "وفي سياق متصل، أعلنت جامعة سيدي محمد بن عبد الله أنها ستحدث بشراكة مع الجماعة مركزا للبحث في ترميم التراث المعماري يفتح أبوابه في الموسم الجامعي المقبل.\n"
    "ومن المقرر أن يزور وزير الشباب والثقافة والتواصل محمد المهدي بنسعيد فاس السبت المقبل لتفقد أوراش ترميم عدد من المدارس العتيقة والفنادق التاريخية.\n"
    "وتعد فاس من أقدم المدن في المغرب، وتضم مدينتها العتيقة المصنفة تراثا عالميا منذ عام 1981 آلاف الدور التقليدية التي يعود بعضها إلى قرون، ويقول مسؤولون محليون إن ضعف الصيانة وتقادم شبكات الماء والصرف الصحي فاقما هشاشتها.",
    [("LOC", "Fez", ["Fès", "Fes"], ["فاس"]),
     ("ORG", "Fez Municipal Council", ["Commune of Fez", "Fès Communal Council", "Fez City Council"], ["مجلس جماعة فاس"]),
     ("PERSON", "Abdeslam Bekkali", ["Abdessalam Bakkali", "Abdeslam El Bekkali", "Bekkali"], ["عبد السلام البقالي", "البقالي"]),
     ("LOC", "Fès-Meknès", ["Fez-Meknes", "Fès-Meknès region", "Fez-Meknes Region"], ["جهة فاس مكناس"]),
     ("PERSON", "Abdellatif El Ouazzani", ["Abdellatif Ouazzani", "Abdul Latif al-Wazzani"], ["عبد اللطيف الوزاني"]),
     ("LOC", "Fes el Bali", ["Fès el-Bali", "Fez el-Bali", "Medina of Fez"], ["فاس البالي"]),
     ("ORG", "Ministry of Economy and Finance (Morocco)", ["Moroccan Ministry of Economy and Finance", "Ministry of Economy and Finance"],
      ["وزارة الاقتصاد والمالية"]),
     ("ORG", "Fès-Meknès Regional Council", ["Regional Council of Fès-Meknès", "Fez-Meknes Regional Council"], ["مجلس جهة فاس مكناس"]),
     ("LOC", "Ain Chkef", ["Aïn Chkef", "Ain Chqef"], ["عين الشقف"]),
     ("LOC", "Talaa Kebira", ["Tala'a Kbira", "Talaa Kbira"], ["الطالعة الكبرى"]),
     ("LOC", "Bensouda", ["Ben Souda", "Bensouda district"], ["بنسودة"]),
     ("ORG", "RADEEF", ["Régie Autonome Intercommunale de Distribution d'Eau et d'Electricité de Fès", "Fez Water and Electricity Distribution Authority"],
      ["الوكالة المستقلة الجماعية لتوزيع الماء والكهرباء بفاس"]),
     ("LOC", "Meknes", ["Meknès", "Miknas"], ["مكناس"]),
     ("ORG", "Meknes Regional Security Prefecture", ["Wilaya de sûreté de Meknès", "Meknes police", "Meknes Security Prefecture"],
      ["ولاية أمن مكناس"]),
     ("ORG", "Sidi Mohamed Ben Abdellah University", ["USMBA", "Université Sidi Mohamed Ben Abdellah"], ["جامعة سيدي محمد بن عبد الله"]),
     ("PERSON", "Mohamed Mehdi Bensaid", ["Mehdi Bensaid", "Mohammed Mehdi Bensaid", "Bensaid"], ["محمد المهدي بنسعيد"]),
     ("LOC", "Morocco", [], ["المغرب"])],
    [("05", "وقع", "Fez", "2024-04-17"), ("14", "وقفة", "Bensouda", "2024-04-17"), ("17", "أوقفت", "Meknes", "2024-04-17"),
     ("03", "ستحدث", None, None), ("04", "يزور", "Fez", "2024-04-20")])

doc("b10-ar-03-garowe", "ar", "2025-02-05T08:00:00Z",
    "رئيس بونتلاند يبحث مع موانئ بي آند أو توسعة ميناء بوصاصو وقوات الدراويش تتقدم في جبال علمسكاد",
    "غاروي (الصومال) - استقبل رئيس ولاية بونتلاند سعيد عبد الله دني، أمس الثلاثاء في مدينة غاروي، وفدا من شركة موانئ بي آند أو، وبحث معه خطط توسعة ميناء بوصاصو وإنشاء رصيف جديد للحاويات ومخازن للتبريد، بحسب بيان رسمي.\n"
    "ووقع وزير الموانئ والنقل البحري في حكومة بونتلاند عبد الرشيد يوسف ورسمي والوفد في ختام اللقاء ملحقا لاتفاقية الامتياز الموقعة عام 2017، تلتزم الشركة بموجبه بتمويل المرحلة الثانية من التوسعة خلال ثلاث سنوات.\n"
    "وقال دني إن الميناء «هو الرئة الاقتصادية لبونتلاند»، وإن مضاعفة طاقته ستخفض أسعار السلع المستوردة في الولاية والمناطق الداخلية، مضيفا أن الولاية تحتاج إلى طرق معبدة تربط الميناء بالمدن الداخلية قبل أن تتمكن من استقبال سفن أكبر.\n"
    "وفي جبال علمسكاد جنوب شرقي بوصاصو، قالت قوات الدراويش التابعة لبونتلاند إنها سيطرت أمس على مغارات كان يتحصن فيها مسلحون متشددون، بعد اشتباكات استمرت ساعات قتل فيها 12 مسلحا وجنديان.\n"
    "وفي ميناء بوصاصو، ضبطت قوة شرطة بونتلاند البحرية أمس زورقا قادما من اليمن يحمل شحنة من الذخائر والأسلحة الخفيفة، واعتقلت أربعة من أفراد طاقمه، بحسب مسؤول أمني.\n"
    "ووزعت جمعية الهلال الأحمر الصومالي أمس مواد غذائية ومياه شرب على نحو 1200 أسرة نازحة في مدينة جالكعيو، بعد موسمين متتاليين من ضعف الأمطار في المنطقة.\n"
    "ومن المقرر أن يزور دني الخميس المقبل مدينة بوصاصو لتفقد أعمال الميناء والاجتماع بممثلي التجار ورجال الأعمال.\n"
    "وتشهد العلاقة بين بونتلاند والحكومة الفيدرالية الصومالية توترا منذ أن أعلنت الولاية العام الماضي سحب اعترافها بالمؤسسات الاتحادية احتجاجا على تعديلات دستورية أقرها البرلمان، ويدفع بها الرئيس حسن شيخ محمود نحو اعتماد نظام الاقتراع المباشر في الانتخابات المقبلة.\nويعد ميناء بوصاصو المنفذ البحري الرئيسي لشمال شرقي البلاد، وتمر عبره صادرات المواشي والأسماك إلى الأسواق الخارجية، فيما تعتمد الولاية على رسومه في تمويل جزء كبير من ميزانيتها.",
    [("LOC", "Garowe", ["Garoowe"], ["غاروي"]),
     ("LOC", "Somalia", [], ["الصومال"]),
     ("LOC", "Puntland", ["Puntland State of Somalia"], ["ولاية بونتلاند", "بونتلاند"]),
     ("PERSON", "Said Abdullahi Deni", ["Said Deni", "Saed Abdullahi Deni", "Siciid Cabdullaahi Deni", "Deni"], ["سعيد عبد الله دني", "دني"]),
     ("ORG", "P&O Ports", ["DP World P&O Ports", "P&O Ports Bosaso"], ["شركة موانئ بي آند أو", "موانئ بي آند أو"]),
     ("LOC", "Port of Bosaso", ["Bosaso port", "Bosaso Port", "Port of Bosaaso"], ["ميناء بوصاصو"]),
     ("ORG", "Government of Puntland", ["Puntland Government", "Puntland government"], ["حكومة بونتلاند"]),
     ("PERSON", "Abdirashid Yusuf Warsame", ["Abdirashid Warsame", "Abdirashid Yusuf Warsame"], ["عبد الرشيد يوسف ورسمي"]),
     ("LOC", "Cal Miskaad", ["Cal Miskaad mountains", "Al-Miskaad", "Calmiskaad", "Al Miskad mountains"], ["جبال علمسكاد", "علمسكاد"]),
     ("LOC", "Bosaso", ["Bosaaso", "Boosaaso", "Bossaso"], ["بوصاصو"]),
     ("ORG", "Puntland Dervish Force", ["Darawish", "Puntland Darawish Force", "Dervish Force"], ["قوات الدراويش"]),
     ("ORG", "Puntland Maritime Police Force", ["PMPF"], ["قوة شرطة بونتلاند البحرية"]),
     ("LOC", "Yemen", [], ["اليمن"]),
     ("ORG", "Somali Red Crescent Society", ["Somali Red Crescent"], ["جمعية الهلال الأحمر الصومالي", "الهلال الأحمر الصومالي"]),
     ("LOC", "Galkayo", ["Gaalkacyo", "Galkacyo"], ["جالكعيو"]),
     ("ORG", "Federal Government of Somalia", ["Somali Federal Government", "Somali federal government", "FGS", "Government of Somalia"],
      ["الحكومة الفيدرالية الصومالية"]),
     ("PERSON", "Hassan Sheikh Mohamud", ["Hassan Sheikh", "Xasan Sheekh Maxamuud"], ["حسن شيخ محمود"])],
    [("04", "استقبل", "Garowe", "2025-02-04"), ("05", "ووقع", "Garowe", "2025-02-04"),
     ("19", "اشتباكات", "Cal Miskaad", "2025-02-04"), ("17", "ضبطت", "Port of Bosaso", "2025-02-04"),
     ("07", "ووزعت", "Galkayo", "2025-02-04"), ("04", "يزور", "Bosaso", "2025-02-06")])

doc("b10-ar-04-samarkand", "ar", "2024-10-03T07:00:00Z",
    "رئيس الوزراء الأوزبكي يستقبل وزير التجارة العماني في سمرقند وتوقيع ست اتفاقيات في منتدى الأعمال",
    "سمرقند - استقبل رئيس الوزراء الأوزبكي عبد الله أريبوف، أمس الأربعاء في مدينة سمرقند، وزير التجارة والصناعة وترويج الاستثمار العماني قيس بن محمد اليوسف، وبحث معه سبل زيادة التبادل التجاري بين سلطنة عمان وأوزبكستان وتسيير رحلات جوية مباشرة بين البلدين، بحسب بيان رسمي.\n"
    "وجرى خلال منتدى الأعمال العماني الأوزبكي الذي عقد في المدينة بمشاركة نحو مئة شركة من البلدين توقيع ست اتفاقيات في مجالات الأسمدة والأدوية والمنسوجات والخدمات اللوجستية، من بينها اتفاقية بين المؤسسة العامة للمناطق الصناعية (مدائن) وغرفة التجارة والصناعة الأوزبكية لإنشاء مجمع للصناعات النسيجية.\n"
    "وقال اليوسف إن حجم التبادل التجاري بين البلدين «لا يعكس الإمكانات المتاحة»، مشيرا إلى أن الموانئ العمانية يمكن أن تكون منفذا للصادرات الأوزبكية إلى الأسواق الإقليمية.\n"
    "من جهته، قال وزير الاستثمار والصناعة والتجارة الأوزبكي لازيز قدراتوف إن بلاده تعرض على المستثمرين العمانيين مشاريع في التعدين والطاقة الشمسية في ولايتي نوائي وبخارى بقيمة تتجاوز ملياري دولار.\n"
    "وأبدى جهاز الاستثمار العماني استعداده للمساهمة في تمويل مشروع لإنتاج الأسمدة الفوسفاتية في منطقة قزلقوم، وفق ما نقلته وكالة الأنباء العمانية.\n"
    "وفي مدينة نمنغان، ضبطت لجنة الجمارك الأوزبكية أمس شحنة من الهواتف المحمولة المهربة كانت مخبأة في شاحنة لنقل الخضر، واعتقلت ثلاثة أشخاص، بحسب بيان للجنة.\n"
    "ومن المقرر أن يلتقي اليوسف اليوم الخميس في طشقند وزير الخارجية بختيار سعيدوف، قبل أن يختتم زيارته.\n"
    "وتسعى أوزبكستان، الدولة الحبيسة في آسيا الوسطى، منذ سنوات إلى فتح منافذ بحرية لصادراتها عبر دول الجوار، فيما تشغل شركة الخطوط الجوية الأوزبكية رحلات منتظمة إلى عدد من العواصم العربية يقبل عليها المسافرون من رجال الأعمال والعمال.",
    [("LOC", "Samarkand", ["Samarqand"], ["سمرقند"]),
     ("PERSON", "Abdulla Aripov", ["Aripov", "Abdulla Nigmatovich Aripov"], ["عبد الله أريبوف"]),
     ("PERSON", "Qais Al Yousef", ["Qais bin Mohammed Al Yousef", "Qais Mohammed Al Yousef", "Qais al-Yousef", "Al Yousef"],
      ["قيس بن محمد اليوسف", "اليوسف"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان"]),
     ("LOC", "Uzbekistan", ["Republic of Uzbekistan"], ["أوزبكستان"]),
     ("ORG", "Madayn", ["Public Establishment for Industrial Estates", "PEIE"], ["المؤسسة العامة للمناطق الصناعية", "مدائن"]),
     ("ORG", "Chamber of Commerce and Industry of Uzbekistan", ["Uzbekistan Chamber of Commerce and Industry", "CCI of Uzbekistan"],
      ["غرفة التجارة والصناعة الأوزبكية"]),
     ("PERSON", "Laziz Kudratov", ["Kudratov"], ["لازيز قدراتوف"]),
     ("LOC", "Navoiy Region", ["Navoi Region", "Navoiy", "Navoi"], ["نوائي"]),
     ("LOC", "Bukhara Region", ["Bukhara", "Bukhoro"], ["بخارى"]),
     ("ORG", "Oman Investment Authority", ["OIA"], ["جهاز الاستثمار العماني"]),
     ("LOC", "Kyzylkum", ["Kyzylkum Desert", "Kyzyl Kum", "Qizilqum"], ["قزلقوم"]),
     ("ORG", "Oman News Agency", ["ONA"], ["وكالة الأنباء العمانية"]),
     ("LOC", "Namangan", [], ["نمنغان"]),
     ("ORG", "State Customs Committee of Uzbekistan", ["Customs Committee of Uzbekistan", "Uzbek Customs Committee"], ["لجنة الجمارك الأوزبكية"]),
     ("LOC", "Tashkent", ["Toshkent"], ["طشقند"]),
     ("PERSON", "Bakhtiyor Saidov", ["Saidov", "Bakhtiyor Odilovich Saidov"], ["بختيار سعيدوف"]),
     ("ORG", "Uzbekistan Airways", ["O'zbekiston Havo Yo'llari", "Uzbekistan Havo Yollari"], ["شركة الخطوط الجوية الأوزبكية", "الخطوط الجوية الأوزبكية"]),
     ("LOC", "Central Asia", [], ["آسيا الوسطى"])],
    [("04", "استقبل", "Samarkand", "2024-10-02"), ("05", "توقيع", "Samarkand", "2024-10-02"),
     ("03", "تعرض", "Navoiy Region", None), ("03", "وأبدى", "Kyzylkum", None),
     ("17", "ضبطت", "Namangan", "2024-10-02"), ("04", "يلتقي", "Tashkent", "2024-10-03")])

doc("b10-en-01-khujand", "en", "2025-06-11T06:30:00Z",
    "Tajikistan and Kyrgyzstan sign water-sharing deal three months after border treaty",
    "KHUJAND, Tajikistan — The prime ministers of Tajikistan and Kyrgyzstan met in Khujand on Tuesday and signed an agreement on sharing water from the Isfara River, three months after the two countries ended a decades-old dispute over their border, officials said.\n"
    "Tajik Prime Minister Kokhir Rasulzoda and Adylbek Kasymaliev, chairman of the Cabinet of Ministers of Kyrgyzstan, agreed that a joint commission would set the opening times of the sluices that feed irrigation canals on both sides of the frontier during the summer months.\n"
    "\"For thirty years, farmers in Isfara and Batken have watched the same river and blamed each other when it ran dry,\" Rasulzoda told reporters after the talks. \"Today we agreed to count the water together.\"\n"
    "Kasymaliev said the arrangement would be tested this summer, when demand for water peaks and the canals run lowest.\n"
    "Separately, Kyrgyzstan's State Committee for National Security said on Sunday it had detained two customs officers in Batken suspected of taking bribes to let trucks carrying untaxed fuel across the border.\n"
    "In Osh, several hundred traders protested on Monday outside the city administration against a rule requiring market stalls to use electronic cash registers, according to local media. Police did not intervene.\n"
    "The Eurasian Development Bank said it was ready to lend $120 million to repair irrigation canals in the Ferghana Valley, which is shared by Tajikistan, Kyrgyzstan and Uzbekistan.\n"
    "Tajikistan's state power company, Barki Tojik, said exports of electricity to its neighbours had doubled since the start of the year as new turbines came online at plants on the Vakhsh River.\n"
    "Kasymaliev is due to visit the Kairakkum Reservoir on Wednesday before flying home.\n"
    "The border between the two countries, drawn in Soviet times, runs for nearly 1,000 km through the Ferghana Valley and the foothills of the Pamir-Alay, and disputes over water and pastures led to deadly clashes in 2021 and 2022. The treaty signed on 13 March settled the last contested stretches.",
    [("LOC", "Khujand", ["Khodjent", "Khojand", "Khudzhand", "Leninabad"], ["KHUJAND", "Khujand"]),
     ("LOC", "Tajikistan", ["Republic of Tajikistan"], ["Tajikistan"]),
     ("LOC", "Kyrgyzstan", ["Kyrgyz Republic", "Kirghizia"], ["Kyrgyzstan"]),
     ("LOC", "Isfara River", ["Isfara river", "Isfayramsay"], ["Isfara River"]),
     ("PERSON", "Kokhir Rasulzoda", ["Qohir Rasulzoda", "Kohir Rasulzoda", "Rasulzoda"], ["Kokhir Rasulzoda", "Rasulzoda"]),
     ("PERSON", "Adylbek Kasymaliev", ["Adylbek Kasymaliyev", "Kasymaliev"], ["Adylbek Kasymaliev", "Kasymaliev"]),
     ("ORG", "Cabinet of Ministers (Kyrgyzstan)", ["Cabinet of Ministers of Kyrgyzstan", "Cabinet of Ministers of the Kyrgyz Republic",
                                                 "Kyrgyz Cabinet of Ministers", "Cabinet of Ministers"], ["Cabinet of Ministers of Kyrgyzstan", "Cabinet of Ministers"]),
     ("LOC", "Isfara", ["Isfara, Tajikistan"], ["Isfara"]),
     ("LOC", "Batken", [], ["Batken"]),
     ("ORG", "State Committee for National Security (Kyrgyzstan)", ["GKNB", "Kyrgyz State Committee for National Security",
                                                                   "State Committee for National Security"], ["State Committee for National Security"]),
     ("LOC", "Osh", [], ["Osh"]),
     ("ORG", "Eurasian Development Bank", ["EDB", "EABR"], ["Eurasian Development Bank"]),
     ("LOC", "Ferghana Valley", ["Fergana Valley", "Farghona Valley"], ["Ferghana Valley"]),
     ("LOC", "Uzbekistan", ["Republic of Uzbekistan"], ["Uzbekistan"]),
     ("ORG", "Barki Tojik", ["Barqi Tojik", "OAHK Barki Tojik"], ["Barki Tojik"]),
     ("LOC", "Vakhsh River", ["Vakhsh", "Vaxsh"], ["Vakhsh River"]),
     ("LOC", "Kairakkum Reservoir", ["Qayroqqum Reservoir", "Kayrakkum Reservoir", "Bahri Tojik"], ["Kairakkum Reservoir"]),
     ("LOC", "Pamir-Alay", ["Pamir-Alai", "Pamir Alay"], ["Pamir-Alay"])],
    [("04", "met", "Khujand", "2025-06-10"), ("05", "signed", "Khujand", "2025-06-10"),
     ("17", "detained", "Batken", "2025-06-08"), ("14", "protested", "Osh", "2025-06-09"),
     ("03", "ready", "Ferghana Valley", None), ("04", "visit", "Kairakkum Reservoir", "2025-06-11")])

doc("b10-en-02-tacoma", "en", "2025-05-08T15:00:00Z",
    "Washington and Oregon governors meet port and union leaders in Tacoma as cargo slips north",
    "TACOMA, Washington — Washington Governor Bob Ferguson and Oregon Governor Tina Kotek met port commissioners and dockworkers' leaders in Tacoma on Wednesday to discuss how the Pacific Northwest can win back container cargo lost to ports in British Columbia and southern California, Ferguson's office said.\n"
    "The Northwest Seaport Alliance, which manages the container terminals in Tacoma and Seattle, signed a five-year agreement at the meeting with the International Longshore and Warehouse Union that sets shared targets for crane productivity and pays for the training of 400 new workers.\n"
    "\"Every ship that goes to Vancouver or Prince Rupert instead of Tacoma takes jobs with it,\" Ferguson said. Kotek said the Port of Portland, which lost its regular container services a decade ago and has only partly won them back, would seek federal money to deepen its berths.\n"
    "Across the state, about 600 nurses at a hospital in Spokane held a one-day strike on Tuesday over staffing levels, the Washington State Nurses Association said. The hospital said it had brought in replacement staff and kept all departments open.\n"
    "On the Olympic Peninsula, Washington State Patrol troopers arrested 11 protesters on Monday who had chained themselves to logging equipment near Forks to stop the felling of a stand of old trees on state land, the patrol said.\n"
    "Researchers at the University of Washington said in a report released last week that cargo diverted from the region's ports since 2019 had cost about 3,000 direct jobs.\n"
    "Kotek will meet leaders of four Columbia River tribes in Astoria on Friday to discuss salmon runs and dam operations on the river.\n"
    "Container volumes through Tacoma and Seattle have fallen by about a fifth from their peak, while the Canadian ports of Vancouver and Prince Rupert, which have faster rail links to the Midwest, have grown. Shipping lines say labour costs and slower terminal operations in the Northwest are part of the reason.",
    [("LOC", "Tacoma", ["Tacoma, Washington"], ["TACOMA", "Tacoma"]),
     ("LOC", "Washington (state)", ["Washington State", "State of Washington", "Washington"], ["Washington"]),
     ("PERSON", "Bob Ferguson", ["Robert Ferguson", "Ferguson"], ["Bob Ferguson", "Ferguson"]),
     ("LOC", "Oregon", [], ["Oregon"]),
     ("PERSON", "Tina Kotek", ["Kotek"], ["Tina Kotek", "Kotek"]),
     ("LOC", "Pacific Northwest", ["Northwest"], ["Pacific Northwest", "Northwest"]),
     ("LOC", "British Columbia", ["BC"], ["British Columbia"]),
     ("LOC", "California", [], ["California"]),
     ("ORG", "Northwest Seaport Alliance", ["NWSA", "The Northwest Seaport Alliance"], ["Northwest Seaport Alliance"]),
     ("LOC", "Seattle", [], ["Seattle"]),
     ("ORG", "International Longshore and Warehouse Union", ["ILWU"], ["International Longshore and Warehouse Union"]),
     ("LOC", "Vancouver", ["Vancouver, British Columbia", "Port of Vancouver"], ["Vancouver"]),
     ("LOC", "Prince Rupert", ["Prince Rupert, British Columbia"], ["Prince Rupert"]),
     ("LOC", "Port of Portland", ["Portland port", "Port of Portland (Oregon)"], ["Port of Portland"]),
     ("LOC", "Spokane", ["Spokane, Washington"], ["Spokane"]),
     ("ORG", "Washington State Nurses Association", ["WSNA"], ["Washington State Nurses Association"]),
     ("LOC", "Olympic Peninsula", [], ["Olympic Peninsula"]),
     ("ORG", "Washington State Patrol", ["WSP"], ["Washington State Patrol"]),
     ("LOC", "Forks", ["Forks, Washington"], ["Forks"]),
     ("ORG", "University of Washington", ["UW"], ["University of Washington"]),
     ("LOC", "Columbia River", ["Columbia"], ["Columbia River"]),
     ("LOC", "Astoria", ["Astoria, Oregon"], ["Astoria"]),
     ("LOC", "Midwest", ["Midwestern United States", "US Midwest"], ["Midwest"])],
    [("04", "met", "Tacoma", "2025-05-07"), ("05", "signed", "Tacoma", "2025-05-07"),
     ("14", "strike", "Spokane", "2025-05-06"), ("17", "arrested", "Forks", "2025-05-05"),
     ("04", "meet", "Astoria", "2025-05-09")])

doc("b10-en-03-quito", "en", "2024-08-15T14:00:00Z",
    "Ecuador's Noboa meets indigenous leaders in Quito over fuel subsidy cuts",
    "QUITO, Ecuador — President Daniel Noboa met leaders of Ecuador's largest indigenous organisation in Quito on Wednesday to discuss compensation for farmers and transport workers after the government cut subsidies on petrol, the presidency said.\n"
    "Leonidas Iza, president of the Confederation of Indigenous Nationalities of Ecuador (CONAIE), said after the three-hour meeting that the group had presented ten demands, including a freeze on diesel prices and debt relief for small farmers, and would decide within a week whether to call protests.\n"
    "\"We came here to be heard, and today we were heard only in part,\" Iza told reporters outside the presidential palace.\n"
    "Noboa offered to extend a monthly cash transfer to 30,000 farming families in the highlands, his spokeswoman said, adding that diesel prices would not change before the end of the year.\n"
    "The Central Bank of Ecuador said separately that remittances from Ecuadoreans abroad rose 9 percent in the first half of the year to a record, helping to offset lower oil revenue.\n"
    "In Cuenca, several thousand students and lecturers of the University of Cuenca marched on Tuesday against cuts to public university budgets, the student federation said.\n"
    "In the northern province of Esmeraldas, soldiers clashed with members of the Los Lobos gang near the Colombian border on Monday, killing two gang members and detaining seven, the Joint Command of the Armed Forces said.\n"
    "Police seized 2.4 tonnes of cocaine hidden in a shipment of bananas at Puerto Bolívar on Sunday, the government said, the third large seizure at the southern port this year.\n"
    "Noboa will travel to Loja on Saturday to meet provincial governors from the south of the country.\n"
    "Ecuador spends more than $3 billion a year on fuel subsidies, according to government figures. Previous attempts to cut them, in 2019 and 2022, led to weeks of protests led by CONAIE that blocked roads across much of the country.",
    [("LOC", "Quito", [], ["QUITO", "Quito"]),
     ("LOC", "Ecuador", ["Republic of Ecuador"], ["Ecuador"]),
     ("PERSON", "Daniel Noboa", ["Daniel Noboa Azín", "Noboa"], ["Daniel Noboa", "Noboa"]),
     ("PERSON", "Leonidas Iza", ["Leonidas Iza Salazar", "Iza"], ["Leonidas Iza", "Iza"]),
     ("ORG", "CONAIE", ["Confederation of Indigenous Nationalities of Ecuador", "Confederación de Nacionalidades Indígenas del Ecuador"],
      ["Confederation of Indigenous Nationalities of Ecuador", "CONAIE"]),
     ("ORG", "Central Bank of Ecuador", ["Banco Central del Ecuador", "BCE"], ["Central Bank of Ecuador"]),
     ("LOC", "Cuenca", ["Cuenca, Ecuador", "Santa Ana de los Ríos de Cuenca"], ["Cuenca"]),
     ("ORG", "University of Cuenca", ["Universidad de Cuenca"], ["University of Cuenca"]),
     ("LOC", "Esmeraldas Province", ["Esmeraldas", "Province of Esmeraldas"], ["Esmeraldas"]),
     ("ORG", "Los Lobos", ["Los Lobos gang"], ["Los Lobos"]),
     ("ORG", "Joint Command of the Armed Forces (Ecuador)", ["Joint Command of the Armed Forces", "Comando Conjunto de las Fuerzas Armadas",
                                                           "Ecuadorian Armed Forces Joint Command"], ["Joint Command of the Armed Forces"]),
     ("LOC", "Puerto Bolívar", ["Puerto Bolivar", "Puerto Bolívar, Ecuador"], ["Puerto Bolívar"]),
     ("LOC", "Loja", ["Loja, Ecuador"], ["Loja"])],
    [("04", "met", "Quito", "2024-08-14"), ("10", "demands", "Quito", "2024-08-14"), ("03", "offered", None, None),
     ("14", "marched", "Cuenca", "2024-08-13"), ("19", "clashed", "Esmeraldas Province", "2024-08-12"),
     ("17", "seized", "Puerto Bolívar", "2024-08-11"), ("04", "meet", "Loja", "2024-08-17")])

doc("b10-en-04-kiruna", "en", "2025-03-18T07:00:00Z",
    "Swedish minister meets miners and reindeer herders in Kiruna as LKAB plans new deposit",
    "KIRUNA, Sweden — Sweden's energy and industry minister, Ebba Busch, met the head of the state-owned miner LKAB and representatives of Sámi reindeer-herding communities in Kiruna on Monday, as the company prepares to open a new iron ore and rare earth deposit north of the town.\n"
    "LKAB chief executive Jan Moström told reporters that Per Geijer, which the company says is the largest known deposit of rare earth elements on the continent, could supply a large share of the magnet industry's needs, but that a mining permit would take years.\n"
    "\"We cannot build a green industry without the raw materials, and we cannot take them without talking to the people who live here,\" Busch said.\n"
    "Herders from a nearby Sámi village say the deposit lies across the routes their reindeer use in spring. \"Every new mine takes another piece of the land we need,\" said Nils-Johan Labba, one of the herders at the meeting.\n"
    "The Sámi Parliament criticised the government on Monday for what it called a rushed permitting process, saying in a statement that herding communities had not been properly consulted.\n"
    "In Jokkmokk, about 200 people demonstrated on Saturday against plans by the British company Beowulf Mining to open an iron ore mine at Kallak, known in Sámi as Gállok.\n"
    "Police arrested two men in Luleå, the main city of Norrbotten, on Sunday on suspicion of sabotage after cables were cut at the construction site of the Stegra green steel plant in nearby Boden.\n"
    "Luleå University of Technology, which trains most of the region's mining engineers, said applications to its mining courses had risen by a third since 2022.\n"
    "Busch will travel to Rovaniemi on Thursday for talks with Finland's economic affairs minister, Wille Rydman, on a rail freight link between the two countries' northern mining regions.\n"
    "Most of LKAB's ore is carried by rail to the Norwegian port of Narvik for export. Mining has already forced the company to move the centre of Kiruna several kilometres east, and a new city hall and shopping streets have been built on the new site.",
    [("LOC", "Kiruna", [], ["KIRUNA", "Kiruna"]),
     ("LOC", "Sweden", ["Kingdom of Sweden"], ["Sweden"]),
     ("PERSON", "Ebba Busch", ["Ebba Busch Thor", "Busch"], ["Ebba Busch", "Busch"]),
     ("ORG", "LKAB", ["Luossavaara-Kiirunavaara AB", "Luossavaara-Kiirunavaara Aktiebolag"], ["LKAB"]),
     ("PERSON", "Jan Moström", ["Jan Mostrom", "Moström"], ["Jan Moström"]),
     ("LOC", "Per Geijer", ["Per Geijer deposit", "Per Geijer ore deposit"], ["Per Geijer"]),
     ("PERSON", "Nils-Johan Labba", ["Labba"], ["Nils-Johan Labba"]),
     ("ORG", "Sámi Parliament (Sweden)", ["Sámi Parliament", "Sami Parliament", "Sametinget", "Sámi Parliament of Sweden"], ["Sámi Parliament"]),
     ("LOC", "Jokkmokk", [], ["Jokkmokk"]),
     ("ORG", "Beowulf Mining", ["Beowulf Mining plc", "Jokkmokk Iron Mines"], ["Beowulf Mining"]),
     ("LOC", "Kallak", ["Gállok", "Kallak deposit"], ["Kallak", "Gállok"]),
     ("LOC", "Luleå", ["Lulea"], ["Luleå"]),
     ("LOC", "Norrbotten", ["Norrbotten County", "Norrbottens län"], ["Norrbotten"]),
     ("ORG", "Stegra", ["H2 Green Steel"], ["Stegra"]),
     ("LOC", "Boden", [], ["Boden"]),
     ("ORG", "Luleå University of Technology", ["LTU", "Luleå tekniska universitet"], ["Luleå University of Technology"]),
     ("LOC", "Rovaniemi", [], ["Rovaniemi"]),
     ("PERSON", "Wille Rydman", ["Rydman"], ["Wille Rydman"]),
     ("LOC", "Finland", ["Republic of Finland"], ["Finland"]),
     ("LOC", "Narvik", ["Port of Narvik"], ["Narvik"])],
    [("04", "met", "Kiruna", "2025-03-17"), ("11", "criticised", None, "2025-03-17"),
     ("14", "demonstrated", "Jokkmokk", "2025-03-15"), ("17", "arrested", "Luleå", "2025-03-16"),
     ("04", "talks", "Rovaniemi", "2025-03-20")])

doc("b10-fr-01-ziguinchor", "fr", "2024-11-14T11:00:00Z",
    "À Ziguinchor, Ousmane Sonko au chevet du port et de la liaison maritime",
    "ZIGUINCHOR, 14 novembre — Le Premier ministre sénégalais, Ousmane Sonko, a rencontré mercredi à Ziguinchor les élus locaux, les responsables du port et les représentants des commerçants pour discuter de la relance des activités portuaires et de la liaison maritime avec la capitale, a indiqué la primature.\n"
    "Le ministre des Infrastructures et des Transports terrestres et aériens, Yankhoba Diémé, et le directeur général du Consortium sénégalais d'activités maritimes (COSAMA), Mamadou Badji, ont signé à cette occasion un contrat de performance qui prévoit l'affrètement d'un second navire et la réhabilitation des quais du port de Ziguinchor d'ici à la fin de 2025.\n"
    "« Le port de Ziguinchor doit redevenir le poumon économique de tout le Sud », a déclaré M. Sonko devant la presse, en assurant que l'État prendrait en charge le dragage du chenal d'accès, ensablé depuis des années.\n"
    "Ancien maire de la ville, le Premier ministre a ensuite visité l'université Assane-Seck, où plusieurs pavillons attendent d'être livrés depuis deux ans, et s'est entretenu avec les responsables des étudiants.\n"
    "À Kolda, les enseignants affiliés au Syndicat autonome des enseignants du moyen et secondaire du Sénégal (SAEMSS) ont observé mardi une grève de 48 heures pour réclamer le paiement de rappels d'indemnités, selon le syndicat.\n"
    "À Cap Skirring, la gendarmerie a interpellé lundi quatorze personnes soupçonnées d'organiser des départs de pirogues vers les îles Canaries, a-t-on appris de source sécuritaire.\n"
    "L'Agence coréenne de coopération internationale (KOICA) a remis lundi à la région de Sédhiou quarante motopompes et des semences de riz destinées aux groupements de femmes, a indiqué le gouverneur.\n"
    "Ousmane Sonko se rendra vendredi à Oussouye, où il doit rencontrer les chefs coutumiers avant de regagner la capitale.\n"
    "Principale ville du sud du Sénégal, Ziguinchor est reliée à la capitale par la route et par une liaison maritime rétablie après le naufrage du Joola en 2002, qui avait fait près de 2 000 morts. Les commerçants se plaignent depuis des années du manque de places à bord pour leurs marchandises.",
    [("LOC", "Ziguinchor", [], ["ZIGUINCHOR", "Ziguinchor"]),
     ("PERSON", "Ousmane Sonko", ["Sonko"], ["Ousmane Sonko", "Sonko"]),
     ("PERSON", "Yankhoba Diémé", ["Yankhoba Dieme", "Diémé"], ["Yankhoba Diémé"]),
     ("ORG", "COSAMA", ["Consortium sénégalais d'activités maritimes", "Senegalese Consortium for Maritime Activities"],
      ["Consortium sénégalais d'activités maritimes", "COSAMA"]),
     ("PERSON", "Mamadou Badji", ["Badji"], ["Mamadou Badji"]),
     ("LOC", "Port of Ziguinchor", ["Ziguinchor port", "Port de Ziguinchor"], ["port de Ziguinchor"]),
     ("ORG", "Assane Seck University of Ziguinchor", ["Université Assane Seck", "Université Assane-Seck de Ziguinchor", "UASZ",
                                                     "Assane Seck University"], ["université Assane-Seck"]),
     ("LOC", "Kolda", [], ["Kolda"]),
     ("ORG", "SAEMSS", ["Syndicat autonome des enseignants du moyen et secondaire du Sénégal"],
      ["Syndicat autonome des enseignants du moyen et secondaire du Sénégal", "SAEMSS"]),
     ("LOC", "Cap Skirring", ["Cap-Skirring"], ["Cap Skirring"]),
     ("LOC", "Canary Islands", ["Canaries", "Islas Canarias", "Îles Canaries"], ["îles Canaries"]),
     ("ORG", "KOICA", ["Korea International Cooperation Agency", "Agence coréenne de coopération internationale"],
      ["Agence coréenne de coopération internationale", "KOICA"]),
     ("LOC", "Sédhiou Region", ["Sédhiou", "Sedhiou", "Région de Sédhiou"], ["région de Sédhiou", "Sédhiou"]),
     ("LOC", "Oussouye", [], ["Oussouye"]),
     ("LOC", "Senegal", ["Sénégal", "Republic of Senegal"], ["Sénégal"])],
    [("04", "rencontré", "Ziguinchor", "2024-11-13"), ("05", "signé", "Ziguinchor", "2024-11-13"),
     ("04", "visité", "Ziguinchor", "2024-11-13"), ("14", "grève", "Kolda", "2024-11-12"),
     ("17", "interpellé", "Cap Skirring", "2024-11-11"), ("07", "remis", "Sédhiou Region", "2024-11-11"),
     ("04", "rencontrer", "Oussouye", "2024-11-15")])

doc("b10-fr-02-toamasina", "fr", "2024-06-20T09:00:00Z",
    "À Toamasina, la Banque centrale de Madagascar au chevet des exportateurs de vanille",
    "TOAMASINA, 20 juin — Le gouverneur de la Banque centrale de Madagascar, Aivo Andrianarivelo, a rencontré mercredi à Toamasina les exportateurs de vanille, de girofle et de litchis pour discuter du rapatriement des devises et de la chute des cours de la vanille, a indiqué l'institution dans un communiqué.\n"
    "La Banque centrale et le Groupement des exportateurs de vanille de Madagascar (GEVM) ont signé à cette occasion une convention sur le suivi des recettes d'exportation, qui doivent être rapatriées dans un délai de 90 jours après l'embarquement.\n"
    "« Chaque dollar qui ne revient pas au pays affaiblit l'ariary et renchérit le riz importé », a déclaré M. Andrianarivelo devant les exportateurs, avant de prévenir que la banque sanctionnerait les sociétés en retard de plus de trois mois en suspendant leurs autorisations d'exporter.\n"
    "Le port de Toamasina, par lequel transitent plus de 80 % des échanges extérieurs de l'île, poursuit ses travaux d'extension financés par un prêt japonais, a rappelé de son côté la Société du port à gestion autonome de Toamasina (SPAT).\n"
    "À Antsiranana, les dockers ont entamé mardi une grève illimitée pour réclamer des contrats permanents, paralysant le déchargement de deux navires de marchandises, selon leurs représentants.\n"
    "Dans la région de la Sava, les gendarmes ont saisi lundi près de Sambava 600 kilos de vanille verte récoltée avant l'ouverture officielle de la campagne et interpellé trois collecteurs, a indiqué le ministère de l'Industrialisation et du Commerce.\n"
    "Le gouverneur se rendra lundi prochain à Fianarantsoa pour rencontrer les responsables des institutions de microfinance de la région Haute Matsiatra.\n"
    "Madagascar, premier producteur mondial de vanille, a vu ses recettes d'exportation de la gousse reculer fortement depuis que l'État a fixé puis abandonné un prix plancher, laissant des stocks invendus chez de nombreux exportateurs. Les planteurs de la Sava disent vendre aujourd'hui leur vanille verte à perte.",
    [("LOC", "Toamasina", ["Tamatave"], ["TOAMASINA", "Toamasina"]),
     ("ORG", "Central Bank of Madagascar", ["Banque centrale de Madagascar", "Banky Foiben'i Madagasikara", "BFM"],
      ["Banque centrale de Madagascar", "Banque centrale"]),
     ("PERSON", "Aivo Andrianarivelo", ["Andrianarivelo"], ["Aivo Andrianarivelo", "Andrianarivelo"]),
     ("ORG", "GEVM", ["Groupement des exportateurs de vanille de Madagascar", "Madagascar Vanilla Exporters Group"],
      ["Groupement des exportateurs de vanille de Madagascar", "GEVM"]),
     ("LOC", "Port of Toamasina", ["Toamasina port", "Port de Toamasina", "Port of Tamatave"], ["port de Toamasina"]),
     ("ORG", "SPAT", ["Société du port à gestion autonome de Toamasina", "Toamasina Port Authority"],
      ["Société du port à gestion autonome de Toamasina", "SPAT"]),
     ("LOC", "Antsiranana", ["Diego-Suarez", "Diego Suarez"], ["Antsiranana"]),
     ("LOC", "Sava Region", ["SAVA", "SAVA Region", "Sava"], ["Sava"]),
     ("LOC", "Sambava", [], ["Sambava"]),
     ("ORG", "Ministry of Industrialisation and Trade (Madagascar)", ["Ministry of Industrialization and Trade (Madagascar)",
                                                                    "Ministry of Commerce (Madagascar)", "Malagasy Ministry of Trade"],
      ["ministère de l'Industrialisation et du Commerce"]),
     ("LOC", "Fianarantsoa", [], ["Fianarantsoa"]),
     ("LOC", "Haute Matsiatra", ["Haute Matsiatra Region", "Upper Matsiatra"], ["Haute Matsiatra"]),
     ("LOC", "Madagascar", ["Republic of Madagascar"], ["Madagascar"])],
    [("04", "rencontré", "Toamasina", "2024-06-19"), ("05", "signé", "Toamasina", "2024-06-19"),
     ("13", "sanctionnerait", "Toamasina", "2024-06-19"), ("14", "grève", "Antsiranana", "2024-06-18"),
     ("17", "saisi", "Sambava", "2024-06-17"), ("04", "rencontrer", "Fianarantsoa", "2024-06-24")])

doc("b10-fr-03-aigle", "fr", "2025-01-23T10:00:00Z",
    "Cyclisme : l'UCI réunit équipes et coureurs à Aigle après une saison marquée par les chutes",
    "AIGLE (Suisse), 23 janvier — Le président de l'Union cycliste internationale (UCI), David Lappartient, a réuni mercredi au siège de l'organisation à Aigle, dans le canton de Vaud, les représentants des équipes et des coureurs professionnels pour discuter de la sécurité en course après une saison marquée par plusieurs chutes graves.\n"
    "L'UCI, l'Association internationale des groupes cyclistes professionnels (AIGCP) et les Cyclistes professionnels associés (CPA) ont signé à cette occasion un protocole qui prévoit l'usage de balises GPS dans toutes les courses de première division et des amendes pour les organisateurs dont les parcours seront jugés dangereux.\n"
    "« Nous ne pouvons plus accepter qu'un coureur risque sa vie dans une descente mal protégée », a déclaré M. Lappartient, ajoutant que les premières mesures s'appliqueraient dès les classiques du printemps.\n"
    "Le président du CPA, Adam Hansen, a salué « un premier pas » vers une meilleure protection des coureurs, qui réclamaient depuis des années un système de détection des chutes en temps réel.\n"
    "Le Tribunal arbitral du sport (TAS) doit par ailleurs examiner en mars l'appel d'une équipe contre sa rétrogradation en deuxième division, une décision que l'UCI a justifiée par des retards de paiement des salaires.\n"
    "À Neuchâtel, plusieurs centaines d'étudiants de l'Université de Neuchâtel ont manifesté mardi devant le château, siège des autorités cantonales, contre la hausse des taxes d'études votée en décembre par le Grand Conseil.\n"
    "À Fribourg, la police cantonale a interpellé lundi deux hommes soupçonnés d'avoir dérobé dans un entrepôt des vélos de compétition d'une valeur de plus de 200 000 francs appartenant à une équipe de la région, a-t-elle indiqué.\n"
    "David Lappartient se rendra vendredi à Crans-Montana pour rencontrer les organisateurs des championnats du monde de VTT, prévus en Valais à la fin de l'été.\n"
    "Élu à la tête de l'UCI en 2017, M. Lappartient préside aussi le Comité national olympique et sportif français (CNOSF). L'organisation qu'il dirige est installée à Aigle depuis 2002 et y accueille un centre de formation pour les jeunes coureurs venus de pays sans tradition cycliste.",
    [("LOC", "Aigle", ["Aigle, Switzerland"], ["AIGLE", "Aigle"]),
     ("LOC", "Switzerland", ["Suisse", "Swiss Confederation"], ["Suisse"]),
     ("ORG", "Union Cycliste Internationale", ["UCI", "International Cycling Union"], ["Union cycliste internationale", "UCI"]),
     ("PERSON", "David Lappartient", ["Lappartient"], ["David Lappartient", "Lappartient"]),
     ("LOC", "Canton of Vaud", ["Vaud", "Canton de Vaud"], ["canton de Vaud"]),
     ("ORG", "AIGCP", ["Association internationale des groupes cyclistes professionnels", "International Association of Professional Cycling Teams"],
      ["Association internationale des groupes cyclistes professionnels", "AIGCP"]),
     ("ORG", "Cyclistes Professionnels Associés", ["CPA", "Associated Professional Riders"], ["Cyclistes professionnels associés", "CPA"]),
     ("PERSON", "Adam Hansen", ["Hansen"], ["Adam Hansen"]),
     ("ORG", "Court of Arbitration for Sport", ["CAS", "Tribunal arbitral du sport", "TAS"], ["Tribunal arbitral du sport", "TAS"]),
     ("LOC", "Neuchâtel", ["Neuchatel", "Neuenburg"], ["Neuchâtel"]),
     ("ORG", "University of Neuchâtel", ["Université de Neuchâtel", "UniNE"], ["Université de Neuchâtel"]),
     ("ORG", "Grand Council of Neuchâtel", ["Grand Conseil", "Grand Conseil neuchâtelois", "Grand Council (Neuchâtel)"], ["Grand Conseil"]),
     ("LOC", "Fribourg", ["Freiburg im Üechtland", "Fribourg, Switzerland"], ["Fribourg"]),
     ("LOC", "Crans-Montana", ["Crans Montana"], ["Crans-Montana"]),
     ("LOC", "Valais", ["Canton of Valais", "Valais canton"], ["Valais"]),
     ("ORG", "CNOSF", ["Comité national olympique et sportif français", "French National Olympic and Sports Committee"],
      ["Comité national olympique et sportif français", "CNOSF"])],
    [("04", "réuni", "Aigle", "2025-01-22"), ("05", "signé", "Aigle", "2025-01-22"), ("05", "salué", "Aigle", "2025-01-22"),
     ("14", "manifesté", "Neuchâtel", "2025-01-21"), ("17", "interpellé", "Fribourg", "2025-01-20"),
     ("04", "rencontrer", "Crans-Montana", "2025-01-24")])

doc("b10-fr-04-toulouse", "fr", "2025-04-10T09:00:00Z",
    "Occitanie : Carole Delga signe avec l'Onera et l'INSA un plan pour former les techniciens de l'aéronautique",
    "TOULOUSE, 10 avril — La présidente de la région Occitanie, Carole Delga, a signé mercredi à Toulouse avec l'Office national d'études et de recherches aérospatiales (Onera) et l'INSA Toulouse une convention de 45 millions d'euros pour former chaque année 2 000 techniciens et ingénieurs destinés aux sous-traitants de l'aéronautique, a annoncé le conseil régional.\n"
    "Mme Delga a rencontré dans la foulée les dirigeants d'une trentaine de sous-traitants, inquiets de ne pas trouver assez de soudeurs, d'usineurs et de contrôleurs qualité pour suivre la hausse des cadences de production.\n"
    "« Les carnets de commandes sont pleins, mais il nous manque des bras et des heures de formation », a déclaré Sylvie Carrère, présidente du pôle de compétitivité Aerospace Valley, qui fédère près de 800 entreprises et laboratoires entre Toulouse et Bordeaux.\n"
    "Le tribunal administratif de Toulouse examinera par ailleurs le 24 avril le recours d'associations de riverains contre l'extension d'une zone industrielle à Blagnac, où sont installées les principales chaînes d'assemblage de la région.\n"
    "À Tarbes, plusieurs centaines de salariés de l'industrie ferroviaire ont fait grève mardi à l'appel de la CFDT et de la CFE-CGC pour réclamer des hausses de salaires, selon les syndicats.\n"
    "À Sète, les douaniers ont saisi lundi dans le port 1,2 tonne de cocaïne dissimulée dans un conteneur de fruits, a indiqué le parquet, qui a ouvert une enquête pour trafic de stupéfiants en bande organisée.\n"
    "Carole Delga se rendra lundi prochain à Perpignan pour rencontrer les viticulteurs des Pyrénées-Orientales, touchés par une troisième année de sécheresse.\n"
    "L'aéronautique et le spatial emploient près de 100 000 salariés en Occitanie, selon l'Insee, et les industriels estiment qu'il leur faudra recruter plusieurs milliers de personnes par an d'ici à la fin de la décennie pour tenir leurs engagements de livraison.",
    [("LOC", "Toulouse", [], ["TOULOUSE", "Toulouse"]),
     ("LOC", "Occitanie", ["Occitania", "Occitanie region"], ["Occitanie"]),
     ("PERSON", "Carole Delga", ["Delga"], ["Carole Delga", "Delga"]),
     ("ORG", "ONERA", ["Onera", "Office national d'études et de recherches aérospatiales", "French Aerospace Lab"],
      ["Office national d'études et de recherches aérospatiales", "Onera"]),
     ("ORG", "INSA Toulouse", ["Institut national des sciences appliquées de Toulouse", "INSA"], ["INSA Toulouse", "INSA"]),
     ("PERSON", "Sylvie Carrère", ["Carrère", "Sylvie Carrere"], ["Sylvie Carrère"]),
     ("ORG", "Aerospace Valley", ["Aerospace Valley cluster"], ["Aerospace Valley"]),
     ("LOC", "Bordeaux", [], ["Bordeaux"]),
     ("ORG", "Administrative Court of Toulouse", ["Tribunal administratif de Toulouse", "Toulouse Administrative Court"],
      ["tribunal administratif de Toulouse"]),
     ("LOC", "Blagnac", [], ["Blagnac"]),
     ("LOC", "Tarbes", [], ["Tarbes"]),
     ("ORG", "CFDT", ["Confédération française démocratique du travail", "French Democratic Confederation of Labour"], ["CFDT"]),
     ("ORG", "CFE-CGC", ["Confédération française de l'encadrement - Confédération générale des cadres"], ["CFE-CGC"]),
     ("LOC", "Sète", ["Sete"], ["Sète"]),
     ("LOC", "Perpignan", [], ["Perpignan"]),
     ("LOC", "Pyrénées-Orientales", ["Pyrenees-Orientales", "Eastern Pyrenees"], ["Pyrénées-Orientales"]),
     ("ORG", "Insee", ["INSEE", "Institut national de la statistique et des études économiques"], ["Insee"])],
    [("05", "signé", "Toulouse", "2025-04-09"), ("04", "rencontré", "Toulouse", "2025-04-09"),
     ("14", "grève", "Tarbes", "2025-04-08"), ("17", "saisi", "Sète", "2025-04-07"),
     ("04", "rencontrer", "Perpignan", "2025-04-14")])

write("blind10.jsonl")
