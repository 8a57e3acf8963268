package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds Arabic person names, which have no capital letters to show them, from the titles that introduce them:
 * "وزير الخارجية المصري هشام الدمرداش", "المتحدث باسم الوزارة العميد مقداد الساعدي", "نظيره السوداني عثمان بابكر الطيب".
 * After the title it skips portfolios, nationality adjectives, institutions already found and further titles, then
 * takes one to three name words: a given name (never with the article), and at most up to a family name with the
 * article, where Arabic names usually end.
 */
final class ArabicPersonFinder {

    /** "في", "إلى" as keys: the place an officer serves in or an envoy is sent to, after the title. */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("في", "الي");
    /** Keys, as {@code Token.key} writes them: "لدى" is "لدي". */
    private static final Set<String> LINKS = WordSet.of("باسم", "عن", "لدي");
    private static final Set<String> INSTITUTION_NOUNS = WordSet.of("الوزاره", "الحكومه", "الجيش", "الشرطه",
            "البرلمان", "الرئاسه", "الخارجيه", "الداخليه", "الدفاع", "الوزراء", "الدوله", "البلاد", "المجلس",
            "الهيئه", "الحزب", "الحركه", "الاتحاد", "الامم", "المتحده", "حزب", "حركه", "مجلس", "هيئه", "المعارضه",
            "مكتب", "المكتب", "الاعلام", "الصحه", "الماليه", "العدل", "الامن", "العام", "العامه", "الاعلي",
            "الاول", "السابق", "السابقه", "الجديد", "الجديده", "المكلف", "الاسبق", "التنفيذي", "المؤقت", "الاممي",
            "الامميه", "الدولي", "الدوليه", "الخاص", "الخاصه", "الاوروبي", "الافريقي", "العربي", "الاقليمي",
            "الرسمي", "الرسميه", "الاعلامي", "الشخصي", "المنتهيه", "المستقيل", "المقال", "المعين", "الجمهوريه",
            "الاداره", "العسكري", "السياسي", "السياسيه", "التنفيذيه",
            // Feminine forms, after a feminine title ("المفوضة الأوروبية").
            "الاوروبيه", "الافريقيه", "العربيه", "الاقليميه", "الاعلاميه", "الشخصيه", "العسكريه", "الاسيوي",
            "الاسيويه",
            // The second word of "الكوري الجنوبي" (South Korean) and the like.
            "الجنوبي", "الجنوبيه", "الشمالي", "الشماليه");
    private static final Set<String> NAME_LINKS = WordSet.of("عبد", "ابو", "بن", "ابن", "ولد", "بنت", "ام", "آل", "ال",
            "فان", "فون", "دي", "دو", "دا", "ديل", "دير");
    /** Links inside a name that never start one: family prefixes ("آل نهيان") and European particles ("فان ويل"). */
    private static final Set<String> INNER_LINKS = WordSet.of("آل", "ال", "فان", "فون", "دي", "دو", "دا", "ديل", "دير");
    /** Links that carry a name on past its usual two parts: lineage ("بن") and family names opened by "أبو". */
    private static final Set<String> LINEAGE = WordSet.of("بن", "ابن", "ابو");
    /** Lineage in Mauritania: "محمد ولد أعمر" (Mohamed, son of Amar) goes on past its second part as بن does. */
    private static final Set<String> MAGHREB_LINEAGE = WordSet.of("ولد", "ولاد");
    /**
     * The most common Korean and Chinese family names as Arabic news writes them. Such a name comes first and is
     * followed by one or two short syllable words ("كيم جين هو", "تشانغ إن هوا", "ما يونغ شنغ") that may look like
     * Arabic function words ("هو", "إن", "ما").
     */
    private static final Set<String> EAST_ASIAN_FAMILIES = WordSet.of("كيم", "لي", "بارك", "باك", "تشوي", "تشو", "جو",
            "جونغ", "تشونغ", "كانغ", "يون", "هان", "شين", "تشانغ", "جانغ", "وانغ", "ليو", "تشن", "تشين", "يانغ",
            "هوانغ", "تشاو", "سون", "ما", "هو", "لين", "مون", "اوه", "سونغ", "ليم", "نام", "بيك", "شي", "قوه", "غو",
            "دينغ", "فنغ", "فانغ", "وو", "تشاي", "يي", "هونغ", "كوون", "ريو", "سيو", "شو", "جين");
    private static final int MAX_SKIP = 10;
    /** Verbs of saying in the past, which news writes before the speaker's name ("وقال", "وأوضحت"). */
    private static final Set<String> SPEECH_VERBS = WordSet.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار",
            "اشارت", "اوضح", "اوضحت", "ذكر", "ذكرت", "صرح", "صرحت", "كشف", "كشفت", "شدد", "شددت", "لفت", "لفتت",
            "تابع", "تابعت", "اعتبر", "اعتبرت", "افاد", "افادت", "انتقد", "انتقدت");
    /**
     * Verbs of reporting and acting that news writes before a name in apposition ("وأعلن فلان، رئيس البلدية،",
     * "وتبنى فلان، المتحدث باسم الحركة,"), with those of saying, and "مع" (with): after them a name is closed by a
     * comma and a title.
     */
    private static final Set<String> APPOSITION_OPENERS = WordSet.of("اعلن", "اعلنت", "اتهم", "اتهمت", "تبني", "تبنت",
            "نفي", "نفت", "طالب", "طالبت", "رحب", "رحبت", "حذر", "حذرت", "مع");
    /** "رئيس بلدية X", "مدير مديرية X": a title that ends in a unit of place takes the place's name as genitive. */
    private static final Set<String> PLACE_UNITS = WordSet.of("بلديه", "محافظه", "ولايه", "مدينه", "منطقه", "قضاء",
            "اقليم", "مديريه", "دائره", "ناحيه", "قريه", "بلده");
    /** Verbs of visiting, past, present and future: "زار", "تزور", "سيزور". */
    private static final Set<String> VISIT_VERBS = WordSet.of("زار", "زارت", "يزور", "تزور", "سيزور", "ستزور");
    /** "امرأة تدعى حواء", "شخص يدعى فلان", "المدعو فلان": the word for "called" before a name. */
    private static final Set<String> CALLED = WordSet.of("تدعي", "يدعي", "المدعو", "المدعوه");
    /** "وهو", "وهي" (and he is) after a comma: the speaker's description follows his name. */
    private static final Set<String> DESCRIBED = WordSet.of("وهو", "وهي");

    /** Ranks that are also everyday words: the team, the pioneer. */
    private static final Set<String> EVERYDAY_TITLES = WordSet.of("الفريق", "الرائد");
    /**
     * Buildings a title is head of ("مدير مستشفى الشفاء"): the word and its name belong to the title and are never a
     * person's name.
     */
    private static final Set<String> FACILITIES = WordSet.of("مستشفي", "مستوصف", "مدرسه", "مصنع", "فندق", "مسجد",
            "كنيسه", "سجن", "مختبر", "متحف");
    /** "أن", "إن" (that) after the speaker's name. */
    private static final Set<String> THAT = WordSet.of("ان", "انه", "انها");

    private final Lexicon lexicon;
    private final Set<String> givenNames;

    ArabicPersonFinder(Lexicon lexicon, Set<String> givenNames) {
        this.lexicon = lexicon;
        this.givenNames = givenNames;
    }

    void find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.arabic || !t.isWord() || claims.at(i) != null && claims.at(i).type != EntityType.ORG) {
                continue;
            }
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, i);
            if (title == null && lexicon.titleWithPronoun(t)) {
                title = new PhraseTrie.Match<>(i, i + 1, t.start, t.key);
            }
            if (title == null && CALLED.contains(t.key) && i + 1 < tokens.size() && claims.at(i + 1) == null
                    && !tokens.get(i + 1).stems[0].article()) {
                // "بينهم امرأة تدعى حواء": a name of one word or more after "called".
                int end = nameEnd(doc, claims, i + 1);
                if (end > i + 1 && claims.claim(new Span(i + 1, end, tokens.get(i + 1).start,
                        tokens.get(end - 1).end, EntityType.PERSON, Span.Source.TITLE, List.of(), null))) {
                    i = end - 1;
                }
                continue;
            }
            if (title == null && claims.at(i) == null) {
                Span spoken = afterSpeechVerb(doc, claims, i);
                if (spoken != null && (claims.claim(spoken) || overTownsOnly(claims, spoken))) {
                    i = spoken.end - 1;
                }
                continue;
            }
            if (title == null || claims.at(i) != null || everydayTitle(tokens, title)) {
                continue;
            }
            int k = skipToName(doc, claims, title.end(), false);
            int end = k < 0 ? k : nameEnd(doc, claims, k);
            if (end <= k) {
                // "وزيرة الانتقال الطاقي ليلى بنعلي": a portfolio the lexicon does not know, in words with the article.
                k = skipToName(doc, claims, title.end(), true);
                end = k < 0 ? k : nameEnd(doc, claims, k);
            }
            if (k >= 0 && k == title.end() && PLACE_UNITS.contains(tokens.get(k - 1).key) && k + 1 < tokens.size()
                    && !givenNames.contains(tokens.get(k).key) && givenNames.contains(tokens.get(k + 1).key)
                    && tokens.get(k + 1).sentence == tokens.get(k).sentence) {
                // "مدير ناحية سفوان حيدر ...": after a title ending in a unit of place, one word before a given name
                // is the place.
                k++;
                end = nameEnd(doc, claims, k);
            }
            boolean inConstruct = k == title.end() ? construct(tokens, title)
                    : k > title.end() && bareGenitive(tokens, k - 1);
            if (inConstruct && end == k + 1
                    && (tokens.get(k).stems[0].article() || claims.at(k) != null && isTown(claims.at(k)))) {
                // "مدير المشروع", "محافظ مادبا": a title without the article is in construct with the definite word
                // or the town after it (director of the project, governor of Madaba); a lone family name follows a
                // definite title ("الرئيس السيسي").
                continue;
            }
            if (k >= 0 && end == k + 1 && (claims.at(k) != null && isTown(claims.at(k))
                    && !givenNames.contains(tokens.get(k).key) || afterVisit(tokens, title.start())
                    || k == title.end() && PLACE_UNITS.contains(tokens.get(title.end() - 1).key))) {
                // "ويزور الوزير الهندي البريمي الثلاثاء", "زار الوزير بغداد": a town alone after a title is the place
                // visited, not the titled person's family name.
                continue;
            }
            if (k >= 0 && end == k + 1 && namedPlace(tokens, claims, tokens.get(k))) {
                // "رئيس بونتلاند" is the president of Puntland when the story names it as a place ("ولاية بونتلاند").
                continue;
            }
            if (k >= 0 && end > k) {
                String name = eastAsianNameEnd(doc, claims, k) == end
                        ? EastAsianNames.romanise(tokens.subList(k, end), doc.text()) : null;
                Span s = new Span(k, end, tokens.get(k).start, tokens.get(end - 1).end, EntityType.PERSON,
                        Span.Source.TITLE, List.of(), name);
                claims.override(s);
                i = end - 1;
            }
        }
    }

    /**
     * "وقال سامر الخطيب، مدير المشروع،", "وأوضح خالد المصري أن": a verb of saying, a known given name and the rest of
     * a name of two or more parts, then a comma, "أن"/"إن" or a title: a person named before his title, or without one.
     */
    private Span afterSpeechVerb(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token verb = tokens.get(i);
        int k = i + 1;
        // "وقال عبد الله بن فهد …،": a given name in عبد opens a name of three parts or more.
        boolean abd = k < tokens.size() && tokens.get(k).key.equals("عبد");
        if ((speechVerb(verb) || appositionOpener(verb)) && k < tokens.size()) {
            int appositive = appositionEnd(doc, claims, k);
            if (appositive > k) {
                return new Span(k, appositive, tokens.get(k).start, tokens.get(appositive - 1).end, EntityType.PERSON,
                        Span.Source.TITLE, List.of(), null);
            }
        }
        if (speechVerb(verb) && k < tokens.size()) {
            int described = describedSpeakerEnd(doc, claims, k);
            if (described > k) {
                return new Span(k, described, tokens.get(k).start, tokens.get(described - 1).end, EntityType.PERSON,
                        Span.Source.TITLE, List.of(), null);
            }
        }
        // "أكد الحسين ولد أحمد الهادي أن": a given name with the article that ولد or بن ties to the rest.
        boolean linkedName = k < tokens.size() && opensLinkedName(tokens, k);
        if (!speechVerb(verb) || k >= tokens.size() || !givenNames.contains(tokens.get(k).key) && !abd && !linkedName
                || NAME_LINKS.contains(tokens.get(k).key) && !abd || tokens.get(k).stems[0].article() && !linkedName
                || !nameWord(doc, claims, k)) {
            // "وقال عبد العاطي", "وقال بن ماضي": a name opened by a link after a verb is a family name named again.
            return null;
        }
        int end = nameEnd(doc, claims, k);
        if (end < k + (abd ? 3 : 2) || end >= tokens.size() || tokens.get(end).sentence != verb.sentence) {
            return null;
        }
        Token after = tokens.get(end);
        boolean closed = after.isPunct() && !after.text.equals(".") || THAT.contains(after.key)
                || lexicon.titles.match(tokens, end) != null;
        return closed ? new Span(k, end, tokens.get(k).start, tokens.get(end - 1).end, EntityType.PERSON,
                Span.Source.TITLE, List.of(), null) : null;
    }

    /**
     * "وقال فهد سعيد الرميثي، وهو مزارع": a name between a verb of saying and a comma before "وهو" (who is) names the
     * speaker, whether or not the lists hold his given name: three or four words, or two ending in a family name with
     * the article ("شاهد عيان، وهو" is an eyewitness). The end of the span, or {@code k}.
     */
    private int describedSpeakerEnd(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(k);
        if (first.stems[0].article() && !givenNames.contains(first.stems[0].core())) {
            return k;
        }
        for (int end = k; end < k + 5 && end + 1 < tokens.size(); end++) {
            Token t = tokens.get(end);
            if (t.text.equals("،") || t.text.equals(",")) {
                boolean named = end - k >= 3 || end - k == 2 && tokens.get(end - 1).stems[0].article();
                return named && DESCRIBED.contains(tokens.get(end + 1).key) ? end : k;
            }
            if (!nameWord(doc, claims, end) || lexicon.commonArabic.contains(t.key) || looksLikeVerb(t.key)
                    && !romaniserKnows(t.key)) {
                return k;
            }
        }
        return k;
    }

    /**
     * "وأكد ريبر أحمد، وزير داخلية الإقليم،", "وأوضح براتيكنو، الوزير المنسق": one to four name words between a verb
     * of saying or reporting and a comma that a title follows name the speaker, whether or not the lists hold his given
     * name. A word the glossary knows or that looks like a verb is no part of one; a word with the article only ends
     * the name, follows a link ("أبو آلاء الولائي") or is a given name ("الحسين"). The end of the name, or -1.
     */
    private int appositionEnd(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        for (int j = k; j < k + 5 && j + 1 < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.text.equals("،") || t.text.equals(",")) {
                Token next = tokens.get(j + 1);
                boolean titled = next.sentence == t.sentence && next.arabic
                        && (lexicon.titles.match(tokens, j + 1) != null || lexicon.titleWithPronoun(next));
                return j > k && titled ? j : -1;
            }
            if (!appositiveNameWord(doc, claims, k, j)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean appositiveNameWord(Document doc, Claims claims, int k, int j) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(j);
        if (!nameWord(doc, claims, j) || withCliticAndArticle(t) || t.sentence != tokens.get(k).sentence) {
            return false;
        }
        if (givenNames.contains(t.key) || givenNames.contains(t.stems[0].core()) || NAME_LINKS.contains(t.key)) {
            return j > k || !INNER_LINKS.contains(t.key);
        }
        if (lexicon.glossary.containsKey(t.stems[0].core()) || lexicon.commonArabic.contains(t.key)
                || looksLikeVerb(t.key) || derivedVerbalNoun(t.stems[0].core())) {
            return false;
        }
        if (!t.stems[0].article()) {
            return true;
        }
        Token next = tokens.get(j + 1);
        return j > k && (NAME_LINKS.contains(tokens.get(j - 1).key) || next.text.equals("،") || next.text.equals(","));
    }

    private static boolean appositionOpener(Token t) {
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() <= 1 && !s.article() && APPOSITION_OPENERS.contains(s.core())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وقال سالم مبارك …،": a name after a verb of saying whose given name the gazetteer also holds as a town (Salem) is
     * the person; it takes the place of the towns, and of nothing else.
     */
    private static boolean overTownsOnly(Claims claims, Span name) {
        for (int k = name.start; k < name.end; k++) {
            Span held = claims.at(k);
            if (held != null && !isTown(held)) {
                return false;
            }
        }
        claims.override(name);
        return true;
    }

    /**
     * "الفريق جاهز" (the team is ready), "الرائد في" (the leader in): ranks that are also everyday words open a name
     * only when a known given name or a name link follows them.
     */
    private boolean everydayTitle(List<Token> tokens, PhraseTrie.Match<String> title) {
        if (title.end() - title.start() != 1 || !EVERYDAY_TITLES.contains(tokens.get(title.start()).key)) {
            return false;
        }
        if (title.end() >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(title.end());
        return !givenNames.contains(next.key) && !NAME_LINKS.contains(next.key)
                && lexicon.titles.match(tokens, title.end()) == null;
    }

    private static boolean speechVerb(Token t) {
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() <= 1 && !s.article() && SPEECH_VERBS.contains(s.core())) {
                return true;
            }
        }
        return false;
    }

    private int skipToName(Document doc, Claims claims, int k, boolean skipArticleWords) {
        List<Token> tokens = doc.tokens();
        int sentence = k > 0 ? tokens.get(k - 1).sentence : 0;
        int articleWords = 0;
        boolean nounChain = false;
        for (int steps = 0; steps < MAX_SKIP && k < tokens.size(); steps++) {
            Token t = tokens.get(k);
            if (t.sentence != sentence || !t.isWord() || !t.arabic) {
                return -1;
            }
            if (lexicon.weekdays.word(t) != null || lexicon.relativeDays.word(t) != null) {
                // "والتقى الأمين العام للحزب الاثنين وفدا": a day after the title says when; the name, if any, came
                // before it, and what follows is the object.
                return -1;
            }
            int represented = t.key.equals("عن") ? representedPlaceEnd(tokens, claims, k + 1) : -1;
            if (represented > 0) {
                // "النائب عن ولاية عين صالح أحمد ...", "النائب عن دائرة صيدا": the place a member represents belongs to
                // the title.
                k = represented;
                continue;
            }
            Span owner = claims.at(k);
            if (owner != null && isTown(owner) && owner.end < tokens.size() && !givenNames.contains(t.key)
                    && (givenNames.contains(tokens.get(owner.end).key) || NAME_LINKS.contains(tokens.get(owner.end).key)
                    || givenAndFamily(doc, claims, owner.end) || lexicon.titles.match(tokens, owner.end) != null)) {
                // "محافظ حمص عبد الرحمن", "محافظ إربد رضوان العتوم": the town belongs to the title when a name follows
                // it (a given name, or a word and a family name with the article); a town that is also a given name
                // ("وزير الطاقة العماني سالم بن ناصر") opens the name.
                k = owner.end;
                continue;
            }
            Span place = k + 1 < tokens.size() ? claims.at(k + 1) : null;
            int afterPlace = place == null ? -1 : afterDemonyms(tokens, place.end);
            if (owner == null && place != null && place.start == k + 1 && place.type == EntityType.LOC
                    && (lexicon.arabicPlaceCues.word(t) != null || ArabicPlaceGuesser.REGION_PAIR.contains(t.key))
                    && afterPlace < tokens.size()
                    && (givenNames.contains(tokens.get(afterPlace).key) || givenAndFamily(doc, claims, afterPlace)
                            || twoBareWords(doc, claims, afterPlace))) {
                // "والي ولاية كسلا خالد ...", "رئيسة وزراء ولاية ألبرتا الكندية دانييل سميث": a place word and its
                // place (and the place's nationality) belong to the title when a name follows.
                k = afterPlace;
                continue;
            }
            if (owner == null && place != null && place.start == k + 1 && place.type == EntityType.LOC
                    && PLACE_PREPOSITIONS.contains(t.key) && afterPlace < tokens.size()
                    && (givenNames.contains(tokens.get(afterPlace).key) || twoBareWords(doc, claims, afterPlace))) {
                // "المبعوث الأممي إلى اليمن هانس غروندبرغ", "منسقة الشؤون الإنسانية في السودان دينيس براون": the
                // place an envoy is sent to or an officer serves in belongs to the title when a name follows: a
                // known given name or two bare words ("في عمّان تطورات الأوضاع" is what is discussed there).
                k = afterPlace;
                continue;
            }
            if (owner != null && !isTown(owner)) {
                if (owner.type == EntityType.PERSON) {
                    return -1;
                }
                k = owner.end;
                continue;
            }
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, k);
            if (title != null) {
                k = title.end();
                continue;
            }
            PhraseTrie.Match<String> portfolio = lexicon.portfoliosArabic.match(tokens, k);
            if (portfolio != null) {
                k = portfolio.end();
                continue;
            }
            if (isDemonym(t) && !beforeLineage(tokens, k) || LINKS.contains(t.key) && !givenNameAfterBody(claims, k, t)
                    || INSTITUTION_NOUNS.contains(t.stems[0].withArticle()) || isInstitutionReading(t)) {
                k++;
                continue;
            }
            if (FACILITIES.contains(t.key)) {
                // The building's name after it, with the article ("الشفاء") or unclaimed, is part of the title.
                k += k + 1 < tokens.size() && tokens.get(k + 1).stems[0].article() ? 2 : 1;
                continue;
            }
            Span body = k + 1 < tokens.size() ? claims.at(k + 1) : null;
            if (t.key.equals("في") && body != null && body.start == k + 1 && body.type == EntityType.ORG) {
                // "النائبة في البرلمان التونسي سلمى ...": the body a member sits in belongs to the title.
                k++;
                continue;
            }
            if (lexicon.orgHeadsArabic.word(t) != null && body != null && body.start == k + 1
                    && body.type == EntityType.ORG) {
                // "رئيس مجلس إدارة شركة الخطوط الجوية الكويتية عماد ...": so does a head word before the name the
                // base knows the body by, and a word of the brand the base does not hold before a given name
                // ("لشركة بابكو إنرجيز حسن ...").
                k = body.end;
                if (k + 1 < tokens.size() && !givenNames.contains(tokens.get(k).key)
                        && !tokens.get(k).stems[0].article() && givenNames.contains(tokens.get(k + 1).key)) {
                    k++;
                }
                continue;
            }
            if (continuesPortfolio(tokens, k)) {
                k++;
                continue;
            }
            if (isComplementBeforeName(doc, claims, k)) {
                k++;
                continue;
            }
            if (PLACE_PREPOSITIONS.contains(t.key) && k + 1 < tokens.size() && titleNoun(tokens.get(k + 1))) {
                // "كبير المفاوضين في الوفد الحكومي ياسر ...": the body the titled person serves in.
                k++;
                continue;
            }
            if (titleNoun(t)) {
                // "رئيس بعثة المراقبين الدوليين في اليمن ...", "مسؤول ملف الأسرى": the noun after a title and the words
                // with the article that it governs belong to the office.
                k++;
                nounChain = true;
                continue;
            }
            if ((skipArticleWords || nounChain) && t.stems[0].article() && articleWords < 3
                    && !opensLinkedName(tokens, k)) {
                articleWords++;
                k++;
                continue;
            }
            return k;
        }
        return -1;
    }

    /**
     * A word between a title and the name that belongs to the title, recognised by the name that follows it: a word
     * with a preposition or conjunction and the article ("والمناجم", "للمجموعة"), which never starts a name in
     * apposition; a word with the article or a preposition followed by a two-word name or by "باسم" ("العماد رودولف
     * هيكل", "الجمهورية جوزاف عون", "لسوناطراك رشيد حشيشي"). Known given names are never complements.
     */
    private boolean isComplementBeforeName(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(k);
        if (givenNames.contains(t.key) || NAME_LINKS.contains(t.key) || opensLinkedName(tokens, k) || k + 1 >= tokens.size()
                || tokens.get(k + 1).sentence != t.sentence) {
            return false;
        }
        boolean cliticArticle = false;
        boolean clitic = false;
        for (int r = 1; r < t.stems.length; r++) {
            if (t.stems[r].prefixChars() > 0) {
                clitic = true;
                cliticArticle |= t.stems[r].article();
            }
        }
        if (cliticArticle) {
            return true;
        }
        Token next = tokens.get(k + 1);
        if (LINKS.contains(next.key) && t.stems[0].article()) {
            return true;
        }
        boolean nameFollows = nameWord(doc, claims, k + 1) && !next.stems[0].article() && !looksLikeVerb(next.key)
                && (givenNames.contains(next.key) || NAME_LINKS.contains(next.key) || nameWord(doc, claims, k + 2));
        if (t.stems[0].article()) {
            return nameFollows;
        }
        return clitic && nameFollows && (givenNames.contains(next.key) || NAME_LINKS.contains(next.key));
    }

    /**
     * A word of the portfolio that the portfolio list does not hold: an adjective with the article the glossary knows
     * ("وزير الموانئ والنقل البحري"), or a noun the glossary knows behind و and before its genitive ("وزير التجارة
     * والصناعة وترويج الاستثمار"). Given names are never taken for one.
     */
    private boolean continuesPortfolio(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (givenNames.contains(t.key) || givenNames.contains(t.stems[0].core())) {
            return false;
        }
        if (t.stems[0].article()) {
            return lexicon.glossary.containsKey(t.stems[0].core());
        }
        if (bareGenitive(tokens, k) && k + 1 < tokens.size()
                && tokens.get(k + 1).sentence == t.sentence) {
            // "مدير صحة إربد", "مدير أمن العاصمة": a bare noun the glossary knows is the title's genitive.
            return true;
        }
        if (!t.text.startsWith("و") || t.stems.length < 2 || k + 1 >= tokens.size()) {
            return false;
        }
        ArabicStem peeled = t.stems[1];
        Token next = tokens.get(k + 1);
        return peeled.prefixChars() == 1 && !peeled.article() && !givenNames.contains(peeled.core())
                && lexicon.glossary.containsKey(peeled.core()) && next.sentence == t.sentence && next.arabic
                && next.stems[0].article();
    }

    /** A title that ends in a word without the article or a pronoun ("مدير", "مدير عام"), so it takes a genitive. */
    private static boolean construct(List<Token> tokens, PhraseTrie.Match<String> title) {
        Token last = tokens.get(title.end() - 1);
        // The text, not the key, tells the pronoun ه ("نظيره") from ة ("مديرة").
        return !last.stems[0].article() && !last.text.endsWith("ه") && !last.text.endsWith("ها")
                && !last.text.endsWith("هم");
    }

    /** Two bare name words and the end of the name: a foreign name ("دانييل سميث إن"). */
    private boolean twoBareWords(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        return nameWord(doc, claims, k) && nameWord(doc, claims, k + 1) && !tokens.get(k).stems[0].article()
                && !tokens.get(k + 1).stems[0].article() && !looksLikeVerb(tokens.get(k).key)
                && !looksLikeVerb(tokens.get(k + 1).key) && boundary(doc, claims, k + 2);
    }

    /** The first word from {@code k} on that is no nationality adjective ("ولاية ألبرتا الكندية"). */
    private int afterDemonyms(List<Token> tokens, int k) {
        while (k < tokens.size() && tokens.get(k).arabic && isDemonym(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /** "مدير تربية مادبا": a bare noun the glossary knows, itself in construct with the word after it. */
    private boolean bareGenitive(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.stems.length == 1 && !t.stems[0].article() && lexicon.glossary.containsKey(t.key);
    }

    /** Whether the story names a place, found after a place word, whose last word is this word. */
    private static boolean namedPlace(List<Token> tokens, Claims claims, Token t) {
        for (Span s : claims.spans()) {
            if (s.type == EntityType.LOC && s.source == Span.Source.PATTERN
                    && tokens.get(s.end - 1).key.equals(t.key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "زار الوزير ينقل", "ويزور الوزير الهندي البريمي الثلاثاء": a title right after a verb of visiting; one word after
     * it is the place visited, not the visitor's family name.
     */
    private static boolean afterVisit(List<Token> tokens, int titleStart) {
        if (titleStart == 0) {
            return false;
        }
        Token verb = tokens.get(titleStart - 1);
        for (ArabicStem s : verb.stems) {
            if (s.prefixChars() <= 1 && !s.article() && VISIT_VERBS.contains(s.core())) {
                return true;
            }
        }
        return false;
    }

    /** A word without the article and a family name with it: the shape of most two-word Arabic names. */
    private boolean givenAndFamily(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        return nameWord(doc, claims, k) && nameWord(doc, claims, k + 1) && !tokens.get(k).stems[0].article()
                && !looksLikeVerb(tokens.get(k).key) && tokens.get(k + 1).stems[0].article()
                && !withCliticAndArticle(tokens.get(k + 1));
    }

    /**
     * "الدكتور عمر الشرع": a known person's family name alone ("الشرع") after a given name that none of that person's
     * names holds is another person of that family.
     */
    private boolean namesake(Document doc, Claims claims, int k) {
        Span known = claims.at(k);
        if (k == 0 || known.source != Span.Source.KNOWLEDGE || known.length() != 1 || known.type != EntityType.PERSON
                || !known.linked()) {
            return false;
        }
        String given = doc.tokens().get(k - 1).key;
        if (!givenNames.contains(given)) {
            return false;
        }
        for (String name : known.entity().namesByLanguage().getOrDefault("ar", List.of())) {
            if (TextNormaliser.key(name).contains(given)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a place a member represents after "عن": a known place, optionally after a word for a constituency or
     * division ("دائرة", "ولاية"); -1 if none starts at {@code k}.
     */
    private int representedPlaceEnd(List<Token> tokens, Claims claims, int k) {
        if (k < tokens.size() && claims.at(k) == null && REPRESENTED_UNITS.contains(tokens.get(k).key)) {
            k++;
        }
        Span place = k < tokens.size() ? claims.at(k) : null;
        return place != null && place.start == k && place.type == EntityType.LOC && place.linked()
                ? afterDemonyms(tokens, place.end) : -1;
    }

    /** Words for what a member of a council represents: a constituency, a division, a town. */
    private static final Set<String> REPRESENTED_UNITS = WordSet.of("دائره", "ولايه", "محافظه", "مدينه", "منطقه",
            "اقليم", "قضاء", "اماره");

    /** A one-word town from the gazetteer: after a title it is more likely a name ("قرشي" is also Qarshi). */
    private static boolean isTown(Span s) {
        return s.source == Span.Source.KNOWLEDGE && s.length() == 1 && s.linked() && s.type == EntityType.LOC
                && s.entity().lat() != null;
    }

    private boolean isInstitutionReading(Token t) {
        for (ArabicStem s : t.stems) {
            if (INSTITUTION_NOUNS.contains(s.withArticle())) {
                return true;
            }
        }
        return false;
    }

    private int nameEnd(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        int eastAsian = eastAsianNameEnd(doc, claims, k);
        if (eastAsian > k) {
            return eastAsian;
        }
        if (!nameWord(doc, claims, k)) {
            return k;
        }
        Token first = tokens.get(k);
        if ((looksLikeVerb(first.key) || conjoinedVerb(first.key) || formTenNoun(first.key)
                || pluralNoun(first.key) || formTwoNoun(first.key) || hollowFormFourNoun(first.key)
                || indefiniteRelativeAdjective(first.key)) && !romaniserKnows(first.key)) {
            // "السفير المجري تأهيل الميناء": what is discussed (rehabilitating the port), not who.
            return k;
        }
        if (conjoinedClause(tokens, k)) {
            // "يستقبل السفير الهندي وتجار حلب يحتجون": a headline's second clause (and the traders of Aleppo), which
            // و opens; no name right after a title does.
            return k;
        }
        if (first.stems[0].article() && !opensLinkedName(tokens, k)) {
            // Given names with the article ("الفاتح قرشي"), also before a family name with it ("الحبيب الصيد",
            // "الهادي البكوش": the Maghreb's and Sudan's al-Habib, al-Hadi), or a lone family name ("الرئيس
            // السيسي") where the name clearly ends.
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (nameWord(doc, claims, k + 1) && !looksLikeVerb(next.key) && (!next.stems[0].article()
                    || givenNames.contains(first.stems[0].core()) && !describedNoun(tokens, k + 1))) {
                return k + 2;
            }
            return boundary(doc, claims, k + 1) && !everydayNoun(first) ? k + 1 : k;
        }
        int end = k + 1;
        boolean link = NAME_LINKS.contains(first.key);
        // Units, not words: "عبد الوافي" and "بن سلمان" are one part of a name each.
        int units = 1;
        for (int n = 1; n < 6 && end < tokens.size(); n++) {
            Token t = tokens.get(end);
            if (isInnerLink(doc, claims, end)) {
                // "عبد الله بن زايد آل نهيان", "ديفيد فان ويل": the name goes on after its family prefix or particle.
                end++;
                link = true;
                continue;
            }
            if (!nameWord(doc, claims, end)) {
                break;
            }
            if (withCliticAndArticle(t)) {
                // "ناصر بوريطة بالاتفاقيتين": a preposition with the article never continues a name.
                break;
            }
            if (conjoinedWord(t)) {
                // "محافظ بعلبك الهرمل بشير خضر وممثلين عن ...": و and a word that is no given name start what comes
                // next (and representatives), not the name's next part.
                break;
            }
            boolean article = t.stems[0].article();
            if (article && derivedVerbalNoun(t.stems[0].core()) && !givenNames.contains(t.stems[0].core())) {
                // "برئاسة حسن مغنية التعميم": a verbal noun with the article ("the circular") is the object of
                // what follows, never a family name.
                break;
            }
            if (article && describedNoun(tokens, end)) {
                // "عبدة شريف الأوضاع الاقتصادية": a word with the article that an adjective the glossary knows
                // describes is the object of the verb, not a family name.
                break;
            }
            boolean lastSlot = units >= 2 && !link;
            boolean endsHere = lastSlot && !article && nameClearlyEnds(tokens, end);
            // "عثمان بشارة محمد": a known given name in the third slot is the grandfather's, whatever follows it.
            if (lastSlot && !article && !boundary(doc, claims, end + 1) && !endsHere
                    && !continuesLineage(doc, claims, end)
                    && !lastAbdName(doc, claims, end) && !(units == 2 && givenNames.contains(t.key))
                    && !beforeDin(tokens, end)) {
                break;
            }
            end++;
            if (endsHere) {
                break;
            }
            boolean afterLink = link;
            link = NAME_LINKS.contains(t.key);
            if (!afterLink) {
                units++;
            }
            if (article && t.key.equals("الدين") && units == 2 && !afterLink) {
                // "بدر الدين التومي": a given name with "الدين" (of the faith) is one part, Badr al-Din; the family
                // name follows.
                units--;
                continue;
            }
            if (article && !link && !afterLink) {
                if (end < tokens.size() && MAGHREB_LINEAGE.contains(tokens.get(end).key)
                        && continuesLineage(doc, claims, end)) {
                    // "محمد الأمين ولد سيدي مولود": a Mauritanian name goes on through ولد after a part with the
                    // article.
                    continue;
                }
                if (beforeFusedFamily(doc, claims, end)) {
                    end++;
                }
                break;
            }
        }
        if (link) {
            end--;
        }
        return end;
    }

    /**
     * "وزار وزير الخارجية اللبناني المرفأ": a word with the article that names a building, a place word or another
     * everyday noun ("المطار", "المستشفى") is what the titled person visits, not his family name named alone.
     */
    private boolean everydayNoun(Token t) {
        return lexicon.commonArabic.contains(t.key) || FACILITIES.contains(t.stems[0].core());
    }

    /**
     * "محمد المهدي بنسعيد": in the Maghreb a given name may carry the article ("المهدي", "الطيب") and the family name
     * after it is written with "بن" or "بو" joined to it. {@code k} is the word after the given name.
     */
    private boolean beforeFusedFamily(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token given = tokens.get(k - 1);
        if (k >= tokens.size() || !givenNames.contains(given.stems[0].core()) || !nameWord(doc, claims, k)) {
            return false;
        }
        String next = tokens.get(k).key;
        return next.length() >= 5 && (next.startsWith("بن") || next.startsWith("بو")) && !givenNames.contains(next);
    }

    /**
     * "فهد بن سعود بن مشعل", "محمد ياسين أبو شقرة": a name goes on through a second "بن" (son of) or a family name
     * opened by "أبو", when a bare name word follows the link.
     */
    private boolean continuesLineage(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        return (LINEAGE.contains(tokens.get(k).key) || MAGHREB_LINEAGE.contains(tokens.get(k).key))
                && nameWord(doc, claims, k + 1)
                && !tokens.get(k + 1).stems[0].article() && !looksLikeVerb(tokens.get(k + 1).key);
    }

    /**
     * The end of a Korean or Chinese name opened at {@code k} by a known family name, or -1: one or two short syllable
     * words follow, none of them a word with the article, a known Arabic word, a verb or a title. A syllable that is
     * also a function word ("هو", "إن") counts only inside the name or before punctuation; a family name that is a
     * function word ("ما", "هو") needs two syllables, one of them in "ـنغ" (-ng), which Arabic words do not end in.
     */
    private int eastAsianNameEnd(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(k);
        if (!first.arabic || !first.isWord() || !EAST_ASIAN_FAMILIES.contains(first.key) || claims.at(k) != null) {
            return -1;
        }
        int end = k + 1;
        boolean ng = false;
        while (end < tokens.size() && end - k < 3 && syllable(doc, claims, end)) {
            ng |= tokens.get(end).key.endsWith("نغ");
            end++;
        }
        while (end > k + 1 && lexicon.isStopword("ar", tokens.get(end - 1).key) && !punctuationAt(tokens, end)) {
            end--;
        }
        boolean functionWord = lexicon.isStopword("ar", first.key);
        if (end - k < 2 || functionWord && (end - k < 3 || !ng)) {
            return -1;
        }
        for (int s = k + 1; s < end && !functionWord; s++) {
            functionWord = lexicon.isStopword("ar", tokens.get(s).key);
        }
        // "لي إن بلاده": with a function word in it, the name must be made of syllables the table knows.
        return functionWord && !EastAsianNames.knows(tokens.subList(k, end)) ? -1 : end;
    }

    private boolean syllable(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(k);
        if (!t.arabic || !t.isWord() || t.sentence != tokens.get(k - 1).sentence || claims.at(k) != null
                || t.key.length() > 6 || t.stems[0].article() || withCliticAndArticle(t)
                || t.key.length() > 2 && lexicon.commonArabic.contains(t.key) || looksLikeVerb(t.key) || speechVerb(t)
                || lexicon.titles.match(tokens, k) != null || lexicon.triggers.match(tokens, k) != null
                || lexicon.weekdays.word(t) != null || lexicon.months.word(t) != null || isDemonym(t)
                || lexicon.orgHeadsArabic.word(t) != null || lexicon.arabicPlaceCues.word(t) != null) {
            return false;
        }
        for (int c = 0; c < t.text.length(); c++) {
            if (Character.isDigit(t.text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean punctuationAt(List<Token> tokens, int k) {
        return k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).sentence != tokens.get(k - 1).sentence;
    }

    /**
     * "وممثلين": the conjunction و on a word that is no given name ("وليد", "وائل" are) and no listed foreign name
     * with W or V ("ويلسون" Wilson).
     */
    private boolean conjoinedWord(Token t) {
        if (!t.key.startsWith("و") || givenNames.contains(t.key) || t.key.length() < 4) {
            return false;
        }
        for (int r = 1; r < t.stems.length; r++) {
            if (t.stems[r].prefixChars() == 1 && t.stems[r].core().length() >= 3) {
                String latin = ArabicNameRomaniser.LATIN_NAMES.match(t.key, "");
                return latin == null || !(latin.startsWith("W") || latin.startsWith("V") || latin.startsWith("O"));
            }
        }
        return false;
    }

    /**
     * "وتجار مغنية يحتجون", "وسكان القرية يغلقون": و on a word that is no given name, when the word behind it is an
     * everyday noun or a plural present-tense verb (-ون) follows within three words: a second clause with a plural
     * subject, such as headlines join to a titled person's visit, whatever foreign name the letters also spell.
     */
    private boolean conjoinedClause(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.key.startsWith("و") || t.key.length() < 4 || givenNames.contains(t.key) || t.stems.length < 2) {
            return false;
        }
        String rest = t.stems[1].core();
        if (lexicon.glossary.containsKey(rest) || lexicon.commonArabic.contains(rest)) {
            return true;
        }
        return pluralVerbFollows(tokens, k);
    }

    /** A plural present-tense verb ("يحتجون", "تطالبون") within three words after {@code k}, in its sentence. */
    static boolean pluralVerbFollows(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j <= k + 3 && tokens.get(j).sentence == tokens.get(k).sentence; j++) {
            if (pluralPresentVerb(tokens.get(j).key)) {
                return true;
            }
        }
        return false;
    }

    /** "يحتجون", "يواجهون": a present-tense verb in the plural. */
    static boolean pluralPresentVerb(String key) {
        return key.length() >= 5 && (key.startsWith("ي") || key.startsWith("ت")) && key.endsWith("ون");
    }

    /**
     * The verbal nouns of the second and tenth forms ("تعميم", "استمرار"), which no family name is made on; the
     * pattern iCCāC also makes names ("الإسلام" in "نذر الإسلام").
     */
    private static boolean derivedVerbalNoun(String key) {
        return formTwoNoun(key) || formTenNoun(key);
    }

    /** The verbal nouns of the second, fourth and tenth forms ("تأهيل", "إنشاء", "إعادة", "استمرار"). */
    static boolean verbalNoun(String key) {
        return formTwoNoun(key) || pluralNoun(key) || hollowFormFourNoun(key) || formTenNoun(key);
    }

    private boolean describedNoun(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.arabic && next.sentence == tokens.get(k).sentence && next.stems.length == 1
                && next.stems[0].article() && lexicon.glossary.containsKey(next.stems[0].core());
    }

    /**
     * "إبراهيم شيخ محيي الدين": a bare word before "الدين" (of the faith) is a name of the faith in the last slot
     * (Muhyiddin, Nur al-Din), taken with it.
     */
    private static boolean beforeDin(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).key.equals("الدين")
                && tokens.get(k + 1).sentence == tokens.get(k).sentence && !tokens.get(k).stems[0].article();
    }

    /** "عبد الرحمن محمد عبد الله إن": a third part that is an عبد name, where the name ends. */
    private boolean lastAbdName(Document doc, Claims claims, int k) {
        return doc.tokens().get(k).key.equals("عبد") && nameWord(doc, claims, k + 1) && boundary(doc, claims, k + 2);
    }

    private boolean isInnerLink(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        return INNER_LINKS.contains(tokens.get(k).key) && claims.at(k) == null && k + 1 < tokens.size()
                && tokens.get(k + 1).sentence == tokens.get(k).sentence && nameWord(doc, claims, k + 1)
                && !tokens.get(k + 1).stems[0].article();
    }

    /** "المختار ولد اجاي", "الحبيب بن علي": a given name with the article that a link word ties to a family name. */
    private boolean opensLinkedName(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && givenNames.contains(tokens.get(k).stems[0].core())
                && (tokens.get(k + 1).key.equals("ولد") || tokens.get(k + 1).key.equals("بن"))
                && tokens.get(k + 1).sentence == tokens.get(k).sentence;
    }

    private static boolean withCliticAndArticle(Token t) {
        for (int r = 1; r < t.stems.length; r++) {
            if (t.stems[r].prefixChars() > 0 && t.stems[r].article()) {
                return true;
            }
        }
        return false;
    }

    /** Present-tense and future verbs ("يستقبل", "تبحث", "سيزور") often follow a title; names rarely look so. */
    private static boolean looksLikeVerb(String key) {
        if (key.length() < 4) {
            return false;
        }
        return key.startsWith("يست") || key.startsWith("تست") || key.startsWith("يت") || key.startsWith("تت")
                || key.startsWith("سي") || key.startsWith("ست") || key.startsWith("ين") && key.length() > 4
                || key.startsWith("يب") || key.startsWith("يع") || key.startsWith("يق") || key.startsWith("يؤ")
                || key.startsWith("يش") || key.startsWith("يل") || key.startsWith("تب") || key.startsWith("تع")
                || key.startsWith("تق") || key.startsWith("تؤ");
    }

    /**
     * "استمرار", "استقرار": the verbal noun of the tenth form (istiCCāC), which no name is made on ("حزب X المعارض
     * استمرار ..." is no person after "المعارض").
     */
    private static boolean formTenNoun(String key) {
        return key.length() == 7 && key.startsWith("است") && key.charAt(5) == 'ا';
    }

    /**
     * "تأهيل", "تطوير", "تمويل": the verbal noun of the second form (taCCīC), which names are rarely made on but a few
     * the romaniser lists ("تيسير").
     */
    private static boolean formTwoNoun(String key) {
        return key.length() == 5 && key.charAt(0) == 'ت' && key.charAt(3) == 'ي';
    }

    /**
     * "أوضاع", "أسعار", "أعمال": the broken plural aCCāC (also the verbal noun iCCāC, "إرشاد"), a frequent noun after a
     * title's nationality ("يبحث مع نظيره السنغالي أوضاع المعبر") and no pattern of names but a few the romaniser
     * lists ("إيمان", "إحسان").
     */
    private static boolean pluralNoun(String key) {
        return key.length() == 5 && key.charAt(0) == 'ا' && key.charAt(3) == 'ا';
    }

    /**
     * "إعادة", "إقامة", "إدارة": the verbal noun of the fourth form of a hollow verb (iCāCa), a frequent object after a
     * title ("يبحث مع السفير إعادة تشغيل المصنع") and no pattern of names but a few the romaniser lists ("أسامة").
     */
    private static boolean hollowFormFourNoun(String key) {
        return key.length() == 5 && key.charAt(0) == 'ا' && key.charAt(2) == 'ا' && key.charAt(4) == 'ه';
    }

    /**
     * "مدرسية", "زراعية", "تجارية": a feminine relative adjective without the article (school bags, "محافظ مدرسية",
     * after a word that is also a title); names of that ending are short ("نادية", "فوزية").
     */
    private static boolean indefiniteRelativeAdjective(String key) {
        return key.length() >= 6 && key.endsWith("يه");
    }

    /** "ويشهد" (and witnesses): a present-tense verb behind the conjunction و, which no name opens with. */
    private static boolean conjoinedVerb(String key) {
        return key.length() > 4 && key.charAt(0) == 'و' && looksLikeVerb(key.substring(1));
    }

    private boolean romaniserKnows(String key) {
        return givenNames.contains(key);
    }

    private boolean nameWord(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (!t.isWord() || !t.arabic || claims.at(k) != null && !isTown(claims.at(k)) && !namesake(doc, claims, k)
                || t.core().length() < 2) {
            return false;
        }
        if (k > 0 && tokens.get(k - 1).sentence != t.sentence) {
            return false;
        }
        // "محمد علي النفطي": علي written with ي is the given name Ali; the preposition على is written with ى.
        boolean ali = givenNames.contains(t.key) && t.text.endsWith("ي");
        // "آنا" with a madda is Anna; the pronoun "أنا" (I) has a hamza.
        boolean anna = t.text.startsWith("آنا") && t.key.equals("انا");
        // "سعد خلف الدليمي": a given name that is also a preposition (behind), between a given name and a family name.
        boolean inner = givenNames.contains(t.key) && k > 0 && givenNames.contains(tokens.get(k - 1).key)
                && k + 1 < tokens.size() && tokens.get(k + 1).stems[0].article();
        for (ArabicStem s : t.stems) {
            if (!ali && !anna && !inner && lexicon.isStopword("ar", s.withArticle())) {
                return false;
            }
        }
        // "وليد المصري": a nationality adjective right after a given name is his family name (al-Masri).
        boolean nisba = t.stems[0].article() && k > 0 && givenNames.contains(tokens.get(k - 1).key)
                && !tokens.get(k - 1).text.endsWith("ى");
        // "عبد الأمير": after عبد (servant of) a word with the article is the rest of the given name, even a title.
        // "أبو بكر ولد الشيخ الحسن": so is a word with the article after ولد (son of), Ould Cheikh.
        boolean afterAbd = k > 0 && (tokens.get(k - 1).key.equals("عبد") || tokens.get(k - 1).key.equals("ولد"))
                && t.stems[0].article();
        if (isDemonym(t) && !nisba && !beforeLineage(tokens, k) && !afterLineage(tokens, k) || FACILITIES.contains(t.key)
                || lexicon.titles.match(tokens, k) != null && !afterAbd && !titleInsideName(doc, claims, k)
                || titleNoun(t)
                || lexicon.triggers.match(tokens, k) != null
                || lexicon.months.word(t) != null
                // "حمدان خميس الكعبي": a weekday written bare that is a given name (Khamis), between a given name and
                // a family name, is a name of the chain; the day is written with the article.
                || lexicon.weekdays.word(t) != null && !(k > 0 && NAME_LINKS.contains(tokens.get(k - 1).key)) && !inner
                || lexicon.orgHeadsArabic.word(t) != null || lexicon.relativeDays.word(t) != null
                || lexicon.arabicPlaceCues.word(t) != null) {
            return false;
        }
        for (int c = 0; c < t.text.length(); c++) {
            if (Character.isDigit(t.text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "يوحنا بطرس غانم بإعلان", "توماس يوهان بيرغر ومسؤول": a third bare word followed by a word with a clitic
     * preposition or conjunction is the last part of the name (foreign names have three bare parts); a verb or a word
     * the lists know as common is not.
     */
    private boolean nameClearlyEnds(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k + 1 >= tokens.size() || NAME_LINKS.contains(t.key) || looksLikeVerb(t.key)
                || lexicon.commonArabic.contains(t.key)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (!next.isWord() || next.sentence != t.sentence || givenNames.contains(next.key)
                || NAME_LINKS.contains(next.key)) {
            return false;
        }
        for (ArabicStem s : next.stems) {
            if (s.prefixChars() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ياسر قائد الشرعبي", "عادل نائب المطيري": a one-word title written bare between a known given name and a family
     * name with the article is the father's name (Qaed, Naib), not an office; a portfolio, a body or a common word after
     * it makes it the office ("أحمد قائد الجيش").
     */
    private boolean titleInsideName(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(k);
        PhraseTrie.Match<String> title = lexicon.titles.match(tokens, k);
        if (title == null || title.end() != k + 1 || t.stems[0].article() || t.stems[0].prefixChars() > 0 || k == 0
                || k + 1 >= tokens.size() || !givenNames.contains(tokens.get(k - 1).key)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.isWord() && next.sentence == t.sentence && next.stems[0].article()
                && next.stems[0].prefixChars() == 0 && claims.at(k + 1) == null
                && !lexicon.commonArabic.contains(next.key) && !INSTITUTION_NOUNS.contains(next.key)
                && lexicon.portfoliosArabic.match(tokens, k + 1) == null && lexicon.orgHeadsArabic.word(next) == null
                && lexicon.titles.match(tokens, k + 1) == null && !isDemonym(next) && !titleNoun(next);
    }

    /** A noun of the closed class that follows titles ("بعثة", "ملف", "لشبكة"), never a known given name. */
    private boolean titleNoun(Token t) {
        if (givenNames.contains(t.key)) {
            return false;
        }
        for (ArabicStem s : t.stems) {
            if (lexicon.titleNouns.contains(s.core())) {
                return true;
            }
        }
        return false;
    }

    private boolean boundary(Document doc, Claims claims, int k) {
        List<Token> tokens = doc.tokens();
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (!t.isWord() || t.sentence != tokens.get(k - 1).sentence || claims.at(k) != null) {
            return true;
        }
        for (ArabicStem s : t.stems) {
            if (lexicon.isStopword("ar", s.withArticle())) {
                return true;
            }
        }
        return lexicon.triggers.match(tokens, k) != null || lexicon.weekdays.word(t) != null
                || lexicon.relativeDays.word(t) != null;
    }

    /**
     * "عضو المكتب السياسي لحركة حماس باسم نعيم": right after a body's name, باسم is the given name Basem; "on behalf
     * of" follows a spokesman's title ("المتحدث باسم").
     */
    private static boolean givenNameAfterBody(Claims claims, int k, Token t) {
        Span before = k > 0 ? claims.at(k - 1) : null;
        return t.key.equals("باسم") && before != null && before.type == EntityType.ORG;
    }

    /**
     * "سعيد بن خميس الكندي": after a name with بن, a nationality adjective with the article is the family name (al-Kindi),
     * since the title, not the name, takes the adjective.
     */
    private static boolean afterLineage(List<Token> tokens, int k) {
        return k >= 2 && LINEAGE.contains(tokens.get(k - 2).key) && tokens.get(k).stems[0].article()
                && tokens.get(k).sentence == tokens.get(k - 2).sentence;
    }

    /** "الأمير تركي بن طلال": a nationality adjective before بن is a given name (Turki), not Turkish. */
    private static boolean beforeLineage(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && LINEAGE.contains(tokens.get(k + 1).key) && !tokens.get(k).stems[0].article();
    }

    private boolean isDemonym(Token t) {
        return lexicon.demonyms.containsKey(t.stems[0].core());
    }
}
