# Writes blind18.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-02,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not
# run and its code and data were not read while they were written). Arabic, the weakest language, has the larger
# sample. People, bodies and places are none of those named as gold in dev.jsonl or the other sets here (checked with
# overlap.py; the only hits are listed in heldout/README.md). Parts of the world the older sets do not cover: Egypt's
# South Sinai (Sharm El Sheikh, El Tor, Nuweiba) with a Kazakh ambassador as Arabic news spells him, Libya's Derna
# with a Maltese ambassador, Tunisia's north-west (Jendouba, Tabarka, Ain Draham, Siliana) with a Swiss ambassador,
# Iraq's Wasit (Kut, Badra, the Zurbatiyah crossing) with an Iranian consul, Algeria's M'zab (Ghardaia, Berriane,
# Guerrara) with an Indonesian ambassador, Kuwait's Jahra (Abdali, Kabd, Amghara) with a Sri Lankan ambassador;
# Zambia's Copperbelt, Cornwall, Pakistan's Makran coast (Gwadar, Pasni); Moselle, the French Basque Country and
# Madagascar's Boeny region. Articles are 1,500-1,900 characters, with datelines, quotes and relative dates. Real
# public figures in their public roles as of late 2026; other officials, people, some companies and details are
# fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind18.py
from gold import doc, write

