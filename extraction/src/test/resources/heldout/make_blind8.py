# Writes blind8.jsonl: 12 articles (4 ar, 4 en, 4 fr) written for Newsflow's tests on 2026-11-30 before the eighth
# round of work on linking, annotated by shared/eval/GUIDELINES.md and committed before the extractor ever ran on them.
# Countries, people, bodies and places are none of those named in dev.jsonl or the other sets here, as gold names,
# aliases, mentions or in their texts (checked with overlap.py). The Arabic copy is weighted to what Arabic wire copy
# names: Arab people with common given and family names (ministers, governors, spokesmen, company officers, several of
# them fictional), non-Arab leaders spelled as Arabic news spells them (Korean, Eritrean, Canadian, Israeli, German),
# ministries, companies after شركة and small towns (Bahrain, Sudan and Eritrea, the Palestinian territories and
# Canada, Tunisia and Germany). English: the Netherlands, South Korea and Canada, Bhutan and Thailand, Eswatini and
# Taiwan. French: Tunisia, Wallis and Futuna, Ontario, Saint Martin and Sint Maarten. Real public figures in their
# public roles; other officials and details are fictional. Gold not edited to match output. Apache-2.0.
# Run: python3 make_blind8.py
from gold import doc, write

doc("b8-ar-01-sitra", "ar", "2025-09-15T08:00:00Z",
    "ولي العهد البحريني يستقبل وزير الصناعة الكوري ويشهد توقيع اتفاقية لتوسعة مصفاة سترة",
    "استقبل ولي العهد البحريني الأمير سلمان بن حمد آل خليفة، أمس الأحد في قصر القضيبية، وزير التجارة والصناعة والطاقة الكوري الجنوبي كيم جونغ كوان، وبحث معه سبل تعزيز الاستثمارات المتبادلة بين البحرين وكوريا الجنوبية في قطاعي الطاقة والبنية التحتية.\n"
    "وشهد الجانبان توقيع اتفاقية بين شركة بابكو إنرجيز وشركة هيونداي للهندسة والإنشاءات لتوسعة وحدات التكرير في مصفاة الشركة بمنطقة سترة، بقيمة 1.2 مليار دولار.\n"
    "وقال وزير النفط والبيئة محمد بن مبارك بن دينة إن المشروع سيرفع الطاقة الإنتاجية للمصفاة بنحو الثلث ويوفر مئات الوظائف للمواطنين، فيما أوضح نائب الرئيس التنفيذي لشركة بابكو إنرجيز حسن عبد الله المطوع أن الأعمال ستبدأ مطلع العام المقبل.\n"
    "من جانبه، قال وزير الصناعة والتجارة عبد الله بن عادل فخرو إن الشركات الكورية أبدت اهتماما بالاستثمار في المنطقة الصناعية بالحد، مشيرا إلى أن حجم التبادل التجاري بين البلدين تضاعف خلال خمس سنوات.\n"
    "وأعلنت النيابة العامة البحرينية أمس أن الشرطة ألقت القبض في مدينة الرفاع على ثلاثة أشخاص بتهمة الاحتيال على مستثمرين أجانب، وأمرت بحبسهم أسبوعا على ذمة التحقيق.\n"
    "ومن المقرر أن يزور كيم اليوم الاثنين ميناء خليفة بن سلمان لبحث مشاريع الخدمات اللوجستية مع شركة أبناء يوسف بن أحمد كانو.",
    [("PERSON", "Salman bin Hamad Al Khalifa", ["Salman bin Hamad bin Isa Al Khalifa", "Salman bin Hamad al-Khalifa", "Prince Salman bin Hamad"],
      ["سلمان بن حمد آل خليفة"]),
     ("LOC", "Gudaibiya Palace", ["Al Qudaibiya Palace", "Qudaibiya Palace"], ["قصر القضيبية"]),
     ("PERSON", "Kim Jung-kwan", ["Kim Jeong-kwan", "Kim Jung Kwan"], ["كيم جونغ كوان", "كيم"]),
     ("LOC", "Bahrain", [], ["البحرين"]),
     ("LOC", "South Korea", ["Korea", "Republic of Korea"], ["كوريا الجنوبية"]),
     ("ORG", "Bapco Energies", ["Bapco", "Bahrain Petroleum Company"], ["بابكو إنرجيز", "شركة بابكو إنرجيز"]),
     ("ORG", "Hyundai Engineering & Construction", ["Hyundai E&C", "Hyundai Engineering and Construction"],
      ["شركة هيونداي للهندسة والإنشاءات"]),
     ("LOC", "Sitra", [], ["سترة"]),
     ("PERSON", "Mohamed bin Mubarak Bin Daina", ["Mohammed bin Mubarak bin Dainah", "Mohamed Bin Daina", "Mohammed bin Mubarak Bin Daina"],
      ["محمد بن مبارك بن دينة"]),
     ("PERSON", "Hassan Abdulla al-Mutawa", ["Hassan Abdullah al-Mutawa", "Hassan Abdulla Al Mutawa", "Hassan al-Mutawa", "Hasan Abdullah al-Mutawwa"],
      ["حسن عبد الله المطوع"]),
     ("PERSON", "Abdulla bin Adel Fakhro", ["Abdullah bin Adel Fakhro", "Abdulla Adel Fakhro", "Abdullah Fakhro"], ["عبد الله بن عادل فخرو"]),
     ("LOC", "Hidd", ["Al Hidd", "Al-Hidd"], ["الحد"]),
     ("ORG", "Public Prosecution (Bahrain)", ["Bahraini Public Prosecution", "Public Prosecution Office (Bahrain)"], ["النيابة العامة البحرينية"]),
     ("LOC", "Riffa", ["Al Riffa", "Ar Rifa"], ["الرفاع"]),
     ("LOC", "Khalifa Bin Salman Port", ["Khalifa bin Salman Port", "KBSP"], ["ميناء خليفة بن سلمان"]),
     ("ORG", "Yusuf Bin Ahmed Kanoo", ["YBA Kanoo", "Yusuf bin Ahmed Kanoo Group", "Kanoo"], ["شركة أبناء يوسف بن أحمد كانو", "أبناء يوسف بن أحمد كانو"])],
    [("04", "استقبل", "Gudaibiya Palace", "2025-09-14"), ("05", "توقيع", "Gudaibiya Palace", "2025-09-14"),
     ("17", "القبض", "Riffa", "2025-09-14"), ("04", "يزور", "Khalifa Bin Salman Port", "2025-09-15")])

