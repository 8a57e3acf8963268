# Writes blind3.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-29 before the third
# round of work on Arabic linking (person names romanised from Arabic script), annotated by shared/eval/GUIDELINES.md
# and committed before the extractor ever ran on them. Countries, people, bodies and places are none of those named
# in dev.jsonl, articles.jsonl, fresh.jsonl, unseen.jsonl, blind.jsonl or blind2.jsonl as entities. Arabic copy names
# non-Arab people (Armenian, Ugandan, Dutch, Djiboutian, Ethiopian) as Arabic news spells them. Gold not edited to
# match output. Apache-2.0. Run: python3 make_blind3.py
from gold import doc, write

doc("b3-ar-01-tadjourah", "ar", "2025-11-17T09:00:00Z",
    "جيبوتي وإثيوبيا توقعان اتفاقا لاستخدام ميناء تاجورة",
    "استقبل الرئيس الجيبوتي إسماعيل عمر جيله، أمس الأحد، رئيس الوزراء الإثيوبي آبي أحمد، ووقع الجانبان اتفاقا يمنح إثيوبيا حق استخدام ميناء تاجورة لتصدير منتجاتها الزراعية.\n"
    "وحضر التوقيع وفد من الهيئة الحكومية للتنمية (إيغاد)، وقال أمينها التنفيذي ورقنه جبيهو إن الاتفاق يعزز الاستقرار في منطقة القرن الأفريقي.\n"
    "وفي سياق آخر، أعلنت الشرطة الجيبوتية اعتقال ثمانية أشخاص بتهمة تهريب المهاجرين قرب مدينة أوبوك.\n"
    "ومن المقرر أن يزور جيله العاصمة الإريترية أسمرة الثلاثاء المقبل.",
    [("LOC", "Djibouti", ["Republic of Djibouti"], ["جيبوتي"]),
     ("LOC", "Ethiopia", [], ["إثيوبيا"]),
     ("PERSON", "Ismaïl Omar Guelleh", ["Ismail Omar Guelleh", "Ismail Omar Gaileh"], ["إسماعيل عمر جيله", "جيله"]),
     ("PERSON", "Abiy Ahmed", ["Abiy Ahmed Ali", "Abiy Ahmad"], ["آبي أحمد"]),
     ("LOC", "Tadjourah", ["Port of Tadjourah", "Tadjoura", "Tadjoura Port"], ["ميناء تاجورة", "تاجورة"]),
     ("ORG", "Intergovernmental Authority on Development", ["IGAD"], ["الهيئة الحكومية للتنمية", "إيغاد"]),
     ("PERSON", "Workneh Gebeyehu", ["Workneh Gebeyehu Negewo"], ["ورقنه جبيهو"]),
     ("LOC", "Horn of Africa", [], ["القرن الأفريقي", "منطقة القرن الأفريقي"]),
     ("ORG", "Djiboutian Police", ["National Police (Djibouti)", "Djibouti National Police", "Police (Djibouti)",
      "Djiboutian police"], ["الشرطة الجيبوتية"]),
     ("LOC", "Obock", [], ["أوبوك"]),
     ("LOC", "Asmara", ["Asmera"], ["أسمرة"])],
    [("04", "استقبل", None, "2025-11-16"), ("05", "ووقع", None, "2025-11-16"), ("17", "اعتقال", "Obock", None),
     ("04", "يزور", "Asmara", "2025-11-18")])

