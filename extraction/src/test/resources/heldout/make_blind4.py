# Writes blind4.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-29 before the fourth
# round of work on linking, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them.
# Countries, people, bodies and places are none of those named in dev.jsonl, articles.jsonl, fresh.jsonl,
# unseen.jsonl, blind.jsonl, blind2.jsonl or blind3.jsonl, as gold names, aliases, mentions or in their texts (checked
# with a script). Regions: the Gulf (Oman), Latin America (Bolivia, Paraguay, Guatemala, Belize, Cuba, Mexico), Africa
# (Namibia, Botswana, Malawi, Lesotho, Equatorial Guinea, Sao Tome), Europe (Austria, Slovakia, Finland, Estonia,
# Slovenia, Croatia), Asia (Mongolia, Tajikistan, Myanmar). Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind4.py
from gold import doc, write

doc("b4-ar-01-duqm", "ar", "2025-05-20T09:00:00Z",
    "اتفاق عماني كوري لإنتاج الهيدروجين الأخضر في الدقم",
    "وقع وزير الطاقة والمعادن العماني سالم بن ناصر العوفي، اليوم الثلاثاء في صلالة، مع رئيس شركة بوسكو الكورية الجنوبية تشانغ إن هوا اتفاقا لبناء مصنع للهيدروجين الأخضر في ميناء الدقم.\n"
    "وقال العوفي إن المشروع سيوفر ألفي وظيفة، فيما رحبت غرفة تجارة وصناعة عمان بالاتفاق.\n"
    "ومن المقرر أن يزور العوفي سيول الشهر المقبل.\n"
    "وفي سياق منفصل، أعلنت شرطة عمان السلطانية أمس الاثنين ضبط 27 متسللا قبالة ولاية صحار.",
    [("PERSON", "Salim bin Nasser Al Aufi", ["Salim Al Aufi", "Salim bin Nasser Al-Aufi", "Salim al-Aufi"],
      ["سالم بن ناصر العوفي", "العوفي"]),
     ("LOC", "Salalah", [], ["صلالة"]),
     ("ORG", "POSCO", ["POSCO Holdings", "Posco"], ["بوسكو", "شركة بوسكو"]),
     ("PERSON", "Chang In-hwa", ["Jang In-hwa"], ["تشانغ إن هوا"]),
     ("LOC", "Duqm", ["Port of Duqm", "Al Duqm", "Ad Duqm"], ["الدقم", "ميناء الدقم"]),
     ("ORG", "Oman Chamber of Commerce and Industry", ["OCCI", "Oman Chamber of Commerce"],
      ["غرفة تجارة وصناعة عمان"]),
     ("LOC", "Seoul", [], ["سيول"]),
     ("ORG", "Royal Oman Police", ["ROP"], ["شرطة عمان السلطانية"]),
     ("LOC", "Sohar", ["Suhar", "Sohar Province"], ["صحار", "ولاية صحار"])],
    [("05", "وقع", "Salalah", "2025-05-20"), ("05", "رحبت", None, None), ("04", "يزور", "Seoul", None),
     ("17", "ضبط", "Sohar", "2025-05-19")])

doc("b4-ar-02-la-paz", "ar", "2025-07-10T12:00:00Z",
    "بوليفيا وباراغواي توقعان اتفاقا لتصدير الغاز",
    "استقبل الرئيس البوليفي لويس آرسي، أمس الأربعاء في لاباز، نظيره الباراغواياني سانتياغو بينيا، ووقع الجانبان اتفاقا لتزويد باراغواي بالغاز الطبيعي عبر خط أنابيب جديد.\n"
    "وقال بينيا إن الاتفاق سيخفض أسعار الطاقة في بلاده.\n"
    "وفي سياق آخر، تظاهر آلاف المزارعين أمس في مدينة إل ألتو احتجاجا على نقص الوقود، فيما اعتقلت الشرطة البوليفية 15 شخصا قرب بحيرة تيتيكاكا بتهمة تهريب الوقود إلى الخارج.\n"
    "ومن المقرر أن يزور آرسي أسونسيون في أغسطس المقبل.",
    [("LOC", "Bolivia", [], ["بوليفيا"]),
     ("LOC", "Paraguay", [], ["باراغواي"]),
     ("PERSON", "Luis Arce", ["Luis Arce Catacora"], ["لويس آرسي", "آرسي"]),
     ("LOC", "La Paz", [], ["لاباز"]),
     ("PERSON", "Santiago Peña", ["Santiago Pena", "Santiago Peña Palacios"], ["سانتياغو بينيا", "بينيا"]),
     ("LOC", "El Alto", [], ["إل ألتو"]),
     ("ORG", "Bolivian Police", ["Bolivian National Police", "Police of Bolivia", "Policía Boliviana"],
      ["الشرطة البوليفية"]),
     ("LOC", "Lake Titicaca", ["Titicaca"], ["بحيرة تيتيكاكا"]),
     ("LOC", "Asunción", ["Asuncion"], ["أسونسيون"])],
    [("04", "استقبل", "La Paz", "2025-07-09"), ("05", "ووقع", "La Paz", "2025-07-09"),
     ("14", "تظاهر", "El Alto", "2025-07-09"), ("17", "اعتقلت", "Lake Titicaca", None),
     ("04", "يزور", "Asunción", None)])

