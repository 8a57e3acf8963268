# Writes practice_enfr15.jsonl: 6 articles (3 en, 3 fr) written for Newsflow's English/French detection work on
# 2026-12-03 by the h/enfr15 helper, annotated by shared/eval/GUIDELINES.md and written BEFORE the extractor ran on
# them. Wire stories from places the other sets do not name: English: Namibia's Erongo uranium, Botswana's diamonds
# and copper, Colombia's La Guajira and Cesar coal; French: Benin's oil pipeline and north, Côte d'Ivoire's west (Ity gold),
# Tunisia's Kébili oil. Dense in one-word and two-word companies (some ending in a place word or a country, some
# with digits, some after a country's possessive or with no cue), ministries with several portfolios, people after
# long titles and with particles (de la, du, del, dos, van der). Real public figures in plausible public roles as of
# late 2026; other officials and details are fictional. Guinea's Boké, Tunisia's Tataouine, Botswana's Jwaneng and
# the Okavango shared names with other sets (overlap.py) and were replaced before scoring; left shared, for time:
# Benin's Parakou, Kandi, Malanville, Sèmè, SBEE (seen blind16), Kébili and Douz (seen blind14), Walvis Bay, and
# countries and big companies. Gold edited once after the first output, for a plain annotation error against
# GUIDELINES: "La ministre de l'Industrie, des Mines et de l'Énergie" is a title, not a mention of the ministry, whose
# entity was removed. Apache-2.0.
# Run: python3 make_practice_enfr15.py
from gold import doc, write

doc("p15-en-01-erongo", "en", "2026-11-26T08:00:00Z",
    "Namibia halts Husab uranium exports after acid spill",
    "WALVIS BAY, Nov 26 - Namibia suspended uranium exports from the Husab mine on Wednesday after a spill of acid "
    "solution near the Khan River, the Ministry of Industries, Mines and Energy said.\n\n"
    "The mine's owner Swakop Uranium, controlled by China General Nuclear, said the spill had been contained and no "
    "well was affected. Rossing Uranium, which runs the neighbouring Rossing mine, said its plant was working "
    "normally.\n\n"
    "Deputy Minister of Industries, Mines and Energy Gotthard Kasuto visited the site with Pieter du Toit of the "
    "Namibian Uranium Association. He told reporters in Swakopmund that exports through Walvis Bay would resume "
    "once tests were done.\n\n"
    "France's Orano said separately it had agreed to sell its idle Trekkopje mine to K2 Uranium, a Perth-listed "
    "explorer. Anna de la Rey, who chairs K2 Uranium, said drilling in the Erongo region would start in March.\n\n"
    "Namport said two uranium cargoes were held at the container terminal. Debmarine Namibia, which mines diamonds "
    "off Oranjemund, said its ships were not affected.",
    [("LOC", "Walvis Bay", [], ["WALVIS BAY", "Walvis Bay"]),
     ("LOC", "Namibia", [], ["Namibia"]),
     ("LOC", "Husab", ["Husab mine"], ["Husab"]),
     ("LOC", "Khan River", ["Khan"], ["Khan River"]),
     ("ORG", "Ministry of Industries, Mines and Energy (Namibia)", ["Ministry of Industries, Mines and Energy"],
      ["Ministry of Industries, Mines and Energy"]),
     ("ORG", "Swakop Uranium", [], ["Swakop Uranium"]),
     ("ORG", "China General Nuclear", ["CGN", "China General Nuclear Power Group"], ["China General Nuclear"]),
     ("ORG", "Rossing Uranium", ["Rössing Uranium"], ["Rossing Uranium"]),
     ("LOC", "Rossing", ["Rössing", "Rossing mine"], ["Rossing"]),
     ("PERSON", "Gotthard Kasuto", [], ["Gotthard Kasuto"]),
     ("PERSON", "Pieter du Toit", [], ["Pieter du Toit"]),
     ("ORG", "Namibian Uranium Association", [], ["Namibian Uranium Association"]),
     ("LOC", "Swakopmund", [], ["Swakopmund"]),
     ("LOC", "France", [], ["France"]),
     ("ORG", "Orano", [], ["Orano"]),
     ("LOC", "Trekkopje", ["Trekkopje mine"], ["Trekkopje"]),
     ("ORG", "K2 Uranium", [], ["K2 Uranium"]),
     ("LOC", "Perth", [], ["Perth"]),
     ("PERSON", "Anna de la Rey", [], ["Anna de la Rey"]),
     ("LOC", "Erongo", ["Erongo Region"], ["Erongo"]),
     ("ORG", "Namport", ["Namibian Ports Authority"], ["Namport"]),
     ("ORG", "Debmarine Namibia", [], ["Debmarine Namibia"]),
     ("LOC", "Oranjemund", [], ["Oranjemund"])],
    [])

