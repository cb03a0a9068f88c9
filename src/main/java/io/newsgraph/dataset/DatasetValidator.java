package io.newsgraph.dataset;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.Keys;
import io.newsgraph.common.error.DomainException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a dataset, a kind at a time in {@link Section} order and a chunk at a time, and collects
 * every problem with its JSON path ({@code statistics[3].high}); each kind states its field rules
 * with the checks this class offers ({@link Kind.Checks}). References may point at entries of an
 * earlier section of the dataset or at what the database already holds ({@link Known}); the keys
 * seen so far are all it keeps, so a dataset of any size can be checked.
 */
final class DatasetValidator implements Kind.Checks {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** What the database holds already, for references that the dataset does not define. */
    interface Known {
        boolean country(String code);

        /** Whether an entity of that type has that key (looked up for the current chunk). */
        boolean has(Class<? extends KeyedEntity> type, String key);

        /** The stored text of a source; null when it has none or is not stored. */
        String sourceText(String key);
    }

    private final Known known;
    /** The entity type facts cite as their source. */
    private final Class<? extends KeyedEntity> sources;
    private final LocalDate latest;
    private final List<Problem> problems = new ArrayList<>();
    /** The path of the only entry (an edit's {@code input}); null for datasets, whose paths are {@code section[i]}. */
    private final String entryPath;

    /** Texts of the dataset's sources that were not written (so {@link Known} cannot tell). */
    private final Map<String, String> unwrittenTexts = new HashMap<>();
    /** Texts of the current chunk's sources, kept in {@link #unwrittenTexts} if the chunk is not written. */
    private final Map<String, String> chunkTexts = new HashMap<>();
    /** Keys defined so far in the dataset, by the entity type they name. */
    private final Map<Class<? extends KeyedEntity>, Set<String>> defined = new HashMap<>();

    /** Paths the reader already reported (a bad enum value or date, read as null); not reported again. */
    private final Set<String> alreadyReported;

    DatasetValidator(Known known, Class<? extends KeyedEntity> sources, LocalDate today, Set<String> alreadyReported,
            String entryPath) {
        this.known = known;
        this.sources = sources;
        this.alreadyReported = alreadyReported;
        this.entryPath = entryPath;
        this.latest = LocalDate.of(today.getYear() + 1, 12, 31);
    }

    /**
     * Checks a chunk of one kind, whose first entry has index {@code offset} in its list, and
     * returns the problems it found. Kinds must come in {@link Section} order.
     */
    <T extends Record> List<Problem> check(Kind<?, T> kind, List<T> entries, int offset) {
        int before = problems.size();
        chunkTexts.clear();
        collectKeys(kind, entries, offset);
        each(entries, offset, kind.section().field, (e, p) -> kind.validate(e, p, this));
        return List.copyOf(problems.subList(before, problems.size()));
    }

    /** The last chunk checked will not be written: its sources' texts stay here, for the excerpts that cite them. */
    void notWritten() {
        unwrittenTexts.putAll(chunkTexts);
    }

    @Override
    public void sourceText(String key, String text) {
        if (key != null && text != null) {
            chunkTexts.put(key, text);
        }
    }

    /** Keys first: duplicates are reported once, and later sections may refer to them. */
    private <T extends Record> void collectKeys(Kind<?, T> kind, List<T> entries, int offset) {
        Class<? extends KeyedEntity> space = kind.keySpace();
        if (space == null) {
            return;
        }
        Set<String> keys = defined(space);
        each(entries, offset, kind.section().field, (e, p) -> {
            String key = kind.key(e);
            if (key(p, key, keys, space != kind.entity()) && space != kind.entity()) {
                defined(kind.entity().asSubclass(KeyedEntity.class)).add(key);
            }
        });
    }

    private Set<String> defined(Class<? extends KeyedEntity> type) {
        return defined.computeIfAbsent(type, t -> new HashSet<>());
    }

