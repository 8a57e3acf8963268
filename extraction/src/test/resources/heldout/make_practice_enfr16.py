# Writes practice_enfr16.jsonl: 6 articles (3 en, 3 fr) written for Newsflow's English/French detection work on
# 2026-12-03 by the h/enfr16 helper, annotated by shared/eval/GUIDELINES.md and written BEFORE the extractor ran on
# them. Wire stories from places the other sets do not name: English: Angola's Lobito and Namibe ports, the
# Hambantota port and the mineral sands of Pulmoddai; French: southern oil and cotton around Sarh, gold and rivers
# around Bozoum, Réunion's port, sugar and power. Dense in companies ending in a country's or a place's name,
# companies with no cue, associations after a person's name, ministries whose first portfolio is rare, titles with
# "Minister of State for", portfolios that are also given names, and sites after "le champ de", "la mine de", "le
# port de". Names overlap.py found in other sets (the island's, the two countries' and several towns' and firms'
# names, the Côte-Nord draft whole) were replaced or left unnamed before the extractor ran; left shared: Angola, Austria.
# Real public figures in plausible public roles as of late 2026; other officials and details are fictional.
# Apache-2.0.
# Run: python3 make_practice_enfr16.py
from gold import doc, write

doc("p16-en-01-lobito", "en", "2026-11-28T08:00:00Z",
    "Lobito dockers end strike as copper trains wait at Benguela",
    "LUBANGO, Angola, Nov 28 - Dockers at the port of Catumbela returned to work on Friday after a two-day strike "
    "over pay, the Ministry of Transport and Logistics said, ending a halt that had left copper trains from the "
    "interior waiting at Benguela.\n\n"
    "The terminal's operator Sogester said loading of two ore carriers would resume overnight. Vecturis Angola, "
    "which runs the trains on the Benguela Railway, said 40 wagons were stuck near Huambo and another 25 at "
    "Cubal.\n\n"
    "Minister of State for Economic Coordination Jose de Lima Massano met Abilio Kiluange of the Angolan "
    "Dockworkers Association on Thursday and promised a review of port tariffs. Kiluange said the dockers had not "
    "been paid overtime since August and would strike again if the review was not done by March.\n\n"
    "In Namibe, the port's owner Porto do Namibe said fish exports were normal. Transinsular, a Portuguese line, said one "
    "of its cargo ships had been sent on to Cabinda instead. Carrinho Angola, a food group, said flour stocks in "
    "Benguela would last a month.\n\n"
    "Minister of Mineral Resources, Oil and Gas Armindo Kapapelo said the railway's new wagons would arrive "
    "from Kuito in the first quarter. Catoca, the diamond miner, said its trucks had used the Lubango road during "
    "the strike.",
    [("LOC", "Lubango", [], ["LUBANGO", "Lubango"]),
     ("LOC", "Angola", [], ["Angola"]),
     ("LOC", "Catumbela", [], ["Catumbela"]),
     ("ORG", "Ministry of Transport and Logistics (Angola)", ["Ministry of Transport and Logistics"],
      ["Ministry of Transport and Logistics"]),
     ("LOC", "Benguela", [], ["Benguela"]),
     ("ORG", "Sogester", [], ["Sogester"]),
     ("ORG", "Vecturis Angola", [], ["Vecturis Angola"]),
     ("ORG", "Benguela Railway", ["Caminho de Ferro de Benguela", "CFB"], ["Benguela Railway"]),
     ("LOC", "Huambo", [], ["Huambo"]),
     ("LOC", "Cubal", [], ["Cubal"]),
     ("PERSON", "Jose de Lima Massano", ["José de Lima Massano"], ["Jose de Lima Massano"]),
     ("PERSON", "Abilio Kiluange", [], ["Abilio Kiluange", "Kiluange"]),
     ("ORG", "Angolan Dockworkers Association", [], ["Angolan Dockworkers Association"]),
     ("LOC", "Namibe", [], ["Namibe"]),
     ("ORG", "Porto do Namibe", ["Namibe Port Company"], ["Porto do Namibe"]),
     ("ORG", "Transinsular", [], ["Transinsular"]),
     ("LOC", "Cabinda", [], ["Cabinda"]),
     ("ORG", "Carrinho Angola", ["Carrinho"], ["Carrinho Angola"]),
     ("PERSON", "Armindo Kapapelo", [], ["Armindo Kapapelo"]),
     ("LOC", "Kuito", [], ["Kuito"]),
     ("ORG", "Catoca", ["Sociedade Mineira de Catoca"], ["Catoca"])],
    [])

