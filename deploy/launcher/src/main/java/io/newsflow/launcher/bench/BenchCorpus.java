package io.newsflow.launcher.bench;

import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated wire copy for benchmarks: Arabic, English and French articles of 2 to 4 KB built from sentence patterns
 * around real place names (from the bundled knowledge base), so extraction finds entities and events as in real
 * copy: each article has a cast of three to eight places it comes back to, and half its sentences name nobody
 * (about 5 distinct entities and 10 mentions per 1,000 characters, as in the gold-annotated dev set).
 * Deterministic for a seed.
 */
public final class BenchCorpus {

    private static final Map<String, List<String>> PATTERNS = Map.of(
            "en", List.of(
                    "Ministers from %s and %s met in %s on Monday to discuss trade and security.",
                    "The talks in %s followed a visit by the foreign minister of %s to %s last week.",
                    "Officials in %s said the agreement with %s would be signed in %s next Friday.",
                    "Protesters gathered in %s as delegations from %s and %s arrived for the summit.",
                    "The government of %s announced aid for families in %s after floods near %s.",
                    "Police in %s arrested several people after clashes with supporters from %s in %s.",
                    "Analysts in %s said relations between %s and %s had improved since the spring.",
                    "The delegation will travel from %s to %s before returning to %s on Thursday."),
            "fr", List.of(
                    "Les ministres de %s et de %s se sont réunis à %s lundi pour parler de commerce.",
                    "Les discussions à %s font suite à une visite du ministre de %s à %s la semaine dernière.",
                    "Selon des responsables à %s, l'accord avec %s sera signé à %s vendredi prochain.",
                    "Des manifestants se sont rassemblés à %s à l'arrivée des délégations de %s et de %s.",
                    "Le gouvernement de %s a annoncé une aide aux familles de %s après des inondations près de %s.",
                    "La police de %s a arrêté plusieurs personnes après des heurts avec des partisans de %s à %s.",
                    "À %s, des analystes estiment que les relations entre %s et %s se sont améliorées.",
                    "La délégation se rendra de %s à %s avant de rentrer à %s jeudi."),
            "ar", List.of(
                    "اجتمع وزراء من %s و%s في %s يوم الإثنين لبحث التجارة والأمن.",
                    "جاءت المحادثات في %s بعد زيارة وزير خارجية %s إلى %s الأسبوع الماضي.",
                    "قال مسؤولون في %s إن الاتفاق مع %s سيوقع في %s يوم الجمعة المقبل.",
                    "تجمع متظاهرون في %s مع وصول وفدي %s و%s إلى القمة.",
                    "أعلنت حكومة %s تقديم مساعدات للأسر في %s بعد فيضانات قرب %s.",
                    "اعتقلت الشرطة في %s عدة أشخاص بعد اشتباكات مع أنصار من %s في %s.",
                    "قال محللون في %s إن العلاقات بين %s و%s تحسنت منذ الربيع.",
                    "سيتوجه الوفد من %s إلى %s قبل العودة إلى %s يوم الخميس."));
    /** Sentences without names: real copy names a few entities and comes back to them, it does not list new ones. */
    private static final Map<String, List<String>> CONNECTIVES = Map.of(
            "en", List.of(
                    "No further details were given, and a spokesman declined to comment on the timetable.",
                    "The talks are expected to continue over the coming days, according to people familiar with the matter.",
                    "Observers said the outcome would depend on how quickly the two sides could agree on financing.",
                    "The announcement came after weeks of negotiations that at times appeared close to collapse."),
            "fr", List.of(
                    "Aucun autre détail n'a été donné, et un porte-parole s'est refusé à tout commentaire sur le calendrier.",
                    "Les discussions doivent se poursuivre dans les prochains jours, selon des sources proches du dossier.",
                    "Selon les observateurs, l'issue dépendra de la rapidité avec laquelle les deux parties s'entendront sur le financement.",
                    "L'annonce intervient après des semaines de négociations qui ont parfois semblé sur le point d'échouer."),
            "ar", List.of(
                    "ولم يتم الكشف عن مزيد من التفاصيل، فيما رفض متحدث التعليق على الجدول الزمني.",
                    "ومن المتوقع أن تستمر المحادثات خلال الأيام المقبلة، بحسب مصادر مطلعة.",
                    "وقال مراقبون إن النتيجة ستتوقف على مدى سرعة اتفاق الطرفين على التمويل.",
                    "وجاء الإعلان بعد أسابيع من المفاوضات التي بدت أحيانا على وشك الانهيار."));
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr");

