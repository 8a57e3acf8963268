# Writes blind7.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 before the seventh
# round of work on linking, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them.
# Countries, people, bodies and places are none of those named in dev.jsonl, articles.jsonl, fresh.jsonl,
# unseen.jsonl or blind.jsonl to blind6.jsonl, as gold names, aliases, mentions or in their texts (checked with
# overlap.py). The Arabic copy leans to what Arabic wire copy names most: Arab and foreign ministers and presidents
# after their titles (Egyptian, Greek, Saudi, Syrian, Iraqi, Indian, Libyan, Italian, Tunisian), armies and navies,
# ministries, coast guards, funds, Red Crescent societies and cities (Alexandria, Aleppo, Latakia, Tartus, Mosul,
# Kirkuk, Najaf, Misrata, Zawiya, Sabha). English: Norway and Iceland, Bosnia and Herzegovina, the Czech Republic
# and North Macedonia, Ireland and Portugal, Trinidad and Tobago and Grenada. French: Brittany and Normandy,
# Guinea's mining regions, New Brunswick and Saint Pierre and Miquelon, Wallonia. Real public figures in their public
# roles; other details fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind7.py
from gold import doc, write

doc("b7-ar-01-alexandria", "ar", "2025-10-14T08:00:00Z",
    "وزير الخارجية المصري يبحث مع نظيره اليوناني في الإسكندرية التعاون في مجال الطاقة",
    "استقبل وزير الخارجية المصري بدر عبد العاطي، أمس الاثنين في مدينة الإسكندرية، نظيره اليوناني جورجوس جيرابتريتيس، وبحث الجانبان التعاون في مجال الطاقة وأمن الملاحة في شرق البحر المتوسط، إلى جانب تطورات الأوضاع في المنطقة.\n"
    "ووقّع الوزيران عقب المحادثات مذكرة تفاهم لدراسة إنشاء خط ربط كهربائي بين البلدين يمر عبر جزيرة كريت، على أن تنتهي الدراسة خلال عامين.\n"
    "وأوضح عبد العاطي أن الشركة المصرية لنقل الكهرباء ستتولى تنفيذ الجانب المصري من المشروع، في حين يتوقع أن يسهم البنك الأوروبي لإعادة الإعمار والتنمية في تمويل المرحلة الأولى منه.\n"
    "وقال عبد العاطي في مؤتمر صحفي مشترك إن بلاده تنظر إلى الشراكة مع أثينا باعتبارها \"ركيزة للاستقرار في المنطقة\"، فيما أكد جيرابتريتيس أن الجانبين اتفقا على عقد الجولة المقبلة من المشاورات السياسية في أثينا خلال الشهر المقبل.\n"
    "من جهة أخرى، أعلن المتحدث العسكري المصري أن وحدات من القوات البحرية المصرية نفذت أمس مع البحرية اليونانية تدريبا بحريا مشتركا قبالة سواحل مرسى مطروح، شاركت فيه فرقاطات وطائرات مروحية، بهدف رفع مستوى التنسيق بين القوات المسلحة المصرية ونظيرتها اليونانية في مجال تأمين خطوط الملاحة.\n"
    "وفي مدينة السويس، ألقت أجهزة الأمن أمس القبض على خمسة أشخاص بتهمة تهريب مهاجرين عبر البحر، وضبطت بحوزتهم زورقين سريعين ومبالغ مالية، بحسب بيان لوزارة الداخلية المصرية.\n"
    "وتشهد العلاقات بين البلدين تقاربا متزايدا منذ توقيع اتفاق ترسيم الحدود البحرية قبل خمس سنوات، وكان رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس قد وصف الشهر الماضي التعاون مع الجانب المصري بأنه \"استراتيجي\".",
    [("PERSON", "Badr Abdelatty", ["Badr Abdel Aty", "Badr Abdelaty", "Badr Abdel Ati"], ["بدر عبد العاطي", "عبد العاطي"]),
     ("LOC", "Alexandria", [], ["الإسكندرية"]),
     ("PERSON", "Giorgos Gerapetritis", ["George Gerapetritis", "Georgios Gerapetritis"],
      ["جورجوس جيرابتريتيس", "جيرابتريتيس"]),
     ("LOC", "Mediterranean Sea", ["Mediterranean", "Eastern Mediterranean"], ["البحر المتوسط"]),
     ("LOC", "Crete", [], ["كريت", "جزيرة كريت"]),
     ("ORG", "Egyptian Electricity Transmission Company", ["EETC", "Egyptian Electricity Transmission Co."], ["الشركة المصرية لنقل الكهرباء"]),
     ("ORG", "European Bank for Reconstruction and Development", ["EBRD"], ["البنك الأوروبي لإعادة الإعمار والتنمية"]),
     ("LOC", "Athens", [], ["أثينا"]),
     ("ORG", "Egyptian Navy", ["Egyptian Naval Forces", "Egyptian Naval Force"], ["القوات البحرية المصرية"]),
     ("ORG", "Hellenic Navy", ["Greek Navy"], ["البحرية اليونانية"]),
     ("LOC", "Marsa Matruh", ["Mersa Matruh", "Marsa Matrouh"], ["مرسى مطروح"]),
     ("ORG", "Egyptian Armed Forces", ["Armed Forces of Egypt"], ["القوات المسلحة المصرية"]),
     ("LOC", "Suez", [], ["السويس"]),
     ("ORG", "Ministry of Interior (Egypt)", ["Egyptian Interior Ministry", "Ministry of the Interior (Egypt)"],
      ["وزارة الداخلية المصرية"]),
     ("PERSON", "Kyriakos Mitsotakis", ["Mitsotakis"], ["كيرياكوس ميتسوتاكيس"])],
    [("04", "استقبل", "Alexandria", "2025-10-13"), ("05", "ووقّع", "Alexandria", "2025-10-13"),
     ("04", "عقد", "Athens", None), ("06", "تدريبا", "Marsa Matruh", "2025-10-13"),
     ("17", "القبض", "Suez", "2025-10-13")])

