# Writes blind11.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 in session 14,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. People, bodies and places
# are none of those named as gold in dev.jsonl or the other sets here (checked with overlap.py; the only hits are
# countries named in passing, see heldout/README.md). Parts of the world the older sets cover little: northern Jordan
# (Irbid, Ramtha, Mafraq, the Jaber crossing), Egypt's governorates (Aswan, Minya, Damietta, Sohag), Qatar's business
# news with an Indonesian president as Arabic news spells him, Iraq's Anbar (Ramadi, Fallujah, Al-Qaim, Trebil), Sabah
# and Sarawak, Lagos and Ogun states, Alberta, Queensland, Flanders, Cameroon's ports and regions, the canton of Jura,
# Normandy's region, department and university in lower case. Articles are 1,500-2,200 characters, with datelines,
# quotes and relative dates. Real public figures in their public roles; other officials and details are fictional.
# Gold not edited to match output. Apache-2.0. Run: python3 make_blind11.py
from gold import doc, write

doc("b11-ar-01-irbid", "ar", "2025-02-19T08:00:00Z",
    "وزير الداخلية الأردني يبحث في إربد حركة الشاحنات عبر جسر الشيخ حسين وضبط مليون حبة مخدرة في الرمثا",
    "إربد - عقد وزير الداخلية مازن الفراية، أمس الثلاثاء، اجتماعا في مدينة إربد مع محافظ إربد رضوان العتوم وقادة الأجهزة الأمنية في شمال المملكة، لبحث الأوضاع على الحدود الشمالية مع سوريا وحركة الشاحنات والمسافرين عبر جسر الشيخ حسين في لواء الأغوار الشمالية، بحسب بيان صادر عن وزارة الداخلية الأردنية.\n"
    "وقال الفراية خلال الاجتماع إن الجسر «يشهد منذ مطلع العام ارتفاعا كبيرا في أعداد الشاحنات»، مشيرا إلى أن الحكومة قررت زيادة عدد الموظفين فيه وتمديد ساعات العمل إلى أربع وعشرين ساعة. وأضاف أن إدارة مكافحة المخدرات «تتعامل يوميا مع محاولات تهريب منظمة عبر الحدود».\n"
    "وفي لواء الرمثا، ضبطت إدارة مكافحة المخدرات فجر أمس شاحنة محملة بنحو مليون حبة مخدرة مخبأة داخل شحنة من الخضار، وألقت القبض على سائقها واثنين من مرافقيه، وفق البيان نفسه.\n"
    "وفي مدينة جرش، نفذ عشرات من سائقي الشاحنات وأصحاب شركات النقل أمس الأول اعتصاما أمام مبنى المحافظة للمطالبة بتخفيض رسوم العبور وتسريع إجراءات التخليص الجمركي على الجسر، فيما طالب نواب عن دوائر الشمال الحكومة أمس بإعادة النظر في قرار منع دخول الشاحنات السورية إلى العمق الأردني.\n"
    "وفي سياق متصل، وقعت شركة مياه اليرموك في إربد أمس اتفاقية مع الصندوق الكويتي للتنمية الاقتصادية العربية لتأهيل شبكات المياه في بلدات الرمثا والطرة والشجرة، بكلفة تناهز 12 مليون دينار. وقال مدير عام الشركة عمر الشديفات إن المشروع «سيخفض الفاقد المائي إلى النصف خلال ثلاث سنوات».\n"
    "ومن المقرر أن يزور وزير الإدارة المحلية وليد المصري محافظة عجلون الأحد المقبل لتفقد مشاريع الطرق والصرف الصحي في بلدتي كفرنجة وعنجرة، والاستماع إلى مطالب رؤساء البلديات.\n"
    "ويستضيف الأردن مئات الآلاف من اللاجئين، يقيم معظمهم في محافظات الشمال، فيما تقول البلديات إن الضغط على شبكات المياه والطرق تضاعف خلال العقد الماضي.",
    [("PERSON", "Mazen Al-Faraya", ["Mazen al-Faraya", "Mazen Faraya", "Al-Faraya"], ["مازن الفراية", "الفراية"]),
     ("LOC", "Irbid", ["Irbed"], ["إربد"]),
     ("PERSON", "Radwan Al-Otoom", ["Radwan al-Atoum", "Radwan Otoom"], ["رضوان العتوم"]),
     ("LOC", "Syria", [], ["سوريا"]),
     ("LOC", "Sheikh Hussein Bridge", ["Sheikh Hussein crossing", "Jordan River crossing", "Sheikh Hussein"], ["جسر الشيخ حسين"]),
     ("LOC", "Northern Jordan Valley", ["Northern Shuna District", "Northern Ghor"], ["لواء الأغوار الشمالية", "الأغوار الشمالية"]),
     ("ORG", "Ministry of Interior (Jordan)", ["Jordanian Ministry of Interior", "Jordan Interior Ministry"],
      ["وزارة الداخلية الأردنية"]),
     ("ORG", "Anti-Narcotics Department (Jordan)", ["Anti-Narcotics Department", "Jordan Anti-Narcotics Department"],
      ["إدارة مكافحة المخدرات"]),
     ("LOC", "Ramtha", ["Al-Ramtha", "Ar Ramtha", "Ramtha District"], ["لواء الرمثا", "الرمثا"]),
     ("LOC", "Jerash", ["Gerasa"], ["جرش"]),
     ("ORG", "Yarmouk Water Company", ["Yarmouk Water"], ["شركة مياه اليرموك"]),
     ("ORG", "Kuwait Fund for Arab Economic Development", ["Kuwait Fund", "KFAED"],
      ["الصندوق الكويتي للتنمية الاقتصادية العربية"]),
     ("LOC", "Al-Turra", ["Turra", "Al Turrah"], ["الطرة"]),
     ("LOC", "Al-Shajara", ["Shajara", "Ash-Shajara"], ["الشجرة"]),
     ("PERSON", "Omar Al-Shdeifat", ["Omar al-Shudaifat", "Omar Shdeifat"], ["عمر الشديفات"]),
     ("PERSON", "Walid Al-Masri", ["Waleed al-Masri", "Walid Masri"], ["وليد المصري"]),
     ("LOC", "Ajloun Governorate", ["Ajloun", "Ajlun"], ["محافظة عجلون"]),
     ("LOC", "Kufranjah", ["Kafranjah", "Kufranja"], ["كفرنجة"]),
     ("LOC", "Anjara", ["Anjarah"], ["عنجرة"]),
     ("LOC", "Jordan", [], ["الأردن"])],
    [("04", "اجتماعا", "Irbid", "2025-02-18"), ("17", "ضبطت", "Ramtha", "2025-02-18"),
     ("14", "اعتصاما", "Jerash", "2025-02-17"), ("10", "طالب", None, "2025-02-18"),
     ("05", "وقعت", "Irbid", "2025-02-18"), ("04", "يزور", "Ajloun Governorate", "2025-02-23")])

