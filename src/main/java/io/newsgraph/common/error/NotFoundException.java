package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** A key given by the client names nothing. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {

    private final String field;

    public NotFoundException(String field, String what, String key) {
        super(what + " '" + key + "' does not exist (" + field + ")");
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
