# Writes practice_arorg11.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arorg11,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. A practice set for Arabic
# bodies and their English names: directorates and departments written with دائرة، إدارة، مديرية، مصلحة, state
# companies, authorities, commissions (one given by "في <place>" after it), parties, unions, and phrases that are no
# body (constituencies, crisis management). Regions: Iraq's Basra oil bodies, Somalia's Puntland, Egypt's Gharbia
# (Delta) and western Libya (Misrata, Zuwara, Mellitah). Gold names are the English that wire copy uses (the body's own
# English name where it has one, else GUIDELINES' "Body (Country)"). Real bodies; officials' words and details are
# fictional. Apache-2.0.
# Run: python3 make_practice_arorg11.py
from gold import doc, write

doc("pa11-ar-01-basra", "ar", "2026-12-01T09:00:00Z",
    "العراق: شركة الاستكشافات النفطية توسع عملها رغم احتجاجات في شط العرب",
    "أعلنت شركة الاستكشافات النفطية، أمس الاثنين، إجراء مسح زلزالي جديد في حقل مجنون، بعد أسبوع من احتجاجات نظمها عاطلون عن العمل قرب قضاء شط العرب جنوبي العراق.\n"
    "وقالت وزارة البيئة العراقية إن الصادرات عبر الموانئ الجنوبية ستعود إلى مستواها المعتاد، فيما أكدت شركة غاز البصرة أنها أنهت صيانة محطة خور الزبير.\n"
    "وقالت دائرة صحة البصرة إن مستشفياتها استقبلت عشرات المصابين بحالات اختناق بسبب حرق الغاز المصاحب، وطالبت مديرية بيئة البصرة الشركات الأجنبية بخفض الانبعاثات خلال ستة أشهر.\n"
    "وأعلنت الشركة العامة لموانئ العراق أن ميناء الفاو الكبير سيستقبل ناقلتين جديدتين، بينما قالت الهيئة العامة للكمارك إنها ضبطت شحنة وقود مهربة قرب ميناء أبو فلوس.\n"
    "ودعا مجلس محافظة البصرة إلى تخصيص نسبة من العائدات لمشاريع المياه، وقالت الشركة العامة لتوزيع كهرباء الجنوب إن ساعات التجهيز سترتفع مع انخفاض الحرارة.\n"
    "وقال تيار الحكمة الوطني إن أبناء المحافظة أحق بفرص العمل في الحقول، في حين أعلنت قيادة عمليات البصرة نشر قوات إضافية حول مواقع الشركات، وقالت نقابة المهندسين العراقية إن المهندسين سيعتصمون إذا لم تصرف مستحقاتهم.\n"
    "ولا تزال إدارة الأزمة في المحافظة تعقد اجتماعات يومية، فيما يطالب مرشحو الدائرة الانتخابية الثانية بحصة من الوظائف، ويقول سكان القرى القريبة من الحقول إن المياه الملوثة والدخان يهددان صحة أطفالهم منذ سنوات.",
    [("LOC", "Iraq", [], ["العراق"]),
     ("LOC", "Majnoon oil field", ["Majnoon", "Majnoon field"], ["حقل مجنون"]),
     ("LOC", "Shatt al-Arab District", ["Shatt al-Arab"], ["قضاء شط العرب"]),
     ("LOC", "Khor al-Zubair", ["Khor al-Zubair port", "Khor Al Zubair"], ["خور الزبير"]),
     ("LOC", "Grand Faw Port", ["Al-Faw Grand Port", "Faw port"], ["ميناء الفاو الكبير"]),
     ("LOC", "Abu Flus Port", ["Abu Flous", "Abu Flus"], ["ميناء أبو فلوس"]),
     ("ORG", "Oil Exploration Company (Iraq)", ["Iraqi Oil Exploration Company", "OEC"], ["شركة الاستكشافات النفطية"]),
     ("ORG", "Ministry of Environment (Iraq)", ["Iraqi Environment Ministry", "Environment Ministry (Iraq)", "Iraqi Ministry of Environment"], ["وزارة البيئة العراقية"]),
     ("ORG", "Basrah Gas Company", ["Basra Gas Company", "BGC"], ["شركة غاز البصرة"]),
     ("ORG", "Basra Health Directorate", ["Basra Health Department", "Directorate of Health in Basra", "Basra health directorate"], ["دائرة صحة البصرة"]),
     ("ORG", "Basra Environment Directorate", ["Basra Environment Department", "Directorate of Environment in Basra"], ["مديرية بيئة البصرة"]),
     ("ORG", "General Company for Ports of Iraq", ["GCPI", "Iraqi Ports Company", "General Company for Iraqi Ports"], ["الشركة العامة لموانئ العراق"]),
     ("ORG", "General Commission of Customs (Iraq)", ["General Customs Authority (Iraq)", "Iraqi Customs Authority", "Iraqi General Commission of Customs"], ["الهيئة العامة للكمارك"]),
     ("ORG", "Basra Provincial Council", ["Basra Governorate Council", "Basra provincial council"], ["مجلس محافظة البصرة"]),
     ("ORG", "General Company for Electricity Distribution in the South (Iraq)", ["South Electricity Distribution Company", "General Company for Southern Electricity Distribution"], ["الشركة العامة لتوزيع كهرباء الجنوب"]),
     ("ORG", "National Wisdom Movement", ["Hikma Movement", "al-Hikma", "National Hikma Movement"], ["تيار الحكمة الوطني"]),
     ("ORG", "Basra Operations Command", ["Basra Operations Command (Iraq)"], ["قيادة عمليات البصرة"]),
     ("ORG", "Iraqi Engineers Union", ["Iraqi Engineers Syndicate", "Union of Iraqi Engineers"], ["نقابة المهندسين العراقية"])],
    [])

