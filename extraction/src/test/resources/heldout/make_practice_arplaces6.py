# Writes practice_arplaces6.jsonl: 4 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces6,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them. The set is about small
# PLACES: villages, camps, valleys, wells and neighbourhoods in lists after a place word or a plural place word, with
# the conjunction on construct heads ("وأم X", "وأبو X", "وكفر X", "ودير X", "وتل X", "وعين X", "وبئر X"), Iraq's
# "البو X" villages, floods ("سيول") that are no place, in stories set in Iraq's Anbar desert and Babil, Syria's Hama
# countryside, Sudan's White Nile state and Egypt's Fayoum. Gold names are the spelling English wire copy of each
# country uses (Sudan's "Um", Syria's "Kafr", Iraq's "Albu"), with aliases for other common spellings. Officials and
# details are fictional. Entities that other sets' gold already names (overlap.py) were taken out of the texts before
# the extractor ever ran. Gold not edited to match output. Apache-2.0.
# Run: python3 make_practice_arplaces6.py
from gold import doc, write

doc("pap6-ar-01-anbar", "ar", "2026-11-24T08:00:00Z",
    "سيول جارفة تغمر قرى البو فهد والبو ذياب في غرب العراق",
    "هيت (العراق) - قال مسؤولون محليون أمس الاثنين إن سيول جارفة ضربت قرى البو فهد والبو ذياب والبو عبيد شمال "
    "هيت، وغمرت مئات المنازل والبساتين بعد أمطار غزيرة استمرت يومين.\n"
    "وأوضح قائممقام القضاء أن المياه قطعت الطريق بين ناحية كبيسة وبلدة المحمدي، وأن فرق الدفاع المدني أجلت عشرات "
    "الأسر من قريتي الزوية وأبو طيبان إلى مدارس المدينة.\n"
    "وفي غرب المحافظة، قال سكان إن السيول جرفت خياما لرعاة في وادي حوران ووادي الأبيض، وإن قطعان الأغنام نفقت قرب "
    "آبار بئر الملح وعين زاهد، فيما أغلقت الطرق الصحراوية لساعات.\n"
    "وقال مدير ناحية المحمدي عامر الدليمي إن «المياه وصلت إلى أحياء الطاش والملعب، ونحتاج إلى مضخات وقوارب».\n"
    "وفي محافظة بابل، قالت مديرية الموارد المائية إنها فتحت سدة الهندية لتصريف المياه نحو شط الحلة، وإن قرى المحاويل "
    "وأبو غرق لم تتضرر.\n"
    "وأفاد سكان في ناحية جرف النصر بأن مياه السيول اجتاحت أراضي قريتي الفاضلية وأم العبيد، فيما قال مزارعون في "
    "المسيب إن محصول الحنطة قد يتأخر شهرا.\n"
    "وتقول السلطات إن العراق يعاني منذ سنوات من الجفاف، وإن أمطار هذا الشتاء جاءت مبكرة وغزيرة على غير العادة، "
    "ما كشف ضعف شبكات التصريف في القرى الصحراوية.",
    [("LOC", "Albu Fahd", ["Al-Bu Fahd", "Albu Fahad"], ["البو فهد"]),
     ("LOC", "Albu Diyab", ["Al-Bu Diyab", "Albu Dhiyab"], ["البو ذياب"]),
     ("LOC", "Iraq", [], ["العراق"]),
     ("LOC", "Albu Obeid", ["Al-Bu Obeid", "Albu Ubaid"], ["البو عبيد"]),
     ("LOC", "Hit", ["Heet"], ["هيت"]),
     ("LOC", "Mohammadi", ["Al-Mohammadi", "Muhammadi"], ["المحمدي"]),
     ("LOC", "Kubaisa", ["Kubaysa", "Kubaisah"], ["كبيسة"]),
     ("LOC", "Zuwiya", ["Zawiya"], ["الزوية"]),
     ("LOC", "Abu Tiban", ["Abu Tayban"], ["أبو طيبان"]),
     ("LOC", "Wadi Horan", ["Wadi Hauran", "Wadi Houran"], ["وادي حوران"]),
     ("LOC", "Wadi al-Abyad", ["Wadi Abyad"], ["وادي الأبيض"]),
     ("LOC", "Bir al-Milh", ["Bir al-Malh"], ["بئر الملح"]),
     ("LOC", "Ain Zahid", ["Ein Zahid"], ["عين زاهد"]),
     ("PERSON", "Amer al-Dulaimi", ["Amer al-Dulaimy"], ["عامر الدليمي"]),
     ("LOC", "Babil", ["Babylon province", "Babil province"], ["بابل"]),
     ("LOC", "Hindiya Barrage", ["Hindiyah Barrage", "Hindiya dam"], ["سدة الهندية"]),
     ("LOC", "Shatt al-Hilla", ["Hilla River", "Shatt al-Hillah"], ["شط الحلة"]),
     ("LOC", "Mahawil", ["Al-Mahawil", "Mahaweel"], ["المحاويل"]),
     ("LOC", "Abu Gharq", ["Abu Ghraq", "Abu Gharak"], ["أبو غرق"]),
     ("LOC", "Jurf al-Nasr", ["Jurf al-Sakhar", "Jurf Al Nasr"], ["جرف النصر"]),
     ("LOC", "Fadhiliya", ["Al-Fadhiliya", "Fadiliya"], ["الفاضلية"]),
     ("LOC", "Umm al-Abid", ["Um al-Abeed", "Umm al-Abeed"], ["أم العبيد"]),
     ("LOC", "Musayyib", ["Al-Musayyib", "Mussayib"], ["المسيب"])],
    [])

