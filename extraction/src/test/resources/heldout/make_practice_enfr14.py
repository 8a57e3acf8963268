# Writes practice_enfr14.jsonl: 10 articles (5 en, 5 fr) written for Newsflow's English/French detection work on
# 2026-12-03 by the h/enfr14 helper, annotated by shared/eval/GUIDELINES.md and written BEFORE the extractor ran on
# them (its English/French code was not read while they were written). Wire stories from places the other sets do
# not name: English: Egypt's Red Sea coast (Damietta LNG, the Sukari mine), Nigeria's Bonny Island, Liberia's Nimba
# iron ore, the Philippines' Dinagat nickel, Libya's Mellitah; French: Algeria's Skikda, Morocco's Imiter and
# Mogador, Mali's Kayes gold, Burkina Faso's Essakane, Senegal's Sangomar and Saloum islands. Dense in one-word
# companies (miners, railways, utilities), LNG plants, islands ("X Island", "l'île de X"), sites after a possessive
# ("its Y mine"), unions and parties known by acronyms, and people with particles (de, da, dos, van, Mac). A first
# draft in Kyrgyzstan, Jamaica, Ghana, Papua New Guinea, Sierra Leone, Gabon, Congo, Madagascar, Québec and
# Martinique, and a second in Oman, Eritrea, Tunisia, Lebanon and Chad, shared too many names with other sets
# (overlap.py) and were replaced, unscored. overlap.py now prints countries and two accidental hits naming other
# things ("CDC", "Wafa"). Real public figures in plausible public roles as of late 2026; other officials and details
# are fictional. Gold not edited to match output, except two plain annotation errors against GUIDELINES found
# in the first output: LOC "Liberia" was named only inside "Mine Workers Union of Liberia" (nesting rule), and
# "Europe", named in the Mellitah story, had no entity. Apache-2.0.
# Run: python3 make_practice_enfr14.py
from gold import doc, write

doc("p14-en-01-damietta", "en", "2026-11-24T07:00:00Z",
    "Egypt restarts Damietta LNG plant as gold miners strike at Sukari",
    "HURGHADA, Nov 24 - Egypt restarted the Damietta LNG plant on Monday after a six-month halt, the Ministry of "
    "Petroleum and Mineral Resources said, and the first cargo left for Italy late in the day.\n\n"
    "The plant is run by Segas, a venture of Naturgy and EGAS, which said in a statement that it would ship four "
    "cargoes a month until March. The Egyptian Natural Gas Holding Company said its Idku plant would follow "
    "in December.\n\n"
    "In the Eastern Desert, workers at the Sukari gold mine near Marsa Alam went on strike on Sunday over unpaid "
    "bonuses, the Egyptian Trade Union Federation (ETUF) said. AngloGold, which bought the mine's owner Centamin "
    "last year, said its Sukari mine was still producing from stockpiles. Hamdi el-Masry, who heads the union's "
    "local branch, said the strike could spread to the Hamash mine.\n\n"
    "Petroleum Minister Karim Badawi met AngloGold's regional manager, Willem van der Berg, in Safaga on "
    "Tuesday. The Egyptian Mineral Resources Authority (EMRA) said it would review the company's licence.\n\n"
    "Two LNG tankers were waiting off Ain Sokhna, the shipping agent Leth said. Egypt has imported LNG since "
    "last year to meet summer demand for power.",
    [("LOC", "Hurghada", [], ["HURGHADA"]),
     ("LOC", "Egypt", [], ["Egypt"]),
     ("LOC", "Damietta LNG", ["Damietta LNG plant"], ["Damietta LNG"]),
     ("ORG", "Ministry of Petroleum and Mineral Resources (Egypt)", ["Ministry of Petroleum and Mineral Resources"],
      ["Ministry of Petroleum and Mineral Resources"]),
     ("LOC", "Italy", [], ["Italy"]),
     ("ORG", "Segas", ["SEGAS", "Spanish Egyptian Gas Company"], ["Segas"]),
     ("ORG", "Naturgy", [], ["Naturgy"]),
     ("ORG", "Egyptian Natural Gas Holding Company", ["EGAS"], ["Egyptian Natural Gas Holding Company", "EGAS"]),
     ("LOC", "Idku", ["Edku"], ["Idku"]),
     ("LOC", "Eastern Desert", [], ["Eastern Desert"]),
     ("LOC", "Sukari", ["Sukari gold mine", "Sukari mine"], ["Sukari"]),
     ("LOC", "Marsa Alam", [], ["Marsa Alam"]),
     ("ORG", "Egyptian Trade Union Federation", ["ETUF"], ["Egyptian Trade Union Federation", "ETUF"]),
     ("ORG", "AngloGold Ashanti", ["AngloGold"], ["AngloGold"]),
     ("ORG", "Centamin", [], ["Centamin"]),
     ("PERSON", "Hamdi el-Masry", ["Hamdi al-Masri"], ["Hamdi el-Masry"]),
     ("LOC", "Hamash", ["Hamash mine"], ["Hamash"]),
     ("PERSON", "Karim Badawi", [], ["Karim Badawi"]),
     ("PERSON", "Willem van der Berg", [], ["Willem van der Berg"]),
     ("LOC", "Safaga", ["Port Safaga"], ["Safaga"]),
     ("ORG", "Egyptian Mineral Resources Authority", ["EMRA"], ["Egyptian Mineral Resources Authority", "EMRA"]),
     ("LOC", "Ain Sokhna", ["Sokhna"], ["Ain Sokhna"]),
     ("ORG", "Leth Agencies", ["Leth"], ["Leth"])],
    [("14", "strike", "Sukari", "2026-11-23"), ("04", "met", "Safaga", "2026-11-25")])

