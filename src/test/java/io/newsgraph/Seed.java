package io.newsgraph;

import java.util.List;

/**
 * What the seed dataset (src/main/resources/datasets/seed.json) holds, in the default order of
 * each list, worked out by hand from the file.
 */
public final class Seed {

    private Seed() {
    }

    public static final String SOURCE = "georgia-kazakhstan-russian-arrivals-2022-09-27";

    /**
     * Statements by SAID_ON, newest first (the default). Every statement is dated 2022-09-27, or
     * undated and so counted on its source's date, 2022-09-27: the key decides, descending.
     */
    public static final List<String> STATEMENTS_NEWEST_FIRST = List.of(
            "tokayev-territorial-integrity-inalienable",
            "tokayev-take-care-of-them",
            "tokayev-many-people-come-from-russia",
            "tokayev-major-war-in-immediate-vicinity",
            "tokayev-kazakhstan-will-protect-fleeing-russians",
            "tokayev-condemns-conflict-in-ukraine",
            "russia-claims-genocide-of-russian-speakers",
            "north-ossetia-tense-situation-at-verkhni-lars",
            "north-ossetia-military-mobilization-commission",
            "moscow-reiterates-nuclear-threats",
            "kyiv-referendums-are-simulacra",
            "kazakhstan-confirms-increase-in-russian-arrivals",
            "kazakhstan-98000-russian-arrivals-since-2022-09-21",
            "georgia-russian-arrivals-nearly-doubled",
            "georgia-ministry-quote-some-10000-a-day",
            "georgia-ministry-5000-to-6000-before-mobilization",
            "georgia-confirms-increase-in-russian-arrivals");

    /** Statements by text, A to Z (code-point order: digits, then capitals; "Kazakhstan will" before "Kazakhstan's"). */
    public static final List<String> STATEMENTS_BY_TEXT = List.of(
            "kazakhstan-98000-russian-arrivals-since-2022-09-21", // 98,000 Russian citizens ...
            "north-ossetia-military-mobilization-commission", // A military mobilization ...
            "georgia-russian-arrivals-nearly-doubled", // Arrivals of Russians ...
            "georgia-confirms-increase-in-russian-arrivals", // Georgia confirmed ...
            "tokayev-major-war-in-immediate-vicinity", // In our immediate ...
            "tokayev-many-people-come-from-russia", // In recent days ...
            "georgia-ministry-5000-to-6000-before-mobilization", // Just before ...
            "kazakhstan-confirms-increase-in-russian-arrivals", // Kazakhstan confirmed ...
            "tokayev-kazakhstan-will-protect-fleeing-russians", // Kazakhstan will ...
            "tokayev-condemns-conflict-in-ukraine", // Kazakhstan's president ...
            "moscow-reiterates-nuclear-threats", // Moscow reiterated ...
            "russia-claims-genocide-of-russian-speakers", // Russia claimed ...
            "georgia-ministry-quote-some-10000-a-day", // The number ...
            "kyiv-referendums-are-simulacra", // The referendums ...
            "north-ossetia-tense-situation-at-verkhni-lars", // The situation ...
            "tokayev-territorial-integrity-inalienable", // The territorial ...
            "tokayev-take-care-of-them"); // We have ...

    /**
     * Figures by PERIOD_END, latest first (the default): period end 2022-09-27 (by key,
     * descending), then 09-26, 09-25, 09-21.
     */
    public static final List<String> STATISTICS_LATEST_FIRST = List.of(
            "ukraine-regions-holding-annexation-votes",
            "kazakhstan-russian-arrivals-since-2022-09-21",
            "georgia-russian-arrivals-some-10000-a-day",
            "georgia-russian-arrivals-nearly-10000-a-day",
            "georgia-russian-arrivals-growth-after-mobilization",
            "georgia-russian-arrivals-2022-09-26",
            "georgia-russian-arrivals-2022-09-25",
            "georgia-russian-arrivals-before-mobilization");

    /**
     * Figures by VALUE, largest first: value, else low, else high; ties by key, descending.
     * 98,000; 11,200; 10,000 (some, nearly, and "less than 10,000" whose high is 10,000); 5,000
     * (low of 5,000 to 6,000); 4; 2.
     */
    public static final List<String> STATISTICS_BY_VALUE_DESC = List.of(
            "kazakhstan-russian-arrivals-since-2022-09-21",
            "georgia-russian-arrivals-2022-09-25",
            "georgia-russian-arrivals-some-10000-a-day",
            "georgia-russian-arrivals-nearly-10000-a-day",
            "georgia-russian-arrivals-2022-09-26",
            "georgia-russian-arrivals-before-mobilization",
            "ukraine-regions-holding-annexation-votes",
            "georgia-russian-arrivals-growth-after-mobilization");

    /** Officials by name. */
    public static final List<String> OFFICIALS = List.of("kassym-jomart-tokayev", "vladimir-putin");

    /** Organizations by name. */
    public static final List<String> ORGANIZATIONS = List.of(
            "north-ossetia-authorities", // Authorities of North Ossetia
            "russia-government", // Government of Russia
            "ukraine-government", // Government of Ukraine
            "georgia-interior-ministry", // Interior Ministry of Georgia
            "kazakhstan-interior-ministry", // Interior Ministry of Kazakhstan
            "north-ossetia-interior-ministry"); // Ministry of the Interior of North Ossetia

    /** Events, most recent first. */
    public static final List<String> EVENTS = List.of("ukraine-annexation-votes-2022", "russia-mobilization-2022-09-21");

    /** Places by name. */
    public static final List<String> PLACES = List.of("north-ossetia", "verkhni-lars-checkpoint");

    /** Sources, newest first. */
    public static final List<String> SOURCES = List.of(SOURCE);

    public static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