doc("b7-ar-02-aleppo", "ar", "2025-08-20T09:00:00Z",
    "وزير الخارجية السعودي في حلب لبحث إعادة تأهيل المطار وشبكة الكهرباء",
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، أمس الثلاثاء في مدينة حلب، محافظ حلب عزام الغريب وعددا من رجال الأعمال وممثلي غرفة تجارة حلب، في أول زيارة لمسؤول سعودي رفيع إلى المدينة منذ أكثر من عقد.\n"
    "وقال بن فرحان للصحفيين إن المملكة مستعدة لتمويل إعادة تأهيل مطار حلب الدولي ومحطة كهرباء المدينة الحرارية خلال العام المقبل، مضيفا أن \"استقرار سوريا جزء من استقرار المنطقة\".\n"
    "وأعلن الصندوق السعودي للتنمية في بيان أمس أنه وقّع مع وزارة الطاقة السورية اتفاقية بقيمة 200 مليون دولار لإعادة تأهيل شبكات الكهرباء في محافظتي حلب وإدلب، تنفذ على ثلاث مراحل.\n"
    "وفي اللاذقية، قال وزير الدفاع السوري مرهف أبو قصرة إن وحدات من الجيش السوري نفذت أمس عملية أمنية في ريف المحافظة الشمالي أسفرت عن اعتقال 12 مسلحا وضبط كميات من الأسلحة والذخائر.\n"
    "وفي طرطوس، رست أمس سفينة محملة بخمسة آلاف طن من القمح أرسلها الهلال الأحمر القطري، على أن توزع حمولتها على الأسر المحتاجة في محافظات الساحل خلال الأسابيع المقبلة.\n"
    "ومن المقرر أن يلتقي بن فرحان الرئيس أحمد الشرع اليوم الأربعاء في قصر الشعب، بحضور وزير الاقتصاد والصناعة محمد نضال الشعار.\n"
    "ويأتي ذلك في وقت تسعى فيه الحكومة السورية إلى جذب الاستثمارات العربية لإعادة بناء البنية التحتية التي دمرتها سنوات الحرب.",
    [("PERSON", "Faisal bin Farhan", ["Faisal bin Farhan Al Saud", "Prince Faisal bin Farhan", "Faisal bin Farhan Al-Saud"],
      ["فيصل بن فرحان", "بن فرحان"]),
     ("LOC", "Aleppo", ["Halab"], ["حلب"]),
     ("PERSON", "Azzam al-Gharib", ["Azzam Gharib", "Azzam al-Ghareeb"], ["عزام الغريب"]),
     ("ORG", "Aleppo Chamber of Commerce", ["Chamber of Commerce of Aleppo"], ["غرفة تجارة حلب"]),
     ("LOC", "Aleppo International Airport", ["Aleppo Airport"], ["مطار حلب الدولي"]),
     ("ORG", "Saudi Fund for Development", ["SFD"], ["الصندوق السعودي للتنمية"]),
     ("ORG", "Ministry of Energy (Syria)", ["Syrian Ministry of Energy", "Syrian Energy Ministry"], ["وزارة الطاقة السورية"]),
     ("LOC", "Idlib", ["Idleb", "Idlib Governorate"], ["إدلب"]),
     ("LOC", "Latakia", ["Lattakia", "Al-Ladhiqiyah"], ["اللاذقية"]),
     ("PERSON", "Murhaf Abu Qasra", ["Marhaf Abu Qasra", "Murhaf Abu Qasrah"], ["مرهف أبو قصرة"]),
     ("ORG", "Syrian Army", ["Syrian Arab Army", "Syrian Armed Forces", "Syrian Army (2024–present)"], ["الجيش السوري"]),
     ("LOC", "Tartus", ["Tartous", "Tartous Governorate"], ["طرطوس"]),
     ("ORG", "Qatar Red Crescent", ["Qatar Red Crescent Society", "QRCS"], ["الهلال الأحمر القطري"]),
     ("PERSON", "Ahmed al-Sharaa", ["al-Sharaa", "Ahmad al-Sharaa"], ["أحمد الشرع"]),
     ("LOC", "People's Palace", ["People's Palace (Damascus)", "Qasr al-Shaab"], ["قصر الشعب"]),
     ("PERSON", "Mohammad Nidal al-Shaar", ["Mohammed Nidal al-Shaar", "Nidal al-Shaar", "Mohammad Nidal Al-Shaar"], ["محمد نضال الشعار"]),
     ("ORG", "Government of Syria", ["Syrian government", "Syrian Government"], ["الحكومة السورية"])],
    [("04", "التقى", "Aleppo", "2025-08-19"), ("04", "يلتقي", "People's Palace", "2025-08-20"), ("03", "مستعدة", "Aleppo International Airport", None),
     ("05", "وقّع", None, "2025-08-19"), ("17", "اعتقال", "Latakia", "2025-08-19"),
     ("07", "أرسلها", "Tartus", "2025-08-19")])

