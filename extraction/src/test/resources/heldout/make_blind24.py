# Writes blind24.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: ministers, envoys and officials meeting, calls and visits, agreements, clashes, air and drone strikes, an
# abduction, raids and arrests, tear gas, protests, blockades and labour strikes, demands, threats, rejections,
# criticism, aid and offers. Arabic has the larger sample, five Arab-world stories and one world story told in
# Arabic: southern Iraq (a protest at the Halfaya field, a raid in Abu al-Khasib, Bani Asad in Suq al-Shuyukh, the
# Dhi Qar Oil Company), Kuwait (its oil minister with Pakistan's, an interior-ministry raid in Jleeb Al-Shuyoukh,
# teachers in Fahaheel), Upper Egypt's Asyut (a family feud in Dairut, Manfalut, Abnub), eastern Libya (Saddam
# Haftar at Rajma, Al Marj, Tocra, Ajdabiya, Osama Hamad), Yemen's Hadramout (the tribal alliance, PetroMasila,
# Shihr, Ghayl Ba Wazir, Tarim, Shibam) and Eritrea and Ethiopia (Assab, Bure, Afdera, Semera, the AU Commission);
# English: Mozambique's Macomia, Muidumbe and Montepuez, Peru's Chumbivilcas and Las Bambas corridor, Sri Lanka's
# Point Pedro and Indian fishermen from Rameswaram; French: Burkina Faso's Tapoa, Benin's Pendjari and Banikoara,
# Lonza at Visp in Valais. People, bodies and places are none of those named as gold in dev.jsonl or the other sets
# here, except the few hits listed in heldout/README.md (checked with overlap.py). Real public figures in plausible
# public roles as of late 2026; other officials and details are fictional. Gold not edited to match output.
# Apache-2.0.
# Run: python3 make_blind24.py
from gold import doc, write

