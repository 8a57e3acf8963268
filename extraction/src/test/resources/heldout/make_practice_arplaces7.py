# Writes practice_arplaces7.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces7,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them. The set is about small
# PLACES: an Amman dateline over a story of southern Jordan (Amman, not Oman), valleys and wadis with a known second
# word ("وادي X"), dual place words ("قريتي X وY", "بلدتي X وY", "مخيمي X وY", "مديريتي X وY"), heads read the way
# each country's wire copy writes them (Jordan's "Wadi", Morocco's "Oued"/"Jbel"/"Ain"/"Beni",
# Yemen's "Wadi"), in stories set in southern Jordan, Morocco's eastern oases, Iraq's Maysan marshes and Saudi Arabia's Jazan valleys (two more stories, of Lebanon and Yemen, were dropped when overlap.py found their places in other sets).
# Gold names are the spelling English wire copy of each country uses, with aliases for other common spellings.
# Officials and details are fictional. Entities that other sets' gold already names (overlap.py) were taken out of the
# texts before the extractor ever ran. Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arplaces7.py
from gold import doc, write

doc("pap7-ar-01-tafilah", "ar", "2026-11-30T09:00:00Z",
    "انهيارات صخرية تغلق طرقا في جنوب الأردن",
    "عمان (الأردن) - قالت السلطات المحلية أمس الأحد إن انهيارات صخرية أغلقت الطريق الواصل بين بلدتي غرندل "
    "والعيص، بعد أمطار غزيرة شهدتها محافظات الجنوب يومي الجمعة والسبت وتسببت بسيول في عدة أودية.\n"
    "وأوضح محافظ المنطقة أن فرق الدفاع المدني أجلت عشرات الأسر من قريتي الحصينية والعطيفة إلى مدارس حكومية، وأن المياه "
    "جرفت مزروعات وأشجار زيتون في وادي الحسا ووادي الغوير، فيما انقطعت الكهرباء عن بلدتي المعطن وأبو بنا لساعات "
    "طويلة قبل أن تعيدها الطواقم الفنية.\n"
    "وفي محمية ضانا، قال مسؤول في الجمعية الملكية لحماية الطبيعة إن مسار فينان أغلق أمام الزوار حتى إشعار آخر، "
    "وإن فرق المحمية تتابع وضع الطرق الترابية المؤدية إلى القرى الصغيرة داخل المحمية.\n"
    "وقال مختار قرية عين البيضاء إن «الطرق الزراعية تضررت بشدة، ونحتاج إلى آليات ثقيلة لفتحها قبل موسم الحراثة».\n"
    "وأعلنت السلطات إغلاق حمامات عفرا والبربيطة مؤقتا بعد ارتفاع منسوب المياه في الوادي، مؤكدة أن الإغلاق "
    "إجراء احترازي لحماية الزوار.\n"
    "وقال مسؤول محلي إن سد التنور امتلأ بنسبة ثمانين في المئة للمرة الأولى منذ إنشائه، وإن المهندسين "
    "يراقبون جسم السد على مدار الساعة خشية حدوث تشققات.\n"
    "ويقول سكان في جنوب الأردن إن البنية التحتية في القرى الجبلية لا تحتمل العواصف، وإن الطرق تنقطع كل شتاء.",
    [("LOC", "Amman", [], ["عمان"]),
     ("LOC", "Jordan", [], ["الأردن"]),
     ("LOC", "Al-Husainiya", ["Husseiniyeh", "Al-Hussainiyah"], ["الحصينية"]),
     ("LOC", "Al-Atifa", ["Atifa", "Al-Utaifa"], ["العطيفة"]),
     ("LOC", "Al-Eis", ["Al-Ais", "Al-Ees"], ["العيص"]),
     ("LOC", "Wadi al-Hasa", ["Wadi Hasa", "Wadi el-Hasa"], ["وادي الحسا"]),
     ("LOC", "Wadi al-Ghuwair", ["Wadi Ghuweir", "Wadi al-Ghwair"], ["وادي الغوير"]),
     ("LOC", "Al-Maatan", ["Maatan", "Al-Ma'tan"], ["المعطن"]),
     ("LOC", "Abu Banna", ["Abu Bana"], ["أبو بنا"]),
     ("LOC", "Gharandal", ["Ghurandal"], ["غرندل"]),
     ("LOC", "Dana Biosphere Reserve", ["Dana Reserve", "Dana"], ["محمية ضانا", "ضانا"]),
     ("ORG", "Royal Society for the Conservation of Nature", ["RSCN"], ["الجمعية الملكية لحماية الطبيعة"]),
     ("LOC", "Feynan", ["Faynan", "Finan"], ["فينان"]),
     ("LOC", "Ain al-Baida", ["Ain al-Bayda", "Ein al-Beida"], ["عين البيضاء"]),
     ("LOC", "Afra hot springs", ["Hammamat Afra", "Afra"], ["حمامات عفرا"]),
     ("LOC", "Burbaita", ["Al-Burbaita", "Barbita"], ["البربيطة"]),
     ("LOC", "Tannur Dam", ["Al-Tannur Dam", "Tannour Dam"], ["سد التنور"])],
    [])

