# Writes blind5.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 before the fifth
# round of work on linking, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them.
# Countries, people, bodies and places are none of those named in dev.jsonl, articles.jsonl, fresh.jsonl,
# unseen.jsonl, blind.jsonl, blind2.jsonl, blind3.jsonl or blind4.jsonl, as gold names, aliases, mentions or in their
# texts (checked with a script). Regions: the Gulf (Fujairah, Ras Al Khaimah), the Caucasus and the Balkans (Georgia,
# Bulgaria, Albania, Kosovo), Africa (South Africa, Sierra Leone), Central America and the Caribbean (Panama,
# Honduras, Jamaica, Barbados), the Nordic and Baltic states (Denmark, Greenland, Lithuania, Hungary), the Indian
# Ocean and the Pacific (Mauritius, Seychelles, New Caledonia), the French Antilles and French Guiana (Martinique,
# Guadeloupe, Suriname). Real public figures in their public roles; other details fictional. Gold not edited to
# match output. Apache-2.0.
# Run: python3 make_blind5.py
from gold import doc, write

doc("b5-ar-01-fujairah", "ar", "2025-06-10T08:00:00Z",
    "اتفاق لربط ميناء الفجيرة بخورفكان بخط للشحن",
    "وقع ولي عهد الفجيرة الشيخ محمد بن حمد الشرقي، اليوم الثلاثاء في الفجيرة، مع شركة قطارات الاتحاد اتفاقا لربط ميناء الفجيرة بمدينة خورفكان بخط للشحن.\n"
    "وقال الشرقي إن المشروع سيختصر زمن نقل الحاويات إلى النصف.\n"
    "ومن المقرر أن يزور الشرقي رأس الخيمة الأحد المقبل لبحث مشروع مماثل.\n"
    "وفي سياق منفصل، ضبطت شرطة الفجيرة أمس الاثنين قاربا يحمل شحنة مهربة قبالة دبا.",
    [("PERSON", "Mohammed bin Hamad Al Sharqi",
      ["Mohammed bin Hamad bin Mohammed Al Sharqi", "Mohammed bin Hamad Al-Sharqi", "Mohamed bin Hamad Al Sharqi",
       "Mohammed Al Sharqi"],
      ["محمد بن حمد الشرقي", "الشرقي"]),
     ("LOC", "Fujairah", ["Al Fujairah", "Port of Fujairah", "Emirate of Fujairah"],
      ["الفجيرة", "ميناء الفجيرة"]),
     ("ORG", "Etihad Rail", [], ["قطارات الاتحاد", "شركة قطارات الاتحاد"]),
     ("LOC", "Khor Fakkan", ["Khorfakkan", "Khawr Fakkan"], ["خورفكان"]),
     ("LOC", "Ras Al Khaimah", ["Ras al-Khaimah", "Ra's al Khaymah"], ["رأس الخيمة"]),
     ("ORG", "Fujairah Police", ["Fujairah Police General Command"], ["شرطة الفجيرة"]),
     ("LOC", "Dibba", ["Dibba Al-Fujairah", "Dibba Al Fujairah"], ["دبا"])],
    [("05", "وقع", "Fujairah", "2025-06-10"), ("04", "يزور", "Ras Al Khaimah", "2025-06-15"),
     ("17", "ضبطت", "Dibba", "2025-06-09")])

