package io.newsgraph.dataset;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.Keys;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.rules.Facts;
import io.newsgraph.dataset.rules.Reference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Checks a dataset, a kind at a time in {@link Section} order and a chunk at a time, and collects
 * every problem with its JSON path ({@code statistics[3].high}). Keys are checked here (their
 * format, and that each is used once); every other rule is a Bean Validation constraint on the
 * entry records ({@link Dataset}), which this class runs with itself as the rules' {@link Facts}.
 * References may point at entries of an earlier section of the dataset or at what the database
 * already holds ({@link Known}); the keys seen so far are all it keeps, so a dataset of any size
 * can be checked.
 */
final class DatasetValidator implements Facts {

    /** What the database holds already, for references that the dataset does not define. */
    interface Known {
        boolean country(String code);

        /** Whether an entity of that type has that key (looked up for the current chunk). */
        boolean has(Class<? extends KeyedEntity> type, String key);

        /** The stored text of a source; null when it has none or is not stored. */
        String sourceText(String key);
    }

    private final Validator validator;
    private final Known known;
    private final Clock clock;
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

    DatasetValidator(ValidatorFactory validation, Known known, Clock clock, Set<String> alreadyReported, String entryPath) {
        this.validator = validation.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(this).getValidator();
        this.known = known;
        this.clock = clock;
        this.alreadyReported = alreadyReported;
        this.entryPath = entryPath;
    }

    /**
     * Checks a chunk of one kind, whose first entry has index {@code offset} in its list, and
     * returns the problems it found. Kinds must come in {@link Section} order.
     */
    <T extends Record> List<Problem> check(Kind<?, T> kind, List<T> entries, int offset) {
        int before = problems.size();
        chunkTexts.clear();
        collectKeys(kind, entries, offset);
        Comparator<ConstraintViolation<T>> inOrder = inDeclarationOrder(kind.section().entryType);
        each(entries, offset, kind.section().field, (entry, path) -> {
            String text = kind.textOf(entry);
            if (text != null && kind.key(entry) != null) {
                chunkTexts.put(kind.key(entry), text);
            }
            List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(entry));
            violations.sort(inOrder);
            for (ConstraintViolation<T> violation : violations) {
                String at = path + pathInEntry(violation.getPropertyPath());
                if (!alreadyReported.contains(at)) {
                    boolean missing = violation.getConstraintDescriptor().getAnnotation() instanceof Reference;
                    problems.add(new Problem(at, violation.getMessage(), missing));
                }
            }
        });
        return List.copyOf(problems.subList(before, problems.size()));
    }

    /** The last chunk checked will not be written: its sources' texts stay here, for the excerpts that cite them. */
    void notWritten() {
        unwrittenTexts.putAll(chunkTexts);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public boolean country(String code) {
        return known.country(code);
    }

    @Override
    public boolean exists(Class<? extends KeyedEntity> type, String key) {
        return defined(type).contains(key) || Keys.isValid(key) && known.has(type, key);
    }

    @Override
    public String sourceText(String key) {
        return unwrittenTexts.containsKey(key) ? unwrittenTexts.get(key) : known.sourceText(key);
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

    private void problem(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }

    /**
     * A violation's path inside its entry, in the dataset's JSON notation: {@code .high},
     * {@code .positions[1].end}, {@code .countries[2]}; empty for a rule about the whole entry.
     */
    static String pathInEntry(Path path) {
        StringBuilder json = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                json.append('.').append(node.getName());
            }
        }
        return json.toString();
    }

    /** Problems in the order of the entry's fields, as a reader goes through it (a set of violations has none). */
    static <T> Comparator<ConstraintViolation<T>> inDeclarationOrder(Class<?> entryType) {
        Map<String, Integer> position = new HashMap<>();
        RecordComponent[] components = entryType.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            position.put(components[i].getName(), i);
        }
        return Comparator.<ConstraintViolation<T>>comparingInt(v -> position.getOrDefault(field(v.getPropertyPath()), -1))
                .thenComparingInt(v -> firstIndex(v.getPropertyPath()))
                .thenComparing(v -> pathInEntry(v.getPropertyPath()));
    }

    /** The entry's field a path starts at; null for a rule about the whole entry. */
    private static String field(Path path) {
        for (Path.Node node : path) {
            return node.getKind() == ElementKind.PROPERTY ? node.getName() : null;
        }
        return null;
    }

    private static int firstIndex(Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                return node.getIndex();
            }
        }
        return -1;
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
