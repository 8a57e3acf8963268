# Writes practice_arorg7.jsonl: 8 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arorg7, annotated
# by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# organisation code and data were not read while they were written). A practice set for Arabic organisations: about
# ten bodies an article, of the kinds Arabic news names and the knowledge base may not hold: ministries with a
# nationality adjective or "في حكومة ...", a governorate's or state's directorates, provincial and municipal councils,
# police and security commands, army divisions and regions, courts and prosecutions, unions and syndicates, parties
# and movements, armed groups, companies and banks, port and aviation authorities, hospitals and universities named
# after people and places, charities, UN agencies and international NGOs, news agencies; written with clitics, with a
# place after them, shortened on second mention and in chains. Regions: Qatar, Iraq (Najaf), Yemen (Taiz, Marib),
# Pakistan (Punjab), Morocco (Marrakech), Kenya (Homa Bay), Ecuador (Machala) and Sri Lanka (Kandy). Gold names are
# the English that wire copy uses, GUIDELINES' form "Ministry of X (Country)" for national ministries with the
# adjective form as an alias. Names that overlap.py found in
# other sets (other than countries) were dropped; its remaining hits are the common word أشغال and two different
# bodies written alike (Qatar's مجلس الشورى, Iraq's وزارة السياحة والآثار). Real bodies; officials' words and details
# are fictional. Apache-2.0.
# Run: python3 make_practice_arorg7.py
from gold import doc, write

