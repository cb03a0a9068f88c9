package io.newsgraph.common.error;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of a document that does not parse or validate, as clients get them: with the contract's
 * code, line and column. graphql-java words a wrong argument value with the value's Java
 * {@code toString} ({@code ObjectValue{objectFields=[...]}}); here it is printed as GraphQL instead.
 */
public final class DocumentErrors {

    /** graphql-java's "argument 'x' with value '…' <what is wrong>" (ArgumentValidationUtil's messages). */
    private static final Pattern ARGUMENT_VALUE = Pattern.compile(
            "argument '([^']*)' with value '(.*)' (must not be null|is not a valid|must be an object type"
                    + "|is missing required fields|contains a field not in)", Pattern.DOTALL);
    /** VariableDefaultValuesOfCorrectType's "Bad default value '…' for type '…'". */
    private static final Pattern DEFAULT_VALUE = Pattern.compile("Bad default value '(.*)' for type '", Pattern.DOTALL);
    private static final int MAX_VALUE_LENGTH = 200;

    private DocumentErrors() {
    }

    public static GraphQLError parseFailed(InvalidSyntaxException e) {
        return GraphQLError.newError().message(e.getMessage())
                .locations(e.getLocation() == null ? List.of() : List.of(e.getLocation()))
                .errorType(ErrorType.InvalidSyntax)
                .extensions(Map.of("code", ErrorCodes.PARSE_FAILED))
                .build();
    }

    public static GraphQLError validationFailed(ValidationError error, Document document) {
        return GraphQLError.newError().message(readable(error, document))
                .locations(error.getLocations())
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", GraphQLInstrumentation.codeOf(error)))
                .build();
    }

    static String readable(ValidationError error, Document document) {
        String message = error.getMessage();
        Matcher argument = ARGUMENT_VALUE.matcher(message);
        if (argument.find()) {
            String printed = printed(argumentValue(document, argument.group(1), error.getLocations()));
            return message.substring(0, argument.start(2)) + printed + message.substring(argument.end(2));
        }
        Matcher defaultValue = DEFAULT_VALUE.matcher(message);
        if (defaultValue.find()) {
            String printed = printed(defaultValue(document, error.getLocations()));
            return message.substring(0, defaultValue.start(1)) + printed + message.substring(defaultValue.end(1));
        }
        return message;
    }

    private static String printed(Node<?> value) {
        if (value == null) {
            return "…";
        }
        String printed = AstPrinter.printAstCompact(value);
        return printed.length() > MAX_VALUE_LENGTH ? printed.substring(0, MAX_VALUE_LENGTH) + "…" : printed;
    }

    /** The value of the argument with this name at one of these locations (where graphql-java reports it). */
    private static Node<?> argumentValue(Document document, String name, List<SourceLocation> locations) {
        List<Argument> found = new ArrayList<>();
        walk(document, new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                if (node.getName().equals(name)) {
                    found.add(node);
                }
                return TraversalControl.CONTINUE;
            }
        });
        return found.stream().filter(a -> at(a, locations)).findFirst()
                .or(() -> found.size() == 1 ? found.stream().findFirst() : java.util.Optional.empty())
                .map(a -> (Node<?>) a.getValue()).orElse(null);
    }

    private static Node<?> defaultValue(Document document, List<SourceLocation> locations) {
        List<VariableDefinition> found = new ArrayList<>();
        walk(document, new NodeVisitorStub() {
            @Override
            public TraversalControl visitVariableDefinition(VariableDefinition node, TraverserContext<Node> context) {
                if (node.getDefaultValue() != null && at(node, locations)) {
                    found.add(node);
                }
                return TraversalControl.CONTINUE;
            }
        });
        return found.isEmpty() ? null : found.get(0).getDefaultValue();
    }

    private static boolean at(Node<?> node, List<SourceLocation> locations) {
        SourceLocation location = node.getSourceLocation();
        return location != null && locations != null && locations.stream()
                .anyMatch(l -> l.getLine() == location.getLine() && l.getColumn() == location.getColumn());
    }

    private static void walk(Document document, NodeVisitorStub visitor) {
        new NodeTraverser().depthFirst(visitor, List.of(document));
    }
}
