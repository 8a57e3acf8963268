# Writes practice_arorg10.jsonl: 8 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arorg10,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. A practice set for Arabic
# bodies and their English names: election commissions, armies and police forces, central and national banks,
# ministries written with a nationality adjective, directorates (مديرية، إدارة، دائرة), authorities (هيئة), parties and
# companies, with constituencies and administrations that are no body. Regions: far-western Nepal, Sri Lanka's Ampara,
# Sindh (Pakistan), Oman's Sur, Jordan, Iraq's central government, Beni Suef, Somalia's Sool and Djibouti. Gold names are
# the English that wire copy uses
# (the body's own English name where it has one, else GUIDELINES' "Body (Country)"). Real bodies; officials' words and
# details are fictional. Apache-2.0.
# Run: python3 make_practice_arorg10.py
from gold import doc, write

doc("pa10-ar-01-dhangadhi", "ar", "2026-11-30T09:00:00Z",
    "نيبال: مكتب المدعي العام يلاحق مسؤولين في شركة الأغذية الحكومية",
    "رفع مكتب المدعي العام النيبالي، أمس الأحد، دعوى أمام القضاء ضد خمسة مسؤولين في شركة إدارة وتجارة الأغذية النيبالية، بتهمة التلاعب في عقود نقل الأرز إلى مستودعات مدينة دانغادي في إقليم سودورباشيم.\n"
    "وقال المكتب إن التحقيق شمل مناقصات أجرتها الشركة خلال ثلاث سنوات، وإن الخسائر تجاوزت مليار روبية، فيما قالت وزارة المالية النيبالية إنها ستراجع آلية دعم أسعار الأرز في المناطق الجبلية.\n"
    "وفي الأثناء، قال مركز عمليات الطوارئ الوطني إن تساقط الثلوج سيستمر في إقليم كارنالي حتى نهاية الأسبوع، وأعلنت شركة يتي للطيران تعليق رحلاتها إلى مطار جوملا.\n"
    "وقالت شركة شري للطيران إنها ستنقل ركاب الرحلات الملغاة براً ريثما يتحسن الطقس، بينما قالت قوة الشرطة المسلحة النيبالية إن فرقها انتشلت ثلاثة متسلقين عالقين قرب الحدود الصينية.\n"
    "وسياسياً، طالب حزب راستريا سواتانترا اللجنة الوطنية لحقوق الإنسان في نيبال بالتحقيق في أوضاع المخازن، وقال حزب راستريا براجاتانترا إن الفساد في قطاع الأغذية يثقل كاهل المزارعين في السهول الجنوبية.\n"
    "وأعلنت شركة نيبال تيليكوم أنها ستمد شبكة الألياف الضوئية إلى بلدات جبلية في كارنالي العام المقبل، في حين قالت بلدية دانغادي الفرعية إن الطرق المؤدية إلى المستودعات ستغلق ليلاً.\n"
    "وكانت احتجاجات قد اندلعت الشهر الماضي بعد نقص في الإمدادات الغذائية في القرى النائية، ما دفع الحكومة إلى الوعد بإصلاح نظام التوزيع قبل حلول الربيع.",
    [("LOC", "Nepal", [], ["نيبال"]),
     ("LOC", "Dhangadhi", [], ["دانغادي"]),
     ("LOC", "Sudurpashchim Province", ["Sudurpashchim", "Far-Western Province"], ["إقليم سودورباشيم"]),
     ("LOC", "Karnali Province", ["Karnali"], ["إقليم كارنالي", "كارنالي"]),
     ("LOC", "Jumla Airport", ["Jumla"], ["مطار جوملا"]),
     ("ORG", "Office of the Attorney General (Nepal)", ["Attorney General's Office (Nepal)", "Nepal Attorney General's Office", "Office of the Attorney General of Nepal"], ["مكتب المدعي العام النيبالي"]),
     ("ORG", "Food Management and Trading Company", ["FMTCL", "Food Management and Trading Company Limited", "Nepal Food Corporation"], ["شركة إدارة وتجارة الأغذية النيبالية"]),
     ("ORG", "Ministry of Finance (Nepal)", ["Nepalese Finance Ministry", "Finance Ministry (Nepal)", "Nepal Finance Ministry"], ["وزارة المالية النيبالية"]),
     ("ORG", "National Emergency Operation Centre (Nepal)", ["NEOC", "National Emergency Operation Centre"], ["مركز عمليات الطوارئ الوطني"]),
     ("ORG", "Yeti Airlines", [], ["شركة يتي للطيران"]),
     ("ORG", "Shree Airlines", [], ["شركة شري للطيران"]),
     ("ORG", "Armed Police Force (Nepal)", ["APF", "Nepal Armed Police Force", "Armed Police Force"], ["قوة الشرطة المسلحة النيبالية"]),
     ("ORG", "Rastriya Swatantra Party", ["RSP"], ["حزب راستريا سواتانترا"]),
     ("ORG", "National Human Rights Commission (Nepal)", ["NHRC", "National Human Rights Commission of Nepal", "Nepal's National Human Rights Commission"], ["اللجنة الوطنية لحقوق الإنسان في نيبال", "اللجنة الوطنية لحقوق الإنسان"]),
     ("ORG", "Rastriya Prajatantra Party", ["Rastriya Prajatantra Party (Nepal)"], ["حزب راستريا براجاتانترا"]),
     ("ORG", "Nepal Telecom", ["Nepal Doorsanchar Company"], ["شركة نيبال تيليكوم", "نيبال تيليكوم"]),
     ("ORG", "Dhangadhi Sub-Metropolitan City", ["Dhangadhi municipality"], ["بلدية دانغادي الفرعية"])],
    [])

