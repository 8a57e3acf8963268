# Writes blind6.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 before the sixth
# round of work on linking, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them.
# Countries, people, bodies and places are none of those named in dev.jsonl, articles.jsonl, fresh.jsonl,
# unseen.jsonl or blind.jsonl to blind5.jsonl, as gold names, aliases, mentions or in their texts (checked with a
# script). Regions: Iraqi Kurdistan (Erbil, Duhok, Sulaymaniyah, Zakho), eastern Libya (Benghazi, Tobruk), Central
# America (El Salvador, Costa Rica), Central Asia and Eastern Europe (Turkmenistan, Belarus), the Baltic (Sweden,
# Latvia), the Pacific (New Zealand, Papua New Guinea, French Polynesia, Vanuatu), South America and the Caribbean
# (Guyana, the Dominican Republic), South-East Asia (Singapore, Timor-Leste), the Indian Ocean (Mayotte, Reunion),
# the Atlantic (Cabo Verde) and Corsica. Real public figures in their public roles; other details fictional. Gold not
# edited to match output. Apache-2.0.
# Run: python3 make_blind6.py
from gold import doc, write

doc("b6-ar-01-erbil", "ar", "2025-09-16T08:00:00Z",
    "رئيس حكومة إقليم كردستان يبحث في أربيل خطة لزيادة إنتاج الكهرباء",
    "بحث رئيس حكومة إقليم كردستان مسرور بارزاني، أمس الاثنين في أربيل، مع رئيس مجلس إدارة مجموعة كار باز كريم برزنجي خطة لزيادة إنتاج الكهرباء.\n"
    "وقال بارزاني إن الإقليم يحتاج إلى محطة جديدة قرب مدينة دهوك.\n"
    "وفي السليمانية، تظاهر مئات المعلمين أمس أمام مبنى المحافظة للمطالبة بصرف رواتبهم المتأخرة.\n"
    "ومن المقرر أن يزور بارزاني مدينة زاخو الخميس المقبل لافتتاح معبر تجاري جديد.",
    [("ORG", "Kurdistan Regional Government",
      ["KRG", "Kurdistan Region Government", "Government of the Kurdistan Region"], ["حكومة إقليم كردستان"]),
     ("PERSON", "Masrour Barzani", [], ["مسرور بارزاني", "بارزاني"]),
     ("LOC", "Erbil", ["Arbil", "Hawler", "Irbil"], ["أربيل"]),
     ("ORG", "KAR Group", ["KAR"], ["مجموعة كار"]),
     ("PERSON", "Baz Karim Barzanji", ["Baz Karim", "Baz Karim Barzinji"], ["باز كريم برزنجي"]),
     ("LOC", "Duhok", ["Dohuk", "Dahuk", "Dihok"], ["دهوك"]),
     ("LOC", "Sulaymaniyah", ["Sulaimaniyah", "Slemani", "As Sulaymaniyah", "Sulaimani", "Sulaymaniyya"],
      ["السليمانية"]),
     ("LOC", "Zakho", ["Zaxo"], ["زاخو"])],
    [("04", "بحث", "Erbil", "2025-09-15"), ("14", "تظاهر", "Sulaymaniyah", "2025-09-15"),
     ("04", "يزور", "Zakho", "2025-09-18")])