doc("b4-ar-03-windhoek", "ar", "2025-09-04T10:00:00Z",
    "ناميبيا وبوتسوانا توقعان اتفاقا لإدارة مياه نهر أوكافانغو",
    "التقت رئيسة ناميبيا نيتومبو ناندي ندايتواه، أمس الأربعاء في ويندهوك، الرئيس البوتسواني دوما بوكو، ووقع الجانبان اتفاقا لإدارة مياه نهر أوكافانغو بشكل مشترك.\n"
    "وقالت ناندي ندايتواه إن الجفاف في منطقة كافانغو الشرقية يهدد مئات الآلاف من السكان.\n"
    "وفي سياق منفصل، أضرب عمال شركة ديبسوانا للماس في مدينة جوانينغ احتجاجا على تسريح مئات العمال.\n"
    "ويزور بوكو ميناء والفيس باي غدا الجمعة.",
    [("LOC", "Namibia", [], ["ناميبيا"]),
     ("LOC", "Botswana", [], ["بوتسوانا"]),
     ("PERSON", "Netumbo Nandi-Ndaitwah", ["Netumbo Nandi Ndaitwah"], ["نيتومبو ناندي ندايتواه", "ناندي ندايتواه"]),
     ("LOC", "Windhoek", [], ["ويندهوك"]),
     ("PERSON", "Duma Boko", ["Duma Gideon Boko"], ["دوما بوكو", "بوكو"]),
     ("LOC", "Okavango River", ["Okavango", "Cubango River", "Kavango River"], ["نهر أوكافانغو"]),
     ("LOC", "Kavango East", ["Kavango East Region"], ["كافانغو الشرقية", "منطقة كافانغو الشرقية"]),
     ("ORG", "Debswana", ["Debswana Diamond Company"], ["ديبسوانا", "شركة ديبسوانا"]),
     ("LOC", "Jwaneng", [], ["جوانينغ"]),
     ("LOC", "Walvis Bay", ["Port of Walvis Bay"], ["والفيس باي", "ميناء والفيس باي"])],
    [("04", "التقت", "Windhoek", "2025-09-03"), ("05", "ووقع", "Windhoek", "2025-09-03"),
     ("14", "أضرب", "Jwaneng", None), ("04", "ويزور", "Walvis Bay", "2025-09-05")])