doc("b7-ar-03-new-delhi", "ar", "2025-04-24T08:00:00Z",
    "وزير الخارجية العراقي يبحث في نيودلهي زيادة صادرات النفط",
    "بحث وزير الخارجية العراقي فؤاد حسين، أمس الأربعاء في نيودلهي، مع وزير الشؤون الخارجية الهندي سوبرامانيام جايشانكار زيادة صادرات النفط العراقي إلى السوق الهندية وتوسيع الاستثمارات في قطاعي الطاقة والصحة.\n"
    "وقال حسين في تصريح للصحفيين عقب اللقاء إن شركة تسويق النفط العراقية (سومو) ستوقع الشهر المقبل عقدا جديدا طويل الأجل مع شركة النفط الهندية لتوريد مئة ألف برميل يوميا.\n"
    "وقال المتحدث باسم وزارة النفط العراقية عبد الكريم الشمري إن صادرات البلاد إلى آسيا بلغت الشهر الماضي نحو 2.6 مليون برميل يوميا، يذهب ربعها تقريبا إلى المصافي الهندية.\n"
    "من جانبه، قال جايشانكار إن الجانب العراقي يبقى \"شريكا موثوقا\" في مجال أمن الطاقة، وإن الشركات الهندية مهتمة بمشاريع البنية التحتية في المحافظات الجنوبية.\n"
    "أمنيا، أعلنت قيادة العمليات المشتركة أن طائرات القوة الجوية العراقية شنت أمس غارات على مخابئ لمسلحين في وادي الشاي جنوب محافظة كركوك، ما أسفر عن مقتل ستة مسلحين وتدمير مخزن للأسلحة.\n"
    "وفي النجف، تظاهر مئات الخريجين أمس أمام مبنى المحافظة للمطالبة بتوفير فرص عمل في القطاع العام، ورفعوا لافتات تنتقد تأخر إطلاق التعيينات.\n"
    "ومن المقرر أن يزور رئيس الوزراء محمد شياع السوداني محافظة نينوى الأحد المقبل، لافتتاح جسر جديد على نهر دجلة في مدينة الموصل ومتابعة مشاريع إعادة الإعمار في المدينة القديمة.",
    [("PERSON", "Fuad Hussein", ["Fouad Hussein", "Fuad Husayn"], ["فؤاد حسين", "حسين"]),
     ("LOC", "New Delhi", ["Delhi"], ["نيودلهي"]),
     ("PERSON", "Subrahmanyam Jaishankar", ["S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"],
      ["سوبرامانيام جايشانكار", "جايشانكار"]),
     ("ORG", "State Organization for Marketing of Oil", ["SOMO", "Iraqi Oil Marketing Company", "Oil Marketing Company"],
      ["شركة تسويق النفط العراقية", "سومو"]),
     ("ORG", "Indian Oil Corporation", ["IndianOil", "IOC", "Indian Oil"], ["شركة النفط الهندية"]),
     ("ORG", "Ministry of Oil (Iraq)", ["Iraqi Oil Ministry", "Iraqi Ministry of Oil", "Ministry of Oil of Iraq"], ["وزارة النفط العراقية"]),
     ("PERSON", "Abdul Karim al-Shammari", ["Abdulkarim al-Shammari", "Abdel Karim al-Shammari", "Abd al-Karim al-Shammari"], ["عبد الكريم الشمري"]),
     ("LOC", "Asia", [], ["آسيا"]),
     ("ORG", "Joint Operations Command (Iraq)", ["Joint Operations Command", "Iraqi Joint Operations Command"],
      ["قيادة العمليات المشتركة"]),
     ("ORG", "Iraqi Air Force", ["Iraqi Air Forces"], ["القوة الجوية العراقية"]),
     ("LOC", "Wadi al-Shay", ["Wadi al-Shai", "Wadi Al Shay"], ["وادي الشاي"]),
     ("LOC", "Kirkuk Governorate", ["Kirkuk", "Kirkuk Province"], ["محافظة كركوك", "كركوك"]),
     ("LOC", "Najaf", ["An Najaf", "Al-Najaf"], ["النجف"]),
     ("PERSON", "Mohammed Shia al-Sudani", ["Mohammed Shia' al-Sudani", "al-Sudani"], ["محمد شياع السوداني"]),
     ("LOC", "Nineveh Governorate", ["Nineveh", "Ninawa", "Nineveh Province", "Ninawa Governorate"], ["محافظة نينوى", "نينوى"]),
     ("LOC", "Tigris", ["Tigris River"], ["نهر دجلة", "دجلة"]),
     ("LOC", "Mosul", ["Al Mawsil"], ["الموصل"])],
    [("04", "بحث", "New Delhi", "2025-04-23"), ("03", "ستوقع", None, None),
     ("19", "غارات", "Wadi al-Shay", "2025-04-23"), ("14", "تظاهر", "Najaf", "2025-04-23"),
     ("04", "يزور", "Nineveh Governorate", "2025-04-27")])

doc("b7-ar-04-misrata", "ar", "2025-06-12T09:00:00Z",
    "المنفي يبحث مع وزير الداخلية الإيطالي في مصراتة الحد من الهجرة غير النظامية",
    "استقبل رئيس المجلس الرئاسي الليبي محمد المنفي، أمس الأربعاء في مصراتة، وزير الداخلية الإيطالي ماتيو بيانتيدوزي، وبحث الجانبان سبل الحد من الهجرة غير النظامية عبر السواحل الليبية وتعزيز التعاون في مراقبة الحدود الجنوبية.\n"
    "وقال بيانتيدوزي في تصريح عقب اللقاء إن بلاده ستسلم خفر السواحل الليبي ستة زوارق دورية جديدة قبل نهاية العام، إلى جانب تدريب مئتي عنصر من أفراده في إيطاليا.\n"
    "وقال عميد بلدية مصراتة محمود السقوطري إن المدينة استقبلت منذ بداية العام أكثر من أربعة آلاف مهاجر، داعيا إلى دعم مراكز الإيواء.\n"
    "وأكد المنفي أن المجلس الرئاسي يدعم كل جهد يحترم سيادة البلاد ويعالج أسباب الهجرة في دول المصدر، مشيرا إلى أن المدن الساحلية تتحمل العبء الأكبر من تدفق المهاجرين.\n"
    "وفي مدينة الزاوية، اندلعت أمس اشتباكات بالأسلحة المتوسطة بين مجموعتين مسلحتين قرب الطريق الساحلي، ما أدى إلى مقتل ثلاثة أشخاص وإصابة تسعة آخرين، وفق ما أعلن جهاز الإسعاف والطوارئ.\n"
    "وفي سبها، وزع الهلال الأحمر الليبي أمس مساعدات غذائية وطبية على أكثر من ألف أسرة نازحة من المناطق الحدودية، بالتنسيق مع بلدية المدينة.\n"
    "وأعلن مصرف ليبيا المركزي في بيان أمس أنه سيضخ كميات إضافية من العملة الأجنبية في السوق لمواجهة ارتفاع الأسعار.\n"
    "ومن المقرر أن يزور وزير الخارجية التونسي محمد علي النفطي مدينة مصراتة الاثنين المقبل، في إطار جولة تشمل عددا من المدن الليبية لبحث إعادة فتح المعابر وتسهيل حركة التجارة بين البلدين.",
    [("ORG", "Presidential Council (Libya)", ["Libyan Presidential Council", "Presidential Council"], ["المجلس الرئاسي الليبي", "المجلس الرئاسي"]),
     ("PERSON", "Mohamed al-Menfi", ["Mohammed al-Menfi", "Mohamed Younis al-Menfi", "Mohamed Menfi"], ["محمد المنفي", "المنفي"]),
     ("LOC", "Misrata", ["Misurata", "Misratah"], ["مصراتة"]),
     ("ORG", "Misrata Municipality", ["Municipality of Misrata", "Misrata Municipal Council"], ["بلدية مصراتة"]),
     ("PERSON", "Mahmoud al-Saqutri", ["Mahmoud Saqutri", "Mahmoud al-Sakoutri", "Mahmoud al-Suqutri"], ["محمود السقوطري"]),
     ("PERSON", "Matteo Piantedosi", ["Piantedosi"], ["ماتيو بيانتيدوزي", "بيانتيدوزي"]),
     ("ORG", "Libyan Coast Guard", ["Libyan Coastguard", "Libyan Coast Guard and Port Security"], ["خفر السواحل الليبي"]),
     ("LOC", "Italy", [], ["إيطاليا"]),
     ("LOC", "Zawiya", ["Az Zawiyah", "Zawiyah", "Al-Zawiya"], ["الزاوية"]),
     ("ORG", "Ambulance and Emergency Service (Libya)", ["Ambulance and Emergency Service", "Libyan Ambulance and Emergency Service"],
      ["جهاز الإسعاف والطوارئ"]),
     ("LOC", "Sabha", ["Sebha"], ["سبها"]),
     ("ORG", "Libyan Red Crescent", ["Libyan Red Crescent Society"], ["الهلال الأحمر الليبي"]),
     ("ORG", "Central Bank of Libya", ["CBL"], ["مصرف ليبيا المركزي"]),
     ("PERSON", "Mohamed Ali Nafti", ["Mohamed Ali Nefti", "Mohammed Ali Nafti", "Mohamed Ali al-Nafti"], ["محمد علي النفطي"])],
    [("04", "استقبل", "Misrata", "2025-06-11"), ("03", "ستسلم", None, None),
     ("19", "اشتباكات", "Zawiya", "2025-06-11"), ("07", "وزع", "Sabha", "2025-06-11"),
     ("04", "يزور", "Misrata", "2025-06-16")])

