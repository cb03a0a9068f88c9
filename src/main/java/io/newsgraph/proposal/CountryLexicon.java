package io.newsgraph.proposal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every ISO 3166-1 country as news names it: the JDK's English names for all of them, plus the other
 * names, adjectives, plural demonyms and capitals of {@code proposal/countries.tsv}.
 */
public final class CountryLexicon {

    /** How a country was named: its name, an adjective ("Kazakh"), its people ("Russians") or its capital or seat. */
    public enum Form { NAME, ADJECTIVE, PEOPLE, CAPITAL }

    public record Mention(int start, int end, String code, Form form) {
    }

    private static final CountryLexicon INSTANCE = new CountryLexicon();

    private final Map<String, String> codeOf = new HashMap<>();
    private final Map<String, Form> formOf = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> capitalOf = new HashMap<>();
    private final int[] lengths;

    public static CountryLexicon get() {
        return INSTANCE;
    }

    private CountryLexicon() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            names.put(code, name);
            add(name.replaceAll("\\s*\\(.*\\)", ""), code, Form.NAME);
            add(name.replace(" & ", " and "), code, Form.NAME);
            add(name.replace("St. ", "Saint "), code, Form.NAME);
        }
        List<String> capitalTerms = new ArrayList<>();
        try (InputStream in = CountryLexicon.class.getResourceAsStream("/proposal/countries.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String code = cols[0];
                for (int c = 1; c < cols.length && c <= 4; c++) {
                    Form form = Form.values()[c == 1 ? 0 : c - 1];
                    for (String term : cols[c].split("\\|")) {
                        if (!term.isBlank()) {
                            add(term.trim(), code, form);
                            if (form == Form.CAPITAL) {
                                capitalTerms.add(term.trim());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Capitals are matched in any case: wire copy is not always careful ("by kyiv").
        for (String c : capitalTerms) {
            capitalOf.putIfAbsent(c.toLowerCase(Locale.ROOT), codeOf.get(c));
        }
        lengths = codeOf.keySet().stream().mapToInt(String::length).distinct().boxed()
                .sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
    }

    private void add(String term, String code, Form form) {
        // A name shared by two countries' adjectives (Congolese, Guinean) keeps the first; an adjective never replaces a name.
        if (!codeOf.containsKey(term) || form == Form.NAME && formOf.get(term) != Form.NAME) {
            codeOf.put(term, code);
            formOf.put(term, form);
        }
    }

    /** The English name of a country, from the JDK. */
    public String name(String code) {
        return names.get(code);
    }

    /**
     * Countries named in the text, in order, none overlapping, longest first ("Equatorial Guinea" before
     * "Guinea"). A lookup per word start and term length, not one regular expression of ~900 alternatives,
     * which took seconds on a long article.
     */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Mention m = null;
            for (int len : lengths) {
                int end = i + len;
                if (end > n || end < n && Character.isLetterOrDigit(text.charAt(end))) {
                    continue;
                }
                String term = text.substring(i, end);
                String code = codeOf.get(term);
                if (code != null) {
                    m = new Mention(i, end, code, formOf.get(term));
                    break;
                }
                String capital = capitalOf.get(term.toLowerCase(Locale.ROOT));
                if (capital != null) {
                    m = new Mention(i, end, capital, Form.CAPITAL);
                    break;
                }
            }
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** A regular expression matching the adjectives of a country ("Kazakh|Kazakhstani"), or one that matches nothing. */
    public String adjectivesOf(String code) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : codeOf.entrySet()) {
            if (e.getValue().equals(code) && formOf.get(e.getKey()) == Form.ADJECTIVE) {
                out.add(Pattern.quote(e.getKey()));
            }
        }
        return out.isEmpty() ? "(?!)" : String.join("|", out);
    }

    /** The country a single term names, or null: "Kazakh", "Russians", "Georgia". */
    public String codeOf(String term) {
        return codeOf.get(term);
    }
}
