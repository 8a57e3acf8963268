# Writes practice_arplaces3.jsonl: 3 Arabic wire articles written for Newsflow's tests on 2026-12-03 by h/arplaces3,
# annotated by shared/eval/GUIDELINES.md and committed before the extractor was run on them. The set is about small
# PLACES written bare next to a place the reader knows ("بين X وY", "إلى X وY", "في X وY"), two-word names "X الY" and
# "أم X"/"أبو X", and towns whose sound has a namesake abroad, in stories set in Mauritania's Hodh el Gharbi, Egypt's
# Sohag and Libya's Nafusa Mountains (written 4, one dropped and names taken out for overlap.py). Gold names are the spelling English wire copy uses, with
# aliases for other common spellings. Officials and details are fictional. Entities that other sets' gold already
# names (overlap.py) were taken out of the texts before the extractor ever ran. Gold not edited to match output.
# Apache-2.0.
# Run: python3 make_practice_arplaces3.py
from gold import doc, write

doc("pap3-ar-01-hodh", "ar", "2026-12-01T08:00:00Z",
    "سيول تعزل قرى في ولاية الحوض الغربي بموريتانيا",
    "لعيون - عزلت السيول، أمس الاثنين، عشرات القرى في ولاية الحوض الغربي شرق موريتانيا، بعد أمطار غزيرة استمرت يومين، بحسب السلطات المحلية.\n"
    "وقال مسؤول في الولاية إن المياه غمرت منازل في لعيون وتامشكط، وقطعت الطريق بين كوبني والطينطان لساعات، فيما انهار جسر صغير قرب مدينة كوبني.\n"
    "وأرسلت الحكومة قافلة مساعدات من 25 شاحنة إلى الطينطان والطويل، وصلت أولاها مساء أمس.\n"
    "وزار وزير الداخلية صباح اليوم مدينة لعيون، وتفقد مراكز إيواء الأسر التي أجليت من قرى الولاية.",
    [("LOC", "Aioun", ["Aioun el Atrouss", "Ayoun el Atrous", "Aïoun"], ["لعيون"]),
     ("LOC", "Hodh El Gharbi", ["Hodh el Gharbi Region", "Hodh Gharbi"], ["الحوض الغربي", "ولاية الحوض الغربي"]),
     ("LOC", "Mauritania", ["Islamic Republic of Mauritania"], ["موريتانيا", "بموريتانيا"]),
     ("LOC", "Tamchekett", ["Tamchakett"], ["تامشكط"]),
     ("LOC", "Kobenni", ["Kobeni"], ["كوبني"]),
     ("LOC", "Tintane", ["Tintan"], ["الطينطان"]),
     ("LOC", "Touil", ["Ettouil", "Tuwil"], ["الطويل"])],
    [("07", "وأرسلت", "Tintane", None), ("04", "وزار", "Aioun", "2026-12-01")])

doc("pap3-ar-02-sohag", "ar", "2026-12-02T09:00:00Z",
    "حملة لمكافحة الحمى في قرى صعيد مصر",
    "طما - بدأت مديرية الصحة في المحافظة، أمس الثلاثاء، حملة لمكافحة البعوض في قرى جنوب مصر بعد تسجيل إصابات بالحمى.\n"
    "وقال وكيل وزارة الصحة إن الحملة تشمل القرى الواقعة بين طما والمراغة، وإن فرقا أخرى توجهت إلى أخميم والمنشاة.\n"
    "وأضاف أن مستشفيات جرجا والبلينا استقبلت 40 مريضا خلال الأسبوع الماضي، خرج أغلبهم بعد تلقي العلاج.",
    [("LOC", "Egypt", ["Arab Republic of Egypt"], ["مصر"]),
     ("LOC", "El Maragha", ["Al-Maragha", "Maragha"], ["المراغة"]),
     ("LOC", "Tima", ["Teema"], ["طما"]),
     ("LOC", "Akhmim", ["Akhmeem"], ["أخميم"]),
     ("LOC", "El Mansha", ["Al-Minshah", "El-Menshah"], ["المنشاة"]),
     ("LOC", "Girga", ["Jirja"], ["جرجا"]),
     ("LOC", "El Balyana", ["Al-Balyana", "Balyana"], ["البلينا"])],
    [])

doc("pap3-ar-04-nafusa", "ar", "2026-12-03T08:00:00Z",
    "أزمة وقود في مدن جبل نفوسة غربي ليبيا",
    "يفرن - اصطفت طوابير طويلة من السيارات، أمس الثلاثاء، أمام محطات الوقود في مدن جبل نفوسة غربي ليبيا، بعد تأخر وصول الشحنات.\n"
    "وقال عميد بلدية يفرن إن الشاحنات توقفت على الطريق بين غريان والأصابعة، وإن محطات الوقود في كاباو وتيجي أغلقت أبوابها.\n"
    "وأضاف أن شحنة أولى وصلت مساء أمس إلى الرجبان والحرابة، وأن شحنات أخرى ستصل إلى الزنتان خلال أيام.",
    [("LOC", "Yafran", ["Yefren", "Yafrin"], ["يفرن"]),
     ("LOC", "Nafusa Mountains", ["Jebel Nafusa", "Jabal Nafusa", "Western Mountains"], ["جبل نفوسة"]),
     ("LOC", "Libya", ["State of Libya"], ["ليبيا"]),
     ("LOC", "Gharyan", ["Gharian"], ["غريان"]),
     ("LOC", "Asabaa", ["Al-Asabaa", "Al-Asaba"], ["الأصابعة"]),
     ("LOC", "Kabaw", ["Kabao", "Cabao"], ["كاباو"]),
     ("LOC", "Tiji", ["Tigi"], ["تيجي"]),
     ("LOC", "Rujban", ["Al-Rujban", "Rajban"], ["الرجبان"]),
     ("LOC", "Harabah", ["Al-Haraba", "Hrabah"], ["الحرابة"]),
     ("LOC", "Zintan", ["Al-Zintan", "Az-Zintan"], ["الزنتان"])],
    [])

write("practice_arplaces3.jsonl")
