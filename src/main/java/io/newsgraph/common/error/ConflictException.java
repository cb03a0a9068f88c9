package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A write that collides with the current state: a stale version, or facts that still depend on what is deleted. */
@ErrorCode("CONFLICT")
public class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(List.of(new Problem(field, message)));
    }
}
