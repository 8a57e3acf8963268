# Writes articles.jsonl: articles written for Newsflow's tests (fictional people, real places), with gold
# annotations in the format of shared/eval/GUIDELINES.md. Run: python3 make.py
from gold import doc, write

doc("ho-ar-amman", "ar", "2025-06-17T09:00:00Z",
    "وزير الخارجية الأردني يستقبل نظيره اللبناني في عمّان لبحث ملف اللاجئين",
    "استقبل وزير الخارجية الأردني سامر الخطيب، اليوم الثلاثاء، نظيره اللبناني نبيل حداد في عمّان، حيث بحث الجانبان أوضاع اللاجئين السوريين والتعاون في ضبط الحدود.\n"
    "وقال الخطيب في مؤتمر صحفي مشترك إن الأردن يستضيف أكثر من مليون لاجئ، داعياً المجتمع الدولي إلى زيادة الدعم، فيما أعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أنها سترسل قافلة مساعدات إلى مدينة الزرقاء الأحد المقبل.\n"
    "من جهته، أدان حداد الغارات الإسرائيلية التي استهدفت أمس بلدات في جنوب لبنان، واتهم الحكومة الإسرائيلية بتقويض جهود التهدئة.\n"
    "وفي بيروت، تظاهر مئات الطلاب أمام مقر البرلمان اللبناني احتجاجاً على ارتفاع الرسوم الجامعية.\n"
    "ومن المقرر أن يلتقي الوزيران مجدداً في 2 تموز المقبل في دمشق على هامش اجتماع وزاري عربي.",
    [("LOC", "Jordan", ["Hashemite Kingdom of Jordan"], ["الأردن"]),
     ("PERSON", "Samer al-Khatib", ["Samer Al-Khatib", "Samer Khatib", "Samer al-Khateeb"], ["سامر الخطيب", "الخطيب"]),
     ("PERSON", "Nabil Haddad", ["Nabil Hadad"], ["نبيل حداد", "حداد"]),
     ("LOC", "Amman", [], ["عمّان"]),
     ("ORG", "UNHCR", ["United Nations High Commissioner for Refugees", "UN refugee agency"], ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]),
     ("LOC", "Zarqa", ["Az-Zarqa", "Al-Zarqa"], ["الزرقاء"]),
     ("ORG", "Government of Israel", ["Israeli government", "Israeli Government"], ["الحكومة الإسرائيلية"]),
     ("LOC", "Lebanon", ["Lebanese Republic"], ["لبنان"]),
     ("LOC", "Beirut", [], ["بيروت"]),
     ("ORG", "Parliament of Lebanon", ["Lebanese Parliament", "Lebanese parliament"], ["البرلمان اللبناني"]),
     ("LOC", "Damascus", [], ["دمشق"])],
    [("04", "استقبل", "Amman", "2025-06-17"), ("03", "سترسل", "Zarqa", "2025-06-22"),
     ("11", "أدان", None, "2025-06-17"), ("11", "اتهم", None, None), ("19", "الغارات", "Lebanon", "2025-06-16"),
     ("14", "تظاهر", "Beirut", None), ("04", "يلتقي", "Damascus", "2025-07-02")])

