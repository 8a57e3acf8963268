# Writes practice_enfr11.jsonl: 10 articles (5 en, 5 fr) written for Newsflow's English/French detection work on
# 2026-12-03 by the h/enfr11 helper, annotated by shared/eval/GUIDELINES.md and written BEFORE the extractor ran on
# them (the extractor was not run and the code that finds English and French names was not read while they were
# written). Wire stories from regions the other sets do not name: English: Vanuatu and Nauru, Nepal's Terai,
# Norway's north, Iceland and Finland, North Macedonia, Montenegro and Albania, Kazakhstan's east and centre;
# French: Cameroon's East and Adamawa, Djibouti, the Seychelles, Equatorial Guinea's mainland, the Central African
# Republic's provinces. Dense in
# bodies (ministries, agencies, councils, courts, parties, armed groups, companies, unions, NGOs, with and without
# acronyms, "the X-based Y", "Y of X", "le ministere camerounais de ...", "la Societe nationale de ...") and places
# (towns, districts, provinces, rivers, regions, camps). Earlier drafts in other regions were reworked, unscored, until
# overlap.py showed no shared names but countries. Real public figures in plausible public roles as of late 2026; other
# officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_enfr11.py
from gold import doc, write

doc("p11-en-01-luganville", "en", "2026-11-18T07:00:00Z",
    "Vanuatu police clash with rioters in Luganville as Nauru phosphate workers strike",
    "LUGANVILLE, Vanuatu, Nov 18 - Officers of the Vanuatu Mobile Force fired tear gas at rioters in Luganville, on "
    "the island of Espiritu Santo, on Tuesday after a court jailed a local chief, the Vanuatu Police Force said.\n\n"
    "Deputy Prime Minister Johnny Koanapo flew to Luganville on Wednesday and met leaders of the Sanma Provincial "
    "Council. The opposition Vanua'aku Pati accused the government of sending troops instead of talking to the "
    "chiefs, and the Malvatumauri National Council of Chiefs demanded the chief's release.\n\n"
    "The Supreme Court of Vanuatu said the appeal would be heard next Monday. Air Vanuatu cancelled flights to Pekoa "
    "airport, and the National Disaster Management Office sent water to villages on Malekula and Tanna that had run "
    "dry.\n\n"
    "In Nauru, about 300 workers of the Republic of Nauru Phosphate Corporation walked out on Tuesday at the Aiwo "
    "processing plant over unpaid allowances, the Nauru Workers' Union said. The Nauru Utilities Corporation said "
    "water supplies in Meneng had stopped. President David Adeang called the strike illegal.\n\n"
    "New Zealand's Ministry of Foreign Affairs and Trade pledged NZ$3 million to the Reserve Bank of Vanuatu's "
    "disaster fund on Tuesday. The Melanesian Spearhead Group said its leaders would meet early next year.",
    [("LOC", "Luganville", [], ["LUGANVILLE", "Luganville"]),
     ("LOC", "Vanuatu", ["Republic of Vanuatu"], ["Vanuatu"]),
     ("ORG", "Vanuatu Mobile Force", ["VMF"], ["Vanuatu Mobile Force"]),
     ("LOC", "Espiritu Santo", [], ["Espiritu Santo"]),
     ("ORG", "Vanuatu Police Force", ["VPF"], ["Vanuatu Police Force"]),
     ("PERSON", "Johnny Koanapo", ["Johnny Koanapo Rasou", "Koanapo"], ["Johnny Koanapo"]),
     ("ORG", "Sanma Provincial Council", ["Sanma Provincial Government"], ["Sanma Provincial Council"]),
     ("ORG", "Vanua'aku Pati", ["Vanua'aku Party"], ["Vanua'aku Pati"]),
     ("ORG", "Malvatumauri National Council of Chiefs", ["Malvatumauri", "National Council of Chiefs"],
      ["Malvatumauri National Council of Chiefs"]),
     ("ORG", "Supreme Court of Vanuatu", [], ["Supreme Court of Vanuatu"]),
     ("ORG", "Air Vanuatu", [], ["Air Vanuatu"]),
     ("LOC", "Pekoa", ["Pekoa airport", "Santo-Pekoa International Airport"], ["Pekoa"]),
     ("ORG", "National Disaster Management Office (Vanuatu)", ["National Disaster Management Office", "NDMO"],
      ["National Disaster Management Office"]),
     ("LOC", "Malekula", ["Malakula"], ["Malekula"]),
     ("LOC", "Tanna", [], ["Tanna"]),
     ("LOC", "Nauru", ["Republic of Nauru"], ["Nauru"]),
     ("ORG", "Republic of Nauru Phosphate Corporation", ["RONPhos", "Nauru Phosphate Corporation"],
      ["Republic of Nauru Phosphate Corporation"]),
     ("LOC", "Aiwo", [], ["Aiwo"]),
     ("ORG", "Nauru Workers' Union", [], ["Nauru Workers' Union"]),
     ("ORG", "Nauru Utilities Corporation", ["NUC"], ["Nauru Utilities Corporation"]),
     ("LOC", "Meneng", [], ["Meneng"]),
     ("PERSON", "David Adeang", ["Adeang"], ["David Adeang"]),
     ("LOC", "New Zealand", [], ["New Zealand"]),
     ("ORG", "Ministry of Foreign Affairs and Trade (New Zealand)", ["Ministry of Foreign Affairs and Trade", "MFAT"],
      ["Ministry of Foreign Affairs and Trade"]),
     ("ORG", "Reserve Bank of Vanuatu", ["RBV"], ["Reserve Bank of Vanuatu"]),
     ("ORG", "Melanesian Spearhead Group", ["MSG"], ["Melanesian Spearhead Group"])],
    [("17", "fired tear gas", "Luganville", "2026-11-17"), ("04", "met", "Luganville", "2026-11-18"),
     ("11", "accused", None, None), ("10", "demanded", None, None), ("07", "sent", "Malekula", None),
     ("14", "walked out", "Aiwo", "2026-11-17"), ("07", "pledged", None, "2026-11-17"),
     ("04", "meet", None, None)])