doc("b7-en-01-tromso", "en", "2025-03-18T07:30:00Z",
    "Norway and Iceland sign Arctic fisheries pact as coast guard detains trawler",
    "TROMSØ, Norway — Norwegian Prime Minister Jonas Gahr Støre and his Icelandic counterpart Kristrún Frostadóttir met in Tromsø on Monday and signed an agreement on sharing mackerel and herring quotas in the North Atlantic, ending a dispute that had dragged on for more than a decade.\n"
    "Støre told reporters the deal would give fishermen in both countries \"predictable rules for the next five years\". Frostadóttir said Reykjavík would also seek to bring the Faroe Islands into the arrangement before the next fishing season.\n"
    "Under the agreement, the Norwegian Directorate of Fisheries and the Marine and Freshwater Research Institute will publish joint stock assessments every spring.\n"
    "Hours before the signing, the Norwegian Coast Guard detained a Portuguese-flagged trawler near Svalbard after inspectors found undeclared catch in its hold, the coast guard said in a statement. The vessel was escorted to Longyearbyen, where its captain faces a fine.\n"
    "In Bodø, about 200 fishermen protested outside the county offices on Monday against plans to open new areas of the Lofoten coast to fish farming, saying the cages would harm spawning grounds.\n"
    "Frostadóttir is due to travel to Oslo on Thursday for talks with Crown Prince Haakon and business leaders, her office said.\n"
    "Norway and Iceland, both outside the European bloc, negotiate their fisheries directly with their neighbours.",
    [("LOC", "Tromsø", ["Tromso", "Tromsoe"], ["TROMSØ", "Tromsø"]),
     ("LOC", "Norway", [], ["Norway"]),
     ("PERSON", "Jonas Gahr Støre", ["Jonas Gahr Store", "Jonas Gahr Stoere"], ["Jonas Gahr Støre", "Støre"]),
     ("PERSON", "Kristrún Frostadóttir", ["Kristrun Frostadottir"], ["Kristrún Frostadóttir", "Frostadóttir"]),
     ("LOC", "North Atlantic", ["North Atlantic Ocean", "Atlantic Ocean"], ["North Atlantic"]),
     ("LOC", "Reykjavík", ["Reykjavik"], ["Reykjavík"]),
     ("LOC", "Faroe Islands", ["Faroes"], ["Faroe Islands"]),
     ("ORG", "Norwegian Directorate of Fisheries", ["Directorate of Fisheries (Norway)", "Fiskeridirektoratet"],
      ["Norwegian Directorate of Fisheries"]),
     ("ORG", "Marine and Freshwater Research Institute", ["MFRI", "Hafrannsóknastofnun"], ["Marine and Freshwater Research Institute"]),
     ("ORG", "Norwegian Coast Guard", ["Kystvakten"], ["Norwegian Coast Guard"]),
     ("LOC", "Svalbard", [], ["Svalbard"]),
     ("LOC", "Longyearbyen", [], ["Longyearbyen"]),
     ("LOC", "Bodø", ["Bodo", "Bodoe"], ["Bodø"]),
     ("LOC", "Lofoten", ["Lofoten Islands"], ["Lofoten"]),
     ("LOC", "Oslo", [], ["Oslo"]),
     ("PERSON", "Crown Prince Haakon", ["Haakon, Crown Prince of Norway", "Haakon Magnus"], ["Crown Prince Haakon"]),
     ("LOC", "Iceland", [], ["Iceland"])],
    [("04", "met", "Tromsø", "2025-03-17"), ("05", "signed", "Tromsø", "2025-03-17"),
     ("17", "detained", "Svalbard", "2025-03-17"), ("14", "protested", "Bodø", "2025-03-17"),
     ("04", "talks", "Oslo", "2025-03-20")])

