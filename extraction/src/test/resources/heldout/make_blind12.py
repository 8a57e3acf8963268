# Writes blind12.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 in session 15,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. People, bodies and places
# are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only hits are
# countries named in passing, see heldout/README.md). Parts of the world the older sets cover little: eastern Chad
# (Abéché, Adré, Farchana) with a Chadian president as Arabic news spells him, Egypt's canal zone (Ismailia, East Port
# Said, Lake Manzala, El Qantara West), Saudi Arabia's south-west (Asir, Abha, Rijal Almaa, Najran, Sharurah), Sharjah
# and Ajman, Alaska, Scotland's north-east, Kenya's coast, Tasmania, Hauts-de-France, Congo's copper belt (Haut-Katanga,
# Lualaba), Bourgogne-Franche-Comté and the Loire estuary. Articles are 1,500-2,100 characters, with datelines, quotes
# and relative and absolute dates. Real public figures in their public roles; other officials and details are
# fictional. Gold not edited to match output. Apache-2.0. Run: python3 make_blind12.py
from gold import doc, write

doc("b12-ar-01-abeche", "ar", "2025-03-12T08:00:00Z",
    "ديبي يبحث في أبشي أوضاع اللاجئين السودانيين واعتقال مهربين قرب أدري",
    "أبشي - زار الرئيس التشادي محمد إدريس ديبي، أمس الثلاثاء، مدينة أبشي في شرق البلاد، حيث ترأس اجتماعا مع حاكم إقليم وداي عثمان بشارة محمد ومسؤولي المفوضية الوطنية لاستقبال وإعادة إدماج اللاجئين والعائدين، لبحث أوضاع اللاجئين الفارين من الحرب في السودان.\n"
    "وقال ديبي خلال الاجتماع إن تشاد «لن تغلق أبوابها أمام الفارين من الحرب»، لكنه أشار إلى أن الإقليم «يتحمل عبئا يفوق قدراته بكثير»، داعيا المانحين إلى الوفاء بتعهداتهم قبل موسم الأمطار.\n"
    "وفي مدينة أدري الحدودية، اعتقلت وحدات من الدرك الوطني التشادي فجر الاثنين سبعة أشخاص يشتبه في تهريبهم الوقود والأسلحة الخفيفة عبر الحدود، وصادرت ثلاث سيارات رباعية الدفع، بحسب مصدر أمني في الإقليم.\n"
    "وفي مخيم فرشانة، وزع الصليب الأحمر التشادي أمس مساعدات غذائية ومستلزمات إيواء على نحو أربعة آلاف أسرة وصلت خلال الأسابيع الأخيرة، وفق بيان للمنظمة أشار إلى أن المخزون لا يكفي لأكثر من شهر.\n"
    "وكان عشرات التجار قد تظاهروا السبت الماضي أمام مقر الإقليم في أبشي احتجاجا على ارتفاع أسعار الحبوب وإغلاق الطرق التجارية، فيما طالب أعيان المدينة أمس السلطات بفتح ممر تجاري آمن نحو الحدود.\n"
    "وفي أبشي أيضا، وقعت الشركة التشادية للمياه أمس اتفاقية مع صندوق أبوظبي للتنمية لحفر خمسين بئرا وإنشاء شبكات توزيع في أبشي وأدري، بكلفة تناهز 18 مليون دولار، على أن تبدأ الأشغال في الأول من مايو. وأبدى الصندوق استعداده لتمويل مرحلة ثانية تشمل المخيمات المحيطة بالمدينتين.\n"
    "ومن المقرر أن يزور وزير الصحة العامة محمد صالح أبكر مدينة قوز بيضا الأحد المقبل لتفقد مراكز علاج الكوليرا وسوء التغذية في المخيمات.\n"
    "وتقول منظمات الإغاثة إن تشاد تستضيف أكثر من مليون لاجئ، يقيم معظمهم في الأقاليم الشرقية المحاذية للحدود.",
    [("PERSON", "Mahamat Idriss Déby", ["Mahamat Idriss Deby Itno", "Mahamat Deby", "Déby"], ["محمد إدريس ديبي", "ديبي"]),
     ("LOC", "Abéché", ["Abeche"], ["أبشي"]),
     ("LOC", "Adré", ["Adre"], ["أدري"]),
     ("LOC", "Ouaddaï Province", ["Ouaddaï", "Ouaddai", "Wadai"], ["إقليم وداي"]),
     ("PERSON", "Othman Bichara Mahamat", ["Othman Bichara"], ["عثمان بشارة محمد"]),
     ("ORG", "National Commission for the Reception and Reintegration of Refugees and Returnees",
      ["CNARR", "Commission nationale d'accueil et de réinsertion des réfugiés et des rapatriés"],
      ["المفوضية الوطنية لاستقبال وإعادة إدماج اللاجئين والعائدين"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "Chad", ["Tchad"], ["تشاد"]),
     ("ORG", "National Gendarmerie (Chad)", ["Chadian National Gendarmerie", "Gendarmerie nationale tchadienne"],
      ["الدرك الوطني التشادي"]),
     ("LOC", "Farchana", ["Farchana camp"], ["مخيم فرشانة", "فرشانة"]),
     ("ORG", "Red Cross of Chad", ["Chadian Red Cross", "Croix-Rouge du Tchad"], ["الصليب الأحمر التشادي"]),
     ("ORG", "Société Tchadienne des Eaux", ["STE", "Chadian Water Company"], ["الشركة التشادية للمياه"]),
     ("ORG", "Abu Dhabi Fund for Development", ["ADFD"], ["صندوق أبوظبي للتنمية"]),
     ("PERSON", "Mahamat Saleh Abakar", ["Mohammed Saleh Abakar"], ["محمد صالح أبكر"]),
     ("LOC", "Goz Beïda", ["Goz Beida"], ["قوز بيضا"])],
    [("04", "زار", "Abéché", "2025-03-11"), ("17", "اعتقلت", "Adré", "2025-03-10"),
     ("07", "وزع", "Farchana", "2025-03-11"), ("14", "تظاهروا", "Abéché", "2025-03-08"),
     ("10", "طالب", None, "2025-03-11"), ("05", "وقعت", "Abéché", "2025-03-11"),
     ("03", "وأبدى", None, None), ("04", "يزور", "Goz Beïda", "2025-03-16")])

doc("b12-ar-02-ismailia", "ar", "2025-05-14T09:00:00Z",
    "ربيع يلتقي ممثلي الخطوط الملاحية في الإسماعيلية وتوقيع عقد لمنطقة صناعية في شرق بورسعيد",
    "الإسماعيلية - التقى رئيس هيئة قناة السويس الفريق أسامة ربيع، أمس الثلاثاء، في مقر الهيئة بمدينة الإسماعيلية، ممثلي عدد من الخطوط الملاحية العالمية، لبحث عودة السفن إلى المرور في قناة السويس بعد تراجع حركة الملاحة بسبب التوترات الإقليمية.\n"
    "وقال ربيع خلال اللقاء إن الهيئة «مستعدة لتقديم حوافز وتخفيضات جديدة على رسوم العبور» لسفن الحاويات العملاقة اعتبارا من الأول من يونيو، مضيفا أن إيرادات القناة تراجعت بأكثر من النصف خلال العام الماضي. وأوضح ربيع أن عدد السفن العابرة منذ مطلع العام بلغ نحو ثلاثة آلاف سفينة، مقابل أكثر من خمسة آلاف في الفترة نفسها قبل عامين، وأن الهيئة تعول على عودة خطوط الحاويات الكبرى بحلول نهاية الصيف.\n"
    "وفي الإسماعيلية أيضا، وقعت الهيئة العامة للمنطقة الاقتصادية لقناة السويس أمس عقدا مع مجموعة موانئ أبوظبي لتطوير وتشغيل منطقة صناعية ولوجستية في شرق بورسعيد، باستثمارات أولية تقدر بنحو 120 مليون دولار. وقال رئيس المنطقة الاقتصادية وليد جمال الدين إن المشروع «سيوفر آلاف فرص العمل لأبناء مدن القناة».\n"
    "وفي بورسعيد، نظم عشرات من صيادي بحيرة المنزلة صباح أمس الأول وقفة احتجاجية أمام مبنى المحافظة، احتجاجا على قرار منع الصيد خلال فترة التكاثر دون صرف تعويضات. وطالب النائب عن دائرة المطرية حسن عبد الستار الحكومة أمس بصرف إعانة شهرية للصيادين المتضررين.\n"
    "وفي مركز القنطرة غرب، ضبطت مديرية أمن الإسماعيلية الأحد الماضي ثلاثة أشخاص بحوزتهم كميات من الأسمدة المدعمة المهربة كانت معدة للبيع في السوق السوداء، وأحيلوا إلى جهات التحقيق، بحسب بيان للمديرية.\n"
    "ورحب اتحاد الغرف التجارية المصرية بالعقد الموقع أمس، معتبرا أنه «رسالة ثقة» في مناخ الاستثمار بمدن القناة.\n"
    "ومن المقرر أن يزور نائب رئيس الوزراء للتنمية الصناعية وزير النقل كامل الوزير ميناء شرق بورسعيد الأحد المقبل، لتفقد أعمال توسعة أرصفة الحاويات ومحطة السكك الحديدية الجديدة.",
    [("PERSON", "Osama Rabie", ["Ossama Rabiee", "Osama Rabei", "Rabie"], ["أسامة ربيع", "ربيع"]),
     ("ORG", "Suez Canal Authority", ["SCA"], ["هيئة قناة السويس"]),
     ("LOC", "Ismailia", ["Ismailiya"], ["الإسماعيلية"]),
     ("LOC", "Suez Canal", [], ["قناة السويس"]),
     ("ORG", "General Authority for the Suez Canal Economic Zone", ["Suez Canal Economic Zone", "SCZone", "SCZONE"],
      ["الهيئة العامة للمنطقة الاقتصادية لقناة السويس"]),
     ("ORG", "AD Ports Group", ["Abu Dhabi Ports", "AD Ports"], ["مجموعة موانئ أبوظبي", "موانئ أبوظبي"]),
     ("LOC", "East Port Said", ["Port Said East"], ["شرق بورسعيد"]),
     ("PERSON", "Waleid Gamal El-Dien", ["Walid Gamal Eldin", "Waleid Gamal Eldien"], ["وليد جمال الدين"]),
     ("LOC", "Port Said", ["Port Said Governorate"], ["بورسعيد"]),
     ("LOC", "Lake Manzala", ["Manzala Lake"], ["بحيرة المنزلة"]),
     ("LOC", "El Matareya", ["Matareya", "Al-Matariyah"], ["المطرية"]),
     ("PERSON", "Hassan Abdel Sattar", ["Hasan Abdel-Sattar"], ["حسن عبد الستار"]),
     ("LOC", "El Qantara West", ["Qantara West", "Al-Qantara Gharb"], ["مركز القنطرة غرب", "القنطرة غرب"]),
     ("ORG", "Ismailia Security Directorate", ["Ismailia Security Department"], ["مديرية أمن الإسماعيلية"]),
     ("ORG", "Federation of Egyptian Chambers of Commerce", ["FEDCOC"], ["اتحاد الغرف التجارية المصرية"]),
     ("PERSON", "Kamel al-Wazir", ["Kamel El-Wazir", "Kamel Al-Wazeer"], ["كامل الوزير"]),
     ("LOC", "East Port Said Port", ["Port of East Port Said", "East Port Said port"], ["ميناء شرق بورسعيد"])],
    [("04", "التقى", "Ismailia", "2025-05-13"), ("03", "مستعدة", "Suez Canal", None),
     ("05", "وقعت", "Ismailia", "2025-05-13"), ("14", "وقفة", "Port Said", "2025-05-12"),
     ("10", "وطالب", None, "2025-05-13"), ("17", "ضبطت", "El Qantara West", "2025-05-11"),
     ("05", "ورحب", None, None), ("04", "يزور", "East Port Said Port", "2025-05-18")])

doc("b12-ar-03-abha", "ar", "2025-07-09T07:00:00Z",
    "أمير عسير يبحث مع الفضلي مشاريع السدود وتوقيع اتفاقية لتطوير رجال ألمع",
    "أبها - التقى أمير منطقة عسير الأمير تركي بن طلال بن عبدالعزيز، أمس الثلاثاء في مكتبه بمدينة أبها، وزير البيئة والمياه والزراعة المهندس عبدالرحمن الفضلي، واستعرضا مشاريع السدود وشبكات المياه في محافظات المنطقة، ومنها سد وادي بيشة، إضافة إلى خطط مواجهة الجفاف في المدرجات الزراعية.\n"
    "وقال الفضلي، بحسب بيان لإمارة المنطقة، إن الوزارة «تعمل على رفع الطاقة التخزينية للسدود في عسير قبل موسم الأمطار المقبل».\n"
    "وفي أبها أيضا، وقعت هيئة تطوير منطقة عسير أمس اتفاقية مع شركة السودة للتطوير لتأهيل القرية التراثية في رجال ألمع وإنشاء مسارات سياحية تربطها بمرتفعات السودة، على أن تنتهي المرحلة الأولى في 30 يونيو 2026. ورحبت غرفة أبها بالاتفاقية، معتبرة أنها «ستفتح الباب أمام المستثمرين المحليين».\n"
    "وتشهد منطقة عسير خلال أشهر الصيف إقبالا كبيرا من الزوار بفضل اعتدال مناخها، إذ تقول الهيئة إن عدد زوارها تجاوز مليوني زائر العام الماضي، وتستهدف مضاعفته قبل نهاية العقد عبر مشاريع الإيواء والطرق الجبلية.\n"
    "وأبدى صندوق التنمية السياحي استعداده لتمويل إنشاء فنادق صغيرة ونزل ريفية في رجال ألمع، وفق بيان الهيئة.\n"
    "وفي منطقة نجران، استقبل أمير المنطقة الأمير جلوي بن عبدالعزيز بن مساعد أمس في ديوان الإمارة رئيس مجلس إدارة شركة المياه الوطنية المهندس ناصر بن سعد العتيبي، واطلع على سير العمل في مشروع نقل المياه إلى مدينة نجران ومحافظة حبونا. وأكد العتيبي أن المشروع سيرفع حصة الفرد من المياه في المحافظة بنحو الثلث خلال عامين.\n"
    "وفي محافظة شرورة، ضبطت شرطة منطقة نجران فجر الاثنين أربعة مقيمين بحوزتهم كميات من القات المهرب عبر الحدود، وأحالتهم إلى جهات التحقيق، بحسب المتحدث الإعلامي للشرطة.\n"
    "ومن المقرر أن يزور الأمير تركي بن طلال محافظة خميس مشيط الأحد المقبل لافتتاح عدد من المشاريع البلدية والاطلاع على أعمال تطوير وسط المدينة.",
    [("PERSON", "Turki bin Talal bin Abdulaziz", ["Turki bin Talal", "Prince Turki bin Talal"],
      ["تركي بن طلال بن عبدالعزيز", "تركي بن طلال"]),
     ("LOC", "Asir Region", ["Asir", "Aseer", "Asir Province"], ["منطقة عسير", "عسير"]),
     ("LOC", "Abha", [], ["أبها"]),
     ("PERSON", "Abdulrahman Al-Fadley", ["Abdulrahman al-Fadhli", "Abdul Rahman Al Fadhli", "Al-Fadley"],
      ["عبدالرحمن الفضلي", "الفضلي"]),
     ("LOC", "Wadi Bisha Dam", ["King Fahd Dam", "Bisha Dam"], ["سد وادي بيشة"]),
     ("ORG", "Asir Development Authority", ["Asir Region Development Authority"], ["هيئة تطوير منطقة عسير"]),
     ("ORG", "Soudah Development", ["Soudah Development Company"], ["شركة السودة للتطوير", "السودة للتطوير"]),
     ("LOC", "Rijal Almaa", ["Rijal Alma", "Rijal Almaa Heritage Village"], ["رجال ألمع"]),
     ("LOC", "Al Soudah", ["Soudah", "Al-Sawdah"], ["مرتفعات السودة", "السودة"]),
     ("ORG", "Abha Chamber of Commerce", ["Abha Chamber"], ["غرفة أبها"]),
     ("ORG", "Tourism Development Fund", ["TDF"], ["صندوق التنمية السياحي"]),
     ("LOC", "Najran Region", ["Najran Province"], ["منطقة نجران"]),
     ("PERSON", "Jalawi bin Abdulaziz bin Musaed", ["Jalawi bin Abdulaziz", "Prince Jalawi"],
      ["جلوي بن عبدالعزيز بن مساعد"]),
     ("ORG", "National Water Company", ["NWC"], ["شركة المياه الوطنية"]),
     ("PERSON", "Nasser bin Saad Al-Otaibi", ["Nasser al-Otaibi"], ["ناصر بن سعد العتيبي", "العتيبي"]),
     ("LOC", "Najran", [], ["مدينة نجران"]),
     ("LOC", "Hubuna", ["Habuna", "Hubuna Governorate"], ["محافظة حبونا", "حبونا"]),
     ("LOC", "Sharurah", ["Sharora", "Sharurah Governorate"], ["محافظة شرورة", "شرورة"]),
     ("ORG", "Najran Region Police", ["Najran Police"], ["شرطة منطقة نجران"]),
     ("LOC", "Khamis Mushait", ["Khamis Mushayt", "Khamis Mushait Governorate"], ["محافظة خميس مشيط", "خميس مشيط"])],
    [("04", "التقى", "Abha", "2025-07-08"), ("05", "وقعت", "Abha", "2025-07-08"),
     ("05", "ورحبت", None, None), ("03", "وأبدى", "Rijal Almaa", None),
     ("04", "استقبل", "Najran Region", "2025-07-08"), ("17", "ضبطت", "Sharurah", "2025-07-07"),
     ("04", "يزور", "Khamis Mushait", "2025-07-13")])

doc("b12-ar-04-sharjah", "ar", "2025-10-15T08:00:00Z",
    "حاكم الشارقة يستقبل وفد هيئة الشارقة للكتاب وشرطة عجمان تضبط عصابة في الجرف",
    "الشارقة - استقبل صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى حاكم الشارقة، أمس الثلاثاء في قصر البديع، وفدا من هيئة الشارقة للكتاب برئاسة أحمد بن ركاض العامري، واطلع على الاستعدادات لمعرض الشارقة الدولي للكتاب الذي ينطلق في الخامس من نوفمبر. وأوضح العامري أن دورة هذا العام تستضيف أكثر من ألفي دار نشر، وأن برنامجها الثقافي يضم أكثر من ألف فعالية للكبار والأطفال.\n"
    "وفي مدينة الشارقة، وقعت هيئة كهرباء ومياه وغاز الشارقة أمس اتفاقية مع شركة الاتحاد للماء والكهرباء لربط شبكات الكهرباء في مدن الإمارة الداخلية والساحلية، بقيمة تقارب 400 مليون درهم. ورحبت غرفة تجارة وصناعة الشارقة بالاتفاقية، وقال مديرها العام محمد أحمد أمين العوضي إنها «ستخفف انقطاعات الكهرباء عن المصانع في الصيف».\n"
    "وأبدت المنطقة الحرة بالحمرية استعدادها لاستضافة مصانع لتدوير البطاريات والألواح الشمسية، وفق بيان للهيئة.\n"
    "وفي عجمان، ضبطت شرطة عجمان أمس الأول عصابة من خمسة أشخاص تخصصت في سرقة الكابلات النحاسية من مواقع البناء في منطقة الجرف، وأحالتهم إلى جهات الاختصاص، بحسب ما أعلنه مدير عام الشرطة اللواء علي الجابري.\n"
    "وعلى صعيد العمل الإنساني، سيرت مؤسسة القلب الكبير الأحد الماضي قافلة مساعدات طبية وغذائية إلى ولاية هرات غرب أفغانستان، لمساعدة الأسر العائدة من إيران والمتضررة من الجفاف، بحسب بيان للمؤسسة.\n"
    "ومن المقرر أن يزور ولي عهد عجمان الشيخ عمار بن حميد النعيمي منطقة مصفوت السبت المقبل لتفقد مشاريع الطرق والإسكان، والاستماع إلى مطالب الأهالي بشأن توسعة المركز الصحي.\n"
    "وتقول الجهات الحكومية في الشارقة وعجمان إن استثمارات البنية التحتية تضاعفت خلال السنوات الخمس الماضية، في ظل تزايد عدد السكان وارتفاع الطلب على الكهرباء والمياه.",
    [("PERSON", "Sultan bin Muhammad Al Qasimi", ["Sultan bin Mohammed Al Qasimi", "Sheikh Sultan bin Muhammad"],
      ["سلطان بن محمد القاسمي"]),
     ("ORG", "Federal Supreme Council", ["Supreme Council of the Union"], ["المجلس الأعلى"]),
     ("LOC", "Sharjah", ["Emirate of Sharjah", "Sharjah City"], ["الشارقة"]),
     ("LOC", "Al Badie Palace", ["Badie Palace"], ["قصر البديع"]),
     ("ORG", "Sharjah Book Authority", ["SBA"], ["هيئة الشارقة للكتاب"]),
     ("PERSON", "Ahmed bin Rakkad Al Ameri", ["Ahmed Al Ameri", "Ahmed bin Rakad Al Amri"], ["أحمد بن ركاض العامري", "العامري"]),
     ("ORG", "Sharjah Electricity, Water and Gas Authority", ["SEWA", "Sharjah Electricity and Water Authority"],
      ["هيئة كهرباء ومياه وغاز الشارقة"]),
     ("ORG", "Etihad Water and Electricity", ["Etihad WE", "EtihadWE"], ["شركة الاتحاد للماء والكهرباء"]),
     ("ORG", "Sharjah Chamber of Commerce and Industry", ["Sharjah Chamber"], ["غرفة تجارة وصناعة الشارقة"]),
     ("PERSON", "Mohammed Ahmed Amin Al Awadhi", ["Mohammed Al Awadhi"], ["محمد أحمد أمين العوضي"]),
     ("ORG", "Hamriyah Free Zone Authority", ["Hamriyah Free Zone", "HFZA"], ["المنطقة الحرة بالحمرية"]),
     ("LOC", "Ajman", ["Emirate of Ajman"], ["عجمان"]),
     ("ORG", "Ajman Police", ["Ajman Police General Command"], ["شرطة عجمان"]),
     ("LOC", "Al Jurf", ["Al Jurf Ajman", "Jurf"], ["منطقة الجرف", "الجرف"]),
     ("PERSON", "Ali Al Jabri", ["Ali Al-Jabri"], ["علي الجابري"]),
     ("ORG", "The Big Heart Foundation", ["TBHF", "Big Heart Foundation"], ["مؤسسة القلب الكبير"]),
     ("LOC", "Herat Province", ["Herat"], ["ولاية هرات"]),
     ("LOC", "Afghanistan", [], ["أفغانستان"]),
     ("PERSON", "Ammar bin Humaid Al Nuaimi", ["Ammar bin Humaid", "Sheikh Ammar bin Humaid Al Nuaimi"],
      ["عمار بن حميد النعيمي"]),
     ("LOC", "Masfout", ["Masfut"], ["منطقة مصفوت", "مصفوت"]),
     ("LOC", "Iran", [], ["إيران"])],
    [("04", "استقبل", "Al Badie Palace", "2025-10-14"), ("05", "وقعت", "Sharjah", "2025-10-14"),
     ("05", "ورحبت", None, None), ("03", "وأبدت", None, None),
     ("17", "ضبطت", "Al Jurf", "2025-10-13"), ("07", "سيرت", "Herat Province", "2025-10-12"),
     ("04", "يزور", "Masfout", "2025-10-18")])

doc("b12-en-01-anchorage", "en", "2025-06-11T14:00:00Z",
    "Dunleavy meets North Slope leaders in Anchorage; troopers arrest three in Bethel",
    "ANCHORAGE, Alaska, June 11 (Newsflow) - Alaska Governor Mike Dunleavy met leaders of the North Slope Borough and the Arctic Slope Regional Corporation in Anchorage on Tuesday to discuss oil revenue sharing and the proposed gas pipeline from Prudhoe Bay to Cook Inlet, his office said.\n"
    "\"The North Slope has carried this state's budget for fifty years, and its villages deserve a fair share of what comes next,\" Dunleavy told reporters after the meeting.\n"
    "Also on Tuesday, the Alaska Gasline Development Corporation signed a preliminary agreement with Glenfarne Group on the first phase of the pipeline, which the companies said could begin construction as early as January 2026. U.S. Senator Lisa Murkowski said she was ready to press for federal loan guarantees for the project.\n"
    "On Tuesday, Anchorage Mayor Suzanne LaFrance criticised the governor's budget vetoes, saying they would force the city to cut bus services and close two libraries by July 1.\n"
    "In Juneau, several hundred teachers and parents rallied outside the state Capitol on Monday against cuts to school funding. At the rally, the teachers' union NEA-Alaska demanded that lawmakers override the vetoes before the end of the special session.\n"
    "Alaska State Troopers arrested three men in Bethel on Sunday after seizing more than two pounds of methamphetamine flown in as air cargo, the agency said in a statement. It said the drugs had been bound for villages along the Kuskokwim River.\n"
    "Dunleavy is due to visit Nome on Friday to meet officials of the Port of Nome, where the U.S. Army Corps of Engineers is expanding the harbour into the region's first deep-water port.",
    [("LOC", "Anchorage", [], ["ANCHORAGE", "Anchorage"]),
     ("LOC", "Alaska", [], ["Alaska"]),
     ("PERSON", "Mike Dunleavy", ["Dunleavy", "Michael Dunleavy"], ["Mike Dunleavy", "Dunleavy"]),
     ("ORG", "North Slope Borough", [], ["North Slope Borough"]),
     ("LOC", "North Slope", ["Alaska North Slope"], ["North Slope"]),
     ("ORG", "Arctic Slope Regional Corporation", ["ASRC"], ["Arctic Slope Regional Corporation"]),
     ("LOC", "Prudhoe Bay", [], ["Prudhoe Bay"]),
     ("LOC", "Cook Inlet", [], ["Cook Inlet"]),
     ("ORG", "Alaska Gasline Development Corporation", ["AGDC"], ["Alaska Gasline Development Corporation"]),
     ("ORG", "Glenfarne Group", ["Glenfarne"], ["Glenfarne Group"]),
     ("LOC", "United States", ["U.S.", "US", "USA"], ["U.S."]),
     ("PERSON", "Lisa Murkowski", ["Murkowski"], ["Lisa Murkowski"]),
     ("PERSON", "Suzanne LaFrance", ["LaFrance"], ["Suzanne LaFrance"]),
     ("LOC", "Juneau", [], ["Juneau"]),
     ("ORG", "NEA-Alaska", ["National Education Association-Alaska", "NEA Alaska"], ["NEA-Alaska"]),
     ("ORG", "Alaska State Troopers", ["Alaska State Police"], ["Alaska State Troopers"]),
     ("LOC", "Bethel", [], ["Bethel"]),
     ("LOC", "Kuskokwim River", ["Kuskokwim"], ["Kuskokwim River"]),
     ("LOC", "Nome", [], ["Nome"]),
     ("LOC", "Port of Nome", [], ["Port of Nome"]),
     ("ORG", "U.S. Army Corps of Engineers", ["US Army Corps of Engineers", "Army Corps of Engineers", "USACE"],
      ["U.S. Army Corps of Engineers"])],
    [("04", "met", "Anchorage", "2025-06-10"), ("05", "signed", None, "2025-06-10"),
     ("03", "ready", None, None), ("11", "criticised", None, "2025-06-10"),
     ("14", "rallied", "Juneau", "2025-06-09"), ("10", "demanded", "Juneau", "2025-06-09"),
     ("17", "arrested", "Bethel", "2025-06-08"), ("04", "visit", "Nome", "2025-06-13")])

doc("b12-en-02-aberdeen", "en", "2025-02-26T12:00:00Z",
    "Swinney meets North Sea workers in Aberdeen as RMT threatens platform strikes",
    "ABERDEEN, Scotland, Feb 26 (Newsflow) - First Minister John Swinney met union representatives and energy company executives in Aberdeen on Tuesday to discuss job losses in the North Sea oil and gas industry, the Scottish Government said.\n"
    "Swinney told reporters after the talks that the north-east \"cannot be left to carry the cost of the energy transition on its own\" and called on the UK Government to ease the windfall tax on producers.\n"
    "Later on Tuesday in Aberdeen, Great British Energy, the publicly owned company headquartered in the city, signed an agreement with the Port of Aberdeen to develop a base for floating offshore wind projects at the harbour's south expansion, with work due to start on 1 September. Aberdeen City Council welcomed the deal in a statement.\n"
    "The RMT union, which represents many offshore workers, threatened on Tuesday to call strikes on platforms operated by Harbour Energy if the company goes ahead with plans to cut 250 onshore jobs.\n"
    "In Peterhead, several hundred fishermen and their families marched through the town on Saturday to protest against proposed limits on sandeel and cod catches. Scottish Conservative leader Russell Findlay accused ministers of \"abandoning coastal communities\".\n"
    "Police Scotland said officers arrested two men in Fraserburgh on Sunday after finding cocaine worth about 400,000 pounds hidden in a fish van.\n"
    "Crown Estate Scotland said it was ready to bring forward new seabed leases for offshore wind off the Moray coast, where two projects are already under construction.\n"
    "Swinney is due to visit Inverness next Monday to open a new campus of the University of the Highlands and Islands.",
    [("LOC", "Aberdeen", [], ["ABERDEEN", "Aberdeen"]),
     ("LOC", "Scotland", [], ["Scotland"]),
     ("PERSON", "John Swinney", ["Swinney"], ["John Swinney", "Swinney"]),
     ("LOC", "North Sea", [], ["North Sea"]),
     ("ORG", "Scottish Government", ["Scottish Executive"], ["Scottish Government"]),
     ("ORG", "UK Government", ["Government of the United Kingdom", "British government", "HM Government"],
      ["UK Government"]),
     ("ORG", "Great British Energy", ["GB Energy"], ["Great British Energy"]),
     ("ORG", "Port of Aberdeen", ["Aberdeen Harbour Board", "Aberdeen Harbour"], ["Port of Aberdeen"]),
     ("ORG", "Aberdeen City Council", [], ["Aberdeen City Council"]),
     ("ORG", "RMT", ["National Union of Rail, Maritime and Transport Workers", "RMT union"], ["RMT"]),
     ("ORG", "Harbour Energy", [], ["Harbour Energy"]),
     ("LOC", "Peterhead", [], ["Peterhead"]),
     ("ORG", "Scottish Conservatives", ["Scottish Conservative Party", "Scottish Conservative and Unionist Party"],
      ["Scottish Conservative"]),
     ("PERSON", "Russell Findlay", ["Findlay"], ["Russell Findlay"]),
     ("ORG", "Police Scotland", [], ["Police Scotland"]),
     ("LOC", "Fraserburgh", [], ["Fraserburgh"]),
     ("ORG", "Crown Estate Scotland", [], ["Crown Estate Scotland"]),
     ("LOC", "Moray", ["Moray coast", "Moray Firth"], ["Moray"]),
     ("LOC", "Inverness", [], ["Inverness"]),
     ("ORG", "University of the Highlands and Islands", ["UHI"], ["University of the Highlands and Islands"])],
    [("04", "met", "Aberdeen", "2025-02-25"), ("05", "signed", "Aberdeen", "2025-02-25"),
     ("05", "welcomed", None, None), ("13", "threatened", None, "2025-02-25"),
     ("14", "marched", "Peterhead", "2025-02-22"), ("11", "accused", None, None),
     ("17", "arrested", "Fraserburgh", "2025-02-23"), ("03", "ready", "Moray", None),
     ("04", "visit", "Inverness", "2025-03-03")])

doc("b12-en-03-mombasa", "en", "2025-08-20T10:00:00Z",
    "Ruto meets Mombasa leaders on port jobs as dock workers threaten strike",
    "MOMBASA, Kenya, Aug 20 (Newsflow) - President William Ruto met Mombasa Governor Abdulswamad Sherrif Nassir and coastal members of parliament at State House Mombasa on Tuesday to discuss jobs at the port and the return of cargo clearing from inland depots to the coast, the presidency said.\n"
    "\"Mombasa was built by this port, and its young people must be the first to benefit from its growth,\" Ruto said after the meeting.\n"
    "The Kenya Ports Authority signed an agreement on Tuesday with Kenya Railways to run six more freight trains a day between the port and the inland container depot at Naivasha from October 1.\n"
    "On Monday, hundreds of members of the Dock Workers Union marched through Mombasa to protest against plans to lease two berths to a private operator. Addressing the marchers, the union's secretary-general, Simon Sang, threatened a strike at the port if the plan was not withdrawn within fourteen days.\n"
    "Mombasa Senator Mohamed Faki criticised the lease on Tuesday, saying the county had not been consulted.\n"
    "In Kilifi County, detectives of the Directorate of Criminal Investigations arrested four suspects in Watamu on Sunday and recovered 30 kilograms of ivory hidden in a fishing boat, the DCI said.\n"
    "The Kenya Red Cross Society distributed food and water on Monday to more than 3,000 families in Tana River County, where a long drought has killed livestock and dried up wells along the Tana River.\n"
    "Ruto is due to visit Lamu on Friday to inspect the Lamu Port, where only three of the planned thirty-two berths are in use, and to meet fishermen from Pate Island.",
    [("LOC", "Mombasa", ["Mombasa County"], ["MOMBASA", "Mombasa"]),
     ("LOC", "Kenya", [], ["Kenya"]),
     ("PERSON", "William Ruto", ["Ruto", "William Samoei Ruto"], ["William Ruto", "Ruto"]),
     ("PERSON", "Abdulswamad Sherrif Nassir", ["Abdulswamad Nassir", "Abdulswamad Shariff Nassir"],
      ["Abdulswamad Sherrif Nassir"]),
     ("LOC", "State House Mombasa", ["State House, Mombasa"], ["State House Mombasa"]),
     ("ORG", "Kenya Ports Authority", ["KPA"], ["Kenya Ports Authority"]),
     ("ORG", "Kenya Railways", ["Kenya Railways Corporation"], ["Kenya Railways"]),
     ("LOC", "Naivasha", ["Naivasha Inland Container Depot"], ["Naivasha"]),
     ("ORG", "Dock Workers Union", ["DWU", "Dock Workers Union of Kenya"], ["Dock Workers Union"]),
     ("PERSON", "Simon Sang", [], ["Simon Sang"]),
     ("PERSON", "Mohamed Faki", ["Mohamed Faki Mwinyihaji", "Faki"], ["Mohamed Faki"]),
     ("LOC", "Kilifi County", ["Kilifi"], ["Kilifi County"]),
     ("ORG", "Directorate of Criminal Investigations", ["DCI"], ["Directorate of Criminal Investigations", "DCI"]),
     ("LOC", "Watamu", [], ["Watamu"]),
     ("ORG", "Kenya Red Cross Society", ["Kenya Red Cross", "KRCS"], ["Kenya Red Cross Society"]),
     ("LOC", "Tana River County", ["Tana River"], ["Tana River County"]),
     ("LOC", "Tana River", [], ["Tana River"]),
     ("LOC", "Lamu", [], ["Lamu"]),
     ("LOC", "Lamu Port", ["Port of Lamu"], ["Lamu Port"]),
     ("LOC", "Pate Island", ["Pate"], ["Pate Island"])],
    [("04", "met", "State House Mombasa", "2025-08-19"), ("05", "signed", None, "2025-08-19"),
     ("14", "marched", "Mombasa", "2025-08-18"), ("13", "threatened", "Mombasa", "2025-08-18"),
     ("11", "criticised", None, "2025-08-19"), ("17", "arrested", "Watamu", "2025-08-17"),
     ("07", "distributed", "Tana River County", "2025-08-18"), ("04", "visit", "Lamu", "2025-08-22")])

doc("b12-en-04-hobart", "en", "2025-09-17T06:00:00Z",
    "Rockliff meets TasPorts and Antarctic officials in Hobart; nurses rally in Burnie",
    "HOBART, Australia, Sept 17 (Newsflow) - Tasmanian Premier Jeremy Rockliff met executives of TasPorts and the Australian Antarctic Division in Hobart on Tuesday to discuss the future of Macquarie Wharf, the berth used by Australia's icebreaker, the premier's office said.\n"
    "\"Hobart must remain the gateway to East Antarctica, and that means a working wharf, not a car park,\" Rockliff said after the meeting.\n"
    "In Launceston, Hydro Tasmania signed an agreement on Tuesday with the University of Tasmania to build a research centre on pumped hydro storage near Lake Cethana, with construction due to begin on March 2, 2026.\n"
    "Federal Infrastructure Minister Catherine King said she was ready to bring forward federal money for upgrades to the highway between Burnie and Devonport.\n"
    "On Tuesday, Tasmanian Greens leader Rosalie Woodruff criticised the government over delays to the Marinus Link interconnector across Bass Strait, saying households were \"paying for a cable that may never be built\".\n"
    "In Burnie, more than 500 nurses and midwives rallied on Monday outside the city's hospital over staff shortages. At the rally, the Australian Nursing and Midwifery Federation demanded that the government fill 200 vacancies in the state's north-west by Christmas.\n"
    "Tasmania Police arrested two men in Devonport on Sunday after finding 3 kilograms of cannabis in a car that had arrived on the overnight ferry from Geelong, police said.\n"
    "Rockliff is due to visit King Island on Friday to meet farmers and the island's council about the cost of shipping cattle and cheese to the mainland.",
    [("LOC", "Hobart", [], ["HOBART", "Hobart"]),
     ("LOC", "Australia", [], ["Australia"]),
     ("PERSON", "Jeremy Rockliff", ["Rockliff"], ["Jeremy Rockliff", "Rockliff"]),
     ("ORG", "TasPorts", ["Tasmanian Ports Corporation"], ["TasPorts"]),
     ("ORG", "Australian Antarctic Division", ["AAD"], ["Australian Antarctic Division"]),
     ("LOC", "Macquarie Wharf", [], ["Macquarie Wharf"]),
     ("LOC", "East Antarctica", [], ["East Antarctica"]),
     ("LOC", "Launceston", [], ["Launceston"]),
     ("ORG", "Hydro Tasmania", [], ["Hydro Tasmania"]),
     ("ORG", "University of Tasmania", ["UTAS"], ["University of Tasmania"]),
     ("LOC", "Lake Cethana", [], ["Lake Cethana"]),
     ("PERSON", "Catherine King", [], ["Catherine King"]),
     ("LOC", "Burnie", [], ["Burnie"]),
     ("LOC", "Devonport", [], ["Devonport"]),
     ("ORG", "Tasmanian Greens", ["Greens Tasmania"], ["Tasmanian Greens"]),
     ("PERSON", "Rosalie Woodruff", ["Woodruff"], ["Rosalie Woodruff"]),
     ("LOC", "Bass Strait", [], ["Bass Strait"]),
     ("ORG", "Australian Nursing and Midwifery Federation", ["ANMF"], ["Australian Nursing and Midwifery Federation"]),
     ("ORG", "Tasmania Police", [], ["Tasmania Police"]),
     ("LOC", "Geelong", [], ["Geelong"]),
     ("LOC", "King Island", [], ["King Island"])],
    [("04", "met", "Hobart", "2025-09-16"), ("05", "signed", "Launceston", "2025-09-16"),
     ("03", "ready", "Burnie", None), ("11", "criticised", None, "2025-09-16"),
     ("14", "rallied", "Burnie", "2025-09-15"), ("10", "demanded", "Burnie", "2025-09-15"),
     ("17", "arrested", "Devonport", "2025-09-14"), ("04", "visit", "King Island", "2025-09-19")])

doc("b12-fr-01-dunkerque", "fr", "2025-03-19T09:00:00Z",
    "A Dunkerque, Xavier Bertrand réunit sidérurgistes et syndicats, la police aux frontières interpelle quatre passeurs",
    "DUNKERQUE, 19 mars - Le président de la région Hauts-de-France, Xavier Bertrand, a réuni mardi à Dunkerque les dirigeants d'ArcelorMittal France, les élus du littoral et les syndicats du site, inquiets pour l'avenir des hauts fourneaux après le report des investissements prévus pour décarboner la production d'acier.\n"
    "« Dunkerque ne peut pas devenir la variable d'ajustement d'un groupe mondial », a déclaré M. Bertrand à l'issue de la réunion, en réclamant un calendrier précis d'ici l'été.\n"
    "Dans la foulée, à Dunkerque, la région et le Grand Port maritime de Dunkerque ont signé une convention de 45 millions d'euros pour aménager de nouveaux terrains industriels à Loon-Plage, destinés notamment au fabricant de batteries Verkor, dont l'usine doit démarrer sa production le 1er juillet.\n"
    "Plusieurs centaines de salariés de l'aciérie avaient manifesté jeudi dernier devant la mairie de Grande-Synthe. Lors de ce rassemblement, l'intersyndicale a menacé de bloquer les accès au port si aucun engagement écrit n'était présenté avant la fin du mois.\n"
    "La maire de Calais, Natacha Bouchart, a exigé lundi du gouvernement des renforts de police après plusieurs incidents sur la rocade portuaire.\n"
    "La police aux frontières a interpellé dimanche à Gravelines quatre passeurs présumés, soupçonnés d'avoir organisé des départs d'embarcations depuis la plage de Petit-Fort-Philippe, a indiqué le parquet de Dunkerque.\n"
    "Action Logement s'est dit prêt à cofinancer la construction de logements pour les futurs salariés des usines de Loon-Plage et de Bourbourg.\n"
    "M. Bertrand recevra jeudi prochain à Lille les représentants des sous-traitants de l'automobile de la région, touchés par la baisse des commandes.",
    [("LOC", "Dunkirk", ["Dunkerque"], ["DUNKERQUE", "Dunkerque"]),
     ("ORG", "Hauts-de-France Regional Council", ["Région Hauts-de-France", "Conseil régional des Hauts-de-France",
                                                  "Hauts-de-France Region"], ["région Hauts-de-France"]),
     ("PERSON", "Xavier Bertrand", ["Bertrand"], ["Xavier Bertrand", "Bertrand"]),
     ("ORG", "ArcelorMittal France", ["ArcelorMittal"], ["ArcelorMittal France"]),
     ("ORG", "Grand Port Maritime de Dunkerque", ["Port of Dunkirk", "Dunkerque-Port", "Grand port maritime de Dunkerque"],
      ["Grand Port maritime de Dunkerque"]),
     ("LOC", "Loon-Plage", [], ["Loon-Plage"]),
     ("ORG", "Verkor", [], ["Verkor"]),
     ("LOC", "Grande-Synthe", [], ["Grande-Synthe"]),
     ("LOC", "Calais", [], ["Calais"]),
     ("PERSON", "Natacha Bouchart", ["Bouchart"], ["Natacha Bouchart"]),
     ("ORG", "Police aux frontières", ["PAF", "Border Police (France)", "French Border Police"], ["police aux frontières"]),
     ("LOC", "Gravelines", [], ["Gravelines"]),
     ("LOC", "Petit-Fort-Philippe", [], ["Petit-Fort-Philippe"]),
     ("ORG", "Dunkirk Public Prosecutor's Office", ["parquet de Dunkerque", "Parquet de Dunkerque"], ["parquet de Dunkerque"]),
     ("ORG", "Action Logement", [], ["Action Logement"]),
     ("LOC", "Bourbourg", [], ["Bourbourg"]),
     ("LOC", "Lille", [], ["Lille"])],
    [("04", "réuni", "Dunkirk", "2025-03-18"), ("05", "signé", "Dunkirk", "2025-03-18"),
     ("14", "manifesté", "Grande-Synthe", "2025-03-13"), ("13", "menacé", "Grande-Synthe", "2025-03-13"),
     ("10", "exigé", None, "2025-03-17"), ("17", "interpellé", "Gravelines", "2025-03-16"),
     ("03", "prêt", "Loon-Plage", None), ("04", "recevra", "Lille", "2025-03-20")])

doc("b12-fr-02-lubumbashi", "fr", "2025-04-16T08:00:00Z",
    "RDC : le ministre des Mines rencontre la Gécamines à Lubumbashi, manifestation de creuseurs à Kolwezi",
    "LUBUMBASHI, 16 avril - Le ministre des Mines, Kizito Pakabomba, a rencontré mardi à Lubumbashi les dirigeants de la Gécamines et les représentants des entreprises minières du Haut-Katanga et du Lualaba, pour évoquer la suspension des exportations de cobalt décidée le 22 février par l'Autorité de régulation et de contrôle des marchés des substances minérales stratégiques (Arecoms).\n"
    "« La RDC ne renoncera pas à peser sur le prix d'un minerai dont elle produit les trois quarts », a déclaré le ministre à l'issue de la rencontre.\n"
    "Mardi également, à Lubumbashi, la Gécamines a signé avec la Société nationale d'électricité (Snel) un protocole d'accord pour réhabiliter la ligne à haute tension qui relie Kolwezi à Likasi, dont les coupures ont paralysé plusieurs usines en mars.\n"
    "A Kolwezi, chef-lieu de la province du Lualaba, plusieurs centaines de creuseurs artisanaux ont manifesté lundi devant le gouvernorat pour protester contre leur expulsion d'un site racheté par une entreprise étrangère. La société civile du Lualaba a exigé le même jour la suspension de l'opération.\n"
    "La Fédération des entreprises du Congo (FEC) a dénoncé des « pertes considérables » liées à la suspension des exportations et au retard du remboursement de la TVA.\n"
    "Au poste frontalier de Kasumbalesa, à la frontière avec la Zambie, les agents de la Direction générale des douanes et accises (DGDA) ont saisi dimanche trois camions chargés d'hydroxyde de cobalt non déclaré et interpellé leurs chauffeurs.\n"
    "La Société américaine de financement du développement international (DFC) s'est dite disposée à financer la réhabilitation de la voie ferrée entre Kolwezi et Dilolo, vers le corridor de Lobito.\n"
    "Le ministre est attendu vendredi à Likasi pour visiter les installations de traitement de la Gécamines.",
    [("LOC", "Lubumbashi", [], ["LUBUMBASHI", "Lubumbashi"]),
     ("LOC", "Democratic Republic of the Congo", ["DRC", "RDC", "DR Congo", "Congo-Kinshasa"], ["RDC"]),
     ("PERSON", "Kizito Pakabomba", ["Pakabomba"], ["Kizito Pakabomba"]),
     ("ORG", "Gécamines", ["Gecamines", "La Générale des Carrières et des Mines"], ["Gécamines"]),
     ("LOC", "Haut-Katanga", ["Haut-Katanga Province", "Upper Katanga"], ["Haut-Katanga"]),
     ("LOC", "Lualaba Province", ["Lualaba", "province du Lualaba"], ["province du Lualaba", "Lualaba"]),
     ("ORG", "ARECOMS", ["Arecoms", "Authority for the Regulation and Control of Strategic Mineral Substances Markets",
                         "Autorité de régulation et de contrôle des marchés des substances minérales stratégiques"],
      ["Autorité de régulation et de contrôle des marchés des substances minérales stratégiques", "Arecoms"]),
     ("ORG", "Société nationale d'électricité", ["SNEL", "Snel", "National Electricity Company (DRC)"],
      ["Société nationale d'électricité", "Snel"]),
     ("LOC", "Kolwezi", [], ["Kolwezi"]),
     ("LOC", "Likasi", [], ["Likasi"]),
     ("ORG", "Fédération des entreprises du Congo", ["FEC", "Federation of Congolese Enterprises"],
      ["Fédération des entreprises du Congo", "FEC"]),
     ("LOC", "Kasumbalesa", ["Kasumbalesa border post"], ["Kasumbalesa"]),
     ("LOC", "Zambia", ["Zambie"], ["Zambie"]),
     ("ORG", "Direction générale des douanes et accises", ["DGDA", "Congolese customs"],
      ["Direction générale des douanes et accises", "DGDA"]),
     ("ORG", "U.S. International Development Finance Corporation", ["DFC", "US International Development Finance Corporation",
                                                                   "Société américaine de financement du développement international"],
      ["Société américaine de financement du développement international", "DFC"]),
     ("LOC", "Dilolo", [], ["Dilolo"]),
     ("LOC", "Lobito Corridor", ["Lobito corridor", "corridor de Lobito"], ["corridor de Lobito"])],
    [("04", "rencontré", "Lubumbashi", "2025-04-15"), ("05", "signé", "Lubumbashi", "2025-04-15"),
     ("14", "manifesté", "Kolwezi", "2025-04-14"), ("10", "exigé", None, "2025-04-14"),
     ("11", "dénoncé", None, None), ("17", "saisi", "Kasumbalesa", "2025-04-13"),
     ("03", "disposée", "Kolwezi", None), ("04", "attendu", "Likasi", "2025-04-18")])

doc("b12-fr-03-besancon", "fr", "2025-06-04T08:00:00Z",
    "Bourgogne-Franche-Comté : la région signe la convention des TER, grève annoncée dans les hôpitaux de Dijon",
    "BESANÇON, 4 juin - La présidente de la région Bourgogne-Franche-Comté, Marie-Guite Dufay, a signé mardi à Besançon avec SNCF Voyageurs une nouvelle convention d'exploitation des TER, d'un montant de 2,1 milliards d'euros jusqu'en 2032, qui prévoit 40 trains supplémentaires par jour à partir du 14 décembre.\n"
    "« Le train doit redevenir le premier choix pour aller travailler, de Nevers à Belfort », a déclaré Mme Dufay lors de la signature. La Fnaut Bourgogne-Franche-Comté, qui représente les usagers, a salué un texte « enfin ambitieux » pour les petites lignes.\n"
    "Lundi, le maire de Belfort, Damien Meslot, a rencontré à Belfort la direction d'Alstom et les syndicats du site, où plus de 500 emplois dépendent de commandes de locomotives attendues depuis l'an dernier.\n"
    "A Dijon, plusieurs centaines d'agents hospitaliers ont manifesté jeudi dernier dans le centre-ville pour dénoncer le manque de lits. Lors du rassemblement, le syndicat Sud Santé a menacé d'une grève illimitée à partir du 16 juin.\n"
    "L'Association des maires du Doubs a réclamé lundi à l'Etat une aide d'urgence pour les communes touchées par les crues de mai.\n"
    "Les gendarmes ont interpellé dimanche à Pontarlier deux hommes qui transportaient 12 kilos de résine de cannabis dans un véhicule immatriculé en Suisse, selon le parquet de Besançon.\n"
    "L'Agence de l'eau Rhône Méditerranée Corse s'est dite prête à financer la restauration des berges de la Loue à Ornans, très abîmées par les crues.\n"
    "Mme Dufay est attendue jeudi prochain à Nevers pour rencontrer les élus de la Nièvre.",
    [("LOC", "Besançon", ["Besancon"], ["BESANÇON", "Besançon"]),
     ("ORG", "Bourgogne-Franche-Comté Regional Council", ["Région Bourgogne-Franche-Comté",
                                                          "Conseil régional de Bourgogne-Franche-Comté"],
      ["région Bourgogne-Franche-Comté"]),
     ("LOC", "Bourgogne-Franche-Comté", ["Burgundy-Franche-Comté"], ["Bourgogne-Franche-Comté"]),
     ("PERSON", "Marie-Guite Dufay", ["Dufay"], ["Marie-Guite Dufay", "Dufay"]),
     ("ORG", "SNCF Voyageurs", [], ["SNCF Voyageurs"]),
     ("LOC", "Nevers", [], ["Nevers"]),
     ("LOC", "Belfort", [], ["Belfort"]),
     ("ORG", "Fnaut Bourgogne-Franche-Comté", ["FNAUT Bourgogne-Franche-Comté", "Fnaut"],
      ["Fnaut Bourgogne-Franche-Comté"]),
     ("PERSON", "Damien Meslot", ["Meslot"], ["Damien Meslot"]),
     ("ORG", "Alstom", [], ["Alstom"]),
     ("LOC", "Dijon", [], ["Dijon"]),
     ("ORG", "Sud Santé", ["SUD Santé Sociaux", "Sud Santé Sociaux"], ["Sud Santé"]),
     ("ORG", "Association des maires du Doubs", ["Doubs Mayors' Association"], ["Association des maires du Doubs"]),
     ("LOC", "Pontarlier", [], ["Pontarlier"]),
     ("LOC", "Switzerland", ["Suisse"], ["Suisse"]),
     ("ORG", "Besançon Public Prosecutor's Office", ["parquet de Besançon"], ["parquet de Besançon"]),
     ("ORG", "Agence de l'eau Rhône Méditerranée Corse", ["Rhône Mediterranean Corsica Water Agency",
                                                          "Agence de l'eau RMC"],
      ["Agence de l'eau Rhône Méditerranée Corse"]),
     ("LOC", "Loue", ["Loue river"], ["Loue"]),
     ("LOC", "Ornans", [], ["Ornans"]),
     ("LOC", "Nièvre", [], ["Nièvre"])],
    [("05", "signé", "Besançon", "2025-06-03"), ("05", "salué", None, None),
     ("04", "rencontré", "Belfort", "2025-06-02"), ("14", "manifesté", "Dijon", "2025-05-29"),
     ("13", "menacé", "Dijon", "2025-05-29"), ("10", "réclamé", None, "2025-06-02"),
     ("17", "interpellé", "Pontarlier", "2025-06-01"), ("03", "prête", "Ornans", None),
     ("04", "attendue", "Nevers", "2025-06-05")])

doc("b12-fr-04-saint-nazaire", "fr", "2025-10-08T08:00:00Z",
    "Saint-Nazaire : les Chantiers de l'Atlantique signent un paquebot, grève au terminal méthanier de Montoir",
    "SAINT-NAZAIRE, 8 octobre - La présidente de la région Pays de la Loire, Christelle Morançais, a rencontré mardi à Saint-Nazaire les dirigeants des Chantiers de l'Atlantique et les représentants des sous-traitants du chantier naval, qui peinent à recruter soudeurs et tuyauteurs.\n"
    "Le même jour, à Saint-Nazaire, les Chantiers de l'Atlantique ont signé avec l'armateur MSC Croisières la commande d'un nouveau paquebot, dont la livraison est prévue le 15 mars 2029. Le maire de Saint-Nazaire, David Samzun, a salué « une bonne nouvelle pour tout l'estuaire ».\n"
    "Au terminal méthanier de Montoir-de-Bretagne, les agents d'Elengy ont entamé lundi une grève contre la réorganisation des équipes de quart. Les syndicats ont menacé le même jour d'étendre le mouvement au dépôt pétrolier de Donges si la direction ne revenait pas sur son projet.\n"
    "La FDSEA de Loire-Atlantique a exigé lundi le report de la hausse de la redevance sur l'eau, qu'elle juge insupportable pour les éleveurs du pays de Retz.\n"
    "Les douaniers ont saisi dimanche 280 kilos de cocaïne à bord d'un porte-conteneurs à quai à Saint-Nazaire et interpellé deux dockers, a indiqué le parquet de Nantes, qui a ouvert une information judiciaire.\n"
    "Nantes Métropole s'est dite prête à cofinancer une nouvelle ligne de car express entre Nantes et Saint-Nazaire pour les salariés du chantier, a indiqué sa présidente, Johanna Rolland, qui chiffre le besoin à 2 000 trajets par jour.\n"
    "Mme Morançais est attendue jeudi prochain à Angers pour rencontrer les dirigeants des entreprises de l'électronique et de l'agroalimentaire du Maine-et-Loire.",
    [("LOC", "Saint-Nazaire", [], ["SAINT-NAZAIRE", "Saint-Nazaire"]),
     ("ORG", "Pays de la Loire Regional Council", ["Région Pays de la Loire", "Conseil régional des Pays de la Loire"],
      ["région Pays de la Loire"]),
     ("PERSON", "Christelle Morançais", ["Morançais", "Christelle Morancais"], ["Christelle Morançais", "Morançais"]),
     ("ORG", "Chantiers de l'Atlantique", ["STX France"], ["Chantiers de l'Atlantique"]),
     ("ORG", "MSC Cruises", ["MSC Croisières"], ["MSC Croisières"]),
     ("PERSON", "David Samzun", ["Samzun"], ["David Samzun"]),
     ("LOC", "Montoir-de-Bretagne", ["Montoir LNG terminal", "Montoir"], ["Montoir-de-Bretagne", "Montoir"]),
     ("ORG", "Elengy", [], ["Elengy"]),
     ("LOC", "Donges", [], ["Donges"]),
     ("ORG", "FDSEA de Loire-Atlantique", ["FDSEA 44", "FDSEA Loire-Atlantique"], ["FDSEA de Loire-Atlantique"]),
     ("LOC", "Pays de Retz", ["pays de Retz", "Retz"], ["pays de Retz"]),
     ("ORG", "Nantes Public Prosecutor's Office", ["parquet de Nantes"], ["parquet de Nantes"]),
     ("ORG", "Nantes Métropole", ["Nantes Metropole"], ["Nantes Métropole"]),
     ("LOC", "Nantes", [], ["Nantes"]),
     ("PERSON", "Johanna Rolland", ["Rolland"], ["Johanna Rolland"]),
     ("LOC", "Angers", [], ["Angers"]),
     ("LOC", "Maine-et-Loire", [], ["Maine-et-Loire"])],
    [("04", "rencontré", "Saint-Nazaire", "2025-10-07"), ("05", "signé", "Saint-Nazaire", "2025-10-07"),
     ("05", "salué", None, None), ("14", "grève", "Montoir-de-Bretagne", "2025-10-06"),
     ("13", "menacé", "Montoir-de-Bretagne", "2025-10-06"), ("10", "exigé", None, "2025-10-06"),
     ("17", "saisi", "Saint-Nazaire", "2025-10-05"), ("03", "prête", "Nantes", None),
     ("04", "attendue", "Angers", "2025-10-09")])

write("blind12.jsonl")