doc("b8-ar-02-kassala", "ar", "2025-07-08T08:00:00Z",
    "البرهان يبحث مع أفورقي في كسلا أمن الحدود وعودة اللاجئين",
    "بحث رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان، أمس الاثنين في مدينة كسلا، مع الرئيس الإريتري أسياس أفورقي أمن الحدود المشتركة وعودة اللاجئين وإعادة فتح المعابر التجارية بين البلدين.\n"
    "وقال وزير الخارجية الإريتري عثمان صالح للصحفيين عقب المحادثات إن بلاده \"تقف مع وحدة السودان واستقراره\"، مضيفا أن لجنة فنية مشتركة ستجتمع في مدينة مصوع الأسبوع المقبل لوضع ترتيبات فتح المعبر.\n"
    "من جانبه، قال والي ولاية كسلا خالد عبد الرحمن الأمين إن الولاية تستضيف أكثر من مئتي ألف نازح، وإن السلطات تعمل مع المنظمات على توفير المياه والأدوية قبل موسم الأمطار.\n"
    "وفي ولاية النيل الأبيض، شنت قوات متمردة فجر أمس هجوما بطائرات مسيرة على محطة كهرباء مدينة كوستي، ما أدى إلى انقطاع التيار عن المدينة وتوقف مصنع شركة سكر كنانة، بحسب ما أعلنت الشركة السودانية لتوزيع الكهرباء.\n"
    "وقال وزير الصحة السوداني هيثم محمد إبراهيم إن وزارة الصحة السودانية تتابع الوضع الصحي في المدينة، محذرا من انتشار الكوليرا في مخيمات النزوح.\n"
    "وفي مدينة القضارف، وزعت جمعية الهلال الأحمر السوداني أمس سلالا غذائية على ألفي أسرة نازحة، بتمويل من منظمات إقليمية.",
    [("ORG", "Transitional Sovereignty Council", ["Sovereignty Council", "Sovereign Council of Sudan", "Sudan's Sovereign Council"],
      ["مجلس السيادة السوداني", "مجلس السيادة"]),
     ("PERSON", "Abdel Fattah al-Burhan", ["Abdel Fattah Burhan", "Abdelfattah al-Burhan", "Abdul Fattah al-Burhan", "al-Burhan", "Burhan"],
      ["عبد الفتاح البرهان", "البرهان"]),
     ("LOC", "Kassala", ["Kasala"], ["كسلا"]),
     ("PERSON", "Isaias Afwerki", ["Isaias Afewerki", "Afwerki"], ["أسياس أفورقي", "أفورقي"]),
     ("PERSON", "Osman Saleh", ["Osman Saleh Mohammed", "Osman Salih"], ["عثمان صالح"]),
     ("LOC", "Sudan", [], ["السودان"]),
     ("LOC", "Massawa", ["Mitsiwa", "Massaua"], ["مصوع"]),
     ("LOC", "Kassala State", ["Kassala"], ["ولاية كسلا"]),
     ("PERSON", "Khalid Abdelrahman al-Amin", ["Khaled Abdel Rahman al-Amin", "Khalid Abdel Rahman al-Amin", "Khalid Abdulrahman al-Amin",
                                                 "Khaled Abdelrahman al-Amin"], ["خالد عبد الرحمن الأمين"]),
     ("LOC", "White Nile State", ["White Nile"], ["ولاية النيل الأبيض"]),
     ("LOC", "Kosti", ["Kusti"], ["كوستي"]),
     ("ORG", "Kenana Sugar Company", ["Kenana", "KSC"], ["شركة سكر كنانة"]),
     ("ORG", "Sudanese Electricity Distribution Company", ["SEDC", "Sudan Electricity Distribution Company"],
      ["الشركة السودانية لتوزيع الكهرباء"]),
     ("PERSON", "Haitham Mohamed Ibrahim", ["Haitham Mohammed Ibrahim", "Haytham Mohamed Ibrahim", "Haitham Ibrahim"], ["هيثم محمد إبراهيم"]),
     ("ORG", "Ministry of Health (Sudan)", ["Sudanese Health Ministry", "Sudanese Ministry of Health", "Federal Ministry of Health (Sudan)"],
      ["وزارة الصحة السودانية"]),
     ("LOC", "Gedaref", ["Al Qadarif", "Gedarif", "Al-Qadarif"], ["القضارف"]),
     ("ORG", "Sudanese Red Crescent Society", ["Sudanese Red Crescent", "SRCS"], ["جمعية الهلال الأحمر السوداني", "الهلال الأحمر السوداني"])],
    [("04", "بحث", "Kassala", "2025-07-07"), ("04", "ستجتمع", "Massawa", None),
     ("18", "هجوما", "Kosti", "2025-07-07"),
     ("07", "وزعت", "Gedaref", "2025-07-07")])

