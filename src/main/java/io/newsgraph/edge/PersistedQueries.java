package io.newsgraph.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.error.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Automatic persisted queries in Apollo's protocol: a client sends
 * {@code extensions.persistedQuery = {version: 1, sha256Hash}} alone; when the hash is unknown here it
 * gets PERSISTED_QUERY_NOT_FOUND (message "PersistedQueryNotFound", which Apollo's clients look for) and
 * sends the hash again with the query, which is checked against the hash, kept and run; from then on
 * the hash alone runs it. Kept in memory, per instance, least recently used dropped first.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Cache<String, String> documents;

    PersistedQueries(NewsgraphConfig config) {
        this.documents = Caffeine.newBuilder().maximumSize(config.http().persistedQueries()).build();
    }

    /** The hash that {@code extensions.persistedQuery} names, or null when the extensions ask for no persisted query. */
    static String hashOf(ObjectNode extensions) {
        JsonNode persisted = extensions.path("persistedQuery");
        if (persisted.isMissingNode() || persisted.isNull()) {
            return null;
        }
        if (!persisted.isObject() || persisted.path("version").asInt(-1) != 1 || !persisted.path("sha256Hash").isTextual()
                || !SHA256.matcher(persisted.path("sha256Hash").asText()).matches()) {
            throw EdgeError.request(400, ErrorCodes.BAD_REQUEST, "extensions.persistedQuery must be"
                    + " {\"version\": 1, \"sha256Hash\": \"<64 hex digits: the SHA-256 of the query>\"}");
        }
        return persisted.path("sha256Hash").asText().toLowerCase(Locale.ROOT);
    }

    /** The request with its document: looked up by hash, or checked against the hash it came with. */
    GraphQLRequest resolve(GraphQLRequest request) {
        if (request.persistedHash() == null) {
            return request;
        }
        if (request.query() == null) {
            String document = documents.getIfPresent(request.persistedHash());
            if (document == null) {
                throw EdgeError.notExecutable(ErrorCodes.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND_MESSAGE);
            }
            return request.withQuery(document);
        }
        String actual = sha256(request.query());
        if (!actual.equals(request.persistedHash())) {
            throw EdgeError.notExecutable(ErrorCodes.BAD_USER_INPUT, "extensions.persistedQuery.sha256Hash does not match"
                    + " the query: its SHA-256 (of its UTF-8 bytes, in hex) is " + actual);
        }
        return request;
    }

    /** Keeps a document that parsed and validated, under the hash it was sent with. */
    void keep(GraphQLRequest request) {
        if (request.persistedHash() != null && request.query() != null) {
            documents.put(request.persistedHash(), request.query());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
