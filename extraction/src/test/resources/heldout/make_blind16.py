# Writes blind16.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-01 in session 19,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. Arabic, the weakest
# language, has the larger sample. People, bodies and places are none of those named as gold in dev.jsonl or the other
# sets here (checked with overlap.py; the only hits are listed in heldout/README.md). Parts of the world the older sets
# cover little: Sudan's east (Suakin, Tokar, Sinkat) with a Hungarian ambassador as Arabic news spells him, Algeria's
# west (Tlemcen, Maghnia, Ghazaouet) with a Polish ambassador, Saudi Arabia's Eastern Province (Dammam, Jubail,
# Qatif, Hofuf) with a Philippine ambassador, Umm Al Quwain with a Czech ambassador, Palestinian towns of Qalqilya,
# Salfit and Tubas with a Belgian representative, Tunisia's south-east (Zarzis, Ben Guerdane, Ras Jedir) with an
# Italian mayor, Zimbabwe's Matabeleland, Fiji's Vanua Levu, Australia's Northern Territory, Rwanda's west, northern
# Benin and Savoie. Articles are 1,500-1,900 characters, with datelines, quotes and relative dates. Real public figures
# in their public roles as of late 2026; other officials and details are fictional. Gold not edited to match output.
# Apache-2.0.
# Run: python3 make_blind16.py
from gold import doc, write