doc("pap7-ar-03-figuig", "ar", "2026-11-27T10:15:00Z",
    "الجفاف يهدد واحات بوعرفة شرق المغرب",
    "بوعرفة (المغرب) - قال مزارعون في واحات شرق المغرب إن منسوب العيون تراجع إلى أدنى مستوى منذ عقدين، ما يهدد آلاف أشجار "
    "النخيل في قصور زناكة والوداغير والمعيز قرب الحدود مع الجزائر.\n"
    "وأوضح مسؤول في المديرية الإقليمية للفلاحة بالمدينة أن الجفاف امتد إلى جماعات تندرارة وعين الشعير وبني تجيت، وأن "
    "الرعاة نقلوا قطعانهم نحو سفوح جبل كروز وضفاف وادي زوزفانة بحثا عن الكلأ.\n"
    "وقال رئيس جمعية محلية في بلدة بوعنان إن «الآبار في قريتي تالسينت وبومريم جفت تماما، والأسر تشتري الماء من "
    "الشاحنات بأثمان مرتفعة».\n"
    "وفي منطقة واد كير، قال سكان إن السد التلي الصغير لم يستقبل أي حمولة منذ الربيع الماضي، وإن الأراضي الزراعية "
    "المحيطة به تركت بورا.\n"
    "وتقول السلطات المحلية إنها أطلقت برنامجا لحفر آبار جديدة وتوزيع الأعلاف المدعمة على الكسابة في المنطقة، "
    "فيما يطالب منتخبون بربط الواحة بمشروع لتحلية مياه البحر.\n"
    "وفي جماعة بني كيل وبلدة عين بني مطهر، قال رعاة إن أسعار الشعير تضاعفت خلال شهرين، وإن كثيرين باعوا "
    "نصف قطعانهم لتغطية تكاليف الأعلاف.\n"
    "وتعد المنطقة من أكثر مناطق المغرب تأثرا بتوالي سنوات الجفاف، إذ يعتمد سكانه على الواحات والرعي في معيشتهم، "
    "ويهاجر كثير من شبابه إلى المدن الكبرى بحثا عن عمل.",
    [("LOC", "Morocco", [], ["المغرب"]),
     ("LOC", "Zenaga", ["Ksar Zenaga", "Znaga"], ["زناكة"]),
     ("LOC", "Loudaghir", ["Ksar Loudaghir", "El Oudaghir"], ["الوداغير"]),
     ("LOC", "Lmaiz", ["Ksar Lmaiz", "El Maiz"], ["المعيز"]),
     ("LOC", "Algeria", [], ["الجزائر"]),
     ("LOC", "Bouarfa", [], ["بوعرفة"]),
     ("LOC", "Tendrara", [], ["تندرارة"]),
     ("LOC", "Ain Chair", ["Ain Chaair", "Ain Chaïr"], ["عين الشعير"]),
     ("LOC", "Beni Tadjit", ["Bni Tadjit", "Beni Tajjit"], ["بني تجيت"]),
     ("LOC", "Jbel Grouz", ["Jebel Grouz", "Djebel Grouz"], ["جبل كروز"]),
     ("LOC", "Oued Zousfana", ["Wadi Zousfana", "Zousfana"], ["وادي زوزفانة"]),
     ("LOC", "Bouanane", ["Bouanan"], ["بوعنان"]),
     ("LOC", "Talsint", [], ["تالسينت"]),
     ("LOC", "Boumerieme", ["Boumeriem", "Bou Meriem"], ["بومريم"]),
     ("LOC", "Oued Guir", ["Wadi Guir", "Guir"], ["واد كير"]),
     ("LOC", "Beni Guil", ["Bni Guil", "Beni Gil"], ["بني كيل"]),
     ("LOC", "Ain Beni Mathar", ["Ain Bni Mathar", "Aïn Beni Mathar"], ["عين بني مطهر"])],
    [])