doc("p15-en-02-karowe", "en", "2026-11-20T09:30:00Z",
    "Lucara cuts Karowe output as Botswana copper mines expand",
    "GABORONE, Nov 20 - Lucara will cut output at its Karowe mine near Letlhakane by a fifth next year as diamond "
    "prices stay weak, the Ministry of Minerals and Energy said on Thursday. De Beers said it would keep the Orapa "
    "mine running at full rate.\n\n"
    "Belgium's HB Antwerp, which buys part of Botswana's output, said it would take fewer stones. The mine's owner "
    "Lucara said it had found a 1,100-carat diamond in October.\n\n"
    "Copper output in the Kalahari is rising. Australia's Sandfire said its Motheo mine near Ghanzi had beaten its "
    "target, and MMG, which owns Khoemacau Copper, plans a second shaft. Minister of Lands, Water and Sanitation "
    "Services Onneetse Ramogapi said the mines must pay for a new pipeline from the Thamalakane River.\n\n"
    "Bogolo Kenewendo, the minerals minister, met Sandfire executives and Marthinus van der Westhuizen of the "
    "Chamber of Mines of Botswana in Francistown on Wednesday. Botswana Power Corporation said it would add "
    "200 megawatts at Morupule.",
    [("LOC", "Gaborone", [], ["GABORONE"]),
     ("ORG", "Lucara Diamond", ["Lucara"], ["Lucara"]),
     ("LOC", "Karowe", ["Karowe mine"], ["Karowe"]),
     ("LOC", "Letlhakane", [], ["Letlhakane"]),
     ("ORG", "Ministry of Minerals and Energy (Botswana)", ["Ministry of Minerals and Energy"],
      ["Ministry of Minerals and Energy"]),
     ("ORG", "De Beers", [], ["De Beers"]),
     ("LOC", "Orapa", ["Orapa mine"], ["Orapa"]),
     ("LOC", "Belgium", [], ["Belgium"]),
     ("ORG", "HB Antwerp", [], ["HB Antwerp"]),
     ("LOC", "Botswana", [], ["Botswana"]),
     ("LOC", "Kalahari", ["Kalahari Desert"], ["Kalahari"]),
     ("LOC", "Australia", [], ["Australia"]),
     ("ORG", "Sandfire Resources", ["Sandfire"], ["Sandfire"]),
     ("LOC", "Motheo", ["Motheo mine"], ["Motheo"]),
     ("LOC", "Ghanzi", [], ["Ghanzi"]),
     ("ORG", "MMG", ["MMG Limited"], ["MMG"]),
     ("ORG", "Khoemacau Copper", ["Khoemacau Copper Mining"], ["Khoemacau Copper"]),
     ("PERSON", "Onneetse Ramogapi", [], ["Onneetse Ramogapi"]),
     ("LOC", "Thamalakane River", ["Thamalakane"], ["Thamalakane River"]),
     ("PERSON", "Bogolo Kenewendo", [], ["Bogolo Kenewendo"]),
     ("PERSON", "Marthinus van der Westhuizen", [], ["Marthinus van der Westhuizen"]),
     ("ORG", "Chamber of Mines of Botswana", [], ["Chamber of Mines of Botswana"]),
     ("LOC", "Francistown", [], ["Francistown"]),
     ("ORG", "Botswana Power Corporation", ["BPC"], ["Botswana Power Corporation"]),
     ("LOC", "Morupule", ["Morupule power station"], ["Morupule"])],
    [("04", "met", "Francistown", "2026-11-19")])

