package io.newsflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.Mention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entity, linking and event-type figures of shared/eval/score.py, in Java (greedy one-to-one matching,
 * the same text normalisation), per language.
 */
final class GoldScorer {

    private static final Pattern DIACRITICS = Pattern.compile(
            "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]");

    /** Counts for one language. */
    static final class Counts {
        int entGold;
        int entSys;
        int entTp;
        int linkOk;
        int evGold;
        int evSys;
        int evTp;
        int docs;
        int langOk;

        double entityF1() {
            return f1(entTp, entSys, entGold);
        }

        double linking() {
            return entTp == 0 ? 0 : (double) linkOk / entTp;
        }

        double eventF1() {
            return f1(evTp, evSys, evGold);
        }

        double languageAccuracy() {
            return docs == 0 ? 0 : (double) langOk / docs;
        }

        private static double f1(int tp, int sys, int gold) {
            if (sys == 0 && gold == 0) {
                return 1;
            }
            double p = sys == 0 ? 0 : (double) tp / sys;
            double r = gold == 0 ? 0 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "entity_f1=%.3f linking=%.3f event_f1=%.3f lang=%.3f", entityF1(),
                    linking(), eventF1(), languageAccuracy());
        }
    }

    private final Map<String, Counts> byLanguage = new HashMap<>();

    Counts of(String language) {
        return byLanguage.computeIfAbsent(language, k -> new Counts());
    }

    Map<String, Counts> all() {
        return byLanguage;
    }

    void add(JsonNode gold, Extraction system) {
        Counts c = of(gold.path("language").asText());
        c.docs++;
        if (gold.path("language").asText().equals(system.language())) {
            c.langOk++;
        }
        List<JsonNode> goldEntities = new ArrayList<>();
        gold.path("entities").forEach(goldEntities::add);
        c.entGold += goldEntities.size();
        c.entSys += system.entities().size();
        record Candidate(int priority, int sys, int gold, boolean nameOk) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int si = 0; si < system.entities().size(); si++) {
            ArticleEntity se = system.entities().get(si);
            String sName = normalizeName(se.name());
            Set<String> sMentions = new HashSet<>();
            for (Mention m : se.mentions()) {
                sMentions.add(normalize(m.text()));
            }
            for (int gi = 0; gi < goldEntities.size(); gi++) {
                JsonNode ge = goldEntities.get(gi);
                if (!ge.path("type").asText().equals(se.type().name())) {
                    continue;
                }
                Set<String> names = new HashSet<>();
                names.add(normalizeName(ge.path("name").asText()));
                ge.path("aliases").forEach(a -> names.add(normalizeName(a.asText())));
                Set<String> mentions = new HashSet<>();
                ge.path("mentions").forEach(m -> mentions.add(normalize(m.asText())));
                boolean nameOk = !sName.isEmpty() && names.contains(sName);
                boolean mentionOk = sMentions.stream().anyMatch(mentions::contains);
                if (nameOk || mentionOk) {
                    candidates.add(new Candidate(nameOk && mentionOk ? 3 : nameOk ? 2 : 1, si, gi, nameOk));
                }
            }
        }
        candidates.sort((a, b) -> a.priority != b.priority ? b.priority - a.priority
                : a.sys != b.sys ? a.sys - b.sys : a.gold - b.gold);
        Set<Integer> usedS = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        for (Candidate cand : candidates) {
            if (usedS.contains(cand.sys) || usedG.contains(cand.gold)) {
                continue;
            }
            usedS.add(cand.sys);
            usedG.add(cand.gold);
            c.entTp++;
            if (cand.nameOk) {
                c.linkOk++;
            }
        }
        Map<String, Integer> goldCodes = new HashMap<>();
        gold.path("events").forEach(e -> goldCodes.merge(code(e.path("type").asText()), 1, Integer::sum));
        Map<String, Integer> sysCodes = new HashMap<>();
        for (ArticleEvent e : system.events()) {
            sysCodes.merge(code(e.type()), 1, Integer::sum);
        }
        c.evGold += gold.path("events").size();
        c.evSys += system.events().size();
        goldCodes.forEach((code, n) -> c.evTp += Math.min(n, sysCodes.getOrDefault(code, 0)));
    }

    private static String code(String code) {
        String s = code.strip();
        if (s.length() == 1) {
            s = "0" + s;
        }
        return s.length() > 2 ? s.substring(0, 2) : s;
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = DIACRITICS.matcher(s).replaceAll("").replace("\u0640", "");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا').replace('ى', 'ي')
                .replace('ة', 'ه');
        return String.join(" ", s.trim().split("\\s+"));
    }

    static String normalizeName(String text) {
        String s = normalize(text);
        return s.startsWith("ال") && s.length() > 3 ? s.substring(2) : s;
    }
}