doc("p14-en-02-bonny", "en", "2026-11-18T10:00:00Z",
    "Nigeria LNG declares force majeure after pipeline blast near Bonny Island",
    "PORT HARCOURT, Nigeria, Nov 18 - Nigeria LNG declared force majeure on some cargoes from its Bonny Island plant "
    "on Tuesday after militants blew up a gas pipeline in Rivers State, the company said in a statement.\n\n"
    "Shell, which owns a quarter of Nigeria LNG, said its Soku gas plant in Bayelsa had been shut and that crews "
    "could not reach the pipeline until the army secured the area. The Nigerian Upstream Petroleum Regulatory "
    "Commission (NUPRC) said it would send inspectors.\n\n"
    "Minister of State for Petroleum Resources Heineken Lokpobiri visited Finima, the town next to the plant, on "
    "Wednesday with officers of the Nigerian Navy. He said the attack had cost the country $40 million a day.\n\n"
    "The Petroleum and Natural Gas Senior Staff Association of Nigeria (PENGASSAN) demanded better protection for "
    "its members. Its chairman at Bonny, Tamunoemi da Silva-Briggs, said workers would stay home until then.\n\n"
    "Separately, Seplat said its Sapele gas plant in Delta State was working normally, and the Scottish engineer "
    "Fraser MacAllister, who runs the Okrika refinery for the Port Harcourt Refining Company, said a fire there "
    "had been put out on Monday.",
    [("LOC", "Port Harcourt", [], ["PORT HARCOURT"]),
     ("LOC", "Nigeria", [], ["Nigeria"]),
     ("ORG", "Nigeria LNG", ["NLNG", "Nigeria LNG Limited"], ["Nigeria LNG"]),
     ("LOC", "Bonny Island", ["Bonny"], ["Bonny Island", "Bonny"]),
     ("LOC", "Rivers State", [], ["Rivers State"]),
     ("ORG", "Shell", ["Shell plc", "Royal Dutch Shell"], ["Shell"]),
     ("LOC", "Soku", ["Soku gas plant"], ["Soku"]),
     ("LOC", "Bayelsa State", ["Bayelsa"], ["Bayelsa"]),
     ("ORG", "Nigerian Upstream Petroleum Regulatory Commission", ["NUPRC"],
      ["Nigerian Upstream Petroleum Regulatory Commission", "NUPRC"]),
     ("PERSON", "Heineken Lokpobiri", [], ["Heineken Lokpobiri"]),
     ("LOC", "Finima", [], ["Finima"]),
     ("ORG", "Nigerian Navy", [], ["Nigerian Navy"]),
     ("ORG", "Petroleum and Natural Gas Senior Staff Association of Nigeria", ["PENGASSAN"],
      ["Petroleum and Natural Gas Senior Staff Association of Nigeria", "PENGASSAN"]),
     ("PERSON", "Tamunoemi da Silva-Briggs", [], ["Tamunoemi da Silva-Briggs"]),
     ("ORG", "Seplat Energy", ["Seplat"], ["Seplat"]),
     ("LOC", "Sapele", [], ["Sapele"]),
     ("LOC", "Delta State", [], ["Delta State"]),
     ("PERSON", "Fraser MacAllister", [], ["Fraser MacAllister"]),
     ("LOC", "Okrika", ["Okrika refinery"], ["Okrika"]),
     ("ORG", "Port Harcourt Refining Company", ["PHRC"], ["Port Harcourt Refining Company"])],
    [("18", "blew up", "Rivers State", None), ("04", "visited", "Finima", "2026-11-18"),
     ("10", "demanded", None, None)])