doc("p16-en-02-hambantota", "en", "2026-11-22T09:30:00Z",
    "Hambantota readies tanker berth for refinery crude",
    "GALLE, Nov 22 - The southern port of Hambantota will take its first crude cargo for a planned refinery in "
    "January, the Ministry of Ports and Civil Aviation said on Saturday.\n\n"
    "Egco, a Thai power producer, said it would not bid for the power plant beside the refinery. The port's operator "
    "Hambantota International Port Group said the tanker berth had been dredged to 17 metres and two tugs had "
    "arrived from abroad to help berth the tankers.\n\n"
    "At Kankesanturai, Lanka Marine Services, which runs the fuel jetty, said it would repair its old tanks with "
    "Ceylon Fisheries Harbours Corporation under a 2022 deal. Dilan Gunaratne of the Ceylon Association of Ship Agents said "
    "fees at the southern ports had doubled in two years.\n\n"
    "Minister of Fisheries, Aquatic and Ocean Resources Sunethra Wickramaratne told lawmakers that fishing "
    "harbours in Tangalle and Kirinda would be kept apart from the oil berths. Keells Logistics said it would open "
    "a bonded warehouse in Matara next year to serve the port.\n\n"
    "The refinery's backer Hayleys Energy said the first 20,000 barrels a day would go to the Sapugaskanda plant "
    "by coastal tanker until the pipeline from Hambantota is finished, probably in 2029, and that "
    "talks with lenders were going well.",
    [("LOC", "Galle", [], ["GALLE"]),
     ("LOC", "Hambantota", ["Hambantota port"], ["Hambantota"]),
     ("ORG", "Ministry of Ports and Civil Aviation (Sri Lanka)", ["Ministry of Ports and Civil Aviation"],
      ["Ministry of Ports and Civil Aviation"]),
     ("ORG", "Egco", ["EGCO Group", "Electricity Generating Public Company"], ["Egco"]),
     ("ORG", "Hambantota International Port Group", ["HIPG"], ["Hambantota International Port Group"]),
     ("LOC", "Kankesanturai", [], ["Kankesanturai"]),
     ("ORG", "Lanka Marine Services", [], ["Lanka Marine Services"]),
     ("ORG", "Ceylon Fisheries Harbours Corporation", [], ["Ceylon Fisheries Harbours Corporation"]),
     ("PERSON", "Dilan Gunaratne", [], ["Dilan Gunaratne"]),
     ("ORG", "Ceylon Association of Ship Agents", [], ["Ceylon Association of Ship Agents"]),
     ("PERSON", "Sunethra Wickramaratne", [], ["Sunethra Wickramaratne"]),
     ("LOC", "Tangalle", [], ["Tangalle"]),
     ("LOC", "Kirinda", [], ["Kirinda"]),
     ("ORG", "Keells Logistics", ["John Keells Logistics"], ["Keells Logistics"]),
     ("LOC", "Matara", [], ["Matara"]),
     ("ORG", "Hayleys Energy", [], ["Hayleys Energy"]),
     ("LOC", "Sapugaskanda", [], ["Sapugaskanda"])],
    [])

