package io.newsgraph.proposal;

import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.common.Keys;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.Dataset.EvidenceEntry;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.OrganizationEntry;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.proposal.CountryLexicon.Form;
import io.newsgraph.proposal.DateExpressions.Expr;
import io.newsgraph.proposal.DateExpressions.Kind;
import io.newsgraph.proposal.Quantities.Quantity;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news article and proposes the statements and figures it reports, as a dataset an editor reviews
 * before importing it. Rules, not a model: sentences and quotations, the attribution patterns of wire copy
 * ("…,” said X", "X said that …", "according to X", "…, the ministry indicated"), speakers followed through
 * pronouns and titles, dates and periods resolved against the publication date, numbers in digits and
 * words with the words that bound them. Every proposal carries its excerpt and offsets in the text.
 */
public final class Proposer {

    static final Pattern VERB = Pattern.compile("\\b(said|says|say|added|adds|noted|notes|indicated|indicates|stated|states"
            + "|recalled|announced|announces|admitted|admits|warned|warns|told|tells|reported|reports|confirmed|confirms|assured"
            + "|assures|denied|denies|claimed|claims|claiming|insisted|insists|explained|stressed|declared|acknowledged|argued"
            + "|estimated|conceded|condemned|condemns|reiterated|reiterates|urged|urges|pledged|promised|instructed|revealed"
            + "|affirmed|cautioned|wrote|tweeted|accused|accuses|predicted|vowed)\\b");
    private static final Set<String> PRESENT = Set.of("says", "adds", "notes", "indicates", "states", "announces", "admits", "warns",
            "tells", "reports", "confirms", "assures", "denies", "claims", "insists", "condemns", "reiterates", "urges", "accuses");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+([^,.;:“”\"]+)");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:denounced|described|branded|dismissed|condemned|criticized|criticised)"
            + "\\s+as\\s+(?:“[^”]*”|\"[^\"]*\"|\\S+)\\s+by\\s+(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)");
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}'’. -]+\\s+[—–-]+\\s+");
    private static final Pattern LABEL = Pattern.compile("^(?:[•*·-]\\s*)?(?:(?:Read|See) also|Related|READ MORE|Read more)\\s*:\\s*|^[•*·]\\s*");
    /** "Russia’s North Ossetia region": the region, without the country that owns it. */
    private static final Pattern REGION = Pattern.compile("(?:\\p{Lu}\\p{L}+[’']s\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)"
            + "\\s+(?:region|state|province|republic|oblast)\\b");
    /** Capitalised words that belong to titles, not names: "State Minister for Disaster Management Kamal Hossain". */
    private static final Set<String> DESCRIPTORS = Set.of("Management", "Affairs", "Defence", "Defense", "Security", "Health",
            "Interior", "Foreign", "Disaster", "Emergency", "Emergencies", "Protection", "Civil", "Justice", "Finance", "Economy",
            "Education", "Development", "Situations", "Migration", "Border", "Service", "State", "Prime", "Vice", "Deputy",
            "Council", "Public", "Home", "National", "Regional", "Federal", "Minister", "President", "Governor", "Chief");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "St", "No", "Jan",
            "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Prof", "Gov", "Sen", "Rep", "Capt", "Maj", "U.S", "U.K", "vs", "Jr");

    static final Set<String> TITLE_WORDS = Set.of("minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
            "governor", "chief", "commander", "head", "director", "secretary", "mayor", "ambassador", "chancellor", "king", "queen",
            "candidate", "rival", "leader", "representative", "envoy", "chairman", "chairwoman", "chair", "prosecutor", "official",
            "deputy", "adviser", "advisor", "general", "senator", "governor-general", "emir", "prince");
    private static final Set<String> RANKS = Set.of("Colonel", "Col.", "General", "Gen.", "Lieutenant", "Lt.", "Captain", "Major",
            "Dr.", "Mr.", "Ms.", "Mrs.", "Sergeant", "Admiral", "Brigadier", "Professor", "Sheikh");
    static final List<String> ORG_HEADS = List.of("ministry", "ministries", "government", "police", "border guard", "coast guard",
            "guard", "army", "military", "general staff", "air force", "navy", "council", "agency", "institute", "authority",
            "authorities", "service", "office", "centre", "center", "commission", "committee", "organization", "organisation",
            "union", "court", "parliament", "cabinet", "presidency", "embassy", "department", "bureau", "forces", "kremlin");
    private static final Pattern INVERTED = Pattern.compile("^[\\s,.;:]*(" + VERB.pattern() + ")\\s+(.+?)(?=[.;]\\s*$|$)");
    private static final Pattern THAT = Pattern.compile("^(\\s+\\S+){0,4}?\\s+that\\b");
    private static final Pattern COLON = Pattern.compile("^\\s*[:,]?\\s*[“\"]");
    private static final Pattern TITLED = Pattern.compile("(?i:\\b(" + String.join("|", TITLE_WORDS) + "))(?:,)?\\s+"
            + "((?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)");
    private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+\\b");
    private static final Pattern TRAILING_RANK = Pattern.compile("\\b(" + String.join("|", RANKS).replace(".", "\\.") + ")$");
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)\\b(" + String.join("|", TITLE_WORDS) + ")\\b");
    private static final Set<String> GROUP_SPEAKERS = Set.of("officials", "sources", "witnesses", "residents", "observers",
            "analysts", "diplomats", "experts", "activists", "people");
    private static final Set<String> FEMALE = Set.of("spokeswoman", "chairwoman", "ms.", "mrs.", "queen", "she");

    private final CountryLexicon countries = CountryLexicon.get();

    /** Proposes the dataset of one article; {@code known} are the officials and organizations newsgraph already has. */
    public Dataset propose(Article article, List<KnownActor> known) {
        return new Run(article, known).run();
    }

    // ---------------------------------------------------------------- actors

    /** A speaker or reporting actor: known, proposed, or a placeholder still to be resolved. */
    static final class Who {
        String key;
        String name;
        boolean person;
        List<String> aliases = new ArrayList<>();
        String title;
        String country;
        OrganizationKind kind;
        boolean known;
        Set<String> tokens = Set.of();
        Boolean female;
        /** A title named before the person ("the interior minister announced … Bence Kovács noted"). */
        boolean pending;
        /** A country or capital speaking ("Moscow said"): stands for a body of that country, chosen at the end. */
        String standIn;
        Who resolved;

        Who target() {
            Who w = this;
            while (w.resolved != null) {
                w = w.resolved;
            }
            return w;
        }
    }

    record Anchor(Expr period, String country) {
    }

    record Span(int start, int end) {
        boolean contains(int at) {
            return start <= at && at < end;
        }
    }

    /** A statement found, before speakers are final. */
    static final class Found {
        Span excerpt;
        Span attribution;
        StatementKind kind;
        String text;
        Who speaker;
        LocalDate saidOn;
        /** A day the text gives for this statement (not a default), which later statements of the speaker inherit. */
        boolean dated;
        /** The text says when, but not a day ("over the weekend"). */
        boolean undated;
        double confidence;
        String key;
    }

    static final class Figure {
        Span excerpt;
        Quantity q;
        String metric;
        String base;
        String unit;
        Rate rate;
        LocalDate periodStart;
        LocalDate periodEnd;
        String country;
        String origin;
        Found statement;
        int unitIndex;
        double confidence;
        /** No period of its own: a state on the day it was said, or published. */
        boolean onSaidDay;
    }

    // ---------------------------------------------------------------- one article

    private final class Run {
        final Article article;
        final String text;
        final LocalDate published;
        final DateExpressions dates;
        final List<Who> registry = new ArrayList<>();
        final List<Who> mentioned = new ArrayList<>();
        final List<Found> statements = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        /** Open periods the article stated for a metric ("arrivals … since September 21"), with the country they were about. */
        final Map<String, Anchor> anchors = new HashMap<>();
        final List<CountryLexicon.Mention> countryMentions;
        String mainCountry;
        String lastRegion;
        String lastRegionCountry;
        LocalDate lastDate;
        Who lastQuoteSpeaker;
        int lastQuoteUnit = -10;
        Who pendingTitle;
        int pendingUnit;

        Run(Article article, List<KnownActor> known) {
            this.article = article;
            this.text = article.text();
            this.published = article.publishedOn();
            this.dates = new DateExpressions(published);
            for (KnownActor k : known) {
                Who w = new Who();
                w.key = k.key();
                w.name = k.name();
                w.person = k.official();
                w.aliases = new ArrayList<>(k.aliases());
                w.title = k.titles().isEmpty() ? null : k.titles().get(0);
                w.country = k.country();
                w.kind = k.kind();
                w.known = true;
                w.tokens = tokens(k.name(), k.country());
                registry.add(w);
            }
            countryMentions = countries.find(text);
            mainCountry = mainCountry();
        }

        Dataset run() {
            List<Span> units = units();
            for (int i = 0; i < units.size(); i++) {
                unit(i, units.get(i));
            }
            resolveStandIns();
            inheritDates();
            for (Figure g : figures) {
                if (g.onSaidDay) {
                    LocalDate day = g.statement != null && g.statement.saidOn != null ? g.statement.saidOn : published;
                    g.periodStart = day;
                    g.periodEnd = day;
                }
            }
            return dataset();
        }

        // ------------------------------------------------------------ sentences

        /** Sentences, never cut inside a quotation: a quotation and its attribution are one unit. */
        List<Span> units() {
            List<Span> out = new ArrayList<>();
            int start = 0;
            int depth = 0;
            boolean straight = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '“') {
                    depth++;
                } else if (c == '”') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '"') {
                    straight = !straight;
                } else if (c == '\n') {
                    add(out, start, i);
                    start = i + 1;
                    depth = 0;
                    straight = false;
                } else if ((c == '.' || c == '!' || c == '?') && depth == 0 && !straight && !abbreviation(i) && !listMarker(start, i)) {
                    int j = i + 1;
                    while (j < text.length() && (text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == '"')) {
                        j++;
                    }
                    int k = j;
                    while (k < text.length() && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k > j && k < text.length() && startsSentence(text.charAt(k))) {
                        add(out, start, j);
                        start = k;
                        i = k - 1;
                    }
                }
            }
            add(out, start, text.length());
            return out;
        }

        boolean listMarker(int lineStart, int dot) {
            return text.substring(lineStart, dot).trim().matches("\\d{1,2}");
        }

        boolean startsSentence(char c) {
            return Character.isUpperCase(c) || c == '“' || c == '"' || Character.isDigit(c) || c == '•';
        }

        boolean abbreviation(int dot) {
            int s = dot;
            while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
                s--;
            }
            String word = text.substring(s, dot);
            return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0));
        }

        void add(List<Span> out, int s, int e) {
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            Matcher d = DATELINE.matcher(text.substring(s, e));
            if (d.find()) {
                s += d.end();
            }
            Matcher l = LABEL.matcher(text.substring(s, e));
            if (l.find()) {
                s += l.end();
            }
            if (e - s > 1) {
                out.add(new Span(s, e));
            }
        }

        /** The country the article is about: its dateline's, or the one it names most. */
        String mainCountry() {
            Matcher d = DATELINE.matcher(text);
            if (d.find()) {
                String city = d.group().replaceAll("[—–-]+\\s*$", "").trim();
                for (CountryLexicon.Mention m : countries.find(city.charAt(0) + city.substring(1).toLowerCase(Locale.ROOT))) {
                    return m.code();
                }
                for (CountryLexicon.Mention m : countries.find(capitalize(city))) {
                    return m.code();
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            for (CountryLexicon.Mention m : countryMentions) {
                counts.merge(m.code(), 1, Integer::sum);
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        // ------------------------------------------------------------ one sentence

        void unit(int index, Span u) {
            unitOffset = u.start();
            String s = text.substring(u.start(), u.end());
            List<Span> quotes = quotes(s);
            List<Expr> exprs = dates.find(s);
            List<Found> found = new ArrayList<>();

            Span lead = quotes.isEmpty() ? null : quotes.get(0);
            if (lead != null && s.substring(0, lead.start()).isBlank() && words(s.substring(lead.start() + 1, lead.end() - 1)) >= 3) {
                String tail = s.substring(lead.end());
                Found direct = newFound(u, StatementKind.DIRECT_QUOTE, clean(s.substring(lead.start() + 1, lead.end() - 1)));
                Found extra = attributeTail(index, u, s, lead.end(), quotes, exprs, direct);
                if (direct.speaker == null && tail.replaceAll("[\\s,.;:”\"’]", "").isEmpty() && lastQuoteSpeaker != null
                        && index - lastQuoteUnit <= 1) {
                    direct.speaker = lastQuoteSpeaker;
                    direct.confidence = 0.75;
                }
                if (direct.speaker != null) {
                    found.add(direct);
                    if (extra != null) {
                        found.add(extra);
                    }
                }
            } else {
                Found f = attributeSentence(index, u, s, quotes, exprs);
                if (f != null) {
                    found.add(f);
                }
            }
            Found passive = passive(u, s);
            if (passive != null) {
                found.add(passive);
            }
            for (Found f : found) {
                statements.add(f);
                if (f.speaker != null) {
                    // A quotation standing alone in the next sentence continues this speaker.
                    lastQuoteSpeaker = f.speaker;
                    lastQuoteUnit = index;
                    if (f.speaker.person) {
                        touch(f.speaker);
                    }
                }
            }
            registerMentions(index, s);
            int before = figures.size();
            figures(index, u, s, quotes, exprs, found);
            if (figures.size() == before) {
                anchors(s, exprs);
            }
        }

        Found newFound(Span u, StatementKind kind, String text) {
            Found f = new Found();
            f.excerpt = u;
            f.kind = kind;
            f.text = text;
            return f;
        }

        /** After a leading quotation: "…,” said X", "…,” X added", "…”, REST, the ministry indicated". */
        Found attributeTail(int index, Span u, String s, int from, List<Span> quotes, List<Expr> exprs, Found direct) {
            String tail = s.substring(from);
            Matcher inv = INVERTED.matcher(tail);
            if (inv.find()) {
                String rest = inv.group(3);
                int restStart = from + inv.start(3);
                List<String> segs = Arrays.asList(rest.split(",\\s*"));
                Who who = speaker(index, segs.get(0), s, restStart, segs.size() > 1 ? segs.get(1) : null);
                if (who != null) {
                    direct.speaker = who;
                    direct.confidence = 0.9;
                    direct.attribution = new Span(u.start() + from, u.end());
                    date(direct, s, exprs, from + inv.end(1), present(inv.group(1)));
                    return null;
                }
            }
            Matcher v = VERB.matcher(tail);
            while (v.find()) {
                int at = from + v.start();
                if (inside(quotes, at)) {
                    continue;
                }
                String pre = s.substring(from, at);
                int comma = lastComma(pre, quotes, from);
                int phraseStart = comma < 0 ? from : comma + 1;
                String phrase = s.substring(phraseStart, at).trim();
                String apposition = null;
                if (comma >= 0) {
                    int prevComma = lastComma(s.substring(from, comma), quotes, from);
                    apposition = s.substring(prevComma < 0 ? from : prevComma + 1, comma).trim();
                }
                Who who = speaker(index, phrase, s, phraseStart, null);
                if (who == null && apposition != null && isTitlePhrase(phrase)) {
                    who = speaker(index, apposition, s, phraseStart, phrase);
                }
                if (who == null) {
                    return null;
                }
                who = withApposition(who, apposition, phrase);
                direct.speaker = who;
                direct.confidence = who.person && !isPronoun(phrase) ? 0.9 : 0.8;
                direct.attribution = new Span(u.start() + phraseStart, u.end());
                date(direct, s, exprs, from + v.end(), present(v.group(1)));
                String content = s.substring(from, Math.max(from, comma)).replaceFirst("^[\\s,”\"’]+", "");
                if (words(content) >= 3) {
                    int cs = s.indexOf(content, from);
                    Found extra = newFound(new Span(u.start() + cs, u.start() + at + v.group().length()), StatementKind.PARAPHRASE,
                            capitalize(clean(content)));
                    extra.speaker = who;
                    extra.attribution = direct.attribution;
                    extra.confidence = 0.6;
                    extra.saidOn = direct.saidOn;
                    extra.dated = direct.dated;
                    extra.undated = direct.undated;
                    return extra;
                }
                return null;
            }
            return null;
        }

        Who withApposition(Who who, String apposition, String phrase) {
            if (who.person && apposition != null && isTitlePhrase(apposition) && !isPronoun(phrase)) {
                setTitle(who, "", apposition);
            }
            return who;
        }

        boolean present(String verb) {
            return PRESENT.contains(verb.toLowerCase(Locale.ROOT));
        }

        /** A sentence that is not led by a quotation: "X said (that) …", "…, X said", "according to X, …". */
        Found attributeSentence(int index, Span u, String s, List<Span> quotes, List<Expr> exprs) {
            Matcher a = ACCORDING.matcher(s);
            while (a.find()) {
                if (inside(quotes, a.start())) {
                    continue;
                }
                Who who = speaker(index, a.group(1).trim(), s, a.start(1), null);
                if (who != null) {
                    String content = (s.substring(0, a.start()) + s.substring(a.end())).replaceAll("^[\\s,]+|[\\s,]+(?=[.]?$)", "");
                    Found f = newFound(u, StatementKind.PARAPHRASE, capitalize(clean(content)));
                    f.speaker = who;
                    f.attribution = new Span(u.start() + a.start(), u.start() + a.end());
                    f.confidence = 0.75;
                    return f;
                }
            }
            Matcher v = VERB.matcher(s);
            while (v.find()) {
                if (inside(quotes, v.start())) {
                    continue;
                }
                String pre = s.substring(0, v.start());
                if (v.group(1).endsWith("ing")) {
                    Matcher lead = Pattern.compile("^\\s*((?:\\p{Lu}[\\p{L}'’-]*\\s*)+)").matcher(pre);
                    if (!lead.find()) {
                        continue;
                    }
                    pre = lead.group(1);
                }
                List<int[]> segs = segments(pre, quotes);
                for (int k = segs.size() - 1; k >= 0; k--) {
                    int[] seg = segs.get(k);
                    String phrase = s.substring(seg[0], seg[1]).trim();
                    if (phrase.isEmpty()) {
                        continue;
                    }
                    if (indefinite(phrase)) {
                        continue;
                    }
                    String before = k > 0 ? s.substring(segs.get(k - 1)[0], segs.get(k - 1)[1]).trim() : null;
                    Who who;
                    if (before != null && isTitlePhrase(before) && properName(phrase)) {
                        who = speaker(index, phrase, s, seg[0], before);
                    } else if (before != null && properName(before) && description(phrase) && countries.find(before).isEmpty()) {
                        who = speaker(index, before, s, segs.get(k - 1)[0], phrase);
                    } else {
                        who = speaker(index, phrase, s, seg[0], null);
                    }
                    boolean group = who == null && GROUP_SPEAKERS.contains(lastWord(phrase).toLowerCase(Locale.ROOT)) && words(phrase) <= 3;
                    if (who == null && !group) {
                        if (k == segs.size() - 1 && words(phrase) > 8) {
                            break; // a clause, not a speaker: this verb has no speaker
                        }
                        continue;
                    }
                    boolean apposed = before != null && (isTitlePhrase(before) && properName(phrase)
                            || properName(before) && description(phrase));
                    int attrStart = apposed ? segs.get(k - 1)[0] : seg[0];
                    boolean atStart = s.substring(0, attrStart).isBlank() || introduction(s.substring(0, attrStart));
                    String content;
                    int attrEnd;
                    if (atStart) {
                        int after = v.end();
                        Matcher that = THAT.matcher(s.substring(after));
                        attrEnd = that.find() && !s.substring(after, after + that.end()).contains(",") ? after + that.end() : after;
                        content = s.substring(attrEnd);
                    } else {
                        attrEnd = Math.min(s.length(), nextBoundary(s, v.end()));
                        content = s.substring(0, Math.max(0, attrStart - 1)) + s.substring(attrEnd);
                    }
                    Found f = newFound(u, StatementKind.PARAPHRASE, capitalize(clean(content)));
                    Matcher colon = COLON.matcher(s.substring(v.end()));
                    if (colon.find()) {
                        Span q = quoteAt(quotes, v.end() + colon.end() - 1);
                        if (q != null && words(s.substring(q.start() + 1, q.end() - 1)) >= 3) {
                            f.kind = StatementKind.DIRECT_QUOTE;
                            f.text = clean(s.substring(q.start() + 1, q.end() - 1));
                        }
                    }
                    f.speaker = who;
                    f.confidence = who == null ? 0.4 : 0.8;
                    f.attribution = new Span(u.start() + attrStart, u.start() + Math.max(attrEnd, v.end()));
                    date(f, s, exprs, v.end(), present(v.group(1)));
                    if (atStart && attrStart > 0) {
                        introDate(f, s, exprs, attrStart);
                    }
                    return f;
                }
            }
            return null;
        }

        boolean introduction(String prefix) {
            String p = prefix.trim();
            return p.endsWith(",") && (p.matches("(?s)^(?:Speaking|Addressing|Writing|Asked|Interviewed|For (?:its|his|her|their) part|In a statement|On \\p{Lu}\\w+day)\\b.*")
                    || p.matches("(?s)^(?:For|On|In|At)\\b.*") && words(p) <= 8);
        }

        /** "Russia is organizing “referendums” denounced as “simulacra” by Kyiv": a second speaker inside the sentence. */
        Found passive(Span u, String s) {
            Matcher p = PASSIVE.matcher(s);
            if (!p.find()) {
                return null;
            }
            Who who = speaker(-1, p.group(1), s, p.start(1), null);
            if (who == null) {
                return null;
            }
            int start = 0;
            Matcher b = Pattern.compile("(?:\\bwhen|\\bwhile|\\bthat|\\bas|,)\\s+").matcher(s.substring(0, p.start()));
            while (b.find()) {
                start = b.end();
            }
            int end = s.length();
            while (end > start && ".!?".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            Found f = newFound(new Span(u.start() + start, u.start() + end), StatementKind.PARAPHRASE,
                    capitalize(clean(s.substring(start, end))));
            f.speaker = who;
            f.confidence = 0.6;
            f.attribution = new Span(u.start() + p.start(), u.start() + p.end());
            return f;
        }

        /** The day of saying: a date right after the verb (and its object: "told reporters Monday"). */
        void date(Found f, String s, List<Expr> exprs, int verbEnd, boolean present) {
            for (Expr e : exprs) {
                if (e.start() < verbEnd) {
                    continue;
                }
                String between = s.substring(verbEnd, e.start());
                if (between.isBlank() || between.matches("\\s+(?:\\p{L}+\\s+)?(?:on\\s+|over\\s+|at\\s+|during\\s+)?")
                        || between.matches("\\s+on\\s+") || between.matches("\\s+\\p{L}+\\s+")) {
                    apply(f, e);
                    return;
                }
                break;
            }
            if (present && f.saidOn == null && !f.undated) {
                f.saidOn = published; // a headline's present tense: said on the day of publication
            }
        }

        void introDate(Found f, String s, List<Expr> exprs, int speakerStart) {
            for (Expr e : exprs) {
                if (e.end() <= speakerStart && f.saidOn == null && !f.undated && s.substring(0, speakerStart).matches("(?s)^(?:Speaking|Addressing|Writing)\\b.*")) {
                    apply(f, e);
                }
            }
        }

        void apply(Found f, Expr e) {
            if (e.kind() == Kind.DAY) {
                f.saidOn = e.from();
                f.dated = true;
            } else if (e.kind() == Kind.SAME_DAY && lastDate != null) {
                f.saidOn = lastDate;
                f.dated = true;
            } else {
                f.undated = true;
            }
            if (f.saidOn != null) {
                lastDate = f.saidOn;
            }
        }

        // ------------------------------------------------------------ who speaks

        /**
         * The actor a phrase names: a pronoun, a title ("the minister", "the Kazakh president"), a person, a body
         * ("the Caucasian country’s interior ministry", "Serbian police"), a country or capital speaking.
         */
        Who speaker(int index, String phrase, String s, int phraseStart, String apposition) {
            String p = phrase.replaceAll("^(?i)(?:and|but|while|as|also)\\s+", "").trim();
            p = p.replaceAll("\\s+(?:also|again|once more|once once more|later|earlier|then|however|too|itself|usually|in turn)(?:\\s.*)?$", "").trim();
            if (p.isEmpty() || words(p) > 12) {
                return null;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.equals("he") || lower.equals("she")) {
                return pronoun(lower.equals("she"));
            }
            if (lower.equals("it") || lower.equals("they")) {
                return lastOrg(null);
            }
            Who person = person(p, s, phraseStart, apposition);
            if (person != null) {
                return person;
            }
            Who org = organization(p, s, phraseStart, apposition);
            if (org != null) {
                return org;
            }
            return countrySpeaker(p);
        }

        Who pronoun(boolean female) {
            for (int i = mentioned.size() - 1; i >= 0; i--) {
                Who w = mentioned.get(i).target();
                if (w.person && (w.female == null || w.female == female)) {
                    w.female = female;
                    return w;
                }
            }
            return null;
        }

        void touch(Who w) {
            mentioned.remove(w);
            mentioned.add(w);
        }

        /** "Kazakh President Kassym-Jomart Tokayev", "Bence Kovács", "Wrobel", "the minister", "Colonel Oleh Marchenko". */
        Who person(String p, String s, int phraseStart, String apposition) {
            String[] tokens = p.split("\\s+");
            int nameStart = -1;
            int nameEnd = tokens.length;
            while (nameEnd > 0 && !capitalized(tokens[nameEnd - 1])) {
                nameEnd--;
            }
            if (nameEnd < tokens.length) {
                String head = titleHead(p);
                return head != null && organizationHead(p) == null ? byTitle(p, head) : null;
            }
            int i = nameEnd;
            while (i > 0 && capitalized(tokens[i - 1]) && !RANKS.contains(tokens[i - 1])
                    && !TITLE_WORDS.contains(tokens[i - 1].toLowerCase(Locale.ROOT)) && countries.codeOf(tokens[i - 1]) == null
                    && !ORG_HEADS.contains(tokens[i - 1].toLowerCase(Locale.ROOT)) && !isDeterminer(tokens[i - 1])
                    && !DESCRIPTORS.contains(tokens[i - 1]) && nameEnd - i < 3) {
                i--;
            }
            nameStart = i;
            String name = String.join(" ", Arrays.copyOfRange(tokens, nameStart, nameEnd));
            String titlePart = String.join(" ", Arrays.copyOfRange(tokens, 0, nameStart)).replaceAll("^(?i)(the|a|an)\\s+", "");
            while (TRAILING_RANK.matcher(titlePart).find()) {
                titlePart = titlePart.replaceAll("\\s*\\S+$", "");
            }
            if (!name.isEmpty()) {
                Who known = findPerson(name);
                if (known != null) {
                    setTitle(known, titlePart, apposition);
                    touch(known);
                    return known;
                }
                if (nameEnd - nameStart >= 2 && !orgLike(name) && countries.find(name).isEmpty() && !place(name)) {
                    if (pendingTitle != null && titlePart.isEmpty() && pendingTitle.name == null) {
                        Who w = pendingTitle;
                        w.name = name;
                        w.key = uniqueKey(Keys.slugOf(name));
                        w.aliases.add(tokens[nameEnd - 1]);
                        w.pending = false;
                        pendingTitle = null;
                        touch(w);
                        return w;
                    }
                    Who w = new Who();
                    w.person = true;
                    w.name = name;
                    w.key = uniqueKey(Keys.slugOf(name));
                    w.aliases.add(tokens[nameEnd - 1]);
                    setTitle(w, titlePart, apposition);
                    if (w.country == null) {
                        w.country = mainCountry;
                    }
                    registry.add(w);
                    touch(w);
                    return w;
                }
            }
            String head = titleHead(titlePart.isEmpty() ? p : titlePart);
            if (head != null && name.isEmpty() || head != null && nameEnd - nameStart <= 1 && countries.codeOf(name) != null) {
                return byTitle(p, head);
            }
            return null;
        }

        String titleHead(String phrase) {
            String[] ws = phrase.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = ws.length - 1; i >= 0; i--) {
                if (TITLE_WORDS.contains(ws[i].replaceAll("[’']s$", ""))) {
                    return ws[i].replaceAll("[’']s$", "");
                }
            }
            return null;
        }

        boolean isTitlePhrase(String phrase) {
            return titleHead(phrase) != null && !properName(phrase) && words(phrase) <= 8 && organizationHead(phrase) == null
                    || titleHead(phrase) != null && phrase.matches("(?i)^(a|an|the|its|his|her|their)\\b.*");
        }

        /** "the minister", "the Kazakh president", "Hungary's interior minister": the last person of that title. */
        Who byTitle(String p, String head) {
            String country = qualifierCountry(p);
            for (int i = mentioned.size() - 1; i >= 0; i--) {
                Who w = mentioned.get(i).target();
                if (w.person && w.title != null && w.title.toLowerCase(Locale.ROOT).contains(head)
                        && (country == null || country.equals(w.country))) {
                    touch(w);
                    return w;
                }
            }
            for (Who w : registry) {
                if (w.known && w.person && w.title != null && w.title.toLowerCase(Locale.ROOT).contains(head) && country != null
                        && country.equals(w.country)) {
                    touch(w);
                    return w;
                }
            }
            if (p.matches("(?i)^(the|a|an)\\s+" + head + "$") && pendingTitle == null) {
                return null;
            }
            Who w = new Who();
            w.person = true;
            w.pending = true;
            w.title = titleCase(p.replaceAll("^(?i)(the|a|an|local)\\s+", "").replaceAll("^\\p{L}+[’']s\\s+", "")
                    .replaceAll("(?i)^(" + adjectivesOf(country) + ")\\s+", ""));
            w.country = country != null ? country : mainCountry;
            pendingTitle = w;
            registry.add(w);
            return w;
        }

        void setTitle(Who w, String titlePart, String apposition) {
            String title = null;
            if (apposition != null && titleHead(apposition) != null) {
                Matcher m = TITLE_WORD.matcher(apposition);
                if (m.find()) {
                    String before = apposition.substring(0, m.start()).replaceAll("^(?i)(the|a|an|its|his|her|their)\\s+", "")
                            .replaceAll("^\\p{L}+[’']s\\s+", "");
                    title = before.matches("(?i)(deputy|vice|chief|senior|regional|local|foreign|interior|health|prime)?\\s*")
                            ? (before + " " + m.group(1)).trim() : m.group(1);
                    if (FEMALE.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        w.female = true;
                    }
                }
                String c = qualifierCountry(apposition);
                if (c != null && !w.known) {
                    w.country = c;
                }
            }
            if (title == null && titleHead(titlePart) != null) {
                title = titlePart;
                String c = qualifierCountry(titlePart);
                if (c != null && !w.known) {
                    w.country = c;
                }
                title = title.replaceAll("^\\p{L}+[’']s\\s+", "");
                String adj = adjectivesOf(qualifierCountry(titlePart));
                if (!adj.isEmpty()) {
                    title = title.replaceAll("^(" + adj + ")\\s+", "");
                }
                if (titlePart.toLowerCase(Locale.ROOT).contains("spokeswoman")) {
                    w.female = true;
                }
            }
            if (title != null && !w.known && w.title == null) {
                w.title = titleCase(title);
            }
        }

        Who findPerson(String name) {
            for (Who w : registry) {
                Who t = w.target();
                if (!t.person || t.name == null) {
                    continue;
                }
                if (t.name.equalsIgnoreCase(name) || t.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                    return t;
                }
                String last = t.name.substring(t.name.lastIndexOf(' ') + 1);
                if (!name.contains(" ") && last.equalsIgnoreCase(name)) {
                    return t;
                }
            }
            return null;
        }

        /** A body: known by its words ("Interior Ministry of Kazakhstan"), or proposed with a canonical name. */
        Who organization(String p, String s, int phraseStart, String apposition) {
            String phrase = p.replaceAll("^(?i)(?:the|a|an)\\s+", "").replaceAll("^(?i)(?:" + String.join("|", GROUP_SPEAKERS)
                    + ")\\s+(?:from|of|at)\\s+(?:the\\s+)?", "").trim();
            Matcher acronym = Pattern.compile("\\b(\\p{Lu}{3,})$").matcher(phrase);
            if (acronym.find() && countries.codeOf(acronym.group(1)) == null && (organizationHead(phrase) != null || phrase.equals(acronym.group(1)))) {
                Who named = byInitials(acronym.group(1));
                return named != null ? named : proposeNamed(acronym.group(1), null, OrganizationKind.INTERGOVERNMENTAL);
            }
            String head = organizationHead(phrase);
            if (head == null) {
                if (apposition != null && organizationHead(apposition) != null && properName(phrase)) {
                    return proposeNamed(phrase, null, kindOf(apposition, null));
                }
                Who named = findByName(phrase);
                return named;
            }
            if (head.equals("kremlin")) {
                return government("RU");
            }
            String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
            boolean bare = lowerPhrase.matches("(?:" + Pattern.quote(head) + ")")
                    || lowerPhrase.matches("(?:border |coast |fire |security )?" + Pattern.quote(head));
            String country = qualifierCountry(phrase);
            String region = null;
            String regionCountry = null;
            Matcher rg = REGION.matcher(phrase);
            if (rg.find() && countries.find(rg.group(1)).isEmpty()) {
                region = rg.group(1);
                regionCountry = country;
            }
            if (lowerPhrase.startsWith("local ") && lastRegion != null) {
                region = lastRegion;
                regionCountry = lastRegionCountry;
            }
            if (country == null && region == null && lowerPhrase.matches(".*\\bcountry[’']s\\b.*")) {
                country = lastCountryBefore(phraseStartAbs(s, phraseStart));
            }
            if (bare && country == null && region == null) {
                Who previous = lastOrg(head);
                if (previous != null) {
                    return previous;
                }
            }
            if (head.equals("government") && country != null && region == null) {
                return government(country);
            }
            boolean proper = !bare && Character.isUpperCase(phrase.charAt(0)) && countries.codeOf(phrase.split("[\\s’']")[0]) == null
                    && !phrase.matches("^\\p{Lu}\\p{L}+[’']s\\b.*");
            if (country == null && region == null) {
                if (proper) {
                    Who named = findByName(phrase);
                    if (named != null) {
                        return named;
                    }
                    String c = nearestCountry(s, phraseStart);
                    return proposeNamed(phrase, c, kindOf(phrase, apposition));
                }
                country = nearestCountry(s, phraseStart);
                if (country == null) {
                    country = mainCountry;
                }
            }
            String core = coreName(phrase, head);
            String place = region != null ? region : countries.name(country);
            String canonical = titleCase(core) + " of " + place;
            Set<String> toks = tokens(canonical, regionCountry != null ? regionCountry : country);
            Who match = matchOrg(toks, regionCountry != null ? regionCountry : country);
            if (match != null) {
                touchOrg(match);
                return match;
            }
            Who w = new Who();
            w.name = canonical;
            w.key = uniqueKey(Keys.slugOf(place) + "-" + Keys.slugOf(normalizedCore(core)));
            w.country = regionCountry != null ? regionCountry : country;
            w.kind = region != null && head.startsWith("authorit") ? OrganizationKind.REGIONAL_AUTHORITY : kindOf(core, apposition);
            w.tokens = toks;
            registry.add(w);
            touchOrg(w);
            return w;
        }

        int phraseStartAbs(String s, int phraseStart) {
            return unitOffset + phraseStart;
        }

        /** "the Caucasian country’s interior ministry" → "interior ministry"; "Ministry of the Interior" stays. */
        String coreName(String phrase, String head) {
            String c = phrase.replaceAll("^(?i)(?:the|a|an|local|its|their)\\s+", "")
                    .replaceAll("\\b(?i:ministry) of the (\\p{Lu}\\p{Ll}+)\\b", "$1 Ministry");
            c = c.replaceAll("^[\\p{L} ]*?\\b(?:country|nation)[’']s\\s+", "");
            c = c.replaceAll("^\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?[’']s\\s+", "");
            for (CountryLexicon.Mention m : countries.find(c)) {
                if (m.form() == Form.ADJECTIVE || m.form() == Form.NAME && m.start() == 0) {
                    c = (c.substring(0, m.start()) + c.substring(m.end())).trim();
                    break;
                }
            }
            c = c.replaceAll("(?i)\\s+(?:of|in|for)\\s+(?:the\\s+)?" + "(?:\\p{Lu}[\\p{L}'’-]*[’']s\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*)+(?:region|state|province)?$", "");
            c = c.replaceAll("(?i)\\s+(?:region|state|province)$", "");
            c = c.replaceAll("^(?i)(?:the|local)\\s+", "").trim();
            int h = c.toLowerCase(Locale.ROOT).lastIndexOf(head);
            if (h >= 0 && !c.toLowerCase(Locale.ROOT).matches(".*\\bof the\\b.*")) {
                c = c.substring(0, h + head.length());
            }
            return c.isEmpty() ? head : c;
        }

        String normalizedCore(String core) {
            String c = core.toLowerCase(Locale.ROOT).replaceAll("\\bministry of (?:the )?(\\w+)(?: affairs)?", "$1 ministry")
                    .replaceAll("\\bforeign affairs\\b", "foreign");
            return c;
        }

        Who government(String country) {
            for (Who w : registry) {
                if (w.kind == OrganizationKind.GOVERNMENT && country.equals(w.country) && w.tokens.contains("government")) {
                    touchOrg(w);
                    return w;
                }
            }
            Who w = new Who();
            w.name = "Government of " + countries.name(country);
            w.key = uniqueKey(Keys.slugOf(countries.name(country)) + "-government");
            w.country = country;
            w.kind = OrganizationKind.GOVERNMENT;
            w.tokens = tokens(w.name, country);
            registry.add(w);
            touchOrg(w);
            return w;
        }

        /** "Georgia and Kazakhstan", "Moscow", "Belarus": countries speaking, resolved once the article is read. */
        Who countrySpeaker(String p) {
            List<CountryLexicon.Mention> ms = countries.find(p);
            if (ms.isEmpty()) {
                return null;
            }
            String rest = p;
            for (int i = ms.size() - 1; i >= 0; i--) {
                rest = rest.substring(0, ms.get(i).start()) + rest.substring(ms.get(i).end());
            }
            if (!rest.replaceAll("(?i)\\b(the|and)\\b|[,\\s]", "").isEmpty()) {
                return null;
            }
            if (ms.stream().anyMatch(m -> m.form() == Form.ADJECTIVE || m.form() == Form.PEOPLE)) {
                return null;
            }
            if (ms.size() == 1 && ms.get(0).form() == Form.CAPITAL && !p.equalsIgnoreCase("Kremlin")) {
                Who stand = new Who();
                stand.standIn = ms.get(0).code();
                stand.country = ms.get(0).code();
                return stand;
            }
            Who first = null;
            for (CountryLexicon.Mention m : ms) {
                Who stand = new Who();
                stand.standIn = m.code();
                stand.country = m.code();
                if (first == null) {
                    first = stand;
                } else {
                    prevAlso(first, stand);
                }
            }
            return first;
        }

        /** "Georgia and Kazakhstan … confirmed": the other countries of a statement whose first speaker is a stand-in. */
        final Map<Who, List<Who>> also = new HashMap<>();

        void prevAlso(Who first, Who next) {
            also.computeIfAbsent(first, k -> new ArrayList<>()).add(next);
        }

        Who lastOrg(String head) {
            for (int i = mentionedOrgs.size() - 1; i >= 0; i--) {
                Who w = mentionedOrgs.get(i);
                if (head == null || w.name.toLowerCase(Locale.ROOT).contains(head)
                        || head.equals("ministry") && w.name.toLowerCase(Locale.ROOT).contains("ministry")) {
                    return w;
                }
            }
            return null;
        }

        final List<Who> mentionedOrgs = new ArrayList<>();

        void touchOrg(Who w) {
            mentionedOrgs.remove(w);
            mentionedOrgs.add(w);
        }

        Who matchOrg(Set<String> toks, String country) {
            Who best = null;
            for (Who w : registry) {
                if (w.person || w.tokens.isEmpty() || w.standIn != null) {
                    continue;
                }
                if (!toks.containsAll(w.tokens)) {
                    continue;
                }
                Set<String> extra = new HashSet<>(toks);
                extra.removeAll(w.tokens);
                extra.remove("#" + w.country);
                extra.removeAll(Set.of("region", "state", "province", "local", "national"));
                if (extra.isEmpty() && (best == null || w.tokens.size() > best.tokens.size())) {
                    best = w;
                }
            }
            return best;
        }

        /** "WHO" for the World Health Organization named earlier (or known): the initials of its words. */
        Who byInitials(String acronym) {
            for (Who w : registry) {
                Who t = w.target();
                if (t.person || t.name == null) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (String word : t.name.split("[\\s-]+")) {
                    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                        initials.append(word.charAt(0));
                    }
                }
                if (initials.toString().equals(acronym) && acronym.length() >= 3) {
                    touchOrg(t);
                    return t;
                }
            }
            return null;
        }

        Who findByName(String phrase) {
            for (Who w : registry) {
                Who t = w.target();
                if (!t.person && t.name != null && (t.name.equalsIgnoreCase(phrase) || t.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(phrase)))) {
                    touchOrg(t);
                    return t;
                }
            }
            return null;
        }

        Who proposeNamed(String name, String country, OrganizationKind kind) {
            String n = name.replaceAll("^(?i)the\\s+", "");
            Who existing = findByName(n);
            if (existing != null) {
                return existing;
            }
            Set<String> toks = tokens(n, country);
            Matcher of = Pattern.compile("^(.+?)\\s+of\\s+(?:the\\s+)?(.+)$").matcher(n);
            String key = Keys.slugOf(n);
            if (of.find()) {
                String c = countries.codeOf(of.group(2));
                if (c != null) {
                    country = c;
                    key = Keys.slugOf(of.group(2)) + "-" + Keys.slugOf(normalizedCore(of.group(1)));
                    Who match = matchOrg(toks, c);
                    if (match != null) {
                        touchOrg(match);
                        return match;
                    }
                }
            }
            Who w = new Who();
            w.name = n;
            w.key = uniqueKey(key);
            w.country = country;
            w.kind = kind;
            w.tokens = toks;
            registry.add(w);
            touchOrg(w);
            return w;
        }

        OrganizationKind kindOf(String name, String description) {
            String n = (name + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
            if (n.contains("ministry")) {
                return OrganizationKind.MINISTRY;
            }
            if (n.contains("government") || n.contains("authorities")) {
                return OrganizationKind.GOVERNMENT;
            }
            if (n.matches(".*\\b(un|united nations|world|international|european union|nato|of american states)\\b.*")) {
                return OrganizationKind.INTERGOVERNMENTAL;
            }
            if (n.matches(".*\\b(authority|regional|provincial|state)\\b.*")) {
                return OrganizationKind.REGIONAL_AUTHORITY;
            }
            return OrganizationKind.AGENCY;
        }

        /** Resolves countries that spoke: their government if known, else the body of that country the article quotes. */
        void resolveStandIns() {
            for (Found f : new ArrayList<>(statements)) {
                if (f.speaker != null && f.speaker.standIn != null) {
                    List<Who> chain = new ArrayList<>();
                    chain.add(f.speaker);
                    chain.addAll(also.getOrDefault(f.speaker, List.of()));
                    int at = statements.indexOf(f);
                    for (int i = 0; i < chain.size(); i++) {
                        Who body = bodyOf(chain.get(i).standIn);
                        if (i == 0) {
                            f.speaker = body;
                        } else {
                            Found copy = newFound(f.excerpt, f.kind, f.text.replace(countries.name(chain.get(0).standIn), countries.name(chain.get(i).standIn)));
                            copy.speaker = body;
                            copy.saidOn = f.saidOn;
                            copy.dated = f.dated;
                            copy.undated = f.undated;
                            copy.attribution = f.attribution;
                            copy.confidence = f.confidence;
                            statements.add(at + i, copy);
                        }
                    }
                }
            }
            for (Figure g : figures) {
                if (g.statement != null && g.statement.speaker != null && g.statement.speaker.standIn != null) {
                    g.statement.speaker = bodyOf(g.statement.speaker.standIn);
                }
            }
        }

        Who bodyOf(String country) {
            for (Who w : registry) {
                if (w.known && w.kind == OrganizationKind.GOVERNMENT && country.equals(w.country)) {
                    return w;
                }
            }
            for (Found f : statements) {
                Who s = f.speaker == null ? null : f.speaker.target();
                if (s != null && s.standIn == null && !s.person && country.equals(s.country)) {
                    return s;
                }
            }
            return government(country);
        }

        /** A speaker's statements without a day of their own take the day the text gave for that speaker. */
        void inheritDates() {
            Map<Who, LocalDate> last = new HashMap<>();
            for (Found f : statements) {
                if (f.speaker == null) {
                    continue;
                }
                Who s = f.speaker.target();
                if (f.dated && f.saidOn != null) {
                    last.put(s, f.saidOn);
                } else if (f.saidOn == null && !f.undated && last.containsKey(s)) {
                    f.saidOn = last.get(s);
                }
            }
        }

        // ------------------------------------------------------------ mentions kept for later sentences

        void registerMentions(int index, String s) {
            Matcher titled = TITLED.matcher(s);
            while (titled.find()) {
                String name = titled.group(2).replaceAll("^(?:" + String.join("|", RANKS).replace(".", "\\.") + ")\\s+", "");
                if (!name.contains(" ") || orgLike(name) || !countries.find(name).isEmpty() || place(name)) {
                    continue;
                }
                Who known = findPerson(name);
                if (known == null) {
                    String before = s.substring(Math.max(0, titled.start() - 40), titled.start());
                    Who w = new Who();
                    w.person = true;
                    w.name = name;
                    w.key = uniqueKey(Keys.slugOf(name));
                    w.aliases.add(name.substring(name.lastIndexOf(' ') + 1));
                    w.title = titleCase(titled.group(1));
                    String c = qualifierCountry(before);
                    w.country = c != null ? c : mainCountry;
                    registry.add(w);
                    known = w;
                }
                touch(known);
            }
            Matcher single = CAPITALIZED.matcher(s);
            while (single.find()) {
                String w = single.group();
                for (Who p : registry) {
                    if (p.person && p.name != null && !p.known && p.name.endsWith(" " + w)) {
                        touch(p);
                    }
                }
            }
            Matcher region = REGION.matcher(s);
            while (region.find()) {
                if (countries.find(region.group(1)).isEmpty()) {
                    lastRegion = region.group(1);
                    String before = s.substring(Math.max(0, region.start() - 20), region.start());
                    String c = qualifierCountry(before);
                    lastRegionCountry = c != null ? c : mainCountry;
                }
            }
        }

        // ------------------------------------------------------------ figures

        void anchors(String s, List<Expr> exprs) {
            for (Expr e : exprs) {
                if (e.kind() == Kind.SINCE && e.from() != null) {
                    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                        if (Lexicon.METRIC_NOUNS.contains(w)) {
                            anchors.putIfAbsent(Lexicon.metricOfNoun(w), new Anchor(e, null));
                        }
                    }
                }
            }
        }

        void figures(int index, Span u, String s, List<Span> quotes, List<Expr> exprs, List<Found> found) {
            Figure previousInUnit = null;
            for (Quantity q : Quantities.find(s)) {
                if (!isFact(s, q, exprs)) {
                    continue;
                }
                Figure g = new Figure();
                g.q = q;
                g.unitIndex = index;
                g.excerpt = clauseOf(u, s, q);
                g.statement = statementOf(found, u.start() + q.start());
                Figure previous = figures.isEmpty() ? null : figures.get(figures.size() - 1);
                describe(g, s, q, previous, previousInUnit);
                if (g.country == null) {
                    continue;
                }
                period(g, s, q, exprs, found, previousInUnit);
                g.confidence = Math.min(0.95, g.confidence);
                figures.add(g);
                previousInUnit = g;
            }
        }

        Found statementOf(List<Found> found, int at) {
            Found best = null;
            for (Found f : found) {
                if (f.excerpt.contains(at) && (best == null || f.excerpt.end() - f.excerpt.start() < best.excerpt.end() - best.excerpt.start())) {
                    best = f;
                }
            }
            return best;
        }

        /** Dates, years, ages, durations, phone numbers, list markers and "the two neighbours" are not figures. */
        boolean isFact(String s, Quantity q, List<Expr> exprs) {
            for (Expr e : exprs) {
                if (e.start() < q.end() && q.start() < e.end() && e.kind() != Kind.COMPARISON) {
                    return false;
                }
            }
            String number = s.substring(q.numberStart(), q.end());
            String after = s.substring(q.end());
            String before = s.substring(0, q.start());
            if (!q.change() && q.approximation() == Approximation.EXACT && !q.percent() && number.matches("1[89]\\d\\d|20\\d\\d")) {
                return false;
            }
            if (after.matches("(?s)^[-\\s]*(?:years?|months?)[-\\s]old.*") || after.matches("(?s)^\\s*(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?|centuries)\\b.*")) {
                return false;
            }
            if (before.matches("(?s).*\\p{Lu}\\p{L}+,\\s*$") && after.matches("(?s)^,.*") && !q.inWords()) {
                return false; // "Molina, 45, thanked voters": an age
            }
            int a = q.start();
            int b = q.end();
            while (a > 0 && "0123456789 +()-".indexOf(s.charAt(a - 1)) >= 0) {
                a--;
            }
            while (b < s.length() && "0123456789 ()-".indexOf(s.charAt(b)) >= 0) {
                b++;
            }
            String run = s.substring(a, b).trim();
            if (run.matches("[+\\d\\s()-]+") && run.split("[\\s()-]+").length >= 3 && run.replaceAll("\\D", "").length() >= 6) {
                return false; // a phone number
            }
            if (q.start() == 0 && after.matches("(?s)^[.)](?:\\s.*)?")) {
                return false; // a list marker
            }
            if (q.inWords() && before.matches("(?s).*\\b(?:the|these|those|both|all)\\s+$")) {
                return false;
            }
            if (q.inWords() && before.matches("(?s).*\\p{Lu}\\p{L}+\\s+and\\s+\\p{Lu}\\p{L}+,\\s*$")) {
                return false; // "Georgia and Kazakhstan, two neighboring countries": an apposition
            }
            return !after.matches("(?s)^(?:st|nd|rd|th)\\b.*");
        }

        Span clauseOf(Span u, String s, Quantity q) {
            int a = q.start();
            while (a > 0 && !boundary(s, a - 1, ".!?;:")) {
                a--;
            }
            int b = q.end();
            while (b < s.length() && !boundary(s, b, ".!?;")) {
                b++;
            }
            if (b < s.length() && s.charAt(b) != ';') {
                b++;
            }
            while (a < b && (Character.isWhitespace(s.charAt(a)) || "“”\"’,".indexOf(s.charAt(a)) >= 0)) {
                a++;
            }
            while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || "“”\",".indexOf(s.charAt(b - 1)) >= 0)) {
                b--;
            }
            return new Span(u.start() + a, u.start() + b);
        }

        /** What is counted, in what, where and from where. */
        void describe(Figure g, String s, Quantity q, Figure previous, Figure previousInUnit) {
            String after = s.substring(q.end());
            int clauseStart = q.start();
            while (clauseStart > 0 && !boundary(s, clauseStart - 1, ".!?;:")) {
                clauseStart--;
            }
            int sentenceStart = q.start();
            while (sentenceStart > 0 && !boundary(s, sentenceStart - 1, ".!?")) {
                sentenceStart--;
            }
            String before = s.substring(clauseStart, q.start());
            Lexicon.NounPhrase np = Lexicon.nounAfter(after, countries);
            g.confidence = 0.85;
            Rate rate = Lexicon.rate(after);
            g.rate = rate;
            String verbMetric = Lexicon.flowVerb(before, after, np);
            String subject = Lexicon.subjectNoun(s.substring(sentenceStart, q.start()));
            boolean bare = false;
            if (q.change()) {
                String base = subject != null ? Lexicon.metricOfNoun(subject) : previous != null ? previous.base : null;
                if (base == null) {
                    base = "change";
                }
                g.base = base;
                g.metric = base + "-growth";
                g.unit = "ratio";
            } else if (q.percent()) {
                g.unit = "percent";
                Matcher change = Pattern.compile("(?i)\\b(up|down|rose|fell|increased|decreased|dropped|grew)\\s*(?:by\\s*)?$").matcher(before);
                if (change.find() && previousInUnit != null) {
                    g.base = previousInUnit.base;
                    g.metric = previousInUnit.base + "-change";
                } else {
                    String of = Lexicon.percentOf(after);
                    g.base = of != null ? of : subject != null ? Lexicon.metricOfNoun(subject) : previous != null ? previous.base : "share";
                    g.metric = g.base;
                }
            } else if (np != null && np.unit() != null) {
                g.unit = np.unit();
                g.base = Lexicon.measureMetric(np, before, after, subject);
                g.metric = g.base;
            } else if (np != null) {
                g.unit = Lexicon.isPeople(np.head()) ? "people" : np.head();
                g.base = verbMetric != null && Lexicon.isPeople(np.head()) ? verbMetric : Lexicon.metricOf(np, after);
                if (before.matches("(?s).*\\b(?:nation|country|city|population|state) of\\s*$")) {
                    g.base = "population";
                }
                g.metric = g.base;
            } else if (verbMetric != null) {
                g.unit = "people";
                g.base = verbMetric;
                g.metric = verbMetric;
            } else if (subject != null) {
                g.base = Lexicon.metricOfNoun(subject);
                g.metric = g.base;
                g.unit = Lexicon.unitOfMetric(g.base);
            } else if (previous != null) {
                bare = true;
                g.base = previous.base;
                g.metric = previous.metric.endsWith("-growth") ? previous.base : previous.metric;
                g.unit = previous.unit.equals("ratio") ? Lexicon.unitOfMetric(previous.base) : previous.unit;
                if (g.rate == null) {
                    g.rate = previous.rate;
                }
                g.confidence = 0.7;
            } else {
                return;
            }
            // Where it was observed, and where counted people come from.
            String origin = Lexicon.origin(s, clauseStart, q, np, countries);
            g.origin = origin;
            boolean sameSpeaker = previous != null && speakerOf(previous) == speakerOf(g);
            if (bare && previous != null && (sameSpeaker || g.statement == null)) {
                g.country = previous.country;
                if (g.origin == null) {
                    g.origin = previous.origin;
                }
                return;
            }
            String place = location(s, clauseStart, q, np);
            if (place == null && g.statement == null && previous != null && (subject != null || bare) && g.unitIndex - previous.unitIndex <= 3) {
                place = previous.country;
            }
            if (place == null && g.statement != null && g.statement.speaker != null) {
                place = countryOf(g.statement.speaker);
                g.confidence -= 0.1;
            }
            if (place == null) {
                place = nearestCountryName(s, q.start());
            }
            if (place == null) {
                place = mainCountry;
                g.confidence -= 0.2;
            }
            if (place != null && place.equals(g.origin) && g.statement != null && g.statement.speaker != null && countryOf(g.statement.speaker) != null
                    && !countryOf(g.statement.speaker).equals(g.origin)) {
                place = countryOf(g.statement.speaker);
            }
            g.country = place;
        }

        Who speakerOf(Figure g) {
            return g.statement == null || g.statement.speaker == null ? null : g.statement.speaker.target();
        }

        String countryOf(Who w) {
            Who t = w.target();
            return t.standIn != null ? t.standIn : t.country;
        }

        /** "in Greece", "to Chad", "into eastern Chad", "the Italian island", "Ukrainian regions", "the country". */
        String location(String s, int clauseStart, Quantity q, Lexicon.NounPhrase np) {
            if (np != null && np.adjectiveCountry() != null && !Lexicon.isPeople(np.head())) {
                return np.adjectiveCountry();
            }
            int end = s.length();
            for (int i = q.end(); i < s.length(); i++) {
                if (",.;!?".indexOf(s.charAt(i)) >= 0 || s.startsWith(" since ", i) || s.startsWith(" while ", i)) {
                    end = i;
                    break;
                }
            }
            String window = s.substring(q.end(), end);
            String found = Lexicon.located(window, countries);
            if (found == null) {
                found = Lexicon.located(s.substring(0, q.start()), countries, true);
            }
            if (found == null && window.matches("(?s).*\\bthe country\\b.*")) {
                found = lastCountryBefore(unitOffset + q.start());
            }
            return found;
        }

        void period(Figure g, String s, Quantity q, List<Expr> exprs, List<Found> found, Figure previousInUnit) {
            Expr own = null;
            int end = s.length();
            for (int i = q.end(); i < s.length(); i++) {
                if (boundary(s, i, ",.;!?") || s.startsWith(" and ", i) && s.substring(i + 5).matches("(?s)^\\p{L}+ed\\b.*")) {
                    end = i;
                    break;
                }
            }
            int begin = q.start();
            while (begin > 0 && !boundary(s, begin - 1, ".;!?:")) {
                begin--;
            }
            boolean after = false;
            for (Expr e : exprs) {
                if (e.kind() == Kind.COMPARISON || inAttribution(found, e)) {
                    continue;
                }
                if (e.start() >= q.end() && e.start() < end) {
                    own = e;
                    after = true;
                    break;
                }
            }
            if (own == null) {
                for (Expr e : exprs) {
                    if (e.kind() != Kind.COMPARISON && !inAttribution(found, e) && e.end() <= q.start() && e.start() >= begin) {
                        own = e;
                    }
                }
            }
            if (own != null && own.kind() == Kind.SAME_DAY) {
                own = lastDate == null ? null : new Expr(own.start(), own.end(), Kind.DAY, lastDate, lastDate);
            }
            if (own != null) {
                g.periodStart = own.from();
                g.periodEnd = own.to();
                if ((own.kind() == Kind.DAY && g.rate == null && !after || own.kind() == Kind.SINCE && own.from() != null) && g.base != null) {
                    anchors.putIfAbsent(g.base, new Anchor(own, g.country));
                }
                if (own.kind() == Kind.DAY && after && g.rate == null && !"percent".equals(g.unit)) {
                    g.rate = Rate.PER_DAY;
                }
                return;
            }
            if (previousInUnit != null && (previousInUnit.periodStart != null || previousInUnit.periodEnd != null)
                    && previousInUnit.statement == g.statement && previousInUnit.periodStart != previousInUnit.periodEnd) {
                g.periodStart = previousInUnit.periodStart;
                g.periodEnd = previousInUnit.periodEnd;
                return;
            }
            if (g.rate == Rate.PER_YEAR) {
                return; // an annual average: no period of its own
            }
            Anchor anchor = anchors.get(g.base);
            if (anchor != null && (anchor.country() == null || anchor.country().equals(g.country))) {
                g.periodStart = anchor.period().from();
                g.periodEnd = anchor.period().to();
                return;
            }
            g.onSaidDay = true; // filled in once the statement's day is known

        }

        boolean inAttribution(List<Found> found, Expr e) {
            for (Found f : found) {
                // Offsets of expressions are relative to the sentence; attribution spans are absolute.
                if (f.attribution != null && f.attribution.contains(e.start() + unitOffset)) {
                    return true;
                }
            }
            return false;
        }

        int unitOffset;

        // ------------------------------------------------------------ helpers

        String lastCountryBefore(int at) {
            String code = null;
            for (CountryLexicon.Mention m : countryMentions) {
                if (m.start() >= at) {
                    break;
                }
                if (m.form() == Form.NAME) {
                    code = m.code();
                }
            }
            return code;
        }

        String nearestCountry(String s, int at) {
            String code = null;
            for (CountryLexicon.Mention m : countries.find(s.substring(0, Math.min(at, s.length())))) {
                if (m.form() == Form.NAME) {
                    code = m.code();
                }
            }
            return code;
        }

        /** The country named last before a position, else the first after it. */
        String nearestCountryName(String s, int at) {
            String before = null;
            String after = null;
            for (CountryLexicon.Mention m : countries.find(s)) {
                if (m.form() == Form.NAME && m.start() < at) {
                    before = m.code();
                } else if (m.form() == Form.NAME && after == null) {
                    after = m.code();
                }
            }
            return before != null ? before : after;
        }

        /** The country a phrase qualifies its noun with: "Hungary's", "Kazakh", "of Kazakhstan", "in Russia’s". */
        String qualifierCountry(String phrase) {
            for (CountryLexicon.Mention m : countries.find(phrase)) {
                // "Organization of American States": an adjective inside a proper name qualifies nothing.
                boolean inName = m.form() == Form.ADJECTIVE && phrase.substring(m.end()).matches("(?s)^\\s+\\p{Lu}.*")
                        && phrase.substring(0, m.start()).matches("(?s).*\\bof\\s+(?:the\\s+)?$");
                if ((m.form() == Form.ADJECTIVE || m.form() == Form.NAME) && !inName) {
                    return m.code();
                }
            }
            return null;
        }

        String adjectivesOf(String country) {
            if (country == null) {
                return "(?!)";
            }
            return countries.adjectivesOf(country);
        }

        String uniqueKey(String key) {
            String k = key;
            int n = 2;
            while (true) {
                String candidate = k;
                if (registry.stream().noneMatch(w -> candidate.equals(w.key))) {
                    return k;
                }
                k = key + "-" + n++;
            }
        }

        Dataset dataset() {
            String sourceKey = Keys.slugOf(article.title() == null || article.title().isBlank() ? "article" : article.title())
                    + "-" + published;
            SourceEntry source = new SourceEntry(sourceKey, article.title(), article.publisher(), article.url(), published,
                    article.language() == null ? "en" : article.language(), text);
            Set<Who> used = new LinkedHashSet<>();
            List<StatementEntry> st = new ArrayList<>();
            int n = 1;
            for (Found f : statements) {
                Who speaker = f.speaker == null ? null : f.speaker.target();
                if (speaker != null && (speaker.name == null || speaker.key == null)) {
                    speaker = null; // a title never named: left for the editor
                }
                f.speaker = speaker;
                if (speaker != null) {
                    used.add(speaker);
                }
                f.key = sourceKey + "-s" + n++;
                String excerpt = text.substring(f.excerpt.start(), f.excerpt.end());
                st.add(new StatementEntry(f.key, f.text.isBlank() ? excerpt : f.text, f.kind, speaker == null ? null : speaker.key, f.saidOn,
                        sourceKey, excerpt, codes(excerpt), List.of(), List.of(),
                        new EvidenceEntry(f.excerpt.start(), f.excerpt.end(), round(speaker == null ? 0.4 : f.confidence))));
            }
            List<StatisticEntry> figs = new ArrayList<>();
            n = 1;
            for (Figure g : figures) {
                Who by = g.statement == null || g.statement.speaker == null ? null : g.statement.speaker;
                String excerpt = text.substring(g.excerpt.start(), g.excerpt.end());
                Quantity q = g.q;
                figs.add(new StatisticEntry(sourceKey + "-f" + n++, g.metric, describe(g, excerpt), q.value(), q.low(), q.high(),
                        q.approximation(), g.unit, g.rate, g.periodStart, g.periodEnd, g.country,
                        g.origin != null && !g.origin.equals(g.country) ? g.origin : null, null, by == null ? null : by.key,
                        g.statement == null ? null : g.statement.key, sourceKey, excerpt, List.of(),
                        new EvidenceEntry(g.excerpt.start(), g.excerpt.end(), round(g.confidence))));
            }
            List<OrganizationEntry> orgs = new ArrayList<>();
            List<OfficialEntry> officials = new ArrayList<>();
            for (Who w : used) {
                if (w.known) {
                    continue;
                }
                if (w.person) {
                    List<PositionEntry> positions = w.title == null ? List.of() : List.of(new PositionEntry(w.title, w.country, null, null, null));
                    officials.add(new OfficialEntry(w.key, w.name, w.aliases.stream().filter(a -> !a.equals(w.name)).distinct().toList(),
                            positions, w.country));
                } else {
                    orgs.add(new OrganizationEntry(w.key, w.name, w.kind == null ? OrganizationKind.OTHER : w.kind, w.country));
                }
            }
            return new Dataset(List.of(source), List.of(), orgs, officials, List.of(), List.of(), st, figs);
        }

        String describe(Figure g, String excerpt) {
            return g.metric.replace('-', ' ') + ": " + excerpt;
        }

        List<String> codes(String excerpt) {
            Set<String> out = new LinkedHashSet<>();
            for (CountryLexicon.Mention m : countries.find(excerpt)) {
                out.add(m.code());
            }
            return new ArrayList<>(out);
        }
    }

    // ---------------------------------------------------------------- text helpers

    /** A punctuation mark that ends a clause: "82.3" and "U.S." do not. */
    static boolean boundary(String s, int i, String marks) {
        char c = s.charAt(i);
        if (marks.indexOf(c) < 0) {
            return false;
        }
        return c != '.' || i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
    }

    static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 100) / 100.0;
    }

    static List<Span> quotes(String s) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' && open < 0) {
                open = i;
            } else if (c == '”' && open >= 0) {
                out.add(new Span(open, i + 1));
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new Span(open, i + 1));
                    open = -1;
                }
            }
        }
        return out;
    }

    static boolean inside(List<Span> quotes, int at) {
        return quotes.stream().anyMatch(q -> q.start() < at && at < q.end());
    }

    static Span quoteAt(List<Span> quotes, int at) {
        return quotes.stream().filter(q -> q.start() == at).findFirst().orElse(null);
    }

    static int lastComma(String pre, List<Span> quotes, int offset) {
        for (int i = pre.length() - 1; i >= 0; i--) {
            if (pre.charAt(i) == ',' && !inside(quotes, offset + i)) {
                return offset + i;
            }
        }
        return -1;
    }

    static List<int[]> segments(String pre, List<Span> quotes) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < pre.length(); i++) {
            if ((pre.charAt(i) == ',' || pre.charAt(i) == ';') && !inside(quotes, i)) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, pre.length()});
        return out;
    }

    static int nextBoundary(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (",.;".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    static boolean capitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) && !token.matches("\\p{Lu}{2,}s?");
    }

    static boolean isDeterminer(String token) {
        return token.matches("(?i)the|a|an|its|his|her|their|our|this|that|these|those");
    }

    static boolean isPronoun(String phrase) {
        return phrase.trim().matches("(?i)he|she|it|they");
    }

    static boolean indefinite(String phrase) {
        return phrase.matches("(?i)^(?:a|an|one of|two|three|four|five|six|seven|eight|nine|ten|some)\\b.*");
    }

    static boolean properName(String phrase) {
        String p = phrase.trim().replaceAll("^(?:Colonel|General|Dr\\.|Mr\\.|Ms\\.|Mrs\\.)\\s+", "");
        return !p.isEmpty() && p.matches("(?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
    }

    static boolean description(String phrase) {
        return phrase.matches("(?i)^(?:the|a|an)\\s.*") && organizationHead(phrase) != null;
    }

    static boolean orgLike(String name) {
        return organizationHead(name) != null;
    }

    static String organizationHead(String phrase) {
        String lower = " " + phrase.toLowerCase(Locale.ROOT) + " ";
        String best = null;
        int at = -1;
        for (String h : ORG_HEADS) {
            int i = lower.indexOf(" " + h + " ");
            if (i < 0) {
                i = lower.indexOf(" " + h + "’s ");
            }
            if (i >= 0 && (best == null || i < at || i == at && h.length() > best.length())) {
                best = h;
                at = i;
            }
        }
        return best;
    }

    boolean place(String name) {
        return name.matches(".*\\b(?:Asia|Africa|Europe|America|Balkans|Union|Sea|Ocean|Island|Islands|Gulf|Route|Centre|Center)\\b.*");
    }

    static String clean(String s) {
        return s.trim().replaceAll("^[“”\"’,\\s]+|[“”\"’,;:\\s]+$", "").replaceAll("[,;]$", "");
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.matches("(?i)of|the|for|and|in") && sb.length() > 0 ? w.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    /** The words of a body's name, countries as their codes: "Interior Ministry of Georgia" → {interior, ministry, #GE}. */
    Set<String> tokens(String name, String country) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\bministry of (?:the )?(\\w+)(?: affairs)?", "$1 ministry")
                .replaceAll("\\bforeign affairs\\b", "foreign");
        Set<String> out = new LinkedHashSet<>();
        for (CountryLexicon.Mention m : countries.find(name)) {
            out.add("#" + m.code());
        }
        String stripped = name;
        List<CountryLexicon.Mention> ms = countries.find(name);
        for (int i = ms.size() - 1; i >= 0; i--) {
            stripped = stripped.substring(0, ms.get(i).start()) + stripped.substring(ms.get(i).end());
        }
        n = stripped.toLowerCase(Locale.ROOT).replaceAll("\\bministry of (?:the )?(\\w+)(?: affairs)?", "$1 ministry")
                .replaceAll("\\bforeign affairs\\b", "foreign");
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !Set.of("the", "of", "and", "for", "in", "on", "s").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
