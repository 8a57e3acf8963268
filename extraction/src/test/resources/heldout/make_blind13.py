# Writes blind13.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 in session 16,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. People, bodies and places
# are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only hits are
# countries named in passing, see heldout/README.md). Parts of the world the older sets cover little: Oman's interior
# (Nizwa, Bahla, Ibri, Sumail, Jebel Akhdar) with a Japanese ambassador as Arabic news spells him, Mauritania's north and
# east (Zouérate, Rosso, Néma, Kiffa, Akjoujt) with a Senegalese minister, Libya's south-west (Ghadames, Ubari, Ghat,
# the Sharara field), Morocco's south (Laayoune, Tarfaya, Guelmim, Smara) with a French ambassador, Kerala, northern
# Nigeria (Kano, Katsina, Kaduna, Zamfara), south Wales, Cebu, northern Côte d'Ivoire (Korhogo, Ferkessédougou),
# Auvergne (Clermont-Ferrand, Issoire, Aurillac, Vichy), Quebec's Côte-Nord (Baie-Comeau, Port-Cartier, Fermont) and
# the south of Alsace (Mulhouse, Colmar). Articles are 1,500-1,900 characters, with datelines, quotes and relative and
# absolute dates. Real public figures in their public roles; other officials and details are fictional. Gold not
# edited to match output. Apache-2.0. Run: python3 make_blind13.py
from gold import doc, write

doc("b13-ar-01-nizwa", "ar", "2025-04-16T08:00:00Z",
    "المحروقي يبحث في نزوى ترميم الحارات القديمة وتوقيع اتفاقية لتطوير حارة العقر",
    "نزوى - التقى وزير التراث والسياحة سالم بن محمد المحروقي، أمس الثلاثاء في مدينة نزوى، مركز محافظة الداخلية، المحافظ الشيخ حمد بن سالم الهنائي وعددا من رجال الأعمال، لبحث خطط ترميم الحصون والحارات القديمة في ولايات المحافظة وجذب الاستثمار السياحي إليها.\n"
    "وقال المحروقي خلال اللقاء إن الوزارة «تسعى إلى أن تكون نزوى وبهلاء وجهة على مدار العام، لا في مواسم الأعياد فقط»، مشيرا إلى أن عدد زوار قلعة نزوى تجاوز 300 ألف زائر العام الماضي.\n"
    "واستقبل المحروقي في اليوم نفسه سفير اليابان لدى سلطنة عمان تاكاشي ناكامورا، وبحثا تشجيع الرحلات السياحية اليابانية إلى المحافظة.\n"
    "وفي نزوى أيضا، وقعت مجموعة عمران أمس اتفاقية مع شركة الحارة القديمة للتطوير لتأهيل حارة العقر وتحويل بيوتها الطينية إلى نزل تراثية، بكلفة تقارب 12 مليون ريال، على أن تبدأ الأعمال في الأول من سبتمبر. ورحب المجلس البلدي لمحافظة الداخلية بالاتفاقية.\n"
    "وفي ولاية عبري بمحافظة الظاهرة، وزعت الهيئة العمانية للأعمال الخيرية الأحد الماضي مساعدات غذائية ومواد إيواء على 350 أسرة تضررت منازلها من السيول، بحسب بيان للهيئة.\n"
    "وطالب عضو مجلس الشورى عن ولاية بهلاء سعيد بن خميس الكندي أمس وزارة الزراعة والثروة السمكية وموارد المياه العمانية بصرف تعويضات عاجلة للمزارعين الذين فقدوا نخيلهم وأفلاجهم في السيول.\n"
    "وأبدى بنك التنمية العماني استعداده لتقديم قروض ميسرة لأصحاب النزل والمطاعم في الجبل الأخضر، وفق بيان للوزارة.\n"
    "وتشير بيانات الوزارة إلى أن الحارات القديمة في المحافظة تضم أكثر من أربعة آلاف بيت طيني هجر معظمها سكانها منذ سبعينيات القرن الماضي، وأن أعمال الترميم لم تشمل حتى الآن سوى عشرها تقريبا، بسبب ارتفاع كلفة مواد البناء التقليدية وندرة الحرفيين.\n"
    "ومن المقرر أن يزور المحروقي ولاية سمائل الأحد المقبل لافتتاح متحف للمخطوطات وتفقد أعمال ترميم حصنها.",
    [("PERSON", "Salim bin Mohammed Al Mahrouqi", ["Salim Al Mahrouqi", "Salem bin Mohammed Al Mahrouqi", "Al Mahrouqi"],
      ["سالم بن محمد المحروقي", "المحروقي"]),
     ("LOC", "Nizwa", [], ["نزوى"]),
     ("LOC", "Ad Dakhiliyah Governorate", ["Al Dakhiliyah", "Ad Dakhiliyah", "Al Dakhiliyah Governorate"], ["محافظة الداخلية"]),
     ("PERSON", "Hamad bin Salem Al Hinai", ["Hamad Al Hinai"], ["حمد بن سالم الهنائي"]),
     ("LOC", "Bahla", ["Wilayat Bahla"], ["ولاية بهلاء", "بهلاء"]),
     ("LOC", "Nizwa Fort", [], ["قلعة نزوى"]),
     ("LOC", "Japan", [], ["اليابان"]),
     ("LOC", "Oman", ["Sultanate of Oman"], ["سلطنة عمان"]),
     ("PERSON", "Takashi Nakamura", [], ["تاكاشي ناكامورا"]),
     ("ORG", "Omran Group", ["Omran", "Oman Tourism Development Company"], ["مجموعة عمران"]),
     ("ORG", "Old Harat Development Company", ["Al Hara Al Qadima Development Company"], ["شركة الحارة القديمة للتطوير"]),
     ("LOC", "Harat al-Aqr", ["Harat Al Aqr", "Al Aqr"], ["حارة العقر"]),
     ("ORG", "Ad Dakhiliyah Municipal Council", ["Al Dakhiliyah Municipal Council"], ["المجلس البلدي لمحافظة الداخلية"]),
     ("LOC", "Ibri", ["Wilayat Ibri"], ["ولاية عبري", "عبري"]),
     ("LOC", "Ad Dhahirah Governorate", ["Al Dhahirah", "Ad Dhahirah"], ["محافظة الظاهرة"]),
     ("ORG", "Oman Charity Organization", ["Omani Charity Organisation", "OCO"], ["الهيئة العمانية للأعمال الخيرية"]),
     ("ORG", "Shura Council (Oman)", ["Majlis Ash'Shura", "Shura Council", "State Consultative Council"], ["مجلس الشورى"]),
     ("PERSON", "Said bin Khamis Al Kindi", ["Said Al Kindi"], ["سعيد بن خميس الكندي"]),
     ("ORG", "Ministry of Agriculture, Fisheries and Water Resources (Oman)",
      ["Omani Ministry of Agriculture, Fisheries and Water Resources", "MAFWR"],
      ["وزارة الزراعة والثروة السمكية وموارد المياه العمانية"]),
     ("ORG", "Development Bank (Oman)", ["Oman Development Bank"], ["بنك التنمية العماني"]),
     ("LOC", "Jebel Akhdar", ["Al Jabal Al Akhdar", "Jabal Akhdar"], ["الجبل الأخضر"]),
     ("LOC", "Sumail", ["Samail", "Wilayat Sumail"], ["ولاية سمائل", "سمائل"])],
    [("04", "التقى", "Nizwa", "2025-04-15"), ("04", "واستقبل", None, "2025-04-15"),
     ("05", "وقعت", "Nizwa", "2025-04-15"), ("05", "ورحب", None, None),
     ("07", "وزعت", "Ibri", "2025-04-13"), ("10", "وطالب", None, "2025-04-15"),
     ("03", "وأبدى", "Jebel Akhdar", None), ("04", "يزور", "Sumail", "2025-04-20")])

