# Writes practice_arorg9.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arorg9, annotated
# by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. A practice set for the English
# names of Arabic organisations: a body named once without its country where the story's country is plain (a Shura
# constitutional court, a supreme court), directorates written with إدارة or دائرة, heads of bodies written
# with a nationality adjective (election commissions, a chamber of commerce, a highway authority, an anti-corruption
# commission), shrines, and generic phrases that are no body (a programme, a front line, the central government).
# Regions: Bahrain, Ghana, Indonesia and Baghdad's Kadhimiya (Iraq). Gold names are the English that wire copy uses, with
# GUIDELINES' "Body (Country)" form where the body's name does not carry its country. Real bodies; officials' words
# and details are fictional. Apache-2.0.
# Run: python3 make_practice_arorg9.py
from gold import doc, write

doc("pa9-ar-01-manama", "ar", "2026-11-30T09:00:00Z",
    "البحرين: المجلس البلدي الجنوبي يقر خطة لدعم الإسكان",
    "أقر المجلس البلدي للمنطقة الجنوبية في البحرين، أمس الأحد، خطة تتيح توسيع برنامج دعم الإيجارات للأسر ذات الدخل المحدود، بعد نقاش استمر ثلاث ساعات.\n"
    "وقال رئيس المجلس إن تعديلات سابقة على قانون الإسكان أحيلت إلى المحكمة الدستورية للنظر في مدى توافقها مع الدستور.\n"
    "وفي سياق آخر، أعلنت الإدارة العامة للمرور إغلاق جسر رئيسي ليلاً لأعمال صيانة، فيما قالت هيئة الكهرباء والماء إن الانقطاع الذي شهدته مناطق جنوبية سببه عطل في محطة تحويل.\n"
    "وقالت إدارة الثروة السمكية إنها ستمنع صيد الروبيان شهرين لحماية المخزون.",
    [("LOC", "Bahrain", [], ["البحرين"]),
     ("ORG", "Southern Municipal Council (Bahrain)", ["Southern Governorate Municipal Council (Bahrain)", "Southern Municipal Council"], ["المجلس البلدي للمنطقة الجنوبية", "المجلس البلدي الجنوبي"]),
     ("ORG", "Constitutional Court (Bahrain)", ["Bahraini Constitutional Court", "Constitutional Court of Bahrain"], ["المحكمة الدستورية"]),
     ("ORG", "General Directorate of Traffic (Bahrain)", ["Bahrain General Directorate of Traffic", "General Traffic Directorate (Bahrain)"], ["الإدارة العامة للمرور"]),
     ("ORG", "Electricity and Water Authority (Bahrain)", ["EWA", "Bahrain Electricity and Water Authority"], ["هيئة الكهرباء والماء"]),
     ("ORG", "Fisheries Directorate (Bahrain)", ["Directorate of Fisheries (Bahrain)", "Bahrain Fisheries Directorate"], ["إدارة الثروة السمكية"])],
    [])

doc("pa9-ar-02-sunyani", "ar", "2026-12-01T09:00:00Z",
    "غانا: اللجنة الانتخابية ترفض طعناً في نتائج دائرة سونياني",
    "رفضت اللجنة الانتخابية الغانية، أمس الاثنين، طعناً قدمه المؤتمر الوطني الديمقراطي في نتائج دائرة انتخابية في سونياني، وقالت إن الفرز جرى بحضور ممثلي الأحزاب.\n"
    "وقال الحزب إنه سيلجأ إلى المحكمة العليا، فيما دعت غرفة التجارة والصناعة الوطنية الغانية إلى تهدئة الأجواء حفاظاً على ثقة المستثمرين.\n"
    "وفي شأن آخر، أعلنت هيئة الطيران المدني الغانية تأخر رحلات في مطار كوتوكا الدولي بسبب العواصف، بينما توقعت دائرة الأرصاد الجوية الغانية استمرار الأمطار الغزيرة في إقليم بونو حتى نهاية الأسبوع.\n"
    "وقالت إدارة الإطفاء الوطنية الغانية إن فرقها تعاملت مع ثلاثة حرائق في الأسواق خلال يومين.",
    [("LOC", "Ghana", [], ["غانا"]),
     ("LOC", "Sunyani", [], ["سونياني"]),
     ("LOC", "Kotoka International Airport", ["Kotoka Airport"], ["مطار كوتوكا الدولي"]),
     ("LOC", "Bono Region", ["Bono"], ["إقليم بونو", "بونو"]),
     ("ORG", "Electoral Commission of Ghana", ["Electoral Commission (Ghana)", "Ghana Electoral Commission", "Ghanaian Electoral Commission"], ["اللجنة الانتخابية الغانية", "اللجنة الانتخابية"]),
     ("ORG", "National Democratic Congress (Ghana)", ["NDC", "National Democratic Congress"], ["المؤتمر الوطني الديمقراطي"]),
     ("ORG", "Supreme Court of Ghana", ["Supreme Court (Ghana)", "Ghanaian Supreme Court"], ["المحكمة العليا"]),
     ("ORG", "Ghana National Chamber of Commerce and Industry", ["GNCCI", "Ghanaian National Chamber of Commerce and Industry"], ["غرفة التجارة والصناعة الوطنية الغانية"]),
     ("ORG", "Ghana Civil Aviation Authority", ["GCAA", "Ghanaian Civil Aviation Authority"], ["هيئة الطيران المدني الغانية"]),
     ("ORG", "Ghana Meteorological Agency", ["GMet", "Ghanaian Meteorological Agency", "Ghana Meteorological Department"], ["دائرة الأرصاد الجوية الغانية"]),
     ("ORG", "Ghana National Fire Service", ["GNFS", "Ghanaian National Fire Service", "Ghana Fire Service"], ["إدارة الإطفاء الوطنية الغانية"])],
    [("12", "رفضت", "Sunyani", "2026-11-30")])

