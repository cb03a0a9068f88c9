package io.newsgraph.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages a person sees first: the landing page at {@code /} (what newsgraph holds, the
 * example queries, the endpoints), each example's document at {@code /examples/<name>.graphql},
 * and the explorer, which opens on the first example instead of an empty editor.
 */
@ApplicationScoped
public class LandingPage {

    /** What the landing page counts, asked of the API by the page itself (assets/landing.js). */
    public static final String HOLDINGS_QUERY = """
            # What newsgraph holds: the counts shown on its landing page.
            query Holdings {
              countries(filter: { hasFacts: true }) { totalCount }
              statements { totalCount }
              statistics { totalCount }
              sources { totalCount }
            }
            """;

    /** Only this application's own host may serve what the landing page loads or calls. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Pattern EXAMPLE_FILE = Pattern.compile("/examples/([a-z0-9][a-z0-9-]*)\\.graphql");

    /** The addresses the landing page links to. */
    public record Links(String explorer, String holdings, String schema, String health, String metrics) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(List<Example> examples, Links links, String holdingsQuery);
    }

    @Inject
    Examples examples;

    void routes(@Observes Router router) {
        router.route("/").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::landing);
        router.routeWithRegex(EXAMPLE_FILE.pattern()).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::exampleFile);
    }

    /** GraphiQL is served by Quarkus's own routes: a filter comes before them. */
    void filters(@Observes Filters filters) {
        filters.register(this::startExplorer, 100);
    }

    private void landing(RoutingContext ctx) {
        Links links = new Links(examples.explorerPath(), examples.explorerUrl(HOLDINGS_QUERY), "/graphql/schema.graphql",
                examples.nonApplicationPath("health"), examples.nonApplicationPath("metrics"));
        String html = Templates.landing(examples.all(), links, HOLDINGS_QUERY).render();
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(html);
    }

    private void exampleFile(RoutingContext ctx) {
        Matcher matcher = EXAMPLE_FILE.matcher(ctx.normalizedPath());
        Optional<Example> example = matcher.matches() ? examples.byName(matcher.group(1)) : Optional.empty();
        if (example.isEmpty()) {
            ctx.next(); // 404
            return;
        }
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(example.get().document());
    }

    /**
     * GraphiQL shows in its editor what the {@code query} URL parameter holds, and an empty editor
     * without it: an address without parameters is sent to the same page with the first example.
     * Addresses with parameters (an example link, or a query being edited, which GraphiQL keeps in
     * the address) pass untouched.
     */
    private void startExplorer(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String explorer = examples.explorerPath();
        boolean bare = path.equals(explorer) || path.equals(explorer.substring(0, explorer.length() - 1));
        String query = ctx.request().query();
        HttpMethod method = ctx.request().method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (!bare || !read || (query != null && !query.isEmpty())) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, examples.explorerUrl(examples.first().document()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }
}