doc("pa10-ar-02-ampara", "ar", "2026-12-02T09:00:00Z",
    "سريلانكا: سلاح الجو ينقل مساعدات إلى أمبارا بعد فيضانات واسعة",
    "نقلت قوارب قوة الدفاع المدني السريلانكية، أمس الثلاثاء، مساعدات غذائية إلى قرى معزولة في منطقة أمبارا، بعد فيضانات اجتاحت مناطق في شرق البلاد إثر أمطار موسمية غزيرة.\n"
    "وقالت وزارة الدفاع السريلانكية إن أكثر من أربعين ألف شخص تضرروا، فيما قالت دائرة الري السريلانكية إنها فتحت بوابات خزان سينانايكي سامودرا بعد ارتفاع منسوب المياه.\n"
    "وقالت الشرطة السريلانكية إنها أغلقت طريقين رئيسيين قرب بلدة كالموناي، وإن إدارة التحقيقات الجنائية فتحت تحقيقاً في سرقة مواد إغاثة من مخزن حكومي، بناء على شكوى قدمتها لجنة التحقيق في ادعاءات الرشوة أو الفساد.\n"
    "وأعلنت شركة لانكا للكهرباء قطع التيار عن مناطق غمرتها المياه احترازياً، وقالت مؤسسة البترول السيلانية إن إمدادات الوقود إلى المنطقة ستصل عبر ميناء أولوفيل.\n"
    "وقالت وزارة المالية السريلانكية إنها خصصت ملياري روبية للتعويضات، بينما طالب حزب المؤتمر الإسلامي السريلانكي بإعلان المنطقة منكوبة، وانتقد حزب سريلانكا بودوجانا بيرامونا بطء الاستجابة.\n"
    "وأعلنت مفوضية الانتخابات في سريلانكا تأجيل انتخابات مجالس محلية في المناطق المتضررة، فيما قالت شركة لانكا ساتوسا إنها ستبيع المواد الغذائية بأسعار مخفضة في مراكز الإيواء.\n"
    "ويشهد شرق البلاد فيضانات متكررة في مثل هذا الوقت من العام، لكن السكان يقولون إن أنظمة الصرف لم تحدث منذ عقود، وإن الطرق الريفية تنقطع مع كل موسم أمطار.",
    [("LOC", "Sri Lanka", [], ["سريلانكا"]),
     ("LOC", "Ampara District", ["Ampara"], ["منطقة أمبارا", "أمبارا"]),
     ("LOC", "Senanayake Samudra", ["Senanayake Samudra reservoir", "Inginiyagala reservoir"], ["خزان سينانايكي سامودرا"]),
     ("LOC", "Kalmunai", [], ["كالموناي"]),
     ("LOC", "Oluvil Port", ["Port of Oluvil", "Oluvil harbour"], ["ميناء أولوفيل"]),
     ("ORG", "Sri Lanka Civil Defence Force", ["Civil Security Department (Sri Lanka)", "Sri Lankan Civil Defence Force"], ["قوة الدفاع المدني السريلانكية"]),
     ("ORG", "Ministry of Defence (Sri Lanka)", ["Sri Lankan Defence Ministry", "Defence Ministry (Sri Lanka)", "Sri Lanka Ministry of Defence"], ["وزارة الدفاع السريلانكية"]),
     ("ORG", "Irrigation Department (Sri Lanka)", ["Department of Irrigation (Sri Lanka)", "Sri Lanka Irrigation Department", "Sri Lankan Irrigation Department"], ["دائرة الري السريلانكية"]),
     ("ORG", "Sri Lanka Police", ["Sri Lankan Police", "Sri Lankan police"], ["الشرطة السريلانكية"]),
     ("ORG", "Criminal Investigation Department (Sri Lanka)", ["CID (Sri Lanka)", "Sri Lankan Criminal Investigation Department"], ["إدارة التحقيقات الجنائية"]),
     ("ORG", "Commission to Investigate Allegations of Bribery or Corruption", ["CIABOC", "Bribery Commission (Sri Lanka)", "Bribery Commission"], ["لجنة التحقيق في ادعاءات الرشوة أو الفساد"]),
     ("ORG", "Lanka Electricity Company", ["LECO", "Lanka Electricity Company (Private) Limited"], ["شركة لانكا للكهرباء"]),
     ("ORG", "Ceylon Petroleum Corporation", ["CPC", "CEYPETCO"], ["مؤسسة البترول السيلانية"]),
     ("ORG", "Ministry of Finance (Sri Lanka)", ["Sri Lankan Finance Ministry", "Finance Ministry (Sri Lanka)", "Sri Lanka Finance Ministry"], ["وزارة المالية السريلانكية"]),
     ("ORG", "Sri Lanka Muslim Congress", ["SLMC"], ["حزب المؤتمر الإسلامي السريلانكي", "المؤتمر الإسلامي السريلانكي"]),
     ("ORG", "Sri Lanka Podujana Peramuna", ["SLPP"], ["حزب سريلانكا بودوجانا بيرامونا", "سريلانكا بودوجانا بيرامونا"]),
     ("ORG", "Election Commission of Sri Lanka", ["Election Commission (Sri Lanka)", "Sri Lanka Election Commission", "Sri Lankan Election Commission"], ["مفوضية الانتخابات في سريلانكا", "مفوضية الانتخابات"]),
     ("ORG", "Lanka Sathosa", ["Sathosa", "Lanka Sathosa Limited"], ["شركة لانكا ساتوسا"])],
    [("07", "نقلت", "Ampara District", "2026-12-01")])