doc("p14-en-03-yekepa", "en", "2026-11-12T09:00:00Z",
    "Liberian iron ore railway halted as Yekepa miners strike; Bea Mountain unaffected",
    "MONROVIA, Nov 12 - Workers at the Yekepa iron ore mine in Nimba County went on strike on Wednesday, halting "
    "trains on the railway to the port of Buchanan, the Mine Workers Union of Liberia said.\n\n"
    "The mine's operator, AML, said in a statement that the stoppage was illegal and that it had offered a 6% pay "
    "rise. The union's secretary general, Gustavo dos Reis, said the strike would go on until wages were raised "
    "by a fifth.\n\n"
    "Mines and Energy Minister Wilmot Paye met union leaders in Ganta on Thursday. President Joseph Boakai said the "
    "labour ministry would mediate. The opposition Congress for Democratic Change (CDC) accused the government "
    "of siding with the company.\n\n"
    "Bea Mountain, which runs the New Liberty gold mine in Grand Cape Mount County, said its own operations were "
    "normal. Hundreds of traders marched from Providence Island to the Executive Mansion in Monrovia on Tuesday "
    "to demand lower port fees, and the National Port Authority said it would meet them next week.\n\n"
    "The strike is the first at Yekepa since 2019, when workers blocked the line near Tokadeh for a week.",
    [("LOC", "Monrovia", [], ["MONROVIA", "Monrovia"]),
     ("LOC", "Yekepa", ["Yekepa mine"], ["Yekepa"]),
     ("LOC", "Nimba County", ["Nimba"], ["Nimba County"]),
     ("LOC", "Buchanan", ["Port of Buchanan"], ["Buchanan"]),
     ("ORG", "Mine Workers Union of Liberia", ["MWUL"], ["Mine Workers Union of Liberia"]),
     ("ORG", "ArcelorMittal Liberia", ["AML"], ["AML"]),
     ("PERSON", "Gustavo dos Reis", [], ["Gustavo dos Reis"]),
     ("PERSON", "Wilmot Paye", ["Wilmot J. M. Paye"], ["Wilmot Paye"]),
     ("LOC", "Ganta", [], ["Ganta"]),
     ("PERSON", "Joseph Boakai", ["Joseph Nyuma Boakai"], ["Joseph Boakai"]),
     ("ORG", "Congress for Democratic Change", ["CDC"], ["Congress for Democratic Change", "CDC"]),
     ("ORG", "Bea Mountain Mining", ["Bea Mountain"], ["Bea Mountain"]),
     ("LOC", "New Liberty", ["New Liberty mine", "New Liberty gold mine"], ["New Liberty"]),
     ("LOC", "Grand Cape Mount County", ["Grand Cape Mount"], ["Grand Cape Mount County"]),
     ("LOC", "Providence Island", [], ["Providence Island"]),
     ("LOC", "Executive Mansion (Liberia)", ["Executive Mansion"], ["Executive Mansion"]),
     ("ORG", "National Port Authority (Liberia)", ["National Port Authority", "NPA"], ["National Port Authority"]),
     ("LOC", "Tokadeh", [], ["Tokadeh"])],
    [("14", "strike", "Yekepa", "2026-11-11"), ("04", "met", "Ganta", "2026-11-12"),
     ("11", "accused", None, None), ("14", "marched", "Providence Island", "2026-11-10")])

