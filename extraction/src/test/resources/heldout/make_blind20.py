# Writes blind20.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not
# run and its code and data were not read while they were written). Arabic, the weakest language, has the larger
# sample. Unlike the regional sets before it, this one is national and international wire news of the kind dev.jsonl
# holds: presidents, ministers and envoys meeting and visiting, agreements, conflict, disasters, arrests, sanctions,
# protests and opposition demands. People, bodies and places are none of those named as gold in dev.jsonl or the
# other sets here (checked with overlap.py; the only hits are listed in heldout/README.md): Ethiopia's Amhara war and
# Tigray, South Sudan's floods and Upper Nile clashes, Azerbaijan and Armenia's border talks in Baku, Morocco's GenZ 212
# protests, UK sanctions on Russia's shadow fleet with Latvia's navy, Syria's Suwayda with Israeli strikes (Arabic);
# China and Taiwan over Kinmen, Mexico's Sinaloa cartel war, an earthquake in Tajikistan's Rasht valley (English);
# Nicaragua's expulsions and US sanctions, Romania's austerity protests, Nigeria's Borno insurgency (French).
# Articles are 1,315-1,522 characters, with datelines, quotes and relative dates. Real public figures in their public roles as of 2026; other officials and details are fictional.
# Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind20.py
from gold import doc, write
doc("b20-ar-01-amhara", "ar", "2026-11-03T09:00:00Z",
    "اشتباكات عنيفة بين الجيش الإثيوبي وميليشيا فانو في إقليم أمهرة ومقتل 11 مدنيا في انفجار لغم قرب غوندر",
    "بحر دار - اندلعت، أمس الاثنين، اشتباكات عنيفة بين قوات الدفاع الوطني الإثيوبية ومسلحي ميليشيا فانو في محيط مدينة دبرة ماركوس بإقليم أمهرة شمال غربي إثيوبيا، وفق ما أفاد سكان ومصادر طبية. وقال أحد السكان إن «الأسواق مغلقة والطرق مقطوعة منذ أيام، ولا نستطيع الوصول إلى مزارعنا».\n"
    "وقال مسؤول في مستشفى المدينة إنه استقبل 40 جريحا على الأقل، بينهم نساء وأطفال، مشيرا إلى نقص حاد في الأدوية.\n"
    "وكان 11 مدنيا قد قتلوا السبت الماضي في انفجار لغم أرضي استهدف حافلة ركاب على الطريق المؤدي إلى مدينة غوندر، واتهمت حكومة إقليم أمهرة أمس ميليشيا فانو بزرع اللغم، وهو ما نفاه متحدث باسم الميليشيا.\n"
    "وأعلنت الشرطة الفيدرالية الإثيوبية أنها اعتقلت الأحد في بحر دار 25 شخصا بتهمة نقل أسلحة وأموال إلى المسلحين.\n"
    "وفي الشمال، التقى رئيس الإدارة المؤقتة في إقليم تيغراي تاديسي ويريدي، أمس في ميكيلي، قادة الجيش الفيدرالي في الإقليم لبحث عودة النازحين، فيما طالبت جبهة تحرير شعب تيغراي الحكومة الإثيوبية بتنفيذ بنود اتفاق وقف الأعمال العدائية كاملة.\n"
    "إنسانيا، وزعت جمعية الصليب الأحمر الإثيوبي أمس مساعدات غذائية وطبية على نحو ألفي أسرة نازحة في مدينة لاليبيلا.\n"
    "من جانبها، انتقدت اللجنة الإثيوبية لحقوق الإنسان «الاعتقالات التعسفية» في أمهرة، معتبرة أن المدنيين يدفعون ثمن النزاع المستمر منذ أغسطس 2023.\n"
    "ومن المقرر أن يزور رئيس الوزراء الإثيوبي مدينة بحر دار الخميس المقبل لافتتاح مشاريع تنموية، بحسب مكتبه.",
    [("LOC", "Bahir Dar", ["Bahar Dar", "Bahirdar"], ["بحر دار"]),
     ("ORG", "Ethiopian National Defense Force", ["ENDF", "Ethiopian National Defence Force", "Ethiopian army", "Ethiopian military"],
      ["قوات الدفاع الوطني الإثيوبية", "الجيش الإثيوبي", "الجيش الفيدرالي"]),
     ("ORG", "Fano", ["Fano militia", "Amhara Fano"], ["ميليشيا فانو", "فانو"]),
     ("LOC", "Debre Markos", ["Debre Marqos", "Debre Markos, Ethiopia"], ["دبرة ماركوس"]),
     ("LOC", "Amhara Region", ["Amhara", "Amhara Regional State", "Amhara region"], ["إقليم أمهرة", "أمهرة"]),
     ("LOC", "Ethiopia", ["Federal Democratic Republic of Ethiopia"], ["إثيوبيا"]),
     ("LOC", "Gondar", ["Gonder", "Gondar, Ethiopia"], ["غوندر"]),
     ("ORG", "Amhara Regional Government", ["Amhara regional government", "Government of Amhara Region", "Amhara Regional State Government"],
      ["حكومة إقليم أمهرة"]),
     ("ORG", "Ethiopian Federal Police", ["Federal Police Commission (Ethiopia)", "Ethiopian Federal Police Commission"], ["الشرطة الفيدرالية الإثيوبية"]),
     ("ORG", "Tigray Interim Administration", ["Tigray Interim Regional Administration", "TIRA", "Interim Regional Administration of Tigray"],
      ["الإدارة المؤقتة في إقليم تيغراي"]),
     ("PERSON", "Tadesse Werede", ["Tadesse Worede", "Tadesse Werede Tesfay"], ["تاديسي ويريدي"]),
     ("LOC", "Mekelle", ["Mekele", "Makelle"], ["ميكيلي"]),
     ("ORG", "Tigray People's Liberation Front", ["TPLF", "Tigray People's Liberation Front (TPLF)"], ["جبهة تحرير شعب تيغراي"]),
     ("ORG", "Government of Ethiopia", ["Ethiopian government", "Ethiopian federal government", "Federal Government of Ethiopia"], ["الحكومة الإثيوبية"]),
     ("ORG", "Ethiopian Red Cross Society", ["Ethiopian Red Cross", "ERCS"], ["جمعية الصليب الأحمر الإثيوبي"]),
     ("LOC", "Lalibela", [], ["لاليبيلا"]),
     ("ORG", "Ethiopian Human Rights Commission", ["EHRC", "Ethiopian Human Rights Commission (EHRC)"], ["اللجنة الإثيوبية لحقوق الإنسان"])],
    [("19", "اشتباكات", "Debre Markos", "2026-11-02"), ("18", "انفجار", "Gondar", "2026-10-31"),
     ("11", "واتهمت", None, "2026-11-02"), ("17", "اعتقلت", "Bahir Dar", "2026-11-01"),
     ("04", "التقى", "Mekelle", "2026-11-02"), ("10", "طالبت", None, None),
     ("07", "وزعت", "Lalibela", "2026-11-02"), ("11", "انتقدت", None, None),
     ("04", "يزور", "Bahir Dar", "2026-11-05")])