doc("p15-en-03-guajira", "en", "2026-11-14T12:00:00Z",
    "Wayuu blockade halts Cerrejon coal trains to Bahia Portete",
    "RIOHACHA, Colombia, Nov 14 - Wayuu protesters blocked the railway between the Cerrejon mine and Bahia Portete "
    "for a third day on Friday, halting coal exports, Glencore said.\n\n"
    "The mine's owner Glencore said about 40,000 tonnes a day were stranded at Albania, the mining town in La Guajira. "
    "Switzerland's Glencore bought out its partners in the mine in 2022.\n\n"
    "Minister of Mines and Energy Edwin Palma flew to Riohacha with Maria del Pilar Ospina, head of the National "
    "Mining Agency (ANM). The protesters want water from the Rancheria River to be shared with their villages, said "
    "Jose Luis dos Reis, a lawyer for the Fuerza de Mujeres Wayuu group.\n\n"
    "In Cesar, Drummond said its Pribbenow mine near La Jagua de Ibirico was not affected. Colombia Natural "
    "Resources, which idled its mines in 2020, said it hoped to restart by June. Ecopetrol said fuel supplies to "
    "Valledupar were normal.\n\n"
    "The Ministry of Environment and Sustainable Development said it would send inspectors to the river on Monday.",
    [("LOC", "Riohacha", [], ["RIOHACHA", "Riohacha"]),
     ("LOC", "Colombia", [], ["Colombia"]),
     ("LOC", "Cerrejon", ["Cerrejón", "Cerrejon mine"], ["Cerrejon"]),
     ("LOC", "Bahia Portete", ["Bahía Portete"], ["Bahia Portete"]),
     ("ORG", "Glencore", [], ["Glencore"]),
     ("LOC", "Albania, La Guajira", ["Albania"], ["Albania"]),
     ("LOC", "La Guajira", ["La Guajira Department"], ["La Guajira"]),
     ("LOC", "Switzerland", [], ["Switzerland"]),
     ("PERSON", "Edwin Palma", [], ["Edwin Palma"]),
     ("PERSON", "Maria del Pilar Ospina", [], ["Maria del Pilar Ospina"]),
     ("ORG", "National Mining Agency (Colombia)", ["ANM", "Agencia Nacional de Minería"],
      ["National Mining Agency", "ANM"]),
     ("LOC", "Rancheria River", ["Ranchería River", "Rancheria"], ["Rancheria River"]),
     ("PERSON", "Jose Luis dos Reis", [], ["Jose Luis dos Reis"]),
     ("ORG", "Fuerza de Mujeres Wayuu", [], ["Fuerza de Mujeres Wayuu"]),
     ("LOC", "Cesar", ["Cesar Department"], ["Cesar"]),
     ("ORG", "Drummond", ["Drummond Company"], ["Drummond"]),
     ("LOC", "Pribbenow", ["Pribbenow mine"], ["Pribbenow"]),
     ("LOC", "La Jagua de Ibirico", [], ["La Jagua de Ibirico"]),
     ("ORG", "Colombia Natural Resources", ["CNR"], ["Colombia Natural Resources"]),
     ("ORG", "Ecopetrol", [], ["Ecopetrol"]),
     ("LOC", "Valledupar", [], ["Valledupar"]),
     ("ORG", "Ministry of Environment and Sustainable Development (Colombia)",
      ["Ministry of Environment and Sustainable Development"], ["Ministry of Environment and Sustainable Development"])],
    [("14", "blocked", "Cerrejon", "2026-11-14")])

