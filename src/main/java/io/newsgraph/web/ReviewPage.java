package io.newsgraph.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The review page at {@code /review}: an editor pastes an article, newsgraph proposes its statements and
 * figures (POST /datasets/proposals), the editor corrects or rejects them and imports the rest
 * (importDataset). The page is static; it signs in with the editor's credentials, kept in the page only.
 */
@ApplicationScoped
public class ReviewPage {

    private final String html = read("/review/review.html");

    void routes(@Observes Router router) {
        router.route("/review").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::review);
    }

    private void review(RoutingContext ctx) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader("Content-Security-Policy", LandingPage.CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }

    private static String read(String resource) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