doc("p11-en-02-biratnagar", "en", "2026-11-19T09:30:00Z",
    "Nepal police fire on protesters in Birgunj as fuel strike spreads across Madhesh",
    "BIRATNAGAR, Nepal, Nov 19 - Police fired rubber bullets at protesters who blocked the highway in Birgunj on "
    "Wednesday, wounding nine people, as a strike by fuel tanker drivers spread across Madhesh Province, officials "
    "said.\n\n"
    "The Nepal Petroleum Transport Entrepreneurs' Association called the strike after the state-owned Nepal Oil "
    "Corporation raised fuel prices by 8 percent. Queues formed at pumps in Janakpur, Biratnagar and Itahari, and the "
    "Nepal Electricity Authority said two plants on the Trishuli River had cut output.\n\n"
    "The Nepali Congress and the Communist Party of Nepal (Unified Marxist-Leninist) both demanded that the price rise "
    "be reversed. Nepali Congress general secretary Bishwa Prakash Sharma met the prime minister in Lalitpur on Wednesday.\n\n"
    "The Supreme Court of Nepal ordered the Commission for the Investigation of Abuse of Authority to explain why it "
    "had dropped a graft case against Nepal Oil Corporation officials. The General Federation of Nepalese Trade "
    "Unions said it would join a general strike next Tuesday.\n\n"
    "In the hills, the Nepal Army airlifted food to villages in Humla district cut off by landslides, and India's "
    "Ministry of Petroleum and Natural Gas said it would send 2,000 tonnes of diesel through the Raxaul border "
    "crossing. The Federation of Nepalese Chambers of Commerce and Industry said exporters in Nepalgunj were losing "
    "$4 million a day.",
    [("LOC", "Biratnagar", [], ["BIRATNAGAR", "Biratnagar"]),
     ("LOC", "Nepal", ["Federal Democratic Republic of Nepal"], ["Nepal"]),
     ("LOC", "Birgunj", [], ["Birgunj"]),
     ("LOC", "Madhesh Province", ["Madhesh"], ["Madhesh Province"]),
     ("ORG", "Nepal Petroleum Transport Entrepreneurs' Association", ["Petroleum Transport Entrepreneurs' Association"],
      ["Nepal Petroleum Transport Entrepreneurs' Association"]),
     ("ORG", "Nepal Oil Corporation", [], ["Nepal Oil Corporation"]),
     ("LOC", "Janakpur", [], ["Janakpur"]),
     ("LOC", "Itahari", [], ["Itahari"]),
     ("ORG", "Nepal Electricity Authority", [], ["Nepal Electricity Authority"]),
     ("LOC", "Trishuli River", ["Trishuli"], ["Trishuli River"]),
     ("ORG", "Nepali Congress", ["NC"], ["Nepali Congress"]),
     ("ORG", "Communist Party of Nepal (Unified Marxist-Leninist)", ["CPN-UML", "UML",
                                                                     "Communist Party of Nepal (UML)"],
      ["Communist Party of Nepal (Unified Marxist-Leninist)"]),
     ("PERSON", "Bishwa Prakash Sharma", ["Bishwo Prakash Sharma"], ["Bishwa Prakash Sharma"]),
     ("LOC", "Lalitpur", ["Patan"], ["Lalitpur"]),
     ("ORG", "Supreme Court of Nepal", [], ["Supreme Court of Nepal"]),
     ("ORG", "Commission for the Investigation of Abuse of Authority", ["CIAA"],
      ["Commission for the Investigation of Abuse of Authority"]),
     ("ORG", "General Federation of Nepalese Trade Unions", ["GEFONT"], ["General Federation of Nepalese Trade Unions"]),
     ("ORG", "Nepal Army", ["Nepali Army", "Nepalese Army"], ["Nepal Army"]),
     ("LOC", "Humla District", ["Humla"], ["Humla"]),
     ("LOC", "India", [], ["India"]),
     ("ORG", "Ministry of Petroleum and Natural Gas", ["Ministry of Petroleum and Natural Gas (India)",
                                                      "Indian Petroleum Ministry"],
      ["Ministry of Petroleum and Natural Gas"]),
     ("LOC", "Raxaul", [], ["Raxaul"]),
     ("ORG", "Federation of Nepalese Chambers of Commerce and Industry", ["FNCCI"],
      ["Federation of Nepalese Chambers of Commerce and Industry"]),
     ("LOC", "Nepalgunj", [], ["Nepalgunj"])],
    [("17", "fired rubber bullets", "Birgunj", "2026-11-18"), ("14", "strike", "Madhesh Province", None),
     ("10", "demanded", None, None), ("04", "met", "Lalitpur", "2026-11-18"),
     ("14", "general strike", None, "2026-11-24"), ("07", "airlifted", "Humla District", None),
     ("07", "send", "Raxaul", None)])