doc("b5-ar-02-sofia", "ar", "2025-03-12T10:00:00Z",
    "رئيس الوزراء الجورجي يبحث في صوفيا مد كابل كهرباء عبر البحر الأسود",
    "بحث رئيس الوزراء الجورجي إيراكلي كوباخيدزه، أمس الثلاثاء في صوفيا، مع الرئيس البلغاري رومين راديف مشروع كابل بحري لنقل الكهرباء عبر البحر الأسود.\n"
    "وقال راديف إن الكابل سيجعل من بلغاريا ممرا للطاقة النظيفة.\n"
    "وفي تبليسي، تظاهر آلاف من أنصار المعارضة أمس أمام مبنى البرلمان، فيما فرقت الشرطة الجورجية المحتجين بالغاز المسيل للدموع.\n"
    "ومن المقرر أن يزور كوباخيدزه مدينة باتومي السبت المقبل لافتتاح محطة لطاقة الرياح.",
    [("PERSON", "Irakli Kobakhidze", [], ["إيراكلي كوباخيدزه", "كوباخيدزه"]),
     ("LOC", "Sofia", [], ["صوفيا"]),
     ("PERSON", "Rumen Radev", ["Roumen Radev"], ["رومين راديف", "راديف"]),
     ("LOC", "Black Sea", [], ["البحر الأسود"]),
     ("LOC", "Bulgaria", [], ["بلغاريا"]),
     ("LOC", "Tbilisi", [], ["تبليسي"]),
     ("ORG", "Georgian Police", ["Police of Georgia", "Patrol Police of Georgia", "Ministry of Internal Affairs (Georgia)"],
      ["الشرطة الجورجية"]),
     ("LOC", "Batumi", [], ["باتومي"])],
    [("04", "بحث", "Sofia", "2025-03-11"), ("14", "تظاهر", "Tbilisi", "2025-03-11"),
     ("17", "فرقت", "Tbilisi", "2025-03-11"), ("04", "يزور", "Batumi", "2025-03-15")])

doc("b5-ar-03-tirana", "ar", "2025-10-02T09:00:00Z",
    "ألبانيا وكوسوفو تتفقان على إلغاء الرسوم الجمركية",
    "استقبل رئيس الوزراء الألباني إيدي راما، أمس الأربعاء في تيرانا، رئيس وزراء كوسوفو ألبين كورتي، ووقع الجانبان اتفاقا لإلغاء الرسوم الجمركية بين البلدين.\n"
    "وقال كورتي إن الاتفاق سيفتح ميناء دوريس أمام صادرات بلاده.\n"
    "وفي بريشتينا، اعتقلت شرطة كوسوفو أمس أربعة أشخاص بتهمة تهريب أسلحة عبر الحدود الشمالية.\n"
    "ومن المقرر أن يزور راما بريشتينا في نوفمبر المقبل.",
    [("LOC", "Albania", [], ["ألبانيا"]),
     ("LOC", "Kosovo", [], ["كوسوفو"]),
     ("PERSON", "Edi Rama", [], ["إيدي راما", "راما"]),
     ("LOC", "Tirana", ["Tirane"], ["تيرانا"]),
     ("PERSON", "Albin Kurti", [], ["ألبين كورتي", "كورتي"]),
     ("LOC", "Durrës", ["Durres", "Port of Durrës", "Port of Durres"], ["دوريس", "ميناء دوريس"]),
     ("LOC", "Pristina", ["Prishtina", "Priština"], ["بريشتينا"]),
     ("ORG", "Kosovo Police", ["Kosovo Police Service"], ["شرطة كوسوفو"])],
    [("04", "استقبل", "Tirana", "2025-10-01"), ("05", "ووقع", "Tirana", "2025-10-01"),
     ("17", "اعتقلت", "Pristina", "2025-10-01"), ("04", "يزور", "Pristina", None)])

