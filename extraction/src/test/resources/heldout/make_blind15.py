# Writes blind15.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-01 in session 18,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. Arabic, the weakest
# language, has the larger sample. People, bodies and places are none of those named as gold in dev.jsonl or the other
# sets here (checked with overlap.py; the only hits are countries named in passing, see heldout/README.md). Parts of
# the world the older sets cover little: Jordan's south (Aqaba, Ma'an, Tafilah, Petra) with a Cypriot foreign minister
# as Arabic news spells him, Libya's Fezzan (Murzuq, Al Qatrun, Umm al-Aranib, Traghan), Egypt's Qena (Nag Hammadi,
# Luxor, Qus, Dishna) with a Chinese ambassador, Syria's north-east (Qamishli, Amuda, Al-Malikiyah, Semalka), Morocco's
# Oriental (Oujda, Berkane, Figuig, Jerada, Saidia) with a Spanish ambassador, southern Mauritania (Kaedi, Boghe,
# Selibaby, M'Bout) with a Turkish ambassador, Ghana's Upper East, Nepal's Gandaki province, Derry and the north-west of
# Northern Ireland, Niger's north (Arlit, Agadez, Tahoua), Mali's Sikasso region and Haiti's north. Kinds of news: a
# visiting foreign minister, labour, health, a court, water, trade, a sport federation, an election in the background.
# Articles are 1,500-1,900 characters, with datelines, quotes and relative and absolute dates. Real public figures in
# their public roles; other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind15.py
from gold import doc, write

doc("b15-ar-01-aqaba", "ar", "2025-01-15T08:00:00Z",
    "وزير الخارجية القبرصي يبحث في العقبة خطا بحريا مع ليماسول وإضراب لعمال الفوسفات في الحسا",
    "العقبة - التقى رئيس مجلس مفوضي سلطة منطقة العقبة الاقتصادية الخاصة نايف بخيت، أمس الثلاثاء في مدينة العقبة، وزير الخارجية القبرصي كونستانتينوس كومبوس والوفد المرافق له، لبحث إطلاق خط بحري منتظم لنقل البضائع والركاب بين ميناء العقبة وميناء ليماسول، بحسب بيان للسلطة.\n"
    "وقال كومبوس خلال اللقاء إن بلاده «ترى في العقبة شريكا طبيعيا لموانئها وبوابة إلى أسواق جديدة»، فيما أوضح بخيت أن السلطة ستقدم حوافز لرسو السفن القبرصية في الميناء.\n"
    "ويعتمد اقتصاد المدينة على الميناء والسياحة، وقد تراجع عدد السفن السياحية التي ترسو فيها بنحو الثلث خلال العام الماضي، وفق تقديرات محلية.\n"
    "وفي العقبة أيضا، وقعت شركة تطوير العقبة أمس اتفاقية مع شركة المرجان للخدمات البحرية لإنشاء رصيف جديد لسفن الركاب، على أن تبدأ الأعمال في الأول من أبريل.\n"
    "وفي منجم الحسا بمحافظة الطفيلة، أضرب مئات من عمال شركة مناجم الفوسفات الأردنية عن العمل السبت الماضي احتجاجا على تجميد العلاوات السنوية، وطالبت النقابة العامة للعاملين في المناجم والتعدين خلال الإضراب بإعادة العمل بنظام الحوافز. وقال مفلح سليمان العمايرة، وهو عامل في المنجم منذ عشرين عاما، إن «الأجور لم تتحرك منذ خمس سنوات». وأضاف مفلح أن العمال «لن يعودوا قبل أن تسمع الإدارة صوتهم».\n"
    "وألقت مديرية الأمن العام فجر الاثنين القبض على ثلاثة أشخاص في مدينة معان وضبطت بحوزتهم كمية من الحبوب المخدرة، بحسب بيان للمديرية.\n"
    "ووزعت تكية أم علي الأحد الماضي طرودا غذائية على نحو 800 أسرة في لواء بصيرا.\n"
    "وانتقد النائب عن محافظة معان عودة محمد النعيمات أمس وزارة العمل الأردنية بسبب «غيابها» عن أزمة عمال الفوسفات.\n"
    "وأبدى صندوق الملك عبد الله الثاني للتنمية استعداده لتمويل مشاريع سياحية صغيرة لشباب بلدة وادي موسى.\n"
    "ومن المقرر أن يزور كومبوس مدينة البتراء الأثرية السبت المقبل للاطلاع على مشاريع الترميم فيها.",
    [("LOC", "Aqaba", ["Al Aqaba", "Aqaba City"], ["العقبة"]),
     ("ORG", "Aqaba Special Economic Zone Authority", ["ASEZA", "ASEZ Authority"], ["سلطة منطقة العقبة الاقتصادية الخاصة"]),
     ("PERSON", "Nayef Bakhit", ["Nayef Ahmad Bakhit", "Bakhit"], ["نايف بخيت", "بخيت"]),
     ("PERSON", "Constantinos Kombos", ["Konstantinos Kombos", "Kombos"], ["كونستانتينوس كومبوس", "كومبوس"]),
     ("LOC", "Port of Aqaba", ["Aqaba Port"], ["ميناء العقبة"]),
     ("LOC", "Port of Limassol", ["Limassol Port", "Limassol"], ["ميناء ليماسول", "ليماسول"]),
     ("ORG", "Aqaba Development Corporation", ["ADC"], ["شركة تطوير العقبة"]),
     ("ORG", "Al Marjan Marine Services Company", ["Marjan Marine Services"], ["شركة المرجان للخدمات البحرية"]),
     ("LOC", "Al-Hasa mine", ["Al Hasa phosphate mine", "Hasa mine"], ["منجم الحسا", "الحسا"]),
     ("LOC", "Tafilah Governorate", ["Tafilah", "Al-Tafilah", "Tafila"], ["محافظة الطفيلة"]),
     ("ORG", "Jordan Phosphate Mines Company", ["JPMC"], ["شركة مناجم الفوسفات الأردنية"]),
     ("ORG", "General Union of Workers in Mining and Mines (Jordan)", ["General Trade Union of Mining Workers", "Jordanian Mining Workers' Union"],
      ["النقابة العامة للعاملين في المناجم والتعدين"]),
     ("PERSON", "Mufleh Suleiman Al-Amayreh", ["Mufleh Al-Amayreh", "Mufleh"], ["مفلح سليمان العمايرة", "مفلح"]),
     ("ORG", "Public Security Directorate (Jordan)", ["Public Security Directorate", "PSD", "Jordanian Public Security Directorate"],
      ["مديرية الأمن العام"]),
     ("LOC", "Ma'an", ["Maan", "Ma'an Governorate"], ["معان", "محافظة معان"]),
     ("ORG", "Tkiyet Um Ali", ["Tkiyet Um Ali charity"], ["تكية أم علي"]),
     ("LOC", "Busaira", ["Bsaira", "Busaira District"], ["لواء بصيرا"]),
     ("PERSON", "Odeh Mohammed Al-Nuaimat", ["Odeh Al-Nuaimat"], ["عودة محمد النعيمات"]),
     ("ORG", "Ministry of Labour (Jordan)", ["Jordanian Ministry of Labour"], ["وزارة العمل الأردنية"]),
     ("ORG", "King Abdullah II Fund for Development", ["KAFD"], ["صندوق الملك عبد الله الثاني للتنمية"]),
     ("LOC", "Wadi Musa", [], ["وادي موسى"]),
     ("LOC", "Petra", [], ["البتراء"])],
    [("04", "التقى", "Aqaba", "2025-01-14"), ("05", "وقعت", "Aqaba", "2025-01-14"),
     ("14", "أضرب", "Al-Hasa mine", "2025-01-11"), ("10", "وطالبت", "Al-Hasa mine", "2025-01-11"),
     ("17", "وألقت", "Ma'an", "2025-01-13"), ("07", "ووزعت", "Busaira", "2025-01-12"),
     ("11", "وانتقد", None, "2025-01-14"), ("03", "وأبدى", "Wadi Musa", None),
     ("04", "يزور", "Petra", "2025-01-18")])

