package io.newsgraph.planner;

import io.newsgraph.common.SqlStatementCounter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.OperationMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The fast path of reads: answers {@code POST} and {@code GET /graphql} ahead of SmallRye's route with
 * a cached {@link Plan}, SQL over projections and a response streamed from the rows. Everything it does
 * not plan (mutations, introspection, subscriptions, documents that do not validate, requests whose
 * answer would carry errors) it hands to SmallRye's route, which stays the reference: both answer
 * every query alike, byte for byte, as the differential test checks.
 */
@ApplicationScoped
public class PlannedReads {

    /** Request header that sends a request to the reference resolvers, for comparing the engines. */
    public static final String ENGINE_HEADER = "X-Newsgraph-Engine";
    private static final Logger LOG = Logger.getLogger(PlannedReads.class);
    private static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Answers up to this size go out in one piece with a Content-Length; larger ones are streamed in chunks. */
    private static final int CHUNK = 64 * 1024;

    private final boolean enabled;
    private final long maxBodySize;
    private final NewsgraphConfig.Limits limits;
    private final Instance<GraphQLSchema> schema;
    private final DataSource dataSource;
    private final Documents documents;
    private final OperationMetrics metrics;
    private final Counter statements;
    private final Map<String, Long> countries = new ConcurrentHashMap<>();
    private final Cache<PlanKey, Optional<Plan>> plans = Caffeine.newBuilder().maximumSize(2048).build();
    private volatile Boolean lateral;

    PlannedReads(NewsgraphConfig config, Instance<GraphQLSchema> schema, DataSource dataSource, Documents documents,
            OperationMetrics metrics, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.enabled = config.planner().enabled();
        this.limits = config.limits();
        this.schema = schema;
        this.dataSource = dataSource;
        this.documents = documents;
        this.metrics = metrics;
        this.statements = SqlStatementCounter.counter(registry);
    }

    /** Plans are keyed by document, operation and the values of the variables that @include/@skip read. */
    private record PlanKey(String document, String operation, List<Object> directiveValues) {
    }

    /** What a request asks, read from its query string (GET) or its JSON body (POST). */
    private record Request(String query, String operationName, Map<String, Object> variables) {
    }

    void register(@Observes Router router) {
        if (!enabled) {
            LOG.info("The read planner is off (newsgraph.planner.enabled=false): SmallRye answers every request");
            return;
        }
        // Before SmallRye's route on the same path (its WebSocket upgrade handler has order -99). The body
        // is read here with the same limit; SmallRye's body handler then finds it read and passes.
        router.route("/graphql").order(-11).handler(BodyHandler.create(false).setBodyLimit(maxBodySize));
        router.route("/graphql").order(-10).blockingHandler(this::handle, false);
        LOG.info("Queries are answered by the read planner; the rest by SmallRye's resolvers");
    }

    void handle(RoutingContext context) {
        long start = System.nanoTime();
        try {
            if ("reference".equalsIgnoreCase(context.request().getHeader(ENGINE_HEADER))) {
                context.next();
                return;
            }
            String contentType = responseType(context.request().getHeader("Accept"));
            Request request = contentType == null ? null : request(context);
            if (request == null) {
                context.next();
                return;
            }
            Answer answer = answer(request);
            if (answer == null) {
                context.next();
                return;
            }
            send(context.response(), contentType, answer);
            metrics.record(answer.operation, "query", true, System.nanoTime() - start);
        } catch (Unplannable e) {
            LOG.debugf("Handed to the reference resolvers: %s", e.getMessage());
            context.next();
        } catch (RuntimeException e) {
            // Whatever went wrong, nothing has been written yet: the reference answers, in its own terms.
            LOG.debugf(e, "Planned read failed");
            context.next();
        }
    }

    /** A plan and the rows it read, ready to write. */
    private record Answer(Plan plan, PlanExecutor.Row root, String operation) {
    }