doc("p11-en-03-kirkenes", "en", "2026-11-20T11:00:00Z",
    "Norway expels Russian diplomat over Kirkenes drone flights; Icelandic smelter workers strike",
    "KIRKENES, Norway, Nov 20 - Norway expelled a Russian diplomat on Friday after the Norwegian Police Security Service "
    "said it had arrested two men flying drones over the naval base at Haakonsvern near Bergen and over the port of "
    "Kirkenes.\n\n"
    "Foreign Minister Espen Barth Eide said the Russian ambassador had been summoned. The Norwegian Armed Forces said "
    "it would send a frigate to the Varanger Fjord and more patrols to Finnmark, and the Ost-Finnmark District Court "
    "remanded the two men in custody for four weeks.\n\n"
    "The Norwegian Confederation of Trade Unions criticised Equinor's plan to cut 600 jobs at its Hammerfest LNG plant "
    "on Melkoya. The Norwegian Reindeer Herders' Association demanded a halt to wind farms on reindeer pasture near "
    "Alta.\n\n"
    "In Iceland, 400 workers at Century Aluminum's Nordural smelter at Grundartangi walked off the job on "
    "Thursday over pay, the Efling union said. The Icelandic Meteorological Office said separately that a new eruption was "
    "possible on the Reykjanes Peninsula.\n\n"
    "The Finnish Security and Intelligence Service said it had detained a man in Turku suspected of spying on the "
    "Patria plant in Hameenlinna. Defence Minister Tore O. Sandvik met Finnish Defence Minister Antti Hakkanen in "
    "Kirkenes on Friday to discuss Arctic defence.",
    [("LOC", "Norway", ["Kingdom of Norway"], ["Norway"]),
     ("ORG", "Norwegian Police Security Service", ["PST", "Police Security Service"],
      ["Norwegian Police Security Service"]),
     ("LOC", "Haakonsvern", ["Haakonsvern naval base"], ["Haakonsvern"]),
     ("LOC", "Bergen", [], ["Bergen"]),
     ("LOC", "Kirkenes", [], ["KIRKENES", "Kirkenes"]),
     ("PERSON", "Espen Barth Eide", ["Barth Eide", "Eide"], ["Espen Barth Eide"]),
     ("ORG", "Norwegian Armed Forces", ["Norwegian military"], ["Norwegian Armed Forces"]),
     ("LOC", "Varanger Fjord", ["Varangerfjord", "Varangerfjorden"], ["Varanger Fjord"]),
     ("LOC", "Finnmark", [], ["Finnmark"]),
     ("ORG", "Ost-Finnmark District Court", ["Øst-Finnmark District Court", "Øst-Finnmark tingrett"],
      ["Ost-Finnmark District Court"]),
     ("ORG", "Norwegian Confederation of Trade Unions", ["LO", "Landsorganisasjonen"],
      ["Norwegian Confederation of Trade Unions"]),
     ("ORG", "Equinor", [], ["Equinor"]),
     ("LOC", "Hammerfest", ["Hammerfest LNG"], ["Hammerfest"]),
     ("LOC", "Melkoya", ["Melkøya"], ["Melkoya"]),
     ("ORG", "Norwegian Reindeer Herders' Association", ["NRL", "Norske Reindriftsamers Landsforbund"],
      ["Norwegian Reindeer Herders' Association"]),
     ("LOC", "Alta", [], ["Alta"]),
     ("LOC", "Iceland", ["Republic of Iceland"], ["Iceland"]),
     ("ORG", "Century Aluminum", ["Century Aluminium"], ["Century Aluminum"]),
     ("ORG", "Nordural", ["Norðurál"], ["Nordural"]),
     ("LOC", "Grundartangi", [], ["Grundartangi"]),
     ("ORG", "Efling", ["Efling union"], ["Efling"]),
     ("ORG", "Icelandic Meteorological Office", ["IMO", "Vedurstofa Islands"], ["Icelandic Meteorological Office"]),
     ("LOC", "Reykjanes Peninsula", ["Reykjanes"], ["Reykjanes Peninsula"]),
     ("ORG", "Finnish Security and Intelligence Service", ["Supo"], ["Finnish Security and Intelligence Service"]),
     ("LOC", "Turku", ["Åbo"], ["Turku"]),
     ("ORG", "Patria", ["Patria Oyj"], ["Patria"]),
     ("LOC", "Hämeenlinna", ["Hameenlinna"], ["Hameenlinna"]),
     ("PERSON", "Tore O. Sandvik", ["Tore Onshuus Sandvik", "Sandvik"], ["Tore O. Sandvik"]),
     ("PERSON", "Antti Häkkänen", ["Antti Hakkanen", "Häkkänen"], ["Antti Hakkanen"])],
    [("16", "expelled", None, "2026-11-20"), ("17", "arrested", "Haakonsvern", None),
     ("16", "summoned", None, None), ("06", "send", "Varanger Fjord", None), ("17", "remanded", None, None),
     ("11", "criticised", None, None), ("10", "demanded", None, None),
     ("14", "walked off the job", "Grundartangi", "2026-11-19"), ("17", "detained", "Turku", None),
     ("04", "met", "Kirkenes", "2026-11-20")])

doc("p11-en-04-tetovo", "en", "2026-11-23T08:00:00Z",
    "North Macedonia arrests officials over Tetovo fire; Montenegro coal miners strike in Pljevlja",
    "TETOVO, North Macedonia, Nov 23 - Police in North Macedonia arrested five municipal officials in Tetovo on "
    "Monday over a fire at a market that killed seven people last month, prosecutors said.\n\n"
    "Prime Minister Hristijan Mickoski said the Basic Public Prosecutor's Office in Tetovo would charge them with "
    "negligence. The opposition Social Democratic Union of Macedonia demanded the interior minister's resignation, "
    "while the Democratic Union for Integration accused VMRO-DPMNE of using the case against ethnic Albanian mayors.\n\n"
    "In Montenegro, 700 miners went on strike on Monday at the Pljevlja coal mine, owned by state utility "
    "Elektroprivreda Crne Gore, over unpaid bonuses. Labour Minister Naida Nisic of the Europe Now Movement met union "
    "leaders in Niksic, and the opposition Democratic Party of Socialists accused him of ignoring the north. "
    "Police in Bijelo Polje arrested two men over the blockade of a road along the Tara River.\n\n"
    "In Albania, workers at the Albanian Power Corporation staged a strike on Monday at the Fierza and Koman dams on "
    "the Drin River, and the Special Anti-Corruption Structure arrested the former mayor of Shkodra over a housing "
    "contract in Lezha. President Bajram Begaj met Mickoski in Ohrid on Saturday.",
    [("LOC", "Tetovo", [], ["TETOVO", "Tetovo"]),
     ("LOC", "North Macedonia", ["Republic of North Macedonia", "Macedonia"], ["North Macedonia"]),
     ("PERSON", "Hristijan Mickoski", ["Mickoski"], ["Hristijan Mickoski", "Mickoski"]),
     ("ORG", "Basic Public Prosecutor's Office Tetovo", ["Basic Public Prosecutor's Office",
                                                         "Basic Public Prosecutor's Office in Tetovo"],
      ["Basic Public Prosecutor's Office"]),
     ("ORG", "Social Democratic Union of Macedonia", ["SDSM"], ["Social Democratic Union of Macedonia"]),
     ("ORG", "Democratic Union for Integration", ["DUI", "BDI"], ["Democratic Union for Integration"]),
     ("ORG", "VMRO-DPMNE", [], ["VMRO-DPMNE"]),
     ("LOC", "Montenegro", [], ["Montenegro"]),
     ("LOC", "Pljevlja", ["Pljevlja coal mine"], ["Pljevlja"]),
     ("ORG", "Elektroprivreda Crne Gore", ["EPCG", "Electric Power Company of Montenegro"],
      ["Elektroprivreda Crne Gore"]),
     ("PERSON", "Naida Nišić", ["Naida Nisic", "Nisic"], ["Naida Nisic"]),
     ("ORG", "Europe Now Movement", ["Europe Now!", "PES"], ["Europe Now Movement"]),
     ("LOC", "Nikšić", ["Niksic"], ["Niksic"]),
     ("ORG", "Democratic Party of Socialists of Montenegro", ["Democratic Party of Socialists", "DPS"],
      ["Democratic Party of Socialists"]),
     ("LOC", "Bijelo Polje", [], ["Bijelo Polje"]),
     ("LOC", "Tara", ["Tara River"], ["Tara River"]),
     ("LOC", "Albania", [], ["Albania"]),
     ("ORG", "Albanian Power Corporation", ["KESH"], ["Albanian Power Corporation"]),
     ("LOC", "Fierza", ["Fierza dam"], ["Fierza"]),
     ("LOC", "Koman", ["Koman dam"], ["Koman"]),
     ("LOC", "Drin", ["Drin River"], ["Drin River"]),
     ("ORG", "Special Anti-Corruption Structure", ["SPAK"], ["Special Anti-Corruption Structure"]),
     ("LOC", "Shkodër", ["Shkodra"], ["Shkodra"]),
     ("LOC", "Lezhë", ["Lezha"], ["Lezha"]),
     ("PERSON", "Bajram Begaj", ["Begaj"], ["Bajram Begaj"]),
     ("LOC", "Ohrid", [], ["Ohrid"])],
    [("17", "arrested", "Tetovo", "2026-11-23"), ("10", "demanded", None, None), ("11", "accused", None, None),
     ("14", "went on strike", "Pljevlja", "2026-11-23"), ("04", "met", "Nikšić", None),
     ("11", "accused", None, None), ("17", "arrested", "Bijelo Polje", None),
     ("14", "strike", "Fierza", "2026-11-23"), ("17", "arrested", None, None), ("04", "met", "Ohrid", "2026-11-21")])

