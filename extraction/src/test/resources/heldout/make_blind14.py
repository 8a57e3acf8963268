# Writes blind14.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-12-01 in session 17,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. People, bodies and places
# are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only hits are
# countries named in passing, see heldout/README.md). Parts of the world the older sets cover little: Yemen's Mahra
# (Al Ghaydah, Nishtun, Qishn, Hawf, Sayhut) with a German ambassador as Arabic news spells him, Algeria's far south
# (Tamanrasset, In Salah, Djanet, Bordj Badji Mokhtar, Adrar) with a Korean ambassador and a Korean company, Saudi
# Arabia's Qassim (Buraidah, Unaizah, Ar Rass, Al Bukayriyah) with a Brazilian ambassador, Lebanon's Bekaa and Akkar
# (Baalbek, Hermel, Halba, Al-Qoubaiyat, Arsal), northern and eastern Sri Lanka, northern Manitoba, the Western Isles
# and Orkney, Saint Lucia, western Burkina Faso, southern Luxembourg, Tunisia's Sidi Bouzid and Djerid in French, and
# Gabon's Haut-Ogooué. Articles are 1,500-1,900 characters, with datelines, quotes and relative and absolute dates.
# Real public figures in their public roles; other officials and details are fictional. Gold not edited to match
# output. Apache-2.0. Run: python3 make_blind14.py
from gold import doc, write

