# Writes blind28.jsonl: 12 articles (6 ar, 3 en, 3 fr) written for Newsflow's tests on 2026-12-03, annotated by
# shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and its
# code and data were not read while they were written). National and international wire news of the kind dev.jsonl
# holds: officials meeting, calls and visits, agreements, clashes, air strikes, raids and arrests, protests and
# labour strikes, demands, threats, rejections, criticism, aid and offers. Arabic, the weakest language, has the
# larger sample, five Arab-world stories and one world story told in Arabic: a strike at Talkha and protests in
# Zagazig in Egypt's Nile Delta, clashes near Germa in Libya's Fezzan, air strikes near Ishaqi and a council's
# rejection in Iraq's Salahuddin with a tribal meeting in Rawa, a protest in Azaz and a crossing deal at Jarablus in
# north-west Syria, a fishermen's strike in Sidi Ifni and a port deal in Boujdour in Morocco's south, and Malaysia
# and Indonesia in Johor Bahru and Batam; English: Aceh, southern Malawi, Honduras's north coast and Olancho;
# French: Niger's Tillabéri and the Aïr, Rwanda and Burundi at Nemba, New Caledonia's south and the Loyalty Islands.
# People, bodies and places are none of those named as gold in dev.jsonl or the other sets here, except the few
# hits listed in heldout/README.md (checked with overlap.py). Real public figures in plausible public roles as of
# late 2026; other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind28.py
from gold import doc, write

doc("b28-ar-01-talkha-zagazig", "ar", "2026-11-04T08:00:00Z",
    "إضراب في شركة الدلتا للأسمدة بطلخا ومحافظ الدقهلية يلتقي ممثلي العمال",
    "المنصورة (مصر) - أضرب نحو ألفي عامل في شركة الدلتا للأسمدة والصناعات الكيماوية بمدينة طلخا أمس الثلاثاء عن العمل، احتجاجا على تأخر صرف الأرباح السنوية، بحسب اللجنة النقابية بالشركة. وتعد الشركة من أكبر منتجي الأسمدة الآزوتية في البلاد، ويعمل بها أكثر من أربعة آلاف عامل بين دائمين ومؤقتين، ويشكو كثير منهم منذ أشهر من ارتفاع الأسعار وتآكل الأجور.\n"
    "والتقى محافظ الدقهلية اللواء حسام الدين المنشاوي ممثلين عن العمال مساء اليوم نفسه في ديوان المحافظة بالمنصورة، وقال المنشاوي إن الشركة القابضة للصناعات الكيماوية «ستدرس المطالب خلال أسبوع».\n"
    "وطالبت النقابة العامة للعاملين بالصناعات الكيماوية إدارة الشركة بصرف المستحقات فورا، فيما رفضت الإدارة «أي تفاوض تحت ضغط التوقف عن العمل».\n"
    "وفي محافظة الشرقية، تظاهر مئات الطلاب في الزقازيق الأحد الماضي أمام مبنى إدارة جامعة الزقازيق احتجاجا على رفع رسوم السكن الجامعي، واعتقلت الشرطة سبعة منهم، وفق المبادرة المصرية للحقوق الشخصية التي انتقدت «التعامل الأمني مع الطلاب».\n"
    "وفي ميت غمر، وزع بنك الكساء المصري أمس بطاطين وملابس شتوية على ألف أسرة، فيما أعلن رئيس جامعة المنصورة الدكتور محمد عطية البيومي استعداد مستشفيات الجامعة لإجراء 500 عملية جراحية مجانية لأهالي قرى مركز طلخا الشهر المقبل. وقال البيومي إن القوافل الطبية ستبدأ من قرية ميت الكرما.\n"
    "ووقعت الهيئة العامة لمشروعات الصرف ومحافظة الدقهلية الاثنين اتفاقا لتبطين الترع في مركز ميت غمر بكلفة 300 مليون جنيه.",
    [("LOC", "Mansoura", ["El Mansoura", "Al Mansurah", "Mansourah"], ["المنصورة"]),
     ("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("ORG", "Delta Fertilizers and Chemical Industries", ["Delta Fertilizers", "Delta Fertilizer and Chemical Industries Company"],
      ["شركة الدلتا للأسمدة والصناعات الكيماوية", "شركة الدلتا للأسمدة"]),
     ("LOC", "Talkha", ["Talkhā"], ["طلخا"]),
     ("LOC", "Dakahlia Governorate", ["Dakahlia", "Daqahliyah", "Dakahlia governorate"], ["الدقهلية", "محافظة الدقهلية"]),
     ("PERSON", "Hossam El-Din El-Menshawy", ["Hossam Eldin El Menshawi", "Hossam al-Din al-Minshawi", "El-Menshawy"],
      ["حسام الدين المنشاوي", "المنشاوي"]),
     ("ORG", "Chemical Industries Holding Company", ["Chemical Industries Holding Company (Egypt)", "CIHC"],
      ["الشركة القابضة للصناعات الكيماوية"]),
     ("ORG", "General Union of Chemical Industries Workers", ["General Trade Union of Chemical Industries Workers"],
      ["النقابة العامة للعاملين بالصناعات الكيماوية"]),
     ("LOC", "Sharqia Governorate", ["Sharqia", "Al Sharqia", "Sharkia Governorate"], ["محافظة الشرقية"]),
     ("LOC", "Zagazig", ["Az Zaqaziq", "Zagazig city"], ["الزقازيق"]),
     ("ORG", "Zagazig University", ["Zagazig Univ."], ["جامعة الزقازيق"]),
     ("ORG", "Egyptian Initiative for Personal Rights", ["EIPR"], ["المبادرة المصرية للحقوق الشخصية"]),
     ("LOC", "Mit Ghamr", ["Mit Ghamr district", "Meet Ghamr"], ["ميت غمر"]),
     ("ORG", "Egyptian Clothing Bank", ["Egyptian Clothes Bank"], ["بنك الكساء المصري"]),
     ("ORG", "Mansoura University", ["University of Mansoura"], ["جامعة المنصورة"]),
     ("PERSON", "Mohamed Attia El-Bayoumi", ["Mohamed Attia al-Bayoumi", "El-Bayoumi"], ["محمد عطية البيومي", "البيومي"]),
     ("LOC", "Mit El Korama", ["Meet El Korama", "Mit al-Karama"], ["ميت الكرما"]),
     ("ORG", "Egyptian Public Authority for Drainage Projects", ["EPADP", "Public Authority for Drainage Projects"],
      ["الهيئة العامة لمشروعات الصرف"])],
    [("14", "أضرب", "Talkha", "2026-11-03"), ("04", "التقى", "Mansoura", "2026-11-03"),
     ("10", "طالبت", None, None), ("12", "رفضت", None, None),
     ("14", "تظاهر", "Zagazig", "2026-11-01"), ("17", "اعتقلت", "Zagazig", "2026-11-01"),
     ("11", "انتقدت", None, None), ("07", "وزع", "Mit Ghamr", "2026-11-03"),
     ("03", "استعداد", "Talkha", None), ("05", "ووقعت", "Mit Ghamr", "2026-11-02")])

