package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * French institutions are named by a capitalised head noun followed by lower-case adjectives and "de" phrases:
 * "Office fédéral de la police", "Conseil de paix et de sécurité de l'Union africaine", "Bureau intégré des Nations
 * unies en Haïti", "Force multinationale mixte". This reads the whole name from the head, so that a known name
 * inside it ("Nations unies", "Union africaine") does not count on its own.
 */
final class FrenchInstitutionFinder {

    private static final Set<String> HEADS = WordSet.of("conseil", "office", "bureau", "police", "force", "forces",
            "ministere", "comite", "haut-commissariat", "federation", "confederation", "organisation", "mission",
            "agence", "commission", "union", "banque", "fonds", "programme", "cour", "tribunal", "parquet",
            "assemblee", "senat", "parti", "front", "mouvement", "alliance", "coalition", "societe", "compagnie",
            "groupe", "centre", "direction", "autorite", "institut", "fondation", "ligue", "garde", "gendarmerie",
            "armee", "caisse", "chambre", "syndicat", "conference", "communaute", "observatoire", "haute");
    private static final Set<String> OF = WordSet.of("de", "du", "des", "d");
    private static final Set<String> TO = WordSet.of("au", "aux");
    private static final Set<String> ARTICLES = WordSet.of("la", "le", "les", "l", "'", "’");
    private static final Set<String> ADJECTIVES = WordSet.of("mixte", "autonome", "public", "publique", "unies", "unis",
            "supreme", "superieur", "superieure", "general", "generale", "central", "centrale", "mondial", "mondiale",
            "arabe", "islamique", "democratique", "populaire", "civile", "civil", "militaire", "economique");
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne",
        "ais", "aise", "el", "elle", "if", "ive", "e\u0301", "ee", "aire", "aires", "oire", "eux", "euse", "ain", "aine",
        "ier", "iere", "ois", "oise", "ial", "iale"};
    private static final int MAX_TOKENS = 14;

    private final Lexicon lexicon;

    FrenchInstitutionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int h = 0; h < tokens.size(); h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || !head.capitalised || head.allCaps && head.text.length() > 1 || !HEADS.contains(head.key)) {
                continue;
            }
            int end = nameEnd(tokens, h);
            if (end - h < 2) {
                continue;
            }
            Span inner = claims.at(h);
            if (inner != null && inner.start == h && inner.end >= end) {
                continue;
            }
            Span span = new Span(h, end, head.start, tokens.get(end - 1).end, EntityType.ORG, Span.Source.PATTERN,
                    List.of(), null);
            span.groupKey = "org:" + doc.text().substring(head.start, tokens.get(end - 1).end).toLowerCase();
            Span acronym = end + 2 < tokens.size() && tokens.get(end).text.equals("(")
                    && tokens.get(end + 2).text.equals(")") ? claims.at(end + 1) : null;
            if (acronym != null && acronym.linked() && acronym.type == EntityType.ORG) {
                // "Haut-Commissariat des Nations unies pour les réfugiés (HCR)": the acronym names the body.
                span.candidates = acronym.candidates;
            }
            claims.override(span);
            h = end - 1;
        }
    }

    private int nameEnd(List<Token> tokens, int h) {
        int sentence = tokens.get(h).sentence;
        int last = h + 1;
        int j = h + 1;
        while (j < tokens.size() && j - h < MAX_TOKENS && tokens.get(j).sentence == sentence) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                break;
            }
            if (t.capitalised && j == last && !isStop(t)) {
                // "Front Polisario", "des Nations unies": proper words run on.
                last = ++j;
                continue;
            }
            if (!t.capitalised && (adjective(t.key) || participle(t.text)) && j == last) {
                last = ++j;
                continue;
            }
            int k = j;
            boolean needsLowerNoun = false;
            if (t.key.equals("et") && k + 1 < tokens.size() && !tokens.get(k + 1).capitalised
                    && adjective(tokens.get(k + 1).key)) {
                // "Communauté économique et monétaire"
                last = j = k + 2;
                continue;
            }
            if (t.key.equals("et") && k + 1 < tokens.size() && (OF.contains(tokens.get(k + 1).key)
                    || TO.contains(tokens.get(k + 1).key))) {
                // "de paix et de sécurité": only a lower-case noun may follow, not another body's name.
                needsLowerNoun = true;
                k++;
            }
            Token w = tokens.get(k);
            if (OF.contains(w.key) || w.key.equals("pour") || w.text.equals("à") || TO.contains(w.key)
                    || w.key.equals("en") && !needsLowerNoun) {
                k++;
                while (k < tokens.size() && ARTICLES.contains(tokens.get(k).key) && !tokens.get(k).capitalised) {
                    k++;
                }
                if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).sentence != sentence) {
                    break;
                }
                Token noun = tokens.get(k);
                if (w.key.equals("pour") && k == j + 1 && (noun.key.endsWith("er") || noun.key.endsWith("ir"))) {
                    // "Force ouvrière pour réclamer": a verb after "pour" says what the body did, not its name.
                    break;
                }
                boolean lower = !noun.capitalised && !isStop(noun) && noun.text.length() > 2;
                boolean proper = noun.capitalised && !isStop(noun);
                if (needsLowerNoun ? lower : lower && !w.key.equals("en") || proper) {
                    last = j = k + 1;
                    continue;
                }
            }
            break;
        }
        return last;
    }

    /** "intégré", "armées": a past participle qualifies the head; the accent tells it from a verb ("estime"). */
    private static boolean participle(String text) {
        return text.endsWith("é") || text.endsWith("ée") || text.endsWith("és") || text.endsWith("ées");
    }

    private boolean adjective(String key) {
        if (ADJECTIVES.contains(key)) {
            return true;
        }
        if (key.length() < 5 || lexicon.isStopword("fr", key)) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean isStop(Token t) {
        return lexicon.isStopword("fr", t.key) || lexicon.months.word(t) != null || lexicon.weekdays.word(t) != null;
    }
}