doc("b18-ar-01-south-sinai", "ar", "2026-09-15T08:00:00Z",
    "محافظ جنوب سيناء يبحث مع السفير الكازاخستاني زيادة الرحلات إلى شرم الشيخ وصيادو الطور يحتجون على تمديد حظر الصيد",
    "شرم الشيخ - بحث اللواء محمود شعبان الجندي محافظ جنوب سيناء، أمس الاثنين في مدينة شرم الشيخ، مع السفير الكازاخستاني لدى مصر أرمان جاكسيليكوف زيادة الرحلات الجوية المباشرة بين ألماتي وشرم الشيخ خلال الموسم الشتوي، بحسب بيان للمحافظة.\n"
    "وقال جاكسيليكوف خلال اللقاء إن «السائح الكازاخستاني اكتشف سيناء متأخرا، لكنه لا يريد الآن مكانا غيرها»، فيما أوضح الجندي أن عدد السياح الكازاخستانيين تضاعف خلال عامين.\n"
    "وفي نويبع، وقعت الهيئة العامة لموانئ البحر الأحمر أمس عقدا مع شركة مرافئ السواحل للاستثمار لتطوير صالة الركاب في الميناء، على أن تنتهي الأعمال خلال ثمانية عشر شهرا.\n"
    "وفي مدينة الطور، نظم نحو مئة صياد وقفة احتجاجية السبت الماضي أمام مقر الجمعية التعاونية لصائدي الأسماك بالطور، رفضا لتمديد فترة حظر الصيد في خليج السويس شهرا إضافيا. وطالب المحتجون خلال الوقفة وزارة الزراعة واستصلاح الأراضي المصرية بصرف تعويضات شهرية لهم طوال فترة الحظر، وهددوا بالامتناع عن توريد الأسماك إلى الأسواق إذا لم يحصلوا عليها. وقال حسن عبد الرحيم أبو الحجاج، وهو صياد منذ أربعين عاما، إن «البحر مغلق والديون مفتوحة». وأضاف أبو الحجاج أن أغلب المراكب راسية في المرسى منذ أسابيع.\n"
    "وضبطت مديرية أمن جنوب سيناء فجر الأحد قرب مدينة أبو زنيمة سبعة أشخاص يعملون في التنقيب غير المشروع عن الفيروز، وصادرت أجهزة للكشف عن المعادن وسيارتي دفع رباعي، وفق بيان أمني.\n"
    "وسيرت جمعية الأورمان الخميس الماضي قافلة طبية وغذائية إلى مدينة سانت كاترين، استفادت منها نحو 800 أسرة بدوية.\n"
    "وانتقدت جمعية مستثمري دهب أمس تكرار انقطاع الكهرباء عن الفنادق في ذروة الموسم، معتبرة أن المولدات الاحتياطية «ترفع الكلفة وتطرد السائح».\n"
    "ودعا الجندي أصحاب المراكب إلى الالتزام بقرار الحظر حفاظا على المخزون السمكي.\n"
    "وأبدى المعهد القومي لعلوم البحار والمصايد استعداده لإجراء مسح شامل للشعاب المرجانية في محمية رأس محمد.\n"
    "ومن المقرر أن يزور الجندي مدينة طابا الأحد المقبل لتفقد أعمال تطوير المنفذ البري.",
    [("LOC", "South Sinai Governorate", ["South Sinai", "Janub Sina"], ["جنوب سيناء"]),
     ("LOC", "Sharm El Sheikh", ["Sharm el-Sheikh", "Sharm al-Sheikh", "Sharm"], ["مدينة شرم الشيخ", "شرم الشيخ"]),
     ("PERSON", "Mahmoud Shaaban El-Gendy", ["Mahmoud Shaaban al-Gindi", "Mahmoud El-Gendy", "El-Gendy", "al-Gindi"],
      ["محمود شعبان الجندي", "الجندي"]),
     ("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("PERSON", "Arman Zhaksylykov", ["Arman Jaksylykov", "Zhaksylykov"], ["أرمان جاكسيليكوف", "جاكسيليكوف"]),
     ("LOC", "Almaty", ["Alma-Ata"], ["ألماتي"]),
     ("LOC", "Sinai Peninsula", ["Sinai"], ["سيناء"]),
     ("LOC", "Nuweiba", ["Nuweibaa", "Nueiba"], ["نويبع"]),
     ("ORG", "Red Sea Ports Authority", ["General Authority for Red Sea Ports", "RSPA", "Red Sea Ports Authority (Egypt)"],
      ["الهيئة العامة لموانئ البحر الأحمر"]),
     ("ORG", "Marafi Al Sawahel Investment Company", ["Marafi Al Sawahel", "Marafi al-Sawahel Investment"],
      ["شركة مرافئ السواحل للاستثمار"]),
     ("LOC", "El Tor", ["El Tur", "Al-Tur", "Tor Sinai"], ["مدينة الطور", "الطور"]),
     ("ORG", "El Tor Fishermen's Cooperative Association", ["Tor Fishermen's Cooperative", "El Tor Fishermen's Cooperative"],
      ["الجمعية التعاونية لصائدي الأسماك بالطور"]),
     ("LOC", "Gulf of Suez", ["Suez Gulf"], ["خليج السويس"]),
     ("ORG", "Ministry of Agriculture and Land Reclamation (Egypt)",
      ["Egyptian Ministry of Agriculture and Land Reclamation", "Egyptian Ministry of Agriculture", "Ministry of Agriculture (Egypt)"],
      ["وزارة الزراعة واستصلاح الأراضي المصرية"]),
     ("PERSON", "Hassan Abdel Rahim Abu al-Hajjaj", ["Hassan Abu al-Hajjaj", "Abu al-Hajjaj", "Abu El Haggag"],
      ["حسن عبد الرحيم أبو الحجاج", "أبو الحجاج"]),
     ("ORG", "South Sinai Security Directorate", ["South Sinai Police", "Security Directorate of South Sinai"],
      ["مديرية أمن جنوب سيناء"]),
     ("LOC", "Abu Zenima", ["Abu Zneima", "Abu Zanima"], ["مدينة أبو زنيمة", "أبو زنيمة"]),
     ("ORG", "Al Orman Association", ["Orman Association", "Al-Orman Charity", "Resala Al Orman"], ["جمعية الأورمان"]),
     ("LOC", "Saint Catherine, Egypt", ["Saint Catherine", "St. Catherine", "Santa Katarina"], ["مدينة سانت كاترين", "سانت كاترين"]),
     ("ORG", "Dahab Investors Association", ["Dahab Tourism Investors Association", "Dahab Investors' Association"],
      ["جمعية مستثمري دهب"]),
     ("ORG", "National Institute of Oceanography and Fisheries", ["NIOF", "National Institute of Oceanography and Fisheries (Egypt)"],
      ["المعهد القومي لعلوم البحار والمصايد"]),
     ("LOC", "Ras Mohammed National Park", ["Ras Mohammed", "Ras Muhammad National Park", "Ras Mohamed"],
      ["محمية رأس محمد", "رأس محمد"]),
     ("LOC", "Taba", ["Taba, Egypt"], ["مدينة طابا", "طابا"])],
    [("04", "بحث", "Sharm El Sheikh", "2026-09-14"), ("05", "وقعت", "Nuweiba", "2026-09-14"),
     ("14", "وقفة احتجاجية", "El Tor", "2026-09-12"), ("10", "وطالب", "El Tor", "2026-09-12"),
     ("13", "وهددوا", "El Tor", "2026-09-12"), ("17", "وضبطت", "Abu Zenima", "2026-09-13"),
     ("07", "وسيرت", "Saint Catherine, Egypt", "2026-09-10"), ("11", "وانتقدت", None, "2026-09-14"),
     ("03", "وأبدى", "Ras Mohammed National Park", None), ("04", "يزور", "Taba", "2026-09-20")])

doc("b18-ar-02-derna", "ar", "2026-10-17T09:00:00Z",
    "عميد بلدية درنة يبحث مع السفيرة المالطية ترميم المدينة القديمة وأسر المفقودين تعتصم للمطالبة بكشف مصير ذويها",
    "درنة - بحث عميد بلدية درنة عبد المنعم سالم الشاعري، أمس الجمعة في مقر البلدية، مع السفيرة المالطية لدى ليبيا كارمن بوتيجيج مشروعا لترميم المدينة القديمة وإعادة تأهيل الميناء الذي تضرر بشدة في فيضان سبتمبر 2023، بحسب بيان للبلدية.\n"
    "وقالت بوتيجيج خلال اللقاء إن «درنة مدينة متوسطية تشبه مدننا، ومن الطبيعي أن نساعد في إعادة الحياة إلى أزقتها»، فيما أشار الشاعري إلى أن أكثر من نصف مباني المدينة القديمة ما زالت مهددة بالانهيار.\n"
    "ووقع صندوق التنمية وإعادة إعمار ليبيا الأربعاء الماضي في درنة عقدا مع شركة النيل الأخضر للإنشاءات لإعادة بناء جسرين على وادي درنة، بإشراف وزارة الإسكان والتعمير الليبية، على أن تنتهي الأعمال خلال عام.\n"
    "واعتصم عشرات من أهالي المفقودين في الفيضان مساء الخميس أمام مقر البلدية، وطالبت رابطة أسر مفقودي فيضان درنة خلال الاعتصام مكتب النائب العام بالكشف عن نتائج تحاليل الحمض النووي لمئات الجثث المجهولة. وقالت فاطمة إدريس الشلوي، التي فقدت زوجها وابنيها في تلك الليلة، إن «ثلاث سنوات مرت ونحن لا نعرف حتى أين ندفن أحزاننا». وأضافت الشلوي أن بعض الأسر ما زالت تسكن بيوتا مستأجرة بعيدا عن المدينة.\n"
    "وألقت مديرية أمن درنة القبض فجر الجمعة في منطقة مرتوبة على خمسة أشخاص بتهمة تهريب الوقود نحو الحدود الشرقية، وضبطت بحوزتهم صهريجين محملين بالبنزين، وفق بيان للمديرية.\n"
    "ووزعت جمعية الكفاح الخيرية الثلاثاء الماضي بطانيات وسلالا غذائية على 300 أسرة نازحة في مدينة شحات.\n"
    "وانتقدت منظمة رصد الجرائم في ليبيا أمس بطء التحقيقات في انهيار السدين، معتبرة أن «المحاسبة توقفت عند صغار الموظفين».\n"
    "وكانت محكمة استئناف درنة قد أصدرت قبل عامين أحكاما بالسجن على عدد من المسؤولين عن صيانة السدين.\n"
    "وأبدت جامعة عمر المختار استعدادها لإجراء دراسة لتثبيت التربة على ضفاف الأودية في منطقة القبة.\n"
    "ومن المقرر أن يزور الشاعري بلدة رأس الهلال الثلاثاء المقبل لافتتاح مدرسة أعيد بناؤها.",
    [("LOC", "Derna", ["Darnah", "Dernah"], ["درنة"]),
     ("ORG", "Derna Municipality", ["Municipality of Derna", "Derna Municipal Council"], ["بلدية درنة"]),
     ("PERSON", "Abdel Moneim Salem al-Shaari", ["Abdulmonem Salem al-Shaari", "Abdel Moneim al-Shaari", "al-Shaari"],
      ["عبد المنعم سالم الشاعري", "الشاعري"]),
     ("LOC", "Libya", ["State of Libya"], ["ليبيا"]),
     ("PERSON", "Carmen Buttigieg", ["Buttigieg"], ["كارمن بوتيجيج", "بوتيجيج"]),
     ("ORG", "Development and Reconstruction Fund of Libya",
      ["Libya Development and Reconstruction Fund", "Reconstruction Fund of Libya", "Libya Reconstruction Fund"],
      ["صندوق التنمية وإعادة إعمار ليبيا"]),
     ("ORG", "Green Nile Construction Company", ["Al-Nil al-Akhdar Construction", "Green Nile Construction"],
      ["شركة النيل الأخضر للإنشاءات"]),
     ("LOC", "Wadi Derna", ["Derna Valley", "Wadi Darnah"], ["وادي درنة"]),
     ("ORG", "Ministry of Housing and Construction (Libya)",
      ["Libyan Ministry of Housing and Construction", "Libyan Ministry of Housing and Reconstruction"],
      ["وزارة الإسكان والتعمير الليبية"]),
     ("ORG", "Association of Families of the Missing of the Derna Flood",
      ["Derna Flood Missing Families Association", "League of Families of the Missing of the Derna Flood"],
      ["رابطة أسر مفقودي فيضان درنة"]),
     ("ORG", "Attorney General's Office (Libya)",
      ["Office of the Attorney General (Libya)", "Libyan Attorney General's Office", "Public Prosecution (Libya)"],
      ["مكتب النائب العام"]),
     ("PERSON", "Fatima Idris al-Shalwi", ["Fatima al-Shalwi", "al-Shalwi"], ["فاطمة إدريس الشلوي", "الشلوي"]),
     ("ORG", "Derna Security Directorate", ["Derna Police", "Security Directorate of Derna"], ["مديرية أمن درنة"]),
     ("LOC", "Martuba", ["Martubah"], ["منطقة مرتوبة", "مرتوبة"]),
     ("ORG", "Al-Kifah Charity Association", ["Al-Kifah Charitable Association", "Al Kifah Charity"], ["جمعية الكفاح الخيرية"]),
     ("LOC", "Shahhat", ["Shahat", "Cyrene"], ["مدينة شحات", "شحات"]),
     ("ORG", "Libya Crimes Watch", ["LCW", "Libya Crimes Watch Organization"], ["منظمة رصد الجرائم في ليبيا"]),
     ("ORG", "Derna Court of Appeal", ["Derna Appeals Court", "Derna Court of Appeals"], ["محكمة استئناف درنة"]),
     ("ORG", "Omar Al-Mukhtar University", ["Omar Almukhtar University", "OMU", "University of Omar Al-Mukhtar"],
      ["جامعة عمر المختار"]),
     ("LOC", "Al Qubbah", ["Qubbah", "Al-Qubba", "El Gubba"], ["منطقة القبة", "القبة"]),
     ("LOC", "Ras al-Hilal", ["Ras Al Hilal", "Ras el-Hilal"], ["بلدة رأس الهلال", "رأس الهلال"])],
    [("04", "بحث", "Derna", "2026-10-16"), ("05", "ووقع", "Derna", "2026-10-14"),
     ("14", "واعتصم", "Derna", "2026-10-15"), ("10", "وطالبت", "Derna", "2026-10-15"),
     ("17", "وألقت", "Martuba", "2026-10-16"), ("07", "ووزعت", "Shahhat", "2026-10-13"),
     ("11", "وانتقدت", None, "2026-10-16"), ("03", "وأبدت", "Al Qubbah", None),
     ("04", "يزور", "Ras al-Hilal", "2026-10-20")])

doc("b18-ar-03-jendouba", "ar", "2026-11-12T08:00:00Z",
    "والي جندوبة يبحث مع السفير السويسري إيصال مياه الشرب إلى أرياف عين دراهم وعمال الحضائر يحتجون في سليانة",
    "جندوبة - بحث والي جندوبة الطاهر بن سالم الدريدي، أمس الأربعاء بمقر الولاية، مع السفير السويسري لدى تونس ماتياس زبيندن تمويل مشاريع لإيصال مياه الشرب إلى أرياف معتمدية عين دراهم، وفق بيان لولاية جندوبة.\n"
    "وقال زبيندن إن «الماء النظيف في الجبل ليس ترفا، بل شرط لبقاء الناس في قراهم»، فيما أوضح الدريدي أن نحو ثلاثين تجمعا سكنيا في المعتمدية ما زال يعتمد على العيون والصهاريج.\n"
    "وفي طبرقة، وقعت المندوبية الجهوية للتنمية الفلاحية بجندوبة وجامعة جندوبة أمس اتفاقية لإنشاء مشتل لإكثار شتلات البلوط الفليني، بعد أن أتت حرائق الصيف الماضي على آلاف الهكتارات من الغابات.\n"
    "وفي مدينة سليانة، نفذ مئات من عمال الحضائر الثلاثاء وقفة احتجاجية أمام مقر الولاية بسبب تأخر تسوية وضعياتهم المهنية، وطالب الاتحاد الجهوي للشغل بسليانة خلال الوقفة وزارة الشؤون الاجتماعية التونسية بتنفيذ اتفاق الترسيم الموقع منذ سنوات، مهددا بإضراب جهوي عام. وقال الهادي بن عمر الجلاصي، وهو عامل حضائر منذ 2011، إن «خمسة عشر عاما ونحن نعمل بنصف أجر ونصف حقوق». وأضاف الجلاصي أن كثيرا من زملائه تجاوزوا الخمسين دون تغطية اجتماعية.\n"
    "وحجزت فرقة الشرطة العدلية بجندوبة فجر الثلاثاء في معتمدية غار الدماء شاحنة محملة بأكثر من ستة آلاف لتر من المحروقات المهربة من الجزائر، وأوقفت سائقها ومرافقه، حسب مصدر أمني.\n"
    "ووزعت جمعية تونس الخيرية الاثنين أغطية وملابس شتوية على 400 عائلة في معتمدية فرنانة.\n"
    "وانتقد حزب حركة الشعب أمس في بيان ما وصفه بتهميش الشمال الغربي، معتبرا أن الجهة «تصدر الماء والحبوب وتستورد البطالة».\n"
    "ودعا الدريدي الفلاحين إلى الإسراع في البذر قبل موجة الأمطار المرتقبة.\n"
    "وأبدى ديوان الحبوب استعداده لتخزين صابة الموسم المقبل في مخازن جديدة ببوسالم.\n"
    "ومن المنتظر أن يزور الدريدي معتمدية وادي مليز السبت المقبل لافتتاح مركز صحي أساسي.",
    [("LOC", "Jendouba", ["Jendouba Governorate", "Jundubah"], ["جندوبة", "ولاية جندوبة"]),
     ("PERSON", "Tahar Ben Salem Dridi", ["Tahar Dridi", "Al-Tahar bin Salem al-Duraidi", "Dridi"],
      ["الطاهر بن سالم الدريدي", "الدريدي"]),
     ("LOC", "Tunisia", ["Republic of Tunisia"], ["تونس"]),
     ("PERSON", "Matthias Zbinden", ["Zbinden"], ["ماتياس زبيندن", "زبيندن"]),
     ("LOC", "Ain Draham", ["Aïn Draham", "Ain Draham Delegation"], ["معتمدية عين دراهم", "عين دراهم"]),
     ("LOC", "Tabarka", [], ["طبرقة"]),
     ("ORG", "Regional Commissariat for Agricultural Development of Jendouba",
      ["CRDA Jendouba", "Jendouba Regional Agricultural Development Commissariat"],
      ["المندوبية الجهوية للتنمية الفلاحية بجندوبة"]),
     ("ORG", "University of Jendouba", ["Jendouba University"], ["جامعة جندوبة"]),
     ("LOC", "Siliana", ["Siliana Governorate"], ["مدينة سليانة", "سليانة"]),
     ("ORG", "Siliana Regional Labour Union", ["UGTT Siliana", "Regional Labour Union of Siliana"],
      ["الاتحاد الجهوي للشغل بسليانة"]),
     ("ORG", "Ministry of Social Affairs (Tunisia)", ["Tunisian Ministry of Social Affairs"], ["وزارة الشؤون الاجتماعية التونسية"]),
     ("PERSON", "Hedi Ben Omar Jlassi", ["Hedi Jlassi", "Al-Hadi bin Omar al-Jalassi", "Jlassi"], ["الهادي بن عمر الجلاصي", "الجلاصي"]),
     ("ORG", "Jendouba Judicial Police Brigade", ["Judicial Police Brigade of Jendouba", "Jendouba judicial police"], ["فرقة الشرطة العدلية بجندوبة"]),
     ("LOC", "Ghardimaou", ["Ghardimaou Delegation"], ["معتمدية غار الدماء", "غار الدماء"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("ORG", "Tunisie Charity", ["Tunisia Charity Association", "Association Tunisie Charity"], ["جمعية تونس الخيرية"]),
     ("LOC", "Fernana", ["Fernana Delegation"], ["معتمدية فرنانة", "فرنانة"]),
     ("ORG", "People's Movement (Tunisia)", ["Echaab Movement", "Harakat al-Shaab", "People's Movement"],
      ["حزب حركة الشعب", "حركة الشعب"]),
     ("ORG", "Tunisian Cereals Office", ["Office des Céréales", "Cereals Office (Tunisia)", "Grain Office (Tunisia)"], ["ديوان الحبوب"]),
     ("LOC", "Bou Salem", ["Bousalem", "Bou Salem Delegation"], ["بوسالم"]),
     ("LOC", "Oued Meliz", ["Oued Mliz", "Oued Meliz Delegation"], ["معتمدية وادي مليز", "وادي مليز"])],
    [("04", "بحث", "Jendouba", "2026-11-11"), ("05", "وقعت", "Tabarka", "2026-11-11"),
     ("14", "وقفة احتجاجية", "Siliana", "2026-11-10"), ("10", "وطالب", "Siliana", "2026-11-10"),
     ("13", "مهددا", "Siliana", "2026-11-10"), ("17", "وحجزت", "Ghardimaou", "2026-11-10"),
     ("07", "ووزعت", "Fernana", "2026-11-09"), ("11", "وانتقد", None, "2026-11-11"),
     ("03", "وأبدى", "Bou Salem", None), ("04", "يزور", "Oued Meliz", "2026-11-14")])

doc("b18-ar-04-wasit", "ar", "2026-09-28T08:00:00Z",
    "محافظ واسط يبحث مع القنصل الإيراني تنظيم عبور الزوار من منفذ زرباطية وخريجون يتظاهرون في العزيزية للمطالبة بفرص عمل",
    "الكوت - بحث محافظ واسط علي حسين الزاملي، أمس الأحد في مبنى ديوان المحافظة بمدينة الكوت، مع القنصل العام الإيراني في كربلاء مهدي رضائي فر استعدادات استقبال الزوار الإيرانيين القادمين إلى العراق عبر منفذ زرباطية الحدودي، بحسب بيان لديوان المحافظة.\n"
    "وقال رضائي فر إن «مئات آلاف الزوار سيعبرون من هنا خلال أسابيع، ونريد أن تكون رحلتهم آمنة ومنظمة»، فيما أكد الزاملي أن المحافظة أعدت مئات الخيم ونقاط الاستراحة على طريق بدرة - الكوت.\n"
    "وفي الكوت أيضا، وقعت مديرية بلديات واسط أمس عقدا مع شركة دجلة الزرقاء للمقاولات لتأهيل شبكات تصريف مياه الأمطار في أحياء المدينة قبل حلول الشتاء.\n"
    "وتظاهر مئات من الخريجين العاطلين عن العمل في قضاء العزيزية الخميس الماضي، وطالبوا خلال التظاهرة حكومة واسط المحلية بتخصيص نسبة من فرص العمل في حقل الأحدب النفطي لأبناء المحافظة، مهددين بإغلاق الطريق المؤدي إلى الحقل إذا لم تستجب مطالبهم. وقال مصطفى كريم العتابي، وهو خريج هندسة نفط منذ ست سنوات، إن «النفط يخرج من تحت بيوتنا ونحن نبيع الشاي على الطريق». وأضاف العتابي أن عشرات من زملائه هاجروا إلى الخارج بحثا عن عمل.\n"
    "وألقت قيادة شرطة واسط فجر السبت في ناحية الزبيدية القبض على ثلاثة متهمين بتجارة المخدرات، وضبطت بحوزتهم كميات من مادة الكريستال، وفق بيان للقيادة.\n"
    "ووزعت العتبة الحسينية المقدسة الجمعة مياها مبردة ووجبات ساخنة على آلاف الزوار في قضاء بدرة.\n"
    "ورفض مجلس محافظة واسط أمس قرار وزارة التجارة العراقية تقليص مفردات البطاقة التموينية، معتبرا أنه «يمس لقمة الفقراء مباشرة».\n"
    "وأبدت جامعة واسط استعدادها لتدريب الخريجين على أعمال الصيانة النفطية في قضاء الصويرة.\n"
    "ومن المقرر أن يزور الزاملي ناحية شيخ سعد الأربعاء المقبل لتفقد مشروع لتحلية المياه.",
    [("LOC", "Wasit Governorate", ["Wasit", "Wasit Province"], ["واسط"]),
     ("LOC", "Zurbatiyah", ["Zurbatiyah border crossing", "Zurbatiya crossing", "Zurbatiya"],
      ["منفذ زرباطية الحدودي", "منفذ زرباطية", "زرباطية"]),
     ("LOC", "Al-Aziziyah", ["Aziziyah", "Al-Aziziya District"], ["قضاء العزيزية", "العزيزية"]),
     ("LOC", "Kut", ["Al-Kut", "Kut al-Amara"], ["الكوت", "مدينة الكوت"]),
     ("PERSON", "Ali Hussein al-Zamili", ["Ali Hussein Al-Zamili", "al-Zamili"], ["علي حسين الزاملي", "الزاملي"]),
     ("LOC", "Karbala", ["Kerbala"], ["كربلاء"]),
     ("PERSON", "Mahdi Rezaeifar", ["Mehdi Rezaeifar", "Rezaeifar", "Mahdi Rezaei Far"], ["مهدي رضائي فر", "رضائي فر"]),
     ("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("LOC", "Badra", ["Badrah", "Badra District"], ["بدرة", "قضاء بدرة"]),
     ("ORG", "Wasit Municipalities Directorate", ["Directorate of Municipalities of Wasit"], ["مديرية بلديات واسط"]),
     ("ORG", "Blue Tigris Contracting Company", ["Dijla al-Zarqa Contracting", "Blue Tigris Contracting"],
      ["شركة دجلة الزرقاء للمقاولات"]),
     ("ORG", "Wasit Local Government", ["Wasit Provincial Government", "Local Government of Wasit"], ["حكومة واسط المحلية"]),
     ("LOC", "Al-Ahdab oil field", ["Ahdab oil field", "Al-Ahdab field", "Ahdab"], ["حقل الأحدب النفطي", "حقل الأحدب"]),
     ("PERSON", "Mustafa Karim al-Attabi", ["Mustafa al-Attabi", "al-Attabi"], ["مصطفى كريم العتابي", "العتابي"]),
     ("ORG", "Wasit Police Command", ["Wasit Police", "Wasit Governorate Police Command"], ["قيادة شرطة واسط"]),
     ("LOC", "Al-Zubaidiya", ["Zubaidiya", "Al-Zubaidiyah"], ["ناحية الزبيدية", "الزبيدية"]),
     ("ORG", "Imam Hussein Holy Shrine", ["Holy Shrine of Imam Hussein", "Al-Ataba al-Husseiniya", "Imam Husayn Holy Shrine"],
      ["العتبة الحسينية المقدسة", "العتبة الحسينية"]),
     ("ORG", "Wasit Provincial Council", ["Wasit Governorate Council", "Wasit Council"], ["مجلس محافظة واسط"]),
     ("ORG", "Ministry of Trade (Iraq)", ["Iraqi Ministry of Trade", "Iraqi Ministry of Commerce"], ["وزارة التجارة العراقية"]),
     ("ORG", "University of Wasit", ["Wasit University"], ["جامعة واسط"]),
     ("LOC", "Al-Suwaira", ["Suwaira", "Al-Suwayrah", "Al-Suwaira District"], ["قضاء الصويرة", "الصويرة"]),
     ("LOC", "Sheikh Saad", ["Shaykh Sa'd", "Sheikh Saad subdistrict"], ["ناحية شيخ سعد", "شيخ سعد"])],
    [("04", "بحث", "Kut", "2026-09-27"), ("05", "وقعت", "Kut", "2026-09-27"),
     ("14", "وتظاهر", "Al-Aziziyah", "2026-09-24"), ("10", "وطالبوا", "Al-Aziziyah", "2026-09-24"),
     ("13", "مهددين", "Al-Aziziyah", "2026-09-24"), ("17", "وألقت", "Al-Zubaidiya", "2026-09-26"),
     ("07", "ووزعت", "Badra", "2026-09-25"), ("12", "ورفض", None, "2026-09-27"),
     ("03", "وأبدت", "Al-Suwaira", None), ("04", "يزور", "Sheikh Saad", "2026-09-30")])

doc("b18-ar-05-ghardaia", "ar", "2026-11-22T08:00:00Z",
    "والي غرداية يبحث مع السفير الإندونيسي تصدير التمور وتجار بريان يغلقون محلاتهم احتجاجا على الضرائب",
    "غرداية - بحث والي ولاية غرداية عبد القادر بن زيان، الخميس بمقر الولاية، مع السفير الإندونيسي لدى الجزائر بودي سانتوسو فرص تصدير تمور المنطقة إلى إندونيسيا قبل شهر رمضان المقبل، بحضور ممثل عن وزارة التجارة الخارجية وترقية الصادرات الجزائرية، حسب بيان لمصالح الولاية.\n"
    "وقال سانتوسو إن «المستهلك الإندونيسي يعرف دقلة نور جيدا، لكنه لا يعرف أن أجودها يأتي من هنا»، فيما أوضح بن زيان أن الولاية تضم أكثر من مليون ونصف مليون نخلة.\n"
    "وفي متليلي، وقعت مديرية المصالح الفلاحية لولاية غرداية أمس السبت اتفاقية مع شركة واحات الجنوب للطاقة الشمسية لتزويد 300 مستثمرة فلاحية بمضخات تعمل بالطاقة الشمسية.\n"
    "وفي مدينة بريان، أغلق عشرات التجار محلاتهم الثلاثاء الماضي احتجاجا على ما وصفوه بالضرائب الجزافية المرتفعة، وطالبت تنسيقية تجار بريان خلال الإضراب المديرية العامة للضرائب بمراجعة التقديرات، وهددت بتمديد الإضراب أسبوعا كاملا. وقال إبراهيم بن يحيى باحمد، وهو صاحب محل لبيع الزرابي في السوق القديم، إن «الضريبة تحسب على أحلام الإدارة لا على مبيعاتنا». وأضاف باحمد أن الزبائن قلوا منذ الصيف بسبب غلاء الأسعار.\n"
    "وأوقفت مصالح أمن ولاية غرداية فجر الجمعة ببلدية القرارة أربعة أشخاص يشتبه في انتمائهم إلى شبكة لترويج المؤثرات العقلية، وحجزت أكثر من 12 ألف قرص مهلوس.\n"
    "ووزع الهلال الأحمر الجزائري الأربعاء أغطية ومدافئ على 250 عائلة معوزة ببلدية العطف.\n"
    "وانتقد حزب العمال أمس في بيان ارتفاع أسعار المواد الغذائية في ولايات الجنوب، معتبرا أن الأجور «لم تعد تكفي حتى منتصف الشهر».\n"
    "وأبدى الديوان الوطني للسقي وصرف المياه استعداده لإنجاز شبكة ري جديدة في منطقة حاسي الفحل.\n"
    "ومن المنتظر أن يزور بن زيان بلدية ضاية بن ضحوة الثلاثاء المقبل لتفقد مشاريع السكن الريفي.",
    [("LOC", "Ghardaïa", ["Ghardaia", "Ghardaïa Province", "Ghardaia Province"], ["غرداية", "ولاية غرداية"]),
     ("LOC", "Berriane", ["Berriane commune"], ["مدينة بريان", "بريان"]),
     ("PERSON", "Abdelkader Benziane", ["Abdelkader Ben Ziane", "Abd al-Qadir bin Zayan", "Benziane"], ["عبد القادر بن زيان", "بن زيان"]),
     ("LOC", "Algeria", ["People's Democratic Republic of Algeria"], ["الجزائر"]),
     ("PERSON", "Budi Santoso", ["Santoso"], ["بودي سانتوسو", "سانتوسو"]),
     ("LOC", "Indonesia", ["Republic of Indonesia"], ["إندونيسيا"]),
     ("ORG", "Ministry of Foreign Trade and Export Promotion (Algeria)",
      ["Algerian Ministry of Foreign Trade and Export Promotion", "Algerian Ministry of Foreign Trade"],
      ["وزارة التجارة الخارجية وترقية الصادرات الجزائرية"]),
     ("LOC", "Metlili", ["Metlili Chaamba"], ["متليلي"]),
     ("ORG", "Directorate of Agricultural Services of Ghardaïa", ["Ghardaia Agricultural Services Directorate", "DSA Ghardaïa"],
      ["مديرية المصالح الفلاحية لولاية غرداية"]),
     ("ORG", "Southern Oases Solar Energy Company", ["Wahat al-Janoub Solar", "Southern Oases Solar"],
      ["شركة واحات الجنوب للطاقة الشمسية"]),
     ("ORG", "Berriane Traders' Coordination", ["Coordination of Berriane Traders", "Berriane traders' committee"],
      ["تنسيقية تجار بريان"]),
     ("ORG", "Directorate General of Taxes (Algeria)", ["DGI", "Algerian Tax Directorate", "Direction générale des impôts"],
      ["المديرية العامة للضرائب"]),
     ("PERSON", "Brahim Ben Yahia Bahmed", ["Ibrahim bin Yahya Bahmed", "Brahim Bahmed", "Bahmed"], ["إبراهيم بن يحيى باحمد", "باحمد"]),
     ("ORG", "Ghardaïa Wilaya Security", ["Ghardaia Police", "Security of Ghardaïa Province", "Sûreté de wilaya de Ghardaïa"],
      ["أمن ولاية غرداية"]),
     ("LOC", "Guerrara", ["El Guerrara"], ["بلدية القرارة", "القرارة"]),
     ("ORG", "Algerian Red Crescent", ["Croissant-Rouge algérien", "CRA"], ["الهلال الأحمر الجزائري"]),
     ("LOC", "El Atteuf", ["Atteuf", "El Ateuf"], ["بلدية العطف", "العطف"]),
     ("ORG", "Workers' Party (Algeria)", ["Parti des travailleurs", "Workers' Party", "PT (Algeria)"], ["حزب العمال"]),
     ("ORG", "National Office of Irrigation and Drainage", ["ONID", "Office national de l'irrigation et du drainage"],
      ["الديوان الوطني للسقي وصرف المياه"]),
     ("LOC", "Hassi Fehal", ["Hassi El Fhel", "Hassi Fahl"], ["منطقة حاسي الفحل", "حاسي الفحل"]),
     ("LOC", "Daya Ben Dahoua", ["Dhayet Bendhahoua", "Daya Bendahoua"], ["بلدية ضاية بن ضحوة", "ضاية بن ضحوة"])],
    [("04", "بحث", "Ghardaïa", "2026-11-19"), ("05", "وقعت", "Metlili", "2026-11-21"),
     ("14", "أغلق", "Berriane", "2026-11-17"), ("10", "وطالبت", "Berriane", "2026-11-17"),
     ("13", "وهددت", "Berriane", "2026-11-17"), ("17", "وأوقفت", "Guerrara", "2026-11-20"),
     ("07", "ووزع", "El Atteuf", "2026-11-18"), ("11", "وانتقد", None, "2026-11-21"),
     ("03", "وأبدى", "Hassi Fehal", None), ("04", "يزور", "Daya Ben Dahoua", "2026-11-24")])

doc("b18-ar-06-jahra", "ar", "2026-10-07T08:00:00Z",
    "محافظ الجهراء يلتقي السفير السريلانكي لبحث أوضاع عمال مزارع العبدلي ومربو الماشية يحتجون في كبد على نقص الشعير",
    "الجهراء - التقى محافظ الجهراء مشعل عبيد الهاجري، أمس الثلاثاء في مكتبه بمبنى المحافظة، السفير السريلانكي لدى الكويت كابيلا جاياويرا، وبحثا أوضاع العمالة السريلانكية في مزارع منطقة العبدلي وسبل تسريع تجديد إقاماتهم، بحسب وكالة الأنباء الكويتية (كونا).\n"
    "وقال جاياويرا إن «العامل الذي يزرع الخضار لأهل الكويت يستحق سكنا لائقا وماء باردا في الصيف»، فيما أكد الهاجري أن المحافظة تتابع ظروف السكن في المزارع عن كثب.\n"
    "وفي العبدلي أيضا، وقعت الهيئة العامة لشؤون الزراعة والثروة السمكية أمس عقدا مع شركة الصحراء الخضراء للتقنيات الزراعية لإنشاء مشروع للزراعة المائية على مساحة عشرين هكتارا.\n"
    "وفي منطقة كبد، تجمع عشرات من مربي الماشية الأحد الماضي أمام مركز توزيع الأعلاف احتجاجا على نقص كميات الشعير المدعوم، وطالبوا خلال التجمع شركة مطاحن الدقيق والمخابز الكويتية بزيادة الحصص الشهرية. وقال سالم مطلق الرشيدي، وهو مربي أغنام في كبد منذ ثلاثين عاما، إن «الشعير صار أغلى من الخروف نفسه». وأضاف الرشيدي أن بعض المربين باعوا نصف قطعانهم خلال الصيف.\n"
    "ونفذت قوة الإطفاء العام ووزارة الصحة الكويتية الاثنين تمرينا مشتركا لإخلاء مستشفى افتراضي في مدينة جابر الأحمد، بمشاركة أكثر من مئتي منتسب.\n"
    "وضبطت الإدارة العامة لمباحث شؤون الإقامة فجر الاثنين في منطقة أمغرة 42 مخالفا لقانون الإقامة، وأحالتهم إلى جهات الاختصاص تمهيدا لإبعادهم.\n"
    "ووزع بيت الزكاة السبت الماضي مساعدات نقدية وسلالا غذائية على 350 أسرة محتاجة في منطقة الصليبية.\n"
    "وانتقد الاتحاد الكويتي للمزارعين أمس تأخر صرف دعم المنتج المحلي، معتبرا أن المزارع «يدفع اليوم ثمن قرارات الأمس».\n"
    "ورحبت بلدية الكويت أمس بقرار مجلس الوزراء تخصيص أراض جديدة لمشاريع الأمن الغذائي في المحافظة.\n"
    "ومن المقرر أن يزور الهاجري منطقة السالمي الأحد المقبل لتفقد أعمال تطوير الطريق المؤدي إلى المنفذ.",
    [("LOC", "Jahra", ["Al Jahra", "Jahra Governorate", "Al-Jahra"], ["الجهراء"]),
     ("PERSON", "Mishal Obaid al-Hajri", ["Meshal Obaid Al-Hajri", "Mishal al-Hajri", "al-Hajri"],
      ["مشعل عبيد الهاجري", "الهاجري"]),
     ("LOC", "Kuwait", ["State of Kuwait"], ["الكويت"]),
     ("PERSON", "Kapila Jayaweera", ["Jayaweera"], ["كابيلا جاياويرا", "جاياويرا"]),
     ("LOC", "Abdali", ["Al Abdali", "Al-Abdali"], ["منطقة العبدلي", "العبدلي"]),
     ("LOC", "Kabd", ["Kabad", "Kabd area"], ["منطقة كبد", "كبد"]),
     ("ORG", "Kuwait News Agency", ["KUNA"], ["وكالة الأنباء الكويتية", "كونا"]),
     ("ORG", "Public Authority for Agriculture Affairs and Fish Resources",
      ["PAAFR", "Public Authority for Agricultural Affairs and Fish Resources"],
      ["الهيئة العامة لشؤون الزراعة والثروة السمكية"]),
     ("ORG", "Green Desert Agricultural Technologies Company", ["Green Desert Agritech", "Al-Sahraa al-Khadraa Agricultural Technologies"],
      ["شركة الصحراء الخضراء للتقنيات الزراعية"]),
     ("ORG", "Kuwait Flour Mills and Bakeries Company", ["KFMB", "Kuwait Flour Mills & Bakeries"],
      ["شركة مطاحن الدقيق والمخابز الكويتية"]),
     ("PERSON", "Salem Mutlaq al-Rashidi", ["Salem al-Rashidi", "al-Rashidi"], ["سالم مطلق الرشيدي", "الرشيدي"]),
     ("ORG", "Kuwait Fire Force", ["General Fire Force", "KFF"], ["قوة الإطفاء العام"]),
     ("ORG", "Ministry of Health (Kuwait)", ["Kuwaiti Ministry of Health", "Kuwait Ministry of Health"], ["وزارة الصحة الكويتية"]),
     ("LOC", "Jaber Al-Ahmad City", ["Jaber Al Ahmad City", "Jaber Al-Ahmad"], ["مدينة جابر الأحمد"]),
     ("ORG", "General Department of Residency Affairs Investigations",
      ["Residency Affairs Investigations Department", "Residency Affairs Investigations"],
      ["الإدارة العامة لمباحث شؤون الإقامة"]),
     ("LOC", "Amghara", ["Amgharah"], ["منطقة أمغرة", "أمغرة"]),
     ("ORG", "Kuwait Zakat House", ["Zakat House", "Bait Al-Zakat"], ["بيت الزكاة"]),
     ("LOC", "Sulaibiya", ["Sulaibiyah", "Al-Sulaibiya"], ["منطقة الصليبية", "الصليبية"]),
     ("ORG", "Kuwait Farmers Federation", ["Kuwaiti Farmers Union", "Kuwait Farmers Union"], ["الاتحاد الكويتي للمزارعين"]),
     ("ORG", "Kuwait Municipality", ["Municipality of Kuwait"], ["بلدية الكويت"]),
     ("ORG", "Council of Ministers (Kuwait)", ["Kuwaiti Cabinet", "Kuwaiti Council of Ministers", "Cabinet of Kuwait"],
      ["مجلس الوزراء"]),
     ("LOC", "Al-Salmi", ["Salmi", "Al Salmi"], ["منطقة السالمي", "السالمي"])],
    [("04", "التقى", "Jahra", "2026-10-06"), ("05", "وقعت", "Abdali", "2026-10-06"),
     ("14", "تجمع", "Kabd", "2026-10-04"), ("10", "وطالبوا", "Kabd", "2026-10-04"),
     ("06", "تمرينا", "Jaber Al-Ahmad City", "2026-10-05"), ("17", "وضبطت", "Amghara", "2026-10-05"),
     ("07", "ووزع", "Sulaibiya", "2026-10-03"), ("11", "وانتقد", None, "2026-10-06"),
     ("05", "ورحبت", None, "2026-10-06"), ("04", "يزور", "Al-Salmi", "2026-10-11")])

doc("b18-en-01-copperbelt", "en", "2026-09-25T10:00:00Z",
    "Copperbelt minister meets Mopani managers in Kitwe as Mufulira contract miners down tools over pay",
    "KITWE, Zambia, Sept 25 (Newsflow) - Copperbelt Province Minister Mwansa Chileshe met senior managers of Mopani Copper Mines in Kitwe on Thursday to discuss the company's plan to hire 1,200 workers for a new deep shaft, the provincial administration said.\n"
    "\"Every job that goes to a Copperbelt youth is a job that keeps a family off the streets,\" Chileshe told reporters after the meeting.\n"
    "On Wednesday in Ndola, ZCCM Investments Holdings signed an agreement with the Copperbelt University to train 300 young people as mine electricians and fitters.\n"
    "In Mufulira, about 400 contract miners downed tools on Monday over three months of unpaid wages. During the stoppage, the Mineworkers Union of Zambia demanded that the contractor, Kafue Mining Services, pay all arrears within 14 days and threatened to extend the strike to other shafts if it did not. \"We go underground every day and come home with nothing,\" said Bwalya Mulenga, a rock drill operator who has worked in Mufulira for 11 years. Mulenga said some of his colleagues had been evicted from rented houses.\n"
    "Zambia Police Service officers arrested six people in Chingola on Tuesday for illegally digging copper ore on an abandoned dump, police said.\n"
    "The Zambia Red Cross Society handed out chlorine tablets and water containers on Wednesday to 600 households in Chililabombwe after a cholera case was confirmed there.\n"
    "The opposition Patriotic Front criticised the government on Thursday over power cuts that it said were forcing small businesses in Luanshya to close.\n"
    "Nkana Water and Sewerage Company on Thursday rejected a petition from residents of Kitwe's Chimwemwe township to suspend a tariff increase.\n"
    "The Citizens Economic Empowerment Commission said it was ready to lend to local firms supplying the mines in Kalulushi.\n"
    "Chileshe is due to visit Chambishi next Tuesday to meet workers at the copper smelter.",
    [("LOC", "Copperbelt Province", ["Copperbelt", "Copperbelt Province (Zambia)"], ["Copperbelt Province", "Copperbelt"]),
     ("LOC", "Kitwe", [], ["KITWE", "Kitwe"]),
     ("LOC", "Zambia", ["Republic of Zambia"], ["Zambia"]),
     ("PERSON", "Mwansa Chileshe", ["Chileshe"], ["Mwansa Chileshe", "Chileshe"]),
     ("ORG", "Mopani Copper Mines", ["Mopani", "MCM"], ["Mopani Copper Mines"]),
     ("LOC", "Mufulira", [], ["Mufulira"]),
     ("LOC", "Ndola", [], ["Ndola"]),
     ("ORG", "ZCCM Investments Holdings", ["ZCCM-IH", "ZCCM"], ["ZCCM Investments Holdings"]),
     ("ORG", "Copperbelt University", ["CBU"], ["Copperbelt University"]),
     ("ORG", "Mineworkers Union of Zambia", ["MUZ", "Mine Workers Union of Zambia"], ["Mineworkers Union of Zambia"]),
     ("ORG", "Kafue Mining Services", [], ["Kafue Mining Services"]),
     ("PERSON", "Bwalya Mulenga", ["Mulenga"], ["Bwalya Mulenga", "Mulenga"]),
     ("ORG", "Zambia Police Service", ["Zambia Police", "ZP"], ["Zambia Police Service"]),
     ("LOC", "Chingola", [], ["Chingola"]),
     ("ORG", "Zambia Red Cross Society", ["Zambia Red Cross", "ZRCS"], ["Zambia Red Cross Society"]),
     ("LOC", "Chililabombwe", [], ["Chililabombwe"]),
     ("ORG", "Patriotic Front (Zambia)", ["Patriotic Front", "PF"], ["Patriotic Front"]),
     ("LOC", "Luanshya", [], ["Luanshya"]),
     ("ORG", "Nkana Water and Sewerage Company", ["Nkana Water", "NWSC"], ["Nkana Water and Sewerage Company"]),
     ("LOC", "Chimwemwe", ["Chimwemwe township"], ["Chimwemwe"]),
     ("ORG", "Citizens Economic Empowerment Commission", ["CEEC"], ["Citizens Economic Empowerment Commission"]),
     ("LOC", "Kalulushi", [], ["Kalulushi"]),
     ("LOC", "Chambishi", [], ["Chambishi"])],
    [("04", "met", "Kitwe", "2026-09-24"), ("05", "signed", "Ndola", "2026-09-23"),
     ("14", "downed tools", "Mufulira", "2026-09-21"), ("10", "demanded", "Mufulira", "2026-09-21"),
     ("13", "threatened", "Mufulira", "2026-09-21"), ("17", "arrested", "Chingola", "2026-09-22"),
     ("07", "handed out", "Chililabombwe", "2026-09-23"), ("11", "criticised", None, "2026-09-24"),
     ("12", "rejected", None, "2026-09-24"), ("03", "ready", "Kalulushi", None),
     ("04", "visit", "Chambishi", "2026-09-29")])

doc("b18-en-02-cornwall", "en", "2026-11-03T11:00:00Z",
    "Cornwall Council leader meets lithium firm near Redruth; Falmouth ship repairers walk out over pay",
    "TRURO, England, Nov 3 (Newsflow) - The leader of Cornwall Council, Tamsin Pascoe, met executives of Cornish Lithium at the company's site near Redruth on Monday to discuss a planned lithium hydroxide plant that could employ 300 people, the council said.\n"
    "\"Cornwall dug tin and copper for the world for three thousand years. Lithium can be the next chapter, as long as the jobs stay here,\" Pascoe told reporters after the visit.\n"
    "Also on Monday, in Truro, Falmouth University signed a partnership with the Royal Cornwall Hospitals NHS Trust to train 150 healthcare assistants over three years.\n"
    "At Falmouth docks, around 180 ship repair workers walked out on Friday in a dispute over pay. During the walkout, the GMB union demanded that A&P Falmouth raise basic pay by 8 percent and threatened further stoppages through December if it did not. \"Our rents go up every year; our pay doesn't,\" said Jory Trewin, a welder who has worked at the docks for 19 years. Trewin said younger workers were leaving for jobs in Plymouth.\n"
    "Devon and Cornwall Police arrested three men in Newquay on Saturday after officers found more than 200 cannabis plants in a disused hotel, the force said.\n"
    "FareShare South West delivered 12 tonnes of food on Sunday to community pantries in Camborne.\n"
    "Mebyon Kernow, the Cornish nationalist party, criticised the government on Monday over second homes, saying whole villages on the north coast stood empty in winter.\n"
    "Penzance Town Council on Monday welcomed a government decision to fund repairs to the town's dry dock, which has been closed since a storm in January.\n"
    "Great Western Railway said it was willing to add a late-evening train between St Austell and Plymouth from next spring.\n"
    "Pascoe is due to visit the Isles of Scilly next Thursday to meet fishermen and hoteliers.",
    [("LOC", "Truro", [], ["TRURO", "Truro"]),
     ("LOC", "England", [], ["England"]),
     ("ORG", "Cornwall Council", [], ["Cornwall Council"]),
     ("PERSON", "Tamsin Pascoe", ["Pascoe"], ["Tamsin Pascoe", "Pascoe"]),
     ("ORG", "Cornish Lithium", ["Cornish Lithium Ltd"], ["Cornish Lithium"]),
     ("LOC", "Redruth", [], ["Redruth"]),
     ("LOC", "Cornwall", ["Kernow"], ["Cornwall"]),
     ("ORG", "Falmouth University", [], ["Falmouth University"]),
     ("ORG", "Royal Cornwall Hospitals NHS Trust", ["Royal Cornwall Hospitals Trust", "RCHT"], ["Royal Cornwall Hospitals NHS Trust"]),
     ("LOC", "Falmouth", ["Falmouth, Cornwall"], ["Falmouth"]),
     ("ORG", "GMB", ["GMB union", "GMB Union"], ["GMB"]),
     ("ORG", "A&P Falmouth", ["A&P Group Falmouth", "A&P"], ["A&P Falmouth"]),
     ("PERSON", "Jory Trewin", ["Trewin"], ["Jory Trewin", "Trewin"]),
     ("LOC", "Plymouth", [], ["Plymouth"]),
     ("ORG", "Devon and Cornwall Police", ["Devon & Cornwall Police"], ["Devon and Cornwall Police"]),
     ("LOC", "Newquay", [], ["Newquay"]),
     ("ORG", "FareShare South West", ["FareShare"], ["FareShare South West"]),
     ("LOC", "Camborne", [], ["Camborne"]),
     ("ORG", "Mebyon Kernow", ["MK", "Mebyon Kernow - The Party for Cornwall"], ["Mebyon Kernow"]),
     ("ORG", "Penzance Town Council", [], ["Penzance Town Council"]),
     ("ORG", "Great Western Railway", ["GWR"], ["Great Western Railway"]),
     ("LOC", "St Austell", ["St. Austell"], ["St Austell"]),
     ("LOC", "Isles of Scilly", ["Scilly Isles", "Scilly"], ["Isles of Scilly"])],
    [("04", "met", "Redruth", "2026-11-02"), ("05", "signed", "Truro", "2026-11-02"),
     ("14", "walked out", "Falmouth", "2026-10-30"), ("10", "demanded", "Falmouth", "2026-10-30"),
     ("13", "threatened", "Falmouth", "2026-10-30"), ("17", "arrested", "Newquay", "2026-10-31"),
     ("07", "delivered", "Camborne", "2026-11-01"), ("11", "criticised", None, "2026-11-02"),
     ("05", "welcomed", None, "2026-11-02"), ("03", "willing", "St Austell", None),
     ("04", "visit", "Isles of Scilly", "2026-11-05")])

doc("b18-en-03-gwadar", "en", "2026-10-24T09:00:00Z",
    "Balochistan fisheries minister meets Gwadar port officials; Pasni fishermen stage sit-in against trawlers",
    "GWADAR, Pakistan, Oct 24 (Newsflow) - Balochistan's fisheries minister, Naseer Ahmed Kalmati, met officials of the Gwadar Port Authority and China Overseas Port Holding Company in Gwadar on Friday to discuss a fish-processing zone inside the port's free zone, the provincial government said.\n"
    "\"Gwadar's wealth is in the sea, and the fishermen must be the first to see it,\" Kalmati said after the meeting.\n"
    "On Thursday in Gwadar, the Gwadar Development Authority signed an agreement with the Balochistan Rural Support Programme to install 40 solar desalination units in Pishukan and other coastal villages.\n"
    "In Pasni, hundreds of fishermen staged a sit-in at the fish harbour on Wednesday in protest against trawlers from Sindh fishing illegally off the coast. During the sit-in, leaders of the Haq Do Tehreek demanded that the Maritime Security Agency seize the trawlers and threatened to block the Makran Coastal Highway if it did not act within a week. \"A trawler takes in one night what my boat catches in a month,\" said Khuda Bakhsh Dashti, who has fished off Pasni for 30 years. Dashti said he had not been able to repay a boat loan since the spring.\n"
    "Pakistan Coast Guards arrested five men near Jiwani on Thursday and seized 2,000 litres of smuggled diesel, an official said.\n"
    "Gunmen attacked a Frontier Corps checkpoint in Kech district on Thursday night, killing two soldiers, a security official said.\n"
    "The Edhi Foundation distributed food rations to 300 families in Turbat on Tuesday.\n"
    "The Balochistan National Party criticised the provincial government on Friday over water shortages in Gwadar, saying residents were buying tanker water while the port expanded.\n"
    "The Pakistan Poverty Alleviation Fund said it was ready to lend to boat owners in Sur Bandar.\n"
    "Kalmati is due to visit Ormara next Monday.",
    [("LOC", "Balochistan", ["Baluchistan", "Balochistan province"], ["Balochistan"]),
     ("LOC", "Gwadar", [], ["GWADAR", "Gwadar"]),
     ("LOC", "Pasni", [], ["Pasni"]),
     ("LOC", "Pakistan", ["Islamic Republic of Pakistan"], ["Pakistan"]),
     ("PERSON", "Naseer Ahmed Kalmati", ["Nasir Ahmed Kalmati", "Kalmati"], ["Naseer Ahmed Kalmati", "Kalmati"]),
     ("ORG", "Gwadar Port Authority", ["GPA"], ["Gwadar Port Authority"]),
     ("ORG", "China Overseas Port Holding Company", ["COPHC", "China Overseas Ports Holding Company"],
      ["China Overseas Port Holding Company"]),
     ("ORG", "Gwadar Development Authority", ["Gwadar Development Authority (GDA)"], ["Gwadar Development Authority"]),
     ("ORG", "Balochistan Rural Support Programme", ["BRSP"], ["Balochistan Rural Support Programme"]),
     ("LOC", "Pishukan", ["Peshukan"], ["Pishukan"]),
     ("LOC", "Sindh", ["Sind"], ["Sindh"]),
     ("ORG", "Haq Do Tehreek", ["Gwadar Ko Haq Do Tehreek", "Haq Do Tehrik"], ["Haq Do Tehreek"]),
     ("ORG", "Maritime Security Agency", ["Pakistan Maritime Security Agency", "PMSA", "MSA"], ["Maritime Security Agency"]),
     ("LOC", "Makran Coastal Highway", ["Makran Coastal Highway (N-10)", "N-10"], ["Makran Coastal Highway"]),
     ("PERSON", "Khuda Bakhsh Dashti", ["Khuda Bux Dashti", "Dashti"], ["Khuda Bakhsh Dashti", "Dashti"]),
     ("ORG", "Pakistan Coast Guards", ["Coast Guards (Pakistan)"], ["Pakistan Coast Guards"]),
     ("LOC", "Jiwani", [], ["Jiwani"]),
     ("ORG", "Frontier Corps", ["FC", "Frontier Corps Balochistan"], ["Frontier Corps"]),
     ("LOC", "Kech District", ["Kech", "Kech district"], ["Kech district", "Kech"]),
     ("ORG", "Edhi Foundation", ["Edhi"], ["Edhi Foundation"]),
     ("LOC", "Turbat", ["Kech Turbat"], ["Turbat"]),
     ("ORG", "Balochistan National Party", ["BNP", "BNP-M", "Balochistan National Party (Mengal)"], ["Balochistan National Party"]),
     ("ORG", "Pakistan Poverty Alleviation Fund", ["PPAF"], ["Pakistan Poverty Alleviation Fund"]),
     ("LOC", "Sur Bandar", ["Surbandar"], ["Sur Bandar"]),
     ("LOC", "Ormara", [], ["Ormara"])],
    [("04", "met", "Gwadar", "2026-10-23"), ("05", "signed", "Gwadar", "2026-10-22"),
     ("14", "sit-in", "Pasni", "2026-10-21"), ("10", "demanded", "Pasni", "2026-10-21"),
     ("13", "threatened", "Pasni", "2026-10-21"), ("17", "arrested", "Jiwani", "2026-10-22"),
     ("19", "attacked", "Kech District", "2026-10-22"), ("07", "distributed", "Turbat", "2026-10-20"),
     ("11", "criticised", None, "2026-10-23"), ("03", "ready", "Sur Bandar", None),
     ("04", "visit", "Ormara", "2026-10-26")])

doc("b18-fr-01-moselle", "fr", "2026-10-01T08:00:00Z",
    "Moselle : le président du département reçoit les salariés de la centrale de Saint-Avold, débrayage à l'usine de rails de Hayange",
    "METZ, 1er octobre (Newsflow) - Le président du conseil départemental de la Moselle, Laurent Schmitt, a reçu mercredi à Metz des représentants des salariés et de la direction de la centrale à charbon de Saint-Avold, exploitée par GazelEnergie et menacée de fermeture, a indiqué le département.\n"
    "« Saint-Avold a donné son charbon et ses bras au pays pendant un siècle, on ne peut pas l'abandonner maintenant », a déclaré M. Schmitt à l'issue de la rencontre.\n"
    "Mercredi également, à Thionville, l'université de Lorraine a signé avec la communauté d'agglomération Portes de France-Thionville une convention pour ouvrir une antenne de formation d'ingénieurs consacrée à l'hydrogène.\n"
    "A Hayange, environ 150 salariés de l'usine de rails de Saarstahl Rail ont débrayé samedi dernier pour protester contre le gel des embauches. Lors du débrayage, la CFTC a exigé de la direction un plan d'investissement chiffré, menaçant d'appeler à une grève illimitée faute de réponse avant la fin du mois. « On fabrique les rails des lignes à grande vitesse, et on ne sait même pas si l'usine tournera encore l'an prochain », a déclaré Kévin Zimmermann, lamineur à Hayange depuis quinze ans.\n"
    "Les policiers ont interpellé mardi à Forbach quatre hommes soupçonnés d'alimenter un trafic de cocaïne entre la Sarre et la Moselle, a annoncé le parquet de Sarreguemines.\n"
    "La Banque alimentaire de la Moselle a distribué lundi des colis à 300 familles de Creutzwald.\n"
    "La France insoumise (LFI) a dénoncé mercredi la fermeture de classes dans les villages de la vallée de la Fensch.\n"
    "La préfecture de la Moselle a rejeté mardi une demande de suspension du chantier d'un entrepôt de batteries à Florange, déposée par une association de riverains.\n"
    "La région Grand Est s'est dite prête à financer une formation de soudeurs à Uckange.\n"
    "M. Schmitt est attendu lundi prochain à Sarreguemines pour inaugurer un collège rénové.",
    [("LOC", "Moselle", ["Moselle (department)", "Moselle department"], ["Moselle"]),
     ("LOC", "Saint-Avold", [], ["Saint-Avold"]),
     ("LOC", "Hayange", [], ["Hayange"]),
     ("LOC", "Metz", [], ["METZ", "Metz"]),
     ("ORG", "Departmental Council of Moselle", ["Conseil départemental de la Moselle", "Moselle departmental council"],
      ["conseil départemental de la Moselle"]),
     ("PERSON", "Laurent Schmitt", ["Schmitt"], ["Laurent Schmitt", "Schmitt"]),
     ("ORG", "GazelEnergie", ["Gazel Energie", "GazelEnergie Génération"], ["GazelEnergie"]),
     ("LOC", "Thionville", [], ["Thionville"]),
     ("ORG", "University of Lorraine", ["Université de Lorraine"], ["université de Lorraine"]),
     ("ORG", "Communauté d'agglomération Portes de France-Thionville",
      ["Portes de France-Thionville", "Portes de France-Thionville agglomeration"],
      ["communauté d'agglomération Portes de France-Thionville"]),
     ("ORG", "Saarstahl Rail", ["Saarstahl Rail SAS"], ["Saarstahl Rail"]),
     ("ORG", "CFTC", ["Confédération française des travailleurs chrétiens", "French Confederation of Christian Workers"], ["CFTC"]),
     ("PERSON", "Kévin Zimmermann", ["Kevin Zimmermann", "Zimmermann"], ["Kévin Zimmermann"]),
     ("LOC", "Forbach", [], ["Forbach"]),
     ("LOC", "Saarland", ["Sarre"], ["Sarre"]),
     ("ORG", "Parquet de Sarreguemines", ["Sarreguemines prosecutor's office"], ["parquet de Sarreguemines"]),
     ("ORG", "Banque alimentaire de la Moselle", ["Moselle Food Bank"], ["Banque alimentaire de la Moselle"]),
     ("LOC", "Creutzwald", [], ["Creutzwald"]),
     ("ORG", "La France Insoumise", ["France Insoumise", "LFI", "France Unbowed"], ["La France insoumise", "LFI"]),
     ("LOC", "Fensch Valley", ["Vallée de la Fensch", "Fensch"], ["vallée de la Fensch"]),
     ("ORG", "Prefecture of Moselle", ["Préfecture de la Moselle", "Moselle prefecture"], ["préfecture de la Moselle"]),
     ("LOC", "Florange", [], ["Florange"]),
     ("ORG", "Regional Council of Grand Est", ["Région Grand Est", "Grand Est Region", "Conseil régional du Grand Est"],
      ["région Grand Est"]),
     ("LOC", "Uckange", [], ["Uckange"]),
     ("LOC", "Sarreguemines", [], ["Sarreguemines"])],
    [("04", "reçu", "Metz", "2026-09-30"), ("05", "signé", "Thionville", "2026-09-30"),
     ("14", "débrayé", "Hayange", "2026-09-26"), ("10", "exigé", "Hayange", "2026-09-26"),
     ("13", "menaçant", "Hayange", "2026-09-26"), ("17", "interpellé", "Forbach", "2026-09-29"),
     ("07", "distribué", "Creutzwald", "2026-09-28"), ("11", "dénoncé", None, "2026-09-30"),
     ("12", "rejeté", None, "2026-09-29"), ("03", "prête", "Uckange", None),
     ("04", "attendu", "Sarreguemines", "2026-10-05")])

doc("b18-fr-02-pays-basque", "fr", "2026-11-16T08:00:00Z",
    "Pays basque : l'agglomération reçoit les pêcheurs de Saint-Jean-de-Luz, les éleveurs bloquent Saint-Jean-Pied-de-Port",
    "BAYONNE, 16 novembre (Newsflow) - Le président de la communauté d'agglomération du Pays basque, Peio Etxeberri, a reçu vendredi à Bayonne des représentants des pêcheurs de Saint-Jean-de-Luz et de Ciboure, inquiets d'une nouvelle fermeture hivernale du golfe de Gascogne à la pêche, a indiqué la collectivité.\n"
    "« Un port sans bateaux, c'est une ville qui perd son âme », a déclaré M. Etxeberri à l'issue de l'entretien.\n"
    "Vendredi également, à Anglet, l'université de Pau et des pays de l'Adour a signé avec la CCI Bayonne Pays basque une convention pour créer une formation en alternance aux métiers de la glisse et du nautisme.\n"
    "A Saint-Jean-Pied-de-Port, une centaine d'éleveurs ont bloqué samedi le rond-point d'entrée de la ville avec leurs tracteurs pour protester contre la baisse du prix du lait de brebis. Lors du blocage, le syndicat agricole ELB a exigé de la préfecture des Pyrénées-Atlantiques une table ronde avec les laiteries, menaçant de bloquer la route de la frontière à Arnéguy si elle n'était pas convoquée avant Noël. « Nos brebis passent l'hiver en bergerie et le lait se vend au prix d'il y a dix ans », a déclaré Maddi Irigoyen, éleveuse à Mauléon depuis vingt ans.\n"
    "Les gendarmes ont interpellé jeudi à Hendaye deux passeurs présumés qui faisaient traverser la Bidassoa à des migrants arrivés d'Irun, en Espagne, a annoncé le parquet de Bayonne.\n"
    "Le Secours populaire a distribué dimanche des repas chauds et des couvertures à une soixantaine de migrants à Bayonne.\n"
    "Le parti abertzale EH Bai a dénoncé dimanche la hausse des loyers à Biarritz, où « les saisonniers dorment dans leur voiture ».\n"
    "La région Nouvelle-Aquitaine s'est dite prête à cofinancer une fromagerie coopérative à Hasparren.\n"
    "M. Etxeberri est attendu mardi prochain à Espelette pour rencontrer les producteurs de piment.",
    [("LOC", "French Basque Country", ["Pays basque", "Basque Country", "Northern Basque Country", "Iparralde"], ["Pays basque"]),
     ("LOC", "Saint-Jean-de-Luz", [], ["Saint-Jean-de-Luz"]),
     ("LOC", "Saint-Jean-Pied-de-Port", ["Donibane Garazi"], ["Saint-Jean-Pied-de-Port"]),
     ("LOC", "Bayonne", [], ["BAYONNE", "Bayonne"]),
     ("ORG", "Communauté d'agglomération du Pays basque", ["Basque Country Agglomeration Community", "CAPB", "Euskal Hirigune Elkargoa"],
      ["communauté d'agglomération du Pays basque"]),
     ("PERSON", "Peio Etxeberri", ["Etxeberri"], ["Peio Etxeberri", "Etxeberri"]),
     ("LOC", "Ciboure", [], ["Ciboure"]),
     ("LOC", "Bay of Biscay", ["Golfe de Gascogne", "Gulf of Gascony"], ["golfe de Gascogne"]),
     ("LOC", "Anglet", [], ["Anglet"]),
     ("ORG", "University of Pau and the Adour Region", ["Université de Pau et des pays de l'Adour", "UPPA"],
      ["université de Pau et des pays de l'Adour"]),
     ("ORG", "CCI Bayonne Pays basque", ["Bayonne Basque Country Chamber of Commerce and Industry", "CCI Bayonne"],
      ["CCI Bayonne Pays basque"]),
     ("ORG", "Euskal Herriko Laborarien Batasuna", ["ELB"], ["ELB"]),
     ("ORG", "Prefecture of Pyrénées-Atlantiques", ["Préfecture des Pyrénées-Atlantiques", "Pyrénées-Atlantiques prefecture"],
      ["préfecture des Pyrénées-Atlantiques"]),
     ("LOC", "Arnéguy", ["Arneguy"], ["Arnéguy"]),
     ("PERSON", "Maddi Irigoyen", ["Irigoyen"], ["Maddi Irigoyen"]),
     ("LOC", "Mauléon-Licharre", ["Mauléon", "Mauleon"], ["Mauléon"]),
     ("LOC", "Hendaye", [], ["Hendaye"]),
     ("LOC", "Bidasoa", ["Bidassoa", "Bidasoa River"], ["Bidassoa"]),
     ("LOC", "Irun", ["Irún"], ["Irun"]),
     ("LOC", "Spain", ["Espagne", "Kingdom of Spain"], ["Espagne"]),
     ("ORG", "Parquet de Bayonne", ["Bayonne prosecutor's office"], ["parquet de Bayonne"]),
     ("ORG", "Secours populaire français", ["Secours populaire", "Secours Populaire"], ["Secours populaire"]),
     ("ORG", "EH Bai", ["Euskal Herria Bai"], ["EH Bai"]),
     ("LOC", "Biarritz", [], ["Biarritz"]),
     ("ORG", "Regional Council of Nouvelle-Aquitaine", ["Région Nouvelle-Aquitaine", "Nouvelle-Aquitaine Region"],
      ["région Nouvelle-Aquitaine"]),
     ("LOC", "Hasparren", [], ["Hasparren"]),
     ("LOC", "Espelette", [], ["Espelette"])],
    [("04", "reçu", "Bayonne", "2026-11-13"), ("05", "signé", "Anglet", "2026-11-13"),
     ("14", "bloqué", "Saint-Jean-Pied-de-Port", "2026-11-14"), ("10", "exigé", "Saint-Jean-Pied-de-Port", "2026-11-14"),
     ("13", "menaçant", "Saint-Jean-Pied-de-Port", "2026-11-14"), ("17", "interpellé", "Hendaye", "2026-11-12"),
     ("07", "distribué", "Bayonne", "2026-11-15"), ("11", "dénoncé", None, "2026-11-15"),
     ("03", "prête", "Hasparren", None), ("04", "attendu", "Espelette", "2026-11-17")])

doc("b18-fr-03-mahajanga", "fr", "2026-09-09T08:00:00Z",
    "Madagascar : le gouverneur de Boeny reçoit les riziculteurs de Marovoay, les dockers de Mahajanga en grève",
    "MAHAJANGA (Madagascar), 9 septembre (Newsflow) - Le gouverneur de la région Boeny, Haja Rakotonirina, a reçu mardi à Mahajanga des représentants des riziculteurs de la plaine de Marovoay, inquiets de l'envasement des canaux d'irrigation, a indiqué le gouvernorat.\n"
    "« La plaine de Marovoay était le grenier à riz du pays ; aujourd'hui, elle ne nourrit même plus ses propres paysans », a déclaré M. Rakotonirina à l'issue de l'entretien.\n"
    "Mardi également, à Mahajanga, l'université de Mahajanga a signé avec le Centre national de recherches océanographiques une convention pour suivre l'évolution des mangroves de la baie de Bombetoka.\n"
    "Au port de Mahajanga, environ 300 dockers ont cessé le travail lundi pour protester contre le retard de paiement de leurs primes. Lors de la grève, le Syndicat des dockers de Mahajanga a exigé de la société Boeny Manutention le versement des primes avant la fin du mois, menaçant de bloquer le déchargement des navires de riz importé. « On décharge le riz que le pays ne produit plus, et on n'est même pas payés », a déclaré Tovo Randriamanana, docker depuis douze ans. Boeny Manutention a rejeté mardi ces revendications, qu'elle juge « irréalistes ».\n"
    "Les gendarmes ont interpellé dimanche à Mitsinjo cinq hommes soupçonnés de trafic de bois de rose, a annoncé le parquet de Mahajanga.\n"
    "La Croix-Rouge malagasy a distribué lundi des semences et des kits d'hygiène à 400 ménages de Soalala.\n"
    "La plateforme Solidarité des intervenants sur le foncier (SIF) a dénoncé mardi l'attribution de 3 000 hectares de terres à un investisseur étranger près de Maevatanana.\n"
    "Le Fonds de développement agricole s'est dit prêt à financer des motopompes pour les riziculteurs d'Ambato-Boeny.\n"
    "M. Rakotonirina est attendu vendredi prochain à Katsepy, de l'autre côté de la baie, pour inaugurer un centre de santé.",
    [("LOC", "Madagascar", ["Republic of Madagascar"], ["Madagascar"]),
     ("LOC", "Boeny", ["Boeny Region", "Région Boeny"], ["région Boeny", "Boeny"]),
     ("LOC", "Marovoay", ["Marovoay plain"], ["Marovoay"]),
     ("LOC", "Mahajanga", ["Majunga"], ["MAHAJANGA", "Mahajanga"]),
     ("PERSON", "Haja Rakotonirina", ["Rakotonirina"], ["Haja Rakotonirina", "Rakotonirina"]),
     ("ORG", "University of Mahajanga", ["Université de Mahajanga"], ["université de Mahajanga"]),
     ("ORG", "Centre national de recherches océanographiques", ["CNRO", "National Centre for Oceanographic Research (Madagascar)"],
      ["Centre national de recherches océanographiques"]),
     ("LOC", "Bombetoka Bay", ["Baie de Bombetoka", "Bombetoka"], ["baie de Bombetoka"]),
     ("LOC", "Port of Mahajanga", ["Mahajanga port", "Port de Mahajanga"], ["port de Mahajanga"]),
     ("ORG", "Syndicat des dockers de Mahajanga", ["Mahajanga Dockers' Union"], ["Syndicat des dockers de Mahajanga"]),
     ("ORG", "Boeny Manutention", [], ["Boeny Manutention"]),
     ("PERSON", "Tovo Randriamanana", ["Randriamanana"], ["Tovo Randriamanana"]),
     ("LOC", "Mitsinjo", [], ["Mitsinjo"]),
     ("ORG", "Parquet de Mahajanga", ["Mahajanga prosecutor's office"], ["parquet de Mahajanga"]),
     ("ORG", "Malagasy Red Cross", ["Croix-Rouge malagasy", "Malagasy Red Cross Society"], ["Croix-Rouge malagasy"]),
     ("LOC", "Soalala", [], ["Soalala"]),
     ("ORG", "Solidarité des intervenants sur le foncier", ["SIF"], ["Solidarité des intervenants sur le foncier", "SIF"]),
     ("LOC", "Maevatanana", [], ["Maevatanana"]),
     ("ORG", "Fonds de développement agricole", ["FDA", "Agricultural Development Fund (Madagascar)"],
      ["Fonds de développement agricole"]),
     ("LOC", "Ambato-Boeny", ["Ambato Boeny"], ["Ambato-Boeny"]),
     ("LOC", "Katsepy", [], ["Katsepy"])],
    [("04", "reçu", "Mahajanga", "2026-09-08"), ("05", "signé", "Mahajanga", "2026-09-08"),
     ("14", "cessé le travail", "Port of Mahajanga", "2026-09-07"), ("10", "exigé", "Port of Mahajanga", "2026-09-07"),
     ("13", "menaçant", "Port of Mahajanga", "2026-09-07"), ("12", "rejeté", None, "2026-09-08"),
     ("17", "interpellé", "Mitsinjo", "2026-09-06"), ("07", "distribué", "Soalala", "2026-09-07"),
     ("11", "dénoncé", None, "2026-09-08"), ("03", "prêt", "Ambato-Boeny", None),
     ("04", "attendu", "Katsepy", "2026-09-11")])

write("blind18.jsonl")
