package io.newsgraph.edge;

import graphql.GraphQLError;
import java.util.List;
import java.util.Map;

/**
 * A request the edge answers itself, with errors and no data. {@code status} is the HTTP status for
 * requests that are not GraphQL requests at all (malformed JSON, no query, a method or media type not
 * served); it is null for well-formed requests that cannot be executed (the document does not parse
 * or validate, variables do not fit), whose status follows the media type: 400 for
 * application/graphql-response+json, 200 for application/json (GraphQL over HTTP).
 */
final class EdgeError extends RuntimeException {

    final Integer status;
    final List<GraphQLError> errors;
    final Map<String, String> headers;

    EdgeError(Integer status, List<GraphQLError> errors, Map<String, String> headers) {
        super(errors.get(0).getMessage(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = headers;
    }

    static EdgeError request(int status, String code, String message) {
        return new EdgeError(status, List.of(error(code, message)), Map.of());
    }

    static EdgeError request(int status, String code, String message, Map<String, String> headers) {
        return new EdgeError(status, List.of(error(code, message)), headers);
    }

    static EdgeError notExecutable(List<GraphQLError> errors) {
        return new EdgeError(null, errors, Map.of());
    }

    static EdgeError notExecutable(String code, String message) {
        return notExecutable(List.of(error(code, message)));
    }

    static GraphQLError error(String code, String message) {
        return GraphQLError.newError().message(message).extensions(Map.of("code", code)).build();
    }
}