doc("b15-ar-02-murzuq", "ar", "2025-02-26T09:00:00Z",
    "أبوجناح يبحث في مرزق تفشي التهاب الكبد واحتجاج على نقص الأدوية في القطرون",
    "مرزق - التقى وزير الصحة المكلف رمضان أبوجناح، أمس الثلاثاء في مدينة مرزق، عميد البلدية عيسى حامد كلي ومديري المراكز الصحية في المنطقة، لبحث تفشي التهاب الكبد الوبائي بين الأطفال في البلدات الواقعة جنوب المدينة ونقص الكوادر الطبية فيها.\n"
    "وقال أبوجناح خلال الاجتماع إن الوزارة «سترسل فرقا طبية ولقاحات إلى كل بلديات حوض مرزق خلال أسبوعين»، فيما أوضح كلي أن مستشفى المدينة لا يضم سوى طبيبي أطفال اثنين لنحو ثمانين ألف نسمة.\n"
    "وكان المركز الوطني لمكافحة الأمراض قد أعلن تسجيل أكثر من 140 إصابة في المنطقة منذ بداية الشهر، معظمها بين تلاميذ المدارس، مرجعا التفشي إلى تلوث مياه الشرب في عدد من الآبار.\n"
    "وفي مرزق أيضا، وقع المركز أمس مذكرة تفاهم مع صندوق الأمم المتحدة للسكان لتجهيز ثلاث عيادات متنقلة لصحة الأم والطفل، على أن تبدأ عملها في الأول من أبريل.\n"
    "وفي بلدة القطرون، تظاهر عشرات من السكان السبت الماضي أمام المركز الصحي احتجاجا على نقص الأدوية والأطباء. وقالت مريم علي أبوبكر، وهي ممرضة في المركز، إن «الأمهات يقطعن مئات الكيلومترات بحثا عن طبيب أطفال».\n"
    "وهدد المجلس الاجتماعي لقبائل التبو أمس بإغلاق حقل الفيل النفطي إذا لم تصل الفرق الطبية إلى المنطقة خلال عشرة أيام، بحسب بيان للمجلس.\n"
    "وأوقفت مديرية أمن مرزق فجر الاثنين في بلدة أم الأرانب أربعة أشخاص يشتبه في تهريبهم أدوية منتهية الصلاحية وبيعها للصيدليات.\n"
    "ووزع صندوق الأمم المتحدة للسكان الأحد الماضي حقائب صحية ومستلزمات نظافة على نحو 500 أسرة في بلدة تراغن.\n"
    "وطالب عضو المجلس الأعلى للدولة عن مرزق محمد عيسى توكا أمس وزارة الصحة الليبية بإيفاد أطباء متخصصين إلى المنطقة بصفة دائمة.\n"
    "وأبدت الشركة العامة للكهرباء استعدادها لإنشاء محطة طاقة شمسية لتغذية المركز الصحي في القطرون.\n"
    "ومن المقرر أن يزور أبوجناح بلدة غدوة الأحد المقبل لافتتاح وحدة للتطعيم.",
    [("LOC", "Murzuq", ["Murzuk", "Marzuq"], ["مرزق"]),
     ("PERSON", "Ramadan Abu Janah", ["Ramadan Abujanah", "Abu Janah", "Abujanah"], ["رمضان أبوجناح", "أبوجناح"]),
     ("PERSON", "Issa Hamed Kelli", ["Issa Kelli"], ["عيسى حامد كلي", "كلي"]),
     ("LOC", "Murzuq Basin", ["Murzuq Desert"], ["حوض مرزق"]),
     ("ORG", "National Centre for Disease Control (Libya)", ["National Centre for Disease Control", "NCDC", "Libyan NCDC"],
      ["المركز الوطني لمكافحة الأمراض"]),
     ("ORG", "United Nations Population Fund", ["UNFPA", "UN Population Fund"], ["صندوق الأمم المتحدة للسكان"]),
     ("LOC", "Al Qatrun", ["Qatrun", "Gatrun", "Al-Qatroun"], ["القطرون"]),
     ("PERSON", "Maryam Ali Abubakr", ["Mariam Ali Abubakr"], ["مريم علي أبوبكر"]),
     ("ORG", "Social Council of the Tebu Tribes", ["Tebu Social Council", "Toubou Social Council"], ["المجلس الاجتماعي لقبائل التبو"]),
     ("LOC", "El Feel oil field", ["El Feel", "Elephant field", "Al-Fil oil field"], ["حقل الفيل"]),
     ("ORG", "Murzuq Security Directorate", ["Murzuq Security Directorate (Libya)"], ["مديرية أمن مرزق"]),
     ("LOC", "Umm al-Aranib", ["Um al-Aranib", "Umm Al Aranib"], ["أم الأرانب"]),
     ("LOC", "Traghan", ["Tragan", "Traghen"], ["تراغن"]),
     ("ORG", "High Council of State (Libya)", ["High Council of State", "HCS", "Libyan High Council of State"], ["المجلس الأعلى للدولة"]),
     ("PERSON", "Mohammed Issa Toka", ["Mohamed Issa Toka"], ["محمد عيسى توكا"]),
     ("ORG", "Ministry of Health (Libya)", ["Libyan Ministry of Health"], ["وزارة الصحة الليبية"]),
     ("ORG", "General Electricity Company of Libya", ["GECOL", "General Electricity Company"], ["الشركة العامة للكهرباء"]),
     ("LOC", "Ghudwa", ["Qudwa", "Ghodwa"], ["غدوة"])],
    [("04", "التقى", "Murzuq", "2025-02-25"), ("05", "وقع", "Murzuq", "2025-02-25"),
     ("14", "تظاهر", "Al Qatrun", "2025-02-22"), ("13", "وهدد", "El Feel oil field", "2025-02-25"),
     ("17", "وأوقفت", "Umm al-Aranib", "2025-02-24"), ("07", "ووزع", "Traghan", "2025-02-23"),
     ("10", "وطالب", None, "2025-02-25"), ("03", "وأبدت", "Al Qatrun", None),
     ("04", "يزور", "Ghudwa", "2025-03-02")])