doc("p11-en-05-oskemen", "en", "2026-11-24T06:30:00Z",
    "Kazakh zinc workers strike in Oskemen; steelworkers join in Temirtau",
    "OSKEMEN, Kazakhstan, Nov 24 - About 3,000 workers went on strike on Monday at Kazzinc's zinc and lead plants in "
    "Oskemen and Ridder in the East Kazakhstan Region, demanding higher pay, the company said.\n\n"
    "Deputy Prime Minister Serik Zhumangarin flew to Oskemen, and the Anti-Corruption Agency of Kazakhstan said it had "
    "opened an inquiry into the plant's management. Police in Semey detained six activists of the unregistered "
    "Atajurt Eriktileri movement. The Kazakhstan Ministry of Ecology said the Irtysh River was being tested for "
    "heavy metals near Pavlodar.\n\n"
    "In Temirtau, in the Karaganda Region, 2,000 workers at the Qarmet steel plant stopped work in solidarity on "
    "Monday. Mazhilis Speaker Yerlan Koshanov met union leaders in Karaganda, and copper miner Kazakhmys "
    "said ore trains from Lake Balkhash had been delayed.\n\n"
    "Kyrgyz police arrested 11 people in Jalal-Abad suspected of recruiting for Hizb ut-Tahrir. The Supreme Court "
    "of Turkmenistan upheld the sentences of three bloggers from Dashoguz.\n\n"
    "The government said it would finance a road from Kostanay to the Aktobe Region.",
    [("LOC", "Oskemen", ["Ust-Kamenogorsk", "Öskemen"], ["OSKEMEN", "Oskemen"]),
     ("LOC", "Kazakhstan", [], ["Kazakhstan"]),
     ("ORG", "Kazzinc", [], ["Kazzinc"]),
     ("LOC", "Ridder", [], ["Ridder"]),
     ("LOC", "East Kazakhstan Region", ["East Kazakhstan", "East Kazakhstan Province"], ["East Kazakhstan Region"]),
     ("PERSON", "Serik Zhumangarin", ["Zhumangarin"], ["Serik Zhumangarin"]),
     ("ORG", "Anti-Corruption Agency of Kazakhstan", ["Anti-Corruption Agency"],
      ["Anti-Corruption Agency of Kazakhstan"]),
     ("LOC", "Semey", ["Semipalatinsk"], ["Semey"]),
     ("ORG", "Atajurt Eriktileri", ["Atajurt", "Atajurt Volunteers"], ["Atajurt Eriktileri"]),
     ("ORG", "Ministry of Ecology and Natural Resources (Kazakhstan)", ["Kazakhstan Ministry of Ecology",
                                                                        "Ministry of Ecology"],
      ["Kazakhstan Ministry of Ecology"]),
     ("LOC", "Irtysh", ["Irtysh River"], ["Irtysh River"]),
     ("LOC", "Pavlodar", [], ["Pavlodar"]),
     ("LOC", "Temirtau", [], ["Temirtau"]),
     ("LOC", "Karaganda Region", ["Karaganda Province", "Karagandy Region"], ["Karaganda Region"]),
     ("ORG", "Qarmet", ["Qarmet steel"], ["Qarmet"]),
     ("ORG", "Mazhilis", ["Mazhilis of Kazakhstan", "Majilis"], ["Mazhilis"]),
     ("PERSON", "Yerlan Koshanov", ["Koshanov"], ["Yerlan Koshanov"]),
     ("LOC", "Karaganda", ["Karagandy", "Qaraghandy"], ["Karaganda"]),
     ("ORG", "Kazakhmys", ["Kazakhmys Corporation"], ["Kazakhmys"]),
     ("LOC", "Lake Balkhash", ["Balkhash"], ["Lake Balkhash"]),
     ("LOC", "Jalal-Abad", ["Jalalabad (Kyrgyzstan)"], ["Jalal-Abad"]),
     ("ORG", "Hizb ut-Tahrir", [], ["Hizb ut-Tahrir"]),
     ("ORG", "Supreme Court of Turkmenistan", [], ["Supreme Court of Turkmenistan"]),
     ("LOC", "Daşoguz", ["Dashoguz"], ["Dashoguz"]),
     ("LOC", "Kostanay", ["Kostanai"], ["Kostanay"]),
     ("LOC", "Aktobe Region", ["Aktobe Province", "Aktobe"], ["Aktobe Region"])],
    [("14", "went on strike", "Oskemen", "2026-11-23"), ("10", "demanding", None, None),
     ("17", "detained", "Semey", None), ("14", "stopped work", "Temirtau", "2026-11-23"), ("04", "met", "Karaganda", None),
     ("17", "arrested", "Jalal-Abad", None), ("17", "upheld the sentences", None, None), ("03", "finance", None, None)])