doc("p15-fr-01-seme", "fr", "2026-11-22T10:00:00Z",
    "Bénin : Wapco suspend le pompage vers le terminal de Sèmè",
    "COTONOU, 22 novembre - Wapco Bénin a suspendu samedi le pompage du brut nigérien vers le terminal de Sèmè après "
    "une fuite près de Malanville, a annoncé le ministère de l'Énergie, de l'Eau et des Mines.\n\n"
    "La filiale de China National Petroleum Corporation (CNPC) n'a pas commenté. La Société béninoise d'énergie "
    "électrique (SBEE) a dit que ses centrales de Maria-Gléta fonctionnaient normalement. Sonacop, qui gère les "
    "dépôts de Cotonou, a assuré que les stations étaient approvisionnées.\n\n"
    "Le ministre de l'Énergie, de l'Eau et des Mines, Samou Séidou Adambi, s'est rendu à Kandi avec le directeur de "
    "l'Agence béninoise pour l'environnement, Rodrigue dos Santos Agbo. Il a rappelé que le tracé passe par "
    "Parakou et Djougou.\n\n"
    "Le ministère du Cadre de vie, des Transports et du Développement durable a ouvert une enquête sur la pollution "
    "du fleuve Niger. Sodeco, qui exploite les usines d'égrenage de coton du Nord, a suspendu ses camions par "
    "prudence.\n\n"
    "Selon Félicienne de la Cruz Houngbo, analyste chez Afrik4 Conseil à Lomé, le Niger exporte 90 000 barils par "
    "jour par cet oléoduc.",
    [("LOC", "Bénin", ["Benin"], ["Bénin"]),
     ("ORG", "Wapco Bénin", ["WAPCO Benin", "West African Oil Pipeline Company Benin"], ["Wapco Bénin", "Wapco"]),
     ("LOC", "Sèmè", ["Seme", "Sèmè-Podji"], ["Sèmè"]),
     ("LOC", "Cotonou", [], ["COTONOU", "Cotonou"]),
     ("LOC", "Malanville", [], ["Malanville"]),
     ("ORG", "Ministry of Energy, Water and Mines (Benin)",
      ["ministère de l'Énergie, de l'Eau et des Mines"], ["ministère de l'Énergie, de l'Eau et des Mines"]),
     ("ORG", "China National Petroleum Corporation", ["CNPC"], ["China National Petroleum Corporation", "CNPC"]),
     ("ORG", "Société Béninoise d'Énergie Électrique", ["SBEE"],
      ["Société béninoise d'énergie électrique", "SBEE"]),
     ("LOC", "Maria-Gléta", ["Maria Gleta"], ["Maria-Gléta"]),
     ("ORG", "Sonacop", [], ["Sonacop"]),
     ("PERSON", "Samou Séidou Adambi", ["Samou Seidou Adambi"], ["Samou Séidou Adambi"]),
     ("LOC", "Kandi", [], ["Kandi"]),
     ("ORG", "Agence béninoise pour l'environnement", ["ABE"], ["Agence béninoise pour l'environnement"]),
     ("PERSON", "Rodrigue dos Santos Agbo", [], ["Rodrigue dos Santos Agbo"]),
     ("LOC", "Parakou", [], ["Parakou"]),
     ("LOC", "Djougou", [], ["Djougou"]),
     ("ORG", "Ministry of Living Environment, Transport and Sustainable Development (Benin)",
      ["ministère du Cadre de vie, des Transports et du Développement durable"],
      ["ministère du Cadre de vie, des Transports et du Développement durable"]),
     ("LOC", "Niger River", ["fleuve Niger"], ["fleuve Niger"]),
     ("ORG", "Sodeco", ["Société pour le développement du coton"], ["Sodeco"]),
     ("PERSON", "Félicienne de la Cruz Houngbo", [], ["Félicienne de la Cruz Houngbo"]),
     ("ORG", "Afrik4 Conseil", [], ["Afrik4 Conseil"]),
     ("LOC", "Lomé", ["Lome"], ["Lomé"]),
     ("LOC", "Niger", [], ["Niger"])],
    [])

