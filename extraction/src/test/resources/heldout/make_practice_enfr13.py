# Writes practice_enfr13.jsonl: 3 articles (2 en, 1 fr) written for Newsflow's English/French detection work on
# 2026-12-03 by the h/enfr13 helper, annotated by shared/eval/GUIDELINES.md and written BEFORE the extractor ran on
# them. Wire stories from regions the other sets do not name: English: Mongolia's Gobi mines, Suriname and Guyana;
# French: the Comoros. Dense in the cases this round works on: ministries and
# chambers whose name holds "and"/"et", one-word companies cued by "the miner X", "X said in a statement", "X's plant",
# "S.A.", "Ltd", a place before a kind of company ("X LNG"), a company's possessive before its subsidiary, given names
# that are also places ("Maurice"), and "l'île de X" where wire copy names "X". Overlap.py hits other than countries
# were dropped before any run (four French drafts in other regions were dropped, unscored, for shared names). Real public figures in plausible public roles as of late 2026; other officials and
# details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_enfr13.py
from gold import doc, write

doc("p13-en-01-dalanzadgad", "en", "2026-11-20T06:00:00Z",
    "Mongolian coal haulers block road to Tavan Tolgoi as miner Erdenes halts exports",
    "DALANZADGAD, Mongolia, Nov 20 - Truck drivers blocked the road from Tavan Tolgoi to the Gashuunsukhait border "
    "crossing on Thursday, halting coal exports to China for a second day, the state miner Erdenes Tavan Tolgoi said "
    "in a statement.\n\n"
    "Mongolia's Ministry of Mining and Heavy Industry said talks with the drivers would resume in Dalanzadgad on "
    "Friday. The Mongolian National Chamber of Commerce and Industry warned that the blockade was costing exporters "
    "$10 million a day.\n\n"
    "The copper miner Tsagaankhad said its Khanbogd plant had stopped ore shipments, and Gobi Steel Ltd said in a "
    "statement that it had laid off 200 workers at Sainshand. Tsagaankhad's chief executive, Batbold Ganzorig, met the "
    "governor of Umnugovi province on Thursday.\n\n"
    "In the capital, the Independent Authority Against Corruption said it had detained two officials of the Ministry "
    "of Road and Transport Development over permits for the route.",
    [("LOC", "Dalanzadgad", [], ["DALANZADGAD", "Dalanzadgad"]),
     ("LOC", "Mongolia", [], ["Mongolia"]),
     ("LOC", "Tavan Tolgoi", [], ["Tavan Tolgoi"]),
     ("LOC", "Gashuunsukhait", ["Gashuunsukhait border crossing"], ["Gashuunsukhait"]),
     ("LOC", "China", [], ["China"]),
     ("ORG", "Erdenes Tavan Tolgoi", ["Erdenes", "ETT"], ["Erdenes Tavan Tolgoi", "Erdenes"]),
     ("ORG", "Ministry of Mining and Heavy Industry (Mongolia)", ["Ministry of Mining and Heavy Industry"],
      ["Ministry of Mining and Heavy Industry"]),
     ("ORG", "Mongolian National Chamber of Commerce and Industry", ["MNCCI"],
      ["Mongolian National Chamber of Commerce and Industry"]),
     ("ORG", "Tsagaankhad", [], ["Tsagaankhad"]),
     ("LOC", "Khanbogd", [], ["Khanbogd"]),
     ("ORG", "Gobi Steel Ltd", ["Gobi Steel"], ["Gobi Steel Ltd"]),
     ("LOC", "Sainshand", [], ["Sainshand"]),
     ("PERSON", "Batbold Ganzorig", [], ["Batbold Ganzorig"]),
     ("LOC", "Umnugovi", ["Umnugovi province", "Omnogovi"], ["Umnugovi"]),
     ("ORG", "Independent Authority Against Corruption", ["IAAC"], ["Independent Authority Against Corruption"]),
     ("ORG", "Ministry of Road and Transport Development (Mongolia)", ["Ministry of Road and Transport Development"],
      ["Ministry of Road and Transport Development"])],
    [("14", "blocked", "Gashuunsukhait", "2026-11-20"), ("04", "talks", "Dalanzadgad", "2026-11-21"),
     ("04", "met", None, "2026-11-20"), ("17", "detained", None, None)])

