# Writes unseen.jsonl: 30 short wire-style articles (10 ar, 10 en, 10 fr) written for Newsflow's tests on
# 2026-11-29, about other countries, people, organisations and events than shared/eval/dev.jsonl. Gold annotated by
# hand after shared/eval/GUIDELINES.md BEFORE the extractor was run on them; the gold is not edited to match output.
# Real public figures appear with their public roles; some officials are fictional. Apache-2.0.
# Run: python3 make_unseen.py
from gold import doc, write

doc("un-ar-01-amman-muscat", "ar", "2025-06-10T09:00:00Z",
    "الصفدي يبحث مع نظيره العماني في عمّان تطورات الأوضاع في غزة",
    "التقى وزير الخارجية الأردني أيمن الصفدي، اليوم الثلاثاء، نظيره العماني بدر البوسعيدي في العاصمة عمّان، وبحث الجانبان سبل تعزيز العلاقات الثنائية والتطورات في قطاع غزة.\n"
    "وقالت وزارة الخارجية الأردنية في بيان إن الوزيرين أكدا ضرورة وقف إطلاق النار وإيصال المساعدات الإنسانية دون قيود.\n"
    "ووقّع الجانبان مذكرة تفاهم للتعاون في مجال التدريب الدبلوماسي بين المعهد الدبلوماسي الأردني ونظيره في مسقط.\n"
    "وكان البوسعيدي قد وصل إلى عمان مساء الإثنين في زيارة رسمية تستمر يومين، ومن المقرر أن يلتقي رئيس الوزراء جعفر حسان في عمان غدا الأربعاء.\n"
    "وفي سياق متصل، أعلنت الهيئة الخيرية الأردنية الهاشمية إرسال قافلة جديدة تضم 60 شاحنة محملة بالمواد الغذائية إلى شمال غزة عبر معبر كرم أبو سالم.",
    [("PERSON", "Ayman Safadi", ["Ayman al-Safadi", "Ayman Al-Safadi", "Ayman Al Safadi"], ["أيمن الصفدي", "الصفدي"]),
     ("PERSON", "Badr Albusaidi", ["Badr al-Busaidi", "Badr Al-Busaidi", "Badr bin Hamad Al Busaidi", "Badr Al Busaidi"],
      ["بدر البوسعيدي", "البوسعيدي"]),
     ("LOC", "Amman", [], ["عمّان", "عمان"]),
     ("LOC", "Gaza Strip", ["Gaza"], ["قطاع غزة", "غزة"]),
     ("ORG", "Ministry of Foreign Affairs (Jordan)", ["Jordanian Foreign Ministry", "Jordanian Ministry of Foreign Affairs",
      "Ministry of Foreign Affairs and Expatriates (Jordan)", "Foreign Ministry (Jordan)"], ["وزارة الخارجية الأردنية"]),
     ("ORG", "Jordan Institute of Diplomacy", ["Jordanian Diplomatic Institute", "Diplomatic Institute (Jordan)"],
      ["المعهد الدبلوماسي الأردني"]),
     ("LOC", "Muscat", [], ["مسقط"]),
     ("PERSON", "Jafar Hassan", ["Jaafar Hassan", "Jafar Hasan", "Ja'far Hassan"], ["جعفر حسان"]),
     ("ORG", "Jordan Hashemite Charity Organization", ["JHCO", "Jordanian Hashemite Charity Organization",
      "Jordan Hashemite Charity Organisation"], ["الهيئة الخيرية الأردنية الهاشمية"]),
     ("LOC", "Kerem Shalom", ["Kerem Shalom crossing", "Karem Abu Salem", "Kerem Abu Salem", "Karm Abu Salem"],
      ["كرم أبو سالم", "معبر كرم أبو سالم"])],
    [("04", "التقى", "Amman", "2025-06-10"), ("05", "ووقّع", "Amman", "2025-06-10"),
     ("04", "زيارة رسمية", "Amman", "2025-06-09"), ("04", "يلتقي", "Amman", "2025-06-11"),
     ("07", "إرسال قافلة", "Gaza Strip", None)])