doc("b5-ar-04-pretoria", "ar", "2025-04-17T11:00:00Z",
    "جنوب أفريقيا وسيراليون توقعان اتفاقا للتعاون في التعدين",
    "استقبل رئيس جنوب أفريقيا سيريل رامافوزا، أمس الأربعاء في بريتوريا، رئيس سيراليون جوليوس مادا بيو، ووقع الجانبان اتفاقا للتعاون في مجال التعدين.\n"
    "وقال رامافوزا إن بلاده ستساعد سيراليون في تدريب مهندسي المناجم.\n"
    "وفي فريتاون، أضرب المئات من عمال الميناء أمس احتجاجا على تأخر صرف الأجور.\n"
    "وأجرت القوات المسلحة لسيراليون، الاثنين، مناورات عسكرية قرب مدينة كينيما.",
    [("LOC", "South Africa", [], ["جنوب أفريقيا"]),
     ("LOC", "Sierra Leone", [], ["سيراليون"]),
     ("PERSON", "Cyril Ramaphosa", [], ["سيريل رامافوزا", "رامافوزا"]),
     ("LOC", "Pretoria", ["Tshwane"], ["بريتوريا"]),
     ("PERSON", "Julius Maada Bio", ["Julius Bio"], ["جوليوس مادا بيو"]),
     ("LOC", "Freetown", [], ["فريتاون"]),
     ("ORG", "Republic of Sierra Leone Armed Forces", ["RSLAF", "Sierra Leone Armed Forces", "Armed Forces of Sierra Leone"],
      ["القوات المسلحة لسيراليون"]),
     ("LOC", "Kenema", [], ["كينيما"])],
    [("04", "استقبل", "Pretoria", "2025-04-16"), ("05", "ووقع", "Pretoria", "2025-04-16"),
     ("03", "ستساعد", None, None), ("14", "أضرب", "Freetown", "2025-04-16"),
     ("06", "وأجرت", "Kenema", "2025-04-14")])

doc("b5-en-01-panama", "en", "2025-08-21T14:00:00Z",
    "Panama and Honduras sign migration accord",
    "PANAMA CITY, Aug 21 - Panamanian President José Raúl Mulino met Honduran President Xiomara Castro in Panama City on Thursday and the two leaders signed an agreement on the return of migrants.\n"
    "Mulino said the Panama Canal Authority would lend dredging equipment to the Honduran port of Puerto Cortés.\n"
    "On Wednesday, Honduras's National Police arrested 14 people in San Pedro Sula suspected of smuggling migrants, the Security Ministry said.\n"
    "Castro is due to visit Colón next Monday to tour its free trade zone.",
    [("LOC", "Panama", [], ["Panama"]),
     ("LOC", "Honduras", [], ["Honduras", "Honduras's"]),
     ("LOC", "Panama City", [], ["PANAMA CITY", "Panama City"]),
     ("PERSON", "José Raúl Mulino", ["Jose Raul Mulino", "José Mulino"], ["José Raúl Mulino", "Mulino"]),
     ("PERSON", "Xiomara Castro", ["Iris Xiomara Castro Sarmiento"], ["Xiomara Castro", "Castro"]),
     ("ORG", "Panama Canal Authority", ["ACP", "Autoridad del Canal de Panamá"], ["Panama Canal Authority"]),
     ("LOC", "Puerto Cortés", ["Puerto Cortes"], ["Puerto Cortés"]),
     ("ORG", "National Police (Honduras)", ["Honduran National Police", "National Police of Honduras",
                                            "Policía Nacional de Honduras"],
      ["National Police", "Honduras's National Police"]),
     ("LOC", "San Pedro Sula", [], ["San Pedro Sula"]),
     ("ORG", "Ministry of Security (Honduras)", ["Secretariat of Security (Honduras)", "Security Ministry"],
      ["Security Ministry"]),
     ("LOC", "Colón", ["Colon", "Colón, Panama"], ["Colón"])],
    [("04", "met", "Panama City", "2025-08-21"), ("05", "signed", "Panama City", "2025-08-21"),
     ("03", "lend", "Puerto Cortés", None), ("17", "arrested", "San Pedro Sula", "2025-08-20"),
     ("04", "visit", "Colón", "2025-08-25")])