doc("b15-ar-03-qena", "ar", "2025-03-12T08:00:00Z",
    "محافظ قنا يبحث مع السفير الصيني الاستثمار في نجع حمادي ومزارعو القصب يحتجون في قوص",
    "قنا - التقى محافظ قنا خالد عبد الحليم، أمس الثلاثاء في مدينة قنا، سفير الصين لدى مصر لياو لي تشيانغ، لبحث إقامة مصانع صينية لمكونات الطاقة الشمسية في المنطقة الصناعية بنجع حمادي، بحسب بيان للمحافظة.\n"
    "وقال عبد الحليم خلال اللقاء إن المحافظة «تملك الأرض والعمالة والطاقة، وتحتاج إلى شركاء يصنعون هنا لا يبيعون هنا فقط»، فيما أوضح لياو أن شركات صينية تدرس نقل جزء من إنتاجها إلى المحافظة.\n"
    "وفي نجع حمادي، وقعت شركة مصر للألومنيوم أمس اتفاقية مع شركة شاندونغ هوانيو للطاقة الشمسية لإنشاء محطة بقدرة 100 ميغاواط لتغذية مصانع الشركة، على أن تبدأ الأعمال في الأول من يونيو.\n"
    "وفي مدينة الأقصر، قضت محكمة جنايات الأقصر أمس بالسجن المشدد عشر سنوات على ثلاثة متهمين بالتنقيب عن الآثار أسفل منزل في المدينة، بحسب مصدر قضائي.\n"
    "وفي مركز قوص، نظم مئات من مزارعي قصب السكر الأحد الماضي وقفة احتجاجية أمام مقر مجلس المدينة احتجاجا على تأخر صرف مستحقاتهم عن موسم التوريد، وطالبت جمعية منتجي قصب السكر خلال الوقفة شركة السكر والصناعات التكاملية المصرية برفع سعر طن القصب. وقال محمود عبد الرحيم حسانين، وهو مزارع من قرى المركز، إن «كلفة الري والأسمدة ابتلعت ثمن المحصول». وأضاف حسانين أن كثيرا من المزارعين يفكرون في ترك زراعة القصب.\n"
    "ويزرع في المحافظة نحو ربع مساحة قصب السكر في البلاد، وتعتمد عليه آلاف الأسر في دخلها، وفق بيانات رسمية.\n"
    "ووزع بنك الطعام المصري الأحد الماضي كراتين مواد غذائية على 1500 أسرة في مركز دشنا.\n"
    "وانتقدت الحركة المدنية الديمقراطية أمس ارتفاع أسعار الأسمدة وتأخر صرف مستحقات المزارعين.\n"
    "وأبدت وزارة الموارد المائية والري المصرية استعدادها لتبطين الترع الفرعية في مركز أبوتشت.\n"
    "ومن المقرر أن يزور المحافظ مركز فرشوط الجمعة لافتتاح وحدة صحية.",
    [("LOC", "Qena", ["Qena Governorate", "Qina"], ["قنا"]),
     ("PERSON", "Khaled Abdel Halim", ["Khaled Abdelhalim", "Abdel Halim"], ["خالد عبد الحليم", "عبد الحليم"]),
     ("LOC", "China", [], ["الصين"]),
     ("LOC", "Egypt", [], ["مصر"]),
     ("PERSON", "Liao Liqiang", ["Liao"], ["لياو لي تشيانغ", "لياو"]),
     ("LOC", "Nag Hammadi", ["Naga Hammadi", "Nag Hamadi"], ["نجع حمادي"]),
     ("ORG", "Egyptalum", ["Egyptian Aluminium Company", "Misr Aluminium Company"], ["شركة مصر للألومنيوم"]),
     ("ORG", "Shandong Huanyu Solar Energy Company", ["Shandong Huanyu Solar"], ["شركة شاندونغ هوانيو للطاقة الشمسية"]),
     ("LOC", "Luxor", [], ["الأقصر"]),
     ("ORG", "Luxor Criminal Court", ["Luxor Criminal Court (Egypt)"], ["محكمة جنايات الأقصر"]),
     ("LOC", "Qus", ["Qus Centre", "Markaz Qus"], ["مركز قوص", "قوص"]),
     ("ORG", "Sugar Cane Producers' Association (Egypt)", ["Sugar Cane Growers' Association"], ["جمعية منتجي قصب السكر"]),
     ("ORG", "Egyptian Sugar and Integrated Industries Company", ["ESIIC", "Sugar and Integrated Industries Company"],
      ["شركة السكر والصناعات التكاملية المصرية"]),
     ("PERSON", "Mahmoud Abdel Rahim Hassanein", ["Mahmoud Hassanein", "Hassanein"], ["محمود عبد الرحيم حسانين", "حسانين"]),
     ("ORG", "Egyptian Food Bank", ["EFB"], ["بنك الطعام المصري"]),
     ("LOC", "Dishna", ["Markaz Dishna", "Deshna"], ["مركز دشنا"]),
     ("ORG", "Civil Democratic Movement", ["Civil Democratic Movement (Egypt)"], ["الحركة المدنية الديمقراطية"]),
     ("ORG", "Ministry of Water Resources and Irrigation (Egypt)", ["Egyptian Ministry of Water Resources and Irrigation", "MWRI"],
      ["وزارة الموارد المائية والري المصرية"]),
     ("LOC", "Abu Tesht", ["Abu Tisht", "Markaz Abu Tesht"], ["مركز أبوتشت"]),
     ("LOC", "Farshut", ["Farshout", "Markaz Farshut"], ["مركز فرشوط"])],
    [("04", "التقى", "Qena", "2025-03-11"), ("05", "وقعت", "Nag Hammadi", "2025-03-11"),
     ("17", "قضت", "Luxor", "2025-03-11"), ("14", "وقفة", "Qus", "2025-03-09"),
     ("10", "وطالبت", "Qus", "2025-03-09"), ("07", "ووزع", "Dishna", "2025-03-09"),
     ("11", "وانتقدت", None, "2025-03-11"), ("03", "وأبدت", "Abu Tesht", None),
     ("04", "يزور", "Farshut", "2025-03-14")])

doc("b15-ar-04-qamishli", "ar", "2025-04-23T09:00:00Z",
    "بارودو يبحث في القامشلي آثار الجفاف على القمح وفلاحو عامودا يتظاهرون",
    "القامشلي - التقى الرئيس المشترك لهيئة الاقتصاد والزراعة في الإدارة الذاتية لشمال وشرق سوريا سلمان بارودو، أمس الثلاثاء في مدينة القامشلي، ممثلين عن منظمات إغاثة دولية وعن الجمعيات الفلاحية، لبحث آثار الجفاف على محصول القمح ومياه الشرب في مدن المنطقة وأريافها، بحسب بيان للإدارة.\n"
    "وقال بارودو خلال الاجتماع إن إنتاج القمح هذا الموسم «قد لا يتجاوز ثلث ما كان عليه قبل عامين»، مشيرا إلى أن منسوب نهر جقجق انخفض إلى أدنى مستوياته منذ عقود.\n"
    "ووقعت الإدارة الذاتية أمس في القامشلي اتفاقية مع شركة روج للطاقة الشمسية لإنشاء محطة تغذي مضخات مياه الشرب في عامودا، على أن تبدأ الأعمال في الأول من يونيو.\n"
    "وفي مدينة عامودا، تظاهر مئات من الفلاحين الأحد الماضي أمام مركز استلام الحبوب احتجاجا على سعر شراء القمح الذي حددته الإدارة، وطالب اتحاد فلاحي الجزيرة خلال التظاهرة برفع السعر وتعويض المتضررين من الجفاف. وقال جوان محمد شيخو، وهو فلاح من ريف المدينة، إن «الموسم لم يرد لنا حتى ثمن البذار».\n"
    "وتعد المنطقة الخزان الرئيسي للقمح في البلاد، غير أن تراجع الأمطار وارتفاع كلفة المازوت دفعا كثيرا من الفلاحين إلى ترك أراضيهم بورا هذا العام.\n"
    "وأوقفت قوات الأسايش فجر الاثنين في مدينة المالكية خمسة أشخاص بتهمة تهريب المازوت المدعوم إلى خارج المنطقة، وصادرت صهريجين، بحسب بيان لها.\n"
    "ووزعت هيئة الهلال الأحمر الكردي الأحد الماضي مياه شرب وسلالا غذائية على نحو 600 عائلة في بلدة الدرباسية.\n"
    "وانتقد المجلس الوطني الكردي أمس ما وصفه بـ«غياب الشفافية» في تسعير القمح.\n"
    "وأبدى مجلس سوريا الديمقراطية (مسد) استعداده لرعاية حوار بين الإدارة والجمعيات الفلاحية حول سعر المحصول.\n"
    "ومن المقرر أن يزور بارودو معبر سيمالكا الحدودي مع العراق السبت المقبل لبحث تسهيل استيراد الأعلاف والأسمدة.",
    [("LOC", "Qamishli", ["Al-Qamishli", "Qamishlo"], ["القامشلي"]),
     ("ORG", "Autonomous Administration of North and East Syria", ["AANES", "Autonomous Administration", "DAANES"],
      ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]),
     ("ORG", "Economy and Agriculture Authority (AANES)", ["Economy and Agriculture Authority", "Authority of Economy and Agriculture"],
      ["هيئة الاقتصاد والزراعة"]),
     ("PERSON", "Salman Barudo", ["Salman Baroudo", "Barudo"], ["سلمان بارودو", "بارودو"]),
     ("LOC", "Jaghjagh River", ["Jaghjagh", "Jaqjaq River", "Cexcex"], ["نهر جقجق"]),
     ("ORG", "Roj Solar Energy Company", ["Roj Solar"], ["شركة روج للطاقة الشمسية"]),
     ("LOC", "Amuda", ["Amude", "Amouda"], ["عامودا"]),
     ("ORG", "Jazira Farmers' Union", ["Al-Jazira Farmers Union"], ["اتحاد فلاحي الجزيرة"]),
     ("PERSON", "Jwan Mohammed Sheikho", ["Jwan Sheikho"], ["جوان محمد شيخو"]),
     ("ORG", "Asayish", ["Asayish (North and East Syria)", "Internal Security Forces of North and East Syria"],
      ["قوات الأسايش", "الأسايش"]),
     ("LOC", "Al-Malikiyah", ["Malikiyah", "Derik", "Al-Malikiyah (Syria)"], ["المالكية"]),
     ("ORG", "Kurdish Red Crescent", ["Heyva Sor a Kurd"], ["هيئة الهلال الأحمر الكردي", "الهلال الأحمر الكردي"]),
     ("LOC", "Al-Darbasiyah", ["Darbasiyah", "Dirbesiye"], ["الدرباسية"]),
     ("ORG", "Kurdish National Council", ["KNC", "ENKS"], ["المجلس الوطني الكردي"]),
     ("ORG", "Syrian Democratic Council", ["SDC", "MSD"], ["مجلس سوريا الديمقراطية", "مسد"]),
     ("LOC", "Semalka crossing", ["Semalka", "Faysh Khabur crossing", "Semalka border crossing"], ["معبر سيمالكا"]),
     ("LOC", "Iraq", [], ["العراق"])],
    [("04", "التقى", "Qamishli", "2025-04-22"), ("05", "ووقعت", "Qamishli", "2025-04-22"),
     ("14", "تظاهر", "Amuda", "2025-04-20"), ("10", "وطالب", "Amuda", "2025-04-20"),
     ("17", "وأوقفت", "Al-Malikiyah", "2025-04-21"), ("07", "ووزعت", "Al-Darbasiyah", "2025-04-20"),
     ("11", "وانتقد", None, "2025-04-22"), ("03", "وأبدى", None, None),
     ("04", "يزور", "Semalka crossing", "2025-04-26")])