doc("p14-en-04-dinagat", "en", "2026-11-26T03:00:00Z",
    "Philippine nickel miners halt Dinagat Island shipments as typhoon nears",
    "SURIGAO CITY, Philippines, Nov 26 - Nickel Asia halted ore loading at its Cagdianao mine on Dinagat Island on Wednesday as a "
    "typhoon approached eastern Mindanao, the company said in a filing to the Philippine Stock Exchange.\n\n"
    "Its rival Marcventures said its Carrascal mine in Surigao del Sur had also stopped work, and the Mines and "
    "Geosciences Bureau (MGB) ordered all miners on Siargao Island and in the Caraga region to secure their "
    "tailings ponds.\n\n"
    "Environment Secretary Raphael Lotilla flew to Surigao City on Thursday with officials of the Office of Civil "
    "Defense. The Philippine Ports Authority moved ferries to Butuan.\n\n"
    "The miners' union, the Federation of Free Workers (FFW), demanded that workers sent home be paid in full. "
    "Its Mindanao organiser, Rolando dela Cruz, said 4,000 workers were affected. The opposition Akbayan party said "
    "mining had stripped the islands of the mangroves that once protected them.\n\n"
    "The Japanese trader Sojitz said a nickel carrier bound for Dinagat had turned back. Nickel ore "
    "shipments from the region usually stop from November to March, when the monsoon makes loading at sea unsafe, "
    "and the companies had hoped to ship two more cargoes.",
    [("LOC", "Philippines", [], ["Philippines"]),
     ("ORG", "Nickel Asia", ["Nickel Asia Corporation"], ["Nickel Asia"]),
     ("LOC", "Cagdianao", ["Cagdianao mine"], ["Cagdianao"]),
     ("LOC", "Dinagat Island", ["Dinagat", "Dinagat Islands"], ["Dinagat Island", "Dinagat"]),
     ("LOC", "Mindanao", [], ["Mindanao"]),
     ("ORG", "Philippine Stock Exchange", ["PSE"], ["Philippine Stock Exchange"]),
     ("ORG", "Marcventures", ["Marcventures Holdings"], ["Marcventures"]),
     ("LOC", "Carrascal", ["Carrascal mine"], ["Carrascal"]),
     ("LOC", "Surigao del Sur", [], ["Surigao del Sur"]),
     ("ORG", "Mines and Geosciences Bureau", ["MGB"], ["Mines and Geosciences Bureau", "MGB"]),
     ("LOC", "Siargao", ["Siargao Island"], ["Siargao Island"]),
     ("LOC", "Caraga", ["Caraga region"], ["Caraga"]),
     ("PERSON", "Raphael Lotilla", [], ["Raphael Lotilla"]),
     ("LOC", "Surigao City", ["Surigao"], ["SURIGAO CITY", "Surigao City"]),
     ("ORG", "Office of Civil Defense", ["OCD"], ["Office of Civil Defense"]),
     ("ORG", "Philippine Ports Authority", [], ["Philippine Ports Authority"]),
     ("LOC", "Butuan", ["Butuan City"], ["Butuan"]),
     ("ORG", "Federation of Free Workers", ["FFW"], ["Federation of Free Workers", "FFW"]),
     ("PERSON", "Rolando dela Cruz", [], ["Rolando dela Cruz"]),
     ("ORG", "Akbayan", ["Akbayan Citizens' Action Party"], ["Akbayan"]),
     ("ORG", "Sojitz", [], ["Sojitz"])],
    [("04", "flew", "Surigao City", "2026-11-27"), ("10", "demanded", None, None)])

doc("p14-en-05-mellitah", "en", "2026-11-05T08:00:00Z",
    "Libya's Mellitah gas complex shut by protest; Farwa Island fishermen hit",
    "MELLITAH, Libya, Nov 5 - Protesters shut the Mellitah gas complex on Wednesday, halting exports through the "
    "Greenstream pipeline to Sicily, the operator Mellitah Oil and Gas said in a statement.\n\n"
    "The protesters, who came from Abu Kammash, demand that the company hire local graduates. Mellitah Oil and Gas "
    "said its Wafa field in the desert near the Algerian border had cut output by half because the gas had nowhere "
    "to go.\n\n"
    "The company's chairman, Fathi Ben Issa, met the protesters' leaders on Thursday. The Libyan Navy said it had "
    "seized two boats carrying diesel near Farwa Island, west of the complex, and arrested nine men.\n\n"
    "Fishermen on Farwa say the smuggling has driven off tuna. Their spokesman, Salem MacKenzie Aboud, said the "
    "Ministry of Agriculture and Marine Wealth had ignored them for a year.\n\n"
    "Italy's Edison said its Bouri field offshore was not affected, and Austria's OMV said its Nawara field in the "
    "south-west was producing normally. Gas exports to Europe have fallen by a third this year because of "
    "repeated stoppages, and traders said the shutdown would push up prices in southern Europe this winter.",
    [("LOC", "Mellitah", ["Mellitah gas complex", "Mellitah complex"], ["MELLITAH", "Mellitah"]),
     ("LOC", "Libya", [], ["Libya"]),
     ("LOC", "Farwa Island", ["Farwa"], ["Farwa Island", "Farwa"]),
     ("LOC", "Greenstream", ["Greenstream pipeline"], ["Greenstream"]),
     ("LOC", "Sicily", [], ["Sicily"]),
     ("ORG", "Mellitah Oil and Gas", ["Mellitah Oil & Gas"], ["Mellitah Oil and Gas"]),
     ("LOC", "Abu Kammash", [], ["Abu Kammash"]),
     ("LOC", "Wafa", ["Wafa field"], ["Wafa"]),
     ("PERSON", "Fathi Ben Issa", [], ["Fathi Ben Issa"]),
     ("ORG", "Libyan Navy", [], ["Libyan Navy"]),
     ("PERSON", "Salem MacKenzie Aboud", [], ["Salem MacKenzie Aboud"]),
     ("ORG", "Ministry of Agriculture and Marine Wealth (Libya)", ["Ministry of Agriculture and Marine Wealth"],
      ["Ministry of Agriculture and Marine Wealth"]),
     ("LOC", "Italy", [], ["Italy"]),
     ("LOC", "Europe", [], ["Europe"]),
     ("ORG", "Edison", ["Edison S.p.A."], ["Edison"]),
     ("LOC", "Bouri", ["Bouri field"], ["Bouri"]),
     ("LOC", "Austria", [], ["Austria"]),
     ("ORG", "OMV", [], ["OMV"]),
     ("LOC", "Nawara", ["Nawara field"], ["Nawara"])],
    [("14", "shut", "Mellitah", "2026-11-04"), ("10", "demand", None, None),
     ("04", "met", None, "2026-11-05"), ("17", "seized", "Farwa Island", None)])