doc("p15-fr-02-ity", "fr", "2026-11-17T11:00:00Z",
    "Côte d'Ivoire : grève à la mine d'or d'Ity, dans l'ouest",
    "DANANÉ (Côte d'Ivoire), 17 novembre - Les ouvriers de la mine d'or d'Ity, près de Zouan-Hounien, sont en grève "
    "depuis lundi pour réclamer des primes, a indiqué le Syndicat des agents du secteur minier.\n\n"
    "La Société des mines d'Ity (SMI), filiale du groupe Endeavour Mining, a dit que la production se poursuivait. "
    "Le ministère des Mines, du Pétrole et de l'Énergie a convoqué une réunion à Guiglo jeudi.\n\n"
    "Le ministre des Mines, du Pétrole et de l'Énergie, Mamadou Sangafowa-Coulibaly, a appelé au calme. Le préfet de "
    "la région du Tonkpi, Jean-Baptiste du Plessis Kouadio, a rencontré les grévistes mardi à Danané.\n\n"
    "Plus au nord, Montage Gold a achevé la construction de sa mine de Kongodjan, et Fortuna Mining a augmenté la "
    "production à Séguéla. Mota-Engil Africa, qui construit la route entre Biankouma et Sipilou, a suspendu ses "
    "travaux, selon son directeur Paulo dos Reis.\n\n"
    "La Compagnie ivoirienne d'électricité (CIE) a promis de raccorder Ity au barrage de Soubré avant juin.",
    [("LOC", "Côte d'Ivoire", [], ["Côte d'Ivoire"]),
     ("LOC", "Ity", ["Ity mine"], ["Ity"]),
     ("LOC", "Zouan-Hounien", [], ["Zouan-Hounien"]),
     ("ORG", "Syndicat des agents du secteur minier", [],
      ["Syndicat des agents du secteur minier"]),
     ("ORG", "Société des mines d'Ity", ["SMI"], ["Société des mines d'Ity", "SMI"]),
     ("ORG", "Endeavour Mining", ["Endeavour"], ["Endeavour Mining"]),
     ("ORG", "Ministry of Mines, Petroleum and Energy (Côte d'Ivoire)",
      ["ministère des Mines, du Pétrole et de l'Énergie"], ["ministère des Mines, du Pétrole et de l'Énergie"]),
     ("LOC", "Guiglo", [], ["Guiglo"]),
     ("LOC", "Danané", ["Danane"], ["DANANÉ", "Danané"]),
     ("PERSON", "Mamadou Sangafowa-Coulibaly", ["Mamadou Sangafowa Coulibaly"], ["Mamadou Sangafowa-Coulibaly"]),
     ("LOC", "Tonkpi", ["Tonkpi Region"], ["Tonkpi"]),
     ("PERSON", "Jean-Baptiste du Plessis Kouadio", [], ["Jean-Baptiste du Plessis Kouadio"]),
     ("ORG", "Montage Gold", [], ["Montage Gold"]),
     ("LOC", "Kongodjan", [], ["Kongodjan"]),
     ("ORG", "Fortuna Mining", ["Fortuna"], ["Fortuna Mining"]),
     ("LOC", "Séguéla", ["Seguela"], ["Séguéla"]),
     ("ORG", "Mota-Engil Africa", ["Mota-Engil"], ["Mota-Engil Africa"]),
     ("LOC", "Biankouma", [], ["Biankouma"]),
     ("LOC", "Sipilou", [], ["Sipilou"]),
     ("PERSON", "Paulo dos Reis", [], ["Paulo dos Reis"]),
     ("ORG", "Compagnie Ivoirienne d'Electricité", ["CIE"], ["Compagnie ivoirienne d'électricité", "CIE"]),
     ("LOC", "Soubré", ["Soubre", "Soubré Dam"], ["Soubré"])],
    [("14", "grève", "Ity", "2026-11-16")])