doc("b6-ar-02-benghazi", "ar", "2025-05-21T09:00:00Z",
    "حفتر يستقبل رئيس مجلس النواب في بنغازي",
    "استقبل المشير خليفة حفتر، قائد القوات المسلحة العربية الليبية، أمس الثلاثاء في بنغازي، رئيس مجلس النواب عقيلة صالح، وبحثا الترتيبات الأمنية في المنطقة الشرقية.\n"
    "وقال صالح إن المجلس يدعم خطة توحيد المؤسسة العسكرية.\n"
    "وأعلنت المؤسسة الوطنية للنفط أمس ارتفاع إنتاج حقل السرير إلى 300 ألف برميل يوميا.\n"
    "وفي طبرق، اعتقلت قوات الأمن أمس سبعة أشخاص بتهمة تهريب الوقود عبر الحدود.\n"
    "ومن المقرر أن يلتقي حفتر المبعوثة الأممية هانا تيتيه في بنغازي السبت المقبل.",
    [("PERSON", "Khalifa Haftar", ["Khalifa Hifter", "Khalifa Belqasim Haftar"], ["خليفة حفتر", "حفتر"]),
     ("ORG", "Libyan National Army",
      ["Libyan Arab Armed Forces", "LNA", "LAAF", "General Command of the Libyan Arab Armed Forces"],
      ["القوات المسلحة العربية الليبية"]),
     ("LOC", "Benghazi", ["Banghazi"], ["بنغازي"]),
     ("ORG", "House of Representatives (Libya)", ["Libyan House of Representatives", "House of Representatives", "HoR"],
      ["مجلس النواب"]),
     ("PERSON", "Aguila Saleh", ["Aguila Saleh Issa", "Agila Saleh", "Aqila Saleh", "Aguila Salah"],
      ["عقيلة صالح", "صالح"]),
     ("ORG", "National Oil Corporation", ["NOC", "National Oil Corporation (Libya)", "Libyan National Oil Corporation"],
      ["المؤسسة الوطنية للنفط"]),
     ("LOC", "Sarir oil field", ["Sarir", "Sarir Field", "As Sarir"], ["حقل السرير", "السرير"]),
     ("LOC", "Tobruk", ["Tubruq"], ["طبرق"]),
     ("PERSON", "Hanna Tetteh", ["Hanna Serwaa Tetteh"], ["هانا تيتيه"])],
    [("04", "استقبل", "Benghazi", "2025-05-20"), ("17", "اعتقلت", "Tobruk", "2025-05-20"),
     ("04", "يلتقي", "Benghazi", "2025-05-24")])

doc("b6-ar-03-san-salvador", "ar", "2025-07-09T10:00:00Z",
    "السلفادور وكوستاريكا توقعان اتفاقا أمنيا",
    "استقبل رئيس السلفادور نجيب بوكيلة، أمس الثلاثاء في سان سلفادور، رئيس كوستاريكا رودريغو تشافيس، ووقع الجانبان اتفاقا لتبادل المعلومات الأمنية.\n"
    "وقال تشافيس إن بلاده تريد الاستفادة من تجربة السلفادور في مكافحة العصابات.\n"
    "وفي سانتا آنا، اعتقلت الشرطة الوطنية المدنية أمس 40 شخصا يشتبه في انتمائهم إلى عصابات.\n"
    "وانتشر ألفا جندي من القوات المسلحة للسلفادور، الاثنين، في مدينة سان ميغيل لدعم الشرطة.",
    [("LOC", "El Salvador", ["Salvador"], ["السلفادور"]),
     ("LOC", "Costa Rica", [], ["كوستاريكا"]),
     ("PERSON", "Nayib Bukele", ["Nayib Armando Bukele"], ["نجيب بوكيلة"]),
     ("LOC", "San Salvador", [], ["سان سلفادور"]),
     ("PERSON", "Rodrigo Chaves", ["Rodrigo Chaves Robles"], ["رودريغو تشافيس", "تشافيس"]),
     ("LOC", "Santa Ana", ["Santa Ana (El Salvador)"], ["سانتا آنا"]),
     ("ORG", "National Civil Police (El Salvador)", ["National Civil Police", "PNC", "Policía Nacional Civil"],
      ["الشرطة الوطنية المدنية"]),
     ("ORG", "Armed Forces of El Salvador", ["Salvadoran Armed Forces", "El Salvador Armed Forces"],
      ["القوات المسلحة للسلفادور"]),
     ("LOC", "San Miguel", ["San Miguel (El Salvador)"], ["سان ميغيل"])],
    [("04", "استقبل", "San Salvador", "2025-07-08"), ("05", "ووقع", "San Salvador", "2025-07-08"),
     ("17", "اعتقلت", "Santa Ana", "2025-07-08")])

