package io.newsflow.extraction;

import io.newsflow.contracts.ArticleEvent;
import io.newsflow.extraction.entity.Document;
import io.newsflow.extraction.entity.EntityRecogniser;
import io.newsflow.extraction.event.EventExtractor;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.language.LanguageIdentifier;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.text.Token;
import io.newsflow.extraction.text.Tokeniser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Finds the language, entities and events of one document. Thread-safe and immutable: build once (about a second
 * with the bundled knowledge), share, and build a new one over a new {@link KnowledgeBase} when curated entities
 * change. Offsets index {@code title + "\n" + body}.
 */
public final class Extractor {

    /** Longer documents are not analysed: they are answered "und" with nothing found. */
    public static final int MAX_CHARS = 500_000;
    private static final Set<String> ANALYSED_LANGUAGES = Set.of("ar", "en", "fr");

    private final KnowledgeBase knowledge;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final EntityRecogniser entities;
    private final EventExtractor events;

    private Extractor(KnowledgeBase knowledge, Lexicon lexicon) {
        this.knowledge = knowledge;
        this.entities = new EntityRecogniser(knowledge, lexicon);
        this.events = new EventExtractor(lexicon);
    }

    /** An extractor over the knowledge base bundled in this module's resources. */
    public static Extractor withBundledKnowledge() {
        return over(KnowledgeBase.bundled());
    }

    /** An extractor over the given knowledge base (the bundled lexicon is shared between extractors). */
    public static Extractor over(KnowledgeBase knowledge) {
        return new Extractor(knowledge, SharedLexicon.INSTANCE);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /**
     * @param title the headline (may be null or empty)
     * @param body the body text (may be null or empty)
     * @param published publication time, for resolving relative dates (may be null: dates are then not resolved)
     * @param declaredLanguage language the provider declared, a hint only (may be null)
     */
    public Extraction extract(String title, String body, Instant published, String declaredLanguage) {
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        if (text.length() > MAX_CHARS || text.isBlank()) {
            return new Extraction(LanguageIdentifier.UNDETERMINED, List.of(), List.of());
        }
        List<Token> tokens = Tokeniser.tokenise(text);
        String language = languages.identify(text, tokens, declaredLanguage);
        if (!ANALYSED_LANGUAGES.contains(language)) {
            return new Extraction(language, List.of(), List.of());
        }
        Document doc = new Document(text, tokens, language);
        EntityRecogniser.Result found = entities.recognise(doc);
        LocalDate day = published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
        List<ArticleEvent> actions = events.extract(text, tokens, found.mentions(), day);
        return new Extraction(language, found.entities(), actions);
    }

    /** The lexicon is general language data, the same for every knowledge base: load it once. */
    private static final class SharedLexicon {
        static final Lexicon INSTANCE = Lexicon.bundled();
    }
}
