# Writes blind2.jsonl: 9 articles (3 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-11-29 before the work on
# national capitals and Maghreb spellings of person names, annotated by shared/eval/GUIDELINES.md and committed before
# the extractor ever ran on them. Countries, people, bodies and places are none of those named in dev.jsonl,
# articles.jsonl, fresh.jsonl, unseen.jsonl or blind.jsonl as entities (a few persons come from countries those sets
# name, here named only by a nationality adjective); several small-state capitals; Arabic and French copy with
# Maghreb spellings of names. Gold not edited to match output. Apache-2.0. Run: python3 make_blind2.py
from gold import doc, write

doc("b2-ar-01-valletta", "ar", "2025-10-21T09:00:00Z",
    "رئيس الوزراء المالطي يستقبل الرئيس الجزائري في فاليتا",
    "استقبل رئيس الوزراء المالطي روبرت أبيلا، أمس الإثنين، الرئيس الجزائري عبد المجيد تبون في فاليتا، ووقع الجانبان اتفاقية لتوريد الغاز الطبيعي إلى مالطا.\n"
    "وحضر المحادثات الأمين العام لاتحاد المغرب العربي الطيب البكوش، الذي أكد أن الاتحاد يسعى إلى شراكة أوسع مع الدول الأوروبية.\n"
    "وفي سياق منفصل، أعلنت القوات المسلحة المالطية اعتقال أربعة مهربين قبالة جزيرة غوزو.\n"
    "ومن المقرر أن يستقبل أبيلا في فاليتا الخميس المقبل رئيس الوزراء الموريتاني المختار ولد اجاي.",
    [("PERSON", "Robert Abela", [], ["روبرت أبيلا", "أبيلا"]),
     ("PERSON", "Abdelmadjid Tebboune", ["Abdelmajid Tebboune", "Abdel Madjid Tebboune", "Abdelmadjid Tebboun"],
      ["عبد المجيد تبون"]),
     ("LOC", "Valletta", ["Valetta"], ["فاليتا"]),
     ("LOC", "Malta", ["Republic of Malta"], ["مالطا"]),
     ("ORG", "Arab Maghreb Union", ["AMU", "Union of the Arab Maghreb", "Union du Maghreb arabe"],
      ["اتحاد المغرب العربي"]),
     ("PERSON", "Taïeb Baccouche", ["Taieb Baccouche", "Tayeb Baccouche"], ["الطيب البكوش"]),
     ("ORG", "Armed Forces of Malta", ["AFM", "Maltese Armed Forces", "Malta Armed Forces"],
      ["القوات المسلحة المالطية"]),
     ("LOC", "Gozo", [], ["غوزو"]),
     ("PERSON", "Mokhtar Ould Djay", ["Moctar Ould Djay", "El Moctar Ould Djay", "Mokhtar Ould Diay"],
      ["المختار ولد اجاي"])],
    [("04", "استقبل", "Valletta", "2025-10-20"), ("05", "ووقع", "Valletta", "2025-10-20"),
     ("17", "اعتقال", "Gozo", None), ("04", "يستقبل", "Valletta", "2025-10-23")])

doc("b2-ar-02-moroni", "ar", "2025-11-12T09:00:00Z",
    "رئيس جزر القمر يستقبل نظيره الموريتاني في موروني",
    "استقبل رئيس جزر القمر غزالي عثماني، أمس الثلاثاء في موروني، الرئيس الموريتاني محمد ولد الشيخ الغزواني، ووقع الجانبان اتفاقيتين للتعاون في مجالي الصيد البحري والتعليم العالي.\n"
    "وقال الغزواني إن بلاده مستعدة لاستقبال مئة طالب قمري في جامعاتها اعتبارا من العام المقبل.\n"
    "وفي جزيرة أنجوان، يواصل المعلمون منذ الإثنين إضرابا عن العمل للمطالبة بصرف رواتبهم المتأخرة.\n"
    "ورحب وزير الخارجية المغربي ناصر بوريطة بالاتفاقيتين في بيان.",
    [("LOC", "Comoros", ["Union of the Comoros", "Comoro Islands"], ["جزر القمر"]),
     ("PERSON", "Azali Assoumani", ["Assoumani Azali"], ["غزالي عثماني"]),
     ("LOC", "Moroni", [], ["موروني"]),
     ("PERSON", "Mohamed Ould Ghazouani", ["Mohamed Ould Cheikh El Ghazouani", "Mohamed Ould El-Ghazaouani",
      "Mohamed Ould al-Ghazouani"], ["محمد ولد الشيخ الغزواني", "الغزواني"]),
     ("LOC", "Anjouan", ["Ndzuwani", "Nzwani"], ["أنجوان"]),
     ("PERSON", "Nasser Bourita", ["Naser Bourita"], ["ناصر بوريطة"])],
    [("04", "استقبل", "Moroni", "2025-11-11"), ("05", "ووقع", "Moroni", "2025-11-11"), ("03", "مستعدة", None, None),
     ("14", "إضرابا", "Anjouan", "2025-11-10"), ("05", "ورحب", None, None)])

