# Writes practice_arorg8.jsonl: 3 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arorg8, annotated
# by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. A practice set for the English
# names of Arabic organisations: bodies of non-Arab countries written with a nationality adjective (authorities,
# councils, banks, forces, agencies, companies, unions, parties, courts), a body named once without its country where
# the story's country is plain, and directorates written with إدارة or دائرة. Regions: Nigeria (Lagos), Nepal and
# Malaysia. Gold names are the English that wire copy uses, with GUIDELINES' "Body (Country)" form where the body's
# name does not carry its country and the adjective form as an alias. Real bodies; officials' words and details are
# fictional. Apache-2.0.
# Run: python3 make_practice_arorg8.py
from gold import doc, write

doc("pa8-ar-01-lagos", "ar", "2026-11-30T09:00:00Z",
    "نيجيريا: فيضانات في إيبادان ووكالة إدارة الطوارئ تجلي السكان",
    "قالت الوكالة الوطنية النيجيرية لإدارة الطوارئ، أمس الأحد، إن فيضانات اجتاحت أحياء في إيبادان بعد أمطار غزيرة، وإن فرقها أجلت أكثر من ألفي شخص، فيما حذرت الوكالة النيجيرية للخدمات الهيدرولوجية من ارتفاع منسوب الأنهار.\n"
    "وأعلن البنك المركزي النيجيري تخصيص تمويل طارئ للتجار المتضررين، فيما قالت هيئة الأرصاد الجوية النيجيرية إن الأمطار ستستمر ثلاثة أيام.\n"
    "وانتقدت نقابة الأطباء النيجيرية بطء عمليات الإغاثة، بينما قال حزب الشعب الديمقراطي المعارض إن الحكومة أهملت شبكات الصرف.\n"
    "وفي العاصمة، أرجأت المحكمة العليا النظر في طعن انتخابي بسبب الأحوال الجوية، وقالت شركة النفط الوطنية النيجيرية إن منشآتها لم تتأثر.",
    [("LOC", "Nigeria", [], ["نيجيريا"]),
     ("LOC", "Ibadan", [], ["إيبادان"]),
     ("ORG", "National Emergency Management Agency", ["National Emergency Management Agency (Nigeria)", "Nigeria's National Emergency Management Agency"], ["الوكالة الوطنية النيجيرية لإدارة الطوارئ"]),
     ("ORG", "Nigeria Hydrological Services Agency", ["NIHSA", "Nigerian Hydrological Services Agency"], ["الوكالة النيجيرية للخدمات الهيدرولوجية"]),
     ("ORG", "Central Bank of Nigeria", ["CBN", "Nigerian Central Bank"], ["البنك المركزي النيجيري"]),
     ("ORG", "Nigerian Meteorological Agency", ["NiMet", "Nigeria Meteorological Agency"], ["هيئة الأرصاد الجوية النيجيرية"]),
     ("ORG", "Nigerian Medical Association", ["NMA", "Nigeria Medical Association"], ["نقابة الأطباء النيجيرية"]),
     ("ORG", "Peoples Democratic Party (Nigeria)", ["PDP", "Peoples Democratic Party", "People's Democratic Party"], ["حزب الشعب الديمقراطي"]),
     ("ORG", "Supreme Court of Nigeria", ["Supreme Court (Nigeria)", "Nigerian Supreme Court"], ["المحكمة العليا"]),
     ("ORG", "Nigerian National Petroleum Company", ["NNPC", "NNPC Limited", "Nigerian National Petroleum Corporation"], ["شركة النفط الوطنية النيجيرية"])],
    [("09", "فيضانات", "Ibadan", None)])

