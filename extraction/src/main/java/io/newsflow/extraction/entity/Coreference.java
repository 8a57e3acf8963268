package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links short mentions to entities already found in the same document: a surname to the full name ("Tekin",
 * "كروزيتو", "M. Ould Cheikh"), an acronym given in parentheses to the name before it ("(IEBC)"), and later
 * uses of that acronym.
 */
final class Coreference {

    /** The marks of an elision ("droits de l'homme"), which a spelled-out name may hold. */
    private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");

    private final KnowledgeBase kb;

    Coreference(KnowledgeBase kb) {
        this.kb = kb;
    }

    void resolve(Document doc, Claims claims, List<Integer> singles) {
        acronyms(doc, claims);
        sameWordsElsewhere(doc, claims);
        surnames(doc, claims, singles);
    }

    /** "Independent Electoral and Boundaries Commission (IEBC)": IEBC names the same entity wherever it appears. */
    private void acronyms(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        Map<String, Span> byAcronym = new HashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token open = tokens.get(i);
            Token acronym = tokens.get(i + 1);
            boolean arabic = acronym.arabic && acronym.isWord();
            boolean worded = wordedAcronym(acronym);
            if (!open.text.equals("(") || !tokens.get(i + 2).text.equals(")") || !(acronym.allCaps || arabic || worded)
                    || acronym.text.length() < 2 || acronym.text.length() > 8) {
                continue;
            }
            Span named = claims.at(i - 1);
            if (worded && spellOut(doc, claims, i, acronym.text) == null) {
                // "(Firca)": an acronym read as a word is written like a name; only the initials of the words before
                // it ("Fonds interprofessionnel pour la recherche et le conseil agricoles") make it one.
                continue;
            }
            if (arabic && (named == null || named.end != i || named.type != EntityType.ORG)) {
                // Arabic writes a body's short name in parentheses after it ("شركة الاتصالات الفلسطينية (بالتل)"),
                // with no capitals to tell it: only right after an organisation.
                continue;
            }
            if (named == null || named.end != i || named.type == EntityType.PERSON) {
                named = spellOut(doc, claims, i, acronym.text);
                if (named == null) {
                    continue;
                }
                assignSurfaceKey(doc, named);
                claims.override(named);
            } else {
                // "Festival international de Dakar (FID)": the acronym names the body, not the town ending its name
                Span body = spellOut(doc, claims, i, acronym.text);
                if (body != null && body.start < named.start) {
                    named = body;
                    assignSurfaceKey(doc, named);
                    claims.override(named);
                }
            }
            byAcronym.put(acronym.text, named);
            if (replaceable(claims.at(i + 1))) {
                claims.override(corefSpan(doc, i + 1, i + 2, named));
            }
        }
        if (byAcronym.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Span target = t.allCaps || t.arabic || wordedAcronym(t) ? byAcronym.get(t.text) : null;
            if (target != null && replaceable(claims.at(i))) {
                claims.override(corefSpan(doc, i, i + 1, target));
            }
        }
    }

    /**
     * A name read from its capitals alone takes the kind of a body or place the document names with the same words:
     * "sit-in à Vell Bouzan" read as a person where the story says "A Vell Bouzan,"; in the headline also the start
     * of a longer body's name ("Nors meets Harbour Link" before "the Harbour Link Group").
     */
    private static void sameWordsElsewhere(Document doc, Claims claims) {
        List<Span> spans = claims.spans();
        int headlineEnd = doc.text().indexOf('\n');
        for (Span guess : spans) {
            boolean headline = guess.endChar <= headlineEnd;
            if (guess.source != Span.Source.CAPITALS || guess.length() < 2 || guess.linked()
                    || guess.type != EntityType.PERSON && !headline || namedAlike(doc.tokens(), spans, guess)) {
                continue;
            }
            for (Span named : spans) {
                boolean longerBody = headline && named.type == EntityType.ORG && named.length() > guess.length();
                if (named != guess && named.type != guess.type && named.type != EntityType.PERSON
                        && (named.length() == guess.length() || longerBody)
                        && sameWords(doc.tokens(), guess, named) && claims.at(named.start) == named) {
                    claims.override(corefSpan(doc, guess.start, guess.end, named));
                    break;
                }
            }
        }
    }

    /** Whether another span names the same words with the same kind ("Tom Vell" a person twice). */
    private static boolean namedAlike(List<Token> tokens, List<Span> spans, Span guess) {
        for (Span other : spans) {
            if (other != guess && other.type == guess.type && other.length() == guess.length()
                    && sameWords(tokens, guess, other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code guess} open {@code named}. */
    private static boolean sameWords(List<Token> tokens, Span guess, Span named) {
        for (int k = 0; k < guess.length(); k++) {
            if (!tokens.get(guess.start + k).key.equals(tokens.get(named.start + k).key)) {
                return false;
            }
        }
        return true;
    }

    /** "Firca", "Unesco": a capital, then three to seven lower-case letters. */
    private static boolean wordedAcronym(Token t) {
        String text = t.text;
        if (!t.capitalised || t.allCaps || t.arabic || text.length() < 4 || text.length() > 8) {
            return false;
        }
        for (int c = 1; c < text.length(); c++) {
            if (!Character.isLowerCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** A short name's word held by nothing, by a capitalised run, or by a one-word gazetteer place ("التل"). */
    private static boolean replaceable(Span current) {
        return current == null || current.length() == 1 && (current.source == Span.Source.CAPITALS
                || current.source == Span.Source.KNOWLEDGE && current.type == EntityType.LOC);
    }

    /**
     * A name without capitals before its acronym ("Office central de lutte contre le crime organisé (OCLCO)"): the
     * shortest run of words before the parenthesis whose initials spell the acronym, skipping short function words.
     */
    private Span spellOut(Document doc, Claims claims, int paren, String acronym) {
        List<Token> tokens = doc.tokens();
        String letters = acronym.toLowerCase();
        int need = letters.length() - 1;
        int k = paren - 1;
        int limit = Math.max(0, paren - 14);
        while (k >= limit && need >= 0) {
            Token t = tokens.get(k);
            if (t.sentence != tokens.get(paren).sentence || !t.isWord() && !APOSTROPHES.contains(t.text)) {
                return null;
            }
            if (!t.isWord()) {
                k--; // the elision of "droits de l'homme": the article before it is a short function word
                continue;
            }
            char initial = t.key.isEmpty() ? ' ' : t.key.charAt(0);
            // the name's first word is capitalised: "pour" is not the P of "Passerelle pour la justice (PJ)"
            if (initial == letters.charAt(need) && (need > 0 || t.capitalised)) {
                need--;
                if (need < 0) {
                    break;
                }
            } else if (t.key.length() > 3 && t.capitalised) {
                return null;
            }
            k--;
        }
        if (need >= 0 || k < 0 || !tokens.get(k).capitalised) {
            return null;
        }
        return new Span(k, paren, tokens.get(k).start, tokens.get(paren - 1).end, EntityType.ORG,
                Span.Source.CAPITALS, List.of(), null);
    }

    private void surnames(Document doc, Claims claims, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        List<Span> persons = new ArrayList<>();
        for (Span s : claims.spans()) {
            if (s.type == EntityType.PERSON && s.source != Span.Source.COREFERENCE && wordCount(tokens, s) >= 2) {
                persons.add(s);
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        // Latin script: unknown capitalised words, town names that are a person's surname ("Moreno said"), and
        // runs already taken as persons that end a longer name.
        for (Span s : doc.arabic() ? List.<Span>of() : claims.spans()) {
            if (s.source == Span.Source.KNOWLEDGE && s.length() == 1 && s.type == EntityType.LOC && s.linked() && !s.country(kb) && !tokens.get(s.start).arabic) {
                Span target = surnameOf(tokens, persons, s.start, s.end);
                if (target != null) {
                    claims.override(corefSpan(doc, s.start, s.end, target));
                }
            }
        }
        for (int i : singles) {
            if (claims.at(i) != null) {
                continue;
            }
            Span target = surnameOf(tokens, persons, i, i + 1);
            if (target != null) {
                claims.claim(corefSpan(doc, i, i + 1, target));
            }
        }
        for (Span s : doc.arabic() ? List.<Span>of() : claims.spans()) {
            if (s.type != EntityType.PERSON || s.linked() || s.source == Span.Source.COREFERENCE) {
                continue;
            }
            Span target = surnameOf(tokens, persons, s.start, s.end);
            if (target != null && target != s && wordCount(tokens, target) > wordCount(tokens, s)) {
                s.groupKey = groupKeyOf(target);
                s.candidates = target.candidates;
            }
        }
        // Arabic script: any free word whose reading is the last word of a person found by title.
        if (!doc.arabic()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.arabic || !t.isWord() || claims.at(i) != null) {
                continue;
            }
            for (Span p : persons) {
                Token last = tokens.get(p.end - 1);
                if (!last.arabic || last.core().length() < 3) {
                    continue;
                }
                ArabicStem match = null;
                for (ArabicStem stem : t.stems) {
                    if (stem.core().equals(last.core()) && stem.article() == last.stems[0].article()) {
                        match = stem;
                        break;
                    }
                }
                if (match != null) {
                    Span c = new Span(i, i + 1, t.start + match.prefixChars(), t.end, EntityType.PERSON,
                            Span.Source.COREFERENCE, p.candidates, null);
                    c.groupKey = groupKeyOf(p);
                    claims.claim(c);
                    break;
                }
            }
        }
    }

    private static Span surnameOf(List<Token> tokens, List<Span> persons, int from, int to) {
        int n = to - from;
        for (Span p : persons) {
            if (p.length() <= n || p.start == from) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < n; k++) {
                if (!tokens.get(p.end - n + k).key.equals(tokens.get(from + k).key)) {
                    same = false;
                    break;
                }
            }
            if (same && !tokens.get(from).arabic) {
                return p;
            }
        }
        if (n == 1) {
            // "Teodoro Obiang Nguema Mbasogo … Obiang", "Luiz Inácio Lula da Silva … Lula": Spanish and Portuguese
            // names go by a family name that is not the last word.
            for (Span p : persons) {
                if (p.length() < 3 || p.start == from || tokens.get(from).arabic) {
                    continue;
                }
                for (int k = p.start + 1; k < p.end - 1; k++) {
                    if (tokens.get(k).capitalised && tokens.get(k).key.equals(tokens.get(from).key)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static Span corefSpan(Document doc, int from, int to, Span target) {
        List<Token> tokens = doc.tokens();
        Span s = new Span(from, to, tokens.get(from).start, tokens.get(to - 1).end, target.type,
                Span.Source.COREFERENCE, target.candidates, target.name);
        s.groupKey = groupKeyOf(target);
        s.composedId = target.composedId;
        return s;
    }

    static String groupKeyOf(Span s) {
        if (s.groupKey == null) {
            s.groupKey = "span:" + s.type + ":" + s.startChar;
        }
        return s.groupKey;
    }

    /** Provisional mentions with the same words (after normalisation) name the same entity. */
    static void assignSurfaceKey(Document doc, Span s) {
        if (s.groupKey == null && !s.linked()) {
            s.groupKey = s.type + ":" + InstitutionFinder.coreKey(doc.tokens(), s.start, s.end);
        }
    }

    private static int wordCount(List<Token> tokens, Span s) {
        int n = 0;
        for (int k = s.start; k < s.end; k++) {
            if (tokens.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }
}