doc("b20-ar-02-south-sudan-floods", "ar", "2026-11-05T07:00:00Z",
    "الرئيس سلفا كير يتفقد مخيمات المتضررين من الفيضانات في بور ووصول مساعدات سعودية إلى بانتيو",
    "جوبا - تفقد رئيس جنوب السودان سلفا كير ميارديت، أمس الأربعاء، مخيمات النازحين في مدينة بور عاصمة ولاية جونقلي، بعد أن غمرت مياه الفيضانات عشرات القرى على ضفتي بحر الجبل، وفق بيان للرئاسة. وقال أحد النازحين إن «المياه أخذت كل شيء، المنازل والماشية والمحاصيل»، مضيفا أن أسرته تنام في العراء منذ أسابيع.\n"
    "وقالت وزارة الشؤون الإنسانية وإدارة الكوارث إن الفيضانات أثرت هذا العام على أكثر من 700 ألف شخص في ثماني ولايات، محذرة من تفشي الكوليرا في المخيمات المكتظة.\n"
    "وفي ولاية الوحدة، وصلت إلى مدينة بانتيو الثلاثاء طائرتان تحملان 60 طنا من الأغذية والأدوية قدمها مركز الملك سلمان للإغاثة والأعمال الإنسانية، على أن توزع على الأسر المعزولة بالمياه.\n"
    "وفي بور أيضا، اعتقلت الشرطة الثلاثاء خمسة أشخاص بتهمة سرقة مساعدات غذائية من أحد المخازن، بحسب مفوض المقاطعة.\n"
    "أمنيا، قتل 14 شخصا على الأقل في اشتباكات اندلعت الاثنين بين قوات دفاع شعب جنوب السودان ومسلحي الجيش الشعبي لتحرير السودان في المعارضة قرب بلدة أولانق في ولاية أعالي النيل.\n"
    "وطالبت الحركة الشعبية لتحرير السودان في المعارضة أمس بالإفراج عن زعيمها رياك مشار، الموقوف منذ مارس 2025، معتبرة أن احتجازه «يقوض اتفاق السلام».\n"
    "من جانبها، انتقدت بعثة الأمم المتحدة في جنوب السودان (يونميس) أمس «العوائق البيروقراطية» التي تؤخر وصول قوافل الإغاثة إلى المناطق المنكوبة.\n"
    "ومن المقرر أن يزور نائب الرئيس مدينة ملكال السبت المقبل لتفقد أوضاع المتضررين في أعالي النيل.",
    [("LOC", "Juba", [], ["جوبا"]),
     ("PERSON", "Salva Kiir Mayardit", ["Salva Kiir", "Kiir"], ["سلفا كير ميارديت", "سلفا كير"]),
     ("LOC", "South Sudan", ["Republic of South Sudan"], ["جنوب السودان"]),
     ("LOC", "Bor", ["Bor, South Sudan", "Bor town"], ["بور"]),
     ("LOC", "Jonglei State", ["Jonglei", "Jonglei state"], ["ولاية جونقلي", "جونقلي"]),
     ("LOC", "Bahr al-Jabal", ["Bahr el Jebel", "Bahr al Jabal", "Mountain Nile"], ["بحر الجبل"]),
     ("ORG", "Ministry of Humanitarian Affairs and Disaster Management (South Sudan)", ["Ministry of Humanitarian Affairs and Disaster Management", "South Sudan Ministry of Humanitarian Affairs"],
      ["وزارة الشؤون الإنسانية وإدارة الكوارث"]),
     ("LOC", "Unity State", ["Unity state", "Unity State, South Sudan"], ["ولاية الوحدة"]),
     ("LOC", "Bentiu", [], ["بانتيو"]),
     ("ORG", "King Salman Humanitarian Aid and Relief Centre", ["KSrelief", "King Salman Relief Centre", "King Salman Center for Relief and Humanitarian Action"],
      ["مركز الملك سلمان للإغاثة والأعمال الإنسانية"]),
     ("ORG", "South Sudan People's Defence Forces", ["SSPDF", "South Sudan People's Defense Forces", "South Sudanese army"], ["قوات دفاع شعب جنوب السودان"]),
     ("ORG", "Sudan People's Liberation Army-in-Opposition", ["SPLA-IO", "SPLA-in-Opposition", "SPLA/IO"], ["الجيش الشعبي لتحرير السودان في المعارضة"]),
     ("LOC", "Ulang", ["Ulang County"], ["أولانق"]),
     ("LOC", "Upper Nile State", ["Upper Nile", "Upper Nile state"], ["ولاية أعالي النيل", "أعالي النيل"]),
     ("ORG", "Sudan People's Liberation Movement-in-Opposition", ["SPLM-IO", "SPLM-in-Opposition", "SPLM/IO"], ["الحركة الشعبية لتحرير السودان في المعارضة"]),
     ("PERSON", "Riek Machar", ["Machar", "Riek Machar Teny"], ["رياك مشار"]),
     ("ORG", "United Nations Mission in South Sudan", ["UNMISS", "UN Mission in South Sudan"], ["بعثة الأمم المتحدة في جنوب السودان", "يونميس"]),
     ("LOC", "Malakal", [], ["ملكال"])],
    [("04", "تفقد", "Bor", "2026-11-04"), ("07", "وصلت", "Bentiu", "2026-11-03"),
     ("17", "اعتقلت", "Bor", "2026-11-03"), ("19", "اشتباكات", "Ulang", "2026-11-02"),
     ("10", "وطالبت", None, "2026-11-04"), ("11", "انتقدت", None, "2026-11-04"),
     ("04", "يزور", "Malakal", "2026-11-07")])

