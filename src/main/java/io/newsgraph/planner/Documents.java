package io.newsgraph.planner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
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
import graphql.validation.ValidationError;
import io.newsgraph.common.error.DocumentErrors;
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
 * only fills from an instrumentation chain that newsgraph replaces, see GraphQLInstrumentation).
 */
@ApplicationScoped
public class Documents implements PreparsedDocumentProvider {

    /** A document that may run: parsed and valid, with the variables its directives read. */
    public record Valid(Document document, Set<String> directiveVariables) {
    }

    /** A document's text checked: valid, or the parse error or validation errors that say why not. */
    public record Checked(Valid valid, List<GraphQLError> errors) {
    }

    private static final int MAX_DOCUMENTS = 2048;

    private final Cache<String, Checked> checked = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();
    private final Cache<String, PreparsedDocumentEntry> preparsed = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();

    /** The document with this text, parsed and validated once. */
    public Checked check(GraphQLSchema schema, String text) {
        return checked.get(text, t -> parseAndValidate(schema, t));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(preparsed.get(input.getQuery(), q -> parseAndValidate.apply(input)));
    }

    private static Checked parseAndValidate(GraphQLSchema schema, String text) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return new Checked(null, List.of(DocumentErrors.parseFailed(e)));
        }
        List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            return new Checked(null, errors.stream().map(e -> DocumentErrors.validationFailed(e, document)).toList());
        }
        return new Checked(new Valid(document, directiveVariables(document)), List.of());
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
