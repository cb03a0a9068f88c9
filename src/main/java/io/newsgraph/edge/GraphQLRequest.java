package io.newsgraph.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.common.error.ErrorCodes;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A GraphQL-over-HTTP request as sent: {@code GET} with query parameters, or {@code POST} with a JSON
 * body ({@code application/json}) or the document itself ({@code application/graphql}). Everything
 * that makes it no GraphQL request at all is refused here, with 400, 405 or 415.
 *
 * @param query the document, or null when only a persisted query's hash was sent
 * @param persistedHash the {@code extensions.persistedQuery.sha256Hash}, or null
 */
record GraphQLRequest(boolean get, String query, String operationName, Map<String, Object> variables,
        String persistedHash, boolean rewritten) {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALLOW = "GET, POST";

    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(get, document, operationName, variables, persistedHash, true);
    }

    static GraphQLRequest read(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET) {
            return fromParameters(context);
        }
        if (method != HttpMethod.POST) {
            throw EdgeError.request(405, ErrorCodes.BAD_REQUEST,
                    "GraphQL requests are sent with GET (queries) or POST, not " + method.name(), Map.of("Allow", ALLOW));
        }
        String contentType = context.request().getHeader("Content-Type");
        // The explorer's fetcher sends its Content-Type twice, joined: "application/json, application/json".
        // Only the first media type counts, as SmallRye's own route read it.
        String mediaType = contentType == null ? "" : contentType.split("[;,]")[0].trim().toLowerCase(Locale.ROOT);
        String body = context.body() == null || context.body().buffer() == null ? "" : context.body().asString("UTF-8");
        if (mediaType.equals("application/graphql")) {
            if (body.isBlank()) {
                throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "The request body is empty: send the GraphQL document");
            }
            return new GraphQLRequest(false, body, null, Map.of(), null, true);
        }
        if (!mediaType.equals("application/json")) {
            throw EdgeError.request(415, ErrorCodes.BAD_REQUEST, (contentType == null ? "A POST needs a Content-Type"
                    : "Content-Type " + contentType + " is not served") + ": send application/json (a JSON object with"
                    + " query, variables, operationName, extensions) or application/graphql (the document)");
        }
        if (body.isBlank()) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST,
                    "The request body is empty: send a JSON object with the query, e.g. {\"query\": \"{ countries { totalCount } }\"}");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "The request body is not valid JSON"
                    + location(e) + ": send a JSON object with the query");
        }
        if (json == null || !json.isObject()) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST,
                    "The request body must be a JSON object with the query, not " + kind(json));
        }
        JsonNode query = json.path("query");
        if (!(query.isMissingNode() || query.isNull() || query.isTextual())) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "'query' must be a string (the GraphQL document), not "
                    + kind(query));
        }
        return of(false, query.isTextual() ? query.asText() : null, json.path("operationName"), json.path("variables"),
                json.path("extensions"));
    }

    private static GraphQLRequest fromParameters(RoutingContext context) {
        String query = context.request().getParam("query");
        return of(true, query, text(context.request().getParam("operationName")),
                parameter(context.request().getParam("variables"), "variables"),
                parameter(context.request().getParam("extensions"), "extensions"));
    }

    private static JsonNode text(String value) {
        return value == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : JSON.getNodeFactory().textNode(value);
    }

    private static JsonNode parameter(String value, String name) {
        if (value == null || value.isEmpty()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw EdgeError.request(400, name.equals("variables") ? ErrorCodes.BAD_USER_INPUT : ErrorCodes.BAD_REQUEST,
                    "The '" + name + "' parameter is not valid JSON" + location(e) + ": send a JSON object");
        }
    }

    @SuppressWarnings("unchecked")
    private static GraphQLRequest of(boolean get, String query, JsonNode operationName, JsonNode variables,
            JsonNode extensions) {
        if (!(operationName.isMissingNode() || operationName.isNull() || operationName.isTextual())) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "'operationName' must be a string, not " + kind(operationName));
        }
        if (!(variables.isMissingNode() || variables.isNull() || variables.isObject())) {
            throw EdgeError.request(400, ErrorCodes.BAD_USER_INPUT, "'variables' must be a JSON object that maps"
                    + " variable names to values, not " + kind(variables));
        }
        if (!(extensions.isMissingNode() || extensions.isNull() || extensions.isObject())) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "'extensions' must be a JSON object, not " + kind(extensions));
        }
        String hash = extensions.isObject() ? PersistedQueries.hashOf((ObjectNode) extensions) : null;
        if ((query == null || query.isBlank()) && hash == null) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "A GraphQL request needs a query (the document)"
                    + ", e.g. {\"query\": \"{ countries { totalCount } }\"}");
        }
        Map<String, Object> values = variables.isObject() ? JSON.convertValue(variables, LinkedHashMap.class) : Map.of();
        return new GraphQLRequest(get, query == null || query.isBlank() ? null : query,
                operationName.isTextual() && !operationName.asText().isEmpty() ? operationName.asText() : null, values, hash,
                extensions.isObject());
    }

    private static String location(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "a string";
    }
}