doc("b15-ar-05-oujda", "ar", "2025-06-18T08:00:00Z",
    "لقجع يبحث في وجدة تأهيل الملاعب ومسيرة في فجيج رفضا لتفويت تدبير الماء",
    "وجدة - التقى رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع، أمس الثلاثاء في مدينة وجدة، والي جهة الشرق عبد الحق الزروالي ورؤساء أندية المنطقة، لبحث تأهيل الملعب الشرفي بوجدة وملاعب القرب في أقاليم الجهة، بحسب بيان للجامعة.\n"
    "وقال لقجع خلال اللقاء إن الجامعة «تريد أن تخرج المواهب من وجدة وبركان والناظور، لا أن تهاجر منها وهي في الخامسة عشرة»، مشيدا بنتائج فريق نهضة بركان في المسابقات الإفريقية خلال المواسم الأخيرة.\n"
    "وفي وجدة أيضا، وقعت الجامعة الملكية المغربية لكرة القدم أمس اتفاقية مع مجلس جهة الشرق لإنشاء مركز جهوي لتكوين اللاعبين الشبان في مدينة بركان، على أن تنطلق الأشغال في الأول من سبتمبر.\n"
    "واستقبل الزروالي في اليوم نفسه سفير إسبانيا لدى المغرب إنريكي أوخيدا فيلا، وبحثا تنقل العمال الموسميين والتجارة عبر ميناء بني أنصار.\n"
    "وفي مدينة فجيج، نظم مئات من السكان السبت الماضي مسيرة احتجاجية رفضا لتفويت تدبير الماء الشروب إلى شركة جهوية، وطالبت التنسيقية المحلية للدفاع عن الماء بفجيج خلال المسيرة بإبقاء تدبير الماء بيد الجماعة. وقالت حليمة بوزيان، وهي فلاحة من الواحة، إن «الماء هنا ليس سلعة، بل هو ما يبقي النخيل حيا».\n"
    "وتعاني أقاليم الجهة من تراجع حاد في الموارد المائية بعد سنوات متتالية من الجفاف، فيما يعتمد آلاف الفلاحين في الواحات على الآبار والعيون، وفق معطيات رسمية.\n"
    "وأوقفت عناصر إدارة الجمارك والضرائب غير المباشرة فجر الاثنين في ميناء بني أنصار شخصين وحجزت أكثر من طن من مخدر الشيرا كان مخبأ في شاحنة للتبريد، بحسب مصدر جمركي.\n"
    "ووزعت مؤسسة محمد الخامس للتضامن الأحد الماضي قففا غذائية وأغطية على نحو 900 أسرة في إقليم جرادة.\n"
    "وأبدت الوكالة المغربية للطاقة المستدامة استعدادها لإنشاء محطة للطاقة الشمسية قرب مدينة فجيج لتزويد الواحة بالكهرباء.\n"
    "ومن المقرر أن يزور لقجع مدينة السعيدية السبت المقبل لتدشين ملعب للكرة الشاطئية.",
    [("LOC", "Oujda", ["Oujda-Angad"], ["وجدة"]),
     ("ORG", "Royal Moroccan Football Federation", ["FRMF", "Fédération royale marocaine de football", "Moroccan Football Federation"],
      ["الجامعة الملكية المغربية لكرة القدم"]),
     ("PERSON", "Fouzi Lekjaa", ["Faouzi Lekjaa", "Lekjaa"], ["فوزي لقجع", "لقجع"]),
     ("LOC", "Oriental Region", ["Oriental", "L'Oriental", "Eastern Region (Morocco)"], ["جهة الشرق"]),
     ("PERSON", "Abdelhak Zerouali", ["Abdelhaq Zerouali", "Zerouali"], ["عبد الحق الزروالي", "الزروالي"]),
     ("LOC", "Oujda Honorary Stadium", ["Stade d'honneur d'Oujda", "Oujda Municipal Stadium"], ["الملعب الشرفي بوجدة", "الملعب الشرفي"]),
     ("LOC", "Berkane", [], ["بركان"]),
     ("LOC", "Nador", [], ["الناظور"]),
     ("ORG", "RS Berkane", ["Renaissance Sportive de Berkane", "Nahdat Berkane"], ["نهضة بركان"]),
     ("ORG", "Oriental Regional Council", ["Regional Council of the Oriental", "Oriental Region Council"], ["مجلس جهة الشرق"]),
     ("LOC", "Spain", [], ["إسبانيا"]),
     ("LOC", "Morocco", [], ["المغرب"]),
     ("PERSON", "Enrique Ojeda Vila", ["Enrique Ojeda", "Ojeda Vila"], ["إنريكي أوخيدا فيلا"]),
     ("LOC", "Port of Beni Ensar", ["Beni Ensar port", "Port of Nador", "Beni Ansar"], ["ميناء بني أنصار"]),
     ("LOC", "Figuig", [], ["فجيج"]),
     ("ORG", "Local Coordination for the Defence of Water in Figuig", ["Figuig Water Defence Coordination"],
      ["التنسيقية المحلية للدفاع عن الماء بفجيج"]),
     ("PERSON", "Halima Bouziane", ["Halima Bouzian"], ["حليمة بوزيان"]),
     ("ORG", "Customs and Indirect Tax Administration (Morocco)", ["ADII", "Moroccan Customs", "Administration des douanes et impôts indirects"],
      ["إدارة الجمارك والضرائب غير المباشرة"]),
     ("ORG", "Mohammed V Foundation for Solidarity", ["Fondation Mohammed V pour la Solidarité", "Mohammed V Solidarity Foundation"],
      ["مؤسسة محمد الخامس للتضامن"]),
     ("LOC", "Jerada", ["Jerada Province"], ["إقليم جرادة"]),
     ("ORG", "Moroccan Agency for Sustainable Energy", ["MASEN", "Masen"], ["الوكالة المغربية للطاقة المستدامة"]),
     ("LOC", "Saïdia", ["Saidia"], ["السعيدية"])],
    [("04", "التقى", "Oujda", "2025-06-17"), ("05", "وقعت", "Oujda", "2025-06-17"),
     ("04", "واستقبل", None, "2025-06-17"), ("14", "مسيرة", "Figuig", "2025-06-14"),
     ("10", "وطالبت", "Figuig", "2025-06-14"), ("17", "وأوقفت", "Port of Beni Ensar", "2025-06-16"),
     ("07", "ووزعت", "Jerada", "2025-06-15"), ("03", "وأبدت", "Figuig", None),
     ("04", "يزور", "Saïdia", "2025-06-21")])