doc("b28-ar-02-germa-shati", "ar", "2026-11-09T08:00:00Z",
    "اشتباكات قرب جرمة في وادي الحياة ومحتجون يغلقون محطة كهرباء بوادي الشاطئ",
    "براك الشاطئ (ليبيا) - اندلعت اشتباكات مسلحة أمس الأحد بين قوة من المنطقة العسكرية الجنوبية ومجموعة مسلحة قرب بلدة جرمة في وادي الحياة، أسفرت عن مقتل ثلاثة مسلحين وإصابة جنديين، بحسب مستشفى جرمة القروي.\n"
    "وقال آمر المنطقة اللواء فرج علي الحاسي إن قواته «استعادت السيطرة على الطريق الرابط بين جرمة وتمسة»، متهما المجموعة بتهريب الوقود والمهاجرين عبر الحدود. وأضاف الحاسي أن قواته ستواصل ملاحقة المهربين.\n"
    "وفي وادي الشاطئ، أغلق محتجون من شباب المنطقة السبت محطة توليد الكهرباء الرئيسية احتجاجا على الانقطاعات المتكررة ونقص الوقود. وطالب المجلس الاجتماعي لقبائل وادي الشاطئ السلطات بتخصيص حصة من وظائف قطاع النفط لأبناء الجنوب، وهدد بإغلاق الطريق إلى الحقول النفطية إذا لم تستجب خلال عشرة أيام.\n"
    "والتقى عميد بلدية براك الشاطئ مفتاح سالم الزوي أمس ممثلين عن المحتجين ووفدا من المجلس، وتعهد الزوي بإعادة تشغيل المحطة قبل نهاية الأسبوع.\n"
    "وأرسلت منظمة أكتد الفرنسية قافلة طبية تضم أدوية ومستلزمات جراحية إلى مستشفى جرمة القروي، فيما أدانت المؤسسة الوطنية لحقوق الإنسان في ليبيا «استهداف سيارة إسعاف خلال الاشتباكات» وطالبت النائب العام بفتح تحقيق.\n"
    "ويشكو سكان بلدات الجنوب الليبي منذ سنوات من ضعف الخدمات رغم وجود أكبر الحقول النفطية في المنطقة، إذ تمتد طوابير السيارات أمام محطات الوقود لساعات طويلة، وتنقطع الكهرباء في بعض الأحياء أكثر من عشرين ساعة يوميا خلال فصل الصيف.",
    [("LOC", "Brak", ["Brak al-Shati", "Brak Al Shati", "Brack"], ["براك الشاطئ"]),
     ("LOC", "Libya", ["State of Libya"], ["ليبيا"]),
     ("ORG", "Southern Military Region (Libya)", ["Southern Military Region", "Southern Military Zone"], ["المنطقة العسكرية الجنوبية"]),
     ("LOC", "Germa", ["Jarma", "Garama"], ["جرمة"]),
     ("LOC", "Wadi al-Hayat", ["Wadi Al Hayaa", "Wadi al-Hayaa"], ["وادي الحياة"]),
     ("ORG", "Germa Rural Hospital", ["Jarma Rural Hospital", "Germa Hospital"], ["مستشفى جرمة القروي"]),
     ("PERSON", "Faraj Ali al-Hasi", ["Faraj Ali Al Hassi", "al-Hasi"], ["فرج علي الحاسي", "الحاسي"]),
     ("LOC", "Tmassah", ["Tmessa", "Temissa"], ["تمسة"]),
     ("LOC", "Wadi al-Shati", ["Wadi Al Shati", "Wadi ash Shati"], ["وادي الشاطئ"]),
     ("ORG", "Social Council of the Wadi al-Shati Tribes", ["Wadi al-Shati Tribes Social Council"],
      ["المجلس الاجتماعي لقبائل وادي الشاطئ"]),
     ("PERSON", "Miftah Salem al-Zawi", ["Miftah Salem Al Zawi", "al-Zawi"], ["مفتاح سالم الزوي", "الزوي"]),
     ("ORG", "ACTED", ["Agency for Technical Cooperation and Development"], ["منظمة أكتد", "أكتد"]),
     ("ORG", "National Institution for Human Rights in Libya", ["National Human Rights Institution in Libya", "NIHRL"],
      ["المؤسسة الوطنية لحقوق الإنسان في ليبيا"])],
    [("19", "اشتباكات", "Germa", "2026-11-08"), ("11", "متهما", None, None),
     ("14", "أغلق", "Wadi al-Shati", "2026-11-07"), ("10", "وطالب", None, None), ("13", "وهدد", None, None),
     ("04", "والتقى", "Brak", "2026-11-08"), ("03", "وتعهد", "Brak", None),
     ("07", "وأرسلت", "Germa", None), ("11", "أدانت", None, None), ("10", "وطالبت", None, None)])