doc("b13-ar-02-zouerate", "ar", "2025-05-21T09:00:00Z",
    "إضراب لعمال سنيم في ازويرات ووزير الداخلية يبحث مع نظيره السنغالي أوضاع معبر روصو",
    "ازويرات - دخل مئات من عمال الشركة الوطنية للصناعة والمناجم (سنيم) أمس الثلاثاء في إضراب مفتوح بمدينة ازويرات، احتجاجا على تجميد الزيادات في الرواتب وتأخر صرف علاوات السكن، بحسب مندوبين نقابيين.\n"
    "وطالب الأمين العام لنقابة عمال المناجم أحمدو ولد سيدي في كلمة أمام المضربين إدارة الشركة بفتح مفاوضات فورية، مؤكدا أن العمال «متمسكون بكل مطالبهم».\n"
    "وتعد سنيم أكبر مشغل في البلاد بعد الدولة، إذ يعمل فيها نحو خمسة آلاف شخص، وتمثل صادراتها من خام الحديد جزءا كبيرا من عائدات التصدير، وقد تراجع إنتاجها الشهر الماضي بسبب أعطال متكررة في القاطرات وخط السكة الحديدية.\n"
    "وفي مدينة روصو، التقى وزير الداخلية الموريتاني سيدي محمد ولد أعمر أمس نظيره السنغالي جان بابتيست تين، وبحث الجانبان تسهيل عبور الشاحنات والمسافرين على جانبي نهر السنغال بعد تشغيل الجسر الجديد.\n"
    "وقال ولد أعمر إن البلدين «يعملان على أن تصبح روصو معبرا للتجارة لا نقطة انتظار»، فيما أوضح تين أن بلاده ستخفف إجراءات التفتيش الجمركي على السلع الموريتانية.\n"
    "وفي ازويرات أيضا، وقعت شركة كينروس تازيازت أمس اتفاقية مع سنيم لنقل معدات منجم تازيازت عبر خط السكة الحديدية للشركة، لمدة خمس سنوات.\n"
    "وفي ولاية الحوض الشرقي، أوقفت فرقة من الدرك الموريتاني فجر الاثنين ستة أشخاص قرب مدينة النعمة يشتبه في تهريبهم الوقود والمواشي نحو الحدود الشرقية، وصادرت شاحنتين.\n"
    "ووزعت مفوضية الأمن الغذائي الأحد الماضي حصصا غذائية على نحو ثلاثة آلاف أسرة في مدينة كيفة، ضمن خطة مواجهة فترة الجفاف.\n"
    "وانتقد حزب تواصل المعارض أمس الحكومة بسبب «تجاهل مطالب عمال المناجم»، داعيا إلى مراجعة عقود التعدين.\n"
    "ومن المقرر أن يزور وزير الداخلية مدينة أكجوجت السبت المقبل للإشراف على اجتماع أمني يضم ولاة الشمال.",
    [("ORG", "SNIM", ["Société nationale industrielle et minière", "National Industrial and Mining Company"],
      ["الشركة الوطنية للصناعة والمناجم", "سنيم"]),
     ("LOC", "Zouérate", ["Zouerate", "Zouérat"], ["ازويرات"]),
     ("ORG", "Mine Workers' Union (Mauritania)", ["Mauritanian Mine Workers' Union"], ["نقابة عمال المناجم"]),
     ("PERSON", "Ahmedou Ould Sidi", ["Ahmedou Ould Sidy"], ["أحمدو ولد سيدي"]),
     ("LOC", "Rosso", [], ["روصو"]),
     ("PERSON", "Sidi Mohamed Ould Amar", ["Sidi Mohamed Ould Aamar", "Ould Amar"], ["سيدي محمد ولد أعمر", "ولد أعمر"]),
     ("PERSON", "Jean Baptiste Tine", ["Jean-Baptiste Tine", "Tine"], ["جان بابتيست تين", "تين"]),
     ("LOC", "Senegal River", [], ["نهر السنغال"]),
     ("ORG", "Kinross Tasiast", ["Tasiast Mauritanie", "Kinross Gold"], ["شركة كينروس تازيازت", "كينروس تازيازت"]),
     ("LOC", "Tasiast", ["Tasiast mine"], ["منجم تازيازت"]),
     ("LOC", "Hodh Ech Chargui", ["Hodh El Chargui", "Hodh Ech Chargui Region"], ["ولاية الحوض الشرقي", "الحوض الشرقي"]),
     ("ORG", "National Gendarmerie (Mauritania)", ["Mauritanian Gendarmerie", "Mauritanian National Gendarmerie"], ["الدرك الموريتاني"]),
     ("LOC", "Néma", ["Nema"], ["النعمة"]),
     ("ORG", "Food Security Commission (Mauritania)", ["Commissariat à la sécurité alimentaire", "CSA"],
      ["مفوضية الأمن الغذائي"]),
     ("LOC", "Kiffa", [], ["كيفة"]),
     ("ORG", "Tewassoul", ["Tawassoul", "National Rally for Reform and Development"], ["حزب تواصل"]),
     ("LOC", "Akjoujt", [], ["أكجوجت"])],
    [("14", "إضراب", "Zouérate", "2025-05-20"), ("10", "وطالب", "Zouérate", "2025-05-20"),
     ("04", "التقى", "Rosso", "2025-05-20"), ("05", "وقعت", "Zouérate", "2025-05-20"),
     ("17", "أوقفت", "Néma", "2025-05-19"), ("07", "ووزعت", "Kiffa", "2025-05-18"),
     ("11", "وانتقد", None, "2025-05-20"), ("04", "يزور", "Akjoujt", "2025-05-24")])

