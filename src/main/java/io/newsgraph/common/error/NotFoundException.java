package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A key given by the client names nothing. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {

    public NotFoundException(String field, String what, String key) {
        this(List.of(Problem.notFound(field, what + " '" + key + "' does not exist")));
    }

    public NotFoundException(List<Problem> problems) {
        super(problems);
    }
}