doc("pap7-ar-05-maysan", "ar", "2026-11-25T08:20:00Z",
    "نزوح أسر من قرى الأهوار في جنوب العراق بسبب شح المياه",
    "قالت السلطات المحلية في جنوب العراق أمس الأربعاء إن مناسيب المياه في هور السناف انخفضت "
    "إلى مستويات غير مسبوقة، ما أجبر عشرات الأسر على النزوح من قريتي أبو خصاف والصحين نحو مركز القضاء وبلدة الخيرات.\n"
    "وقال مربو جاموس في ناحية بني هاشم إن نهر المشرح الذي يغذي الأهوار لم يعد يصل إلى أطرافها، وإن مئات الرؤوس "
    "نفقت خلال الصيف بسبب ارتفاع الملوحة ونقص العلف.\n"
    "وفي قرية الصليبات، قال مزارعون إن ملوحة نهر البتيرة أتلفت حقول الحنطة قرب قريتي أم الورد والسويعدة، وإنهم "
    "لم يتلقوا أي تعويض منذ الموسم الماضي.\n"
    "وأوضح مسؤول محلي أن الأسر النازحة تسكن في خيام على أطراف البلدة، وأن المدارس هناك تستقبل أعدادا "
    "تفوق طاقتها.\n"
    "وقال مدير ناحية العزير إن «الأهوار تموت ببطء، والسكان الذين عاشوا فيها مئات السنين يغادرونها الآن إلى المدن».\n"
    "وتقيم عشرات الأسر النازحة منذ الصيف في مخيمي أبو عجيل والهدامة على طريق ترابي، وتشكو من نقص مياه الشرب "
    "والأدوية، بحسب ناشطين محليين.\n"
    "ويقول خبراء إن قلة الإطلاقات المائية من دول المنبع وتراجع الأمطار خلال السنوات الأخيرة قلصا مساحة الأهوار "
    "في جنوب العراق إلى أقل من ثلث ما كانت عليه.",
    [("LOC", "Iraq", [], ["العراق"]),
     ("LOC", "Sanaf marsh", ["Hor al-Sanaf", "Sinaf marsh"], ["هور السناف"]),
     ("LOC", "Al-Khairat", ["Khairat", "Al-Khayrat"], ["الخيرات"]),
     ("LOC", "Al-Sulaibat", ["Sulaibat", "Al-Sulaybat"], ["الصليبات"]),
     ("LOC", "Abu Khasaf", ["Abu Khassaf"], ["أبو خصاف"]),
     ("LOC", "Al-Suhain", ["Suhain", "Al-Sahin"], ["الصحين"]),
     ("LOC", "Bani Hashim", ["Beni Hashem", "Bani Hashem"], ["بني هاشم"]),
     ("LOC", "Musharrah river", ["Musharrah", "Al-Musharrah river", "Mesharrah river"], ["نهر المشرح"]),
     ("LOC", "Butaira river", ["Al-Butaira river", "Butayra river"], ["نهر البتيرة"]),
     ("LOC", "Umm al-Ward", ["Um al-Ward"], ["أم الورد"]),
     ("LOC", "Al-Suwaida", ["Suwaida", "Al-Sweida"], ["السويعدة"]),
     ("LOC", "Al-Uzair", ["Uzair", "Al-Azair", "Al-Uzayr"], ["العزير"]),
     ("LOC", "Abu Ajil", ["Abu Ajeel", "Abu Ujail"], ["أبو عجيل"]),
     ("LOC", "Al-Haddama", ["Haddama", "Al-Hadama"], ["الهدامة"])],
    [])