doc("b3-ar-02-abu-dhabi", "ar", "2025-04-16T10:00:00Z",
    "الإمارات وأرمينيا تبحثان تعزيز التعاون في مجال الطاقة",
    "بحث وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان مع نظيره الأرميني أرارات ميرزويان، اليوم الأربعاء في أبوظبي، سبل تعزيز التعاون في مجالي الطاقة المتجددة والنقل.\n"
    "ووقعت شركة مصدر على هامش اللقاء مذكرة تفاهم مع وزارة الاقتصاد الأرمينية لبناء محطة للطاقة الشمسية بقدرة 200 ميغاواط.\n"
    "وقال ميرزويان إن مشاريع الطاقة الشمسية قرب يريفان تفتح الباب أمام الاستثمارات الإماراتية.\n"
    "ومن المقرر أن يزور ميرزويان دبي غدا الخميس للقاء مسؤولين في غرفة تجارة دبي.",
    [("LOC", "United Arab Emirates", ["UAE", "Emirates"], ["الإمارات"]),
     ("LOC", "Armenia", [], ["أرمينيا"]),
     ("PERSON", "Abdullah bin Zayed Al Nahyan", ["Abdullah bin Zayed", "Sheikh Abdullah bin Zayed Al Nahyan"],
      ["عبد الله بن زايد آل نهيان"]),
     ("PERSON", "Ararat Mirzoyan", [], ["أرارات ميرزويان", "ميرزويان"]),
     ("LOC", "Abu Dhabi", [], ["أبوظبي"]),
     ("ORG", "Masdar", ["Abu Dhabi Future Energy Company"], ["مصدر", "شركة مصدر"]),
     ("ORG", "Ministry of Economy (Armenia)", ["Armenian Ministry of Economy"], ["وزارة الاقتصاد الأرمينية"]),
     ("LOC", "Yerevan", ["Erevan"], ["يريفان"]),
     ("LOC", "Dubai", [], ["دبي"]),
     ("ORG", "Dubai Chamber of Commerce", ["Dubai Chambers", "Dubai Chamber of Commerce and Industry"],
      ["غرفة تجارة دبي"])],
    [("04", "بحث", "Abu Dhabi", "2025-04-16"), ("05", "ووقعت", "Abu Dhabi", "2025-04-16"),
     ("04", "يزور", "Dubai", "2025-04-17")])

doc("b3-ar-03-dar-es-salaam", "ar", "2025-08-16T09:00:00Z",
    "رئيسة تنزانيا تستقبل الرئيس الأوغندي في دار السلام",
    "استقبلت الرئيسة التنزانية سامية صولحو حسن، أمس الجمعة في دار السلام، الرئيس الأوغندي يويري موسيفيني، وبحث الجانبان مشروع خط أنابيب النفط بين البلدين.\n"
    "وقال موسيفيني إن المشروع سيوفر آلاف الوظائف في أوغندا وتنزانيا.\n"
    "وفي سياق منفصل، أضرب مئات الصيادين في مدينة موانزا المطلة على بحيرة فيكتوريا احتجاجا على رسوم جديدة فرضتها السلطات المحلية.\n"
    "وأدان حزب تشاديما المعارض استمرار احتجاز زعيمه توندو ليسو.",
    [("LOC", "Tanzania", ["United Republic of Tanzania"], ["تنزانيا"]),
     ("PERSON", "Samia Suluhu Hassan", ["Samia Suluhu"], ["سامية صولحو حسن"]),
     ("LOC", "Dar es Salaam", ["Dar es-Salaam"], ["دار السلام"]),
     ("PERSON", "Yoweri Museveni", ["Yoweri Kaguta Museveni"], ["يويري موسيفيني", "موسيفيني"]),
     ("LOC", "Uganda", [], ["أوغندا"]),
     ("LOC", "Mwanza", [], ["موانزا"]),
     ("LOC", "Lake Victoria", ["Victoria Nyanza"], ["بحيرة فيكتوريا"]),
     ("ORG", "Chadema", ["Chama cha Demokrasia na Maendeleo", "CHADEMA"], ["تشاديما", "حزب تشاديما"]),
     ("PERSON", "Tundu Lissu", ["Tundu Antiphas Lissu"], ["توندو ليسو"])],
    [("04", "استقبلت", "Dar es Salaam", "2025-08-15"), ("14", "أضرب", "Mwanza", None), ("11", "وأدان", None, None)])