doc("p11-fr-01-bertoua", "fr", "2026-11-18T10:00:00Z",
    "Cameroun : attaque de rebelles centrafricains près de Garoua-Boulaï, grève à la Camrail",
    "BERTOUA, 18 novembre - Des combattants du groupe rebelle centrafricain Retour, Réclamation et Réhabilitation "
    "(3R) ont attaqué mardi un poste de gendarmerie à Gbiti, près de Garoua-Boulaï, dans la région de l'Est, tuant "
    "deux gendarmes, a indiqué le ministère camerounais de l'Administration territoriale.\n\n"
    "Le ministère a annoncé l'envoi de renforts à Batouri et à Kette. Les habitants de Gbiti ont fui vers Bertoua, "
    "selon l'ONG Public Concern.\n\n"
    "À Meiganga, dans l'Adamaoua, et à Bélabo, les cheminots de la Camrail ont entamé mercredi une grève à l'appel du "
    "Syndicat national des cheminots du Cameroun pour réclamer des primes, paralysant la ligne du Transcamerounais. La "
    "Société de développement du coton (Sodecoton) a signalé des retards dans l'acheminement du coton.\n\n"
    "Le Mouvement pour la renaissance du Cameroun (MRC) de Maurice Kamto a exigé l'ouverture d'une enquête, tandis "
    "que le Rassemblement démocratique du peuple camerounais (RDPC), au pouvoir, a appelé au calme. La Société "
    "nationale des hydrocarbures (SNH) a par ailleurs annoncé une découverte de gaz au large de Campo, et un prêt de 150 "
    "millions de dollars a été accordé pour le barrage de Nachtigal, sur la Sanaga.",
    [("LOC", "Bertoua", [], ["BERTOUA", "Bertoua"]),
     ("LOC", "Cameroon", ["Cameroun"], ["Cameroun"]),
     ("ORG", "Return, Reclamation, Rehabilitation", ["3R", "Retour, Réclamation et Réhabilitation"],
      ["Retour, Réclamation et Réhabilitation", "3R"]),
     ("LOC", "Gbiti", [], ["Gbiti"]),
     ("LOC", "Garoua-Boulaï", ["Garoua-Boulai"], ["Garoua-Boulaï"]),
     ("LOC", "East Region (Cameroon)", ["Est", "région de l'Est", "East Region of Cameroon"], ["Est"]),
     ("ORG", "Ministry of Territorial Administration (Cameroon)", ["ministère camerounais de l'Administration "
                                                                   "territoriale", "MINAT"],
      ["ministère camerounais de l'Administration territoriale"]),
     ("LOC", "Batouri", [], ["Batouri"]),
     ("LOC", "Kette", ["Ketté"], ["Kette"]),
     ("ORG", "Public Concern", [], ["Public Concern"]),
     ("LOC", "Meiganga", [], ["Meiganga"]),
     ("LOC", "Adamawa Region", ["Adamaoua", "Adamaoua Region"], ["Adamaoua"]),
     ("LOC", "Bélabo", ["Belabo"], ["Bélabo"]),
     ("ORG", "Camrail", [], ["Camrail"]),
     ("ORG", "Syndicat national des cheminots du Cameroun", ["National Union of Railway Workers of Cameroon"],
      ["Syndicat national des cheminots du Cameroun"]),
     ("ORG", "Sodecoton", ["Société de développement du coton", "Cotton Development Company"],
      ["Société de développement du coton", "Sodecoton"]),
     ("ORG", "Cameroon Renaissance Movement", ["MRC", "Mouvement pour la renaissance du Cameroun"],
      ["Mouvement pour la renaissance du Cameroun", "MRC"]),
     ("PERSON", "Maurice Kamto", ["Kamto"], ["Maurice Kamto"]),
     ("ORG", "Cameroon People's Democratic Movement", ["RDPC", "CPDM",
      "Rassemblement démocratique du peuple camerounais"],
      ["Rassemblement démocratique du peuple camerounais", "RDPC"]),
     ("ORG", "Société nationale des hydrocarbures", ["SNH", "National Hydrocarbons Corporation"],
      ["Société nationale des hydrocarbures", "SNH"]),
     ("LOC", "Campo", [], ["Campo"]),
     ("LOC", "Nachtigal", ["Nachtigal dam"], ["Nachtigal"]),
     ("LOC", "Sanaga", ["Sanaga River"], ["Sanaga"])],
    [("19", "attaqué", "Gbiti", "2026-11-17"), ("14", "grève", "Meiganga", "2026-11-18"),
     ("10", "réclamer", None, None), ("10", "exigé", None, None), ("07", "a été accordé", None, None)])