doc("pap6-ar-02-salfit", "ar", "2026-11-25T09:00:00Z",
    "هجمات مستوطنين على قرى سلفيت وحرق أشجار زيتون في وادي قانا",
    "سلفيت (الضفة الغربية) - قال مسؤولون محليون أمس الثلاثاء إن مستوطنين هاجموا قرى ياسوف واسكاكا ومردا شمال "
    "سلفيت، وأحرقوا عشرات أشجار الزيتون وثلاث مركبات، ما أدى إلى إصابة خمسة مزارعين.\n"
    "وأوضح رئيس مجلس قروي كفل حارس أن المزارعين منعوا من الوصول إلى أراضيهم في قرى حارس ودير استيا وكفر الديك، "
    "وأن الجرافات وصلت إلى أطراف وادي قانا حيث تقع ينابيع المنطقة.\n"
    "وقال سكان إن الطريق بين بلدتي بروقين ودير بلوط أغلق بالسواتر الترابية، وإن طلاب مدارس قرى سرطة وقراوة بني حسان "
    "وبديا اضطروا إلى سلوك طرق ترابية.\n"
    "وفي الجنوب الشرقي، قال ناشطون إن مستوطنين اقتحموا قرى عورتا وعقربا وبيت فوريك، وإن مواجهات اندلعت عند مدخل قرية "
    "تل وفي بلدة بيت دجن.\n"
    "وقال رئيس بلدية قراوة بني حسان إبراهيم عاصي إن «الأرض هنا هي مصدر الرزق الوحيد، وموسم الزيتون هذا العام هو "
    "الأسوأ منذ سنوات».\n"
    "وقالت منظمة محلية ترصد الاستيطان إن مستوطنة أرييل توسعت نحو أراضي قرى مردا وجماعين وزيتا جماعين خلال العام، "
    "فيما وزعت لجان شعبية في قرى عينابوس وبورين أدوات حراسة على المزارعين.\n"
    "وتقول هيئات فلسطينية إن موسم قطف الزيتون في الضفة الغربية يشهد كل عام ارتفاعا في الاعتداءات.",
    [("LOC", "Salfit", ["Salfeet"], ["سلفيت"]),
     ("LOC", "West Bank", ["occupied West Bank"], ["الضفة الغربية"]),
     ("LOC", "Wadi Qana", ["Wadi Kana"], ["وادي قانا"]),
     ("LOC", "Yasuf", ["Yassuf"], ["ياسوف"]),
     ("LOC", "Iskaka", ["Iskaka village"], ["اسكاكا"]),
     ("LOC", "Marda", ["Mirda"], ["مردا"]),
     ("LOC", "Kifl Haris", ["Kifl Hares"], ["كفل حارس"]),
     ("LOC", "Haris", ["Hares"], ["حارس"]),
     ("LOC", "Deir Istiya", ["Dayr Istiya", "Deir Istya"], ["دير استيا"]),
     ("LOC", "Kafr al-Dik", ["Kafr ad-Dik", "Kafr Eddik"], ["كفر الديك"]),
     ("LOC", "Bruqin", ["Burqin", "Broqeen"], ["بروقين"]),
     ("LOC", "Deir Ballut", ["Deir Balut", "Dayr Ballut"], ["دير بلوط"]),
     ("LOC", "Sarta", ["Sarta village"], ["سرطة"]),
     ("LOC", "Qarawat Bani Hassan", ["Qarawat Bani Hasan", "Qarawat Bani Hassan village"], ["قراوة بني حسان"]),
     ("LOC", "Biddya", ["Bidya", "Biddiya"], ["بديا"]),
     ("LOC", "Awarta", ["Awarta village"], ["عورتا"]),
     ("LOC", "Aqraba", ["Aqrabaa", "Akraba"], ["عقربا"]),
     ("LOC", "Beit Furik", ["Beit Foreek", "Bayt Furik"], ["بيت فوريك"]),
     ("LOC", "Tell", ["Tal", "Tell village"], ["تل"]),
     ("LOC", "Beit Dajan", ["Bayt Dajan", "Beit Dajjan"], ["بيت دجن"]),
     ("PERSON", "Ibrahim Asi", ["Ibrahim Assi"], ["إبراهيم عاصي"]),
     ("LOC", "Ariel", ["Ariel settlement"], ["أرييل"]),
     ("LOC", "Jamma'in", ["Jammain", "Jamain"], ["جماعين"]),
     ("LOC", "Zeita Jamma'in", ["Zeita Jammain", "Zita Jamain"], ["زيتا جماعين"]),
     ("LOC", "Einabus", ["Aynabus", "Ein Abus"], ["عينابوس"]),
     ("LOC", "Burin", ["Boreen"], ["بورين"])],
    [])