doc("b2-ar-03-bandar-seri-begawan", "ar", "2025-03-18T10:00:00Z",
    "رئيس جزر المالديف يبحث مع سلطان بروناي تعزيز التعاون",
    "بحث الرئيس المالديفي محمد معز مع سلطان بروناي حسن البلقية، اليوم الثلاثاء في بندر سري بكاوان، سبل تعزيز التعاون في مجالي الصيد والطاقة.\n"
    "ويزور معز ماليزيا يوم الخميس قبل عودته إلى ماليه.\n"
    "ورحب الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه في بيان بتعزيز العلاقات بين البلدين العضوين في المنظمة.",
    [("LOC", "Maldives", ["Republic of Maldives", "Maldive Islands"], ["جزر المالديف"]),
     ("PERSON", "Mohamed Muizzu", ["Mohammed Muizzu", "Mohamed Muiz"], ["محمد معز", "معز"]),
     ("LOC", "Brunei", ["Brunei Darussalam"], ["بروناي"]),
     ("PERSON", "Hassanal Bolkiah", ["Sultan Hassanal Bolkiah", "Hassan al-Bolkiah"], ["حسن البلقية"]),
     ("LOC", "Bandar Seri Begawan", [], ["بندر سري بكاوان"]),
     ("LOC", "Malaysia", [], ["ماليزيا"]),
     ("LOC", "Malé", ["Male"], ["ماليه"]),
     ("ORG", "Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation", "OIC"],
      ["منظمة التعاون الإسلامي"]),
     ("PERSON", "Hissein Brahim Taha", ["Hussein Ibrahim Taha", "Hussain Ibrahim Taha"], ["حسين إبراهيم طه"])],
    [("04", "بحث", "Bandar Seri Begawan", "2025-03-18"), ("04", "ويزور", "Malaysia", "2025-03-20"),
     ("05", "ورحب", None, None)])

doc("b2-en-01-valletta", "en", "2025-09-30T08:00:00Z",
    "Malta and Montenegro sign maritime security pact in Valletta",
    "VALLETTA, Sept 30 - Maltese Prime Minister Robert Abela and his Montenegrin counterpart Milojko Spajic signed a maritime security agreement in Valletta on Monday, their offices said.\n"
    "The Armed Forces of Malta said its patrol boats had intercepted two smuggling vessels off Gozo last week. Frontex will help train Montenegrin coastguards in the port of Bar under the deal.\n"
    "Spajic returns to Podgorica on Wednesday, where opposition parties plan a protest outside parliament.",
    [("LOC", "Malta", ["Republic of Malta"], ["Malta"]),
     ("LOC", "Montenegro", [], ["Montenegro"]),
     ("LOC", "Valletta", ["Valetta"], ["VALLETTA", "Valletta"]),
     ("PERSON", "Robert Abela", [], ["Robert Abela"]),
     ("PERSON", "Milojko Spajić", ["Milojko Spajic"], ["Milojko Spajic", "Spajic"]),
     ("ORG", "Armed Forces of Malta", ["AFM", "Maltese Armed Forces", "Malta Armed Forces"], ["Armed Forces of Malta"]),
     ("LOC", "Gozo", [], ["Gozo"]),
     ("ORG", "Frontex", ["European Border and Coast Guard Agency"], ["Frontex"]),
     ("LOC", "Bar", ["Port of Bar"], ["Bar"]),
     ("LOC", "Podgorica", [], ["Podgorica"])],
    [("05", "signed", "Valletta", "2025-09-29"), ("17", "intercepted", "Gozo", None), ("03", "will help train", "Bar", None),
     ("14", "protest", "Podgorica", "2025-10-01")])