doc("ho-ar-sfax", "ar", "2025-09-12T07:30:00Z",
    "توقيف عشرين مهاجراً وشبكة تهريب في صفاقس",
    "أعلنت وزارة الداخلية التونسية، أمس الخميس، توقيف عشرين مهاجراً غير نظامي وثلاثة مهربين في ولاية صفاقس، بعد عملية أمنية قرب ميناء المدينة.\n"
    "وقال المتحدث باسم الحرس الوطني العقيد منير العياري إن الوحدات البحرية أحبطت أربع محاولات للإبحار نحو جزيرة لامبيدوزا الإيطالية خلال الأسبوع.\n"
    "وطالبت منظمات حقوقية السلطات التونسية بالكشف عن ظروف احتجاز المهاجرين، فيما انتقد الاتحاد العام التونسي للشغل ما وصفه بحملة التضييق على العمال الأجانب.\n"
    "ويزور وفد من المفوضية الأوروبية تونس العاصمة يوم الإثنين المقبل لبحث تمويل برامج مراقبة الحدود، بحسب وكالة تونس أفريقيا للأنباء.",
    [("ORG", "Ministry of Interior (Tunisia)", ["Tunisian Ministry of Interior", "Tunisian Interior Ministry", "Ministry of the Interior (Tunisia)"], ["وزارة الداخلية التونسية"]),
     ("LOC", "Sfax", ["Sfax Governorate"], ["صفاقس", "ولاية صفاقس"]),
     ("ORG", "National Guard (Tunisia)", ["Tunisian National Guard", "National Guard"], ["الحرس الوطني"]),
     ("PERSON", "Mounir al-Ayari", ["Mounir Ayari", "Mounir Al-Ayari", "Mounir el-Ayari"], ["منير العياري"]),
     ("LOC", "Lampedusa", [], ["لامبيدوزا", "جزيرة لامبيدوزا"]),
     ("ORG", "Tunisian General Labour Union", ["UGTT", "Tunisian General Union of Labour"], ["الاتحاد العام التونسي للشغل"]),
     ("ORG", "European Commission", ["EC"], ["المفوضية الأوروبية"]),
     ("LOC", "Tunis", [], ["تونس العاصمة", "تونس"]),
     ("ORG", "Tunis Afrique Presse", ["TAP"], ["وكالة تونس أفريقيا للأنباء"])],
    [("17", "توقيف", "Sfax", "2025-09-11"), ("10", "طالبت", None, None), ("11", "انتقد", None, None),
     ("04", "يزور", "Tunis", "2025-09-15")])

doc("ho-en-manila", "en", "2025-03-05T10:00:00Z",
    "Philippines accuses China of ramming supply boat near Second Thomas Shoal",
    "MANILA, March 5 – The Philippines on Wednesday accused China's coast guard of ramming a supply boat near Second Thomas Shoal in the South China Sea, injuring four sailors, and summoned the Chinese ambassador in protest.\n\n"
    "Philippine Foreign Secretary Ramon Villanueva said Beijing's actions were \"dangerous and unlawful\" and demanded that Chinese vessels leave the area immediately.\n\n"
    "China's Foreign Ministry rejected the accusation, saying the Philippine boat had entered Chinese waters without permission. Ministry spokeswoman Liu Fang told reporters in Beijing that China would take \"all necessary measures\" to defend its sovereignty.\n\n"
    "The United States condemned the incident and said it would hold joint naval exercises with the Philippines next month. Defence officials from Japan, Australia and the Philippines will meet in Tokyo on Friday.\n\n"
    "On Tuesday, fishermen in the coastal town of Masinloc staged a protest against Chinese patrols.",
    [("LOC", "Manila", [], ["MANILA"]),
     ("LOC", "Philippines", ["Republic of the Philippines"], ["Philippines"]),
     ("ORG", "China Coast Guard", ["Chinese coast guard", "CCG"], ["China's coast guard"]),
     ("LOC", "China", ["People's Republic of China", "PRC"], ["China"]),
     ("LOC", "Second Thomas Shoal", ["Ayungin Shoal", "Ren'ai Reef"], ["Second Thomas Shoal"]),
     ("LOC", "South China Sea", [], ["South China Sea"]),
     ("PERSON", "Ramon Villanueva", [], ["Ramon Villanueva"]),
     ("LOC", "Beijing", ["Peking"], ["Beijing"]),
     ("ORG", "Ministry of Foreign Affairs (China)", ["Chinese Foreign Ministry", "China's Foreign Ministry", "Foreign Ministry of China"], ["China's Foreign Ministry"]),
     ("PERSON", "Liu Fang", [], ["Liu Fang"]),
     ("LOC", "United States", ["US", "U.S.", "USA", "United States of America"], ["United States"]),
     ("LOC", "Japan", [], ["Japan"]),
     ("LOC", "Australia", [], ["Australia"]),
     ("LOC", "Tokyo", [], ["Tokyo"]),
     ("LOC", "Masinloc", [], ["Masinloc"])],
    [("11", "accused", "Second Thomas Shoal", "2025-03-05"), ("16", "summoned", None, "2025-03-05"),
     ("10", "demanded", None, None), ("12", "rejected", "Beijing", None), ("13", "would take", None, None),
     ("11", "condemned", None, None), ("03", "would hold joint naval exercises", None, None),
     ("04", "meet", "Tokyo", "2025-03-07"), ("14", "protest", "Masinloc", "2025-03-04")])

