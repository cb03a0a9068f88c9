package io.newsgraph.web;

import io.newsgraph.chart.SeriesQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The example queries of {@code src/main/resources/examples/}, read once at start-up from the
 * files themselves: the landing page, the explorer's first query and the tests all use these
 * very files, never a copy.
 */
@ApplicationScoped
public class Examples {

    /**
     * The shipped examples, in the order the landing page shows them; the first one is what the
     * explorer opens on. A test fails when a file of the folder is missing here.
     */
    public static final List<String> NAMES = List.of("kazakhstan-dossier", "tokayev-statements",
            "georgia-arrivals-series", "text-search", "kazakhstan-timeline");

    private static final Pattern OPERATION = Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+(\\w+)",
            Pattern.MULTILINE);

    private final String nonApplicationRoot;
    private final String explorerPath;
    private final List<Example> all;

    Examples(@ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String nonApplicationRoot,
            @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui") String uiRoot) {
        this.nonApplicationRoot = directory(nonApplicationRoot.startsWith("/") ? nonApplicationRoot : "/" + nonApplicationRoot);
        this.explorerPath = directory(uiRoot.startsWith("/") ? uiRoot : this.nonApplicationRoot + uiRoot);
        List<Example> examples = new ArrayList<>();
        for (String name : NAMES) {
            examples.add(read(name));
        }
        this.all = List.copyOf(examples);
    }

    /** Every example, in landing-page order. */
    public List<Example> all() {
        return all;
    }

    /** The example the explorer opens on: the first one. */
    public Example first() {
        return all.get(0);
    }

    public Optional<Example> byName(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** A path of Quarkus's own endpoints, e.g. {@code health} gives {@code /q/health}. */
    public String nonApplicationPath(String name) {
        return nonApplicationRoot + name;
    }

    /** The path of the explorer (GraphiQL), e.g. {@code /q/graphql-ui/}. */
    public String explorerPath() {
        return explorerPath;
    }

    /**
     * The explorer with a document in its editor. GraphiQL reads its editor's content from the
     * {@code query} URL parameter (and keeps it there as one edits, so the address can be shared).
     */
    public String explorerUrl(String document) {
        // GraphiQL decodes with decodeURIComponent, which leaves '+' alone: spaces must be %20.
        return explorerPath + "?query=" + URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Example read(String name) {
        String path = "examples/" + name + ".graphql";
        String document;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Example " + path + " is not on the classpath");
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<SeriesQuery.InDocument> series = SeriesQuery.ofDocument(document);
        return new Example(name, title(name, document), description(document), document, explorerUrl(document),
                series.map(s -> s.query().url()).orElse(null), series.map(SeriesQuery.InDocument::whole).orElse(false));
    }

    /**
     * "KazakhstanDossier" gives "Kazakhstan dossier": the words of the operation name, every one
     * after the first in lower case. A document without an operation name gives its file name.
     */
    static String title(String name, String document) {
        Matcher operation = OPERATION.matcher(document);
        String[] words = operation.find() ? operation.group(1).split("(?<=[a-z0-9])(?=[A-Z])") : name.split("-");
        StringBuilder title = new StringBuilder(Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1));
        for (int i = 1; i < words.length; i++) {
            title.append(' ').append(words[i].toLowerCase(Locale.ROOT));
        }
        return title.toString();
    }

    /** The comment lines that open the document, joined into one paragraph. */
    static String description(String document) {
        StringBuilder text = new StringBuilder();
        for (String line : document.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(trimmed.substring(1).strip());
        }
        return text.toString();
    }

    private static String directory(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