doc("b3-ar-04-rotterdam", "ar", "2025-03-10T11:00:00Z",
    "الشرطة الهولندية تعتقل خمسة أشخاص في ميناء روتردام",
    "أعلنت الشرطة الهولندية، اليوم الاثنين، اعتقال خمسة أشخاص يشتبه في انتمائهم إلى شبكة لتهريب الكوكايين في ميناء روتردام، بعد ضبط ثلاثة أطنان من المخدرات في حاويات قادمة من البيرو.\n"
    "وقالت الجمارك الهولندية إن الشحنة هي الأكبر منذ بداية العام.\n"
    "وقال وزير العدل والأمن الهولندي ديفيد فان ويل إن الحكومة ستشدد الرقابة على الموانئ، فيما تظاهر مئات من عمال الموانئ أمس الأحد في لاهاي احتجاجا على ظروف العمل.\n"
    "ويزور فان ويل ليما الشهر المقبل لبحث التعاون الأمني مع السلطات البيروفية.",
    [("ORG", "Dutch National Police", ["Dutch Police", "Netherlands Police", "National Police of the Netherlands",
      "Politie", "Dutch police"], ["الشرطة الهولندية"]),
     ("LOC", "Rotterdam", ["Port of Rotterdam"], ["ميناء روتردام", "روتردام"]),
     ("LOC", "Peru", [], ["البيرو"]),
     ("ORG", "Dutch Customs", ["Netherlands Customs", "Customs Administration of the Netherlands", "Douane"],
      ["الجمارك الهولندية"]),
     ("PERSON", "David van Weel", ["David Van Weel"], ["ديفيد فان ويل", "فان ويل"]),
     ("LOC", "The Hague", ["Hague", "Den Haag"], ["لاهاي"]),
     ("LOC", "Lima", [], ["ليما"])],
    [("17", "اعتقال", "Rotterdam", "2025-03-10"), ("14", "تظاهر", "The Hague", "2025-03-09"),
     ("04", "ويزور", "Lima", None)])

doc("b3-en-01-kathmandu", "en", "2025-05-06T12:00:00Z",
    "Nepal and Sri Lanka sign air services agreement",
    "KATHMANDU, May 6 - Nepal's Foreign Minister Arzu Rana Deuba met her Sri Lankan counterpart Vijitha Herath in Kathmandu on Tuesday and the two signed an air services agreement, the Ministry of Foreign Affairs said.\n"
    "Later on Tuesday, Herath held talks with Prime Minister K.P. Sharma Oli at Singha Durbar.\n"
    "Nepal Airlines, which has no flights to Sri Lanka, welcomed the agreement, its spokesperson Rajesh Thapa said.\n"
    "Students protested outside Tribhuvan University in Kirtipur on Monday against higher fees.",
    [("LOC", "Nepal", [], ["Nepal"]),
     ("LOC", "Sri Lanka", [], ["Sri Lanka"]),
     ("PERSON", "Arzu Rana Deuba", [], ["Arzu Rana Deuba"]),
     ("PERSON", "Vijitha Herath", [], ["Vijitha Herath", "Herath"]),
     ("LOC", "Kathmandu", [], ["KATHMANDU", "Kathmandu"]),
     ("ORG", "Ministry of Foreign Affairs (Nepal)", ["Nepal's Foreign Ministry", "Ministry of Foreign Affairs"],
      ["Ministry of Foreign Affairs"]),
     ("PERSON", "K. P. Sharma Oli", ["K.P. Sharma Oli", "KP Sharma Oli", "Khadga Prasad Sharma Oli"],
      ["K.P. Sharma Oli"]),
     ("LOC", "Singha Durbar", [], ["Singha Durbar"]),
     ("ORG", "Nepal Airlines", ["Nepal Airlines Corporation"], ["Nepal Airlines"]),
     ("PERSON", "Rajesh Thapa", [], ["Rajesh Thapa"]),
     ("ORG", "Tribhuvan University", [], ["Tribhuvan University"]),
     ("LOC", "Kirtipur", [], ["Kirtipur"])],
    [("04", "met", "Kathmandu", "2025-05-06"), ("05", "signed", "Kathmandu", "2025-05-06"),
     ("04", "held talks", "Singha Durbar", "2025-05-06"), ("05", "welcomed", None, None),
     ("14", "protested", "Kirtipur", "2025-05-05")])

