# Writes blind17.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-01,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not
# run and its code and data were not read while they were written). Arabic, the weakest language, has the larger
# sample. People, bodies and places are none of those named as gold in dev.jsonl or the other sets here (checked with
# overlap.py; the only hits are listed in heldout/README.md). Parts of the world the older sets cover little: Iraq's
# Maysan (Amarah, the Hawizeh marshes) with a Romanian ambassador as Arabic news spells him, Oman's Dhofar (Mirbat,
# Taqah, Rakhyut) with a Bangladeshi ambassador, Jordan's Karak (Ghor al-Safi, Mutah) with an Austrian ambassador,
# Egypt's Delta (Kafr El Sheikh, El Mahalla El Kubra, Lake Burullus) with a Vietnamese ambassador, Algeria's Kabylie
# (Bejaia, Tizi Ouzou, Larbaa Nath Irathen) with a Portuguese ambassador, Somaliland (Hargeisa, Berbera, Burao) with a
# Taiwanese representative, Botswana's north, Meghalaya, Cape Breton, northern Togo, Reunion and Vendee. Articles are
# 1,500-1,900 characters, with datelines, quotes and relative dates. Real public figures in their public roles as of
# late 2026; other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind17.py
from gold import doc, write

doc("b17-ar-01-maysan", "ar", "2026-10-06T08:00:00Z",
    "نائب محافظ ميسان يبحث مع السفير الروماني إنعاش هور الحويزة وأهالي الكحلاء يتظاهرون بسبب شح المياه",
    "العمارة - بحث نائب محافظ ميسان حيدر كاظم الدراجي، أمس الاثنين في مدينة العمارة، مع السفير الروماني لدى العراق رادو كونستانتينيسكو مشاريع لمعالجة ملوحة المياه وإعادة إنعاش هور الحويزة، بحسب بيان لديوان المحافظة.\n"
    "وقال الدراجي خلال اللقاء إن «الأهوار تموت بصمت، ومعها تموت تربية الجاموس وصيد السمك»، فيما أوضح كونستانتينيسكو أن خبراء رومانيين عملوا سنوات في دلتا الدانوب ويمكنهم نقل تجربتهم إلى جنوب العراق.\n"
    "وفي العمارة أيضا، وقعت شركة نفط ميسان أمس عقدا مع شركة الرافدين الخضراء للمقاولات لإنشاء محطة لتحلية المياه في قضاء قلعة صالح، على أن يبدأ العمل فيها مطلع العام المقبل.\n"
    "وتراجعت مناسيب الأنهار في المحافظة إلى أدنى مستوى منذ عقود، وفق مديرية الموارد المائية في ميسان.\n"
    "وفي ناحية الكحلاء، تظاهر مئات من الأهالي السبت الماضي أمام مبنى الناحية احتجاجا على انقطاع مياه الشرب منذ أسابيع، وطالبت تنسيقية متظاهري الكحلاء خلال التظاهرة وزارة الموارد المائية العراقية بزيادة الإطلاقات المائية، ملوحة بقطع الطريق الدولي إذا لم تستجب خلال أيام. وقال جبار عودة الحلفي، وهو مربي جاموس منذ صباه، إن «الماء صار مالحا إلى حد أن الجاموس يرفض شربه». وأضاف الحلفي أن عشرات العائلات باعت مواشيها ونزحت إلى أطراف المدن.\n"
    "وألقت مديرية شرطة ميسان فجر الأحد في قضاء المجر الكبير القبض على أربعة متهمين بتهريب الأسلحة، وضبطت بحوزتهم بنادق وذخائر، وفق بيان للمديرية.\n"
    "ووزعت مؤسسة العين للرعاية الاجتماعية الخميس الماضي سلالا غذائية وملابس شتوية على نحو 600 يتيم في قضاء علي الغربي.\n"
    "وانتقدت منظمة طبيعة العراق أمس ما وصفته بإهمال خطط إنقاذ الأهوار، معتبرة أن السدود في دول المنبع «تخنق الجنوب».\n"
    "وأبدى المصرف الزراعي التعاوني استعداده لتمويل مشاريع تربية الأسماك في الأقفاص العائمة لصيادي ناحية كميت.\n"
    "ومن المنتظر أن يزور الدراجي الخميس المقبل قضاء الميمونة لافتتاح مركز صحي جديد.",
    [("LOC", "Maysan Governorate", ["Maysan", "Missan", "Maysan Province"], ["ميسان"]),
     ("LOC", "Hawizeh Marshes", ["Hawizeh Marsh", "Hor al-Hawizeh", "Huwaizah Marshes"], ["هور الحويزة"]),
     ("LOC", "Al-Kahla", ["Kahla", "Al-Kahla subdistrict"], ["ناحية الكحلاء", "الكحلاء"]),
     ("LOC", "Amarah", ["Al-Amarah", "Amarah city"], ["العمارة"]),
     ("PERSON", "Haider Kadhim al-Daraji", ["Haidar Kazem al-Daraji", "al-Daraji"], ["حيدر كاظم الدراجي", "الدراجي"]),
     ("LOC", "Iraq", [], ["العراق"]),
     ("PERSON", "Radu Constantinescu", ["Constantinescu"], ["رادو كونستانتينيسكو", "كونستانتينيسكو"]),
     ("LOC", "Danube Delta", [], ["دلتا الدانوب"]),
     ("ORG", "Maysan Oil Company", ["Missan Oil Company", "MOC"], ["شركة نفط ميسان"]),
     ("ORG", "Al-Rafidain Green Contracting Company", ["Rafidain Green Contracting", "Al-Rafidain Green"],
      ["شركة الرافدين الخضراء للمقاولات"]),
     ("LOC", "Qalat Salih", ["Qal'at Salih", "Qalat Saleh", "Qalat Salih District"], ["قضاء قلعة صالح", "قلعة صالح"]),
     ("ORG", "Maysan Water Resources Directorate", ["Directorate of Water Resources in Maysan"],
      ["مديرية الموارد المائية في ميسان"]),
     ("ORG", "Al-Kahla Protesters' Coordination Committee", ["Kahla Protesters Coordination", "Kahla protest coordination committee"],
      ["تنسيقية متظاهري الكحلاء"]),
     ("ORG", "Ministry of Water Resources (Iraq)", ["Iraqi Ministry of Water Resources"], ["وزارة الموارد المائية العراقية"]),
     ("PERSON", "Jabbar Awda al-Hilfi", ["Jabbar Odeh al-Hilfi", "al-Hilfi"], ["جبار عودة الحلفي", "الحلفي"]),
     ("ORG", "Maysan Police Directorate", ["Maysan Police", "Maysan Police Command"], ["مديرية شرطة ميسان"]),
     ("LOC", "Al-Majar al-Kabir", ["Majar al-Kabir", "Al-Majar al-Kabir District"], ["قضاء المجر الكبير", "المجر الكبير"]),
     ("ORG", "Al-Ayn Social Care Foundation", ["Al-Ayn Foundation", "Alayn Social Care Foundation"],
      ["مؤسسة العين للرعاية الاجتماعية"]),
     ("LOC", "Ali al-Gharbi", ["Ali al-Gharbi District", "Ali Al-Gharbi"], ["قضاء علي الغربي", "علي الغربي"]),
     ("ORG", "Nature Iraq", ["Nature Iraq Organization"], ["منظمة طبيعة العراق"]),
     ("ORG", "Agricultural Cooperative Bank (Iraq)", ["Agricultural Cooperative Bank", "Iraqi Agricultural Cooperative Bank"],
      ["المصرف الزراعي التعاوني"]),
     ("LOC", "Kumait", ["Al-Kumait", "Kumayt"], ["ناحية كميت", "كميت"]),
     ("LOC", "Al-Maimouna", ["Maimuna", "Al-Maimouna District", "Al-Maymuna"], ["قضاء الميمونة", "الميمونة"])],
    [("04", "بحث", "Amarah", "2026-10-05"), ("05", "وقعت", "Amarah", "2026-10-05"),
     ("14", "تظاهر", "Al-Kahla", "2026-10-03"), ("10", "وطالبت", "Al-Kahla", "2026-10-03"),
     ("13", "ملوحة", "Al-Kahla", "2026-10-03"), ("17", "وألقت", "Al-Majar al-Kabir", "2026-10-04"),
     ("07", "ووزعت", "Ali al-Gharbi", "2026-10-01"), ("11", "وانتقدت", None, "2026-10-05"),
     ("03", "وأبدى", "Kumait", None), ("04", "يزور", "Al-Maimouna", "2026-10-08")])

