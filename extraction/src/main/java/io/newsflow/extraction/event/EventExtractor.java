package io.newsflow.extraction.event;

import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.entity.EntityRecogniser.EntityMention;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds reported actions from trigger words and codes them as CAMEO roots, following the annotation guidelines:
 * appeals (02) are not events and neither is what they ask for; offers and pledges are 03 and the help they promise
 * is not a second event; planned cooperation is 03 while scheduled meetings stay 04; negated, cancelled and
 * postponed actions are dropped. One incident told with several verbs, or repeated later in the story, is one
 * event; the same action at other places or dates is split. Each event takes the date and place of its clause.
 */
public final class EventExtractor {

    private static final Set<String> NEGATIONS = keys("not", "no", "never", "n't", "without", "لم", "لن", "لا",
            "dont", "pas", "jamais", "aucun", "aucune", "sans", "عدم");
    private static final Set<String> SINCE = keys("منذ", "since", "depuis");
    private static final Set<String> TIME_PREPOSITIONS = keys("before", "after", "following", "during", "ahead", "at",
            "avant", "après", "issue", "lors", "pendant");
    private static final Set<String> ARTICLES = keys("the", "la", "le", "les", "l");
    private static final Set<String> CANCELLED = keys("cancelled", "canceled", "postponed", "called off",
            "annulé", "annulée", "reporté", "reportée", "ألغى", "ألغت", "إلغاء", "تأجيل", "أرجأ", "أجلت", "الغاء",
            "تاجيل", "ارجا", "اجلت", "الغي", "الغت");
    /** Words before a cancellation word that make it the aim of an action ("to cancel", "pour annuler"). */
    private static final Set<String> PURPOSE_WORDS = keys("to", "pour");
    private static final Set<String> AID_WORDS = keys("aid", "relief", "humanitarian", "rescue", "hospital",
            "hospitals", "tents", "blankets", "supplies", "food", "medical", "assistance", "protection", "donated",
            "aide", "humanitaire", "secours", "hôpital", "hôpitaux", "vivres", "médicaments", "مساعدات", "اغاثه",
            "euros", "dollars", "$", "€", "funding", "financement", "دولار", "يورو", "بالمساعدات", "المساعدات",
            "الاغاثه", "انسانيه", "الانسانيه", "غذائيه", "طبيه", "مستشفى", "مستشفيات", "خيام", "اغاثيه", "انقاذ");
    private static final Set<String> MILITARY_WORDS = keys("military", "army", "soldiers", "troops", "base",
            "checkpoint", "militaire", "militaires", "soldats", "armée", "poste", "caserne", "عسكري", "عسكريه",
            "جنود", "الجيش", "ثكنه", "قاعده", "العسكري", "العسكريه", "الجنود");
    private static final Set<String> NOT_ATTACK_NOUNS = keys("drone", "drones", "helicopter", "helicopters",
            "aircraft", "submarine", "submarines", "dog", "dogs", "ad", "ads", "surface");
    private static final Set<String> LOCATIVE = keys("in", "at", "near", "à", "a", "dans", "en", "au", "près",
            "في", "قرب", "بمدينه", "قباله", "داخل", "امام", "outside", "inside", "to", "into", "إلى", "around", "across", "off", "autour");
    private static final Set<String> FUTURE_AUXILIARIES = keys("will", "would", "'ll", "shall", "to", "va", "vont",
            "doit", "doivent", "سوف", "سيتم", "ستتم");
    /** Codes whose content (what is demanded, alleged, threatened or promised) is not a separate event. */
    private static final Set<String> SPEECH_CODES = Set.of("02", "03", "10", "11", "13");
    /** Words between a locative preposition and the place: "in the town of", "dans l'est de la", "في مدينة". */
    private static final Set<String> PLACE_FILLERS = keys("the", "town", "city", "village", "province", "region",
            "capital", "of", "la", "le", "l", "'", "de", "du", "d", "ville", "est", "ouest", "nord", "sud", "east",
            "west", "north", "south", "eastern", "western", "northern", "southern", "central", "مدينه", "ميناء",
            "محافظه", "ولايه", "منطقه", "بلده", "قريه", "العاصمه", "شمال", "جنوب", "شرق", "غرب", "وسط");
    private static final Set<String> HOST_VERBS = keys("host", "hosts", "hosted", "hosting", "accueille",
            "accueillera", "accueilli", "تستضيف", "يستضيف", "استضافت", "استضاف", "ستستضيف", "سيستضيف");
    private static final Set<String> TALLY_WORDS = keys("two", "three", "four", "five", "several", "many", "dozens",
            "deux", "trois", "quatre", "cinq", "plusieurs", "اربعه", "ثلاثه", "خمسه", "عده", "عشرات", "اربع", "ثلاث");
    /** Verbal acts: each one told is its own event, even in one sentence. */
    /** Words that make the date after them a deadline or a start ("avant le", "à partir du", "until", "حتى"). */
    private static final Set<String> BOUND_WORDS = keys("avant", "partir", "jusqu", "jusqu'au", "jusqu'à", "until",
            "before", "by", "from", "starting", "اعتبارا", "ابتداء", "حتى", "قبل");
    /** Words ending like a French future that are not one: English and Latin nouns. */
    private static final Set<String> NOT_FRENCH_FUTURE = keys("camera", "cholera", "opera", "ephemera", "tundra",
            "hydra", "sierra", "terra", "riviera", "cathedra", "mantra", "tantra", "mandra", "chimera", "pantera");
    private static final Set<String> VERBAL_CODES = Set.of("03", "10", "11", "12", "13", "16");
    private static final Set<String> THREAT_WORDS = keys("will", "would", "shall", "'ll", "sera", "seront",
            "fera", "ferait", "سوف", "سترد", "سيرد", "retaliate", "respond", "riposter", "ستتخذ", "سيتخذ");
    private static final Set<String> WEAPON_WORDS = keys("drone", "drones", "missile", "missiles", "rocket",
            "rockets", "artillery", "shells", "bomb", "bombs", "warplanes", "jets", "aircraft", "airstrike",
            "airstrikes", "mortar", "mortars", "shelling", "drones", "roquettes", "missiles", "obus", "avions",
            "صاروخ", "صواريخ", "مسيره", "مسيرات", "طائرات", "قذائف", "مدفعيه", "الطائرات", "الصواريخ", "المسيرات");
    private static final Set<String> ROAD_WORDS = keys("road", "roads", "highway", "highways", "street", "streets",
            "bridge", "route", "routes", "autoroute", "rue", "pont", "طريق", "الطريق", "الطرق", "جسر");
    /** Kinds of context word, as bits of {@link #CONTEXT_WORDS}'s values. */
    private static final int CANCELLING = 1;
    private static final int AID = 2;
    private static final int MILITARY = 4;
    private static final int WEAPON = 8;
    private static final int ROAD = 16;
    /** Context words of a sentence, each with the bits of its kinds. */
    private static final Map<String, Integer> CONTEXT_WORDS = contextWords();
    private static final Set<String> GUEST_WORDS = keys("نظيره", "نظيرها", "نظيرته", "وفدا", "وفد", "الوفد", "السفير",
            "سفير", "وزير", "الوزير", "رئيس", "المبعوث", "ambassador", "delegation", "counterpart", "minister",
            "president", "envoy", "ambassadeur", "délégation", "homologue", "ministre", "président", "émissaire");
    /** Verbal acts that stay events after another verbal act ("criticised ... and demanded"). */
    private static final Set<String> SEPARATE_SPEECH = Set.of("10", "11", "12", "13", "16");
    private static final Set<String> VISIT_CODES = Set.of("04");
    /** Meetings and visits (04), protests and rallies (14): the occasions other actions are told at. */
    private static final Set<String> OCCASION_CODES = Set.of("04", "14");
    /** English past forms that do not end in -ed. */
    private static final Set<String> ENGLISH_PAST = keys("met", "held", "struck", "took", "began", "led", "hit",
            "sent", "gave", "made", "won", "fled", "fought", "shot", "broke", "told", "spoke", "went", "came", "saw",
            "laid", "drew", "threw", "stole", "brought", "bought", "sought", "caught", "beat", "ran", "rose", "fell",
            "left", "kept", "sold", "paid", "said", "swept", "stood", "overran", "undertook", "withdrew", "blew",
            "tore", "bit", "froze", "forbade", "wrote", "rode", "spent", "lent", "built", "dealt", "meant", "felt");
    /** French auxiliaries of the passé composé and plus-que-parfait: "a signé", "ont manifesté", "s'est rendu". */
    private static final Set<String> FRENCH_PAST_AUXILIARIES = keys("a", "ont", "avait", "avaient", "est", "sont",
            "était", "étaient", "été", "eu");
    /** Words before the occasion an action happened at: "at the rally", "lors de la cérémonie", "في ختام اللقاء". */
    private static final Set<String> OCCASION_PREPOSITIONS = keys("at", "during", "after", "addressing", "lors",
            "terme", "issue", "cours", "cette", "même", "في", "خلال", "عقب", "هامش", "ختام", "اثناء", "بعد",
            "وخلال", "وعقب", "وفي", "وعلى", "على");
    /** Occasions an action is told at: rallies, meetings, ceremonies. */
    private static final Set<String> OCCASION_NOUNS = keys("rally", "march", "protest", "meeting", "event",
            "ceremony", "talks", "sit-in", "signing", "summit", "conference", "crowd", "marchers", "protesters",
            "demonstration", "gathering", "session", "occasion", "cérémonie", "réunion", "rencontre", "entretien",
            "entretiens", "manifestation", "rassemblement", "marche", "sommet", "visite", "séance", "moment",
            "اللقاء", "الاجتماع", "المحادثات", "المباحثات", "القمه", "الزياره", "المؤتمر", "الوقفه", "المسيره",
            "الحفل", "المنتدى", "الجلسه", "ختام", "هامش", "لقاء", "اجتماع", "محادثات", "مباحثات");
    /** Cues that stand alone: "hours later", "dans la foulée", "ensuite", "الجانبان" (the two sides, as subject). */
    private static final Set<String> OCCASION_ALONE = keys("foulée", "ensuite", "الجانبان", "الطرفان",
            "الوزيران", "الرئيسان", "الزعيمان", "الوزيرين", "الجانبين");
    private static final Set<String> TWO = keys("two", "deux");
    /** Relative words after a place that a visit is about: "Haulbowline, which he visited", "où", "التي". */
    private static final Set<String> RELATIVE_PLACE = keys("which", "where", "où", "que", "qu", "التي", "الذي",
            "حيث");
    private static final Set<String> PLAN_WORDS = keys("due", "set", "expected", "scheduled", "plans", "plan",
            "planned", "going", "intends", "poised");
    private static final Set<String> SHORT_SPANS = keys("hours", "minutes", "moments", "shortly");
    private static final Set<String> BOTH_SIDES = keys("leaders", "ministers", "sides", "presidents", "men",
            "signed", "premiers", "dirigeants", "ministres", "responsables", "exécutifs", "présidents", "parties",
            "chefs");
    private static final int APPEAL_REACH = 8;
    private static final int INTENT_REACH = 6;

