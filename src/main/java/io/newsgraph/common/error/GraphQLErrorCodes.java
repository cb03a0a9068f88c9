package io.newsgraph.common.error;

import graphql.ErrorType;
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
import io.smallrye.graphql.spi.EventingService;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Gives the errors that graphql-java raises itself (invalid documents, limits) the stable
 * {@code extensions.code} of the contract, as domain exceptions get from {@code @ErrorCode}.
 * SmallRye calls this, through {@link GraphQLEngineHook}, while it builds the GraphQL engine; the depth
 * and complexity limits and the node budget ({@link NodeBudget}) are installed here because only here can
 * their errors carry a code, and the request timer of {@link OperationMetrics} because graphql-java takes
 * one instrumentation.
 */
@Singleton
@Unremovable // looked up by name only, from GraphQLEngineHook
@Named(GraphQLEngineHook.BEAN_NAME)
public class GraphQLErrorCodes implements EventingService {

    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

    /** Validation failures that are about argument values rather than the shape of the document. */
    private static final Set<ValidationErrorType> BAD_ARGUMENTS = Set.of(ValidationErrorType.WrongType,
            ValidationErrorType.NullValueForNonNullArgument, ValidationErrorType.MissingFieldArgument,
            ValidationErrorType.UnknownArgument, ValidationErrorType.VariableTypeMismatch);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    private final NewsgraphConfig.Limits limits;
    private final OperationMetrics metrics;
    private final PreparsedDocumentProvider documents;

    GraphQLErrorCodes(NewsgraphConfig config, OperationMetrics metrics, Documents documents) {
        this.limits = config.limits();
        this.metrics = metrics;
        this.documents = documents;
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
                new BatchedArguments(),
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
            return Map.of("code", QUERY_TOO_COMPLEX);
        }
    }

    private static final class Codes extends SimplePerformantInstrumentation {
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
            for (GraphQLError error : result.getErrors()) {
                errors.add(withCode(error));
            }
            return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
        }

        private static GraphQLError withCode(GraphQLError error) {
            if (error instanceof ValidationError v) {
                String code = v.getValidationErrorType() instanceof ValidationErrorType type && BAD_ARGUMENTS.contains(type)
                        ? BAD_USER_INPUT : VALIDATION_FAILED;
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
                        .errorType(error.getErrorType()).extensions(extensionsWith(error.getExtensions(), PARSE_FAILED))
                        .build();
            }
            if (error.getErrorType() == ErrorType.ValidationError) {
                // Raised while coercing the request's variables or choosing its operation, before execution:
                // a variable value that does not fit its type, an unknown input field, an unknown operation name.
                return GraphQLError.newError().message(error.getMessage()).locations(error.getLocations())
                        .path(error.getPath()).errorType(error.getErrorType())
                        .extensions(extensionsWith(error.getExtensions(), BAD_USER_INPUT))
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
