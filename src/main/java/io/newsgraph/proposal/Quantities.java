package io.newsgraph.proposal;

import io.newsgraph.statistic.Approximation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as news writes them, in digits or words, with the words that bound them: "some 10,000", "less
 * than 10,000", "25,000-30,000", "between 5,000 and 6,000", "a thousand", "three thousand", "1.5 million",
 * "nearly doubled". Which of them are facts is the proposer's business, not this class's.
 */
final class Quantities {

    record Quantity(int start, int end, int numberStart, Approximation approximation, Double value, Double low, Double high,
            boolean percent, boolean inWords, boolean change) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("one", 1));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);

    private static final String SCALE = "(?:\\s+(?:hundred|thousand|million|billion|trillion))";
    private static final String WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    // "a" and "one" count only with a scale ("a thousand"); alone they are articles and pronouns.
    private static final String NUMBER = "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?" + SCALE + "?"
            + "|(?:(?i:" + WORD + "))" + SCALE + "?|(?i:a|one)" + SCALE + ")";
    private static final String QUALIFIER = "(?i:some|about|around|nearly|almost|approximately|roughly|close to|an estimated|estimated"
            + "|up to|as many as|as much as|at least|more than|over|fewer than|less than|under|no more than|at most|below|above"
            + "|in excess of|upwards of|just over|just under|well over|just|only)";
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\d.,-])(?:(" + QUALIFIER + ")\\s+)?(?:(?i:between)\\s+(" + NUMBER
            + ")\\s+and\\s+(" + NUMBER + ")|(?:(?i:from)\\s+)?(" + NUMBER + ")(?:\\s*[-–]\\s*|\\s+to\\s+)(" + NUMBER + ")|(" + NUMBER + "))"
            + "(\\s*(?:%|percent\\b|per cent\\b))?(?![\\p{L}\\d])");
    private static final Pattern TIMES = Pattern.compile("(?i)\\b(?:(nearly|almost|about|more than|roughly)\\s+)?(doubled|double|tripled|triple|quadrupled|halved)\\b");

    private Quantities() {
    }

    static List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean percent = m.group(7) != null;
            Quantity q;
            if (m.group(2) != null || m.group(4) != null) {
                String a = m.group(2) != null ? m.group(2) : m.group(4);
                String b = m.group(2) != null ? m.group(3) : m.group(5);
                double low = parse(a);
                double high = parse(b);
                // "1.5 to 2 million": the scale of the second covers the first.
                if (low < high / 1000 && !a.matches(".*" + SCALE)) {
                    low *= scaleOf(b);
                }
                int numberStart = m.start(m.group(2) != null ? 2 : 4);
                q = new Quantity(m.start(), m.end(), numberStart, Approximation.RANGE, null, Math.min(low, high), Math.max(low, high),
                        percent, isWords(a), false);
            } else {
                String n = m.group(6);
                double v = parse(n);
                Approximation approx = switch (qualifier) {
                    case "some", "about", "around", "nearly", "almost", "approximately", "roughly", "close to", "an estimated", "estimated" ->
                        Approximation.APPROXIMATE;
                    case "at least", "more than", "over", "above", "in excess of", "upwards of", "just over", "well over" -> Approximation.AT_LEAST;
                    case "up to", "as many as", "as much as", "fewer than", "less than", "under", "no more than", "at most", "below",
                            "just under" -> Approximation.AT_MOST;
                    default -> Approximation.EXACT;
                };
                Double value = approx == Approximation.EXACT || approx == Approximation.APPROXIMATE ? v : null;
                q = new Quantity(m.start(), m.end(), m.start(6), approx, value, approx == Approximation.AT_LEAST ? v : null,
                        approx == Approximation.AT_MOST ? v : null, percent, isWords(n), false);
            }
            found.add(q);
        }
        Matcher t = TIMES.matcher(text);
        while (t.find()) {
            String w = t.group(2).toLowerCase(Locale.ROOT);
            double v = w.startsWith("doub") ? 2 : w.startsWith("trip") ? 3 : w.startsWith("quad") ? 4 : 0.5;
            found.add(new Quantity(t.start(), t.end(), t.start(2), t.group(1) == null ? Approximation.EXACT : Approximation.APPROXIMATE,
                    v, null, null, false, true, true));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean isWords(String n) {
        return !Character.isDigit(n.charAt(0));
    }

    private static double scaleOf(String n) {
        for (Map.Entry<String, Double> s : SCALES.entrySet()) {
            if (n.toLowerCase(Locale.ROOT).endsWith(s.getKey())) {
                return s.getValue();
            }
        }
        return 1;
    }

    static double parse(String n) {
        String s = n.trim().toLowerCase(Locale.ROOT);
        double scale = 1;
        for (Map.Entry<String, Double> e : SCALES.entrySet()) {
            if (s.endsWith(" " + e.getKey())) {
                scale = e.getValue();
                s = s.substring(0, s.length() - e.getKey().length()).trim();
            }
        }
        double base;
        if (Character.isDigit(s.charAt(0))) {
            base = Double.parseDouble(s.replace(",", ""));
        } else if (s.contains("-")) {
            String[] parts = s.split("-");
            base = UNITS.get(parts[0]) + UNITS.get(parts[1]);
        } else {
            base = UNITS.get(s);
        }
        // 1.5 million is 1,500,000 exactly, not 1,500,000.0000000002.
        return Math.round(base * scale * 1e6) / 1e6;
    }
}
