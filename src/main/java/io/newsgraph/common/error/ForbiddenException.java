package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A write by someone who is authenticated but is not an editor. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(List.of(new Problem("authorization", message)));
    }
}