doc("b13-ar-03-ghadames", "ar", "2025-09-24T08:00:00Z",
    "التومي يبحث في غدامس أزمة الوقود وحراك فزان يهدد بإغلاق حقل الشرارة",
    "غدامس - التقى وزير الحكم المحلي بدر الدين التومي، أمس الثلاثاء في مدينة غدامس، عميد بلدية غدامس عبد الرحمن الكيلاني وعددا من عمداء بلديات المنطقة، لبحث نقص الوقود والسيولة في مدن الجنوب الغربي وتعثر مشاريع صيانة الطرق.\n"
    "وقال التومي خلال الاجتماع إن الحكومة «لن تترك غدامس ونالوت رهينة لطرق مقطوعة ومحطات وقود فارغة»، مشيرا إلى أن الوزارة خصصت 40 مليون دينار لصيانة الطريق الرابط بين المدينتين. وأوضح الكيلاني أن المدينة لم تتسلم سوى ثلث حصتها الشهرية من البنزين منذ بداية الصيف.\n"
    "ويعاني سكان الجنوب الغربي منذ أشهر من نقص حاد في الوقود والسيولة النقدية، إذ تصل الشحنات متأخرة بأيام، وتباع المحروقات في السوق الموازية بأضعاف سعرها الرسمي، بحسب تجار ومسؤولين محليين.\n"
    "وفي مدينة أوباري، تظاهر مئات من السكان السبت الماضي أمام مقر البلدية احتجاجا على انقطاع الكهرباء وطوابير الوقود، وطالب المجلس البلدي أوباري خلال التظاهرة بتخصيص حصة ثابتة من الوقود للجنوب. وقال محمد أبوبكر الأنصاري، وهو صاحب محطة وقود في المدينة، إن «الناس ينامون في سياراتهم أمام المحطات».\n"
    "وهدد حراك فزان أمس بإغلاق حقل الشرارة النفطي إذا لم تستجب الحكومة لمطالب سكان المنطقة خلال عشرة أيام، بحسب بيان للحراك.\n"
    "وفي أوباري أيضا، وقعت شركة أكاكوس للعمليات النفطية أمس عقدا مع شركة ريبسول لحفر 12 بئرا جديدة في حقل الشرارة، على أن تبدأ الأعمال في 15 نوفمبر.\n"
    "وفي مدينة غات، أوقف جهاز مكافحة الهجرة غير الشرعية فجر الاثنين 23 مهاجرا وثلاثة مهربين قادمين من النيجر، وحجز سيارتين رباعيتي الدفع، بحسب بيان للجهاز.\n"
    "ووزعت الهيئة الليبية للإغاثة والمساعدات الإنسانية الأحد الماضي سلالا غذائية وأدوية على نحو 900 أسرة في غات، بعد أسابيع من انقطاع الطرق الصحراوية المؤدية إلى المدينة.\n"
    "ومن المقرر أن يزور التومي مدينة نالوت الأحد المقبل لافتتاح مركز صحي والاطلاع على مشروع تأهيل القصر القديم.",
    [("LOC", "Ghadames", ["Ghadamis"], ["غدامس"]),
     ("PERSON", "Badr Eddin Al-Toumi", ["Badreddin al-Tumi", "Badr al-Din al-Toumi", "Al-Toumi"], ["بدر الدين التومي", "التومي"]),
     ("ORG", "Ghadames Municipality", ["Ghadames Municipal Council"], ["بلدية غدامس"]),
     ("PERSON", "Abdulrahman Al-Kilani", ["Abdel Rahman al-Kilani"], ["عبد الرحمن الكيلاني"]),
     ("LOC", "Nalut", [], ["نالوت"]),
     ("LOC", "Ubari", ["Awbari", "Obari"], ["أوباري"]),
     ("ORG", "Ubari Municipal Council", ["Ubari Municipality"], ["المجلس البلدي أوباري"]),
     ("PERSON", "Mohammed Abubakr Al-Ansari", ["Mohamed Abubakr al-Ansari"], ["محمد أبوبكر الأنصاري"]),
     ("ORG", "Fezzan Movement", ["Fezzan Hirak", "Hirak Fezzan"], ["حراك فزان"]),
     ("LOC", "Sharara oil field", ["Sharara", "El Sharara", "Sharara field"], ["حقل الشرارة"]),
     ("ORG", "Akakus Oil Operations", ["Akakus Oil", "Akakus"], ["شركة أكاكوس للعمليات النفطية"]),
     ("ORG", "Repsol", [], ["شركة ريبسول", "ريبسول"]),
     ("LOC", "Ghat", [], ["غات"]),
     ("ORG", "Anti-Illegal Immigration Agency", ["Department for Combating Illegal Migration", "DCIM"],
      ["جهاز مكافحة الهجرة غير الشرعية"]),
     ("LOC", "Niger", [], ["النيجر"]),
     ("ORG", "Libyan Relief and Humanitarian Aid Authority", ["Libyan Relief Agency"],
      ["الهيئة الليبية للإغاثة والمساعدات الإنسانية"])],
    [("04", "التقى", "Ghadames", "2025-09-23"), ("14", "تظاهر", "Ubari", "2025-09-20"),
     ("10", "وطالب", "Ubari", "2025-09-20"), ("13", "وهدد", "Sharara oil field", "2025-09-23"),
     ("05", "وقعت", "Ubari", "2025-09-23"), ("17", "أوقف", "Ghat", "2025-09-22"),
     ("07", "ووزعت", "Ghat", "2025-09-21"), ("04", "يزور", "Nalut", "2025-09-28")])

doc("b13-ar-04-laayoune", "ar", "2025-11-12T09:00:00Z",
    "بركة يبحث في العيون مشاريع تحلية المياه واحتجاج لصيادين في طرفاية",
    "العيون - التقى وزير التجهيز والماء نزار بركة، أمس الثلاثاء في مدينة العيون، رئيس مجلس جهة العيون الساقية الحمراء حمدي ولد الرشيد ووالي الجهة رشيد الإدريسي، لبحث تقدم مشاريع تحلية مياه البحر والطرق في الأقاليم الجنوبية، بحسب بيان لوزارة التجهيز والماء المغربية.\n"
    "وقال بركة إن الوزارة «تعمل على أن لا تعتمد أي مدينة في الجهة على المياه الجوفية وحدها بحلول 2027»، موضحا أن الطريق السريع بين تزنيت والعيون سيكتمل قبل نهاية العام المقبل.\n"
    "وتعاني مدن الجهة من تراجع منسوب الفرشة المائية بعد سنوات متتالية من الجفاف، فيما ارتفع الطلب على الماء الشروب مع توسع الأحياء الجديدة والأنشطة الصناعية، وفق معطيات رسمية.\n"
    "وفي العيون أيضا، وقعت شركة فوسبوكراع أمس اتفاقية مع المكتب الوطني للكهرباء والماء الصالح للشرب لتوسعة محطة التحلية في المدينة ورفع طاقتها إلى الضعف، على أن تنطلق الأشغال في الأول من فبراير.\n"
    "واستقبل ولد الرشيد في اليوم نفسه سفير فرنسا لدى المغرب كريستوف لوكورتييه، الذي أعلن أن بلاده مستعدة لتمويل مشاريع للطاقة الريحية في إقليم طرفاية.\n"
    "وفي طرفاية، نظم عشرات من الصيادين التقليديين السبت الماضي وقفة احتجاجية في الميناء على تراجع حصص الأخطبوط، وطالبت جمعية مهنيي الصيد التقليدي بطرفاية خلال الوقفة بتعويض البحارة عن فترة الراحة البيولوجية، مشيرة إلى أن مداخيل الصيادين تراجعت بنحو النصف خلال عامين.\n"
    "وانتقد حزب التقدم والاشتراكية أمس ما وصفه بـ«بطء» مشاريع الماء في المنطقة.\n"
    "وفي إقليم كلميم، أوقفت عناصر الدرك الملكي فجر الاثنين أربعة أشخاص وحجزت أكثر من طنين من مخدر الشيرا كانت معدة للتهريب عبر السواحل، بحسب مصدر أمني.\n"
    "ومن المقرر أن يزور بركة مدينة السمارة السبت المقبل لتدشين سد تلي ومحطة لمعالجة المياه العادمة.",
    [("LOC", "Laayoune", ["El Aaiún", "Laâyoune"], ["العيون"]),
     ("PERSON", "Nizar Baraka", ["Baraka"], ["نزار بركة", "بركة"]),
     ("ORG", "Laayoune-Sakia El Hamra Regional Council", ["Regional Council of Laayoune-Sakia El Hamra"],
      ["مجلس جهة العيون الساقية الحمراء"]),
     ("PERSON", "Hamdi Ould Errachid", ["Sidi Hamdi Ould Errachid", "Ould Errachid"], ["حمدي ولد الرشيد", "ولد الرشيد"]),
     ("PERSON", "Rachid El Idrissi", ["Rachid Idrissi"], ["رشيد الإدريسي"]),
     ("ORG", "Ministry of Equipment and Water (Morocco)", ["Moroccan Ministry of Equipment and Water"],
      ["وزارة التجهيز والماء المغربية"]),
     ("LOC", "Tiznit", [], ["تزنيت"]),
     ("ORG", "Phosboucraa", ["Phosphates de Boucraa"], ["شركة فوسبوكراع", "فوسبوكراع"]),
     ("ORG", "ONEE", ["National Office of Electricity and Drinking Water", "Office national de l'électricité et de l'eau potable"],
      ["المكتب الوطني للكهرباء والماء الصالح للشرب"]),
     ("LOC", "France", [], ["فرنسا"]),
     ("LOC", "Morocco", [], ["المغرب"]),
     ("PERSON", "Christophe Lecourtier", ["Lecourtier"], ["كريستوف لوكورتييه"]),
     ("LOC", "Tarfaya", ["Tarfaya Province"], ["إقليم طرفاية", "طرفاية"]),
     ("ORG", "Tarfaya Artisanal Fishing Professionals' Association", ["Association of Artisanal Fishers of Tarfaya"],
      ["جمعية مهنيي الصيد التقليدي بطرفاية"]),
     ("ORG", "Party of Progress and Socialism", ["PPS"], ["حزب التقدم والاشتراكية"]),
     ("LOC", "Guelmim", ["Guelmim Province"], ["إقليم كلميم", "كلميم"]),
     ("ORG", "Royal Gendarmerie (Morocco)", ["Royal Moroccan Gendarmerie"], ["الدرك الملكي"]),
     ("LOC", "Smara", ["Es-Semara", "Es Smara"], ["السمارة"])],
    [("04", "التقى", "Laayoune", "2025-11-11"), ("05", "وقعت", "Laayoune", "2025-11-11"),
     ("04", "واستقبل", None, "2025-11-11"), ("03", "مستعدة", "Tarfaya", None),
     ("14", "وقفة", "Tarfaya", "2025-11-08"), ("10", "وطالبت", "Tarfaya", "2025-11-08"),
     ("11", "وانتقد", None, "2025-11-11"), ("17", "أوقفت", "Guelmim", "2025-11-10"),
     ("04", "يزور", "Smara", "2025-11-15")])

