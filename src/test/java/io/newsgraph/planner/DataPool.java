package io.newsgraph.planner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values the query generator draws arguments from, read from the dataset files the application
 * under test loaded: keys of every entity type, country codes, metrics, words of statement texts and
 * names, dates. Values are kept per dataset, and a pick first chooses a dataset, so the tiny seed is
 * asked about as often as a big generated dataset. Cursors come from answers, fed in while the test
 * runs, per connection type.
 */
final class DataPool {

    /** Kinds of values besides entity keys ({@code key:<Type>}). */
    static final String COUNTRY = "country", METRIC = "metric", WORD = "word", NAME_WORD = "nameWord",
            TITLE_WORD = "titleWord", PUBLISHER = "publisher", DATE = "date";

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int CURSORS_PER_TYPE = 200;

    /** kind -> one list of distinct values per dataset (datasets in load order). */
    private final Map<String, List<List<String>>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> cursors = new LinkedHashMap<>();
    private int datasets;

    private DataPool() {
    }

    /** Reads datasets in the dataset format (docs/ARCHITECTURE.md, "The dataset format"), streaming: each entry is read on its own. */
    static DataPool fromDatasets(List<InputStream> files) {
        DataPool pool = new DataPool();
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = mapper.getFactory();
        for (InputStream file : files) {
            Map<String, Set<String>> found = new LinkedHashMap<>();
            try (InputStream in = file; JsonParser parser = factory.createParser(in)) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String list = parser.currentName();
                    expect(parser.nextToken(), JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        pool.read(list, mapper.readTree(parser), found);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pool.datasets++;
            found.forEach((kind, set) -> pool.values.computeIfAbsent(kind, k -> new ArrayList<>()).add(new ArrayList<>(set)));
        }
        return pool;
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("Not a dataset file: expected " + expected + ", found " + token);
        }
    }

    private void read(String list, JsonNode entry, Map<String, Set<String>> found) {
        switch (list) {
            case "sources" -> {
                add(found, "key:Source", entry.path("key"));
                words(found, TITLE_WORD, entry.path("title"));
                add(found, PUBLISHER, entry.path("publisher"));
                add(found, DATE, entry.path("publishedOn"));
            }
            case "countries" -> {
                add(found, COUNTRY, entry.path("code"));
                entry.path("neighbors").forEach(code -> add(found, COUNTRY, code));
            }
            case "organizations" -> {
                add(found, "key:Organization", entry.path("key"));
                words(found, NAME_WORD, entry.path("name"));
                add(found, COUNTRY, entry.path("country"));
            }
            case "officials" -> {
                add(found, "key:Official", entry.path("key"));
                words(found, NAME_WORD, entry.path("name"));
                entry.path("aliases").forEach(alias -> words(found, NAME_WORD, alias));
                entry.path("positions").forEach(position -> {
                    add(found, COUNTRY, position.path("country"));
                    add(found, DATE, position.path("start"));
                    add(found, DATE, position.path("end"));
                });
            }
            case "places" -> {
                add(found, "key:Place", entry.path("key"));
                words(found, NAME_WORD, entry.path("name"));
                add(found, COUNTRY, entry.path("country"));
            }
            case "events" -> {
                add(found, "key:Event", entry.path("key"));
                words(found, NAME_WORD, entry.path("name"));
                add(found, DATE, entry.path("startDate"));
                add(found, DATE, entry.path("endDate"));
            }
            case "statements" -> {
                add(found, "key:Statement", entry.path("key"));
                words(found, WORD, entry.path("text"));
                add(found, DATE, entry.path("saidOn"));
                entry.path("countries").forEach(code -> add(found, COUNTRY, code));
            }
            case "statistics" -> {
                add(found, "key:Statistic", entry.path("key"));
                add(found, METRIC, entry.path("metric"));
                add(found, DATE, entry.path("periodStart"));
                add(found, DATE, entry.path("periodEnd"));
                add(found, COUNTRY, entry.path("country"));
                add(found, COUNTRY, entry.path("originCountry"));
            }
            default -> {
                // other lists carry nothing the generator asks about
            }
        }
    }

    private static void add(Map<String, Set<String>> found, String kind, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty()) {
            found.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value.asText());
        }
    }

    private static void words(Map<String, Set<String>> found, String kind, JsonNode text) {
        if (text.isTextual()) {
            for (String word : WORDS.split(text.asText())) {
                if (word.length() >= 3) {
                    found.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(word);
                }
            }
        }
    }

    /** Whether there is any value of that kind. */
    boolean has(String kind) {
        return values.containsKey(kind);
    }

    /** A value of that kind from a random dataset that has some; {@code null} if none has. */
    String pick(String kind, Random random) {
        List<List<String>> perDataset = values.get(kind);
        if (perDataset == null) {
            return null;
        }
        List<String> list = perDataset.get(random.nextInt(perDataset.size()));
        return list.get(random.nextInt(list.size()));
    }

    /** Keys of an entity type; for an abstract type (Actor), keys of the given implementations. */
    String pickKey(List<String> typeNames, Random random) {
        List<String> kinds = typeNames.stream().map(t -> "key:" + t).filter(this::has).toList();
        return kinds.isEmpty() ? null : pick(kinds.get(random.nextInt(kinds.size())), random);
    }

    /** A country code as clients may write it: alpha-2 or alpha-3, in any case. */
    String pickCountryCode(Random random) {
        String code = pick(COUNTRY, random);
        if (code == null) {
            code = "GE";
        }
        if (random.nextInt(4) == 0) {
            code = new Locale("", code).getISO3Country();
        }
        return random.nextInt(5) == 0 ? code.toLowerCase(Locale.ROOT) : code;
    }

    int datasets() {
        return datasets;
    }

    /** Remembers a cursor an answer gave for a connection type. */
    void addCursor(String connectionType, String cursor) {
        List<String> list = cursors.computeIfAbsent(connectionType, k -> new ArrayList<>());
        if (list.size() < CURSORS_PER_TYPE && !list.contains(cursor)) {
            list.add(cursor);
        }
    }

    /** A cursor an earlier answer gave for that connection type; {@code null} if none yet. */
    String pickCursor(String connectionType, Random random) {
        List<String> list = cursors.get(connectionType);
        return list == null || list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    /** A cursor of any other connection type (a valid cursor in the wrong place); {@code null} if none. */
    String pickForeignCursor(String connectionType, Random random) {
        List<String> others = cursors.keySet().stream().filter(t -> !t.equals(connectionType)).toList();
        return others.isEmpty() ? null : pickCursor(others.get(random.nextInt(others.size())), random);
    }
}