doc("p14-fr-01-skikda", "fr", "2026-11-19T08:00:00Z",
    "Algérie : incendie au complexe GL1K de Skikda, Naftal rassure sur le carburant",
    "SKIKDA, 19 novembre - Un incendie s'est déclaré mercredi dans un train de liquéfaction du complexe GL1K de "
    "Skikda, dans l'est de l'Algérie, a annoncé la direction du complexe, précisant qu'aucune victime n'était à "
    "déplorer.\n\n"
    "Les livraisons de gaz naturel liquéfié vers l'Espagne et l'Italie seront réduites pendant dix jours. Naftal a "
    "assuré que la distribution de carburant dans l'Est ne serait pas touchée, et Asmidal a dit avoir arrêté par "
    "précaution son unité d'ammoniac voisine.\n\n"
    "Le directeur du complexe, Karim Bendaoud, s'est rendu jeudi sur le site avec le wali de Skikda. Le Syndicat "
    "national autonome des personnels de l'administration publique (SNAPAP) a réclamé le renforcement des équipes "
    "de sécurité. Son délégué à Collo, Rachid Belkacem, a affirmé que les compresseurs n'avaient pas été révisés "
    "depuis trois ans.\n\n"
    "Au large, l'île de Srigina a été placée sous surveillance des garde-côtes après une nappe d'hydrocarbures "
    "signalée près de son phare. Les pêcheurs de Jijel craignent qu'elle n'atteigne leurs côtes.\n\n"
    "La société espagnole Naturgy, cliente du complexe, a dit suivre la situation, et l'ingénieur belge Luc van "
    "den Broeck, dépêché par le groupe italien Saipem, doit évaluer les dégâts. Fertial a pour sa part maintenu "
    "ses exportations d'engrais.",
    [("LOC", "Skikda", [], ["SKIKDA", "Skikda"]),
     ("LOC", "GL1K", ["GL1K complex", "GL1K LNG complex"], ["GL1K"]),
     ("LOC", "Algeria", ["Algérie"], ["Algérie"]),
     ("LOC", "Spain", ["Espagne"], ["Espagne"]),
     ("LOC", "Italy", ["Italie"], ["Italie"]),
     ("ORG", "Naftal", [], ["Naftal"]),
     ("ORG", "Asmidal", [], ["Asmidal"]),
     ("PERSON", "Karim Bendaoud", [], ["Karim Bendaoud"]),
     ("ORG", "SNAPAP", ["Syndicat national autonome des personnels de l'administration publique"],
      ["Syndicat national autonome des personnels de l'administration publique", "SNAPAP"]),
     ("LOC", "Collo", [], ["Collo"]),
     ("PERSON", "Rachid Belkacem", [], ["Rachid Belkacem"]),
     ("LOC", "Srigina", ["Srigina Island", "Île de Srigina"], ["Srigina"]),
     ("LOC", "Jijel", [], ["Jijel"]),
     ("ORG", "Naturgy", [], ["Naturgy"]),
     ("PERSON", "Luc van den Broeck", [], ["Luc van den Broeck"]),
     ("ORG", "Saipem", [], ["Saipem"]),
     ("ORG", "Fertial", [], ["Fertial"])],
    [("04", "rendu", "GL1K", "2026-11-20"), ("10", "réclamé", None, None)])