doc("b3-en-02-buenos-aires", "en", "2025-03-12T18:00:00Z",
    "Argentina and Uruguay sign deal to dredge Rio de la Plata channel",
    "BUENOS AIRES, March 12 - Argentine President Javier Milei and Uruguayan President Yamandu Orsi signed an agreement at the Casa Rosada on Wednesday to jointly fund the dredging of a shared channel in the Rio de la Plata, Milei's office said after their talks.\n"
    "Orsi invited Milei to visit Montevideo later this year.\n"
    "Separately, the General Confederation of Labour (CGT) called a general strike across Argentina for Thursday against pension cuts.\n"
    "Police detained 12 people in Rosario on Tuesday after clashes between rival football fans.",
    [("LOC", "Argentina", [], ["Argentina"]),
     ("LOC", "Uruguay", [], ["Uruguay"]),
     ("PERSON", "Javier Milei", [], ["Javier Milei", "Milei"]),
     ("PERSON", "Yamandú Orsi", ["Yamandu Orsi"], ["Yamandu Orsi", "Orsi"]),
     ("LOC", "Buenos Aires", [], ["BUENOS AIRES"]),
     ("LOC", "Casa Rosada", [], ["Casa Rosada"]),
     ("LOC", "Río de la Plata", ["Rio de la Plata", "River Plate"], ["Rio de la Plata"]),
     ("LOC", "Montevideo", [], ["Montevideo"]),
     ("ORG", "General Confederation of Labour (Argentina)", ["General Confederation of Labour", "CGT",
      "Confederación General del Trabajo"], ["General Confederation of Labour", "CGT"]),
     ("LOC", "Rosario", [], ["Rosario"])],
    [("05", "signed", "Casa Rosada", "2025-03-12"), ("04", "talks", "Casa Rosada", "2025-03-12"),
     ("14", "general strike", "Argentina", "2025-03-13"), ("17", "detained", "Rosario", "2025-03-11")])

doc("b3-en-03-chisinau", "en", "2025-01-20T15:00:00Z",
    "Romania pledges electricity to Moldova as Transnistria goes without gas",
    "CHISINAU, Jan 20 - Romanian Energy Minister Sebastian Burduja met Moldovan Prime Minister Dorin Recean in Chisinau on Monday and pledged to supply up to 400 megawatts of electricity a day to Moldova through the winter, Moldova's government said.\n"
    "The breakaway region of Transnistria has been without gas since January 1. State power trader Energocom will buy the electricity at market prices.\n"
    "President Maia Sandu on Sunday accused the authorities in Tiraspol of refusing aid.\n"
    "Police in Balti arrested two men on Saturday on suspicion of sabotage at an electricity substation.",
    [("LOC", "Romania", [], ["Romania"]),
     ("LOC", "Moldova", ["Republic of Moldova"], ["Moldova"]),
     ("PERSON", "Sebastian Burduja", [], ["Sebastian Burduja"]),
     ("PERSON", "Dorin Recean", [], ["Dorin Recean"]),
     ("LOC", "Chișinău", ["Chisinau", "Kishinev"], ["CHISINAU", "Chisinau"]),
     ("ORG", "Government of Moldova", ["Moldovan government", "Moldova's government"], ["Moldova's government"]),
     ("LOC", "Transnistria", ["Pridnestrovie", "Transdniestria"], ["Transnistria"]),
     ("ORG", "Energocom", [], ["Energocom"]),
     ("PERSON", "Maia Sandu", [], ["Maia Sandu"]),
     ("LOC", "Tiraspol", [], ["Tiraspol"]),
     ("LOC", "Bălți", ["Balti", "Beltsy"], ["Balti"])],
    [("04", "met", "Chișinău", "2025-01-20"), ("03", "pledged", "Moldova", None), ("11", "accused", None, "2025-01-19"),
     ("17", "arrested", "Bălți", "2025-01-18")])

doc("b3-en-04-livingstone", "en", "2025-06-11T09:00:00Z",
    "Zambia, Zimbabwe sign deal to repair Lake Kariba spillway",
    "LUSAKA, June 11 - Zambian President Hakainde Hichilema and Zimbabwean President Emmerson Mnangagwa signed an agreement in Livingstone on Monday to share the cost of repairing the spillway on Lake Kariba, the Zambezi River Authority said.\n"
    "The Southern African Development Community (SADC) welcomed the deal, its executive secretary Elias Magosi said.\n"
    "In Harare, police arrested 30 street vendors on Tuesday for trading outside designated markets, the Zimbabwe Republic Police said.",
    [("LOC", "Zambia", [], ["Zambia"]),
     ("LOC", "Zimbabwe", [], ["Zimbabwe"]),
     ("LOC", "Lake Kariba", ["Kariba"], ["Lake Kariba"]),
     ("LOC", "Lusaka", [], ["LUSAKA"]),
     ("PERSON", "Hakainde Hichilema", [], ["Hakainde Hichilema"]),
     ("PERSON", "Emmerson Mnangagwa", [], ["Emmerson Mnangagwa"]),
     ("LOC", "Livingstone", ["Livingstone (Zambia)"], ["Livingstone"]),
     ("ORG", "Zambezi River Authority", ["ZRA"], ["Zambezi River Authority"]),
     ("ORG", "Southern African Development Community", ["SADC"], ["Southern African Development Community", "SADC"]),
     ("PERSON", "Elias Magosi", ["Elias Mpedi Magosi"], ["Elias Magosi"]),
     ("LOC", "Harare", [], ["Harare"]),
     ("ORG", "Zimbabwe Republic Police", ["ZRP"], ["Zimbabwe Republic Police"])],
    [("05", "signed", "Livingstone", "2025-06-09"), ("05", "welcomed", None, None),
     ("17", "arrested", "Harare", "2025-06-10")])