doc("b13-en-01-thiruvananthapuram", "en", "2025-03-05T10:00:00Z",
    "Vijayan meets Adani Ports on Vizhinjam expansion; fishermen march to port gate",
    "THIRUVANANTHAPURAM, India, March 5 (Newsflow) - Kerala Chief Minister Pinarayi Vijayan met executives of Adani Ports and Special Economic Zone in Thiruvananthapuram on Tuesday to discuss the second phase of the Vizhinjam International Seaport, his office said.\n"
    "\"Vizhinjam must become the gateway for the whole south of the country, not a port that the big ships pass by,\" Vijayan told reporters after the meeting. The port, which began commercial operations last year, has handled more than 100 container ships so far.\n"
    "In Kochi, the Kerala Maritime Board signed an agreement on Tuesday with Cochin Shipyard to build six passenger vessels for a coastal service between Kollam and Kozhikode, with the first due for delivery on December 1.\n"
    "Union Shipping Minister Sarbananda Sonowal said he was ready to release central funds for a rail tunnel linking the port at Vizhinjam to the main line.\n"
    "Leader of the Opposition V. D. Satheesan criticised the government on Tuesday over delays in paying compensation to fishing families whose homes were lost to coastal erosion near the port.\n"
    "In Vizhinjam, several hundred fishermen and their families marched to the port gate on Monday. At the march, the Kerala Swatantra Matsya Thozhilali Federation demanded that the state rehouse the families before the monsoon.\n"
    "Kerala Police arrested three men in Kozhikode on Sunday after seizing two kilograms of MDMA from a bus that had arrived from Mysuru, police said.\n"
    "Vijayan is due to visit Kannur next Monday to open a cargo terminal at Kannur International Airport.",
    [("LOC", "Thiruvananthapuram", ["Trivandrum"], ["THIRUVANANTHAPURAM", "Thiruvananthapuram"]),
     ("LOC", "India", [], ["India"]),
     ("LOC", "Kerala", [], ["Kerala"]),
     ("PERSON", "Pinarayi Vijayan", ["Vijayan"], ["Pinarayi Vijayan", "Vijayan"]),
     ("ORG", "Adani Ports and Special Economic Zone", ["Adani Ports", "APSEZ", "Adani Ports and SEZ"],
      ["Adani Ports and Special Economic Zone"]),
     ("LOC", "Vizhinjam International Seaport", ["Vizhinjam port", "Vizhinjam International Port"],
      ["Vizhinjam International Seaport"]),
     ("LOC", "Vizhinjam", [], ["Vizhinjam"]),
     ("LOC", "Kochi", ["Cochin"], ["Kochi"]),
     ("ORG", "Kerala Maritime Board", [], ["Kerala Maritime Board"]),
     ("ORG", "Cochin Shipyard", ["Cochin Shipyard Limited", "CSL"], ["Cochin Shipyard"]),
     ("LOC", "Kollam", ["Quilon"], ["Kollam"]),
     ("LOC", "Kozhikode", ["Calicut"], ["Kozhikode"]),
     ("PERSON", "Sarbananda Sonowal", ["Sonowal"], ["Sarbananda Sonowal"]),
     ("PERSON", "V. D. Satheesan", ["V.D. Satheesan", "Satheesan", "Vadasseri Damodaran Satheesan"], ["V. D. Satheesan"]),
     ("ORG", "Kerala Swatantra Matsya Thozhilali Federation", ["KSMTF"], ["Kerala Swatantra Matsya Thozhilali Federation"]),
     ("ORG", "Kerala Police", [], ["Kerala Police"]),
     ("LOC", "Mysuru", ["Mysore"], ["Mysuru"]),
     ("LOC", "Kannur", ["Cannanore"], ["Kannur"]),
     ("LOC", "Kannur International Airport", ["Kannur Airport"], ["Kannur International Airport"])],
    [("04", "met", "Thiruvananthapuram", "2025-03-04"), ("05", "signed", "Kochi", "2025-03-04"),
     ("03", "ready", "Vizhinjam", None), ("11", "criticised", None, "2025-03-04"),
     ("14", "marched", "Vizhinjam", "2025-03-03"), ("10", "demanded", "Vizhinjam", "2025-03-03"),
     ("17", "arrested", "Kozhikode", "2025-03-02"), ("04", "visit", "Kannur", "2025-03-10")])

