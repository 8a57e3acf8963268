# Writes practice_arplaces5.jsonl: 8 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces5,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them. The set is about small
# PLACES: towns, villages, districts, camps, crossings, valleys, mountains, rivers and ports, with clitics on them,
# after plural place words ("محليات X وY", "قرى X وY"), "وأم X", two-word names "X الY" and place words before names
# the reader may not know, in stories set in western Sudan, southern Egypt, Jordan, Lebanon's south and Bekaa, Iraq's
# Diyala and Kirkuk, the interior of Oman and the Emirates, eastern Libya and Morocco's Middle Atlas. Gold names are
# the spelling English wire copy of each country uses (Sudan's "Um", Jordan's "Umm", Oman's "Jebel"), with aliases
# for other common spellings. Real public figures in plausible roles as of late 2026; other officials and details are
# fictional. Entities that other sets' gold already names (overlap.py) were taken out of the texts before the
# extractor ever ran. Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arplaces5.py
from gold import doc, write

doc("pap5-ar-01-nertiti", "ar", "2026-11-20T08:00:00Z",
    "نزوح آلاف الأسر من سرف عمرة إلى نيرتتي وقرى جبل مرة",
    "نيرتتي (السودان) - قال مسؤولون محليون أمس الخميس إن أكثر من 12 ألف أسرة نزحت خلال أسبوع من محلية سرف عمرة "
    "إلى بلدة نيرتتي وقرى روكرو وقولو في جبل مرة، بعد هجمات على أسواق المنطقة وحرق منازل في قرى فتابرنو وكساب.\n"
    "وأوضح منسق المخيمات في نيرتتي أن النازحين وصلوا سيرا على الأقدام بعد رحلة استمرت أربعة أيام عبر وادي باري، "
    "وأن مدارس البلدة امتلأت بالأسر، فيما فر آخرون إلى مخيم الحميدية قرب زالنجي.\n"
    "وقال المتحدث باسم المنسقية العامة للنازحين واللاجئين آدم رجال إن «الوضع في نيرتتي كارثي، ولا توجد مياه نظيفة "
    "ولا أدوية لعلاج الكوليرا».\n"
    "وفي شمال البلاد الغربي، قالت لجنة الطوارئ الصحية إن الكوليرا انتشرت في محليات سودري وأم دم حاج أحمد، "
    "وإن 37 شخصا توفوا منذ مطلع الشهر، وطالبت السلطات بفتح الطرق أمام قوافل الأدوية.\n"
    "وأفاد سكان بأن اشتباكات اندلعت أمس في بلدة أبو زبد وامتدت إلى القرى المجاورة خلال الليل، ما دفع المئات إلى الفرار نحو "
    "المجلد والميرم، فيما أغلقت المحال التجارية في سوق لقاوة.\n"
    "وفي جنوب دارفور، قال سكان إن قوافل تجارية وصلت إلى رهيد البردي وعد الفرسان قادمة من أم دخن عبر وادي أزوم، "
    "وإن أسعار الذرة تراجعت في أسواق كاس ومرشنج.\n"
    "وأرسل تجار ومتطوعون من أبناء المنطقة قافلة من 20 شاحنة إلى نيرتتي، وهي الأولى منذ شهرين، تحمل الذرة والزيت لأكثر من "
    "60 ألف نازح.\n"
    "وتقول منظمات إنسانية إن ملايين السودانيين نزحوا منذ اندلاع الحرب، وإن الوصول إلى المناطق الجبلية يزداد صعوبة "
    "مع انهيار الطرق وارتفاع أسعار الوقود وتكرار الهجمات على القوافل.",
    [("LOC", "Nertiti", ["Nirtiti", "Nertete"], ["نيرتتي"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "Saraf Omra", ["Saraf Umra"], ["سرف عمرة"]),
     ("LOC", "Rokero", ["Rokoro"], ["روكرو"]),
     ("LOC", "Golo", ["Gollo"], ["قولو"]),
     ("LOC", "Jebel Marra", ["Jabal Marra", "Marrah Mountains", "Jebel Marrah"], ["جبل مرة"]),
     ("LOC", "Fata Borno", ["Fataborno", "Fatta Borno"], ["فتابرنو"]),
     ("LOC", "Kassab", ["Kassab camp"], ["كساب"]),
     ("LOC", "Wadi Barei", ["Wadi Bare", "Wadi Bari"], ["وادي باري"]),
     ("LOC", "Hamidiya camp", ["Hamidiya", "Al-Hamidiya camp", "Hamadiya camp"], ["مخيم الحميدية"]),
     ("LOC", "Zalingei", ["Zalinjei", "Zalingi"], ["زالنجي"]),
     ("ORG", "General Coordination for Displaced Persons and Refugees",
      ["General Coordination of Camps for Displaced Persons and Refugees"], ["المنسقية العامة للنازحين واللاجئين"]),
     ("PERSON", "Adam Rijal", ["Adam Regal", "Adam Rigal"], ["آدم رجال"]),
     ("LOC", "Sodari", ["Soudari", "Sodiri"], ["سودري"]),
     ("LOC", "Um Dam Haj Ahmed", ["Umm Dam Haj Ahmed", "Um Dam"], ["أم دم حاج أحمد"]),
     ("LOC", "Abu Zabad", [], ["أبو زبد"]),
     ("LOC", "Al-Mujlad", ["El Muglad", "Muglad", "Al-Muglad"], ["المجلد"]),
     ("LOC", "Al-Meiram", ["El Meiram", "Meiram", "Al Miram"], ["الميرم"]),
     ("LOC", "Lagawa", ["Lagawa town"], ["لقاوة"]),
     ("LOC", "South Darfur", ["South Darfur State"], ["جنوب دارفور"]),
     ("LOC", "Rahad al-Berdi", ["Rehaid Al Birdi", "Rahad el Berdi", "Rehed Al Berdi"], ["رهيد البردي"]),
     ("LOC", "Ed al-Fursan", ["Idd al-Fursan", "Edd Al Fursan", "Id al-Fursan"], ["عد الفرسان"]),
     ("LOC", "Um Dukhun", ["Umm Dukhun", "Um Dukhn"], ["أم دخن"]),
     ("LOC", "Wadi Azum", ["Wadi Azoum"], ["وادي أزوم"]),
     ("LOC", "Kas", ["Kass"], ["كاس"]),
     ("LOC", "Mershing", ["Marshang", "Mershang"], ["مرشنج"])],
    [("10", "وطالبت", None, None), ("19", "اشتباكات", "Abu Zabad", "2026-11-19"),
     ("07", "وأرسل", "Nertiti", None)])

doc("pap5-ar-02-nasr-nuba", "ar", "2026-11-12T09:00:00Z",
    "سيول تضرب قرى نصر النوبة وكلابشة وإخلاء منازل في الطود",
    "أبو سمبل - اجتاحت سيول جارفة ليل الثلاثاء قرى في مركز نصر النوبة جنوب مصر، وهدمت عشرات المنازل الطينية، بعد "
    "أمطار غزيرة هطلت على الصحراء الشرقية وتدفقت عبر وادي العلاقي ووادي خريت.\n"
    "وقال رئيس مدينة نصر النوبة إن المياه غمرت قرى أبو سمبل الجديدة وقسطل وأدندان وعافية، وإن فرق الحماية "
    "المدنية أخلت نحو 300 أسرة إلى مراكز إيواء في كلابشة والسباعية.\n"
    "وأضاف أن طريق أبو سمبل السياحي أغلق لساعات بعد انهيار جسر صغير قرب توشكى، وأن الحركة عادت إليه صباح الأربعاء، "
    "كما تضررت مزارع في قريتي بلانة وأبريم.\n"
    "وفي مركز الطود، أخلت السلطات منازل في قرى العديسات والبغدادي والكلاحين، وأوقفت الرحلات النهرية بين إسنا وإدفو "
    "يوما واحدا، كما أغلقت معبد إدفو أمام الزوار.\n"
    "وقال مسؤول في قطاع الري إن مخرات السيول في الرديسية ووادي عبادي عملت بكفاءة، وطالب الأهالي بعدم البناء في "
    "مجاري الأودية، فيما جرفت المياه أجزاء من الطريق بين أرمنت والرزيقات.\n"
    "ووصلت أمس قافلة من متطوعي الجمعيات الأهلية تحمل خياما وبطاطين إلى قرية بنبان، فيما زار وفد من البرلمان المتضررين في "
    "غرب سهيل وجزيرة سهيل لتقييم الأضرار، وتفقد مزارع قصب السكر في قرية المطاعنة.\n"
    "ويتوقع خبراء الأرصاد استمرار الأمطار على المحافظات الجنوبية حتى نهاية الأسبوع، وحذروا المزارعين من "
    "ري الأراضي خلال هذه الفترة، فيما قال الأهالي إن البيوت الطينية القديمة لم تعد تحتمل مثل هذه السيول.",
    [("LOC", "Abu Simbel", [], ["أبو سمبل"]),
     ("LOC", "Nasr al-Nuba", ["Nasr El Nuba", "Nasr Al Nuba", "Nasr al-Nouba"], ["نصر النوبة"]),
     ("LOC", "Egypt", [], ["مصر"]),
     ("LOC", "Eastern Desert", ["Arabian Desert"], ["الصحراء الشرقية"]),
     ("LOC", "Wadi Allaqi", ["Wadi al-Allaqi", "Wadi El Allaqi"], ["وادي العلاقي"]),
     ("LOC", "Wadi Kharit", ["Wadi Khareet", "Wadi Kharet"], ["وادي خريت"]),
     ("LOC", "New Abu Simbel", ["Abu Simbel al-Gadida"], ["أبو سمبل الجديدة"]),
     ("LOC", "Qustul", ["Qostol", "Kustul"], ["قسطل"]),
     ("LOC", "Adindan", ["Adendan"], ["أدندان"]),
     ("LOC", "Afia", ["Afiya", "Aafia"], ["عافية"]),
     ("LOC", "Kalabsha", ["New Kalabsha"], ["كلابشة"]),
     ("LOC", "Al-Sebaiya", ["El Sebaiya", "Sebaiya", "Al Siba'iya"], ["السباعية"]),
     ("LOC", "Toshka", ["Tushka", "Toshki"], ["توشكى"]),
     ("LOC", "Ballana", ["Balana"], ["بلانة"]),
     ("LOC", "Ibrim", ["Qasr Ibrim", "Ebrim"], ["أبريم"]),
     ("LOC", "Al-Tod", ["El Tod", "Tod", "Al Tud"], ["الطود"]),
     ("LOC", "Al-Odaysat", ["El Odaisat", "Odaysat"], ["العديسات"]),
     ("LOC", "Al-Baghdadi", ["El Baghdadi"], ["البغدادي"]),
     ("LOC", "Al-Kalaheen", ["El Kalahin", "Kalaheen"], ["الكلاحين"]),
     ("LOC", "Esna", ["Isna"], ["إسنا"]),
     ("LOC", "Edfu", ["Idfu"], ["إدفو"]),
     ("LOC", "Temple of Edfu", ["Edfu Temple", "Temple of Horus at Edfu"], ["معبد إدفو"]),
     ("LOC", "Al-Radisiya", ["El Redisiya", "Radisiya"], ["الرديسية"]),
     ("LOC", "Wadi Abbad", ["Wadi Abad", "Wadi Abbadi"], ["وادي عبادي"]),
     ("LOC", "Armant", ["Erment"], ["أرمنت"]),
     ("LOC", "Al-Rizeiqat", ["El Rizeiqat", "Rizeiqat"], ["الرزيقات"]),
     ("LOC", "Benban", [], ["بنبان"]),
     ("LOC", "Gharb Soheil", ["Gharb Sohail", "West Sehel"], ["غرب سهيل"]),
     ("LOC", "Sehel Island", ["Sehel", "Soheil Island"], ["جزيرة سهيل"]),
     ("LOC", "Al-Mataana", ["El Mataana", "Mataana"], ["المطاعنة"])],
    [("10", "وطالب", None, None), ("07", "ووصلت", "Benban", "2026-11-11"),
     ("04", "زار", "Gharb Soheil", None)])

doc("pap5-ar-03-ibn-hammad", "ar", "2026-11-24T08:00:00Z",
    "سيول في وادي ابن حماد ودير علا وإحباط تهريب قرب المدورة",
    "الأردن - أغلقت السلطات الأردنية أمس الاثنين طرقا في وادي ابن حماد ومحيطه بعد سيول جرفت سيارتين، وأنقذت فرق "
    "الدفاع المدني 14 شخصا علقوا قرب بلدة عي، فيما غمرت المياه منازل في الغوير.\n"
    "وقال مسؤول محلي إن الأمطار قطعت الطريق الصحراوي ساعات، وإن آليات البلدية فتحت الطريق صباح الاثنين بعد أن "
    "انتظرت عشرات الشاحنات على جانبيه طوال الليل.\n"
    "وفي الجنوب، أحبطت دوريات حرس الحدود محاولة تهريب كميات من المخدرات قرب المدورة على الحدود الجنوبية، واشتبكت مع "
    "المهربين وقتلت اثنين منهم، وضبطت 1.2 مليون حبة كبتاغون، بحسب مصدر عسكري.\n"
    "كما أغلقت الشرطة الطريق بين الجفر والقويرة، وأعلنت تعطيل المدارس في قرى وادي عربة يوما واحدا.\n"
    "وفي الأغوار، فاضت قناة الملك عبد الله في دير علا والشونة الجنوبية، وغمرت المياه مزارع الخضار في الكرامة "
    "والكريمة، وقال مزارعون إن خسائرهم تجاوزت نصف مليون دينار.\n"
    "وفي الشمال، أغلقت السلطات الطريق المؤدي إلى أم قيس وبلدة سحم بعد انهيارات ترابية، ونقلت فرق الإنقاذ عائلات "
    "من منازلها المهددة إلى مدارس قريبة.\n"
    "ووصلت إلى وادي ابن حماد أمس قافلة مساعدات من منظمة الهلال الأحمر الأردني تضم خياما وأغطية للعائلات المتضررة، "
    "فيما بدأت بلدية الشوبك فتح قنوات تصريف المياه، وقال رئيسها إن «الأضرار هذا العام أكبر من الأعوام الماضية».\n"
    "وتقول دائرة الأرصاد إن كميات الأمطار هذا الشهر تجاوزت المعدل العام بنسبة كبيرة.",
    [("LOC", "Jordan", ["Hashemite Kingdom of Jordan"], ["الأردن"]),
     ("LOC", "Wadi Ibn Hammad", ["Wadi bin Hammad", "Wadi Ibn Hammad canyon"], ["وادي ابن حماد"]),
     ("LOC", "Ayy", ["Ay", "Aiy"], ["عي"]),
     ("LOC", "Ghweir", ["Al-Ghuwair", "Ghuwair"], ["الغوير"]),
     ("LOC", "Mudawwara", ["Al-Mudawwara", "Mudawara"], ["المدورة"]),
     ("LOC", "Jafr", ["Al-Jafr"], ["الجفر"]),
     ("LOC", "Quweira", ["Al-Quwayra", "Quwaira"], ["القويرة"]),
     ("LOC", "Wadi Araba", ["Arava", "Wadi Arabah"], ["وادي عربة"]),
     ("LOC", "King Abdullah Canal", ["East Ghor Canal"], ["قناة الملك عبد الله"]),
     ("LOC", "Deir Alla", ["Deir Allah"], ["دير علا"]),
     ("LOC", "South Shuneh", ["Al-Shuneh al-Janoubiyeh", "Shuneh al-Janubiya", "Southern Shuneh"], ["الشونة الجنوبية"]),
     ("LOC", "Karameh", ["Al-Karameh"], ["الكرامة"]),
     ("LOC", "Kraymeh", ["Al-Kraymeh", "Kreimeh"], ["الكريمة"]),
     ("LOC", "Umm Qais", ["Umm Qays", "Um Qais"], ["أم قيس"]),
     ("LOC", "Sahm", ["Sahem"], ["سحم"]),
     ("ORG", "Jordan Red Crescent", ["Jordanian Red Crescent", "Jordan Red Crescent Society"],
      ["الهلال الأحمر الأردني"]),
     ("LOC", "Shobak", ["Al-Shobak", "Shoubak", "Shawbak"], ["الشوبك"])],
    [("19", "واشتبكت", "Mudawwara", "2026-11-23"), ("07", "ووصلت", "Wadi Ibn Hammad", "2026-11-23")])

doc("pap5-ar-04-khiam", "ar", "2026-11-17T08:00:00Z",
    "غارات إسرائيلية على أطراف الخيام ووادي الحجير وقصف قرب معبر مطربا",
    "الخيام (لبنان) - شن الطيران الإسرائيلي أمس الأحد غارات على أطراف بلدة الخيام وفي وادي الحجير، وقصفت مدفعيته منازل في "
    "بلدتي العديسة ورب ثلاثين الحدوديتين، بحسب مصادر محلية.\n"
    "وقالت المصادر إن شخصين قتلا وأصيب خمسة في غارة بمسيرة على سيارة على طريق القليعة - سردا، فيما استهدفت غارة "
    "أخرى منزلا في بلدة دبين، وثالثة أرضا زراعية في خراج بلدة حلتا.\n"
    "وأعادت وحدات عسكرية انتشارها في قرى سردا والمجيدية على ضفاف نهر الحاصباني، وفككت عبوة ناسفة قرب جسر الخردلي، "
    "فيما حلقت مسيرات فوق شبعا ومزرعة بسطرة.\n"
    "وفي شمال البقاع، استهدفت غارتان معبر مطربا غير الشرعي على الحدود الشمالية الشرقية، وأفاد سكان بأن غارة ثالثة أصابت شاحنة "
    "عند مدخل بلدة رأس بعلبك، فيما سقطت قذيفة في الجرود المحيطة.\n"
    "وفي البقاع الغربي، قصفت طائرة مسيرة محيط بلدة سحمر، وحلقت أخرى فوق يحمر ومشغرة وسد القرعون.\n"
    "وقال رئيس بلدية الخيام إن «الأهالي عادوا إلى البلدة رغم الغارات، ولن نتركها»، مطالبا بإعادة فتح مدرسة البلدة.\n"
    "ونفذت دوريات مشتركة جولات في محيط بلدتي حولا ومركبا، وتفقدت الأضرار في طلوسة وبني حيان.\n"
    "ويقول سكان القرى الحدودية إن الغارات لم تتوقف منذ أسابيع رغم اتفاق وقف إطلاق النار، وإن عشرات العائلات ما "
    "زالت تقيم في مدارس ومراكز إيواء بعيدا عن منازلها المدمرة، فيما تنتظر البلديات أموال إعادة الإعمار.",
    [("LOC", "Lebanon", [], ["لبنان"]),
     ("LOC", "Khiam", ["El Khiam", "Al-Khiam"], ["الخيام"]),
     ("LOC", "Wadi al-Hujeir", ["Wadi Hujeir", "Wadi al-Hujair", "Hujeir valley"], ["وادي الحجير"]),
     ("LOC", "Odaisseh", ["Adaisseh", "Al-Adaysah", "Odaisse"], ["العديسة"]),
     ("LOC", "Rab Thalathine", ["Rab Tlatin", "Rab Thalathin"], ["رب ثلاثين"]),
     ("LOC", "Qlayaa", ["Al-Qlayaa", "Klayaa"], ["القليعة"]),
     ("LOC", "Dibbine", ["Debbine", "Dibbin"], ["دبين"]),
     ("LOC", "Halta", [], ["حلتا"]),
     ("LOC", "Sarda", ["Sardah"], ["سردا"]),
     ("LOC", "Majidiyeh", ["Al-Majidiyah", "Majidiya"], ["المجيدية"]),
     ("LOC", "Hasbani River", ["Hasbani", "Hasbani river"], ["نهر الحاصباني"]),
     ("LOC", "Khardali Bridge", ["al-Khardali bridge"], ["جسر الخردلي"]),
     ("LOC", "Shebaa", ["Chebaa", "Shebaa village"], ["شبعا"]),
     ("LOC", "Bastra farm", ["Mazraat Bastra", "Bastra"], ["مزرعة بسطرة"]),
     ("LOC", "Matraba crossing", ["Matraba", "Mtraba crossing"], ["معبر مطربا"]),
     ("LOC", "Ras Baalbek", ["Ras Baalbeck"], ["رأس بعلبك"]),
     ("LOC", "West Bekaa", ["Western Bekaa"], ["البقاع الغربي"]),
     ("LOC", "Sohmor", ["Suhmur", "Sohmor village"], ["سحمر"]),
     ("LOC", "Yohmor", ["Yohmor al-Bekaa", "Yahmur"], ["يحمر"]),
     ("LOC", "Machghara", ["Mashghara"], ["مشغرة"]),
     ("LOC", "Qaraoun Dam", ["Qaraoun dam", "Lake Qaraoun dam"], ["سد القرعون"]),
     ("LOC", "Houla", ["Hula"], ["حولا"]),
     ("LOC", "Markaba", ["Mirkaba"], ["مركبا"]),
     ("LOC", "Tallouseh", ["Tallousa", "Talloussa"], ["طلوسة"]),
     ("LOC", "Bani Hayyan", ["Beni Hayyan", "Bani Haiyan"], ["بني حيان"])],
    [("19", "شن", "Khiam", "2026-11-16"), ("19", "استهدفت", "Matraba crossing", "2026-11-16")])

doc("pap5-ar-05-hawija", "ar", "2026-11-26T08:00:00Z",
    "عملية أمنية في وادي زغيتون وقرى الزاب وهجوم على نقطة للجيش قرب جلولاء",
    "الحويجة (العراق) - أطلقت القوات العراقية أمس الأربعاء عملية أمنية لتفتيش وادي زغيتون ووادي النفط وقرى جنوب غرب "
    "قضاء الحويجة، بعد معلومات عن تحرك خلايا مسلحة بين ناحيتي العباسي والزاب.\n"
    "وقال قائد العمليات في المنطقة إن العملية تشمل قرى تل علي والسديرة والمصطنطر، وإن القوات ضبطت أنفاقا ومخازن "
    "أسلحة قرب سلسلة جبال حمرين وناحية الملتقى.\n"
    "وفي قضاء داقوق، فتش الجيش قرى يايجي والبو محمد، فيما نصبت الشرطة نقاط تفتيش على طريق الدبس - التون كوبري.\n"
    "وإلى الجنوب الشرقي، قتل جنديان وأصيب ثلاثة في هجوم بقذائف الهاون على نقطة للجيش بين جلولاء وقره تبة فجر "
    "الأربعاء، بحسب مصدر أمني، قال إن الطيران العراقي قصف أوكارا للمسلحين في حوض بحيرة حمرين وقرب ناحية السعدية.\n"
    "وأضاف المصدر أن قوة مشتركة اعتقلت أربعة مطلوبين في قرى أبو صيدا وبلدروز شرقي بعقوبة، وصادرت عبوات ناسفة في "
    "بساتين الخالص وهبهب.\n"
    "وفي كفري، تظاهر مئات المزارعين أمام مبنى القائممقامية احتجاجا على شح مياه نهر الوند، وطالبوا بتعويضهم عن "
    "خسائر الموسم الزراعي، كما قطع محتجون في مندلي الطريق المؤدي إلى منفذ مندلي الحدودي.\n"
    "وأعلن مسؤولون في قطاع النفط أن الإنتاج في حقل جمبور لم يتأثر بالعمليات، وأن الحراسة شددت على الأنابيب "
    "الممتدة جنوبا، فيما قال شيوخ عشائر إن الخلايا المسلحة تستغل الأودية الوعرة والبساتين الكثيفة للاختباء.",
    [("LOC", "Hawija", ["Al-Hawija", "Hawijah"], ["الحويجة"]),
     ("LOC", "Iraq", [], ["العراق"]),
     ("LOC", "Wadi Zghaitoun", ["Wadi Zghitun", "Wadi Zaghitoun"], ["وادي زغيتون"]),
     ("LOC", "Wadi al-Naft", ["Wadi Naft", "Wadi al-Nafat"], ["وادي النفط"]),
     ("LOC", "Abbasi", ["Al-Abbasi", "Abbasi subdistrict"], ["العباسي"]),
     ("LOC", "Zab (Kirkuk)", ["Al-Zab", "Zab", "Zab subdistrict"], ["الزاب"]),
     ("LOC", "Tal Ali", ["Tel Ali"], ["تل علي"]),
     ("LOC", "Sudaira", ["Al-Sudaira", "Sdeira"], ["السديرة"]),
     ("LOC", "Mustantar", ["Al-Mustantar", "Mostantar"], ["المصطنطر"]),
     ("LOC", "Hamrin Mountains", ["Hamrin", "Hamrin mountain range", "Jabal Hamrin"], ["جبال حمرين"]),
     ("LOC", "Multaqa", ["Al-Multaqa", "Multaqa subdistrict"], ["الملتقى"]),
     ("LOC", "Daquq", ["Daqouq", "Taouq"], ["داقوق"]),
     ("LOC", "Yaiji", ["Yayci", "Yaychi"], ["يايجي"]),
     ("LOC", "Albu Mohammed", ["Al-Bu Mohammed", "Albu Muhammad"], ["البو محمد"]),
     ("LOC", "Dibis", ["Al-Dibis", "Dibs"], ["الدبس"]),
     ("LOC", "Altun Kupri", ["Altun Kopri", "Prde", "Altunkupri"], ["التون كوبري"]),
     ("LOC", "Jalawla", ["Jalula", "Jalawlaa"], ["جلولاء"]),
     ("LOC", "Qara Tapa", ["Qara Tepe", "Qaratapa", "Qara Tappa"], ["قره تبة"]),
     ("LOC", "Lake Hamrin", ["Hamrin Lake", "Hamrin reservoir"], ["بحيرة حمرين"]),
     ("LOC", "Saadiya", ["Al-Saadiya", "Sadiya", "Saadiyah"], ["السعدية"]),
     ("LOC", "Abu Saida", ["Abu Sayda", "Abu Saidah"], ["أبو صيدا"]),
     ("LOC", "Baladruz", ["Balad Ruz", "Baladrooz"], ["بلدروز"]),
     ("LOC", "Baqubah", ["Baquba", "Baqouba"], ["بعقوبة"]),
     ("LOC", "Khalis", ["Al-Khalis"], ["الخالص"]),
     ("LOC", "Hibhib", ["Hib Hib", "Hibhib village"], ["هبهب"]),
     ("LOC", "Kifri", ["Kifri district"], ["كفري"]),
     ("LOC", "Alwand River", ["Alwand", "Wand river"], ["نهر الوند"]),
     ("LOC", "Mandali", ["Mandli"], ["مندلي"]),
     ("LOC", "Mandali border crossing", ["Mandali crossing", "Mandali border port"], ["منفذ مندلي"]),
     ("LOC", "Jambur oil field", ["Jambur", "Jambur field", "Jambour"], ["حقل جمبور"])],
    [("19", "هجوم", "Jalawla", "2026-11-26"), ("19", "قصف", "Lake Hamrin", None),
     ("17", "اعتقلت", "Abu Saida", None), ("14", "تظاهر", "Kifri", None),
     ("10", "وطالبوا", None, None), ("14", "قطع", "Mandali", None)])

doc("pap5-ar-06-jebel-shams", "ar", "2026-11-19T07:00:00Z",
    "سيول في وادي تنوف وجبل شمس بسلطنة عمان وأمطار غزيرة على المدام وفلي",
    "جبل شمس (عمان) - قالت السلطات في سلطنة عمان أمس الأربعاء إن فرق الإنقاذ أنقذت 23 شخصا احتجزتهم السيول في "
    "قرى وادي بني عوف ووادي تنوف.\n"
    "وأوضحت أن المياه جرفت مركبات على الطريق المؤدي إلى جبل شمس، وأن سكان قريتي غول والحيل نقلوا إلى مدرسة في "
    "تنوف، فيما أغلقت الشرطة الطريق المؤدي إلى بركة الموز.\n"
    "وقالت الهيئة العامة للطيران المدني إن الأمطار ستمتد إلى ولايات ضنك وإزكي وبدبد، وحذرت من عبور الأودية في "
    "وادي العق، وقالت إن فرقها ستبقى في حالة استنفار حتى انتهاء المنخفض الجوي.\n"
    "وفي الإمارات، هطلت أمطار غزيرة على المدام وفلي والفاية، وامتلأ سد وادي الحلو للمرة الأولى منذ عامين. "
    "وأغلقت السلطات طريق فلي - المدام بسبب تساقط الصخور من جبال الحجر، فيما نشرت فرق إنقاذ في منطقتي الهير "
    "والقوع.\n"
    "وقال مسؤول محلي إن «الأودية المنحدرة من جبل شمس والجبال الشرقية هي الأخطر»، داعيا السكان إلى "
    "الابتعاد عن مجاريها، فيما أعلنت وزارة التربية والتعليم تعليق الدراسة في مدارس إزكي يومين.\n"
    "ويتوقع خبراء الطقس استمرار السحب الركامية على جبال الحجر والمناطق الداخلية حتى الجمعة، مع احتمال تساقط البرد على المرتفعات وارتفاع منسوب المياه في الأودية، داعين السائقين إلى عدم "
    "المجازفة بعبور مجاري السيول مهما بدت المياه ضحلة، ومحذرين الرعاة من الصعود إلى المرتفعات.",
    [("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان", "عمان"]),
     ("LOC", "Wadi Bani Awf", ["Wadi Bani Auf", "Wadi Bani Aouf"], ["وادي بني عوف"]),
     ("LOC", "Wadi Tanuf", ["Wadi Tanouf"], ["وادي تنوف"]),
     ("LOC", "Jebel Shams", ["Jabal Shams"], ["جبل شمس"]),
     ("LOC", "Ghul", ["Ghoul"], ["غول"]),
     ("LOC", "Al Hail", ["Al-Hail"], ["الحيل"]),
     ("LOC", "Tanuf", ["Tanouf"], ["تنوف"]),
     ("LOC", "Birkat al-Mouz", ["Birkat Al Mawz", "Birkat al Mauz"], ["بركة الموز"]),
     ("ORG", "Civil Aviation Authority (Oman)", ["Oman's Civil Aviation Authority", "CAA"],
      ["الهيئة العامة للطيران المدني"]),
     ("LOC", "Dhank", ["Dank"], ["ضنك"]),
     ("LOC", "Izki", ["Izki'"], ["إزكي"]),
     ("LOC", "Bidbid", ["Bid Bid"], ["بدبد"]),
     ("LOC", "Wadi al-Uqq", ["Wadi Al Aqq", "Wadi Uqq"], ["وادي العق"]),
     ("LOC", "United Arab Emirates", ["UAE", "Emirates"], ["الإمارات"]),
     ("LOC", "Al Madam", ["Al-Madam"], ["المدام"]),
     ("LOC", "Fili", ["Fili village", "Al Fili"], ["فلي"]),
     ("LOC", "Al Faya", ["Al-Faya"], ["الفاية"]),
     ("LOC", "Wadi Al Helo Dam", ["Wadi Helo Dam", "Wadi al-Hilu dam"], ["سد وادي الحلو"]),
     ("LOC", "Hajar Mountains", ["Al Hajar Mountains", "Hajar"], ["جبال الحجر"]),
     ("LOC", "Al Hayer", ["Al-Hayer", "Hayer"], ["الهير"]),
     ("LOC", "Al Qua'a", ["Al Quaa", "Al-Qua'a"], ["القوع"]),
     ("ORG", "Ministry of Education (Oman)", ["Oman's Ministry of Education"], ["وزارة التربية والتعليم"])],
    [])