doc("b11-ar-02-aswan", "ar", "2025-04-23T09:00:00Z",
    "مدبولي يتفقد مشروعات الصرف الصحي في أسوان وتوقيع اتفاق لإنشاء مجمع للأسمدة في المنيا",
    "أسوان - تفقد رئيس الوزراء المصري مصطفى مدبولي، أمس الثلاثاء، عددا من مشروعات البنية التحتية في أسوان، يرافقه محافظ أسوان إسماعيل كمال ووزير الإسكان والمرافق شريف الشربيني، واستمع إلى شرح حول محطات معالجة الصرف الصحي في مدينة كوم أمبو وقرى مركز دراو.\n"
    "وقال مدبولي في مؤتمر صحفي عقب الجولة إن الحكومة «ملتزمة بإنهاء مشروعات المرحلة الأولى في قرى الصعيد قبل نهاية العام المالي»، مضيفا أن نسب التنفيذ في القرى التي زارها تجاوزت 80 في المئة.\n"
    "وفي العاصمة الإدارية الجديدة، وقعت وزارة الاستثمار والتجارة الخارجية أمس اتفاقا مع شركة أبوقير للأسمدة وصندوق مصر السيادي لإنشاء مجمع لإنتاج الأسمدة الفوسفاتية في محافظة المنيا، باستثمارات تقدر بنحو 700 مليون دولار. وأبدى البنك الأفريقي للتصدير والاستيراد (أفريكسيم بنك) استعداده لتمويل جزء من المشروع، وفق بيان للوزارة.\n"
    "وفي دمياط، نظم مئات من عمال ورش الأثاث صباح اليوم وقفة احتجاجية أمام مبنى المحافظة، للمطالبة بخفض أسعار الأخشاب المستوردة ووقف ما وصفوه بإغراق السوق بالأثاث المستورد. وكان اتحاد الصناعات المصرية قد طالب الحكومة أمس بفرض رسوم إضافية على واردات الأثاث الجاهز لحماية الورش الصغيرة.\n"
    "وفي ميناء دمياط، ضبطت مصلحة الجمارك المصرية الأحد الماضي حاوية قادمة من الخارج تحوي أكثر من أربعة ملايين قرص من الأدوية المهربة، مخبأة داخل شحنة من قطع غيار السيارات، وأحالت المستورد إلى جهات التحقيق، بحسب بيان للمصلحة أشار إلى أن الشحنة كانت مسجلة باسم شركة وهمية.\n"
    "ومن المقرر أن يزور مدبولي محافظة سوهاج الخميس المقبل لافتتاح مستشفى جامعي جديد وتفقد أعمال تطوير الطرق في عدد من المراكز.\n"
    "وتقول الحكومة إن استثماراتها في محافظات الجنوب تضاعفت خلال السنوات الخمس الماضية، فيما يشكو السكان من بطء تنفيذ مشروعات المياه والصرف في القرى البعيدة عن المدن.",
    [("PERSON", "Mostafa Madbouly", ["Moustafa Madbouly", "Mustafa Madbouli", "Madbouly"], ["مصطفى مدبولي", "مدبولي"]),
     ("LOC", "Aswan", ["Aswan Governorate"], ["أسوان"]),
     ("PERSON", "Ismail Kamal", ["Esmail Kamal"], ["إسماعيل كمال"]),
     ("PERSON", "Sherif El-Sherbiny", ["Sherif al-Sherbini", "El-Sherbiny"], ["شريف الشربيني"]),
     ("LOC", "Kom Ombo", ["Kom Umbu"], ["كوم أمبو"]),
     ("LOC", "Daraw", ["Darau"], ["مركز دراو", "دراو"]),
     ("LOC", "Upper Egypt", [], ["الصعيد"]),
     ("LOC", "New Administrative Capital", ["Administrative Capital", "NAC"], ["العاصمة الإدارية الجديدة"]),
     ("ORG", "Ministry of Investment and Foreign Trade (Egypt)",
      ["Egyptian Ministry of Investment and Foreign Trade", "Ministry of Investment and Foreign Trade"],
      ["وزارة الاستثمار والتجارة الخارجية"]),
     ("ORG", "Abu Qir Fertilizers", ["Abu Qir Fertilizers and Chemical Industries", "Abu Qir Fertilizers Company"],
      ["شركة أبوقير للأسمدة", "أبوقير للأسمدة"]),
     ("ORG", "The Sovereign Fund of Egypt", ["Sovereign Fund of Egypt", "TSFE"], ["صندوق مصر السيادي"]),
     ("LOC", "Minya Governorate", ["Minya", "Al-Minya", "El Minya"], ["محافظة المنيا"]),
     ("ORG", "Afreximbank", ["African Export-Import Bank"], ["البنك الأفريقي للتصدير والاستيراد", "أفريكسيم بنك"]),
     ("LOC", "Damietta", ["Dumyat"], ["دمياط"]),
     ("ORG", "Federation of Egyptian Industries", ["FEI"], ["اتحاد الصناعات المصرية"]),
     ("LOC", "Port of Damietta", ["Damietta Port"], ["ميناء دمياط"]),
     ("ORG", "Egyptian Customs Authority", ["Egyptian Customs"], ["مصلحة الجمارك المصرية"]),
     ("LOC", "Sohag Governorate", ["Sohag", "Suhag"], ["محافظة سوهاج"])],
    [("04", "تفقد", "Aswan", "2025-04-22"), ("05", "وقعت", "New Administrative Capital", "2025-04-22"),
     ("03", "وأبدى", None, None), ("14", "وقفة", "Damietta", "2025-04-23"), ("10", "طالب", None, "2025-04-22"),
     ("17", "ضبطت", "Port of Damietta", "2025-04-20"), ("04", "يزور", "Sohag Governorate", "2025-04-24")])