doc("b3-fr-01-bangui", "fr", "2025-09-25T10:00:00Z",
    "Centrafrique : le président Touadéra reçoit la cheffe de la Minusca à Bangui",
    "Le président centrafricain Faustin-Archange Touadéra a reçu lundi à Bangui la cheffe de la Mission des Nations unies en Centrafrique (Minusca), Valentine Rugwabiza, pour évoquer la sécurité avant les élections de décembre.\n"
    "Dans la préfecture de la Vakaga, près de la frontière avec le Soudan du Sud, des hommes armés ont attaqué mercredi un convoi humanitaire près de Birao, tuant deux chauffeurs, selon le Conseil norvégien pour les réfugiés (NRC).\n"
    "Le gouvernement centrafricain a condamné l'attaque.",
    [("LOC", "Central African Republic", ["CAR", "Centrafrique"], ["Centrafrique"]),
     ("PERSON", "Faustin-Archange Touadéra", ["Faustin Archange Touadéra", "Faustin-Archange Touadera"],
      ["Faustin-Archange Touadéra", "Touadéra"]),
     ("LOC", "Bangui", [], ["Bangui"]),
     ("ORG", "MINUSCA", ["United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
      "Minusca"], ["Mission des Nations unies en Centrafrique", "Minusca"]),
     ("PERSON", "Valentine Rugwabiza", [], ["Valentine Rugwabiza"]),
     ("LOC", "Vakaga", ["Vakaga Prefecture"], ["Vakaga"]),
     ("LOC", "South Sudan", [], ["Soudan du Sud"]),
     ("LOC", "Birao", [], ["Birao"]),
     ("ORG", "Norwegian Refugee Council", ["NRC"], ["Conseil norvégien pour les réfugiés", "NRC"]),
     ("ORG", "Government of the Central African Republic", ["Central African government"],
      ["gouvernement centrafricain"])],
    [("04", "a reçu", "Bangui", "2025-09-22"), ("18", "ont attaqué", "Birao", "2025-09-24"),
     ("11", "a condamné", None, None)])

doc("b3-fr-02-brazzaville", "fr", "2025-10-14T16:00:00Z",
    "Congo-Brazzaville : accord avec Eni sur le gaz au large de Pointe-Noire",
    "Le ministre congolais des Hydrocarbures, Bruno Jean-Richard Itoua, et le directeur général du groupe italien Eni, Claudio Descalzi, ont signé lundi à Brazzaville un accord pour développer un deuxième projet de gaz naturel liquéfié au large de Pointe-Noire.\n"
    "La Société nationale des pétroles du Congo (SNPC) détiendra 20 % du projet.\n"
    "Le Premier ministre Anatole Collinet Makosso a promis que le gaz alimenterait aussi les centrales électriques du pays.\n"
    "Des pêcheurs ont manifesté mardi devant le port de Pointe-Noire contre la pollution des zones de pêche.",
    [("LOC", "Republic of the Congo", ["Congo-Brazzaville", "Congo"], ["Congo-Brazzaville"]),
     ("ORG", "Eni", [], ["Eni"]),
     ("LOC", "Pointe-Noire", [], ["Pointe-Noire"]),
     ("PERSON", "Bruno Jean-Richard Itoua", [], ["Bruno Jean-Richard Itoua"]),
     ("PERSON", "Claudio Descalzi", [], ["Claudio Descalzi"]),
     ("LOC", "Brazzaville", [], ["Brazzaville"]),
     ("ORG", "Société nationale des pétroles du Congo", ["SNPC", "National Petroleum Company of the Congo"],
      ["Société nationale des pétroles du Congo", "SNPC"]),
     ("PERSON", "Anatole Collinet Makosso", [], ["Anatole Collinet Makosso"])],
    [("05", "ont signé", "Brazzaville", "2025-10-13"), ("03", "a promis", None, None),
     ("14", "ont manifesté", "Pointe-Noire", "2025-10-14")])