doc("pa7-ar-01-doha", "ar", "2026-11-17T09:00:00Z",
    "قطر: حريق في مستودع بالمنطقة الصناعية ومؤسسة حمد الطبية تعالج المصابين",
    "أعلنت وزارة الداخلية القطرية، أمس الاثنين، أن الإدارة العامة للدفاع المدني سيطرت على حريق اندلع في مستودع للمواد الغذائية بالمنطقة الصناعية، فيما نقلت مؤسسة حمد الطبية ثلاثة مصابين إلى مستشفى حمد العام، بحسب وكالة الأنباء القطرية (قنا).\n"
    "وقالت هيئة الأشغال العامة (أشغال) إنها أغلقت طريقا فرعيا قرب موقع الحريق حتى انتهاء أعمال التبريد، بينما أكدت المؤسسة العامة القطرية للكهرباء والماء (كهرماء) أن إمدادات الكهرباء في المنطقة لم تتأثر بأي شكل.\n"
    "وفي الشأن الاقتصادي، أعلن بنك قطر الوطني ومصرف الريان مشاركتهما في تمويل مشروع إسكان للمواطنين، ووقع بنك قطر للتنمية اتفاقية لتمويل عشرين مصنعا صغيرا.\n"
    "وأرسلت قطر الخيرية أمس طائرة مساعدات إلى السودان بالتنسيق مع مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية، فيما وقعت جامعة قطر وجامعة حمد بن خليفة اتفاق تعاون مع مؤسسة قطر للتربية والعلوم وتنمية المجتمع لتدريب المهندسين.\n"
    "وقال مجلس الشورى إنه سيناقش الأسبوع المقبل مشروع قانون جديد للدفاع المدني، بعد أن أحالته الحكومة إليه، فيما طالبت رابطة رجال الأعمال القطريين بتعويض التجار المتضررين من الحريق.\n"
    "وأكدت وزارة البلدية أن فرقها ستفحص سلامة المستودعات الأخرى في المنطقة خلال الأسبوعين المقبلين.",
    [("LOC", "Qatar", [], ["قطر"]),
     ("ORG", "Ministry of Interior (Qatar)", ["Qatari Ministry of Interior", "Qatari Interior Ministry", "Ministry of Interior of Qatar"], ["وزارة الداخلية القطرية"]),
     ("ORG", "General Directorate of Civil Defence (Qatar)", ["Qatar Civil Defence", "Qatar General Directorate of Civil Defence", "Civil Defence Department (Qatar)"],
      ["الإدارة العامة للدفاع المدني"]),
     ("ORG", "Hamad Medical Corporation", ["HMC"], ["مؤسسة حمد الطبية"]),
     ("ORG", "Hamad General Hospital", [], ["مستشفى حمد العام"]),
     ("ORG", "Qatar News Agency", ["QNA"], ["وكالة الأنباء القطرية (قنا)", "وكالة الأنباء القطرية"]),
     ("ORG", "Public Works Authority (Qatar)", ["Ashghal", "Public Works Authority", "Qatar Public Works Authority"],
      ["هيئة الأشغال العامة (أشغال)", "هيئة الأشغال العامة", "أشغال"]),
     ("ORG", "Qatar General Electricity and Water Corporation", ["Kahramaa", "KAHRAMAA", "Qatar General Electricity & Water Corporation"],
      ["المؤسسة العامة القطرية للكهرباء والماء (كهرماء)", "المؤسسة العامة القطرية للكهرباء والماء", "كهرماء"]),
     ("ORG", "Qatar National Bank", ["QNB", "QNB Group"], ["بنك قطر الوطني"]),
     ("ORG", "Masraf Al Rayan", ["Al Rayan Bank", "Masraf Al-Rayan"], ["مصرف الريان"]),
     ("ORG", "Qatar Development Bank", ["QDB"], ["بنك قطر للتنمية"]),
     ("ORG", "Qatar Charity", [], ["قطر الخيرية"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("ORG", "Sheikh Eid bin Mohammad Al Thani Charitable Association", ["Eid Charity", "Eid Charitable Foundation", "Sheikh Eid Bin Mohammad Al Thani Charitable Foundation"], ["مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية"]),
     ("ORG", "Qatar University", [], ["جامعة قطر"]),
     ("ORG", "Hamad Bin Khalifa University", ["HBKU"], ["جامعة حمد بن خليفة"]),
     ("ORG", "Qatar Foundation", ["Qatar Foundation for Education, Science and Community Development", "QF"], ["مؤسسة قطر للتربية والعلوم وتنمية المجتمع"]),
     ("ORG", "Shura Council (Qatar)", ["Qatari Shura Council", "Consultative Assembly of Qatar", "Shura Council of Qatar"], ["مجلس الشورى"]),
     ("ORG", "Qatari Businessmen Association", ["QBA", "Qatari Businessmen's Association"], ["رابطة رجال الأعمال القطريين"]),
     ("ORG", "Ministry of Municipality (Qatar)", ["Qatari Ministry of Municipality", "Ministry of Municipality"], ["وزارة البلدية"])],
    [("05", "وقع", None, None),
     ("07", "طائرة مساعدات", "Sudan", "2026-11-16"),
     ("05", "اتفاق تعاون", None, None),
     ("10", "طالبت", None, None)])

doc("pa7-ar-02-najaf", "ar", "2026-11-21T07:45:00Z",
    "حريق في فندق للزائرين ومجلس محافظة النجف الأشرف يحاسب الدفاع المدني",
    "قالت دائرة صحة النجف الأشرف، أمس الجمعة، إن 19 زائرا أصيبوا بحالات اختناق في حريق اندلع بفندق قرب شارع الرسول، ونقلوا إلى مستشفى الصدر التعليمي ومستشفى الحكيم العام، بحسب وكالة الأنباء العراقية.\n"
    "وأعلنت مديرية الدفاع المدني في النجف أن فرقها أخمدت الحريق خلال ساعة، فيما قالت قيادة شرطة النجف إنها أوقفت صاحب الفندق بأمر من محكمة تحقيق النجف.\n"
    "وصوت مجلس محافظة النجف الأشرف على تشكيل لجنة لتدقيق إجازات الفنادق، فيما أعلنت العتبة العلوية المقدسة تقديم السكن المجاني لعائلات المصابين.\n"
    "وقالت العتبة العباسية المقدسة إن مستشفى الكفيل التخصصي مستعد لاستقبال الحالات الحرجة، بينما أعلنت جامعة الكوفة تأجيل الامتحانات في كلية الطب يوما واحدا.\n"
    "وطالب ائتلاف دولة القانون وزارة السياحة والآثار بمحاسبة المقصرين، في حين قالت الشركة العامة للخطوط الجوية العراقية إن الرحلات من مطار النجف الدولي لم تتأثر.\n"
    "وقالت هيئة السياحة إن فرقها ستفتش الفنادق المحيطة بالمدينة القديمة خلال الأسبوع الجاري، وإنها ستغلق كل فندق لا تتوفر فيه مخارج للطوارئ أو أجهزة إنذار صالحة للعمل، مشيرة إلى أن المدينة تستقبل ملايين الزائرين سنويا.",
    [("ORG", "Najaf Health Directorate", ["Najaf Health Department", "Najaf Directorate of Health", "Al-Najaf Health Directorate"], ["دائرة صحة النجف الأشرف"]),
     ("LOC", "Al-Rasul Street", ["Rasul Street"], ["شارع الرسول"]),
     ("ORG", "Al-Sadr Teaching Hospital", ["Sadr Teaching Hospital", "Al-Sadr Medical City"], ["مستشفى الصدر التعليمي"]),
     ("ORG", "Al-Hakim General Hospital", ["Hakim General Hospital", "Al-Hakeem General Hospital"], ["مستشفى الحكيم العام"]),
     ("ORG", "Iraqi News Agency", ["INA"], ["وكالة الأنباء العراقية"]),
     ("ORG", "Najaf Civil Defence Directorate", ["Najaf Civil Defense Directorate", "Civil Defence Directorate in Najaf", "Najaf Civil Defence"],
      ["مديرية الدفاع المدني في النجف"]),
     ("ORG", "Najaf Police Command", ["Najaf Police"], ["قيادة شرطة النجف"]),
     ("ORG", "Najaf Investigation Court", ["Najaf Court of Investigation", "Najaf Investigative Court"], ["محكمة تحقيق النجف"]),
     ("ORG", "Najaf Provincial Council", ["Najaf Governorate Council", "Najaf Council"], ["مجلس محافظة النجف الأشرف"]),
     ("ORG", "Imam Ali Holy Shrine", ["Al-Alawiya Holy Shrine", "Holy Shrine of Imam Ali", "Alawi Holy Shrine"], ["العتبة العلوية المقدسة"]),
     ("ORG", "Al-Abbas Holy Shrine", ["Abbasid Holy Shrine", "Holy Shrine of al-Abbas", "Al-Abbasiya Holy Shrine"], ["العتبة العباسية المقدسة"]),
     ("ORG", "Al-Kafeel Specialized Hospital", ["Al-Kafeel Hospital", "Al-Kafeel Specialised Hospital"], ["مستشفى الكفيل التخصصي"]),
     ("ORG", "University of Kufa", ["Kufa University"], ["جامعة الكوفة"]),
     ("ORG", "State of Law Coalition", ["State of Law", "Rule of Law Coalition"], ["ائتلاف دولة القانون"]),
     ("ORG", "Ministry of Culture, Tourism and Antiquities (Iraq)", ["Iraqi Ministry of Culture, Tourism and Antiquities", "Ministry of Tourism and Antiquities (Iraq)", "Iraqi Tourism Ministry"], ["وزارة السياحة والآثار"]),
     ("ORG", "Iraqi Airways", ["General Company for Iraqi Airways", "Iraqi Airways Company"], ["الشركة العامة للخطوط الجوية العراقية"]),
     ("LOC", "Al Najaf International Airport", ["Najaf International Airport", "Najaf Airport"], ["مطار النجف الدولي"]),
     ("ORG", "Iraqi Tourism Board", ["Tourism Authority (Iraq)", "Iraqi Tourism Authority", "Tourism Board"], ["هيئة السياحة"])],
    [("17", "أوقفت", None, None),
     ("10", "طالب", None, None)])

doc("pa7-ar-03-taiz", "ar", "2026-11-22T11:00:00Z",
    "قصف على أحياء سكنية ومحور تعز العسكري يعلن صد هجوم",
    "قال محور تعز العسكري، أمس السبت، إن قوات اللواء 17 مشاة صدت هجوما على مواقعها في جبهة الضباب غرب المدينة، وإن الهجوم أسفر عن مقتل جنديين، بحسب المركز الإعلامي للمحور.\n"
    "وقال مكتب الصحة العامة والسكان بمحافظة تعز إن أربعة مدنيين، بينهم طفلان، أصيبوا في قصف طال حي الروضة، ونقلوا إلى مستشفى الثورة العام، فيما أعلنت هيئة مستشفى الثورة حاجتها العاجلة إلى الوقود.\n"
    "ودانت السلطة المحلية بمحافظة تعز القصف، وطالبت مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن بالضغط لفتح الطرق، في حين وزعت منظمة أوكسفام مياه الشرب على النازحين في مديرية المعافر.\n"
    "وفي مأرب، أعلنت شركة صافر لعمليات الاستكشاف والإنتاج استئناف إنتاج الغاز المنزلي، بينما دعا التجمع اليمني للإصلاح إلى وقف التصعيد في المحافظة.\n"
    "وأعلنت جامعة تعز تعليق الدراسة في كلية الهندسة القريبة من خطوط التماس، وقال صندوق النظافة والتحسين بالمحافظة إن عماله رفعوا الركام من الشوارع المتضررة.\n"
    "وذكرت وزارة حقوق الإنسان في الحكومة اليمنية أنها وثقت 37 خرقا للهدنة في المحافظة منذ بداية الشهر، بينها قصف على مدارس ومنازل، داعية المجتمع الدولي إلى الضغط من أجل وقف الهجمات على الأحياء السكنية.",
    [("ORG", "Taiz Military Axis", ["Taiz Axis", "Taiz Military Axis Command"], ["محور تعز العسكري"]),
     ("ORG", "17th Infantry Brigade (Yemen)", ["17th Infantry Brigade", "17th Brigade"], ["اللواء 17 مشاة"]),
     ("LOC", "Al-Dhabab", ["Dhabab"], ["الضباب"]),
     ("ORG", "Taiz Public Health and Population Office", ["Taiz Health Office", "Public Health and Population Office in Taiz"],
      ["مكتب الصحة العامة والسكان بمحافظة تعز"]),
     ("LOC", "Al-Rawdah", ["Rawda"], ["حي الروضة"]),
     ("ORG", "Al-Thawra General Hospital (Taiz)", ["Al-Thawra General Hospital", "Al-Thawra Hospital", "Thawra Hospital Authority"], ["مستشفى الثورة العام", "هيئة مستشفى الثورة"]),
     ("ORG", "Taiz Local Authority", ["Local Authority of Taiz Governorate", "Taiz local authorities"], ["السلطة المحلية بمحافظة تعز"]),
     ("ORG", "Office of the Special Envoy of the Secretary-General for Yemen", ["OSESGY", "UN Envoy's Office for Yemen"],
      ["مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"]),
     ("ORG", "Oxfam", ["Oxfam International"], ["منظمة أوكسفام"]),
     ("LOC", "Al-Ma'afer", ["Al-Maafer", "Al-Mawasit"], ["مديرية المعافر"]),
     ("LOC", "Marib", ["Ma'rib"], ["مأرب"]),
     ("ORG", "SAFER Exploration and Production Operations Company", ["SAFER", "Safer E&P Operations Company", "Safer Company"], ["شركة صافر لعمليات الاستكشاف والإنتاج"]),
     ("ORG", "Al-Islah", ["Yemeni Congregation for Reform", "Islah Party", "Al-Islah Party"], ["التجمع اليمني للإصلاح"]),
     ("ORG", "Taiz University", ["University of Taiz"], ["جامعة تعز"]),
     ("ORG", "Taiz Cleaning and Improvement Fund", ["Cleaning and Improvement Fund", "Cleanliness and Improvement Fund (Taiz)"], ["صندوق النظافة والتحسين"]),
     ("ORG", "Ministry of Human Rights (Yemen)", ["Yemeni Ministry of Human Rights", "Yemeni Human Rights Ministry"], ["وزارة حقوق الإنسان في الحكومة اليمنية"]),
     ("LOC", "Yemen", [], ["اليمن"])],
    [("19", "هجوما", "Al-Dhabab", "2026-11-21"),
     ("18", "قصف", "Al-Rawdah", None),
     ("11", "دانت", None, None),
     ("10", "طالبت", None, None),
     ("07", "وزعت", "Al-Ma'afer", None)])

doc("pa7-ar-04-lahore", "ar", "2026-11-24T09:00:00Z",
    "باكستان: فيضانات في البنجاب وهيئة الكوارث تعلن حالة الطوارئ",
    "لاهور - أعلنت الهيئة الوطنية لإدارة الكوارث الباكستانية، أمس الاثنين، حالة الطوارئ في ثماني مقاطعات بإقليم البنجاب بعد فيضان نهر رافي، فيما قالت هيئة إدارة الكوارث الإقليمية في البنجاب إن 32 شخصا لقوا حتفهم، بحسب وكالة أنباء باكستان الرسمية.\n"
    "وقالت مصادر عسكرية إن الفرقة العاشرة مشاة نشرت قوارب لإجلاء السكان من القرى المحيطة بلاهور، بينما نقلت خدمة الإنقاذ 1122 عشرات المصابين إلى مستشفى مايو ومستشفى جناح في المدينة.\n"
    "وانتقد حزب حركة الإنصاف الباكستانية أداء حكومة البنجاب، وقال إن الرابطة الإسلامية الباكستانية (جناح نواز) «أهملت صيانة السدود»، وطالب بتحقيق مستقل.\n"
    "وأمرت محكمة لاهور العليا سلطات الري بتقديم تقرير عن أسباب انهيار جسر ترابي، فيما أعلنت حكومة البنجاب تخصيص 20 مليار روبية للإغاثة.\n"
    "ووزعت مؤسسة الخدمت وجمعية الهلال الأحمر الباكستاني الطعام والخيام على النازحين، وأعلنت جامعة البنجاب تحويل سكنها الطلابي إلى مركز إيواء.\n"
    "وقال بنك الدولة الباكستاني إنه سيمدد آجال قروض المزارعين المتضررين، فيما حذر خبراء من ارتفاع أسعار القمح والأرز في الأسواق المحلية بعد غرق آلاف الهكتارات من المزارع في الإقليم.",
    [("LOC", "Pakistan", [], ["باكستان"]),
     ("LOC", "Punjab", ["Punjab province", "Punjab (Pakistan)"], ["البنجاب", "إقليم البنجاب"]),
     ("LOC", "Lahore", [], ["لاهور"]),
     ("ORG", "National Disaster Management Authority (Pakistan)", ["NDMA", "Pakistan's National Disaster Management Authority", "National Disaster Management Authority"],
      ["الهيئة الوطنية لإدارة الكوارث الباكستانية"]),
     ("LOC", "Ravi River", ["Ravi", "River Ravi"], ["نهر رافي"]),
     ("ORG", "Provincial Disaster Management Authority Punjab", ["PDMA Punjab", "Punjab PDMA", "Provincial Disaster Management Authority (Punjab)"],
      ["هيئة إدارة الكوارث الإقليمية في البنجاب"]),
     ("ORG", "Associated Press of Pakistan", ["APP"], ["وكالة أنباء باكستان الرسمية", "وكالة أنباء باكستان"]),
     ("ORG", "10th Infantry Division (Pakistan)", ["10th Infantry Division", "10th Division"], ["الفرقة العاشرة مشاة"]),
     ("ORG", "Rescue 1122", ["Punjab Emergency Service", "Rescue 1122 Punjab"], ["خدمة الإنقاذ 1122"]),
     ("ORG", "Mayo Hospital", ["Mayo Hospital Lahore"], ["مستشفى مايو"]),
     ("ORG", "Jinnah Hospital", ["Jinnah Hospital Lahore"], ["مستشفى جناح"]),
     ("ORG", "Pakistan Tehreek-e-Insaf", ["PTI", "Pakistan Movement for Justice"], ["حزب حركة الإنصاف الباكستانية", "حركة الإنصاف الباكستانية"]),
     ("ORG", "Government of Punjab (Pakistan)", ["Punjab government", "Government of the Punjab"], ["حكومة البنجاب"]),
     ("ORG", "Pakistan Muslim League (N)", ["PML-N", "Pakistan Muslim League (Nawaz)", "PMLN"],
      ["الرابطة الإسلامية الباكستانية (جناح نواز)", "الرابطة الإسلامية الباكستانية"]),
     ("ORG", "Lahore High Court", ["LHC"], ["محكمة لاهور العليا"]),
     ("ORG", "Alkhidmat Foundation", ["Al-Khidmat Foundation", "Alkhidmat Foundation Pakistan"], ["مؤسسة الخدمت"]),
     ("ORG", "Pakistan Red Crescent Society", ["Pakistan Red Crescent"], ["جمعية الهلال الأحمر الباكستاني"]),
     ("ORG", "University of the Punjab", ["Punjab University", "PU"], ["جامعة البنجاب"]),
     ("ORG", "State Bank of Pakistan", ["SBP"], ["بنك الدولة الباكستاني"])],
    [("11", "انتقد", None, None),
     ("10", "طالب", None, None),
     ("07", "تخصيص", None, None),
     ("07", "وزعت", "Lahore", None)])

doc("pa7-ar-05-marrakech", "ar", "2026-11-25T10:00:00Z",
    "مراكش: انهيار بناية قديمة في المدينة العتيقة ومحكمة الاستئناف تفتح تحقيقا",
    "مراكش - لقي شخصان حتفهما وأصيب خمسة آخرون، أمس الثلاثاء، في انهيار بناية قديمة بحي القصبة في المدينة العتيقة لمراكش، ونقل المصابون إلى المركز الاستشفائي الجامعي محمد السادس بمراكش، بحسب القناة الثانية المغربية.\n"
    "وأمر الوكيل العام للملك لدى محكمة الاستئناف بمراكش بفتح بحث قضائي، عهد به إلى الفرقة الجهوية للشرطة القضائية، فيما قال مجلس جماعة مراكش إنه أحصى 140 بناية مهددة بالانهيار في المدينة.\n"
    "وأعلنت وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة إيفاد لجنة تقنية إلى الموقع، بينما وزعت مؤسسة لالة سلمى للوقاية وعلاج السرطان مساعدات على الأسر التي أخليت من البنايات المجاورة.\n"
    "وانتقد حزب الأصالة والمعاصرة في بيان تأخر برنامج تأهيل الدور الآيلة للسقوط، في حين طالبت النقابة الوطنية لعمال البناء والأشغال العمومية بحماية العمال، ودانت الجمعية المغربية لحماية المال العام ما وصفته بـ«تبديد» ميزانية البرنامج.\n"
    "وأعلن التجاري وفا بنك تخصيص قروض ميسرة لإعادة البناء، كما قررت جامعة القاضي عياض إيواء الطلبة المتضررين في الحي الجامعي.\n"
    "وقالت الشركة الوطنية للطرق السيارة بالمغرب إن حركة السير على الطريق السيار بين مراكش والمدن الساحلية لم تتأثر، فيما أكد المكتب الوطني للمطارات أن مطار مراكش المنارة يعمل بشكل عادي.",
    [("LOC", "Marrakech", ["Marrakesh"], ["مراكش"]),
     ("LOC", "Kasbah of Marrakech", ["Kasbah", "Marrakech Kasbah"], ["حي القصبة"]),
     ("LOC", "Medina of Marrakech", ["Marrakech medina", "Old City of Marrakech"], ["المدينة العتيقة لمراكش"]),
     ("ORG", "Mohammed VI University Hospital Centre of Marrakech", ["CHU Mohammed VI Marrakech", "Mohammed VI University Hospital", "Mohammed VI University Hospital Center"],
      ["المركز الاستشفائي الجامعي محمد السادس بمراكش"]),
     ("ORG", "2M", ["2M TV", "2M Maroc"], ["القناة الثانية المغربية"]),
     ("ORG", "Marrakech Court of Appeal", ["Court of Appeal of Marrakech", "Marrakesh Court of Appeal"], ["محكمة الاستئناف بمراكش"]),
     ("ORG", "Regional Judicial Police Brigade", ["Regional Brigade of the Judicial Police", "BRPJ"], ["الفرقة الجهوية للشرطة القضائية"]),
     ("ORG", "Marrakech Municipal Council", ["Marrakech City Council", "Council of the Commune of Marrakech", "Marrakesh Municipal Council"], ["مجلس جماعة مراكش"]),
     ("ORG", "Ministry of National Territorial Planning, Urban Planning, Housing and City Policy (Morocco)",
      ["Moroccan Ministry of National Territorial Planning, Urban Planning, Housing and City Policy", "Moroccan Housing Ministry", "Ministry of Housing (Morocco)"],
      ["وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة"]),
     ("ORG", "Lalla Salma Foundation for Cancer Prevention and Treatment", ["Lalla Salma Foundation", "Fondation Lalla Salma"], ["مؤسسة لالة سلمى للوقاية وعلاج السرطان"]),
     ("ORG", "Authenticity and Modernity Party", ["Party of Authenticity and Modernity", "PAM (Morocco)"], ["حزب الأصالة والمعاصرة"]),
     ("ORG", "National Union of Construction and Public Works Workers (Morocco)", ["National Union of Construction and Public Works Workers", "National Syndicate of Building and Public Works Workers"], ["النقابة الوطنية لعمال البناء والأشغال العمومية"]),
     ("ORG", "Moroccan Association for the Protection of Public Funds", ["Moroccan Association for the Protection of Public Money"], ["الجمعية المغربية لحماية المال العام"]),
     ("ORG", "Attijariwafa Bank", ["Attijariwafa", "Attijariwafa bank"], ["التجاري وفا بنك"]),
     ("ORG", "Cadi Ayyad University", ["Université Cadi Ayyad", "Cadi Ayyad University of Marrakech"], ["جامعة القاضي عياض"]),
     ("ORG", "Autoroutes du Maroc", ["ADM", "National Motorway Company of Morocco", "Moroccan Motorways Company"], ["الشركة الوطنية للطرق السيارة بالمغرب"]),
     ("ORG", "National Airports Office (Morocco)", ["ONDA", "Office National des Aéroports", "Moroccan Airports Authority"], ["المكتب الوطني للمطارات"]),
     ("LOC", "Marrakesh Menara Airport", ["Marrakech Menara Airport", "Menara Airport"], ["مطار مراكش المنارة"])],
    [("17", "بحث قضائي", None, None),
     ("07", "وزعت", "Marrakech", None),
     ("11", "انتقد", None, None),
     ("10", "طالبت", None, None),
     ("11", "دانت", None, None)])

doc("pa7-ar-06-homa-bay", "ar", "2026-11-26T08:30:00Z",
    "كينيا: فيضانات تشرد الآلاف في هوما باي والجيش ينقذ العالقين",
    "هوما باي - قالت الوحدة الوطنية لإدارة الكوارث، أمس الأربعاء، إن أكثر من 6 آلاف أسرة نزحت في مقاطعة هوما باي غرب كينيا بعد ارتفاع منسوب البحيرة، بحسب وكالة أنباء كينيا.\n"
    "وأعلنت قوات الدفاع الكينية أن مروحياتها أنقذت 43 شخصا علقوا في قرى منطقة سوبا، فيما قالت إدارة الأرصاد الجوية الكينية إن الأمطار الغزيرة ستستمر حتى نهاية الأسبوع.\n"
    "وقالت حكومة مقاطعة هوما باي إن مستشفى جاراموجي أوجينجا أودينغا التعليمي والإحالي استقبل 27 مصابا، وإن جامعة ماسينو فتحت قاعاتها لإيواء النازحين.\n"
    "وانتقدت الحركة الديمقراطية البرتقالية بطء استجابة الحكومة المركزية، بينما طالبت اللجنة الوطنية الكينية لحقوق الإنسان بالتحقيق في بناء مساكن داخل مجاري السيول.\n"
    "وأعلنت شركة كينيا للطاقة والإنارة قطع التيار عن الأحياء المغمورة حفاظا على السلامة، كما قالت الهيئة الوطنية الكينية للطرق السريعة إن الطريق بين هوما باي وكيسي مغلق جزئيا، وإن فرقها تعمل على إصلاح جسرين جرفتهما المياه، متوقعة إعادة فتح الطريق خلال أسبوع إذا توقفت الأمطار.\n"
    "وتبرع بنك إكويتي بعشرين مليون شلن للإغاثة، فيما قدمت منظمة شلتر بوكس مستلزمات النظافة للأسر في مخيمات الإيواء.",
    [("LOC", "Kenya", [], ["كينيا"]),
     ("LOC", "Homa Bay", ["Homa Bay County"], ["هوما باي", "مقاطعة هوما باي"]),
     ("ORG", "National Disaster Management Unit", ["NDMU", "National Disaster Management Unit (Kenya)"], ["الوحدة الوطنية لإدارة الكوارث"]),
     ("ORG", "Kenya News Agency", ["KNA"], ["وكالة أنباء كينيا"]),
     ("ORG", "Kenya Defence Forces", ["KDF", "Kenya Defense Forces", "Kenyan military"], ["قوات الدفاع الكينية"]),
     ("LOC", "Suba", ["Suba Sub-County"], ["سوبا"]),
     ("ORG", "Kenya Meteorological Department", ["KMD", "Kenya Met Department"], ["إدارة الأرصاد الجوية الكينية"]),
     ("ORG", "Homa Bay County Government", ["County Government of Homa Bay", "Homa Bay County"], ["حكومة مقاطعة هوما باي"]),
     ("ORG", "Jaramogi Oginga Odinga Teaching and Referral Hospital", ["JOOTRH", "Jaramogi Oginga Odinga Hospital"],
      ["مستشفى جاراموجي أوجينجا أودينغا التعليمي والإحالي"]),
     ("ORG", "Maseno University", [], ["جامعة ماسينو"]),
     ("ORG", "Orange Democratic Movement", ["ODM"], ["الحركة الديمقراطية البرتقالية"]),
     ("ORG", "Kenya National Commission on Human Rights", ["KNCHR"], ["اللجنة الوطنية الكينية لحقوق الإنسان"]),
     ("ORG", "Kenya Power", ["Kenya Power and Lighting Company", "KPLC"], ["شركة كينيا للطاقة والإنارة"]),
     ("ORG", "Kenya National Highways Authority", ["KeNHA"], ["الهيئة الوطنية الكينية للطرق السريعة"]),
     ("LOC", "Kisii", [], ["كيسي"]),
     ("ORG", "Equity Bank", ["Equity Bank Kenya", "Equity Group"], ["بنك إكويتي"]),
     ("ORG", "ShelterBox", ["ShelterBox Trust"], ["منظمة شلتر بوكس"])],
    [("11", "انتقدت", None, None),
     ("10", "طالبت", None, None),
     ("07", "تبرع", "Homa Bay", None),
     ("07", "قدمت", "Homa Bay", None)])

doc("pa7-ar-07-machala", "ar", "2026-11-27T07:00:00Z",
    "الإكوادور: مقتل 17 سجينا في اشتباكات بين عصابتين داخل سجن في ماتشالا",
    "ماتشالا - قالت الهيئة الوطنية للرعاية الشاملة للأشخاص المحرومين من الحرية (سناي)، أمس الخميس، إن 17 سجينا قتلوا في اشتباكات بين عصابتي لوس تيغيرونيس ولوس لاغارتوس داخل سجن ماتشالا، وإن قوات الأمن استعادت السيطرة على الأجنحة بعد ست ساعات، بحسب وكالة الأنباء الإسبانية.\n"
    "وأعلنت إدارة السجن نقل 12 جريحا إلى مستشفى تيوفيلو دافيلا، فيما فتح مكتب المدعي العام الإكوادوري تحقيقا في إدخال أسلحة إلى السجن.\n"
    "وانتقدت حركة الثورة المواطنية المعارضة إدارة الحكومة لملف السجون، وطالبت الجمعية الوطنية الإكوادورية باستجواب وزير الداخلية، في حين قالت المحكمة الدستورية إنها ستنظر في طعن على مرسوم الطوارئ.\n"
    "ودانت لجنة البلدان الأمريكية لحقوق الإنسان أعمال العنف، ودعت السلطات إلى حماية حياة السجناء، وإلى التحقيق في ملابسات المجزرة.\n"
    "وأعلن بنك بيتشينشا إغلاق فروعه القريبة من السجن مؤقتا، وقالت جامعة ماتشالا التقنية إنها علقت الدروس الحضورية يوما واحدا.\n"
    "ويشهد نظام السجون في البلاد أزمة متكررة منذ سنوات، إذ قتل مئات السجناء في مواجهات بين العصابات المتنافسة على طرق تهريب المخدرات نحو موانئ المحيط الهادئ، فيما تقول السلطات إن اكتظاظ السجون يعيق السيطرة عليها.",
    [("LOC", "Ecuador", [], ["الإكوادور"]),
     ("LOC", "Machala", [], ["ماتشالا"]),
     ("ORG", "SNAI", ["National Service for Comprehensive Care for Adults Deprived of Liberty", "Ecuador's prison authority", "National Service of Comprehensive Attention to Adults Deprived of Liberty"],
      ["الهيئة الوطنية للرعاية الشاملة للأشخاص المحرومين من الحرية (سناي)", "الهيئة الوطنية للرعاية الشاملة للأشخاص المحرومين من الحرية"]),
     ("ORG", "Los Tiguerones", ["Tiguerones"], ["لوس تيغيرونيس"]),
     ("ORG", "Los Lagartos", ["Lagartos"], ["لوس لاغارتوس"]),
     ("LOC", "Machala Prison", ["Machala jail", "Machala Social Rehabilitation Centre"], ["سجن ماتشالا"]),
     ("ORG", "EFE", ["Agencia EFE", "EFE news agency"], ["وكالة الأنباء الإسبانية"]),
     ("ORG", "Teófilo Dávila Hospital", ["Teofilo Davila Hospital", "Hospital Teófilo Dávila"], ["مستشفى تيوفيلو دافيلا"]),
     ("ORG", "Attorney General's Office (Ecuador)", ["Ecuadorian Attorney General's Office", "Fiscalía General del Estado", "Ecuador's prosecutor's office"], ["مكتب المدعي العام الإكوادوري"]),
     ("ORG", "Citizen Revolution Movement", ["Citizen Revolution", "RC", "Revolución Ciudadana"], ["حركة الثورة المواطنية"]),
     ("ORG", "National Assembly (Ecuador)", ["National Assembly of Ecuador", "Ecuadorian National Assembly"], ["الجمعية الوطنية الإكوادورية"]),
     ("ORG", "Constitutional Court of Ecuador", ["Ecuadorian Constitutional Court"], ["المحكمة الدستورية"]),
     ("ORG", "Inter-American Commission on Human Rights", ["IACHR", "IACHR (OAS)"], ["لجنة البلدان الأمريكية لحقوق الإنسان"]),
     ("ORG", "Banco Pichincha", ["Pichincha Bank"], ["بنك بيتشينشا"]),
     ("ORG", "Technical University of Machala", ["Universidad Técnica de Machala", "UTMACH"], ["جامعة ماتشالا التقنية"])],
    [("19", "اشتباكات", "Machala Prison", None),
     ("11", "انتقدت", None, None),
     ("10", "طالبت", None, None),
     ("11", "دانت", None, None),
     ])

doc("pa7-ar-08-kandy", "ar", "2026-11-28T09:00:00Z",
    "سريلانكا: انهيارات أرضية في الهضبة الوسطى ومركز إدارة الكوارث يرفع الإنذار",
    "كاندي - قال مركز إدارة الكوارث السريلانكي، أمس الجمعة، إن 23 شخصا لقوا حتفهم في انهيارات أرضية ضربت منطقتي كاندي ونوارا إليا بعد أمطار موسمية غزيرة، فيما رفعت إدارة الأرصاد الجوية مستوى الإنذار إلى الأحمر.\n"
    "ونشر الجيش السريلانكي ألفي جندي للمشاركة في البحث عن المفقودين، وأرسل سلاح الجو السريلانكي مروحيات إلى القرى المعزولة، ونقل المصابون إلى مستشفى كاندي الوطني ومستشفى جامعة بيراديينيا التعليمي.\n"
    "وقال مجلس الكهرباء السيلاني إن التيار انقطع عن 300 ألف مشترك، بينما أعلنت الخطوط الجوية السريلانكية تحويل رحلتين بسبب سوء الأحوال الجوية.\n"
    "وانتقد حزب ساماجي جانا بالاويغايا المعارض تأخر الإنذار المبكر، في حين قالت القوة الشعبية الوطنية الحاكمة إن الحكومة خصصت أموالا طارئة للمناطق المنكوبة.\n"
    "ووزعت منظمة كاريتاس سريلانكا وحركة سارفودايا شرامادانا المياه والأغذية على النازحين، وأعلن البنك المركزي السريلانكي تأجيل أقساط قروض المتضررين ستة أشهر.\n"
    "وقال المركز الآسيوي للتأهب للكوارث إنه سيرسل فريق خبراء لتقييم استقرار المنحدرات، في وقت تحذر فيه السلطات من انهيارات جديدة مع استمرار الأمطار في المرتفعات حتى نهاية الأسبوع.",
    [("LOC", "Sri Lanka", [], ["سريلانكا"]),
     ("ORG", "Disaster Management Centre (Sri Lanka)", ["Disaster Management Centre", "DMC", "Sri Lanka Disaster Management Centre"], ["مركز إدارة الكوارث السريلانكي"]),
     ("LOC", "Kandy", ["Kandy District"], ["كاندي"]),
     ("LOC", "Nuwara Eliya", ["Nuwara Eliya District"], ["نوارا إليا"]),
     ("ORG", "Department of Meteorology (Sri Lanka)", ["Sri Lanka Department of Meteorology", "Meteorology Department"], ["إدارة الأرصاد الجوية"]),
     ("ORG", "Sri Lanka Army", ["Sri Lankan Army", "Sri Lankan military"], ["الجيش السريلانكي"]),
     ("ORG", "Sri Lanka Air Force", ["SLAF", "Sri Lankan Air Force"], ["سلاح الجو السريلانكي"]),
     ("ORG", "National Hospital Kandy", ["Kandy National Hospital", "Kandy General Hospital", "Teaching Hospital Kandy"], ["مستشفى كاندي الوطني"]),
     ("ORG", "Teaching Hospital Peradeniya", ["Peradeniya Teaching Hospital", "Peradeniya University Teaching Hospital"], ["مستشفى جامعة بيراديينيا التعليمي"]),
     ("ORG", "Ceylon Electricity Board", ["Ceylon Electricity Board (CEB)"], ["مجلس الكهرباء السيلاني"]),
     ("ORG", "SriLankan Airlines", ["Sri Lankan Airlines"], ["الخطوط الجوية السريلانكية"]),
     ("ORG", "Samagi Jana Balawegaya", ["SJB", "United People's Power"], ["حزب ساماجي جانا بالاويغايا", "ساماجي جانا بالاويغايا"]),
     ("ORG", "National People's Power", ["Jathika Jana Balawegaya", "JJB"], ["القوة الشعبية الوطنية"]),
     ("ORG", "Caritas Sri Lanka", ["Caritas Sri Lanka – SEDEC", "SEDEC"], ["منظمة كاريتاس سريلانكا"]),
     ("ORG", "Sarvodaya Shramadana Movement", ["Sarvodaya", "Lanka Jathika Sarvodaya Shramadana Sangamaya"], ["حركة سارفودايا شرامادانا"]),
     ("ORG", "Central Bank of Sri Lanka", ["CBSL"], ["البنك المركزي السريلانكي"]),
     ("ORG", "Asian Disaster Preparedness Center", ["ADPC", "Asian Disaster Preparedness Centre"], ["المركز الآسيوي للتأهب للكوارث"])],
    [("11", "انتقد", None, None),
     ("07", "وزعت", "Kandy", None),
     ("03", "سترسل", None, None)])

write("practice_arorg7.jsonl")