doc("b15-ar-06-kaedi", "ar", "2025-07-23T09:00:00Z",
    "وزير الزراعة يبحث في كيهيدي الحملة الزراعية ومزارعو الأرز يهددون بمقاطعتها في بوكي",
    "كيهيدي - التقى وزير الزراعة والسيادة الغذائية أحمد ولد الحسين، أمس الثلاثاء في مدينة كيهيدي عاصمة ولاية كوركول، ممثلي تعاونيات مزارعي الأرز على الضفة اليمنى للنهر، لبحث انطلاق الحملة الزراعية الصيفية وتأخر صيانة قنوات الري في عدد من السهول المستصلحة.\n"
    "وقال ولد الحسين خلال اللقاء إن الحكومة «لن تترك أي مزارع دون بذور وأسمدة قبل نهاية الشهر»، مشيرا إلى أن الوزارة رصدت اعتمادات لتسديد ديون التعاونيات المتعثرة.\n"
    "واستقبل الوزير في اليوم نفسه سفير تركيا لدى موريتانيا أوغوز تشيليك، وبحث معه تمويل آليات للحصاد ومطاحن للأرز في ولايات الضفة.\n"
    "وفي كيهيدي أيضا، وقعت الشركة الوطنية للتنمية الريفية (صونادر) أمس اتفاقية مع شركة يوكسل للإنشاءات لإعادة تأهيل سهل كوركول الكبير، على أن تبدأ الأعمال في الأول من نوفمبر.\n"
    "وتأتي الزيارة قبل أسابيع من انتخابات بلدية جزئية في مونكل، حيث تحتل قضايا الري والأراضي صدارة الحملة.\n"
    "وفي مدينة بوكي بولاية لبراكنة، تظاهر مئات من مزارعي الأرز الأحد الماضي أمام مقر المقاطعة احتجاجا على ارتفاع أسعار الأسمدة، وهدد اتحاد مزارعي الضفة خلال التظاهرة بمقاطعة الحملة الزراعية إذا لم تخفض الأسعار. وقال عمر با، وهو مزارع من ضواحي المدينة، إن «الكيس يباع بضعف سعره قبل عامين».\n"
    "وأوقفت فرقة من المجموعة العامة لأمن الطرق فجر الاثنين قرب مدينة سيلبابي شاحنتين محملتين بأسمدة مدعومة كانتا متجهتين نحو مالي، واعتقلت سائقيهما.\n"
    "ووزعت المندوبية العامة للتضامن الوطني ومكافحة الإقصاء (تآزر) الأحد الماضي حصصا غذائية على نحو 2000 أسرة في مقاطعة امبود.\n"
    "وانتقد حزب اتحاد قوى التقدم أمس ما وصفه بـ«الارتجال» في توزيع الأسمدة المدعومة.\n"
    "وأبدى البنك الإسلامي للتنمية استعداده لتمويل سدود صغيرة في ولاية كيديماغا.\n"
    "ومن المقرر أن يزور ولد الحسين مدينة ألاك الأحد المقبل لتفقد مزارع الخضروات.",
    [("LOC", "Kaédi", ["Kaedi"], ["كيهيدي"]),
     ("PERSON", "Ahmed Ould El Houssein", ["Ahmed Ould Elhoussein", "Ould El Houssein"], ["أحمد ولد الحسين", "ولد الحسين"]),
     ("LOC", "Gorgol", ["Gorgol Region"], ["ولاية كوركول"]),
     ("LOC", "Turkey", ["Türkiye"], ["تركيا"]),
     ("LOC", "Mauritania", [], ["موريتانيا"]),
     ("PERSON", "Oğuz Çelik", ["Oguz Celik"], ["أوغوز تشيليك"]),
     ("ORG", "SONADER", ["Société nationale de développement rural", "National Rural Development Company"],
      ["الشركة الوطنية للتنمية الريفية", "صونادر"]),
     ("ORG", "Yüksel İnşaat", ["Yuksel Construction", "Yüksel Construction Company"], ["شركة يوكسل للإنشاءات"]),
     ("LOC", "Greater Gorgol Plain", ["Gorgol plain"], ["سهل كوركول الكبير"]),
     ("LOC", "Monguel", [], ["مونكل"]),
     ("LOC", "Boghé", ["Boghe"], ["بوكي"]),
     ("LOC", "Brakna", ["Brakna Region"], ["ولاية لبراكنة"]),
     ("ORG", "Union of River Valley Farmers", ["River Bank Farmers' Union"], ["اتحاد مزارعي الضفة"]),
     ("PERSON", "Oumar Ba", ["Omar Ba"], ["عمر با"]),
     ("ORG", "General Road Safety Group (Mauritania)", ["GGSR", "Groupement général de la sécurité des routes"],
      ["المجموعة العامة لأمن الطرق"]),
     ("LOC", "Sélibaby", ["Selibaby"], ["سيلبابي"]),
     ("LOC", "Mali", [], ["مالي"]),
     ("ORG", "Taazour", ["General Delegation for National Solidarity and the Fight against Exclusion", "Taazour Delegation"],
      ["المندوبية العامة للتضامن الوطني ومكافحة الإقصاء", "تآزر"]),
     ("LOC", "M'Bout", ["Mbout", "M'Bout Department"], ["مقاطعة امبود"]),
     ("ORG", "Union of the Forces of Progress", ["UFP", "Union des forces de progrès"], ["حزب اتحاد قوى التقدم"]),
     ("ORG", "Islamic Development Bank", ["IsDB"], ["البنك الإسلامي للتنمية"]),
     ("LOC", "Guidimakha", ["Guidimaka", "Guidimakha Region"], ["ولاية كيديماغا"]),
     ("LOC", "Aleg", [], ["ألاك"])],
    [("04", "التقى", "Kaédi", "2025-07-22"), ("04", "واستقبل", None, "2025-07-22"),
     ("05", "وقعت", "Kaédi", "2025-07-22"), ("14", "تظاهر", "Boghé", "2025-07-20"),
     ("13", "وهدد", "Boghé", "2025-07-20"), ("17", "وأوقفت", "Sélibaby", "2025-07-21"),
     ("07", "ووزعت", "M'Bout", "2025-07-20"), ("11", "وانتقد", None, "2025-07-22"),
     ("03", "وأبدى", "Guidimakha", None), ("04", "يزور", "Aleg", "2025-07-27")])

doc("b15-en-01-bolgatanga", "en", "2025-08-13T10:00:00Z",
    "Upper East minister meets chiefs in Bolgatanga on Bawku security; Paga traders block border road",
    "BOLGATANGA, Ghana, Aug 13 (Newsflow) - Upper East Regional Minister Akamugri Donatus Atanga met chiefs, farmers' groups and security commanders in Bolgatanga on Tuesday to discuss the dry-season irrigation programme and the renewed violence in Bawku, his office said.\n"
    "\"No farmer should be afraid to walk to his field, and no trader should be afraid to open his shop,\" Atanga told reporters after the meeting. Regional officials say fighting in and around Bawku has cut trade in grain and livestock across the region by half this year.\n"
    "In Navrongo, the Ghana Irrigation Development Authority signed an agreement on Tuesday with the Tono Water Users' Association to repair the canals of the Tono Dam, with work due to start on October 6.\n"
    "The opposition New Patriotic Party criticised the government on Tuesday over what it called the slow release of funds for the region's irrigation schemes.\n"
    "In Paga, about 300 traders blocked the road to the Burkina Faso border with their trucks on Monday in protest against new inspections at the crossing. At the protest, the Paga Traders' Union demanded that the Ghana Revenue Authority scrap the checks within a week. \"We lose two days at the border for goods that spoil in one,\" said Abiiro Akolgo, who sells onions in the market.\n"
    "Ghana Police Service officers arrested 11 people in Bawku on Sunday after a shooting near the central market and seized six guns, police said.\n"
    "The National Disaster Management Organisation distributed mattresses, food and roofing sheets on Monday to 450 flood-hit households in Sandema.\n"
    "The Ghana Export-Import Bank said it was ready to fund a tomato processing factory at Pwalugu.\n"
    "Atanga is due to visit Zebilla next Monday to inspect a new district hospital.",
    [("LOC", "Bolgatanga", ["Bolga"], ["BOLGATANGA", "Bolgatanga"]),
     ("LOC", "Ghana", [], ["Ghana"]),
     ("LOC", "Upper East Region", ["Upper East"], ["Upper East"]),
     ("PERSON", "Akamugri Donatus Atanga", ["Donatus Akamugri Atanga", "Atanga"], ["Akamugri Donatus Atanga", "Atanga"]),
     ("LOC", "Bawku", [], ["Bawku"]),
     ("LOC", "Navrongo", [], ["Navrongo"]),
     ("ORG", "Ghana Irrigation Development Authority", ["GIDA"], ["Ghana Irrigation Development Authority"]),
     ("ORG", "Tono Water Users' Association", ["Tono Water Users Association"], ["Tono Water Users' Association"]),
     ("LOC", "Tono Dam", ["Tono Irrigation Dam"], ["Tono Dam"]),
     ("ORG", "New Patriotic Party", ["NPP"], ["New Patriotic Party"]),
     ("LOC", "Paga", [], ["Paga"]),
     ("LOC", "Burkina Faso", ["Burkina"], ["Burkina Faso"]),
     ("ORG", "Paga Traders' Union", ["Paga Traders Union"], ["Paga Traders' Union"]),
     ("ORG", "Ghana Revenue Authority", ["GRA"], ["Ghana Revenue Authority"]),
     ("PERSON", "Abiiro Akolgo", ["Akolgo"], ["Abiiro Akolgo"]),
     ("ORG", "Ghana Police Service", ["Ghana Police"], ["Ghana Police Service"]),
     ("ORG", "National Disaster Management Organisation", ["NADMO"], ["National Disaster Management Organisation"]),
     ("LOC", "Sandema", [], ["Sandema"]),
     ("ORG", "Ghana Export-Import Bank", ["GEXIM", "Ghana Exim Bank"], ["Ghana Export-Import Bank"]),
     ("LOC", "Pwalugu", [], ["Pwalugu"]),
     ("LOC", "Zebilla", [], ["Zebilla"])],
    [("04", "met", "Bolgatanga", "2025-08-12"), ("05", "signed", "Navrongo", "2025-08-12"),
     ("11", "criticised", None, "2025-08-12"), ("14", "blocked", "Paga", "2025-08-11"),
     ("10", "demanded", "Paga", "2025-08-11"), ("17", "arrested", "Bawku", "2025-08-10"),
     ("07", "distributed", "Sandema", "2025-08-11"), ("03", "ready", "Pwalugu", None),
     ("04", "visit", "Zebilla", "2025-08-18")])