doc("p14-fr-02-imiter", "fr", "2026-11-10T09:00:00Z",
    "Maroc : grève à la mine d'argent d'Imiter, Managem réduit sa production",
    "TINGHIR (Maroc), 10 novembre - Les mineurs de la mine d'argent d'Imiter, près de Tinghir, ont entamé lundi une "
    "grève de trois jours pour réclamer des primes de risque, a annoncé l'Organisation démocratique du travail "
    "(ODT).\n\n"
    "Managem, qui exploite le gisement, a indiqué dans un communiqué que sa production d'argent serait réduite de "
    "15 % ce trimestre. Le groupe a ajouté que sa mine de cobalt de Bou Azzer n'était pas touchée.\n\n"
    "Le gouverneur de la province de Tinghir a reçu mardi les délégués syndicaux. Le secrétaire général de l'ODT, "
    "Ali Lotfi, a averti que la grève s'étendrait aux autres sites du groupe si les négociations échouaient.\n\n"
    "Sur la côte atlantique, la compagnie Marsa Maroc a suspendu les chargements au port de Jorf Lasfar après une "
    "avarie de grue, et les pêcheurs d'Essaouira ont manifesté contre l'interdiction de pêche autour de l'île de "
    "Mogador, réserve naturelle depuis 2019. Leur porte-parole, Youssef Ait Baha, a dénoncé une décision prise "
    "sans concertation.\n\n"
    "Le député Omar de Saint-Exupéry Alaoui, élu de la région, a demandé une commission d'enquête parlementaire "
    "sur les conditions de travail dans les mines du Drâa-Tafilalet.",
    [("LOC", "Tinghir", [], ["TINGHIR", "Tinghir"]),
     ("LOC", "Morocco", ["Maroc"], ["Maroc"]),
     ("LOC", "Imiter", ["Imiter mine"], ["Imiter"]),
     ("ORG", "Democratic Labour Organisation", ["ODT", "Organisation démocratique du travail"],
      ["Organisation démocratique du travail", "ODT"]),
     ("ORG", "Managem", [], ["Managem"]),
     ("LOC", "Bou Azzer", ["Bou Azzer mine"], ["Bou Azzer"]),
     ("PERSON", "Ali Lotfi", [], ["Ali Lotfi"]),
     ("ORG", "Marsa Maroc", [], ["Marsa Maroc"]),
     ("LOC", "Jorf Lasfar", ["Port of Jorf Lasfar"], ["Jorf Lasfar"]),
     ("LOC", "Essaouira", [], ["Essaouira"]),
     ("LOC", "Mogador Island", ["Mogador", "Île de Mogador", "Isles of Mogador"], ["Mogador"]),
     ("PERSON", "Youssef Ait Baha", [], ["Youssef Ait Baha"]),
     ("PERSON", "Omar de Saint-Exupéry Alaoui", [], ["Omar de Saint-Exupéry Alaoui"]),
     ("LOC", "Drâa-Tafilalet", ["Draa-Tafilalet"], ["Drâa-Tafilalet"])],
    [("14", "grève", "Imiter", "2026-11-09"), ("04", "reçu", None, "2026-11-10"),
     ("13", "averti", None, None), ("14", "manifesté", "Essaouira", None)])