doc("b7-en-02-sarajevo", "en", "2025-05-07T12:00:00Z",
    "Czech Republic to train Bosnian border police as Dodik supporters rally in Banja Luka",
    "SARAJEVO — Bosnia and Herzegovina and the Czech Republic signed an agreement on Tuesday to train Bosnian border officers and share data on migrant smuggling, during a visit to Sarajevo by Czech Foreign Minister Jan Lipavský.\n"
    "Lipavský met Borjana Krišto, chair of the Council of Ministers, and said Prague would send 20 police instructors to the Border Police of Bosnia and Herzegovina by the autumn. Krišto said the country's path towards membership of the European bloc \"depends on borders we can control\".\n"
    "In Banja Luka, several thousand supporters of Republika Srpska President Milorad Dodik rallied on Tuesday against a court verdict that barred him from politics. Addressing the crowd, Dodik accused the Office of the High Representative of \"ruling Bosnia like a colony\".\n"
    "The State Investigation and Protection Agency (SIPA) said it had arrested six people in Bihać on Monday on suspicion of smuggling migrants towards the border, seizing two vans and cash.\n"
    "Meanwhile the European peacekeeping force EUFOR began a two-week exercise with the Armed Forces of Bosnia and Herzegovina near Mostar on Monday, involving some 1,000 troops from 15 countries.\n"
    "Lipavský travels on to Skopje on Wednesday for talks with North Macedonia's Foreign Minister Timčo Mucunski on energy links and the Western Balkans' accession talks.\n"
    "Bosnia has been a candidate for membership since 2022 but has yet to open negotiations.",
    [("LOC", "Bosnia and Herzegovina", ["Bosnia", "BiH"], ["Bosnia and Herzegovina", "Bosnia"]),
     ("LOC", "Czech Republic", ["Czechia"], ["Czech Republic"]),
     ("LOC", "Sarajevo", [], ["SARAJEVO", "Sarajevo"]),
     ("PERSON", "Jan Lipavský", ["Jan Lipavsky"], ["Jan Lipavský", "Lipavský"]),
     ("PERSON", "Borjana Krišto", ["Borjana Kristo"], ["Borjana Krišto", "Krišto"]),
     ("ORG", "Council of Ministers of Bosnia and Herzegovina", ["Council of Ministers"], ["Council of Ministers"]),
     ("LOC", "Prague", [], ["Prague"]),
     ("ORG", "Border Police of Bosnia and Herzegovina", ["Border Police", "BiH Border Police"], ["Border Police of Bosnia and Herzegovina"]),
     ("LOC", "Banja Luka", [], ["Banja Luka"]),
     ("LOC", "Republika Srpska", [], ["Republika Srpska"]),
     ("PERSON", "Milorad Dodik", [], ["Milorad Dodik", "Dodik"]),
     ("ORG", "Office of the High Representative", ["OHR"], ["Office of the High Representative"]),
     ("ORG", "State Investigation and Protection Agency", ["SIPA"], ["State Investigation and Protection Agency", "SIPA"]),
     ("LOC", "Bihać", ["Bihac"], ["Bihać"]),
     ("ORG", "EUFOR", ["EUFOR Althea", "European Union Force in Bosnia and Herzegovina"], ["EUFOR"]),
     ("ORG", "Armed Forces of Bosnia and Herzegovina", ["AFBiH"], ["Armed Forces of Bosnia and Herzegovina"]),
     ("LOC", "Mostar", [], ["Mostar"]),
     ("LOC", "Skopje", [], ["Skopje"]),
     ("LOC", "North Macedonia", ["Macedonia"], ["North Macedonia"]),
     ("PERSON", "Timčo Mucunski", ["Timco Mucunski"], ["Timčo Mucunski"]),
     ("LOC", "Western Balkans", ["Balkans"], ["Western Balkans"])],
    [("05", "signed", "Sarajevo", "2025-05-06"), ("04", "met", "Sarajevo", "2025-05-06"),
     ("03", "would send", None, None), ("14", "rallied", "Banja Luka", "2025-05-06"),
     ("11", "accused", "Banja Luka", "2025-05-06"), ("17", "arrested", "Bihać", "2025-05-05"),
     ("06", "exercise", "Mostar", "2025-05-05"), ("04", "talks", "Skopje", "2025-05-07")])

doc("b7-en-03-dublin", "en", "2025-09-10T08:00:00Z",
    "Ireland and Portugal to run joint naval patrols to protect undersea cables",
    "DUBLIN — Ireland and Portugal agreed on Tuesday to step up naval cooperation in the Atlantic as Irish Tánaiste and Defence Minister Simon Harris hosted his Portuguese counterpart Nuno Melo in Dublin.\n"
    "The two ministers signed a letter of intent under which the Irish Naval Service and the Portuguese Navy will hold joint patrols from next year to protect undersea data cables that run off the Irish coast.\n"
    "Harris said the Naval Service's new multi-role vessel would be based at Haulbowline in Cork Harbour, which Melo visited on Tuesday afternoon.\n"
    "Separately, An Garda Síochána said officers had arrested three men in Limerick on Monday after finding 40 kilograms of cocaine hidden in a container at Shannon Foynes Port.\n"
    "In Galway, hundreds of farmers marched on Tuesday against proposed cuts to the nitrates derogation, the Irish Farmers' Association said, warning that smaller dairy farms would close.\n"
    "The opposition party Sinn Féin on Tuesday criticised the government's defence spending while hospitals face staff shortages.\n"
    "Harris is due in Porto on October 2 for a meeting of defence ministers from countries on the Atlantic rim, his department said.\n"
    "Ireland is one of the few members of the European bloc outside a military alliance, and its navy has long been short of ships and sailors.",
    [("LOC", "Dublin", [], ["DUBLIN", "Dublin"]),
     ("LOC", "Ireland", ["Republic of Ireland"], ["Ireland"]),
     ("LOC", "Portugal", [], ["Portugal"]),
     ("LOC", "Atlantic Ocean", ["Atlantic"], ["Atlantic"]),
     ("PERSON", "Simon Harris", [], ["Simon Harris", "Harris"]),
     ("PERSON", "Nuno Melo", [], ["Nuno Melo", "Melo"]),
     ("ORG", "Irish Naval Service", ["Naval Service", "An tSeirbhís Chabhlaigh"], ["Irish Naval Service", "Naval Service"]),
     ("ORG", "Portuguese Navy", ["Marinha Portuguesa"], ["Portuguese Navy"]),
     ("LOC", "Haulbowline", ["Haulbowline Island", "Haulbowline Naval Base"], ["Haulbowline"]),
     ("LOC", "Cork Harbour", ["Cork"], ["Cork Harbour"]),
     ("ORG", "An Garda Síochána", ["Garda Síochána", "Garda", "Gardaí", "Irish police"], ["An Garda Síochána"]),
     ("LOC", "Limerick", [], ["Limerick"]),
     ("LOC", "Shannon Foynes Port", ["Foynes", "Port of Foynes"], ["Shannon Foynes Port"]),
     ("LOC", "Galway", [], ["Galway"]),
     ("ORG", "Irish Farmers' Association", ["IFA", "Irish Farmers Association"], ["Irish Farmers' Association"]),
     ("ORG", "Sinn Féin", ["Sinn Fein"], ["Sinn Féin"]),
     ("LOC", "Porto", ["Oporto"], ["Porto"])],
    [("05", "signed", "Dublin", "2025-09-09"), ("04", "hosted", "Dublin", "2025-09-09"),
     ("04", "visited", "Haulbowline", "2025-09-09"), ("17", "arrested", "Limerick", "2025-09-08"),
     ("14", "marched", "Galway", "2025-09-09"), ("11", "criticised", None, "2025-09-09"),
     ("04", "meeting", "Porto", "2025-10-02")])

