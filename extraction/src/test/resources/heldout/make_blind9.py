# Writes blind9.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-11-30 before the ninth
# round of work on linking (aimed at Arabic linking), annotated by shared/eval/GUIDELINES.md and committed before the
# extractor ever ran on them. People, bodies and places are none of those named in dev.jsonl or the other sets here,
# as gold names, aliases, mentions or in their texts (checked with overlap.py); Arab countries are all named by older
# sets, so the Arabic copy names them again, in passing. The Arabic copy is weighted to what Arabic wire copy names
# and what Arabic linking misses most: Arab people with common given and family names (ministers, governors, mayors,
# spokesmen, company heads, several fictional; a Mauritanian "ولد" name, Saudi "بن" lineages), non-Arab people as
# Arabic news spells them (Angolan, British), ministries and companies, towns of Algeria, Saudi Arabia, Iraq, Lebanon,
# Yemen and Morocco. English: Palau and the Marshall Islands, Solomon Islands and Kiribati, the Bahamas and the Turks
# and Caicos Islands. French: Isère and Lyon, Saint-Barthélemy and Saint Kitts and Nevis, Quebec's regions. Real
# public figures in their public roles; other officials and details are fictional. Gold not edited to match output.
# Apache-2.0. Run: python3 make_blind9.py
from gold import doc, write