doc("un-ar-02-tangier-cell", "ar", "2025-03-03T11:00:00Z",
    "تفكيك خلية متطرفة بين طنجة وتطوان",
    "أعلن المكتب المركزي للأبحاث القضائية في المغرب، أمس الأحد، تفكيك خلية متطرفة تتكون من أربعة عناصر تنشط في مدينتي طنجة وتطوان شمالي المملكة، بتنسيق مع المديرية العامة لمراقبة التراب الوطني.\n"
    "وأوضح بيان للمكتب أن عمليات المداهمة أسفرت عن حجز أسلحة بيضاء ومعدات إلكترونية، وأن المشتبه بهم كانوا يخططون لاستهداف منشآت حيوية.\n"
    "وقال مدير المكتب الشرقاوي حبوب في تصريح صحفي بالرباط إن أحد الموقوفين سبق أن حاول الالتحاق بمعسكرات تنظيم داعش في منطقة الساحل.\n"
    "وأشاد وزير الداخلية عبد الوافي لفتيت بالعملية، فيما أعلنت السلطات الإسبانية توقيف مشتبه به خامس في مدينة سبتة بالتنسيق مع الأجهزة المغربية.",
    [("ORG", "Central Bureau of Judicial Investigation", ["BCIJ", "Central Bureau of Judicial Investigations",
      "Central Office of Judicial Investigations"], ["المكتب المركزي للأبحاث القضائية"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Tangier", ["Tangiers", "Tanger"], ["طنجة"]),
     ("LOC", "Tetouan", ["Tétouan", "Tetuan"], ["تطوان"]),
     ("ORG", "General Directorate for Territorial Surveillance", ["DGST", "Directorate General for Territorial Surveillance",
      "General Directorate of Territorial Surveillance"], ["المديرية العامة لمراقبة التراب الوطني"]),
     ("PERSON", "Cherkaoui Habboub", ["Habboub Cherkaoui", "Al-Charkaoui Habboub", "Charkaoui Habboub"], ["الشرقاوي حبوب"]),
     ("LOC", "Rabat", [], ["الرباط"]),
     ("ORG", "Islamic State", ["ISIS", "ISIL", "Daesh", "IS", "Islamic State of Iraq and the Levant"], ["داعش", "تنظيم داعش"]),
     ("LOC", "Sahel", ["Sahel region"], ["الساحل", "منطقة الساحل"]),
     ("PERSON", "Abdelouafi Laftit", ["Abdelwafi Laftit", "Abdul Wafi Laftit", "Abdelouafi Loftit"], ["عبد الوافي لفتيت"]),
     ("LOC", "Ceuta", [], ["سبتة"])],
    [("17", "تفكيك", "Tangier", "2025-03-02"), ("05", "وأشاد", None, None), ("17", "توقيف", "Ceuta", None)])

doc("un-ar-03-hodeidah-strikes", "ar", "2025-04-15T07:00:00Z",
    "غارات جوية على الحديدة وصنعاء بعد هجوم على سفينة تجارية في البحر الأحمر",
    "شنت طائرات أمريكية فجر اليوم الثلاثاء سلسلة غارات جوية على مواقع في محافظة الحديدة غربي اليمن وعلى العاصمة صنعاء، بحسب ما أفادت به قناة المسيرة التابعة لجماعة الحوثي.\n"
    "وجاءت الغارات بعد يوم من إعلان الجماعة استهداف سفينة تجارية ترفع علم ليبيريا في البحر الأحمر بصاروخين، وهو ما أكدته هيئة عمليات التجارة البحرية البريطانية.\n"
    "وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن الهجوم جاء ردا على ما وصفه بالعدوان، وهدد بتوسيع العمليات لتشمل خليج عدن.\n"
    "من جهتها، نددت الحكومة اليمنية المعترف بها دوليا بالهجمات، وقال وزير الإعلام معمر الإرياني إن الجماعة تعرض الملاحة الدولية للخطر.",
    [("LOC", "Hodeidah", ["Hudaydah", "Al Hudaydah", "Hodeida", "Al-Hudaydah", "Hodeidah Governorate",
      "Al Hudaydah Governorate"], ["الحديدة", "محافظة الحديدة"]),
     ("LOC", "Sanaa", ["Sana'a", "Sana"], ["صنعاء"]),
     ("LOC", "Red Sea", [], ["البحر الأحمر"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("ORG", "Al-Masirah", ["Al Masirah", "Al-Masirah TV", "Almasirah"], ["قناة المسيرة", "المسيرة"]),
     ("ORG", "Houthis", ["Houthi movement", "Ansar Allah", "Houthi", "al-Houthi"], ["جماعة الحوثي", "الحوثيين", "الحوثي"]),
     ("LOC", "Liberia", [], ["ليبيريا"]),
     ("ORG", "United Kingdom Maritime Trade Operations", ["UKMTO", "UK Maritime Trade Operations"],
      ["هيئة عمليات التجارة البحرية البريطانية"]),
     ("PERSON", "Yahya Saree", ["Yahya Sarea", "Yahya Sari", "Yahya Saria"], ["يحيى سريع"]),
     ("LOC", "Gulf of Aden", [], ["خليج عدن"]),
     ("ORG", "Government of Yemen", ["Yemeni government", "Yemeni Government"], ["الحكومة اليمنية"]),
     ("PERSON", "Moammar al-Eryani", ["Muammar al-Eryani", "Moammar Al-Eryani", "Muammar al-Iryani", "Moamar al-Eryani",
      "Muammar al-Aryani"], ["معمر الإرياني"])],
    [("19", "غارات", "Hodeidah", "2025-04-15"), ("18", "استهداف سفينة", "Red Sea", "2025-04-14"),
     ("13", "وهدد", "Gulf of Aden", None), ("11", "نددت", None, None)])

doc("un-ar-04-sonatrach-total", "ar", "2025-02-20T10:00:00Z",
    "سوناطراك وتوتال إنرجيز توقعان اتفاقا لتمديد إمدادات الغاز المسال",
    "وقعت الشركة الوطنية للمحروقات سوناطراك ومجموعة توتال إنرجيز، أمس الأربعاء في الجزائر العاصمة، اتفاقا لتمديد عقد توريد الغاز الطبيعي المسال إلى ميناء فوس سور مير جنوبي فرنسا حتى عام 2027.\n"
    "وجرى التوقيع بحضور وزير الطاقة والمناجم محمد عرقاب، والرئيس المدير العام لسوناطراك رشيد حشيشي، والمدير التنفيذي للمجموعة الفرنسية باتريك بويانيه.\n"
    "وقال عرقاب إن الاتفاق يعكس ثقة الشركاء في قدرات الجزائر، مشيرا إلى أن بلاده مستعدة لرفع إمداداتها إلى شركائها في حوض بركين وخارجه.\n"
    "وفي ورقلة، نظم عمال شركات المناولة وقفة احتجاجية الأحد أمام مقر المديرية الجهوية للمطالبة بتحسين الأجور.",
    [("ORG", "Sonatrach", [], ["سوناطراك", "الشركة الوطنية للمحروقات سوناطراك", "الشركة الوطنية للمحروقات"]),
     ("ORG", "TotalEnergies", ["Total", "TotalEnergies SE"], ["توتال إنرجيز", "مجموعة توتال إنرجيز"]),
     ("LOC", "Algiers", ["Alger"], ["الجزائر العاصمة"]),
     ("LOC", "Fos-sur-Mer", ["Fos sur Mer", "Port of Fos-sur-Mer", "Fos"], ["فوس سور مير", "ميناء فوس سور مير"]),
     ("LOC", "France", ["French Republic"], ["فرنسا"]),
     ("PERSON", "Mohamed Arkab", ["Mohammed Arkab", "Mohamed Arkab"], ["محمد عرقاب", "عرقاب"]),
     ("PERSON", "Rachid Hachichi", ["Rashid Hachichi", "Rachid Hashishi"], ["رشيد حشيشي"]),
     ("PERSON", "Patrick Pouyanné", ["Patrick Pouyanne"], ["باتريك بويانيه"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("LOC", "Berkine Basin", ["Berkine", "Berkine basin"], ["حوض بركين", "بركين"]),
     ("LOC", "Ouargla", ["Wargla"], ["ورقلة"])],
    [("05", "وقعت", "Algiers", "2025-02-19"), ("03", "مستعدة", None, None), ("14", "وقفة احتجاجية", "Ouargla", "2025-02-16")])

doc("un-ar-05-bint-jbeil", "ar", "2025-05-06T12:00:00Z",
    "قتيلان بغارة إسرائيلية على بلدة في جنوب لبنان",
    "قتل شخصان وأصيب ثالث بجروح، اليوم الثلاثاء، في غارة شنتها مسيّرة إسرائيلية على سيارة في بلدة بنت جبيل جنوبي لبنان، وفق ما أعلنت وزارة الصحة اللبنانية.\n"
    "وقال الجيش الإسرائيلي في بيان إنه استهدف عنصرا في حزب الله كان ينقل أسلحة، فيما لم يعلق الحزب على الفور.\n"
    "وأدان رئيس الحكومة نواف سلام الغارة، معتبرا أنها خرق فاضح لاتفاق وقف إطلاق النار، وطالب لجنة المراقبة الدولية بالتحرك.\n"
    "ودعت قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) جميع الأطراف إلى ضبط النفس، بينما عقد قائد الجيش اللبناني العماد رودولف هيكل بعد ظهر اليوم اجتماعا مع رئيس الجمهورية جوزاف عون في قصر بعبدا.",
    [("LOC", "Lebanon", ["Lebanese Republic"], ["لبنان"]),
     ("LOC", "Bint Jbeil", ["Bint Jbail", "Bint Jubayl"], ["بنت جبيل"]),
     ("ORG", "Ministry of Public Health (Lebanon)", ["Lebanese Health Ministry", "Lebanese Ministry of Public Health",
      "Ministry of Health (Lebanon)", "Lebanese Ministry of Health"], ["وزارة الصحة اللبنانية"]),
     ("ORG", "Israel Defense Forces", ["IDF", "Israeli army", "Israeli military", "Israel Defence Forces"], ["الجيش الإسرائيلي"]),
     ("ORG", "Hezbollah", ["Hizbullah", "Hizballah"], ["حزب الله"]),
     ("PERSON", "Nawaf Salam", ["Nawwaf Salam"], ["نواف سلام"]),
     ("ORG", "United Nations Interim Force in Lebanon", ["UNIFIL"], ["قوة الأمم المتحدة المؤقتة في لبنان", "يونيفيل"]),
     ("ORG", "Lebanese Armed Forces", ["Lebanese Army", "LAF", "Lebanese army"], ["الجيش اللبناني"]),
     ("PERSON", "Rodolphe Haykal", ["Rudolph Haykal", "Rodolphe Heikal", "Rodolph Haykal"], ["رودولف هيكل"]),
     ("PERSON", "Joseph Aoun", ["Joseph Awn"], ["جوزاف عون"]),
     ("LOC", "Baabda Palace", ["Baabda", "Presidential Palace (Lebanon)"], ["قصر بعبدا", "بعبدا"])],
    [("19", "غارة", "Bint Jbeil", "2025-05-06"), ("11", "وأدان", None, None), ("10", "وطالب", None, None),
     ("04", "اجتماعا", "Baabda Palace", "2025-05-06")])

doc("un-ar-06-mogadishu-aid", "ar", "2025-01-14T08:00:00Z",
    "قطر ترسل مساعدات طبية إلى الصومال وسط تفشي الكوليرا",
    "وصلت إلى مطار آدم عدي الدولي في مقديشو، أمس الإثنين، طائرة أرسلتها القوات الجوية الأميرية القطرية تحمل 40 طنا من الأدوية والمستلزمات الطبية، في إطار جسر جوي أطلقه صندوق قطر للتنمية لمواجهة تفشي الكوليرا.\n"
    "وقال وزير الصحة الصومالي علي حاجي آدم إن الشحنة ستوزع على مستشفيات ولايتي جوبالاند وهيرشبيلي، مشيرا إلى تسجيل أكثر من ألفي إصابة منذ مطلع الشهر.\n"
    "وأعلنت منظمة الصحة العالمية أنها ستقدم دعما لوجستيا لحملة تطعيم تبدأ في كسمايو الأحد المقبل.\n"
    "وفي سياق آخر، هاجم مسلحون من حركة الشباب قاعدة عسكرية في منطقة شبيلي السفلى، واشتبكوا مع قوات الجيش الصومالي لساعات.",
    [("LOC", "Aden Adde International Airport", ["Aden Adde Airport", "Mogadishu airport"],
      ["مطار آدم عدي الدولي", "آدم عدي"]),
     ("LOC", "Mogadishu", [], ["مقديشو"]),
     ("ORG", "Qatar Emiri Air Force", ["Qatari Emiri Air Force", "Qatar Air Force"], ["القوات الجوية الأميرية القطرية"]),
     ("ORG", "Qatar Fund for Development", ["QFFD"], ["صندوق قطر للتنمية"]),
     ("LOC", "Qatar", ["State of Qatar"], ["قطر"]),
     ("LOC", "Somalia", ["Federal Republic of Somalia"], ["الصومال"]),
     ("PERSON", "Ali Haji Adam", ["Ali Haji Aden", "Ali Hajji Adam", "Ali Haji Adan"], ["علي حاجي آدم"]),
     ("LOC", "Jubaland", [], ["جوبالاند"]),
     ("LOC", "Hirshabelle", [], ["هيرشبيلي"]),
     ("ORG", "World Health Organization", ["WHO", "World Health Organisation"], ["منظمة الصحة العالمية"]),
     ("LOC", "Kismayo", ["Kismaayo", "Kismayu"], ["كسمايو"]),
     ("ORG", "Al-Shabaab", ["al-Shabab", "Al Shabaab", "Harakat al-Shabaab al-Mujahideen"], ["حركة الشباب", "الشباب"]),
     ("LOC", "Lower Shabelle", ["Shabeellaha Hoose", "Lower Shebelle"], ["شبيلي السفلى", "منطقة شبيلي السفلى"]),
     ("ORG", "Somali National Army", ["Somali Armed Forces", "Somali army", "SNA"], ["الجيش الصومالي"])],
    [("07", "وصلت", "Mogadishu", "2025-01-13"), ("03", "ستقدم", "Kismayo", "2025-01-19"),
     ("19", "هاجم", "Lower Shabelle", None)])

doc("un-ar-07-sfax-strike", "ar", "2025-10-08T09:00:00Z",
    "إضراب عام في قطاع النقل بصفاقس واحتجاجات أمام مقر الولاية",
    "نفذ عمال الشركة الجهوية للنقل بصفاقس، اليوم الأربعاء، إضرابا عاما شل حركة الحافلات في المدينة، استجابة لدعوة الاتحاد العام التونسي للشغل.\n"
    "وقال الكاتب العام في الاتحاد الجهوي للشغل بصفاقس يوسف العوادني إن الإضراب جاء بعد فشل المفاوضات مع وزارة النقل حول صرف المستحقات المتأخرة.\n"
    "وكان عشرات المحتجين قد تجمعوا أمس الثلاثاء أمام مقر الولاية رافعين شعارات تطالب بإقالة المدير العام للشركة، فيما طوقت وحدات من الحرس الوطني المكان.\n"
    "وفي تونس العاصمة، أصدرت محكمة الاستئناف حكما بسجن الناشطة السياسية سعاد المرزوقي ثلاث سنوات بتهمة نشر أخبار زائفة، وهو ما نددت به الرابطة التونسية للدفاع عن حقوق الإنسان.",
    [("ORG", "Sfax Regional Transport Company", ["SORETRAS", "Société régionale de transport de Sfax"],
      ["الشركة الجهوية للنقل بصفاقس"]),
     ("LOC", "Sfax", [], ["صفاقس"]),
     ("ORG", "Tunisian General Labour Union", ["UGTT", "Union Générale Tunisienne du Travail", "Tunisian General Labor Union"],
      ["الاتحاد العام التونسي للشغل"]),
     ("ORG", "Sfax Regional Labour Union", ["Regional Labour Union of Sfax", "UGTT Sfax", "Sfax Regional Labor Union"],
      ["الاتحاد الجهوي للشغل بصفاقس"]),
     ("PERSON", "Youssef Aouadni", ["Youssef al-Awadni", "Youssef Laouadni", "Youssef Al-Awadni", "Yousef al-Awadni"],
      ["يوسف العوادني"]),
     ("ORG", "Ministry of Transport (Tunisia)", ["Tunisian Ministry of Transport", "Tunisian Transport Ministry",
      "Transport Ministry (Tunisia)"], ["وزارة النقل"]),
     ("ORG", "National Guard (Tunisia)", ["Tunisian National Guard", "National Guard"], ["الحرس الوطني"]),
     ("LOC", "Tunis", [], ["تونس العاصمة"]),
     ("ORG", "Tunis Court of Appeal", ["Court of Appeal", "Appeals Court", "Court of Appeal (Tunis)"], ["محكمة الاستئناف"]),
     ("PERSON", "Souad Marzouki", ["Souad al-Marzouki", "Souad Al-Marzouki", "Souad Marzougui", "Souad al-Marzuqi"],
      ["سعاد المرزوقي"]),
     ("ORG", "Tunisian League for the Defence of Human Rights", ["LTDH", "Tunisian Human Rights League",
      "Tunisian League for Human Rights", "Tunisian League for the Defense of Human Rights"],
      ["الرابطة التونسية للدفاع عن حقوق الإنسان"])],
    [("14", "إضرابا", "Sfax", "2025-10-08"), ("14", "تجمعوا", "Sfax", "2025-10-07"), ("17", "حكما بسجن", "Tunis", None),
     ("11", "نددت", None, None)])

doc("un-ar-08-niger-chad", "ar", "2025-08-19T10:00:00Z",
    "النيجر وتشاد تتفقان على تسيير دوريات مشتركة على الحدود",
    "اتفقت النيجر وتشاد، أمس الإثنين في نيامي، على تسيير دوريات عسكرية مشتركة على طول حدودهما لمواجهة تهريب الأسلحة والجماعات المسلحة في حوض بحيرة تشاد.\n"
    "وجاء الاتفاق في ختام محادثات بين رئيس الوزراء النيجري علي محمد الأمين زين ونظيره التشادي آلاماي حليني، بمشاركة وفد من تحالف دول الساحل.\n"
    "وقالت وزارة الدفاع النيجرية إن الدوريات ستنطلق مطلع الشهر المقبل من مدينة ديفا، بعد أسبوع من هجوم نفذه مسلحون على موقع للجيش قرب بلدة بوسو أسفر عن مقتل سبعة جنود.\n"
    "وفي نجامينا، أعلنت الحكومة التشادية أنها ستستضيف الخميس المقبل اجتماعا لوزراء الأمن في الدول الأعضاء في لجنة حوض بحيرة تشاد.",
    [("LOC", "Niger", ["Republic of Niger"], ["النيجر"]),
     ("LOC", "Chad", ["Republic of Chad"], ["تشاد"]),
     ("LOC", "Niamey", [], ["نيامي"]),
     ("LOC", "Lake Chad Basin", ["Lake Chad basin", "Lake Chad"], ["حوض بحيرة تشاد", "بحيرة تشاد"]),
     ("PERSON", "Ali Lamine Zeine", ["Ali Mahamane Lamine Zeine", "Ali Mohamed Lamine Zeine", "Ali Lamine Zein",
      "Ali Mohamed al-Amin Zein"], ["علي محمد الأمين زين"]),
     ("PERSON", "Allamaye Halina", ["Allamay Halina", "Allamaye Halini"], ["آلاماي حليني"]),
     ("ORG", "Alliance of Sahel States", ["AES", "Confederation of Sahel States", "Alliance des États du Sahel"],
      ["تحالف دول الساحل"]),
     ("ORG", "Ministry of Defence (Niger)", ["Nigerien Ministry of Defence", "Niger Defence Ministry",
      "Nigerien Defence Ministry", "Ministry of National Defence (Niger)"], ["وزارة الدفاع النيجرية"]),
     ("LOC", "Diffa", [], ["ديفا"]),
     ("LOC", "Bosso", [], ["بوسو"]),
     ("LOC", "N'Djamena", ["Ndjamena", "N'Djaména"], ["نجامينا"]),
     ("ORG", "Government of Chad", ["Chadian government", "Chadian Government"], ["الحكومة التشادية"]),
     ("ORG", "Lake Chad Basin Commission", ["LCBC"], ["لجنة حوض بحيرة تشاد"])],
    [("05", "اتفقت", "Niamey", "2025-08-18"), ("04", "محادثات", "Niamey", "2025-08-18"),
     ("03", "ستنطلق", "Diffa", None), ("19", "هجوم", "Bosso", None), ("04", "اجتماعا", "N'Djamena", "2025-08-21")])

doc("un-ar-09-aramco-sinopec", "ar", "2025-09-02T06:00:00Z",
    "أرامكو توقع اتفاقية مع سينوبك لبناء مجمع للتكرير في ينبع",
    "وقعت شركة أرامكو السعودية وشركة سينوبك الصينية، أمس في الظهران، اتفاقية إطار لبناء مجمع متكامل للتكرير والبتروكيماويات في مدينة ينبع الصناعية على ساحل البحر الأحمر، باستثمارات تقدر بعشرة مليارات دولار.\n"
    "ووقع الاتفاقية عن أرامكو نائب الرئيس التنفيذي محمد القحطاني، وعن سينوبك رئيس مجلس الإدارة ما يونغ شنغ، بحضور وزير الطاقة الأمير عبد العزيز بن سلمان.\n"
    "وقال القحطاني إن المشروع سيوفر نحو خمسة آلاف فرصة عمل، وإن الأعمال الإنشائية ستبدأ في الربع الأول من 2026.\n"
    "وكان الأمير عبد العزيز بن سلمان قد زار بكين في يوليو الماضي وبحث مع المسؤولين الصينيين توسيع الشراكة في قطاع الطاقة، فيما أعلن صندوق الاستثمارات العامة استحواذه على حصة في شركة موانئ دبي العالمية.",
    [("ORG", "Saudi Aramco", ["Aramco", "Saudi Arabian Oil Company"], ["أرامكو السعودية", "أرامكو"]),
     ("ORG", "Sinopec", ["China Petroleum & Chemical Corporation", "China Petrochemical Corporation"], ["سينوبك"]),
     ("LOC", "Dhahran", [], ["الظهران"]),
     ("LOC", "Yanbu", ["Yanbu Industrial City", "Yanbu al-Bahr", "Yanbu' al Bahr"], ["ينبع", "مدينة ينبع الصناعية"]),
     ("LOC", "Red Sea", [], ["البحر الأحمر"]),
     ("PERSON", "Mohammed Al-Qahtani", ["Mohammed al-Qahtani", "Mohammad al-Qahtani", "Muhammad al-Qahtani",
      "Mohammed Y. Al Qahtani", "Mohammed Al Qahtani"], ["محمد القحطاني", "القحطاني"]),
     ("PERSON", "Ma Yongsheng", [], ["ما يونغ شنغ"]),
     ("PERSON", "Abdulaziz bin Salman", ["Prince Abdulaziz bin Salman", "Abdulaziz bin Salman Al Saud",
      "Abdul Aziz bin Salman", "Abdulaziz bin Salman Al-Saud"], ["عبد العزيز بن سلمان"]),
     ("LOC", "Beijing", ["Peking"], ["بكين"]),
     ("ORG", "Public Investment Fund", ["PIF"], ["صندوق الاستثمارات العامة"]),
     ("ORG", "DP World", ["Dubai Ports World"], ["موانئ دبي العالمية", "شركة موانئ دبي العالمية"])],
    [("05", "وقعت", "Dhahran", "2025-09-01"), ("04", "زار", "Beijing", None)])

doc("un-ar-10-jenin-raid", "ar", "2025-07-22T09:00:00Z",
    "اقتحام جنين ومواجهات في نابلس واعتقال 15 فلسطينيا",
    "اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم الثلاثاء مدينة جنين ومخيمها شمالي الضفة الغربية، واعتقلت 15 فلسطينيا بينهم طالبان جامعيان، وفق نادي الأسير الفلسطيني.\n"
    "وفي نابلس، اندلعت مواجهات بين شبان والقوات الإسرائيلية عند حاجز حوارة، أصيب خلالها ثلاثة شبان بالرصاص الحي، بحسب جمعية الهلال الأحمر الفلسطيني.\n"
    "وأدانت وزارة الخارجية الفلسطينية الاقتحامات، وطالبت المجتمع الدولي بتوفير الحماية للشعب الفلسطيني.\n"
    "من جهته، استقبل رئيس الوزراء محمد مصطفى في رام الله المبعوث النرويجي الخاص للسلام في الشرق الأوسط، وبحث معه الأزمة المالية التي تواجهها السلطة الفلسطينية.",
    [("LOC", "Jenin", [], ["جنين"]),
     ("LOC", "West Bank", [], ["الضفة الغربية"]),
     ("ORG", "Palestinian Prisoners' Society", ["Palestinian Prisoners Club", "Palestinian Prisoner's Club",
      "Palestinian Prisoners Society", "Palestinian Prisoners' Club"], ["نادي الأسير الفلسطيني"]),
     ("LOC", "Nablus", [], ["نابلس"]),
     ("LOC", "Huwara checkpoint", ["Huwara", "Hawara", "Huwwara"], ["حاجز حوارة", "حوارة"]),
     ("ORG", "Palestine Red Crescent Society", ["Palestinian Red Crescent", "PRCS", "Palestinian Red Crescent Society"],
      ["جمعية الهلال الأحمر الفلسطيني", "الهلال الأحمر الفلسطيني"]),
     ("ORG", "Ministry of Foreign Affairs (Palestine)", ["Palestinian Foreign Ministry", "Palestinian Ministry of Foreign Affairs",
      "Ministry of Foreign Affairs and Expatriates (Palestine)"], ["وزارة الخارجية الفلسطينية"]),
     ("PERSON", "Mohammad Mustafa", ["Mohammed Mustafa", "Muhammad Mustafa", "Mohamed Mustafa"], ["محمد مصطفى"]),
     ("LOC", "Ramallah", [], ["رام الله"]),
     ("LOC", "Middle East", [], ["الشرق الأوسط"]),
     ("ORG", "Palestinian Authority", ["PA", "Palestinian National Authority"], ["السلطة الفلسطينية"])],
    [("17", "اقتحمت", "Jenin", "2025-07-22"), ("14", "مواجهات", "Huwara checkpoint", None), ("11", "وأدانت", None, None),
     ("10", "وطالبت", None, None), ("04", "استقبل", "Ramallah", None)])

# ---------------------------------------------------------------------------------------------------- English
doc("un-en-01-natuna-patrols", "en", "2025-03-12T08:00:00Z",
    "Indonesia and Vietnam agree to step up patrols in the Natuna Sea",
    "JAKARTA, March 12 - Indonesia and Vietnam signed a maritime cooperation agreement in Jakarta on Tuesday covering joint patrols against illegal fishing in the Natuna Sea, where their exclusive economic zones overlap.\n"
    "Indonesian Foreign Minister Sugiono and his Vietnamese counterpart Bui Thanh Son signed the pact after talks that began on Monday, officials said. The two ministers also discussed preparations for the ASEAN summit in Kuala Lumpur next month.\n"
    "\"This agreement shows that neighbours can settle their differences through dialogue,\" Sugiono told reporters at the Pancasila Building.\n"
    "The Indonesian Navy said it had seized three Vietnamese-flagged trawlers off the Riau Islands on Sunday and detained 42 crew members. A Vietnamese fishermen's association criticised the seizure as \"excessive\".",
    [("LOC", "Indonesia", ["Republic of Indonesia"], ["Indonesia"]),
     ("LOC", "Vietnam", ["Viet Nam"], ["Vietnam"]),
     ("LOC", "Natuna Sea", ["North Natuna Sea"], ["Natuna Sea"]),
     ("LOC", "Jakarta", [], ["Jakarta", "JAKARTA"]),
     ("PERSON", "Sugiono", [], ["Sugiono"]),
     ("PERSON", "Bui Thanh Son", ["Bùi Thanh Sơn"], ["Bui Thanh Son"]),
     ("ORG", "ASEAN", ["Association of Southeast Asian Nations"], ["ASEAN"]),
     ("LOC", "Kuala Lumpur", [], ["Kuala Lumpur"]),
     ("LOC", "Pancasila Building", ["Gedung Pancasila"], ["Pancasila Building"]),
     ("ORG", "Indonesian Navy", ["TNI AL", "Indonesian National Armed Forces Navy"], ["Indonesian Navy"]),
     ("LOC", "Riau Islands", ["Kepulauan Riau", "Riau Islands Province"], ["Riau Islands"])],
    [("05", "signed", "Jakarta", "2025-03-11"), ("04", "talks", "Jakarta", "2025-03-10"),
     ("04", "summit", "Kuala Lumpur", None), ("17", "seized", "Riau Islands", "2025-03-09"), ("11", "criticised", None, None)])

doc("un-en-02-lula-boric", "en", "2025-06-04T14:00:00Z",
    "Brazil's Lula hosts Chile's Boric, pledges lithium partnership",
    "BRASILIA - Brazilian President Luiz Inácio Lula da Silva received Chilean President Gabriel Boric at the Planalto Palace on Wednesday, and the two leaders agreed to set up a joint working group on lithium and green hydrogen.\n"
    "Boric said Chile was ready to share its experience with state-led lithium projects, citing the partnership between Codelco and SQM in the Salar de Atacama.\n"
    "At the meeting the leaders also condemned an arson attack on Tuesday on forestry trucks in the Chilean region of La Araucanía, which Santiago blamed on an armed indigenous group.\n"
    "Petrobras chief executive Magda Chambriard will travel to Santiago next week to meet Chile's Energy Minister Diego Pardow, the Brazilian foreign ministry said.",
    [("LOC", "Brasília", ["Brasilia"], ["BRASILIA"]),
     ("PERSON", "Luiz Inácio Lula da Silva", ["Lula", "Lula da Silva", "Luiz Inacio Lula da Silva"],
      ["Luiz Inácio Lula da Silva", "Lula"]),
     ("LOC", "Brazil", ["Federative Republic of Brazil"], ["Brazil"]),
     ("LOC", "Chile", ["Republic of Chile"], ["Chile"]),
     ("PERSON", "Gabriel Boric", ["Gabriel Boric Font"], ["Gabriel Boric", "Boric"]),
     ("LOC", "Planalto Palace", ["Palácio do Planalto"], ["Planalto Palace"]),
     ("ORG", "Codelco", ["Corporación Nacional del Cobre"], ["Codelco"]),
     ("ORG", "SQM", ["Sociedad Química y Minera"], ["SQM"]),
     ("LOC", "Salar de Atacama", ["Atacama salt flat"], ["Salar de Atacama"]),
     ("LOC", "Araucanía", ["La Araucanía", "Araucania", "Araucanía Region", "Araucania Region"], ["La Araucanía"]),
     ("LOC", "Santiago", ["Santiago de Chile"], ["Santiago"]),
     ("ORG", "Petrobras", ["Petróleo Brasileiro"], ["Petrobras"]),
     ("PERSON", "Magda Chambriard", [], ["Magda Chambriard"]),
     ("PERSON", "Diego Pardow", [], ["Diego Pardow"]),
     ("ORG", "Ministry of Foreign Affairs (Brazil)", ["Itamaraty", "Brazilian Ministry of Foreign Affairs",
      "Brazilian Foreign Ministry", "Foreign Ministry (Brazil)"], ["Brazilian foreign ministry"])],
    [("04", "received", "Planalto Palace", "2025-06-04"), ("03", "agreed to set up", None, None),
     ("03", "ready to share", None, None), ("11", "condemned", "Planalto Palace", "2025-06-04"),
     ("18", "arson attack", "Araucanía", "2025-06-03"), ("11", "blamed", None, None),
     ("04", "travel", "Santiago", None)])

doc("un-en-03-second-thomas", "en", "2025-08-12T03:00:00Z",
    "Philippines accuses China of ramming supply boat near Second Thomas Shoal",
    "MANILA, Aug 12 - Chinese coast guard vessels rammed and fired water cannon at a Philippine civilian supply boat near Second Thomas Shoal in the South China Sea on Monday, injuring two crew members, the Philippine Coast Guard said.\n"
    "Coast guard spokesman Jay Tarriela accused Beijing of \"dangerous and illegal actions\" and said the boat had been on a routine resupply mission to a grounded warship that serves as a Philippine military outpost.\n"
    "China's foreign ministry spokesperson Guo Jiakun rejected the account, saying the Philippine boat had \"illegally intruded\" into Chinese waters, and demanded that Manila stop its \"provocations\".\n"
    "The United States, a treaty ally of the Philippines, said it stood with Manila. Defence Secretary Gilberto Teodoro is due to meet Japanese officials in Tokyo on Thursday to discuss a reciprocal access agreement.",
    [("LOC", "Philippines", ["Republic of the Philippines"], ["Philippines"]),
     ("LOC", "China", ["People's Republic of China", "PRC"], ["China"]),
     ("LOC", "Second Thomas Shoal", ["Ayungin Shoal", "Ren'ai Reef"], ["Second Thomas Shoal"]),
     ("LOC", "Manila", [], ["MANILA", "Manila"]),
     ("ORG", "Philippine Coast Guard", ["PCG"], ["Philippine Coast Guard"]),
     ("LOC", "South China Sea", [], ["South China Sea"]),
     ("PERSON", "Jay Tarriela", [], ["Jay Tarriela"]),
     ("LOC", "Beijing", [], ["Beijing"]),
     ("ORG", "Ministry of Foreign Affairs (China)", ["Chinese Foreign Ministry", "Chinese Ministry of Foreign Affairs",
      "Foreign Ministry (China)"], ["foreign ministry", "China's foreign ministry"]),
     ("PERSON", "Guo Jiakun", [], ["Guo Jiakun"]),
     ("LOC", "United States", ["US", "U.S.", "USA", "United States of America"], ["United States"]),
     ("PERSON", "Gilberto Teodoro", ["Gilberto Teodoro Jr.", "Gibo Teodoro"], ["Gilberto Teodoro"]),
     ("LOC", "Tokyo", [], ["Tokyo"])],
    [("18", "rammed", "Second Thomas Shoal", "2025-08-11"), ("11", "accused", None, None), ("12", "rejected", None, None),
     ("10", "demanded", None, None), ("04", "meet", "Tokyo", "2025-08-14")])

doc("un-en-04-spain-doctors", "en", "2025-11-18T10:00:00Z",
    "Spanish doctors begin week-long strike over working hours",
    "MADRID, Nov 18 - Thousands of doctors across Spain walked out on Tuesday at the start of a week-long strike called by the CESM union over a draft law on working hours, forcing hospitals in Madrid, Barcelona and Seville to postpone non-urgent operations.\n"
    "Health Minister Mónica García criticised the strike as \"disproportionate\" but said her ministry remained open to talks. The union demanded that the government withdraw the draft before it reaches parliament.\n"
    "In Valencia, police used tear gas on Monday evening to disperse protesters who tried to block the entrance to the regional parliament, the Valencian government said.\n"
    "Prime Minister Pedro Sánchez will meet union leaders at the Moncloa Palace on Friday, his office said.",
    [("LOC", "Madrid", [], ["MADRID", "Madrid"]),
     ("LOC", "Spain", ["Kingdom of Spain"], ["Spain"]),
     ("ORG", "CESM", ["Confederación Estatal de Sindicatos Médicos", "State Confederation of Medical Unions"], ["CESM"]),
     ("LOC", "Barcelona", [], ["Barcelona"]),
     ("LOC", "Seville", ["Sevilla"], ["Seville"]),
     ("PERSON", "Mónica García", ["Monica Garcia"], ["Mónica García"]),
     ("LOC", "Valencia", [], ["Valencia"]),
     ("ORG", "Generalitat Valenciana", ["Valencian government", "Government of Valencia", "Valencian Government"],
      ["Valencian government"]),
     ("PERSON", "Pedro Sánchez", ["Pedro Sanchez", "Sánchez"], ["Pedro Sánchez"]),
     ("LOC", "Moncloa Palace", ["Palacio de la Moncloa", "La Moncloa", "Moncloa"], ["Moncloa Palace"])],
    [("14", "strike", "Spain", "2025-11-18"), ("11", "criticised", None, None), ("10", "demanded", None, None),
     ("17", "tear gas", "Valencia", "2025-11-17"), ("04", "meet", "Moncloa Palace", "2025-11-21")])

doc("un-en-05-ghana-imf", "en", "2025-02-05T09:00:00Z",
    "IMF approves $370 million disbursement for Ghana after third review",
    "ACCRA, Feb 5 - The International Monetary Fund's executive board approved on Tuesday a $370 million disbursement for Ghana after completing the third review of its $3 billion loan programme, the Fund said in a statement.\n"
    "Finance Minister Cassiel Ato Forson welcomed the decision and said Ghana would press ahead with reforms at the Electricity Company of Ghana and the Ghana Cocoa Board, whose debts weigh on public finances.\n"
    "Opposition leader Mahamudu Bawumia accused the government of hiding the true cost of the programme, while the Trades Union Congress threatened a nationwide strike if utility tariffs rise again.\n"
    "The World Bank will send a mission to Kumasi and Tamale later this month to assess a planned irrigation project.",
    [("LOC", "Accra", [], ["ACCRA"]),
     ("ORG", "International Monetary Fund", ["IMF", "Fund"], ["International Monetary Fund", "IMF", "Fund"]),
     ("LOC", "Ghana", ["Republic of Ghana"], ["Ghana"]),
     ("PERSON", "Cassiel Ato Forson", ["Ato Forson", "Cassiel Ato Baah Forson"], ["Cassiel Ato Forson"]),
     ("ORG", "Electricity Company of Ghana", ["ECG"], ["Electricity Company of Ghana"]),
     ("ORG", "Ghana Cocoa Board", ["COCOBOD", "Cocobod"], ["Ghana Cocoa Board"]),
     ("PERSON", "Mahamudu Bawumia", [], ["Mahamudu Bawumia"]),
     ("ORG", "Trades Union Congress (Ghana)", ["Trades Union Congress", "TUC", "Ghana TUC"], ["Trades Union Congress"]),
     ("ORG", "World Bank", ["World Bank Group"], ["World Bank"]),
     ("LOC", "Kumasi", [], ["Kumasi"]),
     ("LOC", "Tamale", [], ["Tamale"])],
    [("07", "approved", "Ghana", "2025-02-04"), ("05", "welcomed", None, None), ("11", "accused", None, None),
     ("13", "threatened", None, None), ("04", "mission", "Kumasi", None)])

doc("un-en-06-belgrade-protest", "en", "2025-03-16T18:00:00Z",
    "Tens of thousands rally in Belgrade against Serbian government",
    "BELGRADE, March 16 - Tens of thousands of people marched through central Belgrade on Saturday in one of the largest protests in Serbia in decades, demanding accountability for the collapse of a railway station canopy in Novi Sad that killed 15 people.\n"
    "On Saturday night, students who have led the movement blocked the Gazela bridge for several hours. Police said they arrested 22 people after clashes near the National Assembly.\n"
    "President Aleksandar Vucic accused foreign intelligence services of funding the protests and said he would not call early elections. The European Commission urged restraint on all sides.\n"
    "Foreign Minister Marko Djuric will travel to Strasbourg on Wednesday to meet members of the European Parliament.",
    [("LOC", "Belgrade", [], ["BELGRADE", "Belgrade"]),
     ("LOC", "Serbia", ["Republic of Serbia"], ["Serbia"]),
     ("ORG", "Government of Serbia", ["Serbian government", "Serbian Government"], ["Serbian government"]),
     ("LOC", "Novi Sad", [], ["Novi Sad"]),
     ("LOC", "Gazela Bridge", ["Gazela bridge", "Gazela"], ["Gazela bridge"]),
     ("ORG", "National Assembly (Serbia)", ["National Assembly of Serbia", "National Assembly"], ["National Assembly"]),
     ("PERSON", "Aleksandar Vučić", ["Aleksandar Vucic", "Vucic", "Vučić"], ["Aleksandar Vucic"]),
     ("ORG", "European Commission", ["EC"], ["European Commission"]),
     ("PERSON", "Marko Đurić", ["Marko Djuric", "Marko Duric"], ["Marko Djuric"]),
     ("LOC", "Strasbourg", [], ["Strasbourg"]),
     ("ORG", "European Parliament", ["EP"], ["European Parliament"])],
    [("14", "marched", "Belgrade", "2025-03-15"), ("14", "blocked", "Gazela Bridge", "2025-03-15"),
     ("17", "arrested", "Belgrade", None), ("11", "accused", None, None), ("04", "meet", "Strasbourg", "2025-03-19")])

doc("un-en-07-syr-darya", "en", "2025-09-24T07:00:00Z",
    "Kazakhstan and Uzbekistan sign water-sharing deal on Syr Darya",
    "ASTANA, Sept 24 - Kazakhstan and Uzbekistan signed an agreement on Tuesday on sharing the waters of the Syr Darya river, ending years of disputes over summer releases from upstream reservoirs.\n"
    "The deal was signed in Astana by Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev during a state visit that began on Monday. Tokayev said the two countries would jointly build a new reservoir near Turkistan with financing from the Asian Development Bank.\n"
    "Kyrgyzstan's Foreign Ministry welcomed the agreement and offered to host a regional water summit in Bishkek next year.\n"
    "Separately, Kazakh police arrested three executives of KazMunayGas on suspicion of embezzlement on Monday, the Prosecutor General's Office said.",
    [("LOC", "Astana", [], ["ASTANA", "Astana"]),
     ("LOC", "Kazakhstan", ["Republic of Kazakhstan"], ["Kazakhstan"]),
     ("LOC", "Uzbekistan", ["Republic of Uzbekistan"], ["Uzbekistan"]),
     ("LOC", "Syr Darya", ["Syr Darya river", "Syrdarya"], ["Syr Darya"]),
     ("PERSON", "Kassym-Jomart Tokayev", ["Tokayev", "Kassym-Jomart Tokaev"], ["Kassym-Jomart Tokayev", "Tokayev"]),
     ("PERSON", "Shavkat Mirziyoyev", ["Mirziyoyev"], ["Shavkat Mirziyoyev"]),
     ("LOC", "Turkistan", ["Turkestan"], ["Turkistan"]),
     ("ORG", "Asian Development Bank", ["ADB"], ["Asian Development Bank"]),
     ("LOC", "Kyrgyzstan", ["Kyrgyz Republic"], ["Kyrgyzstan"]),
     ("ORG", "Ministry of Foreign Affairs (Kyrgyzstan)", ["Kyrgyz Foreign Ministry", "Foreign Ministry (Kyrgyzstan)",
      "Kyrgyz Ministry of Foreign Affairs"], ["Foreign Ministry", "Kyrgyzstan's Foreign Ministry"]),
     ("LOC", "Bishkek", [], ["Bishkek"]),
     ("ORG", "KazMunayGas", ["KMG", "KazMunaiGas"], ["KazMunayGas"]),
     ("ORG", "Prosecutor General's Office (Kazakhstan)", ["Prosecutor General's Office", "Kazakh Prosecutor General's Office"],
      ["Prosecutor General's Office"])],
    [("05", "signed", "Astana", "2025-09-23"), ("04", "state visit", "Astana", "2025-09-22"),
     ("03", "would jointly build", "Turkistan", None), ("05", "welcomed", None, None), ("03", "offered", "Bishkek", None),
     ("17", "arrested", None, "2025-09-22")])

doc("un-en-08-catatumbo", "en", "2025-01-21T12:00:00Z",
    "ELN rebels kill dozens in Colombia's Catatumbo region, thousands flee",
    "BOGOTA, Jan 21 - Fighters of the National Liberation Army (ELN) attacked villages in the Catatumbo region of Norte de Santander department near the border with Venezuela over the weekend, killing at least 60 people, including civilians and former FARC combatants, local officials said.\n"
    "President Gustavo Petro declared a state of internal commotion in the region on Monday and accused the ELN of \"war crimes\". Defence Minister Iván Velásquez travelled to Cúcuta to oversee the deployment of 5,000 troops.\n"
    "The Colombian army said its troops clashed with ELN fighters near Tibú on Tuesday morning. More than 30,000 people have fled, many of them to Cúcuta, according to the refugee agency UNHCR.\n"
    "Venezuela's government said it was ready to cooperate with Bogota to protect the border.",
    [("LOC", "Bogotá", ["Bogota"], ["BOGOTA", "Bogota"]),
     ("ORG", "National Liberation Army (Colombia)", ["ELN", "National Liberation Army", "Ejército de Liberación Nacional"],
      ["National Liberation Army", "ELN"]),
     ("LOC", "Colombia", ["Republic of Colombia"], ["Colombia"]),
     ("LOC", "Catatumbo", ["Catatumbo region"], ["Catatumbo"]),
     ("LOC", "Norte de Santander", ["Norte de Santander Department"], ["Norte de Santander"]),
     ("LOC", "Venezuela", [], ["Venezuela"]),
     ("ORG", "FARC", ["Revolutionary Armed Forces of Colombia"], ["FARC"]),
     ("PERSON", "Gustavo Petro", ["Petro"], ["Gustavo Petro"]),
     ("PERSON", "Iván Velásquez", ["Ivan Velasquez"], ["Iván Velásquez"]),
     ("LOC", "Cúcuta", ["Cucuta"], ["Cúcuta"]),
     ("ORG", "National Army of Colombia", ["Colombian army", "Colombian Army", "National Army (Colombia)"], ["Colombian army"]),
     ("LOC", "Tibú", ["Tibu"], ["Tibú"]),
     ("ORG", "UNHCR", ["United Nations High Commissioner for Refugees", "UN Refugee Agency"], ["UNHCR"]),
     ("ORG", "Government of Venezuela", ["Venezuelan government", "Venezuelan Government"],
      ["Venezuela's government", "government"])],
    [("18", "attacked", "Catatumbo", None), ("17", "state of internal commotion", "Catatumbo", "2025-01-20"),
     ("11", "accused", None, "2025-01-20"), ("19", "clashed", "Tibú", "2025-01-21"), ("03", "ready to cooperate", None, None)])

doc("un-en-09-vietnam-boeing", "en", "2025-05-15T08:00:00Z",
    "Vietnam Airlines orders 50 Boeing jets as Hanoi courts Washington",
    "HANOI, May 15 - Vietnam Airlines signed a memorandum of understanding with Boeing on Wednesday for 50 737 MAX jets, a deal worth about $10 billion, as Hanoi seeks to narrow its trade surplus with the United States.\n"
    "The agreement was signed in Hanoi in the presence of Deputy Prime Minister Ho Duc Phoc and the U.S. ambassador, Marc Knapper. Vietnam's Ministry of Industry and Trade said more purchases of American liquefied natural gas and farm products would follow.\n"
    "Ho Duc Phoc will lead a delegation to Washington next week for tariff talks with U.S. Trade Representative Jamieson Greer.\n"
    "Shares of Vietjet, the country's largest low-cost carrier, fell 3% on the Ho Chi Minh Stock Exchange.",
    [("LOC", "Hanoi", [], ["HANOI", "Hanoi"]),
     ("ORG", "Vietnam Airlines", [], ["Vietnam Airlines"]),
     ("ORG", "Boeing", ["The Boeing Company"], ["Boeing"]),
     ("LOC", "United States", ["US", "U.S.", "USA", "United States of America"], ["United States", "U.S."]),
     ("PERSON", "Ho Duc Phoc", ["Hồ Đức Phớc"], ["Ho Duc Phoc"]),
     ("PERSON", "Marc Knapper", ["Marc Evans Knapper"], ["Marc Knapper"]),
     ("LOC", "Vietnam", ["Viet Nam"], ["Vietnam"]),
     ("ORG", "Ministry of Industry and Trade (Vietnam)", ["Vietnamese Ministry of Industry and Trade", "MOIT",
      "Ministry of Industry and Trade"], ["Ministry of Industry and Trade"]),
     ("LOC", "Washington", ["Washington, D.C.", "Washington D.C."], ["Washington"]),
     ("PERSON", "Jamieson Greer", [], ["Jamieson Greer"]),
     ("ORG", "Vietjet", ["VietJet Air", "Vietjet Air"], ["Vietjet"]),
     ("ORG", "Ho Chi Minh Stock Exchange", ["HOSE", "HSX", "Ho Chi Minh City Stock Exchange"], ["Ho Chi Minh Stock Exchange"])],
    [("05", "signed", "Hanoi", "2025-05-14"), ("03", "would follow", None, None), ("04", "talks", "Washington", None)])

doc("un-en-10-cabo-delgado", "en", "2025-10-28T09:00:00Z",
    "Insurgents attack town in Mozambique's Cabo Delgado; Rwanda sends reinforcements",
    "MAPUTO, Oct 28 - Islamist insurgents attacked the town of Mocímboa da Praia in Mozambique's northern Cabo Delgado province on Sunday, burning houses and abducting at least 12 civilians, local officials said.\n"
    "Rwanda said on Monday it had sent 400 additional troops to the province, where its forces have fought the insurgents alongside the Mozambican army since 2021. The Rwanda Defence Force said its units retook a village near Palma on Monday after a battle that lasted several hours.\n"
    "President Daniel Chapo met TotalEnergies chief executive Patrick Pouyanné in Maputo last week to discuss the resumption of the company's $20 billion liquefied natural gas project on the Afungi peninsula.\n"
    "Human Rights Watch accused both sides of abuses against civilians.",
    [("LOC", "Maputo", [], ["MAPUTO", "Maputo"]),
     ("LOC", "Mocímboa da Praia", ["Mocimboa da Praia"], ["Mocímboa da Praia"]),
     ("LOC", "Mozambique", ["Republic of Mozambique"], ["Mozambique"]),
     ("LOC", "Cabo Delgado", ["Cabo Delgado Province", "Cabo Delgado province"], ["Cabo Delgado"]),
     ("LOC", "Rwanda", ["Republic of Rwanda"], ["Rwanda"]),
     ("ORG", "Rwanda Defence Force", ["RDF", "Rwanda Defense Force", "Rwandan Defence Force"], ["Rwanda Defence Force"]),
     ("ORG", "Armed Forces for the Defence of Mozambique", ["FADM", "Mozambican army", "Mozambican Armed Forces"],
      ["Mozambican army"]),
     ("LOC", "Palma", [], ["Palma"]),
     ("PERSON", "Daniel Chapo", [], ["Daniel Chapo"]),
     ("ORG", "TotalEnergies", ["Total", "TotalEnergies SE"], ["TotalEnergies"]),
     ("PERSON", "Patrick Pouyanné", ["Patrick Pouyanne"], ["Patrick Pouyanné"]),
     ("LOC", "Afungi", ["Afungi peninsula", "Afungi Peninsula"], ["Afungi"]),
     ("ORG", "Human Rights Watch", ["HRW"], ["Human Rights Watch"])],
    [("18", "attacked", "Mocímboa da Praia", "2025-10-26"), ("07", "sent", "Cabo Delgado", "2025-10-27"),
     ("19", "battle", "Palma", "2025-10-27"), ("04", "met", "Maputo", None), ("11", "accused", None, None)])

# ----------------------------------------------------------------------------------------------------- French
doc("un-fr-01-cacao-abidjan", "fr", "2025-04-09T10:00:00Z",
    "Abidjan et Accra signent un accord pour relancer la filière cacao",
    "La Côte d'Ivoire et le Ghana ont signé mardi à Abidjan un accord visant à harmoniser les prix du cacao payés aux producteurs et à lutter contre la contrebande à leur frontière commune.\n"
    "Le texte a été signé par le ministre ivoirien de l'Agriculture, Kobenan Kouassi Adjoumani, et son homologue ghanéen, Eric Opoku, en présence du directeur général du Conseil du café-cacao, Yves Brahima Koné.\n"
    "« Ensemble, nous produisons plus de 60 % du cacao mondial », a souligné M. Adjoumani, qui se rendra à Genève le 22 avril pour rencontrer des représentants de l'Organisation mondiale du commerce.\n"
    "À San-Pédro, premier port d'exportation de cacao au monde, des planteurs ont manifesté lundi pour réclamer le paiement d'arriérés.",
    [("LOC", "Abidjan", [], ["Abidjan"]),
     ("LOC", "Accra", [], ["Accra"]),
     ("LOC", "Côte d'Ivoire", ["Ivory Coast", "Cote d'Ivoire"], ["Côte d'Ivoire"]),
     ("LOC", "Ghana", ["Republic of Ghana"], ["Ghana"]),
     ("PERSON", "Kobenan Kouassi Adjoumani", ["Adjoumani"], ["Kobenan Kouassi Adjoumani", "Adjoumani"]),
     ("PERSON", "Eric Opoku", ["Éric Opoku"], ["Eric Opoku"]),
     ("ORG", "Coffee and Cocoa Council", ["Conseil du café-cacao", "CCC", "Le Conseil du Café-Cacao", "Coffee-Cocoa Council"],
      ["Conseil du café-cacao"]),
     ("PERSON", "Yves Brahima Koné", ["Yves Brahima Kone", "Yves Koné"], ["Yves Brahima Koné"]),
     ("LOC", "Geneva", ["Genève"], ["Genève"]),
     ("ORG", "World Trade Organization", ["WTO", "OMC", "Organisation mondiale du commerce", "World Trade Organisation"],
      ["Organisation mondiale du commerce"]),
     ("LOC", "San-Pédro", ["San Pedro", "San-Pedro", "San-Pédro (Côte d'Ivoire)"], ["San-Pédro"])],
    [("05", "ont signé", "Abidjan", "2025-04-08"), ("04", "rencontrer", "Geneva", "2025-04-22"),
     ("14", "ont manifesté", "San-Pédro", "2025-04-07")])

doc("un-fr-02-quebec-teachers", "fr", "2025-11-06T15:00:00Z",
    "Grève des enseignants au Québec, les négociations piétinent",
    "MONTRÉAL – Des dizaines de milliers d'enseignants ont débrayé jeudi dans les écoles publiques du Québec, à l'appel de la Fédération autonome de l'enseignement (FAE), qui réclame une réduction de la taille des classes.\n"
    "Le premier ministre François Legault a qualifié la grève d'« irresponsable », tandis que le ministre de l'Éducation, Bernard Drainville, a rencontré mercredi soir à Montréal les dirigeants syndicaux pendant près de quatre heures, sans parvenir à un accord.\n"
    "La présidente de la FAE, Mélanie Hubert, a affirmé que ses membres étaient prêts à reprendre les discussions « dès demain ». À Gatineau et à Sherbrooke, des parents ont organisé des rassemblements de soutien devant les écoles.\n"
    "Le gouvernement fédéral, par la voix du ministre Jean-Yves Duclos, a refusé de commenter.",
    [("LOC", "Montreal", ["Montréal"], ["MONTRÉAL", "Montréal"]),
     ("LOC", "Quebec", ["Québec", "Province of Quebec"], ["Québec"]),
     ("ORG", "Fédération autonome de l'enseignement", ["FAE", "Autonomous Federation of Teaching"],
      ["Fédération autonome de l'enseignement", "FAE"]),
     ("PERSON", "François Legault", ["Francois Legault"], ["François Legault"]),
     ("PERSON", "Bernard Drainville", [], ["Bernard Drainville"]),
     ("PERSON", "Mélanie Hubert", ["Melanie Hubert"], ["Mélanie Hubert"]),
     ("LOC", "Gatineau", [], ["Gatineau"]),
     ("LOC", "Sherbrooke", [], ["Sherbrooke"]),
     ("ORG", "Government of Canada", ["federal government", "Canadian government", "Canadian Government"],
      ["gouvernement fédéral"]),
     ("PERSON", "Jean-Yves Duclos", [], ["Jean-Yves Duclos"])],
    [("14", "ont débrayé", "Quebec", "2025-11-06"), ("11", "a qualifié", None, None),
     ("04", "a rencontré", "Montreal", "2025-11-05"), ("03", "prêts à reprendre", None, None),
     ("14", "rassemblements", "Gatineau", None)])

doc("un-fr-03-antananarivo", "fr", "2025-07-03T09:00:00Z",
    "Madagascar : l'opposition manifeste à Antananarivo, plusieurs interpellations",
    "ANTANANARIVO – Plusieurs milliers de partisans de l'opposition ont manifesté mercredi dans le centre d'Antananarivo pour dénoncer les coupures d'eau et d'électricité, à l'appel du collectif Firaisankina.\n"
    "La police a dispersé les manifestants à coups de gaz lacrymogène près de la place du 13-Mai et interpellé une trentaine de personnes, selon la préfecture de police.\n"
    "Le président Andry Rajoelina a accusé « des politiciens en mal de pouvoir » d'instrumentaliser la colère populaire. La compagnie publique Jirama a promis de rétablir le courant dans la capitale d'ici la fin de la semaine.\n"
    "L'Union européenne et les Nations unies ont appelé au calme et au dialogue.",
    [("LOC", "Madagascar", ["Republic of Madagascar"], ["Madagascar"]),
     ("LOC", "Antananarivo", ["Tananarive", "Tana"], ["ANTANANARIVO", "Antananarivo"]),
     ("ORG", "Firaisankina", ["Firaisankina collective"], ["Firaisankina"]),
     ("LOC", "Place du 13-Mai", ["13 May Square", "Place du 13 Mai"], ["place du 13-Mai"]),
     ("ORG", "Police Prefecture (Antananarivo)", ["Préfecture de police", "Antananarivo police prefecture",
      "Police Prefecture"], ["préfecture de police"]),
     ("PERSON", "Andry Rajoelina", ["Rajoelina"], ["Andry Rajoelina"]),
     ("ORG", "Jirama", ["JIRAMA", "Jiro sy Rano Malagasy"], ["Jirama"]),
     ("ORG", "European Union", ["EU", "UE", "Union européenne"], ["Union européenne"]),
     ("ORG", "United Nations", ["UN", "ONU", "Nations unies"], ["Nations unies"])],
    [("14", "ont manifesté", "Antananarivo", "2025-07-02"), ("17", "gaz lacrymogène", "Place du 13-Mai", "2025-07-02"),
     ("11", "a accusé", None, None), ("03", "a promis", None, None)])

doc("un-fr-04-mirebalais", "fr", "2025-03-25T13:00:00Z",
    "Haïti : des gangs attaquent Mirebalais, des centaines de détenus s'évadent",
    "PORT-AU-PRINCE – Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi la ville de Mirebalais, dans le département du Centre, et libéré plus de 500 détenus de la prison civile, a indiqué la Police nationale d'Haïti (PNH).\n"
    "Le Premier ministre Alix Didier Fils-Aimé a dénoncé une « attaque barbare ». La Mission multinationale de soutien à la sécurité (MMAS) a envoyé mardi des renforts à Mirebalais.\n"
    "Selon l'Organisation internationale pour les migrations (OIM), plus de 5 000 personnes ont fui vers Hinche et Saut-d'Eau. Le Bureau intégré des Nations unies en Haïti (BINUH) a exigé la fin des violences contre les civils.",
    [("LOC", "Haiti", ["Haïti", "Republic of Haiti"], ["Haïti"]),
     ("LOC", "Port-au-Prince", [], ["PORT-AU-PRINCE"]),
     ("ORG", "Viv Ansanm", [], ["Viv Ansanm"]),
     ("LOC", "Mirebalais", [], ["Mirebalais"]),
     ("LOC", "Centre (Haiti)", ["Centre department", "Centre Department", "Centre"], ["Centre", "département du Centre"]),
     ("ORG", "Haitian National Police", ["Police nationale d'Haïti", "PNH", "HNP"], ["Police nationale d'Haïti", "PNH"]),
     ("PERSON", "Alix Didier Fils-Aimé", ["Alix Didier Fils-Aime"], ["Alix Didier Fils-Aimé"]),
     ("ORG", "Multinational Security Support Mission", ["MSS", "MMAS", "Mission multinationale de soutien à la sécurité",
      "Multinational Security Support mission"], ["Mission multinationale de soutien à la sécurité", "MMAS"]),
     ("ORG", "International Organization for Migration", ["IOM", "OIM", "Organisation internationale pour les migrations",
      "International Organisation for Migration"], ["Organisation internationale pour les migrations", "OIM"]),
     ("LOC", "Hinche", [], ["Hinche"]),
     ("LOC", "Saut-d'Eau", ["Saut d'Eau"], ["Saut-d'Eau"]),
     ("ORG", "United Nations Integrated Office in Haiti", ["BINUH", "Bureau intégré des Nations unies en Haïti"],
      ["Bureau intégré des Nations unies en Haïti", "BINUH"])],
    [("18", "ont attaqué", "Mirebalais", "2025-03-24"), ("11", "a dénoncé", None, None),
     ("07", "renforts", "Mirebalais", "2025-03-25"), ("10", "a exigé", None, None)])

doc("un-fr-05-extreme-nord", "fr", "2025-10-14T08:00:00Z",
    "Cameroun : attaque meurtrière dans l'Extrême-Nord, Yaoundé renforce la sécurité",
    "YAOUNDÉ – Au moins huit personnes ont été tuées dans la nuit de dimanche à lundi lors d'une attaque attribuée au groupe jihadiste Boko Haram contre le village de Kolofata, dans la région de l'Extrême-Nord du Cameroun, a annoncé le gouverneur Midjiyawa Bakari.\n"
    "Le ministre de la Défense, Joseph Beti Assomo, s'est rendu lundi à Maroua, chef-lieu de la région, où il a présidé une réunion de sécurité avec les chefs de la Force multinationale mixte.\n"
    "Le Nigeria voisin a proposé de renforcer les patrouilles conjointes le long de la frontière. Amnesty International a appelé les autorités à protéger les civils et à enquêter sur les allégations d'exécutions sommaires.",
    [("LOC", "Cameroon", ["Cameroun", "Republic of Cameroon"], ["Cameroun"]),
     ("LOC", "Yaoundé", ["Yaounde"], ["YAOUNDÉ", "Yaoundé"]),
     ("ORG", "Boko Haram", ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"], ["Boko Haram"]),
     ("LOC", "Kolofata", [], ["Kolofata"]),
     ("LOC", "Far North Region", ["Far North", "Extrême-Nord", "Far North Region (Cameroon)", "Extreme North"],
      ["Extrême-Nord"]),
     ("PERSON", "Midjiyawa Bakari", [], ["Midjiyawa Bakari"]),
     ("PERSON", "Joseph Beti Assomo", [], ["Joseph Beti Assomo"]),
     ("LOC", "Maroua", [], ["Maroua"]),
     ("ORG", "Multinational Joint Task Force", ["MNJTF", "Force multinationale mixte", "FMM"], ["Force multinationale mixte"]),
     ("LOC", "Nigeria", ["Federal Republic of Nigeria"], ["Nigeria"]),
     ("ORG", "Amnesty International", ["Amnesty"], ["Amnesty International"])],
    [("18", "attaque", "Kolofata", "2025-10-12"), ("04", "réunion", "Maroua", "2025-10-13"), ("03", "a proposé", None, None)])

doc("un-fr-06-kenitra-stellantis", "fr", "2025-06-26T09:00:00Z",
    "Stellantis annonce un investissement de 1,2 milliard d'euros à Kénitra",
    "RABAT – Le constructeur automobile Stellantis a annoncé mercredi un investissement de 1,2 milliard d'euros pour doubler la capacité de son usine de Kénitra, au nord de Rabat, lors d'une cérémonie présidée par le ministre marocain de l'Industrie, Ryad Mezzour.\n"
    "Le directeur de l'usine, Samir Cherfan, a précisé que la production atteindrait 535 000 véhicules par an d'ici 2030. Le groupe a également signé lors de la cérémonie un protocole d'accord avec l'Office national des chemins de fer (ONCF) pour acheminer les véhicules vers le port de Tanger Med.\n"
    "Le ministre avait reçu la semaine dernière à Rabat une délégation de constructeurs chinois.\n"
    "La Confédération démocratique du travail (CDT) a critiqué « l'absence de garanties » sur les salaires des ouvriers du site.",
    [("LOC", "Rabat", [], ["RABAT", "Rabat"]),
     ("ORG", "Stellantis", ["Stellantis N.V."], ["Stellantis"]),
     ("LOC", "Kenitra", ["Kénitra"], ["Kénitra"]),
     ("PERSON", "Ryad Mezzour", ["Riad Mezzour"], ["Ryad Mezzour"]),
     ("PERSON", "Samir Cherfan", [], ["Samir Cherfan"]),
     ("ORG", "Office National des Chemins de Fer", ["ONCF", "National Railways Office", "National Office of Railways",
      "Moroccan National Railways Office"], ["Office national des chemins de fer", "ONCF"]),
     ("LOC", "Tanger Med", ["Tanger-Med", "Tangier Med", "Port of Tanger Med", "Tanger Med port"],
      ["Tanger Med", "port de Tanger Med"]),
     ("ORG", "Democratic Confederation of Labour", ["CDT", "Confédération démocratique du travail",
      "Democratic Labour Confederation"], ["Confédération démocratique du travail", "CDT"])],
    [("05", "a également signé", "Kenitra", "2025-06-25"), ("04", "avait reçu", "Rabat", None),
     ("11", "a critiqué", None, None)])

doc("un-fr-07-alger-madrid", "fr", "2025-04-15T11:00:00Z",
    "L'Algérie rappelle son ambassadeur à Madrid après des déclarations sur le Sahara occidental",
    "ALGER – L'Algérie a rappelé lundi « pour consultations » son ambassadeur en Espagne, Abdelfetah Daghmoum, après des déclarations du chef de la diplomatie espagnole José Manuel Albares sur le Sahara occidental, a annoncé le ministère algérien des Affaires étrangères.\n"
    "Le ministère a dénoncé « une ingérence inacceptable ». Madrid n'a pas commenté.\n"
    "Le Front Polisario a salué la fermeté d'Alger, tandis que le Maroc n'a pas réagi officiellement. Le ministre des Affaires étrangères, Ahmed Attaf, doit se rendre jeudi à Addis-Abeba pour une réunion du Conseil de paix et de sécurité de l'Union africaine.",
    [("LOC", "Algeria", ["People's Democratic Republic of Algeria", "Algérie"], ["Algérie"]),
     ("LOC", "Madrid", [], ["Madrid"]),
     ("LOC", "Western Sahara", ["Sahara occidental"], ["Sahara occidental"]),
     ("LOC", "Spain", ["Kingdom of Spain", "Espagne"], ["Espagne"]),
     ("PERSON", "Abdelfetah Daghmoum", ["Abdelfattah Daghmoum", "Abdelfettah Daghmoum"], ["Abdelfetah Daghmoum"]),
     ("PERSON", "José Manuel Albares", ["Jose Manuel Albares", "Albares"], ["José Manuel Albares"]),
     ("ORG", "Ministry of Foreign Affairs (Algeria)", ["Algerian Ministry of Foreign Affairs", "Algerian Foreign Ministry",
      "Foreign Ministry (Algeria)"], ["ministère algérien des Affaires étrangères"]),
     ("LOC", "Algiers", ["Alger"], ["ALGER", "Alger"]),
     ("ORG", "Polisario Front", ["Polisario", "Front Polisario"], ["Front Polisario"]),
     ("LOC", "Morocco", ["Kingdom of Morocco", "Maroc"], ["Maroc"]),
     ("PERSON", "Ahmed Attaf", [], ["Ahmed Attaf"]),
     ("LOC", "Addis Ababa", ["Addis-Abeba", "Addis Abeba"], ["Addis-Abeba"]),
     ("ORG", "African Union Peace and Security Council", ["Peace and Security Council", "PSC", "AU Peace and Security Council",
      "Conseil de paix et de sécurité"], ["Conseil de paix et de sécurité de l'Union africaine", "Conseil de paix et de sécurité"])],
    [("16", "a rappelé", None, "2025-04-14"), ("11", "a dénoncé", None, None), ("05", "a salué", None, None),
     ("04", "réunion", "Addis Ababa", "2025-04-17")])

doc("un-fr-08-kavumu", "fr", "2025-02-11T09:00:00Z",
    "RDC : combats entre l'armée et le M23 près de Bukavu",
    "KINSHASA – De violents combats ont opposé lundi les Forces armées de la République démocratique du Congo (FARDC) aux rebelles du M23 près de Kavumu, à une trentaine de kilomètres de Bukavu, chef-lieu du Sud-Kivu, selon des sources locales.\n"
    "Le porte-parole du gouvernement congolais, Patrick Muyaya, a accusé le Rwanda de soutenir directement les rebelles, ce que Kigali dément.\n"
    "Le président Félix Tshisekedi s'est entretenu dimanche au téléphone avec son homologue angolais João Lourenço, et doit se rendre mercredi à Luanda.\n"
    "Le Comité international de la Croix-Rouge (CICR) a acheminé des médicaments à l'hôpital de Bukavu.",
    [("LOC", "Democratic Republic of the Congo", ["DRC", "RDC", "DR Congo", "Congo-Kinshasa", "République démocratique du Congo"],
      ["RDC"]),
     ("LOC", "Kinshasa", [], ["KINSHASA"]),
     ("ORG", "Armed Forces of the Democratic Republic of the Congo", ["FARDC",
      "Forces armées de la République démocratique du Congo"],
      ["Forces armées de la République démocratique du Congo", "FARDC"]),
     ("ORG", "M23", ["March 23 Movement", "Mouvement du 23 mars"], ["M23"]),
     ("LOC", "Kavumu", [], ["Kavumu"]),
     ("LOC", "Bukavu", [], ["Bukavu"]),
     ("LOC", "South Kivu", ["Sud-Kivu"], ["Sud-Kivu"]),
     ("ORG", "Government of the Democratic Republic of the Congo", ["Congolese government", "DRC government",
      "Government of the DRC"], ["gouvernement congolais"]),
     ("PERSON", "Patrick Muyaya", [], ["Patrick Muyaya"]),
     ("LOC", "Rwanda", ["Republic of Rwanda"], ["Rwanda"]),
     ("LOC", "Kigali", [], ["Kigali"]),
     ("PERSON", "Félix Tshisekedi", ["Felix Tshisekedi"], ["Félix Tshisekedi"]),
     ("PERSON", "João Lourenço", ["Joao Lourenco"], ["João Lourenço"]),
     ("LOC", "Luanda", [], ["Luanda"]),
     ("ORG", "International Committee of the Red Cross", ["ICRC", "CICR", "Comité international de la Croix-Rouge"],
      ["Comité international de la Croix-Rouge", "CICR"])],
    [("19", "combats", "Kavumu", "2025-02-10"), ("11", "a accusé", None, None), ("04", "s'est entretenu", None, "2025-02-09"),
     ("04", "se rendre", "Luanda", "2025-02-12"), ("07", "a acheminé", "Bukavu", None)])

doc("un-fr-09-fedpol-lockbit", "fr", "2025-09-10T08:00:00Z",
    "Suisse : la police fédérale arrête deux suspects de cyberattaques contre des hôpitaux",
    "BERNE – L'Office fédéral de la police (fedpol) a annoncé mardi l'arrestation à Lausanne et à Zurich de deux ressortissants étrangers soupçonnés d'avoir mené des cyberattaques contre plusieurs hôpitaux romands au printemps.\n"
    "Selon le Ministère public de la Confédération, les deux hommes appartiendraient au groupe de rançongiciel LockBit. Ils ont été placés en détention provisoire.\n"
    "La conseillère fédérale Elisabeth Baume-Schneider a salué « une opération exemplaire » menée avec Europol et la police allemande.\n"
    "Le Centre hospitalier universitaire vaudois (CHUV), visé en avril, a porté plainte.",
    [("LOC", "Switzerland", ["Suisse", "Swiss Confederation"], ["Suisse"]),
     ("LOC", "Bern", ["Berne"], ["BERNE"]),
     ("ORG", "Federal Office of Police", ["fedpol", "Office fédéral de la police", "Fedpol"],
      ["Office fédéral de la police", "fedpol"]),
     ("LOC", "Lausanne", [], ["Lausanne"]),
     ("LOC", "Zurich", ["Zürich"], ["Zurich"]),
     ("ORG", "Office of the Attorney General of Switzerland", ["Ministère public de la Confédération", "MPC",
      "Swiss Attorney General's Office", "Office of the Attorney General"], ["Ministère public de la Confédération"]),
     ("ORG", "LockBit", [], ["LockBit"]),
     ("PERSON", "Elisabeth Baume-Schneider", [], ["Elisabeth Baume-Schneider"]),
     ("ORG", "Europol", ["European Union Agency for Law Enforcement Cooperation"], ["Europol"]),
     ("ORG", "Lausanne University Hospital", ["CHUV", "Centre hospitalier universitaire vaudois"],
      ["Centre hospitalier universitaire vaudois", "CHUV"])],
    [("17", "l'arrestation", "Lausanne", "2025-09-09"), ("05", "a salué", None, None)])

doc("un-fr-10-amman-syrie", "fr", "2025-12-02T10:00:00Z",
    "Le chef de la diplomatie syrienne à Amman pour parler des réfugiés et des frontières",
    "AMMAN – Le ministre syrien des Affaires étrangères, Assaad al-Chaibani, a été reçu lundi à Amman par le roi Abdallah II, avant de s'entretenir avec son homologue jordanien Ayman Safadi du retour des réfugiés et de la lutte contre le trafic de captagon.\n"
    "Les deux pays ont signé lundi un accord de coopération sécuritaire prévoyant l'échange d'informations sur les réseaux de contrebande le long de la frontière, près du poste de Jaber-Nassib.\n"
    "L'armée jordanienne a annoncé mardi avoir abattu un drone chargé de drogue venu de Syrie, dans la province de Mafraq.\n"
    "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) estime à 1,3 million le nombre de Syriens réfugiés en Jordanie.",
    [("LOC", "Amman", [], ["AMMAN", "Amman"]),
     ("PERSON", "Asaad al-Shaibani", ["Asaad Hassan al-Shaibani", "Assaad al-Chaibani", "Asaad al-Shibani",
      "As'ad al-Shaybani", "Asaad Al-Shaibani"], ["Assaad al-Chaibani"]),
     ("PERSON", "Abdullah II of Jordan", ["King Abdullah II", "Abdallah II", "King Abdullah", "Abdullah II"], ["Abdallah II"]),
     ("PERSON", "Ayman Safadi", ["Ayman al-Safadi", "Ayman Al-Safadi"], ["Ayman Safadi"]),
     ("LOC", "Jaber-Nassib border crossing", ["Jaber-Nassib", "Nassib", "Jaber", "Nasib", "Jaber crossing",
      "Nassib crossing", "Jaber-Nassib crossing"], ["Jaber-Nassib"]),
     ("ORG", "Jordan Armed Forces", ["Jordanian Armed Forces", "Jordanian army", "Arab Army"], ["armée jordanienne"]),
     ("LOC", "Syria", ["Syrie", "Syrian Arab Republic"], ["Syrie"]),
     ("LOC", "Mafraq", ["Mafraq Governorate", "Al Mafraq", "Al-Mafraq"], ["Mafraq"]),
     ("ORG", "UNHCR", ["United Nations High Commissioner for Refugees", "HCR",
      "Haut-Commissariat des Nations unies pour les réfugiés", "UN Refugee Agency"],
      ["Haut-Commissariat des Nations unies pour les réfugiés", "HCR"]),
     ("LOC", "Jordan", ["Hashemite Kingdom of Jordan", "Jordanie"], ["Jordanie"])],
    [("04", "a été reçu", "Amman", "2025-12-01"), ("04", "s'entretenir", "Amman", "2025-12-01"),
     ("05", "ont signé", "Amman", "2025-12-01"), ("19", "abattu", "Mafraq", "2025-12-02")])

write("unseen.jsonl")