doc("b5-en-02-copenhagen", "en", "2025-02-04T10:00:00Z",
    "Denmark pledges Arctic patrol ships to Greenland",
    "COPENHAGEN, Feb 4 - Danish Prime Minister Mette Frederiksen held talks with Greenland's premier Jens-Frederik Nielsen in Copenhagen on Tuesday on security in the Arctic.\n"
    "Frederiksen said Denmark would deliver two new patrol ships to the Joint Arctic Command in Nuuk by next year.\n"
    "Danish shipping group A.P. Moller-Maersk said it would open a logistics hub in Sisimiut.\n"
    "Several hundred people protested in Nuuk on Monday against plans for a uranium mine near Narsaq.",
    [("LOC", "Denmark", [], ["Denmark"]),
     ("LOC", "Greenland", [], ["Greenland", "Greenland's"]),
     ("PERSON", "Mette Frederiksen", [], ["Mette Frederiksen", "Frederiksen"]),
     ("PERSON", "Jens-Frederik Nielsen", ["Jens Frederik Nielsen"], ["Jens-Frederik Nielsen"]),
     ("LOC", "Copenhagen", ["København"], ["COPENHAGEN", "Copenhagen"]),
     ("LOC", "Arctic", ["the Arctic", "Arctic region"], ["Arctic"]),
     ("ORG", "Joint Arctic Command", ["Arktisk Kommando", "Danish Joint Arctic Command"], ["Joint Arctic Command"]),
     ("LOC", "Nuuk", ["Godthåb"], ["Nuuk"]),
     ("ORG", "A.P. Moller-Maersk", ["Maersk", "A.P. Møller-Maersk", "A.P. Moller - Maersk"], ["A.P. Moller-Maersk"]),
     ("LOC", "Sisimiut", [], ["Sisimiut"]),
     ("LOC", "Narsaq", [], ["Narsaq"])],
    [("04", "held talks", "Copenhagen", "2025-02-04"), ("03", "deliver", "Nuuk", None),
     ("14", "protested", "Nuuk", "2025-02-03")])

doc("b5-en-03-kingston", "en", "2025-11-13T16:00:00Z",
    "Caribbean leaders meet in Kingston on hurricane recovery",
    "KINGSTON, Nov 13 - Jamaican Prime Minister Andrew Holness hosted Barbados Prime Minister Mia Mottley and other Caribbean Community (CARICOM) leaders in Kingston on Thursday to discuss reconstruction after the hurricane.\n"
    "The Caribbean Development Bank approved a $150 million loan to Jamaica for rebuilding roads in St. Elizabeth parish.\n"
    "Mottley said Barbados would send 40 engineers to help restore power lines.\n"
    "Police in Montego Bay arrested 11 people for looting on Wednesday, the Jamaica Constabulary Force said.",
    [("LOC", "Kingston", ["Kingston, Jamaica"], ["KINGSTON", "Kingston"]),
     ("PERSON", "Andrew Holness", [], ["Andrew Holness"]),
     ("LOC", "Barbados", [], ["Barbados"]),
     ("PERSON", "Mia Mottley", ["Mia Amor Mottley"], ["Mia Mottley", "Mottley"]),
     ("ORG", "Caribbean Community", ["CARICOM"], ["Caribbean Community", "CARICOM"]),
     ("ORG", "Caribbean Development Bank", ["CDB"], ["Caribbean Development Bank"]),
     ("LOC", "Jamaica", [], ["Jamaica"]),
     ("LOC", "Saint Elizabeth Parish", ["St. Elizabeth", "Saint Elizabeth", "St. Elizabeth Parish"],
      ["St. Elizabeth"]),
     ("LOC", "Montego Bay", [], ["Montego Bay"]),
     ("ORG", "Jamaica Constabulary Force", ["JCF"], ["Jamaica Constabulary Force"])],
    [("04", "hosted", "Kingston", "2025-11-13"), ("07", "loan", "Saint Elizabeth Parish", None),
     ("03", "send", None, None), ("17", "arrested", "Montego Bay", "2025-11-12")])