doc("p14-fr-03-kayes", "fr", "2026-11-27T07:00:00Z",
    "Mali : Barrick suspend ses expéditions de Loulo, le train Transrail à l'arrêt",
    "KAYES (Mali), 27 novembre - Le groupe minier canadien Barrick a suspendu jeudi les expéditions d'or de son "
    "complexe de Loulo-Gounkoto, dans la région de Kayes, après le blocage de la route de Kéniéba par des "
    "orpailleurs, a indiqué la société dans un communiqué.\n\n"
    "Les orpailleurs réclament l'accès à des couloirs d'orpaillage proches de la mine. B2Gold, qui exploite la "
    "mine de Fekola dans le même cercle, a dit avoir réduit ses effectifs sur le site de moitié.\n\n"
    "La Société de patrimoine minier du Mali (SOPAMIM) a dépêché une délégation à Kéniéba vendredi. Le délégué des "
    "orpailleurs, Moussa dos Santos Keïta, a affirmé qu'ils ne lèveraient pas le blocage sans accord écrit.\n\n"
    "Sur la voie ferrée, la société Transrail a suspendu ses trains entre Kayes et Diboli après le déraillement "
    "d'un convoi près du barrage de Manantali. Le Syndicat national des cheminots du Mali a exigé le paiement "
    "de six mois d'arriérés de salaires.\n\n"
    "Allied Gold, qui exploite la mine de Sadiola, a annoncé de son côté une hausse de 12 % de sa production. "
    "L'or représente les trois quarts des recettes d'exportation du pays, et les autorités ont renforcé cette année "
    "leur contrôle sur les sociétés minières étrangères.",
    [("LOC", "Kayes", ["Kayes Region"], ["KAYES", "Kayes"]),
     ("LOC", "Mali", [], ["Mali"]),
     ("ORG", "Barrick Mining", ["Barrick", "Barrick Gold"], ["Barrick"]),
     ("LOC", "Loulo-Gounkoto", ["Loulo-Gounkoto complex", "Loulo"], ["Loulo-Gounkoto", "Loulo"]),
     ("LOC", "Kéniéba", ["Kenieba"], ["Kéniéba"]),
     ("ORG", "B2Gold", [], ["B2Gold"]),
     ("LOC", "Fekola", ["Fekola mine"], ["Fekola"]),
     ("ORG", "SOPAMIM", ["Société de patrimoine minier du Mali"],
      ["Société de patrimoine minier du Mali", "SOPAMIM"]),
     ("PERSON", "Moussa dos Santos Keïta", [], ["Moussa dos Santos Keïta"]),
     ("ORG", "Transrail", [], ["Transrail"]),
     ("LOC", "Diboli", [], ["Diboli"]),
     ("LOC", "Manantali Dam", ["Manantali"], ["Manantali"]),
     ("ORG", "Syndicat national des cheminots du Mali", ["SYNACOM"], ["Syndicat national des cheminots du Mali"]),
     ("ORG", "Allied Gold", [], ["Allied Gold"]),
     ("LOC", "Sadiola", ["Sadiola mine"], ["Sadiola"])],
    [("14", "blocage", "Kéniéba", None), ("10", "réclament", None, None),
     ("04", "délégation", "Kéniéba", "2026-11-28"), ("10", "exigé", None, None)])

doc("p14-fr-04-essakane", "fr", "2026-11-16T12:00:00Z",
    "Burkina Faso : la SOPAMIB prend le contrôle d'Essakane, grève à Houndé",
    "DORI (Burkina Faso), 16 novembre - La Société de participation minière du Burkina (SOPAMIB) a pris lundi le "
    "contrôle de la mine d'or d'Essakane, dans la province de l'Oudalan, après le départ du canadien Iamgold, a "
    "annoncé le ministère de l'Énergie, des Mines et des Carrières.\n\n"
    "Iamgold a confirmé dans un communiqué la cession de sa participation de 85 % et indiqué que ses employés "
    "expatriés avaient quitté le site. Le nouveau directeur de la mine, Issouf van der Meulen Ouédraogo, a reçu "
    "mardi les représentants des travailleurs.\n\n"
    "À Houndé, les mineurs de la société Endeavour ont entamé une grève de 72 heures, selon la Confédération "
    "syndicale burkinabè (CSB), qui exige le maintien des primes de rendement. Endeavour a affirmé que sa "
    "production n'était pas affectée.\n\n"
    "Plus au sud, Orezone a suspendu les travaux d'extension de sa mine de Bomboré après une attaque contre un "
    "convoi près de Méguet, qui a fait trois blessés. L'armée a déployé des renforts dans la zone.\n\n"
    "La Chambre des mines du Burkina a appelé à la protection des sites et des routes minières. Le pays a produit "
    "l'an dernier 57 tonnes d'or, dont près d'un tiers dans les mines de l'est et du nord.",
    [("LOC", "Dori", [], ["DORI"]),
     ("LOC", "Burkina Faso", [], ["Burkina Faso"]),
     ("ORG", "SOPAMIB", ["Société de participation minière du Burkina"],
      ["Société de participation minière du Burkina", "SOPAMIB"]),
     ("LOC", "Essakane", ["Essakane mine"], ["Essakane"]),
     ("LOC", "Oudalan Province", ["Oudalan"], ["Oudalan"]),
     ("ORG", "Iamgold", ["IAMGOLD"], ["Iamgold"]),
     ("ORG", "Ministry of Energy, Mines and Quarries (Burkina Faso)",
      ["Ministère de l'Énergie, des Mines et des Carrières"], ["ministère de l'Énergie, des Mines et des Carrières"]),
     ("PERSON", "Issouf van der Meulen Ouédraogo", [], ["Issouf van der Meulen Ouédraogo"]),
     ("LOC", "Houndé", ["Hounde"], ["Houndé"]),
     ("ORG", "Endeavour Mining", ["Endeavour"], ["Endeavour"]),
     ("ORG", "Confédération syndicale burkinabè", ["CSB"], ["Confédération syndicale burkinabè", "CSB"]),
     ("ORG", "Orezone Gold", ["Orezone"], ["Orezone"]),
     ("LOC", "Bomboré", ["Bombore", "Bomboré mine"], ["Bomboré"]),
     ("LOC", "Méguet", ["Meguet"], ["Méguet"]),
     ("ORG", "Chambre des mines du Burkina", ["Burkina Chamber of Mines"], ["Chambre des mines du Burkina"])],
    [("04", "reçu", None, "2026-11-17"), ("14", "grève", "Houndé", None),
     ("10", "exige", None, None), ("18", "attaque", "Méguet", None)])