doc("b8-ar-03-bethlehem", "ar", "2025-10-22T08:00:00Z",
    "وزيرة الخارجية الكندية تزور بيت لحم وتعلن دعما للقطاع الصحي الفلسطيني",
    "التقت وزيرة الخارجية الكندية أنيتا أناند، أمس الثلاثاء في مدينة بيت لحم، وزيرة الخارجية والمغتربين الفلسطينية فارسين أغابكيان شاهين، وبحثتا سبل دعم المؤسسات الفلسطينية وتحسين الأوضاع الإنسانية.\n"
    "وأعلنت أناند أن كندا ستقدم 30 مليون دولار لدعم القطاع الصحي الفلسطيني خلال العام المقبل، مؤكدة أن اعتراف بلادها بفلسطين \"خطوة نحو حل الدولتين\".\n"
    "وقال محافظ بيت لحم محمد طه أبو عليا إن المحافظة تعاني من تراجع حاد في أعداد السياح منذ عامين، ما أدى إلى إغلاق عشرات الفنادق.\n"
    "وفي طولكرم، اعتقل جنود إسرائيليون أمس 14 شخصا خلال مداهمة لمخيم نور شمس، بحسب مصادر محلية، فيما هدد وزير الدفاع الإسرائيلي يسرائيل كاتس أمس بتوسيع العملية إلى مخيمات أخرى.\n"
    "وفي الخليل، أضرب التجار أمس وأغلقوا محالهم احتجاجا على ارتفاع الرسوم الجمركية على البضائع المستوردة.\n"
    "اقتصاديا، أعلنت شركة الاتصالات الفلسطينية (بالتل) أنها افتتحت في أريحا مركز بيانات جديدا بتمويل من بنك فلسطين، بكلفة تقارب 12 مليون دولار.",
    [("PERSON", "Anita Anand", ["Anand"], ["أنيتا أناند", "أناند"]),
     ("LOC", "Bethlehem", ["Beit Lahm"], ["بيت لحم"]),
     ("PERSON", "Varsen Aghabekian Shahin", ["Varsen Aghabekian", "Varsen Aghabekian Shaheen"], ["فارسين أغابكيان شاهين"]),
     ("LOC", "Canada", [], ["كندا"]),
     ("LOC", "Palestine", ["State of Palestine"], ["فلسطين"]),
     ("PERSON", "Mohammad Taha Abu Alia", ["Mohammed Taha Abu Alia", "Mohammad Abu Alia", "Muhammad Taha Abu Aliya", "Mohammad Taha Abu Aliya"],
      ["محمد طه أبو عليا"]),
     ("LOC", "Tulkarm", ["Tulkarem", "Tul Karm"], ["طولكرم"]),
     ("LOC", "Nur Shams camp", ["Nur Shams refugee camp", "Nur Shams", "Nour Shams camp"], ["مخيم نور شمس"]),
     ("PERSON", "Israel Katz", ["Yisrael Katz", "Katz"], ["يسرائيل كاتس"]),
     ("LOC", "Hebron", ["Al-Khalil", "Al Khalil"], ["الخليل"]),
     ("ORG", "Palestine Telecommunications Company", ["Paltel", "Paltel Group", "Palestine Telecommunications Co."],
      ["شركة الاتصالات الفلسطينية", "بالتل"]),
     ("LOC", "Jericho", ["Ariha"], ["أريحا"]),
     ("ORG", "Bank of Palestine", [], ["بنك فلسطين"])],
    [("04", "التقت", "Bethlehem", "2025-10-21"), ("03", "ستقدم", None, None),
     ("17", "اعتقل", "Nur Shams camp", "2025-10-21"), ("13", "هدد", None, "2025-10-21"),
     ("14", "أضرب", "Hebron", "2025-10-21")])