doc("b28-ar-03-ishaqi-rawa", "ar", "2026-11-12T08:00:00Z",
    "غارات جوية على مخابئ لمسلحين قرب الإسحاقي ومجلس محافظة صلاح الدين يرفض خطة وزارة التخطيط",
    "الضلوعية (العراق) - شنت طائرات تابعة لقيادة طيران الجيش العراقي أمس الأربعاء غارات على مخابئ لمسلحين في بساتين ناحية الإسحاقي، ما أسفر عن مقتل خمسة منهم وتدمير مخزن للعبوات الناسفة، بحسب قيادة عمليات صلاح الدين.\n"
    "وقال قائد العمليات الفريق الركن خالد نوري المشهداني إن قوة مشتركة اعتقلت بعد الغارات ثلاثة مطلوبين في قضاء الدجيل. وأوضح المشهداني أن المعتقلين «متورطون في تفجير أبراج الكهرباء قرب الضلوعية».\n"
    "ورفض مجلس محافظة صلاح الدين في جلسة طارئة الثلاثاء خطة وزارة التخطيط العراقية لتوزيع تخصيصات الإعمار، وطالب رئيس المجلس أحمد جاسم الناصري الحكومة بمضاعفة حصة المحافظة. وقال الناصري إن «مناطق واسعة لم تصلها المشاريع منذ التحرير».\n"
    "وفي قضاء راوة غربي البلاد، عقد مجلس عشائر راوة وعنة الاثنين اجتماعا مع قائد الفرقة السابعة في الجيش العراقي العميد الركن حسين علي الفهداوي لبحث تأمين الطرق الصحراوية، وأكد الفهداوي استعداد الفرقة لتجنيد مئتي شاب من أبناء المنطقة.\n"
    "ووزعت منظمة ميرسي هاندز مولدات كهربائية وخزانات مياه على 40 قرية في قضاء عنة، وأبدت استعدادها لتأهيل ثلاث مدارس في الرطبة مطلع العام المقبل.\n"
    "ولا تزال خلايا متفرقة من المسلحين تنشط في المناطق الزراعية والصحراوية الممتدة بين المحافظات الغربية والشمالية، وتستهدف بين حين وآخر أبراج الطاقة وآليات الرعاة، رغم تراجع الهجمات بشكل كبير خلال السنوات الأخيرة، وفق إحصاءات أمنية رسمية.",
    [("LOC", "Dhuluiya", ["Al-Dhuluiya", "Duluiyah"], ["الضلوعية"]),
     ("LOC", "Iraq", ["Republic of Iraq"], ["العراق"]),
     ("ORG", "Iraqi Army Aviation Command", ["Iraqi Army Aviation", "Army Aviation Command (Iraq)"],
      ["قيادة طيران الجيش العراقي", "طيران الجيش العراقي"]),
     ("LOC", "Ishaqi", ["Al-Ishaqi", "Is'haqi"], ["الإسحاقي"]),
     ("ORG", "Salahuddin Operations Command", ["Salah al-Din Operations Command", "Saladin Operations Command"],
      ["قيادة عمليات صلاح الدين"]),
     ("PERSON", "Khaled Nouri al-Mashhadani", ["Khalid Nouri al-Mashhadani", "al-Mashhadani"], ["خالد نوري المشهداني", "المشهداني"]),
     ("LOC", "Dujail", ["Al-Dujail", "Dujayl"], ["الدجيل"]),
     ("ORG", "Salahuddin Provincial Council", ["Salah al-Din Provincial Council", "Saladin Provincial Council"],
      ["مجلس محافظة صلاح الدين"]),
     ("ORG", "Ministry of Planning (Iraq)", ["Iraqi Ministry of Planning", "Iraqi Planning Ministry"],
      ["وزارة التخطيط العراقية", "وزارة التخطيط"]),
     ("PERSON", "Ahmed Jassim al-Nasiri", ["Ahmed Jasim al-Nasiri", "al-Nasiri"], ["أحمد جاسم الناصري", "الناصري"]),
     ("LOC", "Rawa", ["Rawah"], ["راوة"]),
     ("ORG", "Rawa and Anah Tribal Council", ["Council of the Tribes of Rawa and Anah"], ["مجلس عشائر راوة وعنة"]),
     ("ORG", "7th Division (Iraq)", ["Iraqi Army 7th Division", "7th Infantry Division (Iraq)"], ["الفرقة السابعة في الجيش العراقي"]),
     ("PERSON", "Hussein Ali al-Fahdawi", ["Hussain Ali al-Fahdawi", "al-Fahdawi"], ["حسين علي الفهداوي", "الفهداوي"]),
     ("ORG", "Mercy Hands", ["Mercy Hands for Humanitarian Aid"], ["منظمة ميرسي هاندز"]),
     ("LOC", "Anah", ["Anah district", "Aanah"], ["عنة"]),
     ("LOC", "Rutba", ["Al-Rutba", "Ar Rutbah"], ["الرطبة"])],
    [("19", "شنت", "Ishaqi", "2026-11-11"), ("17", "اعتقلت", "Dujail", "2026-11-11"),
     ("12", "ورفض", None, "2026-11-10"), ("10", "وطالب", None, "2026-11-10"),
     ("04", "اجتماعا", "Rawa", "2026-11-09"), ("03", "استعداد", "Rawa", None),
     ("07", "ووزعت", "Anah", None), ("03", "استعدادها", "Rutba", None)])

doc("b28-ar-04-azaz-jarablus", "ar", "2026-11-17T08:00:00Z",
    "مظاهرة في أعزاز احتجاجا على أسعار الكهرباء واتفاق لتشغيل معبر جرابلس على مدار الساعة",
    "أعزاز (سوريا) - تظاهر مئات من سكان مدينة أعزاز أمس الاثنين أمام مبنى المجلس المحلي لمدينة أعزاز احتجاجا على رفع شركة إيه كيه إنرجي التركية أسعار الكهرباء للمرة الثانية خلال ثلاثة أشهر.\n"
    "وقال رئيس المجلس مصطفى عثمان حمدو إن المجلس «يرفض الزيادة جملة وتفصيلا»، وطالب الشركة بتجميدها حتى نهاية الشتاء. وأضاف حمدو أن لجنة من المجلس ستلتقي ممثلي الشركة الخميس المقبل.\n"
    "وفي مدينة مارع، داهمت قوة أمنية فجر الأحد منازل في الحي الشرقي واعتقلت تسعة أشخاص بتهمة تهريب السلاح، فيما انتقدت رابطة المحامين الأحرار في ريف حلب الشمالي «احتجاز الموقوفين دون مذكرات قضائية».\n"
    "وفي جرابلس، التقى رئيس المجلس المحلي لجرابلس خالد محمد العبو السبت قائمقام قرقميش التركية محمد علي أوزتورك، ووقع الجانبان مذكرة تفاهم لتشغيل معبر جرابلس الحدودي على مدار الساعة اعتبارا من مطلع الشهر المقبل. وقال العبو إن الاتفاق «سيخفض كلفة نقل البضائع».\n"
    "إلى ذلك، وزعت منظمة شفق مساعدات شتوية من مدافئ ووقود على ثلاثة آلاف عائلة في مخيمات أطمة قرب سرمدا، وأبدت استعدادها لتوسيع التوزيع إلى مخيمات كفرلوسين الأسبوع المقبل.\n"
    "ويعيش مئات آلاف النازحين في مخيمات الشمال السوري في ظروف صعبة مع اقتراب فصل الشتاء، إذ تعاني خيام كثيرة من الاهتراء وتغرق الطرق الترابية بين المخيمات عند أول هطول للأمطار، فيما ارتفعت أسعار المحروقات والحطب بأكثر من الثلث منذ مطلع الخريف، بحسب تقديرات محلية.",
    [("LOC", "Azaz", ["A'zaz", "Aazaz"], ["أعزاز"]),
     ("LOC", "Syria", ["Syrian Arab Republic"], ["سوريا"]),
     ("ORG", "Azaz Local Council", ["Local Council of Azaz", "Azaz city council"], ["المجلس المحلي لمدينة أعزاز"]),
     ("ORG", "AK Energy", ["AK Enerji", "AKenerji"], ["شركة إيه كيه إنرجي", "إيه كيه إنرجي"]),
     ("PERSON", "Mustafa Othman Hamdo", ["Mustafa Osman Hamdo", "Hamdo"], ["مصطفى عثمان حمدو", "حمدو"]),
     ("LOC", "Marea", ["Mare'", "Mare"], ["مارع"]),
     ("ORG", "Free Lawyers Association of Northern Aleppo Countryside", ["Free Lawyers Association (northern Aleppo)"],
      ["رابطة المحامين الأحرار في ريف حلب الشمالي", "رابطة المحامين الأحرار"]),
     ("LOC", "Jarablus", ["Jarabulus"], ["جرابلس"]),
     ("ORG", "Jarablus Local Council", ["Local Council of Jarablus"], ["المجلس المحلي لجرابلس"]),
     ("PERSON", "Khaled Mohammed al-Abbo", ["Khalid Mohammed al-Abbo", "al-Abbo"], ["خالد محمد العبو", "العبو"]),
     ("LOC", "Karkamış", ["Karkamis", "Karkamish"], ["قرقميش"]),
     ("PERSON", "Mehmet Ali Öztürk", ["Mehmet Ali Ozturk", "Öztürk"], ["محمد علي أوزتورك"]),
     ("LOC", "Jarablus border crossing", ["Jarablus crossing", "Jarablus Border Gate"], ["معبر جرابلس الحدودي", "معبر جرابلس"]),
     ("ORG", "Shafak", ["Shafak Organization"], ["منظمة شفق"]),
     ("LOC", "Atmeh", ["Atmeh camps", "Atma"], ["أطمة"]),
     ("LOC", "Sarmada", ["Sarmadā"], ["سرمدا"]),
     ("LOC", "Kafr Lusin", ["Kafr Lossin", "Kafrlusin"], ["كفرلوسين"])],
    [("14", "تظاهر", "Azaz", "2026-11-16"), ("12", "يرفض", None, None), ("10", "وطالب", None, None),
     ("04", "ستلتقي", None, "2026-11-19"),
     ("17", "اعتقلت", "Marea", "2026-11-15"), ("11", "انتقدت", None, None),
     ("04", "التقى", "Jarablus", "2026-11-14"), ("05", "ووقع", "Jarablus", "2026-11-14"),
     ("07", "وزعت", "Atmeh", None), ("03", "استعدادها", "Kafr Lusin", None)])