doc("b5-en-04-vilnius", "en", "2025-05-28T12:00:00Z",
    "Lithuania recalls ambassador from Hungary",
    "VILNIUS, May 28 - Lithuania recalled its ambassador from Budapest on Wednesday over remarks by Hungarian Prime Minister Viktor Orbán, Foreign Minister Kęstutis Budrys said.\n"
    "Budrys accused Orbán of undermining allied unity.\n"
    "On Tuesday, Lithuania's State Border Guard Service detained 23 migrants near Druskininkai.\n"
    "President Gitanas Nausėda is due to visit Klaipėda on Friday to open a new gas terminal.",
    [("LOC", "Lithuania", [], ["Lithuania", "Lithuania's"]),
     ("LOC", "Hungary", [], ["Hungary"]),
     ("LOC", "Vilnius", [], ["VILNIUS"]),
     ("LOC", "Budapest", [], ["Budapest"]),
     ("PERSON", "Viktor Orbán", ["Viktor Orban"], ["Viktor Orbán", "Orbán"]),
     ("PERSON", "Kęstutis Budrys", ["Kestutis Budrys"], ["Kęstutis Budrys", "Budrys"]),
     ("ORG", "State Border Guard Service (Lithuania)", ["State Border Guard Service", "Lithuanian State Border Guard Service", "VSAT"],
      ["State Border Guard Service"]),
     ("LOC", "Druskininkai", [], ["Druskininkai"]),
     ("PERSON", "Gitanas Nausėda", ["Gitanas Nauseda"], ["Gitanas Nausėda"]),
     ("LOC", "Klaipėda", ["Klaipeda"], ["Klaipėda"])],
    [("16", "recalled", "Vilnius", "2025-05-28"), ("11", "accused", None, None),
     ("17", "detained", "Druskininkai", "2025-05-27"), ("04", "visit", "Klaipėda", "2025-05-30")])

doc("b5-fr-01-port-louis", "fr", "2025-07-03T09:00:00Z",
    "Maurice et les Seychelles signent un accord de surveillance maritime",
    "Le Premier ministre mauricien Navin Ramgoolam a reçu mercredi à Port-Louis le président seychellois Wavel Ramkalawan, et les deux dirigeants ont signé un accord sur la surveillance conjointe de leurs eaux.\n"
    "Selon M. Ramgoolam, la garde côtière mauricienne effectuera des patrouilles communes autour de l'île Agaléga dès septembre.\n"
    "Par ailleurs, des pêcheurs ont manifesté mardi à Mahébourg contre la hausse du prix du carburant.",
    [("LOC", "Mauritius", ["Maurice"], ["Maurice"]),
     ("LOC", "Seychelles", [], ["Seychelles"]),
     ("PERSON", "Navin Ramgoolam", [], ["Navin Ramgoolam", "Ramgoolam"]),
     ("LOC", "Port Louis", ["Port-Louis"], ["Port-Louis"]),
     ("PERSON", "Wavel Ramkalawan", [], ["Wavel Ramkalawan"]),
     ("ORG", "National Coast Guard (Mauritius)", ["Mauritius National Coast Guard", "National Coast Guard"],
      ["garde côtière mauricienne"]),
     ("LOC", "Agaléga", ["Agalega", "Agaléga Islands", "Agalega Islands"], ["Agaléga", "île Agaléga"]),
     ("LOC", "Mahébourg", ["Mahebourg"], ["Mahébourg"])],
    [("04", "reçu", "Port Louis", "2025-07-02"), ("05", "signé", "Port Louis", "2025-07-02"),
     ("03", "effectuera", "Agaléga", None), ("14", "manifesté", "Mahébourg", "2025-07-01")])

doc("b5-fr-02-noumea", "fr", "2025-09-16T07:00:00Z",
    "Nouvelle-Calédonie : le FLNKS rejette le projet d'accord",
    "Le Front de libération nationale kanak et socialiste (FLNKS) a rejeté lundi à Nouméa le projet d'accord sur l'avenir institutionnel de la Nouvelle-Calédonie, a annoncé son président Christian Tein.\n"
    "Le ministre des Outre-mer, Manuel Valls, doit se rendre à Nouméa jeudi prochain pour rencontrer les indépendantistes.\n"
    "Dimanche, les gendarmes ont interpellé trois personnes à Païta après des barrages routiers.\n"
    "Le groupe minier Eramet a annoncé la suspension de l'activité de sa filiale SLN à Thio.",
    [("LOC", "New Caledonia", ["Nouvelle-Calédonie"], ["Nouvelle-Calédonie"]),
     ("ORG", "Kanak and Socialist National Liberation Front", ["FLNKS", "Front de libération nationale kanak et socialiste"],
      ["FLNKS", "Front de libération nationale kanak et socialiste"]),
     ("LOC", "Nouméa", ["Noumea"], ["Nouméa"]),
     ("PERSON", "Christian Tein", [], ["Christian Tein"]),
     ("PERSON", "Manuel Valls", [], ["Manuel Valls"]),
     ("LOC", "Païta", ["Paita"], ["Païta"]),
     ("ORG", "Eramet", [], ["Eramet"]),
     ("ORG", "Société Le Nickel", ["SLN", "Societe Le Nickel"], ["SLN"]),
     ("LOC", "Thio", [], ["Thio"])],
    [("12", "rejeté", "Nouméa", "2025-09-15"), ("04", "rencontrer", "Nouméa", "2025-09-18"),
     ("17", "interpellé", "Païta", "2025-09-14")])