doc("b14-ar-01-ghaydah", "ar", "2025-03-19T08:00:00Z",
    "محافظ المهرة يبحث مع السفير الألماني في الغيضة مشاريع المياه وصيادو نشطون يحتجون",
    "الغيضة - التقى محافظ المهرة محمد علي ياسر، أمس الثلاثاء في مدينة الغيضة، سفير ألمانيا لدى اليمن يوهانس كلاينرت، لبحث دعم مشاريع المياه والكهرباء في مديريات المحافظة التي تستقبل آلاف النازحين منذ سنوات، بحسب بيان للسلطة المحلية.\n"
    "وقال ياسر خلال اللقاء إن المحافظة «لا تملك سوى محطة كهرباء واحدة تعمل نصف اليوم، بينما تضاعف عدد سكانها»، فيما أوضح كلاينرت أن الوفد سيرفع تقريرا عن احتياجات المحافظة إلى حكومته.\n"
    "وتعاني مديريات المحافظة من شح في مياه الشرب وانقطاعات طويلة للكهرباء، فيما ارتفعت أسعار الوقود بنحو الثلث منذ بداية العام، وفق تقديرات محلية.\n"
    "وفي الغيضة أيضا، وقعت المؤسسة العامة للكهرباء أمس اتفاقية مع شركة اللبان للطاقة لتوسعة محطة الكهرباء في المدينة وإضافة 20 ميغاواط إلى طاقتها، على أن تبدأ الأعمال في الأول من مايو.\n"
    "وفي ميناء نشطون، تظاهر عشرات من الصيادين السبت الماضي احتجاجا على قرار يمنع قواربهم من الإبحار ليلا، وطالبت جمعية صيادي نشطون السمكية خلال التظاهرة بإلغاء القرار فورا. وقال سالم مبارك كلشات، وهو صياد منذ ثلاثين عاما، إن «البحر هو الرزق الوحيد لمئات الأسر».\n"
    "وأوقفت مصلحة خفر السواحل فجر الاثنين قبالة سواحل مديرية قشن قاربا يقل 11 شخصا وصادرت كمية من الأسلحة والذخائر المهربة، بحسب مصدر أمني.\n"
    "ووزعت مؤسسة صلة للتنمية الأحد الماضي سلالا غذائية وخزانات مياه على 1200 أسرة نازحة في مديرية حوف.\n"
    "وانتقد المجلس العام لأبناء المهرة وسقطرى أمس ما وصفه بـ«إهمال» الحكومة لمطالب الصيادين وتأخر صرف رواتب الموظفين.\n"
    "وأبدت وزارة الأشغال العامة والطرق اليمنية استعدادها لإعادة تأهيل الطريق الساحلي في مديرية سيحوت بعد أن جرفت السيول أجزاء منه الخريف الماضي.\n"
    "ومن المقرر أن يزور ياسر منفذ شحن الحدودي مع سلطنة عمان السبت المقبل للاطلاع على إجراءات عبور الشاحنات والمسافرين.",
    [("LOC", "Al Mahrah Governorate", ["Al Mahra", "Mahra", "Al-Mahrah"], ["المهرة"]),
     ("LOC", "Al Ghaydah", ["Al Ghayda", "Ghaydah"], ["الغيضة"]),
     ("PERSON", "Mohammed Ali Yasser", ["Mohammed Ali Yaser", "Yasser"], ["محمد علي ياسر", "ياسر"]),
     ("LOC", "Germany", [], ["ألمانيا"]),
     ("LOC", "Yemen", [], ["اليمن"]),
     ("PERSON", "Johannes Kleinert", ["Kleinert"], ["يوهانس كلاينرت", "كلاينرت"]),
     ("ORG", "Public Electricity Corporation (Yemen)", ["Public Electricity Corporation", "PEC"], ["المؤسسة العامة للكهرباء"]),
     ("ORG", "Al Luban Energy Company", ["Luban Energy"], ["شركة اللبان للطاقة"]),
     ("LOC", "Nishtun Port", ["Port of Nishtun", "Nishtun"], ["ميناء نشطون", "نشطون"]),
     ("ORG", "Nishtun Fishermen's Association", ["Nishtun Fishermen Association"], ["جمعية صيادي نشطون السمكية"]),
     ("PERSON", "Salem Mubarak Kalshat", ["Salem Kalshat"], ["سالم مبارك كلشات"]),
     ("ORG", "Coast Guard Authority (Yemen)", ["Yemeni Coast Guard", "Yemen Coast Guard Authority"], ["مصلحة خفر السواحل"]),
     ("LOC", "Qishn District", ["Qishn"], ["مديرية قشن"]),
     ("ORG", "Silah Foundation for Development", ["Silah Development Foundation", "Silah Foundation"], ["مؤسسة صلة للتنمية"]),
     ("LOC", "Hawf District", ["Hawf"], ["مديرية حوف"]),
     ("ORG", "General Council of the Sons of Mahra and Socotra",
      ["General Council of Al-Mahra and Socotra", "Mahra and Socotra General Council"],
      ["المجلس العام لأبناء المهرة وسقطرى"]),
     ("ORG", "Ministry of Public Works and Roads (Yemen)", ["Yemeni Ministry of Public Works and Roads"],
      ["وزارة الأشغال العامة والطرق اليمنية"]),
     ("LOC", "Sayhut District", ["Sayhut", "Saihut"], ["مديرية سيحوت"]),
     ("LOC", "Shahan border crossing", ["Shahan crossing", "Shahan port", "Shahen"], ["منفذ شحن"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان"])],
    [("04", "التقى", "Al Ghaydah", "2025-03-18"), ("05", "وقعت", "Al Ghaydah", "2025-03-18"),
     ("14", "تظاهر", "Nishtun Port", "2025-03-15"), ("10", "وطالبت", "Nishtun Port", "2025-03-15"),
     ("17", "وأوقفت", "Qishn District", "2025-03-17"), ("07", "ووزعت", "Hawf District", "2025-03-16"),
     ("11", "وانتقد", None, "2025-03-18"), ("03", "وأبدت", "Sayhut District", None),
     ("04", "يزور", "Shahan border crossing", "2025-03-22")])

doc("b14-ar-02-tamanrasset", "ar", "2025-06-11T09:00:00Z",
    "وزير الداخلية الجزائري يبحث في تمنراست تموين الجنوب الكبير واحتجاج على انقطاع الكهرباء في عين صالح",
    "تمنراست - التقى وزير الداخلية والجماعات المحلية والنقل إبراهيم مراد، أمس الثلاثاء في مدينة تمنراست، والي الولاية عبد القادر بن عمارة وأعيان منطقة الأهقار، لبحث تموين مناطق الجنوب الكبير بالوقود والمواد الغذائية والمياه خلال أشهر الصيف.\n"
    "وقال الوزير خلال اللقاء إن الدولة «لن تترك سكان عين قزام وتين زاواتين يواجهون الحر دون ماء ولا كهرباء»، مشيرا إلى أن الحكومة رصدت اعتمادات إضافية لاقتناء مولدات متنقلة وصهاريج للمياه.\n"
    "وفي تمنراست أيضا، وقعت الوكالة الوطنية للسدود والتحويلات أمس اتفاقية مع شركة دايو للهندسة والبناء الكورية الجنوبية لمضاعفة قدرة خط تحويل المياه من عين صالح إلى تمنراست، على أن تنطلق الأشغال في الأول من سبتمبر.\n"
    "واستقبل الوزير في اليوم نفسه سفير كوريا الجنوبية لدى الجزائر كيم جين هو، وبحث معه مشاريع الشركات الكورية في ولايات الجنوب.\n"
    "وفي مدينة عين صالح، احتج مئات من السكان الأحد الماضي أمام مقر الدائرة على الانقطاعات المتكررة للكهرباء في ذروة الحر. وقال محمد لمين بوعلام، وهو تاجر في سوق المدينة، إن «درجة الحرارة تجاوزت 48 درجة والثلاجات متوقفة منذ يومين».\n"
    "وطالب النائب عن ولاية عين صالح في المجلس الشعبي الوطني أحمد بلقاسمي أمس وزارة الري الجزائرية بإنجاز محطة لتحلية المياه الجوفية المالحة في المنطقة.\n"
    "وأوقفت وحدات الجيش الوطني الشعبي فجر الاثنين قرب برج باجي مختار 14 مهربا وحجزت ثلاث شاحنات محملة بالوقود والمواد الغذائية كانت متجهة نحو الحدود، بحسب بيان لوزارة الدفاع الوطني.\n"
    "ووزعت جمعية الإرشاد والإصلاح الأحد الماضي طرودا غذائية على نحو 700 أسرة في مدينة جانت.\n"
    "وانتقدت حركة مجتمع السلم أمس «تأخر» مشاريع الكهرباء في ولايات الجنوب رغم الوعود المتكررة.\n"
    "ومن المقرر أن يزور وزير الداخلية ولاية أدرار السبت المقبل لتفقد مشاريع الطاقة الشمسية والري.",
    [("LOC", "Tamanrasset", ["Tamanghasset", "Tamanrasset Province"], ["تمنراست"]),
     ("PERSON", "Brahim Merad", ["Ibrahim Merad", "Merad"], ["إبراهيم مراد"]),
     ("PERSON", "Abdelkader Benamara", ["Abdelkader Ben Amara"], ["عبد القادر بن عمارة"]),
     ("LOC", "Ahaggar", ["Hoggar", "Ahaggar Mountains"], ["الأهقار"]),
     ("LOC", "In Guezzam", ["Ain Guezzam"], ["عين قزام"]),
     ("LOC", "Tin Zaouatine", ["Tinzaouatine"], ["تين زاواتين"]),
     ("ORG", "National Agency for Dams and Transfers", ["ANBT", "Agence nationale des barrages et transferts"],
      ["الوكالة الوطنية للسدود والتحويلات"]),
     ("ORG", "Daewoo Engineering & Construction", ["Daewoo E&C", "Daewoo"], ["شركة دايو للهندسة والبناء"]),
     ("LOC", "In Salah", ["Ain Salah", "In Salah Province"], ["عين صالح", "ولاية عين صالح"]),
     ("LOC", "South Korea", ["Korea"], ["كوريا الجنوبية"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("PERSON", "Kim Jin-ho", ["Kim Jin Ho"], ["كيم جين هو"]),
     ("PERSON", "Mohamed Lamine Boualem", ["Mohammed Lamine Boualem"], ["محمد لمين بوعلام"]),
     ("ORG", "People's National Assembly", ["National People's Assembly", "APN"], ["المجلس الشعبي الوطني"]),
     ("PERSON", "Ahmed Belkacemi", [], ["أحمد بلقاسمي"]),
     ("ORG", "Ministry of Water Resources (Algeria)", ["Algerian Ministry of Hydraulics", "Ministry of Hydraulics (Algeria)"],
      ["وزارة الري الجزائرية"]),
     ("ORG", "People's National Army", ["Algerian People's National Army", "ANP"], ["الجيش الوطني الشعبي"]),
     ("LOC", "Bordj Badji Mokhtar", [], ["برج باجي مختار"]),
     ("ORG", "Ministry of National Defence (Algeria)", ["Algerian Ministry of National Defence"], ["وزارة الدفاع الوطني"]),
     ("ORG", "Al Irshad wal Islah Association", ["Irshad and Islah Association"], ["جمعية الإرشاد والإصلاح"]),
     ("LOC", "Djanet", [], ["جانت"]),
     ("ORG", "Movement of Society for Peace", ["MSP", "Hamas (Algeria)"], ["حركة مجتمع السلم"]),
     ("LOC", "Adrar", ["Adrar Province"], ["ولاية أدرار", "أدرار"])],
    [("04", "التقى", "Tamanrasset", "2025-06-10"), ("05", "وقعت", "Tamanrasset", "2025-06-10"),
     ("04", "واستقبل", None, "2025-06-10"), ("14", "احتج", "In Salah", "2025-06-08"),
     ("10", "وطالب", None, "2025-06-10"), ("17", "وأوقفت", "Bordj Badji Mokhtar", "2025-06-09"),
     ("07", "ووزعت", "Djanet", "2025-06-08"), ("11", "وانتقدت", None, "2025-06-10"),
     ("04", "يزور", "Adrar", "2025-06-14")])

doc("b14-ar-03-buraidah", "ar", "2025-10-15T08:00:00Z",
    "أمير القصيم يبحث مع الخريف في بريدة مشاريع التعدين وتوقيع مذكرة لتصدير التمور من عنيزة",
    "بريدة - التقى أمير منطقة القصيم الأمير فيصل بن مشعل بن سعود، أمس الثلاثاء في مقر الإمارة بمدينة بريدة، وزير الصناعة والثروة المعدنية بندر الخريف، لبحث مشاريع المدن الصناعية والتعدين وتوطين الصناعات الغذائية في محافظات المنطقة، بحسب وكالة الأنباء السعودية.\n"
    "وقال الخريف خلال اللقاء إن الوزارة «تريد أن تتحول القصيم من سلة غذاء إلى مصنع غذاء»، مشيرا إلى أن عدد المصانع في المدينة الصناعية ببريدة تضاعف خلال خمس سنوات.\n"
    "وتضم المنطقة أكثر من ثمانية ملايين نخلة، وتنتج نحو ربع التمور السعودية، وفق بيانات رسمية.\n"
    "واستقبل أمير المنطقة في اليوم نفسه سفير البرازيل لدى المملكة ماركوس أوليفيرا، وبحثا فرص تصدير التمور السعودية إلى أمريكا الجنوبية واستيراد الأعلاف البرازيلية.\n"
    "وفي محافظة عنيزة، وقعت شركة نخلة القصيم للتمور أمس مذكرة تفاهم مع الهيئة العامة للغذاء والدواء لإنشاء مختبر لفحص التمور المعدة للتصدير، على أن يبدأ تشغيله في الأول من يناير.\n"
    "وطالب رئيس اللجنة الزراعية في غرفة القصيم سليمان بن عبد الله الحربي أمس وزارة البيئة والمياه والزراعة بتمديد برنامج دعم صغار مزارعي النخيل عامين إضافيين، في ظل تراجع أسعار التمور في الأسواق المحلية.\n"
    "وقال عبد الله بن فهد المطيري، وهو مزارع من محافظة المذنب، إن «كلفة العمالة والري ارتفعت إلى حد لم يعد معه بيع التمر يغطي المصاريف».\n"
    "وأوقفت شرطة منطقة القصيم فجر الاثنين في محافظة الرس ثلاثة أشخاص بتهمة سرقة مضخات المياه من المزارع، وفق المتحدث الإعلامي للشرطة.\n"
    "ووزعت جمعية البدائع الخيرية الأحد الماضي سلالا غذائية على 400 أسرة محتاجة في محافظة البدائع.\n"
    "وأبدى صندوق التنمية الزراعية استعداده لتمويل مصنع لتعبئة التمور ومشتقاتها في محافظة البكيرية.\n"
    "ومن المقرر أن يزور أمير القصيم محافظة الأسياح الأحد المقبل لتدشين مشاريع بلدية وصحية.",
    [("LOC", "Al-Qassim Region", ["Qassim", "Al-Qassim", "Qassim Province"], ["منطقة القصيم", "القصيم"]),
     ("PERSON", "Faisal bin Mishaal bin Saud", ["Faisal bin Mishal", "Prince Faisal bin Mishaal", "Faisal bin Mishaal"],
      ["فيصل بن مشعل بن سعود"]),
     ("LOC", "Buraidah", ["Buraydah"], ["بريدة"]),
     ("PERSON", "Bandar Alkhorayef", ["Bandar Al-Khorayef", "Bandar bin Ibrahim Alkhorayef", "Alkhorayef"], ["بندر الخريف", "الخريف"]),
     ("ORG", "Saudi Press Agency", ["SPA"], ["وكالة الأنباء السعودية"]),
     ("LOC", "Brazil", [], ["البرازيل"]),
     ("PERSON", "Marcos Oliveira", ["Oliveira"], ["ماركوس أوليفيرا"]),
     ("LOC", "South America", [], ["أمريكا الجنوبية"]),
     ("LOC", "Unaizah", ["Unayzah", "Unaizah Governorate"], ["محافظة عنيزة", "عنيزة"]),
     ("ORG", "Qassim Palm Dates Company", ["Nakhlat Al Qassim Dates Company"], ["شركة نخلة القصيم للتمور"]),
     ("ORG", "Saudi Food and Drug Authority", ["SFDA", "Food and Drug Authority"], ["الهيئة العامة للغذاء والدواء"]),
     ("ORG", "Qassim Chamber of Commerce", ["Qassim Chamber", "Al-Qassim Chamber of Commerce and Industry"], ["غرفة القصيم"]),
     ("PERSON", "Sulaiman bin Abdullah Al-Harbi", ["Sulaiman Al-Harbi", "Suleiman Al-Harbi"], ["سليمان بن عبد الله الحربي"]),
     ("ORG", "Ministry of Environment, Water and Agriculture (Saudi Arabia)", ["MEWA", "Ministry of Environment, Water and Agriculture"],
      ["وزارة البيئة والمياه والزراعة"]),
     ("PERSON", "Abdullah bin Fahd Al-Mutairi", ["Abdullah Al-Mutairi"], ["عبد الله بن فهد المطيري"]),
     ("LOC", "Al Mithnab", ["Mithnab", "Al Midhnab"], ["محافظة المذنب"]),
     ("ORG", "Qassim Region Police", ["Al-Qassim Police"], ["شرطة منطقة القصيم"]),
     ("LOC", "Ar Rass", ["Al Rass", "Rass"], ["محافظة الرس"]),
     ("ORG", "Al Badai Charitable Society", ["Al-Badaie Charity Association"], ["جمعية البدائع الخيرية"]),
     ("LOC", "Al Badai", ["Al-Badaie", "Al Badaya"], ["محافظة البدائع"]),
     ("ORG", "Agricultural Development Fund", ["ADF", "Saudi Agricultural Development Fund"], ["صندوق التنمية الزراعية"]),
     ("LOC", "Al Bukayriyah", ["Al-Bukairiyah", "Bukayriyah"], ["محافظة البكيرية"]),
     ("LOC", "Al Asyah", ["Al-Asyah", "Asyah"], ["محافظة الأسياح"])],
    [("04", "التقى", "Buraidah", "2025-10-14"), ("04", "واستقبل", None, "2025-10-14"),
     ("05", "وقعت", "Unaizah", "2025-10-14"), ("10", "وطالب", None, "2025-10-14"),
     ("17", "وأوقفت", "Ar Rass", "2025-10-13"), ("07", "ووزعت", "Al Badai", "2025-10-12"),
     ("03", "وأبدى", "Al Bukayriyah", None), ("04", "يزور", "Al Asyah", "2025-10-19")])

doc("b14-ar-04-baalbek", "ar", "2025-07-09T09:00:00Z",
    "وزير الزراعة يبحث في بعلبك أزمة البطاطا ومزارعو عكار يهددون بقطع الطريق الدولية",
    "بعلبك - التقى وزير الزراعة نزار هاني، أمس الثلاثاء في مدينة بعلبك، محافظ بعلبك الهرمل بشير خضر وممثلين عن تعاونيات المزارعين في البقاع الشمالي، لبحث تصريف محصول البطاطا وتأمين مياه الري بعد شتاء شحيح الأمطار.\n"
    "وقال هاني خلال اللقاء إن الوزارة «لن تسمح بدخول بطاطا مهربة تضرب موسم المزارع اللبناني»، موضحا أن الوزارة تعمل مع الدول العربية على فتح أسواق جديدة للإنتاج.\n"
    "ويعتمد آلاف المزارعين في البقاع وعكار على زراعة البطاطا والحبوب، وقد تراجعت مداخيلهم بشكل حاد منذ الأزمة المالية عام 2019، فيما تضاعفت كلفة المازوت والأسمدة والبذور المستوردة مرات عدة، بحسب تقديرات نقابات زراعية.\n"
    "وفي بلدة القبيات في عكار، تظاهر عشرات من المزارعين الأحد الماضي احتجاجا على تدني الأسعار وإغراق السوق بالخضار المهربة، وهدد تجمع مزارعي عكار خلال التظاهرة بقطع الطريق الدولية عند معبر العريضة إذا لم تتخذ الحكومة إجراءات خلال أسبوع. وقال جورج ضاهر، وهو مزارع من البلدة، إن «الصندوق يباع بأقل من كلفته».\n"
    "وفي حلبا، وقعت وزارة الأشغال العامة والنقل اللبنانية أمس اتفاقية مع شركة الشمال للهندسة والمقاولات لإعادة تأهيل مدرج مطار رينيه معوض في القليعات، على أن تبدأ الأعمال في الأول من أكتوبر.\n"
    "وأوقفت دورية من قوى الأمن الداخلي فجر الاثنين في بلدة حوش السيد علي في قضاء الهرمل خمسة مطلوبين وضبطت كمية من الأسلحة والمخدرات.\n"
    "ووزعت الهيئة العليا للإغاثة الأحد الماضي حصصا غذائية ومستلزمات صحية على نحو 900 عائلة في بلدة عرسال.\n"
    "وانتقد النائب عن عكار وليد البعريني أمس «غياب» خطة حكومية لدعم المزارعين في المحافظة.\n"
    "وأبدت مؤسسة مياه البقاع استعدادها لتمويل شبكة ري حديثة في سهل القاع.\n"
    "ومن المقرر أن يزور هاني مدينة الهرمل الجمعة لافتتاح مركز إرشاد زراعي.",
    [("LOC", "Baalbek", ["Baalbeck"], ["بعلبك"]),
     ("PERSON", "Nizar Hani", ["Hani"], ["نزار هاني", "هاني"]),
     ("LOC", "Baalbek-Hermel Governorate", ["Baalbek-Hermel"], ["بعلبك الهرمل"]),
     ("PERSON", "Bachir Khodr", ["Bashir Khodr", "Bachir Khodor"], ["بشير خضر"]),
     ("LOC", "Northern Bekaa", ["North Bekaa"], ["البقاع الشمالي"]),
     ("LOC", "Beqaa Valley", ["Bekaa", "Beqaa", "Bekaa Valley"], ["البقاع"]),
     ("LOC", "Al-Qoubaiyat", ["Qobayat", "Qoubaiyat"], ["القبيات"]),
     ("LOC", "Akkar", ["Akkar Governorate"], ["عكار"]),
     ("ORG", "Akkar Farmers' Gathering", ["Akkar Farmers Association"], ["تجمع مزارعي عكار"]),
     ("LOC", "Arida crossing", ["Al-Arida crossing", "Arida"], ["معبر العريضة"]),
     ("PERSON", "George Daher", ["Georges Daher"], ["جورج ضاهر"]),
     ("LOC", "Halba", [], ["حلبا"]),
     ("ORG", "Ministry of Public Works and Transport (Lebanon)", ["Lebanese Ministry of Public Works and Transport"],
      ["وزارة الأشغال العامة والنقل اللبنانية"]),
     ("ORG", "Al Shamal Engineering and Contracting Company", ["North Engineering and Contracting Company"],
      ["شركة الشمال للهندسة والمقاولات"]),
     ("LOC", "René Mouawad Air Base", ["Rene Mouawad Airport", "Qlayaat Airport", "Kleiat Airport"], ["مطار رينيه معوض"]),
     ("LOC", "Qlayaat", ["Al-Qlayaat", "Kleiat"], ["القليعات"]),
     ("ORG", "Internal Security Forces", ["ISF", "Lebanese Internal Security Forces"], ["قوى الأمن الداخلي"]),
     ("LOC", "Hosh al-Sayyed Ali", ["Hawsh al-Sayyid Ali"], ["حوش السيد علي"]),
     ("LOC", "Hermel", ["Hermel District"], ["قضاء الهرمل", "الهرمل"]),
     ("ORG", "Higher Relief Commission", ["High Relief Commission", "Lebanese Higher Relief Council"], ["الهيئة العليا للإغاثة"]),
     ("LOC", "Arsal", ["Aarsal"], ["عرسال"]),
     ("PERSON", "Walid Baarini", ["Walid al-Baarini"], ["وليد البعريني"]),
     ("ORG", "Bekaa Water Establishment", ["Bekaa Water Authority", "BWE"], ["مؤسسة مياه البقاع"]),
     ("LOC", "Al-Qaa plain", ["Qaa", "Al-Qaa"], ["سهل القاع"])],
    [("04", "التقى", "Baalbek", "2025-07-08"), ("14", "تظاهر", "Al-Qoubaiyat", "2025-07-06"),
     ("13", "وهدد", "Al-Qoubaiyat", "2025-07-06"), ("05", "وقعت", "Halba", "2025-07-08"),
     ("17", "وأوقفت", "Hosh al-Sayyed Ali", "2025-07-07"), ("07", "ووزعت", "Arsal", "2025-07-06"),
     ("11", "وانتقد", None, "2025-07-08"), ("03", "وأبدت", "Al-Qaa plain", None),
     ("04", "يزور", "Hermel", "2025-07-11")])

doc("b14-en-01-jaffna", "en", "2025-02-19T10:00:00Z",
    "Dissanayake meets northern fishermen in Jaffna; Mannar residents march against wind farm",
    "JAFFNA, Sri Lanka, Feb 19 (Newsflow) - President Anura Kumara Dissanayake met fisheries unions and members of the Northern Provincial Council in Jaffna on Tuesday to discuss Indian bottom trawlers crossing the Palk Strait, his office said.\n"
    "\"Our fishermen have waited fifteen years for someone to protect their nets, and they will not wait another season,\" Dissanayake told reporters after the meeting. Local fishing groups say the trawlers destroy gear worth millions of rupees every month.\n"
    "In Trincomalee, the Sri Lanka Ports Authority signed an agreement on Tuesday with the Ceylon Shipping Corporation to run a weekly cargo service between Trincomalee and Kankesanthurai, with the first sailing due on April 1.\n"
    "Opposition Leader Sajith Premadasa criticised the government on Tuesday over the slow release of land held by the military in the north.\n"
    "In Mannar, about 800 residents marched to the district secretariat on Monday in protest against a planned wind farm on Mannar Island. At the march, the Mannar Citizens' Committee demanded that the project be suspended until an environmental study is published. \"The birds come here every winter, and so do the fish we live on,\" said Anthony Jesuthasan, a fisherman from Pesalai.\n"
    "The Sri Lanka Navy arrested 14 Indian fishermen off Delft Island on Sunday and seized two trawlers, a navy spokesman said.\n"
    "The Sri Lanka Red Cross Society distributed dry rations and water filters on Monday to 1,200 flood-hit families in Batticaloa.\n"
    "The High Commission of India said it was ready to fund a new passenger terminal at Kankesanthurai port.\n"
    "Dissanayake is due to visit Kilinochchi on Friday to hand over land deeds to displaced families.",
    [("LOC", "Jaffna", [], ["JAFFNA", "Jaffna"]),
     ("LOC", "Sri Lanka", [], ["Sri Lanka"]),
     ("PERSON", "Anura Kumara Dissanayake", ["Anura Kumara Dissanayaka", "Dissanayake", "AKD"],
      ["Anura Kumara Dissanayake", "Dissanayake"]),
     ("ORG", "Northern Provincial Council", ["Northern Provincial Council (Sri Lanka)"], ["Northern Provincial Council"]),
     ("LOC", "Palk Strait", [], ["Palk Strait"]),
     ("LOC", "Trincomalee", ["Trinco"], ["Trincomalee"]),
     ("ORG", "Sri Lanka Ports Authority", ["SLPA"], ["Sri Lanka Ports Authority"]),
     ("ORG", "Ceylon Shipping Corporation", ["Ceylon Shipping Corporation Limited"], ["Ceylon Shipping Corporation"]),
     ("LOC", "Kankesanthurai", ["KKS", "Kankesanthurai Port"], ["Kankesanthurai"]),
     ("PERSON", "Sajith Premadasa", ["Premadasa"], ["Sajith Premadasa"]),
     ("LOC", "Mannar", ["Mannar District"], ["Mannar"]),
     ("LOC", "Mannar Island", [], ["Mannar Island"]),
     ("ORG", "Mannar Citizens' Committee", ["Mannar Citizens Committee"], ["Mannar Citizens' Committee"]),
     ("PERSON", "Anthony Jesuthasan", ["Jesuthasan"], ["Anthony Jesuthasan"]),
     ("LOC", "Pesalai", [], ["Pesalai"]),
     ("ORG", "Sri Lanka Navy", [], ["Sri Lanka Navy"]),
     ("LOC", "Delft Island", ["Delft", "Neduntheevu"], ["Delft Island"]),
     ("ORG", "Sri Lanka Red Cross Society", ["Sri Lanka Red Cross", "SLRCS"], ["Sri Lanka Red Cross Society"]),
     ("LOC", "Batticaloa", [], ["Batticaloa"]),
     ("ORG", "High Commission of India, Colombo", ["Indian High Commission", "High Commission of India"],
      ["High Commission of India"]),
     ("LOC", "Kilinochchi", [], ["Kilinochchi"])],
    [("04", "met", "Jaffna", "2025-02-18"), ("05", "signed", "Trincomalee", "2025-02-18"),
     ("11", "criticised", None, "2025-02-18"), ("14", "marched", "Mannar", "2025-02-17"),
     ("10", "demanded", "Mannar", "2025-02-17"), ("17", "arrested", "Delft Island", "2025-02-16"),
     ("07", "distributed", "Batticaloa", "2025-02-17"), ("03", "ready", "Kankesanthurai", None),
     ("04", "visit", "Kilinochchi", "2025-02-21")])

doc("b14-en-02-winnipeg", "en", "2025-09-10T11:00:00Z",
    "Kinew meets Arctic Gateway on Churchill port; Brandon plant workers strike",
    "WINNIPEG, Manitoba, Sept 10 (Newsflow) - Premier Wab Kinew met executives of the Arctic Gateway Group and chiefs of northern First Nations at the Manitoba Legislative Building in Winnipeg on Tuesday to discuss expanding grain and critical-mineral shipments through the port of Churchill, his office said.\n"
    "\"Churchill can be Canada's northern door to the world, but only if the rail line stops sinking every spring,\" Kinew told reporters after the meeting. The line to the port runs for hundreds of kilometres over thawing permafrost.\n"
    "In Thompson, Manitoba Hydro signed an agreement on Tuesday with the Nisichawayasihk Cree Nation to build a solar and battery plant that will supply the community's school and health centre, with work due to start on May 4.\n"
    "Progressive Conservative leader Obby Khan accused the government on Tuesday of hiding the true cost of the port plan from voters.\n"
    "In Brandon, about 1,500 workers at the Maple Leaf Foods pork plant walked off the job on Monday after contract talks broke down. On the picket line, the United Food and Commercial Workers Local 832 threatened to extend the strike to the company's suppliers if talks did not resume within a week.\n"
    "Winnipeg Police Service officers arrested four people in Winnipeg on Sunday after seizing 3 kilograms of methamphetamine and two handguns from a house in the city, police said.\n"
    "Harvest Manitoba distributed food hampers on Monday to more than 600 families in Flin Flon, where a mine closure has left hundreds out of work.\n"
    "Transport Canada said it was ready to fund a new rail bridge at Gillam.\n"
    "Kinew is due to visit Churchill next Monday to tour the port and meet the town council.",
    [("LOC", "Winnipeg", [], ["WINNIPEG", "Winnipeg"]),
     ("LOC", "Manitoba", [], ["Manitoba"]),
     ("PERSON", "Wab Kinew", ["Kinew", "Wabanakwut Kinew"], ["Wab Kinew", "Kinew"]),
     ("ORG", "Arctic Gateway Group", ["AGG"], ["Arctic Gateway Group"]),
     ("LOC", "Manitoba Legislative Building", ["Legislative Building"], ["Manitoba Legislative Building"]),
     ("LOC", "Port of Churchill", ["Churchill port"], ["port of Churchill"]),
     ("LOC", "Churchill", ["Churchill, Manitoba"], ["Churchill"]),
     ("LOC", "Canada", [], ["Canada"]),
     ("LOC", "Thompson", ["Thompson, Manitoba"], ["Thompson"]),
     ("ORG", "Manitoba Hydro", [], ["Manitoba Hydro"]),
     ("ORG", "Nisichawayasihk Cree Nation", ["NCN"], ["Nisichawayasihk Cree Nation"]),
     ("ORG", "Progressive Conservative Party of Manitoba", ["Manitoba PCs", "PC Party", "Progressive Conservatives"],
      ["Progressive Conservative"]),
     ("PERSON", "Obby Khan", ["Khan"], ["Obby Khan"]),
     ("LOC", "Brandon", ["Brandon, Manitoba"], ["Brandon"]),
     ("ORG", "Maple Leaf Foods", [], ["Maple Leaf Foods"]),
     ("ORG", "United Food and Commercial Workers Local 832", ["UFCW Local 832", "UFCW 832"],
      ["United Food and Commercial Workers Local 832"]),
     ("ORG", "Winnipeg Police Service", ["WPS", "Winnipeg Police"], ["Winnipeg Police Service"]),
     ("ORG", "Harvest Manitoba", [], ["Harvest Manitoba"]),
     ("LOC", "Flin Flon", [], ["Flin Flon"]),
     ("ORG", "Transport Canada", [], ["Transport Canada"]),
     ("LOC", "Gillam", [], ["Gillam"])],
    [("04", "met", "Manitoba Legislative Building", "2025-09-09"), ("05", "signed", "Thompson", "2025-09-09"),
     ("11", "accused", None, "2025-09-09"), ("14", "walked off the job", "Brandon", "2025-09-08"),
     ("13", "threatened", "Brandon", "2025-09-08"), ("17", "arrested", "Winnipeg", "2025-09-07"),
     ("07", "distributed", "Flin Flon", "2025-09-08"), ("03", "ready", "Gillam", None),
     ("04", "visit", "Churchill", "2025-09-15")])

doc("b14-en-03-stornoway", "en", "2025-05-14T12:00:00Z",
    "Hyslop meets island councillors in Stornoway over ferry cancellations; South Uist residents rally at pier",
    "STORNOWAY, Scotland, May 14 (Newsflow) - Transport Secretary Fiona Hyslop met councillors of Comhairle nan Eilean Siar and ferry users in Stornoway on Tuesday to discuss cancellations on the Ullapool crossing and the late delivery of new vessels, her office said.\n"
    "\"Islanders have been patient for too long, and they need ferries they can set a clock by,\" Hyslop told reporters after the meeting. Sailings to the Outer Hebrides were cancelled on more than 40 days last winter, according to council figures.\n"
    "In Kirkwall, Orkney Islands Council signed an agreement on Tuesday with the European Marine Energy Centre to power the inter-island ferries with tidal electricity, with trials due to begin on October 1.\n"
    "Orkney MSP Liam McArthur criticised ministers on Tuesday for what he called years of neglect of the islands' internal ferry fleet.\n"
    "In Lochboisdale, on South Uist, about 200 residents rallied at the pier on Saturday in protest against the loss of the island's direct sailing to the mainland. At the rally, the Uist Ferry Action Group demanded that ministers charter a replacement vessel for the summer. \"Our hotels are empty because nobody can get here,\" said Catriona MacInnes, who runs a guest house in the village.\n"
    "The National Crime Agency arrested two men in Lerwick on Sunday after seizing cocaine worth 2 million pounds from a fishing boat, the agency said.\n"
    "The seafarers' union Nautilus International threatened on Tuesday to ballot CalMac officers for strike action over rosters.\n"
    "Highlands and Islands Enterprise said it was ready to fund a new pontoon at Castlebay, on Barra.\n"
    "Hyslop is due to visit Lerwick next Monday to meet Shetland Islands Council.",
    [("LOC", "Stornoway", [], ["STORNOWAY", "Stornoway"]),
     ("LOC", "Scotland", [], ["Scotland"]),
     ("PERSON", "Fiona Hyslop", ["Hyslop"], ["Fiona Hyslop", "Hyslop"]),
     ("ORG", "Comhairle nan Eilean Siar", ["Western Isles Council", "CnES"], ["Comhairle nan Eilean Siar"]),
     ("LOC", "Ullapool", [], ["Ullapool"]),
     ("LOC", "Outer Hebrides", ["Western Isles"], ["Outer Hebrides"]),
     ("LOC", "Kirkwall", [], ["Kirkwall"]),
     ("ORG", "Orkney Islands Council", [], ["Orkney Islands Council"]),
     ("ORG", "European Marine Energy Centre", ["EMEC"], ["European Marine Energy Centre"]),
     ("LOC", "Orkney", ["Orkney Islands"], ["Orkney"]),
     ("PERSON", "Liam McArthur", ["McArthur"], ["Liam McArthur"]),
     ("LOC", "Lochboisdale", [], ["Lochboisdale"]),
     ("LOC", "South Uist", [], ["South Uist"]),
     ("ORG", "Uist Ferry Action Group", [], ["Uist Ferry Action Group"]),
     ("PERSON", "Catriona MacInnes", ["MacInnes"], ["Catriona MacInnes"]),
     ("ORG", "National Crime Agency", ["NCA"], ["National Crime Agency"]),
     ("LOC", "Lerwick", [], ["Lerwick"]),
     ("ORG", "Nautilus International", ["Nautilus"], ["Nautilus International"]),
     ("ORG", "CalMac", ["Caledonian MacBrayne", "CalMac Ferries"], ["CalMac"]),
     ("ORG", "Highlands and Islands Enterprise", ["HIE"], ["Highlands and Islands Enterprise"]),
     ("LOC", "Castlebay", [], ["Castlebay"]),
     ("LOC", "Barra", ["Isle of Barra"], ["Barra"]),
     ("ORG", "Shetland Islands Council", ["SIC"], ["Shetland Islands Council"])],
    [("04", "met", "Stornoway", "2025-05-13"), ("05", "signed", "Kirkwall", "2025-05-13"),
     ("11", "criticised", None, "2025-05-13"), ("14", "rallied", "Lochboisdale", "2025-05-10"),
     ("10", "demanded", "Lochboisdale", "2025-05-10"), ("17", "arrested", "Lerwick", "2025-05-11"),
     ("13", "threatened", None, "2025-05-13"), ("03", "ready", "Castlebay", None),
     ("04", "visit", "Lerwick", "2025-05-19")])

doc("b14-en-04-castries", "en", "2025-08-20T13:00:00Z",
    "Saint Lucia PM meets cruise lines in Castries; Soufrière taxi drivers threaten to block Pitons road",
    "CASTRIES, Saint Lucia, Aug 20 (Newsflow) - Prime Minister Philip J. Pierre met cruise line executives and port officials in Castries on Tuesday to discuss berthing fees and a second cruise pier for the coming winter season, his office said.\n"
    "\"Every ship that skips Castries takes thousands of visitors and their spending to our neighbours,\" the prime minister told reporters after the meeting. Cruise arrivals fell by about a tenth last season, according to the tourism authority.\n"
    "In Vieux Fort, the Saint Lucia Air and Sea Ports Authority signed an agreement on Tuesday with the contractor Morne Engineering to extend the apron at Hewanorra International Airport, with work due to begin on November 3.\n"
    "Opposition Leader Allen Chastanet criticised the government on Tuesday over rising electricity bills, which he blamed on the power company's fuel surcharge.\n"
    "In Soufrière, dozens of taxi drivers blocked the main square with their minibuses on Monday in protest against a new licensing fee. At the protest, the Soufrière Taxi Association threatened to block the road to the Pitons during the cruise season if the fee was not withdrawn. \"We pay for the road, the permit and the fuel, and now this,\" said Kervin Joseph, a driver for twenty years.\n"
    "Officers of the Royal Saint Lucia Police Force arrested three men in Gros Islet on Sunday after seizing two rifles and ammunition from a car, police said.\n"
    "The National Emergency Management Organisation distributed water tanks and tarpaulins on Monday to 300 households in Anse La Raye.\n"
    "The Saint Lucia Development Bank said it was ready to fund a sea defence wall at Dennery.\n"
    "The prime minister is due to visit Micoud on Friday to open a fish landing site.",
    [("LOC", "Castries", [], ["CASTRIES", "Castries"]),
     ("LOC", "Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucia"]),
     ("PERSON", "Philip J. Pierre", ["Philip Pierre", "Philip Joseph Pierre"], ["Philip J. Pierre"]),
     ("LOC", "Vieux Fort", ["Vieux-Fort"], ["Vieux Fort"]),
     ("ORG", "Saint Lucia Air and Sea Ports Authority", ["SLASPA", "Saint Lucia Air and Seaports Authority"],
      ["Saint Lucia Air and Sea Ports Authority"]),
     ("ORG", "Morne Engineering", [], ["Morne Engineering"]),
     ("LOC", "Hewanorra International Airport", ["Hewanorra Airport", "Hewanorra"], ["Hewanorra International Airport"]),
     ("PERSON", "Allen Chastanet", ["Chastanet"], ["Allen Chastanet"]),
     ("LOC", "Soufrière", ["Soufriere"], ["Soufrière"]),
     ("ORG", "Soufrière Taxi Association", ["Soufriere Taxi Association"], ["Soufrière Taxi Association"]),
     ("LOC", "Pitons", ["The Pitons", "Pitons Management Area"], ["Pitons"]),
     ("PERSON", "Kervin Joseph", [], ["Kervin Joseph"]),
     ("ORG", "Royal Saint Lucia Police Force", ["RSLPF", "Royal St. Lucia Police Force"], ["Royal Saint Lucia Police Force"]),
     ("LOC", "Gros Islet", [], ["Gros Islet"]),
     ("ORG", "National Emergency Management Organisation", ["NEMO"], ["National Emergency Management Organisation"]),
     ("LOC", "Anse La Raye", ["Anse-la-Raye"], ["Anse La Raye"]),
     ("ORG", "Saint Lucia Development Bank", ["SLDB"], ["Saint Lucia Development Bank"]),
     ("LOC", "Dennery", [], ["Dennery"]),
     ("LOC", "Micoud", [], ["Micoud"])],
    [("04", "met", "Castries", "2025-08-19"), ("05", "signed", "Vieux Fort", "2025-08-19"),
     ("11", "criticised", None, "2025-08-19"), ("14", "blocked", "Soufrière", "2025-08-18"),
     ("13", "threatened", "Soufrière", "2025-08-18"), ("17", "arrested", "Gros Islet", "2025-08-17"),
     ("07", "distributed", "Anse La Raye", "2025-08-18"), ("03", "ready", "Dennery", None),
     ("04", "visit", "Micoud", "2025-08-22")])

doc("b14-fr-01-bobo-dioulasso", "fr", "2025-04-09T08:00:00Z",
    "Bobo-Dioulasso : le Premier ministre rencontre les cotonculteurs, les planteurs de canne manifestent à Banfora",
    "BOBO-DIOULASSO, 9 avril - Le Premier ministre burkinabè, Rimtalba Jean Emmanuel Ouédraogo, a rencontré mardi à Bobo-Dioulasso les producteurs de coton des Hauts-Bassins et des Cascades pour évoquer le prix d'achat du coton graine et les retards de paiement de la dernière campagne, a indiqué son service de communication.\n"
    "« Aucun producteur ne doit attendre six mois pour être payé pour un coton qu'il a livré en décembre », a déclaré M. Ouédraogo à l'issue de la rencontre. Selon les organisations paysannes, la production a reculé de près d'un quart en deux ans.\n"
    "Mardi également, à Bobo-Dioulasso, la Société burkinabè des fibres textiles (Sofitex) a signé avec la Banque agricole du Faso une convention de 15 milliards de francs CFA pour préfinancer les intrants de la campagne, dont les premières livraisons sont prévues le 2 mai.\n"
    "A Banfora, plusieurs centaines de planteurs de canne à sucre ont manifesté jeudi dernier devant l'usine de la Société sucrière de la Comoé (Sosuco) pour réclamer le paiement de leurs arriérés. Lors du rassemblement, l'Union des producteurs de canne de la Comoé a menacé de suspendre les livraisons à l'usine.\n"
    "Le président de la délégation spéciale de Koudougou, Issouf Sawadogo, a exigé lundi de la Société nationale d'électricité du Burkina (Sonabel) la fin des délestages dans les quartiers périphériques de la ville.\n"
    "Le Mouvement burkinabè des droits de l'homme et des peuples (MBDHP) a dénoncé mardi les conditions de détention dans les prisons du pays.\n"
    "Les gendarmes ont interpellé dimanche à Niangoloko, près de la frontière ivoirienne, quatre hommes qui transportaient 300 kilos de chanvre indien, a-t-on appris de source sécuritaire.\n"
    "Le Fonds burkinabè de développement économique et social (FBDES) s'est dit prêt à financer une usine d'égrenage à Dédougou.\n"
    "M. Ouédraogo est attendu vendredi à Ouahigouya pour inaugurer un barrage.",
    [("LOC", "Bobo-Dioulasso", ["Bobo Dioulasso", "Bobo"], ["BOBO-DIOULASSO", "Bobo-Dioulasso"]),
     ("PERSON", "Rimtalba Jean Emmanuel Ouédraogo", ["Jean Emmanuel Ouédraogo", "Rimtalba Jean Emmanuel Ouedraogo", "Ouédraogo"],
      ["Rimtalba Jean Emmanuel Ouédraogo", "Ouédraogo"]),
     ("LOC", "Hauts-Bassins", ["Hauts-Bassins Region"], ["Hauts-Bassins"]),
     ("LOC", "Cascades", ["Cascades Region"], ["Cascades"]),
     ("ORG", "Sofitex", ["SOFITEX", "Société burkinabè des fibres textiles"],
      ["Société burkinabè des fibres textiles", "Sofitex"]),
     ("ORG", "Banque agricole du Faso", ["BADF", "Agricultural Bank of Faso"], ["Banque agricole du Faso"]),
     ("LOC", "Banfora", [], ["Banfora"]),
     ("ORG", "Sosuco", ["SN-Sosuco", "Société sucrière de la Comoé"], ["Société sucrière de la Comoé", "Sosuco"]),
     ("ORG", "Union des producteurs de canne de la Comoé", ["Comoé Cane Growers' Union"],
      ["Union des producteurs de canne de la Comoé"]),
     ("LOC", "Koudougou", [], ["Koudougou"]),
     ("PERSON", "Issouf Sawadogo", ["Sawadogo"], ["Issouf Sawadogo"]),
     ("ORG", "Sonabel", ["SONABEL", "Société nationale d'électricité du Burkina"],
      ["Société nationale d'électricité du Burkina", "Sonabel"]),
     ("ORG", "MBDHP", ["Mouvement burkinabè des droits de l'homme et des peuples", "Burkinabe Movement for Human and Peoples' Rights"],
      ["Mouvement burkinabè des droits de l'homme et des peuples", "MBDHP"]),
     ("LOC", "Niangoloko", [], ["Niangoloko"]),
     ("ORG", "FBDES", ["Fonds burkinabè de développement économique et social"],
      ["Fonds burkinabè de développement économique et social", "FBDES"]),
     ("LOC", "Dédougou", ["Dedougou"], ["Dédougou"]),
     ("LOC", "Ouahigouya", [], ["Ouahigouya"])],
    [("04", "rencontré", "Bobo-Dioulasso", "2025-04-08"), ("05", "signé", "Bobo-Dioulasso", "2025-04-08"),
     ("14", "manifesté", "Banfora", "2025-04-03"), ("13", "menacé", "Banfora", "2025-04-03"),
     ("10", "exigé", None, "2025-04-07"), ("11", "dénoncé", None, "2025-04-08"),
     ("17", "interpellé", "Niangoloko", "2025-04-06"), ("03", "prêt", "Dédougou", None),
     ("04", "attendu", "Ouahigouya", "2025-04-11")])

doc("b14-fr-02-esch-sur-alzette", "fr", "2025-01-22T09:00:00Z",
    "Esch-sur-Alzette : Lex Delles reçoit les syndicats, les ouvriers du bâtiment manifestent à Differdange",
    "ESCH-SUR-ALZETTE, 22 janvier - Le ministre de l'Economie, Lex Delles, a rencontré mardi à Esch-sur-Alzette les représentants de l'OGBL et du LCGB pour évoquer les suppressions d'emplois annoncées dans l'industrie du sud du pays et l'avenir des friches sidérurgiques, a indiqué son ministère.\n"
    "« Le Sud a construit la richesse de ce pays, il ne doit pas devenir la salle d'attente du chômage », a déclaré M. Delles à l'issue de la réunion. Selon l'Agence pour le développement de l'emploi (Adem), le nombre de demandeurs d'emploi dans le canton d'Esch a augmenté de 12 % en un an.\n"
    "Mardi également, à Belval, la Ville d'Esch-sur-Alzette a signé avec l'université du Luxembourg une convention pour construire 400 logements étudiants, qui doivent être livrés le 15 septembre 2027.\n"
    "A Differdange, plusieurs centaines d'ouvriers du bâtiment ont manifesté jeudi dernier devant l'hôtel de ville pour réclamer un plan de relance du logement. Lors du rassemblement, le syndicat Construction de l'OGBL a menacé d'appeler à une grève générale du secteur au printemps.\n"
    "Le bourgmestre de Dudelange, Dan Biancalana, a exigé lundi des Chemins de fer luxembourgeois (CFL) le rétablissement des trains directs vers la capitale aux heures de pointe.\n"
    "Le parti déi Lénk a dénoncé mardi la hausse des loyers dans les communes du Sud.\n"
    "La Police grand-ducale a interpellé dimanche à Ettelbruck deux hommes soupçonnés d'une série de cambriolages dans le nord du pays, a indiqué le parquet de Diekirch.\n"
    "La Société nationale de crédit et d'investissement (SNCI) s'est dite prête à financer une usine de recyclage de batteries à Bettembourg.\n"
    "M. Delles est attendu jeudi prochain à Wiltz pour visiter une entreprise de textiles techniques.",
    [("LOC", "Esch-sur-Alzette", ["Esch", "Esch-Uelzecht"], ["ESCH-SUR-ALZETTE", "Esch-sur-Alzette"]),
     ("PERSON", "Lex Delles", ["Delles"], ["Lex Delles", "Delles"]),
     ("ORG", "OGBL", ["Onofhängege Gewerkschaftsbond Lëtzebuerg", "Independent Luxembourg Trade Union Confederation"], ["OGBL"]),
     ("ORG", "LCGB", ["Lëtzebuerger Chrëschtleche Gewerkschaftsbond", "Luxembourg Confederation of Christian Trade Unions"], ["LCGB"]),
     ("ORG", "Agence pour le développement de l'emploi", ["Adem", "ADEM", "Employment Development Agency"],
      ["Agence pour le développement de l'emploi", "Adem"]),
     ("LOC", "Canton of Esch-sur-Alzette", ["canton d'Esch", "Esch canton"], ["canton d'Esch"]),
     ("LOC", "Belval", [], ["Belval"]),
     ("ORG", "City of Esch-sur-Alzette", ["Ville d'Esch-sur-Alzette", "Esch-sur-Alzette city council"],
      ["Ville d'Esch-sur-Alzette"]),
     ("ORG", "University of Luxembourg", ["Université du Luxembourg", "uni.lu"], ["université du Luxembourg"]),
     ("LOC", "Differdange", ["Déifferdeng"], ["Differdange"]),
     ("LOC", "Dudelange", ["Diddeleng"], ["Dudelange"]),
     ("PERSON", "Dan Biancalana", ["Biancalana"], ["Dan Biancalana"]),
     ("ORG", "CFL", ["Chemins de fer luxembourgeois", "Luxembourg Railways", "Société nationale des chemins de fer luxembourgeois"],
      ["Chemins de fer luxembourgeois", "CFL"]),
     ("ORG", "déi Lénk", ["dei Lenk", "The Left (Luxembourg)"], ["déi Lénk"]),
     ("ORG", "Police grand-ducale", ["Grand Ducal Police", "Luxembourg Police"], ["Police grand-ducale"]),
     ("LOC", "Ettelbruck", ["Ettelbréck"], ["Ettelbruck"]),
     ("ORG", "Diekirch Public Prosecutor's Office", ["parquet de Diekirch", "Parquet de Diekirch"], ["parquet de Diekirch"]),
     ("ORG", "SNCI", ["Société nationale de crédit et d'investissement", "National Credit and Investment Company"],
      ["Société nationale de crédit et d'investissement", "SNCI"]),
     ("LOC", "Bettembourg", ["Bettemburg"], ["Bettembourg"]),
     ("LOC", "Wiltz", [], ["Wiltz"])],
    [("04", "rencontré", "Esch-sur-Alzette", "2025-01-21"), ("05", "signé", "Belval", "2025-01-21"),
     ("14", "manifesté", "Differdange", "2025-01-16"), ("13", "menacé", "Differdange", "2025-01-16"),
     ("10", "exigé", None, "2025-01-20"), ("11", "dénoncé", None, "2025-01-21"),
     ("17", "interpellé", "Ettelbruck", "2025-01-19"), ("03", "prête", "Bettembourg", None),
     ("04", "attendu", "Wiltz", "2025-01-23")])

doc("b14-fr-03-sidi-bouzid", "fr", "2025-03-26T10:00:00Z",
    "Sidi Bouzid : le ministre de l'Agriculture face à la pénurie d'eau, sit-in à Menzel Bouzaiane",
    "SIDI BOUZID (Tunisie), 26 mars - Le ministre de l'Agriculture, Ezzeddine Ben Cheikh, a rencontré mardi à Sidi Bouzid le gouverneur de la région, Mourad Hamdi, et des représentants des agriculteurs pour évoquer la pénurie d'eau d'irrigation qui menace les récoltes de primeurs et d'amandes, a indiqué son ministère.\n"
    "« Nous ne laisserons pas mourir les vergers de Sidi Bouzid faute de quelques heures de pompage par semaine », a déclaré M. Ben Cheikh à l'issue de la réunion. Selon les agriculteurs, plusieurs puits collectifs sont à l'arrêt depuis des mois faute d'électricité.\n"
    "Mardi également, à Regueb, la Société nationale d'exploitation et de distribution des eaux (Sonede) a signé avec le groupement de développement agricole El Amal une convention pour raccorder 2.000 foyers ruraux à l'eau potable d'ici au 30 juin.\n"
    "A Menzel Bouzaiane, des dizaines d'habitants ont observé lundi un sit-in devant le siège de la délégation pour protester contre les coupures d'eau potable. Lors du sit-in, l'Union régionale de l'agriculture et de la pêche de Sidi Bouzid a réclamé des citernes d'urgence pour les villages.\n"
    "Le Parti destourien libre (PDL) a dénoncé mardi « l'abandon » des régions de l'intérieur par le gouvernement.\n"
    "Les douaniers ont interpellé dimanche à Douz, dans le gouvernorat de Kébili, cinq personnes soupçonnées de trafic de carburant à travers le désert, a-t-on appris de source sécuritaire.\n"
    "Le Croissant-Rouge tunisien a distribué lundi à Tozeur des colis alimentaires à 600 familles touchées par la crise du secteur des dattes.\n"
    "La Banque tunisienne de solidarité (BTS) s'est dite prête à rééchelonner les dettes des agriculteurs de Meknassy.\n"
    "M. Ben Cheikh est attendu vendredi à Jelma pour inaugurer une station de pompage.",
    [("LOC", "Sidi Bouzid", ["Sidi Bouzid Governorate"], ["SIDI BOUZID", "Sidi Bouzid"]),
     ("LOC", "Tunisia", ["Tunisie"], ["Tunisie"]),
     ("PERSON", "Ezzeddine Ben Cheikh", ["Ezzedine Ben Cheikh", "Ben Cheikh"], ["Ezzeddine Ben Cheikh", "Ben Cheikh"]),
     ("PERSON", "Mourad Hamdi", [], ["Mourad Hamdi"]),
     ("LOC", "Regueb", ["Er Regueb"], ["Regueb"]),
     ("ORG", "Sonede", ["SONEDE", "Société nationale d'exploitation et de distribution des eaux"],
      ["Société nationale d'exploitation et de distribution des eaux", "Sonede"]),
     ("ORG", "GDA El Amal", ["El Amal agricultural development group", "El Amal"],
      ["groupement de développement agricole El Amal", "El Amal"]),
     ("LOC", "Menzel Bouzaiane", ["Menzel Bouzayane"], ["Menzel Bouzaiane"]),
     ("ORG", "Union régionale de l'agriculture et de la pêche de Sidi Bouzid", ["URAP Sidi Bouzid"],
      ["Union régionale de l'agriculture et de la pêche de Sidi Bouzid"]),
     ("ORG", "Free Destourian Party", ["PDL", "Parti destourien libre"], ["Parti destourien libre", "PDL"]),
     ("LOC", "Douz", [], ["Douz"]),
     ("LOC", "Kebili Governorate", ["Kébili", "Kebili"], ["gouvernorat de Kébili", "Kébili"]),
     ("ORG", "Tunisian Red Crescent", ["Croissant-Rouge tunisien"], ["Croissant-Rouge tunisien"]),
     ("LOC", "Tozeur", [], ["Tozeur"]),
     ("ORG", "Banque tunisienne de solidarité", ["BTS", "Tunisian Solidarity Bank"], ["Banque tunisienne de solidarité", "BTS"]),
     ("LOC", "Meknassy", ["Meknassi"], ["Meknassy"]),
     ("LOC", "Jelma", [], ["Jelma"])],
    [("04", "rencontré", "Sidi Bouzid", "2025-03-25"), ("05", "signé", "Regueb", "2025-03-25"),
     ("14", "sit-in", "Menzel Bouzaiane", "2025-03-24"), ("10", "réclamé", "Menzel Bouzaiane", "2025-03-24"),
     ("11", "dénoncé", None, "2025-03-25"), ("17", "interpellé", "Douz", "2025-03-23"),
     ("07", "distribué", "Tozeur", "2025-03-24"), ("03", "prête", "Meknassy", None),
     ("04", "attendu", "Jelma", "2025-03-28")])

doc("b14-fr-04-franceville", "fr", "2025-10-29T08:00:00Z",
    "Haut-Ogooué : le ministre des Mines rencontre la Comilog à Moanda, les mineurs de Mounana manifestent",
    "FRANCEVILLE, 29 octobre - Le ministre gabonais des Mines, Hervé Mbadinga, a rencontré mardi à Moanda la direction de la Compagnie minière de l'Ogooué (Comilog) et les délégués du personnel pour évoquer la baisse des cours du manganèse et les investissements prévus dans la province du Haut-Ogooué, a indiqué son cabinet.\n"
    "« Le manganèse de Moanda doit d'abord faire vivre Moanda, pas seulement remplir des minéraliers », a déclaré M. Mbadinga à l'issue de l'entretien. Selon la compagnie, les exportations ont reculé de 8 % sur les neuf premiers mois de l'année.\n"
    "Mardi également, à Franceville, la Société d'énergie et d'eau du Gabon (SEEG) a signé avec l'université des sciences et techniques de Masuku une convention pour installer une centrale solaire sur le campus, qui doit être mise en service le 1er juin.\n"
    "A Mounana, près de 300 anciens mineurs et sous-traitants ont manifesté lundi devant la préfecture pour réclamer le versement de leurs indemnités. Lors du rassemblement, le Syndicat national des travailleurs des mines a exigé l'ouverture d'une enquête sur la gestion du fonds de reconversion.\n"
    "Le Réseau des organisations libres pour la bonne gouvernance (ROLBG) a dénoncé mardi l'opacité des contrats miniers.\n"
    "Les gendarmes ont interpellé dimanche à Lastoursville trois hommes soupçonnés de braconnage d'éléphants, en possession de 40 kilos d'ivoire, selon le parquet de Koulamoutou.\n"
    "La Croix-Rouge gabonaise a distribué dimanche à Okondja des kits d'hygiène et des vivres à 250 familles victimes des pluies diluviennes.\n"
    "La Banque gabonaise de développement (BGD) s'est dite prête à financer des coopératives de maraîchage autour de Bongoville.\n"
    "M. Mbadinga est attendu jeudi prochain à Akiéni pour visiter un site d'exploitation artisanale d'or.",
    [("LOC", "Franceville", [], ["FRANCEVILLE", "Franceville"]),
     ("PERSON", "Hervé Mbadinga", ["Herve Mbadinga", "Mbadinga"], ["Hervé Mbadinga", "Mbadinga"]),
     ("LOC", "Moanda", [], ["Moanda"]),
     ("ORG", "Comilog", ["COMILOG", "Compagnie minière de l'Ogooué"], ["Compagnie minière de l'Ogooué", "Comilog"]),
     ("LOC", "Haut-Ogooué", ["Haut-Ogooué Province", "Upper Ogooué"], ["Haut-Ogooué"]),
     ("ORG", "SEEG", ["Société d'énergie et d'eau du Gabon", "Gabon Energy and Water Company"],
      ["Société d'énergie et d'eau du Gabon", "SEEG"]),
     ("ORG", "Université des sciences et techniques de Masuku", ["USTM", "Masuku University of Science and Technology"],
      ["université des sciences et techniques de Masuku"]),
     ("LOC", "Mounana", [], ["Mounana"]),
     ("ORG", "Syndicat national des travailleurs des mines (Gabon)", ["Syndicat national des travailleurs des mines"],
      ["Syndicat national des travailleurs des mines"]),
     ("ORG", "ROLBG", ["Réseau des organisations libres pour la bonne gouvernance"],
      ["Réseau des organisations libres pour la bonne gouvernance", "ROLBG"]),
     ("LOC", "Lastoursville", [], ["Lastoursville"]),
     ("ORG", "Koulamoutou Public Prosecutor's Office", ["parquet de Koulamoutou", "Parquet de Koulamoutou"], ["parquet de Koulamoutou"]),
     ("ORG", "Gabonese Red Cross", ["Croix-Rouge gabonaise", "Gabon Red Cross Society"], ["Croix-Rouge gabonaise"]),
     ("LOC", "Okondja", [], ["Okondja"]),
     ("ORG", "Banque gabonaise de développement", ["BGD", "Gabonese Development Bank"],
      ["Banque gabonaise de développement", "BGD"]),
     ("LOC", "Bongoville", [], ["Bongoville"]),
     ("LOC", "Akiéni", ["Akieni"], ["Akiéni"])],
    [("04", "rencontré", "Moanda", "2025-10-28"), ("05", "signé", "Franceville", "2025-10-28"),
     ("14", "manifesté", "Mounana", "2025-10-27"), ("10", "exigé", "Mounana", "2025-10-27"),
     ("11", "dénoncé", None, "2025-10-28"), ("17", "interpellé", "Lastoursville", "2025-10-26"),
     ("07", "distribué", "Okondja", "2025-10-26"), ("03", "prête", "Bongoville", None),
     ("04", "attendu", "Akiéni", "2025-10-30")])

write("blind14.jsonl")
