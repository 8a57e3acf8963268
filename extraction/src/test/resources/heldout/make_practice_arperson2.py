# Writes practice_arperson2.jsonl: 4 Arabic articles written for Newsflow's tests on 2026-12-03 by h/arperson2, annotated
# by shared/eval/GUIDELINES.md and committed before the extractor ran on them. A second practice set for which words
# of Arabic copy are a PERSON, weighted to the shapes session 28 left: office titles the lexicon lacked (الموفد,
# قائممقام, كبير المفاوضين, رئيس بعثة, مسؤول ملف, ranks, judges, muftis, union heads), common nouns after a title,
# a title word inside a name (قائد, أمين), foreign names of three words, and kunyas written with آ. Regions: Yemen and
# Oman, north Lebanon, southern Iraq, Morocco's north. People and details are fictional. Gold names are as English wire copy
# would spell them, with common variants as aliases. Apache-2.0.
# Run: python3 make_practice_arperson2.py
from gold import doc, write

doc("pap2-ar-01-salalah", "ar", "2026-11-28T09:00:00Z",
    "جولة مفاوضات جديدة في عمان حول الأسرى",
    "مسقط - بدأت في سلطنة عمان، أمس الخميس، جولة جديدة من المفاوضات حول تبادل الأسرى، بمشاركة كبير المفاوضين في الوفد الحكومي ياسر قائد الشرعبي.\n"
    "وقال الموفد الأممي الخاص كارلوس مانويل ريبيرو إن الجولة «قد تمهد لإطلاق مئات المحتجزين قبل نهاية العام».\n"
    "وحضر الجلسة الأولى رئيس بعثة المراقبين الدوليين في اليمن توماس يوهان بيرغر، ومسؤول ملف الأسرى في وزارة حقوق الإنسان عبد الحكيم أمين المخلافي.\n"
    "من جهته، أكد أبو آلاء الريمي، القيادي في الوفد الآخر، أن فريقه سلم قوائم بأسماء أربعمائة محتجز.\n"
    "وأوضح وكيل الوزارة لشؤون الأسرى نبيل مطهر الصبري أن عائلات المحتجزين تنتظر نتائج الجولة.",
    [("LOC", "Oman", [], ["سلطنة عمان"]),
     ("PERSON", "Yasser Qaed al-Sharabi", ["Yasser Qaid al-Sharabi", "Yasir Qaed al-Sharabi"], ["ياسر قائد الشرعبي"]),
     ("PERSON", "Carlos Manuel Ribeiro", [], ["كارلوس مانويل ريبيرو"]),
     ("LOC", "Yemen", [], ["اليمن"]),
     ("PERSON", "Thomas Johann Berger", ["Thomas Berger"], ["توماس يوهان بيرغر"]),
     ("ORG", "Ministry of Human Rights (Yemen)", ["Yemeni Ministry of Human Rights"], ["وزارة حقوق الإنسان"]),
     ("PERSON", "Abdulhakim Amin al-Mikhlafi", ["Abdul Hakim Amin al-Mekhlafi", "Abdelhakim Amin al-Mikhlafi"],
      ["عبد الحكيم أمين المخلافي"]),
     ("PERSON", "Abu Alaa al-Raimi", ["Abu Ala al-Raimi", "Abu Alaa al-Rimi"], ["أبو آلاء الريمي"]),
     ("PERSON", "Nabil Mutahar al-Sabri", ["Nabil Motahar al-Sabri"], ["نبيل مطهر الصبري"])],
    [])

doc("pap2-ar-02-koura", "ar", "2026-11-27T10:00:00Z",
    "قائممقام الكورة يتفقد أضرار العاصفة",
    "أميون - تفقد قائممقام الكورة جورج نقولا الحداد، أمس الأربعاء، البلدات التي تضررت من العاصفة، يرافقه رئيس اتحاد بلديات الكورة إيلي فرح شديد.\n"
    "وقال قائد فرق الإغاثة في المنطقة المقدم وسيم خليل عيسى إن فرقه أخلت ثلاث عائلات من منازلها.\n"
    "وطالب مطران الكورة للروم الأرثوذكس المطران يوحنا بطرس غانم بإعلان المنطقة منكوبة.\n"
    "كما أعلن قاضي الأمور المستعجلة في الشمال القاضي ربيع منصور طنوس أنه سيبت في دعاوى التعويض الأسبوع المقبل.\n"
    "وأفادت مختارة البلدة سعاد الياس عبود بأن الطريق إلى المستشفى ما زال مقطوعا.",
    [("LOC", "Amioun", [], ["أميون"]),
     ("LOC", "Koura", ["Koura District"], ["الكورة"]),
     ("PERSON", "Georges Nicolas Haddad", ["George Nicola al-Haddad", "Georges Haddad"], ["جورج نقولا الحداد"]),
     ("PERSON", "Elie Farah Chedid", ["Elie Chedid", "Elie Farah Shedid"], ["إيلي فرح شديد"]),
     ("PERSON", "Wassim Khalil Issa", ["Wassim Khalil Eissa"], ["وسيم خليل عيسى"]),
     ("PERSON", "Youhanna Boutros Ghanem", ["Yuhanna Butros Ghanem", "John Boutros Ghanem"], ["يوحنا بطرس غانم"]),
     ("PERSON", "Rabih Mansour Tannous", ["Rabih Mansour Tannouss", "Rabie Mansour Tannous"], ["ربيع منصور طنوس"]),
     ("PERSON", "Souad Elias Abboud", ["Suad Elias Abboud", "Souad Elias Abbud"], ["سعاد الياس عبود"])],
    [])