doc("b5-fr-03-fort-de-france", "fr", "2025-10-21T08:00:00Z",
    "Vie chère : grève générale en Martinique",
    "Les syndicats martiniquais ont lancé lundi une grève générale à Fort-de-France contre la vie chère.\n"
    "Le président de la Collectivité territoriale de Martinique (CTM), Serge Letchimy, a reçu mardi les représentants de l'intersyndicale.\n"
    "En Guadeloupe, la compagnie Air Caraïbes a annulé ses vols vers Pointe-à-Pitre en raison d'un préavis de grève des contrôleurs aériens.\n"
    "Mercredi dernier, les gendarmes ont interpellé cinq personnes au Lamentin après des pillages.",
    [("LOC", "Martinique", [], ["Martinique"]),
     ("LOC", "Fort-de-France", [], ["Fort-de-France"]),
     ("ORG", "Territorial Collectivity of Martinique", ["CTM", "Collectivité territoriale de Martinique"],
      ["Collectivité territoriale de Martinique", "CTM"]),
     ("PERSON", "Serge Letchimy", [], ["Serge Letchimy"]),
     ("LOC", "Guadeloupe", [], ["Guadeloupe"]),
     ("ORG", "Air Caraïbes", ["Air Caraibes"], ["Air Caraïbes"]),
     ("LOC", "Pointe-à-Pitre", ["Pointe-a-Pitre"], ["Pointe-à-Pitre"]),
     ("LOC", "Le Lamentin", ["Lamentin"], ["Lamentin"])],
    [("14", "grève", "Fort-de-France", "2025-10-20"), ("04", "reçu", None, "2025-10-21"),
     ("17", "interpellé", "Le Lamentin", "2025-10-15")])

doc("b5-fr-04-paramaribo", "fr", "2025-12-04T10:00:00Z",
    "La Guyane et le Suriname renforcent la lutte contre l'orpaillage illégal",
    "Le préfet de la Guyane, Antoine Poussier, a rencontré mercredi à Paramaribo la présidente surinamaise Jennifer Geerlings-Simons, et les deux responsables ont signé un protocole sur des patrouilles conjointes sur le fleuve Maroni.\n"
    "Selon la gendarmerie, une opération menée lundi près de Maripasoula a permis l'interpellation de douze orpailleurs.\n"
    "À Kourou, Arianespace a annoncé le report du prochain lancement d'Ariane 6.",
    [("LOC", "French Guiana", ["Guyane", "Guiana"], ["Guyane"]),
     ("LOC", "Suriname", [], ["Suriname"]),
     ("PERSON", "Antoine Poussier", [], ["Antoine Poussier"]),
     ("LOC", "Paramaribo", [], ["Paramaribo"]),
     ("PERSON", "Jennifer Geerlings-Simons", ["Jennifer Simons"], ["Jennifer Geerlings-Simons"]),
     ("LOC", "Maroni", ["Maroni River", "Marowijne", "Maroni river"], ["Maroni", "fleuve Maroni"]),
     ("LOC", "Maripasoula", [], ["Maripasoula"]),
     ("LOC", "Kourou", [], ["Kourou"]),
     ("ORG", "Arianespace", [], ["Arianespace"])],
    [("04", "rencontré", "Paramaribo", "2025-12-03"), ("05", "signé", "Paramaribo", "2025-12-03"),
     ("17", "interpellation", "Maripasoula", "2025-12-01")])

write("blind5.jsonl")