doc("b17-ar-02-dhofar", "ar", "2026-11-02T09:00:00Z",
    "محافظ ظفار يلتقي السفير البنغلاديشي في مرباط وضبط قارب متسللين قبالة رخيوت",
    "مرباط - التقى صاحب السمو السيد مروان بن تركي آل سعيد محافظ ظفار، أمس الأحد في ولاية مرباط، السفير البنغلاديشي لدى سلطنة عمان محمد نذر الإسلام، وبحث معه أوضاع آلاف البحارة البنغلاديشيين العاملين على قوارب الصيد في موانئ المحافظة، بحسب بيان لمكتب المحافظ.\n"
    "وقال نذر الإسلام خلال اللقاء إن «البحارة يريدون عقودا واضحة وتأمينا صحيا قبل كل شيء»، فيما أكد السيد مروان بن تركي أن الجهات المختصة تتابع شكاوى العمال أولا بأول.\n"
    "وفي ولاية طاقة، وقعت هيئة البيئة أمس اتفاقية مع شركة أصداف ظفار للاستزراع السمكي لإنشاء مزرعة لأذن البحر (الصفيلح) قرب ولاية سدح، على أن يبدأ الإنتاج بعد عامين.\n"
    "ويعد موسم صيد الصفيلح من أهم مصادر الدخل لسكان الساحل، لكنه لا يُفتح إلا أياما قليلة كل عام بسبب تراجع المخزون.\n"
    "وطالب المجلس البلدي لمحافظة ظفار، في جلسته الأربعاء الماضي، وزارة النقل والاتصالات وتقنية المعلومات العمانية بتسريع ازدواجية الطريق الجبلي بين طاقة ومرباط، مشيرا إلى تكرار الحوادث خلال موسم الخريف.\n"
    "وضبطت قيادة شرطة محافظة ظفار فجر السبت قبالة ساحل ولاية رخيوت قاربا يقل 14 متسللا قادمين من الساحل المقابل، وفق بيان للقيادة.\n"
    "وقدمت جمعية المرأة العمانية بثمريت الخميس سلالا غذائية وأغطية لنحو 200 أسرة من أسر البادية في ولاية ثمريت.\n"
    "وانتقد سالم علي الكثيري، وهو صياد في مرباط منذ ثلاثين عاما، أمس قرار تقليص موسم صيد الصفيلح، قائلا إن «القرار اتخذ في المكاتب دون أن يسأل أحد الصيادين». وأضاف الكثيري أن كثيرا من زملائه باعوا قواربهم خلال السنوات الأخيرة.\n"
    "وأبدت شركة تنمية نفط عمان استعدادها لتمويل حفر آبار مياه للرعاة في منطقة شصر.\n"
    "ومن المقرر أن يزور محافظ ظفار ولاية شليم وجزر الحلانيات الأربعاء المقبل لتفقد مشروع ميناء الصيد فيها.",
    [("LOC", "Dhofar Governorate", ["Dhofar", "Zufar"], ["ظفار"]),
     ("LOC", "Mirbat", ["Merbat", "Wilayat Mirbat"], ["ولاية مرباط", "مرباط"]),
     ("LOC", "Rakhyut", ["Rakhyut", "Wilayat Rakhyut"], ["ولاية رخيوت", "رخيوت"]),
     ("PERSON", "Marwan bin Turki Al Said", ["Sayyid Marwan bin Turki Al Said", "Marwan bin Turki"],
      ["مروان بن تركي آل سعيد", "مروان بن تركي"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان"]),
     ("PERSON", "Mohammad Nazrul Islam", ["Nazrul Islam"], ["محمد نذر الإسلام", "نذر الإسلام"]),
     ("LOC", "Taqah", ["Taqa", "Wilayat Taqah"], ["ولاية طاقة", "طاقة"]),
     ("ORG", "Environment Authority (Oman)", ["Oman Environment Authority", "Environment Authority"], ["هيئة البيئة"]),
     ("ORG", "Asdaf Dhofar Aquaculture Company", ["Asdaf Dhofar"], ["شركة أصداف ظفار للاستزراع السمكي"]),
     ("LOC", "Sadah", ["Sadh", "Wilayat Sadah"], ["ولاية سدح", "سدح"]),
     ("ORG", "Dhofar Municipal Council", ["Municipal Council of Dhofar Governorate"], ["المجلس البلدي لمحافظة ظفار"]),
     ("ORG", "Ministry of Transport, Communications and Information Technology (Oman)",
      ["Omani Ministry of Transport, Communications and Information Technology", "MTCIT"],
      ["وزارة النقل والاتصالات وتقنية المعلومات العمانية"]),
     ("ORG", "Dhofar Governorate Police Command", ["Dhofar Police Command", "Dhofar Police"], ["قيادة شرطة محافظة ظفار"]),
     ("ORG", "Omani Women's Association in Thumrait", ["Thumrait Omani Women's Association"], ["جمعية المرأة العمانية بثمريت"]),
     ("LOC", "Thumrait", ["Thamarit", "Wilayat Thumrait"], ["ولاية ثمريت", "ثمريت"]),
     ("PERSON", "Salem Ali Al Kathiri", ["Salim Ali al-Kathiri", "Al Kathiri"], ["سالم علي الكثيري", "الكثيري"]),
     ("ORG", "Petroleum Development Oman", ["PDO"], ["شركة تنمية نفط عمان"]),
     ("LOC", "Shisr", ["Shisur"], ["شصر"]),
     ("LOC", "Shalim and the Hallaniyat Islands", ["Wilayat Shalim and the Hallaniyat Islands", "Shalim"],
      ["ولاية شليم وجزر الحلانيات", "شليم وجزر الحلانيات"])],
    [("04", "التقى", "Mirbat", "2026-11-01"), ("05", "وقعت", "Taqah", "2026-11-01"),
     ("10", "وطالب", None, "2026-10-28"), ("17", "وضبطت", "Rakhyut", "2026-10-31"),
     ("07", "وقدمت", "Thumrait", "2026-10-29"), ("11", "وانتقد", None, "2026-11-01"),
     ("03", "وأبدت", "Shisr", None), ("04", "يزور", "Shalim and the Hallaniyat Islands", "2026-11-04")])

doc("b17-ar-03-karak", "ar", "2026-09-26T08:00:00Z",
    "محافظ الكرك يستقبل السفير النمساوي وعمال المياومة يعتصمون أمام بلدية الكرك الكبرى",
    "الكرك - استقبل محافظ الكرك عبد الله فلاح المبيضين، الخميس في مبنى المحافظة، السفير النمساوي لدى الأردن كريستيان هوفباور، وبحثا مشروعا لترميم الممرات التاريخية في قلعة الكرك وتأهيل الطريق السياحي المؤدي إليها، بحسب بيان للمحافظة.\n"
    "وقال هوفباور إن «القلعة تستحق أن تكون محطة رئيسية لكل زائر للأردن، لا مجرد توقف قصير في الطريق إلى الجنوب»، فيما أشار المبيضين إلى أن عدد زوار القلعة تراجع بنحو الثلث خلال عامين.\n"
    "وفي غور الصافي، وقعت شركة البوتاس العربية وجامعة مؤتة الخميس اتفاقية لتدريب 120 من طلبة الهندسة في مصانع الشركة، على أن يلتحق أول فوج بالتدريب مطلع العام المقبل.\n"
    "وفي الكرك، نفذ عشرات من عمال المياومة في بلدية الكرك الكبرى الاثنين الماضي اعتصاما أمام مبنى البلدية احتجاجا على تأخر صرف أجورهم منذ ثلاثة أشهر، وطالبت النقابة العامة للعاملين في الخدمات العامة والمهن الحرة خلال الاعتصام وزارة الإدارة المحلية الأردنية بتثبيت العمال في وظائفهم، ملوحة بالإضراب عن العمل مطلع الشهر المقبل. وقال محمود سالم الطراونة، وهو عامل نظافة منذ اثني عشر عاما، إن «الأجر لا يكفي أسبوعا، وحتى هذا يتأخر». وأضاف الطراونة أن زملاءه يستدينون من البقالات لإطعام أطفالهم.\n"
    "وألقت مديرية شرطة محافظة الكرك فجر الأربعاء في لواء المزار الجنوبي القبض على ثلاثة مطلوبين، وضبطت بحوزتهم كميات من الحبوب المخدرة، وفق بيان أمني.\n"
    "ووزع الصندوق الأردني الهاشمي للتنمية البشرية السبت الماضي طرودا غذائية على 500 أسرة في منطقة القطرانة.\n"
    "وانتقد حزب جبهة العمل الإسلامي أمس في بيان تكرار انقطاع المياه عن أحياء المدينة، معتبرا أن السكان «يدفعون فواتير مياه لا تصلهم».\n"
    "وأبدت وزارة السياحة والآثار استعدادها لتمويل ترميم البيوت التراثية في بلدة ذات راس.\n"
    "ومن المنتظر أن يزور المبيضين لواء فقوع الثلاثاء المقبل لافتتاح مدرسة ثانوية جديدة.",
    [("LOC", "Karak", ["Al-Karak", "Kerak", "Karak Governorate"], ["الكرك"]),
     ("ORG", "Greater Karak Municipality", ["Karak Municipality"], ["بلدية الكرك الكبرى"]),
     ("PERSON", "Abdullah Falah Al-Mubaideen", ["Abdullah Al-Mubaideen", "Al-Mubaideen"], ["عبد الله فلاح المبيضين", "المبيضين"]),
     ("LOC", "Jordan", [], ["الأردن"]),
     ("PERSON", "Christian Hofbauer", ["Hofbauer"], ["كريستيان هوفباور", "هوفباور"]),
     ("LOC", "Karak Castle", ["Kerak Castle"], ["قلعة الكرك"]),
     ("LOC", "Ghor al-Safi", ["Ghor es-Safi", "Ghor Al Safi"], ["غور الصافي"]),
     ("ORG", "Arab Potash Company", ["APC"], ["شركة البوتاس العربية"]),
     ("ORG", "Mutah University", ["Mu'tah University"], ["جامعة مؤتة"]),
     ("ORG", "General Trade Union of Workers in Public Services and Free Professions",
      ["General Union of Public Services Workers (Jordan)"], ["النقابة العامة للعاملين في الخدمات العامة والمهن الحرة"]),
     ("ORG", "Ministry of Local Administration (Jordan)", ["Jordanian Ministry of Local Administration"],
      ["وزارة الإدارة المحلية الأردنية"]),
     ("PERSON", "Mahmoud Salem Al-Tarawneh", ["Mahmoud Al-Tarawneh", "Al-Tarawneh"], ["محمود سالم الطراونة", "الطراونة"]),
     ("ORG", "Karak Governorate Police Directorate", ["Karak Police Directorate", "Karak Police"], ["مديرية شرطة محافظة الكرك"]),
     ("LOC", "Al-Mazar al-Janubi", ["Southern Mazar", "Al-Mazar al-Janubi District"], ["لواء المزار الجنوبي", "المزار الجنوبي"]),
     ("ORG", "Jordanian Hashemite Fund for Human Development", ["JOHUD"], ["الصندوق الأردني الهاشمي للتنمية البشرية"]),
     ("LOC", "Al-Qatraneh", ["Qatraneh", "Qatrana"], ["القطرانة"]),
     ("ORG", "Islamic Action Front", ["IAF"], ["حزب جبهة العمل الإسلامي"]),
     ("ORG", "Ministry of Tourism and Antiquities (Jordan)", ["Jordanian Ministry of Tourism and Antiquities", "MoTA"],
      ["وزارة السياحة والآثار"]),
     ("LOC", "Dhat Ras", ["Dhat Ras village"], ["ذات راس"]),
     ("LOC", "Fakua District", ["Fakua", "Faqqu'"], ["لواء فقوع", "فقوع"])],
    [("04", "استقبل", "Karak", "2026-09-24"), ("05", "وقعت", "Ghor al-Safi", "2026-09-24"),
     ("14", "اعتصاما", "Karak", "2026-09-21"), ("10", "وطالبت", "Karak", "2026-09-21"),
     ("13", "ملوحة", "Karak", "2026-09-21"), ("17", "وألقت", "Al-Mazar al-Janubi", "2026-09-23"),
     ("07", "ووزع", "Al-Qatraneh", "2026-09-19"), ("11", "وانتقد", None, "2026-09-25"),
     ("03", "وأبدت", "Dhat Ras", None), ("04", "يزور", "Fakua District", "2026-09-29")])

doc("b17-ar-04-kafr-el-sheikh", "ar", "2026-11-19T08:00:00Z",
    "نائب محافظ كفر الشيخ يبحث مع السفير الفيتنامي زراعة الأرز وعمال غزل المحلة يحتجون على تأخر الحوافز",
    "كفر الشيخ - بحث نائب محافظ كفر الشيخ أحمد سمير الشناوي، أمس الأربعاء بديوان عام المحافظة، مع السفير الفيتنامي لدى مصر نغوين كوانغ هوي التعاون في استنباط أصناف من الأرز قليلة الاستهلاك للمياه ونقل تقنيات الري الحديثة، وفق بيان للمحافظة.\n"
    "وقال الشناوي إن «الفلاح هنا يزرع الأرز منذ مئات السنين، لكن المياه لم تعد تكفي كما كانت»، فيما أوضح نغوين كوانغ هوي أن مزارعي دلتا ميكونغ يواجهون المشكلة نفسها مع تقدم مياه البحر.\n"
    "وفي مدينة بلطيم، وقع جهاز حماية وتنمية البحيرات والثروة السمكية أمس عقدا مع شركة الدلتا للتكريك والأعمال البحرية لتطهير بواغيز بحيرة البرلس، على أن تبدأ الأعمال في يناير المقبل.\n"
    "وتعد البحيرة ثانية كبرى البحيرات الشمالية في مصر، ويعتمد عليها آلاف الصيادين في المحافظة.\n"
    "وفي المحلة الكبرى بمحافظة الغربية، نظم مئات من عمال شركة مصر للغزل والنسيج وقفة احتجاجية السبت الماضي داخل مقر الشركة احتجاجا على تأخر صرف الحوافز السنوية، وطالبت اللجنة النقابية للعاملين بالشركة خلال الوقفة وزارة قطاع الأعمال العام المصرية بصرف المستحقات قبل نهاية الشهر. وقال مجدي عبد الحميد، وهو عامل في قسم الغزل منذ 25 عاما، إن «الأسعار تضاعفت والأجر واقف في مكانه». وأضاف مجدي أن زملاءه يعملون في ورديات إضافية لتغطية نفقات المدارس.\n"
    "وفي مدينة طنطا، قضت محكمة جنايات طنطا الأحد الماضي بالسجن المشدد عشر سنوات على ثلاثة متهمين بالاستيلاء على أسمدة مدعمة من جمعيات زراعية في مركز قطور، بحسب مصدر قضائي.\n"
    "ووزعت مؤسسة مصر الخير الاثنين بطاطين وملابس شتوية على 800 أسرة في مدينة دسوق.\n"
    "وانتقد حزب التجمع أمس في بيان نقص الأسمدة في الجمعيات الزراعية مع بدء موسم زراعة القمح، معتبرا أن الفلاح «يشتري الشيكارة من السوق السوداء بضعف ثمنها».\n"
    "وأبدى البنك الزراعي المصري استعداده لتمويل شراء آلات حصاد الأرز لمزارعي مركز سيدي سالم بقروض ميسرة.\n"
    "ويزور الشناوي مدينة بيلا الأحد المقبل لافتتاح وحدة صحية جديدة.",
    [("LOC", "Kafr El Sheikh Governorate", ["Kafr El Sheikh", "Kafr el-Sheikh"], ["كفر الشيخ"]),
     ("PERSON", "Ahmed Samir El-Shenawy", ["Ahmed Samir al-Shinawi", "El-Shenawy"], ["أحمد سمير الشناوي", "الشناوي"]),
     ("LOC", "Egypt", [], ["مصر"]),
     ("PERSON", "Nguyen Quang Huy", ["Nguyễn Quang Huy"], ["نغوين كوانغ هوي"]),
     ("LOC", "Mekong Delta", [], ["دلتا ميكونغ"]),
     ("LOC", "Baltim", ["Balteem"], ["بلطيم"]),
     ("ORG", "Lakes and Fish Resources Protection and Development Agency", ["Lakes Protection and Development Agency (Egypt)",
                                                                            "LFRPDA"],
      ["جهاز حماية وتنمية البحيرات والثروة السمكية"]),
     ("ORG", "Delta Dredging and Marine Works Company", ["Delta Dredging and Marine Works"], ["شركة الدلتا للتكريك والأعمال البحرية"]),
     ("LOC", "Lake Burullus", ["Burullus Lake", "Burullus"], ["بحيرة البرلس"]),
     ("LOC", "El Mahalla El Kubra", ["Mahalla al-Kubra", "El-Mahalla"], ["المحلة الكبرى"]),
     ("LOC", "Gharbia Governorate", ["Gharbia", "Al Gharbiyah"], ["محافظة الغربية"]),
     ("ORG", "Misr Spinning and Weaving Company", ["Misr Spinning and Weaving", "Ghazl El Mahalla company"],
      ["شركة مصر للغزل والنسيج"]),
     ("ORG", "Ministry of Public Business Sector (Egypt)", ["Egyptian Ministry of Public Business Sector",
                                                            "Ministry of Public Enterprise (Egypt)"],
      ["وزارة قطاع الأعمال العام المصرية"]),
     ("PERSON", "Magdy Abdel Hamid", ["Magdi Abdel Hamid", "Magdy"], ["مجدي عبد الحميد", "مجدي"]),
     ("LOC", "Tanta", [], ["طنطا"]),
     ("ORG", "Tanta Criminal Court", ["Tanta Criminal Court (Egypt)"], ["محكمة جنايات طنطا"]),
     ("LOC", "Qutur", ["Kotor (Egypt)", "Qutur District"], ["مركز قطور", "قطور"]),
     ("ORG", "Misr El Kheir Foundation", ["Misr El Kheir", "MEK"], ["مؤسسة مصر الخير"]),
     ("LOC", "Desouk", ["Dessouk", "Disuq"], ["دسوق"]),
     ("ORG", "National Progressive Unionist Party", ["Tagammu", "Tagammu Party"], ["حزب التجمع"]),
     ("ORG", "Agricultural Bank of Egypt", ["ABE", "Egyptian Agricultural Bank"], ["البنك الزراعي المصري"]),
     ("LOC", "Sidi Salem", ["Sidi Salem District"], ["مركز سيدي سالم", "سيدي سالم"]),
     ("LOC", "Bila", ["Biyala", "Bella"], ["بيلا"])],
    [("04", "بحث", "Kafr El Sheikh Governorate", "2026-11-18"), ("05", "وقع", "Baltim", "2026-11-18"),
     ("14", "وقفة", "El Mahalla El Kubra", "2026-11-14"), ("10", "وطالبت", "El Mahalla El Kubra", "2026-11-14"),
     ("17", "قضت", "Tanta", "2026-11-15"), ("07", "ووزعت", "Desouk", "2026-11-16"),
     ("11", "وانتقد", None, "2026-11-18"), ("03", "وأبدى", "Sidi Salem", None),
     ("04", "يزور", "Bila", "2026-11-22")])

doc("b17-ar-05-bejaia", "ar", "2026-10-25T08:00:00Z",
    "والي بجاية يستقبل السفير البرتغالي وسكان عزازقة يغلقون الطريق احتجاجا على انقطاع الماء",
    "بجاية - استقبل والي بجاية مصطفى لعريبي، أمس السبت بمقر الولاية، السفير البرتغالي لدى الجزائر جواو ماتوس بيريرا، وبحث معه مشروع توأمة بين ميناء بجاية وميناء سينيش البرتغالي وإطلاق خط بحري منتظم لنقل البضائع بينهما، حسب بيان لمصالح الولاية.\n"
    "ونقل البيان عن ماتوس بيريرا قوله إن «زيت الزيتون والتين اللذين تنتجهما المنطقة يمكن أن يصلا إلى الأسواق الأوروبية في أقل من أسبوع»، فيما أكد لعريبي أن الولاية تعمل على رفع قدرة تخزين الحاويات في الميناء.\n"
    "وفي أقبو، وقعت شركة سيفيتال أمس اتفاقية مع جامعة عبد الرحمان ميرة لتكوين 200 تقني في صناعة الزيوت والسكر، على أن تنطلق الدفعة الأولى في جانفي المقبل.\n"
    "وتعد المنطقة من أكبر مناطق إنتاج زيت الزيتون في البلاد، إلا أن الحرائق أتلفت آلاف الهكتارات من البساتين خلال السنوات الأخيرة.\n"
    "وفي ولاية تيزي وزو، أغلق مئات من سكان قرى بلدية عزازقة الثلاثاء الماضي الطريق الوطني رقم 12 احتجاجا على انقطاع مياه الشرب منذ ثلاثة أسابيع، وطالبت لجنة قرى عزازقة خلال الاحتجاج مديرية الموارد المائية لولاية تيزي وزو بإصلاح قنوات الجر، مهددة بمقاطعة الانتخابات المحلية المقبلة إذا لم يتم ذلك. وقال أرزقي حمادوش، وهو عضو في لجنة إحدى القرى، إن «النساء يحملن الماء على ظهورهن كما كان الحال قبل خمسين عاما». وأضاف حمادوش أن الصهاريج لا تصل إلى القرى الجبلية إلا مرة في الأسبوع.\n"
    "وأوقفت عناصر المجموعة الإقليمية للدرك الوطني بتيزي وزو فجر الخميس ببلدية الأربعاء ناث إيراثن شخصين بحوزتهما أكثر من ثلاثة آلاف قرص مهلوس، حسب بيان لخلية الاتصال.\n"
    "ووزعت جمعية كافل اليتيم الجمعة طرودا غذائية وأغطية على 400 عائلة معوزة في دائرة الأخضرية بولاية البويرة.\n"
    "وانتقد حزب التجمع من أجل الثقافة والديمقراطية أمس في بيان تأخر تعويض المتضررين من حرائق الغابات، معتبرا أن العائلات «ما زالت تنتظر منذ ثلاثة مواسم».\n"
    "وأبدى الصندوق الوطني للتعاون الفلاحي استعداده لتأمين بساتين الزيتون لفلاحي بلدية أزفون ضد الحرائق.\n"
    "ويزور لعريبي الثلاثاء المقبل دائرة سوق الإثنين لتدشين مركز صحي جديد.",
    [("LOC", "Béjaïa", ["Bejaia", "Bougie", "Béjaïa Province"], ["بجاية"]),
     ("LOC", "Azazga", ["Azazga commune"], ["بلدية عزازقة", "عزازقة"]),
     ("PERSON", "Mustapha Laaribi", ["Mustapha Laribi", "Laaribi"], ["مصطفى لعريبي", "لعريبي"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("PERSON", "João Matos Pereira", ["Joao Matos Pereira", "Matos Pereira"], ["جواو ماتوس بيريرا", "ماتوس بيريرا"]),
     ("LOC", "Port of Béjaïa", ["Port of Bejaia", "Bejaia port"], ["ميناء بجاية"]),
     ("LOC", "Port of Sines", ["Sines", "Sines port"], ["ميناء سينيش"]),
     ("LOC", "Akbou", [], ["أقبو"]),
     ("ORG", "Cevital", ["Cevital Group"], ["شركة سيفيتال", "سيفيتال"]),
     ("ORG", "Abderrahmane Mira University", ["University of Béjaïa", "University of Bejaia", "Abderrahmane Mira University of Bejaia"],
      ["جامعة عبد الرحمان ميرة"]),
     ("LOC", "Tizi Ouzou Province", ["Tizi Ouzou", "Tizi Ouzou wilaya"], ["ولاية تيزي وزو", "تيزي وزو"]),
     ("ORG", "Azazga Villages Committee", ["Azazga village committee"], ["لجنة قرى عزازقة"]),
     ("ORG", "Directorate of Water Resources of Tizi Ouzou", ["Tizi Ouzou Water Resources Directorate", "DRE Tizi Ouzou"],
      ["مديرية الموارد المائية لولاية تيزي وزو"]),
     ("PERSON", "Arezki Hamadouche", ["Hamadouche"], ["أرزقي حمادوش", "حمادوش"]),
     ("ORG", "Tizi Ouzou Regional Gendarmerie Group", ["Groupement de gendarmerie de Tizi Ouzou", "Tizi Ouzou Gendarmerie"],
      ["المجموعة الإقليمية للدرك الوطني بتيزي وزو"]),
     ("LOC", "Larbaâ Nath Irathen", ["Larbaa Nath Irathen", "Fort National"], ["بلدية الأربعاء ناث إيراثن", "الأربعاء ناث إيراثن"]),
     ("ORG", "Kafil El Yatim", ["Kafil El Yatim Association", "Kafil al-Yatim"], ["جمعية كافل اليتيم"]),
     ("LOC", "Lakhdaria", ["Lakhdaria District"], ["دائرة الأخضرية", "الأخضرية"]),
     ("LOC", "Bouira Province", ["Bouira"], ["ولاية البويرة", "البويرة"]),
     ("ORG", "Rally for Culture and Democracy", ["RCD", "Rassemblement pour la culture et la démocratie"],
      ["حزب التجمع من أجل الثقافة والديمقراطية", "التجمع من أجل الثقافة والديمقراطية"]),
     ("ORG", "National Fund for Agricultural Mutual Insurance (Algeria)", ["CNMA", "Caisse nationale de mutualité agricole"],
      ["الصندوق الوطني للتعاون الفلاحي"]),
     ("LOC", "Azeffoun", ["Azeffoun commune"], ["بلدية أزفون", "أزفون"]),
     ("LOC", "Souk El Tenine", ["Souk El Thenine", "Souk El Tenine District"], ["دائرة سوق الإثنين", "سوق الإثنين"])],
    [("04", "استقبل", "Béjaïa", "2026-10-24"), ("05", "وقعت", "Akbou", "2026-10-24"),
     ("14", "أغلق", "Azazga", "2026-10-20"), ("10", "وطالبت", "Azazga", "2026-10-20"),
     ("13", "مهددة", "Azazga", "2026-10-20"), ("17", "وأوقفت", "Larbaâ Nath Irathen", "2026-10-22"),
     ("07", "ووزعت", "Lakhdaria", "2026-10-23"), ("11", "وانتقد", None, "2026-10-24"),
     ("03", "وأبدى", "Azeffoun", None), ("04", "ويزور", "Souk El Tenine", "2026-10-27")])

doc("b17-ar-06-somaliland", "ar", "2026-09-11T09:00:00Z",
    "وزير الثروة الحيوانية في أرض الصومال يبحث مع ممثل تايوان فحص المواشي وتجار بوراو يغلقون السوق",
    "هرجيسا - بحث وزير الثروة الحيوانية والتنمية السمكية في أرض الصومال محمد عبدي فارح، أمس الخميس في هرجيسا، مع ممثل تايوان لدى أرض الصومال هسو تشي وي إنشاء مختبر بيطري لفحص المواشي المعدة للتصدير، بحسب بيان للوزارة.\n"
    "وقال فارح خلال اللقاء إن «المواشي عماد اقتصادنا، وأي شحنة ترفض في الخارج تعني خسارة لمئات الأسر»، فيما أوضح هسو أن مختبرات تايوانية ساعدت دولا أفريقية أخرى في مشاريع مماثلة.\n"
    "وفي بربرة، وقعت هيئة موانئ أرض الصومال أمس عقدا مع شركة الساحل للأعلاف والتخزين لإنشاء مخازن للأعلاف في محجر الماشية بميناء بربرة، على أن يبدأ تشغيلها قبل موسم الحج المقبل.\n"
    "وتمثل المواشي الجزء الأكبر من صادرات الإقليم منذ عقود، وفق أرقام رسمية.\n"
    "وفي مدينة بوراو، أغلق عشرات من تجار المواشي الاثنين الماضي السوق الرئيسي احتجاجا على رسوم جديدة فرضتها البلدية، وطالبت رابطة تجار المواشي في بوراو خلال الاحتجاج وزارة المالية في أرض الصومال بإلغاء الرسوم، مهددة بوقف نقل المواشي إلى الميناء. وقال جامع عيسى دعالي، وهو تاجر إبل منذ عشرين عاما، إن «الرسوم أكلت أرباحنا قبل أن نبيع رأسا واحدا». وأضاف دعالي أن بعض التجار بدأوا يبيعون مواشيهم في الأسواق الريفية لتجنب الرسوم.\n"
    "واعتقلت شرطة أرض الصومال فجر الأربعاء في مدينة بوراما خمسة أشخاص يشتبه في تهريبهم الوقود عبر الحدود، حسب بيان للشرطة.\n"
    "ووزعت الهيئة الوطنية للتأهب للكوارث والأمن الغذائي الثلاثاء مياه الشرب والأعلاف على نحو 1500 أسرة من الرعاة المتضررين من الجفاف في مدينة عيرجابو.\n"
    "وانتقد حزب كلميه المعارض أمس ما وصفه ببطء الحكومة في دفع رواتب المعلمين في المناطق الريفية، معتبرا أن مدارس كثيرة «تفتح أبوابها بلا معلمين».\n"
    "وأبدى بنك دهبشيل استعداده لتمويل شراء شاحنات مبردة لنقل اللحوم لتجار مدينة غابيلي.\n"
    "ومن المنتظر أن يزور فارح مدينة أودويني الأحد المقبل لتفقد مشروع لحفر آبار المياه.",
    [("LOC", "Somaliland", ["Republic of Somaliland"], ["أرض الصومال"]),
     ("LOC", "Taiwan", [], ["تايوان"]),
     ("LOC", "Burao", ["Burco"], ["بوراو"]),
     ("LOC", "Hargeisa", ["Hargeysa"], ["هرجيسا"]),
     ("PERSON", "Mohamed Abdi Farah", ["Mohamed Abdi Farah (Somaliland)", "Farah"], ["محمد عبدي فارح", "فارح"]),
     ("PERSON", "Hsu Chih-wei", ["Hsu Chih-Wei", "Hsu"], ["هسو تشي وي", "هسو"]),
     ("LOC", "Berbera", [], ["بربرة"]),
     ("ORG", "Somaliland Ports Authority", ["Berbera Port Authority"], ["هيئة موانئ أرض الصومال"]),
     ("ORG", "Al-Sahil Feed and Storage Company", ["Sahil Feed and Storage"], ["شركة الساحل للأعلاف والتخزين"]),
     ("LOC", "Port of Berbera", ["Berbera Port"], ["ميناء بربرة"]),
     ("ORG", "Burao Livestock Traders' Association", ["Burao Livestock Traders Association"], ["رابطة تجار المواشي في بوراو"]),
     ("ORG", "Ministry of Finance Development (Somaliland)", ["Somaliland Ministry of Finance", "Ministry of Finance (Somaliland)"],
      ["وزارة المالية في أرض الصومال"]),
     ("PERSON", "Jama Issa Dualeh", ["Jama Ise Dualeh", "Dualeh"], ["جامع عيسى دعالي", "دعالي"]),
     ("ORG", "Somaliland Police Force", ["Somaliland Police"], ["شرطة أرض الصومال"]),
     ("LOC", "Borama", ["Boorama"], ["بوراما"]),
     ("ORG", "National Disaster Preparedness and Food Reserve Authority", ["NADFOR", "Somaliland NADFOR"],
      ["الهيئة الوطنية للتأهب للكوارث والأمن الغذائي"]),
     ("LOC", "Erigavo", ["Ceerigaabo"], ["عيرجابو"]),
     ("ORG", "Kulmiye", ["Kulmiye Party", "Peace, Unity, and Development Party"], ["حزب كلميه"]),
     ("ORG", "Dahabshil Bank", ["Dahabshil Bank International", "Dahabshil"], ["بنك دهبشيل"]),
     ("LOC", "Gabiley", ["Gebiley"], ["غابيلي"]),
     ("LOC", "Oodweyne", ["Odweyne"], ["أودويني"])],
    [("04", "بحث", "Hargeisa", "2026-09-10"), ("05", "وقعت", "Berbera", "2026-09-10"),
     ("14", "أغلق", "Burao", "2026-09-07"), ("10", "وطالبت", "Burao", "2026-09-07"),
     ("13", "مهددة", "Burao", "2026-09-07"), ("17", "واعتقلت", "Borama", "2026-09-09"),
     ("07", "ووزعت", "Erigavo", "2026-09-08"), ("11", "وانتقد", None, "2026-09-10"),
     ("03", "وأبدى", "Gabiley", None), ("04", "يزور", "Oodweyne", "2026-09-13")])

doc("b17-en-01-selebi-phikwe", "en", "2026-10-14T10:00:00Z",
    "Central District council head meets nickel miners in Selebi-Phikwe; Maun taxi drivers stage sit-in over permits",
    "SELEBI-PHIKWE, Botswana, Oct 14 (Newsflow) - The chairman of the Central District Council, Kagiso Ntshole, met managers of Premium Nickel Resources and leaders of the Botswana Mine Workers Union in Selebi-Phikwe on Tuesday to discuss hiring former miners at the reopening shafts, the council said.\n"
    "\"These men built this town, and they should be first in line when the shafts reopen,\" Ntshole told reporters after the meeting. The mines closed in 2016, leaving thousands without work.\n"
    "In Maun, the Botswana Tourism Organisation signed an agreement on Tuesday with the Tawana Land Board to lease three campsites on the edge of the Okavango Delta to community trusts, with the first leases due to start on January 1.\n"
    "The opposition Botswana Democratic Party criticised the government on Tuesday over delays in paying drought relief to cattle farmers in Boteti.\n"
    "In Maun, about 200 taxi drivers staged a sit-in outside the district commissioner's office last Friday in protest against delays in renewing their operating permits. During the sit-in, the Maun Taxi Association demanded that the Department of Road Transport and Safety issue the permits within a week and threatened to block the airport road if it did not. \"Without a permit we are criminals every time we pick up a passenger,\" said Onkemetse Sebego, who has driven a taxi in the village for 15 years.\n"
    "The Botswana Police Service arrested four people in Kasane on Monday and seized 19 elephant tusks hidden in a truck heading for the Kazungula Bridge, a police spokesman said.\n"
    "The Botswana Red Cross Society handed out food parcels and water containers on Monday to 450 households in Palapye.\n"
    "The Citizen Entrepreneurial Development Agency said it was willing to finance small abattoirs for cattle farmers in Tonota.\n"
    "Ntshole is due to visit Mahalapye next Tuesday to open a new clinic.",
    [("LOC", "Selebi-Phikwe", ["Selebi Phikwe"], ["SELEBI-PHIKWE", "Selebi-Phikwe"]),
     ("LOC", "Botswana", [], ["Botswana"]),
     ("ORG", "Central District Council", ["Central District Council (Botswana)", "CDC"], ["Central District Council"]),
     ("PERSON", "Kagiso Ntshole", ["Ntshole"], ["Kagiso Ntshole", "Ntshole"]),
     ("ORG", "Premium Nickel Resources", ["PNR", "Premium Nickel Resources Botswana"], ["Premium Nickel Resources"]),
     ("ORG", "Botswana Mine Workers Union", ["BMWU"], ["Botswana Mine Workers Union"]),
     ("LOC", "Maun", [], ["Maun"]),
     ("ORG", "Botswana Tourism Organisation", ["BTO", "Botswana Tourism"], ["Botswana Tourism Organisation"]),
     ("ORG", "Tawana Land Board", [], ["Tawana Land Board"]),
     ("LOC", "Okavango Delta", ["Okavango Swamps"], ["Okavango Delta"]),
     ("ORG", "Botswana Democratic Party", ["BDP"], ["Botswana Democratic Party"]),
     ("LOC", "Boteti", ["Boteti Sub-District"], ["Boteti"]),
     ("ORG", "Maun Taxi Association", [], ["Maun Taxi Association"]),
     ("ORG", "Department of Road Transport and Safety", ["DRTS", "Department of Road Transport and Safety (Botswana)"],
      ["Department of Road Transport and Safety"]),
     ("PERSON", "Onkemetse Sebego", ["Sebego"], ["Onkemetse Sebego"]),
     ("ORG", "Botswana Police Service", ["BPS", "Botswana Police"], ["Botswana Police Service"]),
     ("LOC", "Kasane", [], ["Kasane"]),
     ("LOC", "Kazungula Bridge", ["Kazungula"], ["Kazungula Bridge"]),
     ("ORG", "Botswana Red Cross Society", ["Botswana Red Cross"], ["Botswana Red Cross Society"]),
     ("LOC", "Palapye", [], ["Palapye"]),
     ("ORG", "Citizen Entrepreneurial Development Agency", ["CEDA"], ["Citizen Entrepreneurial Development Agency"]),
     ("LOC", "Tonota", [], ["Tonota"]),
     ("LOC", "Mahalapye", [], ["Mahalapye"])],
    [("04", "met", "Selebi-Phikwe", "2026-10-13"), ("05", "signed", "Maun", "2026-10-13"),
     ("11", "criticised", None, "2026-10-13"), ("14", "sit-in", "Maun", "2026-10-09"),
     ("10", "demanded", "Maun", "2026-10-09"), ("13", "threatened", "Maun", "2026-10-09"),
     ("17", "arrested", "Kasane", "2026-10-12"), ("07", "handed out", "Palapye", "2026-10-12"),
     ("03", "willing", "Tonota", None), ("04", "visit", "Mahalapye", "2026-10-20")])

doc("b17-en-02-shillong", "en", "2026-11-06T11:00:00Z",
    "Meghalaya chief minister meets Dawki traders over export slump; Khasi students march in Jowai",
    "SHILLONG, India, Nov 6 (Newsflow) - Meghalaya Chief Minister Conrad Sangma met traders and customs officials at the Dawki land port on Thursday to discuss a slump in exports of limestone and boulders to Bangladesh, his office said.\n"
    "\"Every truck that stands idle at Dawki is a family in the hills that does not get paid,\" Sangma told reporters after the meeting. Traders say exports through the crossing have halved since new inspection rules were introduced in the summer.\n"
    "In Shillong, the Land Ports Authority of India signed an agreement on Thursday with the Meghalaya Power Distribution Corporation to supply electricity to a new cargo terminal at Dawki, with work due to begin in February.\n"
    "Several hundred members of the Khasi Students' Union marched through Jowai last Monday in protest against the hiring of outside workers at a cement plant in West Jaintia Hills. During the march, the union demanded that the Meghalaya Labour Department cancel the workers' permits within 15 days. \"Our young people are told there are no jobs, then they watch buses of workers arrive from elsewhere,\" said Banshanlang Lyngdoh, a union leader in Jowai.\n"
    "Meghalaya Police arrested three men in Nongpoh on Wednesday and seized 2 kg of heroin hidden in a passenger bus travelling from Guwahati, a police spokesman said.\n"
    "The Indian Red Cross Society distributed blankets, tarpaulins and rice on Tuesday to 300 families in Sohra whose homes were damaged by landslides.\n"
    "The opposition Voice of the People Party criticised the state government on Thursday over the condition of the highway to the border, which it said had \"more potholes than tarmac\".\n"
    "The North Eastern Development Finance Corporation said it was ready to finance ginger-processing units for farmers in Nongstoin.\n"
    "Sangma is due to visit Baghmara next Thursday to inaugurate a new bridge over the Simsang river.",
    [("LOC", "Shillong", [], ["SHILLONG", "Shillong"]),
     ("LOC", "India", [], ["India"]),
     ("LOC", "Meghalaya", [], ["Meghalaya"]),
     ("PERSON", "Conrad Sangma", ["Conrad K. Sangma", "Conrad Kongkal Sangma", "Sangma"], ["Conrad Sangma", "Sangma"]),
     ("LOC", "Dawki", ["Dawki land port", "Dawki-Tamabil"], ["Dawki"]),
     ("LOC", "Bangladesh", [], ["Bangladesh"]),
     ("ORG", "Land Ports Authority of India", ["LPAI"], ["Land Ports Authority of India"]),
     ("ORG", "Meghalaya Power Distribution Corporation", ["MePDCL", "Meghalaya Power Distribution Corporation Limited"],
      ["Meghalaya Power Distribution Corporation"]),
     ("ORG", "Khasi Students' Union", ["KSU", "Khasi Students Union"], ["Khasi Students' Union"]),
     ("LOC", "Jowai", [], ["Jowai"]),
     ("LOC", "West Jaintia Hills", ["West Jaintia Hills district"], ["West Jaintia Hills"]),
     ("ORG", "Meghalaya Labour Department", ["Labour Department (Meghalaya)", "Department of Labour, Meghalaya"],
      ["Meghalaya Labour Department"]),
     ("PERSON", "Banshanlang Lyngdoh", ["Lyngdoh"], ["Banshanlang Lyngdoh"]),
     ("ORG", "Meghalaya Police", [], ["Meghalaya Police"]),
     ("LOC", "Nongpoh", [], ["Nongpoh"]),
     ("LOC", "Guwahati", ["Gauhati"], ["Guwahati"]),
     ("ORG", "Indian Red Cross Society", ["Indian Red Cross"], ["Indian Red Cross Society"]),
     ("LOC", "Sohra", ["Cherrapunji", "Cherrapunjee"], ["Sohra"]),
     ("ORG", "Voice of the People Party", ["VPP"], ["Voice of the People Party"]),
     ("ORG", "North Eastern Development Finance Corporation", ["NEDFi", "North Eastern Development Finance Corporation Ltd"],
      ["North Eastern Development Finance Corporation"]),
     ("LOC", "Nongstoin", [], ["Nongstoin"]),
     ("LOC", "Baghmara", [], ["Baghmara"]),
     ("LOC", "Simsang River", ["Someshwari River", "Simsang"], ["Simsang"])],
    [("04", "met", "Dawki", "2026-11-05"), ("05", "signed", "Shillong", "2026-11-05"),
     ("14", "marched", "Jowai", "2026-11-02"), ("10", "demanded", "Jowai", "2026-11-02"),
     ("17", "arrested", "Nongpoh", "2026-11-04"), ("07", "distributed", "Sohra", "2026-11-03"),
     ("11", "criticised", None, "2026-11-05"), ("03", "ready", "Nongstoin", None),
     ("04", "visit", "Baghmara", "2026-11-12")])

doc("b17-en-03-cape-breton", "en", "2026-09-20T12:00:00Z",
    "Cape Breton mayor meets Membertou leaders on Sydney port plan; Glace Bay crab fishers rally against quota cut",
    "SYDNEY, Canada, Sept 20 (Newsflow) - Cape Breton Regional Municipality Mayor Cecil Clarke met leaders of Membertou First Nation and the Port of Sydney Development Corporation in Sydney on Saturday to discuss a proposed container terminal on Sydney Harbour, his office said.\n"
    "\"Cape Breton has waited a long time for a project that keeps its young people at home,\" Clarke told reporters. The terminal would be built on land owned jointly by Membertou and the port corporation.\n"
    "The Cape Breton Partnership welcomed the talks on Saturday, saying the terminal could create hundreds of construction jobs.\n"
    "In Port Hawkesbury, Nova Scotia Power signed an agreement on Friday with Port Hawkesbury Paper to buy steam and electricity from the mill's biomass boiler, with deliveries due to start on December 1.\n"
    "In Glace Bay, about 300 snow crab fishers rallied at the harbour last Thursday in protest against a cut to this year's quota. During the rally, the Glace Bay Snow Crab Fishermen's Association demanded that the Nova Scotia Department of Fisheries and Aquaculture compensate crews for the cut and threatened to keep its boats tied up next season if it did not. \"We are being punished for a survey nobody can explain to us,\" said Darlene MacNeil, who has fished out of Glace Bay for 22 years.\n"
    "Cape Breton Regional Police arrested two men in New Waterford on Friday and seized cocaine and cash during a search of a house, a police spokesperson said.\n"
    "The Salvation Army handed out food hampers and school supplies on Saturday to 250 families in North Sydney.\n"
    "The Nova Scotia NDP criticised the province on Friday over emergency wait times at the Cape Breton Regional Hospital.\n"
    "The Atlantic Canada Opportunities Agency said it was willing to fund a new seafood processing line in Louisbourg.\n"
    "Clarke is due to visit Antigonish next Friday to open a new building at St. Francis Xavier University.",
    [("LOC", "Sydney, Nova Scotia", ["Sydney (Nova Scotia)", "Sydney"], ["SYDNEY", "Sydney"]),
     ("LOC", "Canada", [], ["Canada"]),
     ("ORG", "Cape Breton Regional Municipality", ["CBRM"], ["Cape Breton Regional Municipality"]),
     ("PERSON", "Cecil Clarke", ["Clarke"], ["Cecil Clarke", "Clarke"]),
     ("ORG", "Membertou First Nation", ["Membertou"], ["Membertou First Nation", "Membertou"]),
     ("ORG", "Port of Sydney Development Corporation", ["Port of Sydney Development Corp."], ["Port of Sydney Development Corporation"]),
     ("LOC", "Sydney Harbour (Nova Scotia)", ["Sydney Harbour"], ["Sydney Harbour"]),
     ("LOC", "Cape Breton Island", ["Cape Breton"], ["Cape Breton"]),
     ("ORG", "Cape Breton Partnership", [], ["Cape Breton Partnership"]),
     ("LOC", "Port Hawkesbury", [], ["Port Hawkesbury"]),
     ("ORG", "Nova Scotia Power", ["NS Power"], ["Nova Scotia Power"]),
     ("ORG", "Port Hawkesbury Paper", ["PHP"], ["Port Hawkesbury Paper"]),
     ("LOC", "Glace Bay", [], ["Glace Bay"]),
     ("ORG", "Glace Bay Snow Crab Fishermen's Association", ["Glace Bay Snow Crab Fishermen's Assn"],
      ["Glace Bay Snow Crab Fishermen's Association"]),
     ("ORG", "Nova Scotia Department of Fisheries and Aquaculture", ["Department of Fisheries and Aquaculture (Nova Scotia)"], ["Nova Scotia Department of Fisheries and Aquaculture"]),
     ("PERSON", "Darlene MacNeil", ["MacNeil"], ["Darlene MacNeil"]),
     ("ORG", "Cape Breton Regional Police Service", ["Cape Breton Regional Police", "CBRPS"], ["Cape Breton Regional Police"]),
     ("LOC", "New Waterford", [], ["New Waterford"]),
     ("ORG", "Salvation Army", ["The Salvation Army"], ["Salvation Army"]),
     ("LOC", "North Sydney", ["North Sydney, Nova Scotia"], ["North Sydney"]),
     ("ORG", "Nova Scotia New Democratic Party", ["Nova Scotia NDP", "NSNDP"], ["Nova Scotia NDP"]),
     ("ORG", "Cape Breton Regional Hospital", [], ["Cape Breton Regional Hospital"]),
     ("ORG", "Atlantic Canada Opportunities Agency", ["ACOA"], ["Atlantic Canada Opportunities Agency"]),
     ("LOC", "Louisbourg", ["Louisbourg, Nova Scotia"], ["Louisbourg"]),
     ("LOC", "Antigonish", [], ["Antigonish"]),
     ("ORG", "St. Francis Xavier University", ["StFX", "St. FX"], ["St. Francis Xavier University"])],
    [("04", "met", "Sydney, Nova Scotia", "2026-09-19"), ("05", "welcomed", None, "2026-09-19"),
     ("05", "signed", "Port Hawkesbury", "2026-09-18"), ("14", "rallied", "Glace Bay", "2026-09-17"),
     ("10", "demanded", "Glace Bay", "2026-09-17"), ("13", "threatened", "Glace Bay", "2026-09-17"),
     ("17", "arrested", "New Waterford", "2026-09-18"), ("07", "handed out", "North Sydney", "2026-09-19"),
     ("11", "criticised", None, "2026-09-18"), ("03", "willing", "Louisbourg", None),
     ("04", "visit", "Antigonish", "2026-09-25")])

doc("b17-fr-01-kara", "fr", "2026-09-14T08:00:00Z",
    "Kara : le préfet de la Kozah rencontre les producteurs de coton, les conducteurs de taxi-moto manifestent à Sokodé",
    "KARA, 14 septembre - Le préfet de la Kozah, Essohanam Pékemsi, a rencontré samedi à Kara des représentants de la Fédération nationale des groupements de producteurs de coton (FNGPC) et des responsables de la Nouvelle société cotonnière du Togo (NSCT) pour évoquer les retards de paiement de la dernière campagne.\n"
    "« Un producteur qui attend son argent depuis six mois ne replantera pas l'an prochain », a déclaré M. Pékemsi à l'issue de l'entretien. Près d'un quart des sommes dues aux producteurs du nord du Togo n'a toujours pas été versé.\n"
    "Samedi également, à Kara, la Société togolaise des eaux (TdE) a signé avec l'université de Kara une convention pour installer des bornes-fontaines sur le campus, dont les travaux doivent commencer le 1er novembre.\n"
    "A Sokodé, plusieurs centaines de conducteurs de taxi-moto ont manifesté vendredi dernier devant la mairie pour protester contre la hausse du prix de l'essence. Lors du rassemblement, le Syndicat des conducteurs de taxi-moto de Tchaoudjo a exigé le retour à l'ancien tarif sous une semaine, menaçant de paralyser la ville s'il n'était pas entendu. « Avec ce prix, on roule toute la journée pour remplir le réservoir », a déclaré Abdou-Razak Ouro-Sama, conducteur depuis neuf ans.\n"
    "La gendarmerie nationale togolaise a interpellé jeudi à Dapaong quatre personnes soupçonnées de trafic de médicaments contrefaits, a-t-elle annoncé.\n"
    "La Croix-Rouge togolaise a distribué mercredi des kits d'hygiène et des moustiquaires à 500 familles sinistrées par les inondations à Mango.\n"
    "L'Alliance nationale pour le changement (ANC) a dénoncé dimanche le manque d'enseignants dans les écoles rurales de la région des Savanes.\n"
    "Le Fonds national de la finance inclusive (FNFI) s'est dit prêt à financer des décortiqueuses pour les femmes productrices de Niamtougou.\n"
    "M. Pékemsi est attendu mardi prochain à Pya pour inaugurer un marché couvert.",
    [("LOC", "Kara", ["Kara, Togo"], ["KARA", "Kara"]),
     ("LOC", "Kozah Prefecture", ["Kozah", "préfecture de la Kozah"], ["Kozah"]),
     ("LOC", "Sokodé", ["Sokode"], ["Sokodé"]),
     ("PERSON", "Essohanam Pékemsi", ["Essohanam Pekemsi", "Pékemsi"], ["Essohanam Pékemsi", "Pékemsi"]),
     ("ORG", "Fédération nationale des groupements de producteurs de coton", ["FNGPC", "National Federation of Cotton Producers' Groups (Togo)"],
      ["Fédération nationale des groupements de producteurs de coton", "FNGPC"]),
     ("ORG", "Nouvelle société cotonnière du Togo", ["NSCT", "New Cotton Company of Togo"],
      ["Nouvelle société cotonnière du Togo", "NSCT"]),
     ("LOC", "Togo", [], ["Togo"]),
     ("ORG", "Société togolaise des eaux", ["TdE", "Togolese Water Company"], ["Société togolaise des eaux", "TdE"]),
     ("ORG", "University of Kara", ["Université de Kara"], ["université de Kara"]),
     ("ORG", "Syndicat des conducteurs de taxi-moto de Tchaoudjo", ["Tchaoudjo Motorcycle Taxi Drivers' Union"],
      ["Syndicat des conducteurs de taxi-moto de Tchaoudjo"]),
     ("PERSON", "Abdou-Razak Ouro-Sama", ["Ouro-Sama"], ["Abdou-Razak Ouro-Sama"]),
     ("ORG", "Gendarmerie nationale togolaise", ["Togolese National Gendarmerie", "Togolese Gendarmerie"],
      ["gendarmerie nationale togolaise"]),
     ("LOC", "Dapaong", ["Dapaon"], ["Dapaong"]),
     ("ORG", "Togolese Red Cross", ["Croix-Rouge togolaise", "Togolese Red Cross Society"], ["Croix-Rouge togolaise"]),
     ("LOC", "Mango", ["Sansanné-Mango"], ["Mango"]),
     ("ORG", "Alliance nationale pour le changement", ["ANC (Togo)", "National Alliance for Change"],
      ["Alliance nationale pour le changement", "ANC"]),
     ("LOC", "Savanes Region (Togo)", ["Savanes Region", "région des Savanes"], ["région des Savanes"]),
     ("ORG", "Fonds national de la finance inclusive", ["FNFI", "National Inclusive Finance Fund (Togo)"],
      ["Fonds national de la finance inclusive", "FNFI"]),
     ("LOC", "Niamtougou", [], ["Niamtougou"]),
     ("LOC", "Pya", [], ["Pya"])],
    [("04", "rencontré", "Kara", "2026-09-12"), ("05", "signé", "Kara", "2026-09-12"),
     ("14", "manifesté", "Sokodé", "2026-09-11"), ("10", "exigé", "Sokodé", "2026-09-11"),
     ("13", "menaçant", "Sokodé", "2026-09-11"), ("17", "interpellé", "Dapaong", "2026-09-10"),
     ("07", "distribué", "Mango", "2026-09-09"), ("11", "dénoncé", None, "2026-09-13"),
     ("03", "prêt", "Niamtougou", None), ("04", "attendu", "Pya", "2026-09-15")])

doc("b17-fr-02-la-reunion", "fr", "2026-10-29T08:00:00Z",
    "La Réunion : la présidente de région reçoit planteurs et sucriers, les planteurs bloquent une usine à Saint-André",
    "SAINT-DENIS (La Réunion), 29 octobre - La présidente de la région Réunion, Huguette Bello, a rencontré mercredi à Saint-Denis des représentants des planteurs de canne et des responsables du groupe sucrier Tereos pour tenter de sortir de la crise qui paralyse la fin de la campagne sucrière, a indiqué la collectivité.\n"
    "« Sans la canne, c'est tout l'Est de l'île qui s'effondre », a déclaré Mme Bello à l'issue de l'entretien. Les planteurs jugent insuffisant le prix proposé pour la tonne de canne livrée.\n"
    "Mercredi également, à Saint-Paul, le Territoire de la Côte Ouest (TCO) a signé avec l'Office de l'eau Réunion une convention pour rénover les réseaux d'irrigation des hauts de l'île, dont les travaux doivent débuter le 1er février.\n"
    "A Saint-André, plusieurs centaines de planteurs ont bloqué samedi dernier l'entrée d'une usine sucrière avec leurs camions. Lors du blocage, la Confédération générale des planteurs et éleveurs de La Réunion (CGPER) a réclamé une hausse de dix euros du prix de la tonne de canne, menaçant d'étendre le mouvement à toute l'île si elle n'était pas entendue. « On coupe la canne sous le soleil pour un prix qui ne paie même pas l'engrais », a déclaré Jean-Hugues Payet, planteur à Sainte-Suzanne depuis vingt ans.\n"
    "Les gendarmes ont interpellé mardi à Saint-Joseph trois hommes soupçonnés de cultiver du cannabis dans des serres clandestines, a annoncé le parquet de Saint-Pierre.\n"
    "Le Secours catholique a distribué lundi des colis alimentaires à 200 familles de Salazie.\n"
    "La Confédération générale du travail de La Réunion (CGTR) a dénoncé mercredi la hausse des prix des produits de première nécessité, qu'elle juge « sans rapport avec les coûts réels ».\n"
    "La chambre d'agriculture de La Réunion s'est dite prête à cofinancer une retenue d'eau agricole au Tampon.\n"
    "Mme Bello est attendue jeudi prochain à Cilaos pour inaugurer un nouveau centre de santé.",
    [("LOC", "Réunion", ["La Réunion", "Reunion"], ["La Réunion"]),
     ("ORG", "Regional Council of Réunion", ["Région Réunion", "Conseil régional de La Réunion"], ["région Réunion"]),
     ("LOC", "Saint-André, Réunion", ["Saint-André (La Réunion)", "Saint-André"], ["Saint-André"]),
     ("LOC", "Saint-Denis, Réunion", ["Saint-Denis (La Réunion)", "Saint-Denis"], ["SAINT-DENIS", "Saint-Denis"]),
     ("PERSON", "Huguette Bello", ["Bello"], ["Huguette Bello", "Bello"]),
     ("ORG", "Tereos", [], ["Tereos"]),
     ("LOC", "Saint-Paul, Réunion", ["Saint-Paul (La Réunion)", "Saint-Paul"], ["Saint-Paul"]),
     ("ORG", "Territoire de la Côte Ouest", ["TCO"], ["Territoire de la Côte Ouest", "TCO"]),
     ("ORG", "Office de l'eau Réunion", ["Réunion Water Office"], ["Office de l'eau Réunion"]),
     ("ORG", "Confédération générale des planteurs et éleveurs de La Réunion", ["CGPER"],
      ["Confédération générale des planteurs et éleveurs de La Réunion", "CGPER"]),
     ("PERSON", "Jean-Hugues Payet", ["Payet"], ["Jean-Hugues Payet"]),
     ("LOC", "Sainte-Suzanne, Réunion", ["Sainte-Suzanne"], ["Sainte-Suzanne"]),
     ("LOC", "Saint-Joseph, Réunion", ["Saint-Joseph (La Réunion)", "Saint-Joseph"], ["Saint-Joseph"]),
     ("ORG", "Parquet de Saint-Pierre (La Réunion)", ["Saint-Pierre prosecutor's office"], ["parquet de Saint-Pierre"]),
     ("ORG", "Secours catholique", ["Secours Catholique", "Caritas France"], ["Secours catholique"]),
     ("LOC", "Salazie", [], ["Salazie"]),
     ("ORG", "Confédération générale du travail de La Réunion", ["CGTR"],
      ["Confédération générale du travail de La Réunion", "CGTR"]),
     ("ORG", "Chambre d'agriculture de La Réunion", ["Réunion Chamber of Agriculture"], ["chambre d'agriculture de La Réunion"]),
     ("LOC", "Le Tampon", ["Tampon"], ["Tampon"]),
     ("LOC", "Cilaos", [], ["Cilaos"])],
    [("04", "rencontré", "Saint-Denis, Réunion", "2026-10-28"), ("05", "signé", "Saint-Paul, Réunion", "2026-10-28"),
     ("14", "bloqué", "Saint-André, Réunion", "2026-10-24"), ("10", "réclamé", "Saint-André, Réunion", "2026-10-24"),
     ("13", "menaçant", "Saint-André, Réunion", "2026-10-24"), ("17", "interpellé", "Saint-Joseph, Réunion", "2026-10-27"),
     ("07", "distribué", "Salazie", "2026-10-26"), ("11", "dénoncé", None, "2026-10-28"),
     ("03", "prête", "Le Tampon", None), ("04", "attendue", "Cilaos", "2026-11-05")])

doc("b17-fr-03-vendee", "fr", "2026-11-21T09:00:00Z",
    "Vendée : le président du département au chevet des ostréiculteurs de Noirmoutier, les agriculteurs bloquent Luçon",
    "LA ROCHE-SUR-YON, 21 novembre - Le président du conseil départemental de la Vendée, Alain Leboeuf, a rencontré vendredi à Noirmoutier-en-l'Île des ostréiculteurs et des représentants du comité régional de la conchyliculture des Pays de la Loire pour évoquer la fermeture des parcs après une pollution bactérienne, a indiqué le département.\n"
    "« Ces familles vivent de l'huître depuis quatre générations, elles ne peuvent pas attendre l'été », a déclaré M. Leboeuf à l'issue de l'entretien. La vente est interdite depuis trois semaines dans la première zone ostréicole de Vendée, à l'approche des fêtes.\n"
    "Vendredi également, aux Sables-d'Olonne, Les Sables d'Olonne Agglomération a signé avec le chantier Bénéteau une convention pour former 80 apprentis charpentiers de marine, dont la première promotion doit débuter le 4 janvier.\n"
    "A Luçon, plusieurs centaines d'agriculteurs ont bloqué mardi dernier les accès à la ville avec leurs tracteurs pour protester contre de nouvelles restrictions d'irrigation dans le Marais poitevin. Lors de la mobilisation, la FDSEA de la Vendée a exigé la levée des restrictions avant les semis de printemps. « On nous demande de produire plus avec moins d'eau chaque année », a déclaré Mathilde Guérineau, éleveuse à Chaillé-les-Marais.\n"
    "Les gendarmes ont interpellé mercredi à Challans deux hommes soupçonnés de vols de matériel agricole, a annoncé le parquet de La Roche-sur-Yon.\n"
    "La Banque alimentaire de la Vendée a distribué jeudi des colis à 300 familles à Fontenay-le-Comte.\n"
    "Le collectif Santé Sud-Vendée a dénoncé vendredi la fermeture de lits de médecine à l'hôpital local, qu'il juge « dangereuse pour les personnes âgées ».\n"
    "Le syndicat Vendée Eau s'est dit prêt à financer une unité de dessalement sur l'île d'Yeu.\n"
    "M. Leboeuf est attendu mardi prochain à Saint-Gilles-Croix-de-Vie pour inaugurer la nouvelle criée.",
    [("LOC", "La Roche-sur-Yon", [], ["LA ROCHE-SUR-YON"]),
     ("LOC", "Vendée", ["Vendée department", "Vendee"], ["Vendée"]),
     ("LOC", "Noirmoutier-en-l'Île", ["Noirmoutier", "Noirmoutier-en-l'Ile"], ["Noirmoutier-en-l'Île"]),
     ("LOC", "Luçon", ["Lucon"], ["Luçon"]),
     ("ORG", "Departmental Council of Vendée", ["Conseil départemental de la Vendée", "Vendée Departmental Council"],
      ["conseil départemental de la Vendée"]),
     ("PERSON", "Alain Leboeuf", ["Leboeuf"], ["Alain Leboeuf", "Leboeuf"]),
     ("ORG", "Comité régional de la conchyliculture des Pays de la Loire", ["CRC Pays de la Loire",
                                                                           "Pays de la Loire Regional Shellfish Committee"],
      ["comité régional de la conchyliculture des Pays de la Loire"]),
     ("LOC", "Les Sables-d'Olonne", ["Les Sables d'Olonne"], ["Sables-d'Olonne"]),
     ("ORG", "Les Sables d'Olonne Agglomération", ["Sables d'Olonne Agglomération"], ["Les Sables d'Olonne Agglomération"]),
     ("ORG", "Bénéteau", ["Beneteau", "Chantiers Bénéteau", "Groupe Beneteau"], ["Bénéteau"]),
     ("LOC", "Marais poitevin", ["Poitevin Marsh"], ["Marais poitevin"]),
     ("ORG", "FDSEA de la Vendée", ["FDSEA 85", "Vendée farmers' union"], ["FDSEA de la Vendée"]),
     ("PERSON", "Mathilde Guérineau", ["Guérineau"], ["Mathilde Guérineau"]),
     ("LOC", "Chaillé-les-Marais", [], ["Chaillé-les-Marais"]),
     ("LOC", "Challans", [], ["Challans"]),
     ("ORG", "Parquet de La Roche-sur-Yon", ["La Roche-sur-Yon prosecutor's office"], ["parquet de La Roche-sur-Yon"]),
     ("ORG", "Banque alimentaire de la Vendée", ["Vendée Food Bank"], ["Banque alimentaire de la Vendée"]),
     ("LOC", "Fontenay-le-Comte", [], ["Fontenay-le-Comte"]),
     ("ORG", "Collectif Santé Sud-Vendée", ["Santé Sud-Vendée"], ["collectif Santé Sud-Vendée", "Santé Sud-Vendée"]),
     ("ORG", "Vendée Eau", ["Vendee Eau"], ["Vendée Eau"]),
     ("LOC", "Île d'Yeu", ["Ile d'Yeu", "Yeu"], ["île d'Yeu"]),
     ("LOC", "Saint-Gilles-Croix-de-Vie", [], ["Saint-Gilles-Croix-de-Vie"])],
    [("04", "rencontré", "Noirmoutier-en-l'Île", "2026-11-20"), ("05", "signé", "Les Sables-d'Olonne", "2026-11-20"),
     ("14", "bloqué", "Luçon", "2026-11-17"), ("10", "exigé", "Luçon", "2026-11-17"),
     ("17", "interpellé", "Challans", "2026-11-18"), ("07", "distribué", "Fontenay-le-Comte", "2026-11-19"),
     ("11", "dénoncé", None, "2026-11-20"), ("03", "prêt", "Île d'Yeu", None),
     ("04", "attendu", "Saint-Gilles-Croix-de-Vie", "2026-11-24")])

write("blind17.jsonl")