    private final Lexicon lexicon;
    private final DateResolver dates;

    public EventExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateResolver(lexicon);
    }

    /** Events of a document whose entities are already known. */
    public List<ArticleEvent> extract(String text, List<Token> tokens, List<EntityMention> mentions,
            LocalDate published) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        int sentences = tokens.get(tokens.size() - 1).sentence + 1;
        EntityMention[] entityAt = new EntityMention[tokens.size()];
        for (EntityMention m : mentions) {
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                entityAt[k] = m;
            }
        }
        // One pass for the trigger words and the words that colour a sentence (future, cancelled, aid, military).
        @SuppressWarnings("unchecked")
        PhraseTrie.Match<Lexicon.Trigger>[] triggerAt = new PhraseTrie.Match[tokens.size()];
        boolean[] future = new boolean[sentences];
        boolean[] cancelled = new boolean[sentences];
        boolean[] aid = new boolean[sentences];
        boolean[] military = new boolean[sentences];
        boolean[] weapon = new boolean[sentences];
        boolean[] road = new boolean[sentences];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (entityAt[i] == null) {
                PhraseTrie.Match<Lexicon.Trigger> m = lexicon.triggers.match(tokens, i);
                triggerAt[i] = m;
                if (m != null && (m.value().has("intent") || m.value().has("consider"))) {
                    future[t.sentence] = true;
                }
            }
            if (lexicon.futureCues.contains(t.key) || t.arabic && isArabicFuture(t) || !t.arabic && isFrenchFuture(t)) {
                future[t.sentence] = true;
            }
            Integer kind = CONTEXT_WORDS.get(t.arabic ? t.stems[t.stems.length - 1].withArticle() : t.key);
            if (kind == null && t.arabic) {
                kind = CONTEXT_WORDS.get(t.key);
            }
            if (kind != null) {
                // "اتفاقا لإلغاء الرسوم", "an agreement to cancel tariffs": what an action is for is not a
                // cancellation of that action.
                boolean purpose = t.arabic && t.key.startsWith("ل") && !t.key.startsWith("لل")
                        && t.stems.length > 1 || i > 0 && PURPOSE_WORDS.contains(tokens.get(i - 1).key);
                cancelled[t.sentence] |= (kind & CANCELLING) != 0 && !purpose;
                aid[t.sentence] |= (kind & AID) != 0;
                military[t.sentence] |= (kind & MILITARY) != 0;
                weapon[t.sentence] |= (kind & WEAPON) != 0;
                road[t.sentence] |= (kind & ROAD) != 0;
            }
        }
        List<DateResolver.DateMention> dateMentions = dates.find(tokens, published, future);
        List<Found> found = new ArrayList<>();
        int suppressUntil = -1;
        int considerUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || entityAt[i] != null) {
                continue;
            }
            PhraseTrie.Match<Lexicon.Trigger> m = triggerAt[i];
            if (m == null) {
                continue;
            }
            Lexicon.Trigger trigger = m.value();
            int sentence = t.sentence;
            if (t.arabic && m.startChar() > t.start && purposeLam(t, m.startChar())) {
                // "لبحث", "للتوقيع": in order to; the purpose and what it names are not reported actions.
                suppressUntil = Math.max(suppressUntil, sameSentenceEnd(tokens, i, 4));
                continue;
            }
            String code = trigger.code();
            if (code.equals("-")) {
                considerUntil = m.end() + 4;
                i = m.end() - 1;
                continue;
            }
            if (code.equals("02")) {
                suppressUntil = Math.max(suppressUntil, sameSentenceEnd(tokens, i, APPEAL_REACH));
                i = m.end() - 1;
                continue;
            }
            boolean suppressed = i <= suppressUntil && !SEPARATE_SPEECH.contains(code);
            if (suppressed || cancelled[sentence] || negated(tokens, i) || tally(tokens, i) || since(tokens, i)) {
                i = m.end() - 1;
                continue;
            }
            if (trigger.has("aid") && !aid[sentence]) {
                continue;
            }
            if (trigger.has("threat") && !threatened(tokens, m.end())) {
                continue;
            }
            if (trigger.has("weapon") && !weapon[sentence] || trigger.has("road") && !road[sentence]
                    || trigger.has("guest") && !guestAfter(tokens, entityAt, m.end())) {
                continue;
            }
            if (code.equals("14") && m.end() + 1 < tokens.size() && isApostrophe(tokens.get(m.end()))
                    && tokens.get(m.end()).start == tokens.get(m.end() - 1).end && tokens.get(m.end() - 1).key.endsWith("s")
                    && tokens.get(m.end() + 1).isWord()) {
                // "met the protesters' leaders": the people of a protest told before, not a new one.
                continue;
            }
            if (code.equals("14") && i > 0 && (tokens.get(i - 1).key.equals("in") || tokens.get(i - 1).key.equals("en"))) {
                // "summoned the ambassador in protest": a manner, not a protest.
                continue;
            }
            if (trigger.has("attack")) {
                if (m.end() < tokens.size() && NOT_ATTACK_NOUNS.contains(tokens.get(m.end()).key)) {
                    continue;
                }
                if (i >= 2 && tokens.get(i - 2).key.equals("d") && isApostrophe(tokens.get(i - 1))
                        && tokens.get(i - 1).end == t.start) {
                    // "sous-marin nucléaire d'attaque", "hélicoptère d'attaque": a kind of weapon, not an attack.
                    continue;
                }
                code = military[sentence] ? "19" : "18";
            }
            if (code.equals("04") && i <= considerUntil) {
                code = "03";
            }
            if ((code.equals("05") || code.equals("06") || code.equals("07")) && futureAt(tokens, i)) {
                code = "03";
            }
            if (SPEECH_CODES.contains(code)) {
                suppressUntil = Math.max(suppressUntil, sameSentenceEnd(tokens, m.end() - 1,
                        code.equals("03") ? INTENT_REACH : APPEAL_REACH));
            }
            String again = code;
            boolean purposeOfSame = i > 0 && PURPOSE_WORDS.contains(tokens.get(i - 1).key)
                    && found.stream().anyMatch(f -> f.code.equals(again) && f.sentence == sentence);
            // "rallied on Monday to protest against job cuts": the purpose of the action just told, not another.
            if (purposeOfSame || referenceBack(tokens, i) && found.stream().anyMatch(f -> f.code.equals(again))) {
                // "Hours before the signing", "à l'issue de la rencontre": the action the story already reported.
                i = m.end() - 1;
                continue;
            }
            String surface = text.substring(m.startChar(), tokens.get(m.end() - 1).end);
            List<Found> told = events(text, tokens, entityAt, dateMentions, code, surface, i, m.end(),
                    trigger.has("visit") || code.equals("03"), published);
            Found one = told.size() == 1 ? told.get(0) : null;
            if (one != null && one.date == null && sameDay(tokens, i)) {
                // "criticised the deal the same day", "a exigé le même jour", "في اليوم نفسه": the day of the action
                // told just before (any action: the day, not the place, is shared).
                for (int k = found.size() - 1; k >= 0; k--) {
                    Found f = found.get(k);
                    if (f.sentence > 0 && f.sentence <= sentence && f.date != null) {
                        one.date = f.date;
                        one.fromOccasion = true;
                        break;
                    }
                }
            }
            if (one != null && (one.date == null || one.place == null) && tenseOf(tokens, i) != Boolean.TRUE
                    && atReportedOccasion(tokens, i)) {
                // "At the rally, the union demanded", "ont signé à cette occasion", "ووقع الجانبان في ختام اللقاء":
                // the action takes the day and place of the occasion the story has just told.
                Found occasion = lastDated(found, sentence);
                if (occasion != null && (one.date == null || one.date.equals(occasion.date))) {
                    one.fromOccasion = one.date == null;
                    one.date = occasion.date;
                    if (one.place == null) {
                        one.place = occasion.place;
                    }
                }
            }
            found.addAll(told);
            i = m.end() - 1;
        }
        return merge(found);
    }

    /** One event, or one per place-and-date pair when the clause lists several ("Berlin (25 Nov), Warsaw (13 Jan)"). */
    private List<Found> events(String text, List<Token> tokens, EntityMention[] entityAt,
            List<DateResolver.DateMention> dateMentions, String code, String trigger, int start, int end,
            boolean visit, LocalDate published) {
        int sentence = tokens.get(start).sentence;
        List<Found> pairs = new ArrayList<>();
        for (int k = end; k < tokens.size() && tokens.get(k).sentence == sentence; k++) {
            EntityMention e = entityAt[k];
            if (e == null || e.type() != EntityType.LOC || e.tokenStart() != k) {
                continue;
            }
            DateResolver.DateMention d = dateWithin(dateMentions, e.tokenEnd(), e.tokenEnd() + 2);
            if (d != null && !punctuationBetween(tokens, e.tokenEnd(), d.start())) {
                d = null;
            }
            if (d != null && (!pairs.isEmpty() || k - end <= 6)) {
                pairs.add(new Found(code, trigger, e, d.date(), true, sentence, start, actors(tokens, entityAt, start)));
            }
        }
        if (pairs.size() >= 2) {
            return pairs;
        }
        // A pledge's or threat's deadline ("pledged to set up hospitals by Wednesday") is its intended act's day.
        boolean intent = code.equals("03") || code.equals("13");
        DateResolver.DateMention date = nearestDate(tokens, dateMentions, start, end, !intent);
        boolean ownDate = date != null && date.start() >= clauseStart(tokens, start)
                && date.end() <= clauseEnd(tokens, end);
        EntityMention place = place(tokens, entityAt, start, end, visit);
        if (place == null) {
            place = hostPlace(tokens, entityAt, start);
        }
        if (place == null && date != null) {
            place = placeAfterDate(tokens, entityAt, date);
        }
        if (place == null && tokens.get(start).arabic && !VERBAL_CODES.contains(code)) {
            place = farInClause(tokens, entityAt, end, clauseEnd(tokens, end));
        }
        LocalDate day = date == null ? null : date.date();
        // A pledge's or threat's day is the intended act's, unless the weekday is the verb's own ("threatened on
        // Tuesday to call strikes").
        boolean intended = (code.equals("03") || code.equals("13")) && date != null && date.start() > end + 1;
        Boolean future = date == null || !date.bareWeekday() || intended ? null : clauseTense(tokens, start);
        if (future != null) {
            // "protested on Monday against plans for a mine", "is due to visit on Friday": the verb's own tense
            // decides, not a future word elsewhere in its sentence.
            day = date.inTense(published, future);
        }
        Found f = new Found(code, trigger, place, day, ownDate, sentence, start, actors(tokens, entityAt, start));
        f.subjects = subjects(tokens, entityAt, start);
        f.anaphoric = definite(tokens, start);
        return List.of(f);
    }

    /** Entities named in the trigger's clause before it: the explicit subject of the action. */
    private static List<String> subjects(List<Token> tokens, EntityMention[] entityAt, int start) {
        List<String> out = new ArrayList<>();
        for (int k = clauseStart(tokens, start); k < start; k++) {
            EntityMention e = entityAt[k];
            if (e != null && (e.type() != EntityType.LOC || isCountry(e.entity())) && !out.contains(e.entityId())) {
                out.add(e.entityId());
            }
        }
        return out;
    }

    /** "the meeting", "la réunion", "الاجتماع": a reference back to an action already told. */
    private static boolean definite(List<Token> tokens, int start) {
        Token t = tokens.get(start);
        if (t.arabic) {
            return t.key.startsWith("ال") || t.key.startsWith("وال");
        }
        if (start == 0) {
            return false;
        }
        String p = tokens.get(start - 1).key;
        return p.equals("the") || p.equals("this") || p.equals("la") || p.equals("le") || p.equals("les")
                || p.equals("cette") || p.equals("ce") || p.equals("ces") || p.equals("'") && start >= 2
                && tokens.get(start - 2).key.equals("l");
    }

    /** "تستضيف العاصمة الإيطالية روما ... اجتماعًا", "Cairo will host talks": the host is the place. */
    private static EntityMention hostPlace(List<Token> tokens, EntityMention[] entityAt, int start) {
        int sentence = tokens.get(start).sentence;
        for (int k = start - 1; k >= 0 && tokens.get(k).sentence == sentence; k--) {
            if (!HOST_VERBS.contains(tokens.get(k).key) && !HOST_VERBS.contains(tokens.get(k).stems[0].core())) {
                continue;
            }
            for (int j = k - 2; j <= k + 4 && j < tokens.size(); j++) {
                if (j >= 0 && j != k && entityAt[j] != null && entityAt[j].type() == EntityType.LOC
                        && tokens.get(j).sentence == sentence) {
                    return entityAt[j];
                }
            }
        }
        return null;
    }

    private static boolean punctuationBetween(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    private static DateResolver.DateMention dateWithin(List<DateResolver.DateMention> dates, int from, int to) {
        for (DateResolver.DateMention d : dates) {
            if (d.start() >= from && d.start() <= to) {
                return d;
            }
        }
        return null;
    }

    /** The date expression of the trigger's clause, else the nearest one in its sentence; a deadline or start last. */
    private static DateResolver.DateMention nearestDate(List<Token> tokens, List<DateResolver.DateMention> dates,
            int start, int end, boolean boundsLast) {
        int sentence = tokens.get(start).sentence;
        int clauseStart = clauseStart(tokens, start);
        int clauseEnd = clauseEnd(tokens, end);
        DateResolver.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates) {
            if (d.sentence() != sentence) {
                continue;
            }
            int distance = d.start() >= end ? d.start() - end : start - d.end();
            boolean inClause = d.start() >= clauseStart && d.end() <= clauseEnd;
            int score = (inClause ? distance : distance + 1000) + (dateline(tokens, d) ? 500 : 0)
                    + (boundsLast && bound(tokens, d) ? 2000 : 0);
            if (score < bestDistance) {
                bestDistance = score;
                best = d;
            }
        }
        return best;
    }

    /** "اليوم الثلاثاء في فيينا", "on Tuesday in Vienna": the place told with the action's day. */
    private static EntityMention placeAfterDate(List<Token> tokens, EntityMention[] entityAt,
            DateResolver.DateMention date) {
        for (int k = date.end(); k <= date.end() + 1 && k < tokens.size(); k++) {
            EntityMention e = entityAt[k];
            if (tokens.get(k).sentence != date.sentence()) {
                return null;
            }
            if (e != null && e.type() == EntityType.LOC && e.tokenStart() == k && locative(tokens, k)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "avant le 15 avril", "à partir du 4 janvier", "until 30 June", "اعتبارا من": a deadline or a start the action
     * sets, not its day; any other date of the sentence is preferred.
     */
    private static boolean bound(List<Token> tokens, DateResolver.DateMention d) {
        for (int back = 1; back <= 3 && d.start() - back >= 0; back++) {
            Token p = tokens.get(d.start() - back);
            if (p.sentence != d.sentence() || p.isPunct() && !isApostrophe(p)) {
                return false;
            }
            if (BOUND_WORDS.contains(p.key) || p.arabic && BOUND_WORDS.contains(p.stems[p.stems.length - 1].core())) {
                return true;
            }
        }
        return false;
    }

    /** "NAIROBI, Sept 3 -": the dateline's day is the story's, a fallback for the actions it reports. */
    private static boolean dateline(List<Token> tokens, DateResolver.DateMention d) {
        if (d.end() >= tokens.size()) {
            return false;
        }
        // Counted from the start of the body's first line, not of the headline before it.
        int first = d.start();
        while (first > 0 && tokens.get(first - 1).sentence == d.sentence()) {
            first--;
        }
        if (d.start() - first > 4) {
            return false;
        }
        int k = d.end();
        if (tokens.get(k).text.equals("(") && k + 2 < tokens.size() && tokens.get(k + 2).text.equals(")")) {
            k += 3; // "June 11 (Newsflow) -"
        }
        String next = k < tokens.size() ? tokens.get(k).text : "";
        return next.equals("-") || next.equals("–") || next.equals("—");
    }

    /**
     * The tense of a trigger when the verb shows it: TRUE for "will visit", "is due to meet", "se rendra", FALSE
     * for "protested", "met", "a signé", null when the verb does not say.
     */
    private static Boolean tenseOf(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.arabic) {
            return isArabicFuture(t) ? Boolean.TRUE : null;
        }
        if (isFrenchFuture(t) || frenchSingularFuture(t) || (t.key.equals("se") || t.key.equals("nous"))
                && i + 1 < tokens.size() && frenchSingularFuture(tokens.get(i + 1))) {
            return Boolean.TRUE;
        }
        for (int back = 1; back <= 5 && i - back >= 0; back++) {
            Token p = tokens.get(i - back);
            if (p.sentence != t.sentence || p.isPunct()) {
                break;
            }
            // "to" only after a word of plan: "is due to visit", not "marched to protest".
            if (FUTURE_AUXILIARIES.contains(p.key) && !p.key.equals("to")
                    || p.key.equals("to") && i - back > 0 && PLAN_WORDS.contains(tokens.get(i - back - 1).key)) {
                return Boolean.TRUE;
            }
        }
        if (ENGLISH_PAST.contains(t.key) || t.key.length() > 4 && t.key.endsWith("ed")) {
            return Boolean.FALSE;
        }
        for (int back = 1; back <= 3 && i - back >= 0 && frenchParticiple(t.text); back++) {
            Token p = tokens.get(i - back);
            if (p.sentence != t.sentence || p.isPunct() && !isApostrophe(p)) {
                break;
            }
            // "a signé", not "à Paris": the folded key of "à" is "a".
            if (FRENCH_PAST_AUXILIARIES.contains(p.key) && !p.text.equalsIgnoreCase("à")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** "signé", "reçue", "saisis", "interpellés": the endings of French past participles. */
    private static boolean frenchParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées") || w.endsWith("i")
                || w.endsWith("is") || w.endsWith("ie") || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us");
    }

    /** The tense of a trigger, else of the nearest verb before it in its clause ("is due to visit X for talks"). */
    private static Boolean clauseTense(List<Token> tokens, int i) {
        Boolean own = tenseOf(tokens, i);
        int from = clauseStart(tokens, i);
        for (int k = i - 1; own == null && k >= from && k >= i - 10; k--) {
            Token p = tokens.get(k);
            if (p.isWord() && !p.capitalised && (p.arabic || p.key.length() > 1)) {
                own = tenseOf(tokens, k);
            }
        }
        return own;
    }

    /** "the same day", "le même jour", "ce jour-là", "في اليوم نفسه", "في اليوم ذاته": in the trigger's sentence. */
    private static boolean sameDay(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence;
        int from = i;
        while (from > 0 && tokens.get(from - 1).sentence == sentence) {
            from--;
        }
        for (int k = from + 1; k + 1 < tokens.size() && tokens.get(k + 1).sentence == sentence; k++) {
            String a = tokens.get(k).key;
            String b = tokens.get(k + 1).key;
            if (a.equals("same") && (b.equals("day") || b.equals("evening")) && tokens.get(k - 1).key.equals("the")
                    || a.equals("meme") && b.equals("jour") || a.equals("même") && b.equals("jour")
                    || (a.equals("اليوم") || a.equals("واليوم")) && (b.equals("نفسه") || b.equals("ذاته"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "At the rally", "after the meeting", "hours later", "the two leaders", "à cette occasion", "dans la foulée",
     * "في ختام اللقاء", "على هامش", "الجانبان": the sentence tells what happened at an occasion already reported.
     */
    private static boolean atReportedOccasion(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence;
        if (sentence == 0) {
            return false;
        }
        int from = i;
        while (from > 0 && tokens.get(from - 1).sentence == sentence) {
            from--;
        }
        for (int k = from; k < tokens.size() && tokens.get(k).sentence == sentence; k++) {
            Token t = tokens.get(k);
            String key = t.arabic ? t.stems[t.stems.length - 1].withArticle() : t.key;
            if (OCCASION_ALONE.contains(key) || t.arabic && OCCASION_ALONE.contains(t.key)) {
                return true;
            }
            if (OCCASION_PREPOSITIONS.contains(key) || t.arabic && OCCASION_PREPOSITIONS.contains(t.key)) {
                for (int j = k + 1; j <= k + 3 && j < tokens.size() && tokens.get(j).sentence == sentence; j++) {
                    Token n = tokens.get(j);
                    // The trigger is not its own occasion: "after wage talks collapsed", "على اجتماع".
                    if (j != i && OCCASION_NOUNS.contains(n.key)
                            || n.arabic && OCCASION_NOUNS.contains(n.stems[n.stems.length - 1].withArticle())) {
                        return true;
                    }
                }
            }
            if ((key.equals("later") || key.equals("earlier")) && k > from
                    && SHORT_SPANS.contains(tokens.get(k - 1).key)) {
                return true;
            }
            if (TWO.contains(key) && k + 1 < tokens.size() && BOTH_SIDES.contains(tokens.get(k + 1).key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The occasion an action was told at: the latest meeting, visit or rally of the story's body with a day, else
     * the latest other action with one (never a statement).
     */
    private static Found lastDated(List<Found> found, int sentence) {
        Found other = null;
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.sentence > 0 && f.sentence <= sentence && f.date != null && !VERBAL_CODES.contains(f.code)) {
                if (OCCASION_CODES.contains(f.code)) {
                    return f;
                }
                if (other == null) {
                    other = f;
                }
            }
        }
        return other;
    }

    /**
     * The most specific named place of the action: the object of a visit, else a place after a locative word
     * following the trigger (a city before a country), else one before it in its clause or opening the sentence.
     */
    private EntityMention place(List<Token> tokens, EntityMention[] entityAt, int start, int end, boolean visit) {
        int clauseStart = clauseStart(tokens, start);
        int clauseEnd = clauseEnd(tokens, end);
        int sentence = tokens.get(start).sentence;
        if (visit && clauseStart >= 2 && RELATIVE_PLACE.contains(tokens.get(clauseStart).key)
                && entityAt[clauseStart - 2] != null && entityAt[clauseStart - 2].type() == EntityType.LOC) {
            // "based at Haulbowline in Cork Harbour, which the minister visited": the place the clause is about.
            EntityMention e = entityAt[clauseStart - 2];
            int before = e.tokenStart() - 2;
            if (before >= 0 && LOCATIVE.contains(tokens.get(before + 1).key) && entityAt[before] != null
                    && entityAt[before].type() == EntityType.LOC) {
                e = entityAt[before];
            }
            return e;
        }
        if (visit) {
            for (int k = end; k < Math.min(clauseEnd, end + 8); k++) {
                EntityMention e = entityAt[k];
                if (e != null && e.type() == EntityType.LOC) {
                    return e;
                }
            }
        }
        EntityMention country = null;
        for (int k = end; k < tokens.size() && k < end + 14 && tokens.get(k).sentence == sentence; k++) {
            EntityMention e = entityAt[k];
            if (e != null && e.type() == EntityType.LOC && e.tokenStart() == k && locative(tokens, k)) {
                if (!isCountry(e.entity())) {
                    return e;
                }
                if (country == null) {
                    country = e;
                }
            }
        }
        if (country != null) {
            return country;
        }
        for (int k = start - 1; k >= 0 && tokens.get(k).sentence == sentence; k--) {
            EntityMention e = entityAt[k];
            if (e != null && e.type() == EntityType.LOC && e.tokenStart() == k && locative(tokens, k)
                    && (k >= clauseStart || sentenceOpening(tokens, k))) {
                return e;
            }
        }
        return null;
    }

    /**
     * Arabic puts the subject, the day and the object between the verb and its place ("ووزعت الهيئة ... الأحد الماضي
     * حصصا غذائية على نحو 900 أسرة في بلدة X"): failing any other, a non-verbal action's place may be anywhere later
     * in the trigger's clause, unless a purpose (ل before a verbal noun: "لإنشاء محطة في X", "لبحث مد خط إلى X") has begun, whose place is the object's.
     */
    private static EntityMention farInClause(List<Token> tokens, EntityMention[] entityAt, int end, int clauseEnd) {
        for (int k = end; k < clauseEnd; k++) {
            Token t = tokens.get(k);
            if (purpose(t)) {
                return null;
            }
            EntityMention e = entityAt[k];
            if (e != null && e.type() == EntityType.LOC && e.tokenStart() == k && locative(tokens, k)) {
                return e;
            }
        }
        return null;
    }

    /** "لإنشاء", "لتأهيل", "لحفر": the preposition ل on a word without the article (not "للإغاثة", "لدى"). */
    private static boolean purpose(Token t) {
        if (!t.arabic || !t.text.startsWith("ل") || t.text.startsWith("لل") || t.text.length() < 4) {
            return false;
        }
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() == 1 && !s.article()) {
                return true;
            }
        }
        return false;
    }

    /** "In Tehran, ...", "وفي بيروت، ...": a place that opens the sentence frames all of it. */
    private static boolean sentenceOpening(List<Token> tokens, int k) {
        int sentence = tokens.get(k).sentence;
        int words = 0;
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence == sentence; j--) {
            if (tokens.get(j).isWord()) {
                words++;
            }
        }
        return words <= 3;
    }

    private static boolean locative(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.arabic) {
            for (ArabicStem s : t.stems) {
                if (s.prefixChars() > 0 && (t.text.startsWith("ب") || t.text.startsWith("وب"))) {
                    return true;
                }
            }
        }
        for (int back = 1; back <= 5 && k - back >= 0; back++) {
            Token p = tokens.get(k - back);
            if (LOCATIVE.contains(p.key) || p.arabic && p.key.startsWith("وفي")) {
                return true;
            }
            boolean filler = PLACE_FILLERS.contains(p.key) || p.isWord() && !p.capitalised && !p.arabic
                    && p.key.length() > 3 && back <= 4;
            if (!filler || p.sentence != t.sentence) {
                return false;
            }
        }
        return false;
    }

    /** Participants: who acts in the trigger's clause, then who it acts on, else the people named before it. */
    private static List<String> actors(List<Token> tokens, EntityMention[] entityAt, int start) {
        Set<String> ids = new LinkedHashSet<>(subjects(tokens, entityAt, start));
        int end = clauseEnd(tokens, start + 1);
        for (int k = start + 1; k < end && ids.size() < 5; k++) {
            EntityMention e = entityAt[k];
            if (e != null && (e.type() != EntityType.LOC || isCountry(e.entity()))) {
                ids.add(e.entityId());
            }
        }
        int sentence = tokens.get(start).sentence;
        for (int k = start - 1; ids.isEmpty() && k >= 0 && tokens.get(k).sentence == sentence; k--) {
            if (entityAt[k] != null && entityAt[k].type() != EntityType.LOC) {
                ids.add(entityAt[k].entityId());
            }
        }
        return new ArrayList<>(ids);
    }

    private static boolean isCountry(CanonicalEntity e) {
        return e != null && e.lat() == null && e.country() != null && e.id().startsWith("loc:");
    }

    /**
     * Same-code events of one incident merge: the headline's event with the story's; a later mention without a
     * subject of its own at the same place or on the same day; a definite "the meeting" that refers back; and a
     * continuation in the next sentence without a date of its own ("raided ... seized" after "arrested").
     */
    private static List<ArticleEvent> merge(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (Found e : found) {
            Found into = null;
            for (int k = kept.size() - 1; k >= 0 && into == null; k--) {
                Found x = kept.get(k);
                if (!x.code.equals(e.code)) {
                    continue;
                }
                boolean placeOk = x.place == null || e.place == null || x.place.entityId().equals(e.place.entityId());
                boolean dateOk = x.date == null || e.date == null || x.date.equals(e.date);
                boolean compatible = placeOk && dateOk;
                boolean occasion = e.fromOccasion || x.fromOccasion;
                boolean samePlace = x.place != null && e.place != null && x.place.entityId().equals(e.place.entityId())
                        && !occasion;
                boolean sameDate = x.date != null && x.date.equals(e.date) && !occasion;
                boolean subjectOk = e.subjects.isEmpty() || !Collections.disjoint(x.actors, e.subjects);
                int distance = Math.abs(x.lastSentence - e.sentence);
                boolean headline = x.sentence == 0 && !x.mergedBody && e.sentence > 0;
                // A headline names the country ("talks in Chile") where the story names the town ("in Valparaíso").
                boolean sameCountry = x.place != null && e.place != null && x.place.entity() != null
                        && e.place.entity() != null && x.place.entity().country() != null
                        && x.place.entity().country().equals(e.place.entity().country());
                if (headline && (compatible || sameCountry && dateOk)
                        || compatible && subjectOk && (samePlace || sameDate || e.anaphoric)
                        || !VERBAL_CODES.contains(e.code) && subjectOk && !e.ownDate
                        && (e.place == null && distance <= 2 && compatible || distance <= 1)) {
                    into = x;
                }
            }
            if (into == null) {
                kept.add(e);
            } else {
                if (into.place == null) {
                    into.place = e.place;
                }
                if (into.date == null) {
                    into.date = e.date;
                }
                into.ownDate |= e.ownDate;
                into.lastSentence = e.sentence;
                into.mergedBody |= e.sentence > 0;
                for (String a : e.actors) {
                    if (!into.actors.contains(a)) {
                        into.actors.add(a);
                    }
                }
            }
        }
        List<ArticleEvent> out = new ArrayList<>(kept.size());
        for (Found e : kept) {
            CanonicalEntity p = e.place == null ? null : e.place.entity();
            out.add(new ArticleEvent(e.code, e.code, e.trigger, e.actors, e.place == null ? null : e.place.name(),
                    e.place == null ? null : e.place.entityId(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                    e.date, null));
        }
        return out;
    }

    private static boolean isArabicFuture(Token t) {
        String k = t.key;
        return k.length() >= 5 && k.charAt(0) == 'س' && (k.charAt(1) == 'ي' || k.charAt(1) == 'ت')
                && !k.startsWith("سيا") && !k.startsWith("سيد") && !k.startsWith("سير") && !k.startsWith("ستا")
                && !k.startsWith("سيط") && !k.startsWith("سين");
    }

    /**
     * The trigger's own verb in the French simple future singular: "rencontrera", "se rendra", "verra", "devra".
     * Checked on the trigger alone (not on every word of a sentence), after English nouns of the same ending.
     */
    private static boolean frenchSingularFuture(Token t) {
        String k = t.key;
        return !t.arabic && !t.capitalised && k.length() >= 5 && !NOT_FRENCH_FUTURE.contains(k)
                && (k.endsWith("era") || k.endsWith("ira") || k.endsWith("dra") || k.endsWith("rra")
                        || k.endsWith("vra"));
    }

    private static boolean isFrenchFuture(Token t) {
        String k = t.key;
        return k.length() > 6 && (k.endsWith("erait") || k.endsWith("eraient") || k.endsWith("eront")
                || k.endsWith("iront") || k.endsWith("irait"));
    }

    private static boolean purposeLam(Token t, int startChar) {
        String prefix = t.text.substring(0, startChar - t.start);
        return prefix.endsWith("ل") && !prefix.endsWith("لل");
    }

    /** "استقبل ... نظيره", "received the ambassador": a reception needs someone received, not patients or goods. */
    private static boolean guestAfter(List<Token> tokens, EntityMention[] entityAt, int from) {
        int sentence = tokens.get(from - 1).sentence;
        for (int k = from; k < tokens.size() && k < from + 10 && tokens.get(k).sentence == sentence; k++) {
            EntityMention e = entityAt[k];
            if (e != null && e.type() == EntityType.PERSON || GUEST_WORDS.contains(tokens.get(k).key)
                    || tokens.get(k).arabic && GUEST_WORDS.contains(tokens.get(k).stems[tokens.get(k).stems.length - 1]
                    .withArticle())) {
                return true;
            }
        }
        return false;
    }

    /** "warned that Iran would respond": the speaker announces an action of its own. */
    private static boolean threatened(List<Token> tokens, int from) {
        int sentence = tokens.get(from - 1).sentence;
        for (int k = from; k < tokens.size() && k < from + 12 && tokens.get(k).sentence == sentence; k++) {
            Token t = tokens.get(k);
            if (THREAT_WORDS.contains(t.key) || t.arabic && isArabicFuture(t)) {
                return true;
            }
        }
        return false;
    }

    /** A future or planned action: "will send", "plans to sign", "sera signé", "سيوقع", "سوف يرسل". */
    private static boolean futureAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.arabic && isArabicFuture(t) || !t.arabic && isFrenchFuture(t)) {
            return true;
        }
        for (int back = 1; back <= 5 && i - back >= 0; back++) {
            Token p = tokens.get(i - back);
            if (p.sentence != t.sentence || p.isPunct()) {
                return false;
            }
            if (FUTURE_AUXILIARIES.contains(p.key) || p.arabic && isArabicFuture(p)) {
                return true;
            }
        }
        return false;
    }

    /** "four meetings", "أربعة اجتماعات": a count of past actions, not a reported one. */
    private static boolean tally(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token p = tokens.get(i - 1);
        return p.kind == Token.Kind.NUMBER || TALLY_WORDS.contains(p.key);
    }

    /**
     * A nominal trigger after a time preposition and the article ("before the signing", "after the talks", "à l'issue
     * de la rencontre", "avant la réunion"), which refers to an action told elsewhere.
     */
    private static boolean referenceBack(List<Token> tokens, int i) {
        int p = i - 1;
        if (p < 0 || !ARTICLES.contains(tokens.get(p).key)) {
            return false;
        }
        p--;
        if (p >= 0 && (tokens.get(p).key.equals("de") || tokens.get(p).key.equals("of"))) {
            p--;
        }
        return p >= 0 && tokens.get(p).sentence == tokens.get(i).sentence
                && TIME_PREPOSITIONS.contains(tokens.get(p).key);
    }

    private static boolean isApostrophe(Token t) {
        return t.text.equals("'") || t.text.equals("’");
    }

    /** "منذ توقيع الاتفاق", "since the signing", "depuis la signature": a past action the story dates from. */
    private static boolean since(List<Token> tokens, int i) {
        int p = i - 1;
        while (p >= 0 && i - p <= 2 && (ARTICLES.contains(tokens.get(p).key) || isApostrophe(tokens.get(p)))) {
            p--;
        }
        return p >= 0 && tokens.get(p).sentence == tokens.get(i).sentence && SINCE.contains(tokens.get(p).key);
    }

    private boolean negated(List<Token> tokens, int i) {
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            Token p = tokens.get(i - back);
            if (p.sentence != tokens.get(i).sentence) {
                return false;
            }
            if (NEGATIONS.contains(p.key)) {
                return true;
            }
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).key.equals("pas");
    }

    private static boolean[] sentencesWith(List<Token> tokens, int sentences, Set<String> words) {
        boolean[] out = new boolean[sentences];
        for (Token t : tokens) {
            if (t.isWord() && (words.contains(t.key) || t.arabic && words.contains(t.stems[t.stems.length - 1]
                    .withArticle()))) {
                out[t.sentence] = true;
            }
        }
        return out;
    }

    private static int sameSentenceEnd(List<Token> tokens, int i, int reach) {
        int sentence = tokens.get(i).sentence;
        int k = i;
        while (k + 1 < tokens.size() && k + 1 <= i + reach && tokens.get(k + 1).sentence == sentence) {
            k++;
        }
        return k;
    }

    private static int clauseStart(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence;
        int k = i;
        while (k > 0 && tokens.get(k - 1).sentence == sentence && !isClauseMark(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static int clauseEnd(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return tokens.size();
        }
        int sentence = tokens.get(Math.min(i, tokens.size() - 1)).sentence;
        int k = i;
        while (k < tokens.size() && tokens.get(k).sentence == sentence && !isClauseMark(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private static boolean isClauseMark(Token t) {
        return t.isPunct() && (t.text.equals(",") || t.text.equals("،") || t.text.equals(";") || t.text.equals("؛")
                || t.text.equals(":"));
    }

    private static Map<String, Integer> contextWords() {
        Map<String, Integer> out = new HashMap<>();
        CANCELLED.forEach(w -> out.merge(w, CANCELLING, (a, b) -> a | b));
        AID_WORDS.forEach(w -> out.merge(w, AID, (a, b) -> a | b));
        MILITARY_WORDS.forEach(w -> out.merge(w, MILITARY, (a, b) -> a | b));
        WEAPON_WORDS.forEach(w -> out.merge(w, WEAPON, (a, b) -> a | b));
        ROAD_WORDS.forEach(w -> out.merge(w, ROAD, (a, b) -> a | b));
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> keys(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TextNormaliser.key(w));
        }
        return WordSet.copyOf(out);
    }

    /** An event found at a trigger, before merging. */
    private static final class Found {
        final String code;
        final String trigger;
        EntityMention place;
        LocalDate date;
        boolean ownDate;
        final int sentence;
        int lastSentence;
        boolean mergedBody;
        final int token;
        final List<String> actors;
        List<String> subjects = List.of();
        boolean anaphoric;
        /** The day and place are the occasion's told before ("at the rally"), not the action's own. */
        boolean fromOccasion;

        Found(String code, String trigger, EntityMention place, LocalDate date, boolean ownDate, int sentence,
                int token, List<String> actors) {
            this.code = code;
            this.trigger = trigger;
            this.place = place;
            this.date = date;
            this.ownDate = ownDate;
            this.sentence = sentence;
            this.lastSentence = sentence;
            this.token = token;
            this.actors = new ArrayList<>(actors);
        }
    }
}
