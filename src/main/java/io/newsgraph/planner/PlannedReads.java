package io.newsgraph.planner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.OperationMetrics;
import io.newsgraph.common.SqlStatementCounter;
import io.newsgraph.common.cost.NodeBudget;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
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
 * The fast path of reads: answers the queries that the HTTP edge (io.newsgraph.edge.GraphQLEdge) has
 * checked, ahead of SmallRye's route, with a cached {@link Plan}, SQL over projections and a response
 * streamed from the rows. What it does not plan (introspection, requests whose answer would carry
 * errors) the edge hands to SmallRye's route, which stays the reference: both answer every query
 * alike, byte for byte, as the differential test checks.
 */
@ApplicationScoped
public class PlannedReads {

    /** Request header that sends a request to the reference resolvers, for comparing the engines. */
    public static final String ENGINE_HEADER = "X-Newsgraph-Engine";
    private static final Logger LOG = Logger.getLogger(PlannedReads.class);
    /** Answers up to this size go out in one piece with a Content-Length; larger ones are streamed in chunks. */
    private static final int CHUNK = 64 * 1024;

    private final boolean enabled;
    private final NewsgraphConfig.Limits limits;
    private final Instance<GraphQLSchema> schema;
    private final DataSource dataSource;
    private final OperationMetrics metrics;
    private final Counter statements;
    private final Map<String, Long> countries = new ConcurrentHashMap<>();
    private final Cache<PlanKey, Optional<Plan>> plans = Caffeine.newBuilder().maximumSize(2048).build();
    private volatile Boolean lateral;

    PlannedReads(NewsgraphConfig config, Instance<GraphQLSchema> schema, DataSource dataSource, OperationMetrics metrics,
            MeterRegistry registry) {
        this.enabled = config.planner().enabled();
        this.limits = config.limits();
        this.schema = schema;
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.statements = SqlStatementCounter.counter(registry);
    }

    /** Plans are keyed by document, operation and the values of the variables that @include/@skip read. */
    private record PlanKey(String document, String operation, List<Object> directiveValues) {
    }

    public boolean enabled() {
        return enabled;
    }

    /** A plan and the rows it read, ready to write. */
    public record Answer(Plan plan, PlanExecutor.Row root, String operation, NodeBudget.Cost cost) {
    }

    /**
     * Watches the client of a request: when its connection closes, the planned read stops (see
     * {@link Cancellation}).
     */
    public Cancellation watch(HttpServerResponse response) {
        Cancellation cancellation = new Cancellation();
        response.closeHandler(closed -> cancellation.cancel());
        if (response.closed()) {
            cancellation.cancel();
        }
        return cancellation;
    }

    /** The one line a read whose client went away leaves: not an error of ours, and nothing to hand over. */
    public void abandoned(Cancellation cancellation, long startNanos) {
        LOG.infof("The client went away: a planned read stopped after %d SQL statement(s) and %d ms",
                cancellation.statements(), (System.nanoTime() - startNanos) / 1_000_000);
    }

    /**
     * The answer to a query whose document, operation and variables the HTTP edge has checked, or null
     * when the planner leaves it to the reference (not planned, over the node budget, or its answer would
     * carry errors). Throws {@link Cancellation.Abandoned} when the client went away meanwhile.
     */
    public Answer answer(Documents.Valid valid, OperationDefinition operation, Map<String, Object> variables,
            String query, String operationName, Cancellation cancellation) {
        try {
            return plan(valid, operation, variables, query, operationName, cancellation);
        } catch (Cancellation.Abandoned e) {
            throw e;
        } catch (Unplannable e) {
            LOG.debugf("Handed to the reference resolvers: %s", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // Whatever went wrong, nothing has been written yet: the reference answers, in its own terms.
            LOG.debugf(e, "Planned read failed");
            return null;
        }
    }

    public void record(Answer answer, long nanos) {
        metrics.record(answer.operation(), "query", true, nanos);
    }

    private Answer plan(Documents.Valid valid, OperationDefinition operation, Map<String, Object> variables,
            String query, String operationName, Cancellation cancellation) {
        GraphQLSchema graphqlSchema = schema.get();
        NodeBudget.Cost cost = NodeBudget.cost(graphqlSchema, valid.document(), operation, variables, limits.queryNodes());
        if (cost.over()) {
            return null; // the reference refuses it, with the same count
        }
        List<Object> directiveValues = new ArrayList<>();
        valid.directiveVariables().forEach(name -> directiveValues.add(variables.get(name)));
        Optional<Plan> plan = plans.get(new PlanKey(query, operationName, directiveValues), key -> {
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
                    sql -> statements.increment(), countries, cancellation);
            return new Answer(plan.get(), executor.execute(plan.get()), operation.getName(), cost);
        } catch (SQLException e) {
            if (cancellation.cancelled()) {
                throw new Cancellation.Abandoned();
            }
            // The reference runs the request again and reports the failure in its own terms.
            LOG.debugf(e, "Planned read failed");
            return null;
        }
    }

    private boolean lateral(Connection connection) throws SQLException {
        if (lateral == null) {
            lateral = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        return lateral;
    }

    /** Streams the answer: in one piece up to {@link #CHUNK} bytes, in chunks past that. */
    public void send(HttpServerResponse response, String contentType, Answer answer, boolean reportCost,
            Cancellation cancellation) {
        response.putHeader("Content-Type", contentType);
        response.putHeader(ENGINE_HEADER, "planner");
        try (ChunkedOutput out = new ChunkedOutput(response, cancellation)) {
            ResponseWriter.write(answer.plan(), answer.root(), extensions(answer, reportCost), out);
        } catch (IOException e) {
            LOG.debugf(e, "Writing a planned answer failed");
        }
    }

    /** The answer's bytes, whole (for answers that carry an ETag, which is sent before the body). */
    public byte[] render(Answer answer, boolean reportCost) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        try {
            ResponseWriter.write(answer.plan(), answer.root(), extensions(answer, reportCost), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, ?> extensions(Answer answer, boolean reportCost) {
        return reportCost ? Map.of(NodeBudget.EXTENSION, answer.cost().extension()) : null;
    }

    /** Buffers an answer; the first {@link #CHUNK} bytes decide whether it goes out whole or in chunks. */
    private static final class ChunkedOutput extends OutputStream {
        private final HttpServerResponse response;
        private final Cancellation cancellation;
        private Buffer buffer = Buffer.buffer(4096);
        private boolean chunked;

        ChunkedOutput(HttpServerResponse response, Cancellation cancellation) {
            this.response = response;
            this.cancellation = cancellation;
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
                cancellation.checkWriting();
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
            cancellation.checkWriting();
            response.end(buffer);
        }
    }
}
