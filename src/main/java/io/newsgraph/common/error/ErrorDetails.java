package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

/**
 * Adds the offending field ({@code extensions.field}) and every problem found
 * ({@code extensions.problems}, each a field path and a message) to the errors of domain exceptions.
 */
public final class ErrorDetails {

    private ErrorDetails() {
    }

    public static final class Field implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "field";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return exception instanceof DomainException e ? Json.createValue(e.getField()) : null;
        }
    }

    public static final class Problems implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "problems";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            if (!(exception instanceof DomainException e)) {
                return null;
            }
            JsonArrayBuilder problems = Json.createArrayBuilder();
            e.getProblems().forEach(p -> problems.add(Json.createObjectBuilder()
                    .add("field", p.field())
                    .add("message", p.message())));
            return problems.build();
        }
    }
}
