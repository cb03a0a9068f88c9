package io.newsgraph.security;

import io.newsgraph.common.error.ConflictException;
import io.newsgraph.common.error.Conflicts;
import io.newsgraph.common.error.ForbiddenException;
import io.newsgraph.common.error.UnauthenticatedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Checks the caller before a write and turns the database's own conflict signals into CONFLICT.
 * Errors carry the contract's codes (UNAUTHENTICATED, FORBIDDEN, CONFLICT), which the framework's
 * security exceptions would not.
 */
@Editor
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class EditorInterceptor {

    @Inject
    SecurityIdentity identity;

    @Inject
    EditorAccounts accounts;

    @AroundInvoke
    Object checkEditor(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException(accounts.enabled()
                    ? "Writes need an editor's credentials: send HTTP basic authentication (or a bearer token)"
                    : "Writes are disabled: no editor password is configured (set NEWSGRAPH_EDITOR_PASSWORD)");
        }
        if (!identity.hasRole(Editor.ROLE)) {
            throw new ForbiddenException("'" + identity.getPrincipal().getName() + "' may read but not write:"
                    + " writes need the role '" + Editor.ROLE + "'");
        }
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (e instanceof ConflictException) {
                throw e;
            }
            if (Conflicts.isConflict(e)) {
                throw new ConflictException("version", "Someone else changed the same facts at the same time;"
                        + " read them again and retry");
            }
            throw e;
        }
    }
}