doc("pa10-ar-03-sukkur", "ar", "2026-11-27T09:00:00Z",
    "باكستان: وكالة التحقيقات الاتحادية تعتقل مسؤولين في هيئة المياه والطاقة",
    "اعتقلت وكالة التحقيقات الاتحادية الباكستانية، أمس الخميس، ثلاثة مسؤولين في هيئة تطوير المياه والطاقة في مدينة سكر جنوبي البلاد، بتهمة تزوير فواتير صيانة قناطر على نهر السند.\n"
    "وقالت الوكالة إن المتهمين نقلوا إلى نوابشاه للتحقيق، فيما قالت شرطة السند إنها شددت الإجراءات حول مكاتب الهيئة بعد احتجاجات نظمها عمال مفصولون.\n"
    "وفي لاركانا، قالت قوات الرينجرز الباكستانية إنها أوقفت أربعة مشتبه بهم في هجوم على قافلة لشركة تطوير النفط والغاز، وإن عناصرها صادرت أسلحة وذخائر.\n"
    "وسياسياً، قال حزب الشعب الباكستاني الذي يحكم الإقليم إن القضية تكشف فساداً متراكماً، بينما اتهمت الحركة القومية المتحدة حكومة الإقليم بالتقصير في إصلاح شبكات الري.\n"
    "وأعلنت مفوضية الانتخابات الباكستانية إجراء انتخابات فرعية في دائرة بالإقليم الشهر المقبل، وقالت سلطة نظام نهر السند إن حصص المياه للمزارعين ستخفض عشرة في المئة خلال الشتاء.\n"
    "وقالت الخطوط الجوية الدولية الباكستانية إنها استأنفت رحلاتها إلى سكر بعد توقف دام أسبوعين، في حين قالت إدارة الأرصاد الجوية الباكستانية إن موجة برد ستضرب شمال البلاد.\n"
    "ويقول خبراء إن شبكات الري في الإقليم تعاني من نقص الصيانة منذ سنوات، وإن الفساد في عقود المقاولات يكلف المزارعين خسائر كبيرة في مواسم القمح والقطن.",
    [("LOC", "Pakistan", [], ["باكستان"]),
     ("LOC", "Sukkur", [], ["سكر"]),
     ("LOC", "Indus River", ["Indus"], ["نهر السند"]),
     ("LOC", "Nawabshah", ["Shaheed Benazirabad", "Benazirabad"], ["نوابشاه"]),
     ("LOC", "Larkana", [], ["لاركانا"]),
     ("ORG", "Federal Investigation Agency", ["FIA", "Federal Investigation Agency (Pakistan)", "Pakistani Federal Investigation Agency"], ["وكالة التحقيقات الاتحادية الباكستانية"]),
     ("ORG", "Water and Power Development Authority", ["WAPDA", "Water and Power Development Authority (Pakistan)"], ["هيئة تطوير المياه والطاقة"]),
     ("ORG", "Sindh Police", ["Sindh police"], ["شرطة السند"]),
     ("ORG", "Pakistan Rangers", ["Rangers", "Sindh Rangers", "Pakistan Rangers (Sindh)"], ["قوات الرينجرز الباكستانية"]),
     ("ORG", "Oil and Gas Development Company", ["OGDCL", "Oil and Gas Development Company Limited"], ["شركة تطوير النفط والغاز"]),
     ("ORG", "Pakistan Peoples Party", ["PPP", "Pakistan People's Party"], ["حزب الشعب الباكستاني"]),
     ("ORG", "Muttahida Qaumi Movement", ["MQM", "MQM-P", "Muttahida Qaumi Movement – Pakistan"], ["الحركة القومية المتحدة"]),
     ("ORG", "Election Commission of Pakistan", ["ECP", "Pakistan Election Commission", "Pakistani Election Commission", "Election Commission (Pakistan)"], ["مفوضية الانتخابات الباكستانية"]),
     ("ORG", "Indus River System Authority", ["IRSA"], ["سلطة نظام نهر السند"]),
     ("ORG", "Pakistan International Airlines", ["PIA"], ["الخطوط الجوية الدولية الباكستانية"]),
     ("ORG", "Pakistan Meteorological Department", ["PMD", "Pakistani Meteorological Department"], ["إدارة الأرصاد الجوية الباكستانية"])],
    [("17", "اعتقلت", "Sukkur", "2026-11-26"),
     ("17", "أوقفت", "Larkana", None)])