doc("b7-en-04-port-of-spain", "en", "2025-11-05T10:00:00Z",
    "Trinidad and Tobago, Grenada sign fisheries deal; oil workers strike at Pointe-à-Pierre",
    "PORT OF SPAIN — Trinidad and Tobago Prime Minister Kamla Persad-Bissessar met her Grenadian counterpart Dickon Mitchell in Port of Spain on Tuesday, and the two signed an agreement allowing Grenadian fishermen to land their catch at ports on Trinidad.\n"
    "Persad-Bissessar said her government would also extend patrols by the Trinidad and Tobago Coast Guard to the waters around Carriacou under a regional security arrangement.\n"
    "Mitchell said the deal would \"give our fishing communities a market they can count on\".\n"
    "The Trinidad and Tobago Police Service said officers had arrested nine people in Chaguanas on Monday and seized rifles and ammunition smuggled by boat from the mainland.\n"
    "In a statement on Tuesday, Persad-Bissessar condemned a shooting at a bar in Arima that killed three people on Sunday and said more officers would be sent to the borough.\n"
    "Meanwhile, members of the Oilfield Workers' Trade Union (OWTU) went on strike on Tuesday at Pointe-à-Pierre, where the state-owned Heritage Petroleum runs its main terminal, over wages unpaid since 2018.\n"
    "Heritage Petroleum said talks with the union would resume on Friday at the Ministry of Labour.\n"
    "Energy accounts for about a third of the twin-island state's economy, and output has fallen for a decade.",
    [("LOC", "Port of Spain", ["Port-of-Spain"], ["PORT OF SPAIN", "Port of Spain"]),
     ("LOC", "Trinidad and Tobago", ["Trinidad & Tobago"], ["Trinidad and Tobago"]),
     ("PERSON", "Kamla Persad-Bissessar", ["Kamla Persad Bissessar"], ["Kamla Persad-Bissessar", "Persad-Bissessar"]),
     ("PERSON", "Dickon Mitchell", [], ["Dickon Mitchell", "Mitchell"]),
     ("LOC", "Grenada", [], ["Grenada"]),
     ("LOC", "Trinidad", [], ["Trinidad"]),
     ("ORG", "Trinidad and Tobago Coast Guard", ["TTCG"], ["Trinidad and Tobago Coast Guard"]),
     ("LOC", "Carriacou", [], ["Carriacou"]),
     ("ORG", "Trinidad and Tobago Police Service", ["TTPS"], ["Trinidad and Tobago Police Service"]),
     ("LOC", "Chaguanas", [], ["Chaguanas"]),
     ("LOC", "Arima", [], ["Arima"]),
     ("ORG", "Oilfield Workers' Trade Union", ["OWTU", "Oilfield Workers Trade Union"], ["Oilfield Workers' Trade Union", "OWTU"]),
     ("LOC", "Pointe-à-Pierre", ["Pointe-a-Pierre"], ["Pointe-à-Pierre"]),
     ("ORG", "Heritage Petroleum", ["Heritage Petroleum Company", "Heritage Petroleum Company Limited"], ["Heritage Petroleum"]),
     ("ORG", "Ministry of Labour (Trinidad and Tobago)", ["Ministry of Labour"], ["Ministry of Labour"])],
    [("04", "met", "Port of Spain", "2025-11-04"), ("05", "signed", "Port of Spain", "2025-11-04"),
     ("03", "would also extend", "Carriacou", None), ("17", "arrested", "Chaguanas", "2025-11-03"),
     ("11", "condemned", None, "2025-11-04"), ("18", "shooting", "Arima", "2025-11-02"),
     ("14", "strike", "Pointe-à-Pierre", "2025-11-04"), ("04", "talks", None, "2025-11-07")])

doc("b7-fr-01-brest", "fr", "2025-02-26T09:00:00Z",
    "À Brest, Lecornu et Healey signent une lettre d'intention sur un futur missile de croisière",
    "Le ministre des Armées Sébastien Lecornu et le secrétaire britannique à la Défense John Healey se sont rencontrés mardi à Brest, où ils ont signé une lettre d'intention sur le développement commun d'un missile de croisière de nouvelle génération.\n"
    "Les deux ministres ont ensuite assisté à un exercice conjoint de la Marine nationale et de la Royal Navy au large de la presqu'île de Crozon, auquel participaient deux frégates, un sous-marin nucléaire d'attaque et plusieurs hélicoptères.\n"
    "« Notre coopération avec Londres n'a jamais été aussi étroite », a déclaré M. Lecornu lors d'une conférence de presse commune. Le ministère des Armées a précisé que les études seraient confiées au groupe MBDA, qui dispose de sites des deux côtés de la Manche.\n"
    "À Lorient, plusieurs centaines de salariés de Naval Group ont fait grève mardi à l'appel de Force ouvrière pour réclamer une hausse des salaires, bloquant l'accès au chantier pendant la matinée.\n"
    "Par ailleurs, la gendarmerie maritime a arrêté lundi au large d'Ouessant l'équipage d'un chalutier étranger soupçonné de pêche illégale dans les eaux françaises.\n"
    "M. Healey se rendra jeudi à Cherbourg pour visiter le chantier où sont construits les sous-marins de la classe Barracuda, avant de regagner la capitale britannique.\n"
    "Le traité de Lancaster House, signé en 2010, encadre depuis quinze ans la coopération de défense entre les deux pays.",
    [("LOC", "Brest", [], ["Brest"]),
     ("PERSON", "Sébastien Lecornu", ["Sebastien Lecornu"], ["Sébastien Lecornu", "Lecornu"]),
     ("PERSON", "John Healey", [], ["John Healey", "Healey"]),
     ("ORG", "French Navy", ["Marine nationale", "National Navy (France)"], ["Marine nationale"]),
     ("ORG", "Royal Navy", [], ["Royal Navy"]),
     ("LOC", "Crozon Peninsula", ["Crozon", "presqu'île de Crozon"], ["presqu'île de Crozon", "Crozon"]),
     ("LOC", "London", ["Londres"], ["Londres"]),
     ("ORG", "Ministry of the Armed Forces (France)", ["Ministry of Armed Forces (France)", "French Ministry of the Armed Forces",
                                                       "Ministry of Defence (France)", "ministère des Armées"],
      ["ministère des Armées"]),
     ("ORG", "MBDA", [], ["MBDA"]),
     ("LOC", "English Channel", ["Channel", "La Manche", "Manche"], ["Manche"]),
     ("LOC", "Lorient", [], ["Lorient"]),
     ("ORG", "Naval Group", [], ["Naval Group"]),
     ("ORG", "Force Ouvrière", ["FO", "Force ouvrière", "CGT-FO"], ["Force ouvrière"]),
     ("ORG", "Maritime Gendarmerie", ["gendarmerie maritime", "Gendarmerie maritime"], ["gendarmerie maritime"]),
     ("LOC", "Ouessant", ["Ushant", "Île d'Ouessant"], ["Ouessant"]),
     ("LOC", "Cherbourg", ["Cherbourg-en-Cotentin"], ["Cherbourg"])],
    [("04", "rencontrés", "Brest", "2025-02-25"), ("05", "signé", "Brest", "2025-02-25"),
     ("06", "exercice", "Crozon Peninsula", "2025-02-25"), ("14", "grève", "Lorient", "2025-02-25"),
     ("17", "arrêté", "Ouessant", "2025-02-24"), ("04", "se rendra", "Cherbourg", "2025-02-27")])