doc("p13-en-02-moengo", "en", "2026-11-21T10:00:00Z",
    "Suriname oil firm Staatsolie shuts Tout Lui Faut refinery after fire",
    "MOENGO, Suriname, Nov 21 - Suriname's state oil company Staatsolie shut its Tout Lui Faut refinery on Friday after a "
    "fire in a storage unit, Staatsolie said in a statement. No one was hurt.\n\n"
    "The Ministry of Natural Resources said fuel stocks in Nieuw Nickerie and Moengo would last a week. Suriname "
    "Aluminum's Moengo terminal was not affected, the company said.\n\n"
    "In Guyana, the Ministry of Foreign Affairs and International Cooperation summoned an envoy over a fishing dispute "
    "near the Corentyne River. Berbice Gas S.A. said work on its Crabwood Creek LNG terminal would go on. Maurice "
    "Pinas, a spokesman for the Suriname Coast Guard, said two boats had been seized near Nieuw Nickerie.",
    [("LOC", "Moengo", [], ["MOENGO", "Moengo"]),
     ("LOC", "Suriname", [], ["Suriname"]),
     ("ORG", "Staatsolie", ["Staatsolie Maatschappij Suriname"], ["Staatsolie"]),
     ("LOC", "Tout Lui Faut", [], ["Tout Lui Faut"]),
     ("ORG", "Ministry of Natural Resources (Suriname)", ["Ministry of Natural Resources"],
      ["Ministry of Natural Resources"]),
     ("LOC", "Nieuw Nickerie", [], ["Nieuw Nickerie"]),
     ("ORG", "Suriname Aluminum", ["Suralco", "Suriname Aluminum Company"], ["Suriname Aluminum"]),
     ("LOC", "Guyana", [], ["Guyana"]),
     ("ORG", "Ministry of Foreign Affairs and International Cooperation (Guyana)",
      ["Ministry of Foreign Affairs and International Cooperation"],
      ["Ministry of Foreign Affairs and International Cooperation"]),
     ("LOC", "Corentyne River", ["Courantyne River", "Corentyne"], ["Corentyne River"]),
     ("ORG", "Berbice Gas S.A.", ["Berbice Gas"], ["Berbice Gas S.A."]),
     ("LOC", "Crabwood Creek", [], ["Crabwood Creek"]),
     ("PERSON", "Maurice Pinas", [], ["Maurice Pinas"]),
     ("ORG", "Suriname Coast Guard", [], ["Suriname Coast Guard"])],
    [("17", "seized", "Nieuw Nickerie", None)])

doc("p13-fr-01-mutsamudu", "fr", "2026-11-22T08:00:00Z",
    "Comores : grève au port de Mutsamudu, la SCH suspend ses livraisons de carburant",
    "MUTSAMUDU, 22 nov - Les dockers du port de Mutsamudu se sont mis en grève samedi, et la "
    "Société comorienne des hydrocarbures (SCH) a suspendu ses livraisons de carburant, a indiqué l'entreprise dans un "
    "communiqué.\n\n"
    "Le ministère comorien de l'Économie et du Commerce a convoqué une réunion à Mitsamiouli lundi. La Chambre de commerce "
    "et d'industrie de Mutsamudu a dénoncé des pertes de plusieurs millions de francs.\n\n"
    "Sur l'île de Mohéli, la compagnie Ewa Air a annulé ses vols, et le préfet Saïd Abdou Mohamed a demandé l'envoi "
    "de carburant depuis Fomboni. La Sonelec a coupé l'électricité à Domoni.",
    [("LOC", "Mutsamudu", [], ["MUTSAMUDU", "Mutsamudu"]),
     ("LOC", "Comoros", ["Comores", "Union of the Comoros"], ["Comores"]),
     ("ORG", "Société comorienne des hydrocarbures", ["SCH", "Comoros Hydrocarbons Company"],
      ["Société comorienne des hydrocarbures", "SCH"]),
     ("ORG", "Ministry of Economy and Trade (Comoros)", ["Ministry of Economy and Trade"],
      ["ministère comorien de l'Économie et du Commerce"]),
     ("LOC", "Mitsamiouli", [], ["Mitsamiouli"]),
     ("ORG", "Mutsamudu Chamber of Commerce and Industry", ["Chambre de commerce et d'industrie de Mutsamudu"],
      ["Chambre de commerce et d'industrie de Mutsamudu"]),
     ("LOC", "Mohéli", ["Mwali", "Moheli"], ["Mohéli"]),
     ("ORG", "Ewa Air", [], ["Ewa Air"]),
     ("PERSON", "Saïd Abdou Mohamed", [], ["Saïd Abdou Mohamed"]),
     ("LOC", "Fomboni", [], ["Fomboni"]),
     ("ORG", "Sonelec", ["Société nationale d'électricité des Comores"], ["Sonelec"]),
     ("LOC", "Domoni", [], ["Domoni"])],
    [("14", "grève", "Mutsamudu", "2026-11-22"), ("04", "réunion", "Mitsamiouli", "2026-11-24"),
     ("11", "dénoncé", None, None), ("10", "demandé", None, None)])

write("practice_enfr13.jsonl")