    private final Random random;
    private final Map<String, List<String>> placeNames;

    public BenchCorpus(long seed) {
        this.random = new Random(seed);
        this.placeNames = placeNames(KnowledgeBase.bundled().entities());
    }

    private static Map<String, List<String>> placeNames(List<CanonicalEntity> entities) {
        Map<String, List<String>> names = Map.of("ar", new ArrayList<>(), "en", new ArrayList<>(), "fr", new ArrayList<>());
        for (CanonicalEntity e : entities) {
            if (e.type() != EntityType.LOC || names.get("en").size() > 600) {
                continue;
            }
            List<String> ar = e.namesByLanguage().getOrDefault("ar", List.of());
            List<String> fr = e.namesByLanguage().getOrDefault("fr", List.of());
            if (!ar.isEmpty() && !fr.isEmpty()) {
                names.get("en").add(e.preferredName());
                names.get("ar").add(ar.get(0));
                names.get("fr").add(fr.get(0));
            }
        }
        return names;
    }

    /** One new article, version 1, in a language chosen in turn, attributed to {@code source}. */
    public NormalisedArticle article(String id, String source, int n, Instant published) {
        String language = LANGUAGES.get(n % LANGUAGES.size());
        List<String> patterns = PATTERNS.get(language);
        List<String> cast = new ArrayList<>();
        for (int i = 3 + random.nextInt(6); i > 0; i--) {
            cast.add(pick(placeNames.get(language)));
        }
        List<String> connectives = CONNECTIVES.get(language);
        StringBuilder body = new StringBuilder();
        int target = 2_000 + random.nextInt(2_000);
        while (body.length() < target) {
            if (random.nextBoolean()) {
                String pattern = patterns.get(random.nextInt(patterns.size()));
                body.append(String.format(pattern, pick(cast), pick(cast), pick(cast)));
            } else {
                body.append(pick(connectives));
            }
            body.append(random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        String headline = String.format(patterns.get(0), pick(cast), pick(cast), pick(cast));
        return new NormalisedArticle(id, 1, published, published, PubStatus.USABLE, null, language, headline,
                body.toString().trim(), null, source, null, "json", List.of(), List.of(), List.of(), null, List.of(),
                false, null, null, null);
    }

    /** A new version of {@code article}: a paragraph added, version + 1. */
    public NormalisedArticle update(NormalisedArticle a) {
        return new NormalisedArticle(a.id(), a.version() + 1, a.firstCreated(), a.versionCreated().plusSeconds(600),
                PubStatus.USABLE, null, a.language(), a.headline(), a.body() + "\n\n" + a.headline(), null, a.source(),
                null, "json", List.of(), List.of(), List.of(), null, List.of(), true, null, null, null);
    }

    /** A kill of {@code article}: canceled at version + 1. */
    public NormalisedArticle kill(NormalisedArticle a) {
        return new NormalisedArticle(a.id(), a.version() + 1, a.firstCreated(), a.versionCreated().plusSeconds(900),
                PubStatus.CANCELED, null, a.language(), a.headline(), a.body(), null, a.source(), null, "json",
                List.of(), List.of(), List.of(), null, List.of(), false, null, null, null);
    }

    /** The simple-JSON raw record ingest-service reads. */
    public static String raw(NormalisedArticle a) {
        return io.newsflow.contracts.EventCodec.write(Map.of(
                "id", a.id(),
                "version", a.version(),
                "title", a.headline(),
                "body", a.body(),
                "published", a.versionCreated().toString(),
                "language", a.language(),
                "source", a.source(),
                "pubstatus", a.pubStatus().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
