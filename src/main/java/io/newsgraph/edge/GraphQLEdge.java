package io.newsgraph.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.error.ErrorCodes;
import io.newsgraph.common.error.GraphQLInstrumentation;
import io.newsgraph.common.error.Unavailable;
import io.newsgraph.planner.Documents;
import io.newsgraph.planner.Cancellation;
import io.newsgraph.planner.PlannedReads;
import io.newsgraph.common.cost.NodeBudget;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP edge of {@code /graphql}, ahead of SmallRye's route, for both engines: reads every request
 * (GET parameters, POST JSON or application/graphql), answers what cannot be executed itself, as
 * GraphQL over HTTP says (status by media type, 405, 406, 415; parse, validation and variable errors
 * with their codes), resolves persisted queries, and hands each executable request to one engine: the
 * read planner for queries it plans, SmallRye's route ({@code context.next()}) for the rest or when
 * {@code X-Newsgraph-Engine: reference} asks for it. Whatever answers, the edge sets the media type,
 * the cache headers of GET and the 503 of an unreachable database.
 */
@ApplicationScoped
public class GraphQLEdge {

    private static final Logger LOG = Logger.getLogger(GraphQLEdge.class);

    private final long maxBodySize;
    private final Instance<GraphQLSchema> schema;
    private final Documents documents;
    private final PlannedReads planner;
    private final PersistedQueries persisted;
    private final String getCacheControl;

    GraphQLEdge(NewsgraphConfig config, Instance<GraphQLSchema> schema, Documents documents, PlannedReads planner,
            PersistedQueries persisted, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.schema = schema;
        this.documents = documents;
        this.planner = planner;
        this.persisted = persisted;
        this.getCacheControl = config.http().getCacheControl();
    }

    void register(@Observes Router router) {
        // Before SmallRye's route on the same path (its WebSocket upgrade handler has order -99). The body
        // is read here with the same limit; SmallRye's body handler then finds it read and passes.
        router.route("/graphql").order(-11).handler(BodyHandler.create(false).setBodyLimit(maxBodySize));
        router.route("/graphql").order(-10).blockingHandler(this::handle, false);
        LOG.info(planner.enabled() ? "Queries are answered by the read planner; the rest by SmallRye's resolvers"
                : "The read planner is off (newsgraph.planner.enabled=false): SmallRye answers every request");
    }

    void handle(RoutingContext context) {
        long start = System.nanoTime();
        if (context.request().method() == HttpMethod.OPTIONS) {
            context.next(); // SmallRye answers with the methods it allows
            return;
        }
        String mediaType = MediaTypes.choose(context.request().getHeader("Accept"));
        try {
            if (mediaType == null) {
                throw EdgeError.request(406, ErrorCodes.BAD_REQUEST, "Accept: " + context.request().getHeader("Accept")
                        + " admits nothing this endpoint produces: " + MediaTypes.GRAPHQL_RESPONSE + " or " + MediaTypes.JSON);
            }
            GraphQLRequest request = persisted.resolve(GraphQLRequest.read(context));
            GraphQLSchema graphqlSchema = schema.get();
            Documents.Checked checked = documents.check(graphqlSchema, request.query());
            if (checked.valid() == null) {
                throw EdgeError.notExecutable(checked.errors());
            }
            persisted.keep(request);
            OperationDefinition operation = operation(checked.valid(), request.operationName());
            if (request.get() && operation.getOperation() != OperationDefinition.Operation.QUERY) {
                throw EdgeError.request(405, ErrorCodes.BAD_REQUEST, "A " + operation.getOperation().name().toLowerCase(Locale.ROOT)
                        + " is sent with POST: GET runs queries only", Map.of("Allow", "POST"));
            }
            List<GraphQLError> problems = VariableProblems.of(graphqlSchema, operation, request.variables());
            if (!problems.isEmpty()) {
                throw EdgeError.notExecutable(problems);
            }
            Map<String, Object> variables = coerce(graphqlSchema, operation, request.variables());
            problems = ArgumentProblems.of(graphqlSchema, checked.valid().document(), operation, variables);
            if (!problems.isEmpty()) {
                throw EdgeError.notExecutable(problems);
            }
            boolean reference = !planner.enabled() || operation.getOperation() != OperationDefinition.Operation.QUERY
                    || "reference".equalsIgnoreCase(context.request().getHeader(PlannedReads.ENGINE_HEADER));
            if (!reference) {
                Cancellation cancellation = planner.watch(context.response());
                try {
                    PlannedReads.Answer answer = planner.answer(checked.valid(), operation, variables, request.query(),
                            request.operationName(), cancellation);
                    if (answer != null) {
                        sendPlanned(context, request, mediaType, answer, cancellation);
                        planner.record(answer, System.nanoTime() - start);
                        return;
                    }
                } catch (Cancellation.Abandoned e) {
                    planner.abandoned(cancellation, start);
                    return;
                }
            }
            handOver(context, request, mediaType, operation, checked.valid().document());
        } catch (EdgeError e) {
            sendError(context.response(), mediaType, e);
        }
    }

