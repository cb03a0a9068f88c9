package io.newsgraph.proposal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods as news writes them, resolved against the publication date: "on Tuesday", "yesterday",
 * "on March 9", "since September 21", "last week", "in the first three months of the year", "over the
 * weekend". A weekday is the latest such day on or before publication.
 */
final class DateExpressions {

    enum Kind {
        /** One day: "on Sunday", "yesterday", "March 9". */
        DAY,
        /** A closed period: "last week", "in February", "over the weekend". */
        PERIOD,
        /** From a day to publication: "since September 21". */
        SINCE,
        /** Up to a day, open start: "before September 21", "before November". */
        BEFORE,
        /** "the same day": the day last mentioned. */
        SAME_DAY,
        /** Compared with: "a year earlier", "the same period last year" – not the period of a figure. */
        COMPARISON
    }

    record Expr(int start, int end, Kind kind, LocalDate from, LocalDate to) {
        boolean isDay() {
            return kind == Kind.DAY || kind == Kind.SAME_DAY;
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:(?:on|from|than|with)\\s+)?(?:a|the)\\s+(?:year|month|week)\\s+(?:earlier|before|ago)"
                    + "|\\bthe same period (?:of |in )?last year|\\bcompared (?:with|to) [^,.;]{0,30}?last (?:year|month|week)");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAY_P = Pattern.compile("\\b" + WEEKDAY + "(?:'s|’s)?(?:\\s+(?:night|morning|evening|afternoon))?\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tonight|last night|this morning|the same day"
            + "|(?:over|at|during) the weekend|this weekend|last weekend|last week|this week|last month|this month|this year"
            + "|last year|the first quarter|the first half(?: of the year)?"
            + "|the (?:first|past|last) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) months(?: of the year)?"
            + "|(?:the )?(?:past|last) (24|48|72) hours|(?:the )?(?:past|last) (two|three|four|five|six|seven|\\d{1,2}) days"
            + "|the (?:beginning|start) of the year|the (?:beginning|start) of " + MONTH + ")\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(since\\s+((?:\\S+\\s+){0,8}?)|from\\s+())$");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:before|until|prior to)\\s+((?:\\S+\\s+){0,8}?)$");

    private final LocalDate published;

    DateExpressions(LocalDate published) {
        this.published = published;
    }

    /** The date and period expressions of a text, in order. */
    List<Expr> find(String text) {
        List<Expr> found = new ArrayList<>();
        Matcher c = COMPARISON.matcher(text);
        while (c.find()) {
            add(found, new Expr(c.start(), c.end(), Kind.COMPARISON, null, null));
        }
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            add(found, relative(r));
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            add(found, day(md.start(), md.end(), month(md.group(1)), Integer.parseInt(md.group(2)), md.group(3)));
        }
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            add(found, day(dm.start(), dm.end(), month(dm.group(2)), Integer.parseInt(dm.group(1)), dm.group(3)));
        }
        Matcher w = WEEKDAY_P.matcher(text);
        while (w.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(dow));
            add(found, new Expr(w.start(), w.end(), Kind.DAY, d, d));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            Month month = month(my.group(1));
            if (month == Month.MAY && my.group(2) == null && !precededBy(text, my.start(), "(?i).*\\b(in|since|of|before|until|from|during)\\s$")) {
                continue; // "may" the verb, capitalised at the start of a sentence
            }
            YearMonth ym = my.group(2) != null ? YearMonth.of(Integer.parseInt(my.group(2)), month) : yearMonth(month);
            add(found, new Expr(my.start(), my.end(), Kind.PERIOD, ym.atDay(1), ym.atEndOfMonth()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return qualify(text, found);
    }

    /** "since X" and "before X" turn the expression after them into an open period. */
    private List<Expr> qualify(String text, List<Expr> found) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : found) {
            String before = text.substring(Math.max(0, e.start() - 80), e.start());
            Matcher s = SINCE.matcher(before);
            Matcher b = BEFORE.matcher(before);
            if (e.kind() != Kind.COMPARISON && e.kind() != Kind.SAME_DAY && s.find() && (s.group(2) == null || !s.group(2).contains(","))) {
                int start = e.start() - before.length() + s.start();
                out.add(new Expr(start, e.end(), Kind.SINCE, e.from(), published));
            } else if (e.kind() != Kind.COMPARISON && b.find() && !b.group(1).contains(",")) {
                int start = e.start() - before.length() + b.start();
                LocalDate end = e.kind() == Kind.PERIOD ? e.from().minusDays(1) : e.to();
                out.add(new Expr(start, e.end(), Kind.BEFORE, null, end));
            } else {
                out.add(e);
            }
        }
        // "since the start of the war": an open period whose start the text does not date.
        Matcher u = Pattern.compile("(?i)\\bsince the (?:start|beginning|outbreak) of the (?!year\\b)\\w+").matcher(text);
        while (u.find()) {
            int s = u.start();
            if (out.stream().noneMatch(e -> e.start() <= s && s < e.end())) {
                out.add(new Expr(u.start(), u.end(), Kind.SINCE, null, published));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Expr relative(Matcher r) {
        String t = r.group(1).toLowerCase(Locale.ROOT);
        int s = r.start();
        int e = r.end();
        if (t.equals("yesterday") || t.equals("last night")) {
            return new Expr(s, e, Kind.DAY, published.minusDays(1), published.minusDays(1));
        }
        if (t.equals("today") || t.equals("tonight") || t.equals("this morning")) {
            return new Expr(s, e, Kind.DAY, published, published);
        }
        if (t.equals("the same day")) {
            return new Expr(s, e, Kind.SAME_DAY, null, null);
        }
        if (t.endsWith("weekend")) {
            LocalDate sunday = published.getDayOfWeek() == DayOfWeek.SUNDAY && !t.startsWith("last") ? published
                    : published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            return new Expr(s, e, Kind.PERIOD, sunday.minusDays(1), sunday);
        }
        if (t.equals("last week")) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new Expr(s, e, Kind.PERIOD, monday, monday.plusDays(6));
        }
        if (t.equals("this week")) {
            return new Expr(s, e, Kind.PERIOD, published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published);
        }
        if (t.equals("last month")) {
            YearMonth ym = YearMonth.from(published).minusMonths(1);
            return new Expr(s, e, Kind.PERIOD, ym.atDay(1), ym.atEndOfMonth());
        }
        if (t.equals("this month")) {
            return new Expr(s, e, Kind.PERIOD, published.withDayOfMonth(1), published);
        }
        if (t.equals("this year")) {
            return new Expr(s, e, Kind.PERIOD, published.withDayOfYear(1), published);
        }
        if (t.equals("last year")) {
            LocalDate jan = published.withDayOfYear(1).minusYears(1);
            return new Expr(s, e, Kind.PERIOD, jan, jan.plusYears(1).minusDays(1));
        }
        if (t.startsWith("the first quarter")) {
            return firstMonths(s, e, 3);
        }
        if (t.startsWith("the first half")) {
            return firstMonths(s, e, 6);
        }
        if (r.group(2) != null) {
            int n = count(r.group(2));
            if (t.startsWith("the first")) {
                return firstMonths(s, e, n);
            }
            LocalDate from = YearMonth.from(published).minusMonths(n - 1L).atDay(1);
            return new Expr(s, e, Kind.PERIOD, from, published);
        }
        if (r.group(3) != null) {
            int hours = Integer.parseInt(r.group(3));
            return new Expr(s, e, Kind.PERIOD, published.minusDays(Math.max(1, hours / 24)), published);
        }
        if (r.group(4) != null) {
            return new Expr(s, e, Kind.PERIOD, published.minusDays(count(r.group(4)) - 1L), published);
        }
        if (t.endsWith("of the year")) {
            LocalDate jan = published.withDayOfYear(1);
            return new Expr(s, e, Kind.DAY, jan, jan);
        }
        YearMonth ym = yearMonth(month(r.group(5)));
        return new Expr(s, e, Kind.DAY, ym.atDay(1), ym.atDay(1));
    }

    private Expr firstMonths(int s, int e, int n) {
        LocalDate jan = published.withDayOfYear(1);
        return new Expr(s, e, Kind.PERIOD, jan, YearMonth.from(jan).plusMonths(n - 1L).atEndOfMonth());
    }

    private Expr day(int s, int e, Month month, int day, String year) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        LocalDate d;
        if (year != null) {
            d = LocalDate.of(Integer.parseInt(year), month, Math.min(day, YearMonth.of(Integer.parseInt(year), month).lengthOfMonth()));
        } else {
            YearMonth ym = yearMonth(month);
            d = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            if (d.isAfter(published)) {
                d = d.minusYears(1);
            }
        }
        return new Expr(s, e, Kind.DAY, d, d);
    }

    /** A month named without a year is the latest one not after publication. */
    private YearMonth yearMonth(Month month) {
        YearMonth ym = YearMonth.of(published.getYear(), month);
        return ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1) : ym;
    }

    private static void add(List<Expr> found, Expr e) {
        if (e != null && found.stream().noneMatch(f -> f.start() < e.end() && e.start() < f.end())) {
            found.add(e);
        }
    }

    private static boolean precededBy(String text, int at, String regex) {
        return text.substring(Math.max(0, at - 12), at).matches(regex);
    }

    private static int count(String word) {
        return SMALL.containsKey(word.toLowerCase(Locale.ROOT)) ? SMALL.get(word.toLowerCase(Locale.ROOT)) : Integer.parseInt(word);
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