    private boolean key(String path, String key, Set<String> seen, boolean shared) {
        if (key == null) {
            problem(path + ".key", "is required");
            return false;
        }
        if (!Keys.isValid(key)) {
            problem(path + ".key", "'" + key + "' is not a key: lowercase letters, digits and hyphens, starting with a"
                    + " letter or digit, at most " + Keys.MAX_LENGTH + " characters");
            return false;
        }
        if (!seen.add(key)) {
            problem(path + ".key", "'" + key + "' is used twice in this dataset"
                    + (shared ? " (officials and organizations share one key space)" : ""));
            return false;
        }
        return true;
    }

    @Override
    public void provenance(String path, String source, String excerpt, Dataset.EvidenceEntry evidence) {
        boolean hasSource = reference(path + ".source", source, true, sources, "source");
        String text = null;
        if (text(path + ".excerpt", excerpt, true, 10_000) && hasSource) {
            text = unwrittenTexts.containsKey(source) ? unwrittenTexts.get(source) : known.sourceText(source);
            if (text != null && !text.contains(excerpt)) {
                problem(path + ".excerpt", "does not occur verbatim in the text of source '" + source + "'");
            }
        }
        if (evidence != null) {
            evidence(path + ".evidence", evidence, excerpt, text);
        }
    }

    /** Offsets must frame the excerpt exactly, so that a reviewer's highlight is the excerpt itself. */
    private void evidence(String path, Dataset.EvidenceEntry e, String excerpt, String text) {
        if (e.start() == null || e.end() == null) {
            required(path + ".start", e.start(), true);
            required(path + ".end", e.end(), true);
            return;
        }
        if (e.start() < 0 || e.end() <= e.start()) {
            problem(path, "start must be at least 0 and end greater than start");
        } else if (excerpt != null && e.end() - e.start() != excerpt.length()) {
            problem(path, "spans " + (e.end() - e.start()) + " characters but the excerpt has " + excerpt.length());
        } else if (text != null && (e.end() > text.length() || !text.substring(e.start(), e.end()).equals(excerpt))) {
            problem(path, "does not frame the excerpt in the source's text");
        }
        if (e.confidence() != null && !(e.confidence() >= 0 && e.confidence() <= 1)) {
            problem(path + ".confidence", "must be between 0 and 1");
        }
    }

    @Override
    public boolean text(String path, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(path, "is required");
            } else if (value != null) {
                problem(path, "must be null or not blank");
            }
            return false;
        }
        if (value.length() > maxLength) {
            problem(path, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            return false;
        }
        return true;
    }

    @Override
    public LocalDate date(String path, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            problem(path, date + " is out of range: dates run from " + EARLIEST + " to " + latest);
            return null;
        }
        return date;
    }

    @Override
    public void period(String startPath, LocalDate start, String endPath, LocalDate end) {
        if (start != null && end != null && start.isAfter(end)) {
            problem(endPath, "must not be before " + startPath.substring(startPath.lastIndexOf('.') + 1) + " (" + start + ")");
        }
    }

    @Override
    public boolean country(String path, String code, boolean required) {
        if (code == null) {
            if (required) {
                problem(path, "is required");
            }
            return false;
        }
        if (!COUNTRY.matcher(code).matches() || !known.country(code)) {
            problem(path, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            return false;
        }
        return true;
    }

    @Override
    public <V> V required(String path, V value, boolean required) {
        if (value == null && required) {
            problem(path, "is required");
        }
        return value;
    }

    @Override
    public boolean reference(String path, String key, boolean required, Class<? extends KeyedEntity> type, String what) {
        if (key == null) {
            if (required) {
                problem(path, "is required");
            }
            return false;
        }
        if (!defined(type).contains(key) && !(Keys.isValid(key) && known.has(type, key))) {
            if (!alreadyReported.contains(path)) {
                problems.add(Problem.notFound(path, "no " + what + " has the key '" + key + "'"));
            }
            return false;
        }
        return true;
    }

    @Override
    public void problem(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }

    private <T> void each(List<T> entries, int offset, String name, Check<T> check) {
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            String path = entryPath != null ? entryPath : name + "[" + (offset + i) + "]";
            if (entry == null) {
                problem(path, "must not be null");
            } else {
                check.apply(entry, path);
            }
        }
    }

    @FunctionalInterface
    private interface Check<T> {
        void apply(T entry, String path);
    }
}