doc("p15-fr-03-tataouine", "fr", "2026-11-10T09:00:00Z",
    "Tunisie : des jeunes chômeurs bloquent la vanne de Bir Zaafrane",
    "KÉBILI (Tunisie), 10 novembre - Des jeunes chômeurs ont fermé lundi la vanne de pompage de Bir Zaafrane, dans le "
    "désert au sud de Douz, coupant l'acheminement du pétrole du champ d'El Borma vers la côte, a dit l'Entreprise "
    "tunisienne d'activités pétrolières (ETAP).\n\n"
    "Sitep, coentreprise d'ETAP et de l'italien Eni, a dit que ses réservoirs seraient pleins dans quatre jours. "
    "L'anglo-français Perenco, qui exploite le champ de Franig, a suspendu sa production. Panoro Energy a réduit ses "
    "livraisons.\n\n"
    "La ministre de l'Industrie, des Mines et de l'Énergie, Wided Ben Hamida-Mansouri, a reçu mardi à Tunis une délégation "
    "des protestataires conduite par Tarek ben Amor. Le ministère de l'Emploi et de la Formation professionnelle a "
    "promis 500 postes à la Société de l'environnement et du jardinage de Kébili.\n\n"
    "L'Union générale tunisienne du travail (UGTT) a appelé à une grève générale à Souk Lahad et Faouar jeudi. Le "
    "gouverneur, Lassaad del Hadj Ali, a dit craindre des heurts à Jemna.",
    [("LOC", "Tunisie", ["Tunisia"], ["Tunisie"]),
     ("LOC", "Bir Zaafrane", [], ["Bir Zaafrane"]),
     ("LOC", "Kébili", ["Kebili"], ["KÉBILI", "Kébili"]),
     ("LOC", "Douz", [], ["Douz"]),
     ("LOC", "El Borma", ["El Borma field"], ["El Borma"]),
     ("ORG", "Entreprise Tunisienne d'Activités Pétrolières", ["ETAP"],
      ["Entreprise tunisienne d'activités pétrolières", "ETAP"]),
     ("ORG", "Sitep", ["SITEP"], ["Sitep"]),
     ("ORG", "Eni", [], ["Eni"]),
     ("ORG", "Perenco", [], ["Perenco"]),
     ("LOC", "Franig", ["Franig field"], ["Franig"]),
     ("ORG", "Panoro Energy", ["Panoro"], ["Panoro Energy"]),
     ("PERSON", "Wided Ben Hamida-Mansouri", [], ["Wided Ben Hamida-Mansouri"]),
     ("LOC", "Tunis", [], ["Tunis"]),
     ("PERSON", "Tarek ben Amor", [], ["Tarek ben Amor"]),
     ("ORG", "Ministry of Employment and Vocational Training (Tunisia)",
      ["ministère de l'Emploi et de la Formation professionnelle"],
      ["ministère de l'Emploi et de la Formation professionnelle"]),
     ("ORG", "Société de l'environnement et du jardinage de Kébili", [],
      ["Société de l'environnement et du jardinage de Kébili"]),
     ("ORG", "Union Générale Tunisienne du Travail", ["UGTT"],
      ["Union générale tunisienne du travail", "UGTT"]),
     ("LOC", "Souk Lahad", [], ["Souk Lahad"]),
     ("LOC", "Faouar", ["El Faouar"], ["Faouar"]),
     ("PERSON", "Lassaad del Hadj Ali", [], ["Lassaad del Hadj Ali"]),
     ("LOC", "Jemna", [], ["Jemna"])],
    [("14", "fermé", "Bir Zaafrane", "2026-11-09")])

write("practice_enfr15.jsonl")