doc("pap7-ar-06-jazan", "ar", "2026-11-29T11:00:00Z",
    "سيول في أودية جنوب السعودية وانهيارات صخرية في جبال فيفاء",
    "صبيا (السعودية) - قالت المديرية العامة للدفاع المدني أمس السبت إن سيولا جرت في وادي بيش ووادي ضمد بعد أمطار "
    "غزيرة هطلت على المرتفعات الجبلية جنوب غرب المملكة، وإن فرقها أنقذت عددا من الأشخاص احتجزتهم المياه في مركباتهم.\n"
    "وأوضح متحدث باسم الدفاع المدني أن الفرق أخلت أسرا من قريتي الحقو والعشوة في محافظة صبيا، ونقلتها إلى شقق "
    "مفروشة على نفقة الدولة، فيما بقيت الطرق الزراعية مغلقة.\n"
    "وفي جبال فيفاء وبني مالك، قال سكان إن انهيارات صخرية أغلقت الطرق الجبلية الضيقة، وإن فرق البلديات تعمل على "
    "فتحها بالآليات الثقيلة.\n"
    "وأغلقت السلطات الطريق الساحلي بين محافظتي الدرب والشقيق لساعات بعد أن غمرت مياه وادي عتود أجزاء منه، فيما "
    "علقت الدراسة الحضورية في مدارس محافظة أبو عريش.\n"
    "وقال مزارع من بلدة الخوبة إن «السيول جرفت مدرجات البن والخضار، ولم يبق لنا شيء من محصول هذا العام».\n"
    "وفي محافظة العيدابي، قال مسؤول في البلدية إن مياه وادي خلب غمرت قريتي القفل والجديين، وإن الأهالي "
    "صعدوا إلى أسطح المنازل بانتظار فرق الإنقاذ.\n"
    "ويقول مختصون إن أودية جنوب غرب السعودية تشهد كل خريف سيولا مفاجئة، وإن التوسع العمراني في مجاري الأودية "
    "يزيد من حجم الأضرار.",
    [("LOC", "Saudi Arabia", [], ["السعودية"]),
     ("LOC", "Wadi Baysh", ["Wadi Baish", "Wadi Bish"], ["وادي بيش"]),
     ("LOC", "Wadi Damad", ["Wadi Dhamad", "Wadi Damd"], ["وادي ضمد"]),
     ("LOC", "Al-Haqu", ["Haqu", "Al-Hagu"], ["الحقو"]),
     ("LOC", "Al-Ashwa", ["Ashwa", "Al-Eshwa"], ["العشوة"]),
     ("LOC", "Sabya", ["Sabiya", "Sabia"], ["صبيا"]),
     ("LOC", "Fifa", ["Faifa", "Fayfa", "Fifa mountains"], ["فيفاء", "جبال فيفاء"]),
     ("LOC", "Bani Malik", ["Beni Malik", "Bani Malek"], ["بني مالك"]),
     ("LOC", "Al-Darb", ["Darb"], ["الدرب"]),
     ("LOC", "Al-Shuqaiq", ["Shuqaiq", "Al-Shuqayq", "Shqaiq"], ["الشقيق"]),
     ("LOC", "Wadi Itwad", ["Wadi Atwad", "Wadi Etwad"], ["وادي عتود"]),
     ("LOC", "Abu Arish", ["Abu Areesh"], ["أبو عريش"]),
     ("LOC", "Al-Khubah", ["Khoubah", "Al-Khouba", "Al-Khuba"], ["الخوبة"]),
     ("LOC", "Al-Eidabi", ["Eidabi", "Al-Aydabi", "Al-Idabi"], ["العيدابي"]),
     ("LOC", "Wadi Khulab", ["Wadi Khalab", "Wadi Kholab"], ["وادي خلب"]),
     ("LOC", "Al-Qafl", ["Qafl", "Al-Gafl"], ["القفل"]),
     ("LOC", "Al-Jadiyain", ["Jadiyain", "Al-Judayyin"], ["الجديين"])],
    [])

write("practice_arplaces7.jsonl")