doc("ho-en-bogota", "en", "2025-08-20T13:00:00Z",
    "Colombian police detain 30 as truckers' strike blocks roads around Bogota",
    "BOGOTA, Aug 20 – Colombian police detained 30 people on Wednesday as striking truck drivers blocked highways around Bogota for a third day, Interior Minister Lucia Moreno said.\n\n"
    "Moreno told a news conference that the government had offered to freeze diesel prices until December and invited the truckers' association Fedetranscarga to talks in Medellin next Tuesday.\n\n"
    "Fedetranscarga president Andres Quintero rejected the offer as insufficient and threatened to extend the blockade to the port of Buenaventura.\n\n"
    "The National Federation of Coffee Growers warned that exports could fall sharply, while the Inter-American Development Bank approved a $300 million loan to Colombia for road repairs.\n\n"
    "On Monday, riot police fired tear gas at protesters in the city of Cali.",
    [("LOC", "Bogota", ["Bogotá"], ["BOGOTA", "Bogota"]),
     ("PERSON", "Lucia Moreno", ["Lucía Moreno"], ["Lucia Moreno", "Moreno"]),
     ("ORG", "Fedetranscarga", [], ["Fedetranscarga"]),
     ("LOC", "Medellin", ["Medellín"], ["Medellin"]),
     ("PERSON", "Andres Quintero", ["Andrés Quintero"], ["Andres Quintero"]),
     ("LOC", "Buenaventura", [], ["Buenaventura"]),
     ("ORG", "National Federation of Coffee Growers", ["Federación Nacional de Cafeteros", "FNC"], ["National Federation of Coffee Growers"]),
     ("ORG", "Inter-American Development Bank", ["IDB", "IADB"], ["Inter-American Development Bank"]),
     ("LOC", "Colombia", ["Republic of Colombia"], ["Colombia"]),
     ("LOC", "Cali", [], ["Cali"])],
    [("17", "detained", "Bogota", "2025-08-20"), ("14", "striking", "Bogota", None),
     ("03", "offered", None, None), ("12", "rejected", None, None),
     ("13", "threatened", "Buenaventura", None), ("07", "approved a $300 million loan", None, None),
     ("17", "fired tear gas", "Cali", "2025-08-18"), ("14", "protesters", "Cali", "2025-08-18")])