doc("b4-ar-04-vienna", "ar", "2025-10-07T15:00:00Z",
    "النمسا وسلوفاكيا تبحثان حماية نهر الدانوب",
    "بحث المستشار النمساوي كريستيان شتوكر مع رئيس الوزراء السلوفاكي روبرت فيتسو، اليوم الثلاثاء في فيينا، مشروعا مشتركا لحماية نهر الدانوب من التلوث.\n"
    "وقال فيتسو إن شركة سلوفنافت ستستثمر 300 مليون يورو في معالجة المياه.\n"
    "وفي براتيسلافا، تظاهر آلاف الأشخاص مساء الاثنين احتجاجا على سياسات الحكومة السلوفاكية.\n"
    "كما أعلنت الشرطة النمساوية اعتقال ثلاثة أشخاص في مدينة لينتس بتهمة التخطيط لهجوم.",
    [("LOC", "Austria", [], ["النمسا"]),
     ("LOC", "Slovakia", [], ["سلوفاكيا"]),
     ("LOC", "Danube", ["Danube River", "River Danube"], ["نهر الدانوب"]),
     ("PERSON", "Christian Stocker", [], ["كريستيان شتوكر"]),
     ("PERSON", "Robert Fico", [], ["روبرت فيتسو", "فيتسو"]),
     ("LOC", "Vienna", ["Wien"], ["فيينا"]),
     ("ORG", "Slovnaft", [], ["سلوفنافت", "شركة سلوفنافت"]),
     ("LOC", "Bratislava", [], ["براتيسلافا"]),
     ("ORG", "Government of Slovakia", ["Slovak government", "Slovakian government"], ["الحكومة السلوفاكية"]),
     ("ORG", "Federal Police (Austria)", ["Austrian Federal Police", "Austrian police", "Bundespolizei"],
      ["الشرطة النمساوية"]),
     ("LOC", "Linz", [], ["لينتس"])],
    [("04", "بحث", "Vienna", "2025-10-07"), ("14", "تظاهر", "Bratislava", "2025-10-06"),
     ("17", "اعتقال", "Linz", None)])

doc("b4-en-01-ulaanbaatar", "en", "2025-08-13T11:00:00Z",
    "Mongolia and Tajikistan sign trade and mining agreements",
    "ULAANBAATAR, Aug 13 - Mongolian President Ukhnaagiin Khurelsukh held talks with visiting Tajik President Emomali Rahmon in Ulaanbaatar on Wednesday, and the two leaders signed agreements on trade and mining, the Mongolian president's office said.\n"
    "Rahmon will visit the Erdenet copper mine on Thursday, where Erdenet Mining Corporation is expanding output.\n"
    "Herders protested in Sukhbaatar Square on Tuesday against a new livestock tax, and police detained five of them.\n"
    "Mongolia's Environment Minister Batbayar Ganzorig said water levels in Lake Khovsgol had fallen to a 40-year low.",
    [("LOC", "Mongolia", [], ["Mongolia"]),
     ("LOC", "Tajikistan", [], ["Tajikistan"]),
     ("LOC", "Ulaanbaatar", ["Ulan Bator"], ["ULAANBAATAR", "Ulaanbaatar"]),
     ("PERSON", "Ukhnaagiin Khürelsükh", ["Ukhnaagiin Khurelsukh", "Khurelsukh Ukhnaa", "Ukhnaa Khurelsukh"],
      ["Ukhnaagiin Khurelsukh"]),
     ("PERSON", "Emomali Rahmon", ["Emomali Rakhmon"], ["Emomali Rahmon", "Rahmon"]),
     ("LOC", "Erdenet", [], ["Erdenet"]),
     ("ORG", "Erdenet Mining Corporation", ["Erdenet Mining"], ["Erdenet Mining Corporation"]),
     ("LOC", "Sukhbaatar Square", ["Sükhbaatar Square"], ["Sukhbaatar Square"]),
     ("PERSON", "Batbayar Ganzorig", [], ["Batbayar Ganzorig"]),
     ("LOC", "Lake Khövsgöl", ["Lake Khovsgol", "Khovsgol Lake", "Lake Hovsgol"], ["Lake Khovsgol"])],
    [("04", "held talks", "Ulaanbaatar", "2025-08-13"), ("05", "signed", "Ulaanbaatar", "2025-08-13"),
     ("04", "visit", "Erdenet", "2025-08-14"), ("14", "protested", "Sukhbaatar Square", "2025-08-12"),
     ("17", "detained", "Sukhbaatar Square", "2025-08-12")])

