# Writes fresh.jsonl: a second set of articles written for Newsflow's tests, scored once before any rule was
# changed for them (see extraction/README.md). Run: python3 make_fresh.py
from gold import doc, write

doc("fr-ar-khartoum", "ar", "2025-04-22T10:00:00Z",
    "اشتباكات في أم درمان ومخاوف من موجة نزوح جديدة",
    "اندلعت اشتباكات عنيفة، أمس الإثنين، بين الجيش السوداني وقوات الدعم السريع في أحياء غرب أم درمان، وفق ما أفاد به شهود عيان.\n"
    "وقالت منظمة أطباء بلا حدود إن فرقها استقبلت عشرات الجرحى في مستشفى النو، محذرة من نقص حاد في الأدوية.\n"
    "من جهته، دعا المبعوث الأممي رمطان العمامرة الطرفين إلى هدنة إنسانية، فيما أعلنت الحكومة المصرية إرسال طائرتين محملتين بالمساعدات إلى مطار بورتسودان.\n"
    "ورفض المتحدث باسم قوات الدعم السريع الفاتح قرشي الاتهامات الموجهة إليهم باستهداف المدنيين.\n"
    "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة بشأن السودان يوم الخميس المقبل في نيويورك.",
    [("LOC", "Omdurman", [], ["أم درمان"]),
     ("ORG", "Sudanese Armed Forces", ["SAF", "Sudanese Army"], ["الجيش السوداني"]),
     ("ORG", "Rapid Support Forces", ["RSF"], ["قوات الدعم السريع"]),
     ("ORG", "Médecins Sans Frontières", ["MSF", "Doctors Without Borders"], ["أطباء بلا حدود"]),
     ("PERSON", "Ramtane Lamamra", ["Ramtane al-Amamra"], ["رمطان العمامرة"]),
     ("ORG", "Government of Egypt", ["Egyptian government", "Egyptian Government"], ["الحكومة المصرية"]),
     ("LOC", "Port Sudan", [], ["بورتسودان"]),
     ("PERSON", "Al-Fatih Qurashi", ["Alfatih Gurashi", "al-Fateh Qurashi"], ["الفاتح قرشي"]),
     ("ORG", "United Nations Security Council", ["UN Security Council", "Security Council", "UNSC"], ["مجلس الأمن الدولي"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "New York", ["New York City", "NYC"], ["نيويورك"])],
    [("19", "اشتباكات", "Omdurman", "2025-04-21"), ("07", "إرسال", "Port Sudan", None),
     ("12", "رفض", None, None), ("04", "جلسة طارئة", "New York", "2025-04-24")])

doc("fr-ar-rabat", "ar", "2025-10-08T08:00:00Z",
    "المغرب وموريتانيا يوقعان اتفاقية للربط الكهربائي",
    "وقّع المغرب وموريتانيا، اليوم الأربعاء في الرباط، اتفاقية للربط الكهربائي بين البلدين بتمويل من البنك الأفريقي للتنمية.\n"
    "ووقع الاتفاقية عن الجانب المغربي وزيرة الانتقال الطاقي ليلى بنعلي، وعن الجانب الموريتاني وزير الطاقة محمد ولد خالد.\n"
    "وأكدت بنعلي أن المشروع سيمكن من تصدير الكهرباء نحو دول غرب أفريقيا، بينما انتقد نواب من المعارضة في نواكشوط غياب الشفافية في بنود الاتفاق.\n"
    "وكانت الشرطة المغربية قد أوقفت الأسبوع الماضي في طنجة أربعة أشخاص يشتبه في تهريبهم معدات كهربائية.",
    [("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Mauritania", [], ["موريتانيا"]),
     ("LOC", "Rabat", [], ["الرباط"]),
     ("ORG", "African Development Bank", ["AfDB"], ["البنك الأفريقي للتنمية"]),
     ("PERSON", "Leila Benali", ["Leïla Benali"], ["ليلى بنعلي", "بنعلي"]),
     ("PERSON", "Mohamed Ould Khaled", ["Mohamed Ould Khalid"], ["محمد ولد خالد"]),
     ("LOC", "West Africa", [], ["غرب أفريقيا"]),
     ("LOC", "Nouakchott", [], ["نواكشوط"]),
     ("ORG", "Moroccan Police", ["Police (Morocco)", "DGSN", "Moroccan police"], ["الشرطة المغربية"]),
     ("LOC", "Tangier", ["Tanger", "Tangiers"], ["طنجة"])],
    [("05", "وقّع", "Rabat", "2025-10-08"), ("11", "انتقد", "Nouakchott", None), ("17", "أوقفت", "Tangier", None)])

doc("fr-en-dhaka", "en", "2025-12-02T07:00:00Z",
    "Bangladesh garment workers strike for higher wages, police arrest organisers",
    "DHAKA, Dec 2 – Tens of thousands of garment workers went on strike in Bangladesh on Monday, shutting more than 200 factories in the Gazipur industrial belt north of Dhaka, union leaders said.\n\n"
    "Police arrested 15 union organisers overnight, the Bangladesh Garment Workers Federation said, and its president Nasima Akter accused the government of trying to crush the movement.\n\n"
    "Commerce Minister Jahangir Kabir said the government would meet factory owners and unions in Dhaka on Thursday to discuss a new minimum wage.\n\n"
    "The International Labour Organization called for restraint, while the Swedish clothing retailer H&M said it was monitoring the situation.\n\n"
    "Workers also blocked the Dhaka-Chittagong highway near Narayanganj for several hours.",
    [("LOC", "Dhaka", ["Dacca"], ["DHAKA", "Dhaka"]),
     ("LOC", "Bangladesh", [], ["Bangladesh"]),
     ("LOC", "Gazipur", [], ["Gazipur"]),
     ("ORG", "Bangladesh Garment Workers Federation", [], ["Bangladesh Garment Workers Federation"]),
     ("PERSON", "Nasima Akter", [], ["Nasima Akter"]),
     ("PERSON", "Jahangir Kabir", [], ["Jahangir Kabir"]),
     ("ORG", "International Labour Organization", ["ILO", "International Labour Organisation", "International Labor Organization"], ["International Labour Organization"]),
     ("ORG", "H&M", ["Hennes & Mauritz"], ["H&M"]),
     ("LOC", "Chittagong", ["Chattogram"], ["Chittagong"]),
     ("LOC", "Narayanganj", [], ["Narayanganj"])],
    [("14", "went on strike", "Gazipur", "2025-12-01"), ("17", "arrested", None, None), ("11", "accused", None, None),
     ("04", "meet", "Dhaka", "2025-12-04"), ("14", "blocked", "Narayanganj", None)])

doc("fr-en-kyiv", "en", "2025-07-09T16:00:00Z",
    "Drone strike hits Odesa port as Ukraine and Poland sign grain deal",
    "KYIV, July 9 – Russian drones struck grain terminals in the port of Odesa overnight, killing two workers, Ukraine's military said on Wednesday.\n\n"
    "Hours later, Ukrainian Agriculture Minister Oksana Hrytsenko and her Polish counterpart Tomasz Wrobel signed an agreement in Warsaw to speed up grain transit to the Baltic port of Gdansk.\n\n"
    "Poland's Foreign Ministry condemned the attack on Odesa, and the European Union said it would provide 50 million euros to repair the damaged terminals.\n\n"
    "Russia's Defence Ministry said its forces had targeted military infrastructure. The Kremlin rejected calls for a ceasefire.",
    [("LOC", "Kyiv", ["Kiev"], ["KYIV"]),
     ("LOC", "Odesa", ["Odessa"], ["Odesa"]),
     ("LOC", "Ukraine", [], ["Ukraine"]),
     ("LOC", "Poland", [], ["Poland"]),
     ("PERSON", "Oksana Hrytsenko", [], ["Oksana Hrytsenko"]),
     ("PERSON", "Tomasz Wrobel", ["Tomasz Wróbel"], ["Tomasz Wrobel"]),
     ("LOC", "Warsaw", [], ["Warsaw"]),
     ("LOC", "Gdansk", ["Gdańsk"], ["Gdansk"]),
     ("ORG", "Ministry of Foreign Affairs (Poland)", ["Polish Foreign Ministry", "Poland's Foreign Ministry"], ["Poland's Foreign Ministry"]),
     ("ORG", "European Union", ["EU"], ["European Union"]),
     ("ORG", "Ministry of Defence (Russia)", ["Russian Defence Ministry", "Russia's Defence Ministry", "Russian Ministry of Defense"], ["Russia's Defence Ministry"]),
     ("LOC", "Russia", [], ["Russia"]),
     ("ORG", "Kremlin", ["The Kremlin"], ["Kremlin"])],
    [("19", "struck", "Odesa", "2025-07-08"), ("05", "signed", "Warsaw", "2025-07-09"), ("11", "condemned", None, None),
     ("03", "would provide", None, None), ("12", "rejected", None, None)])

doc("fr-fr-bamako", "fr", "2025-03-18T12:00:00Z",
    "Mali : l'armée annonce avoir repoussé une attaque près de Mopti",
    "L'armée malienne a affirmé lundi avoir repoussé une attaque de jihadistes contre un camp militaire près de Mopti, dans le centre du pays, tuant une dizaine d'assaillants.\n\n"
    "Le porte-parole de l'armée, le colonel Souleymane Dembélé, a précisé que les combats avaient duré plusieurs heures. Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM) n'a pas revendiqué l'attaque.\n\n"
    "À Bamako, le Premier ministre Abdoulaye Maïga a reçu mardi l'ambassadeur de Russie pour évoquer la coopération militaire.\n\n"
    "La Cédéao a condamné les violences et appelé au dialogue, tandis que l'Algérie a proposé d'accueillir de nouvelles négociations à Alger.",
    [("LOC", "Mali", ["Republic of Mali"], ["Mali"]),
     ("ORG", "Malian Armed Forces", ["FAMa", "Malian Army", "Armed Forces of Mali"], ["armée malienne"]),
     ("LOC", "Mopti", [], ["Mopti"]),
     ("PERSON", "Souleymane Dembélé", ["Souleymane Dembele"], ["Souleymane Dembélé"]),
     ("ORG", "Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM", "Group for the Support of Islam and Muslims"], ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
     ("LOC", "Bamako", [], ["Bamako"]),
     ("PERSON", "Abdoulaye Maïga", ["Abdoulaye Maiga"], ["Abdoulaye Maïga"]),
     ("LOC", "Russia", [], ["Russie"]),
     ("ORG", "ECOWAS", ["Economic Community of West African States", "CEDEAO", "Cédéao"], ["Cédéao"]),
     ("LOC", "Algeria", [], ["Algérie"]),
     ("LOC", "Algiers", ["Alger"], ["Alger"])],
    [("19", "repoussé une attaque", "Mopti", "2025-03-17"), ("04", "a reçu", "Bamako", "2025-03-18"),
     ("11", "a condamné", None, None), ("03", "a proposé", "Algiers", None)])

doc("fr-fr-geneve", "fr", "2025-05-27T09:00:00Z",
    "Genève : reprise des pourparlers sur Chypre sous l'égide de l'ONU",
    "Les dirigeants chypriotes grec et turc se sont retrouvés lundi à Genève pour une nouvelle session de pourparlers sous l'égide des Nations unies, a annoncé le porte-parole de l'ONU, Stéphane Dujarric.\n\n"
    "Le secrétaire général Antonio Guterres a salué « un climat constructif » et a annoncé une prochaine rencontre à New York en juillet.\n\n"
    "La Turquie a toutefois rejeté toute solution fédérale, tandis que la Grèce a exigé le retrait des troupes turques du nord de l'île.\n\n"
    "À Nicosie, plusieurs centaines de personnes ont manifesté samedi pour réclamer la réouverture des points de passage.",
    [("LOC", "Geneva", ["Genève"], ["Genève"]),
     ("LOC", "Cyprus", [], ["Chypre"]),
     ("ORG", "United Nations", ["UN", "ONU", "Nations unies"], ["Nations unies", "ONU"]),
     ("PERSON", "Stéphane Dujarric", ["Stephane Dujarric"], ["Stéphane Dujarric"]),
     ("PERSON", "António Guterres", ["Antonio Guterres", "Guterres"], ["Antonio Guterres"]),
     ("LOC", "New York", ["New York City"], ["New York"]),
     ("LOC", "Turkey", ["Türkiye"], ["Turquie"]),
     ("LOC", "Greece", [], ["Grèce"]),
     ("LOC", "Nicosia", ["Nicosie", "Lefkosia"], ["Nicosie"])],
    [("04", "pourparlers", "Geneva", "2025-05-26"), ("05", "a salué", None, None), ("12", "a rejeté", None, None),
     ("10", "a exigé", None, None), ("14", "ont manifesté", "Nicosia", "2025-05-24"),
     ("04", "rencontre", "New York", None)])

write("fresh.jsonl")