doc("b13-en-02-kano", "en", "2025-07-16T11:00:00Z",
    "Kano governor meets emir and traders on food prices; Katsina traders threaten market shutdown",
    "KANO, Nigeria, July 16 (Newsflow) - Kano State Governor Abba Kabir Yusuf met the Emir of Kano, Muhammadu Sanusi II, and leaders of the state's grain traders at Government House in Kano on Tuesday to discuss rising food prices and attacks on the roads to Katsina, the governor's spokesman said.\n"
    "\"No family in Kano should have to choose between a bag of maize and a child's school fees,\" the governor told reporters after the meeting.\n"
    "Also on Tuesday, the Kano State Government signed an agreement with the Bank of Industry to fund 2,000 small rice mills across the state, with the first loans due on September 1. Deputy Senate President Barau Jibrin criticised the deal the same day, saying it favoured the governor's allies.\n"
    "The Kano Electricity Distribution Company said it was ready to connect the first mills in Dawakin Kudu to a dedicated line.\n"
    "In Katsina, hundreds of traders shut their shops and marched to the state secretariat on Monday in protest against new market levies. At the march, the traders' leader, Sani Garba Dutsinma, threatened to close the central market for a week if the levies were not withdrawn.\n"
    "Officers of the National Drug Law Enforcement Agency arrested five suspects in Kaduna on Sunday and seized 400 kilograms of cannabis hidden under crates of tomatoes, the agency said.\n"
    "The Nigerian Red Cross Society distributed food and mosquito nets on Monday to 2,500 displaced families in Gusau, the capital of Zamfara State.\n"
    "The governor is due to visit Wudil on Friday to open a maternity hospital.",
    [("LOC", "Kano", ["Kano City"], ["KANO", "Kano"]),
     ("LOC", "Nigeria", [], ["Nigeria"]),
     ("LOC", "Kano State", [], ["Kano State"]),
     ("PERSON", "Abba Kabir Yusuf", ["Abba Yusuf"], ["Abba Kabir Yusuf"]),
     ("PERSON", "Muhammadu Sanusi II", ["Sanusi Lamido Sanusi", "Muhammadu Sanusi"], ["Muhammadu Sanusi II"]),
     ("LOC", "Government House, Kano", ["Kano Government House", "Government House Kano"], ["Government House"]),
     ("LOC", "Katsina", [], ["Katsina"]),
     ("ORG", "Kano State Government", ["Government of Kano State"], ["Kano State Government"]),
     ("ORG", "Bank of Industry", ["BOI", "Bank of Industry Limited"], ["Bank of Industry"]),
     ("ORG", "Senate of Nigeria", ["Nigerian Senate", "Senate"], ["Senate"]),
     ("PERSON", "Barau Jibrin", ["Barau I. Jibrin", "Jibrin"], ["Barau Jibrin"]),
     ("ORG", "Kano Electricity Distribution Company", ["KEDCO", "Kano Electricity Distribution Company Plc"],
      ["Kano Electricity Distribution Company"]),
     ("LOC", "Dawakin Kudu", [], ["Dawakin Kudu"]),
     ("PERSON", "Sani Garba Dutsinma", ["Sani Dutsinma"], ["Sani Garba Dutsinma"]),
     ("ORG", "National Drug Law Enforcement Agency", ["NDLEA"], ["National Drug Law Enforcement Agency"]),
     ("LOC", "Kaduna", [], ["Kaduna"]),
     ("ORG", "Nigerian Red Cross Society", ["Nigerian Red Cross", "NRCS"], ["Nigerian Red Cross Society"]),
     ("LOC", "Gusau", [], ["Gusau"]),
     ("LOC", "Zamfara State", ["Zamfara"], ["Zamfara State"]),
     ("LOC", "Wudil", [], ["Wudil"])],
    [("04", "met", "Government House, Kano", "2025-07-15"), ("05", "signed", None, "2025-07-15"),
     ("11", "criticised", None, "2025-07-15"), ("03", "ready", "Dawakin Kudu", None),
     ("14", "marched", "Katsina", "2025-07-14"), ("13", "threatened", "Katsina", "2025-07-14"),
     ("17", "arrested", "Kaduna", "2025-07-13"), ("07", "distributed", "Gusau", "2025-07-14"),
     ("04", "visit", "Wudil", "2025-07-18")])

doc("b13-en-03-port-talbot", "en", "2025-10-08T12:00:00Z",
    "Morgan meets Tata Steel in Port Talbot as farmers rally in Cardiff",
    "PORT TALBOT, Wales, Oct 8 (Newsflow) - First Minister Eluned Morgan met executives of Tata Steel UK and steel union leaders in Port Talbot on Tuesday to discuss the new electric arc furnace and retraining for workers laid off when the blast furnaces closed, the Welsh Government said.\n"
    "\"Port Talbot made steel for a hundred years, and it will make steel for the next hundred,\" Morgan told reporters after the talks. The new furnace, due to start production in 2027, will need about a third of the workforce the old blast furnaces employed.\n"
    "In Swansea, Associated British Ports signed an agreement on Tuesday with Swansea Council to build a base for floating wind turbines bound for the Celtic Sea, with work due to start on 1 April 2026.\n"
    "Plaid Cymru leader Rhun ap Iorwerth accused ministers on Tuesday of \"managing decline\" in the valleys.\n"
    "In Cardiff, thousands of farmers rallied outside the Welsh Government's offices on Monday against changes to inheritance tax on farmland. At the rally, NFU Cymru demanded that the UK Treasury exempt family farms.\n"
    "The Unite union threatened on Tuesday to call strikes at the Valero refinery in Pembroke if the company goes ahead with plans to cut 120 maintenance jobs.\n"
    "Dyfed-Powys Police said officers arrested two men in Aberystwyth on Sunday after finding cannabis plants worth about 200,000 pounds in a disused chapel.\n"
    "Natural Resources Wales said it was ready to fund new flood defences in Pontypridd, where the River Taff burst its banks twice last winter.\n"
    "Morgan is due to visit Wrexham next Monday to open a new wing of the Wrexham Maelor Hospital.",
    [("LOC", "Port Talbot", [], ["PORT TALBOT", "Port Talbot"]),
     ("LOC", "Wales", [], ["Wales"]),
     ("PERSON", "Eluned Morgan", ["Morgan", "Baroness Morgan of Ely"], ["Eluned Morgan", "Morgan"]),
     ("ORG", "Tata Steel UK", ["Tata Steel"], ["Tata Steel UK"]),
     ("ORG", "Welsh Government", ["Llywodraeth Cymru"], ["Welsh Government"]),
     ("LOC", "Swansea", [], ["Swansea"]),
     ("ORG", "Associated British Ports", ["ABP"], ["Associated British Ports"]),
     ("ORG", "Swansea Council", ["City and County of Swansea Council", "Swansea City Council"], ["Swansea Council"]),
     ("LOC", "Celtic Sea", [], ["Celtic Sea"]),
     ("ORG", "Plaid Cymru", ["Plaid"], ["Plaid Cymru"]),
     ("PERSON", "Rhun ap Iorwerth", ["ap Iorwerth"], ["Rhun ap Iorwerth"]),
     ("LOC", "Cardiff", [], ["Cardiff"]),
     ("ORG", "NFU Cymru", ["National Farmers' Union Cymru"], ["NFU Cymru"]),
     ("ORG", "HM Treasury", ["UK Treasury", "Treasury"], ["UK Treasury"]),
     ("ORG", "Unite", ["Unite the Union", "Unite union"], ["Unite"]),
     ("ORG", "Valero", ["Valero Energy"], ["Valero"]),
     ("LOC", "Pembroke", ["Pembroke refinery"], ["Pembroke"]),
     ("ORG", "Dyfed-Powys Police", [], ["Dyfed-Powys Police"]),
     ("LOC", "Aberystwyth", [], ["Aberystwyth"]),
     ("ORG", "Natural Resources Wales", ["NRW", "Cyfoeth Naturiol Cymru"], ["Natural Resources Wales"]),
     ("LOC", "Pontypridd", [], ["Pontypridd"]),
     ("LOC", "River Taff", ["Taff"], ["River Taff"]),
     ("LOC", "Wrexham", [], ["Wrexham"]),
     ("ORG", "Wrexham Maelor Hospital", ["Maelor Hospital"], ["Wrexham Maelor Hospital"])],
    [("04", "met", "Port Talbot", "2025-10-07"), ("05", "signed", "Swansea", "2025-10-07"),
     ("11", "accused", None, "2025-10-07"), ("14", "rallied", "Cardiff", "2025-10-06"),
     ("10", "demanded", "Cardiff", "2025-10-06"), ("13", "threatened", "Pembroke", "2025-10-07"),
     ("17", "arrested", "Aberystwyth", "2025-10-05"), ("03", "ready", "Pontypridd", None),
     ("04", "visit", "Wrexham", "2025-10-13")])

