package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.knowledge.NameIndex;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds knowledge-base names in a document, longest match first, left to right. Guards against the usual traps of
 * gazetteers: lower-case common words in Latin script, capitalised sentence openers that happen to be town names,
 * acronyms that are also words ("US"/"us", "UN"/"un"), and Arabic words that are a clitic plus a function word
 * ("وأن" is not the Turkish city Van).
 */
final class KnowledgeMatcher {

    /** Feasts some place is also named after ("Christmas" Island, "Easter" Island), in one word. */
    private static final Set<String> HOLIDAYS = WordSet.of("christmas", "easter", "noel", "paques", "toussaint");
    /** English prepositions that put a name in a place ("in the Arctic", "at Reading"). */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "near", "outside", "from", "to",
            "into", "across", "around", "off");
    /** The national capitals (of the 193 UN members) lead the places, before the largest cities. */
    static final int CAPITALS = 200;
    /**
     * Places whose standing among the cities is after this are towns of modest size; they need more evidence when
     * named by one word. A standing counts the places ranked before, less the divisions (provinces, districts), which
     * rank between the major cities and the towns: a division row added moves no city. Divisions are such towns.
     */
    private static final int TOWN_RANK = CAPITALS + 4_000;
    /**
     * Cities whose standing is after this (about the 10,000th largest, below some 45,000 people) are small towns, taken
     * by one word only after a locative or in a dateline. No division is one.
     */
    private static final int SMALL_TOWN_RANK = CAPITALS + 9_910;
    /** Places ranked before this (capitals and cities of about a million) are taken in Arabic without a cue word. */
    static final int MAJOR_CITY_RANK = CAPITALS + 700;
    private static final java.util.Set<String> LOCATIVE = WordSet.of("في", "الي", "من", "قرب", "نحو", "باتجاه",
            "عبر", "داخل", "حول", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "مدينتي", "ضواحي",
            "اطراف", "محيط", "بين", "وسط", "عاصمه", "العاصمه", "وفي", "ومن", "والي", "فوق", "قبالة", "قباله");

    /** The prepositions of place and directions after which a small town is read bare, as keys. */
    private static final Set<String> SMALL_TOWN_LOCATIVE = WordSet.of("في", "الي", "قرب", "شمال", "جنوب",
            "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "اطراف", "وفي", "والي");

    /** Prepositions before a place, as written (French "à" and the English article "a" fold to the same key). */
    private static final java.util.Set<String> LATIN_LOCATIVE = java.util.Set.of("in", "near", "à", "À", "vers",
            "outside");
    /**
     * "près de", "au large de", "aux environs de": French locatives ending in "de"; and the local bodies and officers
     * of a town ("la gendarmerie de", "la mairie de", "le sous-préfet de"), whose "de" names the town they serve.
     */
    private static final java.util.Set<String> NEAR_OF = WordSet.of("pres", "large", "environs", "proximite",
            "quartier", "commune", "village", "localite", "banlieue", "gendarmerie", "brigade", "commissariat",
            "mairie", "prefecture", "sous-prefecture", "prefet", "sous-prefet", "hopital", "tribunal", "parquet",
            "procureur", "aeroport", "gare", "maire", "adjoint", "deputes", "depute", "deputee");
    private static final java.util.Set<String> CAPITAL_WORDS = WordSet.of("العاصمه", "city", "ville");
    /**
     * Nouns whose genitive is usually a place: "شرطة الفجيرة", "بلدية صور", "حاكم الشارقة", "محافظ إربد", and the parts
     * and people of a place ("شوارع X", "سواحل X", "أحياء X", "سكان X", "أهالي X").
     */
    private static final java.util.Set<String> PLACE_OWNERS = WordSet.of("شرطه", "بلديه", "عهد", "حاكم", "امير",
            "محافظ", "شوارع", "سواحل", "احياء", "سكان", "اهالي",
            "جامعه", "مطار");

    /** Direction words that CLDR also lists as regions of some countries ("Sud" in Haiti, "South" in Cameroon). */
    private static final java.util.Set<String> COMPASS = WordSet.of("north", "south", "east", "west", "nord", "sud",
            "est", "ouest", "centre", "center");

    /** Words that open a company's name ("شركة", "مجموعة"), as normalised cores. */
    private static final java.util.Set<String> COMPANY_HEADS = WordSet.of("شركه", "مجموعه");
    /** French articles fused with "à" and "de": "au"/"du" are "à le"/"de le", "aux"/"des" "à les"/"de les". */
    private static final java.util.Map<String, String> CONTRACTED_ARTICLES = java.util.Map.of("au", "le", "du", "le",
            "aux", "les", "des", "les");
    private static final Comparator<NameIndex.Entry> BY_RANK = Comparator.comparingInt(NameIndex.Entry::rank);
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final int curatedCount;

    KnowledgeMatcher(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
        int curated = 0;
        for (CanonicalEntity e : kb.entities()) {
            if (e.lat() != null) {
                break;
            }
            curated++;
        }
        this.curatedCount = curated;
    }

    /** Whether the place of this rank comes after the major cities: a division, or a town by its standing. */
    private boolean town(int rank) {
        return kb.isDivision(rank) || rank - kb.divisionsBefore(rank) > curatedCount + TOWN_RANK;
    }

    /** Whether the place of this rank is a small town by its standing among the cities. */
    private boolean smallTown(int rank) {
        return !kb.isDivision(rank) && rank - kb.divisionsBefore(rank) > curatedCount + SMALL_TOWN_RANK;
    }

    void match(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        NameIndex index = kb.index();
        ArticleForms articleForms = new ArticleForms(tokens);
        List<Span> compass = new ArrayList<>(0);
        List<CanonicalEntity> dateline = new ArrayList<>(1);
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.isWord() || !first.arabic && !first.capitalised && !index.lowercaseStart(first.key)) {
                continue;
            }
            Span best = null;
            for (ArabicStem stem : first.stems) {
                NameIndex.Node node = index.start(stem.core());
                int j = i + 1;
                while (node != null) {
                    if (!node.entries().isEmpty() && (best == null || j > best.end)) {
                        List<CanonicalEntity> valid = valid(doc, node.entries(), i, j, stem, articleForms);
                        if (!valid.isEmpty()) {
                            best = new Span(i, j, first.start + stem.prefixChars(), tokens.get(j - 1).end,
                                    valid.get(0).type(), Span.Source.KNOWLEDGE, valid, null);
                        }
                    }
                    if (j >= tokens.size() || tokens.get(j).sentence != first.sentence) {
                        break;
                    }
                    node = node.child(tokens.get(j).core());
                    j++;
                }
            }
            Span contracted = "fr".equals(doc.language()) ? contractedArticleTown(tokens, i, index) : null;
            if (contracted != null && (best == null || contracted.end >= best.end)) {
                best = contracted;
            }
            if (best != null) {
                best = capitalCity(tokens, best);
                best = datelineCity(doc, best, dateline);
            }
            if (best != null && best.length() == 1 && !first.arabic && COMPASS.contains(first.key)) {
                compass.add(best);
            } else if (best != null && claims.claim(best)) {
                i = best.end - 1;
            }
        }
        claimCompassPlaces(compass, claims);
    }

    /**
     * "le Sud", "the South" name a region only in a story about its country ("le département du Sud" in Haiti):
     * elsewhere the word is a direction, not Cameroon's South Region or Lebanon's South Governorate.
     */
    private void claimCompassPlaces(List<Span> compass, Claims claims) {
        if (compass.isEmpty()) {
            return;
        }
        Set<String> countries = new HashSet<>();
        for (Span s : claims.spans()) {
            if (s.linked() && isCountry(s.entity())) {
                countries.add(s.entity().country());
            }
        }
        for (Span s : compass) {
            // The region of the country named is put first later, with other shared names.
            if (s.candidates.stream().anyMatch(c -> c.country() != null && countries.contains(c.country()))) {
                claims.claim(s);
            }
        }
    }

    /**
     * "au Havre", "du Blanc-Mesnil", "aux Ulis": French fuses the article of a town named "Le X" or "Les X" with "à"
     * and "de", so the name is read from its article; the mention is the rest of it.
     */
    private static Span contractedArticleTown(List<Token> tokens, int i, NameIndex index) {
        String article = i > 0 ? CONTRACTED_ARTICLES.get(tokens.get(i - 1).key) : null;
        NameIndex.Node node = article != null ? index.start(article) : null;
        node = node != null ? node.child(tokens.get(i).core()) : null;
        Span town = null;
        for (int j = i + 1; node != null; j++) {
            List<CanonicalEntity> places = new ArrayList<>(1);
            node.entries().stream().filter(e -> !e.arabic() && e.entity().type() == EntityType.LOC).sorted(BY_RANK)
                    .forEach(e -> places.add(e.entity()));
            if (!places.isEmpty()) {
                town = new Span(i, j, tokens.get(i).start, tokens.get(j - 1).end, EntityType.LOC,
                        Span.Source.KNOWLEDGE, places, null);
            }
            if (j >= tokens.size() || tokens.get(j).sentence != tokens.get(i).sentence) {
                break;
            }
            node = node.child(tokens.get(j).core());
        }
        return town;
    }

    /** "تونس العاصمة", "الكويت العاصمة": the capital that shares its country's name. */
    private Span capitalCity(List<Token> tokens, Span span) {
        if (span.end >= tokens.size() || !CAPITAL_WORDS.contains(tokens.get(span.end).key) || span.candidates.size() < 2) {
            return span;
        }
        for (CanonicalEntity c : span.candidates) {
            if (c.lat() != null && c.type() == EntityType.LOC) {
                List<CanonicalEntity> reordered = new ArrayList<>(span.candidates);
                reordered.remove(c);
                reordered.add(0, c);
                return new Span(span.start, span.end + 1, span.startChar, tokens.get(span.end).end, EntityType.LOC,
                        Span.Source.KNOWLEDGE, reordered, null);
            }
        }
        return span;
    }

    /**
     * "عمان (الأردن) - ", "عمان - ": a dateline names a city, so a name shared by a country and a city (Oman and
     * Amman are both "عمان") is the city there, and wherever the story names it again. A country in brackets must
     * be the city's own. {@code dateline} holds the city once chosen.
     */
    private Span datelineCity(Document doc, Span span, List<CanonicalEntity> dateline) {
        if (span.candidates.size() < 2 || !isCountry(span.candidates.get(0))) {
            return span;
        }
        CanonicalEntity city = null;
        if (!dateline.isEmpty() && span.candidates.contains(dateline.get(0))) {
            city = dateline.get(0);
        } else if (dateline.isEmpty() && opensLine(doc, span.startChar)) {
            city = datelinedCity(doc, span);
        }
        if (city == null) {
            return span;
        }
        if (dateline.isEmpty()) {
            dateline.add(city);
        }
        List<CanonicalEntity> reordered = new ArrayList<>(span.candidates);
        reordered.remove(city);
        reordered.add(0, city);
        return new Span(span.start, span.end, span.startChar, span.endChar, EntityType.LOC, Span.Source.KNOWLEDGE,
                reordered, null);
    }

    /**
     * The city of another country among the span's candidates when a dash follows it, or its own country in brackets
     * and a dash.
     */
    private CanonicalEntity datelinedCity(Document doc, Span span) {
        List<Token> tokens = doc.tokens();
        int after = span.end;
        String bracketed = null;
        if (after + 3 < tokens.size() && tokens.get(after).text.equals("(") && tokens.get(after + 2).text.equals(")")) {
            NameIndex.Node node = kb.index().start(tokens.get(after + 1).core());
            for (NameIndex.Entry e : node == null ? List.<NameIndex.Entry>of() : node.entries()) {
                if (isCountry(e.entity())) {
                    bracketed = e.entity().country();
                }
            }
            if (bracketed == null) {
                return null;
            }
            after += 3;
        }
        if (after >= tokens.size() || tokens.get(after).text.isEmpty() || !"-–—".contains(tokens.get(after).text)) {
            return null;
        }
        for (CanonicalEntity c : span.candidates) {
            // A capital named as its country ("الكويت", "تونس") is left to the story: only a city of another country.
            if (c.type() == EntityType.LOC && c.lat() != null && c.country() != null
                    && !c.country().equals(span.candidates.get(0).country())
                    && (bracketed == null || bracketed.equals(c.country()))) {
                return c;
            }
        }
        return null;
    }

    /** Whether only spaces stand between the start of a line (or of the text) and this offset. */
    private static boolean opensLine(Document doc, int at) {
        String text = doc.text();
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private List<CanonicalEntity> valid(Document doc, List<NameIndex.Entry> entries, int from, int to,
            ArabicStem stem, ArticleForms articleForms) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(from);
        boolean single = to - from == 1;
        List<NameIndex.Entry> kept = null;
        for (NameIndex.Entry e : entries) {
            if (e.arabic() != first.arabic) {
                continue;
            }
            boolean ok = e.arabic() ? arabicOk(doc, e, from, to, single, stem, articleForms)
                    : latinOk(doc, e, from, to, single);
            if (ok) {
                if (kept == null) {
                    kept = new ArrayList<>(entries.size());
                }
                kept.add(e);
            }
        }
        if (kept == null) {
            // Most names tried are rejected: no lists for them.
            return List.of();
        }
        kept.sort(BY_RANK);
        List<CanonicalEntity> out = new ArrayList<>(kept.size());
        for (NameIndex.Entry e : kept) {
            out.add(e.entity());
        }
        if ("fr".equals(doc.language()) && out.size() > 1) {
            preferFrenchReading(out, doc.text().substring(first.start, tokens.get(to - 1).end));
        }
        if (first.arabic && kept.size() < entries.size() && kept.get(0).entity().type() == EntityType.LOC
                && town(kept.get(0).rank())) {
            addSmallerNamesakes(entries, kept, out);
        }
        return out;
    }

    /**
     * CLDR keeps retired subdivisions beside the current ones: "Corse" is first the old region FR-20R, named "Corse"
     * in English only, then Corsica, whose French name it is. French text takes the place of that country whose
     * French name it writes.
     */
    private static void preferFrenchReading(List<CanonicalEntity> out, String surface) {
        CanonicalEntity top = out.get(0);
        if (top.namesByLanguage().containsKey("fr")) {
            return;
        }
        for (CanonicalEntity c : out) {
            if (c != top && c.type() == top.type() && java.util.Objects.equals(c.country(), top.country())
                    && c.namesByLanguage().getOrDefault("fr", List.of()).contains(surface)) {
                out.remove(c);
                out.add(0, c);
                return;
            }
        }
    }

    /**
     * "ديفا" is Deva in Romania and Diffa in Niger; the word is a place either way, so the smaller namesakes of a town,
     * too small to be taken on their own, stay as later candidates that a story about their country can prefer. A
     * major city keeps its name alone: Paris in a story that names the United States is not Paris, Texas.
     */
    private static void addSmallerNamesakes(List<NameIndex.Entry> entries, List<NameIndex.Entry> kept,
            List<CanonicalEntity> out) {
        List<NameIndex.Entry> namesakes = new ArrayList<>();
        for (NameIndex.Entry e : entries) {
            if (e.arabic() && e.entity().type() == EntityType.LOC && e.entity().lat() != null && !kept.contains(e)) {
                namesakes.add(e);
            }
        }
        namesakes.sort(BY_RANK);
        for (NameIndex.Entry e : namesakes) {
            out.add(e.entity());
        }
    }

    private boolean latinOk(Document doc, NameIndex.Entry e, int from, int to, boolean single) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(from);
        if (e.capitalised() && !first.capitalised) {
            return false;
        }
        if (e.acronym()) {
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.isWord() && !t.allCaps) {
                    return false;
                }
            }
            return !isHeadlineCaps(doc, from) || tokens.get(from).text.length() <= 3;
        }
        if (!single) {
            return !e.capitalised() || !lowerCaseWordInside(tokens, from, to, e.entity());
        }
        if (first.text.length() <= 2 && !first.allCaps) {
            return false;
        }
        if (lexicon.isStopword("en", first.key) || lexicon.isStopword("fr", first.key)) {
            return false;
        }
        if (lexicon.demonyms.containsKey(first.key) && !("fr".equals(doc.language()) && e.rank() < curatedCount
                && e.entity().type() == EntityType.LOC)) {
            // "Swiss" is an adjective; French writes the adjective in lower case, so a capitalised "Suisse" is the
            // country.
            return false;
        }
        if (e.entity().type() == EntityType.LOC && lexicon.everydayPlaceWords.contains(first.key)
                && sentenceInitial(tokens, from) && !first.allCaps && nextIsLowerCaseWord(tokens, from)) {
            // "Male voters queued ...", "Reading the statement ...": a sentence may open with an everyday word that
            // is also a city, capital or not; a dateline ("MALE, June 3") or a comma after it keeps the place.
            return false;
        }
        if (e.entity().type() == EntityType.LOC
                && (HOLIDAYS.contains(first.key) || lexicon.months.word(first) != null)) {
            // "before Christmas", "in March": the feast or the month, not Christmas Island or the town of March.
            return false;
        }
        if ("en".equals(doc.language()) && e.entity().type() == EntityType.LOC && !isCountry(e.entity())
                && everydayName(first, e.entity()) && !placeCueInStory(tokens, first)) {
            // "the Unite union", "Union Cabinet", "Arctic fisheries pact", "the Baltic port": a place whose one-word
            // name is also an English word (or the first word of its own longer name) is taken where the story marks
            // it as a place once ("the Nice attack" in a story that says "in Nice").
            return false;
        }
        boolean town = town(e.rank()) && e.entity().type() == EntityType.LOC;
        if (town && smallTown(e.rank())) {
            return first.allCaps && isDateline(tokens, from) || !sentenceInitial(tokens, from)
                    && locativeBefore(tokens, from);
        }
        if (town && sentenceInitial(tokens, from) && !first.allCaps && !followedByComma(tokens, from)
                && !followedByColon(tokens, from) && lexicon.titles.match(tokens, from + 1) == null) {
            // "Odisha Chief Minister Ravindran Pallikara met …": a place before a title qualifies it. A colon after
            // it makes the place the topic of a headline ("Bretagne : les éleveurs bloquent le port").
            return false;
        }
        return true;
    }

    /**
     * "Le port de Kribi" is not the town Le Port: a name does not match where the text writes in lower case a later
     * word that none of the entity's names writes so ("Union européenne", "Dar es Salaam" match).
     */
    private static boolean lowerCaseWordInside(List<Token> tokens, int from, int to, CanonicalEntity entity) {
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised && !writtenSo(entity, t.text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean writtenSo(CanonicalEntity entity, String word) {
        if (entity.preferredName().contains(word)) {
            return true;
        }
        for (List<String> names : entity.namesByLanguage().values()) {
            for (String name : names) {
                if (name.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean everydayName(Token word, CanonicalEntity entity) {
        String name = entity.preferredName();
        return lexicon.everydayWords.contains(word.key)
                || entity.lat() == null && name.length() > word.text.length() + 1 && name.startsWith(word.text + " ");
    }

    private boolean placeCueInStory(List<Token> tokens, Token word) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text.equals(word.text) && placeCue(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in the Arctic", "at Reading", "the town of Union", "NICE, June 3", "Bath, England", "Nice's mayor": a word
     * before or after a name that marks it as a place.
     */
    private boolean placeCue(List<Token> tokens, int from) {
        if (nextIsLowerCaseWord(tokens, from) && !lexicon.isStopword("en", tokens.get(from + 1).key)) {
            // "the Baltic port of Gdansk", "the Unite union" against "the Union border crossing": a name before a noun
            // qualifies it, and is a place when the noun says so.
            return placeCueAfter(tokens, from + 1);
        }
        int p = from > 0 && tokens.get(from - 1).text.equals("the") ? from - 1 : from;
        if (p > 0 && PLACE_PREPOSITIONS.contains(tokens.get(p - 1).key)) {
            return true;
        }
        for (int back = 1; back <= 3 && p - back >= 0; back++) {
            PhraseTrie.Match<String> m = lexicon.placeCuesBefore.match(tokens, p - back);
            if (m != null && m.end() == p) {
                return true;
            }
        }
        return followedByComma(tokens, from) || from + 2 < tokens.size()
                && (tokens.get(from + 1).text.equals("'") || tokens.get(from + 1).text.equals("’"))
                && tokens.get(from + 2).key.equals("s");
    }

    /** "border crossing", "refugee camp": a cue after a name, not one that opens the next ("port of"). */
    private boolean placeCueAfter(List<Token> tokens, int i) {
        PhraseTrie.Match<String> m = lexicon.placeCuesAfter.match(tokens, i);
        return m != null && !tokens.get(m.end() - 1).key.equals("of");
    }

    /**
     * "in Wexford", "près de Bastogne", "au large de Concarneau": a small town is taken after a word that puts
     * the action in a place; elsewhere its name is more often a person's or a word.
     */
    private static boolean locativeBefore(List<Token> tokens, int from) {
        if (from < 1) {
            return false;
        }
        String before = tokens.get(from - 1).text;
        if (LATIN_LOCATIVE.contains(before)) {
            return true;
        }
        int p = from - 1;
        if (before.equals("'") || before.equals("’")) {
            p--;
        }
        return p >= 1 && (tokens.get(p).key.equals("de") || tokens.get(p).key.equals("d"))
                && NEAR_OF.contains(tokens.get(p - 1).key);
    }

    private boolean arabicOk(Document doc, NameIndex.Entry e, int from, int to, boolean single, ArabicStem stem,
            ArticleForms articleForms) {
        if (!single) {
            if (e.rank() < curatedCount || Lexicon.ARABIC_DIVISION_WORDS.contains(stem.withArticle())) {
                // "محافظة الداخلية": a division's word before an everyday word makes a name of them.
                return true;
            }
            Token last = doc.tokens().get(to - 1);
            if (last.key.length() == 2 && lexicon.isStopword("ar", last.key) && last.text.indexOf('آ') < 0) {
                // "قال نغوين هوي أن ...": a name of the gazetteer whose last word is a two-letter particle ("أن", "من") is,
                // unless curated, a name or word before the particle, not the place. A long vowel written as such
                // ("سانتا آنا", "هوي آن") is the name's own word.
                return false;
            }
            for (int k = from; k < to; k++) {
                Token t = doc.tokens().get(k);
                if (!lexicon.commonArabic.contains(k == from ? stem.withArticle() : t.key)) {
                    return true;
                }
            }
            return false;
        }
        Token t = doc.tokens().get(from);
        if (stem.core().length() < 3) {
            return false;
        }
        for (ArabicStem s : t.stems) {
            if (lexicon.isStopword("ar", s.withArticle()) || lexicon.isStopword("ar", s.core())) {
                return false;
            }
        }
        EntityType type = e.entity().type();
        boolean curated = e.rank() < curatedCount;
        if (type == EntityType.LOC && stem.prefixChars() > 0 && !stem.article() && !isCountry(e.entity())
                && articleForms.contains(withoutConjunction(t.key))) {
            // "بطاطا" read as ب + a town: the story writes the whole word with the article ("البطاطا", potatoes),
            // so the ب belongs to the word and no preposition was peeled off.
            return false;
        }
        if (!curated && (lexicon.commonArabic.contains(stem.core()) || lexicon.commonArabic.contains(stem.withArticle())
                || stem.prefixChars() > 0 && stem.core().length() < 4 || lexicon.months.word(t) != null)) {
            // A month's name ("مايو", also Ireland's County Mayo) is a date.
            // Gazetteer names that are everyday words ("الأمن", "مدينة"), or short words read with a clitic
            // peeled off ("وحدة" is unity, not و + "حدة").
            return false;
        }
        if (stem.article() && !e.article() && isCountry(e.entity()) && !stem.core().endsWith("ي")
                && !lexicon.demonyms.containsKey(stem.core())) {
            // "البيرو", "الكونغو": some country names take the article in use; a nisba adjective ("المالي") never
            // names the country.
            return true;
        }
        if (stem.article() && !e.article() && (curated || type == EntityType.PERSON || type == EntityType.LOC
                && e.entity().country() != null && !ArabicNameRomaniser.ARAB.contains(e.entity().country()))) {
            // Arabic writes many Arab towns with the article ("البصرة") but no town abroad: "الكابل" is the cable,
            // not Kabul ("كابل").
            // "المالي" (the financial) is not Mali; curated and country names are written as they are used.
            return false;
        }
        if (e.article() && stem.article() && stem.prefixChars() == 0 && stem.core().endsWith("ه")
                && isCountry(e.entity()) && adjectiveAfterNoun(doc.tokens(), from) && !afterTitle(doc.tokens(), from)) {
            // "التمور السعودية", "شركة أكوا باور السعودية": a country named in the feminine nisba form is, after a
            // definite noun or a company's name, the adjective Saudi, which GUIDELINES does not annotate.
            return false;
        }
        if (curated && e.article() && !stem.article() && stem.prefixChars() == 0) {
            // "القاعدة" is al-Qaeda, the bare indefinite "قاعدة" a base: names written with the article need it.
            return false;
        }
        if (type == EntityType.LOC && e.article() && !stem.article()) {
            // "الخرج", "الخارجة": an Arab town named with the article is written with it; the bare "خرج" is a verb
            // (went out).
            return false;
        }
        if (!curated && smallTown(e.rank())) {
            // A small town written bare ("في تكريت", "شرق أوبوك") is read after a preposition of place or a direction;
            // everyday words were refused above, and a word with a clitic ("وسالم") stays out, as does a town the
            // gazetteer writes bare that the text writes with the article ("في القارة", on the continent).
            // A small namesake of a larger place ("باريس" in the United States) is left to that place.
            return (e.article() || !stem.article()) && !largerNamesake(stem, e)
                    && (stem.prefixChars() == 0 && from > 0 && doc.tokens().get(from - 1).sentence == t.sentence
                            && SMALL_TOWN_LOCATIVE.contains(doc.tokens().get(from - 1).key)
                            || betweenPair(doc.tokens(), from, stem));
        }
        if (!curated && type == EntityType.LOC && e.rank() > curatedCount + MAJOR_CITY_RANK
                && !arabicPlaceContext(doc, from, stem, !town(e.rank()))) {
            // Without capitals, a one-word town ("سالم", "بيضاء", "الحي") is far more often an everyday word: it
            // needs a preposition, a place word or another place before it.
            return false;
        }
        // "مشروع كابل بحري ... إن الكابل": a word the same story writes with the article is a common noun (a
        // cable), not the city written without it (Kabul). Checked last: it reads the whole text.
        return !(type == EntityType.LOC && !stem.article() && !e.article() && !isCountry(e.entity())
                && articleForms.contains(stem.core()));
    }

    /**
     * "بين توزر ودقاش", "بين الزارات وقابس": a small town is either word of a pair after "بين" (a road or a stretch
     * between two places), the first one bare, the second joined by و, whether or not the other word is a known place.
     */
    private boolean betweenPair(List<Token> tokens, int at, ArabicStem stem) {
        Token t = tokens.get(at);
        int first = stem.prefixChars() == 0 ? at : at - 1;
        if (stem.prefixChars() > 1 || stem.prefixChars() == 1 && !t.text.startsWith("و") || first < 1
                || first + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        Token a = tokens.get(first);
        Token b = tokens.get(first + 1);
        return before.key.equals("بين") && before.sentence == t.sentence && a.sentence == t.sentence
                && b.sentence == t.sentence && a.arabic && a.isWord() && b.arabic && b.isWord()
                && b.text.startsWith("و") && b.text.length() > 3 && !lexicon.isStopword("ar", a.key)
                && !lexicon.isStopword("ar", b.key.substring(1));
    }

    /** Whether a place of the same one-word name stands before this small town (not itself a small town). */
    private boolean largerNamesake(ArabicStem stem, NameIndex.Entry town) {
        NameIndex.Node node = kb.index().start(stem.core());
        if (node == null) {
            return false;
        }
        for (NameIndex.Entry e : node.entries()) {
            if (e != town && e.arabic() && e.entity().type() == EntityType.LOC && !smallTown(e.rank())) {
                return true;
            }
        }
        return false;
    }

    /** "وبطاطا" → "بطاطا": the word without a leading conjunction و or ف. */
    private static String withoutConjunction(String key) {
        return key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    }

    /** "زار الوزير السعودية": after a man's title the feminine word is the country he visits, not his adjective. */
    private boolean afterTitle(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            var title = lexicon.titles.match(tokens, k);
            if (title != null && title.end() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before {@code i} is a definite noun or adjective ("التمور", "الحكومة"), or the bare words of a name
     * that "شركة"/"مجموعة" opened: a word agreeing with it there is an adjective.
     */
    private static boolean adjectiveAfterNoun(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!before.arabic || !before.isWord() || before.sentence != tokens.get(i).sentence) {
            return false;
        }
        if (before.stems.length > 0 && before.stems[0].article() && before.stems[0].prefixChars() == 0) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token t = tokens.get(k);
            if (!t.arabic || !t.isWord() || t.sentence != before.sentence) {
                return false;
            }
            if (COMPANY_HEADS.contains(t.stems[0].core())) {
                return k < i - 1;
            }
            if (t.stems[0].article()) {
                return false;
            }
        }
        return false;
    }

    /** The cores of the words a text writes with the article ("كابل" for "الكابل"), read once when first asked. */
    private static final class ArticleForms {
        private final List<Token> tokens;
        private Set<String> cores;

        ArticleForms(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean contains(String core) {
            if (cores == null) {
                cores = new HashSet<>();
                for (Token t : tokens) {
                    if (t.arabic) {
                        for (ArabicStem s : t.stems) {
                            if (s.article()) {
                                cores.add(s.core());
                            }
                        }
                    }
                }
            }
            return cores.contains(core);
        }
    }

    private boolean isCountry(CanonicalEntity e) {
        return e.type() == EntityType.LOC && e.country() != null && e.lat() == null
                && kb.country(e.country()).map(c -> c.id().equals(e.id())).orElse(false);
    }

    /** "في جنين", "بالرباط", "مدينة طنجة", "طنجة وتطوان", "بغداد، البصرة": words that announce a place. */
    private boolean arabicPlaceContext(Document doc, int i, ArabicStem stem, boolean city) {
        List<Token> tokens = doc.tokens();
        if (stem.prefixChars() > 0 && !tokens.get(i).text.startsWith("و") && !tokens.get(i).text.startsWith("ف")) {
            return true;
        }
        if (i + 1 < tokens.size() && CAPITAL_WORDS.contains(tokens.get(i + 1).key)) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.sentence != tokens.get(i).sentence) {
            return false;
        }
        if (prev.arabic && prev.isWord() && (lexicon.arabicPlaceCues.word(prev) != null || isLocative(prev)
                || ArabicPlaceGuesser.REGION_PAIR.contains(prev.key)
                || PLACE_OWNERS.contains(prev.key))) {
            return true;
        }
        // Joined to another place ("طنجة وتطوان", "بين عين صالح وتمنراست", "مركز ديروط وأبنوب"): enough for a town
        // of some standing, not for a small town ("جنين ومخيمها"), which never gets here.
        if (stem.prefixChars() > 0) {
            return placeEndsAt(tokens, i - 1) || betweenPair(tokens, i, stem);
        }
        if (prev.text.equals("،") || prev.text.equals(",")) {
            return city && i >= 2 && isPlaceToken(tokens.get(i - 2));
        }
        // "جهة فاس مكناس": two cities in a row after a place word name a region.
        return city && i >= 2 && isPlaceToken(prev) && !prev.stems[0].article()
                && (lexicon.arabicPlaceCues.word(tokens.get(i - 2)) != null
                        || ArabicPlaceGuesser.REGION_PAIR.contains(tokens.get(i - 2).key));
    }

    /**
     * Whether a place's name ends at token {@code k}: a place of the gazetteer ("طنجة"), the second word of a two-word
     * one ("عين صالح"), or a name after a place or division word ("مركز ديروط", "ولاية صحم").
     */
    private boolean placeEndsAt(List<Token> tokens, int k) {
        Token last = tokens.get(k);
        if (isPlaceToken(last)) {
            return true;
        }
        if (k == 0 || !last.arabic || !last.isWord()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (before.sentence != last.sentence || !before.arabic || !before.isWord()) {
            return false;
        }
        if (lexicon.arabicPlaceCues.word(before) != null) {
            return true;
        }
        NameIndex.Node node = kb.index().start(before.core());
        node = node == null ? null : node.child(last.core());
        if (node == null) {
            return false;
        }
        for (NameIndex.Entry e : node.entries()) {
            if (e.arabic() && e.tokens() == 2 && e.entity().type() == EntityType.LOC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocative(Token t) {
        for (ArabicStem s : t.stems) {
            if (LOCATIVE.contains(s.withArticle())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceToken(Token t) {
        if (!t.arabic || !t.isWord()) {
            return false;
        }
        NameIndex.Node node = kb.index().start(t.core());
        if (node == null) {
            return false;
        }
        for (NameIndex.Entry e : node.entries()) {
            if (e.arabic() && e.entity().type() == EntityType.LOC && !smallTown(e.rank())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceInitial(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return prev.sentence != tokens.get(i).sentence || prev.text.equals("\"") || prev.text.equals("«")
                || prev.text.equals("“") || prev.text.equals("(") || prev.text.equals("-") || prev.text.equals("–");
    }

    private static boolean nextIsLowerCaseWord(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised
                && tokens.get(i + 1).sentence == tokens.get(i).sentence;
    }

    private static boolean followedByComma(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text.equals(",");
    }

    private static boolean followedByColon(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text.equals(":");
    }

    private static boolean isDateline(List<Token> tokens, int i) {
        return sentenceInitial(tokens, i) && followedByComma(tokens, i);
    }

    /** True when the token lies in a line written all in capitals, where acronyms cannot be told from words. */
    private static boolean isHeadlineCaps(Document doc, int i) {
        List<Token> tokens = doc.tokens();
        int sentence = tokens.get(i).sentence;
        int words = 0;
        int caps = 0;
        for (int k = Math.max(0, i - 6); k < Math.min(tokens.size(), i + 7); k++) {
            Token t = tokens.get(k);
            if (t.sentence == sentence && t.isWord() && !t.arabic && t.text.length() > 3) {
                words++;
                if (t.allCaps) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }
}
