package io.newsgraph.security;

import io.newsgraph.common.NewsgraphConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The embedded editor account for HTTP basic authentication: user {@code editor}, password from
 * NEWSGRAPH_EDITOR_PASSWORD. There is no default password: without one, every login fails and
 * writes are refused, while reads stay public.
 */
@ApplicationScoped
public class EditorAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String EDITOR_USER = "editor";

    @Inject
    NewsgraphConfig config;

    public boolean enabled() {
        return config.editorPassword().filter(p -> !p.isBlank()).isPresent();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String expected = config.editorPassword().orElse("");
        byte[] given = new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8);
        boolean valid = enabled() && EDITOR_USER.equals(request.getUsername())
                && MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Wrong user name or password"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(EDITOR_USER))
                .addRole(Editor.ROLE)
                .build());
    }
}