doc("p16-en-03-pulmoddai", "en", "2026-11-18T11:00:00Z",
    "Fishermen halt mineral sands dredging at Pulmoddai",
    "PULMODDAI, Nov 18 - Lanka Mineral Sands stopped dredging on the beach at Pulmoddai on Tuesday after "
    "fishermen blocked the road to the plant, the Geological Survey and Mines Bureau said.\n\n"
    "The deposit's main buyer Chemours, an American group, said shipments of ilmenite would slip to January. Lanka "
    "Phosphate, which mines rock phosphate at Eppawala, said its own output was normal.\n\n"
    "Minister of Industry and Entrepreneurship Development Sunil Handunnetti met Nalaka Dissanayake of the "
    "Graphite Producers Association in Kurunegala on Monday to discuss export duties. Bogala Graphite said its "
    "plant at Aruggammana would double output next year, and Dolomite Lanka said a new quarry near Matale had "
    "been approved.\n\n"
    "Austria's Treibacher said it had signed a deal to buy zircon from the Kokkilai coast once a road is built. Minister "
    "of State for Coast Conservation Ruwan Senarath said the bureau would send a team to talk to the fishermen "
    "this week.\n\n"
    "The Central Environmental Authority said the dredging licence ran to 2028 but that it would check the "
    "sand pits near Kuchchaveli. Mahaweli Sands, which trucks the ore south, said 30 lorries were idle and that its drivers "
    "had not been paid for two weeks "
    "and were ready to leave.",
    [("LOC", "Pulmoddai", [], ["PULMODDAI", "Pulmoddai"]),
     ("ORG", "Lanka Mineral Sands", [], ["Lanka Mineral Sands"]),
     ("ORG", "Geological Survey and Mines Bureau", ["GSMB"], ["Geological Survey and Mines Bureau"]),
     ("ORG", "Chemours", [], ["Chemours"]),
     ("ORG", "Lanka Phosphate", [], ["Lanka Phosphate"]),
     ("LOC", "Eppawala", [], ["Eppawala"]),
     ("PERSON", "Sunil Handunnetti", [], ["Sunil Handunnetti"]),
     ("PERSON", "Nalaka Dissanayake", [], ["Nalaka Dissanayake"]),
     ("ORG", "Graphite Producers Association", [], ["Graphite Producers Association"]),
     ("LOC", "Kurunegala", [], ["Kurunegala"]),
     ("ORG", "Bogala Graphite", ["Bogala Graphite Lanka"], ["Bogala Graphite"]),
     ("LOC", "Aruggammana", [], ["Aruggammana"]),
     ("ORG", "Dolomite Lanka", [], ["Dolomite Lanka"]),
     ("LOC", "Matale", [], ["Matale"]),
     ("LOC", "Austria", [], ["Austria"]),
     ("ORG", "Treibacher", ["Treibacher Industrie"], ["Treibacher"]),
     ("LOC", "Kokkilai", [], ["Kokkilai"]),
     ("PERSON", "Ruwan Senarath", [], ["Ruwan Senarath"]),
     ("ORG", "Central Environmental Authority", [], ["Central Environmental Authority"]),
     ("LOC", "Kuchchaveli", [], ["Kuchchaveli"]),
     ("ORG", "Mahaweli Sands", [], ["Mahaweli Sands"])],
    [])

doc("p16-fr-01-kome", "fr", "2026-11-25T10:00:00Z",
    "La production du champ de Komé réduite de moitié",
    "SARH, 25 novembre - La production du champ de Komé, dans le sud du pays, a été réduite de moitié après une "
    "fuite sur l'oléoduc qui relie les puits à la côte atlantique, a annoncé mardi le ministère du Pétrole et de "
    "l'Énergie.\n\n"
    "La Tchad Oil Transportation Company (Totco), qui gère le tronçon national, a dépêché des équipes près de "
    "Bébédjia. La Société des hydrocarbures nationale (SHN) a indiqué que les exportations reprendraient d'ici dix "
    "jours. Le ministre Mahamat Abakar Nassour s'est rendu mercredi à Goundi.\n\n"
    "Cotontchad a suspendu ses achats de coton dans le Barh Sara faute de carburant, selon Ngarlejy Beassoum, "
    "de l'Association des producteurs de coton de Bédaya. Le ministère de l'Aménagement du territoire, de "
    "l'Habitat et de l'Urbanisme a promis de réparer la route de Maro avant la saison des pluies.\n\n"
    "La Brasserie du Moyen-Chari a réduit sa production, faute de bouteilles. La compagnie Savannah Energy, qui "
    "détient le champ de Miandoum, a dit que ses puits n'étaient pas touchés. Le gouverneur Djimet Ahmat Brahim a "
    "réuni les transporteurs à Kyabé pour organiser des convois de gazole depuis la frontière, "
    "escortés par la gendarmerie. Les planteurs attendent aussi "
    "les semences promises en juin.",
    [("LOC", "Sarh", [], ["SARH"]),
     ("LOC", "Kome", ["Komé", "Kome field"], ["Komé"]),
     ("ORG", "Ministry of Petroleum and Energy (Chad)", ["ministère du Pétrole et de l'Énergie"],
      ["ministère du Pétrole et de l'Énergie"]),
     ("ORG", "Tchad Oil Transportation Company", ["Totco", "TOTCO"], ["Tchad Oil Transportation Company", "Totco"]),
     ("LOC", "Bebedjia", ["Bébédjia"], ["Bébédjia"]),
     ("ORG", "Societe des Hydrocarbures Nationale", ["SHN"], ["Société des hydrocarbures nationale", "SHN"]),
     ("PERSON", "Mahamat Abakar Nassour", [], ["Mahamat Abakar Nassour"]),
     ("LOC", "Goundi", [], ["Goundi"]),
     ("ORG", "Cotontchad", [], ["Cotontchad"]),
     ("LOC", "Barh Sara", [], ["Barh Sara"]),
     ("PERSON", "Ngarlejy Beassoum", [], ["Ngarlejy Beassoum"]),
     ("ORG", "Association des producteurs de coton de Bédaya", [],
      ["Association des producteurs de coton de Bédaya"]),
     ("ORG", "Ministry of Land Planning, Housing and Urban Development (Chad)",
      ["ministère de l'Aménagement du territoire, de l'Habitat et de l'Urbanisme"],
      ["ministère de l'Aménagement du territoire, de l'Habitat et de l'Urbanisme"]),
     ("LOC", "Maro", [], ["Maro"]),
     ("ORG", "Brasserie du Moyen-Chari", [], ["Brasserie du Moyen-Chari"]),
     ("ORG", "Savannah Energy", [], ["Savannah Energy"]),
     ("LOC", "Miandoum", ["Miandoum field"], ["Miandoum"]),
     ("PERSON", "Djimet Ahmat Brahim", [], ["Djimet Ahmat Brahim"]),
     ("LOC", "Kyabe", ["Kyabé"], ["Kyabé"])],
    [])