doc("p14-fr-05-sangomar", "fr", "2026-11-08T10:00:00Z",
    "Sénégal : Petrosen suspend des forages à Sangomar, les pêcheurs de Joal en colère",
    "JOAL (Sénégal), 8 novembre - La Société des pétroles du Sénégal (Petrosen) a suspendu samedi deux forages sur "
    "le champ de Sangomar après une fuite sur une conduite sous-marine, a indiqué la société dans un communiqué.\n\n"
    "L'opérateur australien Woodside a affirmé que la fuite était maîtrisée et que la production de son navire de "
    "production n'était pas affectée. Les pêcheurs de Joal et de l'île de Fadiouth réclament une enquête "
    "indépendante.\n\n"
    "Le Syndicat national des travailleurs de la manutention (SNTM) a observé une grève de 48 heures au quai de "
    "pêche de Joal, et les pirogues qui desservent l'île de Mar Lodj depuis Ndangane sont restées à quai.\n\n"
    "Le ministre de l'Énergie, du Pétrole et des Mines, Birame Souleye Diop, a convoqué lundi le directeur de "
    "Petrosen, Alioune Guèye. Le parti Pastef a défendu la gestion du gouvernement, tandis que le Parti "
    "démocratique sénégalais (PDS) a exigé la publication des contrats.\n\n"
    "Sur l'île de Carabane, le militant écologiste Jean-Baptiste da Sylva a organisé une marche contre les "
    "forages prévus au large de Kafountine. Greenpeace Afrique a appuyé les manifestants.",
    [("LOC", "Joal", ["Joal-Fadiouth"], ["JOAL", "Joal"]),
     ("LOC", "Senegal", ["Sénégal"], ["Sénégal"]),
     ("ORG", "Petrosen", ["Société des pétroles du Sénégal"], ["Société des pétroles du Sénégal", "Petrosen"]),
     ("LOC", "Sangomar", ["Sangomar field"], ["Sangomar"]),
     ("ORG", "Woodside Energy", ["Woodside"], ["Woodside"]),
     ("LOC", "Fadiouth", ["Fadiouth Island"], ["Fadiouth"]),
     ("ORG", "Syndicat national des travailleurs de la manutention", ["SNTM"],
      ["Syndicat national des travailleurs de la manutention", "SNTM"]),
     ("LOC", "Mar Lodj", ["Mar Lodj Island"], ["Mar Lodj"]),
     ("LOC", "Ndangane", [], ["Ndangane"]),
     ("ORG", "Ministry of Energy, Petroleum and Mines (Senegal)", ["Ministry of Energy (Senegal)"],
      ["l'Énergie, du Pétrole et des Mines"]),
     ("PERSON", "Birame Souleye Diop", [], ["Birame Souleye Diop"]),
     ("PERSON", "Alioune Guèye", ["Alioune Gueye"], ["Alioune Guèye"]),
     ("ORG", "Pastef", ["PASTEF"], ["Pastef"]),
     ("ORG", "Senegalese Democratic Party", ["PDS", "Parti démocratique sénégalais"],
      ["Parti démocratique sénégalais", "PDS"]),
     ("LOC", "Carabane", ["Carabane Island", "Île de Carabane"], ["Carabane"]),
     ("PERSON", "Jean-Baptiste da Sylva", [], ["Jean-Baptiste da Sylva"]),
     ("LOC", "Kafountine", [], ["Kafountine"]),
     ("ORG", "Greenpeace Africa", ["Greenpeace Afrique", "Greenpeace"], ["Greenpeace Afrique"])],
    [("17", "suspendu", "Sangomar", "2026-11-07"), ("10", "réclament", None, None),
     ("14", "grève", "Joal", None), ("04", "convoqué", None, "2026-11-10"),
     ("10", "exigé", None, None), ("14", "marche", "Carabane", None)])

write("practice_enfr14.jsonl")