doc("pa11-ar-03-gharbia", "ar", "2026-12-03T09:00:00Z",
    "مصر: مديرية التربية والتعليم بالمنوفية تعلق الدراسة في مدارس شبين الكوم",
    "قررت مديرية التربية والتعليم بالمنوفية، أمس الأربعاء، تعليق الدراسة يومين في مدارس مدينة شبين الكوم، بعد أن حذرت الهيئة العامة للأرصاد الجوية من أمطار غزيرة على محافظات الدلتا.\n"
    "وقالت وزارة التربية والتعليم والتعليم الفني إن القرار يشمل نحو مئتي مدرسة، فيما أعلنت مديرية الصحة بالمنوفية رفع درجة الاستعداد في مستشفيات منوف وأشمون.\n"
    "وقالت الشركة المصرية لنقل الكهرباء إن أبراج الضغط العالي لم تتضرر، بينما طالب الاتحاد العام لنقابات عمال مصر بصرف بدل مخاطر للعمال، وأعلنت شركة جنوب الدلتا لتوزيع الكهرباء فصل التيار عن شوارع غمرتها المياه.\n"
    "وقالت إدارة المرور بالمنوفية إنها أغلقت طريقاً سريعاً بين شبين الكوم ومنوف، في حين أعلنت الشركة القابضة لمياه الشرب والصرف الصحي دفع سيارات شفط إضافية إلى الأحياء المنخفضة.\n"
    "وقالت وزارة التنمية المحلية إن المصارف الزراعية قادرة على استيعاب الأمطار، وأمرت النيابة العامة بالتحقيق في انهيار سور مدرسة في قرية قرب تلا، وقالت جامعة المنوفية إنها أجلت امتحانات منتصف الفصل.\n"
    "وطالب نواب حزب مستقبل وطن في محافظة المنوفية الحكومة بخطة لتطوير شبكات الصرف، وقال حزب الوفد إن الأزمة تتكرر كل شتاء دون حلول، ويقول سكان الأحياء القديمة إن المياه تدخل منازلهم مع كل موجة مطر منذ سنوات طويلة، وإن الشكاوى لا تلقى استجابة.",
    [("LOC", "Egypt", [], ["مصر"]),
     ("LOC", "Shebin El Kom", ["Shibin El Kom", "Shebin el-Kom"], ["شبين الكوم"]),
     ("LOC", "Nile Delta", ["Delta", "the Delta"], ["الدلتا"]),
     ("LOC", "Menouf", ["Minuf"], ["منوف"]),
     ("LOC", "Ashmoun", ["Ashmun"], ["أشمون"]),
     ("LOC", "Tala", ["Tala, Monufia"], ["تلا"]),
     ("LOC", "Monufia Governorate", ["Monufia", "Menoufia"], ["محافظة المنوفية"]),
     ("ORG", "Monufia Education Directorate", ["Directorate of Education in Monufia", "Monufia Directorate of Education"], ["مديرية التربية والتعليم بالمنوفية"]),
     ("ORG", "Egyptian Meteorological Authority", ["EMA", "Meteorological Authority (Egypt)"], ["الهيئة العامة للأرصاد الجوية"]),
     ("ORG", "Ministry of Education and Technical Education (Egypt)", ["Egyptian Education Ministry", "Ministry of Education (Egypt)", "Education Ministry (Egypt)"], ["وزارة التربية والتعليم والتعليم الفني"]),
     ("ORG", "Monufia Health Directorate", ["Directorate of Health in Monufia", "Monufia Directorate of Health"], ["مديرية الصحة بالمنوفية"]),
     ("ORG", "Egyptian Electricity Transmission Company", ["EETC"], ["الشركة المصرية لنقل الكهرباء"]),
     ("ORG", "Egyptian Trade Union Federation", ["ETUF"], ["الاتحاد العام لنقابات عمال مصر"]),
     ("ORG", "South Delta Electricity Distribution Company", ["South Delta Electricity Distribution"], ["شركة جنوب الدلتا لتوزيع الكهرباء"]),
     ("ORG", "Monufia Traffic Department", ["Traffic Department (Monufia)", "Monufia traffic directorate"], ["إدارة المرور بالمنوفية"]),
     ("ORG", "Holding Company for Water and Wastewater", ["HCWW", "Holding Company for Drinking Water and Sanitation"], ["الشركة القابضة لمياه الشرب والصرف الصحي"]),
     ("ORG", "Ministry of Local Development (Egypt)", ["Egyptian Local Development Ministry", "Local Development Ministry (Egypt)"], ["وزارة التنمية المحلية"]),
     ("ORG", "Public Prosecution (Egypt)", ["Egyptian Public Prosecution", "Public Prosecutor's Office (Egypt)"], ["النيابة العامة"]),
     ("ORG", "Menoufia University", ["Monufia University"], ["جامعة المنوفية"]),
     ("ORG", "Nation's Future Party", ["Mostaqbal Watan", "Mostakbal Watan Party", "Future of a Nation Party"], ["حزب مستقبل وطن"]),
     ("ORG", "Wafd Party", ["New Wafd Party", "al-Wafd"], ["حزب الوفد"])],
    [])