doc("b24-ar-01-halfaya-siba", "ar", "2026-11-04T08:00:00Z",
    "احتجاجات لخريجين أمام حقل الحلفاية واعتقالات في أبو الخصيب وعشائر سوق الشيوخ تطالب بفرص عمل",
    "حقل الحلفاية (العراق) - تظاهر مئات الخريجين العاطلين عن العمل أمس الثلاثاء أمام بوابة حقل الحلفاية النفطي في المحافظة، وأغلقوا الطريق المؤدي إلى مقر شركة بتروتشاينا الصينية المشغلة للحقل، مطالبين بتعيينهم في شركات النفط الأجنبية العاملة في الحقول الجنوبية.\n"
    "وقال المتحدث باسم المحتجين حيدر الساعدي إن «الشركات تستقدم عمالا من الخارج بينما يجلس أبناء المنطقة في بيوتهم بلا رواتب منذ سنوات».\n"
    "وفي قضاء أبو الخصيب، داهمت قوة من قيادة عمليات الرافدين فجر أمس منازل في قرية السبيليات، واعتقلت سبعة مطلوبين بتهم تهريب المشتقات النفطية عبر شط العرب بزوارق صغيرة، بحسب بيان للقيادة.\n"
    "وطالب شيوخ عشائر بني أسد في قضاء سوق الشيوخ شركة نفط ذي قار بحصة من الوظائف في حقل الغراف، وهددوا بإغلاق طريق سوق الشيوخ - الجبايش إذا لم تستجب الشركة خلال أسبوعين.\n"
    "من جهته، التقى رئيس مجلس محافظة ذي قار عزيز الخفاجي مساء الاثنين وفدا من شيوخ العشائر في سوق الشيوخ، وتعهد الخفاجي بتوفير ألفي فرصة عمل في الحقول العام المقبل.\n"
    "وانتقد عضو مجلس محافظة ميسان كريم المحمداوي «تهميش» أبناء القرى المحيطة بالحقول في خطط التشغيل، فيما رفضت شركة نفط ذي قار اتهامات المحتجين بالتمييز في التعيينات، وقالت إن نصف موظفيها الجدد من أبناء المنطقة.\n"
    "ومن المقرر أن يزور الخفاجي حقل الغراف السبت المقبل لتفقد مشروع لمعالجة الغاز المصاحب تنفذه شركة ماليزية.",
    [("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("LOC", "Halfaya oil field", ["Halfaya", "Halfaya field"], ["حقل الحلفاية"]),
     ("ORG", "PetroChina", ["PetroChina Company"], ["بتروتشاينا", "شركة بتروتشاينا"]),
     ("PERSON", "Haidar al-Saadi", ["Haider al-Saadi"], ["حيدر الساعدي"]),
     ("LOC", "Abu al-Khasib", ["Abu Al-Khaseeb", "Abu al-Khasib District"], ["أبو الخصيب", "قضاء أبو الخصيب"]),
     ("ORG", "Rafidain Operations Command", ["Al-Rafidain Operations Command"], ["قيادة عمليات الرافدين"]),
     ("LOC", "Sibliyat", ["Al-Sibliyat", "Siba"], ["السبيليات", "قرية السبيليات"]),
     ("LOC", "Shatt al-Arab", ["Arvand Rud", "Shatt al-Arab waterway"], ["شط العرب"]),
     ("ORG", "Bani Asad", ["Bani Asad tribe"], ["بني أسد", "عشائر بني أسد"]),
     ("LOC", "Suq al-Shuyukh", ["Souq al-Shuyoukh", "Suq ash-Shuyukh"], ["سوق الشيوخ", "قضاء سوق الشيوخ"]),
     ("ORG", "Dhi Qar Oil Company", ["Thi Qar Oil Company"], ["شركة نفط ذي قار"]),
     ("LOC", "Gharraf oil field", ["Gharraf", "Gharraf field"], ["حقل الغراف"]),
     ("LOC", "Chibayish", ["Al-Chibayish", "Al-Chabaish"], ["الجبايش"]),
     ("ORG", "Dhi Qar Provincial Council", ["Dhi Qar Governorate Council", "Thi Qar Provincial Council"],
      ["مجلس محافظة ذي قار"]),
     ("PERSON", "Aziz al-Khafaji", ["Azeez al-Khafaji"], ["عزيز الخفاجي", "الخفاجي"]),
     ("PERSON", "Karim al-Mohammadawi", ["Kareem al-Muhammadawi"], ["كريم المحمداوي"]),
     ("ORG", "Maysan Provincial Council", ["Maysan Governorate Council"], ["مجلس محافظة ميسان"])],
    [("14", "تظاهر", "Halfaya oil field", "2026-11-03"), ("17", "داهمت", "Sibliyat", "2026-11-03"),
     ("10", "وطالب", None, None), ("13", "وهددوا", None, None),
     ("04", "التقى", "Suq al-Shuyukh", "2026-11-02"), ("03", "وتعهد", None, None),
     ("11", "وانتقد", None, None), ("12", "رفضت", None, None), ("04", "يزور", "Gharraf oil field", "2026-11-07")])

doc("b24-ar-02-kuwait-jleeb", "ar", "2026-11-09T09:00:00Z",
    "الكويت توقع مذكرة لتوريد الغاز إلى باكستان والداخلية تضبط شبكة لتزوير الإقامات في الجليب",
    "الكويت - استقبل وزير النفط الكويتي طارق الرومي أمس الأحد وزير البترول الباكستاني علي برويز ملك في مقر مؤسسة البترول الكويتية، وبحث الجانبان زيادة صادرات المشتقات النفطية والغاز المسال إلى باكستان، بحسب بيان لوزارة النفط الكويتية.\n"
    "ووقع الرومي وملك مذكرة تفاهم لتوريد شحنات إضافية من الغاز المسال خلال فصل الشتاء، على أن تعقد لجنة فنية مشتركة اجتماعها الأول في كراتشي مطلع العام المقبل، لبحث آليات الدفع وجداول الشحن.\n"
    "وفي شأن محلي، أعلنت وزارة الداخلية الكويتية أن رجال الإدارة العامة للمباحث الجنائية داهموا مكتبا في منطقة جليب الشيوخ واعتقلوا 11 شخصا يديرون شبكة لتزوير عقود العمل والإقامات، وضبطوا أختاما مزورة لشركات وهمية.\n"
    "وقال النائب الأول لرئيس الوزراء وزير الداخلية الشيخ فهد اليوسف إنه «لا تهاون مع تجار الإقامات»، وهدد الشيخ فهد اليوسف بإبعاد كل من يثبت تورطه من الوافدين وإغلاق ملفات الشركات المتورطة.\n"
    "من جانبها، انتقدت جمعية المحامين الكويتية طول فترات الحجز الاحتياطي، وطالبت الجمعية بإحالة المتهمين إلى النيابة العامة الكويتية خلال 48 ساعة.\n"
    "وفي منطقة الفحيحيل، نظم عشرات المعلمين الوافدين وقفة احتجاجية أمام مكتب وزارة التربية الكويتية اعتراضا على تأخر صرف رواتبهم، فيما رفضت الوزارة إنهاء عقودهم قبل نهاية العام الدراسي.\n"
    "وأعلنت الهيئة العامة للقوى العاملة أنها ستعقد اجتماعا مع ممثلي المعلمين الأربعاء المقبل لبحث مطالبهم.",
    [("LOC", "Kuwait", ["State of Kuwait"], ["الكويت"]),
     ("PERSON", "Tariq Al-Roumi", ["Tareq Al-Roumi", "Tariq Suleiman Al-Roumi"], ["طارق الرومي", "الرومي"]),
     ("PERSON", "Ali Pervaiz Malik", ["Ali Pervez Malik"], ["علي برويز ملك", "ملك"]),
     ("ORG", "Kuwait Petroleum Corporation", ["KPC"], ["مؤسسة البترول الكويتية"]),
     ("LOC", "Pakistan", ["Islamic Republic of Pakistan"], ["باكستان"]),
     ("ORG", "Ministry of Oil (Kuwait)", ["Kuwaiti Oil Ministry", "Kuwait's Ministry of Oil"], ["وزارة النفط الكويتية"]),
     ("LOC", "Karachi", [], ["كراتشي"]),
     ("ORG", "Ministry of Interior (Kuwait)", ["Kuwaiti Interior Ministry", "Kuwait's Interior Ministry"],
      ["وزارة الداخلية الكويتية"]),
     ("ORG", "General Department of Criminal Investigation (Kuwait)", ["Kuwait Criminal Investigation Department",
                                                                      "General Administration of Criminal Investigations"],
      ["الإدارة العامة للمباحث الجنائية"]),
     ("LOC", "Jleeb Al-Shuyoukh", ["Jleeb Al Shuyoukh", "Jleeb"], ["جليب الشيوخ", "الجليب"]),
     ("PERSON", "Fahad Yousef Al-Sabah", ["Fahad Al-Yousef", "Sheikh Fahad Yousef Saud Al-Sabah", "Fahad al-Yusuf"],
      ["فهد اليوسف"]),
     ("ORG", "Kuwait Bar Association", ["Kuwaiti Lawyers Association", "Kuwait Lawyers Association"],
      ["جمعية المحامين الكويتية"]),
     ("ORG", "Public Prosecution (Kuwait)", ["Kuwaiti Public Prosecution"], ["النيابة العامة الكويتية"]),
     ("LOC", "Fahaheel", ["Al Fahaheel", "Fahahil"], ["الفحيحيل"]),
     ("ORG", "Ministry of Education (Kuwait)", ["Kuwaiti Education Ministry"], ["وزارة التربية الكويتية"]),
     ("ORG", "Public Authority for Manpower", ["Kuwait Public Authority for Manpower"],
      ["الهيئة العامة للقوى العاملة"])],
    [("04", "استقبل", "Kuwait", "2026-11-08"), ("05", "ووقع", "Kuwait", "2026-11-08"),
     ("17", "داهموا", "Jleeb Al-Shuyoukh", None), ("13", "وهدد", None, None), ("11", "انتقدت", None, None),
     ("10", "وطالبت", None, None), ("14", "وقفة احتجاجية", "Fahaheel", None), ("12", "رفضت", None, None),
     ("04", "اجتماعا", None, "2026-11-11")])

doc("b24-ar-03-asyut-dairut", "ar", "2026-11-12T10:00:00Z",
    "مقتل أربعة في اشتباك بين عائلتين في ديروط ومحافظ أسيوط يرعى جلسة صلح",
    "أسيوط (مصر) - لقي أربعة أشخاص مصرعهم وأصيب ستة آخرون في تبادل لإطلاق النار بين عائلتين بقرية نزالي جانوب التابعة لمركز ديروط شمال محافظة أسيوط، مساء الثلاثاء، بسبب خلاف قديم على قطعة أرض زراعية وحق الري من إحدى الترع.\n"
    "وقالت مديرية أمن أسيوط في بيان إن قوات الأمن فرضت طوقا أمنيا حول القرية، وداهمت منازل فيها واعتقلت 16 متهما وضبطت تسع بنادق آلية وكميات من الذخيرة، فيما أمرت نيابة ديروط بحبس المتهمين أربعة أيام على ذمة التحقيق.\n"
    "واستقبل محافظ أسيوط اللواء هشام أبو النصر أمس الأربعاء وفدا من كبار العائلات ونواب الدائرة، وأعلن أبو النصر استعداد المحافظة لرعاية جلسة صلح بين العائلتين بحضور علماء من الأزهر الشريف وكبار رجال القبائل في المحافظة، وتشكيل لجنة لحصر الأضرار في المنازل والأراضي الزراعية خلال أسبوع.\n"
    "ورفضت إحدى العائلتين قبول الدية، وطالبت بالقصاص من القتلة قبل أي حديث عن الصلح، فيما أغلقت المدارس في القرية أبوابها لليوم الثاني خوفا على التلاميذ.\n"
    "وفي منفلوط، نظم عشرات المزارعين وقفة أمام مقر الجمعية الزراعية احتجاجا على نقص الأسمدة المدعمة مع بدء موسم زراعة القمح، وانتقد النائب محمود الشريف وزارة التموين المصرية بسبب «سوء توزيع حصص الخبز والسكر» على قرى المركز.\n"
    "وأرسلت مؤسسة صناع الحياة قافلة طبية إلى قرى مركز أبنوب تضم 20 طبيبا في تخصصات مختلفة، فيما يزور وزير الصحة المصري خالد عبد الغفار مستشفى جامعة أسيوط الأحد المقبل لافتتاح وحدة جديدة للحروق.",
    [("LOC", "Asyut", ["Assiut", "Asyut Governorate", "Assiut Governorate"], ["أسيوط", "محافظة أسيوط"]),
     ("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("LOC", "Nazali Ganoub", ["Nazali Janub"], ["نزالي جانوب"]),
     ("LOC", "Dairut", ["Dayrut", "Dairut Centre"], ["ديروط", "مركز ديروط"]),
     ("ORG", "Asyut Security Directorate", ["Assiut Security Directorate"], ["مديرية أمن أسيوط"]),
     ("ORG", "Dairut Prosecution", ["Dairut Public Prosecution"], ["نيابة ديروط"]),
     ("PERSON", "Hisham Abu al-Nasr", ["Hesham Abu El-Nasr", "Hisham Abou El Nasr"], ["هشام أبو النصر", "أبو النصر"]),
     ("ORG", "Al-Azhar", ["Al-Azhar al-Sharif"], ["الأزهر الشريف"]),
     ("LOC", "Manfalut", ["Manfalout"], ["منفلوط"]),
     ("PERSON", "Mahmoud al-Sherif", ["Mahmoud El-Sherif"], ["محمود الشريف"]),
     ("ORG", "Ministry of Supply and Internal Trade (Egypt)", ["Egyptian Ministry of Supply",
                                                              "Ministry of Supply and Internal Trade"],
      ["وزارة التموين المصرية"]),
     ("ORG", "Life Makers Foundation", ["Life Makers", "Sona' al-Hayah"], ["مؤسسة صناع الحياة"]),
     ("LOC", "Abnub", ["Abnoub", "Abnub Centre"], ["أبنوب", "مركز أبنوب"]),
     ("PERSON", "Khaled Abdel Ghaffar", ["Khaled Abdel-Ghaffar"], ["خالد عبد الغفار"]),
     ("ORG", "Assiut University Hospital", ["Asyut University Hospital", "Assiut University Hospitals"],
      ["مستشفى جامعة أسيوط"])],
    [("19", "تبادل لإطلاق النار", "Nazali Ganoub", "2026-11-10"), ("17", "وداهمت", "Nazali Ganoub", None),
     ("04", "واستقبل", None, "2026-11-11"), ("03", "استعداد", None, None), ("12", "ورفضت", None, None),
     ("10", "وطالبت", None, None), ("14", "وقفة", "Manfalut", None), ("11", "وانتقد", None, None),
     ("07", "وأرسلت", "Abnub", None), ("04", "يزور", "Assiut University Hospital", "2026-11-15")])

doc("b24-ar-04-marj-tocra", "ar", "2026-11-14T08:00:00Z",
    "صدام حفتر يلتقي وفدا إيطاليا في الرجمة واحتجاجات على انقطاع الكهرباء في المرج",
    "المرج (ليبيا) - التقى نائب القائد العام الفريق صدام حفتر أمس الجمعة في مقر القيادة بالرجمة وفدا من وزارة الداخلية الإيطالية برئاسة مدير إدارة الهجرة فيها، وبحث معه مكافحة الهجرة غير النظامية عبر السواحل الشرقية والحد من انطلاق القوارب نحو السواحل الأوروبية، وسبل تدريب عناصر حرس السواحل على مراقبة الشواطئ الطويلة بين المدن الشرقية.\n"
    "واتفق الجانبان على تسيير دوريات بحرية مشتركة قبالة طلميثة وتوكرة اعتبارا من الشهر المقبل، بحسب المكتب الإعلامي لصدام حفتر.\n"
    "وفي مدينة المرج، أغلق محتجون غاضبون الطريق الساحلي بالإطارات المشتعلة مساء الخميس احتجاجا على انقطاع الكهرباء لأكثر من 12 ساعة يوميا، وطالبوا بلدية المرج بتوفير مولدات للمستشفى والمدارس ومحطات ضخ المياه، وهددوا بتصعيد احتجاجاتهم إذا استمرت الانقطاعات.\n"
    "وانتقد رئيس الحكومة الليبية أسامة حماد أداء شركات الصيانة، وأمر حماد بتشكيل لجنة تحقيق في أسباب الأعطال المتكررة في محطات الشرق.\n"
    "وفي أجدابيا، أعلن جهاز الأمن الداخلي اعتقال ثلاثة أشخاص قال إنهم ينتمون إلى شبكة لتهريب الوقود والمهاجرين إلى تشاد عبر الكفرة، وضبط شاحنتين محملتين بالديزل.\n"
    "ورفض ديوان المحاسبة الليبي اتهامات حكومة حماد له بعرقلة صرف مخصصات الصيانة، وقال إن «الحكومة لم تقدم المستندات المطلوبة».\n"
    "ومن المقرر أن يزور حماد مدينة الأبيار الثلاثاء المقبل لافتتاح محطة كهرباء صغيرة بقدرة 30 ميغاواط، وتفقد أعمال صيانة شبكة التوزيع في الأحياء الجنوبية للمدينة.",
    [("LOC", "Al Marj", ["Al-Marj", "Barce"], ["المرج"]),
     ("LOC", "Libya", ["State of Libya"], ["ليبيا"]),
     ("PERSON", "Saddam Haftar", ["Saddam Khalifa Haftar"], ["صدام حفتر"]),
     ("LOC", "Rajma", ["Al-Rajma", "Er Rajma"], ["الرجمة"]),
     ("ORG", "Ministry of the Interior (Italy)", ["Italian Interior Ministry", "Viminale"], ["وزارة الداخلية الإيطالية"]),
     ("LOC", "Tolmeita", ["Ptolemais", "Tolmeta"], ["طلميثة"]),
     ("LOC", "Tocra", ["Tukrah", "Teuchira"], ["توكرة"]),
     ("ORG", "Al Marj Municipality", ["Marj Municipal Council"], ["بلدية المرج"]),
     ("ORG", "Government of National Stability", ["GNS", "Libyan Government of National Stability",
                                                  "eastern Libyan government"], ["الحكومة الليبية"]),
     ("PERSON", "Osama Hamad", ["Usama Hammad", "Osama Hammad"], ["أسامة حماد", "حماد"]),
     ("LOC", "Ajdabiya", ["Ajdabiyah", "Ajdabia"], ["أجدابيا"]),
     ("ORG", "Internal Security Agency (Libya)", ["Internal Security Apparatus"], ["جهاز الأمن الداخلي"]),
     ("LOC", "Chad", ["Republic of Chad"], ["تشاد"]),
     ("LOC", "Kufra", ["Al Kufrah", "Kufrah"], ["الكفرة"]),
     ("ORG", "Audit Bureau (Libya)", ["Libyan Audit Bureau"], ["ديوان المحاسبة الليبي"]),
     ("LOC", "Al Abyar", ["Abyar", "El Abiar"], ["الأبيار"])],
    [("04", "التقى", "Rajma", "2026-11-13"), ("03", "واتفق", "Tolmeita", None),
     ("14", "أغلق", "Al Marj", "2026-11-12"), ("10", "وطالبوا", None, None), ("13", "وهددوا", None, None), ("11", "وانتقد", None, None),
     ("17", "اعتقال", "Ajdabiya", None), ("12", "ورفض", None, None), ("04", "يزور", "Al Abyar", "2026-11-17")])

doc("b24-ar-05-shihr-tarim", "ar", "2026-11-17T08:00:00Z",
    "حلف قبائل حضرموت يهدد بوقف إنتاج النفط وغارة بطائرة مسيرة في غيل باوزير",
    "الشحر (اليمن) - هدد حلف قبائل حضرموت أمس الاثنين بوقف عمليات شركة بترومسيلة في حقول المسيلة إذا لم تستجب الحكومة لمطالب أبناء المحافظة بحصة من عائدات النفط وتحسين خدمات الكهرباء والمياه، في أحدث تصعيد منذ أشهر بين الحلف والسلطات المحلية.\n"
    "وقال رئيس الحلف الشيخ عمرو بن حبريش في مؤتمر صحفي بمدينة الشحر إن «حضرموت لن تبقى بقرة حلوب لغيرها»، وطالب بن حبريش وزارة النفط والمعادن اليمنية بتعيين أبناء المحافظة في إدارات الشركات النفطية العاملة في الوادي والساحل.\n"
    "ورفض محافظ حضرموت سالم الخنبشي تهديدات الحلف، وقال إن «المنشآت النفطية ملك لكل اليمنيين ولن نسمح بتعطيلها».\n"
    "وفي مديرية غيل باوزير، قتل ثلاثة مسلحين يشتبه بانتمائهم لتنظيم القاعدة في جزيرة العرب في غارة بطائرة مسيرة استهدفت سيارتهم فجر الأحد على طريق فرعي شمال المديرية، بحسب مصادر محلية لم تحدد الجهة التي نفذت الغارة.\n"
    "وفي وادي حضرموت، اعتقلت قوات درع الوطن خمسة أشخاص في مدينة تريم بتهمة زرع عبوات ناسفة على الطريق المؤدي إلى مدينة شبام، وضبطت معهم مواد متفجرة وأجهزة تفجير عن بعد، وأحالتهم إلى النيابة الجزائية المتخصصة.\n"
    "وأعلنت مؤسسة الخير للتنمية الاجتماعية توزيع ألفي سلة غذائية على الأسر النازحة في شبام، فيما تعقد السلطة المحلية في المحافظة اجتماعا مع ممثلي الحلف السبت المقبل في الشحر لبحث مطالبه، وسط مخاوف من توقف ضخ النفط إلى ميناء الضبة وتأثر رواتب الموظفين في المحافظة.",
    [("LOC", "Shihr", ["Al-Shihr", "Ash Shihr"], ["الشحر"]),
     ("LOC", "Yemen", ["Republic of Yemen"], ["اليمن"]),
     ("ORG", "Hadramout Tribal Alliance", ["Hadrami Tribal Alliance", "Hadhramaut Tribal Alliance"],
      ["حلف قبائل حضرموت"]),
     ("ORG", "PetroMasila", ["PetroMasila Company", "Petro Masila"], ["بترومسيلة", "شركة بترومسيلة"]),
     ("LOC", "Masila oil fields", ["Masila Basin", "Masila fields"], ["حقول المسيلة"]),
     ("PERSON", "Amr bin Habrish", ["Amr Bin Habrish", "Amr bin Habrish al-Alii"], ["عمرو بن حبريش", "بن حبريش"]),
     ("LOC", "Hadhramaut", ["Hadramout", "Hadramawt", "Hadhramaut Governorate"], ["حضرموت"]),
     ("ORG", "Ministry of Oil and Minerals (Yemen)", ["Yemeni Ministry of Oil and Minerals", "Yemen's oil ministry"],
      ["وزارة النفط والمعادن اليمنية"]),
     ("PERSON", "Salem al-Khanbashi", ["Salem Ahmed al-Khanbashi", "Salim al-Khanbashi"], ["سالم الخنبشي"]),
     ("LOC", "Ghayl Ba Wazir", ["Ghail Bawazir", "Ghayl Bawazir"], ["غيل باوزير", "مديرية غيل باوزير"]),
     ("ORG", "Al-Qaeda in the Arabian Peninsula", ["AQAP"], ["تنظيم القاعدة في جزيرة العرب"]),
     ("LOC", "Wadi Hadhramaut", ["Wadi Hadramout", "Hadhramaut Valley"], ["وادي حضرموت"]),
     ("ORG", "Nation's Shield Forces", ["Dir' al-Watan", "Homeland Shield Forces"], ["قوات درع الوطن"]),
     ("LOC", "Tarim", [], ["تريم"]),
     ("LOC", "Shibam", ["Shibam Hadramawt"], ["شبام"]),
     ("ORG", "Specialized Criminal Prosecution (Yemen)", ["Specialised Criminal Prosecution"], ["النيابة الجزائية المتخصصة"]),
     ("LOC", "Dhabba oil terminal", ["Al-Dhabba port", "Ash Shihr oil terminal", "Dhabba"], ["ميناء الضبة"]),
     ("ORG", "Al-Khair Foundation for Social Development", ["Al Khair Social Development Foundation"], ["مؤسسة الخير للتنمية الاجتماعية"])],
    [("13", "هدد", "Masila oil fields", "2026-11-16"), ("10", "وطالب", "Shihr", "2026-11-16"),
     ("12", "ورفض", None, None), ("19", "غارة", "Ghayl Ba Wazir", "2026-11-15"),
     ("17", "اعتقلت", "Tarim", None), ("07", "توزيع", "Shibam", None), ("04", "اجتماعا", "Shihr", "2026-11-21")])

doc("b24-ar-06-assab-bure", "ar", "2026-11-20T07:00:00Z",
    "إريتريا تتهم إثيوبيا بالحشد قرب بوري وتحذر من أي اعتداء على ميناء عصب",
    "سمرة (إثيوبيا) - اتهم وزير الإعلام الإريتري يماني غبرمسقل أمس الخميس السلطات الإثيوبية بحشد قوات ودبابات على الحدود قرب بلدة بوري في إقليم عفر تمهيدا للاستيلاء على ميناء عصب، وحذر غبرمسقل في بيان من أن بلاده «سترد بكل حزم على أي اعتداء على سيادتها».\n"
    "ونفى وزير الخارجية الإثيوبي جيديون تيموثيوس الاتهامات، وقال إن إثيوبيا «تسعى للوصول إلى البحر بالطرق السلمية وعبر التفاوض»، مؤكدا أن القوات الإثيوبية «لم تتحرك خارج مواقعها المعتادة».\n"
    "وأفاد سكان في بلدة أفدرا الحدودية بأن اشتباكات متقطعة بالأسلحة الخفيفة اندلعت الثلاثاء بين دوريات من الجانبين واستمرت نحو ثلاث ساعات، وأن عشرات العائلات نزحت نحو بلدة عبعالا.\n"
    "وأجرى الرئيس الإثيوبي تايي أصقي سلاسي اتصالا هاتفيا الأربعاء مع رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف بحث خلاله التوتر على الحدود، وعرض محمود علي يوسف إيفاد مبعوث خاص إلى البلدين.\n"
    "ورفض المندوب الإريتري لدى المفوضية أراية دستا عرض الوساطة، وقال إن «المشكلة ليست بين إريتريا والمفوضية»، وطالب دستا بانسحاب القوات الإثيوبية من المناطق الحدودية فورا.\n"
    "وانتقد وزير الخارجية الكيني موساليا مودافادي التصعيد الإعلامي بين البلدين، وعرضت كينيا استضافة محادثات مباشرة بين الجانبين.\n"
    "ووزعت حكومة إقليم عفر مساعدات غذائية على النازحين في عبعالا، وقالت إن عددهم تجاوز ثلاثة آلاف شخص، ومن المقرر أن يزور مودافادي سمرة الاثنين المقبل.",
    [("LOC", "Semera", ["Samara (Ethiopia)"], ["سمرة"]),
     ("LOC", "Ethiopia", ["Federal Democratic Republic of Ethiopia"], ["إثيوبيا"]),
     ("LOC", "Eritrea", ["State of Eritrea"], ["إريتريا"]),
     ("PERSON", "Yemane Gebremeskel", ["Yemane G. Meskel", "Yemane Gebre Meskel"], ["يماني غبرمسقل", "غبرمسقل"]),
     ("LOC", "Bure (Eritrea-Ethiopia border)", ["Bure", "Burre"], ["بوري"]),
     ("LOC", "Afar Region", ["Afar", "Afar regional state"], ["إقليم عفر"]),
     ("LOC", "Assab", ["Port of Assab", "Aseb"], ["عصب", "ميناء عصب"]),
     ("PERSON", "Gedion Timothewos", ["Gedion Timothewos Hesebon", "Gedion Timotheos"], ["جيديون تيموثيوس"]),
     ("LOC", "Afdera", ["Afdara"], ["أفدرا"]),
     ("LOC", "Abala", ["Abaala", "Abala (Ethiopia)"], ["عبعالا"]),
     ("PERSON", "Taye Atske Selassie", ["Taye Atske-Selassie", "Taye Atske Selassie Amde"], ["تايي أصقي سلاسي"]),
     ("ORG", "African Union Commission", ["AU Commission", "AUC"], ["مفوضية الاتحاد الأفريقي"]),
     ("PERSON", "Mahmoud Ali Youssouf", ["Mahmoud Ali Yousouf"], ["محمود علي يوسف"]),
     ("PERSON", "Araya Desta", ["Araya Desta Tesfay"], ["أراية دستا", "دستا"]),
     ("PERSON", "Musalia Mudavadi", ["Mudavadi", "Wycliffe Musalia Mudavadi"], ["موساليا مودافادي", "مودافادي"]),
     ("LOC", "Kenya", ["Republic of Kenya"], ["كينيا"]),
     ("ORG", "Afar Regional Government", ["Afar regional state government"], ["حكومة إقليم عفر"])],
    [("11", "اتهم", None, "2026-11-19"), ("13", "وحذر", None, "2026-11-19"),
     ("19", "اشتباكات", "Afdera", "2026-11-17"), ("04", "اتصالا هاتفيا", None, "2026-11-18"),
     ("03", "وعرض", None, "2026-11-18"), ("12", "ورفض", None, None), ("10", "وطالب", None, None),
     ("11", "وانتقد", None, None), ("03", "وعرضت", None, None),
     ("07", "ووزعت", "Abala", None), ("04", "يزور", "Semera", "2026-11-23")])

doc("b24-en-01-macomia-montepuez", "en", "2026-11-22T10:00:00Z",
    "Insurgents raid villages near Macomia as Mozambican and Rwandan troops push into Muidumbe",
    "PEMBA, Mozambique, Nov 22 – Insurgents linked to Islamic State Mozambique Province attacked two villages in "
    "Macomia district on Friday night, killing five civilians and abducting at least 12 children, district "
    "officials said.\n\n"
    "Mozambican and Rwandan troops launched an offensive against insurgent bases along the Messalo River in "
    "Muidumbe district on Saturday, supported by helicopter gunships, a military source in Pemba said.\n\n"
    "Defence Minister Cristóvão Chume met his Rwandan counterpart Juvenal Marizamunda in Pemba on Thursday, and "
    "the two signed an agreement extending the Rwandan deployment in the province by two years.\n\n"
    "Police in Montepuez arrested 23 artisanal miners on Wednesday after clashes with security guards at the "
    "Namanhumbir ruby concession operated by Montepuez Ruby Mining, a unit of Gemfields. The miners' association "
    "demanded their release and threatened to occupy the concession next week.\n\n"
    "Montepuez Ruby Mining rejected accusations that its guards had beaten the miners, saying they had entered "
    "the site illegally.\n\n"
    "The Centre for Democracy and Human Rights criticised the arrests as disproportionate, and opposition leader "
    "Venâncio Mondlane accused the government of \"protecting foreign companies rather than its own people\".\n\n"
    "Chume is due to visit Mueda next Friday to inspect a new army base, the ministry said.",
    [("LOC", "Pemba", ["Pemba, Mozambique", "PEMBA"], ["PEMBA", "Pemba"]),
     ("LOC", "Mozambique", ["Republic of Mozambique"], ["Mozambique"]),
     ("ORG", "Islamic State Mozambique Province", ["ISMP", "IS-Mozambique", "Islamic State – Mozambique Province"],
      ["Islamic State Mozambique Province"]),
     ("LOC", "Macomia", ["Macomia district"], ["Macomia"]),
     ("LOC", "Messalo River", ["Messalo"], ["Messalo River"]),
     ("LOC", "Muidumbe", ["Muidumbe district"], ["Muidumbe"]),
     ("PERSON", "Cristóvão Chume", ["Cristovao Chume", "Chume"], ["Cristóvão Chume", "Chume"]),
     ("PERSON", "Juvenal Marizamunda", ["Marizamunda"], ["Juvenal Marizamunda"]),
     ("LOC", "Montepuez", [], ["Montepuez"]),
     ("LOC", "Namanhumbir", ["Namanhumbir ruby concession"], ["Namanhumbir"]),
     ("ORG", "Montepuez Ruby Mining", ["MRM"], ["Montepuez Ruby Mining"]),
     ("ORG", "Gemfields", ["Gemfields Group"], ["Gemfields"]),
     ("ORG", "Centre for Democracy and Human Rights", ["CDD", "Centro para Democracia e Direitos Humanos"],
      ["Centre for Democracy and Human Rights"]),
     ("PERSON", "Venâncio Mondlane", ["Venancio Mondlane", "Mondlane"], ["Venâncio Mondlane"]),
     ("LOC", "Mueda", [], ["Mueda"])],
    [("18", "abducting", "Macomia", "2026-11-20"), ("19", "offensive", "Messalo River", "2026-11-21"),
     ("04", "met", "Pemba", "2026-11-19"), ("05", "signed", "Pemba", "2026-11-19"),
     ("17", "arrested", "Montepuez", "2026-11-18"), ("10", "demanded", None, None), ("13", "threatened", "Namanhumbir", None),
     ("12", "rejected", None, None), ("11", "criticised", None, None), ("11", "accused", None, None),
     ("04", "visit", "Mueda", "2026-11-27")])

doc("b24-en-02-chumbivilcas-corridor", "en", "2026-11-24T15:00:00Z",
    "Peruvian communities block southern mining corridor, police fire tear gas near Velille",
    "CUSCO, Peru, Nov 24 – Hundreds of residents of Chumbivilcas province blocked the southern mining corridor on Monday, "
    "halting trucks carrying copper concentrate from MMG's Las Bambas mine in Apurímac to the port of Matarani, "
    "community leaders said.\n\n"
    "Police fired tear gas to clear the road near Velille, in the Cusco region, and detained eight protesters. "
    "The Ombudsman's Office said four people were injured and criticised the use of force.\n\n"
    "Fredy Huamaní, president of the Chumbivilcas defence front, demanded that the company pay for the upkeep of "
    "the dirt road and compensate farmers for dust damage to their crops, and threatened to extend the blockade to "
    "the Antapaccay copper mine in Espinar province within days.\n\n"
    "MMG rejected the demands, saying it had already paid for road works under a 2023 agreement with the "
    "province.\n\n"
    "Vice Minister of Mines Jorge Quispe met community leaders in Tambobamba, in Cotabambas province, on Sunday, "
    "but the talks ended without an agreement. The Energy and Mines Ministry offered to set up a development fund "
    "for the communities along the corridor.\n\n"
    "The Catholic Prelature of Chuquibambilla offered to mediate. A new round of talks is due in Cusco next "
    "Monday, the ministry said.",
    [("LOC", "Peru", ["Republic of Peru"], ["Peru"]),
     ("LOC", "Chumbivilcas", ["Chumbivilcas province"], ["Chumbivilcas"]),
     ("ORG", "MMG", ["MMG Limited", "Minerals and Metals Group"], ["MMG"]),
     ("LOC", "Las Bambas", ["Las Bambas mine"], ["Las Bambas"]),
     ("LOC", "Apurímac", ["Apurimac", "Apurímac region"], ["Apurímac"]),
     ("LOC", "Matarani", ["Port of Matarani"], ["Matarani"]),
     ("LOC", "Velille", [], ["Velille"]),
     ("LOC", "Cusco", ["Cuzco", "Cusco region", "CUSCO"], ["CUSCO", "Cusco"]),
     ("ORG", "Ombudsman's Office (Peru)", ["Defensoría del Pueblo", "Peru's Ombudsman"], ["Ombudsman's Office"]),
     ("PERSON", "Fredy Huamaní", ["Fredy Huamani"], ["Fredy Huamaní"]),
     ("LOC", "Antapaccay", ["Antapaccay mine"], ["Antapaccay"]),
     ("LOC", "Espinar", ["Espinar province"], ["Espinar"]),
     ("PERSON", "Jorge Quispe", [], ["Jorge Quispe"]),
     ("LOC", "Tambobamba", [], ["Tambobamba"]),
     ("LOC", "Cotabambas", ["Cotabambas province"], ["Cotabambas"]),
     ("ORG", "Ministry of Energy and Mines (Peru)", ["MINEM", "Peru's Energy and Mines Ministry"],
      ["Energy and Mines Ministry"]),
     ("ORG", "Prelature of Chuquibambilla", ["Territorial Prelature of Chuquibambilla"],
      ["Catholic Prelature of Chuquibambilla", "Prelature of Chuquibambilla"])],
    [("14", "blocked", "Chumbivilcas", "2026-11-23"), ("17", "fired tear gas", "Velille", "2026-11-23"),
     ("11", "criticised", None, None), ("10", "demanded", None, None), ("13", "threatened", "Antapaccay", None),
     ("12", "rejected", None, None), ("04", "met", "Tambobamba", "2026-11-22"), ("03", "offered", None, None),
     ("03", "offered to mediate", None, None), ("04", "talks", "Cusco", "2026-11-30")])

doc("b24-en-03-point-pedro-fishermen", "en", "2026-11-25T09:00:00Z",
    "Sri Lanka arrests 14 Indian fishermen off Point Pedro; Rameswaram boat owners strike",
    "POINT PEDRO, Sri Lanka, Nov 25 – The Sri Lanka Coast Guard arrested 14 Indian fishermen and seized two "
    "trawlers off Point Pedro on Monday night, accusing them of bottom trawling in Sri Lankan waters, a "
    "coast guard spokesman said.\n\n"
    "In Rameswaram, in the Indian state of Tamil Nadu, some 600 mechanised boat owners began an indefinite "
    "strike on Tuesday, keeping their boats in harbour and demanding the release of the crews.\n\n"
    "Fisheries Minister Ramalingam Chandrasekar rejected the demand, saying the boats would be handed to the "
    "courts. \"Our northern fishermen cannot survive if this continues,\" he told reporters in Valvettithurai.\n\n"
    "The governor of the island's north, Nagalingam Vethanayahan, met representatives of fishing cooperatives from "
    "Vadamarachchi and Mullaitivu on Tuesday, and they threatened to block the Point Pedro harbour road if "
    "incursions did not stop.\n\n"
    "Sivagnanam Sritharan, a lawmaker of the Illankai Tamil Arasu Kachchi (ITAK), criticised the government "
    "for failing to raise the issue at ministerial level for more than a year.\n\n"
    "India offered to help buy deep-sea vessels for the Rameswaram fleet. Officials of the two "
    "countries' joint working group on fisheries will meet next Tuesday, the minister said.",
    [("LOC", "Point Pedro", ["Paruthithurai"], ["POINT PEDRO", "Point Pedro"]),
     ("LOC", "Sri Lanka", ["Democratic Socialist Republic of Sri Lanka"], ["Sri Lanka"]),
     ("ORG", "Sri Lanka Coast Guard", ["SLCG", "Sri Lankan Coast Guard"], ["Sri Lanka Coast Guard"]),
     ("LOC", "Rameswaram", ["Rameshwaram"], ["Rameswaram"]),
     ("LOC", "Tamil Nadu", [], ["Tamil Nadu"]),
     ("PERSON", "Ramalingam Chandrasekar", ["Ramalingam Chandrasekaran", "Chandrasekar"], ["Ramalingam Chandrasekar"]),
     ("LOC", "Valvettithurai", ["VVT"], ["Valvettithurai"]),
     ("PERSON", "Nagalingam Vethanayahan", ["N. Vethanayahan", "Nagalingam Vedanayagan"], ["Nagalingam Vethanayahan"]),
     ("LOC", "Vadamarachchi", ["Vadamaradchi"], ["Vadamarachchi"]),
     ("LOC", "Mullaitivu", ["Mullaittivu"], ["Mullaitivu"]),
     ("PERSON", "Sivagnanam Sritharan", ["S. Sritharan", "Sritharan"], ["Sivagnanam Sritharan"]),
     ("ORG", "Illankai Tamil Arasu Kachchi", ["ITAK", "Federal Party", "Tamil Arasu Party"],
      ["Illankai Tamil Arasu Kachchi", "ITAK"]),
     ("LOC", "India", ["Republic of India"], ["India"])],
    [("17", "arrested", "Point Pedro", "2026-11-23"), ("14", "strike", "Rameswaram", "2026-11-24"),
     ("12", "rejected", None, None), ("04", "met", None, "2026-11-24"), ("13", "threatened", "Point Pedro", "2026-11-24"),
     ("11", "criticised", None, None), ("03", "offered", None, None), ("04", "meet", None, "2026-12-01")])

doc("b24-fr-01-diapaga-kantchari", "fr", "2026-11-26T11:00:00Z",
    "Burkina : attaque contre un poste militaire à Diapaga, frappes aériennes près de Kantchari",
    "FADA N'GOURMA, 26 nov. – Des hommes armés ont attaqué mardi un poste de l'armée et de supplétifs civils "
    "à Diapaga, chef-lieu de la province de la Tapoa, dans l'est du Burkina Faso, "
    "selon des sources sécuritaires. Au moins neuf soldats et supplétifs ont été tués.\n\n"
    "L'armée de l'air a mené mercredi des frappes contre des positions des assaillants près de Kantchari, "
    "neutralisant « plusieurs dizaines de terroristes », a indiqué l'Agence d'information du Burkina (AIB).\n\n"
    "Le ministre de la Sécurité, Mahamadou Sana, a rencontré lundi à Fada N'Gourma les chefs coutumiers de la "
    "région, et a annoncé le recrutement de 2 000 nouveaux supplétifs civils dans la province de la Tapoa.\n\n"
    "Le ministre de la Communication, Gilbert Ouédraogo, a rejeté les accusations d'exécutions sommaires portées "
    "par des collectifs de la diaspora, qualifiant ces informations de « propagande ».\n\n"
    "Les groupes armés ont menacé de bloquer la route nationale 4 entre Fada N'Gourma et la frontière nigérienne "
    "à partir de la semaine prochaine.\n\n"
    "Le Conseil national de secours d'urgence et de réhabilitation (Conasur) a acheminé 300 tonnes de vivres à "
    "Diapaga pour les déplacés. Le Syndicat national des travailleurs de la santé humaine et animale (Syntsha) a "
    "exigé des primes de risque pour les agents de santé de la province.\n\n"
    "Mahamadou Sana doit se rendre à Diapaga jeudi prochain, selon son cabinet.",
    [("LOC", "Diapaga", [], ["Diapaga"]),
     ("LOC", "Tapoa", ["Tapoa Province", "province de la Tapoa"], ["Tapoa"]),
     ("LOC", "Burkina Faso", ["Burkina"], ["Burkina Faso", "Burkina"]),
     ("LOC", "Kantchari", [], ["Kantchari"]),
     ("ORG", "Agence d'information du Burkina", ["AIB", "Burkina Information Agency"],
      ["Agence d'information du Burkina", "AIB"]),
     ("PERSON", "Mahamadou Sana", [], ["Mahamadou Sana"]),
     ("LOC", "Fada N'Gourma", ["Fada N'gourma", "FADA N'GOURMA"], ["FADA N'GOURMA", "Fada N'Gourma"]),
     ("PERSON", "Gilbert Ouédraogo", ["Pingdwendé Gilbert Ouédraogo", "Gilbert Ouedraogo"], ["Gilbert Ouédraogo"]),
     ("LOC", "National Route 4 (Burkina Faso)", ["RN4", "N4 (Burkina Faso)"], ["route nationale 4"]),
     ("ORG", "Conasur", ["National Council for Emergency Relief and Rehabilitation",
                         "Conseil national de secours d'urgence et de réhabilitation"],
      ["Conseil national de secours d'urgence et de réhabilitation", "Conasur"]),
     ("ORG", "Syntsha", ["Syndicat national des travailleurs de la santé humaine et animale"],
      ["Syndicat national des travailleurs de la santé humaine et animale", "Syntsha"])],
    [("19", "ont attaqué", "Diapaga", "2026-11-24"), ("19", "frappes", "Kantchari", "2026-11-25"),
     ("04", "a rencontré", "Fada N'Gourma", "2026-11-23"), ("12", "a rejeté", None, None),
     ("13", "ont menacé", "National Route 4 (Burkina Faso)", None), ("07", "a acheminé", "Diapaga", None),
     ("10", "a exigé", None, None), ("04", "doit se rendre", "Diapaga", "2026-12-03")])

doc("b24-fr-02-banikoara-pendjari", "fr", "2026-11-27T10:00:00Z",
    "Bénin : deux soldats tués près de Porga, les cotonculteurs de Banikoara en grève",
    "BANIKOARA, 27 nov. – Deux soldats des Forces armées béninoises ont été tués et trois blessés dimanche dans "
    "l'attaque d'une position militaire près de Porga, à la lisière du parc national de la Pendjari, a annoncé "
    "l'état-major.\n\n"
    "L'armée a riposté par des frappes de drones mardi contre des campements d'assaillants dans la forêt de "
    "Kérou, selon une source militaire.\n\n"
    "Le président Romuald Wadagni a reçu mercredi au palais de la Marina le directeur régional d'African Parks, "
    "Thierry Agossou, et les deux parties ont signé un avenant renforçant la protection de "
    "la Pendjari.\n\n"
    "A Banikoara, des centaines de producteurs de coton ont entamé lundi une grève des livraisons pour exiger le "
    "paiement d'arriérés de 18 milliards de francs CFA. La gendarmerie a interpellé mardi six responsables de "
    "groupements à Ségbana.\n\n"
    "La Fédération des unions de producteurs du Bénin (Fupro) a rejeté les accusations de division, tandis que "
    "le parti d'opposition Force cauris pour un Bénin émergent (FCBE) a dénoncé « l'arrestation arbitraire » des "
    "producteurs.\n\n"
    "La banque Ecobank Bénin a proposé une ligne de crédit pour apurer les dettes des égreneurs envers les producteurs. Une "
    "réunion entre la Fupro et les égreneurs est prévue mardi prochain à Banikoara.",
    [("LOC", "Benin", ["Republic of Benin", "Bénin"], ["Bénin"]),
     ("ORG", "Benin Armed Forces", ["Forces armées béninoises", "FAB"], ["Forces armées béninoises"]),
     ("LOC", "Porga", [], ["Porga"]),
     ("LOC", "Pendjari National Park", ["Pendjari", "Parc national de la Pendjari"],
      ["parc national de la Pendjari", "Pendjari"]),
     ("LOC", "Kérou", ["Kerou", "Kérou forest"], ["Kérou"]),
     ("PERSON", "Romuald Wadagni", ["Wadagni"], ["Romuald Wadagni"]),
     ("LOC", "Marina Palace", ["Palais de la Marina", "Presidential Palace (Benin)"], ["palais de la Marina"]),
     ("ORG", "African Parks", ["African Parks Network"], ["African Parks"]),
     ("PERSON", "Thierry Agossou", [], ["Thierry Agossou"]),
     ("LOC", "Banikoara", ["BANIKOARA"], ["BANIKOARA", "Banikoara"]),
     ("LOC", "Ségbana", ["Segbana"], ["Ségbana"]),
     ("ORG", "Fédération des unions de producteurs du Bénin", ["Fupro", "Fupro-Bénin", "Federation of Producers' Unions of Benin"],
      ["Fédération des unions de producteurs du Bénin", "Fupro"]),
     ("ORG", "Cowry Forces for an Emerging Benin", ["FCBE", "Force cauris pour un Bénin émergent"],
      ["Force cauris pour un Bénin émergent", "FCBE"]),
     ("ORG", "Ecobank Benin", ["Ecobank Bénin", "Ecobank"], ["Ecobank Bénin", "Ecobank"])],
    [("19", "l'attaque", "Porga", "2026-11-22"), ("19", "frappes de drones", "Kérou", "2026-11-24"),
     ("04", "a reçu", "Marina Palace", "2026-11-25"), ("05", "ont signé", "Marina Palace", "2026-11-25"),
     ("14", "grève", "Banikoara", "2026-11-23"), ("17", "a interpellé", "Ségbana", "2026-11-24"),
     ("12", "a rejeté", None, None), ("11", "a dénoncé", None, None), ("03", "a proposé", None, None),
     ("04", "réunion", "Banikoara", "2026-12-01")])

doc("b24-fr-03-viege-lonza", "fr", "2026-11-02T09:00:00Z",
    "Viège : débrayage chez Lonza, Christophe Darbellay reçoit la direction",
    "SION, 2 nov. – Plusieurs centaines d'employés du site de Lonza à Viège ont observé samedi dernier un "
    "débrayage de deux heures pour protester contre la suppression annoncée de 350 postes, à l'appel du syndicat "
    "Syna.\n\n"
    "Le syndicat a exigé le gel des licenciements et l'ouverture d'une consultation, et a menacé d'une grève "
    "reconductible si la direction ne revenait pas sur son plan d'ici la fin du mois.\n\n"
    "Lonza a rejeté ces revendications, expliquant que la restructuration de son unité de production chimique était « indispensable ».\n\n"
    "Le conseiller d'Etat Christophe Darbellay, chef du Département de l'économie et de la formation, a reçu "
    "lundi à Sion les représentants de la direction et du personnel. Il a proposé que le canton finance un "
    "programme de reconversion pour les salariés concernés.\n\n"
    "Le conseiller d'Etat socialiste Mathias Reynard a critiqué « le manque de loyauté » du groupe envers la "
    "région, tandis que la Chambre valaisanne de commerce et d'industrie a salué la proposition du canton.\n\n"
    "A Martigny, quelque 800 personnes ont manifesté dimanche contre la fermeture de la maternité de l'Hôpital "
    "du Valais à Sierre. Le Grand Conseil valaisan doit examiner jeudi prochain une motion urgente sur l'avenir du site et de ses 60 employés.",
    [("LOC", "Sion", ["SION"], ["SION", "Sion"]),
     ("ORG", "Lonza", ["Lonza Group"], ["Lonza"]),
     ("LOC", "Visp", ["Viège"], ["Viège"]),
     ("ORG", "Syna", ["Syna union"], ["Syna"]),
     ("PERSON", "Christophe Darbellay", ["Darbellay"], ["Christophe Darbellay"]),
     ("ORG", "Department of Economy and Education (Valais)", ["Département de l'économie et de la formation"],
      ["Département de l'économie et de la formation"]),
     ("PERSON", "Mathias Reynard", ["Reynard"], ["Mathias Reynard"]),
     ("ORG", "Valais Chamber of Commerce and Industry", ["CCI Valais", "Chambre valaisanne de commerce et d'industrie"],
      ["Chambre valaisanne de commerce et d'industrie"]),
     ("LOC", "Martigny", [], ["Martigny"]),
     ("ORG", "Hôpital du Valais", ["Valais Hospital", "HVS"], ["Hôpital du Valais"]),
     ("LOC", "Sierre", [], ["Sierre"]),
     ("ORG", "Grand Council of Valais", ["Grand Conseil valaisan", "Valais Grand Council"], ["Grand Conseil valaisan"])],
    [("14", "débrayage", "Visp", "2026-10-31"), ("10", "a exigé", None, None), ("13", "a menacé", None, None),
     ("12", "a rejeté", None, None), ("04", "a reçu", "Sion", "2026-11-02"), ("03", "a proposé", None, None),
     ("11", "a critiqué", None, None), ("05", "a salué", None, None), ("14", "ont manifesté", "Martigny", "2026-11-01"),
     ("04", "doit examiner", None, "2026-11-05")])

write("blind24.jsonl")
