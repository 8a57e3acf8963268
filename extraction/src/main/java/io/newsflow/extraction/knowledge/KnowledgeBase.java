package io.newsflow.extraction.knowledge;

import io.newsflow.contracts.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The canonical entities the extractor links to, and the name index over them. Immutable: to add curated entities,
 * build a new one ({@link #of}) and a new extractor over it. Where several entities share a name, the one listed
 * first is preferred unless the document says otherwise (a country it mentions).
 */
public final class KnowledgeBase {

    private final List<CanonicalEntity> entities;
    private final Map<String, CanonicalEntity> byId;
    private final Map<String, CanonicalEntity> countriesByCode;
    private final NameIndex index;
    /** The ids of the divisions the bundled knowledge ranks between the major cities and the towns. */
    private final Set<String> divisionIds;
    /** The ranks of those divisions: from the first to the last, and how many. */
    private int firstDivisionRank = -1;
    private int lastDivisionRank = -1;
    private int divisionCount;

    private KnowledgeBase(List<CanonicalEntity> entities, Set<String> divisionIds) {
        this.entities = List.copyOf(entities);
        this.divisionIds = divisionIds;
        this.byId = new HashMap<>(entities.size() * 2);
        this.countriesByCode = new HashMap<>();
        this.index = new NameIndex();
        int rank = 0;
        for (CanonicalEntity e : this.entities) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            if (e.type() == EntityType.LOC && e.id().startsWith(BundledKnowledge.COUNTRY_ID_PREFIX)
                    && e.country() != null) {
                countriesByCode.putIfAbsent(e.country(), e);
            }
            if (divisionIds.contains(e.id())) {
                firstDivisionRank = firstDivisionRank < 0 ? rank : firstDivisionRank;
                lastDivisionRank = rank;
                divisionCount++;
            }
            index.add(e, rank, e.preferredName());
            for (List<String> names : e.namesByLanguage().values()) {
                for (String name : names) {
                    index.add(e, rank, name);
                }
            }
            rank++;
        }
    }

    /** A knowledge base over these entities; earlier entries win name clashes, duplicate ids keep the first. */
    public static KnowledgeBase of(Collection<CanonicalEntity> entities) {
        return of(entities, Set.of());
    }

    /**
     * A knowledge base over these entities, of which those with these ids are divisions ({@link #divisionIds()}):
     * how a copy of the bundled data kept elsewhere (extract-service's PostgreSQL rows) ranks towns as the bundled
     * data does.
     */
    public static KnowledgeBase of(Collection<CanonicalEntity> entities, Set<String> divisionIds) {
        return new KnowledgeBase(new ArrayList<>(entities), Set.copyOf(divisionIds));
    }

    /** The bundled knowledge: ICU country and city names, GeoNames and CLDR places, curated lists. */
    public static KnowledgeBase bundled() {
        List<String> divisions = new ArrayList<>();
        List<CanonicalEntity> entities = BundledKnowledge.load(divisions);
        return new KnowledgeBase(entities, Set.copyOf(divisions));
    }

    /**
     * When the bundled knowledge was built: the commit time of the sources of this module (code, curated lists,
     * GeoNames extracts, the ICU version) that make that data, written into {@code bundle.properties} by the build
     * from git. Every build of a commit ships the same time, whenever and wherever it ran. The epoch when the build
     * did not fill it in (built without git, or a class path Maven did not build): older than any data that says
     * when it was built.
     */
    public static Instant bundledBuiltAt() {
        try {
            return OffsetDateTime.parse(bundle().getProperty("built-at", "")).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * The commit the bundled knowledge was built from (git's id of HEAD when the build ran), whose time
     * {@link #bundledBuiltAt} is; empty when the build did not fill it in.
     */
    public static Optional<String> bundledBuiltFrom() {
        return Optional.of(bundle().getProperty("built-from", "")).filter(id -> id.matches("\\p{XDigit}{40,64}"));
    }

    /**
     * Whether the work tree the bundled knowledge was built from held uncommitted changes to tracked files: its data
     * may then differ from that of other builds of the same commit, which carry the same time. False when not known.
     */
    public static boolean bundledWithUncommittedEdits() {
        return Boolean.parseBoolean(bundle().getProperty("built-uncommitted"));
    }

    /** {@code bundle.properties} as the build filled it in; empty when the class path has none. */
    private static Properties bundle() {
        Properties bundle = new Properties();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("bundle.properties")) {
            if (in != null) {
                bundle.load(in);
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle.properties", e);
        }
    }

    /** This knowledge base with {@code additions} taking precedence (same id replaces, new names win clashes). */
    public KnowledgeBase with(Collection<CanonicalEntity> additions) {
        List<CanonicalEntity> all = new ArrayList<>(additions);
        all.addAll(entities);
        return new KnowledgeBase(all, divisionIds);
    }

    /**
     * How many divisions (provinces, governorates, districts: the rows that rank with mid-sized cities) rank before
     * {@code rank}, so that a city's standing among the places can be told without them: their number grows with
     * every division row, a city's size does not.
     */
    public int divisionsBefore(int rank) {
        if (divisionCount == 0 || rank <= firstDivisionRank) {
            return 0;
        }
        return rank > lastDivisionRank ? divisionCount : rank - firstDivisionRank;
    }

    /** The ids of the divisions (provinces, governorates, districts) ranked between the major cities and the towns. */
    public Set<String> divisionIds() {
        return divisionIds;
    }

    /** Whether the entity of this rank is one of the divisions ranked between the major cities and the towns. */
    public boolean isDivision(int rank) {
        return divisionCount > 0 && rank >= firstDivisionRank && rank <= lastDivisionRank;
    }

    public List<CanonicalEntity> entities() {
        return entities;
    }

    public Optional<CanonicalEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country entity for an ISO 3166 alpha-2 code, if known. */
    public Optional<CanonicalEntity> country(String code) {
        return Optional.ofNullable(code == null ? null : countriesByCode.get(code));
    }

    public NameIndex index() {
        return index;
    }

    public int size() {
        return entities.size();
    }
}