doc("b6-ar-04-ashgabat", "ar", "2025-11-13T08:00:00Z",
    "تركمانستان وبيلاروس تبحثان توسيع التعاون في مجال الطاقة",
    "التقى رئيس تركمانستان سردار بردي محمدوف، أمس الأربعاء في عشق آباد، الرئيس البيلاروسي ألكسندر لوكاشينكو، وبحث الجانبان توسيع صادرات الغاز والأسمدة.\n"
    "وقال لوكاشينكو إن بلاده مستعدة لنقل بضائعها عبر ميناء تركمانباشي على بحر قزوين.\n"
    "ووقعت شركة تركمان غاز الحكومية وشركة بيلاروس كالي اتفاقا في عشق آباد أمس.\n"
    "ومن المقرر أن يزور بردي محمدوف مدينة مينسك في ديسمبر المقبل.",
    [("LOC", "Turkmenistan", [], ["تركمانستان"]),
     ("LOC", "Belarus", [], ["بيلاروس"]),
     ("PERSON", "Serdar Berdimuhamedov", ["Serdar Berdymukhamedov", "Serdar Berdimuhamedow"],
      ["سردار بردي محمدوف", "بردي محمدوف"]),
     ("LOC", "Ashgabat", ["Ashkhabad", "Aşgabat"], ["عشق آباد"]),
     ("PERSON", "Alexander Lukashenko", ["Alyaksandr Lukashenka", "Aleksandr Lukashenko"],
      ["ألكسندر لوكاشينكو", "لوكاشينكو"]),
     ("LOC", "Turkmenbashi", ["Türkmenbaşy", "Turkmenbashy", "Port of Turkmenbashi"], ["تركمانباشي", "ميناء تركمانباشي"]),
     ("LOC", "Caspian Sea", [], ["بحر قزوين"]),
     ("ORG", "Türkmengaz", ["Turkmengaz"], ["تركمان غاز", "شركة تركمان غاز"]),
     ("ORG", "Belaruskali", [], ["بيلاروس كالي", "شركة بيلاروس كالي"]),
     ("LOC", "Minsk", [], ["مينسك"])],
    [("04", "التقى", "Ashgabat", "2025-11-12"), ("03", "مستعدة", "Turkmenbashi", "2025-11-12"),
     ("05", "ووقعت", "Ashgabat", "2025-11-12"), ("04", "يزور", "Minsk", None)])

doc("b6-en-01-stockholm", "en", "2025-02-19T07:00:00Z",
    "Sweden and Latvia sign pact on Baltic Sea patrols",
    "STOCKHOLM, Feb 18 - Swedish Prime Minister Ulf Kristersson met his Latvian counterpart Evika Siliņa in Stockholm on Tuesday and signed a pact on joint naval patrols in the Baltic Sea after damage to an undersea data cable.\n"
    "The Swedish Navy will send two corvettes to the Latvian port of Liepāja next month, Kristersson said.\n"
    "Siliņa said Latvia's State Police had opened an investigation into the cable damage.\n"
    "In Gothenburg, hundreds of dock workers went on strike on Tuesday over pay, halting container traffic at the port.",
    [("LOC", "Sweden", [], ["Sweden"]),
     ("LOC", "Latvia", [], ["Latvia"]),
     ("LOC", "Baltic Sea", [], ["Baltic Sea"]),
     ("LOC", "Stockholm", [], ["STOCKHOLM", "Stockholm"]),
     ("PERSON", "Ulf Kristersson", [], ["Ulf Kristersson", "Kristersson"]),
     ("PERSON", "Evika Siliņa", ["Evika Silina"], ["Evika Siliņa", "Siliņa"]),
     ("ORG", "Swedish Navy", [], ["Swedish Navy"]),
     ("LOC", "Liepāja", ["Liepaja"], ["Liepāja"]),
     ("ORG", "State Police (Latvia)", ["State Police", "Latvian State Police", "Latvia's State Police"],
      ["State Police"]),
     ("LOC", "Gothenburg", ["Göteborg"], ["Gothenburg"])],
    [("04", "met", "Stockholm", "2025-02-18"), ("05", "signed", "Stockholm", "2025-02-18"),
     ("03", "send", "Liepāja", None), ("14", "strike", "Gothenburg", "2025-02-18")])