doc("b4-en-02-sarstoon", "en", "2025-04-24T20:00:00Z",
    "Guatemala and Belize sign border security pact",
    "GUATEMALA CITY, April 24 - Guatemalan President Bernardo Arevalo and Belize's Prime Minister John Briceno met on Thursday at a border post on the Sarstoon River and signed a border security agreement, the Guatemalan Foreign Ministry said.\n"
    "The two leaders pledged to respect the ruling of the International Court of Justice on their territorial dispute.\n"
    "In Quetzaltenango, teachers went on strike on Wednesday over unpaid wages.\n"
    "Police arrested a former mayor in Puerto Barrios on Tuesday on corruption charges, the Public Ministry said.",
    [("LOC", "Guatemala", [], ["Guatemala"]),
     ("LOC", "Belize", [], ["Belize"]),
     ("LOC", "Guatemala City", [], ["GUATEMALA CITY"]),
     ("PERSON", "Bernardo Arévalo", ["Bernardo Arevalo"], ["Bernardo Arevalo"]),
     ("PERSON", "John Briceño", ["John Briceno"], ["John Briceno"]),
     ("LOC", "Sarstoon River", ["Sarstoon", "Sarstún River"], ["Sarstoon River"]),
     ("ORG", "Ministry of Foreign Affairs (Guatemala)", ["Guatemalan Foreign Ministry"],
      ["Guatemalan Foreign Ministry"]),
     ("ORG", "International Court of Justice", ["ICJ", "World Court"], ["International Court of Justice"]),
     ("LOC", "Quetzaltenango", ["Xela"], ["Quetzaltenango"]),
     ("LOC", "Puerto Barrios", [], ["Puerto Barrios"]),
     ("ORG", "Public Ministry (Guatemala)", ["Public Ministry", "Ministerio Público", "Public Prosecutor's Office"],
      ["Public Ministry"])],
    [("04", "met", "Sarstoon River", "2025-04-24"), ("05", "signed", "Sarstoon River", "2025-04-24"),
     ("03", "pledged", None, None), ("14", "strike", "Quetzaltenango", "2025-04-23"),
     ("17", "arrested", "Puerto Barrios", "2025-04-22")])

doc("b4-en-03-helsinki", "en", "2025-02-11T14:00:00Z",
    "Finland and Estonia hold talks on protecting undersea cables",
    "HELSINKI, Feb 11 - Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal held talks in Helsinki on Tuesday on protecting undersea cables in the Gulf of Finland, Stubb's office said.\n"
    "The Finnish Border Guard said it had detained a cargo ship off Porvoo on Monday on suspicion of dragging its anchor across a power cable.\n"
    "Elering, Estonia's grid operator, said repairs would take three weeks.\n"
    "In Tallinn, hundreds of farmers protested outside parliament on Monday against a new car tax.",
    [("LOC", "Finland", [], ["Finland"]),
     ("LOC", "Estonia", [], ["Estonia"]),
     ("LOC", "Helsinki", [], ["HELSINKI", "Helsinki"]),
     ("PERSON", "Alexander Stubb", [], ["Alexander Stubb", "Stubb"]),
     ("PERSON", "Kristen Michal", [], ["Kristen Michal"]),
     ("LOC", "Gulf of Finland", [], ["Gulf of Finland"]),
     ("ORG", "Finnish Border Guard", ["Border Guard (Finland)", "Rajavartiolaitos"], ["Finnish Border Guard"]),
     ("LOC", "Porvoo", ["Borgå"], ["Porvoo"]),
     ("ORG", "Elering", [], ["Elering"]),
     ("LOC", "Tallinn", [], ["Tallinn"])],
    [("04", "held talks", "Helsinki", "2025-02-11"), ("17", "detained", "Porvoo", "2025-02-10"),
     ("14", "protested", "Tallinn", "2025-02-10")])

doc("b4-en-04-lilongwe", "en", "2025-06-25T10:00:00Z",
    "Malawi and Lesotho sign water and energy pact",
    "LILONGWE, June 25 - Malawi's President Lazarus Chakwera received Lesotho Prime Minister Sam Matekane in Lilongwe on Tuesday, and the two signed an agreement on water and energy cooperation.\n"
    "Chakwera said Malawi would share its experience of running hydropower stations on the Shire River.\n"
    "The Electricity Supply Corporation of Malawi (ESCOM) has rationed power for weeks because of low water levels in Lake Malawi.\n"
    "In Blantyre, police fired tear gas on Monday to disperse traders protesting against fuel shortages.",
    [("LOC", "Malawi", [], ["Malawi"]),
     ("LOC", "Lesotho", [], ["Lesotho"]),
     ("LOC", "Lilongwe", [], ["LILONGWE", "Lilongwe"]),
     ("PERSON", "Lazarus Chakwera", [], ["Lazarus Chakwera", "Chakwera"]),
     ("PERSON", "Sam Matekane", ["Samuel Matekane", "Samuel Ntsokoane Matekane"], ["Sam Matekane"]),
     ("LOC", "Shire River", ["Shire"], ["Shire River"]),
     ("ORG", "Electricity Supply Corporation of Malawi", ["ESCOM"],
      ["Electricity Supply Corporation of Malawi", "ESCOM"]),
     ("LOC", "Lake Malawi", ["Lake Nyasa", "Lake Niassa"], ["Lake Malawi"]),
     ("LOC", "Blantyre", [], ["Blantyre"])],
    [("04", "received", "Lilongwe", "2025-06-24"), ("05", "signed", "Lilongwe", "2025-06-24"),
     ("17", "fired tear gas", "Blantyre", "2025-06-23"), ("14", "protesting", "Blantyre", "2025-06-23")])