doc("b20-ar-03-baku", "ar", "2026-08-20T10:00:00Z",
    "أذربيجان وأرمينيا تعقدان في باكو جولة جديدة من محادثات ترسيم الحدود وباكو تستدعي سفيرها من روسيا",
    "باكو - عقدت لجنتا ترسيم الحدود في أذربيجان وأرمينيا، أمس الأربعاء في باكو، جولة جديدة من المحادثات برئاسة نائب رئيس الوزراء الأذربيجاني شاهين مصطفاييف ونظيره الأرميني مهير غريغوريان، تناولت ترسيم المقاطع الحدودية المحاذية لإقليم سيونيك الأرميني وجمهورية ناخيتشيفان ذاتية الحكم.\n"
    "ووقع الجانبان في ختام الجولة بروتوكولا يحدد آليات عمل فرق الخبراء الميدانية، قبل أن يستقبل الرئيس الأذربيجاني إلهام علييف الوفد الأرميني في قصر الرئاسة.\n"
    "وقال وزير الخارجية الأذربيجاني جيحون بيراموف للصحفيين إن «السلام لم يعد شعارا بل عمل يومي على الخرائط»، مؤكدا أن الجولة المقبلة ستعقد في مدينة غوريس الأرمينية الشهر المقبل.\n"
    "وفي سياق آخر، أعلنت وزارة الخارجية الأذربيجانية أمس استدعاء سفيرها لدى روسيا للتشاور، احتجاجا على ما وصفته بمعاملة مهينة تعرض لها مواطنون أذربيجانيون في مدينة يكاترينبورغ.\n"
    "وكانت السلطات الأذربيجانية قد اعتقلت الثلاثاء في باكو مديرين اثنين في وكالة سبوتنيك أذربيجان بتهمة العمل لصالح جهاز استخبارات أجنبي، وهو ما نددت به وزارة الخارجية الروسية، واصفة الاعتقال بأنه «خطوة عدائية».\n"
    "ويأتي ذلك فيما تواصل أذربيجان إعادة إعمار مدينة شوشا ومدن أخرى في إقليم قره باغ، حيث عاد آلاف النازحين خلال العامين الماضيين، بعد عام من الإعلان المشترك الذي مهد لاتفاق سلام شامل ينهي نزاعا استمر أكثر من ثلاثة عقود بين البلدين الجارين.",
    [("LOC", "Baku", [], ["باكو"]),
     ("LOC", "Azerbaijan", ["Republic of Azerbaijan"], ["أذربيجان"]),
     ("LOC", "Armenia", ["Republic of Armenia"], ["أرمينيا"]),
     ("PERSON", "Shahin Mustafayev", ["Shahin Mustafaev", "Mustafayev"], ["شاهين مصطفاييف"]),
     ("PERSON", "Mher Grigoryan", ["Mher Grigorian", "Grigoryan"], ["مهير غريغوريان"]),
     ("LOC", "Syunik Province", ["Syunik", "Syunik province", "Siunik"], ["إقليم سيونيك", "سيونيك"]),
     ("LOC", "Nakhchivan Autonomous Republic", ["Nakhchivan", "Nakhichevan", "Naxçıvan"], ["جمهورية ناخيتشيفان ذاتية الحكم", "ناخيتشيفان"]),
     ("PERSON", "Ilham Aliyev", ["Aliyev", "Ilham Aliev"], ["إلهام علييف"]),
     ("PERSON", "Jeyhun Bayramov", ["Bayramov", "Jeyhun Bayramov"], ["جيحون بيراموف"]),
     ("LOC", "Goris", [], ["غوريس"]),
     ("ORG", "Ministry of Foreign Affairs (Azerbaijan)", ["Azerbaijani Foreign Ministry", "Azerbaijani Ministry of Foreign Affairs", "Foreign Ministry of Azerbaijan"],
      ["وزارة الخارجية الأذربيجانية"]),
     ("LOC", "Russia", ["Russian Federation"], ["روسيا"]),
     ("LOC", "Yekaterinburg", ["Ekaterinburg"], ["يكاترينبورغ"]),
     ("ORG", "Sputnik Azerbaijan", ["Sputnik Azerbaycan"], ["وكالة سبوتنيك أذربيجان", "سبوتنيك أذربيجان"]),
     ("ORG", "Ministry of Foreign Affairs (Russia)", ["Russian Foreign Ministry", "Russian Ministry of Foreign Affairs", "MFA of Russia"],
      ["وزارة الخارجية الروسية"]),
     ("LOC", "Shusha", ["Shushi"], ["شوشا"]),
     ("LOC", "Karabakh", ["Nagorno-Karabakh", "Karabagh", "Qarabağ"], ["قره باغ", "إقليم قره باغ"])],
    [("04", "عقدت", "Baku", "2026-08-19"), ("05", "ووقع", "Baku", "2026-08-19"),
     ("04", "يستقبل", "Baku", "2026-08-19"), ("04", "ستعقد", "Goris", None),
     ("16", "استدعاء سفيرها", None, "2026-08-19"), ("17", "اعتقلت", "Baku", "2026-08-18"),
     ("11", "نددت", None, None)])

doc("b20-ar-04-genz-morocco", "ar", "2026-11-15T11:00:00Z",
    "احتجاجات «جيل زد 212» تعود إلى شوارع المغرب والسلطات تعتقل العشرات في إنزكان",
    "الدار البيضاء - خرج مئات الشباب، مساء أمس السبت، في مسيرة احتجاجية وسط الدار البيضاء تلبية لدعوة حركة «جيل زد 212»، مطالبين بإصلاح قطاعي الصحة والتعليم ومحاسبة المسؤولين عن تردي الخدمات في المستشفيات العمومية. وقالت طالبة جامعية شاركت في المسيرة إن «الشباب لا يطلبون المستحيل، بل مستشفى يعمل ومدرسة تعلم وفرصة عمل بعد التخرج».\n"
    "وفي إنزكان جنوب البلاد، اعتقلت قوات الأمن 37 شخصا بعد مواجهات مع محتجين رشقوا عناصرها بالحجارة وأضرموا النار في سيارتين، بحسب بيان للسلطات المحلية. وفي بلدة أيت عميرة المجاورة، أغلق محتجون الطريق الوطنية لساعات قبل أن ينسحبوا.\n"
    "وأعلن رئيس الحكومة عزيز أخنوش، رئيس حزب التجمع الوطني للأحرار، في كلمة متلفزة، استعداد الحكومة لفتح حوار مع ممثلي الشباب، مشيرا إلى أن ميزانية العام المقبل تتضمن زيادة غير مسبوقة في اعتمادات وزارة الصحة والحماية الاجتماعية. وقال الناطق الرسمي باسم الحكومة مصطفى بايتاس إن «أبواب الحوار مفتوحة لكن التخريب خط أحمر».\n"
    "في المقابل، انتقد الأمين العام لحزب العدالة والتنمية المعارض عبد الإله بنكيران أمس «المقاربة الأمنية» في التعامل مع الاحتجاجات، فيما طالبت العصبة المغربية للدفاع عن حقوق الإنسان بالإفراج الفوري عن جميع المعتقلين.\n"
    "وأعلنت الحركة، عبر منصات التواصل الاجتماعي التي تنظم من خلالها تحركاتها، تنظيم وقفة احتجاجية جديدة في مدينة بني ملال السبت المقبل.\n"
    "وكانت احتجاجات مماثلة قد هزت المغرب في خريف 2025 وأسفرت عن مقتل ثلاثة أشخاص وتوقيف المئات.",
    [("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Casablanca", ["Dar el Beida"], ["الدار البيضاء"]),
     ("ORG", "GenZ 212", ["Gen Z 212", "GenZ212", "Gen Z 212 movement"], ["جيل زد 212"]),
     ("LOC", "Inezgane", ["Inzegane"], ["إنزكان"]),
     ("LOC", "Aït Amira", ["Ait Amira", "Aït Amira, Morocco"], ["أيت عميرة"]),
     ("PERSON", "Aziz Akhannouch", ["Akhannouch"], ["عزيز أخنوش"]),
     ("ORG", "National Rally of Independents", ["RNI", "Rassemblement national des indépendants", "National Rally of Independents (Morocco)"],
      ["حزب التجمع الوطني للأحرار"]),
     ("PERSON", "Mustapha Baitas", ["Mustapha Baïtas", "Mustafa Baitas", "Baitas"], ["مصطفى بايتاس"]),
     ("ORG", "Ministry of Health and Social Protection (Morocco)", ["Moroccan Ministry of Health and Social Protection", "Moroccan Health Ministry"],
      ["وزارة الصحة والحماية الاجتماعية"]),
     ("ORG", "Justice and Development Party", ["PJD", "Justice and Development Party (Morocco)", "Parti de la justice et du développement"],
      ["حزب العدالة والتنمية"]),
     ("PERSON", "Abdelilah Benkirane", ["Abdelilah Benkiran", "Benkirane"], ["عبد الإله بنكيران"]),
     ("ORG", "Moroccan League for the Defence of Human Rights", ["LMDDH", "Ligue marocaine de défense des droits de l'homme", "Moroccan League for the Defense of Human Rights"],
      ["العصبة المغربية للدفاع عن حقوق الإنسان"]),
     ("LOC", "Beni Mellal", ["Béni Mellal"], ["بني ملال"])],
    [("14", "مسيرة احتجاجية", "Casablanca", "2026-11-14"), ("10", "مطالبين", "Casablanca", "2026-11-14"),
     ("17", "اعتقلت", "Inezgane", "2026-11-14"), ("14", "أغلق", "Aït Amira", "2026-11-14"),
     ("03", "استعداد", None, None), ("11", "انتقد", None, "2026-11-14"),
     ("10", "طالبت", None, None), ("14", "وقفة احتجاجية", "Beni Mellal", "2026-11-21")])

