package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A write without credentials, or while editing is not configured. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super(List.of(new Problem("authorization", message)));
    }
}