doc("b16-ar-01-suakin", "ar", "2026-10-15T08:00:00Z",
    "والي ولاية البحر الأحمر يبحث مع السفير المجري تأهيل ميناء سواكن ومزارعو طوكر يحتجون على شح الوقود",
    "سواكن - بحث والي ولاية البحر الأحمر المكلف عبد القادر موسى أونور، أمس الأربعاء في مدينة سواكن، مع السفير المجري لدى السودان ليفينتي فاركاش خطة لإعادة تأهيل ميناء سواكن وإنشاء محجر بيطري لتصدير الماشية، بحسب بيان لحكومة الولاية.\n"
    "وقال أونور خلال اللقاء إن الميناء «بقي مهملا عقودا طويلة، ويمكن أن يعود بوابة الإقليم إلى العالم»، فيما أوضح فاركاش أن شركات مجرية تدرس توريد معدات التبريد والتخزين.\n"
    "ويعتمد آلاف من سكان الريف على تربية الإبل والضأن، وقد تراجعت صادرات الماشية عبر موانئ الولاية بنحو النصف منذ اندلاع الحرب، وفق تقديرات محلية.\n"
    "وفي سواكن أيضا، أبرمت هيئة الموانئ البحرية أمس عقدا مع شركة أركويت للخدمات اللوجستية لتشغيل رصيف الماشية عشر سنوات، على أن يبدأ التشغيل مطلع العام المقبل.\n"
    "وفي مدينة طوكر، احتشد مئات من مزارعي دلتا طوكر الأحد الماضي أمام مقر المحلية احتجاجا على شح الوقود وتأخر تطهير قنوات الري، وطالب اتحاد مزارعي دلتا طوكر خلال الوقفة وزارة الزراعة والري السودانية بتوفير الجازولين قبل موسم الفيضان. وقال أوشيك محمد طاهر، وهو مزارع في الدلتا منذ ثلاثين عاما، إن «الأرض جاهزة والتقاوي جاهزة، لكن المضخات واقفة». وأضاف أوشيك أن بعض المزارعين باعوا مواشيهم لشراء الوقود من السوق السوداء.\n"
    "وضبطت شرطة ولاية البحر الأحمر فجر الثلاثاء في منطقة هيا شاحنة محملة بكميات من خام الذهب المهرب، واعتقلت سائقها ومرافقيه، وفق بيان للشرطة.\n"
    "ووزعت الهيئة الخيرية الإسلامية العالمية السبت الماضي سلالا غذائية وأغطية على نحو 700 أسرة نازحة في مدينة سنكات.\n"
    "وانتقد المجلس الأعلى لنظارات البجا والعموديات المستقلة أمس ما وصفه بتجاهل مطالب سكان الإقليم في الخدمات والتوظيف.\n"
    "وعرض البنك الزراعي السوداني تمويل شراء مضخات ري حديثة لمزارعي دلتا طوكر بأقساط ميسرة.\n"
    "ومن المنتظر أن يتفقد أونور السبت المقبل محلية جبيت المعادن للوقوف على أوضاع مناجم الذهب التقليدية فيها.",
    [("LOC", "Red Sea State", ["Red Sea State (Sudan)", "Al Bahr al Ahmar State"], ["ولاية البحر الأحمر"]),
     ("LOC", "Suakin", ["Sawakin", "Suakin town"], ["سواكن"]),
     ("PERSON", "Abdelgadir Musa Onour", ["Abdel Qader Musa Onour", "Onour"], ["عبد القادر موسى أونور", "أونور"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("PERSON", "Levente Farkas", ["Farkas"], ["ليفينتي فاركاش", "فاركاش"]),
     ("LOC", "Port of Suakin", ["Suakin Port"], ["ميناء سواكن"]),
     ("ORG", "Sea Ports Corporation (Sudan)", ["Sea Ports Corporation", "Sudan Sea Ports Corporation", "SPC"],
      ["هيئة الموانئ البحرية"]),
     ("ORG", "Arkawit Logistics Services Company", ["Erkowit Logistics Services", "Arkawit Logistics"],
      ["شركة أركويت للخدمات اللوجستية"]),
     ("LOC", "Tokar", ["Tawkar", "Tokar town"], ["طوكر"]),
     ("LOC", "Tokar Delta", ["Tawkar Delta"], ["دلتا طوكر"]),
     ("ORG", "Tokar Delta Farmers' Union", ["Tokar Delta Farmers Union"], ["اتحاد مزارعي دلتا طوكر"]),
     ("ORG", "Ministry of Agriculture and Irrigation (Sudan)", ["Sudanese Ministry of Agriculture and Irrigation"],
      ["وزارة الزراعة والري السودانية"]),
     ("PERSON", "Osheik Mohamed Tahir", ["Osheik Mohammed Taher", "Osheik"], ["أوشيك محمد طاهر", "أوشيك"]),
     ("ORG", "Red Sea State Police", ["Red Sea State Police (Sudan)", "Red Sea Police"], ["شرطة ولاية البحر الأحمر"]),
     ("LOC", "Haiya", ["Hayya", "Haya"], ["هيا"]),
     ("ORG", "International Islamic Charitable Organization", ["IICO", "International Islamic Charity Organization"],
      ["الهيئة الخيرية الإسلامية العالمية"]),
     ("LOC", "Sinkat", [], ["سنكات"]),
     ("ORG", "High Council of Beja Nazirs and Independent Chieftains", ["High Council of Beja Nazirs", "Beja Nazirs Council"],
      ["المجلس الأعلى لنظارات البجا والعموديات المستقلة"]),
     ("ORG", "Agricultural Bank of Sudan", ["ABS", "Sudanese Agricultural Bank"], ["البنك الزراعي السوداني"]),
     ("LOC", "Gebeit Al Maadin", ["Jubayt al-Maadin", "Gebeit"], ["جبيت المعادن"])],
    [("04", "بحث", "Suakin", "2026-10-14"), ("05", "أبرمت", "Suakin", "2026-10-14"),
     ("14", "احتشد", "Tokar", "2026-10-11"), ("10", "وطالب", "Tokar", "2026-10-11"),
     ("17", "وضبطت", "Haiya", "2026-10-13"), ("07", "ووزعت", "Sinkat", "2026-10-10"),
     ("11", "وانتقد", None, "2026-10-14"), ("03", "وعرض", "Tokar Delta", None),
     ("04", "يتفقد", "Gebeit Al Maadin", "2026-10-17")])

doc("b16-ar-02-tlemcen", "ar", "2026-09-21T09:00:00Z",
    "والي تلمسان يستقبل السفير البولندي وتجار مغنية يحتجون على غلق سوق الجملة",
    "تلمسان - استقبل والي تلمسان عبد الحكيم مزيان، أمس الأحد بمقر الولاية، السفير البولندي لدى الجزائر كشيشتوف يانكوفسكي، وبحث معه إنشاء مزرعة نموذجية لتربية الأبقار الحلوب ووحدة لتحويل الحليب بمنطقة مغنية، حسب بيان لمصالح الولاية.\n"
    "ونقل البيان عن يانكوفسكي قوله إن «المناخ هنا قريب مما تعرفه مزارعنا، والشركات البولندية قادرة على نقل خبرتها بسرعة»، فيما أشار مزيان إلى أن الولاية تستورد أكثر من نصف حاجتها من مسحوق الحليب.\n"
    "وفي مدينة الغزوات، رحبت غرفة الصيد البحري وتربية المائيات لولاية تلمسان أمس بقرار مؤسسة ميناء الغزوات توسيع رصيف الصيد وتخصيص مساحات لتخزين السمك المجمد.\n"
    "وفي مغنية، نظم عشرات من تجار سوق الجملة للخضر والفواكه الخميس الماضي وقفة احتجاجية أمام مقر البلدية رفضا لقرار غلق السوق ونقله إلى خارج المدينة، وطالبت الجمعية الولائية لتجار الجملة خلال الوقفة بتجميد القرار، مهددة بإضراب مفتوح إذا لم يتم ذلك خلال أسبوع. وقال بومدين قادري، وهو تاجر في السوق منذ عشرين سنة، إن «الموقع الجديد بلا ماء ولا كهرباء ولا طريق معبدة». وأضاف قادري أن مئات العائلات تعيش من هذا السوق.\n"
    "وأوقفت عناصر أمن ولاية تلمسان فجر السبت ببلدية باب العسة الحدودية ثلاثة أشخاص، وحجزت أكثر من 40 ألف لتر من الوقود كانت معدة للتهريب، وفق بيان لخلية الاتصال.\n"
    "ووزعت مديرية النشاط الاجتماعي لولاية تلمسان الجمعة طرودا غذائية ومحافظ مدرسية على 900 عائلة معوزة في دائرة سبدو.\n"
    "وانتقدت جبهة القوى الاشتراكية أمس في بيان تأخر أشغال محطة تحلية مياه البحر بسوق الثلاثاء، معتبرة أن سكان الولاية «يدفعون ثمن الوعود المؤجلة».\n"
    "وأبدى بنك الفلاحة والتنمية الريفية استعداده لتمويل مشاريع الشباب في تربية النحل ببلدية الرمشي.\n"
    "ويزور مزيان الخميس المقبل دائرة ندرومة لتدشين مستشفى جديد.",
    [("LOC", "Tlemcen", ["Tlemcen Province", "Tilimsan"], ["تلمسان"]),
     ("PERSON", "Abdelhakim Meziane", ["Abdelhakim Mezziane", "Meziane"], ["عبد الحكيم مزيان", "مزيان"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("PERSON", "Krzysztof Jankowski", ["Jankowski"], ["كشيشتوف يانكوفسكي", "يانكوفسكي"]),
     ("LOC", "Maghnia", ["Marnia"], ["مغنية"]),
     ("LOC", "Ghazaouet", ["Al-Ghazawat"], ["الغزوات"]),
     ("ORG", "Chamber of Fisheries and Aquaculture of Tlemcen", ["Tlemcen Fisheries Chamber", "Tlemcen Chamber of Fisheries"],
      ["غرفة الصيد البحري وتربية المائيات لولاية تلمسان"]),
     ("ORG", "Port of Ghazaouet Company", ["Entreprise portuaire de Ghazaouet", "EPG", "Ghazaouet Port Authority"],
      ["مؤسسة ميناء الغزوات"]),
     ("ORG", "Wilaya Association of Wholesale Traders (Tlemcen)", ["Tlemcen Wholesale Traders' Association"],
      ["الجمعية الولائية لتجار الجملة"]),
     ("PERSON", "Boumediene Kadri", ["Kadri"], ["بومدين قادري", "قادري"]),
     ("ORG", "Tlemcen Wilaya Security", ["Tlemcen Police", "Sûreté de wilaya de Tlemcen"], ["أمن ولاية تلمسان"]),
     ("LOC", "Bab El Assa", ["Bab al-Assa"], ["باب العسة"]),
     ("ORG", "Directorate of Social Action of Tlemcen", ["Tlemcen Social Action Directorate", "DAS Tlemcen"],
      ["مديرية النشاط الاجتماعي لولاية تلمسان"]),
     ("LOC", "Sebdou", ["Sebdou District"], ["سبدو"]),
     ("ORG", "Socialist Forces Front", ["FFS", "Front des forces socialistes"], ["جبهة القوى الاشتراكية"]),
     ("LOC", "Souk Tleta", ["Souk Tlata", "Souk El Tleta"], ["سوق الثلاثاء"]),
     ("ORG", "Bank of Agriculture and Rural Development (Algeria)", ["Banque de l'agriculture et du développement rural",
                                                                     "Bank of Agriculture and Rural Development"],
      ["بنك الفلاحة والتنمية الريفية"]),
     ("LOC", "Remchi", [], ["الرمشي"]),
     ("LOC", "Nedroma", ["Nedroma District"], ["ندرومة"])],
    [("04", "استقبل", "Tlemcen", "2026-09-20"), ("05", "رحبت", "Ghazaouet", "2026-09-20"),
     ("14", "وقفة", "Maghnia", "2026-09-17"), ("10", "وطالبت", "Maghnia", "2026-09-17"),
     ("13", "مهددة", "Maghnia", "2026-09-17"), ("17", "وأوقفت", "Bab El Assa", "2026-09-19"),
     ("07", "ووزعت", "Sebdou", "2026-09-18"), ("11", "وانتقدت", None, "2026-09-20"),
     ("03", "وأبدى", "Remchi", None), ("04", "ويزور", "Nedroma", "2026-09-24")])

doc("b16-ar-03-dammam", "ar", "2026-11-10T08:00:00Z",
    "أمير المنطقة الشرقية يستقبل السفير الفلبيني وضبط مروجي مخدرات في القطيف",
    "الدمام - استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، أمس الاثنين في مكتبه بالدمام، السفير الفلبيني لدى السعودية إدواردو باوتيستا، وبحث معه أوضاع العمالة الفلبينية في المنطقة وفرص التعاون في التدريب المهني، بحسب بيان للإمارة.\n"
    "وقال باوتيستا خلال اللقاء إن أكثر من مئتي ألف فلبيني يعملون في مدن المنطقة «في المصانع والمستشفيات والمنازل»، فيما أكد الأمير سعود بن نايف أن الإمارة تتابع شكاوى العمال عبر لجنة مختصة.\n"
    "وفي الجبيل، وقعت الهيئة الملكية للجبيل وينبع أمس مذكرة تفاهم مع الشركة السعودية للصناعات الأساسية (سابك) لإنشاء مركز لتدريب الفنيين السعوديين على تشغيل وحدات البتروكيماويات، على أن يستقبل أول دفعة في سبتمبر المقبل.\n"
    "ويعمل في المصانع والمدن الصناعية بالمنطقة عشرات الآلاف من العمال الوافدين، وفق إحصاءات رسمية.\n"
    "وطالبت غرفة الشرقية أمس وزارة البلديات والإسكان السعودية بتسريع إصدار تراخيص المستودعات في المدن الصناعية، مشيرة إلى أن مئات المنشآت تنتظر التراخيص منذ أشهر.\n"
    "وضبطت شرطة المنطقة الشرقية فجر الأحد في محافظة القطيف أربعة مقيمين بحوزتهم كميات من الحشيش والأقراص المخدرة، بحسب المتحدث الإعلامي باسم الشرطة.\n"
    "وقدمت جمعية البر بالأحساء السبت الماضي سلالا غذائية وأجهزة تكييف لنحو 450 أسرة في مدينة الهفوف.\n"
    "وانتقدت منظمة ميغرانت إنترناشونال أمس تأخر صرف رواتب نحو 300 عامل فلبيني في شركة مقاولات بمدينة الخبر منذ خمسة أشهر. وقالت ماريسول دلا كروز، وهي عاملة منزلية سابقة تعمل مع المنظمة، إن «العمال لا يطلبون إلا أجورهم».\n"
    "وأبدت جامعة الملك فهد للبترول والمعادن استعدادها لتدريب مهندسي الشركات على تقنيات احتجاز الكربون في محافظة الخفجي.\n"
    "ومن المقرر أن يزور أمير المنطقة الشرقية محافظة رأس تنورة الأحد المقبل لافتتاح مستشفى عام جديد.",
    [("LOC", "Dammam", ["Ad Dammam"], ["الدمام"]),
     ("PERSON", "Saud bin Nayef bin Abdulaziz", ["Prince Saud bin Nayef", "Saud bin Nayef", "Saud bin Naif bin Abdulaziz Al Saud"],
      ["سعود بن نايف بن عبدالعزيز", "سعود بن نايف"]),
     ("LOC", "Eastern Province (Saudi Arabia)", ["Eastern Province", "Eastern Region (Saudi Arabia)", "Ash Sharqiyah"],
      ["المنطقة الشرقية"]),
     ("LOC", "Saudi Arabia", [], ["السعودية"]),
     ("PERSON", "Eduardo Bautista", ["Bautista"], ["إدواردو باوتيستا", "باوتيستا"]),
     ("LOC", "Jubail", ["Al Jubail"], ["الجبيل"]),
     ("ORG", "Royal Commission for Jubail and Yanbu", ["RCJY"], ["الهيئة الملكية للجبيل وينبع"]),
     ("ORG", "SABIC", ["Saudi Basic Industries Corporation"], ["الشركة السعودية للصناعات الأساسية", "سابك"]),
     ("ORG", "Asharqia Chamber", ["Eastern Province Chamber of Commerce and Industry", "Asharqia Chamber of Commerce"],
      ["غرفة الشرقية"]),
     ("ORG", "Ministry of Municipalities and Housing (Saudi Arabia)", ["Saudi Ministry of Municipalities and Housing", "MOMAH"],
      ["وزارة البلديات والإسكان السعودية"]),
     ("ORG", "Eastern Province Police", ["Eastern Province Police (Saudi Arabia)", "Eastern Region Police"],
      ["شرطة المنطقة الشرقية"]),
     ("LOC", "Qatif", ["Al Qatif", "Qatif Governorate"], ["محافظة القطيف", "القطيف"]),
     ("ORG", "Al-Birr Society in Al-Ahsa", ["Al-Ahsa Birr Charity Association", "Jameiat Al-Birr Al-Ahsa"], ["جمعية البر بالأحساء"]),
     ("LOC", "Hofuf", ["Al-Hofuf", "Hufuf"], ["الهفوف"]),
     ("ORG", "Migrante International", ["Migrante"], ["ميغرانت إنترناشونال"]),
     ("LOC", "Al Khobar", ["Khobar"], ["الخبر"]),
     ("PERSON", "Marisol Dela Cruz", ["Marisol dela Cruz"], ["ماريسول دلا كروز"]),
     ("ORG", "King Fahd University of Petroleum and Minerals", ["KFUPM"], ["جامعة الملك فهد للبترول والمعادن"]),
     ("LOC", "Khafji", ["Al Khafji", "Khafji Governorate"], ["محافظة الخفجي", "الخفجي"]),
     ("LOC", "Ras Tanura", ["Ras Tanura Governorate"], ["محافظة رأس تنورة", "رأس تنورة"])],
    [("04", "استقبل", "Dammam", "2026-11-09"), ("05", "وقعت", "Jubail", "2026-11-09"),
     ("10", "وطالبت", None, "2026-11-09"), ("17", "وضبطت", "Qatif", "2026-11-08"),
     ("07", "وقدمت", "Hofuf", "2026-11-07"), ("11", "وانتقدت", None, "2026-11-09"),
     ("03", "وأبدت", "Khafji", None), ("04", "يزور", "Ras Tanura", "2026-11-15")])

doc("b16-ar-04-umm-al-quwain", "ar", "2026-09-06T09:00:00Z",
    "حاكم أم القيوين يستقبل السفير التشيكي واتفاقية لزراعة القرم حول جزيرة السينية",
    "أم القيوين - استقبل صاحب السمو الشيخ سعود بن راشد المعلا حاكم أم القيوين، أمس السبت في قصر الحاكم، السفير التشيكي لدى الإمارات ياروسلاف هوراك، وجرى خلال اللقاء بحث فرص التعاون في السياحة البيئية والصناعات الخفيفة، وفق وكالة أنباء الإمارات (وام).\n"
    "وقال هوراك إن شركات تشيكية «ترى في الإمارة موقعا مناسبا لمصانع الزجاج والخزف»، فيما أشار الشيخ سعود بن راشد المعلا إلى أن ميناء أحمد بن راشد يربط الإمارة بموانئ المنطقة منذ عقود.\n"
    "وفي أم القيوين أيضا، وقعت دائرة السياحة والآثار أمس اتفاقية مع شركة جرين مانغروف للاستشارات البيئية لزراعة 50 ألف شتلة قرم حول جزيرة السينية، على أن يبدأ المشروع في الأول من نوفمبر.\n"
    "وتضم الجزيرة واحدة من أكبر مستعمرات طيور الغاق في المنطقة، بحسب خبراء البيئة، وتتعرض شواطئها للتآكل منذ سنوات.\n"
    "وطالب عضو المجلس الوطني الاتحادي عن إمارة أم القيوين أحمد سالم الشامسي الأربعاء الماضي، خلال جلسة للمجلس، وزارة الطاقة والبنية التحتية الإماراتية بتسريع صيانة الطرق الداخلية في منطقة فلج المعلا، قائلا إن «السكان ينتظرون منذ ثلاث سنوات».\n"
    "وضبطت شرطة أم القيوين فجر الخميس في منطقة السلمة عصابة من خمسة أشخاص تخصصت في سرقة الكابلات النحاسية من مواقع البناء، وأحالتهم إلى الجهات المختصة.\n"
    "ووزع صندوق الزكاة الجمعة مساعدات مالية وعينية على 320 أسرة في منطقة الرفاعة.\n"
    "ورحبت جمعية أم القيوين التعاونية لصيادي الأسماك أمس بقرار حظر الصيد بالشباك في موسم تكاثر الأسماك، معتبرة أنه «يحمي رزق الصيادين في السنوات المقبلة».\n"
    "وأبدى مصرف الإمارات للتنمية استعداده لتمويل مصانع صغيرة للمواطنين في منطقة أم الثعوب الصناعية.\n"
    "ومن المقرر أن يزور الوفد التشيكي الثلاثاء المقبل محمية خور البيضاء للاطلاع على مشاريع حماية الطيور.",
    [("LOC", "Umm Al Quwain", ["UAQ", "Umm al-Quwain", "Emirate of Umm Al Quwain"], ["أم القيوين", "إمارة أم القيوين"]),
     ("PERSON", "Saud bin Rashid Al Mualla", ["Sheikh Saud bin Rashid Al Mualla", "Saud Al Mualla"], ["سعود بن راشد المعلا"]),
     ("LOC", "United Arab Emirates", ["UAE", "Emirates"], ["الإمارات"]),
     ("PERSON", "Jaroslav Horák", ["Jaroslav Horak", "Horák", "Horak"], ["ياروسلاف هوراك", "هوراك"]),
     ("ORG", "Emirates News Agency", ["WAM"], ["وكالة أنباء الإمارات", "وام"]),
     ("LOC", "Ahmed Bin Rashid Port", ["Port of Ahmed Bin Rashid", "Ahmed Bin Rashid Port and Free Zone"], ["ميناء أحمد بن راشد"]),
     ("ORG", "Umm Al Quwain Department of Tourism and Archaeology", ["Tourism and Archaeology Department (Umm Al Quwain)",
                                                                      "UAQ Tourism and Archaeology Department"],
      ["دائرة السياحة والآثار"]),
     ("ORG", "Green Mangrove Environmental Consultancy", ["Green Mangrove"], ["شركة جرين مانغروف للاستشارات البيئية"]),
     ("LOC", "Al Sinniyah Island", ["Sinniyah Island", "Siniya Island"], ["جزيرة السينية"]),
     ("ORG", "Federal National Council", ["FNC"], ["المجلس الوطني الاتحادي"]),
     ("PERSON", "Ahmed Salem Al Shamsi", ["Ahmed Al Shamsi"], ["أحمد سالم الشامسي"]),
     ("ORG", "Ministry of Energy and Infrastructure (UAE)", ["UAE Ministry of Energy and Infrastructure", "MOEI"],
      ["وزارة الطاقة والبنية التحتية الإماراتية"]),
     ("LOC", "Falaj Al Mualla", ["Falaj al-Mualla"], ["فلج المعلا"]),
     ("ORG", "Umm Al Quwain Police", ["UAQ Police"], ["شرطة أم القيوين"]),
     ("LOC", "Al Salamah", ["Al Salama"], ["السلمة"]),
     ("ORG", "Zakat Fund (UAE)", ["Zakat Fund", "UAE Zakat Fund"], ["صندوق الزكاة"]),
     ("LOC", "Al Raafah", ["Al Rafaah"], ["الرفاعة"]),
     ("ORG", "Umm Al Quwain Fishermen's Cooperative Association", ["UAQ Fishermen's Association"],
      ["جمعية أم القيوين التعاونية لصيادي الأسماك"]),
     ("ORG", "Emirates Development Bank", ["EDB"], ["مصرف الإمارات للتنمية"]),
     ("LOC", "Umm Al Thuoob", ["Umm Al Thuoob Industrial Area", "Umm Al Thuob"], ["أم الثعوب"]),
     ("LOC", "Khor Al Beidah", ["Khor Al Baida", "Khor al-Bayda"], ["خور البيضاء"])],
    [("04", "استقبل", "Umm Al Quwain", "2026-09-05"), ("05", "وقعت", "Umm Al Quwain", "2026-09-05"),
     ("10", "وطالب", None, "2026-09-02"), ("17", "وضبطت", "Al Salamah", "2026-09-03"),
     ("07", "ووزع", "Al Raafah", "2026-09-04"), ("05", "ورحبت", None, "2026-09-05"),
     ("03", "وأبدى", "Umm Al Thuoob", None), ("04", "يزور", "Khor Al Beidah", "2026-09-08")])

doc("b16-ar-05-qalqilya", "ar", "2026-10-29T08:00:00Z",
    "رئيس بلدية قلقيلية يبحث مع الممثلة البلجيكية مشروعا للمياه ومزارعو عزون يتظاهرون للوصول إلى حقولهم",
    "قلقيلية - التقى رئيس بلدية قلقيلية مصطفى داود صبري، أمس الأربعاء في مقر البلدية، الممثلة البلجيكية لدى فلسطين ليسبيت فان دن بيرغ، وبحثا تمويل مشروع لإعادة تأهيل آبار المدينة وشبكة المياه في أحيائها الشرقية، بحسب بيان للبلدية.\n"
    "وقالت فان دن بيرغ إن المياه «أولوية في برامج بلادها في المنطقة»، فيما أوضح صبري أن نحو ثلث المياه التي تضخ في الشبكة يضيع بسبب تهالك الأنابيب.\n"
    "وفي قلقيلية أيضا، وقعت سلطة المياه الفلسطينية أمس اتفاقية مع الوكالة البلجيكية للتنمية (إينابل) لإنشاء خزان مياه جديد بسعة خمسة آلاف متر مكعب، على أن تبدأ الأعمال في الأول من فبراير.\n"
    "ويعتمد نحو نصف سكان المحافظة على الزراعة، خصوصا الزيتون والحمضيات والخضراوات، وفق بيانات رسمية.\n"
    "وفي بلدة عزون، شارك مئات المزارعين الاثنين الماضي في مسيرة نحو البوابة الزراعية المغلقة على أطراف البلدة احتجاجا على منعهم من الوصول إلى حقول الزيتون في موسم القطاف، وطالب اتحاد لجان العمل الزراعي خلال المسيرة بفتح البوابات طوال الموسم. وقال عبد الرحيم سليم شواهنة، وهو مزارع من البلدة، إن «نصف أشجارنا خلف البوابة، ولم نقطف منها حبة واحدة هذا العام». وأضاف شواهنة أن كثيرا من العائلات تعتمد على زيت الزيتون في دخلها السنوي.\n"
    "وألقت الشرطة الفلسطينية فجر الثلاثاء القبض على ثلاثة أشخاص في بلدة حبلة بتهمة سرقة ثمار الزيتون من حقول المزارعين، وفق بيان للشرطة.\n"
    "ووزعت جمعية الإغاثة الزراعية الفلسطينية الأحد الماضي أشتالا وأسمدة عضوية على 200 مزارع في محافظة سلفيت.\n"
    "وانتقدت وزارة الزراعة الفلسطينية أمس القيود المفروضة على وصول المزارعين إلى أراضيهم، معتبرة أنها «تهدد موسما كاملا».\n"
    "وأبدى صندوق الاستثمار الفلسطيني استعداده لتمويل معصرة زيتون حديثة في بلدة عقابا بمحافظة طوباس.\n"
    "ومن المقرر أن يزور صبري والوفد البلجيكي بلدة جيوس السبت المقبل للاطلاع على مشروع لحصاد مياه الأمطار.",
    [("LOC", "Qalqilya", ["Qalqiliya", "Qalqilyah"], ["قلقيلية"]),
     ("ORG", "Qalqilya Municipality", ["Qalqilya municipality", "Qalqilya City Council"], ["بلدية قلقيلية"]),
     ("PERSON", "Mustafa Daoud Sabri", ["Mustafa Sabri", "Sabri"], ["مصطفى داود صبري", "صبري"]),
     ("LOC", "Palestine", ["State of Palestine", "Palestinian territories"], ["فلسطين"]),
     ("PERSON", "Liesbeth Van den Berg", ["Van den Berg"], ["ليسبيت فان دن بيرغ", "فان دن بيرغ"]),
     ("ORG", "Palestinian Water Authority", ["PWA"], ["سلطة المياه الفلسطينية"]),
     ("ORG", "Enabel", ["Belgian Development Agency"], ["الوكالة البلجيكية للتنمية", "إينابل"]),
     ("LOC", "Azzun", ["Azzoun", "Izzun"], ["عزون"]),
     ("ORG", "Union of Agricultural Work Committees", ["UAWC"], ["اتحاد لجان العمل الزراعي"]),
     ("PERSON", "Abdel Rahim Salim Shawahneh", ["Abdel Rahim Shawahneh", "Shawahneh"], ["عبد الرحيم سليم شواهنة", "شواهنة"]),
     ("ORG", "Palestinian Civil Police", ["Palestinian Police"], ["الشرطة الفلسطينية"]),
     ("LOC", "Habla", ["Hableh"], ["حبلة"]),
     ("ORG", "Palestinian Agricultural Relief Committees", ["PARC", "Palestinian Agricultural Relief"],
      ["جمعية الإغاثة الزراعية الفلسطينية", "الإغاثة الزراعية الفلسطينية"]),
     ("LOC", "Salfit Governorate", ["Salfit"], ["محافظة سلفيت", "سلفيت"]),
     ("ORG", "Ministry of Agriculture (Palestine)", ["Palestinian Ministry of Agriculture"], ["وزارة الزراعة الفلسطينية"]),
     ("ORG", "Palestine Investment Fund", ["Palestinian Investment Fund"], ["صندوق الاستثمار الفلسطيني"]),
     ("LOC", "Aqqaba", ["Aqqaba village"], ["عقابا"]),
     ("LOC", "Tubas Governorate", ["Tubas"], ["محافظة طوباس", "طوباس"]),
     ("LOC", "Jayyus", ["Jayyous"], ["جيوس"])],
    [("04", "التقى", "Qalqilya", "2026-10-28"), ("05", "وقعت", "Qalqilya", "2026-10-28"),
     ("14", "مسيرة", "Azzun", "2026-10-26"), ("10", "وطالب", "Azzun", "2026-10-26"),
     ("17", "وألقت", "Habla", "2026-10-27"), ("07", "ووزعت", "Salfit Governorate", "2026-10-25"),
     ("11", "وانتقدت", None, "2026-10-28"), ("03", "وأبدى", "Aqqaba", None),
     ("04", "يزور", "Jayyus", "2026-10-31")])

doc("b16-ar-06-zarzis", "ar", "2026-11-20T08:00:00Z",
    "جرجيس ومازارا ديل فالو توقعان اتفاق توأمة وتجار بن قردان يحتجون على غلق معبر رأس جدير",
    "جرجيس - التقى والي مدنين سمير الخرايفي، أمس الخميس في مدينة جرجيس، رئيس بلدية مازارا ديل فالو الإيطالية جوزيبي لومباردو والوفد المرافق له، لبحث التعاون في مجال الصيد البحري وتبادل الخبرات بين بحارة المدينتين، وفق بيان للولاية.\n"
    "وقال لومباردو إن «بحارة مازارا وجرجيس يتقاسمون البحر نفسه منذ قرون»، فيما أوضح الخرايفي أن ميناء جرجيس يحتاج إلى توسعة عاجلة لاستيعاب مراكب الصيد الكبيرة.\n"
    "ووقعت بلدية جرجيس وبلدية مازارا ديل فالو أمس في جرجيس اتفاق توأمة يشمل تدريب الصيادين الشبان وترميم سوق السمك القديم.\n"
    "وفي مدينة بن قردان، نظم مئات من التجار الثلاثاء الماضي مسيرة وسط المدينة احتجاجا على تواصل غلق معبر رأس جدير الحدودي مع ليبيا منذ أسبوعين، وطالب الاتحاد الجهوي للصناعة والتجارة بمدنين خلال المسيرة السلطات بإعادة فتح المعبر، وهدد بإضراب عام في الجهة إذا لم يفتح قبل نهاية الشهر. وقال الهادي بن عمر الزواري، وهو تاجر ملابس في السوق المركزية، إن «نصف المحلات أغلقت أبوابها». وأضاف الزواري أن التجار يبيعون بالدين منذ أسابيع.\n"
    "ويعيش آلاف من سكان المنطقة من التجارة البينية مع ليبيا عبر المعبر، وفق تقديرات محلية.\n"
    "وأوقف الحرس البحري فجر الأربعاء قبالة سواحل جرجيس أربعة أشخاص يشتبه في تنظيمهم رحلات للهجرة غير النظامية، وحجز مركبين ومحركين، بحسب مصدر أمني.\n"
    "ووزع الاتحاد الوطني للمرأة التونسية الاثنين محافظ مدرسية وأغطية على 400 عائلة في معتمدية غمراسن بولاية تطاوين.\n"
    "وانتقد المنتدى التونسي للحقوق الاقتصادية والاجتماعية أمس ما وصفه بالمعالجة الأمنية لملف الهجرة في الجنوب، داعيا إلى خطة تنموية للجهة.\n"
    "وأبدى الديوان الوطني للصناعات التقليدية استعداده لتمويل ورشات لحرفيات المرقوم في بلدة بني خداش.\n"
    "ومن المقرر أن يزور الخرايفي الأحد المقبل معتمدية سيدي مخلوف لتدشين مركز صحي.",
    [("LOC", "Zarzis", ["Jarjis"], ["جرجيس"]),
     ("LOC", "Medenine", ["Medenine Governorate", "Médenine"], ["مدنين"]),
     ("PERSON", "Samir Kharaifi", ["Samir El Kharaifi", "Kharaifi"], ["سمير الخرايفي", "الخرايفي"]),
     ("ORG", "Municipality of Mazara del Vallo", ["Comune di Mazara del Vallo", "Mazara del Vallo municipality"],
      ["بلدية مازارا ديل فالو"]),
     ("LOC", "Mazara del Vallo", ["Mazara"], ["مازارا ديل فالو", "مازارا"]),
     ("PERSON", "Giuseppe Lombardo", ["Lombardo"], ["جوزيبي لومباردو", "لومباردو"]),
     ("LOC", "Port of Zarzis", ["Zarzis port", "Zarzis fishing port"], ["ميناء جرجيس"]),
     ("ORG", "Municipality of Zarzis", ["Zarzis municipality"], ["بلدية جرجيس"]),
     ("LOC", "Ben Guerdane", ["Ben Gardane"], ["بن قردان"]),
     ("LOC", "Ras Jedir border crossing", ["Ras Jedir", "Ras Ajdir"], ["معبر رأس جدير", "رأس جدير"]),
     ("LOC", "Libya", [], ["ليبيا"]),
     ("ORG", "Regional Union of Industry and Commerce of Medenine", ["UTICA Medenine", "Medenine regional union of industry and commerce"],
      ["الاتحاد الجهوي للصناعة والتجارة بمدنين"]),
     ("PERSON", "Hedi Ben Omar Zouari", ["Hedi Zouari", "Zouari"], ["الهادي بن عمر الزواري", "الزواري"]),
     ("ORG", "Maritime National Guard (Tunisia)", ["Tunisian Maritime Guard", "Garde maritime nationale"], ["الحرس البحري"]),
     ("ORG", "National Union of Tunisian Women", ["UNFT", "Union nationale de la femme tunisienne"],
      ["الاتحاد الوطني للمرأة التونسية"]),
     ("LOC", "Ghomrassen", ["Ghomrassen delegation"], ["معتمدية غمراسن", "غمراسن"]),
     ("LOC", "Tataouine", ["Tataouine Governorate"], ["ولاية تطاوين", "تطاوين"]),
     ("ORG", "Tunisian Forum for Economic and Social Rights", ["FTDES", "Forum tunisien pour les droits économiques et sociaux"],
      ["المنتدى التونسي للحقوق الاقتصادية والاجتماعية"]),
     ("ORG", "National Office of Handicrafts (Tunisia)", ["ONAT", "Office national de l'artisanat"], ["الديوان الوطني للصناعات التقليدية"]),
     ("LOC", "Beni Khedache", ["Beni Kheddache"], ["بني خداش"]),
     ("LOC", "Sidi Makhlouf", ["Sidi Makhlouf delegation"], ["معتمدية سيدي مخلوف", "سيدي مخلوف"])],
    [("04", "التقى", "Zarzis", "2026-11-19"), ("05", "ووقعت", "Zarzis", "2026-11-19"),
     ("14", "مسيرة", "Ben Guerdane", "2026-11-17"), ("10", "وطالب", "Ben Guerdane", "2026-11-17"),
     ("13", "وهدد", "Ben Guerdane", "2026-11-17"), ("17", "وأوقف", "Zarzis", "2026-11-18"),
     ("07", "ووزع", "Ghomrassen", "2026-11-16"), ("11", "وانتقد", None, "2026-11-19"),
     ("03", "وأبدى", "Beni Khedache", None), ("04", "يزور", "Sidi Makhlouf", "2026-11-22")])

doc("b16-en-01-bulawayo", "en", "2026-09-17T10:00:00Z",
    "Matabeleland North minister meets Hwange miners over unpaid wages; Bulawayo vendors march against market closure",
    "BULAWAYO, Zimbabwe, Sept 17 (Newsflow) - Matabeleland North's Minister of State for Provincial Affairs, Siphosami Khumalo, met managers of Hwange Colliery Company and leaders of its workers' committee in Hwange on Wednesday to discuss five months of unpaid wages at the state-owned coal miner, his office said.\n"
    "\"A man who goes underground every day should not have to beg for his own salary,\" Khumalo told reporters after the meeting. The company, which supplies coal to the country's largest power plant, says falling sales have left it short of cash.\n"
    "In Victoria Falls, the Zimbabwe Parks and Wildlife Management Authority signed an agreement on Wednesday with the Binga Rural District Council to share revenue from hunting concessions in the district, with the first payments due on January 1.\n"
    "The opposition Citizens Coalition for Change criticised the provincial administration on Wednesday over delays to a long-promised pipeline that would bring water to Bulawayo.\n"
    "In Bulawayo, several hundred vendors marched to the city council's offices on Monday in protest against the closure of the central vegetable market. During the march, the Bulawayo Vendors and Traders Association demanded that the Bulawayo City Council reopen the market within two weeks. \"We were given no notice and no other place to sell,\" said Nomvula Sibindi, who has sold tomatoes at the market for 12 years.\n"
    "Police arrested seven people at the Beitbridge border post on Tuesday and seized 300 kg of undeclared copper cable hidden in a fuel tanker, a police spokesman said.\n"
    "The Zimbabwe Red Cross Society distributed maize meal, cooking oil and water tanks on Monday to 600 drought-hit households in Binga.\n"
    "The Infrastructure Development Bank of Zimbabwe said it was ready to finance solar-powered boreholes in Tsholotsho.\n"
    "Khumalo is due to visit Lupane next Monday to open a new district hospital ward.",
    [("LOC", "Bulawayo", [], ["BULAWAYO", "Bulawayo"]),
     ("LOC", "Zimbabwe", [], ["Zimbabwe"]),
     ("LOC", "Matabeleland North", ["Matabeleland North Province"], ["Matabeleland North"]),
     ("PERSON", "Siphosami Khumalo", ["Khumalo"], ["Siphosami Khumalo", "Khumalo"]),
     ("ORG", "Hwange Colliery Company", ["Hwange Colliery Company Limited", "HCCL"], ["Hwange Colliery Company"]),
     ("LOC", "Hwange", ["Wankie"], ["Hwange"]),
     ("LOC", "Victoria Falls", ["Victoria Falls town"], ["Victoria Falls"]),
     ("ORG", "Zimbabwe Parks and Wildlife Management Authority", ["ZimParks"], ["Zimbabwe Parks and Wildlife Management Authority"]),
     ("ORG", "Binga Rural District Council", ["Binga RDC"], ["Binga Rural District Council"]),
     ("ORG", "Citizens Coalition for Change", ["CCC"], ["Citizens Coalition for Change"]),
     ("ORG", "Bulawayo Vendors and Traders Association", ["BVTA"], ["Bulawayo Vendors and Traders Association"]),
     ("ORG", "Bulawayo City Council", ["City of Bulawayo"], ["Bulawayo City Council"]),
     ("PERSON", "Nomvula Sibindi", ["Sibindi"], ["Nomvula Sibindi"]),
     ("LOC", "Beitbridge", ["Beitbridge border post"], ["Beitbridge"]),
     ("ORG", "Zimbabwe Red Cross Society", ["Zimbabwe Red Cross"], ["Zimbabwe Red Cross Society"]),
     ("LOC", "Binga", ["Binga District"], ["Binga"]),
     ("ORG", "Infrastructure Development Bank of Zimbabwe", ["IDBZ"], ["Infrastructure Development Bank of Zimbabwe"]),
     ("LOC", "Tsholotsho", [], ["Tsholotsho"]),
     ("LOC", "Lupane", [], ["Lupane"])],
    [("04", "met", "Hwange", "2026-09-16"), ("05", "signed", "Victoria Falls", "2026-09-16"),
     ("11", "criticised", None, "2026-09-16"), ("14", "marched", "Bulawayo", "2026-09-14"),
     ("10", "demanded", "Bulawayo", "2026-09-14"), ("17", "arrested", "Beitbridge", "2026-09-15"),
     ("07", "distributed", "Binga", "2026-09-14"), ("03", "ready", "Tsholotsho", None),
     ("04", "visit", "Lupane", "2026-09-21")])

doc("b16-en-02-labasa", "en", "2026-10-09T11:00:00Z",
    "Labasa cane growers threaten to hold back harvest over mill breakdowns; Savusavu jetty contract signed",
    "LABASA, Fiji, Oct 9 (Newsflow) - The Commissioner for the Northern Division, Apenisa Tuilau, met cane growers' representatives and managers of the Fiji Sugar Corporation in Labasa on Thursday to discuss repeated breakdowns at the town's sugar mill during the crushing season, his office said.\n"
    "\"Every day the mill stands still, cane dries in the fields and growers lose money,\" Tuilau said after the meeting. Growers on Vanua Levu supply about a quarter of the country's cane, and many have waited more than a week to deliver their loads.\n"
    "At a meeting in Labasa on Wednesday, the Fiji Cane Growers Association demanded that the corporation make its second cane payment by the end of the month and threatened to hold back cane from the mill if it did not. \"We cannot keep cutting cane for a mill that cannot crush it,\" said Ravinesh Chand, a grower from Seaqaqa.\n"
    "In Savusavu, Fiji Ports Corporation signed a contract on Thursday with a local builder, Vanua Marine Works, to rebuild the town's main jetty, with work due to begin on November 2.\n"
    "In Nabouwalu, about 150 villagers blocked the road to the ferry terminal on Tuesday in protest against the cancellation of two weekly sailings to Viti Levu.\n"
    "Officers of the Fiji Police Force arrested four men in Savusavu on Wednesday and seized 12 kg of methamphetamine found on a yacht in the harbour, police said.\n"
    "The Fiji Red Cross Society handed out water containers and hygiene kits on Tuesday to 300 households in Dreketi, where wells have run dry.\n"
    "The Fiji Trades Union Congress criticised the corporation on Thursday over what it called years of neglect at the Labasa mill.\n"
    "The Fiji Development Bank said it was willing to lend growers money for mechanical harvesters in Bua.\n"
    "Tuilau is due to visit Taveuni next Monday to inspect repairs to schools damaged by last season's cyclone.",
    [("LOC", "Labasa", [], ["LABASA", "Labasa"]),
     ("LOC", "Fiji", [], ["Fiji"]),
     ("LOC", "Northern Division (Fiji)", ["Northern Division"], ["Northern Division"]),
     ("PERSON", "Apenisa Tuilau", ["Tuilau"], ["Apenisa Tuilau", "Tuilau"]),
     ("ORG", "Fiji Sugar Corporation", ["FSC"], ["Fiji Sugar Corporation"]),
     ("LOC", "Vanua Levu", [], ["Vanua Levu"]),
     ("ORG", "Fiji Cane Growers Association", ["FCGA"], ["Fiji Cane Growers Association"]),
     ("PERSON", "Ravinesh Chand", ["Chand"], ["Ravinesh Chand"]),
     ("LOC", "Seaqaqa", [], ["Seaqaqa"]),
     ("LOC", "Savusavu", [], ["Savusavu"]),
     ("ORG", "Fiji Ports Corporation", ["Fiji Ports Corporation Limited", "FPCL", "Fiji Ports"], ["Fiji Ports Corporation"]),
     ("ORG", "Vanua Marine Works", [], ["Vanua Marine Works"]),
     ("LOC", "Nabouwalu", [], ["Nabouwalu"]),
     ("LOC", "Viti Levu", [], ["Viti Levu"]),
     ("ORG", "Fiji Police Force", ["Fiji Police"], ["Fiji Police Force"]),
     ("ORG", "Fiji Red Cross Society", ["Fiji Red Cross"], ["Fiji Red Cross Society"]),
     ("LOC", "Dreketi", [], ["Dreketi"]),
     ("ORG", "Fiji Trades Union Congress", ["FTUC"], ["Fiji Trades Union Congress"]),
     ("ORG", "Fiji Development Bank", ["FDB"], ["Fiji Development Bank"]),
     ("LOC", "Bua", ["Bua Province"], ["Bua"]),
     ("LOC", "Taveuni", [], ["Taveuni"])],
    [("04", "met", "Labasa", "2026-10-08"), ("10", "demanded", "Labasa", "2026-10-07"),
     ("13", "threatened", "Labasa", "2026-10-07"), ("05", "signed", "Savusavu", "2026-10-08"),
     ("14", "blocked", "Nabouwalu", "2026-10-06"), ("17", "arrested", "Savusavu", "2026-10-07"),
     ("07", "handed out", "Dreketi", "2026-10-06"), ("11", "criticised", None, "2026-10-08"),
     ("03", "willing", "Bua", None), ("04", "visit", "Taveuni", "2026-10-12")])

doc("b16-en-03-darwin", "en", "2026-11-24T12:00:00Z",
    "NT Chief Minister meets Groote Eylandt leaders on mine's future; Katherine truck drivers protest fatigue rules",
    "DARWIN, Australia, Nov 24 (Newsflow) - Northern Territory Chief Minister Lia Finocchiaro met traditional owners and members of the Anindilyakwa Land Council in Darwin on Monday to discuss the future of manganese mining on Groote Eylandt, her office said.\n"
    "\"The island's economy cannot fall off a cliff when the mine winds down,\" Finocchiaro told reporters after the meeting. The mine, the island's main employer, is expected to close within the next decade, according to its operator.\n"
    "In Nhulunbuy, the Gumatj Corporation signed an agreement on Monday with Power and Water Corporation to connect its new timber mill to the town's grid, with work due to start on February 1.\n"
    "In Katherine, about 60 truck drivers parked their rigs outside the town council's offices on Saturday in protest against new fatigue rules for long-haul routes. At the protest, the Transport Workers' Union demanded that the rules be delayed by six months. \"Out here you can drive 400 kilometres between two rest stops,\" said Dale Whitfield, who hauls cattle from Katherine to the port.\n"
    "Northern Territory Police arrested three men in Alice Springs on Sunday after a string of overnight break-ins at shops in the town centre, police said.\n"
    "Foodbank NT delivered food hampers and bottled water on Sunday to 250 families in Wadeye, cut off by early wet-season flooding.\n"
    "The Northern Land Council criticised the government on Monday over delays to new housing in remote communities, saying families were still waiting for homes promised two years ago.\n"
    "The Northern Australia Infrastructure Facility said it was ready to finance a new barge landing at Jabiru.\n"
    "Finocchiaro is due to visit Tennant Creek next Thursday to open a new youth centre.",
    [("LOC", "Darwin", [], ["DARWIN", "Darwin"]),
     ("LOC", "Australia", [], ["Australia"]),
     ("LOC", "Northern Territory", ["NT"], ["Northern Territory", "NT"]),
     ("PERSON", "Lia Finocchiaro", ["Finocchiaro"], ["Lia Finocchiaro", "Finocchiaro"]),
     ("ORG", "Anindilyakwa Land Council", ["ALC"], ["Anindilyakwa Land Council"]),
     ("LOC", "Groote Eylandt", ["Groote Island"], ["Groote Eylandt"]),
     ("LOC", "Nhulunbuy", [], ["Nhulunbuy"]),
     ("ORG", "Gumatj Corporation", ["Gumatj Aboriginal Corporation"], ["Gumatj Corporation"]),
     ("ORG", "Power and Water Corporation", ["Power and Water", "PWC"], ["Power and Water Corporation"]),
     ("LOC", "Katherine", [], ["Katherine"]),
     ("ORG", "Transport Workers' Union", ["TWU", "Transport Workers Union"], ["Transport Workers' Union"]),
     ("PERSON", "Dale Whitfield", ["Whitfield"], ["Dale Whitfield"]),
     ("ORG", "Northern Territory Police", ["NT Police", "Northern Territory Police Force"], ["Northern Territory Police"]),
     ("LOC", "Alice Springs", [], ["Alice Springs"]),
     ("ORG", "Foodbank NT", ["Foodbank Northern Territory"], ["Foodbank NT"]),
     ("LOC", "Wadeye", ["Port Keats"], ["Wadeye"]),
     ("ORG", "Northern Land Council", ["NLC"], ["Northern Land Council"]),
     ("ORG", "Northern Australia Infrastructure Facility", ["NAIF"], ["Northern Australia Infrastructure Facility"]),
     ("LOC", "Jabiru", [], ["Jabiru"]),
     ("LOC", "Tennant Creek", [], ["Tennant Creek"])],
    [("04", "met", "Darwin", "2026-11-23"), ("05", "signed", "Nhulunbuy", "2026-11-23"),
     ("14", "protest", "Katherine", "2026-11-21"), ("10", "demanded", "Katherine", "2026-11-21"),
     ("17", "arrested", "Alice Springs", "2026-11-22"), ("07", "delivered", "Wadeye", "2026-11-22"),
     ("11", "criticised", None, "2026-11-23"), ("03", "ready", "Jabiru", None),
     ("04", "visit", "Tennant Creek", "2026-11-26")])

doc("b16-fr-01-rubavu", "fr", "2026-09-24T08:00:00Z",
    "Rubavu : le gouverneur de la province de l'Ouest rencontre les pêcheurs du lac Kivu, les commerçants manifestent à Rusizi",
    "RUBAVU, 24 septembre - Le gouverneur de la province de l'Ouest, Jean-Bosco Nsengiyumva, a rencontré mercredi à Rubavu des représentants des coopératives de pêcheurs du lac Kivu et des responsables de la brasserie Bralirwa pour évoquer la pollution des eaux près de la ville, a indiqué son cabinet.\n"
    "« Le lac nourrit des milliers de familles, il ne peut pas devenir un égout », a déclaré M. Nsengiyumva à l'issue de la réunion. Selon les pêcheurs, les prises ont baissé d'un tiers en deux ans.\n"
    "Mercredi également, à Musanze, l'Office rwandais de développement (RDB) a signé avec une coopérative de porteurs et de guides une convention pour leur reverser une part des recettes des permis de visite des gorilles, dont le premier versement doit intervenir le 1er janvier.\n"
    "A Rusizi, plusieurs centaines de commerçants ont manifesté jeudi dernier devant le bureau du district pour protester contre la fermeture nocturne de la frontière avec la RDC. Lors du rassemblement, l'Association des commerçants transfrontaliers de Rusizi a réclamé la réouverture du poste 24 heures sur 24. « Nos clients sont de l'autre côté et ils ne peuvent traverser que le jour », a déclaré Claudine Uwamahoro, qui vend du riz au marché central.\n"
    "Le Bureau rwandais d'investigation (RIB) a arrêté lundi à Huye trois employés d'une coopérative de café soupçonnés de détournement, a-t-il annoncé.\n"
    "La Croix-Rouge rwandaise a distribué mardi des bâches et des ustensiles de cuisine à 350 familles dont les maisons ont été emportées par des glissements de terrain à Nyabihu.\n"
    "Le Parti démocratique vert du Rwanda a dénoncé mercredi le retard des indemnisations versées aux familles expropriées pour des travaux routiers.\n"
    "La Banque rwandaise de développement (BRD) s'est dite prête à financer des bateaux de pêche motorisés à Karongi.\n"
    "M. Nsengiyumva est attendu lundi prochain à Rutsiro pour inaugurer un centre de santé.",
    [("LOC", "Rubavu", ["Gisenyi", "Rubavu District"], ["RUBAVU", "Rubavu"]),
     ("LOC", "Western Province (Rwanda)", ["Province de l'Ouest (Rwanda)"], ["province de l'Ouest"]),
     ("PERSON", "Jean-Bosco Nsengiyumva", ["Jean Bosco Nsengiyumva", "Nsengiyumva"], ["Jean-Bosco Nsengiyumva", "Nsengiyumva"]),
     ("LOC", "Lake Kivu", ["lac Kivu"], ["lac Kivu"]),
     ("ORG", "Bralirwa", ["Brasseries et Limonaderies du Rwanda"], ["Bralirwa"]),
     ("LOC", "Musanze", ["Ruhengeri", "Musanze District"], ["Musanze"]),
     ("ORG", "Rwanda Development Board", ["RDB", "Office rwandais de développement"], ["Office rwandais de développement", "RDB"]),
     ("LOC", "Rusizi", ["Cyangugu", "Rusizi District"], ["Rusizi"]),
     ("LOC", "Democratic Republic of the Congo", ["DRC", "RDC", "DR Congo"], ["RDC"]),
     ("ORG", "Association des commerçants transfrontaliers de Rusizi", ["Rusizi Cross-Border Traders' Association"],
      ["Association des commerçants transfrontaliers de Rusizi"]),
     ("PERSON", "Claudine Uwamahoro", ["Uwamahoro"], ["Claudine Uwamahoro"]),
     ("ORG", "Rwanda Investigation Bureau", ["RIB", "Bureau rwandais d'investigation"], ["Bureau rwandais d'investigation", "RIB"]),
     ("LOC", "Huye", ["Butare", "Huye District"], ["Huye"]),
     ("ORG", "Rwanda Red Cross", ["Croix-Rouge rwandaise", "Rwanda Red Cross Society"], ["Croix-Rouge rwandaise"]),
     ("LOC", "Nyabihu", ["Nyabihu District"], ["Nyabihu"]),
     ("ORG", "Democratic Green Party of Rwanda", ["DGPR", "Parti démocratique vert du Rwanda"], ["Parti démocratique vert du Rwanda"]),
     ("ORG", "Development Bank of Rwanda", ["BRD", "Banque rwandaise de développement"], ["Banque rwandaise de développement", "BRD"]),
     ("LOC", "Karongi", ["Kibuye", "Karongi District"], ["Karongi"]),
     ("LOC", "Rutsiro", ["Rutsiro District"], ["Rutsiro"])],
    [("04", "rencontré", "Rubavu", "2026-09-23"), ("05", "signé", "Musanze", "2026-09-23"),
     ("14", "manifesté", "Rusizi", "2026-09-17"), ("10", "réclamé", "Rusizi", "2026-09-17"),
     ("17", "arrêté", "Huye", "2026-09-21"), ("07", "distribué", "Nyabihu", "2026-09-22"),
     ("11", "dénoncé", None, "2026-09-23"), ("03", "prête", "Karongi", None),
     ("04", "attendu", "Rutsiro", "2026-09-28")])

doc("b16-fr-02-parakou", "fr", "2026-11-12T09:00:00Z",
    "Parakou : le préfet du Borgou reçoit les producteurs de coton, les riziculteurs manifestent à Malanville",
    "PARAKOU, 12 novembre - Le préfet du Borgou, Djibril Mama Sanni, a reçu mercredi à Parakou les responsables de l'Association interprofessionnelle du coton (AIC) et des délégués des producteurs pour évoquer les retards de paiement de la campagne cotonnière, a indiqué la préfecture.\n"
    "« Un producteur qui n'est pas payé en décembre ne sème pas en juin », a déclaré M. Sanni à l'issue de la rencontre. Selon l'AIC, près de 40 % des sommes dues aux producteurs du département n'ont pas encore été versées.\n"
    "Mercredi également, à Natitingou, la Société béninoise d'énergie électrique (SBEE) a signé avec la mairie de Natitingou un accord pour électrifier douze villages de l'Atacora, dont les travaux doivent commencer le 15 janvier.\n"
    "A Malanville, des centaines de riziculteurs ont manifesté mardi devant la mairie pour protester contre la chute du prix du paddy. Lors de la manifestation, l'Union communale des producteurs de Malanville a exigé un prix plancher de 200 francs CFA le kilo et a menacé de boycotter la prochaine campagne. « Le sac de paddy se vend moins cher que ce qu'il coûte à produire », a affirmé Issiaka Bio Gado, riziculteur dans la vallée.\n"
    "Des agents de la Police républicaine ont interpellé dimanche à Kandi cinq hommes soupçonnés d'avoir revendu de l'engrais subventionné au marché noir, a-t-on appris de source policière.\n"
    "La Croix-Rouge béninoise a distribué samedi dernier des kits d'hygiène et des moustiquaires à 500 familles déplacées à Tanguiéta.\n"
    "Le parti Les Démocrates a dénoncé mercredi la hausse du prix des intrants agricoles dans le nord du pays.\n"
    "Le Fonds national de développement agricole (FNDA) s'est dit prêt à financer des décortiqueuses de riz à Karimama.\n"
    "M. Sanni est attendu mardi prochain à Nikki pour inaugurer un marché à bétail.",
    [("LOC", "Parakou", [], ["PARAKOU", "Parakou"]),
     ("LOC", "Borgou", ["Borgou Department"], ["Borgou"]),
     ("PERSON", "Djibril Mama Sanni", ["Djibril Sanni", "Sanni"], ["Djibril Mama Sanni", "Sanni"]),
     ("ORG", "Association interprofessionnelle du coton", ["AIC", "Interprofessional Cotton Association"],
      ["Association interprofessionnelle du coton", "AIC"]),
     ("LOC", "Natitingou", [], ["Natitingou"]),
     ("ORG", "Société béninoise d'énergie électrique", ["SBEE", "Benin Electric Power Company"],
      ["Société béninoise d'énergie électrique", "SBEE"]),
     ("ORG", "Natitingou town hall", ["mairie de Natitingou", "Natitingou municipality"], ["mairie de Natitingou"]),
     ("LOC", "Atacora", ["Atacora Department"], ["Atacora"]),
     ("LOC", "Malanville", [], ["Malanville"]),
     ("ORG", "Union communale des producteurs de Malanville", ["Malanville Producers' Union", "UCP Malanville"],
      ["Union communale des producteurs de Malanville"]),
     ("PERSON", "Issiaka Bio Gado", ["Issiaka Gado"], ["Issiaka Bio Gado"]),
     ("ORG", "Police républicaine", ["Republican Police (Benin)", "Benin Republican Police"], ["Police républicaine"]),
     ("LOC", "Kandi", [], ["Kandi"]),
     ("ORG", "Croix-Rouge béninoise", ["Benin Red Cross", "Red Cross of Benin"], ["Croix-Rouge béninoise"]),
     ("LOC", "Tanguiéta", ["Tanguieta"], ["Tanguiéta"]),
     ("ORG", "Les Démocrates", ["The Democrats (Benin)", "LD"], ["Les Démocrates"]),
     ("ORG", "Fonds national de développement agricole", ["FNDA", "National Agricultural Development Fund (Benin)"],
      ["Fonds national de développement agricole", "FNDA"]),
     ("LOC", "Karimama", [], ["Karimama"]),
     ("LOC", "Nikki", [], ["Nikki"])],
    [("04", "reçu", "Parakou", "2026-11-11"), ("05", "signé", "Natitingou", "2026-11-11"),
     ("14", "manifesté", "Malanville", "2026-11-10"), ("10", "exigé", "Malanville", "2026-11-10"),
     ("13", "menacé", "Malanville", "2026-11-10"), ("17", "interpellé", "Kandi", "2026-11-08"),
     ("07", "distribué", "Tanguiéta", "2026-11-07"), ("11", "dénoncé", None, "2026-11-11"),
     ("03", "prêt", "Karimama", None), ("04", "attendu", "Nikki", "2026-11-17")])

doc("b16-fr-03-maurienne", "fr", "2026-10-21T08:00:00Z",
    "Maurienne : le préfet de la Savoie réunit les maires sur les poids lourds du Fréjus, grève chez Trimet",
    "SAINT-JEAN-DE-MAURIENNE, 21 octobre - Le préfet de la Savoie, Laurent Mercier, a réuni mardi à Saint-Jean-de-Maurienne les maires de la vallée et des représentants des transporteurs pour évoquer les nuisances du trafic des poids lourds vers le tunnel du Fréjus, a indiqué la préfecture.\n"
    "« La vallée ne peut pas rester un couloir à camions sans contrepartie », a déclaré M. Mercier à l'issue de la réunion. Selon les élus, près de 3 500 poids lourds traversent chaque jour la Maurienne depuis la fermeture d'un autre axe alpin.\n"
    "Mardi également, à Chambéry, Grand Chambéry a signé avec l'université Savoie Mont Blanc une convention pour construire une résidence de 300 logements étudiants, dont les travaux doivent démarrer le 1er mars.\n"
    "A Saint-Jean-de-Maurienne, les salariés de l'usine d'aluminium de Trimet se sont mis en grève vendredi dernier pour réclamer une revalorisation des primes de nuit. Lors du débrayage, le syndicat FO Métaux Savoie a exigé l'ouverture immédiate de négociations. « On produit plus qu'avant avec moins de monde », a déclaré Sébastien Rey, opérateur à l'électrolyse depuis quinze ans.\n"
    "Les gendarmes ont interpellé dimanche à Modane deux hommes soupçonnés d'avoir fait passer une vingtaine de migrants par le col de l'Échelle. Ils ont été présentés au parquet d'Albertville.\n"
    "Les Restos du cœur ont distribué samedi des colis alimentaires à 200 travailleurs saisonniers à Bourg-Saint-Maurice.\n"
    "L'association Vivre et Agir en Maurienne a dénoncé mardi l'absence de mesures de la qualité de l'air dans les villages proches de l'autoroute.\n"
    "Le conseil départemental de la Savoie s'est dit prêt à financer des navettes entre Moûtiers et les stations de la Tarentaise.\n"
    "Le préfet est attendu vendredi prochain à Albertville pour présenter le plan départemental de viabilité hivernale.",
    [("LOC", "Saint-Jean-de-Maurienne", [], ["SAINT-JEAN-DE-MAURIENNE", "Saint-Jean-de-Maurienne"]),
     ("LOC", "Savoie", ["Savoie department"], ["Savoie"]),
     ("PERSON", "Laurent Mercier", ["Mercier"], ["Laurent Mercier", "Mercier"]),
     ("LOC", "Fréjus Road Tunnel", ["tunnel du Fréjus", "Frejus tunnel", "Fréjus"], ["tunnel du Fréjus", "Fréjus"]),
     ("LOC", "Maurienne", ["Maurienne valley"], ["Maurienne"]),
     ("LOC", "Chambéry", ["Chambery"], ["Chambéry"]),
     ("ORG", "Grand Chambéry", ["Grand Chambéry agglomeration"], ["Grand Chambéry"]),
     ("ORG", "Université Savoie Mont Blanc", ["Savoie Mont Blanc University", "USMB"], ["université Savoie Mont Blanc"]),
     ("ORG", "Trimet", ["Trimet France"], ["Trimet"]),
     ("ORG", "FO Métaux Savoie", ["FO Métaux"], ["FO Métaux Savoie"]),
     ("PERSON", "Sébastien Rey", ["Sebastien Rey"], ["Sébastien Rey"]),
     ("LOC", "Modane", [], ["Modane"]),
     ("LOC", "Col de l'Échelle", ["col de l'Échelle", "Col de l'Echelle"], ["col de l'Échelle"]),
     ("ORG", "Parquet d'Albertville", ["Albertville prosecutor's office"], ["parquet d'Albertville"]),
     ("ORG", "Restos du cœur", ["Restaurants du cœur", "Restos du coeur"], ["Restos du cœur"]),
     ("LOC", "Bourg-Saint-Maurice", [], ["Bourg-Saint-Maurice"]),
     ("ORG", "Vivre et Agir en Maurienne", ["VAM"], ["Vivre et Agir en Maurienne"]),
     ("ORG", "Conseil départemental de la Savoie", ["Savoie departmental council"], ["conseil départemental de la Savoie"]),
     ("LOC", "Moûtiers", ["Moutiers"], ["Moûtiers"]),
     ("LOC", "Tarentaise", ["Tarentaise valley"], ["Tarentaise"]),
     ("LOC", "Albertville", [], ["Albertville"])],
    [("04", "réuni", "Saint-Jean-de-Maurienne", "2026-10-20"), ("05", "signé", "Chambéry", "2026-10-20"),
     ("14", "grève", "Saint-Jean-de-Maurienne", "2026-10-16"), ("10", "exigé", "Saint-Jean-de-Maurienne", "2026-10-16"),
     ("17", "interpellé", "Modane", "2026-10-18"), ("07", "distribué", "Bourg-Saint-Maurice", "2026-10-17"),
     ("11", "dénoncé", None, "2026-10-20"), ("03", "prêt", "Moûtiers", None),
     ("04", "attendu", "Albertville", "2026-10-23")])

write("blind16.jsonl")
