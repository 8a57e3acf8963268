# Writes blind.jsonl: 6 more articles (2 ar, 2 en, 2 fr) written for Newsflow's tests on 2026-11-29 AFTER the rules
# were changed for unseen.jsonl, and annotated before the extractor ever ran on them: a second, small blind check
# of whether those changes generalise. Gold not edited to match output. Apache-2.0. Run: python3 make_blind.py
from gold import doc, write

doc("bl-ar-01-manama", "ar", "2025-11-04T09:00:00Z",
    "وزير الخارجية البحريني يستقبل نظيره الكويتي في المنامة",
    "استقبل وزير الخارجية البحريني عبد اللطيف الزياني، أمس الإثنين، نظيره الكويتي عبد الله اليحيا في المنامة، وبحث الجانبان التحضيرات للقمة الخليجية المقبلة.\n"
    "وقالت وكالة أنباء البحرين إن الوزيرين وقعا مذكرة تفاهم لإنشاء لجنة تنسيق مشتركة، بحضور الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي.\n"
    "وفي سياق آخر، أعلنت وزارة الداخلية البحرينية القبض على ثلاثة أشخاص في مدينة المحرق بتهمة تهريب المخدرات.\n"
    "ومن المقرر أن يزور اليحيا مسقط الأربعاء المقبل للقاء المسؤولين في سلطنة عمان.",
    [("PERSON", "Abdullatif bin Rashid Al Zayani", ["Abdullatif Al Zayani", "Abdullatif al-Zayani", "Abdul Latif al-Zayani",
      "Abdulatif Al-Zayani"], ["عبد اللطيف الزياني"]),
     ("PERSON", "Abdullah Al-Yahya", ["Abdullah al-Yahya", "Abdullah Ali Al-Yahya", "Abdullah Al Yahya"],
      ["عبد الله اليحيا", "اليحيا"]),
     ("LOC", "Manama", [], ["المنامة"]),
     ("ORG", "Bahrain News Agency", ["BNA"], ["وكالة أنباء البحرين"]),
     ("ORG", "Gulf Cooperation Council", ["GCC", "Cooperation Council for the Arab States of the Gulf"],
      ["مجلس التعاون لدول الخليج العربية"]),
     ("PERSON", "Jasem Albudaiwi", ["Jasem Mohamed Albudaiwi", "Jassim al-Budaiwi", "Jasem Al-Budaiwi", "Jassim Albudaiwi"],
      ["جاسم البديوي"]),
     ("ORG", "Ministry of Interior (Bahrain)", ["Bahraini Ministry of Interior", "Bahraini Interior Ministry",
      "Ministry of the Interior (Bahrain)"], ["وزارة الداخلية البحرينية"]),
     ("LOC", "Muharraq", ["Al Muharraq", "Al-Muharraq"], ["المحرق"]),
     ("LOC", "Muscat", [], ["مسقط"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان", "عمان"])],
    [("04", "استقبل", "Manama", "2025-11-03"), ("05", "وقعا", "Manama", "2025-11-03"),
     ("17", "القبض", "Muharraq", None), ("04", "يزور", "Muscat", "2025-11-05")])

doc("bl-ar-02-deir-ezzor", "ar", "2025-09-16T10:00:00Z",
    "اشتباكات في ريف دير الزور واعتقالات في حمص",
    "اندلعت اشتباكات عنيفة، فجر اليوم الثلاثاء، بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان بريف دير الزور الشرقي، ما أسفر عن مقتل خمسة أشخاص.\n"
    "وقال المرصد السوري لحقوق الإنسان إن التعزيزات العسكرية وصلت إلى المنطقة من مدينة الحسكة.\n"
    "وفي حمص، أعلنت وزارة الداخلية السورية اعتقال خلية متهمة بتنفيذ هجمات على حواجز الأمن العام، فيما دان محافظ حمص عبد الرحمن الأعمى الهجمات.\n"
    "ودعا المبعوث الأممي إلى سوريا جميع الأطراف إلى وقف التصعيد.",
    [("LOC", "Deir ez-Zor", ["Deir ez-Zor Governorate", "Deir al-Zor", "Deir Ezzor", "Deir el-Zor"],
      ["دير الزور"]),
     ("LOC", "Homs", [], ["حمص"]),
     ("ORG", "Syrian Democratic Forces", ["SDF"], ["قوات سوريا الديمقراطية"]),
     ("LOC", "Dhiban", ["Thiban", "Diban"], ["ذيبان"]),
     ("ORG", "Syrian Observatory for Human Rights", ["SOHR"], ["المرصد السوري لحقوق الإنسان"]),
     ("LOC", "Al-Hasakah", ["Hasakah", "Hasaka", "Al-Hasakah Governorate", "Al Hasakah"], ["الحسكة"]),
     ("ORG", "Ministry of Interior (Syria)", ["Syrian Ministry of Interior", "Syrian Interior Ministry"],
      ["وزارة الداخلية السورية"]),
     ("ORG", "General Security (Syria)", ["General Security Service", "Public Security", "General Security"],
      ["الأمن العام"]),
     ("PERSON", "Abdul Rahman al-Aama", ["Abdulrahman al-Aama", "Abdel Rahman al-Aama", "Abdulrahman Al-Aama"],
      ["عبد الرحمن الأعمى"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"])],
    [("19", "اشتباكات", "Dhiban", "2025-09-16"), ("17", "اعتقال", "Homs", None), ("11", "دان", None, None)])

doc("bl-en-01-torkham", "en", "2025-10-13T08:00:00Z",
    "Pakistan and Afghanistan trade fire at Torkham border crossing",
    "ISLAMABAD, Oct 13 - Pakistani and Afghan forces exchanged heavy fire at the Torkham border crossing on Sunday night, killing at least four soldiers, officials on both sides said.\n"
    "Pakistan's military said Taliban fighters had attacked its posts in the Khyber district without provocation. Zabihullah Mujahid, the chief spokesman of the Taliban administration in Kabul, accused Islamabad of violating Afghan territory.\n"
    "Qatar and Saudi Arabia called for restraint. Pakistani Foreign Minister Ishaq Dar will travel to Doha on Wednesday for talks with Qatari mediators.\n"
    "Trucks carrying fruit and medicine were stranded in Peshawar as the crossing remained closed.",
    [("LOC", "Islamabad", [], ["ISLAMABAD", "Islamabad"]),
     ("LOC", "Pakistan", ["Islamic Republic of Pakistan"], ["Pakistan"]),
     ("LOC", "Afghanistan", ["Islamic Emirate of Afghanistan"], ["Afghanistan"]),
     ("LOC", "Torkham", ["Torkham border crossing", "Torkham crossing"], ["Torkham", "Torkham border crossing"]),
     ("ORG", "Pakistan Armed Forces", ["Pakistani military", "Pakistan Army", "Pakistani army"], ["military"]),
     ("ORG", "Taliban", ["Afghan Taliban", "Islamic Emirate of Afghanistan"], ["Taliban"]),
     ("LOC", "Khyber District", ["Khyber", "Khyber district"], ["Khyber"]),
     ("PERSON", "Zabihullah Mujahid", [], ["Zabihullah Mujahid"]),
     ("LOC", "Kabul", [], ["Kabul"]),
     ("LOC", "Qatar", ["State of Qatar"], ["Qatar"]),
     ("LOC", "Saudi Arabia", ["Kingdom of Saudi Arabia"], ["Saudi Arabia"]),
     ("PERSON", "Ishaq Dar", ["Mohammad Ishaq Dar"], ["Ishaq Dar"]),
     ("LOC", "Doha", [], ["Doha"]),
     ("LOC", "Peshawar", [], ["Peshawar"])],
    [("19", "exchanged heavy fire", "Torkham", "2025-10-12"), ("19", "attacked", "Khyber District", None),
     ("11", "accused", None, None), ("04", "talks", "Doha", "2025-10-15")])

doc("bl-en-02-indigo-airbus", "en", "2025-06-18T09:00:00Z",
    "IndiGo firms up order for 30 Airbus widebodies at Paris Air Show",
    "LE BOURGET, June 18 - India's largest airline IndiGo signed a firm order on Tuesday for 30 Airbus A350 jets, the carrier said, as it expands long-haul flights to Europe and North America.\n"
    "IndiGo chief executive Pieter Elbers signed the deal with Airbus chief commercial officer Benoit de Saint-Exupery at the show outside Paris.\n"
    "India's Civil Aviation Minister Ram Mohan Naidu welcomed the order and said the government would expand airports in Bengaluru and Hyderabad.\n"
    "Separately, pilots at SpiceJet staged a one-day strike in Mumbai on Monday over unpaid salaries.",
    [("LOC", "Le Bourget", [], ["LE BOURGET"]),
     ("LOC", "India", ["Republic of India"], ["India"]),
     ("ORG", "IndiGo", ["InterGlobe Aviation"], ["IndiGo"]),
     ("ORG", "Airbus", ["Airbus SE"], ["Airbus"]),
     ("LOC", "Europe", [], ["Europe"]),
     ("LOC", "North America", [], ["North America"]),
     ("PERSON", "Pieter Elbers", [], ["Pieter Elbers"]),
     ("PERSON", "Benoît de Saint-Exupéry", ["Benoit de Saint-Exupery"], ["Benoit de Saint-Exupery"]),
     ("LOC", "Paris", [], ["Paris"]),
     ("PERSON", "Ram Mohan Naidu", ["Kinjarapu Ram Mohan Naidu", "K. Ram Mohan Naidu"], ["Ram Mohan Naidu"]),
     ("LOC", "Bengaluru", ["Bangalore"], ["Bengaluru"]),
     ("LOC", "Hyderabad", [], ["Hyderabad"]),
     ("ORG", "SpiceJet", [], ["SpiceJet"]),
     ("LOC", "Mumbai", ["Bombay"], ["Mumbai"])],
    [("05", "signed", "Le Bourget", "2025-06-17"), ("05", "welcomed", None, None), ("14", "strike", "Mumbai", "2025-06-16")])

doc("bl-fr-01-ouagadougou", "fr", "2025-05-20T09:00:00Z",
    "Burkina Faso : attaque contre un détachement militaire près de Djibo",
    "OUAGADOUGOU – Des hommes armés ont attaqué dimanche un détachement de l'armée burkinabè à Djibo, dans la province du Soum, tuant une vingtaine de soldats, selon des sources sécuritaires.\n"
    "L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM), lié à Al-Qaïda. Le gouvernement de transition du capitaine Ibrahim Traoré a dénoncé une « attaque lâche ».\n"
    "Le ministre de la Défense, Célestin Simporé, s'est rendu lundi à Kaya pour rencontrer les commandants de la région du Centre-Nord.\n"
    "Le Mali et le Niger, partenaires de l'Alliance des États du Sahel (AES), ont exprimé leur solidarité.",
    [("LOC", "Burkina Faso", [], ["Burkina Faso"]),
     ("LOC", "Ouagadougou", [], ["OUAGADOUGOU"]),
     ("LOC", "Djibo", [], ["Djibo"]),
     ("ORG", "Armed Forces of Burkina Faso", ["Burkinabe army", "Burkinabè army", "Burkina Faso Armed Forces"],
      ["armée burkinabè"]),
     ("LOC", "Soum Province", ["Soum", "Soum province"], ["Soum"]),
     ("ORG", "Jama'at Nasr al-Islam wal Muslimin", ["JNIM", "GSIM", "Groupe de soutien à l'islam et aux musulmans",
      "Group for the Support of Islam and Muslims"], ["Groupe de soutien à l'islam et aux musulmans", "GSIM"]),
     ("ORG", "Al-Qaeda", ["al-Qaida", "Al-Qaïda", "Al Qaeda"], ["Al-Qaïda"]),
     ("ORG", "Government of Burkina Faso", ["transitional government", "Burkinabe government"],
      ["gouvernement de transition"]),
     ("PERSON", "Ibrahim Traoré", ["Ibrahim Traore"], ["Ibrahim Traoré"]),
     ("PERSON", "Célestin Simporé", ["Celestin Simpore"], ["Célestin Simporé"]),
     ("LOC", "Kaya", [], ["Kaya"]),
     ("LOC", "Centre-Nord Region", ["Centre-Nord", "Centre-North Region"], ["Centre-Nord"]),
     ("LOC", "Mali", ["Republic of Mali"], ["Mali"]),
     ("LOC", "Niger", ["Republic of Niger"], ["Niger"]),
     ("ORG", "Alliance of Sahel States", ["AES", "Alliance des États du Sahel", "Confederation of Sahel States"],
      ["Alliance des États du Sahel", "AES"])],
    [("19", "ont attaqué", "Djibo", "2025-05-18"), ("11", "a dénoncé", None, None), ("04", "rencontrer", "Kaya", "2025-05-19")])

doc("bl-fr-02-libreville", "fr", "2025-08-07T10:00:00Z",
    "Gabon : Libreville et Pékin signent un accord sur le port d'Owendo",
    "LIBREVILLE – Le Gabon et la Chine ont signé mercredi à Libreville un accord de financement pour l'extension du port d'Owendo, en présence du président Brice Clotaire Oligui Nguema.\n"
    "L'accord a été paraphé par le ministre gabonais de l'Économie, Mays Mouissi, et l'ambassadeur de Chine au Gabon. La Banque de développement des États de l'Afrique centrale (BDEAC) apportera une garantie.\n"
    "À Port-Gentil, les employés de la Société gabonaise de raffinage (Sogara) ont entamé lundi une grève pour réclamer des primes.\n"
    "Le président doit se rendre le 15 août à Yaoundé pour un sommet de la Communauté économique et monétaire de l'Afrique centrale (CEMAC).",
    [("LOC", "Gabon", ["Gabonese Republic"], ["Gabon"]),
     ("LOC", "Libreville", [], ["LIBREVILLE", "Libreville"]),
     ("LOC", "Beijing", ["Pékin"], ["Pékin"]),
     ("LOC", "Owendo", ["Port of Owendo", "Owendo port"], ["Owendo"]),
     ("LOC", "China", ["People's Republic of China"], ["Chine"]),
     ("PERSON", "Brice Clotaire Oligui Nguema", ["Brice Oligui Nguema", "Oligui Nguema"], ["Brice Clotaire Oligui Nguema"]),
     ("PERSON", "Mays Mouissi", [], ["Mays Mouissi"]),
     ("ORG", "Development Bank of Central African States", ["BDEAC",
      "Banque de développement des États de l'Afrique centrale"],
      ["Banque de développement des États de l'Afrique centrale", "BDEAC"]),
     ("LOC", "Port-Gentil", ["Port Gentil"], ["Port-Gentil"]),
     ("ORG", "Sogara", ["Société gabonaise de raffinage", "Gabonese Refining Company"],
      ["Société gabonaise de raffinage", "Sogara"]),
     ("LOC", "Yaoundé", ["Yaounde"], ["Yaoundé"]),
     ("ORG", "CEMAC", ["Central African Economic and Monetary Community",
      "Communauté économique et monétaire de l'Afrique centrale"],
      ["Communauté économique et monétaire de l'Afrique centrale", "CEMAC"])],
    [("05", "ont signé", "Libreville", "2025-08-06"), ("14", "grève", "Port-Gentil", "2025-08-04"),
     ("04", "sommet", "Yaoundé", "2025-08-15")])

write("blind.jsonl")