doc("b28-ar-05-ifni-boujdour", "ar", "2026-11-21T08:00:00Z",
    "إضراب بحارة الصيد التقليدي بسيدي إفني واتفاق لبناء وحدة تجميد بميناء بوجدور",
    "سيدي إفني (المغرب) - دخل مئات من بحارة الصيد التقليدي بميناء سيدي إفني أمس الجمعة في إضراب مفتوح احتجاجا على تأخر صرف تعويضات فترة الراحة البيولوجية لصيد الأخطبوط، بحسب نقابة بحارة الصيد التقليدي بسيدي إفني.\n"
    "وطالب الكاتب العام للنقابة الحسين أوبلا وزارة الصيد البحري بصرف التعويضات قبل نهاية الشهر، وقال أوبلا إن «أزيد من 1200 أسرة بلا دخل منذ شهرين». في المقابل، رفضت غرفة الصيد البحري الأطلسية الجنوبية «تحميل المهنيين مسؤولية تراجع المخزون».\n"
    "وكانت عناصر الشرطة قد أوقفت الخميس أربعة بحارة بعد مناوشات أمام مقر المندوبية، وهو ما انتقدته العصبة الأمازيغية لحقوق الإنسان.\n"
    "وفي مير اللفت، التقت رئيسة مجلس جهة كلميم واد نون امباركة بوعيدة الخميس ممثلي تعاونيات الصيد والسياحة، وتعهدت بوعيدة بتمويل تهيئة نقطة التفريغ المجهزة بالمنطقة خلال العام المقبل.\n"
    "وفي بوجدور، وقع المجلس الإقليمي لبوجدور وشركة أومنيوم المغربي للصيد الأربعاء اتفاقية لبناء وحدة لتجميد الأسماك بميناء بوجدور بكلفة 120 مليون درهم، توفر نحو 400 منصب شغل.\n"
    "ويعد الصيد التقليدي مورد الرزق الأول لآلاف الأسر في الأقاليم الجنوبية، حيث تنتشر قرى الصيادين على طول الساحل الأطلسي، غير أن المهنيين يشكون منذ سنوات من تراجع كميات الأخطبوط وارتفاع كلفة الوقود والمعدات، ومن طول فترات الراحة البيولوجية التي تفرضها السلطات لحماية المخزون السمكي، دون تعويضات كافية تغطي حاجيات الأسر.",
    [("LOC", "Sidi Ifni", ["Sidi Ifni city"], ["سيدي إفني"]),
     ("LOC", "Morocco", ["Kingdom of Morocco"], ["المغرب"]),
     ("LOC", "Port of Sidi Ifni", ["Sidi Ifni port"], ["ميناء سيدي إفني"]),
     ("ORG", "Sidi Ifni Artisanal Fishermen's Union", ["Union of Artisanal Fishing Sailors of Sidi Ifni"],
      ["نقابة بحارة الصيد التقليدي بسيدي إفني"]),
     ("PERSON", "El Houssine Oubella", ["Lhoussine Oubella", "Houcine Oubella", "Oubella"], ["الحسين أوبلا", "أوبلا"]),
     ("ORG", "Department of Maritime Fisheries (Morocco)", ["Moroccan Department of Maritime Fisheries", "Maritime Fisheries Department"],
      ["وزارة الصيد البحري"]),
     ("ORG", "Southern Atlantic Maritime Fisheries Chamber", ["Chambre des pêches maritimes de l'Atlantique Sud"],
      ["غرفة الصيد البحري الأطلسية الجنوبية"]),
     ("ORG", "Amazigh League for Human Rights", ["Ligue amazighe des droits de l'homme", "LADH"],
      ["العصبة الأمازيغية لحقوق الإنسان"]),
     ("LOC", "Mirleft", ["Mir Left"], ["مير اللفت"]),
     ("ORG", "Guelmim-Oued Noun Regional Council", ["Regional Council of Guelmim-Oued Noun", "Guelmim-Oued Noun Region Council"],
      ["مجلس جهة كلميم واد نون"]),
     ("PERSON", "Mbarka Bouaida", ["M'barka Bouaida", "Bouaida"], ["امباركة بوعيدة", "بوعيدة"]),
     ("LOC", "Boujdour", ["Bojador", "Boujador"], ["بوجدور"]),
     ("ORG", "Boujdour Provincial Council", ["Provincial Council of Boujdour"], ["المجلس الإقليمي لبوجدور"]),
     ("ORG", "Omnium Marocain de Pêche", ["Omnium Marocain de Peche", "OMP"], ["شركة أومنيوم المغربي للصيد"]),
     ("LOC", "Port of Boujdour", ["Boujdour port"], ["ميناء بوجدور"])],
    [("14", "إضراب", "Sidi Ifni", "2026-11-20"), ("10", "وطالب", None, None), ("12", "رفضت", None, None),
     ("17", "أوقفت", "Sidi Ifni", "2026-11-19"), ("11", "انتقدته", None, None),
     ("04", "التقت", "Mirleft", "2026-11-19"), ("03", "وتعهدت", "Mirleft", None),
     ("05", "وقع", "Boujdour", "2026-11-18")])