doc("pa8-ar-02-kathmandu", "ar", "2026-12-01T09:00:00Z",
    "نيبال: البرلمان يناقش قانون الانتخابات والجيش النيبالي يشارك في إغاثة المتضررين من الانهيارات",
    "بدأ مجلس النواب النيبالي، أمس الاثنين، مناقشة مشروع قانون انتخابي جديد، فيما طالب المؤتمر النيبالي بتعديلات على نظام التمثيل النسبي.\n"
    "وقالت لجنة الانتخابات النيبالية إنها تحتاج ستة أشهر لتطبيق القانون، بينما أعلن الحزب الشيوعي النيبالي (الماركسي اللينيني الموحد) تأييده للمشروع.\n"
    "وفي الشأن الإنساني، نشر الجيش النيبالي فرقا في منطقة سندهوبالتشوك بعد انهيارات أرضية، وقالت دائرة الأرصاد الجوية إن الأمطار ستتراجع.\n"
    "وأعلن بنك راسترا النيبالي خفض سعر الفائدة، وقالت هيئة الطيران المدني النيبالية إن الرحلات الداخلية استؤنفت.",
    [("LOC", "Nepal", [], ["نيبال"]),
     ("ORG", "House of Representatives (Nepal)", ["Nepal House of Representatives", "Nepali House of Representatives"], ["مجلس النواب النيبالي"]),
     ("ORG", "Nepali Congress", ["Nepali Congress Party", "Nepalese Congress"], ["المؤتمر النيبالي"]),
     ("ORG", "Election Commission of Nepal", ["Election Commission (Nepal)", "Nepal Election Commission"], ["لجنة الانتخابات النيبالية"]),
     ("ORG", "Communist Party of Nepal (Unified Marxist–Leninist)", ["CPN-UML", "CPN (UML)", "UML"], ["الحزب الشيوعي النيبالي (الماركسي اللينيني الموحد)"]),
     ("ORG", "Nepal Army", ["Nepali Army", "Nepalese Army"], ["الجيش النيبالي"]),
     ("LOC", "Sindhupalchok", ["Sindhupalchowk", "Sindhupalchok District"], ["سندهوبالتشوك"]),
     ("ORG", "Department of Hydrology and Meteorology (Nepal)", ["Department of Hydrology and Meteorology", "Meteorology Department (Nepal)", "Department of Meteorology (Nepal)"], ["دائرة الأرصاد الجوية"]),
     ("ORG", "Nepal Rastra Bank", ["Central Bank of Nepal", "NRB"], ["بنك راسترا النيبالي"]),
     ("ORG", "Civil Aviation Authority of Nepal", ["CAAN", "Nepal Civil Aviation Authority"], ["هيئة الطيران المدني النيبالية"])],
    [("09", "انهيارات", "Sindhupalchok", None)])

doc("pa8-ar-03-kualalumpur", "ar", "2026-12-02T09:00:00Z",
    "ماليزيا: هيئة مكافحة الفساد تعتقل مسؤولين والبرلمان يقر الموازنة",
    "اعتقلت هيئة مكافحة الفساد الماليزية، أمس الثلاثاء، ثلاثة مسؤولين في إدارة الإطفاء والإنقاذ بتهمة تلقي رشى، وقالت إن التحقيق يشمل شركة إنشاءات خاصة.\n"
    "وأحيل الملف إلى المحكمة العليا في شاه علم.\n"
    "وفي البرلمان، أقر مجلس النواب الماليزي الموازنة العامة، وانتقد حزب العمل الديمقراطي زيادة الضرائب، فيما رحب المنظمة الوطنية الماليوية المتحدة بزيادة دعم المزارعين.\n"
    "وقال البنك المركزي الماليزي إن النمو سيبلغ 4.5 في المئة، وأعلنت القوات المسلحة الماليزية مناورات بحرية مع سنغافورة.",
    [("LOC", "Malaysia", [], ["ماليزيا"]),
     ("ORG", "Malaysian Anti-Corruption Commission", ["MACC", "Malaysia's Anti-Corruption Commission"], ["هيئة مكافحة الفساد الماليزية"]),
     ("ORG", "Fire and Rescue Department of Malaysia", ["Malaysian Fire and Rescue Department", "JBPM", "Fire and Rescue Department (Malaysia)"], ["إدارة الإطفاء والإنقاذ"]),
     ("ORG", "Shah Alam High Court", ["High Court of Malaya", "High Court (Malaysia)"], ["المحكمة العليا في شاه علم"]),
     ("LOC", "Shah Alam", [], ["شاه علم"]),
     ("ORG", "Dewan Rakyat", ["House of Representatives (Malaysia)", "Malaysian House of Representatives"], ["مجلس النواب الماليزي"]),
     ("ORG", "Democratic Action Party (Malaysia)", ["Democratic Action Party", "DAP"], ["حزب العمل الديمقراطي"]),
     ("ORG", "United Malays National Organisation", ["UMNO"], ["المنظمة الوطنية الماليوية المتحدة"]),
     ("ORG", "Bank Negara Malaysia", ["Central Bank of Malaysia", "Malaysian Central Bank"], ["البنك المركزي الماليزي"]),
     ("ORG", "Malaysian Armed Forces", ["MAF", "Malaysia Armed Forces"], ["القوات المسلحة الماليزية"]),
     ("LOC", "Singapore", [], ["سنغافورة"])],
    [("13", "اعتقلت", None, None)])

write("practice_arorg8.jsonl")
