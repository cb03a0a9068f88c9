package io.newsgraph.common.error;

/**
 * The {@code extensions.code} values of the contract that are not carried by a domain exception's
 * {@code @ErrorCode}: graphql-java's own errors, the HTTP edge's and the database's.
 */
public final class ErrorCodes {

    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** Not a GraphQL request at all: a body that is not JSON, no query, a method or media type not served. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** Apollo's automatic persisted queries: the hash names no document known here; send it with the query. */
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** The database cannot be reached: retry later. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** Anything else that failed on the server; its details stay in the log. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private ErrorCodes() {
    }
}