doc("b20-ar-05-shadow-fleet", "ar", "2026-10-08T12:00:00Z",
    "بريطانيا تفرض عقوبات جديدة على «أسطول الظل» الروسي والبحرية اللاتفية تحتجز ناقلة في خليج ريغا",
    "فرضت المملكة المتحدة، أمس الأربعاء، عقوبات جديدة على 45 ناقلة نفط وثلاث شركات شحن قالت إنها تشكل جزءا من «أسطول الظل» الذي تستخدمه روسيا للالتفاف على سقف أسعار النفط، بينها شركة سوفكومفلوت الحكومية الروسية وشركتان مسجلتان في هونغ كونغ.\n"
    "وقالت وزارة الخارجية البريطانية في بيان إن الناقلات المستهدفة نقلت خلال العام الجاري شحنات تفوق قيمتها خمسة مليارات دولار من ميناءي بريمورسك وأوست لوغا الروسيين.\n"
    "وفي ريغا، بحثت وزيرة الخارجية اللاتفية بايبا براجي مع نظيرتها البريطانية إيفيت كوبر الثلاثاء أمن الكابلات البحرية وحرية الملاحة، قبل أن تعلن البحرية اللاتفية أمس احتجاز ناقلة ترفع علم دولة إفريقية في خليج ريغا للاشتباه في إبحارها دون تأمين ساري المفعول. وقالت كوبر في مؤتمر صحفي مشترك مع براجي إن «كل برميل تنقله هذه الناقلات يمول آلة الحرب». وأضافت أن عدد السفن المدرجة على قوائم العقوبات البريطانية تجاوز 500 سفينة.\n"
    "وأعلنت ليتوانيا من جهتها استعدادها لتسيير دوريات بحرية مشتركة مع لاتفيا في الخليج خلال الأشهر المقبلة.\n"
    "في المقابل، نددت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا بالعقوبات ووصفتها بأنها «قرصنة مقننة»، فيما حذر المتحدث الرئاسي الروسي دميتري بيسكوف من أن بلاده «سترد بكل الوسائل المتاحة» على أي احتجاز جديد لسفن تنقل نفطا روسيا.\n"
    "وكانت بريطانيا قد فرضت الاثنين الماضي حزمة عقوبات أخرى على مصرفين روسيين وشركة تأمين بحري.",
    [("LOC", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["المملكة المتحدة", "بريطانيا"]),
     ("LOC", "Russia", ["Russian Federation"], ["روسيا"]),
     ("ORG", "Sovcomflot", ["PAO Sovcomflot", "SCF Group", "Sovcomflot Group"], ["شركة سوفكومفلوت", "سوفكومفلوت"]),
     ("LOC", "Hong Kong", [], ["هونغ كونغ"]),
     ("ORG", "Foreign, Commonwealth and Development Office", ["FCDO", "British Foreign Office", "UK Foreign Office", "Foreign Office", "Foreign, Commonwealth & Development Office"],
      ["وزارة الخارجية البريطانية"]),
     ("LOC", "Primorsk", ["Primorsk port", "Port of Primorsk"], ["بريمورسك"]),
     ("LOC", "Ust-Luga", ["Ust Luga", "Port of Ust-Luga"], ["أوست لوغا"]),
     ("LOC", "Riga", [], ["ريغا"]),
     ("PERSON", "Baiba Braže", ["Baiba Braze", "Braže", "Braze"], ["بايبا براجي"]),
     ("PERSON", "Yvette Cooper", ["Cooper"], ["إيفيت كوبر"]),
     ("ORG", "Latvian Naval Forces", ["Latvian Navy", "Navy of Latvia", "Jūras spēki"], ["البحرية اللاتفية"]),
     ("LOC", "Gulf of Riga", [], ["خليج ريغا"]),
     ("LOC", "Lithuania", ["Republic of Lithuania"], ["ليتوانيا"]),
     ("LOC", "Latvia", ["Republic of Latvia"], ["لاتفيا"]),
     ("ORG", "Ministry of Foreign Affairs (Russia)", ["Russian Foreign Ministry", "Russian Ministry of Foreign Affairs", "MFA of Russia"],
      ["وزارة الخارجية الروسية"]),
     ("PERSON", "Maria Zakharova", ["Zakharova", "Mariya Zakharova"], ["ماريا زاخاروفا"]),
     ("PERSON", "Dmitry Peskov", ["Peskov", "Dmitri Peskov"], ["دميتري بيسكوف"]),
],
    [("17", "فرضت", None, "2026-10-07"), ("04", "بحثت", "Riga", "2026-10-06"),
     ("17", "احتجاز", "Gulf of Riga", "2026-10-07"), ("03", "استعدادها", "Gulf of Riga", None),
     ("11", "نددت", None, None), ("13", "حذر", None, None),
     ("17", "فرضت", None, "2026-10-05")])