doc("b8-ar-04-gafsa", "ar", "2025-06-11T08:00:00Z",
    "وزيرة التنمية الألمانية في قفصة لبحث مشاريع المياه والطاقة الشمسية",
    "زارت وزيرة التعاون الاقتصادي والتنمية الألمانية ريم العبلي رادوفان، أمس الثلاثاء، ولاية قفصة في الجنوب الغربي، برفقة وزير الاقتصاد والتخطيط التونسي سمير عبد الحفيظ، واطلعت على مشاريع المياه والطاقة الشمسية التي تمولها ألمانيا في الجهة.\n"
    "ووقع الوزيران اتفاقية بقيمة 40 مليون يورو تنفذها الوكالة الألمانية للتعاون الدولي لإنشاء محطة لتحلية المياه في مدينة قابس.\n"
    "وقال الرئيس المدير العام لشركة فسفاط قفصة أحمد الطرابلسي إن الشركة تعتزم خفض استهلاكها من المياه الجوفية إلى النصف بحلول عام 2030، فيما أكد والي قفصة يوسف الهمامي أن الجهة تحتاج إلى استثمارات تخلق فرص عمل للشباب.\n"
    "وفي مدينة الرديف، نفذ عشرات العاطلين عن العمل أمس اعتصاما أمام مقر المعتمدية للمطالبة بالتشغيل في شركات البيئة.\n"
    "وفي معتمدية فريانة من ولاية القصرين، حجزت الديوانة التونسية أمس كميات من السلع المهربة والمحروقات كانت على متن ثلاث شاحنات.\n"
    "ومن المقرر أن تزور الوزيرة الألمانية اليوم الأربعاء مدينة سوسة للقاء ممثلي الشركات الألمانية العاملة في تونس.",
    [("PERSON", "Reem Alabali-Radovan", ["Reem Alabali Radovan", "Alabali-Radovan"], ["ريم العبلي رادوفان"]),
     ("LOC", "Gafsa Governorate", ["Gafsa", "Gafsa Province"], ["ولاية قفصة", "قفصة"]),
     ("PERSON", "Samir Abdelhafidh", ["Samir Abdelhafid", "Samir Abdel Hafidh", "Samir Abdulhafiz"], ["سمير عبد الحفيظ"]),
     ("LOC", "Germany", [], ["ألمانيا"]),
     ("ORG", "Deutsche Gesellschaft für Internationale Zusammenarbeit", ["GIZ", "German Agency for International Cooperation"],
      ["الوكالة الألمانية للتعاون الدولي"]),
     ("LOC", "Gabès", ["Gabes"], ["قابس"]),
     ("ORG", "Compagnie des Phosphates de Gafsa", ["CPG", "Gafsa Phosphate Company"], ["شركة فسفاط قفصة"]),
     ("PERSON", "Ahmed Trabelsi", ["Ahmed al-Trabelsi", "Ahmad Trabelsi", "Ahmad al-Trabulsi"], ["أحمد الطرابلسي"]),
     ("PERSON", "Youssef Hammami", ["Youssef al-Hammami", "Yousef Hammami", "Youssef Hamami", "Yusuf al-Hammami"], ["يوسف الهمامي"]),
     ("LOC", "Redeyef", ["Er Redeyef", "Al-Rudayyif"], ["الرديف"]),
     ("LOC", "Fériana", ["Feriana"], ["فريانة"]),
     ("LOC", "Kasserine Governorate", ["Kasserine", "Kasserine Province"], ["ولاية القصرين"]),
     ("ORG", "Tunisian Customs", ["Tunisian Customs Administration", "Douane tunisienne"], ["الديوانة التونسية"]),
     ("LOC", "Sousse", [], ["سوسة"]),
     ("LOC", "Tunisia", [], ["تونس"])],
    [("04", "زارت", "Gafsa Governorate", "2025-06-10"), ("05", "ووقع", "Gafsa Governorate", "2025-06-10"),
     ("14", "اعتصاما", "Redeyef", "2025-06-10"), ("17", "حجزت", "Fériana", "2025-06-10"),
     ("04", "تزور", "Sousse", "2025-06-11")])