doc("b13-en-04-cebu", "en", "2025-10-22T07:00:00Z",
    "Marcos meets Cebu officials on quake rebuilding; jeepney drivers strike in Cebu City",
    "CEBU CITY, Philippines, Oct 22 (Newsflow) - President Ferdinand Marcos Jr. met Cebu Governor Pamela Baricuatro and mayors of the province's northern towns in Cebu City on Tuesday to discuss rebuilding schools and roads after last month's earthquake, the Presidential Communications Office said.\n"
    "\"Every school and every health centre in the north of Cebu will be rebuilt stronger than before,\" Marcos told reporters after the meeting.\n"
    "Also in Cebu City, the Cebu Port Authority signed an agreement on Tuesday with Aboitiz InfraCapital to expand the passenger terminal at the city's port, with work due to begin on January 15.\n"
    "Senator Risa Hontiveros criticised the pace of relief on Tuesday, saying families in tents were \"still waiting for the help promised in the first week\".\n"
    "In Bogo City, the Philippine Red Cross distributed food packs, water and tents on Monday to more than 4,000 families whose homes were damaged.\n"
    "Jeepney drivers went on strike in Cebu City on Monday against the phase-out of older vehicles, leaving thousands of commuters stranded. At a rally during the strike, the transport group PISTON demanded that the government extend the deadline for drivers to join cooperatives.\n"
    "Agents of the Philippine Drug Enforcement Agency arrested three suspects in Lapu-Lapu City on Sunday and seized methamphetamine worth 6.8 million pesos, the agency said.\n"
    "The SM Foundation said it was ready to build 20 classrooms in San Remigio before the school year begins.\n"
    "Marcos is due to visit Iloilo City on Friday to inspect a flood-control project.",
    [("LOC", "Cebu City", [], ["CEBU CITY", "Cebu City"]),
     ("LOC", "Philippines", [], ["Philippines"]),
     ("PERSON", "Ferdinand Marcos Jr.", ["Bongbong Marcos", "Marcos", "Ferdinand Marcos Jr"], ["Ferdinand Marcos Jr.", "Marcos"]),
     ("LOC", "Cebu", ["Cebu Province"], ["Cebu"]),
     ("PERSON", "Pamela Baricuatro", ["Pam Baricuatro", "Baricuatro"], ["Pamela Baricuatro"]),
     ("ORG", "Presidential Communications Office", ["PCO"], ["Presidential Communications Office"]),
     ("ORG", "Cebu Port Authority", [], ["Cebu Port Authority"]),
     ("ORG", "Aboitiz InfraCapital", ["Aboitiz InfraCapital Inc."], ["Aboitiz InfraCapital"]),
     ("PERSON", "Risa Hontiveros", ["Hontiveros"], ["Risa Hontiveros"]),
     ("LOC", "Bogo City", ["Bogo"], ["Bogo City"]),
     ("ORG", "Philippine Red Cross", [], ["Philippine Red Cross"]),
     ("ORG", "PISTON", ["Pagkakaisa ng mga Samahan ng Tsuper at Opereytor Nationwide"], ["PISTON"]),
     ("ORG", "Philippine Drug Enforcement Agency", ["PDEA"], ["Philippine Drug Enforcement Agency"]),
     ("LOC", "Lapu-Lapu City", ["Lapu-Lapu"], ["Lapu-Lapu City"]),
     ("ORG", "SM Foundation", ["SM Foundation Inc."], ["SM Foundation"]),
     ("LOC", "San Remigio", [], ["San Remigio"]),
     ("LOC", "Iloilo City", ["Iloilo"], ["Iloilo City"])],
    [("04", "met", "Cebu City", "2025-10-21"), ("05", "signed", "Cebu City", "2025-10-21"),
     ("11", "criticised", None, "2025-10-21"), ("07", "distributed", "Bogo City", "2025-10-20"),
     ("14", "strike", "Cebu City", "2025-10-20"), ("10", "demanded", "Cebu City", "2025-10-20"),
     ("17", "arrested", "Lapu-Lapu City", "2025-10-19"), ("03", "ready", "San Remigio", None),
     ("04", "visit", "Iloilo City", "2025-10-24")])

doc("b13-fr-01-korhogo", "fr", "2025-02-12T09:00:00Z",
    "A Korhogo, le Premier ministre rencontre les producteurs de coton, manifestation à Ferkessédougou",
    "KORHOGO, 12 février - Le Premier ministre ivoirien, Robert Beugré Mambé, a rencontré mardi à Korhogo les producteurs de coton et d'anacarde des régions du Poro et du Tchologo, inquiets de la baisse des prix payés bord champ et du retard des paiements de la dernière campagne.\n"
    "« Les savanes ne peuvent pas rester le grenier que l'on oublie », a déclaré M. Beugré Mambé à l'issue de la rencontre, en promettant un plan de soutien avant la fin du mois.\n"
    "Mardi également, à Korhogo, le Conseil du coton et de l'anacarde a signé avec la Compagnie ivoirienne pour le développement des textiles (CIDT) une convention pour distribuer des semences améliorées à 30 000 producteurs avant le 15 avril.\n"
    "A Ferkessédougou, plusieurs centaines de cotonculteurs ont manifesté lundi devant la préfecture pour réclamer le paiement de leurs arriérés. Lors du rassemblement, l'Union régionale des entreprises coopératives de la zone des savanes (Urecos-CI) a exigé le versement des sommes dues sous quinze jours.\n"
    "Le PPA-CI, le parti de l'ancien président Laurent Gbagbo, a dénoncé mardi « l'abandon » des producteurs de la région.\n"
    "Les gendarmes ont interpellé dimanche à Ouangolodougou six personnes qui tentaient de faire passer la frontière à 12 tonnes de noix de cajou, a-t-on appris de source sécuritaire.\n"
    "Le Fonds interprofessionnel pour la recherche et le conseil agricoles (Firca) s'est dit prêt à financer une unité de transformation de cajou à Boundiali, dont les travaux pourraient débuter à la fin de l'année.\n"
    "M. Beugré Mambé est attendu vendredi à Odienné pour inaugurer un centre de santé.",
    [("LOC", "Korhogo", [], ["KORHOGO", "Korhogo"]),
     ("PERSON", "Robert Beugré Mambé", ["Robert Beugre Mambe", "Beugré Mambé"], ["Robert Beugré Mambé", "Beugré Mambé"]),
     ("LOC", "Poro", ["Poro Region", "région du Poro"], ["Poro"]),
     ("LOC", "Tchologo", ["Tchologo Region", "région du Tchologo"], ["Tchologo"]),
     ("ORG", "Conseil du coton et de l'anacarde", ["Cotton and Cashew Council", "CCA"], ["Conseil du coton et de l'anacarde"]),
     ("ORG", "Compagnie ivoirienne pour le développement des textiles", ["CIDT"],
      ["Compagnie ivoirienne pour le développement des textiles", "CIDT"]),
     ("LOC", "Ferkessédougou", ["Ferkessedougou", "Ferké"], ["Ferkessédougou"]),
     ("ORG", "Urecos-CI", ["URECOS-CI", "Union régionale des entreprises coopératives de la zone des savanes"],
      ["Union régionale des entreprises coopératives de la zone des savanes", "Urecos-CI"]),
     ("ORG", "PPA-CI", ["Parti des peuples africains – Côte d'Ivoire", "African Peoples' Party – Côte d'Ivoire"], ["PPA-CI"]),
     ("PERSON", "Laurent Gbagbo", ["Gbagbo"], ["Laurent Gbagbo"]),
     ("LOC", "Ouangolodougou", [], ["Ouangolodougou"]),
     ("ORG", "Firca", ["FIRCA", "Fonds interprofessionnel pour la recherche et le conseil agricoles"],
      ["Fonds interprofessionnel pour la recherche et le conseil agricoles", "Firca"]),
     ("LOC", "Boundiali", [], ["Boundiali"]),
     ("LOC", "Odienné", ["Odienne"], ["Odienné"])],
    [("04", "rencontré", "Korhogo", "2025-02-11"), ("05", "signé", "Korhogo", "2025-02-11"),
     ("14", "manifesté", "Ferkessédougou", "2025-02-10"), ("10", "exigé", "Ferkessédougou", "2025-02-10"),
     ("11", "dénoncé", None, "2025-02-11"), ("17", "interpellé", "Ouangolodougou", "2025-02-09"),
     ("03", "prêt", "Boundiali", None), ("04", "attendu", "Odienné", "2025-02-14")])