doc("b6-en-02-port-moresby", "en", "2025-08-06T06:00:00Z",
    "New Zealand's Luxon visits Papua New Guinea for policing talks",
    "PORT MORESBY, Aug 6 - New Zealand Prime Minister Christopher Luxon arrived in Port Moresby on Wednesday for talks with Papua New Guinea's Prime Minister James Marape on policing and trade.\n"
    "Luxon said New Zealand would give NZ$10 million to train officers of the Royal Papua New Guinea Constabulary.\n"
    "On Tuesday, police in Lae fired tear gas to disperse residents protesting power cuts, a spokesman for the constabulary said.\n"
    "Marape said the talks also covered the future of Bougainville. He is due to visit Wellington in October.",
    [("LOC", "New Zealand", [], ["New Zealand"]),
     ("PERSON", "Christopher Luxon", [], ["Christopher Luxon", "Luxon"]),
     ("LOC", "Papua New Guinea", ["PNG"], ["Papua New Guinea"]),
     ("LOC", "Port Moresby", [], ["PORT MORESBY", "Port Moresby"]),
     ("PERSON", "James Marape", [], ["James Marape", "Marape"]),
     ("ORG", "Royal Papua New Guinea Constabulary", ["RPNGC", "Papua New Guinea police"],
      ["Royal Papua New Guinea Constabulary"]),
     ("LOC", "Lae", [], ["Lae"]),
     ("LOC", "Bougainville", ["Autonomous Region of Bougainville"], ["Bougainville"]),
     ("LOC", "Wellington", [], ["Wellington"])],
    [("04", "visits", "Port Moresby", "2025-08-06"), ("03", "give", "Papua New Guinea", None),
     ("17", "fired tear gas", "Lae", "2025-08-05"), ("14", "protesting", "Lae", "2025-08-05"),
     ("04", "visit", "Wellington", None)])

doc("b6-en-03-georgetown", "en", "2025-04-03T09:00:00Z",
    "Guyana and Dominican Republic sign gas deal",
    "GEORGETOWN, April 2 - Guyana's President Irfaan Ali and Dominican Republic President Luis Abinader signed an agreement in Georgetown on Wednesday to build a terminal for liquefied natural gas.\n"
    "Oil producer ExxonMobil, which leads the consortium developing the Stabroek block, will supply the gas, Ali said.\n"
    "Abinader invited Ali to Santo Domingo for a regional energy summit in June.\n"
    "In Linden, bauxite miners from the Bosai Minerals Group blocked the main road on Wednesday to protest layoffs.",
    [("LOC", "Guyana", [], ["Guyana"]),
     ("PERSON", "Irfaan Ali", ["Mohamed Irfaan Ali"], ["Irfaan Ali", "Ali"]),
     ("LOC", "Dominican Republic", [], ["Dominican Republic"]),
     ("PERSON", "Luis Abinader", [], ["Luis Abinader", "Abinader"]),
     ("LOC", "Georgetown", [], ["GEORGETOWN", "Georgetown"]),
     ("ORG", "ExxonMobil", ["Exxon Mobil", "Exxon"], ["ExxonMobil"]),
     ("LOC", "Stabroek block", ["Stabroek Block", "Stabroek"], ["Stabroek block", "Stabroek"]),
     ("LOC", "Santo Domingo", [], ["Santo Domingo"]),
     ("LOC", "Linden", [], ["Linden"]),
     ("ORG", "Bosai Minerals Group", ["Bosai"], ["Bosai Minerals Group"])],
    [("05", "signed", "Georgetown", "2025-04-02"), ("03", "supply", "Guyana", None),
     ("14", "blocked", "Linden", "2025-04-02")])

