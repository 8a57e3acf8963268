# Writes practice_arplaces2.jsonl: 10 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces2,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them (the extractor's code and
# data and the README's notes on places were not read while they were written). The set is about PLACES in Arabic
# copy: villages, small towns, districts, neighbourhoods, camps, valleys, wadis, ports and border crossings of every
# Arab region, and foreign towns in a world story, written the ways Arabic news writes them (after في/من/إلى/قرب,
# شمال/جنوبي, ضواحي/أطراف, بلدة/قرية/مدينة/حي/منطقة/ولاية/محافظة/مديرية/قضاء/ناحية/مركز, with clitics, joined by و,
# in "بين X وY", in a dateline, after a distance, as the object of زار). Stories: floods on the Draa and in the
# Anti-Atlas (Morocco), a water crisis in Tiaret, El Bayadh and Naama (Algeria), a feud in Minya's Deir Mawas and
# Mallawi (Egypt), displacement in North and West Kordofan (Sudan), an incursion in Quneitra and raids in Hauran
# (Syria), Yazidi returns to Sinjar (Iraq), rain and wadis in Oman's Sharqiyah, the UAE and western Saudi Arabia,
# protests in Lahij and Abyan and fighting in Marib (Yemen), northern Kosovo's crossings (a world story), and
# Somalia's Middle Shabelle, Hiran, Lower Juba and Bay (the Horn). Gold
# names are the spelling English wire copy uses, with aliases for other common spellings. Real public figures in
# plausible roles as of late 2026; other officials and details are fictional. Entities that other sets' gold already
# names (overlap.py) were taken out of the texts before the extractor ever ran. Gold not edited to match output.
# Apache-2.0.
# Run: python3 make_practice_arplaces2.py
from gold import doc, write

