# Writes practice_arpername2.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by the helper
# h/arpername2, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them. The set is
# for the English spelling of persons in Arabic copy, second round: Algerians (Youcef, Abdelkader, given names in -ia),
# Moroccans with doubled letters in their family names (Bennani, Kabbaj, Benjelloun), Jordanians with Levantine family
# names (Nsour, Qteishat, Tarawneh), Sudanese with the joined article (Elfatih, Elmahi), and foreigners at a meeting in
# Rome as Arabic copy spells them (Turks, Spaniards, Brazilians, Italians, Nigerians, Senegalese, Indonesians). The
# gold `name` is the spelling English wire copy uses for the person's country, other spellings as aliases. Most
# persons are fictional. Entities that overlap.py found in other sets' gold were dropped from the gold (their text left
# as written). Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arpername2.py
from gold import doc, write

doc("parp2-ar-01-oran-tlemcen", "ar", "2026-11-25T09:00:00Z",
    "والي وهران يتفقد مشروع تحلية المياه وإضراب الأساتذة في تلمسان",
    "وهران - تفقد والي وهران يوسف بوزيدي، أمس الثلاثاء، أشغال محطة تحلية مياه البحر في بلدية عين الترك، رفقة مدير الموارد المائية للولاية عبد القادر بن شريف، الذي قال إن المحطة ستدخل الخدمة قبل الصيف.\n"
    "وقال بوزيدي إن «الأحياء الشرقية للمدينة ستحصل على الماء يوميا بعد تشغيل المحطة». وطالب النائب عن ولاية وهران مصطفى بوعلام بتسريع ربط القرى الجبلية بالشبكة.\n"
    "وفي تلمسان، دخل أساتذة الطور الثانوي في إضراب لثلاثة أيام بدعوة من نقابتهم، وقالت الأستاذة فوزية مختاري للصحفيين إن «الأقسام تضم أكثر من 45 تلميذا». وقال الأمين الولائي للنقابة الجيلالي بوشاقور إن الوزارة لم ترد على مطالب الأساتذة، وهدد بوشاقور بتمديد الإضراب.\n"
    "من جهتها، قالت مديرة التربية للولاية سامية قادري إن أبواب الحوار مفتوحة، فيما أكدت الطبيبة زكية بن عودة أن تلميذة أغمي عليها في ثانوية بمدينة مغنية نقلت إلى المستشفى.",
    [("PERSON", "Youcef Bouzidi", ["Youssef Bouzidi", "Yousef Bouzidi"], ["يوسف بوزيدي", "بوزيدي"]),
     ("LOC", "Ain El Turk", ["Aïn El Turck", "Ain Turk"], ["عين الترك"]),
     ("PERSON", "Abdelkader Bencherif", ["Abdelkader Ben Cherif", "Abdel Kader Bencherif"], ["عبد القادر بن شريف"]),
     ("PERSON", "Mustapha Boualem", ["Mustafa Boualem", "Moustapha Boualem"], ["مصطفى بوعلام"]),
     ("PERSON", "Fouzia Mokhtari", ["Fouzia Mokhtary", "Fawzia Mokhtari"], ["فوزية مختاري"]),
     ("PERSON", "Djilali Bouchakour", ["Djillali Bouchakour", "Jilali Bouchakour"], ["الجيلالي بوشاقور", "بوشاقور"]),
     ("PERSON", "Samia Kadri", ["Samia Kaddri", "Samia Qadri"], ["سامية قادري"]),
     ("PERSON", "Zakia Benaouda", ["Zakia Ben Aouda", "Zakia Benouda"], ["زكية بن عودة"])],
    [("04", "تفقد", "Ain El Turk", "2026-11-24"), ("14", "إضراب", None, None), ("13", "وهدد", None, None)])

doc("parp2-ar-02-fes-meknes", "ar", "2026-11-26T10:00:00Z",
    "عامل إقليم صفرو يدشن سوقا أسبوعيا وتجار فاس يحتجون على الضرائب",
    "صفرو - دشن عامل إقليم صفرو نبيل القباج، أمس الأربعاء، السوق الأسبوعي الجديد لجماعة إيموزار كندر، رفقة رئيس المجلس الإقليمي كريم بنجلون، الذي قال إن السوق سيستقبل أكثر من ألف تاجر.\n"
    "وقال القباج إن «السوق سيحد من البيع العشوائي في الطرقات». وقال رئيس جمعية التجار عبد اللطيف البناني إن التجار ينتظرون تخفيض رسوم الكراء.\n"
    "وفي فاس، نظم تجار المدينة العتيقة وقفة احتجاجية أمام مقر الجهة رفضا للضرائب الجديدة، وقال منسق الوقفة أمين الحجوجي إن «المحلات تغلق واحدا تلو الآخر». وقالت التاجرة ليلى الدباغ إن مبيعاتها تراجعت إلى النصف، فيما وعد الكاتب العام للجهة رشيد السقاط بعقد لقاء مع ممثلي التجار، وأكد السقاط أن الجهة ستدرس المطالب.",
    [("LOC", "Sefrou", ["Sefrou Province"], ["صفرو", "إقليم صفرو"]),
     ("PERSON", "Nabil Kabbaj", ["Nabil El Kabbaj", "Nabil Qabbaj"], ["نبيل القباج", "القباج"]),
     ("LOC", "Imouzzer Kandar", ["Imouzzer Kander", "Immouzer Kandar"], ["إيموزار كندر"]),
     ("PERSON", "Karim Benjelloun", ["Karim Ben Jelloun", "Karim Benjeloun"], ["كريم بنجلون"]),
     ("PERSON", "Abdellatif Bennani", ["Abdellatif El Bennani", "Abdelatif Bennani"], ["عبد اللطيف البناني"]),
     ("PERSON", "Amine Hajjouji", ["Amine El Hajjouji", "Amine Hajouji"], ["أمين الحجوجي"]),
     ("PERSON", "Leila Debbagh", ["Leila Dabbagh", "Laila Debbagh", "Leila El Debbagh"], ["ليلى الدباغ"]),
     ("PERSON", "Rachid Sekkat", ["Rachid Essekkat", "Rachid Saqqat"], ["رشيد السقاط", "السقاط"])],
    [("04", "دشن", "Imouzzer Kandar", "2026-11-25"), ("14", "وقفة", None, None)])

