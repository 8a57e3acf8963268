# Writes practice_arplaces4.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces4,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them. The set is about small
# PLACES: towns whose sound has a namesake abroad in a story set in Iraq, "بين X وY" with the unknown town first,
# towns after a plural place word ("محليات X وY"), "وأم X" and "وفم X", and two-word names "X الY", in stories set in
# Iraq's Middle Euphrates, western Tunisia, western Sudan and Morocco's Azilal. Gold names are the spelling English
# wire copy uses, with aliases for other common spellings. Officials and details are fictional. Entities that other
# sets' gold already names (overlap.py) were taken out of the texts before the extractor ever ran. Gold not edited to
# match output. Apache-2.0.
# Run: python3 make_practice_arplaces4.py
from gold import doc, write

doc("pap4-ar-01-mishkhab", "ar", "2026-12-02T08:00:00Z",
    "شح المياه يهدد زراعة الأرز في الفرات الأوسط بالعراق",
    "المشخاب - قال مزارعون في الفرات الأوسط جنوب العراق، أمس الثلاثاء، إن شح المياه يهدد موسم زراعة الأرز هذا العام.\n"
    "وأوضح مسؤول في مديرية الزراعة أن الحقول جفت في المشخاب والمناذرة، وأن المياه لم تصل إلى القرى الواقعة بين الحيرة والمشخاب منذ أسابيع.\n"
    "وأضاف أن المديرية وزعت مضخات على مزارعي القادسية، وطلبت من وزارة الموارد المائية زيادة الإطلاقات.",
    [("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("LOC", "Mishkhab", ["Al-Mishkhab", "Al-Mashkhab"], ["المشخاب"]),
     ("LOC", "Manathera", ["Al-Manathira", "Al-Manadhira"], ["المناذرة"]),
     ("LOC", "Al-Hira", ["Hira", "Al-Hirah"], ["الحيرة"]),
     ("LOC", "Qadisiya", ["Al-Qadisiyah"], ["القادسية"])],
    [])

doc("pap4-ar-02-thala", "ar", "2026-12-02T10:00:00Z",
    "ثلوج تغلق طرقا في غرب تونس",
    "تالة - أغلقت الثلوج، أمس الثلاثاء، طرقا عدة في غرب تونس، وعلقت عشرات السيارات بين حيدرة وتالة.\n"
    "وقال مسؤول في الحماية المدنية إن الثلوج قطعت أيضا الطريق بين تلابت وماجل بلعباس، وإن الجرافات تعمل على فتح الطرق الجبلية.\n"
    "وأضاف أن المدارس تبقى مغلقة اليوم في تالة وحيدرة وماجل بلعباس.",
    [     ("LOC", "Tunisia", ["Republic of Tunisia"], ["تونس"]),
     ("LOC", "Thala", ["Thala town"], ["تالة"]),
     ("LOC", "Tlabet", ["Tlabit"], ["تلابت"]),
     ("LOC", "Haidra", ["Haïdra", "Hydra"], ["حيدرة"]),
     ("LOC", "Majel Bel Abbes", ["Majel Bel Abbès", "Majil Bil Abbas"], ["ماجل بلعباس"])],
    [])

doc("pap4-ar-03-mellit", "ar", "2026-12-03T07:00:00Z",
    "حملة تطعيم في غرب السودان",
    "مليط - بدأت وزارة الصحة، أمس الثلاثاء، حملة لتطعيم الأطفال ضد الحصبة في محليات مليط وأم كدادة واللعيت.\n"
    "وقال مدير الحملة إن الفرق وصلت إلى كتم وكبكابية، وإن الحملة ستمتد إلى الطويشة الأسبوع المقبل.\n"
    "وأضاف أن مخيمات النازحين قرب كتم تحتاج إلى لقاحات إضافية.",
    [("LOC", "Sudan", ["Republic of the Sudan", "the Sudan"], ["السودان"]),
     ("LOC", "Mellit", ["Malit"], ["مليط"]),
     ("LOC", "Um Keddada", ["Umm Kaddadah", "Um Kadada"], ["أم كدادة"]),
     ("LOC", "Al Lait", ["Al-Laeit", "El Lait"], ["اللعيت"]),
     ("LOC", "Kutum", ["Kotum"], ["كتم"]),
     ("LOC", "Kabkabiya", ["Kebkabiya"], ["كبكابية"]),
     ("LOC", "Al Tawisha", ["Al-Tuwaisha", "El Tawisha"], ["الطويشة"])],
    [])

doc("pap4-ar-04-azilal", "ar", "2026-12-03T09:00:00Z",
    "انهيار صخري يقطع طريقا جبليا في إقليم أزيلال بالمغرب",
    "أزيلال - قطع انهيار صخري، أمس الثلاثاء، الطريق الجبلي بين دمنات وأزيلال وسط المغرب، بعد أمطار غزيرة شهدتها المنطقة.\n"
    "وقال مسؤول في الإقليم إن فرق التجهيز تعمل على فتح الطريق، وإن السيارات تحولت إلى طريق يمر عبر واويزغت وفم الجمعة.\n"
    "وأضاف أن الأمطار أتلفت محاصيل في تنانت وقلعة السراغنة، وأن السلطات تتابع منسوب المياه في سد بين الويدان.",
    [("LOC", "Azilal", ["Azilal Province"], ["أزيلال", "إقليم أزيلال"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب", "بالمغرب"]),
     ("LOC", "Demnate", ["Demnat"], ["دمنات"]),
     ("LOC", "Ouaouizeght", ["Ouaouizarht", "Waouizeght"], ["واويزغت"]),
     ("LOC", "Foum Jamaa", ["Foum Jemaa", "Foum El Jemaa"], ["فم الجمعة"]),
     ("LOC", "Tanant", ["Tanannt"], ["تنانت"]),
     ("LOC", "Kelaat Sraghna", ["El Kelaa des Sraghna", "Kalaat Sraghna"], ["قلعة السراغنة"]),
     ("LOC", "Bin El Ouidane Dam", ["Bin el Ouidane Dam", "Bin El Ouidane"], ["سد بين الويدان"])],
    [])

write("practice_arplaces4.jsonl")