doc("pa10-ar-04-sur", "ar", "2026-11-29T09:00:00Z",
    "عُمان: جهاز الرقابة المالية يحيل موظفين في بلدية صور إلى القضاء",
    "أحال جهاز الرقابة المالية والإدارية للدولة في سلطنة عُمان، أمس السبت، خمسة موظفين في بلدية صور إلى القضاء بتهمة التلاعب في عقود رصف طرق في الولاية، وقال إن المبالغ المختلسة ستسترد.\n"
    "وقالت الإدارة العامة لمكافحة المخدرات والمؤثرات العقلية إنها ضبطت قارباً محملاً بالحشيش قبالة رأس الحد، فيما أعلنت الإدارة العامة للجمارك إحباط تهريب شحنة سجائر عبر ميناء صور.\n"
    "وفي قطاع الطاقة، قالت شركة الغاز الطبيعي المسال العمانية إن الصيانة الدورية لمجمع قلهات انتهت قبل موعدها، وأعلنت هيئة تنظيم الخدمات العامة اعتماد تعرفة جديدة للكهرباء في المحافظة.\n"
    "وقالت هيئة الطيران المدني العمانية إن الرياح القوية قد تؤثر على الرحلات، وحذرت من أمواج عالية على السواحل الشرقية، بينما أعلنت وزارة التنمية الاجتماعية العمانية توزيع مساعدات على الأسر المتضررة في ولاية صور.\n"
    "وفي الاقتصاد، أبقى البنك المركزي العماني سعر إعادة الشراء دون تغيير، وقالت مجموعة أوكيو إنها باعت حصتها في شركة محلية للاتصالات.\n"
    "وقال مستشفى صور المرجعي إنه استقبل أربعة صيادين أصيبوا في انقلاب قارب.\n"
    "وتسعى الحكومة إلى تعزيز الرقابة على المشاريع البلدية بعد سلسلة من القضايا المماثلة خلال العامين الماضيين، وفق ما ذكرته وسائل إعلام محلية، فيما قال مسؤولون إن نتائج التدقيق ستنشر كاملة.",
    [("LOC", "Oman", ["Sultanate of Oman"], ["عُمان", "سلطنة عُمان"]),
     ("LOC", "Sur", ["Sur, Oman"], ["صور"]),
     ("LOC", "Ras al Hadd", ["Ras Al Hadd", "Ras al-Hadd"], ["رأس الحد"]),
     ("LOC", "Port of Sur", ["Sur port"], ["ميناء صور"]),
     ("LOC", "Qalhat", [], ["قلهات"]),
     ("ORG", "State Audit Institution (Oman)", ["State Financial and Administrative Audit Institution", "Oman State Audit Institution", "SAI (Oman)"], ["جهاز الرقابة المالية والإدارية للدولة"]),
     ("ORG", "Sur Municipality", ["Municipality of Sur"], ["بلدية صور"]),
     ("ORG", "Directorate General of Narcotics and Psychotropic Substances Control (Oman)", ["Directorate General of Narcotics Control (Oman)", "Royal Oman Police Narcotics Control Directorate", "General Directorate of Narcotics and Psychotropic Substances Control (Oman)"], ["الإدارة العامة لمكافحة المخدرات والمؤثرات العقلية"]),
     ("ORG", "Directorate General of Customs (Oman)", ["Oman Customs", "Royal Oman Police Customs", "General Directorate of Customs (Oman)"], ["الإدارة العامة للجمارك"]),
     ("ORG", "Oman LNG", ["Oman Liquefied Natural Gas", "Oman LNG Company"], ["شركة الغاز الطبيعي المسال العمانية"]),
     ("ORG", "Authority for Public Services Regulation (Oman)", ["APSR", "Authority for Public Services Regulation"], ["هيئة تنظيم الخدمات العامة"]),
     ("ORG", "Civil Aviation Authority (Oman)", ["Oman Civil Aviation Authority", "CAA (Oman)", "Omani Civil Aviation Authority"], ["هيئة الطيران المدني العمانية"]),
     ("ORG", "Ministry of Social Development (Oman)", ["Omani Ministry of Social Development", "Omani Social Development Ministry", "Social Development Ministry (Oman)"], ["وزارة التنمية الاجتماعية العمانية"]),
     ("ORG", "Central Bank of Oman", ["CBO", "Omani Central Bank"], ["البنك المركزي العماني"]),
     ("ORG", "OQ", ["OQ Group", "Oman Oil Company"], ["مجموعة أوكيو"]),
     ("ORG", "Sur Hospital", ["Sur Referral Hospital"], ["مستشفى صور المرجعي"])],
    [])