doc("b7-fr-02-kankan", "fr", "2025-01-22T10:00:00Z",
    "Le Premier ministre guinéen visite Simandou, grève des enseignants à Nzérékoré",
    "Le Premier ministre guinéen Amadou Oury Bah s'est rendu lundi sur le site minier de Simandou, dans la préfecture de Beyla, où il a rencontré les dirigeants de Rio Tinto et du Winning Consortium Simandou, chargés de l'exploitation du gisement de fer.\n"
    "M. Bah a assuré que le premier chargement de minerai quitterait le port de Morébaya avant la fin de l'année, et que la ligne de chemin de fer de plus de 600 kilomètres serait achevée « dans les délais ».\n"
    "Mardi à Kankan, le ministre guinéen des Mines, Bouna Sylla, a signé avec la Société minière de Boké (SMB) une convention pour la construction d'une route reliant la ville aux zones aurifères de Siguiri.\n"
    "À Nzérékoré, des centaines d'enseignants ont manifesté mardi à l'appel du Syndicat libre des enseignants et chercheurs de Guinée (SLECG) pour exiger le paiement de primes en retard depuis six mois.\n"
    "La Gendarmerie nationale a arrêté dimanche à Kindia huit personnes soupçonnées de trafic de carburant vers un pays voisin, et saisi trois camions-citernes.\n"
    "Le gouvernement guinéen a condamné mardi l'attaque menée dimanche par des hommes armés contre un poste de douane à Koundara, près de la frontière nord, qui a fait deux blessés parmi les agents.\n"
    "Le gisement de Simandou, l'un des plus riches du monde, doit faire du pays l'un des premiers exportateurs de minerai de fer.",
    [("PERSON", "Amadou Oury Bah", ["Bah Oury"], ["Amadou Oury Bah", "Bah"]),
     ("LOC", "Simandou", ["Simandou mine", "Simandou Mountains"], ["Simandou"]),
     ("LOC", "Beyla", ["Beyla Prefecture"], ["Beyla"]),
     ("ORG", "Rio Tinto", [], ["Rio Tinto"]),
     ("ORG", "Winning Consortium Simandou", ["WCS"], ["Winning Consortium Simandou"]),
     ("LOC", "Morébaya", ["Morebaya", "Port of Morébaya"], ["Morébaya"]),
     ("LOC", "Kankan", [], ["Kankan"]),
     ("PERSON", "Bouna Sylla", [], ["Bouna Sylla"]),
     ("ORG", "Société Minière de Boké", ["SMB", "SMB-Winning", "Boké Mining Company"], ["Société minière de Boké", "SMB"]),
     ("LOC", "Siguiri", [], ["Siguiri"]),
     ("LOC", "Nzérékoré", ["Nzerekore", "N'Zérékoré"], ["Nzérékoré"]),
     ("ORG", "Syndicat libre des enseignants et chercheurs de Guinée", ["SLECG", "Free Union of Teachers and Researchers of Guinea"],
      ["Syndicat libre des enseignants et chercheurs de Guinée", "SLECG"]),
     ("ORG", "National Gendarmerie (Guinea)", ["Gendarmerie nationale", "Guinean Gendarmerie", "National Gendarmerie"],
      ["Gendarmerie nationale"]),
     ("LOC", "Kindia", [], ["Kindia"]),
     ("ORG", "Government of Guinea", ["Guinean government"], ["gouvernement guinéen"]),
     ("LOC", "Koundara", [], ["Koundara"])],
    [("04", "rencontré", "Simandou", "2025-01-20"), ("05", "signé", "Kankan", "2025-01-21"),
     ("14", "manifesté", "Nzérékoré", "2025-01-21"), ("17", "arrêté", "Kindia", "2025-01-19"),
     ("11", "condamné", None, "2025-01-21"), ("18", "attaque", "Koundara", "2025-01-19")])

