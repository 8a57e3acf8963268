# Writes blind23.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers and envoys meeting, calls and visits, agreements, border clashes, air strikes and shelling, raids
# and arrests, protests, road blockades and labour strikes, demands, threats, rejections, criticism, aid and offers.
# Arabic, the weakest language, has the larger sample, five Arab-world stories and one world story told in Arabic: a
# raid on Al-Fawwar camp near Dura and aid through the Zikim and Kissufim crossings, herders in Algeria's Djelfa and
# Ain Oussera, Syria's north (Maskanah, Tabqa, Manbij, the Tal Abyad crossing, Raqqa), Sudan's Northern State and
# Wadi Halfa with Egypt, a Saudi minister in Al-Jawf, and Pakistan and Afghanistan at Chaman and Spin Boldak;
# English: a garment strike in Bangladesh's Ashulia, protests in Georgia's Kutaisi, a miners' blockade in Bolivia's
# Oruro; French: eastern DR Congo's North Kivu, a strike at Khouribga in Morocco, road blocks in New Caledonia. People,
# bodies and places are none of those named as gold in dev.jsonl or the other sets here, except the few hits listed
# in heldout/README.md (checked with overlap.py). Real public figures in plausible public roles as of late 2026;
# other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind23.py
from gold import doc, write

doc("b23-ar-01-fawwar-zikim", "ar", "2026-11-18T08:00:00Z",
    "اعتقال 14 فلسطينيا في اقتحام مخيم الفوار ودخول شاحنات مساعدات عبر معبري زيكيم وكيسوفيم",
    "دورا (الضفة الغربية) - اقتحمت قوات حرس الحدود الإسرائيلي فجر أمس الثلاثاء مخيم الفوار جنوب الضفة الغربية، واعتقلت 14 فلسطينيا بعد مداهمة منازلهم وتفتيشها، بحسب هيئة شؤون الأسرى والمحررين. وأفاد شهود عيان بأن القوات حولت عددا من المنازل إلى ثكنات عسكرية ومنعت الطواقم الطبية من الوصول إلى المصابين لساعات.\n"
    "وقال رئيس بلدية دورا سامي أبو زعرور إن «الجرافات العسكرية جرفت الشوارع الرئيسية وشبكة المياه في المخيم والبلدات المجاورة».\n"
    "وأدانت وزارة الحكم المحلي الفلسطينية الاقتحام، وطالبت المجتمع الدولي بإلزام إسرائيل بتعويض البلديات عن الأضرار.\n"
    "وفي قطاع غزة، أدخلت منظمة المطبخ المركزي العالمي أمس 120 شاحنة محملة بالطحين والأدوية عبر معبر زيكيم إلى شمال القطاع، فيما دخلت 40 شاحنة وقود عبر معبر كيسوفيم إلى مدينة دير البلح.\n"
    "وانتقد وزير المالية الإسرائيلي بتسلئيل سموتريتش إدخال الشاحنات، وهدد بتجميد تحويل أموال المقاصة الفلسطينية.\n"
    "ورفض وزير المالية الفلسطيني عمر البيطار تهديدات سموتريتش، وقال إن «أموال المقاصة حق للشعب الفلسطيني وليست منة من أحد».\n"
    "وكان نائب الرئيس الفلسطيني حسين الشيخ قد استقبل الاثنين وزيرة الخارجية الأيرلندية هيلين ماكنتي، وبحث معها الأزمة المالية الخانقة وأوضاع المخيمات في جنوب الضفة.\n"
    "ومن المقرر أن يعقد مجلس الوزراء الفلسطيني جلسته المقبلة في دورا الاثنين المقبل، تضامنا مع سكان المخيم والبلدات المتضررة.",
    [("LOC", "Dura", ["Dura (Hebron)", "Doura"], ["دورا"]),
     ("LOC", "West Bank", [], ["الضفة الغربية"]),
     ("ORG", "Israel Border Police", ["Magav", "Israeli Border Police", "Israel Border Police (Magav)"], ["حرس الحدود الإسرائيلي"]),
     ("LOC", "Al-Fawwar camp", ["Fawwar refugee camp", "Al-Fawwar refugee camp", "Fawwar camp"], ["مخيم الفوار"]),
     ("ORG", "Commission of Detainees' Affairs", ["Palestinian Commission of Detainees and Ex-Detainees Affairs",
                                                 "Detainees and Ex-Detainees Affairs Commission"],
      ["هيئة شؤون الأسرى والمحررين"]),
     ("PERSON", "Sami Abu Zaarour", ["Sami Abu Zarour"], ["سامي أبو زعرور"]),
     ("ORG", "Ministry of Local Government (Palestine)", ["Palestinian Ministry of Local Government"],
      ["وزارة الحكم المحلي الفلسطينية"]),
     ("LOC", "Israel", ["State of Israel"], ["إسرائيل"]),
     ("LOC", "Gaza Strip", ["Gaza"], ["قطاع غزة"]),
     ("ORG", "World Central Kitchen", ["WCK"], ["منظمة المطبخ المركزي العالمي", "المطبخ المركزي العالمي"]),
     ("LOC", "Zikim crossing", ["Zikim", "Zikim border crossing"], ["معبر زيكيم"]),
     ("LOC", "Kissufim crossing", ["Kissufim", "Kisufim crossing"], ["معبر كيسوفيم"]),
     ("LOC", "Deir al-Balah", ["Deir el-Balah", "Dayr al-Balah"], ["دير البلح"]),
     ("PERSON", "Bezalel Smotrich", ["Smotrich"], ["بتسلئيل سموتريتش", "سموتريتش"]),
     ("PERSON", "Omar al-Bitar", ["Omar Bitar", "Omar Al Bitar"], ["عمر البيطار"]),
     ("PERSON", "Hussein al-Sheikh", ["Hussein Al Sheikh", "Hussein al-Shaikh"], ["حسين الشيخ"]),
     ("PERSON", "Helen McEntee", ["McEntee"], ["هيلين ماكنتي"]),
     ("ORG", "Palestinian Cabinet", ["Palestinian Council of Ministers", "Palestinian government"],
      ["مجلس الوزراء الفلسطيني"])],
    [("17", "اقتحمت", "Al-Fawwar camp", "2026-11-17"), ("11", "وأدانت", None, None),
     ("10", "وطالبت", None, None), ("07", "أدخلت", "Zikim crossing", "2026-11-17"),
     ("07", "دخلت", "Kissufim crossing", "2026-11-17"), ("11", "وانتقد", None, None),
     ("13", "وهدد", None, None), ("12", "ورفض", None, None),
     ("04", "استقبل", None, "2026-11-16"), ("04", "جلسته", "Dura", "2026-11-23")])

