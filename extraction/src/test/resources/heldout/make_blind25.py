# Writes blind25.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers, envoys and officials meeting, calls and visits, agreements, clashes, air strikes, raids and
# arrests, protests, blockades and labour strikes, demands, threats, rejections, criticism, aid and offers.
# Arabic, the weakest language, has the larger sample, five Arab-world stories and one world story told in Arabic:
# Syria's coast (Jableh, Qardaha, Baniyas, Safita), Lebanon's north (Wadi Khaled, Tripoli's port, Minyeh, Bebnine),
# Morocco's Rif and north (Al Hoceima, Issaguen, Al Aroui, Martil, Targuist) with Andalusia's Juanma Moreno, Oman's
# Dalkut and the Sarfait crossing with Yemen's Mahra (Hat, Hiswain, Al-Masilah), Qatar's mediation between Russia and
# Ukraine (Al-Khulaifi, Lvova-Belova, Lubinets), and Kazakhstan and Azerbaijan (Aktau, Kuryk, Alat, Zhanaozen);
# English: Zimbabwe's Midlands and Masvingo, Samoa's Savai'i and Vaitele, Myanmar's Rakhine; French: Gabon's
# Woleu-Ntem, Togo's Plateaux region, Réunion (Air Austral, Sainte-Marie). People, bodies and places are none of
# those named as gold in dev.jsonl or the other sets here, except the few hits listed in heldout/README.md (checked
# with overlap.py). Real public figures in plausible public roles as of late 2026; other officials and details are
# fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind25.py
from gold import doc, write