doc("b28-ar-06-johor-batam", "ar", "2026-11-26T08:00:00Z",
    "ماليزيا وإندونيسيا توقعان اتفاقا لمكافحة تهريب المهاجرين في جوهور بهرو",
    "جوهور بهرو (ماليزيا) - وقع وزير الداخلية الماليزي سيف الدين ناسوتيون إسماعيل ونظيره الإندونيسي تيتو كارنافيان أمس الأربعاء في جوهور بهرو اتفاقا لتبادل المعلومات وتنسيق الدوريات لمكافحة تهريب المهاجرين عبر المضيق. وقال سيف الدين إن البلدين «سيبدآن تسيير دوريات بحرية مشتركة مطلع العام المقبل».\n"
    "وجاء التوقيع بعد اعتراض شرطة ولاية جوهور الاثنين قاربا يقل 70 مهاجرا إندونيسيا قبالة بنغيرانغ، واعتقال ثلاثة مهربين، بحسب قائد شرطة الولاية داتوك كمال عارفين.\n"
    "وفي جزيرة باتام الإندونيسية المقابلة، تظاهر مئات من عمال مصانع الإلكترونيات السبت أمام مقر هيئة باتام احتجاجا على تسريح أكثر من ألفي عامل، وانتقد رئيس اتحاد نقابات العمال الإندونيسي سعيد إقبال «صمت الحكومة»، مهددا بإضراب عام في باتام إذا لم يتوقف التسريح. وقال إقبال إن الاتحاد سيحدد موعد الإضراب بعد اجتماع مع كارنافيان.\n"
    "من جهتها، أرسلت مؤسسة دومبت دوافا الإندونيسية مساعدات غذائية إلى قرى الصيادين المتضررة من الفيضانات في جزيرة بينتان.\n"
    "وتستعد البحرية الملكية الماليزية لإجراء مناورات مع نظيرتها الإندونيسية قرب بينتان في ديسمبر المقبل، ضمن تعاون دفاعي يشمل تبادل الضباط والتدريب المشترك.\n"
    "ويعمل مئات آلاف الإندونيسيين في ماليزيا، كثير منهم دون وثائق رسمية، ويعبر عدد منهم المياه الفاصلة بين البلدين على متن قوارب صغيرة مكتظة، ما يعرضهم لمخاطر الغرق ولاستغلال شبكات التهريب التي تتقاضى مبالغ كبيرة مقابل كل رحلة.",
    [("LOC", "Johor Bahru", ["Johor Baru", "JB"], ["جوهور بهرو"]),
     ("LOC", "Malaysia", ["Federation of Malaysia"], ["ماليزيا"]),
     ("LOC", "Indonesia", ["Republic of Indonesia"], ["إندونيسيا"]),
     ("PERSON", "Saifuddin Nasution Ismail", ["Saifuddin Nasution", "Datuk Seri Saifuddin Nasution Ismail"],
      ["سيف الدين ناسوتيون إسماعيل", "سيف الدين"]),
     ("PERSON", "Tito Karnavian", ["Muhammad Tito Karnavian", "Karnavian"], ["تيتو كارنافيان", "كارنافيان"]),
     ("ORG", "Johor Police", ["Johor Police Contingent", "Royal Malaysia Police (Johor)", "Johor police"], ["شرطة ولاية جوهور"]),
     ("LOC", "Pengerang", ["Pengerang coast"], ["بنغيرانغ"]),
     ("PERSON", "Kamal Arifin", ["Datuk Kamal Arifin"], ["كمال عارفين"]),
     ("LOC", "Batam", ["Batam Island"], ["باتام"]),
     ("ORG", "Batam Indonesia Free Zone Authority", ["BP Batam", "Batam Authority", "Batam Development Authority"], ["هيئة باتام"]),
     ("ORG", "Confederation of Indonesian Trade Unions", ["KSPI", "Konfederasi Serikat Pekerja Indonesia"],
      ["اتحاد نقابات العمال الإندونيسي"]),
     ("PERSON", "Said Iqbal", ["Iqbal"], ["سعيد إقبال", "إقبال"]),
     ("ORG", "Dompet Dhuafa", ["Dompet Dhuafa Foundation"], ["مؤسسة دومبت دوافا", "دومبت دوافا"]),
     ("LOC", "Bintan", ["Bintan Island"], ["بينتان"]),
     ("ORG", "Royal Malaysian Navy", ["RMN", "Malaysian Navy"], ["البحرية الملكية الماليزية"])],
    [("05", "وقع", "Johor Bahru", "2026-11-25"), ("03", "سيبدآن", None, None),
     ("17", "اعتقال", "Pengerang", "2026-11-23"),
     ("14", "تظاهر", "Batam", "2026-11-21"), ("11", "وانتقد", None, None), ("13", "مهددا", "Batam", None),
     ("07", "أرسلت", "Bintan", None), ("03", "لإجراء مناورات", "Bintan", None)])

doc("b28-en-01-lhokseumawe-pidie", "en", "2026-11-06T08:00:00Z",
    "Aceh fertiliser workers strike as police arrest boat smugglers in Pidie",
    "BANDA ACEH, Indonesia - About 1,200 workers at state fertiliser maker PT Pupuk Iskandar Muda walked off the job "
    "in Lhokseumawe on Thursday over unpaid overtime and a freeze on promotions, the plant's workers' union said.\n\n"
    "Aceh Governor Muzakir Manaf met union leaders at his office in Banda Aceh the same evening and pledged to raise "
    "their complaints with the state holding company Pupuk Indonesia. \"The plant must not stop during the planting "
    "season,\" Manaf told reporters.\n\n"
    "Police in Pidie district arrested four suspected smugglers on Tuesday after a wooden boat carrying 138 Rohingya "
    "refugees landed at Muara Tiga, the Aceh Police spokesman, Joko Krisdiyanto, said. Krisdiyanto said the men had "
    "been paid about $400 for each passenger.\n\n"
    "The Geutanyoe Foundation delivered food, water and tarpaulins to the refugees at Muara Tiga on Wednesday, while "
    "KontraS Aceh criticised district officials for refusing to move them into a government building before the rains.\n\n"
    "The Pidie regent, Sarjani Abdullah, rejected calls to relocate the group to Banda Aceh, saying residents had "
    "objected. Separately, hundreds of students from Syiah Kuala University marched to the Aceh House of "
    "Representatives on Monday to protest against a planned rise in electricity tariffs.\n\n"
    "Manaf is due to visit Sabang next Friday to open a new container berth built by the Sabang Free Trade Zone "
    "Authority (BPKS).",
    [("LOC", "Banda Aceh", ["Banda Atjeh"], ["BANDA ACEH", "Banda Aceh"]),
     ("LOC", "Indonesia", ["Republic of Indonesia"], ["Indonesia"]),
     ("ORG", "PT Pupuk Iskandar Muda", ["Pupuk Iskandar Muda", "PIM"], ["PT Pupuk Iskandar Muda"]),
     ("LOC", "Lhokseumawe", ["Lhokseumawe city"], ["Lhokseumawe"]),
     ("LOC", "Aceh", ["Aceh province", "Nanggroe Aceh Darussalam"], ["Aceh"]),
     ("PERSON", "Muzakir Manaf", ["Mualem", "Manaf"], ["Muzakir Manaf", "Manaf"]),
     ("ORG", "Pupuk Indonesia", ["PT Pupuk Indonesia"], ["Pupuk Indonesia"]),
     ("LOC", "Pidie", ["Pidie Regency", "Pidie district"], ["Pidie"]),
     ("LOC", "Muara Tiga", ["Muara Tiga district"], ["Muara Tiga"]),
     ("ORG", "Aceh Police", ["Polda Aceh", "Aceh Regional Police"], ["Aceh Police"]),
     ("PERSON", "Joko Krisdiyanto", ["Krisdiyanto"], ["Joko Krisdiyanto", "Krisdiyanto"]),
     ("ORG", "Geutanyoe Foundation", ["Yayasan Geutanyoe"], ["Geutanyoe Foundation"]),
     ("ORG", "KontraS Aceh", ["KontraS"], ["KontraS Aceh"]),
     ("PERSON", "Sarjani Abdullah", ["Sarjani"], ["Sarjani Abdullah"]),
     ("ORG", "Syiah Kuala University", ["Universitas Syiah Kuala", "USK"], ["Syiah Kuala University"]),
     ("ORG", "Aceh House of Representatives", ["DPRA", "Aceh Legislative Council"], ["Aceh House of Representatives"]),
     ("LOC", "Sabang", ["Sabang city", "Weh Island"], ["Sabang"]),
     ("ORG", "Sabang Free Trade Zone Authority", ["BPKS", "Sabang Area Development Agency"],
      ["Sabang Free Trade Zone Authority", "BPKS"])],
    [("14", "walked off the job", "Lhokseumawe", "2026-11-05"), ("04", "met", "Banda Aceh", "2026-11-05"),
     ("03", "pledged", None, None), ("17", "arrested", "Pidie", "2026-11-03"),
     ("07", "delivered", "Muara Tiga", "2026-11-04"), ("11", "criticised", None, None),
     ("12", "rejected", None, None), ("14", "marched", "Banda Aceh", "2026-11-02"),
     ("04", "visit", "Sabang", "2026-11-13")])

