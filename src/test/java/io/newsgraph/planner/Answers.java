package io.newsgraph.planner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the answers of the two engines to one request, as a client would see them: the same HTTP
 * status and media type; with no errors on either side the same body, byte for byte; otherwise the
 * same {@code data} member, byte for byte (key order and number formatting included), and the same
 * errors in the same order (message, path, and the contract's extensions: code, field, problems).
 */
final class Answers {

    /** One HTTP answer. {@code engine} is the response's X-Newsgraph-Engine header, or null. */
    record Answer(int status, String mediaType, String engine, String body) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private Answers() {
    }

    /** {@code null} when the two answers agree, else what differs, with a compact diff. */
    static String difference(Answer planner, Answer reference) {
        if (planner.status() != reference.status()) {
            return "HTTP status: " + planner.status() + " (planner side) vs " + reference.status() + " (reference)\n"
                    + diff(planner.body(), reference.body());
        }
        if (!Objects.equals(planner.mediaType(), reference.mediaType())) {
            return "media type: " + planner.mediaType() + " vs " + reference.mediaType();
        }
        if (planner.body().equals(reference.body())) {
            return null;
        }
        JsonNode plannerJson = parse(planner.body());
        JsonNode referenceJson = parse(reference.body());
        if (plannerJson == null || referenceJson == null) {
            return "bodies differ (" + (plannerJson == null ? "planner side" : "reference") + " is not JSON)\n"
                    + diff(planner.body(), reference.body());
        }
        if (!plannerJson.has("errors") && !referenceJson.has("errors")) {
            return "bodies differ (no errors on either side)\n" + diff(planner.body(), reference.body());
        }
        List<String> problems = new ArrayList<>();
        String plannerData = rawMember(planner.body(), "data");
        String referenceData = rawMember(reference.body(), "data");
        if (!Objects.equals(plannerData, referenceData)) {
            problems.add("data differs\n" + diff(String.valueOf(plannerData), String.valueOf(referenceData)));
        }
        List<String> plannerErrors = errors(plannerJson);
        List<String> referenceErrors = errors(referenceJson);
        if (!plannerErrors.equals(referenceErrors)) {
            problems.add("errors differ\n  planner side:\n    " + String.join("\n    ", plannerErrors)
                    + "\n  reference:\n    " + String.join("\n    ", referenceErrors));
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** The errors as compared: message, path and the contract's extensions, one compact line each. */
    static List<String> errors(JsonNode body) {
        List<String> lines = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            ObjectNode line = MAPPER.createObjectNode();
            line.set("message", error.get("message"));
            line.set("path", error.get("path"));
            JsonNode extensions = error.path("extensions");
            for (String name : List.of("code", "field", "problems")) {
                if (extensions.has(name)) {
                    line.set(name, extensions.get(name));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The exact text of a top-level member of a JSON object; {@code null} when it is absent. */
    static String rawMember(String json, String name) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                if (member.equals(name)) {
                    int end = (int) parser.currentLocation().getCharOffset();
                    return json.substring(start, end);
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The first differing region of two JSON texts, pretty-printed (numbers as written), with a few
     * lines of context; texts that differ only in how they are written are shown from the first
     * differing character.
     */
    static String diff(String left, String right) {
        List<String> a = pretty(left);
        List<String> b = pretty(right);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        if (prefix == a.size() && prefix == b.size()) {
            int at = 0;
            while (at < left.length() && at < right.length() && left.charAt(at) == right.charAt(at)) {
                at++;
            }
            return "  same JSON, written differently, from character " + at + ":\n  planner side: "
                    + excerpt(left, at) + "\n  reference:    " + excerpt(right, at);
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, prefix - 3); i < prefix; i++) {
            out.append("    ").append(a.get(i)).append('\n');
        }
        appendLines(out, "  - ", a, prefix, a.size() - suffix);
        appendLines(out, "  + ", b, prefix, b.size() - suffix);
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + 2); i++) {
            out.append("    ").append(a.get(i)).append('\n');
        }
        return "  (- planner side, + reference)\n" + out;
    }

    private static void appendLines(StringBuilder out, String mark, List<String> lines, int from, int to) {
        int shown = Math.min(to, from + 15);
        for (int i = from; i < shown; i++) {
            out.append(mark).append(lines.get(i)).append('\n');
        }
        if (to > shown) {
            out.append(mark).append("… ").append(to - shown).append(" more lines\n");
        }
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 40);
        return (from > 0 ? "…" : "") + text.substring(from, Math.min(text.length(), at + 60))
                + (at + 60 < text.length() ? "…" : "");
    }

    /** JSON pretty-printed token by token, numbers exactly as written; the text itself when it is not JSON. */
    private static List<String> pretty(String json) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = FACTORY.createParser(json);
                JsonGenerator generator = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                        || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    generator.writeNumber(parser.getText());
                } else {
                    generator.copyCurrentEvent(parser);
                }
            }
        } catch (IOException e) {
            return List.of(json.split("\n"));
        }
        return List.of(out.toString().split("\n"));
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