doc("b2-en-02-nukualofa", "en", "2025-08-26T07:00:00Z",
    "Pacific foreign ministers meet in Tonga as Fiji pledges climate funds",
    "NUKU'ALOFA, Aug 26 - Foreign ministers of the Pacific Islands Forum met in Nuku'alofa on Tuesday to prepare the leaders' summit, Tonga's Foreign Ministry said.\n"
    "Fiji's Prime Minister Sitiveni Rabuka pledged 5 million dollars to a regional climate resilience facility.\n"
    "Police in Samoa arrested two men in Apia on Monday over a plot to disrupt the meeting.\n"
    "The forum's Secretary General Baron Waqa criticised delays in climate finance from rich nations.",
    [("LOC", "Tonga", ["Kingdom of Tonga"], ["Tonga"]),
     ("LOC", "Fiji", ["Republic of Fiji"], ["Fiji"]),
     ("LOC", "Nuku'alofa", ["Nukualofa"], ["NUKU'ALOFA", "Nuku'alofa"]),
     ("ORG", "Pacific Islands Forum", ["PIF"], ["Pacific Islands Forum"]),
     ("ORG", "Ministry of Foreign Affairs (Tonga)", ["Tongan Foreign Ministry", "Tonga Ministry of Foreign Affairs"],
      ["Foreign Ministry"]),
     ("PERSON", "Sitiveni Rabuka", [], ["Sitiveni Rabuka"]),
     ("LOC", "Samoa", ["Independent State of Samoa"], ["Samoa"]),
     ("LOC", "Apia", [], ["Apia"]),
     ("PERSON", "Baron Waqa", [], ["Baron Waqa"])],
    [("04", "met", "Nuku'alofa", "2025-08-26"), ("03", "pledged", None, None), ("17", "arrested", "Apia", "2025-08-25"),
     ("11", "criticised", None, None)])

doc("b2-en-03-banjul", "en", "2025-04-16T09:00:00Z",
    "Gambia's Barrow hosts Guinea-Bissau leader in Banjul",
    "BANJUL, April 16 - Gambian President Adama Barrow received his Guinea-Bissau counterpart Umaro Sissoco Embalo in Banjul on Tuesday for talks on cross-border trade and security in the Casamance region.\n"
    "The two leaders signed an agreement to reopen the Farafenni border post, officials said.\n"
    "Hundreds of traders protested against new market fees in Serrekunda on Monday.\n"
    "Embalo will travel to Conakry on Friday to meet Guinea's leader Mamadi Doumbouya.",
    [("LOC", "Gambia", ["The Gambia", "Republic of The Gambia"], ["Gambia"]),
     ("PERSON", "Adama Barrow", [], ["Barrow", "Adama Barrow"]),
     ("LOC", "Guinea-Bissau", ["Republic of Guinea-Bissau"], ["Guinea-Bissau"]),
     ("PERSON", "Umaro Sissoco Embaló", ["Umaro Sissoco Embalo", "Umaro Embalo"], ["Umaro Sissoco Embalo", "Embalo"]),
     ("LOC", "Banjul", [], ["BANJUL", "Banjul"]),
     ("LOC", "Casamance", [], ["Casamance"]),
     ("LOC", "Farafenni", [], ["Farafenni"]),
     ("LOC", "Serrekunda", ["Serekunda"], ["Serrekunda"]),
     ("LOC", "Conakry", [], ["Conakry"]),
     ("LOC", "Guinea", ["Republic of Guinea", "Guinea-Conakry"], ["Guinea"]),
     ("PERSON", "Mamadi Doumbouya", [], ["Mamadi Doumbouya"])],
    [("04", "received", "Banjul", "2025-04-15"), ("05", "signed", "Banjul", "2025-04-15"),
     ("14", "protested", "Serrekunda", "2025-04-14"), ("04", "meet", "Conakry", "2025-04-18")])

doc("b2-fr-01-andorre", "fr", "2025-06-11T09:00:00Z",
    "Andorre et Monaco signent une convention fiscale à Andorre-la-Vieille",
    "ANDORRE-LA-VIEILLE – Le chef du gouvernement andorran, Xavier Espot Zamora, et le ministre d'État de Monaco, Christophe Mirmand, ont signé mardi à Andorre-la-Vieille une convention fiscale entre les deux principautés.\n"
    "Le texte doit encore être ratifié par le Conseil général, le parlement andorran, avant la fin de l'année.\n"
    "À Pas de la Case, des commerçants ont manifesté lundi contre la hausse des taxes sur le tabac.\n"
    "M. Espot se rendra jeudi à La Seu d'Urgell pour rencontrer le coprince épiscopal, Josep-Lluís Serrano Pentinat.",
    [("LOC", "Andorra", ["Principality of Andorra"], ["Andorre"]),
     ("LOC", "Monaco", ["Principality of Monaco"], ["Monaco"]),
     ("LOC", "Andorra la Vella", ["Andorre-la-Vieille", "Andorra la Vieja"], ["ANDORRE-LA-VIEILLE", "Andorre-la-Vieille"]),
     ("ORG", "Government of Andorra", ["Andorran government"], ["gouvernement andorran"]),
     ("PERSON", "Xavier Espot Zamora", ["Xavier Espot"], ["Xavier Espot Zamora", "Espot"]),
     ("PERSON", "Christophe Mirmand", [], ["Christophe Mirmand"]),
     ("ORG", "General Council (Andorra)", ["General Council of Andorra", "Consell General", "Conseil général"],
      ["Conseil général"]),
     ("LOC", "Pas de la Casa", ["El Pas de la Casa", "Pas de la Case"], ["Pas de la Case"]),
     ("LOC", "La Seu d'Urgell", ["Seu d'Urgell"], ["La Seu d'Urgell"]),
     ("PERSON", "Josep-Lluís Serrano Pentinat", ["Josep-Lluis Serrano Pentinat"], ["Josep-Lluís Serrano Pentinat"])],
    [("05", "ont signé", "Andorra la Vella", "2025-06-10"), ("14", "ont manifesté", "Pas de la Casa", "2025-06-09"),
     ("04", "rencontrer", "La Seu d'Urgell", "2025-06-12")])