doc("b11-ar-03-doha", "ar", "2025-05-14T07:00:00Z",
    "رئيس الوزراء القطري يبحث مع الرئيس الإندونيسي الاستثمارات المشتركة و«قطر للطاقة» توقع اتفاقية لتوريد الغاز المسال إلى برتامينا",
    "بحث رئيس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني، أمس الثلاثاء في لوسيل، مع الرئيس الإندونيسي برابوو سوبيانتو، الذي يزور البلاد حاليا، سبل تعزيز التعاون الاقتصادي والاستثمارات المشتركة بين البلدين.\n"
    "ووقع الجانبان عقب المباحثات مذكرتي تفاهم في مجالي الطاقة والأمن الغذائي، فيما أبدى جهاز قطر للاستثمار استعداده لاستثمار ملياري دولار إلى جانب صندوق دانانتارا السيادي في مشروعات البنية التحتية والتعدين.\n"
    "وقال سوبيانتو في تصريحات للصحفيين عقب اللقاء إن بلاده «تتطلع إلى مزيد من الاستثمارات القطرية في الطاقة والزراعة والصناعات التحويلية»، مشيرا إلى أن الحكومة الإندونيسية تعمل على تبسيط إجراءات الترخيص للمستثمرين الأجانب.\n"
    "وفي قطاع الطاقة، وقعت شركة قطر للطاقة أمس في لوسيل اتفاقية مع شركة برتامينا لتوريد مليون طن سنويا من الغاز الطبيعي المسال لمدة خمسة عشر عاما، على أن تنطلق الشحنات من مدينة راس لفان الصناعية مطلع عام 2027. وقال وزير الدولة لشؤون الطاقة العضو المنتدب والرئيس التنفيذي لقطر للطاقة سعد بن شريدة الكعبي إن الاتفاقية «تعكس ثقة الأسواق الآسيوية بموثوقية الإمدادات القطرية».\n"
    "وفي ميناء حمد، ضبطت الهيئة العامة للجمارك أمس الأول كمية من الحشيش المخدر مخبأة داخل شحنة من الأخشاب قادمة من إحدى الدول الآسيوية، بحسب بيان نشرته الهيئة على منصاتها.\n"
    "ومن جهة أخرى، أبدت الخطوط الجوية القطرية استعدادها لزيادة رحلاتها إلى سورابايا ويوغياكرتا اعتبارا من الصيف المقبل، في إطار اتفاقية الرمز المشترك مع غارودا إندونيسيا.\n"
    "ومن المقرر أن يزور الرئيس الإندونيسي اليوم مدينة مسيعيد الصناعية، ثم يلتقي مساء رجال أعمال قطريين في مقر غرفة قطر، قبل أن يغادر البلاد.\n"
    "ويبلغ حجم التبادل التجاري بين قطر وإندونيسيا نحو ملياري دولار سنويا، يشكل الغاز المسال والأسمدة الجزء الأكبر منه.",
    [("PERSON", "Mohammed bin Abdulrahman Al Thani",
      ["Mohammed bin Abdulrahman bin Jassim Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman"],
      ["محمد بن عبدالرحمن بن جاسم آل ثاني"]),
     ("LOC", "Lusail", ["Lusail City"], ["لوسيل"]),
     ("PERSON", "Prabowo Subianto", ["Prabowo"], ["برابوو سوبيانتو", "سوبيانتو"]),
     ("ORG", "Qatar Investment Authority", ["QIA"], ["جهاز قطر للاستثمار"]),
     ("ORG", "Danantara", ["Danantara Indonesia", "Daya Anagata Nusantara"], ["صندوق دانانتارا", "دانانتارا"]),
     ("ORG", "Government of Indonesia", ["Indonesian government"], ["الحكومة الإندونيسية"]),
     ("ORG", "QatarEnergy", ["Qatar Energy", "Qatar Petroleum"], ["شركة قطر للطاقة", "قطر للطاقة"]),
     ("ORG", "Pertamina", ["PT Pertamina"], ["شركة برتامينا", "برتامينا"]),
     ("LOC", "Ras Laffan Industrial City", ["Ras Laffan"], ["مدينة راس لفان الصناعية", "راس لفان"]),
     ("PERSON", "Saad Sherida Al-Kaabi", ["Saad bin Sherida Al-Kaabi", "Saad al-Kaabi", "Al-Kaabi"], ["سعد بن شريدة الكعبي"]),
     ("LOC", "Hamad Port", ["Port of Hamad"], ["ميناء حمد"]),
     ("ORG", "General Authority of Customs (Qatar)", ["Qatar Customs", "Qatar General Authority of Customs"],
      ["الهيئة العامة للجمارك"]),
     ("ORG", "Qatar Airways", [], ["الخطوط الجوية القطرية"]),
     ("LOC", "Surabaya", [], ["سورابايا"]),
     ("LOC", "Yogyakarta", ["Jogjakarta"], ["يوغياكرتا"]),
     ("ORG", "Garuda Indonesia", ["Garuda"], ["غارودا إندونيسيا"]),
     ("ORG", "Qatar Chamber", ["Qatar Chamber of Commerce and Industry"], ["غرفة قطر"]),
     ("LOC", "Mesaieed Industrial City", ["Mesaieed", "Umm Said"], ["مدينة مسيعيد الصناعية", "مسيعيد"]),
     ("LOC", "Qatar", ["State of Qatar"], ["قطر"]),
     ("LOC", "Indonesia", [], ["إندونيسيا"])],
    [("04", "بحث", "Lusail", "2025-05-13"), ("05", "ووقع", "Lusail", "2025-05-13"), ("03", "أبدى", None, None),
     ("05", "وقعت", "Lusail", "2025-05-13"), ("17", "ضبطت", "Hamad Port", "2025-05-12"),
     ("03", "أبدت", "Surabaya", None), ("04", "يزور", "Mesaieed Industrial City", "2025-05-14"), ("04", "يلتقي", None, "2025-05-14")])

doc("b11-ar-04-ramadi", "ar", "2025-06-11T10:00:00Z",
    "محافظ الأنبار يبحث مع وفد من وزارة النقل تأهيل الطريق إلى منفذ طريبيل واعتقال أربعة مطلوبين في القائم",
    "الرمادي - استقبل محافظ الأنبار سعد خلف الدليمي، أمس الثلاثاء، وفدا من وزارة النقل العراقية برئاسة الوكيل الفني للوزارة حسين علي الجبوري، وبحث معه إعادة تأهيل الطريق الدولي السريع الرابط بين الرمادي ومنفذ طريبيل الحدودي مع الأردن، وإنشاء ساحات لتبادل البضائع وموقف للشاحنات قرب المنفذ، بعد أن تضاعفت حركة النقل البري عبره خلال العامين الماضيين.\n"
    "وقال الدليمي إن المحافظة «تريد أن تكون بوابة العراق التجارية نحو الغرب»، مشيرا إلى أن الشركة العامة للطرق والجسور ستباشر العمل في المقطع الأول من الطريق الشهر المقبل.\n"
    "وفي قضاء القائم غرب المحافظة، اعتقلت قوة من قيادة عمليات الجزيرة فجر اليوم أربعة مطلوبين بموجب مذكرات قبض قضائية، وضبطت بحوزتهم أسلحة وأعتدة، بحسب بيان لخلية الإعلام الأمني.\n"
    "وفي الفلوجة، تظاهر مئات من الخريجين أمس أمام مبنى القائممقامية للمطالبة بتوفير فرص عمل في الدوائر الحكومية، وهدد ممثلون عنهم بقطع الطريق الدولي إذا لم تستجب الحكومة المحلية لمطالبهم خلال أسبوع.\n"
    "وفي قطاع الطاقة، وقعت شركة نفط الوسط أمس عقدا مع شركة الحفر العراقية لحفر عشر آبار جديدة في حقل عكاز الغازي قرب الحدود السورية. وقال وزير النفط حيان عبد الغني إن إنتاج الحقل «سيغذي محطات الكهرباء في المحافظة ويقلل الاعتماد على الغاز المستورد».\n"
    "كما وزعت جمعية الهلال الأحمر العراقي أمس مساعدات غذائية على ألف أسرة عائدة إلى قضاء حديثة، ضمن برنامج لدعم العائلات التي عادت إلى مناطقها خلال الأشهر الماضية.\n"
    "ومن المقرر أن يزور وزير الداخلية عبد الأمير الشمري الرمادي السبت المقبل لافتتاح مقر جديد لقيادة شرطة الأنبار.\n"
    "وتعد الأنبار أكبر محافظات البلاد مساحة، وتشترك بحدود مع ثلاث دول، وتأمل الحكومة المحلية أن تجذب مشاريع النقل والطاقة استثمارات جديدة بعد سنوات من الدمار.",
    [("LOC", "Anbar Governorate", ["Anbar", "Al-Anbar"], ["الأنبار"]),
     ("PERSON", "Saad Khalaf Al-Dulaimi", ["Saad al-Dulaimi", "Saad Khalaf al-Dulaymi"], ["سعد خلف الدليمي", "الدليمي"]),
     ("ORG", "Ministry of Transport (Iraq)", ["Iraqi Ministry of Transport"], ["وزارة النقل العراقية"]),
     ("PERSON", "Hussein Ali Al-Jubouri", ["Hussein al-Jubouri", "Hussein Ali al-Jabouri"], ["حسين علي الجبوري"]),
     ("LOC", "Ramadi", ["Al-Ramadi"], ["الرمادي"]),
     ("LOC", "Trebil border crossing", ["Trebil", "Turaibil", "Trebil crossing"], ["منفذ طريبيل"]),
     ("LOC", "Jordan", [], ["الأردن"]),
     ("LOC", "Iraq", [], ["العراق"]),
     ("ORG", "State Company for Roads and Bridges", ["General Company for Roads and Bridges"],
      ["الشركة العامة للطرق والجسور"]),
     ("LOC", "Al-Qaim", ["Qaim", "Al-Qa'im", "Al-Qaim District"], ["قضاء القائم", "القائم"]),
     ("ORG", "Al-Jazeera Operations Command", ["Jazeera Operations Command", "Jazira Operations Command"],
      ["قيادة عمليات الجزيرة"]),
     ("ORG", "Security Media Cell", ["Iraqi Security Media Cell"], ["خلية الإعلام الأمني"]),
     ("LOC", "Fallujah", ["Falluja", "Al-Fallujah"], ["الفلوجة"]),
     ("ORG", "Midland Oil Company", ["MdOC", "Midland Oil"], ["شركة نفط الوسط"]),
     ("ORG", "Iraqi Drilling Company", ["IDC"], ["شركة الحفر العراقية"]),
     ("LOC", "Akkas gas field", ["Akkas", "Akkas field"], ["حقل عكاز الغازي", "حقل عكاز"]),
     ("PERSON", "Hayan Abdul-Ghani", ["Hayyan Abdul Ghani", "Hayan Abdulghani"], ["حيان عبد الغني"]),
     ("ORG", "Iraqi Red Crescent Society", ["Iraqi Red Crescent", "IRCS"], ["جمعية الهلال الأحمر العراقي"]),
     ("LOC", "Haditha", ["Hadithah", "Haditha District"], ["قضاء حديثة", "حديثة"]),
     ("PERSON", "Abdul Amir al-Shammari", ["Abdul-Amir al-Shimmari", "Abdulamir al-Shammari"], ["عبد الأمير الشمري"]),
     ("ORG", "Anbar Police Command", ["Anbar Police"], ["قيادة شرطة الأنبار"])],
    [("04", "استقبل", "Ramadi", "2025-06-10"), ("17", "اعتقلت", "Al-Qaim", "2025-06-11"),
     ("14", "تظاهر", "Fallujah", "2025-06-10"), ("13", "وهدد", "Fallujah", "2025-06-10"),
     ("05", "وقعت", None, "2025-06-10"), ("07", "وزعت", "Haditha", "2025-06-10"), ("04", "يزور", "Ramadi", "2025-06-14")])