doc("pa10-ar-05-tafilah", "ar", "2026-12-01T09:00:00Z",
    "الأردن: دائرة الجمارك تحبط تهريب شحنة سجائر عبر مركز جمرك الكرامة",
    "أعلنت دائرة الجمارك الأردنية، أمس الاثنين، إحباط محاولة لتهريب شحنة سجائر مخبأة في شاحنة خضار عند مركز جمرك الكرامة على الحدود الشرقية، وإحالة السائق إلى القضاء.\n"
    "وقالت دائرة المخابرات العامة إنها تتابع شبكة تقف وراء الشحنة، فيما قالت دائرة ضريبة الدخل والمبيعات إن التهريب يكلف الخزينة عشرات الملايين من الدنانير سنوياً.\n"
    "وفي الشأن الخدمي، قالت سلطة وادي الأردن إنها رفعت حصص مياه الري لمزارعي الأغوار الجنوبية، بينما أعلنت سلطة المياه الأردنية وقف الضخ عن أحياء في مادبا يومين لصيانة خط ناقل.\n"
    "وقالت دائرة الأرصاد الجوية إن منخفضاً جوياً سيؤثر على المملكة نهاية الأسبوع، وأعلنت دائرة الأراضي والمساحة تمديد ساعات العمل في مكاتبها في السلط.\n"
    "وفي الاقتصاد، قال البنك المركزي الأردني إن ودائع البنوك ارتفعت خمسة في المئة، وأعلنت شركة برومين الأردن زيادة إنتاجها من مصانعها على البحر الميت، فيما قالت هيئة تنظيم قطاع الطيران المدني إنها منحت تراخيص لرحلات داخلية جديدة.\n"
    "وأعلنت الهيئة المستقلة للانتخاب أن سجلات الناخبين ستعرض للطعن في مادبا والدوائر الأخرى مطلع الشهر المقبل.\n"
    "وتقول السلطات إن محاولات التهريب عبر الحدود الشرقية تراجعت خلال العام الجاري مقارنة بالعام الماضي، لكنها حذرت من أساليب جديدة لإخفاء البضائع.",
    [("LOC", "Jordan", [], ["الأردن"]),
     ("LOC", "Karameh border crossing", ["Karama crossing", "Al-Karamah border crossing"], ["الكرامة", "جمرك الكرامة"]),
     ("LOC", "Southern Ghor", ["Southern Jordan Valley", "Southern Ghors"], ["الأغوار الجنوبية"]),
     ("LOC", "Madaba", ["Madaba Governorate"], ["مادبا"]),
     ("LOC", "Salt", ["As-Salt", "Al-Salt"], ["السلط"]),
     ("LOC", "Dead Sea", [], ["البحر الميت"]),
     ("ORG", "Jordan Customs", ["Jordanian Customs", "Jordan Customs Department", "Customs Department (Jordan)"], ["دائرة الجمارك الأردنية"]),
     ("ORG", "General Intelligence Directorate (Jordan)", ["GID", "Jordanian General Intelligence Directorate", "General Intelligence Department (Jordan)"], ["دائرة المخابرات العامة"]),
     ("ORG", "Income and Sales Tax Department (Jordan)", ["ISTD", "Income and Sales Tax Department"], ["دائرة ضريبة الدخل والمبيعات"]),
     ("ORG", "Jordan Valley Authority", ["JVA"], ["سلطة وادي الأردن"]),
     ("ORG", "Water Authority of Jordan", ["WAJ", "Jordan Water Authority"], ["سلطة المياه الأردنية"]),
     ("ORG", "Jordan Meteorological Department", ["JMD", "Meteorological Department (Jordan)"], ["دائرة الأرصاد الجوية"]),
     ("ORG", "Department of Lands and Survey (Jordan)", ["Department of Lands and Survey", "Land and Survey Department (Jordan)", "DLS"], ["دائرة الأراضي والمساحة"]),
     ("ORG", "Central Bank of Jordan", ["CBJ", "Jordanian Central Bank"], ["البنك المركزي الأردني"]),
     ("ORG", "Jordan Bromine Company", ["JBC"], ["شركة برومين الأردن"]),
     ("ORG", "Civil Aviation Regulatory Commission (Jordan)", ["CARC", "Civil Aviation Regulatory Commission"], ["هيئة تنظيم قطاع الطيران المدني"]),
     ("ORG", "Independent Election Commission (Jordan)", ["IEC", "Independent Election Commission", "Jordanian Independent Election Commission"], ["الهيئة المستقلة للانتخاب"])],
    [("17", "إحباط", "Karameh border crossing", "2026-11-30")])