doc("b4-fr-01-malabo", "fr", "2025-03-19T09:00:00Z",
    "Guinée équatoriale : le président Obiang reçoit le Premier ministre santoméen à Malabo",
    "Le président équato-guinéen Teodoro Obiang Nguema Mbasogo a reçu mardi à Malabo le Premier ministre de Sao Tomé-et-Principe, Américo Ramos, avec qui il a signé un accord de délimitation maritime dans le golfe de Guinée.\n"
    "La compagnie nationale GEPetrol exploitera les gisements découverts au large de l'île de Bioko.\n"
    "À Bata, la police a arrêté lundi une vingtaine de jeunes qui manifestaient contre les coupures d'électricité.",
    [("LOC", "Equatorial Guinea", [], ["Guinée équatoriale"]),
     ("PERSON", "Teodoro Obiang Nguema Mbasogo", ["Teodoro Obiang"], ["Teodoro Obiang Nguema Mbasogo", "Obiang"]),
     ("LOC", "Malabo", [], ["Malabo"]),
     ("LOC", "São Tomé and Príncipe", ["Sao Tome and Principe", "São Tomé and Principe"], ["Sao Tomé-et-Principe"]),
     ("PERSON", "Américo Ramos", ["Americo Ramos"], ["Américo Ramos"]),
     ("LOC", "Gulf of Guinea", [], ["golfe de Guinée"]),
     ("ORG", "GEPetrol", [], ["GEPetrol"]),
     ("LOC", "Bioko", ["Bioko Island"], ["île de Bioko", "Bioko"]),
     ("LOC", "Bata", [], ["Bata"])],
    [("04", "a reçu", "Malabo", "2025-03-18"), ("05", "a signé", "Malabo", "2025-03-18"),
     ("17", "a arrêté", "Bata", "2025-03-17"), ("14", "manifestaient", "Bata", "2025-03-17")])

doc("b4-fr-02-ljubljana", "fr", "2025-11-05T13:00:00Z",
    "Slovénie et Croatie s'accordent sur l'avenir de la centrale de Krško",
    "Le Premier ministre slovène Robert Golob a rencontré mardi à Ljubljana son homologue croate Andrej Plenković ; les deux dirigeants ont signé un accord prolongeant l'exploitation de la centrale nucléaire de Krško jusqu'en 2043.\n"
    "La société d'électricité GEN energija, copropriétaire de la centrale, a salué l'accord.\n"
    "À Zagreb, plusieurs milliers d'enseignants ont manifesté lundi contre le gel des salaires.\n"
    "La police a interpellé dimanche à Maribor deux passeurs présumés.",
    [("LOC", "Slovenia", [], ["Slovénie"]),
     ("LOC", "Croatia", [], ["Croatie"]),
     ("PERSON", "Robert Golob", [], ["Robert Golob"]),
     ("LOC", "Ljubljana", [], ["Ljubljana"]),
     ("PERSON", "Andrej Plenković", ["Andrej Plenkovic"], ["Andrej Plenković"]),
     ("LOC", "Krško Nuclear Power Plant", ["Krško", "Krsko", "Krško nuclear plant", "NEK"],
      ["centrale nucléaire de Krško", "centrale de Krško", "Krško"]),
     ("ORG", "GEN energija", ["GEN Energija"], ["GEN energija"]),
     ("LOC", "Zagreb", [], ["Zagreb"]),
     ("LOC", "Maribor", [], ["Maribor"])],
    [("04", "a rencontré", "Ljubljana", "2025-11-04"), ("05", "ont signé", "Ljubljana", "2025-11-04"),
     ("05", "a salué", None, None), ("14", "ont manifesté", "Zagreb", "2025-11-03"),
     ("17", "a interpellé", "Maribor", "2025-11-02")])

