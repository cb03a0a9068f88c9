package io.newsgraph.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL (/q/graphql-ui) works offline: the page and everything it loads come from this server,
 * and every asset it references is there.
 */
@QuarkusTest
public class GraphiQLTest {

    static final String UI = "/q/graphql-ui/";

    static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern HTML_REF = Pattern.compile("\\b(src|href)\\s*=\\s*([\"'])(.*?)\\2", Pattern.CASE_INSENSITIVE);
    static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    static final Pattern CSS_REF = Pattern.compile("url\\(\\s*([\"']?)(.*?)\\1\\s*\\)|@import\\s+([\"'])(.*?)\\3");
    /** A string that starts with a scheme (http:, https:, ...) or is protocol-relative (//host). */
    static final Pattern REMOTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    /** Script code that loads something from a literal URL of another host. */
    static final Pattern REMOTE_LOAD = Pattern.compile(
            "\\b(fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket)\\s*\\(\\s*[`'\"](https?:|wss?:)?//"
                    + "|\\bfrom\\s*[`'\"](https?:)?//"
                    + "|\\bsrc\\s*[=:]\\s*[`'\"](https?:)?//"
                    + "|<script[^>]*\\bsrc\\s*=\\s*\\\\?[`'\"]?(https?:)?//"
                    + "|<link[^>]*\\bhref\\s*=\\s*\\\\?[`'\"]?(https?:)?//");
    /** The calls and markup of render.js that load or link something. */
    static final Pattern RENDER_REFS = Pattern.compile(
            "\\b(fetch|import|importScripts)\\s*\\(\\s*([`'\"])(.*?)\\2|\\b(src|href)\\s*=\\s*([`'\"])(.*?)\\5");

    static Response get(String path) {
        return given().when().get(path);
    }

    static void assertLocal(String ref, String where) {
        assertThat(where + " references " + ref, REMOTE.matcher(ref).find() && !ref.startsWith("data:"), is(false));
    }

    static String resolve(String base, String ref) {
        return URI.create("http://localhost" + base).resolve(ref).getPath();
    }

    @Test
    void servesTheGraphiQLPage() {
        Response page = get(UI);
        assertThat(page.statusCode(), is(200));
        assertThat(page.contentType(), containsString("text/html"));
        assertThat(page.asString(), containsStringIgnoringCase("<html"));
        assertThat(page.asString(), containsString("id=\"graphiql\""));
    }

    @Test
    void thePageReferencesOnlyLocalAssets() {
        String html = HTML_COMMENT.matcher(get(UI).asString()).replaceAll("");
        List<String> refs = new ArrayList<>();
        Matcher m = HTML_REF.matcher(html);
        while (m.find()) {
            refs.add(m.group(3));
        }
        assertThat(refs, hasItems("render.js", "graphiql.min.js", "graphiql.min.css"));
        for (String ref : refs) {
            assertLocal(ref, "index.html");
            assertThat(ref, not(startsWith("/")));
        }
    }

    @Test
    void renderJsTalksToThisServerOnly() {
        Response script = get(UI + "render.js");
        assertThat(script.statusCode(), is(200));
        String js = script.asString();
        assertThat(js, not(containsString("http://")));
        assertThat(js, not(containsString("https://")));
        // the endpoint: a path on this server, joined to the page's own origin
        assertThat(js, containsString("const api = '/graphql';"));
        assertThat(js, containsString("return window.location.protocol + '//' + window.location.host + api;"));
        assertThat(js, containsString("new_uri += '//' + window.location.host + api;"));
        Matcher m = RENDER_REFS.matcher(js);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            String ref = m.group(3) != null ? m.group(3) : m.group(6);
            assertLocal(ref, "render.js");
            refs.add(ref);
        }
        assertThat(refs, hasItems("logo.png"));
        for (String ref : refs) {
            assertThat(ref, get(resolve(UI, ref)).statusCode(), is(200));
        }
        assertThat(REMOTE_LOAD.matcher(js).find(), is(false));
    }

    /** Fetches the page and, recursively, every asset it references; each loads and loads nothing remote. */
    @Test
    void everyReferencedAssetLoadsAndIsLocal() {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(UI, UI + "render.js", UI + "logo.png"));
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            Response response = get(path);
            if (response.statusCode() != 200) {
                problems.add(path + " answered " + response.statusCode());
                continue;
            }
            String contentType = response.contentType() == null ? "" : response.contentType();
            if (path.endsWith("/") || path.endsWith(".html") || contentType.contains("text/html")) {
                Matcher m = HTML_REF.matcher(HTML_COMMENT.matcher(response.asString()).replaceAll(""));
                while (m.find()) {
                    follow(path, m.group(3), queue, problems);
                }
            } else if (path.endsWith(".css")) {
                Matcher m = CSS_REF.matcher(CSS_COMMENT.matcher(response.asString()).replaceAll(""));
                while (m.find()) {
                    String ref = m.group(2) != null ? m.group(2) : m.group(4);
                    if (!ref.startsWith("data:") && !ref.startsWith("#")) {
                        follow(path, ref, queue, problems);
                    }
                }
            } else if (path.endsWith(".js")) {
                Matcher m = REMOTE_LOAD.matcher(response.asString());
                while (m.find()) {
                    problems.add(path + " loads from another host: " + m.group());
                }
            }
        }
        assertThat(problems, empty());
        assertThat(visited, hasItems(UI, UI + "favicon.ico", UI + "react.production.min.js", UI + "react-dom.production.min.js",
                UI + "graphiql.min.css", UI + "style.css", UI + "graphiql.min.js", UI + "render.js", UI + "logo.png"));
    }

    private static void follow(String from, String ref, Deque<String> queue, List<String> problems) {
        if (REMOTE.matcher(ref).find() && !ref.startsWith("data:")) {
            problems.add(from + " references " + ref);
        } else if (!ref.startsWith("data:")) {
            queue.add(resolve(from, ref));
        }
    }

    @Test
    void theUiWithoutTrailingSlashLeadsToThePage() {
        Response response = given().redirects().follow(true).when().get("/q/graphql-ui");
        assertThat(response.statusCode(), equalTo(200));
        assertThat(response.asString(), containsStringIgnoringCase("<html"));
    }
}