doc("b8-en-01-den-helder", "en", "2025-02-12T09:00:00Z",
    "Dutch and German defence ministers agree joint minehunter crews at Den Helder",
    "DEN HELDER, Netherlands — Dutch Defence Minister Ruben Brekelmans and his German counterpart Boris Pistorius met at the naval base in Den Helder on Tuesday and signed a letter of intent on training joint crews for the new minehunters that both navies are buying.\n"
    "Brekelmans said the Royal Netherlands Navy would take delivery of its first vessel from the shipbuilder Damen Naval in Vlissingen next year. Pistorius said the German Navy faced the same threat to undersea cables as its Dutch partner.\n"
    "Rijkswaterstaat, the Dutch public works agency, said separately that dredging of the shipping lane to the base would start in April.\n"
    "On Monday, the Royal Netherlands Marechaussee arrested two men at Amsterdam Airport Schiphol who were carrying drone parts bound for a buyer abroad, the Public Prosecution Service said.\n"
    "In Groningen, several hundred residents protested on Monday outside the provincial government building against delays in repairing homes damaged by earthquakes caused by gas extraction.\n"
    "Prime Minister Dick Schoof is due to visit Eindhoven on Friday for talks with the chipmaker ASML about export rules.",
    [("LOC", "Den Helder", [], ["DEN HELDER", "Den Helder"]),
     ("LOC", "Netherlands", ["The Netherlands", "Holland"], ["Netherlands"]),
     ("PERSON", "Ruben Brekelmans", ["Brekelmans"], ["Ruben Brekelmans", "Brekelmans"]),
     ("PERSON", "Boris Pistorius", ["Pistorius"], ["Boris Pistorius", "Pistorius"]),
     ("ORG", "Royal Netherlands Navy", ["Dutch Navy", "Koninklijke Marine"], ["Royal Netherlands Navy"]),
     ("ORG", "Damen Naval", ["Damen Schelde Naval Shipbuilding", "Damen"], ["Damen Naval"]),
     ("LOC", "Vlissingen", ["Flushing"], ["Vlissingen"]),
     ("ORG", "German Navy", ["Deutsche Marine"], ["German Navy"]),
     ("ORG", "Rijkswaterstaat", [], ["Rijkswaterstaat"]),
     ("ORG", "Royal Netherlands Marechaussee", ["Koninklijke Marechaussee", "Marechaussee", "KMar"], ["Royal Netherlands Marechaussee"]),
     ("LOC", "Amsterdam Airport Schiphol", ["Schiphol", "Schiphol Airport"], ["Amsterdam Airport Schiphol"]),
     ("ORG", "Public Prosecution Service (Netherlands)", ["Public Prosecution Service", "Openbaar Ministerie", "Dutch Public Prosecution Service"],
      ["Public Prosecution Service"]),
     ("LOC", "Groningen", [], ["Groningen"]),
     ("PERSON", "Dick Schoof", ["Schoof"], ["Dick Schoof"]),
     ("LOC", "Eindhoven", [], ["Eindhoven"]),
     ("ORG", "ASML", ["ASML Holding"], ["ASML"])],
    [("04", "met", "Den Helder", "2025-02-11"), ("05", "signed", "Den Helder", "2025-02-11"),
     ("17", "arrested", "Amsterdam Airport Schiphol", "2025-02-10"), ("14", "protested", "Groningen", "2025-02-10"),
     ("04", "visit", "Eindhoven", "2025-02-14")])

doc("b8-en-02-busan", "en", "2025-10-29T06:00:00Z",
    "South Korea and Canada sign submarine cooperation pact in Busan",
    "BUSAN, South Korea — South Korean President Lee Jae-myung met Canadian Defence Minister David McGuinty in Busan on Tuesday, and the two governments signed a memorandum on defence industry cooperation as Canada weighs bids for up to 12 new submarines.\n"
    "Hanwha Ocean, one of two bidders, builds submarines at its Geoje shipyard. The boats would replace the ageing fleet of the Royal Canadian Navy.\n"
    "Lee said Korean shipbuilders had delivered every naval order of the past decade on time, according to his office.\n"
    "Separately, the Korea Coast Guard seized a Chinese fishing boat and detained its crew of nine off Jeju Island on Monday for fishing illegally in Korean waters, the agency said.\n"
    "In Ulsan, thousands of workers at HD Hyundai Heavy Industries staged a four-hour strike on Tuesday over wages, the Korean Metal Workers' Union said.",
    [("LOC", "Busan", ["Pusan"], ["BUSAN", "Busan"]),
     ("LOC", "South Korea", ["Korea", "Republic of Korea"], ["South Korea"]),
     ("PERSON", "Lee Jae-myung", ["Lee Jae-myeong", "Lee"], ["Lee Jae-myung", "Lee"]),
     ("PERSON", "David McGuinty", ["McGuinty"], ["David McGuinty", "McGuinty"]),
     ("LOC", "Canada", [], ["Canada"]),
     ("ORG", "Hanwha Ocean", ["Hanwha"], ["Hanwha Ocean"]),
     ("LOC", "Geoje", ["Geoje Island"], ["Geoje"]),
     ("ORG", "Royal Canadian Navy", ["RCN", "Canadian Navy"], ["Royal Canadian Navy"]),
     ("ORG", "Korea Coast Guard", ["Korean Coast Guard"], ["Korea Coast Guard"]),
     ("LOC", "Jeju Island", ["Jeju", "Jejudo"], ["Jeju Island"]),
     ("LOC", "Ulsan", [], ["Ulsan"]),
     ("ORG", "HD Hyundai Heavy Industries", ["Hyundai Heavy Industries", "HHI", "HD HHI"], ["HD Hyundai Heavy Industries"]),
     ("ORG", "Korean Metal Workers' Union", ["KMWU", "Korean Metal Workers Union"], ["Korean Metal Workers' Union"])],
    [("04", "met", "Busan", "2025-10-28"), ("05", "signed", "Busan", "2025-10-28"),
     ("17", "seized", "Jeju Island", "2025-10-27"), ("14", "strike", "Ulsan", "2025-10-28")])