doc("b28-en-02-mzuzu-nsanje", "en", "2026-11-15T08:00:00Z",
    "Malawi police fire tear gas at Mzuzu teachers' march; union threatens sit-in",
    "ZOMBA, Malawi - Police fired tear gas on Friday to disperse hundreds of teachers marching in Mzuzu over salary "
    "arrears owed since July, the Teachers Union of Malawi (TUM) said.\n\n"
    "TUM general secretary Charles Kumchenga condemned the police action and threatened a nationwide sit-in from "
    "next Monday if the government did not pay the arrears. \"Teachers are not criminals,\" Kumchenga said.\n\n"
    "Malawi Police Service spokesperson Peter Kalaya said 11 people had been arrested in Mzuzu for blocking a road "
    "and damaging a police vehicle.\n\n"
    "President Peter Mutharika met traditional chiefs from the Lower Shire at Chikwawa on Thursday and pledged to "
    "rebuild the Thabwa bridge before the rainy season peaks. Mutharika also told the chiefs that his government "
    "would not tolerate \"politically motivated\" strikes.\n\n"
    "The opposition Malawi Congress Party accused the government of using the police to silence teachers and said "
    "it would raise the matter in parliament.\n\n"
    "The Catholic Development Commission in Malawi (CADECOM) distributed maize and cooking oil to 4,000 "
    "households in Nsanje on Wednesday, the agency said.\n\n"
    "Meanwhile, seasonal cane cutters at Illovo Sugar's Nchalo estate went on strike on Saturday, demanding a "
    "30 percent wage rise, a union official said. Illovo Sugar Malawi rejected the demand as \"unaffordable\".",
    [("LOC", "Zomba", ["Zomba city"], ["ZOMBA"]),
     ("LOC", "Malawi", ["Republic of Malawi"], ["Malawi"]),
     ("LOC", "Mzuzu", ["Mzuzu city"], ["Mzuzu"]),
     ("ORG", "Teachers Union of Malawi", ["TUM"], ["Teachers Union of Malawi", "TUM"]),
     ("PERSON", "Charles Kumchenga", ["Kumchenga"], ["Charles Kumchenga", "Kumchenga"]),
     ("ORG", "Malawi Police Service", ["MPS", "Malawi Police"], ["Malawi Police Service"]),
     ("PERSON", "Peter Kalaya", ["Kalaya"], ["Peter Kalaya"]),
     ("PERSON", "Peter Mutharika", ["Arthur Peter Mutharika", "Mutharika"], ["Peter Mutharika", "Mutharika"]),
     ("LOC", "Lower Shire", ["Lower Shire Valley"], ["Lower Shire"]),
     ("LOC", "Chikwawa", ["Chikwawa district"], ["Chikwawa"]),
     ("LOC", "Thabwa bridge", ["Thabwa"], ["Thabwa bridge"]),
     ("ORG", "Malawi Congress Party", ["MCP"], ["Malawi Congress Party"]),
     ("ORG", "Catholic Development Commission in Malawi", ["CADECOM"], ["Catholic Development Commission in Malawi", "CADECOM"]),
     ("LOC", "Nsanje", ["Nsanje district"], ["Nsanje"]),
     ("ORG", "Illovo Sugar Malawi", ["Illovo Sugar", "Illovo"], ["Illovo Sugar", "Illovo Sugar Malawi"]),
     ("LOC", "Nchalo", ["Nchalo estate"], ["Nchalo"])],
    [("17", "tear gas", "Mzuzu", "2026-11-13"), ("11", "condemned", None, None),
     ("13", "threatened", None, "2026-11-16"), ("04", "met", "Chikwawa", "2026-11-12"),
     ("03", "pledged", "Thabwa bridge", None), ("11", "accused", None, None),
     ("07", "distributed", "Nsanje", "2026-11-11"), ("14", "went on strike", "Nchalo", "2026-11-14"),
     ("12", "rejected", None, None)])