    private Answer answer(Request request) {
        GraphQLSchema graphqlSchema = schema.get();
        Documents.Valid valid = documents.get(graphqlSchema, request.query());
        if (valid == null) {
            return null;
        }
        OperationDefinition operation = operation(valid, request.operationName());
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return null;
        }
        Map<String, Object> variables;
        try {
            variables = ValuesResolver.coerceVariableValues(graphqlSchema, operation.getVariableDefinitions(),
                    RawVariables.of(request.variables()), GraphQLContext.getDefault(), Locale.ENGLISH).toMap();
        } catch (RuntimeException e) {
            return null; // the reference words what is wrong with the variables
        }
        List<Object> directiveValues = new ArrayList<>();
        valid.directiveVariables().forEach(name -> directiveValues.add(variables.get(name)));
        Optional<Plan> plan = plans.get(new PlanKey(request.query(), request.operationName(), directiveValues), key -> {
            try {
                PlanCompiler.checkLimits(valid.document(), operation, limits.queryDepth(), limits.queryComplexity());
                return Optional.of(PlanCompiler.compile(graphqlSchema, valid.document(), operation, variables));
            } catch (Unplannable e) {
                LOG.debugf("Not planned: %s", e.getMessage());
                return Optional.empty();
            }
        });
        if (plan.isEmpty()) {
            return null;
        }
        try (Connection connection = dataSource.getConnection()) {
            PlanExecutor executor = new PlanExecutor(connection, lateral(connection), variables, plan.get().slots,
                    sql -> statements.increment(), countries);
            return new Answer(plan.get(), executor.execute(plan.get()), operation.getName());
        } catch (SQLException e) {
            // The reference runs the request again and reports the failure in its own terms.
            LOG.debugf(e, "Planned read failed");
            return null;
        }
    }

    private static OperationDefinition operation(Documents.Valid valid, String name) {
        List<OperationDefinition> operations = valid.document().getDefinitionsOfType(OperationDefinition.class);
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        for (OperationDefinition operation : operations) {
            if (name.equals(operation.getName())) {
                return operation;
            }
        }
        return null;
    }

    private boolean lateral(Connection connection) throws SQLException {
        if (lateral == null) {
            lateral = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        return lateral;
    }

    /** The media type the reference would answer with, or null where the planner leaves the choice to it. */
    private static String responseType(String accept) {
        if (accept == null || accept.isBlank() || accept.trim().equals("*/*")) {
            return DEFAULT_CONTENT_TYPE;
        }
        String first = accept.split(",")[0].trim();
        return first.equals("application/json") || first.equals("application/graphql-response+json") ? first : null;
    }

    @SuppressWarnings("unchecked")
    private static Request request(RoutingContext context) {
        try {
            if (context.request().method() == HttpMethod.GET) {
                String query = context.request().getParam("query");
                String variables = context.request().getParam("variables");
                if (query == null || context.request().getParam("extensions") != null) {
                    return null;
                }
                Map<String, Object> parsed = variables == null || variables.isBlank() ? Map.of()
                        : JSON.readValue(variables, Map.class);
                return new Request(query, context.request().getParam("operationName"), parsed);
            }
            String type = context.request().getHeader("Content-Type");
            if (context.request().method() != HttpMethod.POST || type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("application/json") || context.body() == null
                    || context.body().buffer() == null || !context.request().params().isEmpty()) {
                return null;
            }
            JsonNode body = JSON.readTree(context.body().buffer().getBytes());
            if (body == null || !body.isObject() || !body.path("query").isTextual()
                    || !(body.path("extensions").isMissingNode() || body.path("extensions").isNull())) {
                return null;
            }
            JsonNode variables = body.path("variables");
            if (!(variables.isMissingNode() || variables.isNull() || variables.isObject())) {
                return null;
            }
            JsonNode name = body.path("operationName");
            if (!(name.isMissingNode() || name.isNull() || name.isTextual())) {
                return null;
            }
            Map<String, Object> parsed = variables.isObject() ? JSON.convertValue(variables, Map.class) : Map.of();
            return new Request(body.get("query").asText(), name.isTextual() ? name.asText() : null, parsed);
        } catch (IOException | RuntimeException e) {
            return null; // a body the reference refuses in its own words
        }
    }

    private void send(HttpServerResponse response, String contentType, Answer answer) {
        response.putHeader("Content-Type", contentType);
        response.putHeader(ENGINE_HEADER, "planner");
        try (ChunkedOutput out = new ChunkedOutput(response)) {
            ResponseWriter.write(answer.plan(), answer.root(), out);
        } catch (IOException e) {
            LOG.debugf(e, "Writing a planned answer failed");
        }
    }

    /** Buffers an answer; the first {@link #CHUNK} bytes decide whether it goes out whole or in chunks. */
    private static final class ChunkedOutput extends OutputStream {
        private final HttpServerResponse response;
        private Buffer buffer = Buffer.buffer(4096);
        private boolean chunked;

        ChunkedOutput(HttpServerResponse response) {
            this.response = response;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
            spill();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
            spill();
        }

        private void spill() {
            if (buffer.length() >= CHUNK) {
                if (!chunked) {
                    response.setChunked(true);
                    chunked = true;
                }
                response.write(buffer);
                buffer = Buffer.buffer(CHUNK + 4096);
            }
        }

        @Override
        public void close() {
            response.end(buffer);
        }
    }
}