doc("pa10-ar-06-baghdad", "ar", "2026-12-02T09:00:00Z",
    "العراق: الادعاء العام يحيل ملف عقود توزيع المشتقات النفطية إلى محكمة الجنايات",
    "أعلن جهاز الادعاء العام في العراق، أمس الثلاثاء، إحالة ملف عقود أبرمتها شركة توزيع المنتجات النفطية إلى محكمة الجنايات المركزية، بعد تحقيق استمر أشهراً في بيع حصص وقود بأسعار تقل عن السوق.\n"
    "وقالت وزارة الاتصالات العراقية إنها ستتعاون مع التحقيق، فيما قال المصرف العراقي للتجارة إنه جمد حسابات شركتين وسيطتين بطلب من القضاء.\n"
    "وفي الشأن الأمني، قال جهاز مكافحة الإرهاب إن قواته قتلت مسلحين اثنين في سلسلة جبال حمرين، وقالت قيادة عمليات بغداد إنها عززت انتشارها في قضاء الطارمية شمالي العاصمة، بينما أعلن جهاز المخابرات الوطني العراقي تفكيك خلية لتهريب الأموال.\n"
    "وأعلنت المفوضية العليا المستقلة للانتخابات أنها تسلمت طعوناً في نتائج عدد من الدوائر، وقالت إن المحكمة الاتحادية العليا ستنظر في المصادقة على النتائج بعد البت فيها.\n"
    "وفي الاقتصاد، قال البنك المركزي العراقي إن مبيعات الدولار تراجعت، وأظهرت أرقام الجهاز المركزي للإحصاء ارتفاع التضخم إلى أربعة في المئة.\n"
    "وقال مصرف الرافدين إنه بدأ توطين رواتب الموظفين إلكترونياً، فيما أعلنت سلطة الطيران المدني العراقي إعادة فتح الأجواء أمام الرحلات العابرة بعد توقف دام يومين.\n"
    "ويأتي ذلك في وقت تواجه فيه الحكومة ضغوطاً متزايدة لمكافحة الفساد في قطاع الطاقة، بعد تقارير رقابية تحدثت عن هدر مليارات الدنانير خلال السنوات الماضية.",
    [("LOC", "Iraq", [], ["العراق"]),
     ("LOC", "Hamrin Mountains", ["Hamrin", "Hemrin Mountains", "Jabal Hamrin"], ["جبال حمرين"]),
     ("LOC", "Tarmiyah", ["Tarmiya", "Tarmiyah District", "Al-Tarmiyah"], ["قضاء الطارمية", "الطارمية"]),
     ("ORG", "Public Prosecution (Iraq)", ["Iraqi Public Prosecution", "Public Prosecution Service (Iraq)", "Public Prosecutor's Office (Iraq)"], ["جهاز الادعاء العام"]),
     ("ORG", "Oil Products Distribution Company (Iraq)", ["Oil Products Distribution Company", "OPDC", "Iraqi Oil Products Distribution Company"], ["شركة توزيع المنتجات النفطية"]),
     ("ORG", "Central Criminal Court of Iraq", ["Central Criminal Court (Iraq)", "CCCI"], ["محكمة الجنايات المركزية"]),
     ("ORG", "Ministry of Communications (Iraq)", ["Iraqi Communications Ministry", "Communications Ministry (Iraq)", "Iraqi Ministry of Communications"], ["وزارة الاتصالات العراقية"]),
     ("ORG", "Trade Bank of Iraq", ["TBI"], ["المصرف العراقي للتجارة"]),
     ("ORG", "Counter-Terrorism Service (Iraq)", ["CTS", "Iraqi Counter-Terrorism Service", "Counter Terrorism Service (Iraq)"], ["جهاز مكافحة الإرهاب"]),
     ("ORG", "Baghdad Operations Command", ["Baghdad Operations Command (Iraq)"], ["قيادة عمليات بغداد"]),
     ("ORG", "Iraqi National Intelligence Service", ["INIS", "National Intelligence Service (Iraq)"], ["جهاز المخابرات الوطني العراقي"]),
     ("ORG", "Independent High Electoral Commission", ["IHEC", "Independent High Electoral Commission (Iraq)", "Iraqi electoral commission"], ["المفوضية العليا المستقلة للانتخابات"]),
     ("ORG", "Federal Supreme Court (Iraq)", ["Federal Supreme Court", "Iraqi Federal Supreme Court"], ["المحكمة الاتحادية العليا"]),
     ("ORG", "Central Bank of Iraq", ["CBI", "Iraqi Central Bank"], ["البنك المركزي العراقي"]),
     ("ORG", "Central Statistical Organization (Iraq)", ["CSO", "Central Statistical Organisation (Iraq)", "Central Organization for Statistics (Iraq)"], ["الجهاز المركزي للإحصاء"]),
     ("ORG", "Rafidain Bank", ["Al-Rafidain Bank"], ["مصرف الرافدين"]),
     ("ORG", "Iraqi Civil Aviation Authority", ["ICAA", "Civil Aviation Authority (Iraq)"], ["سلطة الطيران المدني العراقي"])],
    [("19", "قتلت", "Hamrin Mountains", None)])