doc("p11-fr-02-ali-sabieh", "fr", "2026-11-19T14:00:00Z",
    "Djibouti : grève des dockers à Doraleh, accrochages avec le FRUD près de Khor Angar",
    "ALI SABIEH, 19 novembre - Les dockers du port polyvalent de Doraleh ont entamé jeudi une grève de 48 heures à "
    "l'appel de l'Union générale des travailleurs djiboutiens (UGTD), pour réclamer une hausse des salaires, a "
    "indiqué l'Autorité des ports et des zones franches de Djibouti (APZFD).\n\n"
    "Le trafic du chemin de fer Djibouti-Éthiopie vers Dire Dawa a été réduit, selon la Société djiboutienne de "
    "chemin de fer. Électricité de Djibouti (EDD) a signalé des coupures à Ali Sabieh et à Dikhil.\n\n"
    "Dans le nord, des rebelles du Front pour la restauration de l'unité et de la démocratie (FRUD) ont attaqué "
    "mercredi un poste militaire près de Khor Angar, tuant deux soldats, a indiqué le ministère djiboutien de la Défense. "
    "Les Forces armées djiboutiennes (FAD) ont riposté dans les monts Mabla.\n\n"
    "Le Premier ministre Abdoulkader Kamil Mohamed a reçu jeudi à Arta les chefs coutumiers du nord. Le "
    "Rassemblement populaire pour le progrès (RPP), au pouvoir, a appelé au calme, tandis que le Mouvement pour le "
    "renouveau démocratique et le développement (MRD) de Daher Ahmed Farah a dénoncé la répression.\n\n"
    "L'Office national de l'eau et de l'assainissement de Djibouti (Onead) a livré de l'eau à Randa, et des "
    "pêcheurs ont signalé une marée noire près du lac Assal.",
    [("LOC", "Ali Sabieh", [], ["ALI SABIEH", "Ali Sabieh"]),
     ("LOC", "Djibouti", [], ["Djibouti"]),
     ("LOC", "Doraleh", ["Doraleh Multipurpose Port", "port of Doraleh"], ["Doraleh"]),
     ("ORG", "Union générale des travailleurs djiboutiens", ["UGTD", "General Union of Djiboutian Workers"],
      ["Union générale des travailleurs djiboutiens", "UGTD"]),
     ("ORG", "Djibouti Ports and Free Zones Authority", ["DPFZA", "APZFD",
      "Autorité des ports et des zones franches de Djibouti"],
      ["Autorité des ports et des zones franches de Djibouti", "APZFD"]),
     ("LOC", "Dire Dawa", [], ["Dire Dawa"]),
     ("ORG", "Société djiboutienne de chemin de fer", ["Djiboutian Railway Company", "SDCF"],
      ["Société djiboutienne de chemin de fer"]),
     ("ORG", "Électricité de Djibouti", ["EDD", "Electricite de Djibouti"], ["Électricité de Djibouti", "EDD"]),
     ("LOC", "Dikhil", [], ["Dikhil"]),
     ("ORG", "Front for the Restoration of Unity and Democracy", ["FRUD",
      "Front pour la restauration de l'unité et de la démocratie"],
      ["Front pour la restauration de l'unité et de la démocratie", "FRUD"]),
     ("LOC", "Khor Angar", [], ["Khor Angar"]),
     ("ORG", "Ministry of Defence (Djibouti)", ["ministère djiboutien de la Défense"],
      ["ministère djiboutien de la Défense"]),
     ("ORG", "Djibouti Armed Forces", ["FAD", "Forces armées djiboutiennes"], ["Forces armées djiboutiennes", "FAD"]),
     ("LOC", "Mabla Mountains", ["monts Mabla", "Mabla"], ["Mabla"]),
     ("PERSON", "Abdoulkader Kamil Mohamed", ["Abdoulkader Kamil"], ["Abdoulkader Kamil Mohamed"]),
     ("LOC", "Arta", [], ["Arta"]),
     ("ORG", "People's Rally for Progress", ["RPP", "Rassemblement populaire pour le progrès"],
      ["Rassemblement populaire pour le progrès", "RPP"]),
     ("ORG", "Movement for Democratic Renewal and Development", ["MRD",
      "Mouvement pour le renouveau démocratique et le développement"],
      ["Mouvement pour le renouveau démocratique et le développement", "MRD"]),
     ("PERSON", "Daher Ahmed Farah", ["DAF"], ["Daher Ahmed Farah"]),
     ("ORG", "Onead", ["ONEAD", "Office national de l'eau et de l'assainissement de Djibouti"],
      ["Office national de l'eau et de l'assainissement de Djibouti", "Onead"]),
     ("LOC", "Randa", [], ["Randa"]),
     ("LOC", "Lake Assal", ["lac Assal", "Assal"], ["lac Assal"])],
    [("14", "grève", "Doraleh", "2026-11-19"), ("10", "réclamer", None, None),
     ("19", "attaqué", "Khor Angar", "2026-11-18"), ("19", "riposté", "Mabla Mountains", None),
     ("04", "reçu", "Arta", "2026-11-19"), ("11", "dénoncé", None, None), ("07", "livré", "Randa", None)])