doc("pap2-ar-03-zubair", "ar", "2026-11-26T07:30:00Z",
    "احتجاجات على شح المياه في القرنة",
    "القرنة - خرج مئات من سكان قضاء القرنة، أمس الثلاثاء، في احتجاجات على شح مياه الشرب، بحسب مدير ناحية سفوان حيدر جبار الساعدي.\n"
    "وقال مدير ماء المحافظة المهندس علاء كاظم الموسوي إن محطة التحلية الجديدة ستعمل خلال شهرين.\n"
    "وأكد أبو آمنة البطاط، أحد وجهاء العشائر في المنطقة، أن المحتجين يطالبون بإقالة المسؤولين عن المشروع.\n"
    "من جانبه، دعا وكيل المرجعية في المحافظة الشيخ عبد الأمير صبري الحلفي إلى ضبط النفس، فيما أعلن مفتي المحافظة الشيخ مصطفى عادل السامرائي تأييده لمطالب الأهالي.\n"
    "وأوضح آمر فوج الطوارئ العقيد ستار عبد الرضا الكعبي أن قواته لم تستخدم القوة.",
    [("LOC", "Qurna", ["Al-Qurnah", "Qurnah"], ["القرنة"]),
     ("LOC", "Safwan", [], ["سفوان"]),
     ("PERSON", "Haidar Jabbar al-Saadi", ["Haider Jabbar al-Saedi", "Haidar Jabar al-Saadi"], ["حيدر جبار الساعدي"]),
     ("PERSON", "Alaa Kadhim al-Musawi", ["Alaa Kazem al-Moussawi", "Alaa Kadhim al-Mousawi"], ["علاء كاظم الموسوي"]),
     ("PERSON", "Abu Amna al-Battat", ["Abu Amina al-Battat"], ["أبو آمنة البطاط"]),
     ("PERSON", "Abdul Amir Sabri al-Hilfi", ["Abdulamir Sabri al-Hilfi", "Abdel Amir Sabri al-Halfi"],
      ["عبد الأمير صبري الحلفي"]),
     ("PERSON", "Mustafa Adel al-Samarrai", ["Mostafa Adil al-Samarraie"], ["مصطفى عادل السامرائي"]),
     ("PERSON", "Sattar Abdul Ridha al-Kaabi", ["Sattar Abdulridha al-Kaabi", "Sattar Abdel Reda al-Kaabi"],
      ["ستار عبد الرضا الكعبي"])],
    [("14", "احتجاجات", "Qurna", "2026-11-25")])

doc("pap2-ar-04-tangier", "ar", "2026-11-25T11:00:00Z",
    "إضراب في ميناء المضيق وشركة برازيلية توقف شحناتها",
    "المضيق - دخل عمال الشحن في ميناء المضيق، أمس الاثنين، في إضراب عن العمل، بدعوة من الكاتب العام للنقابة الوطنية للنقل عبد الصمد بوشتى العلمي.\n"
    "وقال الرئيس المدير العام لشركة ميرا للخدمات اللوجستية يونس الطاهر بنكيران إن الإضراب أوقف تحميل مئتي حاوية.\n"
    "وأعلنت المديرة الإقليمية لشركة نوفا كارغو البرازيلية آنا باولا مونتيرو أن الشركة علقت شحناتها إلى المغرب.\n"
    "وأوضح عامل الإقليم محمد أمين الزياني أن السلطات تدعو إلى الحوار، فيما قال المسؤول عن ملف الموانئ في الاتحاد العام لمقاولات المغرب حسن ناصر الإدريسي إن الخسائر كبيرة.",
    [("LOC", "M'diq", ["Mdiq"], ["المضيق"]),
     ("PERSON", "Abdessamad Bouchta Alami", ["Abdelsamad Bouchta El Alami", "Abdessamad Bouchta El Alami"],
      ["عبد الصمد بوشتى العلمي"]),
     ("PERSON", "Younes Tahar Benkirane", ["Younes Taher Benkirane", "Yunus al-Tahir Benkiran"], ["يونس الطاهر بنكيران"]),
     ("ORG", "Mira Logistics", ["Mira Logistics Services"], ["شركة ميرا للخدمات اللوجستية"]),
     ("ORG", "Nova Cargo", [], ["شركة نوفا كارغو"]),
     ("PERSON", "Ana Paula Monteiro", [], ["آنا باولا مونتيرو"]),
     ("LOC", "Morocco", [], ["المغرب"]),
     ("PERSON", "Mohamed Amine Ziani", ["Mohammed Amin al-Ziani", "Mohamed Amine Zyani"], ["محمد أمين الزياني"]),
     ("ORG", "General Confederation of Moroccan Enterprises", ["CGEM"], ["الاتحاد العام لمقاولات المغرب"]),
     ("PERSON", "Hassan Nasser Idrissi", ["Hassan Nacer El Idrissi", "Hassan Naser al-Idrisi"], ["حسن ناصر الإدريسي"])],
    [("14", "إضراب", "M'diq", "2026-11-24")])

write("practice_arperson2.jsonl")
