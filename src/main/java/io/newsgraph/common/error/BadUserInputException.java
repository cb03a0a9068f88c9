package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** Arguments or input the API cannot accept; lists every problem found, each with its field path. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends DomainException {

    public BadUserInputException(List<Problem> problems) {
        super(problems);
    }

    public BadUserInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }
}