doc("b3-fr-03-vientiane", "fr", "2025-06-13T08:00:00Z",
    "Le Premier ministre cambodgien Hun Manet en visite au Laos",
    "Le Premier ministre cambodgien Hun Manet a rencontré jeudi à Vientiane son homologue laotien Sonexay Siphandone, avec qui il a signé un accord sur la navigation sur le Mékong.\n"
    "Les deux dirigeants ont salué le travail de la Commission du Mékong sur le partage des données hydrologiques.\n"
    "Mercredi, des soldats thaïlandais et cambodgiens ont échangé des tirs dans la province d'Oddar Meanchey, à la frontière entre les deux pays. La Thaïlande a accusé le Cambodge d'avoir ouvert le feu le premier.\n"
    "Hun Manet regagnera Phnom Penh samedi.",
    [("PERSON", "Hun Manet", [], ["Hun Manet"]),
     ("LOC", "Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Laos"]),
     ("LOC", "Vientiane", [], ["Vientiane"]),
     ("PERSON", "Sonexay Siphandone", [], ["Sonexay Siphandone"]),
     ("LOC", "Mekong", ["Mekong River", "Mékong"], ["Mékong"]),
     ("ORG", "Mekong River Commission", ["MRC", "Commission du Mékong"], ["Commission du Mékong"]),
     ("LOC", "Oddar Meanchey", ["Oddar Meanchey Province"], ["Oddar Meanchey"]),
     ("LOC", "Thailand", [], ["Thaïlande"]),
     ("LOC", "Cambodia", [], ["Cambodge"]),
     ("LOC", "Phnom Penh", [], ["Phnom Penh"])],
    [("04", "a rencontré", "Vientiane", "2025-06-12"), ("05", "a signé", "Vientiane", "2025-06-12"),
     ("05", "ont salué", "Vientiane", "2025-06-12"), ("19", "ont échangé des tirs", "Oddar Meanchey", "2025-06-11"),
     ("11", "a accusé", None, None)])

doc("b3-fr-04-gitega", "fr", "2025-02-20T11:00:00Z",
    "Burundi : le président Ndayishimiye reçoit le chef de la diplomatie tanzanienne",
    "Le président burundais Évariste Ndayishimiye a reçu mardi à Gitega le ministre tanzanien des Affaires étrangères, Mahmoud Thabit Kombo, pour évoquer la sécurité dans la région des Grands Lacs.\n"
    "L'Unicef a livré mercredi 40 tonnes de médicaments à Bujumbura, où une épidémie de choléra a fait onze morts depuis janvier.\n"
    "Lundi, la Force de défense nationale du Burundi (FDNB) a affronté des rebelles du RED-Tabara dans la province de Cibitoke, selon un porte-parole militaire.",
    [("LOC", "Burundi", [], ["Burundi"]),
     ("PERSON", "Évariste Ndayishimiye", ["Evariste Ndayishimiye"], ["Évariste Ndayishimiye", "Ndayishimiye"]),
     ("LOC", "Gitega", [], ["Gitega"]),
     ("PERSON", "Mahmoud Thabit Kombo", [], ["Mahmoud Thabit Kombo"]),
     ("LOC", "Great Lakes region", ["African Great Lakes", "Great Lakes"], ["Grands Lacs"]),
     ("ORG", "UNICEF", ["United Nations Children's Fund", "Unicef"], ["Unicef"]),
     ("LOC", "Bujumbura", [], ["Bujumbura"]),
     ("ORG", "National Defence Force (Burundi)", ["FDNB", "Burundi National Defence Force",
      "Force de défense nationale du Burundi"], ["Force de défense nationale du Burundi", "FDNB"]),
     ("ORG", "RED-Tabara", ["RED Tabara", "Resistance for the Rule of Law in Burundi"], ["RED-Tabara"]),
     ("LOC", "Cibitoke", ["Cibitoke Province"], ["Cibitoke"])],
    [("04", "a reçu", "Gitega", "2025-02-18"), ("07", "a livré", "Bujumbura", "2025-02-19"),
     ("19", "a affronté", "Cibitoke", "2025-02-17")])

write("blind3.jsonl")