doc("b2-fr-02-porto-novo", "fr", "2025-10-08T09:00:00Z",
    "Le Bénin et le Togo signent un accord sur la route côtière Lomé–Porto-Novo",
    "PORTO-NOVO – Le président béninois Patrice Talon et le dirigeant togolais Faure Gnassingbé ont signé mardi à Porto-Novo un accord pour achever la route côtière reliant les deux capitales.\n"
    "La Banque ouest-africaine de développement (BOAD) a annoncé un prêt de 120 millions de dollars pour moderniser le port de Cotonou.\n"
    "À Lomé, la police a arrêté lundi une dizaine de militants de l'opposition.\n"
    "Le ministre togolais des Affaires étrangères, Robert Dussey, doit se rendre vendredi à Cotonou pour des consultations avec son homologue béninois.",
    [("LOC", "Benin", ["Republic of Benin"], ["Bénin"]),
     ("LOC", "Togo", ["Togolese Republic"], ["Togo"]),
     ("LOC", "Lomé", ["Lome"], ["Lomé"]),
     ("LOC", "Porto-Novo", ["Porto Novo"], ["PORTO-NOVO", "Porto-Novo"]),
     ("PERSON", "Patrice Talon", [], ["Patrice Talon"]),
     ("PERSON", "Faure Gnassingbé", ["Faure Gnassingbe", "Faure Essozimna Gnassingbé"], ["Faure Gnassingbé"]),
     ("ORG", "West African Development Bank", ["BOAD", "Banque ouest-africaine de développement"],
      ["Banque ouest-africaine de développement", "BOAD"]),
     ("LOC", "Cotonou", ["Port of Cotonou"], ["Cotonou"]),
     ("PERSON", "Robert Dussey", [], ["Robert Dussey"])],
    [("05", "ont signé", "Porto-Novo", "2025-10-07"), ("03", "prêt", "Cotonou", None),
     ("17", "a arrêté", "Lomé", "2025-10-06"), ("04", "consultations", "Cotonou", "2025-10-10")])

doc("b2-fr-03-la-valette", "fr", "2025-11-21T09:00:00Z",
    "Migration : les ministres du Dialogue 5+5 réunis à La Valette",
    "LA VALETTE – Les ministres de l'Intérieur du Dialogue 5+5 se sont réunis jeudi à La Valette, sous la présidence du ministre maltais Byron Camilleri, pour coordonner la lutte contre les réseaux de passeurs.\n"
    "Le ministre mauritanien de l'Intérieur, Mohamed Ahmed Ould Mohamed Lemine, a proposé la création d'un centre commun d'analyse des risques à Nouadhibou.\n"
    "Le coordinateur du Dialogue, le diplomate tunisien Abdelhamid Ben Ammar, a salué « un consensus inédit » à l'issue de la réunion.\n"
    "Les ministres se retrouveront en mars à Lisbonne.",
    [("ORG", "5+5 Dialogue", ["Western Mediterranean Forum", "Dialogue 5+5"], ["Dialogue 5+5", "Dialogue"]),
     ("LOC", "Valletta", ["La Valette", "Valetta"], ["LA VALETTE", "La Valette"]),
     ("PERSON", "Byron Camilleri", [], ["Byron Camilleri"]),
     ("PERSON", "Mohamed Ahmed Ould Mohamed Lemine", ["Mohamed Ahmed Ould Lemine"],
      ["Mohamed Ahmed Ould Mohamed Lemine"]),
     ("LOC", "Nouadhibou", [], ["Nouadhibou"]),
     ("PERSON", "Abdelhamid Ben Ammar", ["Abdelhamid Ben Amar"], ["Abdelhamid Ben Ammar"]),
     ("LOC", "Lisbon", ["Lisboa", "Lisbonne"], ["Lisbonne"])],
    [("04", "se sont réunis", "Valletta", "2025-11-20"), ("03", "a proposé", "Nouadhibou", None),
     ("05", "a salué", "Valletta", "2025-11-20"), ("04", "se retrouveront", "Lisbon", None)])

write("blind2.jsonl")