doc("b15-en-02-pokhara", "en", "2025-05-07T11:00:00Z",
    "Gandaki chief minister meets hoteliers in Pokhara as arrivals fall; trekking guides march at Lakeside",
    "POKHARA, Nepal, May 7 (Newsflow) - Gandaki Province Chief Minister Surendra Raj Pandey met hotel owners and trekking agencies in Pokhara on Tuesday to discuss falling foreign arrivals and the lack of international flights at Pokhara International Airport, his office said.\n"
    "\"We built an international airport, and now we must give airlines a reason to land at it,\" Pandey told reporters after the meeting. Hotel occupancy in the lakeside city fell to about 40 percent in the spring season, according to the local hotel association.\n"
    "In Pokhara, the Civil Aviation Authority of Nepal signed an agreement on Tuesday with Buddha Air to run daily flights from Pokhara to Gautam Buddha International Airport in Bhairahawa, with the first flight due on June 1.\n"
    "The opposition CPN (Maoist Centre) criticised the federal government on Tuesday for what it called broken promises to the province's airport.\n"
    "At Lakeside, about 400 trekking guides marched on Monday in protest against a rule that bars foreigners from trekking without a licensed guide in some areas but not others. At the march, the Trekking Agencies' Association of Nepal demanded that the rule be applied the same way across the Annapurna region. \"Half of us have had no work since the autumn,\" said Ram Bahadur Gurung, a guide for fifteen years.\n"
    "Nepal Police arrested three men in Butwal on Sunday after seizing 40 kilograms of cannabis from a bus bound for the Indian border, police said.\n"
    "The Nepal Red Cross Society distributed tarpaulins and food on Monday to 250 families in Baglung whose homes were damaged by a landslide.\n"
    "The Annapurna Conservation Area Project said it was ready to build a new trail shelter at Ghandruk.\n"
    "Pandey is due to visit Jomsom on Friday to open a solar mini-grid.",
    [("LOC", "Pokhara", [], ["POKHARA", "Pokhara"]),
     ("LOC", "Nepal", [], ["Nepal"]),
     ("LOC", "Gandaki Province", ["Gandaki"], ["Gandaki Province", "Gandaki"]),
     ("PERSON", "Surendra Raj Pandey", ["Pandey"], ["Surendra Raj Pandey", "Pandey"]),
     ("LOC", "Pokhara International Airport", ["Pokhara Regional International Airport"], ["Pokhara International Airport"]),
     ("ORG", "Civil Aviation Authority of Nepal", ["CAAN"], ["Civil Aviation Authority of Nepal"]),
     ("ORG", "Buddha Air", [], ["Buddha Air"]),
     ("LOC", "Gautam Buddha International Airport", ["Gautam Buddha Airport", "Bhairahawa airport"],
      ["Gautam Buddha International Airport"]),
     ("LOC", "Bhairahawa", ["Siddharthanagar"], ["Bhairahawa"]),
     ("ORG", "CPN (Maoist Centre)", ["Communist Party of Nepal (Maoist Centre)", "Maoist Centre", "CPN-MC"], ["CPN (Maoist Centre)"]),
     ("LOC", "Lakeside", ["Lakeside, Pokhara"], ["Lakeside"]),
     ("ORG", "Trekking Agencies' Association of Nepal", ["TAAN", "Trekking Agencies Association of Nepal"],
      ["Trekking Agencies' Association of Nepal"]),
     ("LOC", "Annapurna", ["Annapurna region", "Annapurna massif"], ["Annapurna"]),
     ("PERSON", "Ram Bahadur Gurung", ["Gurung"], ["Ram Bahadur Gurung"]),
     ("ORG", "Nepal Police", [], ["Nepal Police"]),
     ("LOC", "Butwal", [], ["Butwal"]),
     ("ORG", "Nepal Red Cross Society", ["Nepal Red Cross"], ["Nepal Red Cross Society"]),
     ("LOC", "Baglung", [], ["Baglung"]),
     ("ORG", "Annapurna Conservation Area Project", ["ACAP"], ["Annapurna Conservation Area Project"]),
     ("LOC", "Ghandruk", [], ["Ghandruk"]),
     ("LOC", "Jomsom", [], ["Jomsom"])],
    [("04", "met", "Pokhara", "2025-05-06"), ("05", "signed", "Pokhara", "2025-05-06"),
     ("11", "criticised", None, "2025-05-06"), ("14", "marched", "Lakeside", "2025-05-05"),
     ("10", "demanded", "Lakeside", "2025-05-05"), ("17", "arrested", "Butwal", "2025-05-04"),
     ("07", "distributed", "Baglung", "2025-05-05"), ("03", "ready", "Ghandruk", None),
     ("04", "visit", "Jomsom", "2025-05-09")])

doc("b15-en-03-derry", "en", "2025-10-22T12:00:00Z",
    "Archibald meets Derry business leaders on Magee expansion; Strabane residents march over hospital cuts",
    "DERRY, Northern Ireland, Oct 22 (Newsflow) - Economy Minister Caoimhe Archibald met business leaders and officials of Derry City and Strabane District Council in Derry on Tuesday to discuss the expansion of Ulster University's Magee campus to 10,000 students, her department said.\n"
    "\"The north-west has waited decades for a university of the size it deserves, and the money is now on the table,\" Archibald told reporters after the meeting. Business groups say the city loses hundreds of school leavers every year to universities in Belfast and Britain.\n"
    "In Derry, Foyle Port signed an agreement on Tuesday with the marine contractor Inishowen Dredging to deepen the river channel at Lisahally, with work due to begin on January 12.\n"
    "SDLP leader Claire Hanna criticised the executive on Tuesday over waiting lists at Altnagelvin Area Hospital, which she said were the longest in the region.\n"
    "In Strabane, about 500 people marched to the health centre on Saturday in protest against the planned loss of the town's out-of-hours doctor service. At the march, the Strabane Health Action Group threatened to take the Western Health and Social Care Trust to court if the service was cut. \"My mother would have to travel 15 miles at night to see a doctor,\" said Siobhan McColgan, a shop worker in the town.\n"
    "Police Service of Northern Ireland officers arrested two men in Limavady on Sunday after seizing cannabis worth 80,000 pounds from a car, police said.\n"
    "The Foyle Food Bank distributed food parcels and heating vouchers on Monday to 350 families in Dungiven.\n"
    "Invest Northern Ireland said it was ready to fund a new engineering training centre at Coleraine.\n"
    "Archibald is due to visit Enniskillen next Monday to meet manufacturers in County Fermanagh.",
    [("LOC", "Derry", ["Londonderry", "Derry~Londonderry"], ["DERRY", "Derry"]),
     ("LOC", "Northern Ireland", [], ["Northern Ireland"]),
     ("PERSON", "Caoimhe Archibald", ["Archibald"], ["Caoimhe Archibald", "Archibald"]),
     ("ORG", "Derry City and Strabane District Council", ["Derry and Strabane council"], ["Derry City and Strabane District Council"]),
     ("ORG", "Ulster University", ["University of Ulster"], ["Ulster University"]),
     ("LOC", "Magee campus", ["Magee", "Magee College"], ["Magee campus", "Magee"]),
     ("LOC", "Belfast", [], ["Belfast"]),
     ("LOC", "Great Britain", ["Britain"], ["Britain"]),
     ("ORG", "Foyle Port", ["Londonderry Port and Harbour Commissioners"], ["Foyle Port"]),
     ("ORG", "Inishowen Dredging", [], ["Inishowen Dredging"]),
     ("LOC", "Lisahally", [], ["Lisahally"]),
     ("ORG", "Social Democratic and Labour Party", ["SDLP"], ["SDLP"]),
     ("PERSON", "Claire Hanna", [], ["Claire Hanna"]),
     ("ORG", "Altnagelvin Area Hospital", ["Altnagelvin Hospital", "Altnagelvin"], ["Altnagelvin Area Hospital"]),
     ("LOC", "Strabane", [], ["Strabane"]),
     ("ORG", "Strabane Health Action Group", [], ["Strabane Health Action Group"]),
     ("ORG", "Western Health and Social Care Trust", ["Western Trust", "Western HSC Trust"],
      ["Western Health and Social Care Trust"]),
     ("PERSON", "Siobhan McColgan", ["McColgan"], ["Siobhan McColgan"]),
     ("ORG", "Police Service of Northern Ireland", ["PSNI"], ["Police Service of Northern Ireland"]),
     ("LOC", "Limavady", [], ["Limavady"]),
     ("ORG", "Foyle Food Bank", [], ["Foyle Food Bank"]),
     ("LOC", "Dungiven", [], ["Dungiven"]),
     ("ORG", "Invest Northern Ireland", ["Invest NI"], ["Invest Northern Ireland"]),
     ("LOC", "Coleraine", [], ["Coleraine"]),
     ("LOC", "Enniskillen", [], ["Enniskillen"]),
     ("LOC", "County Fermanagh", ["Fermanagh"], ["County Fermanagh"])],
    [("04", "met", "Derry", "2025-10-21"), ("05", "signed", "Derry", "2025-10-21"),
     ("11", "criticised", None, "2025-10-21"), ("14", "marched", "Strabane", "2025-10-18"),
     ("13", "threatened", "Strabane", "2025-10-18"), ("17", "arrested", "Limavady", "2025-10-19"),
     ("07", "distributed", "Dungiven", "2025-10-20"), ("03", "ready", "Coleraine", None),
     ("04", "visit", "Enniskillen", "2025-10-27")])

