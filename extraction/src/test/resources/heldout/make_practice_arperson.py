# Writes practice_arperson.jsonl: 10 Arabic articles written for Newsflow's tests on 2026-12-03 by h/arperson, annotated
# by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them (the extractor was not run and the
# code that finds Arabic people was not read while they were written). A practice set for which words of Arabic copy
# are a PERSON: about eighty people, introduced in every way Arabic wire copy does it: title then name, name then
# title in apposition, after قال/أكد/أوضح/أفاد with no title, kunyas (أبو ...), compound names (عبد ...), nisbas,
# one-word names, women, foreigners, names beside places and bodies (a minister visiting a bare city name, airports,
# universities and hospitals named after people), second mentions by family name and by a bare title. Regions: Mauritania,
# Sudan's east, Iraqi Kurdistan, Lebanon, Yemen, Somalia and Djibouti, Chad and Niger, Oman and Kuwait, south-east Asia,
# Tunisia and Libya. Real public figures in plausible roles as of late 2026; other officials and details are fictional.
# Gold names are as English wire copy spells them, with common variants as aliases. Apache-2.0.
# Run: python3 make_practice_arperson.py
from gold import doc, write

doc("pap-ar-01-ndiago", "ar", "2026-11-25T08:00:00Z",
    "وزير الصيد يزور انجاكو ويوقع اتفاقا مع إسبانيا",
    "بوتلميت - زار وزير الصيد محمد ولد عابدين ولد امعييف، أمس الثلاثاء، مدينة انجاكو، حيث اطلع على سير العمل في ميناء الصيد التقليدي، بحسب الوكالة الموريتانية للأنباء.\n"
    "واستقبل الوزير في الميناء نظيره الإسباني لويس بلاناس، ووقع الجانبان اتفاقا لتمويل مختبر لمراقبة جودة الأسماك بقيمة ثمانية ملايين يورو.\n"
    "وقال ولد امعييف للصحفيين إن «الاتفاق يفتح الباب أمام تصدير المنتجات البحرية المعالجة محليا إلى الأسواق الأوروبية».\n"
    "وأوضحت مريم بنت أحمد سالم، مديرة المكتب الوطني للتفتيش الصحي لمنتجات الصيد، أن المختبر سيعمل مطلع العام المقبل.\n"
    "من جهته، أكد الحسين ولد أحمد الهادي أن البحارة ينتظرون «إجراءات ملموسة لا مجرد وعود».\n"
    "وانتقد النائب عن حزب الصواب محمد الأمين ولد سيدي مولود غياب الشفافية في منح رخص الصيد للسفن الأجنبية، وطالب الحكومة بنشر قائمة السفن المرخصة.\n"
    "وكان وزير الاقتصاد سيد أحمد ولد أبوه قد ترأس الأسبوع الماضي في أطار اجتماعا للجنة الوزارية المكلفة بالاقتصاد الأزرق، حضره الخبير أبو بكر ولد الشيخ الحسن.\n"
    "ويزور الوزير الأحد المقبل انجاكو مجددا لتدشين رصيف جديد، فيما أفاد عبد الله ولد سليمان الشنقيطي، مدير الميناء، بأن الأشغال اكتملت.",
    [("LOC", "Ndiago", ["N'Diago", "Ndiago port"], ["انجاكو"]),
     ("LOC", "Boutilimit", ["Boutilimitt"], ["بوتلميت"]),
     ("PERSON", "Mohamed Abidine Ould Maayif", ["Mohamed Ould Abidine Ould Maayif", "Ould Maayif", "Mohamed Abdine Ould Maaif"],
      ["محمد ولد عابدين ولد امعييف", "ولد امعييف"]),
     ("ORG", "Mauritanian News Agency", ["AMI", "Agence Mauritanienne d'Information"], ["الوكالة الموريتانية للأنباء"]),
     ("PERSON", "Luis Planas", ["Luis Planas Puchades"], ["لويس بلاناس"]),
     ("LOC", "Spain", [], ["إسبانيا"]),
     ("PERSON", "Mariem Mint Ahmed Salem", ["Maryam Bint Ahmed Salem", "Mariem Mint Ahmed Salem"], ["مريم بنت أحمد سالم"]),
     ("ORG", "National Office for Sanitary Inspection of Fishery Products", ["ONISPA"],
      ["المكتب الوطني للتفتيش الصحي لمنتجات الصيد"]),
     ("PERSON", "El Houssein Ould Ahmed El Hadi", ["Al-Hussein Ould Ahmed al-Hadi", "El Houcein Ould Ahmed El Hadi"], ["الحسين ولد أحمد الهادي"]),
     ("ORG", "Sawab", ["Sawab party", "El Sawab"], ["حزب الصواب"]),
     ("PERSON", "Mohamed Lemine Ould Sidi Mouloud", ["Mohamed al-Amin Ould Sidi Mouloud", "Mohamed El Amine Ould Sidi Mouloud"],
      ["محمد الأمين ولد سيدي مولود"]),
     ("PERSON", "Sid'Ahmed Ould Bouh", ["Sidi Ahmed Ould Bouh", "Sid Ahmed Ould Bouh", "Sid'Ahmed Ould Abouh"], ["سيد أحمد ولد أبوه"]),
     ("LOC", "Atar", [], ["أطار"]),
     ("PERSON", "Abubakar Ould Cheikh El Hacen", ["Abu Bakr Ould al-Sheikh al-Hassan", "Aboubekrine Ould Cheikh El Hacen"],
      ["أبو بكر ولد الشيخ الحسن"]),
     ("PERSON", "Abdallahi Ould Souleymane Chinguitti", ["Abdullah Ould Suleiman al-Shinqiti", "Abdallahi Ould Souleymane"],
      ["عبد الله ولد سليمان الشنقيطي"])],
    [("04", "زار", "Ndiago", "2026-11-24"), ("05", "ووقع", "Ndiago", "2026-11-24"),
     ("11", "وانتقد", None, None), ("10", "وطالب", None, None), ("04", "اجتماعا", "Atar", None),
     ("04", "ويزور", "Ndiago", "2026-11-29")])