doc("b23-ar-02-djelfa", "ar", "2026-11-26T09:00:00Z",
    "وزير الفلاحة يزور الجلفة واحتجاج الموالين في عين وسارة على غلاء الأعلاف",
    "الجلفة - أجرى وزير الفلاحة والتنمية الريفية والصيد البحري الجزائري ياسين وليد، أمس الأربعاء، زيارة عمل إلى ولاية الجلفة، تفقد خلالها مشاريع للري الفلاحي وزراعة الحبوب في المناطق السهبية، بحسب بيان لوزارة الفلاحة والتنمية الريفية.\n"
    "ووقع الديوان الجزائري المهني للحبوب خلال الزيارة اتفاقية مع مجمع كوسيدار العمومي لإنجاز صوامع لتخزين الحبوب بطاقة 200 ألف طن في الولاية.\n"
    "وقال الوزير للصحفيين إن «الدولة ستضمن تزويد الموالين بالشعير المدعم إلى غاية نهاية فصل الشتاء».\n"
    "وفي بلدية عين وسارة شمال الولاية، اعتصم مئات الموالين الأحد الماضي أمام مقر الدائرة، احتجاجا على ارتفاع أسعار الأعلاف وتأخر توزيع حصص الشعير المدعم.\n"
    "وطالب الاتحاد الوطني للفلاحين الجزائريين الحكومة بتسقيف أسعار الأعلاف، فيما انتقد رئيس حركة البناء الوطني عبد القادر بن قرينة «سوء تسيير» ملف الأعلاف في الولايات السهبية.\n"
    "من جهة أخرى، أوقفت مصالح الأمن بولاية الأغواط أمس أربعة أشخاص ينتمون إلى شبكة للمضاربة في الشعير المدعم، وحجزت أكثر من 300 قنطار منه في مستودع غير مرخص.\n"
    "وهددت التنسيقية الوطنية لمربي المواشي بمقاطعة أسواق الماشية إذا لم تتدخل الوزارة لضبط الأسعار قبل نهاية الشهر.\n"
    "وتعد ولاية الجلفة أكبر حوض لتربية الأغنام في الجزائر، غير أن الجفاف المتكرر رفع تكاليف التربية بشكل كبير خلال السنوات الأخيرة.\n"
    "ومن المقرر أن يستقبل والي الجلفة عمر بلقاسمي ممثلين عن الموالين السبت المقبل لبحث مطالبهم.",
    [("LOC", "Djelfa Province", ["Djelfa", "Wilaya of Djelfa", "Djelfa wilaya"], ["ولاية الجلفة", "الجلفة"]),
     ("PERSON", "Yacine Oualid", ["Yacine El-Mahdi Oualid", "Oualid"], ["ياسين وليد"]),
     ("ORG", "Ministry of Agriculture and Rural Development (Algeria)", [
         "Algerian Ministry of Agriculture", "Ministry of Agriculture, Rural Development and Fisheries (Algeria)"],
      ["وزارة الفلاحة والتنمية الريفية"]),
     ("ORG", "Algerian Interprofessional Cereals Office", ["OAIC", "Office Algérien Interprofessionnel des Céréales"],
      ["الديوان الجزائري المهني للحبوب"]),
     ("ORG", "Cosider", ["Cosider Group", "Groupe Cosider"], ["مجمع كوسيدار العمومي", "كوسيدار"]),
     ("LOC", "Ain Oussera", ["Aïn Oussera", "Ain Ouessara"], ["عين وسارة"]),
     ("ORG", "National Union of Algerian Farmers", ["UNPA", "Union Nationale des Paysans Algériens"],
      ["الاتحاد الوطني للفلاحين الجزائريين"]),
     ("ORG", "El Bina Movement", ["National Construction Movement", "Harakat El Bina", "Movement of National Construction"],
      ["حركة البناء الوطني"]),
     ("PERSON", "Abdelkader Bengrina", ["Abdelkader Bengrine", "Bengrina"], ["عبد القادر بن قرينة"]),
     ("LOC", "Laghouat Province", ["Laghouat", "Wilaya of Laghouat"], ["ولاية الأغواط"]),
     ("ORG", "National Coordination of Livestock Breeders", ["National Coordination of Livestock Breeders (Algeria)"],
      ["التنسيقية الوطنية لمربي المواشي"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("PERSON", "Omar Belkacemi", ["Omar Belkacemi"], ["عمر بلقاسمي"])],
    [("04", "زيارة", "Djelfa Province", "2026-11-25"), ("05", "ووقع", "Djelfa Province", "2026-11-25"),
     ("14", "اعتصم", "Ain Oussera", "2026-11-22"), ("10", "وطالب", None, None),
     ("11", "انتقد", None, None), ("17", "أوقفت", "Laghouat Province", "2026-11-25"),
     ("13", "وهددت", None, None), ("04", "يستقبل", "Djelfa Province", "2026-11-28")])

doc("b23-ar-03-maskanah-tal-abyad", "ar", "2026-11-10T09:00:00Z",
    "مقتل جنديين سوريين في هجوم قرب مسكنة وعودة مئات اللاجئين عبر معبر تل أبيض",
    "منبج - قُتل جنديان سوريان وثلاثة مهاجمين في هجوم شنه مسلحون مجهولون فجر الأحد على موقع عسكري تتمركز فيه الفرقة 80 قرب بلدة مسكنة، بحسب مصدر عسكري. وتشهد المنطقة منذ أشهر هجمات متفرقة تستهدف مواقع عسكرية ونقاط تفتيش على الطرق الصحراوية، في ظل صعوبة ضبط المساحات المفتوحة. وقال المصدر إن الوحدات المنتشرة في المنطقة «ردت على مصادر النيران» وطاردت المهاجمين باتجاه البادية.\n"
    "وفي مدينة الطبقة، التقى وزير الطوارئ وإدارة الكوارث السوري رائد الصالح أمس الاثنين محافظ الرقة عبد الرحمن السلامة، وبحثا تأهيل المخيمات ومراكز الإيواء لاستقبال العائدين قبل حلول الشتاء.\n"
    "ووقع الوزير في ختام اللقاء مذكرة تفاهم مع منظمة «بنفسج» لإنشاء مركز لاستقبال العائدين في بلدة عين عيسى.\n"
    "وأعلنت الهيئة العامة لشؤون اللاجئين أن أكثر من 1200 لاجئ عادوا من تركيا عبر معبر تل أبيض خلال الأسبوع الماضي، معظمهم إلى قرى ريف الرقة الشمالي.\n"
    "وقدمت هيئة الإغاثة الإنسانية التركية أمس سلالا غذائية وحقائب شتوية للعائدين في مدينة تل أبيض.\n"
    "وفي منبج، اعتقلت مديرية أمن منبج أمس خمسة أشخاص يشتبه في انتمائهم إلى خلية كانت تعد لزرع عبوات ناسفة على الطريق الدولي المار بالمدينة.\n"
    "وتظاهر عشرات المعلمين أمس أمام مبنى مديرية التربية في الرقة، وطالبوا بصرف رواتبهم المتأخرة منذ ثلاثة أشهر وتثبيت المتعاقدين منهم.\n"
    "ومن المقرر أن يزور وزير الطوارئ وإدارة الكوارث معبر تل أبيض الخميس المقبل لتفقد إجراءات استقبال العائدين.",
    [("LOC", "Manbij", ["Menbij", "Minbij"], ["منبج"]),
     ("ORG", "80th Division (Syria)", ["80th Division", "Syrian Army 80th Division"], ["الفرقة 80"]),
     ("LOC", "Maskanah", ["Maskana", "Meskene"], ["مسكنة"]),
     ("LOC", "Tabqa", ["Al-Tabqa", "Al-Thawrah", "Tabqah"], ["الطبقة"]),
     ("PERSON", "Raed al-Saleh", ["Raed Saleh", "al-Saleh"], ["رائد الصالح"]),
     ("LOC", "Raqqa Governorate", ["Raqqa", "Ar-Raqqah", "Al-Raqqa"], ["الرقة"]),
     ("PERSON", "Abdulrahman al-Salameh", ["Abdul Rahman al-Salama", "al-Salameh"], ["عبد الرحمن السلامة"]),
     ("ORG", "Violet Organization", ["Violet", "Banafsaj"], ["منظمة «بنفسج»", "بنفسج"]),
     ("LOC", "Ain Issa", ["Ayn Issa", "Ain Aissa"], ["عين عيسى"]),
     ("ORG", "General Authority for Refugee Affairs (Syria)", ["General Authority for Refugee Affairs"],
      ["الهيئة العامة لشؤون اللاجئين"]),
     ("LOC", "Turkey", ["Türkiye", "Turkiye", "Republic of Turkey"], ["تركيا"]),
     ("LOC", "Tal Abyad border crossing", ["Tal Abyad crossing", "Tell Abyad crossing", "Akçakale crossing"],
      ["معبر تل أبيض"]),
     ("ORG", "IHH Humanitarian Relief Foundation", ["IHH", "Turkish Humanitarian Relief Foundation", "İHH"],
      ["هيئة الإغاثة الإنسانية التركية"]),
     ("LOC", "Tal Abyad", ["Tell Abyad", "Tal Abyad city"], ["تل أبيض"]),
     ("ORG", "Manbij Security Directorate", ["Manbij security directorate"], ["مديرية أمن منبج"]),
     ("ORG", "Raqqa Education Directorate", ["Education Directorate in Raqqa"], ["مديرية التربية في الرقة"])],
    [("19", "هجوم", "Maskanah", "2026-11-08"), ("04", "التقى", "Tabqa", "2026-11-09"),
     ("05", "ووقع", "Tabqa", "2026-11-09"), ("07", "وقدمت", "Tal Abyad", "2026-11-09"),
     ("17", "اعتقلت", "Manbij", "2026-11-09"), ("14", "وتظاهر", "Raqqa Governorate", "2026-11-09"),
     ("10", "وطالبوا", "Raqqa Governorate", "2026-11-09"), ("04", "يزور", "Tal Abyad border crossing", "2026-11-12")])

doc("b23-ar-04-wadi-halfa", "ar", "2026-11-22T10:00:00Z",
    "مسؤول مصري يبحث في وادي حلفا تشغيل الخط النهري والفرقة 19 مشاة تصد هجوما قرب الدبة",
    "وادي حلفا - بحث مساعد وزير النقل المصري للنقل النهري أيمن الشافعي، أمس السبت في مدينة وادي حلفا، مع والي الولاية الشمالية عابدين عوض الله، إعادة تشغيل الخط الملاحي النهري بين ميناء السد العالي وميناء وادي حلفا، بحسب وكالة السودان للأنباء (سونا) وبيان لوزارة النقل المصرية.\n"
    "واتفق الجانبان على تشغيل رحلتين أسبوعيا لنقل الركاب والبضائع بدءا من مطلع العام المقبل، ووقعا محضرا لتطوير الميناء السوداني بتمويل مصري.\n"
    "ميدانيا، قال قائد الفرقة 19 مشاة اللواء الصادق حامد الأمين إن قواته صدت الجمعة هجوما شنه مسلحون على مواقعها غرب مدينة الدبة، وكبدتهم «خسائر فادحة في الأرواح والعتاد».\n"
    "واتهمت حكومة الولاية الشمالية «الميليشيا المتمردة» باستهداف محطة كهرباء مروي بطائرة مسيرة الخميس، ما تسبب في انقطاع التيار عن مدن الولاية وولاية نهر النيل.\n"
    "وأرسلت جمعية الهلال الأحمر المصري أمس قافلة تضم 30 شاحنة محملة بالأغذية والأدوية عبر معبر أرقين إلى النازحين في الولاية الشمالية.\n"
    "وفي وادي حلفا، نفذ تجار سوق المدينة إضرابا أمس احتجاجا على زيادة رسوم العبور، وطالبوا السلطات المحلية بإلغاء الرسوم الجديدة.\n"
    "وتستضيف الولاية الشمالية مئات الآلاف من النازحين الفارين من الخرطوم ومدن أخرى منذ اندلاع الحرب في نيسان 2023.\n"
    "ومن المقرر أن يزور وزير البنى التحتية والنقل السوداني التهامي محمد النور مدينة دنقلا الثلاثاء المقبل لافتتاح جسر جديد يربط ضفتي النهر.",
    [("LOC", "Wadi Halfa", ["Wadi Halfa city", "Halfa"], ["وادي حلفا"]),
     ("PERSON", "Ayman al-Shafei", ["Ayman El-Shafei", "Ayman Al Shafie"], ["أيمن الشافعي"]),
     ("LOC", "Northern State", ["Northern State (Sudan)", "Ash-Shamaliyah"], ["الولاية الشمالية"]),
     ("PERSON", "Abdeen Awadallah", ["Abdin Awad Allah", "Awadallah"], ["عابدين عوض الله"]),
     ("LOC", "High Dam Port", ["Aswan High Dam Port", "Port of the High Dam"], ["ميناء السد العالي"]),
     ("LOC", "Wadi Halfa Port", ["Port of Wadi Halfa", "Wadi Halfa river port"], ["ميناء وادي حلفا"]),
     ("ORG", "Sudan News Agency", ["SUNA"], ["وكالة السودان للأنباء (سونا)", "وكالة السودان للأنباء", "سونا"]),
     ("ORG", "Ministry of Transport (Egypt)", ["Egyptian Ministry of Transport", "Egyptian Transport Ministry"],
      ["وزارة النقل المصرية"]),
     ("ORG", "19th Infantry Division (Sudan)", ["19th Infantry Division", "19th Division"], ["الفرقة 19 مشاة"]),
     ("PERSON", "Al-Sadiq Hamid al-Amin", ["Sadiq Hamid al-Amin", "al-Sadiq Hamid"], ["الصادق حامد الأمين"]),
     ("LOC", "Al Dabbah", ["Ad Dabbah", "Dabba", "El Debba"], ["الدبة"]),
     ("ORG", "Government of Northern State (Sudan)", ["Northern State government"], ["حكومة الولاية الشمالية"]),
     ("LOC", "Merowe", ["Merowe power station", "Merowe Dam"], ["مروي"]),
     ("LOC", "River Nile State", ["River Nile", "Nahr an-Nil"], ["ولاية نهر النيل"]),
     ("ORG", "Egyptian Red Crescent", ["Egyptian Red Crescent Society"], ["الهلال الأحمر المصري"]),
     ("LOC", "Argeen border crossing", ["Argeen", "Arqin", "Ashkit-Argeen crossing"], ["معبر أرقين"]),
     ("LOC", "Khartoum", [], ["الخرطوم"]),
     ("PERSON", "Al-Tuhami Mohamed al-Nour", ["Tuhami Mohamed Nour", "al-Tuhami al-Nour"], ["التهامي محمد النور"]),
     ("LOC", "Dongola", [], ["دنقلا"])],
    [("04", "بحث", "Wadi Halfa", "2026-11-21"), ("05", "ووقعا", "Wadi Halfa", "2026-11-21"),
     ("19", "هجوما", "Al Dabbah", "2026-11-20"), ("11", "واتهمت", None, None),
     ("07", "وأرسلت", "Argeen border crossing", "2026-11-21"), ("14", "إضرابا", "Wadi Halfa", "2026-11-21"),
     ("10", "وطالبوا", "Wadi Halfa", "2026-11-21"), ("04", "يزور", "Dongola", "2026-11-24")])

doc("b23-ar-05-al-jawf", "ar", "2026-11-05T08:00:00Z",
    "نائب وزير البيئة والمياه والزراعة السعودي يزور الجوف وتوقيع اتفاقية لتسويق زيت الزيتون",
    "سكاكا - وصل نائب وزير البيئة والمياه والزراعة السعودي للزراعة منصور المشيطي، أمس الأربعاء، إلى مدينة سكاكا في زيارة لمنطقة الجوف تستغرق يومين، والتقى أمير المنطقة الأمير فيصل بن نواف بن عبد العزيز، وبحثا مشاريع الأمن المائي والتوسع في زراعة الزيتون، بحسب بيان لإمارة منطقة الجوف.\n"
    "ووقعت شركة الجوف للتنمية الزراعية وشركة المراعي خلال الزيارة اتفاقية لتسويق زيت الزيتون ومنتجات الألبان في أسواق المملكة والخليج، بقيمة تتجاوز 400 مليون ريال.\n"
    "وقال المشيطي إن «الوزارة مستعدة لتمويل مشاريع للري بالتنقيط لصغار المزارعين في الجوف عبر بنك التنمية الاجتماعية»، مشيرا إلى أن المنطقة تنتج أكثر من ثلث إنتاج المملكة من الزيتون.\n"
    "وطالب مزارعو الزيتون في محافظة دومة الجندل بزيادة حصصهم من مياه الآبار وتأجيل تطبيق رسوم الاستهلاك الجديدة، خلال لقاء مع مسؤولي الوزارة.\n"
    "من جهة أخرى، أعلنت شرطة منطقة الجوف أمس القبض على سبعة أشخاص في محافظة القريات بعد ضبط أكثر من 200 ألف قرص مخدر مخبأة في شاحنة قادمة عبر منفذ الحديثة الحدودي.\n"
    "وكان أمير منطقة الجوف قد استقبل الاثنين الماضي في سكاكا السفير الإيطالي لدى المملكة ماركو فيراري، وبحث معه نقل تقنيات عصر الزيتون وتعبئته إلى مزارع المنطقة.\n"
    "وتضم منطقة الجوف أكثر من 18 مليون شجرة زيتون، وتقيم سنويا مهرجانا لتسويق منتجاتها يستقطب آلاف الزوار من داخل المملكة وخارجها.\n"
    "ومن المقرر أن يترأس أمير منطقة الجوف اجتماع مجلس منطقة الجوف في سكاكا الأحد المقبل لبحث نتائج الزيارة.",
    [("LOC", "Sakaka", [], ["سكاكا"]),
     ("PERSON", "Mansour Al-Mushaiti", ["Mansour bin Hilal Al-Mushaiti", "Al-Mushaiti"],
      ["منصور المشيطي", "المشيطي"]),
     ("LOC", "Al-Jawf Region", ["Al-Jouf", "Al Jawf Province", "Jouf Region"], ["منطقة الجوف", "الجوف"]),
     ("PERSON", "Faisal bin Nawaf bin Abdulaziz", ["Prince Faisal bin Nawaf", "Faisal bin Nawaf"],
      ["فيصل بن نواف بن عبد العزيز"]),
     ("ORG", "Al-Jawf Region Principality", ["Al-Jouf Emirate", "Emirate of Al-Jouf Region"], ["إمارة منطقة الجوف"]),
     ("ORG", "Al-Jouf Agricultural Development Company", ["Aljouf Agricultural Development Co.", "JADCO"],
      ["شركة الجوف للتنمية الزراعية"]),
     ("ORG", "Almarai", ["Almarai Company"], ["شركة المراعي", "المراعي"]),
     ("ORG", "Social Development Bank", ["SDB", "Saudi Social Development Bank"], ["بنك التنمية الاجتماعية"]),
     ("LOC", "Dumat al-Jandal", ["Dumat Al-Jandal Governorate", "Dawmat al-Jandal"], ["محافظة دومة الجندل", "دومة الجندل"]),
     ("ORG", "Al-Jawf Region Police", ["Al-Jouf Police", "Al-Jawf Police"], ["شرطة منطقة الجوف"]),
     ("LOC", "Al-Qurayyat", ["Qurayyat", "Al-Qurayyat Governorate"], ["محافظة القريات", "القريات"]),
     ("LOC", "Al-Haditha border crossing", ["Al-Haditha port", "Haditha crossing"], ["منفذ الحديثة"]),
     ("PERSON", "Marco Ferrari", ["Ferrari"], ["ماركو فيراري"]),
     ("ORG", "Al-Jawf Regional Council", ["Al-Jouf Region Council"], ["مجلس منطقة الجوف"])],
    [("04", "زيارة", "Sakaka", "2026-11-04"), ("05", "ووقعت", "Sakaka", "2026-11-04"),
     ("03", "مستعدة", "Al-Jawf Region", None), ("10", "وطالب", None, None),
     ("17", "القبض", "Al-Qurayyat", "2026-11-04"), ("04", "استقبل", "Sakaka", "2026-11-02"),
     ("04", "اجتماع", "Sakaka", "2026-11-08")])

doc("b23-ar-06-chaman", "ar", "2026-11-28T07:00:00Z",
    "اشتباكات حدودية بين باكستان وأفغانستان قرب معبر تشمن وغارات على سبين بولدك",
    "كويتا - اندلعت اشتباكات عنيفة ليل الخميس بين القوات الباكستانية وقوات حكومة طالبان قرب معبر تشمن الحدودي، ما أسفر عن مقتل ثلاثة جنود باكستانيين وخمسة عناصر من طالبان، بحسب مصادر أمنية من الجانبين. واستخدم الطرفان المدفعية والأسلحة الثقيلة لساعات قبل أن تتراجع حدة الاشتباكات مع ساعات الفجر.\n"
    "وشن الطيران الباكستاني فجر أمس الجمعة غارات على مواقع قال إنها لحركة طالبان باكستان في مديرية سبين بولدك بولاية قندهار الأفغانية.\n"
    "واتهم وزير الداخلية الباكستاني محسن نقوي حكومة طالبان بـ«إيواء الإرهابيين» الذين ينفذون هجمات داخل باكستان، فيما رفض المتحدث باسم وزارة الدفاع الأفغانية عناية الله خوارزمي الاتهامات، وهدد بـ«رد حازم» على أي انتهاك جديد للأجواء الأفغانية.\n"
    "وأعلن وزير الخارجية الأفغاني أمير خان متقي، في اتصال هاتفي أمس مع نظيره التركي هاكان فيدان، استعداد حكومته لإرسال وفد إلى إسطنبول لاستئناف المحادثات مع الجانب الباكستاني.\n"
    "وفي مدينة تشمن، أغلق مئات التجار وسائقي الشاحنات الطريق الرئيسي أمس احتجاجا على استمرار إغلاق المعبر منذ أسابيع وتكدس البضائع على جانبي الحدود.\n"
    "وقدمت جمعية الهلال الأحمر الأفغاني أمس مساعدات غذائية ومأوى لآلاف الأفغان العائدين من باكستان في سبين بولدك.\n"
    "ويعد معبر تشمن أحد أهم المنافذ التجارية بين البلدين، ويعبره في الأوقات العادية آلاف الشاحنات والمسافرين يوميا، وتسبب إغلاقه المتكرر منذ العام الماضي في خسائر كبيرة للتجار.",
    [("LOC", "Pakistan", ["Islamic Republic of Pakistan"], ["باكستان"]),
     ("LOC", "Afghanistan", ["Islamic Emirate of Afghanistan"], ["أفغانستان"]),
     ("LOC", "Chaman border crossing", ["Chaman crossing", "Friendship Gate", "Chaman-Spin Boldak crossing"],
      ["معبر تشمن"]),
     ("LOC", "Quetta", [], ["كويتا"]),
     ("ORG", "Taliban government", ["Taliban", "Islamic Emirate of Afghanistan government", "Afghan Taliban"],
      ["حكومة طالبان", "طالبان"]),
     ("ORG", "Tehrik-i-Taliban Pakistan", ["TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan"],
      ["حركة طالبان باكستان"]),
     ("LOC", "Spin Boldak", ["Spin Boldak District", "Spin Buldak"], ["مديرية سبين بولدك", "سبين بولدك"]),
     ("LOC", "Kandahar Province", ["Kandahar"], ["ولاية قندهار"]),
     ("PERSON", "Mohsin Naqvi", ["Syed Mohsin Raza Naqvi", "Naqvi"], ["محسن نقوي"]),
     ("ORG", "Ministry of Defence (Afghanistan)", ["Afghan Ministry of Defence", "Afghan Defence Ministry",
                                                   "Ministry of National Defense (Afghanistan)"],
      ["وزارة الدفاع الأفغانية"]),
     ("PERSON", "Enayatullah Khwarazmi", ["Inayatullah Khwarazmi", "Khwarazmi"], ["عناية الله خوارزمي"]),
     ("PERSON", "Amir Khan Muttaqi", ["Amir Khan Motaqi", "Muttaqi"], ["أمير خان متقي"]),
     ("PERSON", "Hakan Fidan", ["Fidan"], ["هاكان فيدان"]),
     ("LOC", "Istanbul", [], ["إسطنبول"]),
     ("LOC", "Chaman", ["Chaman city"], ["تشمن"]),
     ("ORG", "Afghan Red Crescent Society", ["ARCS", "Afghan Red Crescent"], ["جمعية الهلال الأحمر الأفغاني"])],
    [("19", "اشتباكات", "Chaman border crossing", "2026-11-26"), ("19", "غارات", "Spin Boldak", "2026-11-27"),
     ("11", "واتهم", None, None), ("12", "رفض", None, None), ("13", "وهدد", None, None),
     ("04", "اتصال هاتفي", None, "2026-11-27"), ("03", "استعداد", "Istanbul", None),
     ("14", "أغلق", "Chaman", "2026-11-27"), ("07", "وقدمت", "Spin Boldak", "2026-11-27")])

doc("b23-en-01-ashulia-strike", "en", "2026-11-24T12:00:00Z",
    "Bangladesh garment workers strike in Ashulia over unpaid wages, police fire tear gas",
    "SAVAR, Bangladesh, Nov 24 – Thousands of garment workers walked out of factories in the Ashulia industrial "
    "belt on Monday and blocked the Dhaka-Tangail highway for several hours, demanding three months of unpaid "
    "wages and the reopening of eleven closed factories, police and union leaders said.\n\n"
    "Police fired tear gas and rubber bullets to clear the road near Baipail, and detained 17 workers. At least "
    "20 people were injured, according to doctors at a local hospital.\n\n"
    "The National Garment Workers Federation, whose president Amirul Haque Amin led the march, demanded that the "
    "government pay the wages from a state fund and threatened an indefinite strike across Savar and Dhamrai if "
    "the arrested workers were not freed by the weekend.\n\n"
    "Labour secretary Rafiqul Islam Sarker met union leaders and factory owners at the Ministry of Labour and "
    "Employment on Sunday, but the talks broke down after the Bangladesh Garment Manufacturers and Exporters "
    "Association (BGMEA) rejected a demand to raise the minimum wage.\n\n"
    "Mirza Fakhrul Islam Alamgir, secretary general of the Bangladesh Nationalist Party, criticised the police "
    "action as \"a return to the old methods\" of the Awami League years.\n\n"
    "The Bangladesh Institute of Labour Studies offered to mediate between unions and employers. Talks are due "
    "to resume next Thursday, the ministry said.",
    [("LOC", "Savar", ["Savar Upazila", "SAVAR"], ["SAVAR", "Savar"]),
     ("LOC", "Bangladesh", ["People's Republic of Bangladesh"], ["Bangladesh"]),
     ("LOC", "Ashulia", ["Ashulia industrial belt"], ["Ashulia"]),
     ("LOC", "Dhaka-Tangail highway", ["Dhaka-Tangail Highway", "N4"], ["Dhaka-Tangail highway"]),
     ("LOC", "Baipail", ["Baipayl"], ["Baipail"]),
     ("ORG", "National Garment Workers Federation", ["NGWF"], ["National Garment Workers Federation"]),
     ("PERSON", "Amirul Haque Amin", ["Amirul Haq Amin"], ["Amirul Haque Amin"]),
     ("LOC", "Dhamrai", ["Dhamrai Upazila"], ["Dhamrai"]),
     ("PERSON", "Rafiqul Islam Sarker", ["Rafiqul Islam Sarkar", "Sarker"], ["Rafiqul Islam Sarker"]),
     ("ORG", "Ministry of Labour and Employment (Bangladesh)", ["Ministry of Labour and Employment",
                                                               "Bangladesh Labour Ministry"],
      ["Ministry of Labour and Employment"]),
     ("ORG", "Bangladesh Garment Manufacturers and Exporters Association", ["BGMEA"],
      ["Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"]),
     ("PERSON", "Mirza Fakhrul Islam Alamgir", ["Mirza Fakhrul", "Fakhrul Islam Alamgir"],
      ["Mirza Fakhrul Islam Alamgir"]),
     ("ORG", "Bangladesh Nationalist Party", ["BNP"], ["Bangladesh Nationalist Party"]),
     ("ORG", "Awami League", ["Bangladesh Awami League"], ["Awami League"]),
     ("ORG", "Bangladesh Institute of Labour Studies", ["BILS"], ["Bangladesh Institute of Labour Studies"])],
    [("14", "walked out", "Ashulia", "2026-11-23"), ("17", "fired tear gas", "Baipail", "2026-11-23"),
     ("10", "demanded", None, None), ("13", "threatened", None, None),
     ("04", "met", None, "2026-11-22"), ("12", "rejected", None, "2026-11-22"),
     ("11", "criticised", None, None), ("03", "offered", None, None), ("04", "Talks", None, "2026-11-26")])

doc("b23-en-02-georgia-kutaisi", "en", "2026-11-16T10:30:00Z",
    "Thousands rally in Kutaisi against Georgian Dream, police detain twelve",
    "KUTAISI, Georgia, Nov 16 – Thousands of people marched through Kutaisi, Georgia's third-largest city, on "
    "Sunday, the latest in a year of protests against the ruling Georgian Dream party and its suspension of the "
    "country's bid to join the European bloc. A smaller rally was held the same evening in Zugdidi.\n\n"
    "Protesters demanded fresh parliamentary elections and the release of activists jailed since last winter. "
    "Riot police detained twelve people after scuffles outside the Georgian Dream office in the city centre late "
    "on Sunday, police said.\n\n"
    "Kakha Kaladze, the party's secretary general, rejected the demand for a snap vote on Sunday evening, saying "
    "Georgian Dream \"will not hand power to the street\".\n\n"
    "The head of the Delegation of the European Union to Georgia, Pawel Herczynski, met opposition leaders and "
    "student representatives in Kutaisi on Saturday. He criticised the arrests of journalists as \"deeply "
    "worrying\".\n\n"
    "Former president Salome Zourabichvili, who addressed the Kutaisi rally, accused the government of "
    "\"turning Georgia into a police state\".\n\n"
    "The opposition United National Movement said it would join a nationwide strike called by student groups "
    "for next Friday. The Georgian Orthodox Church appealed for calm.",
    [("LOC", "Kutaisi", ["KUTAISI"], ["KUTAISI", "Kutaisi"]),
     ("LOC", "Georgia", ["Republic of Georgia", "Sakartvelo"], ["Georgia"]),
     ("ORG", "Georgian Dream", ["Georgian Dream – Democratic Georgia", "GD", "Kartuli Ocneba"], ["Georgian Dream"]),
     ("LOC", "Zugdidi", [], ["Zugdidi"]),
     ("PERSON", "Kakha Kaladze", ["Kaladze"], ["Kakha Kaladze"]),
     ("ORG", "Delegation of the European Union to Georgia", ["EU Delegation to Georgia", "EU Delegation in Georgia"],
      ["Delegation of the European Union to Georgia"]),
     ("PERSON", "Paweł Herczyński", ["Pawel Herczynski", "Herczynski", "Herczyński"], ["Pawel Herczynski"]),
     ("PERSON", "Salome Zourabichvili", ["Salome Zurabishvili", "Zourabichvili"], ["Salome Zourabichvili"]),
     ("ORG", "United National Movement", ["UNM", "Unity – National Movement"], ["United National Movement"]),
     ("ORG", "Georgian Orthodox Church", ["Georgian Orthodox and Apostolic Church"], ["Georgian Orthodox Church"])],
    [("14", "marched", "Kutaisi", "2026-11-15"), ("14", "rally", "Zugdidi", "2026-11-15"),
     ("10", "demanded", None, None), ("17", "detained", "Kutaisi", "2026-11-15"),
     ("12", "rejected", None, "2026-11-15"), ("04", "met", "Kutaisi", "2026-11-14"),
     ("11", "criticised", "Kutaisi", "2026-11-14"), ("11", "accused", "Kutaisi", "2026-11-15"),
     ("14", "strike", None, "2026-11-20")])

doc("b23-en-03-bolivia-oruro", "en", "2026-11-12T16:00:00Z",
    "Bolivian miners block roads in Oruro as Paz sends fuel bill to lawmakers",
    "ORURO, Bolivia, Nov 12 – Cooperative miners blocked the main highway between Oruro and Cochabamba on "
    "Wednesday and clashed with police near Caracollo, demanding the government scrap a decree that ends "
    "subsidised diesel for mining cooperatives.\n\n"
    "Police fired tear gas and arrested 14 miners after protesters threw sticks of dynamite, the Ministry of "
    "Government said. Two officers were hurt.\n\n"
    "The National Federation of Mining Cooperatives of Bolivia (FENCOMIN) threatened to march on the seat of "
    "government next Monday if the decree was not withdrawn. Its leader, Dionicio Mamani, accused President "
    "Rodrigo Paz of \"governing for the bankers\".\n\n"
    "Paz rejected the demand on Tuesday, telling reporters in Santa Cruz that fuel subsidies \"cost the country "
    "more than it earns from gas\". He sent a bill to the Plurinational Legislative Assembly on Wednesday to "
    "replace the subsidy with a targeted fuel voucher.\n\n"
    "At the Huanuni tin mine, the country's largest, workers of the state company Empresa Minera Huanuni began a "
    "48-hour strike on Thursday over unpaid bonuses.\n\n"
    "Separately, Mining Minister Carla Villarroel met executives of Minera San Cristóbal in the Potosí department "
    "on Tuesday and signed an agreement on water use with local communities.\n\n"
    "The Catholic Church's Bolivian Episcopal Conference offered to mediate between the miners and the government.",
    [("LOC", "Oruro", ["ORURO", "Oruro Department"], ["ORURO", "Oruro"]),
     ("LOC", "Bolivia", ["Plurinational State of Bolivia"], ["Bolivia"]),
     ("LOC", "Cochabamba", [], ["Cochabamba"]),
     ("LOC", "Caracollo", [], ["Caracollo"]),
     ("ORG", "Ministry of Government (Bolivia)", ["Bolivian Ministry of Government", "Ministerio de Gobierno"],
      ["Ministry of Government"]),
     ("ORG", "National Federation of Mining Cooperatives of Bolivia", [
         "FENCOMIN", "Federación Nacional de Cooperativas Mineras de Bolivia"],
      ["National Federation of Mining Cooperatives of Bolivia", "FENCOMIN"]),
     ("PERSON", "Dionicio Mamani", ["Dionisio Mamani", "Mamani"], ["Dionicio Mamani"]),
     ("PERSON", "Rodrigo Paz", ["Rodrigo Paz Pereira", "Paz"], ["Rodrigo Paz", "Paz"]),
     ("LOC", "Santa Cruz de la Sierra", ["Santa Cruz", "Santa Cruz (Bolivia)"], ["Santa Cruz"]),
     ("ORG", "Plurinational Legislative Assembly", ["Bolivian Congress", "Asamblea Legislativa Plurinacional", "ALP"],
      ["Plurinational Legislative Assembly"]),
     ("LOC", "Huanuni mine", ["Huanuni", "Posokoni mine"], ["Huanuni tin mine"]),
     ("ORG", "Empresa Minera Huanuni", ["EMH", "Huanuni Mining Company"], ["Empresa Minera Huanuni"]),
     ("PERSON", "Carla Villarroel", ["Villarroel"], ["Carla Villarroel"]),
     ("ORG", "Minera San Cristóbal", ["Minera San Cristobal", "San Cristóbal mine operator"], ["Minera San Cristóbal"]),
     ("LOC", "Potosí Department", ["Potosí", "Potosi", "Potosi Department"], ["Potosí department"]),
     ("ORG", "Bolivian Episcopal Conference", ["Conferencia Episcopal Boliviana", "CEB"],
      ["Bolivian Episcopal Conference"]),
     ("ORG", "Catholic Church", ["Roman Catholic Church"], ["Catholic Church"])],
    [("14", "blocked", "Oruro", "2026-11-11"), ("17", "arrested", "Caracollo", "2026-11-11"),
     ("10", "demanding", None, None), ("13", "threatened", None, None), ("11", "accused", None, None),
     ("12", "rejected", "Santa Cruz de la Sierra", "2026-11-10"), ("14", "strike", "Huanuni mine", "2026-11-12"),
     ("04", "met", "Potosí Department", "2026-11-10"), ("05", "signed", "Potosí Department", "2026-11-10"),
     ("03", "offered", None, None)])

doc("b23-fr-01-nord-kivu", "fr", "2026-11-27T13:00:00Z",
    "RDC : combats entre l'AFC/M23 et des Wazalendo près de Pinga, la Monusco évacue des blessés",
    "WALIKALE (RD Congo), 27 novembre – De violents combats ont opposé jeudi les rebelles de l'AFC/M23 et des "
    "miliciens Wazalendo autour de Pinga, dans le territoire de Walikale (province du Nord-Kivu), faisant au moins "
    "douze morts parmi les combattants, selon des sources locales.\n\n"
    "Mercredi soir, un obus est tombé sur le marché de Kanyabayonga, dans le territoire de Lubero, tuant quatre "
    "civils. Le gouverneur militaire du Nord-Kivu, le général Evariste Somo Kakule, a accusé l'AFC/M23 d'avoir "
    "« délibérément visé des civils », ce que le porte-parole politique du mouvement, Lawrence Kanyuka, a rejeté.\n\n"
    "La Mission de l'Organisation des Nations unies pour la stabilisation en RDC (Monusco) a évacué jeudi vingt "
    "blessés vers Butembo, et l'ONG Alima a distribué le même jour des kits médicaux aux centres de santé de Lubero.\n\n"
    "Le coordonnateur de l'AFC, Corneille Nangaa, a exigé mercredi la libération des membres du mouvement détenus "
    "par les autorités avant tout nouveau cycle de négociations.\n\n"
    "La société civile du Nord-Kivu a décrété une journée ville morte lundi à Butembo pour protester contre "
    "l'insécurité. Les délégations du gouvernement et de l'AFC/M23 doivent reprendre les pourparlers mardi prochain "
    "sous médiation qatarie.",
    [("LOC", "Walikale", ["Walikale Territory", "WALIKALE"], ["WALIKALE", "Walikale"]),
     ("LOC", "Democratic Republic of the Congo", ["DRC", "DR Congo", "RDC", "Congo-Kinshasa"], ["RD Congo", "RDC"]),
     ("ORG", "AFC/M23", ["M23", "March 23 Movement", "Alliance Fleuve Congo", "Congo River Alliance", "AFC"],
      ["AFC/M23", "AFC"]),
     ("ORG", "Wazalendo", ["Wazalendo militias", "Volontaires pour la défense de la patrie", "VDP"], ["Wazalendo"]),
     ("LOC", "Pinga", [], ["Pinga"]),
     ("LOC", "North Kivu", ["Nord-Kivu", "North Kivu Province"], ["province du Nord-Kivu", "Nord-Kivu"]),
     ("LOC", "Kanyabayonga", [], ["Kanyabayonga"]),
     ("LOC", "Lubero", ["Lubero Territory"], ["Lubero"]),
     ("PERSON", "Evariste Somo Kakule", ["Somo Kakule", "Évariste Somo Kakule"], ["Evariste Somo Kakule"]),
     ("PERSON", "Lawrence Kanyuka", ["Kanyuka"], ["Lawrence Kanyuka"]),
     ("ORG", "MONUSCO", ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
                         "Monusco"],
      ["Mission de l'Organisation des Nations unies pour la stabilisation en RDC", "Monusco"]),
     ("LOC", "Butembo", [], ["Butembo"]),
     ("ORG", "ALIMA", ["Alliance for International Medical Action", "Alima"], ["Alima"]),
     ("PERSON", "Corneille Nangaa", ["Nangaa"], ["Corneille Nangaa"])],
    [("19", "combats", "Pinga", "2026-11-26"), ("18", "obus", "Kanyabayonga", "2026-11-25"),
     ("11", "a accusé", None, None), ("12", "a rejeté", None, None),
     ("07", "a évacué", "Butembo", "2026-11-26"), ("07", "a distribué", "Lubero", "2026-11-26"),
     ("10", "a exigé", None, "2026-11-25"), ("14", "ville morte", "Butembo", "2026-11-30"),
     ("04", "pourparlers", None, "2026-12-01")])

doc("b23-fr-02-khouribga", "fr", "2026-11-19T15:00:00Z",
    "Maroc : grève des ouvriers sous-traitants de l'OCP à Khouribga, l'UMT menace d'étendre le mouvement",
    "KHOURIBGA (Maroc), 19 novembre – Des milliers d'ouvriers des sociétés sous-traitantes de l'Office chérifien "
    "des phosphates (OCP) ont observé mercredi une grève à Khouribga, à l'appel de l'Union marocaine du travail "
    "(UMT), qui exige leur intégration dans les effectifs du groupe et une hausse des salaires de 20 %.\n\n"
    "Dans la soirée, les forces de l'ordre ont dispersé un sit-in devant l'entrée du site minier de Sidi Chennane "
    "et interpellé huit personnes, selon les autorités locales.\n\n"
    "Le secrétaire régional de l'UMT, Abdelkrim Lahlou, a menacé d'étendre la grève aux sites de Benguerir et de "
    "Youssoufia si la direction « continue de fermer la porte au dialogue ».\n\n"
    "Le ministre de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences, Younes "
    "Sekkouri, avait reçu lundi les représentants du syndicat et de la direction du groupe, sans parvenir à un "
    "accord.\n\n"
    "L'Organisation marocaine des droits humains (OMDH) a dénoncé « des interpellations injustifiées ». Le groupe "
    "OCP s'est pour sa part dit prêt à ouvrir des négociations sur les primes de rendement.\n\n"
    "Une commission ministérielle doit se rendre à Khouribga jeudi prochain pour rencontrer les représentants "
    "des ouvriers et des élus de la province.",
    [("LOC", "Khouribga", ["KHOURIBGA", "Khouribga Province"], ["KHOURIBGA", "Khouribga"]),
     ("LOC", "Morocco", ["Kingdom of Morocco", "Maroc"], ["Maroc"]),
     ("ORG", "OCP Group", ["OCP", "Office chérifien des phosphates", "OCP SA"],
      ["Office chérifien des phosphates", "OCP"]),
     ("ORG", "Moroccan Labour Union", ["UMT", "Union marocaine du travail", "Moroccan Workers' Union"],
      ["Union marocaine du travail", "UMT"]),
     ("LOC", "Sidi Chennane", ["Sidi Chennane mine"], ["Sidi Chennane"]),
     ("PERSON", "Abdelkrim Lahlou", ["Lahlou"], ["Abdelkrim Lahlou"]),
     ("LOC", "Benguerir", ["Ben Guerir"], ["Benguerir"]),
     ("LOC", "Youssoufia", [], ["Youssoufia"]),
     ("PERSON", "Younes Sekkouri", ["Sekkouri"], ["Younes Sekkouri"]),
     ("ORG", "Moroccan Organization for Human Rights", ["OMDH", "Organisation marocaine des droits humains"],
      ["Organisation marocaine des droits humains", "OMDH"])],
    [("14", "une grève", "Khouribga", "2026-11-18"), ("10", "exige", None, None),
     ("17", "interpellé", "Sidi Chennane", "2026-11-18"), ("13", "a menacé", None, None),
     ("04", "avait reçu", None, "2026-11-16"), ("11", "a dénoncé", None, None),
     ("03", "prêt", None, None), ("04", "se rendre", "Khouribga", "2026-11-26")])

doc("b23-fr-03-canala", "fr", "2026-11-09T14:00:00Z",
    "Nouvelle-Calédonie : barrages à Canala contre l'accord de Bougival, Naïma Moutchou attendue vendredi",
    "CANALA (Nouvelle-Calédonie), 9 novembre – Des militants indépendantistes ont érigé samedi des barrages sur "
    "la route transversale menant à Canala, sur la côte Est de la Grande Terre, pour protester contre l'accord de "
    "Bougival sur l'avenir institutionnel de l'archipel.\n\n"
    "Dimanche à l'aube, les gendarmes ont dégagé les barrages et interpellé six personnes, a indiqué le parquet.\n\n"
    "L'Union calédonienne (UC) a exigé l'abandon du projet de loi constitutionnelle transposant l'accord et « le "
    "respect du droit à l'autodétermination du peuple kanak ». Son président, Emmanuel Tjibaou, a rejeté toute "
    "reprise des discussions « sous la pression des forces de l'ordre ».\n\n"
    "Le président du gouvernement de la Nouvelle-Calédonie, Alcide Ponga, a condamné les violences, puis a "
    "rencontré dimanche à Houaïlou les chefs coutumiers de la région.\n\n"
    "Le parti Les Loyalistes de Sonia Backès a accusé l'UC de « prendre la population en otage ». La province Nord "
    "a débloqué une aide d'urgence pour les familles de Canala privées de ravitaillement. Plusieurs écoles "
    "sont restées fermées lundi et des stations-service de la côte Est étaient à court de carburant.\n\n"
    "La ministre des Outre-mer, Naïma Moutchou, est attendue vendredi prochain à Houaïlou et à Canala.",
    [("LOC", "Canala", ["CANALA"], ["CANALA", "Canala"]),
     ("LOC", "New Caledonia", ["Nouvelle-Calédonie", "Kanaky"], ["Nouvelle-Calédonie"]),
     ("LOC", "Grande Terre", ["Grande-Terre"], ["Grande Terre"]),
     ("ORG", "Caledonian Union", ["UC", "Union calédonienne"], ["Union calédonienne", "UC"]),
     ("PERSON", "Emmanuel Tjibaou", ["Tjibaou"], ["Emmanuel Tjibaou"]),
     ("ORG", "Government of New Caledonia", ["gouvernement de la Nouvelle-Calédonie", "New Caledonian government"],
      ["gouvernement de la Nouvelle-Calédonie"]),
     ("PERSON", "Alcide Ponga", ["Ponga"], ["Alcide Ponga"]),
     ("LOC", "Houaïlou", ["Houailou"], ["Houaïlou"]),
     ("ORG", "Les Loyalistes", ["The Loyalists", "Loyalistes"], ["Les Loyalistes"]),
     ("PERSON", "Sonia Backès", ["Sonia Backes", "Backès"], ["Sonia Backès"]),
     ("ORG", "North Province (New Caledonia)", ["province Nord", "Northern Province (New Caledonia)", "Province Nord"],
      ["province Nord"]),
     ("PERSON", "Naïma Moutchou", ["Naima Moutchou", "Moutchou"], ["Naïma Moutchou"])],
    [("14", "barrages", "Canala", "2026-11-07"), ("17", "interpellé", "Canala", "2026-11-08"),
     ("10", "a exigé", None, None), ("12", "a rejeté", None, None), ("11", "a condamné", None, None),
     ("04", "a rencontré", "Houaïlou", "2026-11-08"), ("11", "a accusé", None, None),
     ("07", "a débloqué", "Canala", None), ("04", "attendue", "Houaïlou", "2026-11-13")])

write("blind23.jsonl")