doc("pap5-ar-07-kambut", "ar", "2026-11-15T08:00:00Z",
    "انهيارات طينية في وادي الكوف وإغلاق منفذ امساعد أمام الشاحنات",
    "عين مارة (ليبيا) - أغلقت السلطات في شرق ليبيا أمس السبت الطريق بين سلنطة وقندولة بعد انهيارات طينية سببتها أمطار "
    "غزيرة، وأجلت عشرات الأسر من حي الفتائح وقرى كرسة والقيقب.\n"
    "وقال عميد بلدية عين مارة إن فرق الطوارئ تعمل على فتح الطرق في الفايدية والوسيطة، وإن مياه وادي الكوف "
    "قطعت الجسر الرئيسي لساعات، فيما جرفت السيول أجزاء من الطريق بين الأبرق ولملودة.\n"
    "وأضاف أن المستشفى القروي في القيقب استقبل سبعة مصابين، وأن متطوعين وزعوا أغطية وخياما على الأسر النازحة.\n"
    "وفي أقصى الشرق، أعلنت مصلحة الجمارك إغلاق منفذ امساعد البري مع مصر أمام الشاحنات يومين بسبب الأحوال الجوية، "
    "وتكدست مئات الشاحنات في كمبوت وأم الرزم، فيما حذرت السلطات البحرية من رياح شديدة في خليج البمبة وعين الغزالة.\n"
    "وفي الجنوب، قال سكان في واحة الجغبوب إن العاصفة الرملية أغلقت الطريق إلى بئر حكيم والتميمي، وإن الكهرباء انقطعت "
    "عن المنطقة منذ يومين.\n"
    "وقالت وزارة الصحة إنها أرسلت فرقا طبية إلى بلدة تاكنس، وإن المدارس ستغلق في منطقة الجبل حتى الثلاثاء "
    "المقبل.\n"
    "ويقول سكان المنطقة إن البنية التحتية لم تصلح منذ سنوات، وإن كل موسم أمطار يجلب أضرارا جديدة للطرق والجسور.\n"
    "وطالب أعيان المنطقة الحكومة بصيانة سد وادي الكوف وسد وادي القطارة قبل موسم الأمطار المقبل.",
    [("LOC", "Ain Mara", ["Ain Marah", "Ayn Mara"], ["عين مارة"]),
     ("LOC", "Libya", [], ["ليبيا"]),
     ("LOC", "Slonta", ["Slinteh", "Slanta"], ["سلنطة"]),
     ("LOC", "Fatayah", ["Al-Fatayah", "Fattaeh"], ["الفتائح"]),
     ("LOC", "Karsa", ["Kirsa"], ["كرسة"]),
     ("LOC", "Al-Qayqab", ["Qaiqab", "Al Gaygab", "Gaigab"], ["القيقب"]),
     ("LOC", "Al-Faidiya", ["Faidiya", "Al Fayidiyah"], ["الفايدية"]),
     ("LOC", "Gandula", ["Qandula", "Gandoula"], ["قندولة"]),
     ("LOC", "Al-Wasita", ["Wasita", "Al Wsita"], ["الوسيطة"]),
     ("LOC", "Wadi al-Kuf", ["Wadi Kuf", "Wadi el-Kouf"], ["وادي الكوف"]),
     ("LOC", "Al Abraq", ["Al-Abraq", "Labraq"], ["الأبرق"]),
     ("LOC", "Lamluda", ["Lamlouda", "Lamludah"], ["لملودة"]),
     ("LOC", "Msaed crossing", ["Musaid crossing", "Amsaad", "Msaed border crossing", "Emsaed"], ["منفذ امساعد"]),
     ("LOC", "Egypt", [], ["مصر"]),
     ("LOC", "Kambut", ["Kambout"], ["كمبوت"]),
     ("LOC", "Umm al-Rizam", ["Umm Al Rizam", "Um Al-Rizam"], ["أم الرزم"]),
     ("LOC", "Gulf of Bomba", ["Bomba Gulf", "Bay of Bomba"], ["خليج البمبة"]),
     ("LOC", "Ain al-Ghazala", ["Ain Ghazala", "Ain el Gazala", "Gazala"], ["عين الغزالة"]),
     ("LOC", "Jaghbub", ["Al-Jaghbub", "Jaghboub", "Giarabub"], ["الجغبوب"]),
     ("LOC", "Bir Hakeim", ["Bir Hakim", "Bir Hacheim"], ["بئر حكيم"]),
     ("LOC", "Tmimi", ["Al-Tamimi", "Tamimi", "Al Tmimi"], ["التميمي"]),
     ("LOC", "Taknis", ["Taknes", "Tacnis"], ["تاكنس"]),
     ("LOC", "Wadi al-Kuf Dam", ["Wadi Kuf Dam"], ["سد وادي الكوف"]),
     ("LOC", "Wadi al-Qattara Dam", ["Wadi Qattara Dam", "Qattara dam"], ["سد وادي القطارة"])],
    [("10", "وطالب", None, None)])

