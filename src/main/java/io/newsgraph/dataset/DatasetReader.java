package io.newsgraph.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
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
        ObjectMapper strict = mapper.copy()
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

                    // Bad enum values and dates become problems (and nulls), so that reading goes on
                    // and the validator reports everything else wrong with the dataset too.
                    @Override
                    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
                            String value, String failureMsg) {
                        problems.add(new Problem(path(ctxt.getParser().getParsingContext().pathAsPointer().toString()),
                                "'" + value + "' is not " + expected(targetType)));
                        return null;
                    }
                });
        Dataset dataset;
        try {
            dataset = strict.readValue(json, Dataset.class);
        } catch (MismatchedInputException e) {
            throw new BadUserInputException(path(e), "has the wrong type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new BadUserInputException(location, "is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadUserInputException(location, "cannot be read: " + e.getMessage());
        }
        if (dataset == null) {
            throw new BadUserInputException(location, "is empty");
        }
        return new Parsed(dataset, problems);
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
