package io.newsgraph.planner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.newsgraph.planner.Plan.Output;
import io.newsgraph.planner.PlanExecutor.Page;
import io.newsgraph.planner.PlanExecutor.Row;
import io.newsgraph.planner.ReadModel.FirstString;
import io.newsgraph.planner.ReadModel.ObjectModel;
import io.newsgraph.planner.ReadModel.Strings;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a planned answer as the reference writes it, byte for byte: {@code {"data":{...}}} with the
 * document's keys in its order, floats as SmallRye's JSON-P provider prints them
 * ({@code BigDecimal.valueOf(d)}: {@code 98000.0}, {@code 1.0E+7}), and strings escaped as it escapes
 * them. Output goes straight to the stream through Jackson's generator: no tree of the response.
 */
final class ResponseWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Parsson escapes control characters without a short form as {@code \u001f}, in lower case. */
    private static final CharacterEscapes PARSSON_ESCAPES = new CharacterEscapes() {
        private final int[] escapes = standardAsciiEscapesForJSON();

        {
            for (int c = 0; c < 32; c++) {
                if (escapes[c] == ESCAPE_STANDARD) {
                    escapes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= 32) {
                return null; // Parsson writes everything else as it is
            }
            String hex = Integer.toHexString(ch);
            return new SerializedString("\\u" + "0000".substring(hex.length()) + hex);
        }
    };

    private final JsonGenerator json;

    private ResponseWriter(OutputStream out) throws IOException {
        this.json = JSON.createGenerator(out);
        json.setCharacterEscapes(PARSSON_ESCAPES);
    }

    /** @param extensions the response's {@code extensions} (maps and whole numbers), or null for none */
    static void write(Plan plan, Row root, Map<String, ?> extensions, OutputStream out) throws IOException {
        ResponseWriter writer = new ResponseWriter(out);
        writer.json.writeStartObject();
        writer.json.writeFieldName("data");
        writer.object(plan.outputs, root);
        if (extensions != null) {
            writer.json.writeFieldName("extensions");
            writer.extension(extensions);
        }
        writer.json.writeEndObject();
        writer.json.flush();
    }

    private void extension(Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                extension(entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else {
            throw new IllegalStateException("no JSON for an extension of " + value.getClass());
        }
    }

    private void object(List<Output> outputs, Row row) throws IOException {
        json.writeStartObject();
        for (Output output : outputs) {
            json.writeFieldName(output.key());
            if (output instanceof Plan.Leaf leaf) {
                leaf(row.values[leaf.column()]);
            } else if (output instanceof Plan.TypeName) {
                json.writeString(row.type.name);
            } else if (output instanceof Plan.Constant constant) {
                json.writeString(constant.value());
            } else if (output instanceof Plan.Fetched fetched) {
                fetched(fetched.fetch(), row.results[fetched.fetch().slot]);
            } else if (output instanceof Plan.Embedded embedded) {
                embedded(embedded, row);
            } else {
                throw new IllegalStateException("not an object's output: " + output);
            }
        }
        json.writeEndObject();
    }

    private void embedded(Plan.Embedded embedded, Row row) throws IOException {
        for (int column : embedded.required()) {
            if (row.values[column] == null) {
                json.writeNull();
                return;
            }
        }
        object(embedded.outputs(), row);
    }

    private void fetched(Plan.Fetch fetch, Object result) throws IOException {
        if (fetch.connection != null) {
            connection(fetch.connection, (Page) result);
        } else if (fetch.relation instanceof Strings) {
            json.writeStartArray();
            for (Object value : (List<?>) result) {
                json.writeString((String) value);
            }
            json.writeEndArray();
        } else if (fetch.relation instanceof FirstString) {
            leaf(result);
        } else if (result instanceof List<?> rows) {
            json.writeStartArray();
            for (Object row : rows) {
                typed(fetch.selection.outputs, (Row) row);
            }
            json.writeEndArray();
        } else if (result == null) {
            json.writeNull();
        } else {
            typed(fetch.selection.outputs, (Row) result);
        }
    }

    private void typed(Map<ObjectModel, List<Output>> outputs, Row row) throws IOException {
        object(outputs.get(row.type), row);
    }

    private void connection(Plan.ConnectionSelection connection, Page page) throws IOException {
        json.writeStartObject();
        for (Output output : connection.outputs) {
            json.writeFieldName(output.key());
            if (output instanceof Plan.Constant constant) {
                json.writeString(constant.value());
            } else if (output instanceof Plan.Nodes nodes) {
                json.writeStartArray();
                for (Row row : page.items()) {
                    typed(nodes.outputs(), row);
                }
                json.writeEndArray();
            } else if (output instanceof Plan.Edges edges) {
                json.writeStartArray();
                for (Row row : page.items()) {
                    edge(edges.outputs(), page, row);
                }
                json.writeEndArray();
            } else if (output instanceof Plan.PageInfo info) {
                json.writeStartObject();
                for (Output infoOutput : info.outputs()) {
                    json.writeFieldName(infoOutput.key());
                    if (infoOutput instanceof Plan.Constant constant) {
                        json.writeString(constant.value());
                    } else {
                        pageValue(((Plan.PageValue) infoOutput).field(), page);
                    }
                }
                json.writeEndObject();
            } else if (output instanceof Plan.PageValue value) {
                pageValue(value.field(), page);
            } else {
                throw new IllegalStateException("not a connection's output: " + output);
            }
        }
        json.writeEndObject();
    }

    private void edge(List<Output> outputs, Page page, Row row) throws IOException {
        json.writeStartObject();
        for (Output output : outputs) {
            json.writeFieldName(output.key());
            if (output instanceof Plan.Constant constant) {
                json.writeString(constant.value());
            } else if (output instanceof Plan.Cursor) {
                json.writeString(page.cursorOf(row));
            } else if (output instanceof Plan.Node node) {
                typed(node.outputs(), row);
            } else {
                throw new IllegalStateException("not an edge's output: " + output);
            }
        }
        json.writeEndObject();
    }

    private void pageValue(String field, Page page) throws IOException {
        List<Row> items = page.items();
        switch (field) {
            case "totalCount" -> json.writeNumber(page.total());
            case "hasNextPage" -> json.writeBoolean(page.hasNext());
            case "hasPreviousPage" -> json.writeBoolean(page.hasPrevious());
            case "startCursor" -> nullable(items.isEmpty() ? null : page.cursorOf(items.get(0)));
            case "endCursor" -> nullable(items.isEmpty() ? null : page.cursorOf(items.get(items.size() - 1)));
            default -> throw new IllegalStateException("no page value " + field);
        }
    }

    private void nullable(String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private void leaf(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Double d) {
            json.writeNumber(BigDecimal.valueOf(d).toString());
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof LocalDate d) {
            json.writeString(d.toString());
        } else if (value instanceof java.time.Instant instant) {
            json.writeString(instant.toString()); // ISO-8601 in UTC, as SmallRye's DateTime writes an Instant
        } else {
            throw new IllegalStateException("no JSON for " + value.getClass());
        }
    }
}