    private static OperationDefinition operation(Documents.Valid valid, String name) {
        List<OperationDefinition> operations = valid.document().getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            if (operations.size() == 1) {
                return operations.get(0);
            }
            throw EdgeError.notExecutable(ErrorCodes.BAD_USER_INPUT, "The document has " + operations.size()
                    + " operations: name the one to run in operationName");
        }
        for (OperationDefinition operation : operations) {
            if (name.equals(operation.getName())) {
                return operation;
            }
        }
        throw EdgeError.notExecutable(ErrorCodes.BAD_USER_INPUT, "The document has no operation named '" + name + "'");
    }

    /** graphql-java's coercion, for what {@link VariableProblems} does not check (it words its own errors). */
    private static Map<String, Object> coerce(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> raw) {
        try {
            return ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(raw),
                    GraphQLContext.getDefault(), Locale.ENGLISH).toMap();
        } catch (RuntimeException e) {
            List<SourceLocation> locations = e instanceof GraphQLError error && error.getLocations() != null
                    ? error.getLocations() : List.of();
            throw EdgeError.notExecutable(List.of(GraphQLError.newError()
                    .message(e instanceof GraphQLError ? e.getMessage() : "The variables do not fit the operation")
                    .locations(locations).errorType(graphql.ErrorType.ValidationError)
                    .extensions(Map.of("code", ErrorCodes.BAD_USER_INPUT)).build()));
        }
    }

    private void sendPlanned(RoutingContext context, GraphQLRequest request, String mediaType, PlannedReads.Answer answer,
            Cancellation cancellation) {
        HttpServerResponse response = context.response();
        boolean reportCost = NodeBudget.asked(context.request().getHeader(NodeBudget.HEADER));
        if (!request.get()) {
            response.putHeader("Cache-Control", "no-store");
            planner.send(response, MediaTypes.withCharset(mediaType), answer, reportCost, cancellation);
            return;
        }
        // A GET answer is rendered whole before it is sent: its ETag, a hash of its bytes, must go out
        // with the headers (caches ignore validators in trailers), and GET answers are bounded anyway by
        // what a URL can ask. Larger answers of POST are still streamed as they are written.
        byte[] body = planner.render(answer, reportCost);
        cancellation.checkWriting();
        String etag = HttpCaching.etag(body);
        response.putHeader(PlannedReads.ENGINE_HEADER, "planner");
        response.putHeader("ETag", etag);
        response.putHeader("Cache-Control", getCacheControl);
        response.putHeader("Vary", "Accept");
        if (HttpCaching.matches(context.request().getHeader("If-None-Match"), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", MediaTypes.withCharset(mediaType));
        response.end(Buffer.buffer(body));
    }

    /**
     * Hands the request to SmallRye's route in a form it reads correctly: the document of a persisted
     * query (or of an application/graphql body) in a JSON body, GET parameters encoded once more (it
     * URL-decodes them a second time), an Accept it serves; then sets the media type, the cache headers
     * and the 503 of an unreachable database on its answer.
     */
    /** The document with only this operation (and every fragment): operationName is then not needed. */
    private static String only(OperationDefinition operation, graphql.language.Document document) {
        List<graphql.language.Definition> definitions = new ArrayList<>();
        for (graphql.language.Definition<?> definition : document.getDefinitions()) {
            if (definition == operation || !(definition instanceof OperationDefinition)) {
                definitions.add(definition);
            }
        }
        return graphql.language.AstPrinter.printAst(document.transform(b -> b.definitions(definitions)));
    }

    private void handOver(RoutingContext context, GraphQLRequest request, String mediaType, OperationDefinition operation,
            graphql.language.Document document) {
        if (request.get()) {
            var parameters = context.queryParams();
            parameters.set("query", URLEncoder.encode(request.query(), StandardCharsets.UTF_8));
            parameters.remove("extensions");
            parameters.remove("operationName");
            if (request.operationName() != null) {
                // SmallRye 2.17 reads a GET's operationName as its query: instead, send the one operation to run.
                parameters.set("query", URLEncoder.encode(only(operation, document), StandardCharsets.UTF_8));
            }
            parameters.remove("variables");
            if (!request.variables().isEmpty()) {
                parameters.set("variables", URLEncoder.encode(json(request.variables()), StandardCharsets.UTF_8));
            }
        } else if (request.rewritten()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", request.query());
            if (request.operationName() != null) {
                body.put("operationName", request.operationName());
            }
            body.put("variables", request.variables());
            ((RoutingContextInternal) context).setBody(Buffer.buffer(json(body)));
            context.request().headers().set("Content-Type", MediaTypes.withCharset(MediaTypes.JSON));
        }
        context.request().headers().set("Accept", MediaTypes.JSON);
        try {
            context.parsedHeaders().accept().clear();
        } catch (UnsupportedOperationException e) {
            // SmallRye then falls back to the Accept header set above
        }
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            if (response.getStatusCode() == 200) {
                response.headers().set("Content-Type", MediaTypes.withCharset(mediaType));
            }
            // Answers of the reference may carry errors or be introspection: never stored by caches.
            response.headers().set("Cache-Control", "no-store");
            if (Boolean.TRUE.equals(context.get(GraphQLInstrumentation.UNAVAILABLE))) {
                response.headers().set("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
                if (mediaType.equals(MediaTypes.GRAPHQL_RESPONSE)) {
                    response.setStatusCode(503);
                }
            }
        });
        context.next();
    }

    private static void sendError(HttpServerResponse response, String mediaType, EdgeError error) {
        String type = mediaType == null ? MediaTypes.JSON : mediaType;
        int status = error.status != null ? error.status : type.equals(MediaTypes.GRAPHQL_RESPONSE) ? 400 : 200;
        error.headers.forEach(response::putHeader);
        response.putHeader("Content-Type", MediaTypes.withCharset(type));
        response.putHeader("Cache-Control", "no-store");
        response.setStatusCode(status).end(json(Map.of("errors", errors(error.errors))));
    }

    private static List<Map<String, Object>> errors(List<GraphQLError> errors) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("message", error.getMessage());
            if (error.getLocations() != null && !error.getLocations().isEmpty()) {
                map.put("locations", error.getLocations().stream()
                        .map(l -> {
                            Map<String, Object> location = new LinkedHashMap<>();
                            location.put("line", l.getLine());
                            location.put("column", l.getColumn());
                            return location;
                        }).toList());
            }
            Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
            if (error.getErrorType() == graphql.ErrorType.ValidationError || error.getErrorType() == graphql.ErrorType.InvalidSyntax) {
                extensions.putIfAbsent("classification", error.getErrorType().toString()); // as the reference has them
            }
            map.put("extensions", extensions);
            list.add(map);
        }
        return list;
    }

    static String json(Object value) {
        try {
            return GraphQLRequest.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