doc("b11-en-01-kota-kinabalu", "en", "2025-07-16T06:00:00Z",
    "Anwar and Sabah's chief minister seal gas deal as students march over power cuts",
    "KOTA KINABALU, July 16 - Prime Minister Anwar Ibrahim met Sabah Chief Minister Hajiji Noor in Kota Kinabalu on Tuesday, and the two governments agreed to hand the state a larger share of the gas produced off its coast, officials said.\n"
    "Under the agreement, signed after the meeting by Petronas and the state-owned SMJ Energy, Sabah's company will take a 25 per cent stake in the Samarang field and supply gas to a planned power plant at Kimanis. \"This is the first time Sabah will own part of the gas that comes out of its own waters,\" Hajiji told reporters.\n"
    "The deal follows months of pressure from the Sabah Law Society, which on Monday demanded that the federal government pay the 40 per cent share of revenue promised to the state when it joined the federation. The society's president, Mohamed Nazim Maduarin, called the gas deal \"a step forward but no substitute\" for that entitlement.\n"
    "The opposition Warisan party's president, Shafie Apdal, criticised the agreement on Tuesday as \"too little, too late\" and said the state should have held out for operatorship of the field.\n"
    "In Kota Kinabalu, about 300 students of Universiti Malaysia Sabah marched on Tuesday evening to protest against repeated power cuts on the campus, which they blamed on Sabah Electricity Sdn Bhd. Police said the march ended peacefully.\n"
    "Off the east coast, the Malaysian Maritime Enforcement Agency detained two foreign fishing boats and 19 crew near Sandakan on Sunday for fishing without licences, the agency's state director, Romli Mustafa, said in a statement.\n"
    "Sarawak Premier Abang Johari Openg, whose state reached a similar arrangement with the national oil company last year, said Sarawak was ready to share its experience of running a state gas company with its neighbour.\n"
    "Anwar is due to travel on Thursday to Tawau, where he will meet fishermen's associations and open a new jetty.\n"
    "Sabah and Sarawak joined Malaysia in 1963 and have long argued that they receive too small a share of the oil and gas wealth produced in their waters.",
    [("PERSON", "Anwar Ibrahim", ["Anwar"], ["Anwar Ibrahim", "Anwar"]),
     ("LOC", "Sabah", [], ["Sabah"]),
     ("PERSON", "Hajiji Noor", ["Hajiji Mohd Noor", "Hajiji"], ["Hajiji Noor", "Hajiji"]),
     ("LOC", "Kota Kinabalu", [], ["KOTA KINABALU", "Kota Kinabalu"]),
     ("ORG", "Petronas", ["Petroliam Nasional Berhad", "Petroliam Nasional"], ["Petronas"]),
     ("ORG", "SMJ Energy", ["SMJ Energy Sdn Bhd"], ["SMJ Energy"]),
     ("LOC", "Samarang field", ["Samarang", "Samarang oil field"], ["Samarang field"]),
     ("LOC", "Kimanis", [], ["Kimanis"]),
     ("ORG", "Sabah Law Society", ["SLS"], ["Sabah Law Society"]),
     ("PERSON", "Mohamed Nazim Maduarin", ["Nazim Maduarin"], ["Mohamed Nazim Maduarin"]),
     ("ORG", "Parti Warisan", ["Warisan", "Parti Warisan Sabah"], ["Warisan"]),
     ("PERSON", "Shafie Apdal", ["Mohd Shafie Apdal"], ["Shafie Apdal"]),
     ("ORG", "Universiti Malaysia Sabah", ["UMS", "University of Malaysia Sabah"], ["Universiti Malaysia Sabah"]),
     ("ORG", "Sabah Electricity Sdn Bhd", ["SESB", "Sabah Electricity"], ["Sabah Electricity Sdn Bhd"]),
     ("ORG", "Malaysian Maritime Enforcement Agency", ["MMEA", "Malaysia Maritime Enforcement Agency"],
      ["Malaysian Maritime Enforcement Agency"]),
     ("LOC", "Sandakan", [], ["Sandakan"]),
     ("PERSON", "Romli Mustafa", [], ["Romli Mustafa"]),
     ("LOC", "Sarawak", [], ["Sarawak"]),
     ("PERSON", "Abang Johari Openg", ["Abang Johari", "Abang Abdul Rahman Johari Abang Openg"], ["Abang Johari Openg"]),
     ("LOC", "Tawau", [], ["Tawau"]),
     ("LOC", "Malaysia", [], ["Malaysia"])],
    [("04", "met", "Kota Kinabalu", "2025-07-15"), ("05", "signed", "Kota Kinabalu", "2025-07-15"),
     ("10", "demanded", None, "2025-07-14"), ("11", "criticised", None, "2025-07-15"),
     ("14", "marched", "Kota Kinabalu", "2025-07-15"), ("17", "detained", "Sandakan", "2025-07-13"),
     ("03", "ready", None, None), ("04", "meet", "Tawau", "2025-07-17")])

