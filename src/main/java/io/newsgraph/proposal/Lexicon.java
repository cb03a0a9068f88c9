package io.newsgraph.proposal;

import io.newsgraph.proposal.CountryLexicon.Form;
import io.newsgraph.proposal.Quantities.Quantity;
import io.newsgraph.statistic.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of figures: which nouns count people, which verbs make a flow a metric ("arrived" →
 * arrivals, "detained" → detentions), which words are units and currencies, and where a figure was seen.
 */
final class Lexicon {

    /** The noun a number counts: "98,000 Russian citizens", "3,214 cholera cases", "300 millimetres". */
    record NounPhrase(String head, List<String> words, String unit, String adjectiveCountry, int length) {
    }

    static final Set<String> METRIC_NOUNS = Set.of("arrivals", "crossings", "attempts", "cases", "deaths", "infections", "votes",
            "ballots", "turnout", "casualties", "injuries", "refugees", "migrants", "detentions", "arrests", "evacuations",
            "aftershocks", "rainfall", "departures", "returns", "fatalities", "hospitalizations", "vaccinations", "admissions",
            "applications", "seats", "troops", "deportations", "rescues");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "migrants", "refugees", "citizens", "nationals", "civilians",
            "children", "tourists", "residents", "soldiers", "troops", "officers", "firefighters", "monitors", "smugglers", "workers",
            "seekers", "guards", "volunteers", "voters", "patients", "prisoners", "detainees", "women", "men", "students",
            "journalists", "reservists", "policemen", "forces", "fighters", "militants", "doctors", "nurses", "passengers",
            "survivors", "victims", "inhabitants", "rescuers", "medics", "peacekeepers", "russians", "foreigners", "asylum-seekers", "evacuees", "pilgrims", "observers");
    private static final Set<String> PEOPLE_METRICS = Set.of("arrivals", "crossings", "deaths", "injuries", "detentions", "arrests",
            "evacuations", "rescues", "refugees", "displaced-people", "capacity", "population", "departures", "returns",
            "deportations", "casualties", "fatalities", "crossing-attempts");
    private static final Set<String> ADJECTIVES = Set.of("new", "more", "foreign", "illegal", "irregular", "additional", "other",
            "oral", "fresh", "confirmed", "suspected", "registered", "affected", "internally", "undocumented", "unaccompanied",
            "local", "further", "extra", "injured", "wounded");
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "at", "to", "on", "from", "for", "with", "by",
            "had", "have", "has", "were", "was", "are", "is", "be", "been", "being", "who", "which", "that", "per", "each", "every",
            "and", "or", "but", "as", "than", "since", "this", "last", "over", "near", "along", "into", "across", "would", "will",
            "could", "can", "may", "said", "more", "so", "far", "left", "still", "now", "according", "among", "including",
            "before", "after", "during", "until", "while", "when", "just", "only", "there", "their", "them", "they", "it", "its");
    private static final Set<String> COMPOUNDS = Set.of("asylum", "border", "health", "medical", "aid", "security", "rescue",
            "polling", "emergency");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("hectares", "hectares"), Map.entry("acres", "acres"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("km", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"), Map.entry("miles", "miles"), Map.entry("mile", "miles"), Map.entry("millimetres", "mm"),
            Map.entry("millimeters", "mm"), Map.entry("mm", "mm"), Map.entry("tonnes", "tonnes"), Map.entry("tons", "tonnes"),
            Map.entry("dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("soles", "PEN"), Map.entry("tenge", "KZT"),
            Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"), Map.entry("pounds", "GBP"), Map.entry("yuan", "CNY"),
            Map.entry("rupees", "INR"), Map.entry("hryvnias", "UAH"), Map.entry("lari", "GEL"), Map.entry("dinars", "DZD"),
            Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"));
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "PEN", "KZT", "RUB", "GBP", "CNY", "INR", "UAH", "GEL", "DZD");
    private static final Pattern FLOW_AFTER = Pattern.compile("^\\s*(?:(?:had|have|has|were|was|are|is|been|being|reportedly|already|also|so far)\\s+)*"
            + "(arrived|reached|entered|crossing|crossed|detained|arrested|killed|died|dead|injured|wounded|evacuated|displaced|fled"
            + "|rescued|deported|returned|infected|vaccinated|burned|burnt|burn)\\b");
    private static final Pattern FLOW_BEFORE = Pattern.compile("\\b(detained|arrested|rescued|displaced|forced|evacuated|deported|killed"
            + "|injured|wounded|host|accommodate|spend|spent|burned|burnt)\\s*$");
    private static final Map<String, String> FLOWS = Map.ofEntries(Map.entry("arriv", "arrivals"), Map.entry("reach", "arrivals"),
            Map.entry("enter", "arrivals"), Map.entry("cross", "crossings"), Map.entry("detain", "detentions"),
            Map.entry("arrest", "arrests"), Map.entry("kill", "deaths"), Map.entry("die", "deaths"), Map.entry("dead", "deaths"),
            Map.entry("injur", "injuries"), Map.entry("wound", "injuries"), Map.entry("evacuat", "evacuations"),
            Map.entry("displac", "displaced-people"), Map.entry("forced", "displaced-people"), Map.entry("fled", "refugees"), Map.entry("rescu", "rescues"),
            Map.entry("deport", "deportations"), Map.entry("return", "returns"), Map.entry("infect", "infections"),
            Map.entry("vaccinat", "vaccinations"), Map.entry("host", "capacity"), Map.entry("accommodat", "capacity"),
            Map.entry("spen", "spending"), Map.entry("burn", "burned-area"));
    private static final Pattern RATE = Pattern.compile("(?i)\\b(?:a|per|each|every)\\s+(day|week|month|year)\\b(?!\\s+(?:earlier|ago|before|later))"
            + "|\\b(daily|weekly|monthly|annually|yearly)\\b");
    private static final Pattern LOCATED = Pattern.compile("\\b(?i:in|to|into|at|across|throughout|inside|within|on)\\s+(?:the\\s+)?(?:(?!with\\b|border\\b|frontier\\b)[a-z]+\\s+){0,2}$");
    private static final Pattern PLACE_NOUN = Pattern.compile("^\\s+(side|island|islands|cities|city|regions|region|territory|territories"
            + "|provinces|province|capital|coast|waters|villages|towns|soil|part|parts|airspace)\\b");

    private Lexicon() {
    }

    static boolean isPeople(String noun) {
        return noun != null && PEOPLE.contains(noun.toLowerCase(Locale.ROOT));
    }

    static String metricOfNoun(String noun) {
        return noun.toLowerCase(Locale.ROOT);
    }

    static String unitOfMetric(String metric) {
        return PEOPLE_METRICS.contains(metric) || PEOPLE.contains(metric) ? "people" : metric.contains("-") ? "people" : metric;
    }

    static NounPhrase nounAfter(String after, CountryLexicon countries) {
        Matcher compound = Pattern.compile("^-(kilometre|kilometer|km|mile|metre|meter)s?\\s+(\\p{L}+)").matcher(after);
        if (compound.find()) {
            return new NounPhrase(compound.group(2), List.of(compound.group(2)), UNITS.get(compound.group(1)), null, compound.end());
        }
        Matcher of = Pattern.compile("^\\s+of\\s+(?:the\\s+)?(\\p{L}+)").matcher(after);
        if (of.find() && (METRIC_NOUNS.contains(of.group(1).toLowerCase(Locale.ROOT)) || PEOPLE.contains(of.group(1)))) {
            return new NounPhrase(of.group(1), List.of(of.group(1)), null, null, of.end());
        }
        Matcher tokens = Pattern.compile("\\s+([\\p{L}'’-]+)([,.;:”\"]?)").matcher(after);
        int pos = 0;
        String adjective = null;
        List<String> words = new ArrayList<>();
        while (tokens.find() && tokens.start() == pos && words.size() < 2) {
            String t = tokens.group(1);
            String lower = t.toLowerCase(Locale.ROOT);
            pos = tokens.end();
            String code = countries.codeOf(t);
            if (words.isEmpty() && code != null && Character.isUpperCase(t.charAt(0))) {
                adjective = code;
                continue;
            }
            if (words.isEmpty() && ADJECTIVES.contains(lower) && !UNITS.containsKey(lower)) {
                continue;
            }
            if (UNITS.containsKey(lower) && words.isEmpty()) {
                return new NounPhrase(lower, List.of(lower), UNITS.get(lower), adjective, pos);
            }
            if (STOP.contains(lower) || Character.isUpperCase(t.charAt(0)) || lower.endsWith("ed") && !lower.equals("hundred")
                    || !words.isEmpty() && !lower.endsWith("s")) {
                pos = tokens.start();
                break;
            }
            words.add(lower);
            if (!tokens.group(2).isEmpty()) {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        return new NounPhrase(head, words, null, adjective, pos);
    }

    static Rate rate(String after) {
        String window = after.split("[,.;:!?]", 2)[0];
        String[] ws = window.trim().split("\\s+");
        window = String.join(" ", Arrays.copyOf(ws, Math.min(ws.length, 9)));
        Matcher m = RATE.matcher(window);
        if (!m.find()) {
            return null;
        }
        String unit = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "day", "daily" -> Rate.PER_DAY;
            case "week", "weekly" -> Rate.PER_WEEK;
            case "month", "monthly" -> Rate.PER_MONTH;
            default -> Rate.PER_YEAR;
        };
    }

    /** The metric a verb of movement or harm makes of counted people: "had arrived", "were killed", "detained". */
    static String flowVerb(String before, String after, NounPhrase np) {
        if (np != null && !isPeople(np.head())) {
            return null;
        }
        String rest = np == null ? after : after.substring(np.length());
        Matcher a = FLOW_AFTER.matcher(rest);
        if (a.find()) {
            return flowOf(a.group(1));
        }
        Matcher b = FLOW_BEFORE.matcher(before);
        if (b.find()) {
            return flowOf(b.group(1));
        }
        return null;
    }

    private static String flowOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : FLOWS.entrySet()) {
            if (v.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The counted noun a clause names before a bare number: "Arrivals of Russians … nearly doubled to". */
    static String subjectNoun(String before) {
        Matcher m = Pattern.compile("\\b(\\p{L}+)\\b(\\s+to\\s+(\\p{L}+))?").matcher(before);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (METRIC_NOUNS.contains(w)) {
                if (w.equals("attempts") && m.group(3) != null) {
                    return ing(m.group(3)) + "-attempts";
                }
                return w;
            }
        }
        return null;
    }

    static String metricOf(NounPhrase np, String after) {
        if (np.head().equals("attempts")) {
            Matcher to = Pattern.compile("^\\s+to\\s+(\\p{L}+)").matcher(after.substring(np.length()));
            if (to.find()) {
                return ing(to.group(1)) + "-attempts";
            }
        }
        if (np.words().size() == 2 && COMPOUNDS.contains(np.words().get(0))) {
            return np.words().get(0) + "-" + np.head();
        }
        return np.head();
    }

    private static String ing(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
    }

    static String measureMetric(NounPhrase np, String before, String after, String subject) {
        String unit = np.unit();
        String rest = after.substring(np.length());
        if (unit.equals("km") || unit.equals("miles") || unit.equals("m")) {
            return np.unit().equals(np.head()) ? subject != null ? subject : "distance" : np.head().toLowerCase(Locale.ROOT) + "-length";
        }
        if (unit.equals("hectares") || unit.equals("acres")) {
            return FLOW_AFTER.matcher(rest).find() || before.matches("(?s).*\\b(burn(ed|t)?|scorched|destroyed)\\s*$")
                    ? "burned-area" : "area";
        }
        if (CURRENCIES.contains(unit)) {
            Matcher in = Pattern.compile("^\\s+(?:each\\s+)?in\\s+(\\p{L}+(?:\\s+(?!to\\b|for\\b|from\\b)\\p{L}+)?)").matcher(rest);
            if (in.find()) {
                return in.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
            }
            if (before.matches("(?s).*\\bspen[dt]\\s*$")) {
                return "spending";
            }
            return "funding";
        }
        return subject != null ? subject : unit.equals("mm") ? "rainfall" : np.head();
    }

    /** "percent of ballots" → ballots; "percent of them were foreigners" → foreigners. */
    static String percentOf(String after) {
        Matcher m = Pattern.compile("^\\s+of\\s+(?:the\\s+)?(\\p{L}+)(?:\\s+(?:were|are|was|is)\\s+(\\p{L}+))?").matcher(after);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        if (noun.matches("them|those|these|it|which") && m.group(2) != null) {
            return m.group(2).toLowerCase(Locale.ROOT);
        }
        return noun.matches("them|those|these|it|which") ? null : noun;
    }

    /** Where counted people come from: "Russian citizens", "of Russians", "from Tunisia", "Russians accounted for". */
    static String origin(String s, int clauseStart, Quantity q, NounPhrase np, CountryLexicon countries) {
        Set<String> found = new LinkedHashSet<>();
        if (np != null && np.adjectiveCountry() != null && isPeople(np.head())) {
            found.add(np.adjectiveCountry());
        }
        String before = s.substring(clauseStart, q.start());
        int end = s.length();
        for (int i = q.end(); i < s.length(); i++) {
            if (",.;".indexOf(s.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String after = s.substring(q.end(), end);
        for (String part : List.of(before, after)) {
            for (CountryLexicon.Mention m : countries.find(part)) {
                String prefix = part.substring(0, m.start());
                String suffix = part.substring(m.end());
                if (m.form() == Form.PEOPLE) {
                    found.add(m.code());
                } else if (m.form() == Form.NAME && prefix.matches("(?s).*\\bfrom\\s+$")) {
                    found.add(m.code());
                } else if (m.form() == Form.ADJECTIVE && suffix.matches("(?s)^\\s+(forces|troops|soldiers|citizens|nationals|refugees|migrants)\\b.*")) {
                    found.add(m.code());
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The country a window of text places something in; {@code last} takes the one nearest the window's end. */
    static String located(String window, CountryLexicon countries) {
        return located(window, countries, false);
    }

    static String located(String window, CountryLexicon countries, boolean last) {
        String result = null;
        for (CountryLexicon.Mention m : countries.find(window)) {
            String prefix = window.substring(0, m.start());
            String suffix = window.substring(m.end());
            String code = null;
            if (m.form() == Form.NAME && LOCATED.matcher(prefix).find() && !prefix.matches("(?s).*\\bfrom\\s+(?:the\\s+)?$")) {
                code = m.code();
            } else if (m.form() == Form.ADJECTIVE && PLACE_NOUN.matcher(suffix).find()) {
                code = m.code();
            }
            if (code != null) {
                result = code;
                if (!last) {
                    return result;
                }
            }
        }
        return result;
    }
}