doc("b6-en-04-dili", "en", "2025-10-22T05:00:00Z",
    "Singapore's Wong holds talks in Timor-Leste",
    "DILI, Oct 22 - Singapore's Prime Minister Lawrence Wong held talks in Dili on Wednesday with Timor-Leste Prime Minister Xanana Gusmão on trade and training for civil servants.\n"
    "Wong and Gusmão signed a memorandum under which Singapore will train 200 Timorese officials a year.\n"
    "Gusmão said Timor-Leste would open an embassy in Singapore next year.\n"
    "On Tuesday, students in Baucau marched against a plan to raise university fees, police said.",
    [("LOC", "Singapore", [], ["Singapore"]),
     ("PERSON", "Lawrence Wong", [], ["Lawrence Wong", "Wong"]),
     ("LOC", "Timor-Leste", ["East Timor"], ["Timor-Leste"]),
     ("LOC", "Dili", [], ["DILI", "Dili"]),
     ("PERSON", "Xanana Gusmão", ["Xanana Gusmao", "Kay Rala Xanana Gusmão"], ["Xanana Gusmão", "Gusmão"]),
     ("LOC", "Baucau", [], ["Baucau"])],
    [("04", "talks", "Dili", "2025-10-22"), ("05", "signed", "Dili", "2025-10-22"),
     ("03", "open", "Singapore", None), ("14", "marched", "Baucau", "2025-10-21")])

doc("b6-fr-01-mamoudzou", "fr", "2025-01-15T08:00:00Z",
    "Mayotte : le préfet réunit les maires pour organiser la reconstruction",
    "Le préfet de Mayotte, François-Xavier Bieuville, a réuni mardi à Mamoudzou les maires de l'île pour organiser la reconstruction après le passage du cyclone Chido.\n"
    "L'Agence française de développement (AFD) versera 50 millions d'euros aux communes les plus touchées, a annoncé le préfet.\n"
    "Un avion de l'armée de l'Air parti de La Réunion a livré lundi 20 tonnes de vivres à Dzaoudzi.\n"
    "À Dzaoudzi, des habitants ont manifesté mardi devant la mairie pour réclamer l'accès à l'eau potable.\n"
    "Le ministre de l'Intérieur, Bruno Retailleau, doit se rendre à Mayotte la semaine prochaine.",
    [("LOC", "Mayotte", [], ["Mayotte"]),
     ("PERSON", "François-Xavier Bieuville", [], ["François-Xavier Bieuville"]),
     ("LOC", "Mamoudzou", [], ["Mamoudzou"]),
     ("ORG", "French Development Agency", ["Agence française de développement", "AFD"],
      ["Agence française de développement", "AFD"]),
     ("ORG", "French Air and Space Force", ["French Air Force", "Armée de l'air et de l'espace", "Armée de l'air"],
      ["armée de l'Air"]),
     ("LOC", "Réunion", ["La Réunion", "Reunion"], ["La Réunion"]),
     ("LOC", "Dzaoudzi", [], ["Dzaoudzi"]),
     ("PERSON", "Bruno Retailleau", [], ["Bruno Retailleau"])],
    [("04", "réuni", "Mamoudzou", "2025-01-14"), ("03", "versera", "Mayotte", None),
     ("07", "livré", "Dzaoudzi", "2025-01-13"), ("14", "manifesté", "Dzaoudzi", "2025-01-14"),
     ("04", "rendre", "Mayotte", None)])

doc("b6-fr-02-papeete", "fr", "2025-06-04T07:00:00Z",
    "Le Premier ministre du Vanuatu reçu à Papeete",
    "Le président de la Polynésie française, Moetai Brotherson, a reçu mardi à Papeete le Premier ministre du Vanuatu, Jotham Napat, pour discuter de la pêche thonière dans le Pacifique.\n"
    "Les deux dirigeants ont signé un accord de coopération entre les ports de Papeete et de Port-Vila.\n"
    "À Faa'a, les salariés de la compagnie Air Tahiti Nui ont entamé mercredi une grève illimitée.\n"
    "Jotham Napat se rendra jeudi à Bora-Bora.",
    [("LOC", "French Polynesia", ["Polynésie française"], ["Polynésie française"]),
     ("PERSON", "Moetai Brotherson", [], ["Moetai Brotherson"]),
     ("LOC", "Papeete", [], ["Papeete"]),
     ("LOC", "Vanuatu", [], ["Vanuatu"]),
     ("PERSON", "Jotham Napat", [], ["Jotham Napat"]),
     ("LOC", "Pacific Ocean", ["Pacific"], ["Pacifique"]),
     ("LOC", "Port-Vila", ["Port Vila"], ["Port-Vila"]),
     ("LOC", "Faa'a", ["Faaa", "Faʻaʻā"], ["Faa'a"]),
     ("ORG", "Air Tahiti Nui", [], ["Air Tahiti Nui"]),
     ("LOC", "Bora Bora", ["Bora-Bora"], ["Bora-Bora"])],
    [("04", "reçu", "Papeete", "2025-06-03"), ("05", "signé", "Papeete", "2025-06-03"),
     ("14", "grève", "Faa'a", "2025-06-04"), ("04", "rendra", "Bora Bora", "2025-06-05")])