doc("p11-fr-03-praslin", "fr", "2026-11-20T08:00:00Z",
    "Seychelles : grève des pêcheurs à Praslin, l'opposition dénonce un accord sur Assomption",
    "PRASLIN, 20 novembre - Les pêcheurs artisanaux ont bloqué jeudi le port de Baie Sainte-Anne, sur l'île de "
    "Praslin, et la jetée d'Anse Royale, sur Mahé, pour réclamer une baisse du prix du carburant, à l'appel de l'Association des pêcheurs de Praslin et de la "
    "Fédération des pêcheurs des Seychelles, a indiqué l'Autorité des pêches des Seychelles (SFA).\n\n"
    "La conserverie Indian Ocean Tuna (IOT), premier employeur privé du pays, a suspendu ses chaînes. La compagnie "
    "Air Seychelles a maintenu ses vols vers La Digue et Bird Island.\n\n"
    "Le président Patrick Herminie a reçu jeudi les représentants des pêcheurs. Le parti Seychelles "
    "unies, au pouvoir, a appelé au calme, tandis que l'Union démocratique seychelloise (LDS) a dénoncé le projet "
    "d'accord de défense sur l'île d'Assomption.\n\n"
    "La Commission anti-corruption des Seychelles (ACCS) a arrêté mercredi à Beau Vallon un ancien directeur de la "
    "Public Utilities Corporation (PUC), soupçonné de détournement. La Cour suprême des Seychelles a refusé sa "
    "remise en liberté.\n\n"
    "Sur l'atoll d'Aldabra, la Fondation des îles Seychelles a signalé un échouage de pétrole, et la garde "
    "côtière a envoyé un patrouilleur depuis Mahé.",
    [("LOC", "Praslin", [], ["PRASLIN", "Praslin"]),
     ("LOC", "Baie Sainte-Anne", ["Baie Ste Anne"], ["Baie Sainte-Anne"]),
     ("LOC", "Anse Royale", [], ["Anse Royale"]),
     ("LOC", "Mahé", ["Mahe", "Mahé Island"], ["Mahé"]),
     ("ORG", "Praslin Fishermen's Association", ["Association des pêcheurs de Praslin"],
      ["Association des pêcheurs de Praslin"]),
     ("ORG", "Seychelles Fishermen's Federation", ["Fédération des pêcheurs des Seychelles"],
      ["Fédération des pêcheurs des Seychelles"]),
     ("LOC", "Seychelles", ["Republic of Seychelles"], ["Seychelles"]),
     ("ORG", "Seychelles Fishing Authority", ["SFA", "Autorité des pêches des Seychelles"],
      ["Autorité des pêches des Seychelles", "SFA"]),
     ("ORG", "Indian Ocean Tuna", ["IOT", "Indian Ocean Tuna Ltd"], ["Indian Ocean Tuna", "IOT"]),
     ("ORG", "Air Seychelles", [], ["Air Seychelles"]),
     ("LOC", "La Digue", [], ["La Digue"]),
     ("LOC", "Bird Island", ["Bird Island (Seychelles)"], ["Bird Island"]),
     ("PERSON", "Patrick Herminie", ["Herminie"], ["Patrick Herminie"]),
     ("ORG", "United Seychelles", ["Seychelles unies"], ["Seychelles unies"]),
     ("ORG", "Linyon Demokratik Seselwa", ["LDS", "Seychelles Democratic Alliance",
                                           "Union démocratique seychelloise"],
      ["Union démocratique seychelloise", "LDS"]),
     ("LOC", "Assomption", ["Assumption Island", "Assumption"], ["Assomption"]),
     ("ORG", "Anti-Corruption Commission Seychelles", ["ACCS", "Commission anti-corruption des Seychelles"],
      ["Commission anti-corruption des Seychelles", "ACCS"]),
     ("LOC", "Beau Vallon", [], ["Beau Vallon"]),
     ("ORG", "Public Utilities Corporation", ["PUC"], ["Public Utilities Corporation", "PUC"]),
     ("ORG", "Supreme Court of Seychelles", ["Cour suprême des Seychelles"], ["Cour suprême des Seychelles"]),
     ("LOC", "Aldabra", ["Aldabra Atoll"], ["Aldabra"]),
     ("ORG", "Seychelles Islands Foundation", ["Fondation des îles Seychelles"],
      ["Fondation des îles Seychelles"])],
    [("14", "bloqué", "Baie Sainte-Anne", "2026-11-19"), ("10", "réclamer", None, None),
     ("04", "reçu", None, "2026-11-19"), ("11", "dénoncé", None, None),
     ("17", "arrêté", "Beau Vallon", "2026-11-18"), ("12", "refusé", None, None)])

doc("p11-fr-04-mongomo", "fr", "2026-11-24T09:00:00Z",
    "Guinée équatoriale : grève dans le gaz à Punta Europa, l'opposition dénonce des arrestations",
    "MONGOMO, 24 novembre - Les employés de la Société nationale du gaz (Sonagas) ont entamé lundi une grève à "
    "Punta Europa et à Luba pour exiger le paiement de leurs primes, a indiqué la direction de l'entreprise.\n\n"
    "Le ministère équato-guinéen des Mines et des Hydrocarbures a assuré que la production du champ de Ceiba, "
    "exploité par le britannique Trident Energy, n'était pas affectée. L'usine de méthanol d'Atlantic Methanol "
    "Production Company (AMPCO) a toutefois réduit sa production.\n\n"
    "Le parti d'opposition Convergence pour la démocratie sociale (CPDS) d'Andrés Esono Ondo a dénoncé l'arrestation "
    "de cinq de ses militants à Ebebiyin, près de la frontière camerounaise. Le Parti démocratique de Guinée "
    "équatoriale (PDGE), au pouvoir, a rejeté ces accusations.\n\n"
    "Le vice-président Teodoro Nguema Obiang Mangue a reçu lundi à Mongomo une délégation "
    "chinoise, qui a accordé un prêt pour la route Mongomo-Evinayong. "
    "La Cour suprême a par ailleurs confirmé la condamnation de deux anciens ministres.\n\n"
    "Sur l'île d'Annobón, des médecins cubains ont livré des médicaments à "
    "San Antonio de Palé, tandis que le fleuve Wele a inondé plusieurs villages près de Mbini.",
    [("LOC", "Mongomo", [], ["MONGOMO", "Mongomo"]),
     ("LOC", "Equatorial Guinea", ["Guinée équatoriale"], ["Guinée équatoriale"]),
     ("ORG", "Sonagas", ["Société nationale du gaz", "Sociedad Nacional de Gas"],
      ["Société nationale du gaz", "Sonagas"]),
     ("LOC", "Punta Europa", [], ["Punta Europa"]),
     ("LOC", "Luba", [], ["Luba"]),
     ("ORG", "Ministry of Mines and Hydrocarbons (Equatorial Guinea)", ["ministère équato-guinéen des Mines et des "
                                                                        "Hydrocarbures"],
      ["ministère équato-guinéen des Mines et des Hydrocarbures"]),
     ("LOC", "Ceiba", ["Ceiba field"], ["Ceiba"]),
     ("ORG", "Trident Energy", [], ["Trident Energy"]),
     ("ORG", "Atlantic Methanol Production Company", ["AMPCO"], ["Atlantic Methanol Production Company", "AMPCO"]),
     ("ORG", "Convergence for Social Democracy", ["CPDS", "Convergence pour la démocratie sociale"],
      ["Convergence pour la démocratie sociale", "CPDS"]),
     ("PERSON", "Andrés Esono Ondo", ["Andres Esono Ondo", "Esono Ondo"], ["Andrés Esono Ondo"]),
     ("LOC", "Ebebiyin", ["Ebebiyín"], ["Ebebiyin"]),
     ("ORG", "Democratic Party of Equatorial Guinea", ["PDGE", "Parti démocratique de Guinée équatoriale"],
      ["Parti démocratique de Guinée équatoriale", "PDGE"]),
     ("PERSON", "Teodoro Nguema Obiang Mangue", ["Teodorin Obiang", "Teodoro Obiang Mangue"],
      ["Teodoro Nguema Obiang Mangue"]),
     ("LOC", "Evinayong", [], ["Evinayong"]),
     ("ORG", "Supreme Court of Equatorial Guinea", ["Cour suprême"], ["Cour suprême"]),
     ("LOC", "Annobón", ["Annobon"], ["Annobón"]),
     ("LOC", "San Antonio de Palé", ["San Antonio de Pale"], ["San Antonio de Palé"]),
     ("LOC", "Wele", ["Wele River", "Mbini River", "Benito River"], ["Wele"]),
     ("LOC", "Mbini", [], ["Mbini"])],
    [("14", "grève", "Punta Europa", "2026-11-23"), ("10", "exiger", None, None), ("11", "dénoncé", None, None),
     ("17", "arrestation", "Ebebiyin", None), ("12", "rejeté", None, None), ("04", "reçu", "Mongomo", "2026-11-23"),
     ("07", "accordé", None, None), ("17", "condamnation", None, None), ("07", "livré", "San Antonio de Palé", None)])