doc("b15-fr-01-arlit", "fr", "2025-11-19T08:00:00Z",
    "Arlit : le ministre des Mines rencontre les travailleurs de la Somaïr, les commerçants manifestent à Tahoua",
    "ARLIT, 19 novembre - Le ministre des Mines, Ousmane Abarchi, a rencontré mardi à Arlit les responsables de la Société des mines de l'Aïr (Somaïr) et les délégués des travailleurs pour évoquer la reprise des exportations d'uranium et le paiement des arriérés de salaires, a indiqué son cabinet.\n"
    "« Chaque tonne qui sort d'Arlit doit d'abord payer ceux qui l'ont extraite », a déclaré M. Abarchi à l'issue de la rencontre. Selon les syndicats, près de 800 agents de la mine n'ont pas perçu leur salaire complet depuis le mois d'août.\n"
    "Mardi également, à Agadez, la Société nigérienne d'électricité (Nigelec) a signé avec la commune urbaine d'Agadez une convention pour construire une centrale solaire de 20 mégawatts, dont les travaux doivent commencer le 2 février.\n"
    "A Tahoua, plusieurs centaines de commerçants ont manifesté jeudi dernier devant le gouvernorat pour réclamer la baisse des taxes sur les marchandises venues du Nigeria. Lors du rassemblement, le Syndicat des commerçants de Tahoua a menacé de fermer les boutiques de la ville pendant trois jours.\n"
    "Le maire de Zinder, Abdou Mahamadou Sani, a exigé lundi de la Nigelec la fin des coupures de courant dans les quartiers nord de la ville.\n"
    "Le Réseau des organisations pour la transparence et l'analyse budgétaire (ROTAB) a dénoncé mardi l'opacité des contrats de vente de l'uranium.\n"
    "Les gendarmes ont interpellé dimanche à Dirkou, sur la route de la Libye, six hommes qui transportaient 40 migrants dans deux camions, a-t-on appris de source sécuritaire.\n"
    "La Croix-Rouge nigérienne a distribué lundi des vivres et des couvertures à 600 familles d'orpailleurs déplacées à Ingall.\n"
    "La Banque agricole du Niger (Bagri) s'est dite prête à financer une coopérative maraîchère à Tchirozérine.\n"
    "M. Abarchi est attendu jeudi prochain à Bilma pour visiter les salines.",
    [("LOC", "Arlit", [], ["ARLIT", "Arlit"]),
     ("PERSON", "Ousmane Abarchi", ["Abarchi Ousmane", "Abarchi"], ["Ousmane Abarchi", "Abarchi"]),
     ("ORG", "Somaïr", ["Somair", "SOMAIR", "Société des mines de l'Aïr"], ["Société des mines de l'Aïr", "Somaïr"]),
     ("LOC", "Agadez", [], ["Agadez"]),
     ("ORG", "Nigelec", ["NIGELEC", "Société nigérienne d'électricité"], ["Société nigérienne d'électricité", "Nigelec"]),
     ("ORG", "Agadez Urban Commune", ["commune urbaine d'Agadez", "Agadez municipality"], ["commune urbaine d'Agadez"]),
     ("LOC", "Tahoua", [], ["Tahoua"]),
     ("LOC", "Nigeria", [], ["Nigeria"]),
     ("ORG", "Syndicat des commerçants de Tahoua", ["Tahoua Traders' Union"], ["Syndicat des commerçants de Tahoua"]),
     ("LOC", "Zinder", [], ["Zinder"]),
     ("PERSON", "Abdou Mahamadou Sani", ["Abdou Sani"], ["Abdou Mahamadou Sani"]),
     ("ORG", "ROTAB", ["Réseau des organisations pour la transparence et l'analyse budgétaire", "ROTAB Niger"],
      ["Réseau des organisations pour la transparence et l'analyse budgétaire", "ROTAB"]),
     ("LOC", "Dirkou", [], ["Dirkou"]),
     ("LOC", "Libya", ["Libye"], ["Libye"]),
     ("ORG", "Croix-Rouge nigérienne", ["Red Cross Society of Niger", "Niger Red Cross"], ["Croix-Rouge nigérienne"]),
     ("LOC", "Ingall", ["In-Gall"], ["Ingall"]),
     ("ORG", "Banque agricole du Niger", ["Bagri", "BAGRI", "Agricultural Bank of Niger"], ["Banque agricole du Niger", "Bagri"]),
     ("LOC", "Tchirozérine", ["Tchirozerine"], ["Tchirozérine"]),
     ("LOC", "Bilma", [], ["Bilma"])],
    [("04", "rencontré", "Arlit", "2025-11-18"), ("05", "signé", "Agadez", "2025-11-18"),
     ("14", "manifesté", "Tahoua", "2025-11-13"), ("13", "menacé", "Tahoua", "2025-11-13"),
     ("10", "exigé", None, "2025-11-17"), ("11", "dénoncé", None, "2025-11-18"),
     ("17", "interpellé", "Dirkou", "2025-11-16"), ("07", "distribué", "Ingall", "2025-11-17"),
     ("03", "prête", "Tchirozérine", None), ("04", "attendu", "Bilma", "2025-11-20")])