doc("b11-en-02-lagos", "en", "2025-08-20T08:00:00Z",
    "Lagos and Ogun governors sign rail deal; customs seize rifles at Apapa port",
    "LAGOS, Aug 20 - Lagos State Governor Babajide Sanwo-Olu and his Ogun State counterpart, Dapo Abiodun, signed an agreement in Ikeja on Tuesday to extend a commuter rail line from Agbado to Abeokuta and to share the cost of new stations at Ifo and along the route.\n"
    "\"Thousands of people cross between our two states every morning. This line will take trucks and buses off the road,\" Sanwo-Olu told reporters after the signing. Abiodun said his state was ready to provide land free of charge for the depots and the workshops.\n"
    "Separately, the Nigeria Customs Service said officers at Apapa port had intercepted a container of pump-action rifles and ammunition declared as used household goods and arrested two clearing agents on Monday. The service's comptroller-general, Bashir Adewale Adeniyi, said the shipment had been traced to a dealer abroad.\n"
    "In Ibadan, several hundred members of the Nigeria Labour Congress marched on Tuesday to the Oyo State House of Assembly to press for payment of the new minimum wage to local government workers, blocking traffic in the city centre for several hours.\n"
    "The Nigeria Union of Petroleum and Natural Gas Workers (NUPENG) threatened on Monday to withdraw its members from the Dangote Petroleum Refinery at Lekki if the company did not recognise the union within seven days, a move that could disrupt fuel supplies across the south-west.\n"
    "The Economic and Financial Crimes Commission said it had arrested 34 suspected internet fraudsters in a raid on a housing estate in Ota on Sunday and recovered laptops, phones and three cars.\n"
    "Sanwo-Olu is due to visit Badagry next Monday to inspect work on a new fishing port and a road to the border.\n"
    "Lagos State and Ogun State together hold more than a tenth of Nigeria's population, and commuters between them spend hours each day in traffic on the roads into the commercial capital.",
    [("LOC", "Lagos", [], ["LAGOS"]),
     ("LOC", "Lagos State", [], ["Lagos State"]),
     ("PERSON", "Babajide Sanwo-Olu", ["Sanwo-Olu"], ["Babajide Sanwo-Olu", "Sanwo-Olu"]),
     ("LOC", "Ogun State", ["Ogun"], ["Ogun State"]),
     ("PERSON", "Dapo Abiodun", ["Adedapo Abiodun", "Abiodun"], ["Dapo Abiodun", "Abiodun"]),
     ("LOC", "Ikeja", [], ["Ikeja"]),
     ("LOC", "Agbado", [], ["Agbado"]),
     ("LOC", "Abeokuta", [], ["Abeokuta"]),
     ("LOC", "Ifo", [], ["Ifo"]),
     ("ORG", "Nigeria Customs Service", ["NCS", "Nigerian Customs Service"], ["Nigeria Customs Service"]),
     ("LOC", "Apapa port", ["Apapa", "Port of Apapa"], ["Apapa port"]),
     ("PERSON", "Bashir Adewale Adeniyi", ["Bashir Adeniyi", "Adeniyi"], ["Bashir Adewale Adeniyi"]),
     ("LOC", "Ibadan", [], ["Ibadan"]),
     ("ORG", "Nigeria Labour Congress", ["NLC"], ["Nigeria Labour Congress"]),
     ("ORG", "Oyo State House of Assembly", ["Oyo Assembly"], ["Oyo State House of Assembly"]),
     ("ORG", "NUPENG", ["Nigeria Union of Petroleum and Natural Gas Workers"],
      ["Nigeria Union of Petroleum and Natural Gas Workers", "NUPENG"]),
     ("ORG", "Dangote Petroleum Refinery", ["Dangote Refinery"], ["Dangote Petroleum Refinery"]),
     ("LOC", "Lekki", [], ["Lekki"]),
     ("ORG", "Economic and Financial Crimes Commission", ["EFCC"], ["Economic and Financial Crimes Commission"]),
     ("LOC", "Ota", [], ["Ota"]),
     ("LOC", "Badagry", [], ["Badagry"]),
     ("LOC", "Nigeria", [], ["Nigeria"])],
    [("05", "signed", "Ikeja", "2025-08-19"), ("03", "ready", None, None),
     ("17", "intercepted", "Apapa port", "2025-08-18"), ("14", "marched", "Ibadan", "2025-08-19"),
     ("13", "threatened", None, "2025-08-18"), ("17", "arrested", "Ota", "2025-08-17"),
     ("04", "visit", "Badagry", "2025-08-25")])

doc("b11-en-03-fort-mcmurray", "en", "2025-09-24T15:00:00Z",
    "Alberta premier meets First Nations chiefs in Fort McMurray as teachers set strike date",
    "FORT McMURRAY, Alberta, Sept 24 - Alberta Premier Danielle Smith met chiefs of five First Nations from the Wood Buffalo region in Fort McMurray on Tuesday to discuss a proposed pipeline corridor to the west coast, and promised that Indigenous communities would be offered equity stakes of up to 20 per cent.\n"
    "\"Nothing gets built on this land without the people who live on it,\" said Allan Adam, chief of the Athabasca Chipewyan First Nation, who attended the meeting. The chief said his nation wanted a full public review of tailings leaks at the Kearl mine before any new project went ahead.\n"
    "At the same event, Smith signed an agreement with Suncor Energy under which the company will spend C$1.2 billion on carbon capture at its oil sands plant north of the city in exchange for provincial tax credits.\n"
    "In Edmonton, the Alberta Teachers' Association said its 51,000 members would strike in every public school in Alberta from October 6, after members voted 95.4 per cent in favour. Education Minister Demetrios Nicolaides said the government's offer was \"fair\" and urged the union to return to the table.\n"
    "The leader of the opposition New Democratic Party, Naheed Nenshi, accused the premier on Tuesday of \"picking a fight with teachers to distract from a pipeline nobody has agreed to build.\"\n"
    "The Calgary Police Service said on Monday that officers had arrested three men and seized 12 kilograms of fentanyl in raids on homes in northeast Calgary, the largest seizure in the force's history.\n"
    "Federal Energy Minister Tim Hodgson said the federal government was ready to help pay for carbon capture at oil sands sites if the province kept its industrial carbon price.\n"
    "Smith is due in Grande Prairie on Friday to meet forestry companies hit by new duties on softwood lumber.",
    [("LOC", "Fort McMurray", [], ["FORT McMURRAY", "Fort McMurray"]),
     ("LOC", "Alberta", [], ["Alberta"]),
     ("PERSON", "Danielle Smith", ["Smith"], ["Danielle Smith", "Smith"]),
     ("LOC", "Wood Buffalo", ["Regional Municipality of Wood Buffalo"], ["Wood Buffalo"]),
     ("PERSON", "Allan Adam", [], ["Allan Adam"]),
     ("ORG", "Athabasca Chipewyan First Nation", ["ACFN"], ["Athabasca Chipewyan First Nation"]),
     ("LOC", "Kearl mine", ["Kearl", "Kearl Oil Sands Mine"], ["Kearl mine"]),
     ("ORG", "Suncor Energy", ["Suncor"], ["Suncor Energy"]),
     ("LOC", "Edmonton", [], ["Edmonton"]),
     ("ORG", "Alberta Teachers' Association", ["ATA"], ["Alberta Teachers' Association"]),
     ("PERSON", "Demetrios Nicolaides", ["Nicolaides"], ["Demetrios Nicolaides"]),
     ("ORG", "Alberta New Democratic Party", ["Alberta NDP", "NDP", "New Democratic Party"], ["New Democratic Party"]),
     ("PERSON", "Naheed Nenshi", ["Nenshi"], ["Naheed Nenshi"]),
     ("ORG", "Calgary Police Service", ["Calgary police", "CPS"], ["Calgary Police Service"]),
     ("LOC", "Calgary", [], ["Calgary"]),
     ("PERSON", "Tim Hodgson", ["Hodgson"], ["Tim Hodgson"]),
     ("LOC", "Grande Prairie", [], ["Grande Prairie"])],
    [("04", "met", "Fort McMurray", "2025-09-23"), ("03", "promised", None, None),
     ("05", "signed", "Fort McMurray", "2025-09-23"), ("14", "strike", "Alberta", "2025-10-06"),
     ("11", "accused", None, "2025-09-23"), ("17", "arrested", "Calgary", "2025-09-22"),
     ("03", "ready", None, None), ("04", "meet", "Grande Prairie", "2025-09-26")])

