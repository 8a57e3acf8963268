# Writes blind21.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers, envoys and military commissions meeting, calls and visits, agreements, border clashes, air and
# drone strikes, bombings, arrests, protests and strikes, opposition demands, threats, rejections, criticism, aid.
# Arabic, the weakest language, has the larger sample, half Arab-world and half world stories told in Arabic: Libya's
# 5+5 commission in Sirte and migrant smuggling in Sabratha, Yemen's Shabwa (Ataq, Balhaf) with a Japanese
# ambassador, Iraq's Salah al-Din and Diyala (Samarra, Tikrit, Al-Shirqat, Muqdadiya), Thailand and Cambodia's
# border (Sa Kaeo, Preah Vihear, Poipet), Kashmir's Line of Control (Kupwara, Muzaffarabad, Poonch) and South
# Kordofan (Kadugli, Dilling); English: wildfires and a copper strike in Chile, floods in Sumatra, a national strike
# in Belgium; French: Guinea-Bissau's transition, Senegal's debt and taxes, missile strikes on Dnipro. People, bodies
# and places are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only
# hits are countries, listed in heldout/README.md). Real public figures in plausible public roles as of late 2026;
# other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind21.py
from gold import doc, write

doc("b21-ar-01-sirte-sabratha", "ar", "2026-11-11T09:00:00Z",
    "اللجنة العسكرية المشتركة تجتمع في سرت وضبط شبكة لتهريب المهاجرين في صبراتة",
    "سرت - عقدت اللجنة العسكرية المشتركة الليبية (5+5)، أمس الثلاثاء في مدينة سرت، اجتماعا بحضور ممثلين عن بعثة الأمم المتحدة للدعم في ليبيا، لبحث توحيد المؤسسة العسكرية وإخراج المرتزقة والقوات الأجنبية من البلاد، بحسب بيان للجنة.\n"
    "وقال رئيس وفد المنطقة الغربية في اللجنة اللواء أحمد أبوشحمة إن «الاجتماع اتفق على آلية لتبادل المعلومات حول تحركات المرتزقة في الجنوب».\n"
    "وفي صبراتة غرب البلاد، أعلن جهاز دعم الاستقرار أمس ضبط شبكة لتهريب المهاجرين واعتقال تسعة من أفرادها، وتحرير 130 مهاجرا كانوا محتجزين في مزرعة غرب المدينة.\n"
    "ورحب رئيس الوزراء عبد الحميد الدبيبة أمس بالعملية، ثم بحث في اتصال هاتفي مع رئيسة الوزراء الإيطالية جورجيا ميلوني ملف الهجرة غير النظامية عبر البحر.\n"
    "وأعلنت منظمة أطباء العالم أمس أنها قدمت مساعدات غذائية وطبية للمهاجرين المحررين في صبراتة.\n"
    "وأكدت البعثة الأممية في بيان أن الاجتماع «خطوة مهمة نحو توحيد المؤسسة العسكرية»، داعية جميع الأطراف إلى الامتناع عن أي تصعيد ميداني.\n"
    "وفي مدينة زوارة، تظاهر عشرات من الأهالي أمس احتجاجا على نقص الوقود والسيولة، وطالب المجلس الأعلى للأمازيغ في ليبيا الحكومة بتوفير الوقود لمحطات المدينة خلال أسبوع.\n"
    "من جهة أخرى، هدد عناصر من حرس المنشآت النفطية بإغلاق ميناء السدرة النفطي إذا لم تصرف رواتبهم المتأخرة منذ أربعة أشهر.\n"
    "ومن المقرر أن تعقد اللجنة العسكرية المشتركة اجتماعها المقبل في سرت الثلاثاء المقبل بمشاركة مراقبين دوليين، لاستكمال بحث ملف المرتزقة وتوحيد المؤسسة العسكرية.",
    [("LOC", "Sirte", ["Surt", "Sirt"], ["سرت"]),
     ("ORG", "5+5 Joint Military Commission", ["Joint Military Commission", "JMC", "5+5 Committee"],
      ["اللجنة العسكرية المشتركة الليبية (5+5)", "اللجنة العسكرية المشتركة الليبية", "اللجنة العسكرية المشتركة"]),
     ("ORG", "United Nations Support Mission in Libya", ["UNSMIL"], ["بعثة الأمم المتحدة للدعم في ليبيا"]),
     ("PERSON", "Ahmed Abu Shahma", ["Ahmed Abushahma", "Abu Shahma"], ["أحمد أبوشحمة"]),
     ("LOC", "Sabratha", ["Sabrata"], ["صبراتة"]),
     ("ORG", "Stability Support Apparatus", ["SSA", "Stability Support Authority"], ["جهاز دعم الاستقرار"]),
     ("PERSON", "Abdul Hamid Dbeibah", ["Abdulhamid Dbeibah", "Abdul Hamid Dbeiba", "Dbeibah"], ["عبد الحميد الدبيبة"]),
     ("PERSON", "Giorgia Meloni", ["Meloni"], ["جورجيا ميلوني"]),
     ("ORG", "Médecins du Monde", ["Doctors of the World", "MdM"], ["منظمة أطباء العالم", "أطباء العالم"]),
     ("LOC", "Zuwara", ["Zuwarah", "Zuara"], ["زوارة"]),
     ("ORG", "Amazigh Supreme Council of Libya", ["Libyan Amazigh Supreme Council", "Supreme Amazigh Council"],
      ["المجلس الأعلى للأمازيغ في ليبيا"]),
     ("ORG", "Petroleum Facilities Guard", ["PFG", "Oil Facilities Guard"], ["حرس المنشآت النفطية"]),
     ("LOC", "Es Sider", ["Sidra", "Es Sider oil terminal", "Al-Sidra port"], ["ميناء السدرة"])],
    [("04", "اجتماعا", "Sirte", "2026-11-10"), ("17", "ضبط", "Sabratha", "2026-11-10"),
     ("05", "ورحب", None, "2026-11-10"), ("04", "اتصال هاتفي", None, "2026-11-10"),
     ("07", "قدمت", "Sabratha", "2026-11-10"), ("14", "تظاهر", "Zuwara", "2026-11-10"),
     ("10", "وطالب", "Zuwara", "2026-11-10"), ("13", "هدد", "Es Sider", None),
     ("04", "اجتماعها", "Sirte", "2026-11-17")])