doc("pap-ar-02-sinja", "ar", "2026-11-20T09:00:00Z",
    "وزير الزراعة السوداني يزور سنجة ويبحث إيصال المساعدات",
    "الدمازين - زار وزير الزراعة السوداني أبو بكر عمر البشرى، أمس الخميس، سنجة، يرافقه والي الولاية اللواء الصادق محمد الأزرق، وتفقد معسكرات النازحين القادمين من قرى جبل موية.\n"
    "وقال الوزير في مؤتمر صحفي إن «الحكومة ستفتح ممرات آمنة للمساعدات إلى كل الولايات دون استثناء».\n"
    "وكان البشرى قد التقى في الدمازين منسقة الشؤون الإنسانية الأممية في السودان دينيس براون، وبحث معها زيادة الشحنات إلى الولاية.\n"
    "وأفادت سلمى عبد الجبار المبارك، مفوضة العون الإنساني، بأن 40 شاحنة من مؤسسة الشيخ عيد الخيرية وصلت إلى المعسكرات.\n"
    "وفي شندي، أعلن قائد قوات درع السودان أبو عاقلة كيكل أن قواته صدت هجوما على قرى شرق سنجة، فيما أكد المتحدث العسكري العميد نبيل عبد الله أن الطيران قصف مواقع للمتمردين قرب أم روابة.\n"
    "واتهم خالد عمر يوسف، القيادي في تحالف صمود، الجيش بعرقلة المفاوضات، في حين رفض وزير الإعلام خالد الإعيسر الاتهامات.\n"
    "ويعقد الوزير الاثنين المقبل اجتماعا مع مديري الزراعة في ولايات الوسط في ربك.\n"
    "وقالت المزارعة آمنة عوض الكريم من قرية ود العباس إن «الموسم ضاع بسبب انقطاع الري»، فيما أكد المهندس عثمان التوم أن القنوات ستصان قبل الصيف.",
    [("PERSON", "Abubakr Omer Elbushra", ["Abu Bakr Omar al-Bushra", "Abubakar Omar Al-Bushra"], ["أبو بكر عمر البشرى", "البشرى"]),
     ("ORG", "Ministry of Agriculture and Forestry (Sudan)", ["Ministry of Agriculture (Sudan)"], ["وزير الزراعة السوداني"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "Sinja", ["Singa", "Sinjah"], ["سنجة"]),
     ("LOC", "Ed Damazin", ["Al-Damazin", "Damazin"], ["الدمازين"]),
     ("PERSON", "Al-Sadiq Mohamed al-Azraq", ["Elsadig Mohamed Elazrag", "Sadiq Mohamed al-Azraq"], ["الصادق محمد الأزرق"]),
     ("LOC", "Jebel Moya", ["Jabal Moya"], ["جبل موية"]),
     ("PERSON", "Denise Brown", [], ["دينيس براون"]),
     ("PERSON", "Salma Abdel Gabbar al-Mubarak", ["Salma Abdul Jabbar al-Mubarak", "Salma Abdel Gabar"], ["سلمى عبد الجبار المبارك"]),
     ("ORG", "Eid Charity", ["Sheikh Eid bin Mohammad Al Thani Charitable Association", "Sheikh Eid Charity"], ["مؤسسة الشيخ عيد الخيرية"]),
     ("LOC", "Shendi", ["Shandi"], ["شندي"]),
     ("PERSON", "Abu Aqla Keikal", ["Abu Aqla Kaikal", "Abu Agla Kaikal", "Abuagla Keikal"], ["أبو عاقلة كيكل"]),
     ("ORG", "Sudan Shield Forces", ["Dira al-Sudan"], ["قوات درع السودان"]),
          ("PERSON", "Nabil Abdallah", ["Nabil Abdullah", "Nabil Abdalla"], ["نبيل عبد الله"]),
     ("LOC", "Umm Ruwaba", ["Um Rawaba"], ["أم روابة"]),
     ("PERSON", "Khalid Omer Yousif", ["Khalid Omar Youssef", "Khalid Omer Yousif"], ["خالد عمر يوسف"]),
     ("ORG", "Sumud", ["Somoud", "Sumoud alliance"], ["تحالف صمود"]),
     ("PERSON", "Khalid al-Aiser", ["Khalid Ali al-Aiser", "Khalid Aleisir", "Khalid al-Eisir"], ["خالد الإعيسر"]),
     ("LOC", "Rabak", [], ["ربك"]),
     ("PERSON", "Amna Awad al-Karim", ["Amna Awad Elkarim", "Amna Awad Alkarim"], ["آمنة عوض الكريم"]),
     ("LOC", "Wad al-Abbas", ["Wad Elabbas", "Wad Al Abbas"], ["ود العباس"]),
     ("PERSON", "Osman al-Tom", ["Osman Eltom", "Othman al-Tom"], ["عثمان التوم"])],
    [("04", "زار", "Sinja", "2026-11-19"), ("04", "التقى", "Ed Damazin", None), ("07", "وصلت", None, None),
     ("19", "صدت", None, None), ("19", "قصف", "Umm Ruwaba", None), ("11", "واتهم", None, None),
     ("12", "رفض", None, None), ("04", "اجتماعا", "Rabak", "2026-11-23")])

doc("pap-ar-03-sinjar", "ar", "2026-11-17T10:00:00Z",
    "وزيرة الهجرة العراقية تزور سنجار لبحث عودة النازحين",
    "تلعفر - زارت وزيرة الهجرة والمهجرين العراقية إيفان فائق جابرو، أمس الأحد، سنجار، والتقت قائممقامها نايف سيدو، وبحثت معه عودة النازحين من المخيمات ومن تركيا.\n"
    "وقالت جابرو إن «الاتفاق مع حكومة الإقليم يضمن حقوق المحافظات كافة».\n"
    "وأكد ريبر أحمد، وزير داخلية الإقليم، أن قوات الأمن ستحمي المنشآت النفطية بعد هجوم بطائرة مسيرة استهدف حقل خورمور الأسبوع الماضي.\n"
    "وأفادت النائبة سروة عبد الواحد بأن البرلمان سيستضيف الوزيرة الأربعاء المقبل، فيما طالب الخبير النفطي نبيل المرسومي بنشر عقود الشركات.\n"
    "وفي الحلة، استقبل رئيس مجلس النواب العراقي محمود المشهداني رئيس بعثة يونامي محمد الحسان، الذي أكد أن البعثة تدعم الحوار بين المركز والإقليم.\n"
    "من جانبه، أوضح أبو آلاء الولائي، الأمين العام لكتائب سيد الشهداء، أن الفصائل «لا علاقة لها» بالهجوم.\n"
    "وتحاضر الوزيرة الخميس المقبل في جامعة صلاح الدين، بحسب بيان للوزارة.\n"
    "وقالت الناشطة الإيزيدية نادية مراد في تغريدة إن «آلاف العائلات لا تزال تنتظر»، وأكد علي عباس جهاكير، المتحدث باسم الوزارة، أن 300 عائلة عادت هذا الشهر، فيما قال الأمير حازم تحسين بك أن العائدين يحتاجون إلى ضمانات أمنية.",
    [("LOC", "Tal Afar", ["Tal Afar", "Tel Afar", "Talafar"], ["تلعفر"]),
     ("ORG", "Ministry of Migration and Displacement (Iraq)", ["Iraqi Ministry of Migration and Displacement", "Iraqi Migration Ministry"], ["وزيرة الهجرة والمهجرين العراقية"]),
     ("PERSON", "Evan Faeq Jabro", ["Evan Faiq Jabro", "Ivan Faik Jabro", "Evan Jabro"], ["إيفان فائق جابرو", "جابرو"]),
     ("LOC", "Sinjar", ["Shingal"], ["سنجار"]),
     ("PERSON", "Naif Saido", ["Nayef Sido", "Naif Sido"], ["نايف سيدو"]),
     ("LOC", "Turkey", ["Turkiye"], ["تركيا"]),
     ("PERSON", "Reber Ahmed", ["Rebar Ahmed", "Reber Ahmad"], ["ريبر أحمد"]),
     ("LOC", "Khor Mor gas field", ["Khor Mor", "Khormor"], ["حقل خورمور"]),
     ("PERSON", "Sarwa Abdul Wahid", ["Sarwa Abdulwahid", "Serwa Abdul Wahid"], ["سروة عبد الواحد"]),
     ("PERSON", "Nabil al-Marsoumi", ["Nabil Al-Marsoumi", "Nabil Marsoumi"], ["نبيل المرسومي"]),
     ("LOC", "Hillah", ["Al-Hillah", "Hilla"], ["الحلة"]),
     ("ORG", "Council of Representatives of Iraq", ["Iraqi parliament", "Iraqi Council of Representatives"],
      ["مجلس النواب العراقي"]),
     ("PERSON", "Mahmoud al-Mashhadani", ["Mahmoud Mashhadani"], ["محمود المشهداني"]),
     ("ORG", "UNAMI", ["United Nations Assistance Mission for Iraq"], ["يونامي"]),
     ("PERSON", "Mohamed al-Hassan", ["Mohammed Al Hassan", "Mohamed Al-Hassan"], ["محمد الحسان"]),
     ("PERSON", "Abu Alaa al-Walai", ["Abu Ala al-Wala'i", "Abu Alaa al-Wilai"], ["أبو آلاء الولائي"]),
     ("ORG", "Kataib Sayyid al-Shuhada", ["Kata'ib Sayyid al-Shuhada"], ["كتائب سيد الشهداء"]),
     ("ORG", "Salahaddin University", ["Salahaddin University-Erbil", "Salahaddin University Erbil"], ["جامعة صلاح الدين"]),
     ("PERSON", "Nadia Murad", [], ["نادية مراد"]),
     ("PERSON", "Ali Abbas Jahaker", ["Ali Abbas Jahakir", "Ali Abbas Jihaker"], ["علي عباس جهاكير"]),
     ("PERSON", "Hazem Tahsin Beg", ["Prince Hazem Tahsin Beg", "Hazim Tahsin Bek"], ["حازم تحسين بك"])],
    [("04", "زارت", "Sinjar", "2026-11-16"), ("19", "هجوم", "Khor Mor gas field", None),
     ("10", "طالب", None, None), ("04", "استقبل", "Hillah", None), ("04", "سيستضيف", None, "2026-11-18")])

doc("pap-ar-04-rashaya", "ar", "2026-11-14T07:30:00Z",
    "وزير الثقافة اللبناني يزور راشيا وموفد فرنسي في جونية",
    "عاليه - زار وزير الثقافة اللبناني غسان سلامة، أمس الجمعة، راشيا، وتفقد القلعة والمواقع الأثرية التي تضررت في الغارات الإسرائيلية، برفقة رئيس اتحاد بلديات الشقيف حسن دبوق.\n"
    "وقال سلامة إن «ترميم المواقع الأثرية في قرى الجنوب أولوية الحكومة هذا الشتاء».\n"
    "وفي جونية، استقبل وزير المالية ياسين جابر الموفد الرئاسي الفرنسي جان إيف لودريان، وبحثا تمويل إعادة الإعمار عبر مؤسسة التمويل الدولية. وأكد لودريان أن فرنسا ستستضيف مؤتمرا للمانحين مطلع العام.\n"
    "وأوضح حاكم مصرف لبنان كريم سعيد أن المصرف سيصدر تعميما جديدا يتيح للمودعين سحب جزء من ودائعهم، فيما انتقدت جمعية المودعين برئاسة حسن مغنية التعميم ووصفته بأنه «غير كاف».\n"
    "ووصلت إلى مطار رفيق الحريري الدولي طائرة مساعدات طبية قطرية تسلمتها وزيرة البيئة تمارا الزين.\n"
    "وأعلنت وزيرة التربية ريما كرامي استئناف الدراسة في مدارس الجنوب الاثنين المقبل، وقالت الوزيرة إن 120 مدرسة باتت جاهزة.\n"
    "وكان رئيس حزب القوات اللبنانية سمير جعجع قد انتقد في كلمة متلفزة بطء الحكومة في حصر السلاح.\n"
    "وقال النائب ملحم خلف إن البرلمان سيناقش قانون الإيجارات الأسبوع المقبل.",
    [("LOC", "Aley", ["Aaley"], ["عاليه"]),
     ("ORG", "Ministry of Culture (Lebanon)", ["Lebanese Ministry of Culture", "Lebanese Culture Ministry"],
      ["وزير الثقافة اللبناني"]),
     ("PERSON", "Ghassan Salame", ["Ghassan Salamé", "Ghassan Salameh"], ["غسان سلامة", "سلامة"]),
     ("LOC", "Rashaya", ["Rachaya", "Rashaya al-Wadi"], ["راشيا"]),
     ("LOC", "Jounieh", ["Jounie", "Junieh"], ["جونية"]),
     ("ORG", "Union of Shqif Municipalities", ["Shqif Municipalities Union", "Union of Al-Shqif Municipalities"], ["اتحاد بلديات الشقيف"]),
     ("PERSON", "Hassan Dabouk", ["Hasan Dbouk", "Hassan Dbouk"], ["حسن دبوق"]),
     ("PERSON", "Yassine Jaber", ["Yasin Jaber"], ["ياسين جابر"]),
     ("LOC", "France", [], ["فرنسا"]),
     ("PERSON", "Jean-Yves Le Drian", ["Le Drian"], ["جان إيف لودريان", "لودريان"]),
     ("ORG", "International Finance Corporation", ["IFC"], ["مؤسسة التمويل الدولية"]),
     ("ORG", "Banque du Liban", ["Central Bank of Lebanon", "BDL"], ["مصرف لبنان"]),
     ("PERSON", "Karim Souaid", ["Karim Said", "Karim Saeed"], ["كريم سعيد"]),
     ("ORG", "Depositors' Union", ["Depositors Association", "Depositors' Association"], ["جمعية المودعين"]),
     ("PERSON", "Hassan Mughniyeh", ["Hasan Moghnieh", "Hassan Moghnieh"], ["حسن مغنية"]),
     ("LOC", "Beirut–Rafic Hariri International Airport", ["Rafic Hariri International Airport", "Beirut airport"],
      ["مطار رفيق الحريري الدولي"]),
     ("PERSON", "Tamara el-Zein", ["Tamara Elzein", "Tamara al-Zein"], ["تمارا الزين"]),
     ("PERSON", "Rima Karami", ["Rima Karame"], ["ريما كرامي"]),
     ("ORG", "Lebanese Forces", ["Lebanese Forces party"], ["حزب القوات اللبنانية"]),
     ("PERSON", "Samir Geagea", ["Samir Ja'ja'"], ["سمير جعجع"]),
     ("PERSON", "Melhem Khalaf", ["Melhem Khalaf"], ["ملحم خلف"])],
    [("04", "زار", "Rashaya", "2026-11-13"), ("04", "استقبل", "Jounieh", None), ("07", "ووصلت", None, None),
     ("11", "انتقدت", None, None), ("04", "مؤتمرا", "France", None), ("11", "انتقد", None, None)])

doc("pap-ar-05-dhale", "ar", "2026-11-22T08:00:00Z",
    "وزير النقل اليمني يزور الضالع ويبحث مع محافظها ملف الطرق",
    "الضالع - وصل وزير النقل اليمني عبد السلام حميد، أمس السبت، إلى الضالع، حيث استقبله محافظها أحمد قائد القبة، وبحثا فتح الطرق المغلقة وصيانة الطرق الجبلية.\n"
    "وقال حميد إن «الحكومة ستبدأ صيانة الطرق الرئيسية خلال أيام».\n"
    "وأكد قائد ألوية العمالقة أبو زرعة المحرمي، في اتصال هاتفي مع المحافظ، دعم قواته لجهود تأمين الساحل الغربي.\n"
    "من جانبها، أوضحت أفراح الزوبة، وكيلة وزارة التخطيط والتعاون الدولي، أن السعودية أودعت دفعة جديدة من منحة المشتقات النفطية.\n"
    "وفي مأرب، أعلن قائد المنطقة العسكرية الثالثة اللواء منصور ثوابة صد هجوم على مواقع الجيش غرب المدينة، فيما قال كبير المفاوضين محمد عبد السلام إن «العمليات ستستمر».\n"
    "وأدان المبعوث الأممي إلى اليمن هانس غروندبرغ الهجوم، وطالب غروندبرغ بالإفراج عن موظفي المنظمات الأممية المحتجزين.\n"
    "وزار المحافظ المخا بعد ظهر السبت، والتقى هناك الشيخ حمود سعيد المخلافي، وقال المحافظ إن الميناء سيستقبل سفن الوقود الأسبوع المقبل.\n"
    "وأوضح أبو بكر حسين، مدير عام الطرق في المحافظة، أن 60 كيلومترا ستصان قبل الشتاء، بينما طالب السائق صالح الضالعي بإزالة نقاط الجباية.",
    [("LOC", "Dhale", ["Al Dhale", "Ad Dali'", "Al-Dhalea"], ["الضالع"]),
     ("ORG", "Ministry of Transport (Yemen)", ["Yemeni Transport Ministry", "Yemeni Ministry of Transport"], ["وزير النقل اليمني"]),
     ("PERSON", "Abdulsalam Humaid", ["Abdul Salam Hameed", "Abdulsalam Hamid"], ["عبد السلام حميد", "حميد"]),
     ("PERSON", "Ahmed Qaid al-Qubba", ["Ahmed Qaed al-Qubbah", "Ahmed Gaid al-Qubba"], ["أحمد قائد القبة"]),
     ("ORG", "Giants Brigades", ["Al-Amaliqa", "Amaliqa", "Giants Brigades (Yemen)"], ["ألوية العمالقة"]),
     ("PERSON", "Abu Zaraa al-Muharrami", ["Abdulrahman al-Muharrami", "Abu Zara'a al-Mahrami", "Abu Zaraa al-Mahrami"],
      ["أبو زرعة المحرمي"]),
     ("PERSON", "Afrah al-Zouba", ["Afrah Al-Zoba", "Afrah Alzouba"], ["أفراح الزوبة"]),
     ("ORG", "Ministry of Planning and International Cooperation (Yemen)", ["Yemeni Ministry of Planning"],
      ["وزارة التخطيط والتعاون الدولي"]),
     ("LOC", "Saudi Arabia", [], ["السعودية"]),
     ("LOC", "Marib", ["Ma'rib"], ["مأرب"]),
     ("ORG", "Third Military Region (Yemen)", ["Third Military Region"], ["المنطقة العسكرية الثالثة"]),
     ("PERSON", "Mansour Thawaba", ["Mansour Thawabah", "Mansur Thawaba"], ["منصور ثوابة"]),
     ("PERSON", "Mohammed Abdulsalam", ["Mohammed Abdul Salam", "Mohamed Abdelsalam"], ["محمد عبد السلام"]),
     ("LOC", "Yemen", [], ["اليمن"]),
     ("PERSON", "Hans Grundberg", ["Grundberg"], ["هانس غروندبرغ", "غروندبرغ"]),
     ("LOC", "Mocha", ["Al-Mokha", "Mokha"], ["المخا"]),
     ("PERSON", "Hamoud al-Mikhlafi", ["Hamoud Saeed al-Mikhlafi", "Hamoud Said al-Mekhlafi"], ["حمود سعيد المخلافي"]),
     ("PERSON", "Abubakr Hussein", ["Abu Bakr Hussein", "Abubakar Hussein"], ["أبو بكر حسين"]),
     ("PERSON", "Saleh al-Dhalei", ["Saleh al-Dali'i", "Salih al-Dhalei"], ["صالح الضالعي"])],
    [("04", "استقبله", "Dhale", "2026-11-21"), ("04", "اتصال", None, "2026-11-21"), ("07", "أودعت", None, None),
     ("19", "هجوم", "Marib", None), ("11", "وأدان", None, None), ("10", "وطالب", None, None),
     ("04", "وزار", "Mocha", "2026-11-21")])

doc("pap-ar-06-garbaharey", "ar", "2026-11-12T09:30:00Z",
    "رئيس الوزراء الصومالي يزور غربهاري ومحادثات صومالية في جيبوتي",
    "بيدوا - زار رئيس الوزراء الصومالي حمزة عبدي بري، أمس الأربعاء، غربهاري، في أول زيارة له منذ الخلاف مع إدارة جوبالاند، والتقى رئيسها أحمد محمد إسلام المعروف بأحمد مدوبي.\n"
    "وقال مدوبي للصحفيين إن «الخلافات السياسية لا يجب أن تعطل الحرب على الإرهاب».\n"
    "وفي جيبوتي، استضاف وزير الخارجية الجيبوتي عبد القادر حسين عمر محادثات بين وفدين صوماليين، وأكد أن بلاده مستعدة لاستضافة جولة ثانية.\n"
    "وأفادت فوزية يوسف حاج آدم، رئيسة حزب الوحدة والديمقراطية، بأن المعارضة ترفض تأجيل الانتخابات.\n"
    "وأعلن قائد الجيش الجنرال إبراهيم شيخ محيي الدين أن القوات قتلت 30 مسلحا في غارات قرب بارديري، فيما تبنى علي محمود راجي، المتحدث باسم المسلحين، هجوما بقذائف الهاون على قاعدة حلني.\n"
    "وقال راجي إن زعيم الجماعة أبو عبيدة أحمد ديري أمر بتصعيد الهجمات.\n"
    "ونددت السفيرة الإيطالية فرانشيسكا دي كارلو بالهجوم، فيما أكد عبد الرحمن عبد الشكور ورسمي، المرشح الرئاسي، أن الأمن «مسؤولية الجميع».\n"
    "وفي غاريسا، قال الباحث الكيني رشيد عبدي إن «الخلاف بين الحكومة الاتحادية والولايات يخدم المسلحين»، فيما أعلن عبد الله زكريا، رئيس بلدية غربهاري، حظر التجول ليلا.",
    [("LOC", "Baidoa", ["Baydhabo"], ["بيدوا"]),
     ("PERSON", "Hamza Abdi Barre", ["Hamza Barre"], ["حمزة عبدي بري"]),
     ("LOC", "Garbaharey", ["Garbahaarey", "Garbaharrey"], ["غربهاري"]),
     ("ORG", "Jubaland administration", ["Jubaland government", "Jubaland State"], ["إدارة جوبالاند"]),
     ("PERSON", "Ahmed Madobe", ["Ahmed Mohamed Islam", "Ahmed Mohamed Islam Madobe"], ["أحمد محمد إسلام", "أحمد مدوبي", "مدوبي"]),
     ("LOC", "Djibouti", [], ["جيبوتي"]),
     ("ORG", "Ministry of Foreign Affairs (Djibouti)", ["Djiboutian Foreign Ministry", "Djibouti Foreign Ministry"], ["وزير الخارجية الجيبوتي"]),
     ("PERSON", "Abdoulkader Houssein Omar", ["Abdulkadir Hussein Omar", "Abdoulkader Hussein Omar"], ["عبد القادر حسين عمر"]),
     ("PERSON", "Fowsiyo Yusuf Haji Adan", ["Fawzia Yusuf Haji Adam", "Fawzia Yusuf H. Adam", "Fowsiyo Yusuf Haji Aadan"],
      ["فوزية يوسف حاج آدم"]),
     ("ORG", "Union for Peace and Development Party", ["UPD", "Unity and Democracy Party"], ["حزب الوحدة والديمقراطية"]),
     ("PERSON", "Ibrahim Sheikh Muhyadin", ["Ibrahim Sheikh Mohyadin", "Ibrahim Sheikh Muhyiddin"], ["إبراهيم شيخ محيي الدين"]),
     ("LOC", "Bardhere", ["Baardheere", "Bardera"], ["بارديري"]),
     ("PERSON", "Ali Mohamud Rage", ["Ali Dhere", "Ali Mohamed Rage"], ["علي محمود راجي", "راجي"]),
     ("LOC", "Halane", ["Halane base", "Halane camp"], ["قاعدة حلني"]),
     ("PERSON", "Ahmed Diriye", ["Abu Ubaidah", "Ahmad Umar Abu Ubaidah", "Ahmed Umar Diriye"], ["أبو عبيدة أحمد ديري"]),
     ("PERSON", "Francesca Di Carlo", [], ["فرانشيسكا دي كارلو"]),
     ("PERSON", "Abdirahman Abdishakur Warsame", ["Abdirahman Abdishakur", "Abdurrahman Abdishakur Warsame"],
      ["عبد الرحمن عبد الشكور ورسمي"]),
     ("LOC", "Garissa", [], ["غاريسا"]),
     ("PERSON", "Rashid Abdi", [], ["رشيد عبدي"]),
     ("PERSON", "Abdullahi Zakariya", ["Abdullahi Zakaria", "Abdallah Zakariya"], ["عبد الله زكريا"])],
    [("04", "زار", "Garbaharey", "2026-11-11"), ("04", "محادثات", "Djibouti", None), ("19", "غارات", "Bardhere", None),
     ("19", "هجوما", "Halane", None), ("11", "ونددت", None, None)])

doc("pap-ar-07-biltine", "ar", "2026-11-27T08:00:00Z",
    "وزير الأمن يزور بلتين واتفاق أمني مع النيجر",
    "أم التيمان - زار وزير الأمن العام محمد صالح كلامبي، أمس الخميس، بلتين، وتفقد مخيمات اللاجئين السودانيين على الحدود الشرقية، بحسب بيان للحكومة.\n"
    "وقال كلامبي إن «الحدود ستبقى مفتوحة أمام الفارين من الحرب».\n"
    "وفي العاصمة، استقبل رئيس الجمعية الوطنية التشادية علي كولوتو تشايمي وزير الخارجية النيجري بكاري ياو سنغاري، ووقع البلدان اتفاقا لتسيير دوريات مشتركة في المثلث الحدودي.\n"
    "وأكد سنغاري أن الرئيس عبد الرحمن تياني «يعول على تشاد في مواجهة الجماعات المسلحة»، مضيفا أن تياني سيزور تشاد قريبا.\n"
    "وأوضحت ماغات غيسيه، ممثلة منظمة أوكسفام في تشاد، أن أكثر من 800 ألف لاجئ سوداني يقيمون في الشرق.\n"
    "وانتقد المعارض سيكسيه ماسرا، رئيس حزب المتحولون، من منفاه الحكومة، واتهمها بتجاهل مطالب الجنوب.\n"
    "وهبطت طائرة الوفد النيجري في مطار حسن جاموس الدولي، حيث كان في استقباله وزير الخارجية عبد الرحمن غلام الله.\n"
    "وأفاد مصدر أمني بأن الشرطة اعتقلت في مونغو 12 شخصا يشتبه في انتمائهم إلى جماعة مسلحة، بينهم امرأة تدعى حواء.\n"
    "وقال الناطق باسم الحكومة قاسم شريف إن التحقيقات مستمرة.",
    [("LOC", "Am Timan", ["Am-Timan"], ["أم التيمان"]),
     ("PERSON", "Mahamat Saleh Kalambi", ["Mohammed Saleh Kalambi", "Mahamat Saleh Kalamby"], ["محمد صالح كلامبي", "كلامبي"]),
     ("LOC", "Biltine", [], ["بلتين"]),
     ("ORG", "National Assembly (Chad)", ["Chadian National Assembly", "National Assembly of Chad"], ["الجمعية الوطنية التشادية"]),
     ("PERSON", "Ali Kolotou Tchaimi", ["Ali Kolotou Tchaïmi", "Ali Koloto Tchaimi"], ["علي كولوتو تشايمي"]),
     ("PERSON", "Bakary Yaou Sangare", ["Bakary Yaou Sangaré", "Bakari Yaou Sangare"], ["بكاري ياو سنغاري", "سنغاري"]),
     ("PERSON", "Abdourahamane Tiani", ["Abdourahmane Tchiani", "Abdourahamane Tchiani", "Tiani", "Tchiani"],
      ["عبد الرحمن تياني", "تياني"]),
     ("LOC", "Chad", [], ["تشاد"]),
     ("PERSON", "Magatte Guisse", ["Magatte Guissé"], ["ماغات غيسيه"]),
     ("ORG", "Oxfam", ["Oxfam International"], ["منظمة أوكسفام"]),
     ("PERSON", "Succes Masra", ["Succès Masra"], ["سيكسيه ماسرا"]),
     ("ORG", "Les Transformateurs", ["The Transformers", "Transformers party"], ["حزب المتحولون"]),
     ("LOC", "N'Djamena International Airport", ["Hassan Djamous International Airport", "N'Djamena airport"],
      ["مطار حسن جاموس الدولي"]),
     ("PERSON", "Abderaman Koulamallah", ["Abderamane Koulamallah", "Abdelrahman Koulamallah"], ["عبد الرحمن غلام الله"]),
     ("LOC", "Mongo", [], ["مونغو"]),
     ("PERSON", "Hawa", ["Hawwa"], ["حواء"]),
     ("PERSON", "Kassem Cherif", ["Qasim Sharif", "Kassem Chérif"], ["قاسم شريف"])],
    [("04", "زار", "Biltine", "2026-11-26"), ("04", "استقبل", None, None), ("05", "ووقع", None, None),
     ("11", "وانتقد", None, None), ("11", "واتهمها", None, None), ("17", "اعتقلت", "Mongo", None)])

doc("pap-ar-08-yanqul", "ar", "2026-11-10T08:00:00Z",
    "وزير الاقتصاد العماني يزور ينقل والكويت توقع اتفاقية نفطية مع الهند",
    "البريمي - زار وزير الاقتصاد العماني سعيد بن محمد الصقري، أمس الاثنين، ينقل، وافتتح مصنعا للنحاس في المنطقة الصناعية، بحضور الوالي هلال بن سعيد الحجري.\n"
    "وقال الصقري إن «المصنع يوفر 400 فرصة عمل للعمانيين».\n"
    "وأعلنت وزيرة التعليم العالي والبحث العلمي والابتكار رحمة بنت إبراهيم المحروقية توقيع مذكرة تفاهم بين جامعة السلطان قابوس وجامعة دلهي، وقالت المحروقية إن الاتفاق يشمل تبادل الأساتذة.\n"
    "وفي الكويت، وقعت وزيرة الأشغال العامة الكويتية نورة المشعان مع وزير النفط الهندي هارديب سينغ بوري اتفاقية لتزويد الهند بمليوني برميل شهريا، وأكد الوزير الهندي أن بلاده تسعى إلى تنويع مصادر الطاقة.\n"
    "وأوضح الشيخ نواف سعود الصباح، الرئيس التنفيذي لشركة البترول الكويتية العالمية، أن الشحنات ستنطلق من ميناء الأحمدي، فيما قال المحلل النفطي عبد الرحمن الجاسر إن الاتفاق «يضمن سوقا ثابتة».\n"
    "وأفاد الخبير الاقتصادي أبو محمد الحارثي بأن الاتفاقيات «تعكس تحولا نحو آسيا».\n"
    "ويزور الوزير الهندي البريمي الثلاثاء المقبل لبحث الشراكة الاقتصادية مع خالد بن هلال المعولي، رئيس مجلس الشورى العماني.",
    [("LOC", "Buraimi", ["Al Buraimi"], ["البريمي"]),
     ("ORG", "Ministry of Economy (Oman)", ["Omani Ministry of Economy", "Omani Economy Ministry"], ["وزير الاقتصاد العماني"]),
     ("PERSON", "Said al-Saqri", ["Said bin Mohammed al-Saqri", "Saeed Al Saqri", "Said Mohammed Al Saqri"],
      ["سعيد بن محمد الصقري", "الصقري"]),
     ("LOC", "Yanqul", ["Yankul"], ["ينقل"]),
     ("PERSON", "Hilal bin Said al-Hajri", ["Hilal al-Hajri", "Hilal bin Saeed Al Hajri"], ["هلال بن سعيد الحجري"]),
     ("PERSON", "Rahma al-Mahrouqi", ["Rahma bint Ibrahim al-Mahrouqi", "Rahma Al Mahrouqi", "Rahma bint Ibrahim Al Mahrouqiya"],
      ["رحمة بنت إبراهيم المحروقية", "المحروقية"]),
     ("ORG", "Sultan Qaboos University", ["SQU"], ["جامعة السلطان قابوس"]),
     ("ORG", "University of Delhi", ["Delhi University"], ["جامعة دلهي"]),
     ("LOC", "India", [], ["الهند"]),
     ("LOC", "Kuwait", [], ["الكويت"]),
     ("ORG", "Ministry of Public Works (Kuwait)", ["Kuwaiti Ministry of Public Works", "Kuwaiti Public Works Ministry"], ["وزيرة الأشغال العامة الكويتية"]),
     ("PERSON", "Noura Al-Mashaan", ["Noura Al Mashaan", "Nora al-Mishaan"], ["نورة المشعان"]),
     ("ORG", "Ministry of Petroleum and Natural Gas (India)", ["Indian Oil Ministry", "Indian Petroleum Ministry"], ["وزير النفط الهندي"]),
     ("PERSON", "Hardeep Singh Puri", ["Hardeep Puri"], ["هارديب سينغ بوري"]),
     ("PERSON", "Nawaf Saud Al-Sabah", ["Sheikh Nawaf Saud Al-Sabah", "Nawaf Saud Al Sabah"], ["نواف سعود الصباح"]),
     ("ORG", "Kuwait Petroleum International", ["Q8", "KPI"], ["شركة البترول الكويتية العالمية"]),
     ("LOC", "Mina al-Ahmadi", ["Mina Al Ahmadi", "Al Ahmadi port"], ["ميناء الأحمدي"]),
     ("PERSON", "Abdulrahman al-Jasser", ["Abdul Rahman Al Jasser", "Abdulrahman Al-Jaser"], ["عبد الرحمن الجاسر"]),
     ("PERSON", "Abu Mohammed al-Harthy", ["Abu Mohammed al-Harthi"], ["أبو محمد الحارثي"]),
     ("PERSON", "Khalid al-Maawali", ["Khalid bin Hilal al-Maawali", "Khalid Al Maawali"], ["خالد بن هلال المعولي"]),
     ("ORG", "Majlis al-Shura (Oman)", ["Omani Shura Council", "Majlis Al Shura"], ["مجلس الشورى العماني"])],
    [("04", "زار", "Yanqul", "2026-11-09"), ("05", "توقيع", None, None), ("05", "وقعت", "Kuwait", None),
     ("04", "ويزور", "Buraimi", "2026-11-17")])

doc("pap-ar-09-bandung", "ar", "2026-11-19T06:00:00Z",
    "وزير الخارجية الماليزي يزور باندونغ لبحث ملف ميانمار قبل القمة الإقليمية",
    "باندونغ - زار وزير الخارجية الماليزي محمد حسن، أمس الأربعاء، باندونغ، وعقد محادثات مع وزير الدفاع الإندونيسي شافري شمس الدين تناولت الأزمة في ميانمار وأمن مضيق ملقا.\n"
    "وقال شمس الدين في مؤتمر صحفي مشترك إن «المنطقة لا تستطيع تجاهل معاناة الروهينغا».\n"
    "وأكد براتيكنو، الوزير المنسق للتنمية البشرية، أن الاستثمارات الماليزية في إندونيسيا تضاعفت خلال عامين.\n"
    "وفي بوتراجايا، أعلن نائب رئيس الوزراء الماليزي أحمد زاهد حميدي أن بلاده ستستضيف اجتماعا طارئا لوزراء المنطقة، فيما رحب الدبلوماسي الميانماري كياو مو تون بالدعوة.\n"
    "وأوضح وزير خارجية تيمور الشرقية بنديتو دوس سانتوس فريتاس أن بلاده ستشارك في الاجتماع.\n"
    "وانتقدت الناشطة الروهينغية ياسمين الله، رئيسة شبكة الروهينغا الأوروبية، صمت الحكومات الآسيوية.\n"
    "ووصل الوزير الماليزي إلى مطار حسين ساستراناغارا الدولي قادما من دافاو، حيث التقى وزيرة الخارجية الفلبينية تيريزا لازارو.\n"
    "وقال الباحث الإندونيسي ديوي فورتونا أنوار إن «ماليزيا وإندونيسيا تقودان الموقف الإقليمي»، فيما أشادت ناشطة تدعى نور حياتي بالمبادرة.",
    [("LOC", "Bandung", [], ["باندونغ"]),
     ("ORG", "Ministry of Foreign Affairs (Malaysia)", ["Malaysian Foreign Ministry", "Wisma Putra"], ["وزير الخارجية الماليزي"]),
     ("PERSON", "Mohamad Hasan", ["Mohamad Haji Hasan", "Tok Mat", "Mohammad Hasan"], ["محمد حسن"]),
     ("ORG", "Ministry of Defence (Indonesia)", ["Indonesian Defence Ministry", "Indonesian Ministry of Defense"], ["وزير الدفاع الإندونيسي"]),
     ("PERSON", "Sjafrie Sjamsoeddin", ["Sjafrie Syamsuddin", "Syafrie Syamsuddin"], ["شافري شمس الدين", "شمس الدين"]),
     ("LOC", "Myanmar", ["Burma"], ["ميانمار"]),
     ("LOC", "Strait of Malacca", ["Malacca Strait", "Straits of Malacca"], ["مضيق ملقا"]),
     ("PERSON", "Pratikno", [], ["براتيكنو"]),
     ("LOC", "Indonesia", [], ["إندونيسيا"]),
     ("LOC", "Putrajaya", [], ["بوتراجايا"]),
     ("PERSON", "Ahmad Zahid Hamidi", ["Zahid Hamidi"], ["أحمد زاهد حميدي"]),
     ("PERSON", "Kyaw Moe Tun", [], ["كياو مو تون"]),
     ("LOC", "Timor-Leste", ["East Timor"], ["تيمور الشرقية"]),
     ("PERSON", "Bendito dos Santos Freitas", ["Bendito Freitas"], ["بنديتو دوس سانتوس فريتاس"]),
     ("PERSON", "Yasmin Ullah", [], ["ياسمين الله"]),
     ("ORG", "European Rohingya Network", ["Rohingya European Network"], ["شبكة الروهينغا الأوروبية"]),
     ("LOC", "Husein Sastranegara International Airport", ["Husein Sastranegara Airport", "Bandung airport"], ["مطار حسين ساستراناغارا الدولي"]),
     ("LOC", "Davao City", ["Davao"], ["دافاو"]),
     ("ORG", "Department of Foreign Affairs (Philippines)", ["Philippine Department of Foreign Affairs", "Philippine Foreign Ministry"], ["وزيرة الخارجية الفلبينية"]),
     ("PERSON", "Theresa Lazaro", ["Ma. Theresa Lazaro", "Maria Theresa Lazaro"], ["تيريزا لازارو"]),
     ("PERSON", "Dewi Fortuna Anwar", [], ["ديوي فورتونا أنوار"]),
     ("LOC", "Malaysia", [], ["ماليزيا"]),
     ("PERSON", "Nur Hayati", [], ["نور حياتي"])],
    [("04", "زار", "Bandung", "2026-11-18"), ("04", "محادثات", "Bandung", "2026-11-18"),
     ("04", "اجتماعا", None, None), ("05", "رحب", None, None), ("11", "وانتقدت", None, None),
     ("04", "التقى", "Davao City", None)])

doc("pap-ar-10-remada", "ar", "2026-11-24T08:00:00Z",
    "وزير الداخلية الليبي يزور رمادة وإعادة فتح معبر الذهيبة",
    "رمادة - زار وزير الداخلية الليبي المكلف عماد الطرابلسي، أمس الاثنين، رمادة، والتقى نظيره التونسي خالد النوري، وبحثا إعادة فتح معبر الذهيبة وازن أمام المسافرين.\n"
    "وقال الطرابلسي إن «المعبر سيعمل على مدار الساعة ابتداء من الأسبوع المقبل».\n"
    "وزار الوزير التونسي بن عروس بعد الظهر، والتقى ممثلين عن تجار سوق الجملة الذين احتجوا الشهر الماضي على إغلاق المعبر، وقال المتحدث باسمهم منصف بن عياد إن «السوق تعيش من التجارة مع ليبيا».\n"
    "ومن جهة أخرى، استقبلت وزيرة الصناعة والمناجم والطاقة فاطمة ثابت شيبوب وزير الخارجية الليبي المكلف الطاهر الباعور، وأكدت شيبوب دعم تونس للحوار الليبي.\n"
    "وأوضح السفير التونسي لدى ليبيا الأسعد العجيلي أن اللجنة المشتركة ستجتمع في جادو خلال ديسمبر.\n"
    "وفي سياق آخر، أفادت عائلة أبو عجيلة مسعود، المتهم في قضية لوكربي، بأن محكمة أمريكية حددت موعدا جديدا لمحاكمته.\n"
    "وأكد النائب بدر الدين القمودي أن البرلمان سيسائل الحكومة حول إغلاق المعبر.\n"
    "ونقل جريح من الاحتجاجات إلى مستشفى الحبيب بورقيبة في رمادة، بحسب الناطق باسم الحماية المدنية معز تريعة.",
    [("LOC", "Remada", ["Rmada"], ["رمادة"]),
     ("ORG", "Ministry of Interior (Libya)", ["Libyan Interior Ministry", "Libyan Ministry of Interior"], ["وزير الداخلية الليبي"]),
     ("PERSON", "Imad Trabelsi", ["Emad al-Trabelsi", "Imad al-Trabulsi"], ["عماد الطرابلسي", "الطرابلسي"]),
     ("PERSON", "Khaled Nouri", ["Khalid Nouri", "Khaled Ennouri"], ["خالد النوري"]),
     ("LOC", "Dehiba-Wazin crossing", ["Dehiba crossing", "Wazin crossing", "Dhehiba-Wazen"], ["معبر الذهيبة وازن"]),
     ("LOC", "Ben Arous", [], ["بن عروس"]),
     ("PERSON", "Moncef Ben Ayed", ["Monsef Ben Ayed"], ["منصف بن عياد"]),
     ("LOC", "Libya", [], ["ليبيا"]),
     ("PERSON", "Fatma Thabet Chiboub", ["Fatma Thabet Chiboub", "Fatma Chiboub"], ["فاطمة ثابت شيبوب", "شيبوب"]),
     ("ORG", "Ministry of Foreign Affairs (Libya)", ["Libyan Foreign Ministry", "Libyan Ministry of Foreign Affairs"], ["وزير الخارجية الليبي"]),
     ("PERSON", "Taher al-Baour", ["Al-Taher al-Baour", "Taher Elbaour"], ["الطاهر الباعور"]),
     ("LOC", "Tunisia", [], ["تونس"]),
     ("PERSON", "Lassaad Ajili", ["Al-Asaad al-Ajili", "Lassad Ajili"], ["الأسعد العجيلي"]),
     ("LOC", "Jadu", ["Jado"], ["جادو"]),
     ("PERSON", "Abu Agila Masud", ["Abu Agila Mohammad Mas'ud Kheir Al-Marimi", "Abu Ajila Masud", "Abu Agila Mas'ud"],
      ["أبو عجيلة مسعود"]),
     ("LOC", "Lockerbie", [], ["لوكربي"]),
     ("PERSON", "Badreddine Gammoudi", ["Badr Eddine Gammoudi", "Badreddine Ghammoudi"], ["بدر الدين القمودي"]),
     ("ORG", "Habib Bourguiba Hospital", ["Habib Bourguiba University Hospital", "Habib Bourguiba Hospital (Remada)"],
      ["مستشفى الحبيب بورقيبة"]),
     ("ORG", "National Office of Civil Protection (Tunisia)", ["Tunisian Civil Protection"], ["الحماية المدنية"]),
     ("PERSON", "Moez Triaa", ["Moez Tria", "Moez Triâa"], ["معز تريعة"])],
    [("04", "زار", "Remada", "2026-11-23"), ("04", "وزار", "Ben Arous", "2026-11-23"), ("14", "احتجوا", None, None),
     ("04", "استقبلت", None, None), ("04", "ستجتمع", "Jadu", None)])

write("practice_arperson.jsonl")