doc("pap2-ar-01-draa", "ar", "2026-11-23T08:00:00Z",
    "فيضانات وادي درعة تعزل دواوير في أقاليم ورزازات وزاكورة وطاطا ووزير التجهيز يزور أولاد برحيل",
    "ورزازات - عزلت فيضانات وادي درعة وروافده، أمس الأحد، عشرات الدواوير في أقاليم ورزازات وزاكورة وطاطا جنوب المغرب، بعد أمطار غزيرة تساقطت على مرتفعات الأطلس الصغير، بحسب السلطات المحلية.\n"
    "وقال مصدر في عمالة ورزازات إن السيول جرفت قنطرة تربط بلدة تازناخت بجماعة خزامة، وقطعت الطريق بين تالوين وتازناخت لساعات، فيما غمرت المياه منازل في حي تاصومعت بمدينة ورزازات.\n"
    "وزار وزير التجهيز والماء صباح اليوم بلدة أولاد برحيل، وتفقد فرق الوقاية المدنية التي أجلت أكثر من 300 أسرة من قرى في جماعتي أيت إيعزة وإغرم إلى مراكز إيواء.\n"
    "وأرسلت السلطات قافلة مساعدات من 40 شاحنة إلى إقليم طاطا، وصلت أولاها إلى أقا وفم الحصن مساء أمس.\n"
    "وفي إقليم زاكورة، علقت المديرية الإقليمية للتعليم الدراسة في مدارس تامكروت وأكدز، كما علقت السلطات الدراسة في سكورة بعد ارتفاع منسوب الأودية.\n"
    "واحتج عشرات السكان في بلدة أيت إيعزة على ما وصفوه بتأخر وصول المساعدات، وطالبوا بإنشاء سدود تلية على روافد الوادي.\n"
    "وعلى بعد 60 كيلومترا غربي أولاد برحيل، قال رئيس جماعة أولاد تايمة إن مياه الفيضانات أتلفت مئات الهكتارات من ضيعات الحوامض.",
    [("LOC", "Ouarzazate", ["Ouarzazate Province"], ["ورزازات"]),
     ("LOC", "Draa River", ["Oued Draa", "Wadi Draa", "Drâa River", "Draa"], ["وادي درعة"]),
     ("LOC", "Zagora", ["Zagora Province"], ["زاكورة", "إقليم زاكورة"]),
     ("LOC", "Tata", ["Tata Province"], ["طاطا", "إقليم طاطا"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Anti-Atlas", ["Anti Atlas", "Lesser Atlas"], ["الأطلس الصغير"]),
     ("LOC", "Taznakht", ["Taznakhte"], ["تازناخت"]),
     ("LOC", "Khouzama", ["Khozama", "Khuzama"], ["خزامة"]),
     ("LOC", "Taliouine", ["Taliwine"], ["تالوين"]),
     ("LOC", "Tassoumaat", ["Hay Tassoumaat", "Tasoumaat"], ["تاصومعت", "حي تاصومعت"]),
     ("LOC", "Oulad Berhil", ["Ouled Berhil", "Awlad Berhil"], ["أولاد برحيل"]),
     ("ORG", "Civil Protection (Morocco)", ["Moroccan Civil Protection", "General Directorate of Civil Protection"], ["الوقاية المدنية"]),
     ("LOC", "Ait Iaaza", ["Aït Iaaza", "Ait Iazza"], ["أيت إيعزة"]),
     ("LOC", "Igherm", ["Irherm"], ["إغرم"]),
     ("LOC", "Akka", ["Aqqa"], ["أقا"]),
     ("LOC", "Foum El Hisn", ["Fam El Hisn", "Foum el-Hisn", "Foum Lhisn"], ["فم الحصن"]),
     ("LOC", "Tamegroute", ["Tamgrout", "Tamegrout"], ["تامكروت"]),
     ("LOC", "Agdz", ["Agdez"], ["أكدز"]),
     ("LOC", "Skoura", [], ["سكورة"]),
     ("LOC", "Oulad Teima", ["Ouled Teima", "Oulad Taima"], ["أولاد تايمة"])],
    [("04", "وزار", "Oulad Berhil", "2026-11-23"), ("07", "وأرسلت", "Tata", None),
     ("14", "واحتج", "Ait Iaaza", None), ("10", "وطالبوا", None, None)])

doc("pap2-ar-02-tiaret", "ar", "2026-11-26T09:00:00Z",
    "احتجاجات على أزمة العطش في ولاية تيارت ووزير الري يزور فرندة",
    "تيارت - أغلق مئات المحتجين، أمس الأربعاء، الطريق الرابط بين فرندة وعين الحديد بالحجارة والعجلات المطاطية، احتجاجا على انقطاع مياه الشرب عن أحيائهم منذ أكثر من أسبوعين، بحسب ما أفادت مصادر محلية.\n"
    "كما تجمع سكان قرى في بلديات مدريسة والسوقر وقصر الشلالة أمام مقرات البلديات، وطالبوا السلطات بتسريع إنجاز مشروع جلب المياه من الولايات المجاورة.\n"
    "وزار وزير الري طه دربال، صباح اليوم، مدينة فرندة، حيث تفقد محطة الضخ الرئيسية، وأعلن تخصيص 40 صهريجا لتزويد سكان الأحياء المتضررة بالمياه إلى غاية إصلاح الأعطاب.\n"
    "وقال الوزير للصحفيين إن أشغال إنجاز 12 بئرا عميقة في منطقة الرحوية ستنتهي مطلع العام المقبل، وستزود بلديتي مهدية وحمادية بالمياه.\n"
    "وفي ولاية البيض المجاورة، نظم سكان بلدتي بريزينة والأبيض سيدي الشيخ مسيرة سلمية للمطالبة بإعادة فتح الطريق المؤدي إلى قصور المنطقة، المغلق منذ انهيار جزء منه في الشتاء الماضي.\n"
    "وفي ولاية النعامة، قال والي الولاية إن 12 قرية في بلديتي عين الصفراء والمشرية تعاني من انقطاع المياه منذ بداية الشهر، وإن السلطات ستنجز آبارا جديدة لتزويدها.",
    [("LOC", "Tiaret", ["Tiaret Province", "Tihert"], ["تيارت", "ولاية تيارت"]),
     ("LOC", "Frenda", [], ["فرندة"]),
     ("LOC", "Ain El Hadid", ["Aïn El Hadid", "Ain el-Hadid"], ["عين الحديد"]),
     ("LOC", "Medrissa", ["Medrissa (Tiaret)"], ["مدريسة"]),
     ("LOC", "Sougueur", ["Souguer"], ["السوقر"]),
     ("LOC", "Ksar Chellala", ["Ksar Chellala (Tiaret)", "Qasr al-Shalala"], ["قصر الشلالة"]),
     ("PERSON", "Taha Derbal", [], ["طه دربال"]),
     ("LOC", "Rahouia", ["Rahouïa"], ["الرحوية"]),
     ("LOC", "Mahdia", ["Mahdia (Tiaret)"], ["مهدية"]),
     ("LOC", "Hamadia", ["Hamadia (Tiaret)"], ["حمادية"]),
     ("LOC", "El Bayadh", ["El Bayadh Province", "Al-Bayadh"], ["البيض", "ولاية البيض"]),
     ("LOC", "Brezina", ["Brézina"], ["بريزينة"]),
     ("LOC", "El Abiodh Sidi Cheikh", ["El Abiodh Sidi Chikh", "Al-Abyad Sidi al-Shaykh"], ["الأبيض سيدي الشيخ"]),
     ("LOC", "Naama", ["Naâma", "Naama Province"], ["النعامة", "ولاية النعامة"]),
     ("LOC", "Ain Sefra", ["Aïn Sefra", "Ain Safra"], ["عين الصفراء"]),
     ("LOC", "Mecheria", ["Méchéria"], ["المشرية"])],
    [("14", "أغلق", "Frenda", "2026-11-25"), ("14", "تجمع", "Medrissa", None), ("10", "وطالبوا", None, None),
     ("04", "وزار", "Frenda", "2026-11-26"), ("14", "مسيرة", "Brezina", None)])

doc("pap2-ar-03-minya", "ar", "2026-11-29T08:00:00Z",
    "حملة أمنية في قرية دلجا بمركز ديرمواس بعد مقتل 3 في خصومة ثأرية",
    "ملوي (مصر) - شنت قوات الأمن المصرية، فجر أمس السبت، حملة مداهمات في قرية دلجا التابعة لمركز ديرمواس في صعيد البلاد، وألقت القبض على 11 متهما في مشاجرة بالأسلحة النارية بين عائلتين أسفرت عن مقتل 3 أشخاص، بحسب مصدر أمني.\n"
    "وقال المصدر إن الحملة ضبطت 9 بنادق آلية في منازل بالقرية وفي عزبة مجاورة.\n"
    "ونظم أهالي قرية الشيخ عبادة بمركز ملوي وقفة أمام مبنى مجلس المدينة في ملوي، طالبوا فيها بإنهاء الخصومة الثأرية الممتدة منذ سنوات.\n"
    "وعقد المحافظ عماد كدواني اجتماعا مع لجنة المصالحات في مدينة أبو قرقاص، بحضور ممثلين عن بيت العائلة المصرية، لبحث إتمام الصلح بين العائلتين.\n"
    "وفي شمال المحافظة، أعلنت مديرية الأمن ضبط 4 متهمين بإطلاق النار على حافلة ركاب على الطريق بين سمالوط ومطاي، فيما تواصل الشرطة تمشيط الزراعات في بني مزار ومغاغة.\n"
    "وأفاد مصدر أمني بأن قوات من الأمن المركزي انتشرت في قريتي تونا الجبل والأشمونين غرب ملوي، تحسبا لأي أعمال انتقامية، فيما تستعد مديرية الأوقاف لعقد جلسة صلح في مدينة العدوة الأسبوع المقبل.\n"
    "وكانت قرية الريرمون التابعة لمركز ملوي قد شهدت مشاجرة مماثلة الشهر الماضي انتهت بصلح عرفي برعاية كبار العائلات.",
    [("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("LOC", "Dalga", ["Dalja"], ["دلجا"]),
     ("LOC", "Deir Mawas", ["Dayr Mawas", "Deir Mowas"], ["ديرمواس", "مركز ديرمواس"]),
     ("LOC", "Sheikh Abada", ["El Sheikh Ibada", "Al-Sheikh Abada", "Sheikh Ibada"], ["الشيخ عبادة"]),
     ("LOC", "Mallawi", ["Malawi (Egypt)", "Mallawy"], ["ملوي", "مركز ملوي"]),
     ("PERSON", "Emad Kadwani", ["Imad Kadwani", "Emad Kedwani"], ["عماد كدواني"]),
     ("LOC", "Abu Qurqas", ["Abu Qirqas", "Abu Kerkas"], ["أبو قرقاص"]),
     ("ORG", "Egyptian Family House", ["Family House", "Bayt al-Aila"], ["بيت العائلة المصرية"]),
     ("LOC", "Samalut", ["Samallut", "Samalout"], ["سمالوط"]),
     ("LOC", "Matai", ["Maghagha (Matay)", "Matay"], ["مطاي"]),
     ("LOC", "Beni Mazar", ["Bani Mazar"], ["بني مزار"]),
     ("LOC", "Maghagha", ["Maghaghah"], ["مغاغة"]),
     ("ORG", "Central Security Forces", ["Central Security Forces (Egypt)", "CSF"], ["الأمن المركزي"]),
     ("LOC", "Tuna el-Gebel", ["Tuna al-Jabal", "Tuna El Gebel", "Tuna el-Jebel"], ["تونا الجبل"]),
     ("LOC", "Al-Ashmunein", ["El Ashmunein", "Ashmunein", "Hermopolis"], ["الأشمونين"]),
     ("LOC", "El Idwa", ["Al-Idwa", "Al-Edwa", "El Edwa"], ["العدوة"]),
     ("LOC", "Al-Rayramun", ["El Rayramoun", "Rayramun", "Al-Rairamoun"], ["الريرمون"])],
    [("17", "وألقت القبض", "Dalga", "2026-11-28"), ("14", "وقفة", "Mallawi", None),
     ("10", "طالبوا", None, None), ("04", "اجتماعا", "Abu Qurqas", None), ("17", "ضبط", None, None),
     ("04", "جلسة صلح", "El Idwa", None)])

doc("pap2-ar-04-kordofan", "ar", "2026-11-24T08:00:00Z",
    "نزوح آلاف الأسر من قرى شمال كردفان وقافلة مساعدات تصل بابنوسة",
    "الأبيض (السودان) - قالت مفوضية العون الإنساني، أمس الاثنين، إن أكثر من 9 آلاف أسرة نزحت خلال أسبوع من قرى في محليات بارا وأم روابة والرهد بولاية شمال كردفان، بعد تجدد المعارك في محيط بلدتي كازقيل وأم صميمة جنوبي مدينة الأبيض.\n"
    "وأضافت المفوضية أن معظم النازحين وصلوا إلى أطراف الأبيض وإلى مدينة الرهد، فيما لجأ آخرون إلى قرى الدبيبات على الطريق المؤدي إلى جنوب الولاية.\n"
    "وقال مسؤول محلي إن قصفا بالطائرات المسيرة استهدف سوق بلدة أم سيالة، ما أدى إلى مقتل 6 مدنيين وإصابة العشرات.\n"
    "وفي ولاية غرب كردفان، وصلت قافلة من 25 شاحنة محملة بالمواد الغذائية إلى مدينة بابنوسة قادمة من الفولة، بعد أشهر من الحصار، فيما نزح آلاف من النهود والخوي إلى جبرة الشيخ.\n"
    "وطالب والي شمال كردفان عبد الخالق عبد اللطيف المنظمات الدولية بتوفير مراكز إيواء للنازحين في المدارس الحكومية بالأبيض وأم روابة، محذرا من تفشي الأمراض مع اقتراب فصل الشتاء.\n"
    "وفي محلية شيكان، قال مزارعون إن المعارك منعتهم من حصاد محاصيل الفول السوداني والذرة في قرى كاجا سروج وأبو حراز، وإن آلاف الأفدنة باتت مهددة بالتلف.",
    [("LOC", "El Obeid", ["Al-Ubayyid", "Al-Obeid", "El-Obeid"], ["الأبيض"]),
     ("LOC", "Sudan", ["Republic of Sudan"], ["السودان"]),
     ("LOC", "Bara", [], ["بارا"]),
     ("LOC", "Um Rawaba", ["Umm Ruwaba", "Um Ruwaba", "Umm Rawaba"], ["أم روابة"]),
     ("LOC", "Er Rahad", ["Al-Rahad", "El Rahad", "Rahad"], ["الرهد"]),
     ("LOC", "North Kordofan", ["North Kordofan State"], ["شمال كردفان", "ولاية شمال كردفان"]),
     ("LOC", "Kazgil", ["Kazgeil", "Kazqil"], ["كازقيل"]),
     ("LOC", "Um Sumeima", ["Umm Sumeima", "Um Sumaymah", "Umm Sumayma"], ["أم صميمة"]),
     ("LOC", "Dubeibat", ["El Dubeibat", "Al-Dubaybat", "Dibeibat"], ["الدبيبات"]),
     ("ORG", "Humanitarian Aid Commission", ["HAC", "Humanitarian Aid Commission (Sudan)"], ["مفوضية العون الإنساني"]),
     ("LOC", "Um Sayala", ["Umm Sayala", "Um Siyala"], ["أم سيالة"]),
     ("LOC", "West Kordofan", ["West Kordofan State"], ["غرب كردفان", "ولاية غرب كردفان"]),
     ("LOC", "Babanusa", ["Babanousa"], ["بابنوسة"]),
     ("LOC", "Al-Fula", ["El Fula", "Al Fulah", "Fula"], ["الفولة"]),
     ("LOC", "En Nahud", ["El Nahud", "Al-Nahud", "Al-Nuhud", "El Nuhud"], ["النهود"]),
     ("LOC", "Al-Khuwei", ["El Khuwei", "Al-Khowei", "Khuwei"], ["الخوي"]),
     ("LOC", "Jabrat al-Sheikh", ["Jebra al-Sheikh", "Jabrat El Sheikh", "Gabrat al-Sheikh"], ["جبرة الشيخ"]),
     ("LOC", "Sheikan", ["Shaykan", "Sheikan locality"], ["شيكان"]),
     ("LOC", "Kaja Saruj", ["Kaja Sarouj", "Kaga Saroug"], ["كاجا سروج"]),
     ("LOC", "Abu Haraz (North Kordofan)", ["Abu Haraz", "Abu Haraz (Kordofan)"], ["أبو حراز"]),
     ("PERSON", "Abdel Khaliq Abdel Latif", ["Abdelkhalig Abdellatif", "Abdul Khaliq Abdul Latif"], ["عبد الخالق عبد اللطيف"])],
    [("19", "قصفا", "Um Sayala", None), ("07", "وصلت قافلة", "Babanusa", None),
     ("10", "وطالب", None, None)])

doc("pap2-ar-05-quneitra-hauran", "ar", "2026-11-16T08:00:00Z",
    "توغل إسرائيلي في ريف القنيطرة وحملة أمنية في نوى وجاسم",
    "نوى (سوريا) - توغلت قوة إسرائيلية مؤلفة من 6 آليات عسكرية، فجر أمس الأحد، في بلدة جباتا الخشب بريف القنيطرة الشمالي، وداهمت منازل واعتقلت 3 شبان قبل أن تنسحب باتجاه خط وقف إطلاق النار، بحسب مصادر محلية.\n"
    "وأفادت المصادر بأن القوة أقامت حاجزا مؤقتا على الطريق بين خان أرنبة وبلدة حضر، وفتشت المارة لساعات، فيما حلقت طائرات استطلاع فوق قريتي بيت جن ومزرعة بيت جن.\n"
    "وقال سكان إنهم أبلغوا قوة الأمم المتحدة لمراقبة فض الاشتباك بالتوغل، الذي وصفوه بأنه انتهاك لاتفاقية عام 1974 مع إسرائيل.\n"
    "وفي ريف حوران الغربي، اعتقلت قوات الأمن 7 مطلوبين خلال حملة تفتيش في مدينتي نوى وجاسم، بعد هجوم استهدف حاجزا عند مدخل بلدة طفس.\n"
    "واندلعت مساء السبت اشتباكات بين قوات الأمن ومسلحين محليين في محيط بلدة إنخل، قتل فيها عنصران.\n"
    "وعلى بعد 30 كيلومترا شرق نوى، أعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية وصول قافلة مساعدات إلى مدينة الصنمين، تضم مواد غذائية وطبية لأكثر من 5 آلاف أسرة نازحة من قرى منطقة الجيدور وبلدتي الحراك وبصرى الحرير.\n"
    "كما أفاد سكان في بلدة الرفيد جنوب القنيطرة بتحليق مسيرات إسرائيلية فوق منازلهم طوال الليل.",
    [("LOC", "Nawa", ["Nawa city"], ["نوى"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("LOC", "Jubata al-Khashab", ["Jubata al-Khashb", "Jubbata al-Khashab", "Jubata Al Khashab"], ["جباتا الخشب"]),
     ("LOC", "Quneitra", ["Quneitra Governorate", "Al-Qunaytirah", "Kuneitra"], ["القنيطرة"]),
     ("LOC", "Khan Arnabah", ["Khan Arnabeh", "Khan Arnaba"], ["خان أرنبة"]),
     ("LOC", "Hadar", ["Hader", "Hadar (Quneitra)"], ["حضر"]),
     ("LOC", "Beit Jinn", ["Beit Jin", "Bayt Jinn"], ["بيت جن"]),
     ("LOC", "Mazraat Beit Jinn", ["Mazraat Beit Jin", "Mazra'at Bayt Jinn"], ["مزرعة بيت جن"]),
     ("ORG", "United Nations Disengagement Observer Force", ["UNDOF", "UN Disengagement Observer Force"],
      ["قوة الأمم المتحدة لمراقبة فض الاشتباك"]),
     ("LOC", "Israel", ["State of Israel"], ["إسرائيل"]),
     ("LOC", "Hauran", ["Houran", "Hawran"], ["حوران"]),
     ("LOC", "Jasim", ["Jassem", "Jasem"], ["جاسم"]),
     ("LOC", "Tafas", [], ["طفس"]),
     ("LOC", "Inkhil", ["Inkhel", "Ankhal"], ["إنخل"]),
     ("ORG", "UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UNOCHA"],
      ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
     ("LOC", "Al-Sanamayn", ["Sanamayn", "As-Sanamayn", "Al-Sanamein"], ["الصنمين"]),
     ("LOC", "Jaydur", ["Al-Jaydur", "Jaidour", "Jaydour"], ["الجيدور"]),
     ("LOC", "Al-Harak", ["Harak", "Al-Hirak", "Al Harrak"], ["الحراك"]),
     ("LOC", "Busra al-Harir", ["Busra al-Hariri", "Bosra al-Harir"], ["بصرى الحرير"]),
     ("LOC", "Al-Rafid", ["Ar-Rafid", "Al Rafid"], ["الرفيد"])],
    [("17", "واعتقلت", "Jubata al-Khashab", "2026-11-15"), ("17", "اعتقلت", "Nawa", None), ("19", "اشتباكات", "Inkhil", "2026-11-14"),
     ("07", "وصول قافلة مساعدات", "Al-Sanamayn", None)])

doc("pap2-ar-06-sinjar", "ar", "2026-11-19T08:00:00Z",
    "وزيرة الهجرة العراقية تزور سنجار وعودة 300 أسرة إيزيدية إلى قراها",
    "سنجار (العراق) - زارت وزيرة الهجرة والمهجرين العراقية إيفان فائق جابرو، أمس الأربعاء، قضاء سنجار شمال غربي البلاد، وتفقدت مشاريع إعادة الإعمار في ناحية سنوني ومجمع تل قصب، بالتزامن مع عودة 300 أسرة إيزيدية من مخيمات النزوح في الشمال.\n"
    "وقالت الوزيرة إن الأسر غادرت مخيمي شاريا وخانكي على متن حافلات وصلت إلى سنجار عبر تلعفر، وإن كل أسرة ستتسلم منحة مالية بقيمة 4 ملايين دينار.\n"
    "واجتمعت جابرو في مدينة تلعفر مع المحافظ عبد القادر الدخيل، وبحثا إعادة تأهيل المستشفى العام في سنجار وشبكات المياه في قرى ناحية القحطانية.\n"
    "وفي سهل نينوى، احتج عشرات من سكان بلدة برطلة في قضاء الحمدانية على ما وصفوه بالتغيير الديموغرافي، وطالبوا السلطات بحماية ملكية الأراضي، فيما نظم مسيحيون من قرقوش وبعشيقة وقفة تضامنية معهم.\n"
    "وعلى بعد 60 كيلومترا شمال سنجار، قصفت مسيرة تركية موقعا لوحدات مقاومة سنجار قرب ناحية ربيعة الحدودية مع سوريا، ما أدى إلى مقتل مسلحين اثنين، بحسب مصادر أمنية.\n"
    "وأدان المتحدث باسم الحكومة باسم العوادي القصف، وطالب تركيا بوقف الانتهاكات المتكررة لسيادة العراق.",
    [("LOC", "Sinjar", ["Shingal", "Sinjar District"], ["سنجار", "قضاء سنجار"]),
     ("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("PERSON", "Evan Faeq Jabro", ["Evan Jabro", "Ivan Faiq Jabro", "Evan Faiq Jabro"], ["إيفان فائق جابرو", "جابرو"]),
     ("LOC", "Sinuni", ["Snuny", "Sinune", "Sinuni subdistrict"], ["سنوني", "ناحية سنوني"]),
     ("LOC", "Tel Qasab", ["Tal Qasab", "Tel Qasab complex"], ["تل قصب", "مجمع تل قصب"]),
     ("LOC", "Sharya camp", ["Sharia camp", "Shariya camp"], ["شاريا"]),
     ("LOC", "Khanke camp", ["Khanke", "Khanki camp"], ["خانكي"]),
     ("LOC", "Tal Afar", ["Tel Afar", "Tal Afar District"], ["تلعفر"]),
     ("PERSON", "Abdulqader al-Dakhil", ["Abdul Qadir al-Dakhil", "Abdulqadir al-Dakheel", "Abdel Qader al-Dakhil"], ["عبد القادر الدخيل"]),
     ("LOC", "Al-Qahtaniya", ["Qahtaniya", "Qahtaniyah", "Al-Qahtaniyah"], ["القحطانية", "ناحية القحطانية"]),
     ("LOC", "Nineveh Plains", ["Nineveh Plain"], ["سهل نينوى"]),
     ("LOC", "Bartella", ["Bartalla", "Bartella town"], ["برطلة"]),
     ("LOC", "Al-Hamdaniya", ["Hamdaniya", "Hamdaniya District", "Al-Hamdaniyah"], ["الحمدانية", "قضاء الحمدانية"]),
     ("LOC", "Qaraqosh", ["Bakhdida", "Baghdeda"], ["قرقوش"]),
     ("LOC", "Bashiqa", ["Bashiqa town", "Bashiqa (Nineveh)", "Baashiqa"], ["بعشيقة"]),
     ("ORG", "Sinjar Resistance Units", ["YBS", "Yekineyen Berxwedana Sengale"], ["وحدات مقاومة سنجار"]),
     ("LOC", "Rabia", ["Rabiaa", "Rabi'a", "Rabia subdistrict"], ["ربيعة", "ناحية ربيعة"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("PERSON", "Basim al-Awadi", ["Basim Al-Awadi", "Bassem al-Awadi", "Basem al-Awadi"], ["باسم العوادي"]),
     ("LOC", "Turkey", ["Türkiye", "Republic of Turkey"], ["تركيا"])],
    [("04", "زارت", "Sinjar", "2026-11-18"), ("04", "واجتمعت", "Tal Afar", "2026-11-18"),
     ("14", "احتج", "Bartella", None), ("10", "وطالبوا", None, None), ("14", "وقفة تضامنية", "Qaraqosh", None),
     ("19", "قصفت", "Rabia", None), ("11", "وأدان", None, None), ("10", "وطالب", None, None)])

doc("pap2-ar-07-sharqiyah-wadis", "ar", "2026-11-20T08:00:00Z",
    "أمطار غزيرة تغلق أودية في شمال الشرقية وإجلاء عائلات في المضيبي",
    "إبراء - أغلقت الجهات المختصة، أمس الخميس، عددا من الطرق في محافظتي شمال الشرقية وجنوب الشرقية بسلطنة عمان بعد جريان الأودية إثر أمطار غزيرة، وأجلت 45 عائلة من قرى في ولاية المضيبي.\n"
    "وقالت هيئة الدفاع المدني والإسعاف إن فرقها أنقذت 12 شخصا علقت مركباتهم في وادي بني خالد ووادي الطائيين، فيما انقطعت الكهرباء عن أجزاء من ولايتي بدية وسناو.\n"
    "وفي ولاية الحمراء، غمرت المياه مزارع النخيل في قرية مسفاة العبريين، كما جرى وادي بني خروص ووادي السحتن لساعات.\n"
    "وزار وزير الإسكان والتخطيط العمراني خلفان الشعيلي المناطق المتضررة في إبراء والقابل، ووجه بصرف مساعدات عاجلة للأسر المتضررة.\n"
    "وفي الإمارات، أعلنت السلطات تسجيل أعلى كمية أمطار في منطقة خطم الملاحة على الساحل الشرقي، كما شهدت حتا ومليحة جريان الأودية، ودعت الشرطة السائقين إلى تجنب بطون الأودية.\n"
    "وفي السعودية، علقت إدارة التعليم الدراسة الحضورية في محافظات القنفذة والليث وأضم جنوب مكة المكرمة، بعد تحذيرات من أمطار غزيرة وسيول.\n"
    "وفي ولاية دماء والطائيين، قالت السلطات المحلية إن السيول قطعت الطرق المؤدية إلى قرى الوادي لساعات.",
    [("LOC", "Ibra", [], ["إبراء"]),
     ("LOC", "North Al Sharqiyah", ["Ash Sharqiyah North", "North Sharqiyah", "North Al Sharqiyah Governorate"], ["شمال الشرقية"]),
     ("LOC", "South Al Sharqiyah", ["Ash Sharqiyah South", "South Sharqiyah", "South Al Sharqiyah Governorate"], ["جنوب الشرقية"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان", "عمان"]),
     ("LOC", "Al Mudhaibi", ["Al-Mudaybi", "Mudhaibi", "Al Mudaybi"], ["المضيبي", "ولاية المضيبي"]),
     ("ORG", "Civil Defence and Ambulance Authority", ["CDAA", "Civil Defence and Ambulance Authority (Oman)"],
      ["هيئة الدفاع المدني والإسعاف"]),
     ("LOC", "Wadi Bani Khalid", ["Wadi Bani Khaled"], ["وادي بني خالد"]),
     ("LOC", "Wadi Tayin", ["Wadi al-Tayin", "Wadi Al Tayeen", "Wadi Tayeen"], ["وادي الطائيين"]),
     ("LOC", "Dima Wa Al Tayin", ["Dima Wattayeen", "Dima wa al-Taiyin", "Dima and Tayin"], ["دماء والطائيين"]),
     ("LOC", "Bidiyah", ["Bidiya", "Badiyah"], ["بدية"]),
     ("LOC", "Sinaw", ["Sinaw (Oman)"], ["سناو"]),
     ("LOC", "Al Hamra", ["Al-Hamra", "Al Hamra (Oman)"], ["الحمراء", "ولاية الحمراء"]),
     ("LOC", "Misfat al Abriyeen", ["Misfat Al Abriyin", "Misfah al-Abriyin", "Misfat"], ["مسفاة العبريين"]),
     ("LOC", "Wadi Bani Kharus", ["Wadi Bani Kharous", "Wadi Bani Kharusi"], ["وادي بني خروص"]),
     ("LOC", "Wadi Sahtan", ["Wadi Al Sahtan", "Wadi As Sahtan"], ["وادي السحتن"]),
     ("PERSON", "Khalfan al-Shueili", ["Khalfan bin Saeed al-Shueili", "Khalfan Al Shueili", "Khalfan al-Shuaili"], ["خلفان الشعيلي"]),
     ("LOC", "Al Qabil", ["Al-Qabil", "Al Qabel"], ["القابل"]),
     ("LOC", "United Arab Emirates", ["UAE", "Emirates"], ["الإمارات"]),
     ("LOC", "Khatm Al Melaha", ["Khatm Al Malaha", "Khatam Al Melaha"], ["خطم الملاحة"]),
     ("LOC", "Hatta", [], ["حتا"]),
     ("LOC", "Mleiha", ["Mleiha (Sharjah)", "Maleha"], ["مليحة"]),
     ("LOC", "Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"], ["السعودية"]),
     ("LOC", "Al Qunfudhah", ["Qunfudhah", "Al-Qunfudah", "Al Qunfudah"], ["القنفذة"]),
     ("LOC", "Al Lith", ["Al-Lith", "Lith"], ["الليث"]),
     ("LOC", "Adham", ["Adham Governorate"], ["أضم"]),
     ("LOC", "Mecca", ["Makkah", "Makkah al-Mukarramah"], ["مكة المكرمة"])],
    [("04", "وزار", "Ibra", None)])

doc("pap2-ar-08-lahij-marib", "ar", "2026-11-28T08:00:00Z",
    "احتجاجات في الحوطة وزنجبار على انقطاع الكهرباء وهجمات على مواقع الجيش في صرواح",
    "الحوطة (اليمن) - خرج مئات المحتجين، مساء أمس الجمعة، في شوارع مدينة الحوطة ومديرية تبن بمحافظة لحج، احتجاجا على انقطاع الكهرباء لأكثر من 16 ساعة يوميا، وأغلقوا بالإطارات المشتعلة الطريق الرئيسي وسط المدينة.\n"
    "وفي محافظة أبين، نظم سكان مدن زنجبار وجعار ولودر ومودية وقفات احتجاجية مماثلة، وطالبوا الحكومة بإقالة مسؤولي قطاع الكهرباء في المحافظة.\n"
    "وقال مسؤول في قطاع الكهرباء إن سفينة تحمل 30 ألف طن من الديزل ستصل ميناء المخا الأسبوع المقبل، وستنقل حمولتها إلى محطات التوليد في التربة والمواسط وطور الباحة.\n"
    "وفي مأرب، قال الجيش اليمني إن مسلحين شنوا هجوما على مواقعه في جبهة الكسارة غربي صرواح، وقصفوا بالمدفعية قرى في مديرية رغوان، ما أدى إلى إصابة 4 مدنيين.\n"
    "وأضاف أن قواته صدت هجوما آخر في مديرية الجوبة جنوبي مأرب، وقتلت 7 من المهاجمين.\n"
    "وزار وزير الدفاع محسن الداعري مدينة ردفان ومديرية الملاح، والتقى قيادات المنطقة العسكرية الرابعة، وبحث معهم تأمين الطريق بين العند وكرش.\n"
    "وكانت مديرية المسيمير قد شهدت الأسبوع الماضي احتجاجات مماثلة قطع خلالها المحتجون الطريق لساعات.",
    [("LOC", "Al-Houta", ["Al Hawtah", "Al-Hawta", "Houta"], ["الحوطة"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("LOC", "Tuban", ["Tuban district", "Tiban"], ["تبن"]),
     ("LOC", "Lahij", ["Lahj", "Lahij Governorate"], ["لحج", "محافظة لحج"]),
     ("LOC", "Abyan", ["Abyan Governorate"], ["أبين", "محافظة أبين"]),
     ("LOC", "Zinjibar", ["Zinjibar city"], ["زنجبار"]),
     ("LOC", "Jaar", ["Ja'ar", "Jaʿar"], ["جعار"]),
     ("LOC", "Lawdar", ["Loder", "Lowder", "Lawder"], ["لودر"]),
     ("LOC", "Mudiyah", ["Mudiya", "Mudia", "Mudiyah district"], ["مودية"]),
     ("LOC", "Port of Mocha", ["Mocha port", "Mokha port", "Port of Mokha"], ["ميناء المخا"]),
     ("LOC", "Al-Turbah", ["Turbah", "Al Turbah", "At-Turbah"], ["التربة"]),
     ("LOC", "Al-Mawasit", ["Al Mawasit", "Mawasit"], ["المواسط"]),
     ("LOC", "Tur al-Bahah", ["Tur Al Bahah", "Tor al-Baha", "Tur al-Baha"], ["طور الباحة"]),
     ("LOC", "Marib", ["Ma'rib", "Marib Governorate"], ["مأرب"]),
     ("ORG", "Yemeni Army", ["Yemeni army", "Yemeni government forces", "Yemen Army"], ["الجيش اليمني"]),
     ("LOC", "Al-Kassara", ["Kassara", "Al-Kasara", "Al-Kassarah"], ["الكسارة", "جبهة الكسارة"]),
     ("LOC", "Sirwah", ["Serwah", "Sirwah district"], ["صرواح"]),
     ("LOC", "Raghwan", ["Raghwan district", "Rughwan"], ["رغوان", "مديرية رغوان"]),
     ("LOC", "Al-Jubah", ["Jubah", "Al Jubah district", "Al-Juba"], ["الجوبة", "مديرية الجوبة"]),
     ("PERSON", "Mohsen al-Daeri", ["Mohsen Mohammed al-Daeri", "Muhsin al-Daeri", "Mohsen Al-Daari"], ["محسن الداعري"]),
     ("LOC", "Radfan", ["Radfan district"], ["ردفان"]),
     ("LOC", "Al-Milah", ["Al Milah", "Al-Malah", "Al-Milah district"], ["الملاح"]),
     ("ORG", "Fourth Military Region", ["4th Military Region", "Fourth Military Region (Yemen)"], ["المنطقة العسكرية الرابعة"]),
     ("LOC", "Al-Anad", ["Al Anad", "Al-Anad Air Base", "Anad"], ["العند"]),
     ("LOC", "Karish", ["Kirsh", "Karsh"], ["كرش"]),
     ("LOC", "Al-Musaymir", ["Al Musaymir", "Musaymir", "Al-Museimir"], ["المسيمير"])],
    [("14", "خرج", "Al-Houta", "2026-11-27"), ("14", "وقفات احتجاجية", "Zinjibar", None), ("10", "وطالبوا", None, None),
     ("19", "شنوا هجوما", "Al-Kassara", None), ("19", "وقصفوا", "Raghwan", None), ("19", "صدت هجوما", "Al-Jubah", None),
     ("04", "وزار", "Radfan", None)])

doc("pap2-ar-09-kosovo-north", "ar", "2026-11-25T08:00:00Z",
    "توتر في شمال كوسوفو بعد إغلاق معبر يارينيي واعتقالات في زفيتشان",
    "ميتروفيتسا (كوسوفو) - أغلقت السلطات الكوسوفية، أمس الثلاثاء، معبر يارينيي الحدودي مع صربيا أمام حركة الشاحنات، بعد مواجهات بين الشرطة ومحتجين صرب في بلدة زفيتشان.\n"
    "وقالت الشرطة إنها اعتقلت 6 أشخاص في زفيتشان وليبوسافيتش، بينهم شخصان متهمان بالاعتداء على دورية قرب قرية بانيسكا، فيما أصيب 4 من عناصرها بجروح طفيفة.\n"
    "وتظاهر مئات الصرب في الشطر الشمالي من مدينة ميتروفيتسا، وأغلقوا الجسر الرئيسي على نهر إيبار، احتجاجا على الاعتقالات.\n"
    "وقال مسؤولون صرب إن شاحنات محملة بالأدوية علقت لساعات عند معبر ميرديري قرب بلدة كورشوميليا.\n"
    "وزار قائد قوة حفظ السلام الدولية بلدة زوبين بوتوك، والتقى رؤساء البلديات الشمالية، ودعا الطرفين إلى التهدئة.\n"
    "وفي جنوب صربيا، قالت مصادر محلية إن حركة المرور عبر معبر كونتشول قرب بلدة بويانوفاتس عادت إلى طبيعتها، فيما شهدت بلدتا راشكا ونوفي بازار طوابير طويلة من السيارات المتجهة إلى كوسوفو.\n"
    "وكانت بلدية ليبوسافيتش قد شهدت الشهر الماضي احتجاجات مماثلة على قرار حظر دخول البضائع الصربية عبر معبري يارينيي وبرنياك الحدوديين.",
    [("LOC", "Jarinje crossing", ["Jarinje", "Jarinjë crossing", "Jarinje border crossing"], ["معبر يارينيي", "يارينيي"]),
     ("LOC", "Serbia", ["Republic of Serbia"], ["صربيا"]),
     ("LOC", "Zvecan", ["Zvečan", "Zveçan"], ["زفيتشان"]),
     ("LOC", "Leposavic", ["Leposavić", "Leposaviq"], ["ليبوسافيتش"]),
     ("LOC", "Banjska", ["Banjskë", "Banjska village"], ["بانيسكا"]),
     ("LOC", "Mitrovica", ["North Mitrovica", "Kosovska Mitrovica"], ["ميتروفيتسا"]),
     ("LOC", "Ibar River", ["Ibar", "Ibër River", "River Ibar"], ["نهر إيبار"]),
     ("LOC", "Merdare crossing", ["Merdare", "Merdarë crossing"], ["معبر ميرديري", "ميرديري"]),
     ("LOC", "Kursumlija", ["Kuršumlija"], ["كورشوميليا"]),
     ("LOC", "Zubin Potok", [], ["زوبين بوتوك"]),
     ("LOC", "Koncul crossing", ["Končulj crossing", "Konçul crossing", "Koncul"], ["معبر كونتشول", "كونتشول"]),
     ("LOC", "Bujanovac", [], ["بويانوفاتس"]),
     ("LOC", "Raska", ["Raška"], ["راشكا"]),
     ("LOC", "Novi Pazar", [], ["نوفي بازار"]),
     ("LOC", "Kosovo", ["Republic of Kosovo"], ["كوسوفو"]),
     ("LOC", "Brnjak crossing", ["Brnjak", "Bërnjak crossing"], ["برنياك"])],
    [("17", "اعتقلت", "Zvecan", None), ("14", "وتظاهر", "Mitrovica", None),
     ("04", "وزار", "Zubin Potok", None)])

doc("pap2-ar-10-shabelle", "ar", "2026-11-23T08:00:00Z",
    "القوات الصومالية تستعيد بلدة مهداي وقصف بقذائف الهاون على بلعد",
    "جوهر (الصومال) - أعلنت القوات الحكومية الصومالية، أمس الأحد، استعادة السيطرة على بلدة مهداي في إقليم شبيلي الوسطى، بعد معارك مع مسلحين متشددين استمرت يومين، بمشاركة مقاتلين من العشائر المحلية.\n"
    "وقال قائد عسكري إن القوات تقدمت من جوهر على ضفتي نهر شبيلي، وطردت المسلحين من قرى على أطراف مهداي، وإنها تواصل التقدم نحو عدن يابال.\n"
    "في المقابل، قصف المسلحون بقذائف الهاون أحياء في بلدة بلعد، على بعد 60 كيلومترا جنوب جوهر، ما أدى إلى مقتل 4 مدنيين.\n"
    "وزار رئيس الوزراء الصومالي حمزة عبدي بري مدينة جوهر، حيث التقى زعماء العشائر، وبحث معهم خطة لإعادة النازحين إلى قرى الإقليم.\n"
    "وفي إقليم هيران، قالت السلطات المحلية إن فيضانات نهر شبيلي غمرت أحياء في بلدوين، وأجبرت آلاف العائلات على النزوح إلى مرتفعات إيل جالي.\n"
    "وفي إقليم جوبا السفلى، وصلت قافلة مساعدات أممية إلى بلدة أفمدو قادمة من دوبلي، بعد إغلاق الطريق لأسابيع بسبب الأمطار.\n"
    "وفي إقليم باي، قالت السلطات إن الأمطار قطعت الطريق بين بيدوا وبورهكبة، وعزلت عشرات القرى عن الأسواق، فيما ارتفعت أسعار الذرة والسكر في أسواق المدينة إلى الضعف.",
    [("LOC", "Jowhar", ["Jawhar", "Johar"], ["جوهر"]),
     ("LOC", "Somalia", ["Somali Republic"], ["الصومال"]),
     ("LOC", "Mahaday", ["Mahaday Weyne", "Mahadaay"], ["مهداي"]),
     ("LOC", "Middle Shabelle", ["Middle Shabelle region", "Shabeellaha Dhexe"], ["شبيلي الوسطى", "إقليم شبيلي الوسطى"]),
     ("LOC", "Shabelle River", ["Shebelle River", "Shabeelle River"], ["نهر شبيلي"]),
     ("LOC", "Adan Yabaal", ["Adan Yabal", "Aden Yabal", "Adale Yabaal"], ["عدن يابال"]),
     ("LOC", "Balcad", ["Balad", "Bal'ad"], ["بلعد"]),
     ("PERSON", "Hamza Abdi Barre", ["Hamza Barre"], ["حمزة عبدي بري"]),
     ("LOC", "Hiran", ["Hiiraan", "Hiran region", "Hiraan"], ["هيران", "إقليم هيران"]),
     ("LOC", "Beledweyne", ["Beledweyn", "Belet Weyne", "Beletweyne"], ["بلدوين"]),
     ("LOC", "Eel Jaalle", ["Eljale", "El Jaale", "Eel Jale"], ["إيل جالي"]),
     ("LOC", "Lower Juba", ["Lower Juba region", "Jubbada Hoose"], ["جوبا السفلى", "إقليم جوبا السفلى"]),
     ("LOC", "Afmadow", ["Afmadow town", "Afmadu"], ["أفمدو"]),
     ("LOC", "Dhobley", ["Dhoobley", "Dobley"], ["دوبلي"]),
     ("LOC", "Bay", ["Bay region", "Bay Region"], ["باي", "إقليم باي"]),
     ("LOC", "Baidoa", ["Baydhabo"], ["بيدوا"]),
     ("LOC", "Burhakaba", ["Buurhakaba", "Bur Hakaba"], ["بورهكبة"])],
    [("19", "استعادة السيطرة", "Mahaday", "2026-11-22"), ("19", "قصفت", "Balcad", None),
     ("04", "وزار", "Jowhar", None), ("07", "وصلت قافلة", "Afmadow", None)])

write("practice_arplaces2.jsonl")