doc("b7-fr-03-moncton", "fr", "2025-06-25T11:00:00Z",
    "Le Nouveau-Brunswick et Saint-Pierre-et-Miquelon signent une entente sur la santé et le transport maritime",
    "La première ministre du Nouveau-Brunswick, Susan Holt, a rencontré mardi à Moncton le président du conseil territorial de Saint-Pierre-et-Miquelon, Bernard Briand, et les deux dirigeants ont signé une entente de coopération sur le transport maritime et les soins de santé.\n"
    "L'entente prévoit que les patients de l'archipel pourront être soignés au Centre hospitalier universitaire Dr-Georges-L.-Dumont, et qu'une liaison par traversier sera étudiée entre Saint-Pierre et la péninsule acadienne.\n"
    "« C'est une étape importante pour la francophonie de l'Atlantique », a déclaré Mme Holt à l'issue de la rencontre.\n"
    "À Shippagan, plus de 300 pêcheurs de crabe ont manifesté lundi devant les bureaux de Pêches et Océans Canada pour dénoncer la baisse des quotas dans le golfe du Saint-Laurent.\n"
    "L'Union des pêcheurs des Maritimes (UPM) a exigé mardi du gouvernement fédéral une compensation pour les pertes de la saison.\n"
    "La Gendarmerie royale du Canada (GRC) a arrêté mardi à Caraquet deux hommes soupçonnés de braconnage de homard, et saisi un bateau et des casiers.\n"
    "M. Briand se rendra jeudi à Halifax pour des entretiens avec le premier ministre de la Nouvelle-Écosse, Tim Houston, sur les liaisons aériennes.\n"
    "L'archipel français, situé au sud de Terre-Neuve, compte environ 6 000 habitants.",
    [("LOC", "New Brunswick", ["Nouveau-Brunswick"], ["Nouveau-Brunswick"]),
     ("PERSON", "Susan Holt", [], ["Susan Holt", "Holt"]),
     ("LOC", "Moncton", [], ["Moncton"]),
     ("ORG", "Territorial Council of Saint Pierre and Miquelon", ["conseil territorial de Saint-Pierre-et-Miquelon",
                                                                 "Territorial Council"],
      ["conseil territorial de Saint-Pierre-et-Miquelon"]),
     ("LOC", "Saint Pierre and Miquelon", ["Saint-Pierre-et-Miquelon"], ["Saint-Pierre-et-Miquelon"]),
     ("PERSON", "Bernard Briand", [], ["Bernard Briand", "Briand"]),
     ("ORG", "Dr. Georges-L.-Dumont University Hospital Centre", ["Dr-Georges-L.-Dumont University Hospital Centre",
                                                                 "Centre hospitalier universitaire Dr-Georges-L.-Dumont",
                                                                 "CHU Dr-Georges-L.-Dumont"],
      ["Centre hospitalier universitaire Dr-Georges-L.-Dumont"]),
     ("LOC", "Saint-Pierre", ["Saint Pierre", "Saint-Pierre (Saint Pierre and Miquelon)"], ["Saint-Pierre"]),
     ("LOC", "Acadian Peninsula", ["péninsule acadienne"], ["péninsule acadienne"]),
     ("LOC", "Atlantic Ocean", ["Atlantic", "Atlantique"], ["Atlantique"]),
     ("LOC", "Shippagan", [], ["Shippagan"]),
     ("ORG", "Fisheries and Oceans Canada", ["DFO", "Pêches et Océans Canada", "MPO"], ["Pêches et Océans Canada"]),
     ("LOC", "Gulf of Saint Lawrence", ["Gulf of St. Lawrence", "golfe du Saint-Laurent"], ["golfe du Saint-Laurent"]),
     ("ORG", "Maritime Fishermen's Union", ["UPM", "Union des pêcheurs des Maritimes", "MFU"],
      ["Union des pêcheurs des Maritimes", "UPM"]),
     ("ORG", "Royal Canadian Mounted Police", ["RCMP", "GRC", "Gendarmerie royale du Canada"],
      ["Gendarmerie royale du Canada", "GRC"]),
     ("LOC", "Caraquet", [], ["Caraquet"]),
     ("LOC", "Halifax", [], ["Halifax"]),
     ("LOC", "Nova Scotia", ["Nouvelle-Écosse"], ["Nouvelle-Écosse"]),
     ("PERSON", "Tim Houston", [], ["Tim Houston"]),
     ("LOC", "Newfoundland", ["Terre-Neuve", "Newfoundland and Labrador"], ["Terre-Neuve"])],
    [("04", "rencontré", "Moncton", "2025-06-24"), ("05", "signé", "Moncton", "2025-06-24"),
     ("14", "manifesté", "Shippagan", "2025-06-23"), ("10", "exigé", None, "2025-06-24"),
     ("17", "arrêté", "Caraquet", "2025-06-24"), ("04", "entretiens", "Halifax", "2025-06-26")])

doc("b7-fr-04-namur", "fr", "2025-10-01T09:00:00Z",
    "Wallonie : Dolimont reçoit Frieden à Namur, grève des cheminots à Liège",
    "Le ministre-président de la Wallonie, Adrien Dolimont, a reçu mardi à Namur le Premier ministre luxembourgeois Luc Frieden pour discuter de la mobilité transfrontalière et de la modernisation de la ligne ferroviaire entre Namur et Arlon.\n"
    "Les deux dirigeants ont signé une déclaration commune sur le financement de parkings relais près de la frontière, utilisés chaque jour par des milliers de navetteurs wallons qui travaillent dans le pays voisin.\n"
    "« Les frontaliers ne doivent plus perdre deux heures par jour dans les bouchons », a déclaré M. Dolimont. Le gouvernement wallon débloquera 40 millions d'euros sur cinq ans pour ces aménagements.\n"
    "À Liège, les cheminots de la SNCB ont fait grève mardi à l'appel de la CGSP contre la réforme des pensions, provoquant la suppression de la plupart des trains au départ de la gare des Guillemins.\n"
    "À Charleroi, la police locale a arrêté lundi quatre personnes après une fusillade qui avait fait un blessé dimanche soir dans le quartier de Marchienne-au-Pont.\n"
    "M. Frieden se rendra vendredi à Liège pour visiter Liège Airport, dont le trafic de fret a progressé de 8 % cette année, et rencontrer les dirigeants de l'entreprise.",
    [("LOC", "Wallonia", ["Walloon Region", "Wallonie"], ["Wallonie"]),
     ("PERSON", "Adrien Dolimont", [], ["Adrien Dolimont", "Dolimont"]),
     ("LOC", "Namur", [], ["Namur"]),
     ("PERSON", "Luc Frieden", [], ["Luc Frieden", "Frieden"]),
     ("LOC", "Arlon", [], ["Arlon"]),
     ("ORG", "Walloon Government", ["Government of Wallonia", "gouvernement wallon"], ["gouvernement wallon"]),
     ("LOC", "Liège", ["Liege"], ["Liège"]),
     ("ORG", "SNCB", ["NMBS", "National Railway Company of Belgium", "SNCB/NMBS"], ["SNCB"]),
     ("ORG", "CGSP", ["Centrale générale des services publics", "General Confederation of Public Services"], ["CGSP"]),
     ("LOC", "Liège-Guillemins railway station", ["Liège-Guillemins", "gare des Guillemins", "Guillemins"], ["Guillemins"]),
     ("LOC", "Charleroi", [], ["Charleroi"]),
     ("LOC", "Marchienne-au-Pont", [], ["Marchienne-au-Pont"]),
     ("LOC", "Liège Airport", ["Liege Airport"], ["Liège Airport"])],
    [("04", "reçu", "Namur", "2025-09-30"), ("05", "signé", "Namur", "2025-09-30"),
     ("14", "grève", "Liège", "2025-09-30"), ("17", "arrêté", "Charleroi", "2025-09-29"),
     ("18", "fusillade", "Marchienne-au-Pont", "2025-09-28"), ("04", "se rendra", "Liège", "2025-10-03")])

write("blind7.jsonl")