doc("b13-fr-02-clermont-ferrand", "fr", "2025-06-18T08:00:00Z",
    "Clermont-Ferrand : le maire reçoit la direction de Michelin, les salariés d'Aubert & Duval manifestent à Issoire",
    "CLERMONT-FERRAND, 18 juin - Le maire de Clermont-Ferrand, Olivier Bianchi, a rencontré mardi la direction de Michelin au siège du groupe, place des Carmes, pour évoquer l'avenir des ateliers de recherche et les 300 postes que le manufacturier envisage de transférer hors de la ville.\n"
    "« Clermont-Ferrand et Michelin, c'est une histoire de cent trente ans qui ne peut pas se terminer par un tableur », a déclaré M. Bianchi à l'issue de l'entretien.\n"
    "Mardi également, Clermont Auvergne Métropole a signé avec l'université Clermont Auvergne une convention de 18 millions d'euros pour construire une résidence de 600 logements étudiants, qui doit ouvrir le 1er septembre 2027.\n"
    "A Issoire, plusieurs centaines de salariés d'Aubert & Duval ont manifesté jeudi dernier devant l'usine pour réclamer des hausses de salaire. Lors du rassemblement, l'intersyndicale a menacé de bloquer les livraisons aux clients de l'aéronautique à partir du 1er juillet.\n"
    "Le président du conseil départemental du Puy-de-Dôme, Lionel Chauvin, a exigé lundi de l'Etat le maintien des urgences de nuit à l'hôpital de Thiers.\n"
    "La Confédération paysanne du Puy-de-Dôme a dénoncé mardi les projets de méga-bassines dans la plaine de la Limagne.\n"
    "Les gendarmes ont interpellé dimanche à Aurillac trois hommes soupçonnés de vols de bétail dans plusieurs fermes du Cantal, selon le parquet d'Aurillac.\n"
    "L'Agence de l'eau Loire-Bretagne s'est dite prête à financer la restauration des berges de l'Allier à Vichy.\n"
    "M. Bianchi est attendu jeudi prochain à Riom pour une réunion des maires de la métropole et des communautés voisines.",
    [("LOC", "Clermont-Ferrand", [], ["CLERMONT-FERRAND", "Clermont-Ferrand"]),
     ("PERSON", "Olivier Bianchi", ["Bianchi"], ["Olivier Bianchi", "Bianchi"]),
     ("ORG", "Michelin", ["Compagnie générale des établissements Michelin", "Michelin Group"], ["Michelin"]),
     ("LOC", "Place des Carmes", ["les Carmes"], ["place des Carmes"]),
     ("ORG", "Clermont Auvergne Métropole", ["Clermont Auvergne Metropole"], ["Clermont Auvergne Métropole"]),
     ("ORG", "Université Clermont Auvergne", ["UCA", "Clermont Auvergne University"], ["université Clermont Auvergne"]),
     ("LOC", "Issoire", [], ["Issoire"]),
     ("ORG", "Aubert & Duval", ["Aubert et Duval"], ["Aubert & Duval"]),
     ("ORG", "Puy-de-Dôme Departmental Council", ["Conseil départemental du Puy-de-Dôme"],
      ["conseil départemental du Puy-de-Dôme"]),
     ("PERSON", "Lionel Chauvin", ["Chauvin"], ["Lionel Chauvin"]),
     ("LOC", "Thiers", [], ["Thiers"]),
     ("ORG", "Confédération paysanne du Puy-de-Dôme", ["Confédération paysanne"], ["Confédération paysanne du Puy-de-Dôme"]),
     ("LOC", "Limagne", ["Limagne plain", "plaine de la Limagne"], ["Limagne"]),
     ("LOC", "Aurillac", [], ["Aurillac"]),
     ("LOC", "Cantal", [], ["Cantal"]),
     ("ORG", "Aurillac Public Prosecutor's Office", ["parquet d'Aurillac", "Parquet d'Aurillac"], ["parquet d'Aurillac"]),
     ("ORG", "Agence de l'eau Loire-Bretagne", ["Loire-Bretagne Water Agency"], ["Agence de l'eau Loire-Bretagne"]),
     ("LOC", "Allier", ["Allier river"], ["Allier"]),
     ("LOC", "Vichy", [], ["Vichy"]),
     ("LOC", "Riom", [], ["Riom"])],
    [("04", "rencontré", "Place des Carmes", "2025-06-17"), ("05", "signé", None, "2025-06-17"),
     ("14", "manifesté", "Issoire", "2025-06-12"), ("13", "menacé", "Issoire", "2025-06-12"),
     ("10", "exigé", None, "2025-06-16"), ("11", "dénoncé", None, "2025-06-17"),
     ("17", "interpellé", "Aurillac", "2025-06-15"), ("03", "prête", "Vichy", None),
     ("04", "attendu", "Riom", "2025-06-19")])

