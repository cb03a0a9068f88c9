package io.newsgraph.common.error;

/**
 * A failure whose message is written for the client. Its subclasses carry the stable
 * {@code extensions.code} of DESIGN.md; every other exception's message stays hidden.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