doc("b28-en-03-choloma-catacamas", "en", "2026-11-24T08:00:00Z",
    "Honduran maquila workers strike in Choloma; troops clash with gunmen in Olancho",
    "CHOLOMA, Honduras - About 3,000 workers at two textile plants in Choloma went on strike on Monday over a plan to "
    "scrap night-shift bonuses, the Honduran Maquila Workers' Union (SITRAMAQUILAH) said.\n\n"
    "The Honduran Maquila Association (AHM) rejected the union's demands and warned that \"orders will move to "
    "Nicaragua and El Salvador\" if costs kept rising. Union leader Evelyn Zúniga accused the companies of breaking "
    "a 2024 wage agreement.\n\n"
    "In the eastern department of Olancho, soldiers of the Military Police of Public Order (PMOP) clashed with a "
    "group of gunmen near Catacamas on Sunday, killing two of them and seizing rifles, the Honduran Armed Forces "
    "said.\n\n"
    "Olancho Governor Rigoberto Maldonado condemned the violence and demanded "
    "more troops for the Patuca valley. Maldonado said the group controlled cocaine landing strips in the area.\n\n"
    "President Nasry Asfura will visit La Ceiba next Friday to open a fishing terminal financed by the Central "
    "American Bank for Economic Integration (CABEI), his office said.\n\n"
    "The Honduran Private Enterprise Council (COHEP) criticised the strike in Choloma, saying it \"put thousands of "
    "jobs at risk\", while the Honduran Red Cross delivered drinking water to flooded neighbourhoods of Trujillo on "
    "Saturday.",
    [("LOC", "Choloma", ["Choloma municipality"], ["CHOLOMA", "Choloma"]),
     ("LOC", "Honduras", ["Republic of Honduras"], ["Honduras"]),
     ("ORG", "Honduran Maquila Workers' Union", ["SITRAMAQUILAH"], ["Honduran Maquila Workers' Union", "SITRAMAQUILAH"]),
     ("ORG", "Honduran Maquila Association", ["AHM", "Asociación Hondureña de Maquiladores"], ["Honduran Maquila Association", "AHM"]),
     ("LOC", "Nicaragua", ["Republic of Nicaragua"], ["Nicaragua"]),
     ("LOC", "El Salvador", ["Republic of El Salvador"], ["El Salvador"]),
     ("PERSON", "Evelyn Zúniga", ["Evelyn Zuniga", "Zúniga"], ["Evelyn Zúniga"]),
     ("LOC", "Olancho", ["Olancho department"], ["Olancho"]),
     ("ORG", "Military Police of Public Order", ["PMOP", "Policía Militar del Orden Público"],
      ["Military Police of Public Order", "PMOP"]),
     ("LOC", "Catacamas", ["Catacamas municipality"], ["Catacamas"]),
     ("ORG", "Honduran Armed Forces", ["Armed Forces of Honduras", "FFAA"], ["Honduran Armed Forces"]),
     ("PERSON", "Rigoberto Maldonado", ["Maldonado"], ["Rigoberto Maldonado", "Maldonado"]),
     ("LOC", "Patuca valley", ["Patuca", "Patuca River valley"], ["Patuca valley"]),
     ("PERSON", "Nasry Asfura", ["Tito Asfura", "Nasry Juan Asfura", "Asfura"], ["Nasry Asfura"]),
     ("LOC", "La Ceiba", ["La Ceiba city"], ["La Ceiba"]),
     ("ORG", "Central American Bank for Economic Integration", ["CABEI", "BCIE"],
      ["Central American Bank for Economic Integration", "CABEI"]),
     ("ORG", "Honduran Private Enterprise Council", ["COHEP", "Consejo Hondureño de la Empresa Privada"],
      ["Honduran Private Enterprise Council", "COHEP"]),
     ("ORG", "Honduran Red Cross", ["Cruz Roja Hondureña"], ["Honduran Red Cross"]),
     ("LOC", "Trujillo", ["Trujillo, Honduras"], ["Trujillo"])],
    [("14", "went on strike", "Choloma", "2026-11-23"), ("12", "rejected", None, None),
     ("11", "accused", None, None), ("19", "clashed", "Catacamas", "2026-11-22"),
     ("11", "condemned", None, None), ("10", "demanded", None, None),
     ("04", "visit", "La Ceiba", "2026-11-27"), ("11", "criticised", None, None),
     ("07", "delivered", "Trujillo", "2026-11-21")])

doc("b28-fr-01-banibangou-tchibarakaten", "fr", "2026-11-02T08:00:00Z",
    "Niger : frappes aériennes près de Banibangou, grève des orpailleurs à Tchibarakaten",
    "TILLABÉRI (Niger), 2 novembre – Les Forces armées nigériennes (FAN) ont mené samedi des frappes aériennes "
    "contre des positions de combattants jihadistes près de Banibangou, dans le nord de la région de Tillabéri, "
    "tuant une vingtaine d'assaillants, selon un communiqué de l'état-major.\n\n"
    "Ces frappes font suite à l'attaque, jeudi, d'un poste de la Garde nationale du Niger à Ayorou, au cours de "
    "laquelle quatre gardes ont été tués et deux véhicules incendiés.\n\n"
    "Le gouverneur de la région, le général Hamadou Oumarou Sanda, s'est rendu dimanche à Téra, où il a rencontré "
    "les chefs de canton et les responsables des comités de vigilance. Sanda a promis le déploiement d'une nouvelle "
    "unité à Téra « avant la fin du mois ».\n\n"
    "Plus au nord, des centaines d'orpailleurs ont entamé samedi une grève sur le site aurifère de Tchibarakaten "
    "pour protester contre une nouvelle taxe sur les détecteurs de métaux. Le Syndicat national des orpailleurs du "
    "Niger a exigé la suspension de la mesure, mais le ministre de l'Intérieur, le général Mohamed Toumba, a rejeté "
    "toute révision « sous la menace ».\n\n"
    "L'ONG Karkara a distribué vendredi des semences et des vivres à 2 000 ménages déplacés à Ouallam, a indiqué "
    "son coordinateur régional.\n\n"
    "Mohamed Toumba est attendu jeudi prochain à Iférouane, où il doit rencontrer les représentants des orpailleurs "
    "et les autorités coutumières.",
    [("LOC", "Tillabéri", ["Tillaberi", "Tillabéri Region", "Tillabery"], ["TILLABÉRI", "Tillabéri"]),
     ("LOC", "Niger", ["Republic of Niger"], ["Niger"]),
     ("ORG", "Niger Armed Forces", ["FAN", "Forces armées nigériennes", "Nigerien Armed Forces"],
      ["Forces armées nigériennes", "FAN"]),
     ("LOC", "Banibangou", ["Banibangou commune"], ["Banibangou"]),
     ("ORG", "National Guard of Niger", ["Garde nationale du Niger", "Niger National Guard"], ["Garde nationale du Niger"]),
     ("LOC", "Ayorou", ["Ayorou commune"], ["Ayorou"]),
     ("PERSON", "Hamadou Oumarou Sanda", ["Sanda"], ["Hamadou Oumarou Sanda", "Sanda"]),
     ("LOC", "Téra", ["Tera"], ["Téra"]),
     ("LOC", "Tchibarakaten", ["Tchibarakatene"], ["Tchibarakaten"]),
     ("ORG", "National Union of Gold Miners of Niger", ["Syndicat national des orpailleurs du Niger"],
      ["Syndicat national des orpailleurs du Niger"]),
     ("PERSON", "Mohamed Toumba", ["Toumba"], ["Mohamed Toumba"]),
     ("ORG", "Karkara", ["ONG Karkara"], ["Karkara"]),
     ("LOC", "Ouallam", ["Ouallam department"], ["Ouallam"]),
     ("LOC", "Iférouane", ["Iferouane"], ["Iférouane"])],
    [("19", "frappes aériennes", "Banibangou", "2026-10-31"), ("19", "l'attaque", "Ayorou", "2026-10-29"),
     ("04", "a rencontré", "Téra", "2026-11-01"), ("03", "a promis", "Téra", None),
     ("14", "grève", "Tchibarakaten", "2026-10-31"), ("10", "a exigé", None, None),
     ("12", "a rejeté", None, None), ("07", "a distribué", "Ouallam", "2026-10-30"),
     ("04", "attendu", "Iférouane", "2026-11-05")])