doc("pa10-ar-07-beni-suef", "ar", "2026-11-28T09:00:00Z",
    "مصر: مديرية أمن بني سويف تضبط تشكيلاً لسرقة الكابلات في ببا",
    "ضبطت مديرية أمن بني سويف، أمس الجمعة، تشكيلاً من خمسة أشخاص متهمين بسرقة كابلات الكهرباء من قرى تابعة لمركز ببا جنوبي المحافظة، بعد بلاغات تقدمت بها شركة مصر الوسطى لتوزيع الكهرباء.\n"
    "وقال قطاع الأمن العام إن المتهمين اعترفوا ببيع الكابلات لتاجر خردة في مدينة الفشن، وإن النيابة العامة المصرية أمرت بحبسهم أربعة أيام على ذمة التحقيق.\n"
    "وفي مدينة بني سويف، قالت مديرية الصحة ببني سويف إن مستشفى جامعة بني سويف استقبل 12 مصاباً في حادث تصادم على الطريق الصحراوي الغربي، فيما أعلنت الهيئة العامة للطرق والكباري بدء توسعة الطريق.\n"
    "وقالت شركة مياه الشرب والصرف الصحي ببني سويف إن المياه ستقطع عن أحياء في مركز إهناسيا ثماني ساعات لإصلاح خط رئيسي، بينما أعلنت الهيئة العامة للسلع التموينية وصول شحنة قمح إلى صوامع المحافظة.\n"
    "وقالت مديرية التربية والتعليم ببني سويف إن الدراسة ستنتظم الأحد، وقالت الكنيسة القبطية الأرثوذكسية إن البابا سيزور دير المحرق الشهر المقبل.\n"
    "وأعلن البنك الأهلي المصري افتتاح فرع جديد في مركز سمسطا.\n"
    "وتشهد قرى المحافظة سرقات متكررة للكابلات منذ ارتفاع أسعار النحاس، ما يتسبب في انقطاع التيار عن آلاف المنازل لساعات طويلة، ويقول الأهالي إن الدوريات الليلية غير كافية.",
    [("LOC", "Egypt", [], ["مصر"]),
     ("LOC", "Beni Suef", ["Beni Suef Governorate", "Bani Suwayf"], ["بني سويف"]),
     ("LOC", "Biba", ["Beba"], ["ببا"]),
     ("LOC", "El Fashn", ["Al Fashn", "Fashn"], ["الفشن"]),
     ("LOC", "Ihnasya", ["Ehnasia", "Ihnasya al-Madina"], ["إهناسيا"]),
     ("LOC", "Monastery of al-Muharraq", ["Al-Muharraq Monastery", "Deir al-Muharraq"], ["دير المحرق"]),
     ("LOC", "Sumusta", ["Somosta", "Sumusta al-Waqf"], ["سمسطا"]),
     ("ORG", "Beni Suef Security Directorate", ["Security Directorate (Beni Suef)", "Beni Suef Security Directorate (Egypt)"], ["مديرية أمن بني سويف"]),
     ("ORG", "Middle Egypt Electricity Distribution Company", ["Middle Egypt Electricity Distribution Co."], ["شركة مصر الوسطى لتوزيع الكهرباء"]),
     ("ORG", "Public Security Sector (Egypt)", ["Public Security Sector", "Egypt's Public Security Sector"], ["قطاع الأمن العام"]),
     ("ORG", "Public Prosecution (Egypt)", ["Egyptian Public Prosecution", "Public Prosecution Office (Egypt)", "Egyptian prosecution"], ["النيابة العامة المصرية"]),
     ("ORG", "Beni Suef Health Directorate", ["Health Directorate (Beni Suef)", "Beni Suef Directorate of Health"], ["مديرية الصحة ببني سويف"]),
     ("ORG", "Beni Suef University Hospital", ["Beni Suef University Hospitals"], ["مستشفى جامعة بني سويف"]),
     ("ORG", "General Authority for Roads, Bridges and Land Transport", ["GARBLT", "General Authority for Roads and Bridges (Egypt)"], ["الهيئة العامة للطرق والكباري"]),
     ("ORG", "Beni Suef Water and Wastewater Company", ["Beni Suef Drinking Water and Sanitation Company", "Beni Suef Water Company"], ["شركة مياه الشرب والصرف الصحي ببني سويف"]),
     ("ORG", "General Authority for Supply Commodities", ["GASC", "General Authority for Supply Commodities (Egypt)"], ["الهيئة العامة للسلع التموينية"]),
     ("ORG", "Beni Suef Education Directorate", ["Education Directorate (Beni Suef)", "Beni Suef Directorate of Education"], ["مديرية التربية والتعليم ببني سويف"]),
     ("ORG", "Coptic Orthodox Church", ["Coptic Orthodox Church of Alexandria", "Coptic Church"], ["الكنيسة القبطية الأرثوذكسية"]),
     ("ORG", "National Bank of Egypt", ["NBE"], ["البنك الأهلي المصري"])],
    [("17", "ضبطت", "Biba", "2026-11-27")])