doc("p16-fr-02-bozoum", "fr", "2026-11-19T09:00:00Z",
    "Permis d'or suspendus près de Bozoum",
    "BOZOUM, 19 novembre - Le gouvernement a suspendu mardi les permis de deux sociétés chinoises qui exploitent "
    "l'or près de Bozoum, dans l'Ouham-Pendé, a annoncé le ministre des Mines et de la Géologie, Rufin Benam "
    "Beltoungou.\n\n"
    "Axmin a suspendu de son côté les travaux sur la mine de Ndassima, près de Bakala, après l'attaque d'un "
    "convoi. Le port de Salo, sur la Sangha, reste fermé aux barges de bois, selon la Socatraf, qui assure le "
    "transport fluvial sur l'Oubangui.\n\n"
    "Sucaf Centrafrique, qui exploite la sucrerie de Ngakobo, a dit manquer de carburant. La Société centrafricaine "
    "de stockage des produits pétroliers (Socasp) a promis une livraison venue du sud par le fleuve.\n\n"
    "Le ministère de l'Élevage et de la Santé animale a fermé le marché au bétail de Bouar après des cas de fièvre. "
    "Abdoulaye Yakité, de l'Association des éleveurs de la Nana-Mambéré, a dénoncé une mesure prise sans "
    "consultation, alors que les troupeaux descendent vers le sud pour la saison sèche et les pâturages.\n\n"
    "Le chantier de la route de Baoro, financé par le Fonds routier national, a été "
    "arrêté faute de paiement depuis juillet. Le groupe Sogea-Satom, qui le conduit, a replié ses engins et ses 200 ouvriers à Yaloké mardi soir.",
    [("LOC", "Bozoum", [], ["BOZOUM", "Bozoum"]),
     ("LOC", "Ouham-Pende", ["Ouham-Pendé"], ["Ouham-Pendé"]),
     ("PERSON", "Rufin Benam Beltoungou", [], ["Rufin Benam Beltoungou"]),
     ("ORG", "Axmin", [], ["Axmin"]),
     ("LOC", "Ndassima", ["Ndassima mine"], ["Ndassima"]),
     ("LOC", "Bakala", [], ["Bakala"]),
     ("LOC", "Salo", [], ["Salo"]),
     ("LOC", "Sangha River", ["Sangha"], ["Sangha"]),
     ("ORG", "Socatraf", [], ["Socatraf"]),
     ("LOC", "Ubangi River", ["Oubangui"], ["Oubangui"]),
     ("ORG", "Sucaf Centrafrique", ["Sucaf"], ["Sucaf Centrafrique"]),
     ("LOC", "Ngakobo", [], ["Ngakobo"]),
     ("ORG", "Societe Centrafricaine de Stockage des Produits Petroliers", ["Socasp", "SOCASP"],
      ["Société centrafricaine de stockage des produits pétroliers", "Socasp"]),
     ("ORG", "Ministry of Livestock and Animal Health (Central African Republic)",
      ["ministère de l'Élevage et de la Santé animale"], ["ministère de l'Élevage et de la Santé animale"]),
     ("LOC", "Bouar", [], ["Bouar"]),
     ("PERSON", "Abdoulaye Yakite", ["Abdoulaye Yakité"], ["Abdoulaye Yakité"]),
     ("ORG", "Association des éleveurs de la Nana-Mambéré", [], ["Association des éleveurs de la Nana-Mambéré"]),
     ("LOC", "Baoro", [], ["Baoro"]),
     ("ORG", "Fonds routier national", [], ["Fonds routier national"]),
     ("ORG", "Sogea-Satom", [], ["Sogea-Satom"]),
     ("LOC", "Yaloke", ["Yaloké"], ["Yaloké"])],
    [])

