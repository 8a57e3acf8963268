# Writes blind26.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers and officials meeting, calls and visits, an agreement, border clashes, attacks on border posts,
# air strikes, raids and arrests, protests, road blockades and labour strikes, demands, threats, rejections,
# criticism, aid and offers. Arabic, the weakest language, has the larger sample, five Arab-world stories and one
# world story told in Arabic: jobless protests in Algeria's Touggourt and Temacine with a visit to El M'Ghair, a
# fishermen's strike on Tunisia's Djerba (Houmt Souk, Ajim, Aghir, Midoun), smugglers at Ruwaished and a visit to
# Safawi in Jordan's Northern Badia (Zaatari, Khalidiya, Umm al-Jimal), MODON with Doosan Enerbility in Abqaiq, a
# raid in Safwa and aid to Tarout, Bahrain's Shura Council on pensions and housing (Salman Town, Jidhafs, Hamad Town,
# Barbar), and Iran and Pakistan at Saravan, Panjgur and Chabahar; English: Kenya's Kwale coast (Shimoni,
# Msambweni), Mindanao (Maguindanao del Sur, Cotabato City, Marawi), Colombia's Nariño (Tumaco, Pasto, Popayán);
# French: Guinea's Kamsar and Sangarédi, Madagascar's Toliara and Sakaraha, Haiti's Grand'Anse (Jérémie, Dame-Marie).
# People, bodies and places are none of those named as gold in dev.jsonl or the other sets here, except the few hits
# listed in heldout/README.md (checked with overlap.py). Real public figures in plausible public roles as of late
# 2026; other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind26.py
from gold import doc, write
doc("b26-ar-01-touggourt", "ar", "2026-11-04T08:00:00Z",
    "توقيف 9 محتجين في تقرت ووالي المغير يستقبل ممثلي العاطلين عن العمل",
    "تقرت (الجزائر) - أوقفت قوات أمن ولاية تقرت أمس الثلاثاء تسعة شبان في مدينة تقرت، بعد أن أغلق مئات المحتجين الطريق المؤدي إلى بلدية تماسين بالإطارات المشتعلة احتجاجا على ما وصفوه بإقصاء أبناء المنطقة من التوظيف في الشركات النفطية العاملة في الجنوب. واستعملت قوات مكافحة الشغب الغاز المسيل للدموع لتفريق المعتصمين قرب مقر الدائرة.\n"
    "وقال المحامي رشيد بوسحابة إن الموقوفين «شباب عاطلون خرجوا للمطالبة بحقهم في العمل»، وطالب أمس النيابة العامة لدى محكمة تقرت بالإفراج عنهم فورا، مؤكدا أن هيئة الدفاع ستتابع الملف إلى نهايته، وأن عائلات الموقوفين لم تتمكن من زيارتهم حتى مساء أمس. وأضاف بوسحابة أن أغلب المحتجين من حملة الشهادات الجامعية الذين ينتظرون منذ سنوات فرصة عمل في المنطقة.\n"
    "وفي ولاية المغير المجاورة، استقبل الوالي عبد القادر زروقي مساء أمس وفدا من ممثلي العاطلين عن العمل في مقر الولاية، وتعهد بفتح مكتب جديد للتشغيل في المدينة قبل نهاية الشهر. وانتقد زروقي خلال اللقاء ما سماه «محاولات تسييس مطالب اجتماعية مشروعة».\n"
    "ورفضت التنسيقية الوطنية للدفاع عن حقوق البطالين دعوة الوالي إلى الحوار، وقالت في بيان إنها ستنظم مسيرة سلمية في المغير السبت المقبل للمطالبة بالإفراج عن الموقوفين.\n"
    "من جهتها، أعلنت وزارة العمل الجزائرية أن الوزير فيصل بن طالب سيزور تقرت الأحد المقبل لمتابعة ملف التشغيل في الولايات الجنوبية، فيما أبدت الوكالة الوطنية للتشغيل استعدادها لتوفير 500 منصب عمل لشباب المنطقة قبل نهاية العام.",
    [("LOC", "Touggourt", ["Tuggurt"], ["تقرت"]),
     ("ORG", "Touggourt Wilaya Security", ["Touggourt Province Security", "Touggourt police"], ["أمن ولاية تقرت"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("LOC", "Temacine", ["Tamacine", "Témacine"], ["تماسين"]),
     ("PERSON", "Rachid Bousahaba", ["Bousahaba"], ["رشيد بوسحابة", "بوسحابة"]),
     ("ORG", "Touggourt Court", ["Court of Touggourt"], ["محكمة تقرت"]),
     ("LOC", "El M'Ghair", ["El Meghaier", "El Mghair", "M'Ghair"], ["المغير"]),
     ("PERSON", "Abdelkader Zerrouki", ["Abdelkader Zerouki", "Zerrouki"], ["عبد القادر زروقي", "زروقي"]),
     ("ORG", "National Coordination for the Defence of the Rights of the Unemployed",
      ["CNDDC", "National Committee for the Defence of the Rights of the Unemployed"],
      ["التنسيقية الوطنية للدفاع عن حقوق البطالين"]),
     ("ORG", "Ministry of Labour (Algeria)", ["Algerian Labour Ministry", "Ministry of Labour, Employment and Social Security"],
      ["وزارة العمل الجزائرية"]),
     ("PERSON", "Fayçal Bentaleb", ["Faycal Bentaleb", "Faiçal Bentaleb", "Bentaleb"], ["فيصل بن طالب"]),
     ("ORG", "National Employment Agency (Algeria)", ["ANEM", "Agence nationale de l'emploi"],
      ["الوكالة الوطنية للتشغيل"])],
    [("17", "أوقفت", "Touggourt", "2026-11-03"), ("14", "أغلق", "Temacine", "2026-11-03"),
     ("10", "طالب", None, "2026-11-03"), ("04", "استقبل", "El M'Ghair", "2026-11-03"),
     ("03", "تعهد", "El M'Ghair", None), ("11", "انتقد", "El M'Ghair", "2026-11-03"), ("12", "رفضت", None, None),
     ("14", "مسيرة", "El M'Ghair", "2026-11-07"), ("04", "سيزور", "Touggourt", "2026-11-08"),
     ("03", "استعدادها", None, None)])

doc("b26-ar-02-djerba", "ar", "2026-11-10T09:00:00Z",
    "إضراب بحارة جربة يشل ميناءي حومة السوق وأجيم واعتقال 11 شخصا في ميدون",
    "جربة (تونس) - دخل مئات البحارة في جزيرة جربة أمس الاثنين في إضراب مفتوح عن العمل، وأبقوا مراكبهم راسية في ميناءي حومة السوق وأجيم ومرفأ أغير احتجاجا على ارتفاع أسعار المحروقات وتقليص الحصص المخصصة لهم من الوقود المدعم.\n"
    "وقال رئيس الجامعة الجهوية للصيد البحري بجربة الهادي الشتيوي إن البحارة «لن يعودوا إلى البحر قبل الاستجابة لمطالبهم»، وطالب وزارة الفلاحة والموارد المائية والصيد البحري التونسية بمراجعة منظومة الدعم. وانتقد الشتيوي ما وصفه بتجاهل السلطات الجهوية لخسائر القطاع منذ بداية الموسم.\n"
    "وفي ميدون، اعتقلت وحدات الحرس البحري التونسي فجر الأحد الماضي 11 شخصا كانوا يستعدون لاجتياز الحدود البحرية خلسة على متن قارب صيد، وحجزت محركين ومبلغا ماليا، وفق مصدر أمني. وقال المصدر إن القارب كان سيقل المهاجرين إلى السواحل الإيطالية، وإن التحقيقات متواصلة لكشف بقية أفراد الشبكة.\n"
    "من جهته، التقى النائب منير العكرمي أمس بممثلين عن البحارة في مقر جمعية صيادي حومة السوق، وتعهد بطرح الملف على وزير الفلاحة خلال الأسبوع الجاري. وقال العكرمي إن «البحار في جربة يدفع اليوم ثمن الوقود مضاعفا».\n"
    "وهدد الشتيوي بتنظيم وقفة احتجاجية أمام مقر الولاية إذا لم تفتح الوزارة باب التفاوض، فيما قال بحارة في أجيم إن مخزون السمك في أسواق الجزيرة بدأ يتراجع منذ صباح أمس وإن الأسعار ارتفعت بشكل لافت. ويعيش أكثر من ثلاثة آلاف بحار وعائلاتهم في الجزيرة من الصيد الساحلي بالأساس.",
    [("LOC", "Djerba", ["Jerba"], ["جربة"]),
     ("LOC", "Tunisia", [], ["تونس"]),
     ("LOC", "Houmt Souk", ["Houmt El Souk", "Houmt Essouk"], ["حومة السوق"]),
     ("LOC", "Ajim", ["Adjim"], ["أجيم"]),
     ("LOC", "Aghir", ["Aghir port", "Port of Aghir"], ["أغير"]),
     ("LOC", "Midoun", ["Midun"], ["ميدون"]),
     ("ORG", "Regional Fisheries Federation of Djerba", ["Djerba Regional Fishing Federation"],
      ["الجامعة الجهوية للصيد البحري بجربة"]),
     ("PERSON", "Hedi Chtioui", ["El Hedi Chtioui", "Hadi Chtioui", "Chtioui"], ["الهادي الشتيوي", "الشتيوي"]),
     ("ORG", "Ministry of Agriculture, Water Resources and Fisheries (Tunisia)",
      ["Tunisian Agriculture Ministry", "Ministry of Agriculture (Tunisia)"],
      ["وزارة الفلاحة والموارد المائية والصيد البحري التونسية"]),
     ("ORG", "Tunisian Maritime National Guard", ["Maritime Guard (Tunisia)"],
      ["الحرس البحري التونسي"]),
     ("PERSON", "Mounir Akremi", ["Mounir Akrmi", "Akremi"], ["منير العكرمي", "العكرمي"]),
     ("ORG", "Houmt Souk Fishermen's Association", ["Association of Houmt Souk Fishermen"], ["جمعية صيادي حومة السوق"])],
    [("14", "إضراب", "Djerba", "2026-11-09"), ("10", "طالب", None, None), ("11", "انتقد", None, None),
     ("17", "اعتقلت", "Midoun", "2026-11-08"), ("04", "التقى", "Houmt Souk", "2026-11-09"),
     ("03", "تعهد", None, None), ("13", "هدد", None, None)])

doc("b26-ar-03-ruwaished", "ar", "2026-11-15T08:00:00Z",
    "اشتباك مع مهربين قرب الرويشد وقائد المنطقة العسكرية الشرقية يحذر من الاقتراب من الحدود",
    "الرويشد (الأردن) - اشتبكت قوات حرس الحدود في المنطقة العسكرية الشرقية فجر الجمعة مع مجموعة من المهربين حاولوا اجتياز الحدود قادمين من سوريا قرب بلدة الرويشد، ما أسفر عن مقتل اثنين منهم وضبط كميات كبيرة من الحبوب المخدرة، بحسب مصدر عسكري. وأوضح المصدر أن قوات حرس الحدود أحبطت منذ بداية العام عشرات محاولات التهريب على الواجهة الشمالية الشرقية، وأن المهربين باتوا يستخدمون طائرات مسيرة صغيرة لنقل المواد المخدرة.\n"
    "وزار قائد المنطقة العسكرية الشرقية العميد الركن خالد الزبن أمس السبت بلدة الصفاوي، والتقى وجهاء عشائر البادية الشمالية في مقر المتصرفية. وحذر الزبن خلال اللقاء من أن القوات «ستتعامل بالقوة مع أي مجموعة مسلحة تقترب من الشريط الحدودي»، داعيا الأهالي إلى الإبلاغ عن أي تحركات مريبة.\n"
    "وفي مخيم الزعتري، نفذت قوة أمنية الخميس حملة مداهمات أسفرت عن القبض على سبعة أشخاص يشتبه في ترويجهم المواد المخدرة داخل المخيم وفي محيطه.\n"
    "من جهة أخرى، نظم عشرات المزارعين في بلدة الخالدية وقفة احتجاجية أمام مبنى البلدية أمس، وطالبوا وزارة المياه والري الأردنية بزيادة حصصهم من مياه الري بعد جفاف عدد من الآبار الارتوازية في المنطقة.\n"
    "ووزعت جمعية الكتاب والسنة أمس ثلاثة آلاف طرد غذائي على أسر محتاجة في بلدة أم الجمال، وفق بيان للجمعية. وقالت الجمعية إن أكثر من عشرين قرية في البادية الشمالية تعاني نقصا حادا في المواد الغذائية ووقود التدفئة مع دخول فصل الشتاء.",
    [("LOC", "Ruwaished", ["Al-Ruwaished", "Ruweished"], ["الرويشد"]),
     ("LOC", "Jordan", [], ["الأردن"]),
     ("ORG", "Eastern Military Region (Jordan)", ["Eastern Military Zone", "Jordanian Eastern Military Region"],
      ["المنطقة العسكرية الشرقية"]),
     ("LOC", "Syria", [], ["سوريا"]),
     ("PERSON", "Khaled al-Zaben", ["Khalid Al-Zaben", "Al-Zaben", "Zaben"], ["خالد الزبن", "الزبن"]),
     ("LOC", "Safawi", ["Al-Safawi", "Safawi town"], ["الصفاوي"]),
     ("LOC", "Northern Badia", ["Northern Badia region", "North Badia"], ["البادية الشمالية"]),
     ("LOC", "Zaatari refugee camp", ["Zaatari", "Za'atari camp", "Al-Zaatari"], ["مخيم الزعتري", "الزعتري"]),
     ("LOC", "Khalidiya", ["Al-Khalidiya", "Khaldiyeh"], ["الخالدية"]),
     ("ORG", "Ministry of Water and Irrigation (Jordan)", ["Jordanian Water Ministry"],
      ["وزارة المياه والري الأردنية"]),
     ("ORG", "Al-Kitab wal-Sunna Society", ["Al Kitab Wal Sunna Association", "Quran and Sunnah Society"],
      ["جمعية الكتاب والسنة"]),
     ("LOC", "Umm al-Jimal", ["Umm el-Jimal", "Umm Al Jimal"], ["أم الجمال"])],
    [("19", "اشتبكت", "Ruwaished", "2026-11-13"), ("04", "زار", "Safawi", "2026-11-14"),
     ("13", "حذر", "Safawi", "2026-11-14"), ("17", "مداهمات", "Zaatari refugee camp", "2026-11-12"),
     ("14", "وقفة احتجاجية", "Khalidiya", "2026-11-14"), ("10", "طالبوا", "Khalidiya", "2026-11-14"),
     ("07", "وزعت", "Umm al-Jimal", "2026-11-14")])

doc("b26-ar-04-abqaiq-safwa", "ar", "2026-11-19T08:00:00Z",
    "العرقوبي يلتقي مسؤولي دوسان إنربيليتي في بقيق وضبط شبكة تهريب في صفوى",
    "بقيق (السعودية) - قالت الهيئة السعودية للمدن الصناعية ومناطق التقنية إن رئيسها التنفيذي ماجد العرقوبي التقى أمس الأربعاء في بقيق وفدا من شركة دوسان إنربيليتي الكورية الجنوبية، ووقع الجانبان مذكرة تفاهم لإنشاء مصنع لمكونات التوربينات في مدينة بقيق الصناعية.\n"
    "وأضافت الهيئة أن الشركة أبدت استعدادها لنقل جزء من خطوط إنتاجها من كوريا الجنوبية إلى بقيق خلال عامين، وتوظيف 600 مهندس وفني سعودي. وكان في استقبال الوفد محافظ بقيق سعد بن محمد الشمراني، الذي قال إن المحافظة «مستعدة لتوفير الأراضي والخدمات اللازمة للمصنع». وأكد الشمراني أن المشروع سيفتح فرص عمل لشباب المحافظة والقرى المجاورة.\n"
    "وفي صفوى، أعلنت شرطة صفوى أنها داهمت الاثنين الماضي مستودعا في حي صناعي وقبضت على خمسة مقيمين وضبطت 1.2 مليون قرص من الإمفيتامين كانت معدة للتهريب عبر الساحل.\n"
    "من جهة أخرى، سيرت جمعية البر الخيرية بسيهات أمس قافلة مساعدات تضم 800 سلة غذائية وبطانيات إلى أسر محتاجة في جزيرة تاروت، وقالت إنها ستوزع دفعة ثانية في بقيق الأحد المقبل.\n"
    "ويأتي ذلك بعد أيام من تدشين برنامج لتأهيل الشباب في قطاع الصناعات التحويلية، بالتعاون مع الكليات التقنية في المحافظات الساحلية. وقال العرقوبي إن المصنع سيكون الأول من نوعه في السعودية، مشيرا إلى أن حجم الاستثمار يتجاوز 1.5 مليار ريال، وأن الحوافز التي تقدمها الهيئة للمستثمرين في المدينة تشمل أسعارا مخفضة للأراضي والطاقة خلال السنوات الأولى من التشغيل.",
    [("LOC", "Abqaiq", ["Buqayq", "Baqiq"], ["بقيق"]),
     ("LOC", "Saudi Arabia", [], ["السعودية"]),
     ("ORG", "Saudi Authority for Industrial Cities and Technology Zones", ["MODON", "Modon"],
      ["الهيئة السعودية للمدن الصناعية ومناطق التقنية"]),
     ("PERSON", "Majid Al-Argoubi", ["Majed Al-Argoubi", "Majid bin Rafid Al-Argoubi", "Al-Argoubi"],
      ["ماجد العرقوبي", "العرقوبي"]),
     ("ORG", "Doosan Enerbility", ["Doosan Heavy Industries & Construction", "Doosan"], ["دوسان إنربيليتي"]),
     ("LOC", "South Korea", [], ["كوريا الجنوبية"]),
     ("LOC", "Abqaiq Industrial City", ["Buqayq Industrial City"], ["مدينة بقيق الصناعية"]),
     ("PERSON", "Saad bin Mohammed al-Shamrani", ["Saad Al-Shamrani", "Al-Shamrani"], ["سعد بن محمد الشمراني", "الشمراني"]),
     ("LOC", "Safwa", ["Safwa City"], ["صفوى"]),
     ("ORG", "Safwa Police", ["Safwa police station"], ["شرطة صفوى"]),
     ("ORG", "Al-Birr Charity Society in Saihat", ["Al Birr Charitable Society Saihat", "Saihat Charity Society"],
      ["جمعية البر الخيرية بسيهات"]),
     ("LOC", "Tarout Island", ["Tarout", "Tarut", "Tarut Island"], ["جزيرة تاروت", "تاروت"])],
    [("04", "التقى", "Abqaiq", "2026-11-18"), ("05", "ووقع", "Abqaiq", "2026-11-18"),
     ("03", "استعدادها", "Abqaiq", None), ("03", "مستعدة", "Abqaiq", None),
     ("17", "داهمت", "Safwa", "2026-11-16"),
     ("07", "قافلة مساعدات", "Tarout Island", "2026-11-18"), ("03", "ستوزع", "Abqaiq", "2026-11-22")])

doc("b26-ar-05-bahrain-parliament", "ar", "2026-11-23T09:00:00Z",
    "مجلس الشورى البحريني يرفض مرسوم التقاعد وانتقاد لبطء توزيع وحدات مدينة سلمان",
    "رفض مجلس الشورى البحريني في جلسته أمس الأحد بأغلبية 31 صوتا مشروع المرسوم بقانون بشأن تعديل نظام التقاعد الذي أحالته الحكومة البحرينية، وقرر إعادته إلى لجنة الخدمات لإعداد صيغة بديلة.\n"
    "وانتقد العضو عيسى محمد الدوسري خلال الجلسة وزارة الإسكان والتخطيط العمراني البحرينية، متهما إياها بالتأخر في توزيع الوحدات السكنية في مشروع مدينة سلمان رغم اكتمال بنائها. وطالب الدوسري الوزيرة آمنة الرميحي بنشر جدول زمني واضح لتسليم ثلاثة آلاف وحدة قبل نهاية العام المقبل.\n"
    "وردت الرميحي بأن التأخير «يعود إلى أعمال البنية التحتية»، مضيفة أنها ستلتقي الثلاثاء المقبل في جدحفص ممثلين عن أهالي مدينة حمد المدرجين على قوائم الانتظار.\n"
    "من جهته، أبدى بنك الإسكان استعداده لتمويل ألفي وحدة إضافية في مدينة سلمان بالشراكة مع مطورين من القطاع الخاص، بحسب بيان صدر عقب الجلسة.\n"
    "وفي شأن آخر، أعلنت شرطة المحافظة الشمالية أنها قبضت مساء الجمعة على ثلاثة أشخاص في باربار بتهمة الاحتيال الإلكتروني على عشرات المواطنين، وأحالتهم إلى النيابة العامة.\n"
    "وكانت الحكومة قد أكدت الأسبوع الماضي أن تعديل نظام التقاعد ضروري لضمان استدامة الصناديق، فيما أكد أعضاء في المجلس أن أي تعديل يجب ألا يمس الحقوق المكتسبة للموظفين الحاليين في القطاعين العام والخاص. وكانت الهيئة العامة للتأمين الاجتماعي قد حذرت من عجز اكتواري في صناديق التقاعد، فيما تنتظر آلاف الأسر منذ سنوات الحصول على وحدات سكنية.",
    [("ORG", "Shura Council (Bahrain)", ["Bahraini Shura Council", "Consultative Council of Bahrain"],
      ["مجلس الشورى البحريني"]),
     ("ORG", "Government of Bahrain", ["Bahraini government"], ["الحكومة البحرينية"]),
     ("ORG", "Social Insurance Organization (Bahrain)", ["Bahrain Social Insurance Organisation", "SIO Bahrain"], ["الهيئة العامة للتأمين الاجتماعي"]),
     ("PERSON", "Issa Mohammed al-Dosari", ["Isa Mohamed Al Dosari", "Al-Dosari"], ["عيسى محمد الدوسري", "الدوسري"]),
     ("ORG", "Ministry of Housing and Urban Planning (Bahrain)", ["Bahraini Housing Ministry", "Ministry of Housing (Bahrain)"],
      ["وزارة الإسكان والتخطيط العمراني البحرينية"]),
     ("PERSON", "Amna Al Romaihi", ["Amna bint Ahmed Al Romaihi", "Amna Al-Rumaihi", "Al Romaihi"],
      ["آمنة الرميحي", "الرميحي"]),
     ("LOC", "Salman Town", ["Madinat Salman", "Salman City"], ["مدينة سلمان"]),
     ("LOC", "Jidhafs", ["Jid Hafs", "Jidd Hafs"], ["جدحفص"]),
     ("LOC", "Hamad Town", ["Madinat Hamad"], ["مدينة حمد"]),
     ("ORG", "Eskan Bank", ["Housing Bank (Bahrain)"], ["بنك الإسكان"]),
     ("ORG", "Northern Governorate Police", ["Northern Governorate Police Directorate (Bahrain)"],
      ["شرطة المحافظة الشمالية"]),
     ("LOC", "Barbar", ["Barbar village"], ["باربار"])],
    [("12", "رفض", None, "2026-11-22"), ("11", "انتقد", None, "2026-11-22"),
     ("10", "طالب", None, "2026-11-22"), ("04", "ستلتقي", "Jidhafs", "2026-11-24"),
     ("03", "استعداده", "Salman Town", None), ("17", "قبضت", "Barbar", "2026-11-20")])

doc("b26-ar-06-saravan", "ar", "2026-11-27T07:00:00Z",
    "مقتل 5 من حرس الحدود الإيراني في هجوم قرب سراوان وإيران تطالب باكستان بضبط حدودها",
    "زاهدان (إيران) - قتل خمسة من عناصر حرس الحدود الإيراني وأصيب ثلاثة آخرون أمس الخميس في هجوم شنه مسلحون على مخفر حدودي قرب مدينة سراوان في محافظة سيستان وبلوشستان جنوب شرقي البلاد، وتبنت جماعة جيش العدل الهجوم في بيان على الإنترنت.\n"
    "وقال محافظ سيستان وبلوشستان منصور بيجار إن المهاجمين انسحبوا إلى داخل الأراضي الباكستانية، وطالب الحكومة الباكستانية باتخاذ «إجراءات حاسمة ضد الجماعات الإرهابية التي تنشط على الجانب الآخر من الحدود».\n"
    "وفي الجانب الباكستاني، شنت إدارة مكافحة الإرهاب الباكستانية صباح اليوم الجمعة عملية في منطقة بنجغور المحاذية لإيران، واعتقلت ستة مشتبه بهم وصادرت أسلحة وذخائر، بحسب مسؤول أمني باكستاني.\n"
    "ورفض متحدث باسم الحكومة الباكستانية الاتهامات الإيرانية بإيواء مسلحين، وقال في بيان إن باكستان «نفسها ضحية للإرهاب العابر للحدود»، معربة عن استعدادها لتسيير دوريات مشتركة على الحدود.\n"
    "من جهة أخرى، أرسلت جمعية الهلال الأحمر الإيراني أمس 40 شاحنة محملة بالخيام والمواد الغذائية إلى قرى متضررة من السيول في منطقة تشابهار على بحر عمان، حيث غمرت المياه عشرات المنازل الأسبوع الماضي. وقالت الجمعية إن فرقها أجلت أكثر من 300 شخص من القرى الساحلية، وإن قافلة ثانية ستنطلق خلال الأيام المقبلة. ويشهد الشريط الحدودي بين البلدين، الذي يمتد نحو 900 كيلومتر، هجمات متكررة على المخافر منذ سنوات، وتبعد سراوان نحو 250 كيلومترا عن زاهدان.",
    [("LOC", "Zahedan", ["Zahidan"], ["زاهدان"]),
     ("LOC", "Iran", [], ["إيران"]),
     ("ORG", "Iranian Border Guard", ["Border Guard Command (Iran)", "FARAJA Border Guard"], ["حرس الحدود الإيراني"]),
     ("LOC", "Saravan", ["Sarawan"], ["سراوان"]),
     ("LOC", "Sistan and Baluchestan province", ["Sistan and Baluchestan", "Sistan-Baluchestan"], ["سيستان وبلوشستان"]),
     ("ORG", "Jaish al-Adl", ["Jaish ul-Adl", "Army of Justice"], ["جيش العدل"]),
     ("PERSON", "Mansour Bijar", ["Bijar"], ["منصور بيجار"]),
     ("ORG", "Government of Pakistan", ["Pakistani government"], ["الحكومة الباكستانية"]),
     ("ORG", "Counter Terrorism Department (Pakistan)", ["CTD", "Pakistani Counter-Terrorism Department"],
      ["إدارة مكافحة الإرهاب الباكستانية"]),
     ("LOC", "Panjgur", ["Panjgur district"], ["بنجغور"]),
     ("LOC", "Pakistan", [], ["باكستان"]),
     ("ORG", "Iranian Red Crescent Society", ["Red Crescent Society of Iran"], ["الهلال الأحمر الإيراني"]),
     ("LOC", "Chabahar", ["Chah Bahar"], ["تشابهار"]),
     ("LOC", "Gulf of Oman", ["Sea of Oman"], ["بحر عمان"])],
    [("19", "هجوم", "Saravan", "2026-11-26"), ("10", "طالب", None, None),
     ("17", "اعتقلت", "Panjgur", "2026-11-27"), ("12", "رفضت", None, None),
     ("03", "استعدادها", None, None), ("07", "أرسلت", "Chabahar", "2026-11-26")])

doc("b26-en-01-kwale-shimoni", "en", "2026-11-02T11:00:00Z",
    "Police arrest 12 after clash at Shimoni as Kwale governor meets fishermen",
    "KWALE, Kenya — Police in Kwale County arrested 12 people on Saturday after fishermen and motorcycle-taxi riders clashed with officers at Shimoni, where residents have blocked the road to the new fishing port for more than a week over unpaid compensation for their land.\n"
    "County police commander Peter Muthoka said officers fired tear gas after protesters set fire to a police vehicle near the fish landing site. Three officers and five residents were treated for injuries at the Msambweni County Referral Hospital, he said.\n"
    "Kwale Governor Fatuma Achani met leaders of the Shimoni Beach Management Unit in Msambweni on Sunday and pledged to pay the outstanding compensation before the end of the year. Achani criticised the Kenya Fisheries Service for what she called \"years of silence\" on the claims of families moved to make way for the port.\n"
    "The Kenya Fishing Industries Corporation, which runs the port, rejected claims that it had taken community land without payment, saying the site had been surveyed and gazetted in 2019.\n"
    "Msambweni MP Feisal Bader demanded the immediate release of those arrested, while the rights group Haki Africa condemned what it called the excessive use of force by police.\n"
    "Fisheries Principal Secretary Betsy Njagi is due to visit Shimoni next Friday to meet residents, her office said.",
    [("LOC", "Kwale County", ["Kwale"], ["Kwale County", "Kwale", "KWALE"]),
     ("LOC", "Kenya", [], ["Kenya"]),
     ("LOC", "Shimoni", ["Shimoni, Kenya"], ["Shimoni"]),
     ("PERSON", "Peter Muthoka", ["Muthoka"], ["Peter Muthoka"]),
     ("ORG", "Msambweni County Referral Hospital", ["Msambweni Hospital"], ["Msambweni County Referral Hospital"]),
     ("PERSON", "Fatuma Achani", ["Fatuma Mohamed Achani", "Achani"], ["Fatuma Achani", "Achani"]),
     ("ORG", "Shimoni Beach Management Unit", ["Shimoni BMU"], ["Shimoni Beach Management Unit"]),
     ("LOC", "Msambweni", ["Msambweni Constituency"], ["Msambweni"]),
     ("ORG", "Kenya Fisheries Service", ["KeFS"], ["Kenya Fisheries Service"]),
     ("ORG", "Kenya Fishing Industries Corporation", ["KFIC"], ["Kenya Fishing Industries Corporation"]),
     ("PERSON", "Feisal Bader", ["Feisal Abdallah Bader", "Bader"], ["Feisal Bader"]),
     ("ORG", "Haki Africa", ["HAKI Africa"], ["Haki Africa"]),
     ("PERSON", "Betsy Njagi", ["Betsy Muthoni Njagi", "Njagi"], ["Betsy Njagi"])],
    [("17", "arrested", "Shimoni", "2026-10-31"), ("14", "blocked", "Shimoni", None),
     ("04", "met", "Msambweni", "2026-11-01"), ("03", "pledged", None, None),
     ("11", "criticised", "Msambweni", "2026-11-01"), ("12", "rejected", None, None),
     ("10", "demanded", None, None), ("11", "condemned", None, None),
     ("04", "visit", "Shimoni", "2026-11-06")])

doc("b26-en-02-maguindanao", "en", "2026-11-12T09:30:00Z",
    "Troops clash with Dawlah Islamiyah gunmen in Maguindanao del Sur; MILF and peace office meet in Cotabato City",
    "COTABATO CITY, Philippines — Soldiers of the Philippine Army's 6th Infantry Division clashed with about 20 gunmen of the jihadist group Dawlah Islamiyah in the marshland of Datu Hoffer Ampatuan town, Maguindanao del Sur, on Tuesday, killing four of them, the military said. Two soldiers were wounded.\n"
    "Division spokesman Lt. Col. Ramon Dizon said helicopters fired rockets at the group's positions on the edge of the Liguasan Marsh on Wednesday before troops recovered rifles and bomb-making materials.\n"
    "Governor Mariam Mangudadatu demanded that the army allow displaced families to return to their farms before the harvest. The provincial government said 1,800 families had fled to evacuation centres.\n"
    "In Cotabato City, leaders of the Moro Islamic Liberation Front met officials of the Office of the Presidential Adviser on Peace, Reconciliation and Unity on Wednesday to discuss the stalled decommissioning of former combatants. MILF panel member Abdul Karim Sinsuat accused the government of delaying promised livelihood payments.\n"
    "In Marawi, hundreds of residents of the city's former main battle area marched to the Lanao del Sur provincial capitol on Wednesday, demanding the compensation promised to them for homes destroyed in 2017.\n"
    "The Bangsamoro Ministry of Social Services and Development delivered food packs and hygiene kits to displaced families in Shariff Aguak, the ministry said.",
    [("LOC", "Cotabato City", ["Cotabato"], ["COTABATO CITY", "Cotabato City"]),
     ("LOC", "Philippines", [], ["Philippines"]),
     ("ORG", "Philippine Army", [], ["Philippine Army"]),
     ("ORG", "6th Infantry Division (Philippines)", ["6th Infantry Division", "6ID", "Kampilan Division"],
      ["6th Infantry Division"]),
     ("ORG", "Dawlah Islamiyah", ["Daulah Islamiyah"], ["Dawlah Islamiyah"]),
     ("LOC", "Datu Hoffer Ampatuan", ["Datu Hoffer"], ["Datu Hoffer Ampatuan"]),
     ("LOC", "Maguindanao del Sur", ["Maguindanao"], ["Maguindanao del Sur"]),
     ("PERSON", "Ramon Dizon", ["Dizon"], ["Ramon Dizon"]),
     ("LOC", "Liguasan Marsh", ["Ligawasan Marsh"], ["Liguasan Marsh"]),
     ("PERSON", "Mariam Mangudadatu", ["Bai Mariam Mangudadatu", "Mangudadatu"], ["Mariam Mangudadatu"]),
     ("ORG", "Moro Islamic Liberation Front", ["MILF"], ["Moro Islamic Liberation Front", "MILF"]),
     ("ORG", "Office of the Presidential Adviser on Peace, Reconciliation and Unity", ["OPAPRU"],
      ["Office of the Presidential Adviser on Peace, Reconciliation and Unity"]),
     ("PERSON", "Abdul Karim Sinsuat", ["Sinsuat"], ["Abdul Karim Sinsuat"]),
     ("LOC", "Marawi", ["Marawi City"], ["Marawi"]),
     ("LOC", "Lanao del Sur", ["Lanao del Sur province"], ["Lanao del Sur"]),
     ("ORG", "Ministry of Social Services and Development (Bangsamoro)", ["MSSD", "Bangsamoro MSSD"], ["Bangsamoro Ministry of Social Services and Development"]),
     ("LOC", "Shariff Aguak", ["Shariff Aguak town"], ["Shariff Aguak"])],
    [("19", "clashed", "Datu Hoffer Ampatuan", "2026-11-10"), ("19", "fired rockets", "Liguasan Marsh", "2026-11-11"),
     ("10", "demanded", None, None), ("04", "met", "Cotabato City", "2026-11-11"),
     ("11", "accused", "Cotabato City", "2026-11-11"), ("14", "marched", "Marawi", "2026-11-11"),
     ("07", "delivered", "Shariff Aguak", None)])

doc("b26-en-03-narino-tumaco", "en", "2026-11-21T15:00:00Z",
    "Colombian troops clash with dissidents near Tumaco as Nariño farmers block highway",
    "TUMACO, Colombia — Colombian troops clashed with fighters of the Oliver Sinisterra Front on Thursday near the village of Llorente, east of the Pacific port of Tumaco, killing three of them and seizing explosives, the army's Pegasus Task Force said.\n"
    "The Awá indigenous organisation UNIPA condemned the fighting, saying 200 Awá families had been confined to their reserves by mines and crossfire since the start of the month.\n"
    "Further inland, coca and coffee farmers blocked the highway between Pasto and Popayán at El Remolino on Friday, leaving hundreds of lorries stranded. Farmers' leader Yesid Cabrera said they rejected the government's offer of crop-substitution payments as \"too little and too late\".\n"
    "Nariño Governor Luis Alfonso Escobar demanded that the national government send negotiators to the blockade instead of riot police. Escobar's office said talks with the Colombian Ministry of Agriculture would be held in Pasto next Monday.\n"
    "In Popayán, police arrested three men on Friday suspected of extorting shopkeepers on behalf of an armed group, the Cauca police command said.\n"
    "The Colombian Institute of Family Welfare said it had sent food rations and a mobile health team to children in the confined Awá communities, with a second convoy planned for next week.",
    [("LOC", "Tumaco", ["San Andrés de Tumaco"], ["TUMACO", "Tumaco"]),
     ("LOC", "Colombia", [], ["Colombia"]),
     ("ORG", "Oliver Sinisterra Front", ["Frente Oliver Sinisterra"], ["Oliver Sinisterra Front"]),
     ("LOC", "Llorente", ["Llorente, Nariño"], ["Llorente"]),
     ("ORG", "Pegasus Task Force", ["Fuerza de Tarea Pegaso", "Pegaso Task Force"], ["Pegasus Task Force"]),
     ("ORG", "UNIPA", ["Unidad Indígena del Pueblo Awá", "Indigenous Unity of the Awá People"], ["UNIPA"]),
     ("LOC", "Pasto", ["San Juan de Pasto"], ["Pasto"]),
     ("LOC", "Popayán", ["Popayan"], ["Popayán"]),
     ("LOC", "El Remolino", ["Remolino"], ["El Remolino"]),
     ("PERSON", "Yesid Cabrera", ["Cabrera"], ["Yesid Cabrera"]),
     ("LOC", "Nariño Department", ["Nariño", "Narino"], ["Nariño"]),
     ("PERSON", "Luis Alfonso Escobar", ["Luis Alfonso Escobar Jaramillo", "Escobar"], ["Luis Alfonso Escobar", "Escobar"]),
     ("ORG", "Ministry of Agriculture (Colombia)", ["Colombian Agriculture Ministry", "MinAgricultura"],
      ["Colombian Ministry of Agriculture"]),
     ("ORG", "Cauca police command", ["Cauca Police Department", "Cauca police"], ["Cauca police command"]),
     ("ORG", "Colombian Institute of Family Welfare", ["ICBF", "Instituto Colombiano de Bienestar Familiar"],
      ["Colombian Institute of Family Welfare"])],
    [("19", "clashed", "Llorente", "2026-11-19"), ("11", "condemned", None, None),
     ("14", "blocked", "El Remolino", "2026-11-20"), ("12", "rejected", None, None),
     ("10", "demanded", None, None), ("04", "talks", "Pasto", "2026-11-23"),
     ("17", "arrested", "Popayán", "2026-11-20"), ("07", "sent", None, None)])

doc("b26-fr-01-kamsar", "fr", "2026-11-06T10:00:00Z",
    "Guinée : grève des dockers au port de Kamsar, la CBG suspend ses chargements de bauxite",
    "KAMSAR (Guinée) - Les dockers du port minéralier de Kamsar ont entamé mercredi une grève illimitée pour réclamer une hausse de 40 % de leurs primes de risque, contraignant la Compagnie des bauxites de Guinée (CBG) à suspendre le chargement de deux vraquiers en rade.\n"
    "« Nous exigeons des contrats à durée indéterminée pour les 600 journaliers du port », a déclaré le secrétaire général du Syndicat des travailleurs portuaires de Kamsar (STPK), Ibrahima Sory Camara, devant les grilles du terminal.\n"
    "La CBG a rejeté ces revendications, estimant dans un communiqué qu'elles « mettraient en péril la compétitivité du site », tout en se disant prête à ouvrir des discussions sur les conditions de sécurité.\n"
    "Jeudi, les gendarmes ont interpellé cinq jeunes à Sangarédi, où des habitants avaient bloqué la voie ferrée qui relie la mine au port en signe de solidarité avec les grévistes. Des gaz lacrymogènes ont été utilisés pour disperser la foule.\n"
    "Le sous-préfet de Kamsar, Mamadou Saliou Diallo, a reçu jeudi une délégation syndicale et critiqué « une grève déclenchée sans préavis ». Le STPK a accusé la direction d'avoir recruté des intérimaires pour remplacer les grévistes.\n"
    "Une nouvelle rencontre entre les deux parties est prévue lundi prochain à Kamsar, en présence d'un représentant de l'Inspection générale du travail.",
    [("LOC", "Guinea", [], ["Guinée"]),
     ("LOC", "Kamsar", ["Port of Kamsar"], ["KAMSAR", "Kamsar"]),
     ("ORG", "Compagnie des Bauxites de Guinée", ["CBG", "Bauxite Company of Guinea"],
      ["Compagnie des bauxites de Guinée", "CBG"]),
     ("ORG", "Kamsar Port Workers' Union", ["Syndicat des travailleurs portuaires de Kamsar", "STPK"],
      ["Syndicat des travailleurs portuaires de Kamsar", "STPK"]),
     ("PERSON", "Ibrahima Sory Camara", ["Camara"], ["Ibrahima Sory Camara"]),
     ("LOC", "Sangarédi", ["Sangaredi"], ["Sangarédi"]),
     ("PERSON", "Mamadou Saliou Diallo", [], ["Mamadou Saliou Diallo"]),
     ("ORG", "General Labour Inspectorate (Guinea)", ["Inspection générale du travail"],
      ["Inspection générale du travail"])],
    [("14", "grève", "Kamsar", "2026-11-04"), ("10", "exigeons", "Kamsar", None), ("12", "a rejeté", None, None),
     ("03", "prête", None, None), ("17", "ont interpellé", "Sangarédi", "2026-11-05"),
     ("14", "avaient bloqué", "Sangarédi", None),
     ("04", "a reçu", "Kamsar", "2026-11-05"), ("11", "critiqué", "Kamsar", "2026-11-05"),
     ("11", "a accusé", None, None), ("04", "rencontre", "Kamsar", "2026-11-09")])

doc("b26-fr-02-toliara", "fr", "2026-11-17T09:00:00Z",
    "Madagascar : manifestation contre les délestages à Toliara, attaque de dahalo près de Sakaraha",
    "TOLIARA (Madagascar) - Plusieurs centaines d'habitants de Toliara ont manifesté dimanche devant l'agence régionale de la compagnie publique d'eau et d'électricité pour dénoncer des coupures d'électricité et d'eau qui durent jusqu'à quatorze heures par jour dans la capitale de la région Atsimo-Andrefana.\n"
    "Les manifestants ont exigé le départ du directeur régional de la société d'État et la mise en service de la centrale solaire promise depuis deux ans. Les forces de l'ordre ont fait usage de gaz lacrymogènes dans le quartier de Betania et interpellé huit personnes, selon la police.\n"
    "Le gouverneur de la région, Jean-Claude Rakotovao, a rencontré lundi les représentants des commerçants et a annoncé la location de deux groupes électrogènes. Il a critiqué « des actes de vandalisme qui n'aident personne ».\n"
    "Par ailleurs, une cinquantaine de dahalo, des voleurs de zébus armés, ont attaqué samedi soir un poste avancé de la gendarmerie à Andranolava, près de Sakaraha, tuant un gendarme. La compagnie de gendarmerie de Sakaraha a lancé une opération de poursuite dans la forêt de Zombitse.\n"
    "Le Syndicat des magistrats de Madagascar a rejeté lundi un projet de réforme des tribunaux de première instance, tandis que l'ONG Fitsinjo a distribué des kits d'eau potable à 900 familles d'Ankililoaka, dans le district de Toliara II.\n"
    "Le mouvement de protestation doit reprendre jeudi prochain si les coupures persistent, ont averti ses organisateurs.",
    [("LOC", "Toliara", ["Tuléar", "Tulear", "Toliary"], ["TOLIARA", "Toliara"]),
     ("LOC", "Madagascar", [], ["Madagascar"]),
     ("LOC", "Atsimo-Andrefana", ["Atsimo Andrefana", "Atsimo-Andrefana Region"], ["Atsimo-Andrefana"]),
     ("LOC", "Betania (Toliara)", ["Betania"], ["Betania"]),
     ("PERSON", "Jean-Claude Rakotovao", ["Rakotovao"], ["Jean-Claude Rakotovao"]),
     ("LOC", "Andranolava", ["Andranolava, Sakaraha"], ["Andranolava"]),
     ("LOC", "Sakaraha", ["Sakaraha District"], ["Sakaraha"]),
     ("ORG", "Sakaraha Gendarmerie Company", ["compagnie de gendarmerie de Sakaraha"],
      ["compagnie de gendarmerie de Sakaraha"]),
     ("LOC", "Zombitse Forest", ["Zombitse", "Zombitse-Vohibasia"], ["Zombitse"]),
     ("ORG", "Syndicat des magistrats de Madagascar", ["SMM", "Union of Magistrates of Madagascar"],
      ["Syndicat des magistrats de Madagascar"]),
     ("ORG", "Fitsinjo", ["ONG Fitsinjo"], ["Fitsinjo"]),
     ("LOC", "Ankililoaka", ["Ankililoaka commune"], ["Ankililoaka"]),
     ("LOC", "Toliara II District", ["Toliara II", "Tuléar II"], ["Toliara II"])],
    [("14", "ont manifesté", "Toliara", "2026-11-15"), ("10", "ont exigé", "Toliara", "2026-11-15"),
     ("17", "interpellé", "Betania (Toliara)", "2026-11-15"), ("04", "a rencontré", None, "2026-11-16"),
     ("11", "a critiqué", None, "2026-11-16"), ("19", "ont attaqué", "Andranolava", "2026-11-14"),
     ("12", "a rejeté", None, "2026-11-16"), ("07", "a distribué", "Ankililoaka", None),
     ("13", "ont averti", "Toliara", None)])

doc("b26-fr-03-jeremie", "fr", "2026-11-25T12:00:00Z",
    "Haïti : manifestation à Jérémie pour la réouverture de la route, attaque armée à Dame-Marie",
    "JÉRÉMIE (Haïti) - Plusieurs milliers de personnes ont défilé lundi à Jérémie pour réclamer la réparation de la route nationale 7, coupée depuis trois semaines par un glissement de terrain entre la Grand'Anse et Les Cayes. Des pneus ont été incendiés devant la délégation départementale.\n"
    "Dimanche soir, des hommes armés ont attaqué le marché de Dame-Marie, tuant deux commerçants et enlevant un agronome, selon le maire de la commune, Jean-Robert Pierre-Louis. Le maire a exigé lundi l'envoi de renforts policiers et accusé les autorités centrales d'« abandonner la Grand'Anse ».\n"
    "Les policiers du commissariat de Jérémie ont interpellé mardi trois suspects à Anse-d'Hainault, a indiqué le porte-parole régional de la police, Wilner Augustin.\n"
    "Le délégué départemental, Marc-Arthur Joseph, a rencontré mardi à Jérémie des représentants des transporteurs et s'est dit prêt à financer le déblaiement de la route avec le Fonds d'entretien routier.\n"
    "L'ONG Concern Worldwide a distribué des semences et des outils à 1 200 familles d'agriculteurs des Irois, tandis que la Fondation Digicel a offert un groupe électrogène à l'hôpital Saint-Antoine de Jérémie.\n"
    "Les organisations de transporteurs ont annoncé une grève générale vendredi prochain dans toute la Grand'Anse.",
    [("LOC", "Jérémie", ["Jeremie"], ["JÉRÉMIE", "Jérémie"]),
     ("LOC", "Haiti", [], ["Haïti"]),
     ("LOC", "Route Nationale 7 (Haiti)", ["RN7", "National Road 7"], ["route nationale 7"]),
     ("LOC", "Grand'Anse", ["Grand'Anse Department", "Grande-Anse"], ["Grand'Anse"]),
     ("LOC", "Les Cayes", ["Cayes"], ["Les Cayes"]),
     ("LOC", "Dame-Marie", ["Dame Marie"], ["Dame-Marie"]),
     ("PERSON", "Jean-Robert Pierre-Louis", ["Pierre-Louis"], ["Jean-Robert Pierre-Louis"]),
     ("ORG", "Jérémie police station", ["commissariat de Jérémie"], ["commissariat de Jérémie"]),
     ("LOC", "Anse-d'Hainault", ["Anse d'Hainault"], ["Anse-d'Hainault"]),
     ("PERSON", "Wilner Augustin", ["Augustin"], ["Wilner Augustin"]),
     ("PERSON", "Marc-Arthur Joseph", [], ["Marc-Arthur Joseph"]),
     ("ORG", "Fonds d'entretien routier", ["Road Maintenance Fund (Haiti)"], ["Fonds d'entretien routier"]),
     ("ORG", "Concern Worldwide", ["Concern"], ["Concern Worldwide"]),
     ("LOC", "Les Irois", ["Irois"], ["Irois"]),
     ("ORG", "Digicel Foundation", ["Fondation Digicel"], ["Fondation Digicel"]),
     ("ORG", "Hôpital Saint-Antoine", ["Saint-Antoine Hospital", "Hopital Saint-Antoine de Jérémie"], ["hôpital Saint-Antoine"])],
    [("14", "ont défilé", "Jérémie", "2026-11-23"), ("18", "ont attaqué", "Dame-Marie", "2026-11-22"),
     ("10", "a exigé", None, "2026-11-23"), ("11", "accusé", None, "2026-11-23"),
     ("17", "ont interpellé", "Anse-d'Hainault", "2026-11-24"), ("04", "a rencontré", "Jérémie", "2026-11-24"),
     ("03", "prêt", None, None), ("07", "a distribué", "Les Irois", None), ("07", "a offert", "Jérémie", None),
     ("14", "grève générale", "Grand'Anse", "2026-11-27")])

write("blind26.jsonl")