doc("b9-ar-01-oran", "ar", "2024-10-16T08:00:00Z",
    "وزير الطاقة الجزائري يستقبل نظيره الأنغولي في وهران ويوقعان مذكرة تفاهم في قطاع الغاز",
    "استقبل وزير الطاقة والمناجم الجزائري كمال بلقاسم، أمس الثلاثاء في مدينة وهران، وزير الموارد المعدنية والنفط والغاز الأنغولي ديامانتينو أزيفيدو، وبحث معه سبل تعزيز التعاون بين الجزائر وأنغولا في مجالات المحروقات والكهرباء والمناجم.\n"
    "ووقع الجانبان خلال اللقاء مذكرة تفاهم بين الشركة الوطنية الأنغولية للنفط (سونانغول) وشركة سونلغاز لتبادل الخبرات في إنتاج الكهرباء من الغاز وتكوين المهندسين، وفق بيان لوزارة الطاقة والمناجم الجزائرية.\n"
    "وقال الرئيس المدير العام لشركة سونلغاز مراد عجال إن المجمع مستعد لنقل خبرته في إنجاز محطات التوليد وشبكات النقل إلى الشريك الأنغولي، مضيفا أن وفدا فنيا من الشركة سيزور أنغولا مطلع الشهر المقبل لدراسة المشاريع المقترحة.\n"
    "وأوضح بلقاسم أن البلدين عضوان في منتدى الدول المصدرة للغاز، وأن التنسيق بينهما في الأسواق الدولية يخدم مصالح الدول المنتجة، مشيرا إلى أن حجم المبادلات التجارية بين البلدين لا يزال ضعيفا.\n"
    "وزار الوزير الأنغولي في وقت لاحق من اليوم نفسه مركب تمييع الغاز في أرزيو، حيث اطلع على مراحل الإنتاج والتخزين والشحن، واستمع إلى شرح حول برامج صيانة الوحدات.\n"
    "وفي حاسي مسعود، نفذ عمال شركة مناولة أمس إضرابا عن العمل للمطالبة بصرف أجورهم المتأخرة منذ ثلاثة أشهر، بحسب ما أفاد الاتحاد العام للعمال الجزائريين.\n"
    "وفي مدينة عنابة، أوقفت مصالح الدرك الوطني أمس خمسة أشخاص بتهمة سرقة كوابل نحاسية من شبكة توزيع الكهرباء، وحجزت شاحنة كانت تستعمل في نقلها.\n"
    "ومن المقرر أن يلتقي أزيفيدو اليوم الأربعاء رئيس الحكومة نذير العرباوي قبل أن يختتم زيارته إلى الجزائر.\nوتسعى الجزائر منذ سنوات إلى تنويع شركائها في القارة الإفريقية، فيما تعمل أنغولا على جذب استثمارات جديدة إلى قطاع الكهرباء الذي لا يغطي سوى نصف حاجات السكان، بحسب تقديرات رسمية.",
    [("PERSON", "Kamel Belkacem", ["Kamal Belkacem", "Kamel Belkassem", "Kamal Belqasim", "Belkacem"], ["كمال بلقاسم", "بلقاسم"]),
     ("LOC", "Oran", ["Wahran"], ["وهران"]),
     ("PERSON", "Diamantino Azevedo", ["Diamantino Pedro Azevedo", "Azevedo"], ["ديامانتينو أزيفيدو", "أزيفيدو"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("LOC", "Angola", [], ["أنغولا"]),
     ("ORG", "Sonangol", ["Sociedade Nacional de Combustíveis de Angola", "Sonangol E.P.", "Angolan National Oil Company"],
      ["الشركة الوطنية الأنغولية للنفط", "سونانغول"]),
     ("ORG", "Sonelgaz", ["Société nationale de l'électricité et du gaz"], ["شركة سونلغاز", "سونلغاز"]),
     ("ORG", "Ministry of Energy and Mines (Algeria)", ["Algerian Ministry of Energy and Mines", "Algerian Energy Ministry",
                                                       "Ministry of Energy (Algeria)"], ["وزارة الطاقة والمناجم الجزائرية"]),
     ("PERSON", "Mourad Adjal", ["Mourad Ajal", "Murad Adjal", "Adjal"], ["مراد عجال"]),
     ("ORG", "Gas Exporting Countries Forum", ["GECF"], ["منتدى الدول المصدرة للغاز"]),
     ("LOC", "Arzew", ["Arzeu"], ["أرزيو"]),
     ("LOC", "Hassi Messaoud", [], ["حاسي مسعود"]),
     ("ORG", "General Union of Algerian Workers", ["UGTA", "Union Générale des Travailleurs Algériens"],
      ["الاتحاد العام للعمال الجزائريين"]),
     ("LOC", "Annaba", ["Bône"], ["عنابة"]),
     ("ORG", "National Gendarmerie (Algeria)", ["Algerian National Gendarmerie", "Gendarmerie Nationale", "Algerian Gendarmerie"],
      ["الدرك الوطني"]),
     ("PERSON", "Nadir Larbaoui", ["Larbaoui"], ["نذير العرباوي"])],
    [("04", "استقبل", "Oran", "2024-10-15"), ("05", "ووقع", "Oran", "2024-10-15"),
     ("04", "سيزور", "Angola", None), ("04", "وزار", "Arzew", "2024-10-15"),
     ("14", "إضرابا", "Hassi Messaoud", "2024-10-15"), ("17", "أوقفت", "Annaba", "2024-10-15"),
     ("04", "يلتقي", None, "2024-10-16")])

doc("b9-ar-02-jazan", "ar", "2024-08-20T08:00:00Z",
    "أمير منطقة جازان يبحث مع الدفاع المدني أضرار السيول في صامطة وتوزيع مساعدات على الأسر المتضررة",
    "عقد أمير منطقة جازان الأمير محمد بن ناصر بن عبد العزيز، أمس الاثنين في مدينة جازان، اجتماعا مع مدير عام الدفاع المدني الفريق حمود بن سليمان الفرج ومسؤولي الجهات الحكومية لبحث أضرار السيول التي اجتاحت محافظة صامطة وأدت إلى وفاة ثلاثة أشخاص.\n"
    "وقال المتحدث باسم المديرية العامة للدفاع المدني العقيد محمد بن يحيى الحمادي إن فرق الإنقاذ أجلت أكثر من مئتي أسرة من الأحياء المنخفضة، وإن الأمطار ستستمر على المرتفعات الجنوبية الغربية حتى نهاية الأسبوع.\n"
    "ووزعت هيئة الهلال الأحمر السعودي أمس مواد إغاثية وخياما على الأسر المتضررة في صامطة، فيما فتحت إدارة التعليم في المحافظة ثلاث مدارس لإيواء النازحين.\n"
    "من جهته، أكد وزير البلديات والإسكان ماجد بن عبد الله الحقيل أن الوزارة ستقدم تعويضات عاجلة للأسر التي تضررت منازلها في صامطة، مشيرا إلى أن فرق الوزارة بدأت حصر الأضرار.\n"
    "وقال وزير الصحة فهد بن عبد الرحمن الجلاجل إن مستشفيات منطقة جازان استقبلت 47 مصابا غادر معظمهم بعد تلقي العلاج، وإن تجمع جازان الصحي رفع درجة الاستعداد في مستشفياته.\n"
    "وفي محافظة الداير، قبضت دوريات حرس الحدود أمس على أربعة مخالفين لنظام أمن الحدود حاولوا تهريب 300 كيلوغرام من نبات القات، وأحيلوا إلى جهات الاختصاص.\n"
    "ويزور أمير المنطقة محافظة صامطة اليوم الثلاثاء للاطلاع على سير أعمال إعادة فتح الطرق.\nوتشهد المناطق الجنوبية الغربية من المملكة في فصل الصيف أمطارا غزيرة تتحول أحيانا إلى سيول جارفة في الأودية، وتدعو الجهات المختصة السكان إلى الابتعاد عن مجاري السيول وعدم المجازفة بعبورها بالسيارات.\nوكانت فرق الإنقاذ قد انتشلت الأسبوع الماضي جثة رجل جرفت السيول سيارته أثناء محاولته عبور أحد الأودية، فيما أعلنت إدارة التعليم تأجيل بدء العام الدراسي في عدد من المدارس المتضررة.",
    [("PERSON", "Mohammed bin Nasser bin Abdulaziz", ["Mohammed bin Nasser", "Prince Mohammed bin Nasser", "Mohammed bin Nasser Al Saud",
                                                    "Muhammad bin Nasser bin Abdulaziz"], ["محمد بن ناصر بن عبد العزيز"]),
     ("LOC", "Jazan Region", ["Jazan", "Jizan", "Jizan Region", "Jazan Province"], ["منطقة جازان"]),
     ("LOC", "Jazan", ["Jizan", "Gizan"], ["جازان"]),
     ("PERSON", "Hamoud bin Sulaiman Al-Faraj", ["Hamoud al-Faraj", "Hamoud bin Suleiman al-Faraj", "Hammoud bin Sulaiman Al Faraj"],
      ["حمود بن سليمان الفرج"]),
     ("ORG", "General Directorate of Civil Defense (Saudi Arabia)", ["Saudi Civil Defense", "Saudi Civil Defence", "Civil Defense (Saudi Arabia)",
                                                                    "General Directorate of Civil Defense"],
      ["المديرية العامة للدفاع المدني", "الدفاع المدني"]),
     ("LOC", "Samtah", ["Samtah Governorate", "Samita", "Samtah Province"], ["صامطة", "محافظة صامطة"]),
     ("PERSON", "Mohammed bin Yahya al-Hammadi", ["Mohammed al-Hammadi", "Muhammad bin Yahya al-Hammadi", "Mohammed bin Yahya Al Hammadi"],
      ["محمد بن يحيى الحمادي"]),
     ("ORG", "Saudi Red Crescent Authority", ["Saudi Red Crescent", "SRCA"], ["هيئة الهلال الأحمر السعودي"]),
     ("PERSON", "Majid Al-Hogail", ["Majid bin Abdullah Al-Hogail", "Majed Al-Hoqail", "Majid al-Huqail", "Majid bin Abdullah al-Hugail"],
      ["ماجد بن عبد الله الحقيل"]),
     ("PERSON", "Fahad Al-Jalajel", ["Fahad bin Abdulrahman Al-Jalajel", "Fahd al-Jalajel", "Fahad bin Abdul Rahman Al-Jalajel"],
      ["فهد بن عبد الرحمن الجلاجل"]),
     ("ORG", "Jazan Health Cluster", [], ["تجمع جازان الصحي"]),
     ("LOC", "Al-Dayer", ["Al Dayer", "Ad Dayer", "Al-Dayer Governorate", "Addayer"], ["الداير", "محافظة الداير"]),
     ("ORG", "Saudi Border Guard", ["Border Guard (Saudi Arabia)", "General Directorate of Border Guard", "Border Guards (Saudi Arabia)"],
      ["حرس الحدود"])],
    [("04", "اجتماعا", "Jazan", "2024-08-19"), ("07", "ووزعت", "Samtah", "2024-08-19"),
     ("03", "ستقدم", "Samtah", None), ("17", "قبضت", "Al-Dayer", "2024-08-19"),
     ("04", "ويزور", "Samtah", "2024-08-20")])

doc("b9-ar-03-nasiriyah", "ar", "2025-03-09T08:00:00Z",
    "وزير الكهرباء العراقي في الناصرية: خطة لإنهاء انقطاع التيار في ذي قار قبل الصيف",
    "زار وزير الكهرباء العراقي زياد علي فاضل، أمس السبت، محافظة ذي قار، والتقى في مدينة الناصرية محافظها مرتضى الإبراهيمي، وبحث معه خطة الوزارة لتأهيل محطات التوليد وخطوط النقل في المحافظة قبل ذروة الطلب في الصيف.\n"
    "وقال فاضل في مؤتمر صحفي مشترك إن الوزارة ستضيف 500 ميغاواط إلى شبكة المحافظة خلال الأشهر المقبلة، وإن أعمال صيانة محطة الناصرية الحرارية ستنتهي في أيار المقبل.\n"
    "وكانت وزارة الكهرباء العراقية قد وقعت أمس عقدا مع شركة أكوا باور السعودية لإنشاء محطة للطاقة الشمسية بقدرة ألف ميغاواط في محافظة المثنى، على أن يبدأ التشغيل التجريبي بعد عامين.\n"
    "من جانبه، قال الإبراهيمي إن أحياء عديدة في المدينة لا تحصل على أكثر من عشر ساعات من الكهرباء يوميا، داعيا إلى زيادة حصة المحافظة من الطاقة المنتجة.\n"
    "وفي مدينة السماوة، تظاهر مئات من الخريجين أمس أمام مبنى ديوان المحافظة للمطالبة بفرص عمل في الشركات النفطية والدوائر الحكومية، ورفعوا لافتات تندد بالبطالة.\n"
    "وفي مدينة الزبير، اعتقلت قوة من الشرطة الاتحادية أمس ثلاثة مطلوبين بتهم تتعلق بالاتجار بالمخدرات، وضبطت بحوزتهم أسلحة خفيفة.\n"
    "ويعقد محافظ ذي قار الاثنين المقبل اجتماعا مع شيوخ العشائر في مدينة الشطرة لبحث النزاعات على حصص مياه الري.\nويعاني جنوب العراق منذ سنوات من موجات حر شديدة ترتفع فيها درجات الحرارة إلى أكثر من خمسين درجة مئوية، ما يضاعف الطلب على الكهرباء ويؤدي إلى احتجاجات متكررة في مدن المحافظات الجنوبية.\nوتقول الحكومة إنها تعمل على رفع إنتاج الكهرباء وتقليل الاعتماد على الغاز المستورد، بينما يؤكد خبراء أن الهدر في شبكات النقل والتوزيع يتجاوز ثلث الطاقة المنتجة.",
    [("PERSON", "Ziad Ali Fadel", ["Ziad Ali Fadhel", "Ziyad Ali Fadil", "Ziad Fadel", "Fadel"], ["زياد علي فاضل", "فاضل"]),
     ("LOC", "Dhi Qar Governorate", ["Dhi Qar", "Thi Qar", "Dhi Qar Province"], ["محافظة ذي قار", "ذي قار"]),
     ("LOC", "Nasiriyah", ["Nasiriya", "Al-Nasiriyah", "An Nasiriyah"], ["الناصرية"]),
     ("PERSON", "Murtada al-Ibrahimi", ["Murtadha al-Ibrahimi", "Murtada Ali al-Ibrahimi", "Murtadha Al-Ibrahimi", "al-Ibrahimi"],
      ["مرتضى الإبراهيمي", "الإبراهيمي"]),
     ("ORG", "Ministry of Electricity (Iraq)", ["Iraqi Ministry of Electricity", "Iraqi Electricity Ministry", "Ministry of Electricity of Iraq"],
      ["وزارة الكهرباء العراقية"]),
     ("ORG", "ACWA Power", ["ACWA", "ACWA Power Company"], ["شركة أكوا باور", "أكوا باور"]),
     ("LOC", "Muthanna Governorate", ["Al-Muthanna", "Muthanna", "Al Muthanna Governorate", "Muthanna Province"], ["محافظة المثنى"]),
     ("LOC", "Samawah", ["Al-Samawah", "Samawa", "As Samawah"], ["السماوة"]),
     ("LOC", "Zubayr", ["Al-Zubair", "Az Zubayr", "Zubair", "Al Zubayr"], ["الزبير"]),
     ("ORG", "Federal Police (Iraq)", ["Iraqi Federal Police", "Federal Police"], ["الشرطة الاتحادية"]),
     ("LOC", "Shatrah", ["Al-Shatra", "Ash Shatrah", "Shatra"], ["الشطرة"]),
     ("LOC", "Iraq", [], ["العراق"])],
    [("04", "والتقى", "Nasiriyah", "2025-03-08"), ("05", "وقعت", None, "2025-03-08"),
     ("14", "تظاهر", "Samawah", "2025-03-08"), ("17", "اعتقلت", "Zubayr", "2025-03-08"),
     ("04", "اجتماعا", "Shatrah", "2025-03-10")])

doc("b9-ar-04-sidon", "ar", "2025-05-09T08:00:00Z",
    "وزير الأشغال اللبناني يبحث في صيدا توسيع المرفأ وغارة إسرائيلية على النبطية",
    "بحث وزير الأشغال العامة والنقل اللبناني فايز رسامني، أمس الخميس في مدينة صيدا، مع رئيس بلدية المدينة مصطفى حجازي خطة لتوسيع مرفأ صيدا وتأهيل الطريق البحري الذي يربطه بالأوتوستراد الساحلي.\n"
    "وقال رسامني إن مجلس الإنماء والإعمار سيطرح مناقصة الأشغال قبل نهاية الصيف، وإن التمويل مؤمن بقرض ميسر من الصندوق العربي للإنماء الاقتصادي والاجتماعي، مشيرا إلى أن المرفأ يستقبل اليوم سفن الشحن الصغيرة فقط.\n"
    "من جهته، قال حجازي إن البلدية تعاني من نقص حاد في الإيرادات منذ الأزمة المالية، وإن أعمال جمع النفايات تعتمد على هبات من منظمات دولية.\n"
    "وفي النبطية، استهدفت غارة جوية إسرائيلية فجر أمس سيارة على الطريق المؤدي إلى بلدة كفررمان، ما أدى إلى مقتل شخصين، بحسب مصادر طبية.\n"
    "وقال وزير الصحة العامة ركان ناصر الدين إن مستشفيات الجنوب تعمل بأقل من نصف طاقتها بسبب نقص الكوادر والأدوية.\n"
    "وفي مدينة صور، نفذ صيادو الأسماك أمس اعتصاما عند الميناء احتجاجا على منعهم من الإبحار إلى مسافات بعيدة عن الشاطئ.\n"
    "ووزع الصليب الأحمر اللبناني أمس مساعدات طبية على مراكز الرعاية الأولية في بلدة مرجعيون والقرى المحيطة بها.\n"
    "ومن المقرر أن يزور رسامني الاثنين المقبل مدينة زحلة لتفقد أعمال تأهيل طريق ضهر البيدر.\nويقول مسؤولون محليون إن شبكة الطرق في لبنان لم تشهد صيانة شاملة منذ سنوات بسبب الأزمة المالية، وإن الحوادث على الطرق الجبلية ارتفعت بشكل ملحوظ خلال فصل الشتاء الماضي.\nويعتمد سكان الجنوب على المرافئ الصغيرة في نقل البضائع والمواد الغذائية، فيما ترى البلديات أن على الحكومة تخصيص جزء من أموال إعادة الإعمار لإصلاح البنى التحتية المتضررة.",
    [("PERSON", "Fayez Rasamny", ["Fayez Rasamni", "Fayez Rassamni", "Rasamny"], ["فايز رسامني", "رسامني"]),
     ("LOC", "Sidon", ["Saida", "Sayda"], ["صيدا"]),
     ("PERSON", "Mustafa Hijazi", ["Moustafa Hijazi", "Mostafa Hegazy", "Mustafa Hejazi", "Moustapha Hijazi", "Hijazi"], ["مصطفى حجازي", "حجازي"]),
     ("LOC", "Port of Sidon", ["Sidon port", "Saida Port", "Sidon Port"], ["مرفأ صيدا"]),
     ("ORG", "Council for Development and Reconstruction", ["CDR"], ["مجلس الإنماء والإعمار"]),
     ("ORG", "Arab Fund for Economic and Social Development", ["AFESD", "Arab Fund"], ["الصندوق العربي للإنماء الاقتصادي والاجتماعي"]),
     ("LOC", "Nabatieh", ["Nabatiyeh", "Al-Nabatieh", "Nabatiye", "Nabatiyeh al-Tahta"], ["النبطية"]),
     ("LOC", "Kfar Rumman", ["Kfarremman", "Kfar Roummane", "Kafr Rumman"], ["كفررمان"]),
     ("PERSON", "Rakan Nassereddine", ["Rakan Nasreddine", "Rakan Nasser El Dine", "Rakan Nasser al-Din", "Rakan Nasreddin"], ["ركان ناصر الدين"]),
     ("LOC", "Tyre", ["Sour", "Sur"], ["صور"]),
     ("ORG", "Lebanese Red Cross", ["LRC"], ["الصليب الأحمر اللبناني"]),
     ("LOC", "Marjayoun", ["Marjeyoun", "Marj Uyun", "Marjeyoun District"], ["مرجعيون"]),
     ("LOC", "Zahle", ["Zahlé", "Zahleh"], ["زحلة"]),
     ("LOC", "Dahr al-Baidar", ["Dahr el Baidar", "Dahr al-Baydar", "Dahr el-Beidar"], ["ضهر البيدر"]),
     ("LOC", "Lebanon", [], ["لبنان"])],
    [("04", "بحث", "Sidon", "2025-05-08"), ("19", "غارة", "Nabatieh", "2025-05-08"),
     ("14", "اعتصاما", "Tyre", "2025-05-08"), ("07", "ووزع", "Marjayoun", "2025-05-08"),
     ("04", "يزور", "Zahle", "2025-05-12")])

doc("b9-ar-05-mukalla", "ar", "2025-01-16T08:00:00Z",
    "محافظ حضرموت يبحث مع السفير البريطاني في المكلا أزمة الكهرباء",
    "بحث محافظ حضرموت مبخوت بن ماضي، أمس الأربعاء في مدينة المكلا، مع السفير البريطاني لدى اليمن عبدة شريف الأوضاع الاقتصادية ومشاريع الكهرباء والمياه في المحافظة، والدعم الذي تقدمه المملكة المتحدة للقطاع الصحي.\n"
    "وقال بن ماضي إن السلطة المحلية تحتاج إلى وقود إضافي لتشغيل محطات التوليد في المكلا ومدينة سيئون، مشيرا إلى أن ساعات الانقطاع تجاوزت عشر ساعات يوميا مع ارتفاع أسعار الديزل.\n"
    "من جهته، أكد شريف أن الأوضاع الإنسانية في اليمن لا تزال صعبة، وأن الحل السياسي الشامل هو الطريق الوحيد لإنهاء معاناة اليمنيين.\n"
    "وفي مدينة تعز، تعرض حي سكني شرقي المدينة أمس لقصف بقذائف الهاون مصدره مواقع المسلحين الحوثيين، ما أدى إلى إصابة أربعة مدنيين بينهم طفلان، بحسب مصادر طبية.\n"
    "وأعلنت وزارة الداخلية اليمنية أن قوات الأمن ضبطت أمس في منفذ الوديعة شحنة من قطع غيار الطائرات المسيرة كانت مخبأة داخل شاحنة لنقل المواد الغذائية، وأوقفت سائقها.\n"
    "وقال وزير الداخلية إبراهيم حيدان إن الأجهزة الأمنية شددت إجراءات التفتيش في المنافذ البرية والبحرية.\n"
    "ومن المقرر أن يعقد مجلس القيادة الرئاسي برئاسة رشاد العليمي اجتماعا السبت المقبل لمناقشة الموازنة العامة للدولة وأزمة العملة.\nويعاني الريال اليمني من تراجع حاد في قيمته أمام العملات الأجنبية في المناطق الخاضعة لسيطرة الحكومة، ما أدى إلى ارتفاع أسعار المواد الغذائية والوقود وتأخر صرف رواتب الموظفين لعدة أشهر.\nوتقول منظمات إنسانية إن أكثر من نصف السكان يحتاجون إلى مساعدات غذائية، وإن نقص التمويل أجبرها على تقليص برامجها في عدد من المحافظات خلال الأشهر الماضية.",
    [("PERSON", "Mabkhout bin Madi", ["Mabkhoot bin Madi", "Mabkhout Mubarak bin Madi", "Mabkhut bin Madhi", "Mabkhoot Mubarak bin Madi"],
      ["مبخوت بن ماضي", "بن ماضي"]),
     ("LOC", "Hadhramaut Governorate", ["Hadramawt", "Hadhramaut", "Hadramout", "Hadramawt Governorate"], ["حضرموت"]),
     ("LOC", "Mukalla", ["Al Mukalla", "Al-Mukalla"], ["المكلا"]),
     ("PERSON", "Abda Sharif", ["Abda Shareef"], ["عبدة شريف", "شريف"]),
     ("LOC", "Yemen", [], ["اليمن"]),
     ("LOC", "United Kingdom", ["UK", "Britain", "Great Britain"], ["المملكة المتحدة"]),
     ("LOC", "Seiyun", ["Sayun", "Say'un", "Seiyoun"], ["سيئون"]),
     ("LOC", "Taiz", ["Ta'izz", "Taizz"], ["تعز"]),
     ("ORG", "Ministry of Interior (Yemen)", ["Yemeni Ministry of Interior", "Yemeni Interior Ministry", "Ministry of the Interior (Yemen)"],
      ["وزارة الداخلية اليمنية"]),
     ("LOC", "Al-Wadiah border crossing", ["Al-Wadiah crossing", "Al Wadiah", "Wadiah border crossing", "Al-Wadea crossing"], ["منفذ الوديعة"]),
     ("PERSON", "Ibrahim Haydan", ["Ibrahim Hayyan", "Ibrahim Haidan", "Ibrahim Ali Haydan"], ["إبراهيم حيدان"]),
     ("ORG", "Presidential Leadership Council", ["PLC", "Presidential Command Council"], ["مجلس القيادة الرئاسي"]),
     ("PERSON", "Rashad al-Alimi", ["Rashad Muhammad al-Alimi", "Rashad al-Aleemi", "al-Alimi"], ["رشاد العليمي"])],
    [("04", "بحث", "Mukalla", "2025-01-15"), ("18", "لقصف", "Taiz", "2025-01-15"),
     ("17", "ضبطت", "Al-Wadiah border crossing", "2025-01-15"), ("04", "اجتماعا", None, "2025-01-18")])

doc("b9-ar-06-agadir", "ar", "2024-11-13T08:00:00Z",
    "المغرب وموريتانيا يبحثان في أكادير تجديد التعاون في الصيد البحري",
    "أجرى وزير الفلاحة والصيد البحري والتنمية القروية المغربي أحمد البواري، أمس الثلاثاء في مدينة أكادير، مباحثات مع وزير الصيد والبنى التحتية البحرية والمينائية الموريتاني سيدي محمد ولد أحمد، تناولت تجديد اتفاقية التعاون في مجال الصيد البحري وتبادل الخبرات في مراقبة المخزون السمكي.\n"
    "وقالت مديرة المكتب الوطني للصيد أمينة فكري إن صادرات الأسماك المجمدة عبر موانئ جهة سوس ماسة ارتفعت بنحو الخمس خلال العام الجاري، وإن المكتب يعتزم فتح سوق جديدة للبيع بالجملة في المدينة.\n"
    "وأوضح ولد أحمد أن بلاده تسعى إلى تطوير صناعة تحويل الأسماك محليا بدل تصديرها خاما، مشيرا إلى أن سواحل البلدين من أغنى السواحل بالأسماك في المنطقة.\n"
    "وفي إقليم تارودانت، خرج مئات الفلاحين أمس في مسيرة احتجاجية للمطالبة بحصص أكبر من مياه السقي بعد ست سنوات متتالية من الجفاف، ورفعوا شعارات تطالب بتسريع مشاريع تحلية مياه البحر.\n"
    "وفي مدينة الداخلة، أحبطت وحدة من البحرية الملكية أمس محاولة للهجرة غير النظامية، وأوقفت 42 مرشحا للهجرة كانوا على متن قارب مطاطي قبالة السواحل.\n"
    "ومن المقرر أن يزور الوزير الموريتاني اليوم الأربعاء ميناء طانطان للاطلاع على تجربة تثمين الأسماك السطحية الصغيرة.\nويرتبط البلدان باتفاقيات تعاون في مجالات عدة، ويعد قطاع الصيد البحري من أهم مصادر العملة الصعبة لهما، في ظل تراجع المخزون السمكي في المياه الإقليمية بسبب الصيد الجائر وارتفاع حرارة مياه المحيط.\nويشكو مهنيو الصيد التقليدي من ظروف العمل في نقاط التفريغ ونقص مخازن التبريد، في حين تقول السلطات إنها تعمل على تحديث أسطول القوارب الصغيرة وتشديد مراقبة فترات الراحة البيولوجية.",
    [("PERSON", "Ahmed El Bouari", ["Ahmed Bouari", "Ahmed al-Bouari", "Ahmed El Bouary", "Ahmad al-Bawari"], ["أحمد البواري"]),
     ("LOC", "Agadir", [], ["أكادير"]),
     ("PERSON", "Sidi Mohamed Ould Ahmed", ["Sidi Mohamed Ould Ahmed", "Sidi Mohammed Ould Ahmed", "Sidi Muhammad Ould Ahmed", "Ould Ahmed"],
      ["سيدي محمد ولد أحمد", "ولد أحمد"]),
     ("LOC", "Morocco", [], ["المغرب"]),
     ("LOC", "Mauritania", [], ["موريتانيا"]),
     ("ORG", "Office National des Pêches", ["ONP", "National Fisheries Office", "National Office of Fisheries"], ["المكتب الوطني للصيد"]),
     ("PERSON", "Amina Fikri", ["Amina Fikry", "Amina Fekri"], ["أمينة فكري"]),
     ("LOC", "Souss-Massa", ["Souss-Massa region", "Souss Massa", "Sous-Massa"], ["جهة سوس ماسة", "سوس ماسة"]),
     ("LOC", "Taroudant Province", ["Taroudant", "Taroudannt"], ["إقليم تارودانت"]),
     ("LOC", "Dakhla", ["Ad Dakhla", "Villa Cisneros"], ["الداخلة"]),
     ("ORG", "Royal Moroccan Navy", ["Moroccan Navy", "Marine Royale"], ["البحرية الملكية"]),
     ("LOC", "Port of Tan-Tan", ["Tan-Tan Port", "Tan Tan port", "Tan-Tan"], ["ميناء طانطان"])],
    [("04", "مباحثات", "Agadir", "2024-11-12"), ("14", "مسيرة", "Taroudant Province", "2024-11-12"),
     ("17", "وأوقفت", "Dakhla", "2024-11-12"), ("04", "يزور", "Port of Tan-Tan", "2024-11-13")])

doc("b9-en-01-koror", "en", "2025-04-15T07:00:00Z",
    "Palau and Marshall Islands agree to share maritime surveillance data",
    "KOROR, Palau — Palau President Surangel Whipps Jr. and Marshall Islands President Hilda Heine met in Koror on Monday and agreed to share data from their maritime surveillance programmes, Whipps's office said.\n"
    "The two leaders signed a memorandum on joint fisheries enforcement in the waters between the two countries, where foreign longliners have repeatedly been seen fishing without licences. Under the agreement, patrol boats from either country may follow a suspect vessel into the other's waters with notice.\n"
    "Whipps said the Palau National Marine Sanctuary, which closes most of the country's exclusive economic zone to commercial fishing, could only work if neighbours shared what their aircraft and satellites saw. Heine said fishing fleets moved to the Marshall Islands' waters whenever patrols around Palau increased.\n"
    "Separately, Palau's Division of Marine Law Enforcement seized a foreign fishing vessel near Angaur on Saturday and detained its 18 crew members, the Ministry of Justice said. Officials said the boat had about four tonnes of tuna and shark fins on board.\n"
    "In Majuro, hundreds of teachers went on strike on Friday over pay and housing allowances, closing most public schools in the capital for the day, according to the Public School System.\n"
    "Heine is due to visit Babeldaob on Wednesday to tour the new terminal at the international airport before flying home.\nBoth countries are in a free association with the United States, which funds much of their budgets and is responsible for their defence, and both have asked for more help to watch their waters.",
    [("LOC", "Koror", [], ["KOROR", "Koror"]),
     ("LOC", "Palau", ["Republic of Palau"], ["Palau"]),
     ("PERSON", "Surangel Whipps Jr.", ["Surangel Whipps", "Whipps", "Surangel S. Whipps Jr."], ["Surangel Whipps Jr.", "Whipps"]),
     ("LOC", "Marshall Islands", ["Republic of the Marshall Islands", "RMI"], ["Marshall Islands"]),
     ("PERSON", "Hilda Heine", ["Heine", "Hilda C. Heine"], ["Hilda Heine", "Heine"]),
     ("LOC", "Palau National Marine Sanctuary", ["PNMS"], ["Palau National Marine Sanctuary"]),
     ("ORG", "Division of Marine Law Enforcement (Palau)", ["Division of Marine Law Enforcement", "Palau Division of Marine Law Enforcement", "DMLE"],
      ["Division of Marine Law Enforcement"]),
     ("LOC", "Angaur", ["Ngeaur"], ["Angaur"]),
     ("ORG", "Ministry of Justice (Palau)", ["Palau Ministry of Justice", "Ministry of Justice"], ["Ministry of Justice"]),
     ("LOC", "Majuro", [], ["Majuro"]),
     ("ORG", "Public School System (Marshall Islands)", ["Public School System", "PSS", "Marshall Islands Public School System"],
      ["Public School System"]),
     ("LOC", "Babeldaob", ["Babelthuap"], ["Babeldaob"]),
     ("LOC", "United States", ["US", "USA", "United States of America"], ["United States"])],
    [("04", "met", "Koror", "2025-04-14"), ("05", "signed", "Koror", "2025-04-14"),
     ("17", "seized", "Angaur", "2025-04-12"), ("14", "strike", "Majuro", "2025-04-11"),
     ("04", "visit", "Babeldaob", "2025-04-16")])

doc("b9-en-02-honiara", "en", "2025-07-17T06:00:00Z",
    "Solomon Islands and Kiribati sign labour deal as leaders meet in Honiara",
    "HONIARA, Solomon Islands — Solomon Islands Prime Minister Jeremiah Manele and Kiribati President Taneti Maamau held talks in Honiara on Wednesday on fisheries patrols and a shared shipping service, and signed an agreement on seasonal work for each other's citizens.\n"
    "Manele said the two island nations lost tens of millions of dollars a year to illegal fishing and needed to pool their patrol boats. Maamau said a regular cargo ship between Tarawa and Honiara would cut the cost of food and building materials.\n"
    "The Pacific Islands Forum Fisheries Agency, which has its headquarters in Honiara, said licensed catches of skipjack tuna in the region had been stable for three years.\n"
    "The Royal Solomon Islands Police Force said officers arrested five men in Auki, on Malaita, on Tuesday after a clash between two villages over logging royalties left one man injured.\n"
    "In Gizo, several hundred market vendors marched on Tuesday against new stall fees set by the Western Provincial Government, which said the fees would pay for a new roof and drains.\n"
    "Maamau will visit Noro on Thursday to see the tuna cannery run by SolTuna, the country's largest private employer, before returning to Tarawa.\nFisheries licences sold to foreign fleets are the largest source of government revenue in Kiribati and one of the largest in the Solomon Islands, and both governments have complained that patrols cannot keep up.",
    [("LOC", "Honiara", [], ["HONIARA", "Honiara"]),
     ("LOC", "Solomon Islands", ["The Solomon Islands"], ["Solomon Islands"]),
     ("PERSON", "Jeremiah Manele", ["Manele"], ["Jeremiah Manele", "Manele"]),
     ("LOC", "Kiribati", ["Republic of Kiribati"], ["Kiribati"]),
     ("PERSON", "Taneti Maamau", ["Maamau", "Taneti Mamau"], ["Taneti Maamau", "Maamau"]),
     ("LOC", "Tarawa", ["South Tarawa"], ["Tarawa"]),
     ("ORG", "Pacific Islands Forum Fisheries Agency", ["FFA", "Forum Fisheries Agency"], ["Pacific Islands Forum Fisheries Agency"]),
     ("ORG", "Royal Solomon Islands Police Force", ["RSIPF", "Solomon Islands Police"], ["Royal Solomon Islands Police Force"]),
     ("LOC", "Auki", [], ["Auki"]),
     ("LOC", "Malaita", ["Malaita Province", "Malaita Island"], ["Malaita"]),
     ("LOC", "Gizo", [], ["Gizo"]),
     ("ORG", "Western Provincial Government", ["Western Province Government (Solomon Islands)", "Western Provincial Government (Solomon Islands)"],
      ["Western Provincial Government"]),
     ("LOC", "Noro", [], ["Noro"]),
     ("ORG", "SolTuna", ["Soltuna", "Solomon Tuna"], ["SolTuna"])],
    [("04", "talks", "Honiara", "2025-07-16"), ("05", "signed", "Honiara", "2025-07-16"),
     ("17", "arrested", "Auki", "2025-07-15"), ("14", "marched", "Gizo", "2025-07-15"),
     ("04", "visit", "Noro", "2025-07-17")])

doc("b9-en-03-nassau", "en", "2025-01-23T08:00:00Z",
    "Bahamas and Turks and Caicos agree joint patrols against migrant smuggling",
    "NASSAU, Bahamas — Bahamas Prime Minister Philip Davis met Turks and Caicos Islands Premier Washington Misick in Nassau on Wednesday, and the two governments signed a memorandum on joint patrols against migrant smuggling in the waters between the two archipelagos.\n"
    "Davis said smugglers were using fast boats to move people from the south of the chain towards Florida, and that neither territory could watch its long coastline alone. Misick said smugglers changed their routes as soon as one island stepped up its patrols.\n"
    "The Royal Bahamas Defence Force said one of its patrol craft intercepted a sloop carrying 61 migrants off Inagua on Monday and detained its two captains, who will appear in court next week.\n"
    "In Freeport, workers at Grand Bahama Shipyard went on strike on Tuesday in a dispute over overtime pay, halting repairs on two cruise ships, according to the workers' union.\n"
    "Bahamas Power and Light said separately that it had restored supply to most of New Providence after an outage on Tuesday night caused by a fault at its main plant.\n"
    "Davis will travel to Bimini on Friday for talks with residents and business owners about a new ferry terminal.\nOfficials in both territories say smuggling networks charge several thousand dollars a person for the crossing, and that boats are often overloaded and carry no life jackets.",
    [("LOC", "Nassau", [], ["NASSAU", "Nassau"]),
     ("LOC", "The Bahamas", ["Bahamas", "Commonwealth of The Bahamas"], ["Bahamas"]),
     ("PERSON", "Philip Davis", ["Philip Brave Davis", "Davis"], ["Philip Davis", "Davis"]),
     ("LOC", "Turks and Caicos Islands", ["Turks and Caicos", "TCI"], ["Turks and Caicos Islands", "Turks and Caicos"]),
     ("PERSON", "Washington Misick", ["Misick", "Charles Washington Misick"], ["Washington Misick", "Misick"]),
     ("LOC", "Florida", [], ["Florida"]),
     ("ORG", "Royal Bahamas Defence Force", ["RBDF", "Royal Bahamas Defense Force"], ["Royal Bahamas Defence Force"]),
     ("LOC", "Inagua", ["Great Inagua"], ["Inagua"]),
     ("LOC", "Freeport", ["Freeport, Bahamas"], ["Freeport"]),
     ("ORG", "Grand Bahama Shipyard", ["Grand Bahama Shipyard Ltd"], ["Grand Bahama Shipyard"]),
     ("ORG", "Bahamas Power and Light", ["BPL", "Bahamas Power & Light"], ["Bahamas Power and Light"]),
     ("LOC", "New Providence", [], ["New Providence"]),
     ("LOC", "Bimini", [], ["Bimini"])],
    [("04", "met", "Nassau", "2025-01-22"), ("05", "signed", "Nassau", "2025-01-22"),
     ("17", "detained", "Inagua", "2025-01-20"), ("14", "strike", "Freeport", "2025-01-21"),
     ("04", "talks", "Bimini", "2025-01-24")])

doc("b9-fr-01-grenoble", "fr", "2025-02-13T09:00:00Z",
    "À Grenoble, le ministre de l'Industrie au chevet de la filière des semi-conducteurs",
    "GRENOBLE, 13 février — Le ministre chargé de l'Industrie, Marc Ferracci, a rencontré mercredi à Grenoble les dirigeants de STMicroelectronics et de Soitec pour discuter de l'avenir de la filière des semi-conducteurs, a indiqué son cabinet.\n"
    "Le président de la région Auvergne-Rhône-Alpes, Fabrice Pannekoucke, et le ministre ont signé à cette occasion une convention de 120 millions d'euros pour la formation de techniciens et d'ingénieurs dans les usines de la vallée.\n"
    "Marc Ferracci a estimé que la filière restait une priorité malgré les économies prévues au budget. Les syndicats s'inquiètent du ralentissement des commandes de l'industrie automobile.\n"
    "À Saint-Étienne, plusieurs centaines de salariés du groupe Casino ont manifesté mardi devant le siège de l'entreprise pour protester contre la suppression de postes dans les fonctions administratives.\n"
    "Par ailleurs, les gendarmes de l'Isère ont interpellé lundi à Voiron trois hommes soupçonnés d'avoir volé plusieurs tonnes de câbles de cuivre sur des chantiers de la région.\n"
    "Marc Ferracci se rendra vendredi à Lyon pour rencontrer les responsables de Bpifrance et des entreprises de la chimie installées au sud de la ville.\nLa région concentre près d'un quart des emplois industriels liés à l'électronique en France, selon les chiffres de la chambre de commerce, et plusieurs projets d'usines ont été retardés ces derniers mois.",
    [("LOC", "Grenoble", [], ["GRENOBLE", "Grenoble"]),
     ("PERSON", "Marc Ferracci", ["Ferracci"], ["Marc Ferracci"]),
     ("ORG", "STMicroelectronics", ["STMicro", "ST Microelectronics"], ["STMicroelectronics"]),
     ("ORG", "Soitec", [], ["Soitec"]),
     ("LOC", "Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes region", "AURA"], ["Auvergne-Rhône-Alpes"]),
     ("PERSON", "Fabrice Pannekoucke", ["Pannekoucke"], ["Fabrice Pannekoucke"]),
     ("LOC", "Saint-Étienne", ["Saint-Etienne", "St Etienne"], ["Saint-Étienne"]),
     ("ORG", "Groupe Casino", ["Casino", "Casino Guichard-Perrachon", "Casino Group"], ["Casino"]),
     ("LOC", "Isère", ["Isere"], ["Isère"]),
     ("LOC", "Voiron", [], ["Voiron"]),
     ("LOC", "Lyon", ["Lyons"], ["Lyon"]),
     ("ORG", "Bpifrance", ["BPI France", "Banque publique d'investissement"], ["Bpifrance"]),
     ("LOC", "France", [], ["France"])],
    [("04", "rencontré", "Grenoble", "2025-02-12"), ("05", "signé", "Grenoble", "2025-02-12"),
     ("14", "manifesté", "Saint-Étienne", "2025-02-11"), ("17", "interpellé", "Voiron", "2025-02-10"),
     ("04", "rencontrer", "Lyon", "2025-02-14")])

doc("b9-fr-02-gustavia", "fr", "2025-08-05T09:00:00Z",
    "Saint-Barthélemy et Saint-Christophe-et-Niévès signent un accord sur la desserte maritime",
    "GUSTAVIA, 5 août — Le président du conseil territorial de Saint-Barthélemy, Xavier Lédée, a reçu lundi à Gustavia le Premier ministre de Saint-Christophe-et-Niévès, Terrance Drew, pour une première visite officielle consacrée aux liaisons entre les deux îles.\n"
    "Les deux responsables ont signé un accord qui doit permettre l'ouverture d'une ligne de ferry hebdomadaire entre Gustavia et Basseterre dès la prochaine saison touristique. La compagnie aérienne St Barth Commuter étudie de son côté une liaison régulière vers l'île voisine.\n"
    "Xavier Lédée a rappelé que Saint-Barthélemy dépend presque entièrement des importations et que chaque nouvelle liaison fait baisser le prix des marchandises. Terrance Drew a invité les entreprises de l'île à investir dans le tourisme de Niévès.\n"
    "Dimanche, les douaniers ont saisi à l'aéroport Rémy-de-Haenen plus de deux kilos de cocaïne dans les bagages d'un passager en provenance de Porto Rico, a indiqué le parquet.\n"
    "À Saint-Jean, une centaine d'employés de l'hôtellerie ont manifesté samedi pour réclamer des logements à des loyers abordables.\n"
    "Terrance Drew rencontrera mercredi à Gustavia les représentants de la Chambre économique multiprofessionnelle avant de regagner Basseterre.\nL'île, qui compte environ dix mille habitants, accueille chaque année plus de deux cent mille visiteurs, et le manque de logements pour les saisonniers est devenu le premier sujet de débat local.",
    [("LOC", "Gustavia", [], ["GUSTAVIA", "Gustavia"]),
     ("ORG", "Territorial Council of Saint Barthélemy", ["Conseil territorial de Saint-Barthélemy", "Collectivity of Saint Barthélemy"],
      ["conseil territorial de Saint-Barthélemy"]),
     ("LOC", "Saint Barthélemy", ["Saint-Barthélemy", "St Barts", "St. Barth", "Saint Barthelemy"], ["Saint-Barthélemy"]),
     ("PERSON", "Xavier Lédée", ["Lédée", "Xavier Ledee"], ["Xavier Lédée"]),
     ("LOC", "Saint Kitts and Nevis", ["St Kitts and Nevis", "Saint Christopher and Nevis", "St. Kitts and Nevis"], ["Saint-Christophe-et-Niévès"]),
     ("PERSON", "Terrance Drew", ["Drew", "Terrance Michael Drew"], ["Terrance Drew"]),
     ("LOC", "Basseterre", [], ["Basseterre"]),
     ("ORG", "St Barth Commuter", ["St. Barth Commuter"], ["St Barth Commuter"]),
     ("LOC", "Nevis", ["Niévès"], ["Niévès"]),
     ("LOC", "Gustaf III Airport", ["Rémy de Haenen Airport", "Saint Barthélemy Airport", "Aéroport de Saint-Barthélemy-Rémy-de-Haenen"],
      ["aéroport Rémy-de-Haenen"]),
     ("LOC", "Puerto Rico", ["Porto Rico"], ["Porto Rico"]),
     ("LOC", "Saint-Jean", ["Saint-Jean (Saint-Barthélemy)", "St. Jean"], ["Saint-Jean"]),
     ("ORG", "Chambre économique multiprofessionnelle", ["CEM", "Multiprofessional Economic Chamber"], ["Chambre économique multiprofessionnelle"])],
    [("04", "reçu", "Gustavia", "2025-08-04"), ("05", "signé", "Gustavia", "2025-08-04"),
     ("17", "saisi", "Gustaf III Airport", "2025-08-03"), ("14", "manifesté", "Saint-Jean", "2025-08-02"),
     ("04", "rencontrera", "Gustavia", "2025-08-06")])

doc("b9-fr-03-trois-rivieres", "fr", "2025-09-18T10:00:00Z",
    "Hydro-Québec et les Atikamekw signent une entente à Trois-Rivières",
    "TROIS-RIVIÈRES, 18 septembre — La ministre québécoise de l'Économie et de l'Énergie, Christine Fréchette, a rencontré mercredi à Trois-Rivières les dirigeants d'Hydro-Québec et de la société minière Nouveau Monde Graphite pour discuter de l'approvisionnement en électricité des projets industriels de la Mauricie.\n"
    "Hydro-Québec et le Conseil des Atikamekw de Wemotaci ont signé au même moment une entente de partenariat sur un futur parc éolien au nord de La Tuque, qui pourrait produire 400 mégawatts d'ici 2030.\n"
    "Christine Fréchette a affirmé que la demande d'électricité de la province doublerait d'ici 25 ans.\n"
    "À Sept-Îles, les employés de la Compagnie minière IOC ont déclenché mardi une grève de trois jours pour protester contre les horaires imposés dans les ateliers de maintenance.\n"
    "La Sûreté du Québec a arrêté lundi à Saguenay deux hommes soupçonnés d'avoir incendié des engins de chantier sur une route forestière, a indiqué la police provinciale.\n"
    "La ministre se rendra vendredi à Rimouski pour rencontrer les chercheurs de l'Institut des sciences de la mer et des représentants de l'industrie des pêches.\nSelon le gouvernement, plusieurs dizaines de milliards de dollars seront nécessaires pour construire de nouvelles centrales d'ici 2035, une estimation que les partis d'opposition jugent trop optimiste.",
    [("LOC", "Trois-Rivières", ["Trois-Rivieres", "Three Rivers"], ["TROIS-RIVIÈRES", "Trois-Rivières"]),
     ("PERSON", "Christine Fréchette", ["Fréchette", "Christine Frechette"], ["Christine Fréchette"]),
     ("ORG", "Hydro-Québec", ["Hydro-Quebec", "Hydro Québec"], ["Hydro-Québec"]),
     ("ORG", "Nouveau Monde Graphite", ["NMG", "Nouveau Monde Graphite Inc."], ["Nouveau Monde Graphite"]),
     ("LOC", "Mauricie", ["Mauricie region"], ["Mauricie"]),
     ("ORG", "Conseil des Atikamekw de Wemotaci", ["Atikamekw Council of Wemotaci", "Wemotaci Atikamekw Council"],
      ["Conseil des Atikamekw de Wemotaci"]),
     ("LOC", "La Tuque", [], ["La Tuque"]),
     ("LOC", "Sept-Îles", ["Sept-Iles", "Seven Islands"], ["Sept-Îles"]),
     ("ORG", "Iron Ore Company of Canada", ["IOC", "Compagnie minière IOC", "Rio Tinto IOC"], ["Compagnie minière IOC"]),
     ("ORG", "Sûreté du Québec", ["SQ", "Surete du Quebec", "Quebec Provincial Police"], ["Sûreté du Québec"]),
     ("LOC", "Saguenay", ["Saguenay, Quebec"], ["Saguenay"]),
     ("LOC", "Rimouski", [], ["Rimouski"]),
     ("ORG", "Institut des sciences de la mer de Rimouski", ["ISMER", "Institut des sciences de la mer"], ["Institut des sciences de la mer"])],
    [("04", "rencontré", "Trois-Rivières", "2025-09-17"), ("05", "signé", "Trois-Rivières", "2025-09-17"),
     ("14", "grève", "Sept-Îles", "2025-09-16"), ("17", "arrêté", "Saguenay", "2025-09-15"),
     ("04", "rencontrer", "Rimouski", "2025-09-19")])

write("blind9.jsonl")