doc("b4-fr-03-kyaukphyu", "fr", "2025-01-16T10:00:00Z",
    "Birmanie : l'Armée d'Arakan attaque une base militaire dans l'État Rakhine",
    "Les rebelles de l'Armée d'Arakan ont attaqué mercredi une base de l'armée birmane près de Kyaukphyu, dans l'État Rakhine, selon des habitants.\n"
    "Le chef de la junte, le général Min Aung Hlaing, a rencontré jeudi à Naypyidaw les membres de la Commission électorale de l'Union pour préparer les élections.\n"
    "À Mandalay, la police a arrêté mardi douze étudiants qui distribuaient des tracts contre la conscription.",
    [("LOC", "Myanmar", ["Burma", "Birmanie"], ["Birmanie"]),
     ("ORG", "Arakan Army", ["Armée d'Arakan"], ["Armée d'Arakan"]),
     ("ORG", "Myanmar Armed Forces", ["Tatmadaw", "Myanmar military", "Myanmar Army", "Burmese army"],
      ["armée birmane"]),
     ("LOC", "Kyaukphyu", ["Kyaukpyu"], ["Kyaukphyu"]),
     ("LOC", "Rakhine State", ["Rakhine", "Arakan State"], ["État Rakhine"]),
     ("PERSON", "Min Aung Hlaing", [], ["Min Aung Hlaing"]),
     ("LOC", "Naypyidaw", ["Naypyitaw", "Nay Pyi Taw"], ["Naypyidaw"]),
     ("ORG", "Union Election Commission", ["UEC", "Union Election Commission (Myanmar)"],
      ["Commission électorale de l'Union"]),
     ("LOC", "Mandalay", [], ["Mandalay"])],
    [("19", "ont attaqué", "Kyaukphyu", "2025-01-15"), ("04", "a rencontré", "Naypyidaw", "2025-01-16"),
     ("17", "a arrêté", "Mandalay", "2025-01-14")])

doc("b4-fr-04-la-havane", "fr", "2025-03-25T16:00:00Z",
    "Cuba : Díaz-Canel reçoit le chef de la diplomatie mexicaine",
    "Le président cubain Miguel Díaz-Canel a reçu lundi à La Havane le ministre mexicain des Affaires étrangères, Juan Ramón de la Fuente, avec qui il a évoqué les livraisons de pétrole à l'île.\n"
    "Le Mexique est devenu en 2023 le premier fournisseur de pétrole de Cuba, grâce à la compagnie publique Pemex.\n"
    "À Santiago de Cuba, des centaines d'habitants ont protesté dimanche contre les coupures de courant, et la police a interpellé plusieurs manifestants.\n"
    "L'Union électrique (UNE) a attribué la panne à une avarie de la centrale Antonio Guiteras.",
    [("LOC", "Cuba", [], ["Cuba"]),
     ("PERSON", "Miguel Díaz-Canel", ["Miguel Diaz-Canel"], ["Miguel Díaz-Canel", "Díaz-Canel"]),
     ("LOC", "Havana", ["La Habana", "La Havane"], ["La Havane"]),
     ("PERSON", "Juan Ramón de la Fuente", ["Juan Ramon de la Fuente"], ["Juan Ramón de la Fuente"]),
     ("LOC", "Mexico", [], ["Mexique"]),
     ("ORG", "Pemex", ["Petróleos Mexicanos"], ["Pemex"]),
     ("LOC", "Santiago de Cuba", [], ["Santiago de Cuba"]),
     ("ORG", "Unión Eléctrica", ["UNE", "Union Eléctrica", "Electric Union (Cuba)"], ["Union électrique", "UNE"]),
     ("LOC", "Antonio Guiteras Power Plant", ["Antonio Guiteras thermoelectric plant", "Antonio Guiteras"],
      ["centrale Antonio Guiteras", "Antonio Guiteras"])],
    [("04", "a reçu", "Havana", "2025-03-24"), ("14", "ont protesté", "Santiago de Cuba", "2025-03-23"),
     ("17", "a interpellé", "Santiago de Cuba", "2025-03-23")])

write("blind4.jsonl")