doc("b11-en-04-townsville", "en", "2025-10-15T01:00:00Z",
    "Queensland signs Mount Isa smelter rescue with Glencore; Crisafulli meets reef authority",
    "TOWNSVILLE, Australia, Oct 15 - Queensland Premier David Crisafulli met the chief executive of the Great Barrier Reef Marine Park Authority, Josh Thomas, in Townsville on Tuesday to discuss a new control programme for crown-of-thorns starfish outbreaks on the northern reefs.\n"
    "Hours earlier in Townsville, the state government and Glencore signed an agreement that keeps the Mount Isa copper smelter and the company's copper refinery in the city running for at least three more years, with the state and federal governments sharing a A$600 million support package.\n"
    "\"Mount Isa without a smelter is a town without a future,\" Crisafulli told reporters. The company's regional manager, Claire Hanrahan, said the package \"buys time, but not forever\".\n"
    "The Mayor of Mount Isa, Peta MacRae, demanded on Tuesday that the federal government guarantee the jobs of contractors as well as permanent staff, saying hundreds of families depended on them.\n"
    "Greens leader Larissa Waters criticised the deal on Tuesday as \"a blank cheque for a multinational\" and said the money should have gone to new industries in the north-west.\n"
    "In Gladstone, about 400 members of the Electrical Trades Union rallied outside the offices of CS Energy on Monday to protest against planned job cuts at the Callide power station.\n"
    "Queensland Police Service officers, working with the Australian Border Force, arrested five people and seized 40 kilograms of methamphetamine hidden in a fishing trawler at the Port of Cairns on Sunday, police said.\n"
    "Crisafulli will travel to Mackay on Friday to meet sugar cane growers worried about a mill closure, his office said.",
    [("LOC", "Townsville", [], ["TOWNSVILLE", "Townsville"]),
     ("LOC", "Australia", [], ["Australia"]),
     ("LOC", "Queensland", [], ["Queensland"]),
     ("PERSON", "David Crisafulli", ["Crisafulli"], ["David Crisafulli", "Crisafulli"]),
     ("ORG", "Great Barrier Reef Marine Park Authority", ["GBRMPA"], ["Great Barrier Reef Marine Park Authority"]),
     ("PERSON", "Josh Thomas", [], ["Josh Thomas"]),
     ("ORG", "Glencore", [], ["Glencore"]),
     ("LOC", "Mount Isa", [], ["Mount Isa"]),
     ("PERSON", "Claire Hanrahan", [], ["Claire Hanrahan"]),
     ("PERSON", "Peta MacRae", [], ["Peta MacRae"]),
     ("ORG", "Australian Greens", ["Greens", "The Greens"], ["Greens"]),
     ("PERSON", "Larissa Waters", [], ["Larissa Waters"]),
     ("LOC", "Gladstone", [], ["Gladstone"]),
     ("ORG", "Electrical Trades Union", ["ETU"], ["Electrical Trades Union"]),
     ("ORG", "CS Energy", [], ["CS Energy"]),
     ("LOC", "Callide power station", ["Callide", "Callide Power Station"], ["Callide power station"]),
     ("ORG", "Queensland Police Service", ["QPS", "Queensland Police"], ["Queensland Police Service"]),
     ("ORG", "Australian Border Force", ["ABF"], ["Australian Border Force"]),
     ("LOC", "Port of Cairns", ["Cairns"], ["Port of Cairns"]),
     ("LOC", "Mackay", [], ["Mackay"])],
    [("04", "met", "Townsville", "2025-10-14"), ("05", "signed", "Townsville", "2025-10-14"),
     ("10", "demanded", None, "2025-10-14"), ("11", "criticised", None, "2025-10-14"),
     ("14", "rallied", "Gladstone", "2025-10-13"), ("17", "arrested", "Port of Cairns", "2025-10-12"),
     ("04", "meet", "Mackay", "2025-10-17")])