doc("p16-fr-03-reunion", "fr", "2026-11-21T14:00:00Z",
    "Cyclone : la sucrerie de Bois-Rouge à l'arrêt après le cyclone",
    "BOIS-ROUGE, 21 novembre - La sucrerie de Bois-Rouge est restée à l'arrêt vendredi, trois "
    "jours après le passage du cyclone, a indiqué Tereos Océan Indien, qui craint de perdre un cinquième de la "
    "campagne sucrière.\n\n"
    "Albioma a suspendu sa centrale du Gol, privée de bagasse, et EDF Réunion a demandé aux industriels de "
    "réduire leur consommation. Le Grand Port maritime de La Réunion a rouvert le port de la Pointe des Galets "
    "jeudi soir.\n\n"
    "La ministre de l'Agriculture et de la Souveraineté alimentaire s'est entretenue avec Jean-Bernard Payet, de "
    "l'Association des planteurs de canne de l'Est. Le ministère du Travail, de la Santé et des "
    "Solidarités a promis une aide au chômage partiel pour les 600 salariés de la sucrerie, qui devait broyer "
    "encore six semaines de canne.\n\n"
    "Le sous-préfet Olivier Grondin s'est rendu à Saint-Benoît, où la rivière des Marsouins a emporté un pont. La "
    "Société réunionnaise des produits pétroliers (SRPP) a assuré que les stocks de carburant tiendraient trois "
    "semaines.\n\n"
    "La Cilam a repris la collecte du lait dans les Hauts. Quartz Réunion, un fabricant de bouteilles, a mis ses 80 "
    "salariés au repos jusqu'à lundi, faute de sucre pour la distillerie de Savanna et de bouteilles vides.",
    [("LOC", "Bois-Rouge", ["Bois-Rouge sugar mill"], ["BOIS-ROUGE", "Bois-Rouge"]),
     ("ORG", "Tereos Ocean Indien", ["Tereos Océan Indien"], ["Tereos Océan Indien"]),
     ("ORG", "Albioma", [], ["Albioma"]),
     ("LOC", "Le Gol", ["Gol", "Le Gol power station"], ["Gol"]),
     ("ORG", "EDF Reunion", ["EDF Réunion"], ["EDF Réunion"]),
     ("ORG", "Grand Port Maritime de La Reunion", ["Port Réunion", "Grand Port maritime de La Réunion"],
      ["Grand Port maritime de La Réunion"]),
     ("LOC", "Pointe des Galets", [], ["Pointe des Galets"]),
     ("PERSON", "Jean-Bernard Payet", [], ["Jean-Bernard Payet"]),
     ("ORG", "Association des planteurs de canne de l'Est", [],
      ["Association des planteurs de canne de l'Est"]),
     ("ORG", "Ministry of Labour, Health and Solidarity (France)",
      ["ministère du Travail, de la Santé et des Solidarités"],
      ["ministère du Travail, de la Santé et des Solidarités"]),
     ("PERSON", "Olivier Grondin", [], ["Olivier Grondin"]),
     ("LOC", "Saint-Benoit", ["Saint-Benoît"], ["Saint-Benoît"]),
     ("LOC", "Riviere des Marsouins", ["rivière des Marsouins"], ["rivière des Marsouins"]),
     ("ORG", "Societe Reunionnaise des Produits Petroliers", ["SRPP"],
      ["Société réunionnaise des produits pétroliers", "SRPP"]),
     ("ORG", "Cilam", [], ["Cilam"]),
     ("ORG", "Quartz Reunion", ["Quartz Réunion"], ["Quartz Réunion"]),
     ("LOC", "Savanna", [], ["Savanna"])],
    [])

write("practice_enfr16.jsonl")
