package io.newsgraph.proposal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the proposer against datasets an editor would accept: the seed article and the articles of
 * src/test/resources/proposals. Fails below the thresholds of the issue, so that a rule change that makes
 * proposals worse cannot land. Prints the scores (the README quotes them).
 */
class ProposalScoringUnitTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static List<KnownActor> known;
    static Map<String, String> knownNames = new HashMap<>();

    @BeforeAll
    static void seedActors() throws IOException {
        Dataset seed = read("/datasets/seed.json");
        known = ProposalService.knownActors(seed);
        seed.organizations().forEach(o -> knownNames.put(o.key(), o.name()));
        seed.officials().forEach(o -> knownNames.put(o.key(), o.name()));
    }

    @Test
    void seedArticle() throws IOException {
        Score score = score("seed", JSON.readValue(resource("/proposals/seed.article.json"), Article.class), read("/datasets/seed.json"));
        System.out.println(Score.HEADER);
        System.out.println(score);
        score.misses.forEach(m -> System.out.println("    miss  " + m));
        score.extras.forEach(m -> System.out.println("    extra " + m));
        assertAll(
                () -> assertTrue(score.figuresAllRight == score.figures,
                        "every seed figure with numbers, approximation, rate, period and country: " + score.figuresAllRight + "/" + score.figures
                                + "\n" + String.join("\n", score.misses)),
                () -> assertTrue(score.statementsSpeakerKindDate >= 15,
                        "seed statements with right speaker, kind and date: " + score.statementsSpeakerKindDate + "\n" + String.join("\n", score.misses)),
                () -> assertTrue(score.unexpected <= 3, "unexpected proposals on the seed: " + score.unexpected + "\n" + String.join("\n", score.extras)));
    }

    @Test
    void corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ProposalScoringUnitTest.class.getResource("/proposals").toURI());
        List<Path> articles;
        try (Stream<Path> files = Files.list(dir)) {
            articles = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.article\\.json")).sorted().toList();
        }
        assertTrue(articles.size() >= 12, "the corpus has at least 12 articles");
        Score total = new Score("corpus");
        System.out.println(Score.HEADER);
        for (Path a : articles) {
            String name = a.getFileName().toString().replace(".article.json", "");
            Article article = JSON.readValue(a.toFile(), Article.class);
            Dataset expected = JSON.readValue(dir.resolve(name + ".expected.json").toFile(), Dataset.class);
            Score s = score(name, article, expected);
            System.out.println(s);
            s.misses.forEach(m -> System.out.println("    miss  " + m));
            s.extras.forEach(m -> System.out.println("    extra " + m));
            total.add(s);
        }
        System.out.println(total);
        double speakers = (double) total.statementsSpeaker / total.statements;
        double numbers = (double) total.figuresNumbers / total.figures;
        double unexpected = (double) total.unexpected / total.proposals;
        assertAll(
                () -> assertTrue(speakers >= 0.85, "statements with the right speaker: " + pct(speakers)),
                () -> assertTrue(numbers >= 0.90, "figures with the right numbers and approximation: " + pct(numbers)),
                () -> assertTrue(unexpected <= 0.15, "unexpected proposals: " + pct(unexpected)));
    }

    Score score(String name, Article article, Dataset expected) {
        Dataset proposed = new Proposer().propose(article, known);
        Map<String, String> names = new HashMap<>(knownNames);
        for (Dataset d : List.of(expected, proposed)) {
            d.organizations().forEach(o -> names.putIfAbsent(o.key(), o.name()));
            d.officials().forEach(o -> names.putIfAbsent(o.key(), o.name()));
        }
        String text = article.text();
        Score s = new Score(name);
        Set<StatementEntry> usedS = new HashSet<>();
        for (StatementEntry e : expected.statements()) {
            int[] span = span(text, e.excerpt(), e.evidence());
            StatementEntry best = null;
            for (StatementEntry p : proposed.statements()) {
                if (usedS.contains(p) || !overlaps(span, new int[] {p.evidence().start(), p.evidence().end()})) {
                    continue;
                }
                if (best == null || sameActor(names, e.speaker(), p.speaker()) && !sameActor(names, e.speaker(), best.speaker())) {
                    best = p;
                }
            }
            s.statements++;
            if (best == null) {
                s.misses.add("statement not found: " + e.excerpt());
                continue;
            }
            usedS.add(best);
            boolean speaker = sameActor(names, e.speaker(), best.speaker());
            boolean all = speaker && e.kind() == best.kind() && Objects.equals(e.saidOn(), best.saidOn());
            s.statementsSpeaker += speaker ? 1 : 0;
            s.statementsSpeakerKindDate += all ? 1 : 0;
            if (!all) {
                s.misses.add("statement " + e.key() + ": expected " + e.speaker() + "/" + e.kind() + "/" + e.saidOn() + ", proposed "
                        + best.speaker() + "/" + best.kind() + "/" + best.saidOn());
            }
        }
        Set<StatisticEntry> usedF = new HashSet<>();
        for (StatisticEntry e : expected.statistics()) {
            int[] span = span(text, e.excerpt(), e.evidence());
            StatisticEntry best = null;
            for (StatisticEntry p : proposed.statistics()) {
                if (usedF.contains(p) || !overlaps(span, new int[] {p.evidence().start(), p.evidence().end()})) {
                    continue;
                }
                if (best == null || numbers(e, p) && !numbers(e, best)) {
                    best = p;
                }
            }
            s.figures++;
            if (best == null || !numbers(e, best)) {
                s.misses.add("figure not found: " + e.excerpt() + " " + numbersOf(e) + (best == null ? "" : " (nearest " + numbersOf(best) + ")"));
                continue;
            }
            usedF.add(best);
            boolean approx = e.approximation() == best.approximation();
            boolean rate = e.rate() == best.rate();
            boolean period = Objects.equals(e.periodStart(), best.periodStart()) && Objects.equals(e.periodEnd(), best.periodEnd());
            boolean country = Objects.equals(e.country(), best.country());
            s.figuresNumbers += approx ? 1 : 0;
            s.figuresRate += rate ? 1 : 0;
            s.figuresPeriod += period ? 1 : 0;
            s.figuresCountry += country ? 1 : 0;
            s.figuresMetric += Objects.equals(e.metric(), best.metric()) ? 1 : 0;
            s.figuresAllRight += approx && rate && period && country ? 1 : 0;
            if (!(approx && rate && period && country)) {
                s.misses.add("figure " + e.excerpt() + ": expected " + e.approximation() + "/" + e.rate() + "/" + e.periodStart() + ".."
                        + e.periodEnd() + "/" + e.country() + ", proposed " + best.approximation() + "/" + best.rate() + "/"
                        + best.periodStart() + ".." + best.periodEnd() + "/" + best.country());
            }
        }
        for (StatementEntry p : proposed.statements()) {
            s.proposals++;
            if (!usedS.contains(p)) {
                s.unexpected++;
                s.extras.add("statement " + p.speaker() + ": " + p.excerpt());
            }
        }
        for (StatisticEntry p : proposed.statistics()) {
            s.proposals++;
            if (!usedF.contains(p)) {
                s.unexpected++;
                s.extras.add("figure " + numbersOf(p) + " " + p.metric() + ": " + p.excerpt());
            }
        }
        return s;
    }

    static boolean sameActor(Map<String, String> names, String expected, String proposed) {
        if (Objects.equals(expected, proposed)) {
            return true;
        }
        if (expected == null || proposed == null) {
            return false;
        }
        String a = names.get(expected);
        String b = names.get(proposed);
        return a != null && a.toLowerCase(Locale.ROOT).equals(b == null ? null : b.toLowerCase(Locale.ROOT));
    }

    static boolean numbers(StatisticEntry e, StatisticEntry p) {
        return same(e.value(), p.value()) && same(e.low(), p.low()) && same(e.high(), p.high());
    }

    static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    static String numbersOf(StatisticEntry s) {
        return s.approximation() + "(" + s.value() + "," + s.low() + "," + s.high() + ")";
    }

    static int[] span(String text, String excerpt, Dataset.EvidenceEntry evidence) {
        if (evidence != null) {
            return new int[] {evidence.start(), evidence.end()};
        }
        int at = text.indexOf(excerpt);
        return new int[] {at, at + excerpt.length()};
    }

    static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    static Dataset read(String resource) throws IOException {
        return JSON.readValue(resource(resource), Dataset.class);
    }

    static InputStream resource(String name) {
        return ProposalScoringUnitTest.class.getResourceAsStream(name);
    }

    static final class Score {
        static final String HEADER = String.format(Locale.ROOT, "%-28s %10s %10s %10s %10s %8s %8s %8s %8s %11s",
                "article", "stmt", "speaker", "+kind+date", "figures", "num+appr", "rate", "period", "country", "unexpected");
        final String name;
        int statements;
        int statementsSpeaker;
        int statementsSpeakerKindDate;
        int figures;
        int figuresNumbers;
        int figuresRate;
        int figuresPeriod;
        int figuresCountry;
        int figuresMetric;
        int figuresAllRight;
        int proposals;
        int unexpected;
        final List<String> misses = new ArrayList<>();
        final List<String> extras = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }

        void add(Score o) {
            statements += o.statements;
            statementsSpeaker += o.statementsSpeaker;
            statementsSpeakerKindDate += o.statementsSpeakerKindDate;
            figures += o.figures;
            figuresNumbers += o.figuresNumbers;
            figuresRate += o.figuresRate;
            figuresPeriod += o.figuresPeriod;
            figuresCountry += o.figuresCountry;
            figuresMetric += o.figuresMetric;
            figuresAllRight += o.figuresAllRight;
            proposals += o.proposals;
            unexpected += o.unexpected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s %10d %10s %10s %10d %8s %8s %8s %8s %11s", name, statements,
                    ratio(statementsSpeaker, statements), ratio(statementsSpeakerKindDate, statements), figures,
                    ratio(figuresNumbers, figures), ratio(figuresRate, figures), ratio(figuresPeriod, figures),
                    ratio(figuresCountry, figures), unexpected + "/" + proposals);
        }

        static String ratio(int a, int b) {
            return a + "/" + b;
        }
    }
}