doc("p11-fr-05-bambari", "fr", "2026-11-25T12:00:00Z",
    "Centrafrique : attaque rebelle près de Bambari, grève à l'Enerca",
    "BAMBARI, 25 novembre - Des combattants de l'Unité pour la paix en Centrafrique (UPC) ont attaqué mardi une "
    "position des Forces armées centrafricaines (FACA) à Ippy, dans la préfecture de la Ouaka, tuant trois soldats, "
    "a indiqué l'état-major.\n\n"
    "Des centaines d'habitants d'Ippy ont fui vers Bambari et Grimari, selon des sources humanitaires. Le gouvernement "
    "a accusé le chef rebelle Ali Darassa d'avoir rompu l'accord de désarmement signé en avril.\n\n"
    "À Bria, dans la Haute-Kotto, des combattants du Front populaire pour la renaissance de la Centrafrique (FPRC) ont "
    "enlevé deux agents de santé. Dans le sud-est, des miliciens Azande Ani Kpi Gbe ont incendié des maisons à Zemio, "
    "dans le Haut-Mbomou, près du fleuve Mbomou.\n\n"
    "Les agents de l'Énergie centrafricaine (Enerca) ont par ailleurs entamé mercredi une grève pour réclamer six "
    "mois d'arriérés, provoquant des coupures à Berbérati et Bossangoa. Le Mouvement cœurs unis (MCU), au pouvoir, a "
    "dénoncé « une manipulation », tandis que l'Union pour le renouveau centrafricain (URCA) d'Anicet-Georges "
    "Dologuélé a exigé une enquête sur la gestion de l'entreprise.\n\n"
    "La Société centrafricaine des télécommunications (Socatel) a signalé des coupures d'internet à Kaga-Bandoro.",
    [("LOC", "Bambari", [], ["BAMBARI", "Bambari"]),
     ("ORG", "Union for Peace in the Central African Republic", ["UPC", "Unité pour la paix en Centrafrique"],
      ["Unité pour la paix en Centrafrique", "UPC"]),
     ("ORG", "Central African Armed Forces", ["FACA", "Forces armées centrafricaines"],
      ["Forces armées centrafricaines", "FACA"]),
     ("LOC", "Ippy", [], ["Ippy"]),
     ("LOC", "Ouaka", ["Ouaka Prefecture"], ["Ouaka"]),
     ("LOC", "Central African Republic", ["Centrafrique"], ["Centrafrique"]),
     ("LOC", "Grimari", [], ["Grimari"]),
     ("PERSON", "Ali Darassa", ["Darassa"], ["Ali Darassa"]),
     ("LOC", "Bria", [], ["Bria"]),
     ("LOC", "Haute-Kotto", ["Haute-Kotto Prefecture"], ["Haute-Kotto"]),
     ("ORG", "Popular Front for the Rebirth of Central African Republic", ["FPRC",
      "Front populaire pour la renaissance de la Centrafrique"],
      ["Front populaire pour la renaissance de la Centrafrique", "FPRC"]),
     ("ORG", "Azande Ani Kpi Gbe", ["AAKG"], ["Azande Ani Kpi Gbe"]),
     ("LOC", "Zemio", ["Zémio"], ["Zemio"]),
     ("LOC", "Haut-Mbomou", ["Haut-Mbomou Prefecture"], ["Haut-Mbomou"]),
     ("LOC", "Mbomou", ["Mbomou River"], ["Mbomou"]),
     ("ORG", "Enerca", ["Énergie centrafricaine", "ENERCA"], ["Énergie centrafricaine", "Enerca"]),
     ("LOC", "Berbérati", ["Berberati"], ["Berbérati"]),
     ("LOC", "Bossangoa", [], ["Bossangoa"]),
     ("ORG", "United Hearts Movement", ["MCU", "Mouvement cœurs unis"], ["Mouvement cœurs unis", "MCU"]),
     ("ORG", "Union for Central African Renewal", ["URCA", "Union pour le renouveau centrafricain"],
      ["Union pour le renouveau centrafricain", "URCA"]),
     ("PERSON", "Anicet-Georges Dologuélé", ["Anicet-Georges Dologuele", "Dologuélé"], ["Anicet-Georges Dologuélé"]),
     ("ORG", "Socatel", ["Société centrafricaine des télécommunications"],
      ["Société centrafricaine des télécommunications", "Socatel"]),
     ("LOC", "Kaga-Bandoro", [], ["Kaga-Bandoro"])],
    [("19", "attaqué", "Ippy", "2026-11-24"), ("11", "accusé", None, None), ("18", "enlevé", "Bria", None),
     ("18", "incendié", "Zemio", None), ("14", "grève", None, "2026-11-25"), ("10", "réclamer", None, None),
     ("11", "dénoncé", None, None), ("10", "exigé", None, None)])

write("practice_enfr11.jsonl")