doc("b15-fr-02-sikasso", "fr", "2025-12-03T09:00:00Z",
    "Sikasso : le ministre de l'Agriculture rencontre les cotonculteurs, des jeunes manifestent devant la mine de Goulamina",
    "SIKASSO, 3 décembre - Le ministre de l'Agriculture, Daniel Siméon Kéléma, a rencontré mardi à Sikasso les producteurs de coton de la région et les responsables de la Compagnie malienne pour le développement des textiles (CMDT) pour évoquer le prix d'achat du coton graine et le retard des livraisons d'engrais, a indiqué son ministère.\n"
    "« Le coton fait vivre quatre millions de Maliens, il ne peut pas attendre l'engrais jusqu'à la floraison », a déclaré M. Kéléma à l'issue de la rencontre.\n"
    "Mardi également, à Koutiala, la CMDT a signé avec la Banque nationale de développement agricole (BNDA) une convention de 20 milliards de francs CFA pour préfinancer les intrants, dont les premières livraisons sont prévues le 5 janvier.\n"
    "A Bougouni, plusieurs centaines de jeunes ont manifesté jeudi dernier devant l'entrée de la mine de lithium de Goulamina pour réclamer des emplois. Lors du rassemblement, le Collectif des jeunes de Bougouni a exigé que la moitié des postes non qualifiés soit réservée aux habitants du cercle. « On voit passer les camions, pas les salaires », a dit Seydou Diakité, un maçon au chômage.\n"
    "La Confédération des sociétés coopératives des producteurs de coton (C-SCPC) a menacé mardi de boycotter les semis de la prochaine campagne si le prix n'était pas relevé.\n"
    "L'Association malienne des droits de l'homme (AMDH) a dénoncé mardi les conditions de détention dans les prisons de la région.\n"
    "Les douaniers ont interpellé dimanche à Kadiolo, près de la frontière ivoirienne, trois hommes qui transportaient 12 tonnes d'engrais subventionné, a-t-on appris de source douanière.\n"
    "La Croix-Rouge malienne a distribué lundi des vivres et des moustiquaires à 700 familles à Yorosso.\n"
    "La Banque malienne de solidarité (BMS) s'est dite prête à financer une unité de transformation de mangues à Kignan.\n"
    "M. Kéléma est attendu vendredi à Zégoua pour visiter le poste de contrôle phytosanitaire.",
    [("LOC", "Sikasso", [], ["SIKASSO", "Sikasso"]),
     ("PERSON", "Daniel Siméon Kéléma", ["Daniel Simeon Kelema", "Kéléma"], ["Daniel Siméon Kéléma", "Kéléma"]),
     ("ORG", "CMDT", ["Compagnie malienne pour le développement des textiles", "Malian Textile Development Company"],
      ["Compagnie malienne pour le développement des textiles", "CMDT"]),
     ("LOC", "Koutiala", [], ["Koutiala"]),
     ("ORG", "BNDA", ["Banque nationale de développement agricole", "National Bank for Agricultural Development (Mali)"],
      ["Banque nationale de développement agricole", "BNDA"]),
     ("LOC", "Bougouni", [], ["Bougouni"]),
     ("LOC", "Goulamina", ["Goulamina mine", "Goulamina lithium mine"], ["Goulamina"]),
     ("ORG", "Collectif des jeunes de Bougouni", ["Bougouni Youth Collective"], ["Collectif des jeunes de Bougouni"]),
     ("PERSON", "Seydou Diakité", ["Seydou Diakite"], ["Seydou Diakité"]),
     ("ORG", "C-SCPC", ["Confédération des sociétés coopératives des producteurs de coton", "Confederation of Cotton Producers' Cooperatives"],
      ["Confédération des sociétés coopératives des producteurs de coton", "C-SCPC"]),
     ("ORG", "AMDH", ["Association malienne des droits de l'homme", "Malian Association for Human Rights"],
      ["Association malienne des droits de l'homme", "AMDH"]),
     ("LOC", "Kadiolo", [], ["Kadiolo"]),
     ("ORG", "Croix-Rouge malienne", ["Mali Red Cross", "Malian Red Cross"], ["Croix-Rouge malienne"]),
     ("LOC", "Yorosso", [], ["Yorosso"]),
     ("ORG", "BMS", ["Banque malienne de solidarité", "BMS-SA", "Malian Solidarity Bank"], ["Banque malienne de solidarité", "BMS"]),
     ("LOC", "Kignan", [], ["Kignan"]),
     ("LOC", "Zégoua", ["Zegoua"], ["Zégoua"])],
    [("04", "rencontré", "Sikasso", "2025-12-02"), ("05", "signé", "Koutiala", "2025-12-02"),
     ("14", "manifesté", "Goulamina", "2025-11-27"), ("10", "exigé", "Goulamina", "2025-11-27"),
     ("13", "menacé", None, "2025-12-02"), ("11", "dénoncé", None, "2025-12-02"),
     ("17", "interpellé", "Kadiolo", "2025-12-01"), ("07", "distribué", "Yorosso", "2025-12-01"),
     ("03", "prête", "Kignan", None), ("04", "attendu", "Zégoua", "2025-12-05")])

doc("b15-fr-03-cap-haitien", "fr", "2025-02-05T10:00:00Z",
    "Cap-Haïtien : Leslie Voltaire rencontre les maires de la région, les commerçants de Ouanaminthe manifestent à la frontière",
    "CAP-HAÏTIEN, 5 février - Le coordonnateur du Conseil présidentiel de transition, Leslie Voltaire, a rencontré mardi au Cap-Haïtien les maires et les représentants du secteur privé de la région pour évoquer la sécurité des routes nationales et la relance du tourisme, a indiqué son bureau.\n"
    "« Cette région ne doit pas devenir le seul refuge du pays, elle doit en devenir le moteur », a déclaré M. Voltaire à l'issue de la rencontre.\n"
    "Mardi également, à Caracol, l'Électricité d'Haïti (EDH) a signé avec la Société nationale des parcs industriels (Sonapi) une convention pour porter à 20 mégawatts la centrale qui alimente le parc industriel, dont les travaux doivent commencer le 1er septembre.\n"
    "A Ouanaminthe, plusieurs centaines de commerçants ont manifesté jeudi dernier devant le poste frontalier pour réclamer la réouverture du marché binational avec Dajabón, en République dominicaine. Lors du rassemblement, l'Association des commerçants de Ouanaminthe a menacé de bloquer le pont frontalier pendant une semaine. « Nous vivons de ce marché depuis trente ans », a dit Marie-Ange Dorvil, qui vend des tissus.\n"
    "Le maire de Limbé, Josué Saint-Fleur, a exigé lundi de la Direction nationale de l'eau potable et de l'assainissement (Dinepa) la réparation du réseau d'eau de la commune.\n"
    "Le Réseau national de défense des droits humains (RNDDH) a dénoncé mardi la lenteur des enquêtes sur les massacres commis dans la capitale.\n"
    "Les policiers ont interpellé dimanche à Fort-Liberté deux hommes qui transportaient des armes et des munitions dans un camion, a-t-on appris de source policière.\n"
    "La Croix-Rouge haïtienne a distribué lundi des kits d'hygiène et de l'eau potable à 500 familles déplacées à Milot.\n"
    "La Banque nationale de crédit (BNC) s'est dite prête à financer des coopératives de pêcheurs à Trou-du-Nord.\n"
    "M. Voltaire est attendu jeudi prochain à Port-de-Paix pour rencontrer les élus locaux.",
    [("LOC", "Cap-Haïtien", ["Cap-Haitien"], ["CAP-HAÏTIEN", "Cap-Haïtien"]),
     ("ORG", "Transitional Presidential Council", ["Conseil présidentiel de transition", "CPT"], ["Conseil présidentiel de transition"]),
     ("PERSON", "Leslie Voltaire", ["Voltaire"], ["Leslie Voltaire", "Voltaire"]),
     ("LOC", "Caracol", [], ["Caracol"]),
     ("ORG", "Électricité d'Haïti", ["EDH", "Electricite d'Haiti"], ["Électricité d'Haïti", "EDH"]),
     ("ORG", "Sonapi", ["SONAPI", "Société nationale des parcs industriels"], ["Société nationale des parcs industriels", "Sonapi"]),
     ("LOC", "Ouanaminthe", ["Wanament"], ["Ouanaminthe"]),
     ("LOC", "Dajabón", ["Dajabon"], ["Dajabón"]),
     ("LOC", "Dominican Republic", ["République dominicaine"], ["République dominicaine"]),
     ("ORG", "Association des commerçants de Ouanaminthe", ["Ouanaminthe Traders' Association"],
      ["Association des commerçants de Ouanaminthe"]),
     ("PERSON", "Marie-Ange Dorvil", ["Marie Ange Dorvil"], ["Marie-Ange Dorvil"]),
     ("LOC", "Limbé", ["Limbe"], ["Limbé"]),
     ("PERSON", "Josué Saint-Fleur", ["Josue Saint-Fleur"], ["Josué Saint-Fleur"]),
     ("ORG", "Dinepa", ["DINEPA", "Direction nationale de l'eau potable et de l'assainissement"],
      ["Direction nationale de l'eau potable et de l'assainissement", "Dinepa"]),
     ("ORG", "RNDDH", ["Réseau national de défense des droits humains", "National Human Rights Defense Network"],
      ["Réseau national de défense des droits humains", "RNDDH"]),
     ("LOC", "Fort-Liberté", ["Fort-Liberte", "Fort Liberté"], ["Fort-Liberté"]),
     ("ORG", "Croix-Rouge haïtienne", ["Haitian Red Cross", "Haitian National Red Cross Society"], ["Croix-Rouge haïtienne"]),
     ("LOC", "Milot", [], ["Milot"]),
     ("ORG", "Banque nationale de crédit", ["BNC", "National Credit Bank (Haiti)"], ["Banque nationale de crédit", "BNC"]),
     ("LOC", "Trou-du-Nord", ["Trou du Nord"], ["Trou-du-Nord"]),
     ("LOC", "Port-de-Paix", [], ["Port-de-Paix"])],
    [("04", "rencontré", "Cap-Haïtien", "2025-02-04"), ("05", "signé", "Caracol", "2025-02-04"),
     ("14", "manifesté", "Ouanaminthe", "2025-01-30"), ("13", "menacé", "Ouanaminthe", "2025-01-30"),
     ("10", "exigé", None, "2025-02-03"), ("11", "dénoncé", None, "2025-02-04"),
     ("17", "interpellé", "Fort-Liberté", "2025-02-02"), ("07", "distribué", "Milot", "2025-02-03"),
     ("03", "prête", "Trou-du-Nord", None), ("04", "attendu", "Port-de-Paix", "2025-02-06")])

write("blind15.jsonl")