doc("b8-en-03-thimphu", "en", "2025-06-04T07:00:00Z",
    "Bhutan and Thailand agree to expand flights and hydropower trade",
    "THIMPHU, June 4 — Bhutanese Prime Minister Tshering Tobgay held talks in Thimphu on Tuesday with Thai Foreign Minister Maris Sangiampongsa on tourism, hydropower and direct flights between the two kingdoms.\n"
    "After the meeting, Druk Green Power Corporation and the Electricity Generating Authority of Thailand signed an agreement to study joint investment in a solar plant in the south of Bhutan.\n"
    "Drukair said it would add a third weekly flight between Paro and Bangkok from September.\n"
    "The Royal Bhutan Police arrested three men in Phuentsholing on Monday on suspicion of smuggling gold across the border, a police statement said.\n"
    "Tobgay will visit Gelephu on Friday to review construction of the new international airport planned for the town.",
    [("LOC", "Thimphu", [], ["THIMPHU", "Thimphu"]),
     ("PERSON", "Tshering Tobgay", ["Tobgay"], ["Tshering Tobgay", "Tobgay"]),
     ("PERSON", "Maris Sangiampongsa", ["Sangiampongsa"], ["Maris Sangiampongsa"]),
     ("ORG", "Druk Green Power Corporation", ["DGPC", "Druk Green Power"], ["Druk Green Power Corporation"]),
     ("LOC", "Thailand", [], ["Thailand"]),
     ("ORG", "Electricity Generating Authority of Thailand", ["EGAT"], ["Electricity Generating Authority of Thailand"]),
     ("LOC", "Bhutan", [], ["Bhutan"]),
     ("ORG", "Drukair", ["Druk Air", "Royal Bhutan Airlines"], ["Drukair"]),
     ("LOC", "Paro", [], ["Paro"]),
     ("LOC", "Bangkok", [], ["Bangkok"]),
     ("ORG", "Royal Bhutan Police", ["RBP"], ["Royal Bhutan Police"]),
     ("LOC", "Phuentsholing", ["Phuntsholing"], ["Phuentsholing"]),
     ("LOC", "Gelephu", ["Gelegphu"], ["Gelephu"])],
    [("04", "talks", "Thimphu", "2025-06-03"), ("05", "signed", "Thimphu", "2025-06-03"),
     ("17", "arrested", "Phuentsholing", "2025-06-02"), ("04", "visit", "Gelephu", "2025-06-06")])

doc("b8-en-04-mbabane", "en", "2025-09-03T08:00:00Z",
    "Eswatini police fire tear gas as striking teachers march in Manzini",
    "MBABANE, Sept 3 — Police in Eswatini fired tear gas on Tuesday at hundreds of teachers marching through Manzini to demand a pay rise, the Swaziland National Association of Teachers said.\n"
    "The Royal Eswatini Police Service said four marchers were arrested for blocking a road.\n"
    "Prime Minister Russell Mmiso Dlamini said the government could not afford the increase this year and urged the teachers to return to work.\n"
    "On Monday, Taiwanese Foreign Minister Lin Chia-lung met King Mswati III at Lozitha Palace and announced that Taiwan would fund a new wing of the Raleigh Fitkin Memorial Hospital in Manzini.\n"
    "Separately, Eswatini Electricity Company said it would cut power to parts of Matsapha for maintenance on Saturday.",
    [("LOC", "Mbabane", [], ["MBABANE"]),
     ("LOC", "Eswatini", ["Swaziland", "Kingdom of Eswatini"], ["Eswatini"]),
     ("LOC", "Manzini", [], ["Manzini"]),
     ("ORG", "Swaziland National Association of Teachers", ["SNAT"], ["Swaziland National Association of Teachers"]),
     ("ORG", "Royal Eswatini Police Service", ["REPS", "Royal Swaziland Police"], ["Royal Eswatini Police Service"]),
     ("PERSON", "Russell Mmiso Dlamini", ["Russell Dlamini"], ["Russell Mmiso Dlamini"]),
     ("PERSON", "Lin Chia-lung", ["Chia-lung Lin"], ["Lin Chia-lung"]),
     ("PERSON", "Mswati III", ["King Mswati III", "Mswati"], ["Mswati III"]),
     ("LOC", "Lozitha Palace", ["Lozitha State House", "Lozitha"], ["Lozitha Palace"]),
     ("LOC", "Taiwan", [], ["Taiwan"]),
     ("ORG", "Raleigh Fitkin Memorial Hospital", ["RFM Hospital"], ["Raleigh Fitkin Memorial Hospital"]),
     ("ORG", "Eswatini Electricity Company", ["EEC"], ["Eswatini Electricity Company"]),
     ("LOC", "Matsapha", [], ["Matsapha"])],
    [("17", "tear gas", "Manzini", "2025-09-02"), ("14", "marching", "Manzini", "2025-09-02"),
     ("04", "met", "Lozitha Palace", "2025-09-01"), ("03", "would fund", "Manzini", None)])