doc("b21-ar-02-shabwa", "ar", "2026-11-19T08:00:00Z",
    "محافظ شبوة يبحث مع السفير الياباني إعادة تشغيل منشأة بلحاف وهجوم بمسيرة على موقع عسكري في بيحان",
    "عتق - التقى محافظ شبوة عوض محمد الوزير العولقي، أمس الأربعاء في مدينة عتق، السفير الياباني لدى اليمن يوشيهيرو كاتاياما، وبحث معه إعادة تشغيل منشأة بلحاف لتصدير الغاز المسال المتوقفة منذ عام 2015، بحسب وكالة الأنباء اليمنية (سبأ).\n"
    "وقال العولقي خلال اللقاء إن «عودة التصدير من بلحاف ستوفر موارد لدفع رواتب الموظفين وتحسين الكهرباء في المحافظة». وأضاف أن المحافظة تحتاج إلى دعم دولي لإعادة تأهيل الطرق والمدارس والمرافق الصحية في مديرياتها البعيدة.\n"
    "ميدانيا، استهدفت طائرة مسيرة مجهولة المصدر فجر الثلاثاء موقعا عسكريا في مديرية بيحان، ما أدى إلى مقتل جنديين وإصابة أربعة آخرين، وفق مصدر عسكري.\n"
    "واعتقلت قوات دفاع شبوة أمس خلية من خمسة أشخاص في مديرية عزان قالت إنها كانت تعد لتفجير عبوات ناسفة على الطريق الدولي.\n"
    "وطالب المجلس الانتقالي الجنوبي أمس الحكومة بتسليم إدارة المنشآت النفطية في المحافظة لأبنائها، في حين انتقد وزير النفط والمعادن اليمني سعيد الشماسي ما وصفه بـ«المزايدات السياسية» على ملف الغاز.\n"
    "ووزع الهلال الأحمر الإماراتي أمس 2000 سلة غذائية على الأسر النازحة في عزان.\n"
    "وتشهد المحافظة منذ أشهر احتجاجات متكررة على انقطاع الكهرباء لساعات طويلة وتدهور قيمة العملة المحلية، في ظل توقف صادرات النفط والغاز منذ أكثر من ثلاث سنوات.\n"
    "ومن المقرر أن يزور رئيس الوزراء اليمني سالم بن بريك عتق الأحد المقبل لتدشين محطة كهرباء جديدة تعمل بالطاقة الشمسية، بتمويل إماراتي.",
    [("LOC", "Shabwa Governorate", ["Shabwa", "Shabwah"], ["شبوة"]),
     ("PERSON", "Awadh Mohammed al-Wazir al-Awlaki", ["Awad al-Wazir al-Awlaki", "Awadh al-Wazir", "al-Awlaki"],
      ["عوض محمد الوزير العولقي", "العولقي"]),
     ("LOC", "Ataq", ["Ataq city", "Attaq"], ["عتق"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("PERSON", "Yoshihiro Katayama", ["Katayama"], ["يوشيهيرو كاتاياما"]),
     ("LOC", "Balhaf", ["Balhaf LNG terminal", "Balhaf terminal"], ["بلحاف"]),
     ("ORG", "Saba News Agency", ["SABA", "Yemen News Agency (SABA)"], ["وكالة الأنباء اليمنية (سبأ)", "وكالة الأنباء اليمنية", "سبأ"]),
     ("LOC", "Bayhan", ["Bayhan district", "Beihan"], ["مديرية بيحان", "بيحان"]),
     ("ORG", "Shabwa Defence Forces", ["Shabwani Defence Forces", "Shabwa Defense Forces"], ["قوات دفاع شبوة"]),
     ("LOC", "Azzan", ["Azzan district", "Azan"], ["مديرية عزان", "عزان"]),
     ("ORG", "Southern Transitional Council", ["STC"], ["المجلس الانتقالي الجنوبي"]),
     ("PERSON", "Saeed al-Shamasi", ["Said al-Shamasi", "al-Shamasi"], ["سعيد الشماسي"]),
     ("ORG", "Emirates Red Crescent", ["ERC", "UAE Red Crescent"], ["الهلال الأحمر الإماراتي"]),
     ("PERSON", "Salem bin Breik", ["Salem Saleh bin Braik", "Salem bin Braik", "bin Breik"], ["سالم بن بريك"])],
    [("04", "التقى", "Ataq", "2026-11-18"), ("19", "استهدفت", "Bayhan", "2026-11-17"),
     ("17", "واعتقلت", "Azzan", "2026-11-18"), ("10", "وطالب", None, "2026-11-18"),
     ("11", "انتقد", None, "2026-11-18"), ("07", "ووزع", "Azzan", "2026-11-18"),
     ("04", "يزور", "Ataq", "2026-11-22")])

doc("b21-ar-03-salahuddin-diyala", "ar", "2026-11-25T10:00:00Z",
    "مقتل ثلاثة جنود في هجوم قرب سامراء واعتقال مطلوبين في المقدادية",
    "تكريت - قتل ثلاثة جنود عراقيين وأصيب اثنان آخران في هجوم شنه مسلحون مجهولون فجر الثلاثاء على نقطة تفتيش يتولاها الجيش العراقي في منطقة مطيبيجة شرق سامراء، بحسب مصدر أمني في محافظة صلاح الدين.\n"
    "وفي محافظة ديالى، اعتقلت قوة من الحشد الشعبي الاثنين أربعة مطلوبين بتهم إرهابية في قضاء المقدادية، وضبطت بحوزتهم أسلحة وعبوات ناسفة.\n"
    "سياسيا، استقبل نائب محافظ صلاح الدين عمار حسين الجميلي أمس في تكريت وفدا من برنامج الأمم المتحدة الإنمائي، وبحث معه تمويل مشاريع لتأهيل شبكات المياه في المدينة. وقال الجميلي إن «مدن المحافظة ما زالت تعاني من آثار الحرب، وتحتاج إلى مئات المدارس الجديدة».\n"
    "وتشهد المناطق الصحراوية الواقعة بين صلاح الدين وديالى هجمات متفرقة تنفذها خلايا مسلحة تستغل الطبيعة الوعرة للتضاريس وضعف التغطية الأمنية في بعض القواطع.\n"
    "وفي قضاء الشرقاط، تظاهر مئات المزارعين أمس أمام مبنى القائممقامية احتجاجا على تأخر صرف مستحقاتهم عن محصول الحنطة، وطالبوا الشركة العامة لتجارة الحبوب بصرفها قبل نهاية الشهر. وقال المزارع خلف صالح الجبوري إن «العائلات باعت مواشيها لتسديد ديون البذور والأسمدة».\n"
    "وفي مدينة بيجي، وقعت السلطات المحلية أمس عقدا مع شركة سيمنز للطاقة الألمانية لإعادة تأهيل محطة كهرباء المدينة المتضررة منذ سنوات.\n"
    "ومن المقرر أن يزور وفد أمني رفيع برئاسة قائد القوات البرية العراقية قضاء خانقين السبت المقبل لتفقد القطعات المنتشرة على الحدود مع إيران.",
    [("LOC", "Tikrit", [], ["تكريت"]),
     ("LOC", "Samarra", ["Samarra city"], ["سامراء"]),
     ("ORG", "Iraqi Army", ["Iraqi Armed Forces", "Iraqi army"], ["الجيش العراقي"]),
     ("LOC", "Mutaibija", ["Al-Mutaibija", "Mutaybija"], ["مطيبيجة"]),
     ("LOC", "Salah al-Din Governorate", ["Salahuddin", "Saladin Governorate", "Salah ad-Din"],
      ["محافظة صلاح الدين", "صلاح الدين"]),
     ("LOC", "Diyala Governorate", ["Diyala", "Diyala Province"], ["محافظة ديالى", "ديالى"]),
     ("ORG", "Popular Mobilization Forces", ["PMF", "Hashd al-Shaabi", "Popular Mobilisation Forces"], ["الحشد الشعبي"]),
     ("LOC", "Muqdadiya", ["Al-Muqdadiya", "Muqdadiyah", "Muqdadiya District"], ["قضاء المقدادية", "المقدادية"]),
     ("PERSON", "Ammar Hussein al-Jumaili", ["Ammar Hussein al-Jumayli", "al-Jumaili"], ["عمار حسين الجميلي", "الجميلي"]),
     ("ORG", "United Nations Development Programme", ["UNDP"], ["برنامج الأمم المتحدة الإنمائي"]),
     ("LOC", "Al-Shirqat", ["Shirqat", "Al-Shirqat District", "Sharqat"], ["قضاء الشرقاط", "الشرقاط"]),
     ("ORG", "General Company for Grain Trading", ["Grain Board of Iraq", "State Company for Grain Trading"],
      ["الشركة العامة لتجارة الحبوب"]),
     ("PERSON", "Khalaf Salih al-Jubouri", ["Khalaf Saleh al-Jubouri"], ["خلف صالح الجبوري"]),
     ("LOC", "Baiji", ["Bayji", "Beiji"], ["بيجي"]),
     ("ORG", "Siemens Energy", ["Siemens Energy AG", "Siemens"], ["شركة سيمنز للطاقة", "سيمنز للطاقة"]),
     ("ORG", "Iraqi Ground Forces", ["Iraqi Ground Forces Command", "Iraqi Army Ground Forces"],
      ["القوات البرية العراقية"]),
     ("LOC", "Khanaqin", ["Khanaqin District", "Xaneqîn"], ["قضاء خانقين", "خانقين"]),
     ("LOC", "Iran", ["Islamic Republic of Iran"], ["إيران"])],
    [("19", "هجوم", "Mutaibija", "2026-11-24"), ("17", "اعتقلت", "Muqdadiya", "2026-11-23"),
     ("04", "استقبل", "Tikrit", "2026-11-24"), ("14", "تظاهر", "Al-Shirqat", "2026-11-24"),
     ("10", "وطالبوا", "Al-Shirqat", "2026-11-24"), ("05", "وقعت", "Baiji", "2026-11-24"),
     ("04", "يزور", "Khanaqin", "2026-11-28")])

doc("b21-ar-04-thai-cambodia", "ar", "2026-11-08T07:00:00Z",
    "تايلاند وكمبوديا توقعان اتفاقا لإزالة الألغام الحدودية بعد اشتباك قرب معبد برياه فيهير",
    "سا كايو (تايلاند) - التقى وزير الخارجية التايلاندي سيهاساك فوانغكيتكيو ونائب رئيس الوزراء وزير الدفاع الكمبودي تيا سيها، أمس السبت في إقليم سا كايو الحدودي، وبحثا تثبيت وقف إطلاق النار بين البلدين، بحسب بيان مشترك.\n"
    "ووقع الجانبان في ختام اللقاء اتفاقا لإزالة الألغام وسحب الأسلحة الثقيلة من المناطق الحدودية المتنازع عليها خلال ستين يوما.\n"
    "وقال سيهاساك للصحفيين إن «الاتفاق خطوة أولى نحو إعادة فتح كل المعابر أمام التجارة والسياح».\n"
    "يأتي ذلك بعد أن تبادل الجيشان إطلاق النار الثلاثاء الماضي قرب معبد برياه فيهير، ما أسفر عن مقتل جنديين كمبوديين. واتهمت وزارة الدفاع الكمبودية الجيش التايلاندي بـ«خرق الهدنة»، فيما رفض رئيس الوزراء التايلاندي أنوتين تشارنفيراكول الاتهامات، مؤكدا أن قواته «ردت على إطلاق نار».\n"
    "وفي مدينة بويبيت الكمبودية المقابلة لمعبر كلونغ لوك، داهمت الشرطة الكمبودية الخميس مجمعا يستخدم لعمليات الاحتيال الإلكتروني، واعتقلت أكثر من 40 شخصا من جنسيات مختلفة.\n"
    "وأرسل الصليب الأحمر التايلاندي أمس مساعدات غذائية وخياما إلى آلاف النازحين في إقليم سورين، الذين فروا من القرى الحدودية خلال الاشتباكات.\n"
    "وكانت المواجهات التي اندلعت في تموز 2025 قد أسفرت عن مقتل العشرات ونزوح مئات الآلاف على جانبي الحدود قبل التوصل إلى وقف لإطلاق النار.\n"
    "ومن المقرر أن تعقد اللجنة الحدودية العامة بين البلدين اجتماعها المقبل الشهر المقبل.",
    [("LOC", "Thailand", ["Kingdom of Thailand", "Siam"], ["تايلاند"]),
     ("LOC", "Cambodia", ["Kingdom of Cambodia", "Kampuchea"], ["كمبوديا"]),
     ("LOC", "Preah Vihear Temple", ["Preah Vihear", "Prasat Preah Vihear", "Phra Wihan"], ["معبد برياه فيهير"]),
     ("LOC", "Sa Kaeo Province", ["Sa Kaeo", "Sakaeo"], ["إقليم سا كايو", "سا كايو"]),
     ("PERSON", "Sihasak Phuangketkeow", ["Sihasak"], ["سيهاساك فوانغكيتكيو", "سيهاساك"]),
     ("PERSON", "Tea Seiha", ["Tea Seiha", "Seiha"], ["تيا سيها"]),
     ("ORG", "Ministry of National Defence (Cambodia)", ["Cambodian Ministry of National Defence",
                                                        "Cambodian Defence Ministry"],
      ["وزارة الدفاع الكمبودية"]),
     ("ORG", "Royal Thai Army", ["Thai army", "Royal Thai Armed Forces"], ["الجيش التايلاندي"]),
     ("PERSON", "Anutin Charnvirakul", ["Anutin"], ["أنوتين تشارنفيراكول"]),
     ("LOC", "Poipet", ["Paoy Pet"], ["بويبيت"]),
     ("LOC", "Khlong Luek border crossing", ["Khlong Luek", "Rong Kluea", "Aranyaprathet crossing"], ["معبر كلونغ لوك"]),
     ("ORG", "Cambodian National Police", ["Cambodian police", "General Commissariat of National Police"],
      ["الشرطة الكمبودية"]),
     ("ORG", "Thai Red Cross Society", ["Thai Red Cross"], ["الصليب الأحمر التايلاندي"]),
     ("LOC", "Surin Province", ["Surin"], ["إقليم سورين", "سورين"]),
     ("ORG", "General Border Committee (Cambodia-Thailand)", ["General Border Committee", "GBC"],
      ["اللجنة الحدودية العامة"])],
    [("04", "التقى", "Sa Kaeo Province", "2026-11-07"), ("05", "ووقع", "Sa Kaeo Province", "2026-11-07"),
     ("19", "تبادل الجيشان إطلاق النار", "Preah Vihear Temple", "2026-11-03"), ("11", "واتهمت", None, None),
     ("12", "رفض", None, None), ("17", "داهمت", "Poipet", "2026-11-05"),
     ("07", "وأرسل", "Surin Province", "2026-11-07"), ("04", "اجتماعها", None, None)])

doc("b21-ar-05-kashmir", "ar", "2026-11-15T06:00:00Z",
    "مقتل جنديين هنديين ومدني في تبادل لإطلاق النار عبر خط المراقبة في كشمير",
    "سريناغار - قتل جنديان هنديان ومدني وأصيب خمسة آخرون في تبادل لإطلاق النار عبر خط المراقبة في قطاع كوبوارا ليل الجمعة، بحسب بيان صادر عن الجيش الهندي اتهم فيه الجانب الباكستاني بخرق تفاهم وقف إطلاق النار.\n"
    "واتهم وزير الدفاع الهندي راجناث سينغ أمس السبت باكستان بـ«دعم التسلل عبر الحدود»، محذرا من أن بلاده «سترد بقوة وفي الوقت الذي تختاره» إذا تكررت الهجمات.\n"
    "في المقابل، رفضت وزارة الخارجية الباكستانية الاتهامات الهندية، وقالت في بيان إن القوات الهندية هي التي بدأت إطلاق النار على قرى مدنية في الشطر الآخر من الإقليم.\n"
    "وفي مظفر آباد، تظاهر مئات الأشخاص أمس احتجاجا على القصف الهندي، ورددوا هتافات تطالب المجتمع الدولي بالتدخل لحماية سكان القرى الحدودية.\n"
    "وفي منطقة بونتش، اعتقلت شرطة جامو وكشمير الجمعة ثلاثة أشخاص قالت إنهم قدموا الدعم لمسلحين تسللوا عبر الحدود، وضبطت بحوزتهم أجهزة اتصال.\n"
    "وطالب رئيس وزراء إقليم جامو وكشمير عمر عبدالله أمس الحكومة الاتحادية بإعادة إعمار المنازل المتضررة في القرى الحدودية، في حين تعهدت الحكومة الهندية بتعويض أسر الضحايا.\n"
    "وكان رئيس الوزراء الباكستاني شهباز شريف قد أكد في وقت سابق أن بلاده منفتحة على الحوار مع الهند بشأن جميع القضايا العالقة، بما فيها كشمير.\n"
    "ويعد تبادل إطلاق النار هذا الأخطر منذ المواجهة العسكرية بين البلدين في أيار 2025، التي انتهت بوقف لإطلاق النار بعد أربعة أيام من القتال.",
    [("LOC", "Srinagar", [], ["سريناغار"]),
     ("LOC", "Line of Control", ["LoC", "Line of Control (Kashmir)"], ["خط المراقبة"]),
     ("LOC", "Kashmir", ["Kashmir region"], ["كشمير"]),
     ("LOC", "Kupwara", ["Kupwara sector", "Kupwara district"], ["قطاع كوبوارا", "كوبوارا"]),
     ("ORG", "Indian Army", ["Indian army", "Indian Armed Forces"], ["الجيش الهندي", "القوات الهندية"]),
     ("PERSON", "Rajnath Singh", ["Singh", "Rajnath"], ["راجناث سينغ"]),
     ("LOC", "Pakistan", ["Islamic Republic of Pakistan"], ["باكستان"]),
     ("ORG", "Ministry of Foreign Affairs (Pakistan)", ["Pakistani Foreign Office", "Pakistan Foreign Office"],
      ["وزارة الخارجية الباكستانية"]),
     ("LOC", "Muzaffarabad", [], ["مظفر آباد"]),
     ("LOC", "Poonch", ["Poonch district", "Punch"], ["منطقة بونتش", "بونتش"]),
     ("ORG", "Jammu and Kashmir Police", ["J&K Police", "Jammu & Kashmir Police"], ["شرطة جامو وكشمير"]),
     ("LOC", "Jammu and Kashmir", ["Jammu & Kashmir", "J&K"], ["إقليم جامو وكشمير", "جامو وكشمير"]),
     ("PERSON", "Omar Abdullah", ["Omar Abdullah (politician)"], ["عمر عبدالله"]),
     ("ORG", "Government of India", ["Indian government", "Union Government of India"], ["الحكومة الهندية"]),
     ("PERSON", "Shehbaz Sharif", ["Shahbaz Sharif", "Mian Muhammad Shehbaz Sharif"], ["شهباز شريف"]),
     ("LOC", "India", ["Republic of India"], ["الهند"])],
    [("19", "تبادل لإطلاق النار", "Kupwara", "2026-11-13"), ("11", "واتهم", None, "2026-11-14"),
     ("13", "محذرا", None, "2026-11-14"), ("12", "رفضت", None, None),
     ("14", "تظاهر", "Muzaffarabad", "2026-11-14"), ("17", "اعتقلت", "Poonch", "2026-11-13"),
     ("10", "وطالب", None, "2026-11-14"), ("03", "تعهدت", None, None)])

doc("b21-ar-06-kordofan", "ar", "2026-11-29T09:30:00Z",
    "مقتل 15 مدنيا في قصف بمسيرة على سوق في كادقلي والحلو يهدد بتوسيع العمليات",
    "كادقلي - قتل 15 مدنيا على الأقل وأصيب أكثر من 40 آخرين في قصف بطائرة مسيرة استهدف، أمس السبت، السوق الرئيسي في مدينة كادقلي عاصمة ولاية جنوب كردفان، بحسب مصادر طبية. وقال أحد التجار في السوق إن «القذيفة سقطت وسط الزحام في ساعة الذروة». واتهمت حكومة الولاية الحركة الشعبية لتحرير السودان - شمال بتنفيذ الهجوم.\n"
    "وأعلن الناطق باسم الجيش أن القوات الحكومية صدت فجر الجمعة هجوما واسعا على مدينة الدلنج من ثلاثة محاور، وكبدت المهاجمين خسائر كبيرة.\n"
    "وتحاصر قوات الحركة وحلفاؤها مدينتي كادقلي والدلنج منذ أشهر، ما أدى إلى ارتفاع حاد في أسعار المواد الغذائية ونقص في الوقود والأدوية.\n"
    "ودانت وزارة الخارجية السودانية القصف، واعتبرته «جريمة حرب تستهدف المدنيين العزل».\n"
    "من جهتها، طالبت لجنة أطباء السودان أمس بفتح ممرات آمنة لإجلاء الجرحى، مشيرة إلى نقص حاد في الأدوية وأكياس الدم في مستشفى المدينة.\n"
    "ووصلت إلى كادقلي أمس قافلة تضم 12 شاحنة محملة بالأدوية والمواد الغذائية أرسلتها منظمة إنقاذ الطفولة، بعد رحلة استغرقت أسبوعين عبر طرق وعرة.\n"
    "وفي بيان مصور، هدد قائد الحركة عبد العزيز الحلو بتوسيع العمليات العسكرية لتشمل مدينة أبو جبيهة إذا واصل الجيش قصف مناطق سيطرة الحركة في جبال النوبة.\n"
    "سياسيا، بحث مستشار الرئيس الأمريكي للشؤون الأفريقية مسعد بولس في اتصال هاتفي مع رئيس الوزراء السوداني كامل إدريس أمس جهود التوصل إلى هدنة إنسانية في السودان.",
    [("LOC", "Kadugli", ["Kaduqli"], ["كادقلي"]),
     ("LOC", "South Kordofan", ["South Kordofan State", "Southern Kordofan"], ["ولاية جنوب كردفان", "جنوب كردفان"]),
     ("ORG", "Sudan People's Liberation Movement–North", ["SPLM-N", "SPLM-North", "SPLM-N (al-Hilu)"],
      ["الحركة الشعبية لتحرير السودان - شمال"]),
     ("LOC", "Dilling", ["El Dilling", "Al-Dalanj"], ["الدلنج"]),
     ("ORG", "Ministry of Foreign Affairs (Sudan)", ["Sudanese Foreign Ministry"], ["وزارة الخارجية السودانية"]),
     ("ORG", "Sudan Doctors Network", ["Sudan Doctors' Committee", "Central Committee of Sudanese Doctors"],
      ["لجنة أطباء السودان"]),
     ("ORG", "Save the Children", ["Save the Children International"], ["منظمة إنقاذ الطفولة"]),
     ("PERSON", "Abdelaziz al-Hilu", ["Abdel Aziz al-Hilu", "al-Hilu"], ["عبد العزيز الحلو", "الحلو"]),
     ("LOC", "Abu Jubayhah", ["Abu Jubaiha", "Abu Jubeiha"], ["أبو جبيهة"]),
     ("LOC", "Nuba Mountains", ["Jibal al-Nuba"], ["جبال النوبة"]),
     ("PERSON", "Massad Boulos", ["Boulos", "Massad Fares Boulos"], ["مسعد بولس"]),
     ("PERSON", "Kamil Idris", ["Kamil Eltayeb Idris", "Kamal Idris"], ["كامل إدريس"]),
     ("LOC", "Sudan", ["Republic of the Sudan"], ["السودان"])],
    [("18", "قصف", "Kadugli", "2026-11-28"), ("11", "واتهمت", None, None),
     ("19", "هجوما", "Dilling", "2026-11-27"), ("11", "ودانت", None, None),
     ("10", "طالبت", None, "2026-11-28"), ("07", "ووصلت", "Kadugli", "2026-11-28"),
     ("13", "هدد", "Abu Jubayhah", None), ("04", "اتصال هاتفي", None, "2026-11-28")])

doc("b21-en-01-chile-fires", "en", "2026-11-17T13:00:00Z",
    "Kast visits fire-hit Viña del Mar as strike halts Escondida copper mine",
    "VALPARAÍSO, Chile, Nov 17 – President José Antonio Kast visited Viña del Mar on Monday, a day after wildfires "
    "destroyed more than 300 homes in the hills above the resort city and killed at least six people, the national "
    "disaster agency SENAPRED said.\n\n"
    "Police arrested two men suspected of starting one of the fires near Quilpué on Sunday evening, prosecutors said. "
    "Forestry agency CONAF said 2,400 hectares had burned across the Valparaíso region.\n\n"
    "Argentina sent two firefighting aircraft and 40 brigade members to Viña del Mar on Monday, and Kast met "
    "Argentine Foreign Minister Pablo Quirno later that day in Valparaíso to discuss cross-border emergency "
    "cooperation.\n\n"
    "The Communist Party of Chile criticised the government on Monday for cutting CONAF's budget this year, saying the "
    "cuts had left the region \"defenceless\".\n\n"
    "In the north, workers at BHP's Escondida mine, the world's largest copper mine, walked off the job on Monday "
    "after wage talks collapsed. The Escondida Mine Workers' Union No. 1 demanded a bonus of 30 million pesos per "
    "worker and a 6 percent raise.\n\n"
    "BHP rejected the union's demands on Monday as \"unsustainable\" and said contingency teams would keep part of "
    "the operation running. The mine, about 170 km south-east of Antofagasta, produces around 5 percent of global "
    "copper supply.\n\n"
    "Labour Ministry officials are due to meet both sides in Antofagasta next Thursday, the government said.",
    [("LOC", "Valparaíso", ["Valparaiso", "VALPARAÍSO"], ["VALPARAÍSO", "Valparaíso"]),
     ("LOC", "Chile", ["Republic of Chile"], ["Chile"]),
     ("PERSON", "José Antonio Kast", ["Jose Antonio Kast", "Kast"], ["José Antonio Kast", "Kast"]),
     ("LOC", "Viña del Mar", ["Vina del Mar"], ["Viña del Mar"]),
     ("ORG", "SENAPRED", ["National Disaster Prevention and Response Service", "Senapred"], ["SENAPRED"]),
     ("LOC", "Quilpué", ["Quilpue"], ["Quilpué"]),
     ("ORG", "CONAF", ["National Forest Corporation", "Corporación Nacional Forestal"], ["CONAF"]),
     ("LOC", "Valparaíso Region", ["Valparaiso Region", "Región de Valparaíso"], ["Valparaíso region"]),
     ("LOC", "Argentina", ["Argentine Republic"], ["Argentina"]),
     ("PERSON", "Pablo Quirno", ["Quirno"], ["Pablo Quirno"]),
     ("ORG", "Communist Party of Chile", ["PCCh", "Partido Comunista de Chile"], ["Communist Party of Chile"]),
     ("ORG", "BHP", ["BHP Group"], ["BHP"]),
     ("LOC", "Escondida", ["Minera Escondida", "Escondida mine"], ["Escondida"]),
     ("ORG", "Escondida Mine Workers' Union No. 1", ["Escondida Workers' Union No. 1", "Sindicato N°1 de Escondida",
                                                     "Escondida union"],
      ["Escondida Mine Workers' Union No. 1"]),
     ("LOC", "Antofagasta", [], ["Antofagasta"]),
     ("ORG", "Ministry of Labour and Social Security (Chile)", ["Chilean Labour Ministry", "Labour Ministry (Chile)"],
      ["Labour Ministry"])],
    [("04", "visited", "Viña del Mar", "2026-11-16"), ("17", "arrested", "Quilpué", "2026-11-15"),
     ("07", "sent", "Viña del Mar", "2026-11-16"), ("04", "met", "Valparaíso", "2026-11-16"),
     ("11", "criticised", None, "2026-11-16"), ("14", "walked off the job", "Escondida", "2026-11-16"),
     ("10", "demanded", None, None), ("12", "rejected", None, "2026-11-16"),
     ("04", "meet", "Antofagasta", "2026-11-19")])

doc("b21-en-02-sumatra-floods", "en", "2026-11-30T08:00:00Z",
    "Indonesia deploys troops as Sumatra floods kill dozens; students protest logging in Medan",
    "PADANG, Indonesia, Nov 30 – Flash floods and landslides triggered by days of torrential rain have killed at "
    "least 47 people in West Sumatra and North Sumatra provinces, the National Disaster Management Agency (BNPB) said "
    "on Monday, with 19 still missing.\n\n"
    "BNPB chief Suharyanto said more than 30,000 residents had been evacuated, most of them in Agam regency, where "
    "a landslide buried part of a village on Saturday.\n\n"
    "The National Search and Rescue Agency (Basarnas) delivered 60 tonnes of food, tents and medicine to Agam by helicopter on "
    "Sunday after floods cut the main road from Padang.\n\n"
    "Vice President Gibran Rakabuming Raka visited evacuation centres in Padang on Sunday and met local officials. "
    "Malaysia said it was ready to send a search and rescue team if Indonesia requested one.\n\n"
    "The environmental group WALHI accused palm oil and timber companies of stripping the hills of forest cover and "
    "demanded a moratorium on new logging permits in Sumatra.\n\n"
    "Police in North Sumatra arrested three men on Saturday for illegal logging in Central Tapanuli regency, where "
    "floodwaters swept hundreds of logs into villages.\n\n"
    "In Medan, the provincial capital of North Sumatra, hundreds of students protested outside the governor's office "
    "on Monday, demanding that the government revoke the permits of companies operating on the slopes.",
    [("LOC", "Padang", ["PADANG"], ["PADANG", "Padang"]),
     ("LOC", "Indonesia", ["Republic of Indonesia"], ["Indonesia"]),
     ("LOC", "West Sumatra", ["Sumatera Barat", "West Sumatra province"], ["West Sumatra"]),
     ("LOC", "North Sumatra", ["Sumatera Utara", "North Sumatra province"], ["North Sumatra"]),
     ("ORG", "National Disaster Management Agency (Indonesia)", ["BNPB", "Badan Nasional Penanggulangan Bencana",
                                                                 "National Disaster Management Agency"],
      ["National Disaster Management Agency", "BNPB"]),
     ("PERSON", "Suharyanto", [], ["Suharyanto"]),
     ("LOC", "Agam Regency", ["Agam", "Kabupaten Agam"], ["Agam"]),
     ("ORG", "National Search and Rescue Agency (Indonesia)", ["Basarnas", "Badan Nasional Pencarian dan Pertolongan",
                                                               "National Search and Rescue Agency"],
      ["National Search and Rescue Agency", "Basarnas"]),
     ("PERSON", "Gibran Rakabuming Raka", ["Gibran", "Gibran Rakabuming"], ["Gibran Rakabuming Raka"]),
     ("LOC", "Malaysia", [], ["Malaysia"]),
     ("ORG", "WALHI", ["Wahana Lingkungan Hidup Indonesia", "Indonesian Forum for the Environment", "Walhi"], ["WALHI"]),
     ("LOC", "Sumatra", ["Sumatera"], ["Sumatra"]),
     ("LOC", "Central Tapanuli Regency", ["Central Tapanuli", "Tapanuli Tengah"], ["Central Tapanuli"]),
     ("LOC", "Medan", [], ["Medan"])],
    [("07", "delivered", "Agam Regency", "2026-11-29"), ("04", "visited", "Padang", "2026-11-29"),
     ("03", "ready", "Indonesia", None), ("11", "accused", None, None), ("10", "demanded", None, None),
     ("17", "arrested", "Central Tapanuli Regency", "2026-11-28"), ("14", "protested", "Medan", "2026-11-30"),
     ("10", "demanding", "Medan", "2026-11-30")])

doc("b21-en-03-belgium-strike", "en", "2026-11-26T15:30:00Z",
    "Belgian unions stage national strike over pension reform, dockers block Ghent port",
    "GHENT, Belgium, Nov 26 – Belgium's main trade unions staged a 24-hour national strike on Wednesday against "
    "Prime Minister Bart De Wever's pension reform, halting most trains and flights and shutting schools and "
    "bpost offices across the country.\n\n"
    "In Ghent, dockers blocked access to North Sea Port from dawn, leaving dozens of lorries stranded on the "
    "approach roads, and police detained eleven protesters who had chained themselves to a gate, the Ghent "
    "prosecutor's office said.\n\n"
    "The socialist union FGTB, known in Dutch as ABVV, demanded that the government withdraw its plan to raise "
    "the effective retirement age and cut early-retirement schemes. Its president, Thierry Bodson, threatened a "
    "week of rolling strikes in January if the reform went ahead.\n\n"
    "De Wever rejected the demand on Wednesday, telling the federal parliament that \"the pension system will "
    "collapse if we do nothing\". Employment Minister David Clarinval criticised the strike as \"a hostage-taking "
    "of the country\".\n\n"
    "The Federation of Enterprises in Belgium estimated the cost of the strike at 300 million euros.\n\n"
    "Union leaders are due to meet De Wever and Clarinval next Tuesday, the prime minister's office said. The "
    "coalition, led by De Wever's New Flemish Alliance (N-VA), has already survived three national strikes this year.",
    [("LOC", "Ghent", ["Gent", "Gand", "GHENT"], ["GHENT", "Ghent"]),
     ("LOC", "Belgium", ["Kingdom of Belgium"], ["Belgium"]),
     ("PERSON", "Bart De Wever", ["De Wever"], ["Bart De Wever", "De Wever"]),
     ("LOC", "North Sea Port", ["Port of Ghent", "North Sea Port Ghent"], ["North Sea Port"]),
     ("ORG", "Ghent Public Prosecutor's Office", ["Ghent prosecutor's office", "Parket Gent"], ["Ghent prosecutor's office"]),
     ("ORG", "FGTB", ["ABVV", "General Labour Federation of Belgium", "FGTB-ABVV"], ["FGTB", "ABVV"]),
     ("PERSON", "Thierry Bodson", ["Bodson"], ["Thierry Bodson"]),
     ("ORG", "Federal Parliament of Belgium", ["Belgian federal parliament", "Chamber of Representatives (Belgium)"],
      ["federal parliament"]),
     ("PERSON", "David Clarinval", ["Clarinval"], ["David Clarinval", "Clarinval"]),
     ("ORG", "Federation of Enterprises in Belgium", ["VBO", "Fédération des entreprises de Belgique"],
      ["Federation of Enterprises in Belgium"]),
     ("ORG", "bpost", ["Belgian Post", "bpost group"], ["bpost"]),
     ("ORG", "New Flemish Alliance", ["N-VA", "Nieuw-Vlaamse Alliantie"], ["New Flemish Alliance", "N-VA"])],
    [("14", "national strike", "Belgium", "2026-11-25"), ("14", "blocked", "North Sea Port", "2026-11-25"),
     ("17", "detained", "North Sea Port", "2026-11-25"), ("10", "demanded", None, None),
     ("13", "threatened", None, None), ("12", "rejected", None, "2026-11-25"),
     ("11", "criticised", None, None), ("04", "meet", None, "2026-12-01")])

doc("b21-fr-01-guinee-bissau", "fr", "2026-11-20T11:00:00Z",
    "Guinée-Bissau : le général N'Tam en visite à Gabú, six officiers arrêtés",
    "GABÚ (Guinée-Bissau), 20 novembre – Le président de la transition, le général Horta N'Tam, a effectué jeudi "
    "une visite à Gabú, dans l'est du pays, où il a rencontré les chefs traditionnels et les responsables de la "
    "campagne de commercialisation de la noix de cajou.\n\n"
    "« La transition ira jusqu'à son terme, et les élections auront lieu à la date prévue », a-t-il assuré devant "
    "la foule.\n\n"
    "Le Haut commandement militaire pour la restauration de l'ordre, au pouvoir depuis le coup d'État de novembre "
    "2025, a annoncé mercredi l'arrestation de six officiers soupçonnés de préparer une tentative de "
    "contre-coup d'État.\n\n"
    "Le Parti africain pour l'indépendance de la Guinée et du Cap-Vert (PAIGC) a dénoncé mercredi « une chasse aux "
    "sorcières » et a exigé la libération de ses militants détenus, ainsi que le retour d'exil de son président, "
    "Domingos Simões Pereira.\n\n"
    "Mardi, des centaines de producteurs de cajou ont manifesté à Bafatá contre le prix plancher fixé par l'Agence "
    "nationale de la noix de cajou (ANCA), jugé trop bas.\n\n"
    "La Communauté des pays de langue portugaise (CPLP) s'est dite prête à envoyer une mission de bons offices dans "
    "le pays. Le Fonds international de développement agricole (Fida) a par ailleurs accordé mardi un don de "
    "12 millions de dollars aux coopératives de la région de Cacheu.\n\n"
    "Le général N'Tam doit se rendre lundi prochain à Farim, près de la frontière sénégalaise.",
    [("LOC", "Gabú", ["Gabu", "GABÚ"], ["GABÚ", "Gabú"]),
     ("LOC", "Guinea-Bissau", ["Guinée-Bissau", "Republic of Guinea-Bissau"], ["Guinée-Bissau"]),
     ("PERSON", "Horta N'Tam", ["Horta Inta-A", "Horta N'Tam Na Man", "N'Tam"], ["Horta N'Tam", "N'Tam"]),
     ("ORG", "High Military Command for the Restoration of Order", ["Haut commandement militaire pour la restauration de l'ordre",
                                                                   "Military High Command for the Restoration of Order"],
      ["Haut commandement militaire pour la restauration de l'ordre"]),
     ("ORG", "African Party for the Independence of Guinea and Cape Verde", ["PAIGC"],
      ["Parti africain pour l'indépendance de la Guinée et du Cap-Vert", "PAIGC"]),
     ("PERSON", "Domingos Simões Pereira", ["Domingos Simoes Pereira", "Simões Pereira"], ["Domingos Simões Pereira"]),
     ("LOC", "Bafatá", ["Bafata"], ["Bafatá"]),
     ("ORG", "Agência Nacional de Caju", ["ANCA", "Agence nationale de la noix de cajou", "National Cashew Agency"],
      ["Agence nationale de la noix de cajou", "ANCA"]),
     ("ORG", "Community of Portuguese Language Countries", ["CPLP", "Communauté des pays de langue portugaise"],
      ["Communauté des pays de langue portugaise", "CPLP"]),
     ("ORG", "International Fund for Agricultural Development", ["IFAD", "Fida", "FIDA"],
      ["Fonds international de développement agricole", "Fida"]),
     ("LOC", "Cacheu Region", ["Cacheu"], ["région de Cacheu", "Cacheu"]),
     ("LOC", "Farim", [], ["Farim"])],
    [("04", "a rencontré", "Gabú", "2026-11-19"), ("17", "l'arrestation", None, "2026-11-18"),
     ("11", "a dénoncé", None, "2026-11-18"), ("10", "a exigé", None, "2026-11-18"),
     ("14", "ont manifesté", "Bafatá", "2026-11-17"), ("03", "prête", "Guinea-Bissau", None),
     ("07", "a accordé", "Cacheu Region", "2026-11-17"), ("04", "doit se rendre", "Farim", "2026-11-23")])

doc("b21-fr-02-senegal-dette", "fr", "2026-11-03T14:00:00Z",
    "Sénégal : Diomaye Faye reçoit le patron du Fonds OPEP, heurts à Touba contre les nouvelles taxes",
    "THIÈS, 3 novembre – Le président sénégalais Bassirou Diomaye Faye a reçu lundi le directeur général du Fonds "
    "OPEP pour le développement international, Abdulhamid Alkhalifa, alors que le pays cherche de nouveaux "
    "financements après la révélation l'an dernier d'une dette cachée, a indiqué la présidence.\n\n"
    "Le ministre des Finances et du Budget, Cheikh Diba, a signé le même jour avec le Fonds international de "
    "développement agricole (Fida) un accord de financement de 45 millions de dollars pour l'irrigation dans la "
    "région de Thiès.\n\n"
    "A Touba, des centaines de commerçants ont manifesté dimanche contre la hausse des taxes sur les produits "
    "importés. La police a fait usage de gaz lacrymogène et interpellé douze personnes. Le khalife général des "
    "mourides, Serigne Mountakha Mbacké, a appelé au calme.\n\n"
    "L'Alliance pour la République (APR), le parti de l'ancien président Macky Sall, a exigé lundi la publication "
    "intégrale de l'audit de la dette, accusant le pouvoir de « dramatiser la situation pour justifier "
    "l'austérité ».\n\n"
    "A Mbour, l'Union des routiers du Sénégal (URS) a menacé lundi de déclencher une grève illimitée si le prix du "
    "gasoil augmentait de nouveau. Le gouvernement a rejeté mardi toute baisse des taxes sur le carburant, "
    "invoquant les engagements pris auprès des bailleurs.",
    [("LOC", "Thiès", ["Thies", "THIÈS"], ["THIÈS", "Thiès"]),
     ("PERSON", "Bassirou Diomaye Faye", ["Diomaye Faye", "Bassirou Diomaye Diakhar Faye"],
      ["Bassirou Diomaye Faye", "Diomaye Faye"]),
     ("ORG", "OPEC Fund for International Development", ["OPEC Fund", "Fonds OPEP pour le développement international",
                                                         "Fonds OPEP"],
      ["Fonds OPEP pour le développement international", "Fonds OPEP"]),
     ("PERSON", "Abdulhamid Alkhalifa", ["Abdulhamid al-Khalifa", "Alkhalifa"], ["Abdulhamid Alkhalifa"]),
     ("LOC", "Senegal", ["Sénégal", "Republic of Senegal"], ["Sénégal"]),
     ("PERSON", "Cheikh Diba", ["Diba"], ["Cheikh Diba"]),
     ("ORG", "International Fund for Agricultural Development", ["IFAD", "Fida", "FIDA"],
      ["Fonds international de développement agricole", "Fida"]),
     ("LOC", "Thiès Region", ["Thies Region", "région de Thiès"], ["région de Thiès"]),
     ("LOC", "Touba", [], ["Touba"]),
     ("PERSON", "Serigne Mountakha Mbacké", ["Serigne Mountakha Mbacke", "Serigne Mountakha"],
      ["Serigne Mountakha Mbacké"]),
     ("ORG", "Alliance for the Republic", ["APR", "Alliance pour la République"], ["Alliance pour la République", "APR"]),
     ("PERSON", "Macky Sall", ["Sall"], ["Macky Sall"]),
     ("LOC", "Mbour", [], ["Mbour"]),
     ("ORG", "Union des routiers du Sénégal", ["URS", "Senegal Truckers' Union"], ["Union des routiers du Sénégal", "URS"])],
    [("04", "a reçu", None, "2026-11-02"), ("05", "a signé", None, "2026-11-02"),
     ("14", "ont manifesté", "Touba", "2026-11-01"), ("17", "interpellé", "Touba", "2026-11-01"),
     ("10", "a exigé", None, "2026-11-02"), ("13", "a menacé", "Mbour", "2026-11-02"),
     ("12", "a rejeté", None, "2026-11-03")])

doc("b21-fr-03-dnipro", "fr", "2026-11-13T10:00:00Z",
    "Ukraine : neuf morts dans une frappe de missiles sur Dnipro, Zelensky réclame des défenses antiaériennes",
    "DNIPRO (Ukraine), 13 novembre – Au moins neuf personnes ont été tuées et une trentaine blessées jeudi à l'aube "
    "dans une frappe de missiles russes sur un immeuble résidentiel de Dnipro, ont annoncé les autorités "
    "régionales.\n\n"
    "Quelques heures plus tard, des drones ont visé des installations énergétiques dans la région de Zaporijjia, "
    "privant près de 200 000 foyers d'électricité, selon l'opérateur du réseau Ukrenergo.\n\n"
    "Le président Volodymyr Zelensky a accusé jeudi la Russie de « mener une guerre contre les civils à l'approche "
    "de l'hiver » et s'est entretenu par téléphone le même jour avec le chancelier allemand Friedrich Merz, "
    "à qui il a demandé des systèmes de défense antiaérienne supplémentaires.\n\n"
    "Le ministre des Affaires étrangères, Andriï Sybiha, a exigé de nouvelles sanctions contre le secteur "
    "pétrolier russe, estimant que « chaque baril vendu finance un missile ».\n\n"
    "De leur côté, les forces armées ukrainiennes ont affirmé avoir frappé mercredi soir une raffinerie à Saratov, "
    "dans le sud de la Russie, à l'aide de drones à longue portée. Le gouverneur de la région a fait état d'un "
    "incendie, sans victimes.\n\n"
    "La Croix-Rouge ukrainienne a distribué jeudi des couvertures, des générateurs et des kits d'hygiène aux "
    "familles sinistrées de Dnipro. La Première ministre Ioulia Svyrydenko doit se rendre vendredi prochain dans la "
    "ville pour évaluer les dégâts.",
    [("LOC", "Dnipro", ["Dnepr", "Dnipropetrovsk", "DNIPRO"], ["DNIPRO", "Dnipro"]),
     ("LOC", "Ukraine", [], ["Ukraine"]),
     ("LOC", "Zaporizhzhia Oblast", ["Zaporizhzhia region", "région de Zaporijjia", "Zaporijjia"],
      ["région de Zaporijjia", "Zaporijjia"]),
     ("ORG", "Ukrenergo", ["NPC Ukrenergo"], ["Ukrenergo"]),
     ("PERSON", "Volodymyr Zelensky", ["Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"], ["Volodymyr Zelensky", "Zelensky"]),
     ("LOC", "Russia", ["Russie", "Russian Federation"], ["Russie"]),
     ("PERSON", "Friedrich Merz", ["Merz"], ["Friedrich Merz"]),
     ("PERSON", "Andrii Sybiha", ["Andriï Sybiha", "Andriy Sybiha", "Sybiha"], ["Andriï Sybiha"]),
     ("ORG", "Armed Forces of Ukraine", ["forces armées ukrainiennes", "Ukrainian Armed Forces", "ZSU"],
      ["forces armées ukrainiennes"]),
     ("LOC", "Saratov", [], ["Saratov"]),
     ("ORG", "Ukrainian Red Cross Society", ["Ukrainian Red Cross", "Croix-Rouge ukrainienne"], ["Croix-Rouge ukrainienne"]),
     ("PERSON", "Yulia Svyrydenko", ["Ioulia Svyrydenko", "Yuliia Svyrydenko", "Svyrydenko"], ["Ioulia Svyrydenko"])],
    [("19", "frappe de missiles", "Dnipro", "2026-11-12"), ("19", "ont visé", "Zaporizhzhia Oblast", "2026-11-12"),
     ("11", "a accusé", None, "2026-11-12"), ("04", "s'est entretenu par téléphone", None, "2026-11-12"),
     ("10", "a exigé", None, None), ("19", "frappé", "Saratov", "2026-11-11"),
     ("07", "a distribué", "Dnipro", "2026-11-12"), ("04", "doit se rendre", "Dnipro", "2026-11-20")])

write("blind21.jsonl")