doc("b28-fr-02-nemba-kirundo", "fr", "2026-11-19T08:00:00Z",
    "Le Rwanda et le Burundi signent un accord à Nemba, accrochage dans la province de Kirundo",
    "NEMBA (Rwanda), 19 novembre – Les ministres des Affaires étrangères du Rwanda et du Burundi, Olivier "
    "Nduhungirehe et Édouard Bizimana, se sont rencontrés mardi au poste-frontière de Nemba-Gasenyi et ont signé un "
    "accord sur la réouverture progressive de la frontière, fermée depuis janvier 2024.\n\n"
    "Le président rwandais Paul Kagame a salué mercredi « un pas courageux des deux côtés ». Nduhungirehe a précisé "
    "que les camions de marchandises pourraient passer dès lundi prochain, tandis que Bizimana a proposé la création "
    "d'une commission mixte de sécurité.\n\n"
    "Mais mercredi soir, des militaires burundais ont échangé des tirs avec des assaillants près de Bugabira, dans la "
    "province de Kirundo, faisant deux morts, selon des sources locales. Le parti au pouvoir, le CNDD-FDD, a accusé "
    "« des groupes armés entraînés à l'étranger » de vouloir saboter le rapprochement.\n\n"
    "Lundi, des commerçants transfrontaliers avaient manifesté à Kayanza pour réclamer la réouverture des marchés "
    "frontaliers. Caritas Burundi a distribué cette semaine des vivres à 1 500 familles de rapatriés dans la "
    "province de Kirundo.\n\n"
    "Côté rwandais, la Rwanda National Police a arrêté dimanche à Bugesera trois personnes soupçonnées de trafic de "
    "minerais vers le Burundi, a indiqué son porte-parole.",
    [("LOC", "Nemba", ["Nemba, Rwanda"], ["NEMBA"]),
     ("LOC", "Rwanda", ["Republic of Rwanda"], ["Rwanda"]),
     ("LOC", "Burundi", ["Republic of Burundi"], ["Burundi"]),
     ("PERSON", "Olivier Nduhungirehe", ["Nduhungirehe"], ["Olivier Nduhungirehe", "Nduhungirehe"]),
     ("PERSON", "Édouard Bizimana", ["Edouard Bizimana", "Bizimana"], ["Édouard Bizimana", "Bizimana"]),
     ("LOC", "Nemba–Gasenyi border post", ["Nemba-Gasenyi", "Nemba-Gasenyi border crossing"], ["Nemba-Gasenyi"]),
     ("PERSON", "Paul Kagame", ["Kagame"], ["Paul Kagame"]),
     ("LOC", "Bugabira", ["Bugabira commune"], ["Bugabira"]),
     ("LOC", "Kirundo Province", ["Kirundo"], ["Kirundo", "province de Kirundo"]),
     ("ORG", "CNDD-FDD", ["National Council for the Defense of Democracy – Forces for the Defense of Democracy"], ["CNDD-FDD"]),
     ("LOC", "Kayanza", ["Kayanza Province"], ["Kayanza"]),
     ("ORG", "Caritas Burundi", ["Caritas-Burundi"], ["Caritas Burundi"]),
     ("ORG", "Rwanda National Police", ["RNP", "Police nationale rwandaise"], ["Rwanda National Police"]),
     ("LOC", "Bugesera", ["Bugesera District"], ["Bugesera"])],
    [("04", "se sont rencontrés", "Nemba–Gasenyi border post", "2026-11-17"),
     ("05", "ont signé", "Nemba–Gasenyi border post", "2026-11-17"),
     ("05", "a salué", None, "2026-11-18"), ("03", "a proposé", None, None),
     ("19", "ont échangé des tirs", "Bugabira", "2026-11-18"), ("11", "a accusé", None, None),
     ("14", "avaient manifesté", "Kayanza", "2026-11-16"), ("07", "a distribué", "Kirundo Province", None),
     ("17", "a arrêté", "Bugesera", "2026-11-15")])

doc("b28-fr-03-yate-lifou", "fr", "2026-11-28T08:00:00Z",
    "Nouvelle-Calédonie : grève chez Prony Resources à Yaté, barrage levé au Mont-Dore",
    "YATÉ (Nouvelle-Calédonie), 28 novembre – Les salariés de l'usine de Prony Resources à Goro, sur la commune de "
    "Yaté, ont entamé jeudi une grève illimitée à l'appel de l'USTKE pour protester contre un plan de suppression de "
    "300 postes.\n\n"
    "L'USTKE a exigé le retrait pur et simple du plan, mais la direction de Prony Resources a rejeté toute "
    "négociation « tant que l'outil de production est bloqué ».\n\n"
    "Vendredi à l'aube, des militants ont érigé un barrage sur la route provinciale au Mont-Dore, avant d'être "
    "délogés par les gendarmes, qui ont interpellé cinq personnes.\n\n"
    "Le président du Congrès de la Nouvelle-Calédonie, Veylma Falaeo, a condamné « toute forme de violence » et a "
    "appelé au dialogue. La province Sud a débloqué une aide d'urgence de 50 millions de francs CFP pour les "
    "familles des salariés de Yaté.\n\n"
    "Aux îles Loyauté, le président de la province des îles Loyauté, Jean-Marie Hnawia, a rencontré mercredi à "
    "Lifou les grands chefs de Lifou et de Maré pour préparer la saison touristique. Hnawia a proposé d'accueillir "
    "une partie des salariés licenciés dans les chantiers de la province.\n\n"
    "Le Sénat coutumier a critiqué de son côté « l'absence de consultation des clans » avant l'annonce du plan, qui touche surtout des salariés originaires des tribus voisines.",
    [("LOC", "Yaté", ["Yate"], ["YATÉ", "Yaté"]),
     ("LOC", "New Caledonia", ["Nouvelle-Calédonie"], ["Nouvelle-Calédonie"]),
     ("ORG", "Prony Resources", ["Prony Resources New Caledonia"], ["Prony Resources"]),
     ("LOC", "Goro", ["Goro plant site"], ["Goro"]),
     ("ORG", "USTKE", ["Union of Kanak and Exploited Workers' Unions", "Union syndicale des travailleurs kanak et des exploités"], ["USTKE"]),
     ("LOC", "Mont-Dore", ["Le Mont-Dore", "Mont Dore"], ["Mont-Dore"]),
     ("ORG", "Congress of New Caledonia", ["Congrès de la Nouvelle-Calédonie"], ["Congrès de la Nouvelle-Calédonie"]),
     ("PERSON", "Veylma Falaeo", ["Falaeo"], ["Veylma Falaeo"]),
     ("ORG", "South Province (New Caledonia)", ["province Sud", "Southern Province (New Caledonia)", "Province Sud"], ["province Sud"]),
     ("LOC", "Loyalty Islands", ["îles Loyauté", "Loyalty Islands (New Caledonia)"], ["îles Loyauté"]),
     ("ORG", "Loyalty Islands Province", ["province des îles Loyauté", "Province des Îles Loyauté"], ["province des îles Loyauté"]),
     ("PERSON", "Jean-Marie Hnawia", ["Hnawia"], ["Jean-Marie Hnawia", "Hnawia"]),
     ("LOC", "Lifou", ["Lifu", "Drehu"], ["Lifou"]),
     ("LOC", "Maré", ["Mare", "Nengone"], ["Maré"]),
     ("ORG", "Customary Senate of New Caledonia", ["Sénat coutumier", "Customary Senate"], ["Sénat coutumier"])],
    [("14", "grève", "Goro", "2026-11-26"), ("10", "a exigé", None, None), ("12", "a rejeté", None, None),
     ("17", "interpellé", "Mont-Dore", "2026-11-27"), ("11", "a condamné", None, None),
     ("07", "a débloqué", "Yaté", None), ("04", "a rencontré", "Lifou", "2026-11-25"),
     ("03", "a proposé", None, None), ("11", "a critiqué", None, None)])

write("blind28.jsonl")