doc("pap6-ar-03-whitenile", "ar", "2026-11-26T07:30:00Z",
    "الكوليرا تنتشر في مخيمات اللاجئين جنوب الخرطوم",
    "الدويم (السودان) - قالت وزارة الصحة بالولاية أمس الأربعاء إن الكوليرا انتشرت في مخيمي أم صنقور والرديس "
    "للاجئين الجنوبيين، وإن 23 شخصا توفوا خلال أسبوع.\n"
    "وأوضح مدير الطوارئ بالوزارة أن حالات جديدة سجلت في مخيمات جوري والعلقاية ودبة بوسين قرب الحدود، وأن الفرق "
    "الصحية تعمل في محليات الجبلين وأم رمتة.\n"
    "وقال مواطنون في المدينة إن مياه الشرب تأتي من النهر مباشرة، وإن قرى الشوال وأم جر وود الزاكي تفتقر إلى "
    "محطات تنقية، فيما ارتفعت أسعار الوقود في القطينة وتندلتي.\n"
    "وفي شرق الولاية، قال مزارعون في مشروع الكوة الزراعي إن الأمطار المتأخرة أتلفت محصول الذرة في قرى أبو حبيرة "
    "وود نمر وقلي، وإن البنك الزراعي لم يصرف التمويل بعد.\n"
    "وقال المعتمد إن شاحنات تحمل محاليل وريدية وصلت إلى المدينة عبر الطريق البري، وإن مستشفى الدويم التعليمي خصص عنبرا "
    "للعزل.\n"
    "وأفاد شهود بأن مئات الأسر عبرت من الجنوب عبر معبر جودة خلال الشهر الماضي، واتجهت إلى مخيم كشافة، "
    "فيما أقام آخرون في حي المرابيع بمدينة الدويم.\n"
    "وتقول منظمة الصحة العالمية إن ضعف الصرف الصحي وازدحام المخيمات يرفعان خطر انتشار الوباء.",
    [("LOC", "Ed Dueim", ["Al-Dueim", "El Dueim", "Ad Douiem"], ["الدويم"]),
     ("LOC", "Khartoum", [], ["الخرطوم"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "Um Sangour", ["Umm Sangour", "Um Sangor"], ["أم صنقور"]),
     ("LOC", "Al-Redis", ["Al Redis", "Redis camp"], ["الرديس"]),
     ("LOC", "Jouri", ["Jouri camp"], ["جوري"]),
     ("LOC", "Alagaya", ["Al-Alagaya", "El Alagaya"], ["العلقاية"]),
     ("LOC", "Dabat Bosin", ["Dabat Bossin"], ["دبة بوسين"]),
     ("LOC", "Al Jabalain", ["El Jebelein", "Jabalain", "Al-Jabalain"], ["الجبلين"]),
     ("LOC", "Um Rimta", ["Umm Rimta", "Um Remta"], ["أم رمتة"]),
     ("LOC", "Al-Shawal", ["El Shawal", "Shawal"], ["الشوال"]),
     ("LOC", "Um Jar", ["Umm Jarr", "Um Jarr"], ["أم جر"]),
     ("LOC", "Wad al-Zaki", ["Wad Elzaki", "Wad el-Zaki"], ["ود الزاكي"]),
     ("LOC", "Al-Gutaina", ["El Geteina", "Geteina", "Al-Qutaynah"], ["القطينة"]),
     ("LOC", "Tendelti", ["Tandalti", "Tendalti"], ["تندلتي"]),
     ("LOC", "Kawa", ["El Kawa", "Al-Kawa"], ["الكوة"]),
     ("LOC", "Abu Habira", ["Abu Hubeira", "Abu Hubaira"], ["أبو حبيرة"]),
     ("LOC", "Wad Nimir", ["Wad Nimr"], ["ود نمر"]),
     ("LOC", "Guli", ["Gulli", "Qalli"], ["قلي"]),
     ("LOC", "Joda", ["Jouda", "Joda crossing"], ["معبر جودة"]),
     ("LOC", "Kashafa", ["Kashafa camp", "Khor al-Waral"], ["كشافة"]),
     ("LOC", "Al-Marabi", ["El Marabi", "Marabie"], ["المرابيع"]),
     ("ORG", "World Health Organization", ["WHO"], ["منظمة الصحة العالمية"])],
    [])

doc("pap6-ar-04-fayoum", "ar", "2026-11-27T10:00:00Z",
    "غرق أراض زراعية في قرى الفيوم بعد ارتفاع منسوب بحيرة قارون",
    "الفيوم (مصر) - قال مسؤولون محليون أمس الخميس إن مياه بحيرة قارون غمرت مئات الأفدنة في قرى شكشوك وقصر الجبالي "
    "والشواشنة التابعة لمركز أبشواي، بعد ارتفاع منسوب البحيرة خلال الأسبوع الماضي.\n"
    "وأوضح رئيس الوحدة المحلية بقرية شكشوك أن المياه وصلت إلى منازل في عزبتي أبو سرحان وأبو دنقاش، وأن الأهالي "
    "نقلوا مواشيهم إلى قرى طامية وسنورس.\n"
    "وقال مزارعون في قرى أبو جندير وكفر عميرة وأبو كساه إن مياه الصرف الزراعي لم تعد تجد منفذا، وطالبوا بتطهير مصرف "
    "البطس ومصرف الوادي.\n"
    "وفي جنوب المحافظة، قال مسؤول بمركز إطسا إن قرى قلهانة ومنشأة الجمال وتطون لم تتضرر، لكن الطرق إلى مركز يوسف "
    "الصديق تأثرت بمياه الرشح.\n"
    "وأعلنت السلطات إغلاق طريق محمية وادي الريان أمام الزوار لثلاثة أيام، وقالت إن شلالات الريان ومنطقة وادي "
    "الحيتان لم تتأثر.\n"
    "وفي قرية النزلة المعروفة بصناعة الفخار، قال حرفيون إن ورشهم على ضفة بحر يوسف توقفت بعد انقطاع الكهرباء، فيما "
    "قال سكان في دير الملاك غبريال إن الطريق إلى الدير مفتوح.\n"
    "ويقول خبراء إن بحيرة قارون، أكبر البحيرات المغلقة في مصر، تعاني من ارتفاع الملوحة وتراكم مياه الصرف منذ عقود.",
    [("LOC", "Fayoum", ["Faiyum", "Fayoum governorate", "Fayum"], ["الفيوم"]),
     ("LOC", "Egypt", [], ["مصر"]),
     ("LOC", "Lake Qarun", ["Lake Qaroun", "Birket Qarun"], ["بحيرة قارون"]),
     ("LOC", "Shakshouk", ["Shakshuk"], ["شكشوك"]),
     ("LOC", "Qasr al-Gebali", ["Qasr El Gebaly", "Qasr al-Jibali"], ["قصر الجبالي"]),
     ("LOC", "El Shawashna", ["Al-Shawashna", "Shawashna"], ["الشواشنة"]),
     ("LOC", "Ibshaway", ["Ebshway", "Ibshawai"], ["أبشواي"]),
     ("LOC", "Abu Sarhan", ["Ezbet Abu Sarhan"], ["أبو سرحان"]),
     ("LOC", "Abu Denqash", ["Abu Dunqash", "Ezbet Abu Denqash"], ["أبو دنقاش"]),
     ("LOC", "Tamiya", ["Tamia", "Tamiyah"], ["طامية"]),
     ("LOC", "Sinnuris", ["Sanhur", "Senoures", "Sinnures"], ["سنورس"]),
     ("LOC", "Abu Gandir", ["Abu Gendeir", "Abu Jandir"], ["أبو جندير"]),
     ("LOC", "Kafr Amira", ["Kafr Omeira", "Kafr Umayra"], ["كفر عميرة"]),
     ("LOC", "Abu Ksah", ["Abu Kesah", "Abuksa"], ["أبو كساه"]),
     ("LOC", "Batts drain", ["El Bats drain", "Masraf al-Bats"], ["مصرف البطس"]),
     ("LOC", "El Wadi drain", ["Masraf al-Wadi"], ["مصرف الوادي"]),
     ("LOC", "Itsa", ["Etsa"], ["إطسا"]),
     ("LOC", "Qalhana", ["Kalhana"], ["قلهانة"]),
     ("LOC", "Menshat al-Gammal", ["Minshat al-Jammal", "Menshaat El Gamal"], ["منشأة الجمال"]),
     ("LOC", "Tatun", ["Tutun", "Tutoun"], ["تطون"]),
     ("LOC", "Youssef El-Seddik", ["Yusuf al-Siddiq", "Youssef El Sediq"], ["يوسف الصديق"]),
     ("LOC", "Wadi El Rayan", ["Wadi al-Rayan", "Wadi Rayan protected area"], ["وادي الريان"]),
     ("LOC", "Wadi Al-Hitan", ["Wadi El Hitan", "Valley of the Whales"], ["وادي الحيتان"]),
     ("LOC", "El Nazla", ["Al-Nazla", "Nazla"], ["النزلة"]),
     ("LOC", "Bahr Yussef", ["Bahr Yousef", "Bahr Yusuf"], ["بحر يوسف"]),
     ("LOC", "Deir al-Malak Ghobrial", ["Deir el-Malak Ghobrial", "Dayr al-Malak Jibril"], ["دير الملاك غبريال"])],
    [])

write("practice_arplaces6.jsonl")
