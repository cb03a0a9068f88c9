package io.newsgraph.common.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.OperationMetrics;
import io.newsgraph.common.cost.NodeBudget;
import io.newsgraph.planner.Documents;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.graphql.spi.EventingService;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Configures the GraphQL engine that SmallRye builds (it calls this through {@link GraphQLEngineHook}):
 * the shared document cache, the depth and complexity limits and the node budget ({@link NodeBudget}; only here can
 * their errors carry a code), a batch per set of arguments of a batched field ({@link BatchPerArguments}), the request timer of {@link OperationMetrics} (graphql-java takes
 * one instrumentation), and the stable {@code extensions.code} of every error graphql-java or a
 * resolver raises: the contract's codes, never SmallRye's kebab-case of an exception class name.
 */
@Singleton
@Unremovable // looked up by name only, from GraphQLEngineHook
@Named(GraphQLEngineHook.BEAN_NAME)
public class GraphQLInstrumentation implements EventingService {

    /**
     * Set on the request's routing context when an answer carries {@link ErrorCodes#SERVICE_UNAVAILABLE}:
     * the HTTP edge then answers 503 with Retry-After where the media type allows.
     */
    public static final String UNAVAILABLE = "newsgraph.database-unavailable";

    /** Validation failures that are about argument values rather than the shape of the document. */
    private static final Set<ValidationErrorType> BAD_ARGUMENTS = Set.of(ValidationErrorType.WrongType,
            ValidationErrorType.NullValueForNonNullArgument, ValidationErrorType.MissingFieldArgument,
            ValidationErrorType.UnknownArgument, ValidationErrorType.VariableTypeMismatch);

    /** BAD_USER_INPUT where the document is fine but an argument value is not, GRAPHQL_VALIDATION_FAILED otherwise. */
    public static String codeOf(ValidationError error) {
        return error.getValidationErrorType() instanceof ValidationErrorType type && BAD_ARGUMENTS.contains(type)
                ? ErrorCodes.BAD_USER_INPUT : ErrorCodes.VALIDATION_FAILED;
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    private final NewsgraphConfig.Limits limits;
    private final OperationMetrics metrics;
    private final PreparsedDocumentProvider documents;

    private final CurrentVertxRequest request;
    private final DataSource dataSource;

    GraphQLInstrumentation(NewsgraphConfig config, OperationMetrics metrics, Documents documents,
            CurrentVertxRequest request, DataSource dataSource) {
        this.dataSource = dataSource;
        this.limits = config.limits();
        this.metrics = metrics;
        this.documents = documents;
        this.request = request;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // Replacing the instrumentation drops SmallRye's query cache, which fills from it: documents are
        // cached here instead, in the cache the read planner uses too.
        builder.preparsedDocumentProvider(documents);
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(limits.queryDepth()) {
                    @Override
                    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                        return new LimitExceeded("Query depth " + depth + " exceeds the limit of " + maxDepth
                                + ": ask for fewer nested levels, or split the request");
                    }
                },
                new MaxQueryComplexityInstrumentation(limits.queryComplexity()) {
                    @Override
                    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                        return new LimitExceeded("Query complexity " + complexity + " exceeds the limit of "
                                + maxComplexity + ": select fewer fields, or split the request");
                    }
                },
                new NodeBudget(limits.queryNodes()),
                new BatchPerArguments(),
                new Codes(),
                metrics)));
    }

    /** A request over the depth or complexity limit, refused before anything is fetched. */
    static final class LimitExceeded extends AbortExecutionException {
        LimitExceeded(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.QUERY_TOO_COMPLEX);
        }
    }

    private final class Codes extends SimplePerformantInstrumentation {
        private final CodesOf codes = new CodesOf();

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
            for (GraphQLError error : result.getErrors()) {
                errors.add(codes.withCode(error));
            }
            if (errors.stream().anyMatch(e -> e.getExtensions() != null
                    && ErrorCodes.SERVICE_UNAVAILABLE.equals(e.getExtensions().get("code")))) {
                markUnavailable();
            }
            return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
        }

        private void markUnavailable() {
            try {
                RoutingContext context = request.getCurrent();
                if (context != null) {
                    context.put(UNAVAILABLE, Boolean.TRUE);
                }
            } catch (RuntimeException e) {
                // no HTTP request behind this execution (e.g. a WebSocket subscription): the body says it all
            }
        }
    }

    /** A resolver's failure: domain exceptions keep their codes, the database's and all others get the contract's. */
    private GraphQLError fromResolver(ExceptionWhileDataFetching error) {
        Throwable exception = error.getException();
        if (exception instanceof DomainException) {
            return error;
        }
        boolean unavailable = Unavailable.isUnavailable(exception, dataSource);
        return GraphQLError.newError()
                .message(unavailable ? Unavailable.MESSAGE : error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(Map.of("code", unavailable ? ErrorCodes.SERVICE_UNAVAILABLE : ErrorCodes.INTERNAL_SERVER_ERROR))
                .build();
    }

    private final class CodesOf {
        private GraphQLError withCode(GraphQLError error) {
            if (error instanceof ExceptionWhileDataFetching fetching) {
                return fromResolver(fetching);
            }
            if (error instanceof ValidationError v) {
                String code = codeOf(v);
                return ValidationError.newValidationError()
                        .validationErrorType(v.getValidationErrorType())
                        .description(v.getDescription())
                        .queryPath(v.getQueryPath())
                        .sourceLocations(v.getLocations())
                        .extensions(extensionsWith(v.getExtensions(), code))
                        .build();
            }
            if (error instanceof InvalidSyntaxError) {
                return GraphQLError.newError().message(error.getMessage()).locations(error.getLocations())
                        .errorType(error.getErrorType()).extensions(extensionsWith(error.getExtensions(), ErrorCodes.PARSE_FAILED))
                        .build();
            }
            if (error.getErrorType() == ErrorType.ValidationError) {
                // Raised while coercing the request's variables or choosing its operation, before execution:
                // a variable value that does not fit its type, an unknown input field, an unknown operation name.
                return GraphQLError.newError().message(error.getMessage()).locations(error.getLocations())
                        .path(error.getPath()).errorType(error.getErrorType())
                        .extensions(extensionsWith(error.getExtensions(), ErrorCodes.BAD_USER_INPUT))
                        .build();
            }
            return error;
        }

        private static Map<String, Object> extensionsWith(Map<String, Object> extensions, String code) {
            Map<String, Object> merged = extensions == null ? new HashMap<>() : new HashMap<>(extensions);
            merged.putIfAbsent("code", code);
            return merged;
        }
    }
}
