package io.newsgraph.edge;

import java.util.Locale;

/** The media type of an answer, chosen from the request's Accept header as GraphQL over HTTP says. */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * application/graphql-response+json or application/json, whichever the client prefers (by q, then
     * by order); application/json when there is no Accept header or it says {@code *}{@code /*}; null
     * when the header admits neither (406).
     */
    static String choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String best = null;
        double bestQuality = 0;
        for (String entry : accept.split(",")) {
            String[] parts = entry.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            String produced = switch (type) {
                case GRAPHQL_RESPONSE -> GRAPHQL_RESPONSE;
                case JSON, "application/*", "*/*" -> JSON;
                default -> null;
            };
            if (produced != null && quality > bestQuality) {
                best = produced;
                bestQuality = quality;
            }
        }
        return best;
    }

    static String withCharset(String mediaType) {
        return mediaType + "; charset=utf-8";
    }
}