doc("b6-fr-03-praia", "fr", "2025-03-26T09:00:00Z",
    "Le Cap-Vert obtient un prêt pour moderniser le port de Mindelo",
    "Le Premier ministre cap-verdien, Ulisses Correia e Silva, a rencontré lundi à Praia la présidente de la Banque européenne d'investissement, Nadia Calviño.\n"
    "La Banque européenne d'investissement accordera un prêt de 30 millions d'euros pour moderniser le port de Mindelo.\n"
    "À Santa Maria, sur l'île de Sal, les employés des hôtels ont fait grève mardi pour exiger des hausses de salaire.\n"
    "La police judiciaire a saisi vendredi deux tonnes de cocaïne à bord d'un voilier au large de São Vicente.",
    [("LOC", "Cabo Verde", ["Cape Verde", "Cap-Vert"], ["Cap-Vert"]),
     ("PERSON", "Ulisses Correia e Silva", ["Ulisses Correia"], ["Ulisses Correia e Silva"]),
     ("LOC", "Praia", [], ["Praia"]),
     ("ORG", "European Investment Bank", ["EIB", "Banque européenne d'investissement"],
      ["Banque européenne d'investissement"]),
     ("PERSON", "Nadia Calviño", ["Nadia Calvino"], ["Nadia Calviño"]),
     ("LOC", "Mindelo", [], ["Mindelo"]),
     ("LOC", "Santa Maria", ["Santa Maria (Cabo Verde)"], ["Santa Maria"]),
     ("LOC", "Sal", ["Sal Island", "Ilha do Sal"], ["Sal", "île de Sal"]),
     ("ORG", "Judiciary Police (Cabo Verde)", ["Judiciary Police", "Polícia Judiciária", "Police judiciaire"],
      ["police judiciaire"]),
     ("LOC", "São Vicente", ["Sao Vicente", "São Vicente Island"], ["São Vicente"])],
    [("04", "rencontré", "Praia", "2025-03-24"), ("03", "accordera", "Mindelo", None),
     ("14", "grève", "Santa Maria", "2025-03-25"), ("17", "saisi", "São Vicente", "2025-03-21")])

doc("b6-fr-04-ajaccio", "fr", "2025-10-08T08:00:00Z",
    "Corse : les agriculteurs bloquent le port de Bastia",
    "Le président du conseil exécutif de Corse, Gilles Simeoni, a rencontré mardi à Ajaccio des représentants de la compagnie maritime Corsica Linea pour discuter de la desserte de l'île.\n"
    "Corsica Linea s'est engagée à ajouter une rotation quotidienne vers Nice dès novembre.\n"
    "À Bastia, les agriculteurs ont bloqué mercredi le port pour protester contre la hausse des coûts du fret.\n"
    "Les gendarmes ont interpellé mardi soir deux manifestants à Porto-Vecchio.",
    [("LOC", "Corsica", ["Corse"], ["Corse"]),
     ("ORG", "Executive Council of Corsica", ["Conseil exécutif de Corse"], ["conseil exécutif de Corse"]),
     ("PERSON", "Gilles Simeoni", [], ["Gilles Simeoni"]),
     ("LOC", "Ajaccio", [], ["Ajaccio"]),
     ("ORG", "Corsica Linea", [], ["Corsica Linea"]),
     ("LOC", "Nice", [], ["Nice"]),
     ("LOC", "Bastia", [], ["Bastia"]),
     ("LOC", "Porto-Vecchio", [], ["Porto-Vecchio"])],
    [("04", "rencontré", "Ajaccio", "2025-10-07"), ("03", "engagée", "Nice", None),
     ("14", "bloqué", "Bastia", "2025-10-08"), ("17", "interpellé", "Porto-Vecchio", "2025-10-07")])

write("blind6.jsonl")