doc("b25-ar-01-jableh-baniyas", "ar", "2026-11-04T08:00:00Z",
    "اعتقال تسعة مطلوبين في ريف جبلة وإضراب لعمال مرفأ بانياس",
    "جبلة (سوريا) - نفذت وحدات من مديرية أمن جبلة فجر أمس الثلاثاء حملة مداهمات في قرى بريف المدينة، واعتقلت تسعة مطلوبين متهمين بالهجوم على حاجز أمني قرب مدينة القرداحة الأسبوع الماضي، بحسب بيان رسمي.\n"
    "وقال مدير أمن جبلة العميد عبد الكريم السقا إن الحملة «استهدفت خلايا تسعى إلى زعزعة الاستقرار في الساحل». وأضاف السقا أن عناصره صادروا أسلحة خفيفة وذخائر وأجهزة اتصال في قرية بيت ياشوط، وأن التحقيقات مستمرة لكشف بقية أفراد الخلية.\n"
    "وفي بانياس، نفذ مئات العمال في مرفأ بانياس إضرابا عن العمل يوم الأحد الماضي، احتجاجا على تأخر صرف رواتبهم منذ ثلاثة أشهر. وطالب رئيس نقابة عمال المرفأ سمير ديوب الهيئة العامة للمنافذ البرية والبحرية بالتدخل العاجل، واتهم إدارة الشركة السورية لنقل النفط بالتنصل من التزاماتها تجاه العمال.\n"
    "واستقبل مدير منطقة بانياس فراس الحلبي أمس وفدا من العمال المضربين، وأكد الحلبي أن مطالبهم «محقة» وأنه سينقلها إلى الجهات المعنية.\n"
    "إلى ذلك، زار وزير الطاقة السوري محمد البشير الاثنين مصفاة بانياس، وبحث مع إدارتها خطط إعادة تأهيل وحدات التكرير المتضررة. وأعلن البشير أن شحنة من الغاز قدمتها شركة سوكار الأذربيجانية ستصل إلى محطة بانياس الحرارية الأسبوع المقبل، في إطار منحة لتشغيل المحطة خلال فصل الشتاء.\n"
    "ومن المقرر أن يزور البشير مدينة صافيتا السبت المقبل لتفقد محطة تحويل الكهرباء فيها وبحث تزويد قرى الساحل بالوقود قبل حلول موسم البرد.",
    [("LOC", "Jableh", ["Jablah", "Jebleh"], ["جبلة"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("ORG", "Jableh Security Directorate", ["Jableh security directorate", "Security Directorate of Jableh"],
      ["مديرية أمن جبلة"]),
     ("LOC", "Qardaha", ["Al-Qardaha", "Qurdaha"], ["القرداحة"]),
     ("PERSON", "Abdulkarim al-Saqqa", ["Abdul Karim al-Saqqa", "Abdelkarim al-Sakka"], ["عبد الكريم السقا", "السقا"]),
     ("LOC", "Beit Yashout", ["Bayt Yashout", "Beit Yashut"], ["بيت ياشوط"]),
     ("LOC", "Baniyas", ["Banias", "Baniyas (Syria)"], ["بانياس"]),
     ("LOC", "Port of Baniyas", ["Baniyas port", "Banias port"], ["مرفأ بانياس"]),
     ("PERSON", "Samir Dayoub", ["Samir Diyoub", "Samir Dayyoub"], ["سمير ديوب"]),
     ("ORG", "General Authority for Land and Sea Ports (Syria)", ["Syrian General Authority for Land and Sea Ports",
                                                                  "General Authority of Land and Sea Ports"],
      ["الهيئة العامة للمنافذ البرية والبحرية"]),
     ("ORG", "Syrian Company for Oil Transport", ["SCOT", "Syrian Oil Transport Company"],
      ["الشركة السورية لنقل النفط"]),
     ("PERSON", "Firas al-Halabi", ["Firas Halabi"], ["فراس الحلبي", "الحلبي"]),
     ("PERSON", "Mohammed al-Bashir", ["Mohammad al-Bashir", "Mohamed al-Bashir"], ["محمد البشير", "البشير"]),
     ("LOC", "Baniyas refinery", ["Banias refinery", "Baniyas oil refinery"], ["مصفاة بانياس"]),
     ("ORG", "SOCAR", ["State Oil Company of Azerbaijan Republic", "State Oil Company of Azerbaijan"], ["سوكار"]),
     ("LOC", "Baniyas power station", ["Baniyas thermal power plant", "Banias power plant"], ["محطة بانياس الحرارية"]),
     ("LOC", "Safita", [], ["صافيتا"])],
    [("17", "واعتقلت", "Jableh", "2026-11-03"), ("14", "إضرابا", "Port of Baniyas", "2026-11-01"),
     ("10", "وطالب", None, None), ("11", "واتهم", None, None),
     ("04", "واستقبل", "Baniyas", "2026-11-03"), ("04", "زار", "Baniyas refinery", "2026-11-02"),
     ("07", "قدمتها", "Baniyas power station", None), ("04", "يزور", "Safita", "2026-11-07")])

doc("b25-ar-02-wadi-khaled-minyeh", "ar", "2026-11-09T08:00:00Z",
    "اشتباك مع مهربين في وادي خالد واعتصام للصيادين في مرفأ طرابلس",
    "طرابلس (لبنان) - اشتبكت دورية من فوج الحدود البري الأول فجر أمس الأحد مع مجموعة من المهربين المسلحين في منطقة وادي خالد عند الحدود الشمالية مع سوريا، ما أدى إلى إصابة عسكريين اثنين ومقتل أحد المهربين، وفق بيان عسكري.\n"
    "وأوضح البيان أن دورية من مديرية المخابرات دهمت لاحقا منازل في بلدة المشيرفة واعتقلت خمسة أشخاص وضبطت شاحنتين محملتين بالوقود المهرب، مشيرا إلى أن المعتقلين أحيلوا إلى القضاء المختص.\n"
    "ودان النائب عن طرابلس أشرف ريفي الاعتداء على العسكريين، لكنه انتقد «غياب أي خطة إنمائية» للمناطق الحدودية، وطالب وزارة الطاقة والمياه اللبنانية بإطلاق مشاريع البنى التحتية المتوقفة منذ سنوات.\n"
    "وفي طرابلس، نفذ عشرات الصيادين اعتصاما أمس في مرفأ طرابلس احتجاجا على منعهم من الصيد قرب جزر النخل، وقال رئيس نقابة صيادي الأسماك في الشمال خالد الشامي إن «الصيادين يموتون جوعا». وهدد الشامي بإغلاق الطريق الدولية عند مدخل المدينة إذا لم تستجب وزارة الزراعة اللبنانية لمطالبهم.\n"
    "من جهتها، زارت وزيرة الشؤون الاجتماعية حنين السيد السبت بلدة المنية، وأعلنت الوزيرة عن توزيع ألفي حصة غذائية على العائلات الأكثر فقرا في قضاء المنية الضنية بالتعاون مع مؤسسة الصفدي.\n"
    "ومن المقرر أن يعقد قائمقام المنية الضنية عماد لبكي اجتماعا أمنيا في بلدة ببنين الأربعاء المقبل، لبحث ضبط المعابر غير الشرعية وتنظيم حركة الشاحنات على الطريق الساحلي، بمشاركة رؤساء البلديات والمخاتير في المنطقة.",
    [("LOC", "Tripoli (Lebanon)", ["Tripoli", "Trablous"], ["طرابلس"]),
     ("ORG", "First Land Border Regiment", ["1st Land Border Regiment", "Lebanese Army First Land Border Regiment"],
      ["فوج الحدود البري الأول"]),
     ("LOC", "Wadi Khaled", ["Wadi Khalid"], ["وادي خالد"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("ORG", "Lebanese Army Intelligence Directorate", ["Army Intelligence Directorate (Lebanon)",
                                                        "Directorate of Intelligence (Lebanon)"], ["مديرية المخابرات"]),
     ("LOC", "Al-Mashirfeh", ["Mashairfeh", "Al Mshairfeh"], ["المشيرفة"]),
     ("PERSON", "Ashraf Rifi", ["Achraf Rifi", "Rifi"], ["أشرف ريفي"]),
     ("ORG", "Ministry of Energy and Water (Lebanon)", ["Lebanese Ministry of Energy and Water", "Lebanese Energy Ministry"], ["وزارة الطاقة والمياه اللبنانية"]),
     ("LOC", "Port of Tripoli (Lebanon)", ["Tripoli port", "Port of Tripoli"], ["مرفأ طرابلس"]),
     ("LOC", "Palm Islands", ["Palm Islands Nature Reserve"], ["جزر النخل"]),
     ("PERSON", "Khaled al-Shami", ["Khaled Shami", "Khalid al-Shami"], ["خالد الشامي", "الشامي"]),
     ("ORG", "Ministry of Agriculture (Lebanon)", ["Lebanese Ministry of Agriculture", "Lebanese Agriculture Ministry"],
      ["وزارة الزراعة اللبنانية"]),
     ("PERSON", "Haneen Sayed", ["Hanine Sayed", "Haneen El Sayed"], ["حنين السيد"]),
     ("LOC", "Minyeh", ["Minieh", "Al-Minyeh", "Minyeh (Lebanon)"], ["المنية"]),
     ("LOC", "Minyeh-Danniyeh District", ["Minieh-Danniyeh", "Minyeh-Dinnieh District"], ["قضاء المنية الضنية", "المنية الضنية"]),
     ("ORG", "Safadi Foundation", ["Safadi Cultural Foundation"], ["مؤسسة الصفدي"]),
     ("PERSON", "Imad Labaki", ["Imad Lebbaki"], ["عماد لبكي"]),
     ("LOC", "Bebnine", ["Bibnin", "Bebnin"], ["ببنين"])],
    [("19", "اشتبكت", "Wadi Khaled", "2026-11-08"), ("17", "واعتقلت", "Al-Mashirfeh", None),
     ("11", "ودان", None, None), ("11", "انتقد", None, None), ("10", "وطالب", None, None),
     ("14", "اعتصاما", "Port of Tripoli (Lebanon)", "2026-11-08"), ("13", "وهدد", "Tripoli (Lebanon)", None),
     ("04", "زارت", "Minyeh", "2026-11-07"), ("07", "توزيع", "Minyeh", "2026-11-07"),
     ("04", "اجتماعا", "Bebnine", "2026-11-11")])

doc("b25-ar-03-hoceima-aroui", "ar", "2026-11-13T08:00:00Z",
    "إحباط محاولة هجرة سرية قبالة الحسيمة ومورو يستقبل مورينو في مرتيل",
    "الحسيمة - أحبطت عناصر القوات المساعدة فجر أمس الخميس محاولة للهجرة السرية انطلاقا من شاطئ قرب بلدة إساكن بإقليم الحسيمة، واعتقلت 47 مرشحا للهجرة وثلاثة مهربين كانوا يستعدون لركوب زورقين سريعين، وحجزت محركين ومؤونة من الوقود، بحسب مصدر أمني.\n"
    "وفي العروي، نظم عشرات الشبان الأربعاء وقفة احتجاجية أمام مقر الباشوية احتجاجا على البطالة وتأخر فتح المعبر التجاري مع مليلية، وطالب المحتجون بتوفير فرص عمل في ميناء الناظور غرب المتوسط الذي يرتقب تشغيله قريبا.\n"
    "وفي مرتيل، استقبل رئيس مجلس جهة طنجة تطوان الحسيمة عمر مورو أمس رئيس حكومة إقليم الأندلس الإسباني خوانما مورينو، ووقع الجانبان اتفاقا لتمويل مشاريع تشغيل الشباب وربط موانئ الصيد على ضفتي مضيق جبل طارق. وأشاد مورينو بما وصفه بـ«التعاون النموذجي» للسلطات المغربية في مكافحة الهجرة غير النظامية.\n"
    "وانتقد فرع الجمعية المغربية لحقوق الإنسان بالحسيمة الاتفاق، واتهم السلطات بـ«تحويل شمال المغرب إلى حارس للحدود الإسبانية».\n"
    "من جهة أخرى، ترأس والي جهة طنجة تطوان الحسيمة يونس التازي الثلاثاء بتارجيست اجتماعا مع منتخبي المنطقة لبحث أضرار الأمطار الأخيرة، وأعلن التازي عن تخصيص مساعدات عاجلة للأسر المتضررة في جماعة بني بوفراح.\n"
    "ويرتقب أن تحل كاتبة الدولة المكلفة بالصيد البحري زكية الدريوش بالحسيمة الاثنين المقبل لتفقد ميناء الصيد وبحث مطالب البحارة المتضررين من تراجع المخزون، وذلك بعد أسابيع من الاحتجاجات في موانئ الإقليم.",
    [("LOC", "Al Hoceima", ["Al-Hoceima", "Alhucemas"], ["الحسيمة"]),
     ("ORG", "Auxiliary Forces (Morocco)", ["Moroccan Auxiliary Forces", "Forces Auxiliaires"], ["القوات المساعدة"]),
     ("LOC", "Issaguen", ["Ketama-Issaguen", "Isaguen"], ["إساكن"]),
     ("LOC", "Al Hoceima Province", ["Province of Al Hoceima", "Al-Hoceima province"], ["إقليم الحسيمة"]),
     ("LOC", "Al Aroui", ["Al-Aroui", "El Aroui"], ["العروي"]),
     ("LOC", "Melilla", [], ["مليلية"]),
     ("LOC", "Nador West Med", ["Nador West Med port", "Port of Nador West Med"], ["ميناء الناظور غرب المتوسط"]),
     ("LOC", "Martil", ["Martil (Morocco)"], ["مرتيل"]),
     ("ORG", "Regional Council of Tanger-Tetouan-Al Hoceima", ["Tanger-Tetouan-Al Hoceima Regional Council",
                                                               "Council of the Tanger-Tetouan-Al Hoceima Region"],
      ["مجلس جهة طنجة تطوان الحسيمة"]),
     ("PERSON", "Omar Moro", ["Omar Mourou", "Moro"], ["عمر مورو", "مورو"]),
     ("ORG", "Junta de Andalucía", ["Andalusian Regional Government", "Government of Andalusia", "Junta de Andalucia"],
      ["حكومة إقليم الأندلس"]),
     ("PERSON", "Juanma Moreno", ["Juan Manuel Moreno", "Juanma Moreno Bonilla", "Juan Manuel Moreno Bonilla"], ["خوانما مورينو", "مورينو"]),
     ("LOC", "Strait of Gibraltar", ["Gibraltar Strait"], ["مضيق جبل طارق"]),
     ("ORG", "Moroccan Association for Human Rights", ["Moroccan Human Rights Association", "Association marocaine des droits humains"],
      ["الجمعية المغربية لحقوق الإنسان"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Tanger-Tetouan-Al Hoceima", ["Tangier-Tetouan-Al Hoceima region", "Tanger-Tétouan-Al Hoceïma"],
      ["جهة طنجة تطوان الحسيمة"]),
     ("PERSON", "Younes Tazi", ["Younes El Tazi", "Younes Ettazi"], ["يونس التازي", "التازي"]),
     ("LOC", "Targuist", ["Targist"], ["تارجيست"]),
     ("LOC", "Beni Boufrah", ["Bni Boufrah"], ["بني بوفراح"]),
     ("PERSON", "Zakia Driouich", ["Zakia Drioueche", "Driouich"], ["زكية الدريوش"])],
    [("17", "واعتقلت", "Issaguen", "2026-11-12"), ("14", "وقفة احتجاجية", "Al Aroui", "2026-11-11"),
     ("10", "وطالب", "Al Aroui", "2026-11-11"), ("04", "استقبل", "Martil", "2026-11-12"),
     ("05", "ووقع", "Martil", "2026-11-12"), ("11", "وانتقد", None, None), ("11", "واتهم", None, None),
     ("04", "اجتماعا", "Targuist", "2026-11-10"), ("07", "مساعدات", "Beni Boufrah", "2026-11-10"),
     ("04", "تحل", "Al Hoceima", "2026-11-16")])

doc("b25-ar-04-dalkut-hiswain", "ar", "2026-11-17T08:00:00Z",
    "والي ضلكوت يبحث مع مسؤولين يمنيين تأمين منفذ صرفيت وقافلة إغاثة عمانية إلى قشن",
    "ضلكوت (عمان) - بحث والي ضلكوت الشيخ سالم بن علي المعشني أمس الاثنين مع مدير عام مديرية حات اليمنية ناصر بن عفرار سبل تأمين الحركة التجارية عبر منفذ صرفيت الحدودي وتسهيل عبور المسافرين والمرضى اليمنيين، خلال اجتماع عقد في مقر الولاية.\n"
    "وأكد المعشني استعداد السلطات العمانية لتوسيع مركز صرفيت وتزويده بأجهزة فحص حديثة خلال العام المقبل، فيما شدد بن عفرار على أهمية المنفذ لسكان المديريات الشرقية في اليمن، في حين اشتكى سائقو الشاحنات من طول فترات الانتظار على جانبي الحدود.\n"
    "وكانت شرطة خفر السواحل قد ضبطت السبت قبالة ساحل ضلكوت قاربا يقل 21 متسللا وكميات من المواد المخدرة، وأحالت المتهمين إلى الجهات المختصة.\n"
    "وفي حصوين، نظم مئات من أبناء القبائل الأحد اعتصاما أمام مبنى المديرية رفضا لنقل إدارة ميناء قشن إلى شركة أجنبية. وقال الزعيم القبلي البارز الشيخ علي سالم الحريزي إن «أرضنا ليست للبيع»، ورفض الحريزي أي اتفاق لا يمر عبر أبناء المنطقة.\n"
    "وانتقد المتحدث باسم السلطة المحلية سالم باعوضة الاعتصام، واتهم «جهات خارجية» بتحريض المعتصمين على قطع الطريق الساحلي.\n"
    "في غضون ذلك، سيرت جمعية دار العطاء العمانية الأحد قافلة من 30 شاحنة محملة بالمواد الغذائية والبطانيات إلى مديرية المسيلة عبر منفذ صرفيت، لمساعدة الأسر المتضررة من السيول الأخيرة.\n"
    "ومن المقرر أن يزور وفد من وزارة الصحة العمانية منفذ صرفيت الخميس المقبل لتقييم احتياجات المركز الصحي الحدودي.",
    [("LOC", "Dalkut", ["Dhalkut", "Wilayat of Dalkut"], ["ضلكوت"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["عمان"]),
     ("PERSON", "Salem bin Ali al-Mashani", ["Salim bin Ali al-Mashani", "Salem al-Mashani"],
      ["سالم بن علي المعشني", "المعشني"]),
     ("LOC", "Hat District", ["Hat", "Hat district (Yemen)"], ["مديرية حات"]),
     ("PERSON", "Nasser bin Afrar", ["Nasser Bin Afrar", "Nasser bin Afrar al-Mahri"], ["ناصر بن عفرار", "بن عفرار"]),
     ("LOC", "Sarfait border crossing", ["Sarfait", "Sarfait crossing", "Sarfeet crossing"], ["منفذ صرفيت", "مركز صرفيت"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("ORG", "Royal Oman Police Coast Guard", ["Omani Coast Guard", "Coast Guard Police (Oman)"], ["شرطة خفر السواحل"]),
     ("LOC", "Hiswain", ["Huswain", "Hiswain district"], ["حصوين"]),
     ("LOC", "Port of Qishn", ["Qishn port"], ["ميناء قشن"]),
     ("PERSON", "Ali Salem al-Huraizi", ["Ali Salem al-Hurayzi", "Ali al-Huraizi"], ["علي سالم الحريزي", "الحريزي"]),
     ("PERSON", "Salem Baawadh", ["Salem Ba Awadh", "Salim Baawadha"], ["سالم باعوضة"]),
     ("ORG", "Dar Al Atta'a", ["Dar Al Ataa", "Dar al-Atta Association"], ["جمعية دار العطاء", "دار العطاء"]),
     ("LOC", "Al-Masilah District", ["Al Masilah", "Masila district"], ["مديرية المسيلة"]),
     ("ORG", "Ministry of Health (Oman)", ["Omani Ministry of Health", "Oman's Ministry of Health"],
      ["وزارة الصحة العمانية"])],
    [("04", "بحث", "Dalkut", "2026-11-16"), ("03", "استعداد", "Sarfait border crossing", None),
     ("17", "ضبطت", "Dalkut", "2026-11-14"), ("14", "اعتصاما", "Hiswain", "2026-11-15"),
     ("12", "ورفض", None, None), ("11", "وانتقد", None, None), ("11", "واتهم", None, None),
     ("07", "قافلة", "Al-Masilah District", "2026-11-15"), ("04", "يزور", "Sarfait border crossing", "2026-11-19")])

doc("b25-ar-05-qatar-children", "ar", "2026-11-22T08:00:00Z",
    "وساطة قطرية تعيد 12 طفلا إلى عائلاتهم في أوكرانيا والخليفي يلتقي لفوفا بيلوفا في سوتشي",
    "وصل 12 طفلا إلى الأراضي الأوكرانية أمس السبت قادمين من روسيا عبر بيلاروسيا، بعد لم شملهم بعائلاتهم في أوكرانيا بوساطة قطرية، وفق ما أعلنت وزارة الخارجية القطرية في بيان.\n"
    "وقال وزير الدولة القطري محمد بن عبد العزيز الخليفي إن «قطر ستواصل جهودها ما دامت هناك عائلة تنتظر طفلها». وكان الخليفي قد التقى في سوتشي الخميس الماضي مفوضة حقوق الطفل لدى الرئاسة الروسية ماريا لفوفا بيلوفا، وبحث معها قوائم أطفال آخرين ينتظرون العودة.\n"
    "ورحب مفوض حقوق الإنسان في البرلمان الأوكراني دميترو لوبينيتس بالخطوة، لكنه اتهم السلطات الروسية بـ«عرقلة» عودة مئات الأطفال، وطالب بالسماح لمنظمات دولية مستقلة بزيارة مراكز الإيواء في الأراضي المحتلة.\n"
    "ورفضت لفوفا بيلوفا اتهامات لوبينيتس، وقالت في تصريحات لوكالة تاس إن «روسيا أنقذت هؤلاء الأطفال من القصف ولم تمنع أحدا من العودة». وأضافت أن نحو 40 طفلا آخرين سيعودون إلى ذويهم قبل نهاية العام إذا استكملت الإجراءات اللازمة.\n"
    "وفي السياق ذاته، وقعت مؤسسة التعليم فوق الجميع القطرية الأربعاء في لفيف اتفاقية مع وزارة الصحة الأوكرانية لتمويل مركز لإعادة تأهيل الأطفال المصابين في مدينة لفيف بقيمة عشرة ملايين دولار، على أن تبدأ أعمال البناء في الربيع المقبل.\n"
    "ويرتقب أن يزور الخليفي مدينة تشيرنيفتسي الثلاثاء المقبل لتسليم دفعة جديدة من المساعدات الطبية وتفقد موقع المركز ومتابعة أوضاع الأطفال العائدين، وفق مصدر دبلوماسي.",
    [("LOC", "Qatar", ["State of Qatar"], ["قطر"]),
     ("LOC", "Russia", ["Russian Federation"], ["روسيا"]),
     ("LOC", "Belarus", [], ["بيلاروسيا"]),
     ("LOC", "Ukraine", [], ["أوكرانيا"]),
     ("ORG", "Ministry of Foreign Affairs (Qatar)", ["Qatari Foreign Ministry", "Qatar's Ministry of Foreign Affairs"],
      ["وزارة الخارجية القطرية"]),
     ("PERSON", "Mohammed bin Abdulaziz Al-Khulaifi", ["Mohammed Al-Khulaifi", "Mohammed bin Abdulaziz al-Khulaifi",
                                                      "Al-Khulaifi"],
      ["محمد بن عبد العزيز الخليفي", "الخليفي"]),
     ("LOC", "Sochi", [], ["سوتشي"]),
     ("ORG", "Presidential Administration of Russia", ["Russian Presidency", "Office of the President of Russia"],
      ["الرئاسة الروسية"]),
     ("PERSON", "Maria Lvova-Belova", ["Lvova-Belova", "Maria Lvova Belova"], ["ماريا لفوفا بيلوفا", "لفوفا بيلوفا"]),
     ("ORG", "Verkhovna Rada", ["Ukrainian parliament", "Parliament of Ukraine"], ["البرلمان الأوكراني"]),
     ("PERSON", "Dmytro Lubinets", ["Dmitro Lubinets", "Lubinets"], ["دميترو لوبينيتس", "لوبينيتس"]),
     ("ORG", "TASS", ["Tass", "TASS news agency"], ["وكالة تاس", "تاس"]),
     ("ORG", "Education Above All", ["EAA", "Education Above All Foundation"], ["مؤسسة التعليم فوق الجميع", "التعليم فوق الجميع"]),
     ("ORG", "Ministry of Health (Ukraine)", ["Ukrainian Ministry of Health", "Ukraine's Health Ministry"],
      ["وزارة الصحة الأوكرانية"]),
     ("LOC", "Lviv", ["Lvov", "Lwow"], ["لفيف"]),
     ("LOC", "Chernivtsi", ["Czernowitz", "Chernovtsy"], ["تشيرنيفتسي"])],
    [("04", "التقى", "Sochi", "2026-11-19"), ("05", "ورحب", None, None), ("11", "اتهم", None, None),
     ("10", "وطالب", None, None), ("12", "ورفضت", None, None), ("05", "وقعت", "Lviv", "2026-11-18"),
     ("04", "يزور", "Chernivtsi", "2026-11-24")])

doc("b25-ar-06-aktau-kuryk", "ar", "2026-11-26T08:00:00Z",
    "كازاخستان وأذربيجان توقعان في أكتاو اتفاقا لزيادة الشحن البحري وإضراب في جاناوزن",
    "أكتاو (كازاخستان) - وقع وزير النقل الكازاخستاني نورلان سورانباييف ووزير التنمية الرقمية والنقل الأذربيجاني رشاد نبييف أمس الأربعاء في مدينة أكتاو اتفاقا لمضاعفة حجم الحاويات المنقولة بحرا بين ميناء كوريك وميناء ألات خلال العامين المقبلين، في إطار تطوير الممر الأوسط الذي يربط الصين بالقارة الأوروبية.\n"
    "وقال سورانباييف إن شركة «قازاقستان تيمير جولي» للسكك الحديدية مستعدة لتشغيل قطار حاويات يومي إلى كوريك اعتبارا من مارس المقبل، فيما تعهد نبييف بأن تضيف شركة السكك الحديدية الأذربيجانية عبارتين جديدتين إلى أسطولها.\n"
    "وفي منطقة مانغيستاو، أضرب نحو 800 عامل في حقول شركة أوزين مونايغاز بمدينة جاناوزن منذ الاثنين للمطالبة بزيادة الأجور وتحسين ظروف السكن، ورفض العمال عرضا من الإدارة بزيادة الرواتب بنسبة عشرة في المئة.\n"
    "واعتقلت الشرطة الكازاخستانية الثلاثاء ثلاثة من ممثلي العمال بتهمة «تنظيم تجمع غير مرخص»، وهو ما انتقده المكتب الكازاخستاني الدولي لحقوق الإنسان وسيادة القانون، الذي طالب بالإفراج عنهم فورا، ودعا السلطات إلى احترام حق التجمع السلمي.\n"
    "واتهم نائب حاكم منطقة مانغيستاو يرلان سماغولوف «محرضين من خارج المنطقة» بتأجيج الإضراب، مؤكدا أن أبواب الحوار مع العمال «مفتوحة».\n"
    "ومن المقرر أن يزور نبييف ميناء كوريك الجمعة المقبل لتفقد محطة العبارات الجديدة وبحث زيادة عدد الرحلات الأسبوعية بين الميناءين ولقاء ممثلي شركات الشحن العاملة على الخط.",
    [("LOC", "Aktau", ["Aqtau"], ["أكتاو"]),
     ("LOC", "Kazakhstan", ["Republic of Kazakhstan"], ["كازاخستان"]),
     ("PERSON", "Nurlan Sauranbayev", ["Nurlan Sauranbaev", "Sauranbayev"], ["نورلان سورانباييف", "سورانباييف"]),
     ("PERSON", "Rashad Nabiyev", ["Rashad Nabiev", "Nabiyev"], ["رشاد نبييف", "نبييف"]),
     ("LOC", "Port of Kuryk", ["Kuryk port", "Kuryk"], ["ميناء كوريك", "كوريك"]),
     ("LOC", "Port of Baku at Alat", ["Alat port", "Baku International Sea Trade Port", "Port of Alat"], ["ميناء ألات"]),
     ("LOC", "Middle Corridor", ["Trans-Caspian International Transport Route", "TITR"], ["الممر الأوسط"]),
     ("LOC", "China", ["People's Republic of China"], ["الصين"]),
     ("ORG", "Kazakhstan Temir Zholy", ["KTZ", "Kazakh Railways"], ["قازاقستان تيمير جولي"]),
     ("ORG", "Azerbaijan Railways", ["ADY", "Azerbaijan Railways CJSC"], ["شركة السكك الحديدية الأذربيجانية"]),
     ("LOC", "Mangystau Region", ["Mangystau", "Mangistau Region"], ["منطقة مانغيستاو"]),
     ("ORG", "Ozenmunaigas", ["OzenMunaiGas", "Ozenmunaigaz"], ["شركة أوزين مونايغاز", "أوزين مونايغاز"]),
     ("LOC", "Zhanaozen", ["Janaozen", "Zhanaozen (Kazakhstan)"], ["جاناوزن"]),
     ("ORG", "Police of Kazakhstan", ["Kazakhstan police", "Kazakhstani police"], ["الشرطة الكازاخستانية"]),
     ("ORG", "Kazakhstan International Bureau for Human Rights and Rule of Law", ["KIBHR",
                                                                                 "Kazakhstan International Bureau for Human Rights"],
      ["المكتب الكازاخستاني الدولي لحقوق الإنسان وسيادة القانون"]),
     ("PERSON", "Yerlan Smagulov", ["Erlan Smagulov", "Smagulov"], ["يرلان سماغولوف"])],
    [("05", "وقع", "Aktau", "2026-11-25"), ("03", "مستعدة", "Port of Kuryk", None), ("03", "تعهد", None, None),
     ("14", "أضرب", "Zhanaozen", "2026-11-23"), ("12", "ورفض", None, None), ("17", "واعتقلت", None, "2026-11-24"),
     ("11", "انتقده", None, None), ("10", "طالب", None, None), ("11", "واتهم", None, None),
     ("04", "يزور", "Port of Kuryk", "2026-11-27")])

doc("b25-en-01-kwekwe-masvingo", "en", "2026-11-06T08:00:00Z",
    "Zimbabwe police arrest 31 as vendors protest in Kwekwe; teachers strike in Masvingo",
    "GWERU, Zimbabwe — Police arrested 31 informal traders on Thursday after clashes in central Kwekwe, where hundreds of vendors protested against the town council's decision to clear stalls from the city centre, a police spokesman in the Midlands province said.\n"
    "Officers fired tear gas to disperse the crowd, and the arrested traders are due to appear before the Kwekwe Magistrates Court on Monday.\n"
    "Kwekwe mayor Future Titora condemned the violence but rejected calls to suspend the clean-up, saying the stalls blocked storm drains ahead of the rainy season. The Kwekwe Informal Traders Association accused Titora of \"punishing the poor\" and demanded the release of its members.\n"
    "In Masvingo, more than 2,000 teachers stayed away from classes on Wednesday at the start of a strike called by the Amalgamated Rural Teachers Union of Zimbabwe (ARTUZ) over pay. Its president, Obert Masaraure, threatened to extend the strike to Mutare and Chinhoyi if the government did not raise salaries before the end of the term.\n"
    "Primary and Secondary Education minister Torerayi Moyo met union leaders in Gweru on Thursday and offered a cost-of-living allowance from January, his ministry said. Masaraure rejected the offer as \"crumbs\".\n"
    "The Zimbabwe Congress of Trade Unions (ZCTU) said it would hold a solidarity march in Masvingo next Tuesday.",
    [("LOC", "Gweru", [], ["GWERU", "Gweru"]),
     ("LOC", "Zimbabwe", ["Republic of Zimbabwe"], ["Zimbabwe"]),
     ("LOC", "Kwekwe", ["Que Que"], ["Kwekwe"]),
     ("LOC", "Midlands Province", ["Midlands", "Midlands province"], ["Midlands"]),
     ("ORG", "Kwekwe Magistrates Court", ["Kwekwe Magistrates' Court", "Kwekwe court"], ["Kwekwe Magistrates Court"]),
     ("PERSON", "Future Titora", ["Titora"], ["Future Titora", "Titora"]),
     ("ORG", "Kwekwe Informal Traders Association", ["KITA"], ["Kwekwe Informal Traders Association"]),
     ("LOC", "Masvingo", [], ["Masvingo"]),
     ("ORG", "Amalgamated Rural Teachers Union of Zimbabwe", ["ARTUZ"],
      ["Amalgamated Rural Teachers Union of Zimbabwe", "ARTUZ"]),
     ("PERSON", "Obert Masaraure", ["Masaraure"], ["Obert Masaraure", "Masaraure"]),
     ("LOC", "Mutare", [], ["Mutare"]),
     ("LOC", "Chinhoyi", [], ["Chinhoyi"]),
     ("ORG", "Ministry of Primary and Secondary Education (Zimbabwe)", ["Ministry of Primary and Secondary Education",
                                                                       "Primary and Secondary Education"],
      ["Primary and Secondary Education"]),
     ("PERSON", "Torerayi Moyo", ["Moyo"], ["Torerayi Moyo"]),
     ("ORG", "Zimbabwe Congress of Trade Unions", ["ZCTU"], ["Zimbabwe Congress of Trade Unions", "ZCTU"])],
    [("17", "arrested", "Kwekwe", "2026-11-05"), ("14", "protested", "Kwekwe", "2026-11-05"),
     ("11", "condemned", None, None), ("12", "rejected", None, None), ("11", "accused", None, None),
     ("10", "demanded", None, None), ("14", "strike", "Masvingo", "2026-11-04"), ("13", "threatened", "Mutare", None),
     ("04", "met", "Gweru", "2026-11-05"), ("03", "offered", None, None), ("12", "rejected", None, None),
     ("14", "march", "Masvingo", "2026-11-10")])

doc("b25-en-02-salelologa-vaitele", "en", "2026-11-11T08:00:00Z",
    "Samoa police raid Savai'i plantation; power workers strike at Vaitele",
    "SALELOLOGA, Samoa — Samoa Police Service officers raided a plantation near Salelologa on the island of Savai'i on Monday and arrested six men, including two foreign nationals, after finding about 300 kilograms of cannabis and a cache of methamphetamine, Police Commissioner Auapaau Logoitino Filipo said.\n"
    "Filipo said the operation had been carried out with the Pacific Transnational Crime Network and the Ministry for Customs and Revenue, and that the drugs were destined for buyers in Upolu.\n"
    "Prime Minister La'auli Leuatea Schmidt welcomed the arrests and said Samoa would \"not become a transit point for the cartels\".\n"
    "At Vaitele, around 200 workers of the Electric Power Corporation walked off the job on Tuesday, protesting against a restructuring plan that would cut 80 posts. The Samoa Public Service Association demanded that the board withdraw the plan and threatened to stop maintenance work on the Fiaga power station.\n"
    "Works minister Olo Fiti Vaai rejected the threat as \"irresponsible\" and said no dismissals had been decided.\n"
    "Separately, the Japan Coast Guard handed over a patrol boat to the Samoa Police Maritime Wing at a ceremony at Matautu wharf on Tuesday, part of a package to help the country police its fishing zone.\n"
    "Schmidt will travel to Salelologa next Monday to meet village mayors on drug prevention, his office said.",
    [("LOC", "Samoa", ["Independent State of Samoa"], ["Samoa"]),
     ("ORG", "Samoa Police Service", ["Samoa Police", "Ministry of Police, Prisons and Corrections Services"],
      ["Samoa Police Service"]),
     ("LOC", "Salelologa", [], ["Salelologa"]),
     ("LOC", "Savai'i", ["Savaii", "Savai'i island"], ["Savai'i"]),
     ("PERSON", "Auapaau Logoitino Filipo", ["Logoitino Filipo", "Filipo"], ["Auapaau Logoitino Filipo", "Filipo"]),
     ("ORG", "Pacific Transnational Crime Network", ["PTCN"], ["Pacific Transnational Crime Network"]),
     ("ORG", "Ministry for Customs and Revenue (Samoa)", ["Samoa Ministry for Customs and Revenue", "MCR"],
      ["Ministry for Customs and Revenue"]),
     ("LOC", "Upolu", [], ["Upolu"]),
     ("LOC", "Vaitele", [], ["Vaitele"]),
     ("PERSON", "La'auli Leuatea Schmidt", ["La'auli Leuatea Polataivao Schmidt", "Laauli Leuatea Schmidt", "Schmidt"],
      ["La'auli Leuatea Schmidt", "Schmidt"]),
     ("ORG", "Electric Power Corporation (Samoa)", ["EPC", "Electric Power Corporation"], ["Electric Power Corporation"]),
     ("ORG", "Samoa Public Service Association", ["SPSA"], ["Samoa Public Service Association"]),
     ("LOC", "Fiaga power station", ["Fiaga", "Fiaga power plant"], ["Fiaga"]),
     ("PERSON", "Olo Fiti Vaai", ["Olo Fiti Va'ai", "Olo Vaai"], ["Olo Fiti Vaai"]),
     ("ORG", "Japan Coast Guard", ["JCG"], ["Japan Coast Guard"]),
     ("ORG", "Samoa Police Maritime Wing", ["Samoa Maritime Police", "Maritime Wing (Samoa Police)"],
      ["Samoa Police Maritime Wing"]),
     ("LOC", "Matautu wharf", ["Matautu", "Apia port"], ["Matautu"])],
    [("17", "arrested", "Salelologa", "2026-11-09"), ("05", "welcomed", None, None),
     ("14", "walked off the job", "Vaitele", "2026-11-10"), ("10", "demanded", None, None),
     ("13", "threatened", "Fiaga power station", None), ("12", "rejected", None, None),
     ("07", "handed over", "Matautu wharf", "2026-11-10"), ("04", "meet", "Salelologa", "2026-11-16")])

doc("b25-en-03-mrauk-u", "en", "2026-11-15T08:00:00Z",
    "Myanmar air strike kills 19 in Rakhine's Mrauk-U as Arakan Army advances",
    "YANGON, Myanmar — A Myanmar military air strike on a market in Mrauk-U township killed at least 19 civilians on Friday, residents and the Arakan Army (AA) said, the deadliest single attack in Rakhine State this month.\n"
    "The AA, which controls most of the state, said its fighters attacked army positions at Ponnagyun on Saturday and overran an outpost on the road to Sittwe, the state capital still held by the military.\n"
    "AA spokesman Khine Thu Kha accused the military of \"deliberately targeting civilians\" and demanded an independent investigation into the strike.\n"
    "Major General Zaw Min Tun, the military government's spokesman, rejected the accusation and said the aircraft had hit \"a terrorist logistics base\".\n"
    "China's special envoy for Asian affairs Deng Xijun spoke by phone with Myanmar's foreign minister Than Swe on Saturday and discussed the safety of Chinese-backed projects in the state, according to a statement from the envoy's office.\n"
    "The Myanmar Red Cross Society said it had delivered rice, cooking oil and medicine to about 12,000 displaced people in Kyauktaw on Thursday, its first convoy into the area since August.\n"
    "Than Swe is due to visit Kunming next Thursday for talks on the return of refugees, diplomats said.",
    [("LOC", "Yangon", ["Rangoon"], ["YANGON"]),
     ("LOC", "Myanmar", ["Burma"], ["Myanmar"]),
     ("ORG", "Myanmar military", ["Tatmadaw", "Myanmar Armed Forces", "Myanmar army"], ["Myanmar military"]),
     ("LOC", "Mrauk-U", ["Mrauk U", "Mrauk-U township"], ["Mrauk-U"]),
     ("ORG", "Arakan Army", ["AA"], ["Arakan Army", "AA"]),
     ("LOC", "Rakhine State", ["Rakhine", "Arakan"], ["Rakhine State", "Rakhine"]),
     ("LOC", "Ponnagyun", ["Ponnagyun township"], ["Ponnagyun"]),
     ("LOC", "Sittwe", ["Akyab"], ["Sittwe"]),
     ("PERSON", "Khine Thu Kha", [], ["Khine Thu Kha"]),
     ("PERSON", "Zaw Min Tun", [], ["Zaw Min Tun"]),
     ("LOC", "China", ["People's Republic of China"], ["China"]),
     ("PERSON", "Deng Xijun", [], ["Deng Xijun"]),
     ("PERSON", "Than Swe", [], ["Than Swe"]),
     ("ORG", "Myanmar Red Cross Society", ["MRCS", "Myanmar Red Cross"], ["Myanmar Red Cross Society"]),
     ("LOC", "Kyauktaw", ["Kyauktaw township"], ["Kyauktaw"]),
     ("LOC", "Kunming", [], ["Kunming"])],
    [("19", "air strike", "Mrauk-U", "2026-11-13"), ("19", "attacked", "Ponnagyun", "2026-11-14"),
     ("11", "accused", None, None), ("10", "demanded", None, None), ("12", "rejected", None, None),
     ("04", "spoke by phone", None, "2026-11-14"), ("07", "delivered", "Kyauktaw", "2026-11-12"),
     ("04", "visit", "Kunming", "2026-11-19")])

doc("b25-fr-01-oyem-bitam", "fr", "2026-11-19T08:00:00Z",
    "Gabon : grève des enseignants dans le Woleu-Ntem, interpellations d'orpailleurs à Bitam",
    "OYEM — Plusieurs centaines d'enseignants du Woleu-Ntem sont en grève depuis lundi à l'appel du Syndicat de l'éducation nationale (SENA), qui réclame le paiement de trois mois de rappels de salaire et la construction de logements pour les enseignants affectés en zone rurale.\n"
    "Le secrétaire général du SENA pour la province, Hervé Ndong Obame, a exigé un calendrier de paiement et menacé de boycotter les examens du premier trimestre si le gouvernement ne répondait pas avant la fin du mois.\n"
    "Le gouverneur du Woleu-Ntem, Gaston Mba Nzé, a reçu mercredi à Oyem une délégation de grévistes et promis de porter leurs revendications au gouvernement.\n"
    "À Bitam, près de la frontière camerounaise, la gendarmerie a interpellé mardi onze orpailleurs clandestins, dont sept ressortissants étrangers, lors d'une opération sur un site d'extraction illégale près du village de Mféfé, a indiqué le parquet d'Oyem.\n"
    "L'Agence nationale des parcs nationaux (ANPN) a dénoncé la « destruction massive » des cours d'eau par ces chantiers et accusé des intermédiaires basés à Ambam, au Cameroun, de financer les réseaux.\n"
    "L'Agence nationale des grands travaux d'infrastructures (ANGTI) a par ailleurs proposé de financer la réhabilitation de la route Oyem-Mitzic, dont plusieurs tronçons sont impraticables depuis la saison des pluies.\n"
    "Une réunion entre le ministère de l'Éducation nationale et les syndicats doit se tenir à Oyem mardi prochain.",
    [("LOC", "Gabon", ["Gabonese Republic"], ["Gabon"]),
     ("LOC", "Oyem", [], ["OYEM", "Oyem"]),
     ("LOC", "Woleu-Ntem", ["Woleu-Ntem Province"], ["Woleu-Ntem"]),
     ("ORG", "Syndicat de l'éducation nationale", ["SENA", "National Education Union (Gabon)"],
      ["Syndicat de l'éducation nationale", "SENA"]),
     ("PERSON", "Hervé Ndong Obame", ["Herve Ndong Obame", "Ndong Obame"], ["Hervé Ndong Obame"]),
     ("PERSON", "Gaston Mba Nzé", ["Gaston Mba Nze", "Mba Nzé"], ["Gaston Mba Nzé"]),
     ("LOC", "Bitam", [], ["Bitam"]),
     ("LOC", "Mféfé", ["Mfefe"], ["Mféfé"]),
     ("ORG", "Oyem public prosecutor's office", ["parquet d'Oyem", "Oyem prosecutor"], ["parquet d'Oyem"]),
     ("ORG", "National Agency for National Parks (Gabon)", ["ANPN", "Agence nationale des parcs nationaux"],
      ["Agence nationale des parcs nationaux", "ANPN"]),
     ("LOC", "Ambam", [], ["Ambam"]),
     ("LOC", "Cameroon", ["Republic of Cameroon"], ["Cameroun"]),
     ("ORG", "Agence nationale des grands travaux d'infrastructures", ["ANGTI", "National Agency for Major Infrastructure Works (Gabon)"], ["Agence nationale des grands travaux d'infrastructures", "ANGTI"]),
     ("LOC", "Mitzic", [], ["Mitzic"]),
     ("ORG", "Ministry of National Education (Gabon)", ["ministère de l'Éducation nationale", "Gabonese Ministry of Education"],
      ["ministère de l'Éducation nationale"])],
    [("14", "grève", "Woleu-Ntem", "2026-11-16"), ("10", "a exigé", None, None), ("13", "menacé", None, None),
     ("04", "a reçu", "Oyem", "2026-11-18"), ("17", "a interpellé", "Mféfé", "2026-11-17"),
     ("11", "a dénoncé", None, None), ("11", "accusé", None, None),
     ("03", "proposé", None, None), ("04", "réunion", "Oyem", "2026-11-24")])

doc("b25-fr-02-kpalime-atakpame", "fr", "2026-11-24T08:00:00Z",
    "Togo : manifestations contre la hausse de l'électricité à Kpalimé, douze interpellations",
    "KPALIMÉ — Plusieurs centaines de personnes ont manifesté samedi à Kpalimé, dans la région des Plateaux, contre la hausse de 15 % des tarifs de la Compagnie énergie électrique du Togo (CEET), avant d'être dispersées par la police à coups de gaz lacrymogène. Douze manifestants ont été interpellés, selon la préfecture de Kloto.\n"
    "La Synergie des travailleurs du Togo (STT) a exigé la libération des personnes arrêtées et l'annulation de la hausse, et menacé d'appeler à une grève générale dans la région si le gouvernement ne reculait pas.\n"
    "La coalition d'opposition Dynamique pour la majorité du peuple (DMP) a condamné une « répression disproportionnée » et sa coordinatrice, Brigitte Kafui Adjamagbo-Johnson, a accusé les autorités de « criminaliser la colère sociale ».\n"
    "Le ministre délégué chargé de l'Énergie, Mawunyo Agbéko, a rejeté ces accusations et reçu lundi à Atakpamé les représentants des commerçants du marché central, selon un communiqué de son cabinet.\n"
    "Dimanche, des artisans avaient également observé une journée ville morte à Notsé, tandis qu'à Badou des jeunes ont bloqué pendant plusieurs heures la route menant à la frontière ghanéenne.\n"
    "L'Agence togolaise d'électrification rurale et des énergies renouvelables (AT2ER) a proposé lundi de financer l'installation de 5 000 kits solaires pour les ménages les plus pauvres des Plateaux.\n"
    "Une nouvelle marche est annoncée à Kpalimé samedi prochain, à l'appel de la STT et d'associations de consommateurs.",
    [("LOC", "Togo", ["Togolese Republic"], ["Togo"]),
     ("LOC", "Kpalimé", ["Kpalime", "Palime"], ["KPALIMÉ", "Kpalimé"]),
     ("LOC", "Plateaux Region", ["Plateaux", "Plateaux region (Togo)"], ["région des Plateaux", "Plateaux"]),
     ("ORG", "Compagnie énergie électrique du Togo", ["CEET", "Togo Electric Power Company"],
      ["Compagnie énergie électrique du Togo", "CEET"]),
     ("LOC", "Kloto Prefecture", ["Kloto", "Kloto prefecture"], ["préfecture de Kloto"]),
     ("ORG", "Synergie des travailleurs du Togo", ["STT", "Synergy of Togolese Workers"],
      ["Synergie des travailleurs du Togo", "STT"]),
     ("ORG", "Dynamique pour la majorité du peuple", ["DMP", "Dynamic for the Majority of the People"],
      ["Dynamique pour la majorité du peuple", "DMP"]),
     ("PERSON", "Brigitte Kafui Adjamagbo-Johnson", ["Brigitte Adjamagbo-Johnson", "Adjamagbo-Johnson"],
      ["Brigitte Kafui Adjamagbo-Johnson"]),
     ("PERSON", "Mawunyo Agbéko", ["Mawunyo Agbeko", "Agbéko"], ["Mawunyo Agbéko"]),
     ("LOC", "Atakpamé", ["Atakpame"], ["Atakpamé"]),
     ("LOC", "Notsé", ["Notse"], ["Notsé"]),
     ("LOC", "Badou", [], ["Badou"]),
     ("ORG", "Agence togolaise d'électrification rurale et des énergies renouvelables", ["AT2ER", "Togolese Agency for Rural Electrification and Renewable Energy"], ["Agence togolaise d'électrification rurale et des énergies renouvelables", "AT2ER"])],
    [("14", "ont manifesté", "Kpalimé", "2026-11-21"), ("17", "interpellés", "Kpalimé", "2026-11-21"),
     ("10", "a exigé", None, None), ("13", "menacé", "Plateaux Region", None), ("11", "a condamné", None, None),
     ("11", "a accusé", None, None), ("12", "a rejeté", None, None), ("04", "reçu", "Atakpamé", "2026-11-23"),
     ("14", "ville morte", "Notsé", "2026-11-22"), ("14", "ont bloqué", "Badou", "2026-11-22"),
     ("03", "a proposé", "Plateaux Region", None), ("14", "marche", "Kpalimé", "2026-11-28")])

doc("b25-fr-03-air-austral", "fr", "2026-11-28T08:00:00Z",
    "La Réunion : grève chez Air Austral, la moitié des vols annulés à Roland-Garros",
    "SAINTE-MARIE (La Réunion) — Les personnels navigants commerciaux d'Air Austral ont entamé jeudi une grève illimitée à l'appel du Syndicat national du personnel navigant commercial (SNPNC), entraînant l'annulation de la moitié des vols au départ de l'aéroport Roland-Garros.\n"
    "La déléguée du SNPNC chez Air Austral, Nathalie Hoarau, a exigé le retrait du plan de réduction des effectifs et menacé d'étendre le mouvement aux agents d'escale de l'aéroport de Pierrefonds dès la semaine prochaine.\n"
    "Le président du directoire d'Air Austral, Hugues Marchessaux, a rejeté toute suppression de postes et assuré que la réorganisation serait « négociée » avec les représentants du personnel.\n"
    "Le préfet de La Réunion, Patrice Latron, a reçu vendredi à Sainte-Marie une délégation des grévistes, tandis que la Chambre de commerce et d'industrie de La Réunion (CCIR) a critiqué une grève qui « prend l'île en otage » à l'approche des vacances australes.\n"
    "À Bras-Panon, des habitants ont bloqué mardi la route départementale pendant plusieurs heures pour réclamer la réparation de la chaussée endommagée par les pluies.\n"
    "Par ailleurs, les gendarmes ont interpellé mercredi trois personnes à Petite-Île après l'incendie de deux engins de chantier sur le site de la future station d'épuration.\n"
    "Une réunion de médiation entre la direction et les syndicats est prévue mardi prochain à Sainte-Marie.",
    [("LOC", "Sainte-Marie (Réunion)", ["Sainte-Marie"], ["SAINTE-MARIE", "Sainte-Marie"]),
     ("LOC", "Réunion", ["La Réunion", "Reunion"], ["La Réunion"]),
     ("ORG", "Air Austral", [], ["Air Austral"]),
     ("ORG", "Syndicat national du personnel navigant commercial", ["SNPNC", "National Union of Cabin Crew"],
      ["Syndicat national du personnel navigant commercial", "SNPNC"]),
     ("LOC", "Roland Garros Airport", ["aéroport Roland-Garros", "Réunion Roland Garros Airport", "Roland-Garros"],
      ["Roland-Garros"]),
     ("PERSON", "Nathalie Hoarau", ["Hoarau"], ["Nathalie Hoarau"]),
     ("LOC", "Pierrefonds Airport", ["aéroport de Pierrefonds", "Pierrefonds"], ["Pierrefonds"]),
     ("PERSON", "Hugues Marchessaux", ["Marchessaux"], ["Hugues Marchessaux"]),
     ("PERSON", "Patrice Latron", ["Latron"], ["Patrice Latron"]),
     ("ORG", "Chamber of Commerce and Industry of Réunion", ["CCIR", "CCI Réunion",
                                                             "Chambre de commerce et d'industrie de La Réunion"],
      ["Chambre de commerce et d'industrie de La Réunion", "CCIR"]),
     ("LOC", "Bras-Panon", [], ["Bras-Panon"]),
     ("LOC", "Petite-Île (Réunion)", ["Petite-Île"], ["Petite-Île"])],
    [("14", "grève illimitée", "Roland Garros Airport", "2026-11-26"), ("10", "a exigé", None, None),
     ("13", "menacé", "Pierrefonds Airport", None), ("12", "a rejeté", None, None),
     ("04", "a reçu", "Sainte-Marie (Réunion)", "2026-11-27"), ("11", "a critiqué", None, None),
     ("14", "ont bloqué", "Bras-Panon", "2026-11-24"), ("10", "réclamer", "Bras-Panon", "2026-11-24"),
     ("17", "ont interpellé", "Petite-Île (Réunion)", "2026-11-25"),
     ("04", "réunion de médiation", "Sainte-Marie (Réunion)", "2026-12-01")])

write("blind25.jsonl")