doc("pa10-ar-08-las-anod", "ar", "2026-11-30T09:00:00Z",
    "الصومال: وزارة الدفاع تعلن استعادة قرية قرب لاسعانود ولجنة الانتخابات تبدأ التسجيل",
    "أعلنت وزارة الدفاع الصومالية، أمس الأحد، استعادة السيطرة على قرية قرب مدينة لاسعانود في إقليم سول بعد اشتباكات مع مسلحين، بمساندة قوات محلية من ولاية شمال شرق الصومال.\n"
    "وقال جهاز المخابرات والأمن الوطني الصومالي إن عناصره اعتقلت في لاسعانود ثلاثة أشخاص يشتبه في تخطيطهم لهجمات، فيما قالت الهيئة الصومالية لإدارة الكوارث إن الجفاف أجبر آلاف الأسر على النزوح نحو المدينة.\n"
    "وأعلنت اللجنة الوطنية المستقلة للانتخابات والحدود بدء تسجيل الناخبين في المدن الكبرى، وقالت وزارة الأمن الداخلي الصومالية إن التسجيل في الولاية الجديدة سيبدأ بعد استكمال مؤسساتها.\n"
    "وفي الاقتصاد، قال البنك المركزي الصومالي إنه سيطرح أوراقاً نقدية جديدة العام المقبل، وقالت شركة هرمود للاتصالات إن خدماتها في الإقليم عادت بعد انقطاع.\n"
    "وفي جيبوتي، قال البنك المركزي الجيبوتي إن التضخم تراجع إلى ما دون اثنين في المئة، وأعلنت الشركة الإثيوبية الجيبوتية للسكك الحديدية زيادة قطارات الشحن بين ميناء جيبوتي وإثيوبيا.\n"
    "وقال الدرك الوطني الجيبوتي إنه عزز دورياته على الحدود الجنوبية، بينما أعلنت شركة جيبوتي تيليكوم مد كابل بحري جديد.\n"
    "ويقول محللون إن الخلاف على إدارة الإقليم ما زال يعرقل خطط الحكومة لتنظيم انتخابات مباشرة في مختلف المناطق قبل نهاية العام المقبل.",
    [("LOC", "Somalia", [], ["الصومال"]),
     ("LOC", "Las Anod", ["Laascaanood", "Las Anod town"], ["لاسعانود"]),
     ("LOC", "Sool", ["Sool region"], ["إقليم سول"]),
     ("LOC", "North Eastern State of Somalia", ["North Eastern State", "SSC-Khatumo"], ["ولاية شمال شرق الصومال"]),
     ("LOC", "Djibouti", [], ["جيبوتي"]),
     ("LOC", "Port of Djibouti", ["Djibouti port"], ["ميناء جيبوتي"]),
     ("LOC", "Ethiopia", [], ["إثيوبيا"]),
     ("ORG", "Ministry of Defence (Somalia)", ["Somali Defence Ministry", "Defence Ministry (Somalia)", "Somali Ministry of Defence"], ["وزارة الدفاع الصومالية"]),
     ("ORG", "National Intelligence and Security Agency (Somalia)", ["NISA", "National Intelligence and Security Agency", "Somali National Intelligence and Security Agency"], ["جهاز المخابرات والأمن الوطني الصومالي"]),
     ("ORG", "Somali Disaster Management Agency", ["SoDMA", "Somalia Disaster Management Agency"], ["الهيئة الصومالية لإدارة الكوارث"]),
     ("ORG", "National Independent Electoral and Boundaries Commission (Somalia)", ["NIEBC", "National Independent Electoral Commission (Somalia)", "Somali electoral commission"], ["اللجنة الوطنية المستقلة للانتخابات والحدود", "لجنة الانتخابات"]),
     ("ORG", "Ministry of Internal Security (Somalia)", ["Somali Ministry of Internal Security", "Somali Internal Security Ministry", "Internal Security Ministry (Somalia)"], ["وزارة الأمن الداخلي الصومالية"]),
     ("ORG", "Central Bank of Somalia", ["CBS", "Somali Central Bank"], ["البنك المركزي الصومالي"]),
     ("ORG", "Hormuud Telecom", ["Hormuud"], ["شركة هرمود للاتصالات"]),
     ("ORG", "Central Bank of Djibouti", ["Banque Centrale de Djibouti", "Djiboutian Central Bank"], ["البنك المركزي الجيبوتي"]),
     ("ORG", "Ethio-Djibouti Railways", ["Ethio-Djibouti Standard Gauge Rail Transport", "EDR", "Ethiopia-Djibouti Railway Company"], ["الشركة الإثيوبية الجيبوتية للسكك الحديدية"]),
     ("ORG", "National Gendarmerie (Djibouti)", ["Djiboutian National Gendarmerie", "Djibouti Gendarmerie"], ["الدرك الوطني الجيبوتي"]),
     ("ORG", "Djibouti Telecom", [], ["شركة جيبوتي تيليكوم", "جيبوتي تيليكوم"])],
    [("19", "اشتباكات", "Las Anod", "2026-11-29"),
     ("17", "اعتقلت", "Las Anod", None)])

write("practice_arorg10.jsonl")