doc("pa11-ar-02-mafraq", "ar", "2026-12-02T09:00:00Z",
    "الأردن: دائرة الجمارك تضبط شحنة مهربة قرب الرويشد",
    "أعلنت دائرة الجمارك الأردنية، أمس الثلاثاء، ضبط شاحنة محملة بالسجائر المهربة قرب بلدة الرويشد في محافظة المفرق شمال شرقي الأردن، قبل وصولها إلى مستودعات في مدينة الزرقاء.\n"
    "وقالت إدارة السير المركزية إن الطريق الصحراوي سيغلق ساعات لنقل الحمولة، فيما أعلنت دائرة الأحوال المدنية والجوازات فتح مكتب متنقل في مخيم الزعتري لتجديد وثائق السكان.\n"
    "وقالت دائرة الإحصاءات العامة إن معدل البطالة في المحافظة ارتفع إلى أعلى مستوى منذ خمس سنوات، بينما قالت دائرة الآثار العامة إنها أوقفت أعمال حفر غير مرخصة قرب موقع أم الجمال الأثري.\n"
    "وأصدرت دائرة الإفتاء العام فتوى تحرم التهريب، وقالت دائرة الشؤون الفلسطينية إنها ستوزع مساعدات شتوية على المخيمات، في حين أعلنت شركة توزيع الكهرباء إصلاح خط رئيسي يغذي القرى الحدودية.\n"
    "وقالت شركة الكهرباء الأردنية إن انقطاع التيار عن أحياء في الزرقاء سببه سرقة كوابل، وطالبت نقابة الأطباء الأردنيين بدعم المراكز الصحية في البادية الشمالية.\n"
    "وأعلنت الهيئة المستقلة للانتخاب أنها ستراجع سجلات الناخبين في الدائرة الانتخابية الأولى قبل الانتخابات البلدية، وقال حزب الميثاق الوطني إن أبناء البادية يدفعون ثمن غياب المشاريع.\n"
    "ويقول سكان المنطقة إن التهريب عبر الحدود يزداد في الشتاء، وإن إدارة المعابر تحتاج إلى معدات حديثة وعدد أكبر من الموظفين.",
    [("LOC", "Jordan", [], ["الأردن"]),
     ("LOC", "Ruwaished", ["Al-Ruwaished"], ["الرويشد"]),
     ("LOC", "Mafraq Governorate", ["Mafraq"], ["محافظة المفرق"]),
     ("LOC", "Zarqa", [], ["الزرقاء"]),
     ("LOC", "Zaatari refugee camp", ["Zaatari camp", "Zaatari"], ["مخيم الزعتري"]),
     ("LOC", "Umm el-Jimal", ["Umm al-Jimal", "Umm el-Jimal archaeological site"], ["موقع أم الجمال الأثري"]),
     ("ORG", "Jordan Customs", ["Jordan Customs Department", "Jordanian Customs Department", "Customs Department (Jordan)"], ["دائرة الجمارك الأردنية"]),
     ("ORG", "Central Traffic Department (Jordan)", ["Central Traffic Department", "Jordan's Central Traffic Department"], ["إدارة السير المركزية"]),
     ("ORG", "Civil Status and Passports Department (Jordan)", ["Civil Status and Passports Department", "CSPD"], ["دائرة الأحوال المدنية والجوازات"]),
     ("ORG", "Department of Statistics (Jordan)", ["DoS", "Jordan Department of Statistics", "Jordanian Department of Statistics"], ["دائرة الإحصاءات العامة"]),
     ("ORG", "Department of Antiquities (Jordan)", ["Jordan Department of Antiquities", "Department of Antiquities of Jordan"], ["دائرة الآثار العامة"]),
     ("ORG", "General Iftaa' Department (Jordan)", ["General Iftaa Department", "Iftaa Department (Jordan)"], ["دائرة الإفتاء العام"]),
     ("ORG", "Department of Palestinian Affairs (Jordan)", ["Department of Palestinian Affairs"], ["دائرة الشؤون الفلسطينية"]),
     ("ORG", "Electricity Distribution Company (Jordan)", ["EDCO", "Electricity Distribution Company"], ["شركة توزيع الكهرباء"]),
     ("ORG", "Jordan Electric Power Company", ["JEPCO", "Jordan Electric Power Co."], ["شركة الكهرباء الأردنية"]),
     ("ORG", "Jordan Medical Association", ["Jordanian Medical Association", "Jordanian Doctors Syndicate"], ["نقابة الأطباء الأردنيين"]),
     ("ORG", "Independent Election Commission (Jordan)", ["IEC", "Independent Election Commission"], ["الهيئة المستقلة للانتخاب"]),
     ("ORG", "National Charter Party", ["Al-Methaq National Party", "National Charter Party (Jordan)"], ["حزب الميثاق الوطني"])],
    [])

write("practice_arorg11.jsonl")