doc("pa9-ar-03-malang", "ar", "2026-12-02T09:00:00Z",
    "إندونيسيا: لجنة مكافحة الفساد تعتقل مسؤولاً في مالانغ",
    "اعتقلت لجنة مكافحة الفساد الإندونيسية، أمس الثلاثاء، مسؤولاً في بلدية مالانغ بإقليم جاوة الشرقية بتهمة تلقي رشى في مشروعات طرق، وفق بيان للجنة.\n"
    "وقالت لجنة الانتخابات العامة الإندونيسية إن المسؤول كان مرشحاً في الانتخابات المحلية المقبلة، وإنها ستنظر في وضعه بعد صدور الحكم.\n"
    "وطالب نواب في مجلس النواب الإندونيسي بمراجعة تمويل المشروعات، فيما قالت الحكومة المركزية إن برنامج تطوير الطرق الريفية سيستمر دون تغيير.\n"
    "وكانت المحكمة الدستورية قد رفضت الشهر الماضي طعناً في قانون يمنح اللجنة صلاحيات التنصت، وقال حزب النضال الديمقراطي الإندونيسي إنه يؤيد التحقيق.",
    [("LOC", "Indonesia", [], ["إندونيسيا"]),
     ("LOC", "Malang", [], ["مالانغ"]),
     ("LOC", "East Java", [], ["جاوة الشرقية"]),
     ("ORG", "Corruption Eradication Commission", ["KPK", "Indonesian Anti-Corruption Commission", "Anti-Corruption Commission (Indonesia)", "Corruption Eradication Commission (Indonesia)"], ["لجنة مكافحة الفساد الإندونيسية", "لجنة مكافحة الفساد"]),
     ("ORG", "General Elections Commission (Indonesia)", ["KPU", "Indonesian General Elections Commission", "General Election Commission (Indonesia)", "Indonesian Election Commission"], ["لجنة الانتخابات العامة الإندونيسية"]),
     ("ORG", "House of Representatives (Indonesia)", ["Indonesian House of Representatives", "DPR"], ["مجلس النواب الإندونيسي"]),
     ("ORG", "Constitutional Court of Indonesia", ["Constitutional Court (Indonesia)", "Indonesian Constitutional Court"], ["المحكمة الدستورية"]),
     ("ORG", "Indonesian Democratic Party of Struggle", ["PDI-P", "PDI-P (Indonesia)"], ["حزب النضال الديمقراطي الإندونيسي"])],
    [("17", "اعتقلت", "Malang", "2026-12-01")])

doc("pa9-ar-04-kadhimiya", "ar", "2026-12-03T09:00:00Z",
    "العراق: العتبة الكاظمية المقدسة تستعد لزيارة سنوية",
    "قالت العتبة الكاظمية المقدسة، اليوم الأربعاء، إنها أنهت استعداداتها لاستقبال ملايين الزوار في المناسبة السنوية، وإن قوات الأمن ستغلق الطرق المؤدية إلى المرقد قبل يومين من الموعد.\n"
    "وأعلنت دائرة صحة الرصافة نشر مفارز طبية على طرق المشاة، فيما قال ديوان الوقف الشيعي إنه خصص حافلات لنقل الزوار من المحافظات الجنوبية.\n"
    "وطالب نواب الحكومة المركزية بتخصيص أموال لإعادة تأهيل الطرق، وقال ضابط إن خط الجبهة السابق مع التنظيم المتشدد بات بعيداً عن طرق الزوار.\n"
    "وقالت إدارة المرور العامة إنها ستنشر ألف شرطي لتنظيم السير.",
    [("LOC", "Iraq", [], ["العراق"]),
     ("ORG", "Al-Kadhimiya Holy Shrine", ["Al-Kadhimiya Shrine", "Kadhimiya Shrine", "Al-Kadhimain Shrine"], ["العتبة الكاظمية المقدسة"]),
     ("ORG", "Rusafa Health Directorate", ["Baghdad Al-Rusafa Health Directorate", "Al-Rusafa Health Directorate", "Rusafa Health Department"], ["دائرة صحة الرصافة"]),
     ("ORG", "Shia Endowment Office", ["Shiite Endowment Office", "Shia Endowment Diwan", "Shia Endowment (Iraq)"], ["ديوان الوقف الشيعي"]),
     ("ORG", "General Traffic Directorate (Iraq)", ["Iraqi General Traffic Directorate", "General Directorate of Traffic (Iraq)"], ["إدارة المرور العامة"])],
    [])

write("practice_arorg9.jsonl")