doc("b20-ar-06-suwayda", "ar", "2026-02-17T08:30:00Z",
    "اشتباكات في ريف السويداء الغربي وغارات إسرائيلية قرب إزرع والمبعوث الأمريكي يلتقي محافظ السويداء",
    "السويداء - اندلعت، أمس الاثنين، اشتباكات بين قوات وزارة الدفاع السورية ومسلحين محليين في بلدة المزرعة بريف السويداء الغربي، أسفرت عن مقتل خمسة عناصر وإصابة آخرين، وفق مصادر محلية. وقال أحد سكان البلدة إن «القذائف سقطت على المنازل طوال الليل، ولم نستطع إسعاف الجرحى».\n"
    "وشن الطيران الحربي الإسرائيلي فجر الأحد غارات على مواقع عسكرية قرب مدينة إزرع في ريف درعا الشمالي، فيما قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الغارات جاءت «لحماية الدروز» في جنوب سوريا.\n"
    "وطالب الرئيس الروحي لطائفة الموحدين الدروز الشيخ حكمت الهجري، في بيان أمس، بانسحاب القوات الحكومية من محيط المدينة وفتح ممر إنساني دائم، متهما «فصائل تابعة للسلطة» بمحاصرة القرى.\n"
    "وفي مدينة السويداء، بحث المبعوث الأمريكي الخاص إلى سوريا توم باراك أمس مع محافظ السويداء مصطفى البكور سبل تثبيت وقف إطلاق النار وتسهيل دخول المساعدات.\n"
    "وبالتزامن، دخلت قافلة أرسلها الهلال الأحمر العربي السوري، تضم 20 شاحنة محملة بالطحين والأدوية إلى مدينة شهبا، في أول قافلة تصل المنطقة منذ أسبوعين.\n"
    "أمنيا، أعلنت قيادة الشرطة في محافظة درعا أمس القبض في ريف درعا الشرقي على أربعة أشخاص بتهمة تهريب أسلحة إلى ريف السويداء عبر طرق زراعية.\n"
    "من جهتها، انتقدت الخارجية السورية الغارات الإسرائيلية، ووصفتها بأنها «انتهاك صارخ للسيادة السورية» و«تقويض لجهود التهدئة»، في حين لم يصدر تعليق فوري من الجانب الإسرائيلي على هذه الاتهامات.",
    [("LOC", "Suwayda", ["As-Suwayda", "Sweida", "Suwayda Governorate", "Al-Suwayda"], ["السويداء"]),
     ("ORG", "Ministry of Defense (Syria)", ["Syrian Ministry of Defence", "Syrian Ministry of Defense", "Syrian Defence Ministry"], ["وزارة الدفاع السورية"]),
     ("LOC", "Al-Mazraa", ["Mazraa", "al-Mazra'a", "Al-Mazra'a"], ["المزرعة"]),
     ("LOC", "Izra", ["Izra'", "Ezra'a", "Izraa"], ["إزرع"]),
     ("LOC", "Daraa Governorate", ["Daraa", "Dar'a", "Deraa"], ["درعا"]),
     ("PERSON", "Benjamin Netanyahu", ["Netanyahu", "Binyamin Netanyahu"], ["بنيامين نتنياهو"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("PERSON", "Hikmat al-Hijri", ["Hikmat al-Hajri", "Hikmat Al-Hijri", "Sheikh Hikmat al-Hijri", "al-Hijri"], ["حكمت الهجري"]),
     ("PERSON", "Tom Barrack", ["Thomas Barrack", "Thomas J. Barrack"], ["توم باراك"]),
     ("PERSON", "Mustafa al-Bakour", ["Mustafa Al-Bakour", "Mustafa al-Bakkour", "Moustafa al-Bakour"], ["مصطفى البكور"]),
     ("ORG", "Syrian Arab Red Crescent", ["SARC", "Syrian Red Crescent"], ["الهلال الأحمر العربي السوري"]),
     ("LOC", "Shahba", ["Shahba, Syria", "Shahbaa"], ["شهبا"]),
     ("ORG", "Daraa Police Command", ["Daraa Governorate Police Command", "Daraa police"], ["قيادة الشرطة في محافظة درعا"]),
     ("ORG", "Ministry of Foreign Affairs and Expatriates (Syria)", ["Syrian Foreign Ministry", "Syrian Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Syria)"],
      ["الخارجية السورية"])],
    [("19", "اشتباكات", "Al-Mazraa", "2026-02-16"), ("19", "وشن", "Izra", "2026-02-15"),
     ("10", "وطالب", None, "2026-02-16"), ("11", "متهما", None, "2026-02-16"),
     ("04", "بحث", "Suwayda", "2026-02-16"), ("07", "دخلت", "Shahba", "2026-02-16"),
     ("17", "القبض", "Daraa Governorate", "2026-02-16"), ("11", "انتقدت", None, None)])

doc("b20-en-01-taipei-kinmen", "en", "2026-06-10T09:00:00Z",
    "China warns of 'resolute measures' after Lai visits Kinmen; Taiwan detains Chinese fishing boat off Penghu",
    "TAIPEI, June 10 – China's military warned on Tuesday that it would take \"resolute measures\" against what it called separatist provocations, a day after Taiwanese President Lai Ching-te visited troops on the frontline island of Kinmen.\n\n"
    "Lai toured coastal defences on Kinmen on Monday and told soldiers that Taiwan \"will not bow to pressure\". The Eastern Theater Command of China's People's Liberation Army said in a statement the next day that its forces were \"ready to crush any attempt at independence\".\n\n"
    "China's Taiwan Affairs Office also condemned the visit on Tuesday, calling Lai \"a troublemaker\". Taiwan's Mainland Affairs Council rejected the criticism the same day, and its spokesman Liang Wen-chieh said China's \"intimidation will only unite Taiwanese\".\n\n"
    "Taiwan's Ministry of National Defense said it had tracked 27 Chinese military aircraft and seven warships around the island in the 24 hours to Wednesday morning. Separately, the Coast Guard Administration detained a Chinese fishing boat and its eight crew off Penghu on Tuesday for fishing in restricted waters.\n\n"
    "Opposition Kuomintang (KMT) chairwoman Cheng Li-wun criticised Lai for \"needless provocation\" and said cross-strait dialogue should resume.\n\n"
    "Lai met a delegation of U.S. senators in Taipei on Wednesday and is due to visit Kaohsiung next Thursday.",
    [("LOC", "Taipei", ["Taipei City"], ["TAIPEI", "Taipei"]),
     ("LOC", "China", ["People's Republic of China", "PRC"], ["China"]),
     ("PERSON", "Lai Ching-te", ["Lai", "William Lai", "William Lai Ching-te"], ["Lai Ching-te", "Lai"]),
     ("LOC", "Kinmen", ["Kinmen County", "Quemoy", "Kinmen island"], ["Kinmen"]),
     ("LOC", "Taiwan", ["Republic of China", "ROC"], ["Taiwan"]),
     ("ORG", "Eastern Theater Command", ["PLA Eastern Theater Command", "Eastern Theatre Command"], ["Eastern Theater Command"]),
     ("ORG", "People's Liberation Army", ["PLA", "Chinese People's Liberation Army", "Chinese military"], ["People's Liberation Army"]),
     ("ORG", "Taiwan Affairs Office", ["Taiwan Affairs Office of the State Council", "TAO"], ["Taiwan Affairs Office"]),
     ("ORG", "Mainland Affairs Council", ["MAC"], ["Mainland Affairs Council"]),
     ("PERSON", "Liang Wen-chieh", ["Liang Wen-jie"], ["Liang Wen-chieh"]),
     ("ORG", "Ministry of National Defense (Taiwan)", ["Taiwan's Ministry of National Defense", "Taiwanese Ministry of National Defense", "Taiwan Defence Ministry", "MND"],
      ["Ministry of National Defense"]),
     ("ORG", "Coast Guard Administration", ["Taiwan Coast Guard Administration", "Taiwan coast guard", "CGA"], ["Coast Guard Administration"]),
     ("LOC", "Penghu", ["Penghu County", "Pescadores", "Penghu Islands"], ["Penghu"]),
     ("ORG", "Kuomintang", ["KMT", "Chinese Nationalist Party"], ["Kuomintang", "KMT"]),
     ("PERSON", "Cheng Li-wun", ["Cheng"], ["Cheng Li-wun"]),
     ("LOC", "United States", ["U.S.", "US", "USA", "United States of America"], ["U.S."]),
     ("LOC", "Kaohsiung", ["Kaohsiung City"], ["Kaohsiung"])],
    [("13", "warned", None, "2026-06-09"), ("04", "visited", "Kinmen", "2026-06-08"),
     ("11", "condemned", None, "2026-06-09"), ("12", "rejected", None, "2026-06-09"),
     ("17", "detained", "Penghu", "2026-06-09"), ("11", "criticised", None, None),
     ("04", "met", "Taipei", "2026-06-10"), ("04", "visit", "Kaohsiung", "2026-06-11")])

doc("b20-en-02-culiacan", "en", "2026-10-21T14:00:00Z",
    "Mexico arrests Sinaloa Cartel commander in Culiacán, sends 26 suspects to the United States",
    "CULIACÁN, Mexico, Oct 21 – Mexican security forces arrested a senior commander of the Sinaloa Cartel's Los Chapitos faction in a raid on a ranch outside Culiacán on Tuesday, Security Minister Omar García Harfuch said.\n\n"
    "The government also transferred 26 jailed cartel suspects to the United States on Monday, the third such mass handover this year, the FGR, Mexico's federal prosecutors' office, said, describing the move as part of \"security cooperation with full respect for sovereignty\".\n\n"
    "Violence between rival factions of the cartel has killed more than 2,000 people in Sinaloa state since September 2024. On Sunday, gunmen opened fire on a family gathering in Navolato, killing five people, including two children.\n\n"
    "Hundreds of relatives of missing people marched in Culiacán on Sunday, demanding that Governor Rubén Rocha Moya step up searches for the disappeared.\n\n"
    "President Claudia Sheinbaum on Wednesday rejected any deployment of U.S. troops on Mexican soil, telling her morning news conference in Mexico City that cooperation \"has limits\".\n\n"
    "The U.S. Treasury's Office of Foreign Assets Control (OFAC) imposed sanctions on Tuesday on four Mexican companies it accused of laundering money for Los Chapitos.\n\n"
    "García Harfuch is due to meet U.S. security officials in Mexico City next Monday.",
    [("LOC", "Culiacán", ["Culiacan", "Culiacán Rosales"], ["CULIACÁN", "Culiacán"]),
     ("LOC", "Mexico", ["United Mexican States", "México"], ["Mexico"]),
     ("ORG", "Sinaloa Cartel", ["Cártel de Sinaloa", "Sinaloa cartel", "CDS"], ["Sinaloa Cartel"]),
     ("ORG", "Los Chapitos", ["Chapitos", "Los Chapitos faction"], ["Los Chapitos"]),
     ("PERSON", "Omar García Harfuch", ["Omar Garcia Harfuch", "García Harfuch", "Garcia Harfuch", "Harfuch"], ["Omar García Harfuch", "García Harfuch"]),
     ("LOC", "United States", ["U.S.", "US", "USA", "United States of America"], ["United States", "U.S."]),
     ("ORG", "Attorney General's Office (Mexico)", ["Fiscalía General de la República", "Mexican Attorney General's Office", "Office of the Attorney General of Mexico", "Mexico's FGR"],
      ["FGR"]),
     ("LOC", "Sinaloa", ["Sinaloa state", "State of Sinaloa"], ["Sinaloa"]),
     ("LOC", "Navolato", [], ["Navolato"]),
     ("PERSON", "Rubén Rocha Moya", ["Ruben Rocha Moya", "Rocha Moya", "Rubén Rocha"], ["Rubén Rocha Moya"]),
     ("PERSON", "Claudia Sheinbaum", ["Sheinbaum", "Claudia Sheinbaum Pardo"], ["Claudia Sheinbaum"]),
     ("LOC", "Mexico City", ["Ciudad de México", "CDMX"], ["Mexico City"]),
     ("ORG", "United States Department of the Treasury", ["U.S. Treasury", "US Treasury", "U.S. Department of the Treasury", "Treasury Department"], ["U.S. Treasury"]),
     ("ORG", "Office of Foreign Assets Control", ["OFAC"], ["Office of Foreign Assets Control", "OFAC"])],
    [("17", "arrested", "Culiacán", "2026-10-20"), ("06", "transferred", None, "2026-10-19"),
     ("18", "opened fire", "Navolato", "2026-10-18"), ("14", "marched", "Culiacán", "2026-10-18"),
     ("10", "demanding", "Culiacán", "2026-10-18"), ("12", "rejected", "Mexico City", "2026-10-21"),
     ("17", "imposed sanctions", None, "2026-10-20"), ("04", "meet", "Mexico City", "2026-10-26")])

doc("b20-en-03-rasht-quake", "en", "2026-02-12T10:30:00Z",
    "Magnitude 6.3 earthquake hits Tajikistan's Rasht valley, at least 19 dead",
    "DUSHANBE, Feb 12 – A magnitude 6.3 earthquake struck the Rasht valley in eastern Tajikistan early on Wednesday, killing at least 19 people and destroying more than 600 homes, the Committee of Emergency Situations and Civil Defence said.\n\n"
    "The epicentre was about 15 km from the town of Garm at a depth of 12 km, and tremors were felt in Dushanbe, 180 km to the west. Landslides blocked sections of the main road through the valley, cutting off several villages.\n\n"
    "Deputy Prime Minister Sulaimon Nazarzoda flew to Garm on Wednesday to lead the rescue effort, and told reporters that rescuers were still searching the rubble of a collapsed school.\n\n"
    "Russia's Emergencies Ministry said a plane carrying 40 rescuers and 30 tonnes of tents, blankets and medicine landed in Dushanbe on Thursday morning. The Aga Khan Agency for Habitat distributed winter tents and heaters in the Tojikobod district on Wednesday.\n\n"
    "Police in Dushanbe detained four people on Wednesday for spreading false reports online that the Nurek Dam had been damaged, the Tajik Interior Ministry said.\n\n"
    "Kyrgyzstan's Ministry of Emergency Situations offered to send search-and-rescue teams across the border. The government said it would host a meeting of donors and international agencies in Dushanbe next Saturday.",
    [("LOC", "Dushanbe", [], ["DUSHANBE", "Dushanbe"]),
     ("LOC", "Rasht Valley", ["Rasht valley", "Rasht", "Karotegin", "Qarotegin"], ["Rasht valley"]),
     ("LOC", "Tajikistan", ["Republic of Tajikistan"], ["Tajikistan"]),
     ("ORG", "Committee of Emergency Situations and Civil Defence (Tajikistan)", ["Committee of Emergency Situations and Civil Defence", "Committee of Emergency Situations", "CoES", "Tajik emergencies committee"],
      ["Committee of Emergency Situations and Civil Defence"]),
     ("LOC", "Garm", ["Gharm", "Rasht town"], ["Garm"]),
     ("PERSON", "Sulaimon Nazarzoda", ["Sulaymon Nazarzoda", "Nazarzoda"], ["Sulaimon Nazarzoda"]),
     ("LOC", "Russia", ["Russian Federation"], ["Russia"]),
     ("ORG", "Ministry of Emergency Situations (Russia)", ["EMERCOM", "Russian Emergencies Ministry", "MChS", "Russia's Emergencies Ministry"], ["Emergencies Ministry"]),
     ("ORG", "Aga Khan Agency for Habitat", ["AKAH", "Aga Khan Agency for Habitat (AKAH)"], ["Aga Khan Agency for Habitat"]),
     ("LOC", "Tojikobod District", ["Tojikobod", "Tajikabad", "Tojikobod district"], ["Tojikobod district", "Tojikobod"]),
     ("LOC", "Nurek Dam", ["Nurek", "Nurek hydropower plant", "Nurek dam"], ["Nurek Dam"]),
     ("ORG", "Ministry of Internal Affairs (Tajikistan)", ["Tajik Interior Ministry", "Interior Ministry (Tajikistan)", "Ministry of Interior (Tajikistan)"], ["Tajik Interior Ministry"]),
     ("LOC", "Kyrgyzstan", ["Kyrgyz Republic"], ["Kyrgyzstan"]),
     ("ORG", "Ministry of Emergency Situations (Kyrgyzstan)", ["Kyrgyz Ministry of Emergency Situations", "Kyrgyz Emergencies Ministry"], ["Ministry of Emergency Situations"])],
    [("04", "flew", "Garm", "2026-02-11"), ("07", "landed", "Dushanbe", "2026-02-12"),
     ("07", "distributed", "Tojikobod District", "2026-02-11"), ("17", "detained", "Dushanbe", "2026-02-11"),
     ("03", "offered", "Tajikistan", None), ("04", "meeting", "Dushanbe", "2026-02-14")])

doc("b20-fr-01-managua", "fr", "2026-05-19T09:00:00Z",
    "Nicaragua : Managua expulse douze prêtres, les États-Unis sanctionnent des chefs de la police",
    "MANAGUA, 19 mai – Le gouvernement des coprésidents nicaraguayens Daniel Ortega et Rosario Murillo a expulsé lundi douze prêtres catholiques, conduits à l'aéroport de Managua puis placés dans un vol vers l'étranger, selon des proches et des organisations de défense des droits humains.\n"
    "Le même jour, les États-Unis ont imposé des sanctions à trois hauts responsables de la Police nationale du Nicaragua, accusés de « répression systématique » contre l'opposition et le clergé, gelant leurs avoirs et leur interdisant l'entrée sur le territoire américain.\n"
    "Le ministère nicaraguayen des Affaires étrangères a rejeté mardi ces mesures, dénonçant dans un communiqué une « agression impérialiste ».\n"
    "Samedi dernier, la police avait arrêté à León deux journalistes qui collaboraient avec le quotidien La Prensa, contraint à l'exil depuis 2021, a indiqué le journal.\n"
    "L'Organisation des États américains (OEA) a condamné lundi « la persécution religieuse » au Nicaragua, tandis que l'opposition en exil, regroupée au sein de la plateforme Monteverde, a exigé la libération de « tous les prisonniers politiques ».\n"
    "Le pape Léon XIV avait reçu jeudi dernier au Vatican l'évêque nicaraguayen exilé Rolando Álvarez, selon le Saint-Siège.\n"
    "Le ministre des Affaires étrangères, Valdrack Jaentschke, est attendu jeudi prochain à Tegucigalpa pour des entretiens avec les autorités honduriennes sur la sécurité frontalière.",
    [("LOC", "Nicaragua", ["Republic of Nicaragua"], ["Nicaragua"]),
     ("LOC", "Managua", [], ["MANAGUA", "Managua"]),
     ("PERSON", "Daniel Ortega", ["Ortega", "José Daniel Ortega Saavedra"], ["Daniel Ortega"]),
     ("PERSON", "Rosario Murillo", ["Murillo"], ["Rosario Murillo"]),
     ("LOC", "United States", ["États-Unis", "US", "U.S.", "USA", "United States of America"], ["États-Unis"]),
     ("ORG", "National Police of Nicaragua", ["Police nationale du Nicaragua", "Nicaraguan National Police", "Nicaraguan police"], ["Police nationale du Nicaragua"]),
     ("ORG", "Ministry of Foreign Affairs (Nicaragua)", ["Nicaraguan Foreign Ministry", "Nicaraguan Ministry of Foreign Affairs", "MINREX (Nicaragua)", "ministère nicaraguayen des Affaires étrangères"],
      ["ministère nicaraguayen des Affaires étrangères"]),
     ("LOC", "León", ["Leon", "León, Nicaragua"], ["León"]),
     ("ORG", "La Prensa (Nicaragua)", ["La Prensa"], ["La Prensa"]),
     ("ORG", "Organization of American States", ["OAS", "OEA", "Organisation des États américains"], ["Organisation des États américains", "OEA"]),
     ("ORG", "Monteverde Platform", ["Monteverde", "Plataforma Monteverde", "plateforme Monteverde"], ["Monteverde"]),
     ("PERSON", "Pope Leo XIV", ["Leo XIV", "Léon XIV", "Robert Prevost", "Robert Francis Prevost"], ["Léon XIV"]),
     ("LOC", "Vatican City", ["Vatican", "Vatican City State"], ["Vatican"]),
     ("PERSON", "Rolando Álvarez", ["Rolando Alvarez", "Rolando José Álvarez Lagos"], ["Rolando Álvarez"]),
     ("ORG", "Holy See", ["Saint-Siège", "Apostolic See"], ["Saint-Siège"]),
     ("PERSON", "Valdrack Jaentschke", ["Valdrack Ludwing Jaentschke", "Jaentschke"], ["Valdrack Jaentschke"]),
     ("LOC", "Tegucigalpa", [], ["Tegucigalpa"])],
    [("17", "a expulsé", "Managua", "2026-05-18"), ("17", "ont imposé des sanctions", None, "2026-05-18"),
     ("12", "a rejeté", None, "2026-05-19"), ("17", "avait arrêté", "León", "2026-05-16"),
     ("11", "a condamné", None, "2026-05-18"), ("10", "a exigé", None, None),
     ("04", "avait reçu", "Vatican City", "2026-05-14"), ("04", "entretiens", "Tegucigalpa", "2026-05-21")])

doc("b20-fr-02-bucarest", "fr", "2026-09-25T15:00:00Z",
    "Roumanie : des dizaines de milliers d'enseignants manifestent à Bucarest contre l'austérité du gouvernement Bolojan",
    "BUCAREST, 25 septembre – Des dizaines de milliers d'enseignants et de fonctionnaires ont manifesté jeudi devant le palais Victoria, siège du gouvernement roumain, à Bucarest, à l'appel de la Fédération des syndicats libres de l'enseignement (FSLI) et de la confédération Cartel Alfa, pour protester contre le gel des salaires et la hausse de la charge horaire.\n"
    "Les manifestants ont réclamé le retrait du paquet de mesures d'austérité adopté cet été. En fin de journée, la gendarmerie a interpellé 14 personnes qui tentaient de forcer un cordon de sécurité devant le bâtiment.\n"
    "Le Premier ministre Ilie Bolojan a rejeté jeudi soir toute remise en cause du plan, affirmant que la Roumanie devait ramener son déficit public sous 6 % du PIB l'an prochain pour éviter des sanctions budgétaires.\n"
    "Mercredi, le président Nicușor Dan avait reçu les dirigeants syndicaux au palais de Cotroceni, sans parvenir à un compromis.\n"
    "Le parti d'extrême droite Alliance pour l'unité des Roumains (AUR), première force d'opposition, a exigé la démission du gouvernement, et son président George Simion a menacé de déposer une motion de censure dès la rentrée parlementaire.\n"
    "À Constanța, premier port du pays, les dockers du port avaient entamé lundi dernier une grève de 48 heures qui a paralysé le terminal à conteneurs.\n"
    "Les syndicats de l'enseignement ont annoncé une grève générale dans les écoles à partir de mardi prochain.",
    [("LOC", "Bucharest", ["Bucarest", "București"], ["BUCAREST", "Bucarest"]),
     ("LOC", "Victoria Palace", ["Palatul Victoria", "palais Victoria"], ["palais Victoria"]),
     ("ORG", "Government of Romania", ["Romanian government", "gouvernement roumain"], ["gouvernement roumain"]),
     ("ORG", "Federation of Free Trade Unions in Education", ["FSLI", "Fédération des syndicats libres de l'enseignement", "Federația Sindicatelor Libere din Învățământ"],
      ["Fédération des syndicats libres de l'enseignement", "FSLI"]),
     ("ORG", "Cartel Alfa", ["National Trade Union Confederation Cartel Alfa", "CNS Cartel Alfa"], ["Cartel Alfa"]),
     ("PERSON", "Ilie Bolojan", ["Bolojan"], ["Ilie Bolojan", "Bolojan"]),
     ("LOC", "Romania", ["Roumanie"], ["Roumanie"]),
     ("PERSON", "Nicușor Dan", ["Nicusor Dan"], ["Nicușor Dan"]),
     ("LOC", "Cotroceni Palace", ["Palatul Cotroceni", "palais de Cotroceni", "Cotroceni"], ["palais de Cotroceni"]),
     ("ORG", "Alliance for the Union of Romanians", ["AUR", "Alliance pour l'unité des Roumains", "Alianța pentru Unirea Românilor"],
      ["Alliance pour l'unité des Roumains", "AUR"]),
     ("PERSON", "George Simion", ["Simion"], ["George Simion"]),
     ("LOC", "Constanța", ["Constanta", "Constantza"], ["Constanța"]),
],
    [("14", "ont manifesté", "Victoria Palace", "2026-09-24"), ("10", "ont réclamé", "Victoria Palace", "2026-09-24"),
     ("17", "a interpellé", "Victoria Palace", "2026-09-24"), ("12", "a rejeté", None, "2026-09-24"),
     ("04", "avait reçu", "Cotroceni Palace", "2026-09-23"), ("10", "a exigé", None, None),
     ("13", "a menacé", None, None), ("14", "grève", "Constanța", "2026-09-21"),
     ("14", "grève générale", None, "2026-09-29")])

doc("b20-fr-03-borno", "fr", "2026-04-09T16:00:00Z",
    "Nigeria : l'Iswap attaque une base militaire à Monguno, l'armée de l'air bombarde la forêt de Sambisa",
    "MAIDUGURI, 9 avril – Des combattants de l'État islamique en Afrique de l'Ouest (Iswap) ont attaqué mardi soir une base militaire à Monguno, dans l'État de Borno, tuant au moins douze soldats et emportant des armes et des véhicules, selon des sources sécuritaires.\n"
    "L'armée de l'air nigériane a mené mercredi des frappes aériennes sur des camps jihadistes dans la forêt de Sambisa, tuant « des dizaines de terroristes », a affirmé son porte-parole.\n"
    "Vendredi dernier, l'explosion d'une bombe artisanale sur un marché de Gwoza avait fait huit morts et une vingtaine de blessés.\n"
    "Le gouverneur de l'État de Borno, Babagana Zulum, a condamné mercredi l'attaque de Monguno et réclamé l'envoi de renforts dans les villes situées près du lac.\n"
    "Le président Bola Tinubu a reçu jeudi à Abuja le ministre tchadien de la Défense ; les deux pays ont convenu de mener des patrouilles conjointes le long de leur frontière dans les prochaines semaines.\n"
    "Par ailleurs, le Département des services de l'État (DSS) a annoncé mercredi l'arrestation à Yola, dans l'État d'Adamawa, de cinq personnes soupçonnées de financer l'Iswap.\n"
    "À Bama, la Fondation Dangote a distribué mercredi des vivres à 4 000 familles déplacées, selon un communiqué de l'organisation.",
    [("LOC", "Nigeria", ["Federal Republic of Nigeria"], ["Nigeria"]),
     ("LOC", "Maiduguri", [], ["MAIDUGURI"]),
     ("ORG", "Islamic State West Africa Province", ["ISWAP", "Iswap", "État islamique en Afrique de l'Ouest", "Islamic State in West Africa"],
      ["État islamique en Afrique de l'Ouest", "Iswap"]),
     ("LOC", "Monguno", [], ["Monguno"]),
     ("LOC", "Borno State", ["Borno", "État de Borno"], ["État de Borno"]),
     ("ORG", "Nigerian Air Force", ["NAF", "armée de l'air nigériane", "Nigeria Air Force"], ["armée de l'air nigériane"]),
     ("LOC", "Sambisa Forest", ["Sambisa", "forêt de Sambisa"], ["forêt de Sambisa", "Sambisa"]),
     ("LOC", "Gwoza", [], ["Gwoza"]),
     ("PERSON", "Babagana Zulum", ["Babagana Umara Zulum", "Zulum"], ["Babagana Zulum"]),
     ("PERSON", "Bola Tinubu", ["Tinubu", "Bola Ahmed Tinubu"], ["Bola Tinubu"]),
     ("LOC", "Abuja", [], ["Abuja"]),
     ("ORG", "Department of State Services", ["DSS", "Département des services de l'État", "State Security Service"], ["Département des services de l'État", "DSS"]),
     ("LOC", "Yola", [], ["Yola"]),
     ("LOC", "Adamawa State", ["Adamawa", "État d'Adamawa"], ["État d'Adamawa"]),
     ("LOC", "Bama", [], ["Bama"]),
     ("ORG", "Dangote Foundation", ["Aliko Dangote Foundation", "Fondation Dangote"], ["Fondation Dangote"])],
    [("19", "ont attaqué", "Monguno", "2026-04-07"), ("19", "frappes aériennes", "Sambisa Forest", "2026-04-08"),
     ("18", "l'explosion", "Gwoza", "2026-04-03"), ("11", "a condamné", None, "2026-04-08"),
     ("10", "réclamé", None, "2026-04-08"), ("04", "a reçu", "Abuja", "2026-04-09"),
     ("03", "ont convenu", None, None), ("17", "l'arrestation", "Yola", "2026-04-08"),
     ("07", "a distribué", "Bama", "2026-04-08")])

write("blind20.jsonl")
