package io.newsgraph.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses dataset JSON. Unknown fields (a misspelt "speakr"), bad enum values and bad dates are
 * problems too, returned with their paths so that they are reported together with the
 * validator's, instead of stopping at the first or being silently dropped.
 */
@ApplicationScoped
public class DatasetReader {

    @Inject
    ObjectMapper mapper;

    /** A parsed dataset and the problems found while parsing it (bad values read as null). */
    public record Parsed(Dataset dataset, List<Problem> problems) {
    }

    public Parsed read(byte[] json, String location) {
        List<Problem> problems = new ArrayList<>();
        Dataset dataset;
        try {
            dataset = tolerant(problems).readValue(json, Dataset.class);
        } catch (MismatchedInputException e) {
            throw new BadUserInputException(path(e), "has the wrong type: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(location, e);
        }
        if (dataset == null) {
            throw new BadUserInputException(location, "is empty");
        }
        return new Parsed(dataset, problems);
    }

    /** Opens the dataset's content, once per section read. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A dataset file read section by section, in chunks, so that no more than a chunk is in memory. */
    public DatasetFile file(String location, Opener opener) {
        return new DatasetFile(location, opener);
    }

    /** Receives the entries of one section, a chunk at a time. */
    @FunctionalInterface
    interface ChunkHandler {
        /**
         * @param offset index of the chunk's first entry in its section, for problem paths
         * @param problems what reading the chunk found wrong (bad enum values, unknown fields)
         */
        void accept(List<?> entries, int offset, List<Problem> problems);
    }

    /** Where an import's entries come from: a file streamed section by section, or a dataset in memory. */
    interface Entries {
        void forEach(Section section, int chunkSize, ChunkHandler handler);
    }

    /** A dataset in memory, handed out in chunks like a file. */
    static Entries inMemory(Parsed parsed) {
        return (section, chunkSize, handler) -> {
            List<?> all = section.of(parsed.dataset());
            if (section.ordinal() == 0) {
                // Problems the reader found in the whole document: reported with the first section.
                handler.accept(List.of(), 0, parsed.problems());
            }
            for (int from = 0; from < all.size(); from += chunkSize) {
                handler.accept(all.subList(from, Math.min(all.size(), from + chunkSize)), from, List.of());
            }
        };
    }

    public final class DatasetFile implements Entries {

        private final String location;
        private final Opener opener;

        DatasetFile(String location, Opener opener) {
            this.location = location;
            this.opener = opener;
        }

        public String location() {
            return location;
        }

        /**
         * Reads the file up to this section's list and hands its entries over in chunks; the other
         * lists are skipped without being built. The first section's read also reports unknown
         * top-level fields.
         */
        @Override
        public void forEach(Section section, int chunkSize, ChunkHandler handler) {
            List<Problem> problems = new ArrayList<>();
            ObjectMapper tolerant = tolerant(problems);
            try (InputStream in = opener.open(); JsonParser parser = tolerant.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new BadUserInputException(location, "is not a dataset: a JSON object was expected");
                }
                ObjectReader entryReader = tolerant.readerFor(section.entryType);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!field.equals(section.field)) {
                        if (Section.named(field) == null && section.ordinal() == 0) {
                            problems.add(new Problem(field, "unknown field '" + field + "'"));
                        }
                        parser.skipChildren();
                        continue;
                    }
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw new BadUserInputException(field, "has the wrong type: a list was expected");
                    }
                    List<Object> chunk = new ArrayList<>(chunkSize);
                    int offset = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        chunk.add(read(entryReader, parser));
                        if (chunk.size() == chunkSize) {
                            handler.accept(chunk, offset, List.copyOf(problems));
                            problems.clear();
                            offset += chunk.size();
                            chunk = new ArrayList<>(chunkSize);
                        }
                    }
                    handler.accept(chunk, offset, List.copyOf(problems));
                    problems.clear();
                }
                if (!problems.isEmpty()) {
                    handler.accept(List.of(), 0, List.copyOf(problems));
                }
            } catch (IOException e) {
                throw unreadable(location, e);
            }
        }

        private Object read(ObjectReader entryReader, JsonParser parser) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            try {
                return entryReader.readValue(parser);
            } catch (MismatchedInputException e) {
                throw new BadUserInputException(path(parser.getParsingContext().pathAsPointer().toString()),
                        "has the wrong type: " + e.getOriginalMessage());
            }
        }
    }

    /**
     * A mapper that reports unknown fields, bad enum values and bad dates into {@code problems}
     * (reading them as null) instead of failing, so that reading goes on and the validator reports
     * everything else wrong with the dataset too.
     */
    private ObjectMapper tolerant(List<Problem> problems) {
        return mapper.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                            JsonDeserializer<?> deserializer, Object bean, String property) throws IOException {
                        problems.add(new Problem(path(p.getParsingContext().pathAsPointer().toString()),
                                "unknown field '" + property + "'"));
                        p.skipChildren();
                        return true;
                    }

                    @Override
                    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
                            String value, String failureMsg) {
                        problems.add(new Problem(path(ctxt.getParser().getParsingContext().pathAsPointer().toString()),
                                "'" + value + "' is not " + expected(targetType)));
                        return null;
                    }
                });
    }

    private static BadUserInputException unreadable(String location, IOException e) {
        if (e instanceof JsonProcessingException json) {
            return new BadUserInputException(location, "is not valid JSON: " + json.getOriginalMessage()
                    + (json.getLocation() == null ? ""
                            : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"));
        }
        return new BadUserInputException(location, "cannot be read: " + e.getMessage());
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "dataset" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type == java.time.LocalDate.class ? "a date (YYYY-MM-DD)" : "a valid " + type.getSimpleName();
    }

    /** "/statistics/3/high" becomes "statistics[3].high". */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.substring(Math.min(1, pointer.length())).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.length() == 0 ? "dataset" : path.toString();
    }
}