doc("b11-fr-01-louvain", "fr", "2025-03-05T10:00:00Z",
    "Le gouvernement flamand signe avec la KU Leuven et imec, grève des cheminots à Malines",
    "LOUVAIN (Belgique), 5 mars - Le ministre-président flamand Matthias Diependaele a rencontré mardi à Louvain le recteur de la KU Leuven, Luc Sels, et la direction du centre de recherche imec, avant de signer avec eux une convention de 250 millions d'euros pour un nouveau laboratoire de puces électroniques à Heverlee.\n"
    "« La Flandre doit rester dans la course mondiale aux semi-conducteurs », a déclaré M. Diependaele devant la presse. Le directeur général d'imec, Luc Van den hove, a salué « un signal fort pour nos chercheurs et pour l'industrie ».\n"
    "La société d'investissement flamande PMV s'est dite prête à cofinancer l'équipement du laboratoire à hauteur de 40 millions d'euros.\n"
    "À Malines, plusieurs centaines de cheminots ont manifesté mardi devant la gare à l'appel de la CGSP-Cheminots et de la CSC-Transcom contre la réforme des pensions, perturbant le trafic ferroviaire pendant toute la matinée.\n"
    "Au port de Zeebruges, l'Administration générale des douanes et accises (AGDA) a saisi dimanche 1,2 tonne de cocaïne dissimulée dans un conteneur de bananes et interpellé deux dockers, a indiqué le parquet de Flandre occidentale.\n"
    "Par ailleurs, le Boerenbond a exigé mardi du gouvernement flamand un assouplissement des normes sur l'azote, estimant que des centaines d'exploitations d'élevage risquaient de fermer d'ici à la fin de la décennie.\n"
    "M. Diependaele se rendra lundi prochain à Courtrai pour rencontrer des industriels du textile et de l'ameublement touchés par la hausse des prix de l'énergie et par la concurrence asiatique.",
    [("ORG", "Flemish Government", ["Government of Flanders", "Vlaamse Regering"], ["gouvernement flamand"]),
     ("ORG", "KU Leuven", ["Katholieke Universiteit Leuven"], ["KU Leuven"]),
     ("ORG", "imec", ["IMEC", "Interuniversity Microelectronics Centre"], ["imec"]),
     ("LOC", "Leuven", ["Louvain"], ["LOUVAIN", "Louvain"]),
     ("LOC", "Belgium", ["Belgique"], ["Belgique"]),
     ("PERSON", "Matthias Diependaele", ["Diependaele"], ["Matthias Diependaele", "Diependaele"]),
     ("PERSON", "Luc Sels", [], ["Luc Sels"]),
     ("LOC", "Heverlee", [], ["Heverlee"]),
     ("LOC", "Flanders", ["Flandre", "Vlaanderen"], ["Flandre"]),
     ("PERSON", "Luc Van den hove", ["Luc Van den Hove"], ["Luc Van den hove"]),
     ("ORG", "PMV", ["ParticipatieMaatschappij Vlaanderen"], ["PMV"]),
     ("LOC", "Mechelen", ["Malines"], ["Malines"]),
     ("ORG", "CGSP-Cheminots", ["CGSP Cheminots", "ACOD Spoor"], ["CGSP-Cheminots"]),
     ("ORG", "CSC-Transcom", ["ACV-Transcom", "CSC Transcom"], ["CSC-Transcom"]),
     ("LOC", "Port of Zeebrugge", ["Zeebrugge", "Zeebruges", "port de Zeebruges"], ["port de Zeebruges"]),
     ("ORG", "General Administration of Customs and Excise (Belgium)",
      ["Administration générale des douanes et accises", "AGDA", "Belgian Customs"],
      ["Administration générale des douanes et accises", "AGDA"]),
     ("ORG", "West Flanders Public Prosecutor's Office", ["parquet de Flandre occidentale"], ["parquet de Flandre occidentale"]),
     ("ORG", "Boerenbond", [], ["Boerenbond"]),
     ("LOC", "Kortrijk", ["Courtrai"], ["Courtrai"])],
    [("04", "rencontré", "Leuven", "2025-03-04"), ("05", "signer", "Leuven", "2025-03-04"),
     ("05", "salué", "Leuven", "2025-03-04"), ("03", "prête", None, None),
     ("14", "manifesté", "Mechelen", "2025-03-04"), ("17", "saisi", "Port of Zeebrugge", "2025-03-02"),
     ("10", "exigé", None, "2025-03-04"), ("04", "rencontrer", "Kortrijk", "2025-03-10")])

doc("b11-fr-02-douala", "fr", "2025-06-25T09:00:00Z",
    "Cameroun : le ministre des Transports rencontre les transporteurs à Douala, ville morte à Bafoussam",
    "DOUALA, 25 juin - Le ministre des Transports, Jean Ernest Masséna Ngalle Bibéhé, a rencontré mardi à Douala les représentants des syndicats de transporteurs routiers, après une semaine de tensions sur le corridor qui relie le port à Ngaoundéré.\n"
    "Au terme de la réunion, le Port autonome de Douala (PAD) et la société Douala International Terminal (DIT) ont signé un protocole d'accord pour ramener à 48 heures le délai de sortie des conteneurs. « Les camions ne doivent plus attendre une semaine devant les grilles du port », a déclaré le directeur général du PAD, Cyrus Ngo'o.\n"
    "Les syndicats ont toutefois menacé mardi, à l'issue de la réunion, de bloquer de nouveau les accès au port dès lundi si les amendes infligées aux chauffeurs n'étaient pas annulées.\n"
    "Le Groupement inter-patronal du Cameroun (Gicam) a réclamé mardi la suppression d'une nouvelle taxe portuaire, qui selon lui renchérit de 8 % le coût des importations.\n"
    "À Bafoussam, chef-lieu de la région de l'Ouest, les conducteurs de moto-taxis ont observé lundi une journée ville morte pour protester contre la hausse du prix du carburant. La plupart des commerces du centre-ville sont restés fermés.\n"
    "À Garoua, les gendarmes ont interpellé dimanche six membres présumés d'un gang de ravisseurs et libéré deux otages, dont un commerçant enlevé la semaine dernière sur la route de la frontière.\n"
    "La Croix-Rouge camerounaise a distribué vendredi des vivres et des kits d'hygiène à quelque 5 000 déplacés à Bamenda, dans la région du Nord-Ouest.\n"
    "M. Ngalle Bibéhé se rendra vendredi à Kribi pour visiter le port en eau profonde, que le Cameroun veut transformer en principale porte d'entrée des marchandises destinées aux pays voisins.",
    [("LOC", "Cameroon", ["Cameroun"], ["Cameroun"]),
     ("LOC", "Douala", [], ["DOUALA", "Douala"]),
     ("PERSON", "Jean Ernest Masséna Ngalle Bibéhé", ["Ngalle Bibéhé", "Jean Ernest Ngalle Bibehe"],
      ["Jean Ernest Masséna Ngalle Bibéhé", "Ngalle Bibéhé"]),
     ("LOC", "Ngaoundéré", ["Ngaoundere"], ["Ngaoundéré"]),
     ("ORG", "Port Authority of Douala", ["Port autonome de Douala", "PAD", "Douala Port Authority"],
      ["Port autonome de Douala", "PAD"]),
     ("ORG", "Douala International Terminal", ["DIT"], ["Douala International Terminal", "DIT"]),
     ("PERSON", "Cyrus Ngo'o", [], ["Cyrus Ngo'o"]),
     ("ORG", "Gicam", ["Groupement inter-patronal du Cameroun", "GICAM"], ["Groupement inter-patronal du Cameroun", "Gicam"]),
     ("LOC", "Bafoussam", [], ["Bafoussam"]),
     ("LOC", "West Region (Cameroon)", ["West Region", "région de l'Ouest"], ["région de l'Ouest"]),
     ("LOC", "Garoua", [], ["Garoua"]),
     ("ORG", "Cameroon Red Cross", ["Croix-Rouge camerounaise", "Cameroon Red Cross Society"], ["Croix-Rouge camerounaise"]),
     ("LOC", "Bamenda", [], ["Bamenda"]),
     ("LOC", "Northwest Region (Cameroon)", ["North-West Region", "Nord-Ouest", "région du Nord-Ouest"], ["région du Nord-Ouest"]),
     ("LOC", "Kribi", [], ["Kribi"])],
    [("04", "rencontré", "Douala", "2025-06-24"), ("05", "signé", "Douala", "2025-06-24"),
     ("13", "menacé", "Douala", "2025-06-24"), ("10", "réclamé", None, "2025-06-24"),
     ("14", "ville morte", "Bafoussam", "2025-06-23"), ("17", "interpellé", "Garoua", "2025-06-22"),
     ("07", "distribué", "Bamenda", "2025-06-20"), ("04", "se rendra", "Kribi", "2025-06-27")])