doc("b8-fr-01-bizerte", "fr", "2025-04-16T09:00:00Z",
    "Tunisie : accord japonais de 90 millions d'euros pour le port de Bizerte",
    "BIZERTE (Tunisie), 16 avril — Le ministre tunisien du Transport, Rachid Amri, et l'ambassadeur japonais ont signé mardi à Bizerte un accord de financement de 90 millions d'euros pour la modernisation du port commercial, a indiqué l'Office de la marine marchande et des ports (OMMP).\n"
    "Le projet, suivi par l'Agence japonaise de coopération internationale (JICA), doivent porter la capacité du terminal à conteneurs à 200 000 boîtes par an d'ici 2029.\n"
    "À Nabeul, quelque 300 agriculteurs ont manifesté lundi devant le siège du gouvernorat à l'appel de l'Union tunisienne de l'agriculture et de la pêche (UTAP) pour réclamer l'effacement de leurs dettes après trois années de sécheresse.\n"
    "À Kairouan, la police a arrêté dimanche six personnes soupçonnées d'avoir organisé des traversées clandestines, selon une source sécuritaire.\n"
    "La cheffe du gouvernement, Sarra Zaafrani Zenzri, se rendra jeudi à Monastir pour une réunion avec les gouverneurs des régions côtières sur la saison touristique.",
    [("LOC", "Bizerte", ["Bizerta", "Binzart"], ["BIZERTE", "Bizerte"]),
     ("LOC", "Tunisia", ["Tunisie"], ["Tunisie"]),
     ("PERSON", "Rachid Amri", ["Amri"], ["Rachid Amri"]),
     ("ORG", "Merchant Navy and Ports Office", ["OMMP", "Office de la marine marchande et des ports", "Office of the Merchant Navy and Ports"],
      ["Office de la marine marchande et des ports", "OMMP"]),
     ("ORG", "Japan International Cooperation Agency", ["JICA"], ["Agence japonaise de coopération internationale", "JICA"]),
     ("LOC", "Nabeul", [], ["Nabeul"]),
     ("ORG", "Tunisian Union of Agriculture and Fisheries", ["UTAP", "Union tunisienne de l'agriculture et de la pêche"],
      ["Union tunisienne de l'agriculture et de la pêche", "UTAP"]),
     ("LOC", "Kairouan", ["Kairwan", "Al-Qayrawan"], ["Kairouan"]),
     ("PERSON", "Sarra Zaafrani Zenzri", ["Sara Zaafrani Zenzri", "Sarra Zaafrani"], ["Sarra Zaafrani Zenzri"]),
     ("LOC", "Monastir", [], ["Monastir"])],
    [("05", "signé", "Bizerte", "2025-04-15"), ("14", "manifesté", "Nabeul", "2025-04-14"),
     ("17", "arrêté", "Kairouan", "2025-04-13"), ("04", "se rendra", "Monastir", "2025-04-17")])

doc("b8-fr-02-mata-utu", "fr", "2025-08-27T08:00:00Z",
    "Wallis-et-Futuna : la desserte maritime de Futuna au cœur des discussions",
    "MATA-UTU, 27 août — Le président de l'Assemblée territoriale de Wallis-et-Futuna, Munipoese Muli'aka'aka, a rencontré mardi à Mata-Utu une délégation de la Banque des Territoires pour discuter du financement d'un nouveau quai à Futuna.\n"
    "La Banque des Territoires financera la rénovation du quai de Leava, a indiqué son directeur régional, Étienne Marchal, à l'issue de la rencontre.\n"
    "À Futuna, des habitants de Leava ont bloqué mardi l'accès au port pour protester contre les retards répétés du navire qui ravitaille l'île depuis Wallis.\n"
    "Les gendarmes ont interpellé lundi à Vaitupu deux hommes soupçonnés d'un cambriolage dans une école, a précisé l'administration supérieure.\n"
    "La compagnie Aircalin a par ailleurs annoncé qu'elle reprendrait en octobre ses deux vols hebdomadaires entre les deux îles.",
    [("LOC", "Mata-Utu", ["Mata Utu", "Matāʻutu"], ["MATA-UTU", "Mata-Utu"]),
     ("ORG", "Territorial Assembly of Wallis and Futuna", ["Assemblée territoriale de Wallis-et-Futuna", "Territorial Assembly"],
      ["Assemblée territoriale de Wallis-et-Futuna"]),
     ("LOC", "Wallis and Futuna", ["Wallis-et-Futuna"], ["Wallis-et-Futuna"]),
     ("PERSON", "Munipoese Muli'aka'aka", ["Munipoese Muliakaaka", "Munipoese Muli'ak'aka"], ["Munipoese Muli'aka'aka"]),
     ("ORG", "Banque des Territoires", ["Bank of the Territories"], ["Banque des Territoires"]),
     ("LOC", "Futuna", ["Futuna Island"], ["Futuna"]),
     ("LOC", "Leava", ["Léava"], ["Leava"]),
     ("PERSON", "Étienne Marchal", ["Etienne Marchal"], ["Étienne Marchal"]),
     ("LOC", "Wallis", ["Wallis Island", "Uvea"], ["Wallis"]),
     ("LOC", "Vaitupu", [], ["Vaitupu"]),
     ("ORG", "Aircalin", ["Air Calédonie International", "Air Caledonie International"], ["Aircalin"])],
    [("04", "rencontré", "Mata-Utu", "2025-08-26"), ("03", "financera", "Leava", None),
     ("14", "bloqué", "Leava", "2025-08-26"), ("17", "interpellé", "Vaitupu", "2025-08-25")])