doc("b13-fr-03-baie-comeau", "fr", "2025-08-13T14:00:00Z",
    "Baie-Comeau : Mélanie Joly rencontre Alcoa, les travailleurs forestiers manifestent à Port-Cartier",
    "BAIE-COMEAU, 13 août - La ministre fédérale de l'Industrie, Mélanie Joly, a rencontré mardi à Baie-Comeau la direction de l'aluminerie d'Alcoa et les représentants des employés, inquiets des droits de douane américains sur l'aluminium, a indiqué son cabinet.\n"
    "« Baie-Comeau produit l'un des aluminiums les plus propres du monde, et nous allons défendre chaque emploi de cette usine », a déclaré Mme Joly à l'issue de la rencontre.\n"
    "Mardi également, à Baie-Comeau, la Société du Plan Nord a signé avec le Conseil des Innus de Pessamit une entente de 25 millions de dollars pour la réfection de la route qui relie la communauté à la ville, dont les travaux doivent commencer le 1er mai 2026.\n"
    "A Port-Cartier, quelque 400 travailleurs forestiers ont manifesté jeudi dernier devant la scierie pour réclamer une aide d'urgence. Lors du rassemblement, le syndicat Unifor a menacé de bloquer la route 138 si aucune aide n'était annoncée avant la fin du mois.\n"
    "Le maire de Baie-Comeau, Martin Tremblay-Gagnon, a exigé lundi un programme fédéral de garanties de prêts pour les alumineries.\n"
    "Le chef du Parti québécois, Paul St-Pierre Plamondon, a dénoncé mardi « l'inaction » des deux gouvernements face aux tarifs.\n"
    "Les agents de l'Agence des services frontaliers du Canada (ASFC) ont saisi dimanche au port de Baie-Comeau 90 kilos de cocaïne cachés dans un conteneur et arrêté deux membres d'équipage, a indiqué l'agence.\n"
    "Investissement Québec s'est dit prêt à financer l'agrandissement de la mine de fer du lac Bloom, près de Fermont.\n"
    "Mme Joly est attendue vendredi à Havre-Saint-Pierre pour visiter la mine d'ilménite du lac Tio.",
    [("LOC", "Baie-Comeau", [], ["BAIE-COMEAU", "Baie-Comeau"]),
     ("PERSON", "Mélanie Joly", ["Melanie Joly", "Joly"], ["Mélanie Joly", "Joly"]),
     ("ORG", "Alcoa", ["Alcoa Corporation", "Alcoa Baie-Comeau"], ["Alcoa"]),
     ("ORG", "Société du Plan Nord", ["Plan Nord Society", "SPN"], ["Société du Plan Nord"]),
     ("ORG", "Conseil des Innus de Pessamit", ["Pessamit Innu Council", "Pessamit Band Council"], ["Conseil des Innus de Pessamit"]),
     ("LOC", "Port-Cartier", [], ["Port-Cartier"]),
     ("ORG", "Unifor", [], ["Unifor"]),
     ("LOC", "Route 138", ["Quebec Route 138", "route 138"], ["route 138"]),
     ("PERSON", "Martin Tremblay-Gagnon", ["Tremblay-Gagnon"], ["Martin Tremblay-Gagnon"]),
     ("ORG", "Parti Québécois", ["PQ", "Parti québécois"], ["Parti québécois"]),
     ("PERSON", "Paul St-Pierre Plamondon", ["St-Pierre Plamondon", "PSPP", "Paul St‑Pierre Plamondon"],
      ["Paul St-Pierre Plamondon"]),
     ("ORG", "Canada Border Services Agency", ["CBSA", "ASFC", "Agence des services frontaliers du Canada"],
      ["Agence des services frontaliers du Canada", "ASFC"]),
     ("LOC", "Port of Baie-Comeau", ["port de Baie-Comeau"], ["port de Baie-Comeau"]),
     ("ORG", "Investissement Québec", ["Investissement Quebec"], ["Investissement Québec"]),
     ("LOC", "Lac Bloom mine", ["Bloom Lake", "Bloom Lake mine", "lac Bloom"], ["lac Bloom"]),
     ("LOC", "Fermont", [], ["Fermont"]),
     ("LOC", "Havre-Saint-Pierre", [], ["Havre-Saint-Pierre"]),
     ("LOC", "Lac Tio mine", ["Lac Tio", "Tio mine"], ["lac Tio"])],
    [("04", "rencontré", "Baie-Comeau", "2025-08-12"), ("05", "signé", "Baie-Comeau", "2025-08-12"),
     ("14", "manifesté", "Port-Cartier", "2025-08-07"), ("13", "menacé", "Port-Cartier", "2025-08-07"),
     ("10", "exigé", None, "2025-08-11"), ("11", "dénoncé", None, "2025-08-12"),
     ("17", "saisi", "Port of Baie-Comeau", "2025-08-10"), ("03", "prêt", "Lac Bloom mine", None),
     ("04", "attendue", "Havre-Saint-Pierre", "2025-08-15")])

doc("b13-fr-04-mulhouse", "fr", "2025-11-26T09:00:00Z",
    "Mulhouse : la Collectivité européenne d'Alsace réunit les élus sur les transports transfrontaliers",
    "MULHOUSE, 26 novembre - Le président de la Collectivité européenne d'Alsace, Frédéric Bierry, a réuni mardi à Mulhouse les élus du Haut-Rhin et les représentants des cantons suisses voisins pour évoquer les embouteillages aux postes-frontières et la desserte ferroviaire de l'EuroAirport.\n"
    "« Trente-cinq mille Alsaciens traversent chaque jour la frontière pour travailler : ils méritent mieux que des bouchons », a déclaré M. Bierry à l'issue de la réunion. Selon la collectivité, le nombre de frontaliers a augmenté d'un cinquième en dix ans, sans que l'offre de trains ne suive.\n"
    "Mardi également, à Mulhouse, Mulhouse Alsace Agglomération a signé avec l'EuroAirport une convention pour prolonger une ligne de bus express jusqu'à l'aérogare à partir du 4 janvier. La maire de Mulhouse, Michèle Lutz, a salué « une première étape » avant le train.\n"
    "A Colmar, plusieurs centaines de salariés de Liebherr ont manifesté jeudi dernier devant l'usine contre un plan de chômage partiel. Le maire de Colmar, Eric Straumann, a réclamé lundi à la direction un calendrier de reprise.\n"
    "Les douaniers ont interpellé dimanche à Ottmarsheim, sur l'autoroute A36, deux hommes qui transportaient 40 kilos d'herbe de cannabis, a indiqué le parquet de Mulhouse.\n"
    "La Banque alimentaire du Haut-Rhin a distribué lundi à Wittelsheim des colis de vivres à plus de 800 familles, a-t-elle indiqué.\n"
    "L'université de Haute-Alsace s'est dite prête à ouvrir à Mulhouse une formation en alternance pour les métiers de la logistique.\n"
    "M. Bierry est attendu jeudi prochain à Haguenau pour présenter le budget de la collectivité.",
    [("LOC", "Mulhouse", [], ["MULHOUSE", "Mulhouse"]),
     ("ORG", "Collectivité européenne d'Alsace", ["European Collectivity of Alsace", "CeA"], ["Collectivité européenne d'Alsace"]),
     ("PERSON", "Frédéric Bierry", ["Frederic Bierry", "Bierry"], ["Frédéric Bierry", "Bierry"]),
     ("LOC", "Haut-Rhin", ["Upper Rhine (department)"], ["Haut-Rhin"]),
     ("ORG", "EuroAirport Basel Mulhouse Freiburg", ["EuroAirport", "Basel-Mulhouse Airport", "Aéroport de Bâle-Mulhouse"],
      ["EuroAirport"]),
     ("ORG", "Mulhouse Alsace Agglomération", ["m2A", "M2A"], ["Mulhouse Alsace Agglomération"]),
     ("PERSON", "Michèle Lutz", ["Michele Lutz", "Lutz"], ["Michèle Lutz"]),
     ("LOC", "Colmar", [], ["Colmar"]),
     ("ORG", "Liebherr", ["Liebherr-France"], ["Liebherr"]),
     ("PERSON", "Eric Straumann", ["Éric Straumann", "Straumann"], ["Eric Straumann"]),
     ("LOC", "Ottmarsheim", [], ["Ottmarsheim"]),
     ("LOC", "A36 autoroute", ["A36", "autoroute A36"], ["A36"]),
     ("ORG", "Mulhouse Public Prosecutor's Office", ["parquet de Mulhouse", "Parquet de Mulhouse"], ["parquet de Mulhouse"]),
     ("ORG", "Banque alimentaire du Haut-Rhin", ["Haut-Rhin Food Bank"], ["Banque alimentaire du Haut-Rhin"]),
     ("LOC", "Wittelsheim", [], ["Wittelsheim"]),
     ("ORG", "Université de Haute-Alsace", ["UHA", "University of Upper Alsace"], ["université de Haute-Alsace"]),
     ("LOC", "Haguenau", [], ["Haguenau"])],
    [("04", "réuni", "Mulhouse", "2025-11-25"), ("05", "signé", "Mulhouse", "2025-11-25"),
     ("05", "salué", None, None), ("14", "manifesté", "Colmar", "2025-11-20"),
     ("10", "réclamé", None, "2025-11-24"), ("17", "interpellé", "Ottmarsheim", "2025-11-23"),
     ("07", "distribué", "Wittelsheim", "2025-11-24"), ("03", "prête", "Mulhouse", None),
     ("04", "attendu", "Haguenau", "2025-11-27")])

write("blind13.jsonl")