doc("b11-fr-03-delemont", "fr", "2025-01-22T10:00:00Z",
    "Le Gouvernement jurassien et Soleure signent une convention ferroviaire pour Moutier",
    "DELÉMONT (Suisse), 22 janvier - Le Gouvernement jurassien a reçu mardi à Delémont une délégation du Conseil d'Etat du canton de Soleure pour discuter de la desserte ferroviaire de Moutier, ville qui rejoindra le canton du Jura le 1er janvier 2026.\n"
    "Les deux exécutifs ont signé à cette occasion une convention qui garantit le maintien d'un train par heure sur la ligne de Delémont à Soleure par Moutier jusqu'en 2035 et prévoit un partage des frais d'exploitation. « Moutier ne doit pas devenir un cul-de-sac ferroviaire », a déclaré le ministre jurassien de l'Environnement, David Eray.\n"
    "L'Office fédéral des transports (OFT) s'est dit prêt à participer au financement de la modernisation des quais de la gare de Moutier.\n"
    "À Porrentruy, quelque 300 employés d'un sous-traitant horloger ont débrayé mardi à l'appel du syndicat Unia pour protester contre l'annonce de 80 licenciements. Unia a exigé le même jour l'ouverture immédiate de négociations sur un plan social.\n"
    "La police cantonale jurassienne a interpellé dimanche à Boncourt, près de la frontière française, trois passeurs présumés qui transportaient onze migrants dans une camionnette.\n"
    "Le conseiller fédéral Albert Rösti, chef du Département fédéral de l'environnement, des transports, de l'énergie et de la communication (DETEC), se rendra lundi prochain à Moutier pour rencontrer les autorités communales et les représentants des entreprises de la région.\n"
    "Le transfert de Moutier, approuvé en votation en 2021, sera le premier changement de canton d'une commune suisse de cette taille depuis la création du Jura.",
    [("LOC", "Delémont", ["Delemont", "Delsberg"], ["DELÉMONT", "Delémont"]),
     ("LOC", "Switzerland", ["Suisse"], ["Suisse"]),
     ("ORG", "Government of the Canton of Jura", ["Jura Government", "Gouvernement jurassien"], ["Gouvernement jurassien"]),
     ("ORG", "Council of State of Solothurn", ["Solothurn government", "Conseil d'Etat du canton de Soleure"],
      ["Conseil d'Etat du canton de Soleure"]),
     ("LOC", "Moutier", [], ["Moutier"]),
     ("LOC", "Canton of Jura", ["Jura", "canton du Jura"], ["canton du Jura", "Jura"]),
     ("LOC", "Solothurn", ["Soleure"], ["Soleure"]),
     ("PERSON", "David Eray", [], ["David Eray"]),
     ("ORG", "Federal Office of Transport", ["FOT", "OFT", "Office fédéral des transports"],
      ["Office fédéral des transports", "OFT"]),
     ("LOC", "Porrentruy", [], ["Porrentruy"]),
     ("ORG", "Unia", [], ["Unia"]),
     ("ORG", "Jura Cantonal Police", ["police cantonale jurassienne", "Jura police"], ["police cantonale jurassienne"]),
     ("LOC", "Boncourt", [], ["Boncourt"]),
     ("PERSON", "Albert Rösti", ["Rösti", "Albert Rosti"], ["Albert Rösti"]),
     ("ORG", "DETEC", ["Federal Department of the Environment, Transport, Energy and Communications", "UVEK"],
      ["Département fédéral de l'environnement, des transports, de l'énergie et de la communication", "DETEC"])],
    [("04", "reçu", "Delémont", "2025-01-21"), ("05", "signé", "Delémont", "2025-01-21"), ("03", "prêt", None, None),
     ("14", "débrayé", "Porrentruy", "2025-01-21"), ("10", "exigé", None, "2025-01-21"),
     ("17", "interpellé", "Boncourt", "2025-01-19"), ("04", "rencontrer", "Moutier", "2025-01-27")])

doc("b11-fr-04-caen", "fr", "2025-11-12T09:00:00Z",
    "Normandie : la région et le Calvados financent un centre de recherche sur l'éolien en mer, les pêcheurs bloquent Port-en-Bessin",
    "CAEN, 12 novembre - Le président de la région Normandie, Hervé Morin, et le président du conseil départemental du Calvados, Jean-Léonce Dupont, ont signé mardi à Caen une convention avec l'université de Caen Normandie pour financer un nouveau centre de recherche sur l'éolien en mer, à hauteur de 18 millions d'euros sur cinq ans.\n"
    "« La Normandie produit déjà une part importante de l'électricité éolienne marine du pays, elle doit aussi en former les ingénieurs », a souligné M. Morin, qui a annoncé la création de 40 postes de chercheurs.\n"
    "À Port-en-Bessin, plusieurs dizaines de marins-pêcheurs ont bloqué lundi l'accès au port pour protester contre l'extension des parcs éoliens au large des côtes, et ont menacé le même jour de bloquer le port de Ouistreham si les zones de pêche n'étaient pas préservées.\n"
    "Le comité régional des pêches maritimes et des élevages marins de Normandie a exigé mardi une étude indépendante sur l'effet des câbles sous-marins sur les fonds de pêche.\n"
    "L'Agence de l'environnement et de la maîtrise de l'énergie (Ademe) s'est dite prête à financer cette étude à parts égales avec la région.\n"
    "Au port de Dieppe, les douaniers ont saisi samedi 2,3 tonnes de cocaïne dissimulées dans une cargaison de fruits, la plus importante saisie jamais réalisée dans ce port, et interpellé trois personnes, dont un manutentionnaire du port, a indiqué la direction régionale des douanes.\n"
    "M. Morin recevra jeudi prochain à Rouen les représentants des entreprises de la filière pour préparer les appels d'offres de l'an prochain et la formation des techniciens de maintenance des futurs parcs.",
    [("LOC", "Normandy", ["Normandie"], ["Normandie"]),
     ("ORG", "Normandy Regional Council", ["Région Normandie", "Normandy Region", "Conseil régional de Normandie"],
      ["région Normandie"]),
     ("ORG", "Calvados Departmental Council", ["Conseil départemental du Calvados"], ["conseil départemental du Calvados"]),
     ("LOC", "Calvados", [], ["Calvados"]),
     ("LOC", "Port-en-Bessin", ["Port-en-Bessin-Huppain"], ["Port-en-Bessin"]),
     ("LOC", "Caen", [], ["CAEN", "Caen"]),
     ("PERSON", "Hervé Morin", ["Morin"], ["Hervé Morin", "Morin"]),
     ("PERSON", "Jean-Léonce Dupont", [], ["Jean-Léonce Dupont"]),
     ("ORG", "University of Caen Normandy", ["Université de Caen Normandie", "Unicaen", "université de Caen"],
      ["université de Caen Normandie"]),
     ("LOC", "Port of Ouistreham", ["Ouistreham", "port de Ouistreham"], ["port de Ouistreham"]),
     ("ORG", "Normandy Regional Fisheries Committee",
      ["CRPMEM Normandie", "Comité régional des pêches maritimes et des élevages marins de Normandie"],
      ["comité régional des pêches maritimes et des élevages marins de Normandie"]),
     ("ORG", "ADEME", ["Ademe", "Agence de l'environnement et de la maîtrise de l'énergie", "French Agency for Ecological Transition"],
      ["Agence de l'environnement et de la maîtrise de l'énergie", "Ademe"]),
     ("LOC", "Port of Dieppe", ["Dieppe", "port de Dieppe"], ["port de Dieppe"]),
     ("LOC", "Rouen", [], ["Rouen"])],
    [("05", "signé", "Caen", "2025-11-11"), ("14", "bloqué", "Port-en-Bessin", "2025-11-10"),
     ("13", "menacé", "Port-en-Bessin", "2025-11-10"), ("10", "exigé", None, "2025-11-11"),
     ("03", "prête", None, None), ("17", "saisi", "Port of Dieppe", "2025-11-08"),
     ("04", "recevra", "Rouen", "2025-11-13")])

write("blind11.jsonl")