doc("b8-fr-03-ottawa", "fr", "2025-05-21T10:00:00Z",
    "Ottawa et l'Ontario s'entendent sur le financement de petits réacteurs nucléaires",
    "OTTAWA, 21 mai — Le Premier ministre canadien Mark Carney a reçu mardi à Ottawa le premier ministre de l'Ontario, Doug Ford, et les deux gouvernements ont signé une entente sur le financement de quatre petits réacteurs modulaires près de Clarington.\n"
    "Ottawa versera 2 milliards de dollars à la société d'État Ontario Power Generation (OPG) pour construire les réacteurs à Clarington, a précisé Carney lors d'un point de presse.\n"
    "Ford a salué « une journée historique » pour l'industrie nucléaire de la province.\n"
    "À Sudbury, les mineurs de la société Vale ont entamé lundi une grève de trois jours pour obtenir une baisse des cadences, a indiqué le syndicat des Métallos.\n"
    "La Police provinciale de l'Ontario (OPP) a arrêté dimanche à Timmins deux hommes soupçonnés de trafic d'armes à feu.",
    [("LOC", "Ottawa", [], ["OTTAWA", "Ottawa"]),
     ("PERSON", "Mark Carney", ["Carney"], ["Mark Carney", "Carney"]),
     ("LOC", "Ontario", [], ["Ontario"]),
     ("PERSON", "Doug Ford", ["Ford"], ["Doug Ford", "Ford"]),
     ("LOC", "Clarington", [], ["Clarington"]),
     ("ORG", "Ontario Power Generation", ["OPG"], ["Ontario Power Generation", "OPG"]),
     ("LOC", "Sudbury", ["Greater Sudbury"], ["Sudbury"]),
     ("ORG", "Vale", ["Vale Base Metals", "Vale S.A."], ["Vale"]),
     ("ORG", "United Steelworkers", ["Métallos", "USW", "Syndicat des Métallos"], ["Métallos"]),
     ("ORG", "Ontario Provincial Police", ["OPP", "Police provinciale de l'Ontario"], ["Police provinciale de l'Ontario", "OPP"]),
     ("LOC", "Timmins", [], ["Timmins"])],
    [("04", "reçu", "Ottawa", "2025-05-20"), ("05", "signé", "Ottawa", "2025-05-20"),
     ("03", "versera", "Clarington", None), ("14", "grève", "Sudbury", "2025-05-19"),
     ("17", "arrêté", "Timmins", "2025-05-18")])

doc("b8-fr-04-marigot", "fr", "2025-11-19T09:00:00Z",
    "Saint-Martin : les deux parties de l'île signent un protocole sur l'eau",
    "MARIGOT, 19 novembre — Le président du conseil territorial de Saint-Martin, Louis Mussington, et le Premier ministre de Sint Maarten, Luc Mercelina, se sont réunis mardi à Marigot et ont signé un protocole sur la gestion commune de l'eau potable entre les parties française et néerlandaise de l'île.\n"
    "Le texte prévoit de relier les réseaux de Marigot à ceux de l'usine de dessalement de Philipsburg.\n"
    "À Grand-Case, une cinquantaine de pêcheurs ont manifesté lundi contre l'extension de la zone protégée de la réserve naturelle.\n"
    "Les gendarmes ont saisi dimanche à Sandy Ground 40 kilos de cocaïne à bord d'un voilier et interpellé ses deux occupants, a annoncé la préfecture.\n"
    "La compagnie Winair a par ailleurs annoncé de nouvelles liaisons entre l'aéroport Princess Juliana et la Dominique à partir de décembre.",
    [("LOC", "Marigot", [], ["MARIGOT", "Marigot"]),
     ("ORG", "Territorial Council of Saint Martin", ["Conseil territorial de Saint-Martin", "Collectivity of Saint Martin"],
      ["conseil territorial de Saint-Martin"]),
     ("PERSON", "Louis Mussington", ["Mussington"], ["Louis Mussington"]),
     ("LOC", "Sint Maarten", ["Sint-Maarten"], ["Sint Maarten"]),
     ("PERSON", "Luc Mercelina", ["Mercelina"], ["Luc Mercelina"]),
     ("LOC", "Saint Martin", ["Saint-Martin", "Collectivity of Saint Martin", "Saint-Martin (France)"], ["Saint-Martin"]),
     ("LOC", "Philipsburg", [], ["Philipsburg"]),
     ("LOC", "Grand-Case", ["Grand Case"], ["Grand-Case"]),
     ("LOC", "Sandy Ground", [], ["Sandy Ground"]),
     ("ORG", "Winair", ["Windward Islands Airways"], ["Winair"]),
     ("LOC", "Princess Juliana International Airport", ["Princess Juliana Airport", "SXM"], ["aéroport Princess Juliana"]),
     ("LOC", "Dominica", ["Dominique"], ["Dominique"])],
    [("04", "réunis", "Marigot", "2025-11-18"), ("05", "signé", "Marigot", "2025-11-18"),
     ("14", "manifesté", "Grand-Case", "2025-11-17"), ("17", "saisi", "Sandy Ground", "2025-11-16")])

write("blind8.jsonl")