doc("ho-fr-abidjan", "fr", "2025-11-06T08:15:00Z",
    "Cacao : la Côte d'Ivoire et le Ghana se réunissent à Abidjan",
    "Les ministres de l'Agriculture de la Côte d'Ivoire et du Ghana se sont réunis mercredi à Abidjan pour harmoniser le prix du cacao, a indiqué le ministère ivoirien de l'Agriculture.\n\n"
    "Le ministre ivoirien, Koffi N'Guessan, et son homologue ghanéen, Kwame Asante, ont signé une déclaration commune sur la traçabilité des fèves. « Nous devons parler d'une seule voix face aux acheteurs », a déclaré M. N'Guessan.\n\n"
    "La Banque mondiale a annoncé l'octroi d'un prêt de 200 millions de dollars pour moderniser les coopératives, tandis que l'Union européenne a salué l'accord.\n\n"
    "À Bouaké, des planteurs qui manifestent depuis lundi contre la baisse des prix ont bloqué la route nationale. La police a interpellé douze personnes.\n\n"
    "Les deux pays se retrouveront jeudi prochain à Accra.",
    [("LOC", "Côte d'Ivoire", ["Ivory Coast", "Cote d'Ivoire"], ["Côte d'Ivoire"]),
     ("LOC", "Ghana", ["Republic of Ghana"], ["Ghana"]),
     ("LOC", "Abidjan", [], ["Abidjan"]),
     ("ORG", "Ministry of Agriculture (Ivory Coast)", ["Ministry of Agriculture (Côte d'Ivoire)", "Ivorian Ministry of Agriculture", "Ivorian Agriculture Ministry"], ["ministère ivoirien de l'Agriculture"]),
     ("PERSON", "Koffi N'Guessan", ["Koffi NGuessan"], ["Koffi N'Guessan", "N'Guessan"]),
     ("PERSON", "Kwame Asante", [], ["Kwame Asante"]),
     ("ORG", "World Bank", ["Banque mondiale"], ["Banque mondiale"]),
     ("ORG", "European Union", ["EU", "Union européenne"], ["Union européenne"]),
     ("LOC", "Bouaké", ["Bouake"], ["Bouaké"]),
     ("LOC", "Accra", [], ["Accra"])],
    [("04", "réunis", "Abidjan", "2025-11-05"), ("05", "ont signé", None, None), ("07", "prêt", None, None),
     ("05", "a salué", None, None), ("14", "manifestent", "Bouaké", "2025-11-03"), ("17", "interpellé", "Bouaké", None),
     ("04", "se retrouveront", "Accra", "2025-11-13")])

doc("ho-fr-anvers", "fr", "2025-02-14T11:00:00Z",
    "Belgique : vaste coup de filet antidrogue au port d'Anvers",
    "La police fédérale belge a arrêté jeudi quinze personnes lors d'une série de perquisitions à Anvers et à Bruxelles, dans le cadre d'une enquête sur l'importation de cocaïne depuis l'Équateur, a annoncé le parquet fédéral.\n\n"
    "Selon le porte-parole du parquet, Thomas Verhaegen, plus de trois tonnes de drogue ont été saisies dans des conteneurs en provenance de Guayaquil. L'opération a été menée avec le soutien d'Europol et de la police néerlandaise.\n\n"
    "Le ministre belge de la Justice, Pieter De Smet, a salué « un coup dur porté aux réseaux criminels » et a exigé davantage de moyens pour les douanes.\n\n"
    "Le maire d'Anvers, Sofie Claes, a critiqué le manque de contrôles portuaires. Les suspects seront présentés lundi à un juge d'instruction à Bruxelles.",
    [("LOC", "Belgium", ["Kingdom of Belgium"], ["Belgique"]),
     ("ORG", "Belgian Federal Police", ["Federal Police (Belgium)", "Police fédérale"], ["police fédérale belge"]),
     ("LOC", "Antwerp", ["Anvers", "Antwerpen"], ["Anvers"]),
     ("LOC", "Brussels", ["Bruxelles", "Brussel"], ["Bruxelles"]),
     ("LOC", "Ecuador", ["Republic of Ecuador"], ["Équateur"]),
     ("ORG", "Federal Prosecutor's Office (Belgium)", ["Belgian Federal Prosecutor's Office", "Parquet fédéral", "Federal Prosecutor's Office"], ["parquet fédéral"]),
     ("PERSON", "Thomas Verhaegen", [], ["Thomas Verhaegen"]),
     ("LOC", "Guayaquil", [], ["Guayaquil"]),
     ("ORG", "Europol", [], ["Europol"]),
     ("PERSON", "Pieter De Smet", [], ["Pieter De Smet"]),
     ("PERSON", "Sofie Claes", [], ["Sofie Claes"])],
    [("17", "arrêté", "Antwerp", "2025-02-13"), ("05", "a salué", None, None), ("10", "a exigé", None, None),
     ("11", "a critiqué", None, None)])

write("articles.jsonl")