doc("parp2-ar-03-karak-tafila", "ar", "2026-11-27T08:00:00Z",
    "محافظ الكرك يتفقد الطرق بعد الأمطار وانقطاع الكهرباء عن قرى الطفيلة",
    "الكرك - تفقد محافظ الكرك خالد النسور، أمس الخميس، الطرق التي أغلقتها الانهيارات الترابية في جنوب المحافظة، برفقة مدير أشغال المحافظة رائد القطيشات، الذي قال إن الطرق ستفتح خلال يومين.\n"
    "وقال النسور إن «فرق الدفاع المدني تعمل على مدار الساعة». وطالب النائب عن المحافظة ليث الطراونة الحكومة بصرف تعويضات للمزارعين.\n"
    "وفي الطفيلة، انقطعت الكهرباء عن عشر قرى لساعات، وقال رئيس بلدية الحسا سامر الزبون إن الأعطال أصلحت صباح اليوم. وقالت المعلمة منال العموش إن المدارس علقت الدوام، فيما قال الطبيب عمر الخريشة إن المستشفى الحكومي عمل على المولدات، وأكد الخريشة عدم تسجيل إصابات.",
    [("PERSON", "Khaled Nsour", ["Khaled al-Nsour", "Khalid Nsour", "Khaled Al Nsour"], ["خالد النسور", "النسور"]),
     ("PERSON", "Raed Qteishat", ["Raed al-Qteishat", "Raed Qtaishat", "Raed Qutaishat"], ["رائد القطيشات"]),
     ("PERSON", "Laith Tarawneh", ["Laith al-Tarawneh", "Laith Tarawneh"], ["ليث الطراونة"]),
     ("PERSON", "Samer Zboun", ["Samer al-Zboun", "Samer Zaboun"], ["سامر الزبون"]),
     ("PERSON", "Manal Amoush", ["Manal al-Amoush", "Manal Al Amoush"], ["منال العموش"]),
     ("PERSON", "Omar Khreisheh", ["Omar al-Khreisheh", "Omar Khraisheh", "Omar Khreishah"], ["عمر الخريشة", "الخريشة"])],
    [("04", "تفقد", None, "2026-11-26"), ("10", "وطالب", None, None)])

doc("parp2-ar-04-rome-fisheries", "ar", "2026-11-28T12:00:00Z",
    "وزراء من ثلاث قارات يبحثون في روما مستقبل الثروة السمكية",
    "روما - بحث وزراء ومسؤولون من عشرين دولة، أمس الجمعة في روما، سبل حماية الثروة السمكية، في اجتماع افتتحه المسؤول الإيطالي باولو فيتالي.\n"
    "وقال وزير الزراعة التركي جودت أرسلان إن بلاده ستضاعف مزارع الأسماك في البحر الأسود، فيما دعا المسؤول الإسباني بابلو بالبيردي إلى حصص صيد عادلة، وقال البرازيلي فابيو فيريرا إن بلاده تدعم الصيادين الصغار.\n"
    "وقال وزير الثروة السمكية النيجيري أبو بكر موسى إن الصيد غير القانوني يكلف بلاده مئات الملايين، ووافقته المسؤولة السنغالية عائشة ديوب، بينما قال الإندونيسي بودي سوسيلو إن بلاده أغرقت مئات السفن المخالفة.\n"
    "وقال وزير الثروة الحيوانية والسمكية السوداني الفاتح الماحي إن بلاده تحتاج إلى دعم لتطوير بحيرة النوبة، والتقى الماحي على هامش الاجتماع بوزير الزراعة التركي.",
    [("PERSON", "Paolo Vitale", ["Paolo Vitali"], ["باولو فيتالي"]),
     ("PERSON", "Cevdet Arslan", ["Cevdet Aslan", "Jawdat Arslan"], ["جودت أرسلان"]),
     ("PERSON", "Pablo Valverde", ["Pablo Balverde"], ["بابلو بالبيردي"]),
     ("PERSON", "Fabio Ferreira", ["Fábio Ferreira", "Fabio Fereira"], ["فابيو فيريرا"]),
     ("PERSON", "Abubakar Musa", ["Abubakar Mousa", "Abu Bakar Musa"], ["أبو بكر موسى"]),
     ("PERSON", "Aissatou Diop", ["Aïssatou Diop", "Aicha Diop", "Aisha Diop"], ["عائشة ديوب"]),
     ("PERSON", "Budi Susilo", ["Budi Soesilo"], ["بودي سوسيلو"]),
     ("PERSON", "Elfatih Elmahi", ["Elfatih El Mahi", "El-Fatih El-Mahi", "Al-Fatih al-Mahi"],
      ["الفاتح الماحي", "الماحي"]),
     ("LOC", "Lake Nubia", ["Lake Nasser"], ["بحيرة النوبة"])],
    [("04", "بحث", None, "2026-11-27"), ("04", "والتقى", None, None)])

write("practice_arpername2.jsonl")