doc("pap5-ar-08-anfgou", "ar", "2026-12-01T09:00:00Z",
    "موجة برد تعزل دواوير أنفكو وإملشيل وتونفيت في الأطلس المتوسط",
    "خنيفرة (المغرب) - عزلت الثلوج الكثيفة منذ أمس الأحد عشرات الدواوير في جماعات أنفكو وإملشيل وتونفيت بالأطلس "
    "المتوسط، وقطعت الطرق المؤدية إلى أغبالة وبومية، بحسب السلطات المحلية.\n"
    "وقال مسؤول في عمالة إقليم خنيفرة إن كاسحات الثلوج فتحت الطريق الوطنية رقم 13 بين أزرو وإفران، لكن ممر تيزي "
    "نتغشو ما زال مغلقا، وإن دواوير آيت عبدي وتاسنت تنتظر وصول المساعدات.\n"
    "وأقام الجيش مستشفى ميدانيا في بلدة أكلموس، فيما نقلت مروحيات الإسعاف نساء حوامل من أنفكو إلى مستشفى الإقليم.\n"
    "وقال رئيس جماعة تونفيت إن «السكان يعيشون في عزلة تامة منذ ثلاثة أيام، ونفد الحطب في معظم البيوت»، فيما نظم "
    "العشرات وقفة احتجاجية أمام مقر قيادة أغبالة للمطالبة بتعبيد الطريق.\n"
    "ووزعت السلطات أغطية ومواد غذائية على 1800 أسرة في قرى القباب ولهري وكروشن وأم الربيع، وأعلنت المديرية العامة "
    "للأرصاد الجوية أن الحرارة نزلت إلى 14 درجة تحت الصفر في إفران وتيمحضيت وعين اللوح.\n"
    "وفي الجبال المجاورة جنوبا، انقطعت الطرق المؤدية إلى زاوية أحنصال وتبانت بآيت بوكماز، وعلق مسافرون على "
    "الطريق الجبلية.\n"
    "ويشكو سكان الجبال كل شتاء من نقص الحطب والعلف، ويطالبون بطرق معبدة ومراكز صحية قريبة.\n"
    "وارتفع منسوب نهر أم الربيع قرب خنيفرة، فيما غمرت الثلوج منابع نهر ملوية بجبل العياشي وبحيرة أكلمام أزكزا.",
    [("LOC", "Khenifra", ["Khénifra"], ["خنيفرة"]),
     ("LOC", "Morocco", [], ["المغرب"]),
     ("LOC", "Anfgou", ["Anefgou", "Anfgo"], ["أنفكو"]),
     ("LOC", "Imilchil", ["Imelchil"], ["إملشيل"]),
     ("LOC", "Tounfite", ["Tounfit"], ["تونفيت"]),
     ("LOC", "Middle Atlas", ["Moyen Atlas"], ["الأطلس المتوسط"]),
     ("LOC", "Aghbala", [], ["أغبالة"]),
     ("LOC", "Boumia", ["Boumiya"], ["بومية"]),
     ("LOC", "Azrou", [], ["أزرو"]),
     ("LOC", "Ifrane", [], ["إفران"]),
     ("LOC", "Tizi n'Tghachou", ["Tizi N'Tghachou pass", "Tizi Ntghachou"], ["تيزي نتغشو"]),
     ("LOC", "Ait Abdi", ["Aït Abdi"], ["آيت عبدي"]),
     ("LOC", "Tassent", ["Tasent"], ["تاسنت"]),
     ("LOC", "Aguelmous", ["Aguelmouss"], ["أكلموس"]),
     ("LOC", "El Kbab", ["Kbab", "Lkbab"], ["القباب"]),
     ("LOC", "Lehri", ["El Hri", "Lahri"], ["لهري"]),
     ("LOC", "Kerrouchen", ["Kerouchen"], ["كروشن"]),
     ("LOC", "Oum Rabia (commune)", ["Oum Er-Rbia", "Oum Rabia"], ["أم الربيع"]),
     ("ORG", "General Directorate of Meteorology", ["DGM", "Morocco's General Directorate of Meteorology"],
      ["المديرية العامة للأرصاد الجوية"]),
     ("LOC", "Timahdite", ["Timhadit", "Timahdit"], ["تيمحضيت"]),
     ("LOC", "Ain Leuh", ["Aïn Leuh", "Ain Louh"], ["عين اللوح"]),
     ("LOC", "Zaouiat Ahansal", ["Zaouit Ahansal", "Zawiyat Ahansal"], ["زاوية أحنصال"]),
     ("LOC", "Tabant", [], ["تبانت"]),
     ("LOC", "Ait Bouguemez", ["Aït Bouguemez", "Ait Bougmez"], ["آيت بوكماز"]),
     ("LOC", "Oum Er-Rbia", ["Oum Er Rbia River", "Umm al-Rabi"], ["نهر أم الربيع"]),
     ("LOC", "Moulouya River", ["Moulouya", "Muluya"], ["نهر ملوية"]),
     ("LOC", "Jbel Ayachi", ["Jebel Ayachi", "Mount Ayachi"], ["جبل العياشي"]),
     ("LOC", "Aguelmam Azigza", ["Lake Aguelmam Azigza", "Aguelmame Azegza"], ["بحيرة أكلمام أزكزا"])],
    [("14", "وقفة احتجاجية", "Aghbala", None), ("07", "ووزعت", None, None)])

write("practice_arplaces5.jsonl")
