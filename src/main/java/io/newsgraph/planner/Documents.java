package io.newsgraph.planner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents, by their text: each distinct document is parsed and validated
 * once, for both engines. The planner reads {@link #get}; graphql-java, under the reference resolvers,
 * reads the same kind of cache as its {@link PreparsedDocumentProvider} (SmallRye's own query cache
 * only fills from an instrumentation chain that newsgraph replaces, see GraphQLErrorCodes).
 */
@ApplicationScoped
public class Documents implements PreparsedDocumentProvider {

    /** A document the planner may run: parsed and valid, with the variables its directives read. */
    record Valid(Document document, Set<String> directiveVariables) {
    }

    private static final Valid INVALID = new Valid(null, Set.of());
    private static final int MAX_DOCUMENTS = 2048;

    private final Cache<String, Valid> planned = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();
    private final Cache<String, PreparsedDocumentEntry> preparsed = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();

    /** The valid document with this text, or null when it does not parse or validate (the reference words why). */
    Valid get(GraphQLSchema schema, String text) {
        Valid valid = planned.get(text, t -> parseAndValidate(schema, t));
        return valid == INVALID ? null : valid;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(preparsed.get(input.getQuery(), q -> parseAndValidate.apply(input)));
    }

    private static Valid parseAndValidate(GraphQLSchema schema, String text) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return INVALID;
        }
        if (!new Validator().validateDocument(schema, document, Locale.ENGLISH).isEmpty()) {
            return INVALID;
        }
        return new Valid(document, directiveVariables(document));
    }

    private static Set<String> directiveVariables(Document document) {
        Set<String> names = new TreeSet<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<graphql.language.Node> context) {
                node.getArguments().forEach(argument -> {
                    if (argument.getValue() instanceof VariableReference variable) {
                        names.add(variable.getName());
                    }
                });
                return TraversalControl.CONTINUE;
            }
        }, List.of(document));
        return names;
    }
}
