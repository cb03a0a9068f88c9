import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic newsgraph dataset (the dataset format of docs/ARCHITECTURE.md) for the benchmark.
 *
 * <pre>java bench/GenerateDataset.java --size tiny|small|medium|large [--seed 42] --out FILE</pre>
 *
 * The same size and seed give a byte-identical file (on the same JDK: country names come from its
 * ISO list). Next to FILE it writes FILE-without-.json + ".meta.json": the counts and the query
 * parameters the benchmark uses (a search word, the country and metric of the longest series),
 * counted from what was actually written, so the driver never has to scan the big file.
 *
 * Why it looks the way it does:
 * - Output is streamed; only small per-entity arrays (dates, countries, names) stay in memory, so
 *   "large" needs no more heap than "medium".
 * - Every fact is generated from its own random stream (seed, kind, index). Sources come first in
 *   the file but their text must contain the excerpt of every fact they report, so the facts of each
 *   source are planned up front (contiguous index blocks) and generated twice: once for the
 *   source's text, once when the fact itself is written. The two runs produce the same excerpt.
 * - Long tails everywhere (Zipf): a few countries, speakers, metrics, events and words get most of
 *   the facts, as in real news; the driver picks its parameters from the head of those tails.
 */
public class GenerateDataset {

    // ---- sizes -----------------------------------------------------------------------------------

    /** Counts for "medium"; small is a tenth, large ten times. Countries are always all of the JDK's ISO list. */
    static final int OFFICIALS = 2_000;
    static final int ORGANIZATIONS = 500;
    static final int SOURCES = 20_000;
    static final int STATEMENTS = 200_000;
    static final int STATISTICS = 50_000;
    static final int EVENTS = 1_000;
    static final int PLACES = 500;

    /** The word the "search" benchmark looks for; a mid-frequency word (see MEDIUM_WORDS). */
    static final String SEARCH_WORD = "ceasefire";

    static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    // Stream ids for per-entity random streams.
    static final int S_PLAN = 1, S_SOURCE = 2, S_ORG = 3, S_OFFICIAL = 4, S_PLACE = 5, S_EVENT = 6, S_STATEMENT = 7,
            S_STATISTIC = 8;

    // ---- vocabulary ------------------------------------------------------------------------------

    static final String[] COMMON_WORDS = ("the of and to in a said that on for is was with by government minister "
            + "border people country officials president week year new more after would will their has have from as at "
            + "were about security police regional national ministry reported according state public announced city "
            + "today support crisis plan statement region forces international agency military economic local issued "
            + "also its not but this could two three since during over against last first other than some most they "
            + "been under further while before many all into told any").split(" ");

    static final String[] MEDIUM_WORDS = ("talks election refugees checkpoint parliament sanctions spokesman "
            + "capital troops negotiations opposition inflation budget protest aid humanitarian residents "
            + "authorities mobilization crossing queue visa embassy decree referendum vote ballot campaign coalition "
            + "court judge prosecutor investigation arrest detention hospital vaccine outbreak flood earthquake drought "
            + "harvest grain exports imports tariff currency bank loan debt reform pension wages strike union workers "
            + "farmers students teachers doctors soldiers volunteers villages districts province governor mayor "
            + "council assembly committee ceasefire delegation summit agreement treaty pipeline energy electricity fuel prices "
            + "shortage supplies convoy corridor evacuation shelter camp migrants asylum deportation passport customs "
            + "traffic highway railway airport flights ferry port shipment cargo warehouse factory mine oil gas wheat "
            + "rice fertilizer livestock water sanitation schools curfew emergency martial clashes shelling drones "
            + "missiles casualties wounded hostages prisoners exchange monitors observers mission peacekeepers").split(" ");

    static final String[] RARE_WORDS = ("sanatorium quarantine gorge hydroelectric ombudsman cartography "
            + "tributary escarpment moratorium gendarmerie plenipotentiary archipelago reservoir subsidy amnesty "
            + "abstention gerrymandering filibuster constituency caucus bicameral impeachment incumbency plebiscite "
            + "tribunal extradition clemency embargo dredging desalination salinity locust cholera dysentery "
            + "typhoid measles polio malaria tuberculosis triage orphanage monastery cathedral mosque synagogue "
            + "pagoda bazaar caravan nomads herders glacier avalanche landslide mudslide cyclone typhoon monsoon "
            + "tsunami aftershock epicentre magnitude seismograph barometer isobar permafrost tundra steppe savanna "
            + "mangrove estuary delta lagoon fjord isthmus peninsula enclave exclave condominium protectorate "
            + "suzerainty viceroy regent chancellor burgomaster alderman magistrate notary bailiff coroner "
            + "lighthouse quay jetty wharf dockyard shipyard foundry smelter refinery distillery brewery tannery "
            + "quarry kiln silo granary abattoir hatchery apiary vineyard orchard plantation irrigation terracing "
            + "aqueduct viaduct causeway tollbooth turnpike checkerboard palisade bastion rampart citadel garrison "
            + "barracks armistice capitulation conscription demobilization requisition rationing blackout "
            + "telegraph switchboard semaphore cipher dossier memorandum communique ultimatum protocol addendum "
            + "codicil annex rapporteur envoy attache consul legation chancery dispatch courier").split(" ");

    static final String[] FIRST_NAMES = ("Anna Mikhail Nino Giorgi Aigerim Nursultan Olena Andriy Maria José Ahmed "
            + "Fatima Li Wei Hiroshi Yuki Amara Kwame Ingrid Lars Sofia Mateo Lucía Chen Priya Ravi Emeka Ngozi Omar "
            + "Leila Pavel Katarzyna Tomasz Eszter Zoltán Björn Sigrid Élodie François Jürgen Ümit Ayşe Dmitri Irina "
            + "Sipho Thandiwe Carlos Ana Nguyen Thi Kofi Abena Samir Yasmin Tariq Zainab Hamid Noor Ivan Olga").split(" ");
    static final String[] LAST_NAMES = ("Abashidze Kuznetsova Beridze Tokayeva Seitkali Shevchenko Kovalenko "
            + "García Fernández Haddad Mansour Zhang Wang Tanaka Sato Okafor Mensah Johansson Lindqvist Rossi Silva "
            + "Santos Chen Sharma Patel Nwosu Adeyemi Khalil Hosseini Novák Kowalski Nagy Szabó Andersen Müller "
            + "Schmidt Dubois Lefèvre Yılmaz Demir Petrov Ivanova Dlamini Ndlovu Mendoza Pereira Tran Boateng Owusu "
            + "Farouk Rahman Qureshi Karimi Popescu Horvat O'Brien MacLeod Van-der-Berg").split(" ");

    static final String[] TITLES = {"President", "Prime Minister", "Minister of Interior", "Minister of Foreign Affairs",
            "Minister of Finance", "Minister of Health", "Minister of Defence", "Spokesperson", "Governor", "Mayor",
            "Ambassador", "Deputy Minister", "Head of Border Service", "Chief of Police", "Speaker of Parliament",
            "Member of Parliament", "Prosecutor General", "Central Bank Governor", "Minister of Economy",
            "Minister of Energy", "Minister of Agriculture", "Chief Medical Officer", "Regional Administrator"};

    static final String[] ORG_KINDS = {"GOVERNMENT", "MINISTRY", "AGENCY", "REGIONAL_AUTHORITY", "INTERGOVERNMENTAL",
            "OTHER"};
    static final String[][] ORG_NAMES = {
            {"Government of %s", "Cabinet of Ministers of %s", "Presidential Administration of %s"},
            {"%s Ministry of Interior", "%s Ministry of Foreign Affairs", "%s Ministry of Health", "%s Ministry of Finance",
                    "%s Ministry of Defence", "%s Ministry of Economy", "%s Ministry of Agriculture", "%s Ministry of Energy"},
            {"%s Border Service", "%s Statistics Office", "%s Migration Service", "%s Emergency Service",
                    "%s Customs Agency", "%s Election Commission", "%s Public Health Agency", "%s Central Bank"},
            {"%s Northern Regional Administration", "%s Southern Provincial Authority", "%s Capital City Council",
                    "%s Eastern District Authority"},
            {"%s Office of the UN Refugee Agency", "%s Mission of the OSCE", "%s Delegation of the European Union",
                    "%s Office of the World Health Organization"},
            {"%s Red Cross Society", "%s Chamber of Commerce", "%s Bar Association", "%s Human Rights Commission"}};

    static final String[] PLACE_KINDS = {"CHECKPOINT", "REGION", "CITY", "OTHER"};
    static final String[] PLACE_SUFFIXES = {"Checkpoint", "Region", "City", "Crossing", "Province", "Port", "Valley",
            "Bridge", "District", "Airport"};
    static final String[] PLACE_STEMS = ("Verkhni Zemo Nizhni Ak Kara Sary Novo Staro Ust Bel Gor Dol Mir Pol Ras "
            + "Sol Tal Ver Yar Zar Kaz Lars Tash Khan Bulak Su Kol Dag Tepe Abad Pur Gard Grad Burg Stad Ville Polis").split(" ");

    static final String[] EVENT_KINDS = {"mobilization", "election", "earthquake", "flood", "summit", "referendum",
            "border closure", "ceasefire", "protests", "outbreak", "drought", "strike", "sanctions package",
            "peace talks", "evacuation", "currency devaluation", "cyclone", "wildfires", "coup attempt", "amnesty"};

    static final String[] PUBLISHERS = {"Reuters", "Associated Press", "Agence France-Presse", "BBC News",
            "Deutsche Welle", "Al Jazeera", "The Guardian", "Le Monde", "El País", "Kyiv Independent", "Civil.ge",
            "Kazinform", "Interfax", "Nikkei Asia", "The Hindu", "Daily Nation", "Folha de S.Paulo", "Der Spiegel",
            "NHK World", "Xinhua", "TASS", "Anadolu Agency", "Yonhap", "ABC News", "CBC News", "RFE/RL", "Eurasianet",
            "OC Media", "Meduza", "Novaya Gazeta Europe", "Balkan Insight", "The Moscow Times", "Gazeta Wyborcza",
            "Haaretz", "Dawn", "The Straits Times", "Mail & Guardian", "Premium Times", "La Nación", "Clarín"};
    static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "fr", "de", "es", "ru", "ka", "kk", "pt-BR",
            "uk", "tr", "ar", "zh-Hans"};

    /** Metrics by frequency rank (Zipf); unit, smallest and largest plausible value, rate profile, decimals. */
    record Metric(String name, String words, String unit, double min, double max, char rates, boolean flow,
            boolean decimal) {
    }

    static final Metric[] METRICS = {
            new Metric("arrivals", "arrivals", "people", 50, 120_000, 'D', true, false),
            new Metric("casualties", "casualties", "people", 1, 5_000, 'T', false, false),
            new Metric("border-crossings", "border crossings", "people", 100, 60_000, 'D', true, false),
            new Metric("inflation-rate", "inflation", "percent", 0.1, 80, 'M', false, true),
            new Metric("displaced-people", "displaced people", "people", 100, 2_000_000, 'T', true, false),
            new Metric("departures", "departures", "people", 50, 100_000, 'D', true, false),
            new Metric("deaths", "deaths", "people", 1, 20_000, 'T', false, false),
            new Metric("unemployment-rate", "unemployment", "percent", 1, 40, 'M', false, true),
            new Metric("refugees", "refugees", "people", 100, 3_000_000, 'T', true, false),
            new Metric("arrests", "arrests", "people", 1, 5_000, 'T', false, false),
            new Metric("turnout", "turnout", "percent", 20, 95, 'N', false, true),
            new Metric("votes", "votes", "votes", 1_000, 50_000_000, 'N', false, false),
            new Metric("asylum-applications", "asylum applications", "applications", 10, 300_000, 'Y', true, false),
            new Metric("injuries", "injuries", "people", 1, 10_000, 'T', false, false),
            new Metric("gdp-growth", "economic growth", "percent", -15, 15, 'Y', false, true),
            new Metric("cases", "cases", "people", 1, 500_000, 'D', false, false),
            new Metric("exports", "exports", "USD", 1e6, 5e10, 'Y', true, false),
            new Metric("imports", "imports", "USD", 1e6, 5e10, 'Y', true, false),
            new Metric("aid-pledged", "aid pledged", "USD", 1e5, 5e9, 'T', true, false),
            new Metric("detentions", "detentions", "people", 1, 3_000, 'T', false, false),
            new Metric("vehicles-queued", "vehicles queued", "vehicles", 10, 10_000, 'N', false, false),
            new Metric("wait-time", "waiting time", "hours", 1, 96, 'N', false, false),
            new Metric("hospitalizations", "hospitalizations", "people", 1, 50_000, 'D', false, false),
            new Metric("vaccinations", "vaccinations", "doses", 100, 5_000_000, 'D', false, false),
            new Metric("troops-deployed", "troops deployed", "troops", 100, 200_000, 'T', true, false),
            new Metric("flights-cancelled", "cancelled flights", "flights", 1, 2_000, 'D', false, false),
            new Metric("visas-issued", "visas issued", "visas", 10, 500_000, 'M', true, false),
            new Metric("protests", "protests", "protests", 1, 500, 'W', false, false),
            new Metric("fuel-price", "fuel price", "USD", 0.3, 3, 'N', false, true),
            new Metric("grain-exports", "grain exports", "tonnes", 1_000, 5_000_000, 'M', true, false),
            new Metric("power-outages", "power outages", "households", 100, 3_000_000, 'D', false, false),
            new Metric("buildings-destroyed", "destroyed buildings", "buildings", 1, 20_000, 'T', false, false),
            new Metric("school-closures", "school closures", "schools", 1, 5_000, 'T', false, false),
            new Metric("evacuations", "evacuations", "people", 10, 500_000, 'T', false, false),
            new Metric("population", "population", "people", 10_000, 200_000_000, 'N', false, false),
            new Metric("emigration", "emigration", "people", 100, 1_000_000, 'Y', true, false),
            new Metric("remittances", "remittances", "USD", 1e6, 2e10, 'Y', true, false),
            new Metric("tourist-arrivals", "tourist arrivals", "people", 1_000, 20_000_000, 'Y', true, false),
            new Metric("interest-rate", "the key interest rate", "percent", 0.25, 40, 'N', false, true),
            new Metric("tests", "tests", "tests", 100, 2_000_000, 'D', false, false)};

    /** A few real land borders, so that the countries section is not empty. */
    static final String[] NEIGHBORS = {"GE:RU", "GE:AM", "GE:AZ", "GE:TR", "KZ:RU", "KZ:CN", "KZ:KG", "KZ:UZ", "KZ:TM",
            "FR:DE", "FR:ES", "DE:PL", "PL:UA", "UA:RU", "BR:AR", "IN:PK", "KE:TZ", "NG:CM", "US:CA", "US:MX"};

    // ---- plan ------------------------------------------------------------------------------------

    final long seed;
    final int nOfficials, nOrganizations, nSources, nStatements, nStatistics, nEvents, nPlaces;
    final String[] countryCodes;
    final String[] countryNames;
    final Zipf factCountries; // statements and statistics: strongly skewed
    final Zipf officialCountries; // officials and organizations: mildly skewed
    final Zipf speakers; // officials, then organizations appended
    final Zipf organizationsZipf;
    final Zipf eventsZipf;
    final Zipf placesZipf;
    final Zipf metrics;
    final Zipf commonWords, mediumWords, rareWords, publishers;

    final int[] actorCountry; // officials 0..nOfficials-1, then organizations; -1 = none
    final String[] actorName;
    final int[][] organizationsByCountry;
    final int[][] placesByCountry;
    final int[] placeCountry;
    final int[] sourceDay; // epoch day
    final int[] statementStart; // statements of source j: [statementStart[j], statementStart[j+1])
    /** Where each fact's excerpt starts in its source's text, set as the source is written (before its facts). */
    final int[] statementAt, statisticAt;
    final int[] statisticStart;

    GenerateDataset(String size, long seed) {
        this.seed = seed;
        double scale = switch (size) {
            case "tiny" -> 0.01; // the differential test's: every shape of the others, quick to load and to query
            case "small" -> 0.1;
            case "medium" -> 1;
            case "large" -> 10;
            default -> throw new IllegalArgumentException("--size must be tiny, small, medium or large, not " + size);
        };
        nOfficials = (int) (OFFICIALS * scale);
        nOrganizations = (int) (ORGANIZATIONS * scale);
        nSources = (int) (SOURCES * scale);
        nStatements = (int) (STATEMENTS * scale);
        nStatistics = (int) (STATISTICS * scale);
        nEvents = (int) (EVENTS * scale);
        nPlaces = (int) (PLACES * scale);

        SplittableRandom plan = rng(S_PLAN, 0);
        countryCodes = Locale.getISOCountries();
        countryNames = new String[countryCodes.length];
        for (int c = 0; c < countryCodes.length; c++) {
            countryNames[c] = new Locale("", countryCodes[c]).getDisplayCountry(Locale.ENGLISH);
        }
        // Which countries are "big news" is a seeded shuffle; officials follow a milder, independent one.
        factCountries = new Zipf(countryCodes.length, 1.0, permutation(countryCodes.length, plan));
        officialCountries = new Zipf(countryCodes.length, 0.6, permutation(countryCodes.length, plan));
        speakers = new Zipf(nOfficials, 1.0, permutation(nOfficials, plan));
        organizationsZipf = new Zipf(nOrganizations, 1.0, permutation(nOrganizations, plan));
        eventsZipf = new Zipf(nEvents, 1.0, permutation(nEvents, plan));
        placesZipf = new Zipf(nPlaces, 0.8, permutation(nPlaces, plan));
        metrics = new Zipf(METRICS.length, 1.1, null);
        commonWords = new Zipf(COMMON_WORDS.length, 1.0, null);
        mediumWords = new Zipf(MEDIUM_WORDS.length, 1.0, null);
        rareWords = new Zipf(RARE_WORDS.length, 0.3, null);
        publishers = new Zipf(PUBLISHERS.length, 1.0, null);

        actorCountry = new int[nOfficials + nOrganizations];
        actorName = new String[nOfficials + nOrganizations];
        List<List<Integer>> orgs = lists(countryCodes.length);
        for (int o = 0; o < nOrganizations; o++) {
            Organization org = organization(o);
            actorCountry[nOfficials + o] = org.country;
            actorName[nOfficials + o] = org.name;
            orgs.get(org.country).add(o);
        }
        organizationsByCountry = arrays(orgs);
        for (int i = 0; i < nOfficials; i++) {
            Official official = official(i);
            actorCountry[i] = official.positions.get(0).country;
            actorName[i] = official.name;
        }
        placeCountry = new int[nPlaces];
        List<List<Integer>> places = lists(countryCodes.length);
        for (int p = 0; p < nPlaces; p++) {
            placeCountry[p] = factCountries.sample(rng(S_PLACE, p));
            places.get(placeCountry[p]).add(p);
        }
        placesByCountry = arrays(places);

        // Sources: dates skewed towards recent years; how many facts each reports is Pareto-like
        // (most report a handful, a few long reports carry hundreds), capped to keep texts bounded.
        sourceDay = new int[nSources];
        double[] statementWeight = new double[nSources];
        double[] statisticWeight = new double[nSources];
        int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
        for (int j = 0; j < nSources; j++) {
            sourceDay[j] = (int) FIRST_DAY.toEpochDay() + (int) (span * Math.sqrt(plan.nextDouble()));
            double weight = Math.min(30, Math.pow(1 - plan.nextDouble(), -1 / 1.5));
            boolean dataRelease = plan.nextDouble() < 0.15; // figures, hardly any quotes
            statementWeight[j] = weight * (dataRelease ? 0.05 : 0.5 + plan.nextDouble());
            statisticWeight[j] = weight * (dataRelease ? 4 : 0.2 + plan.nextDouble());
        }
        statementStart = blocks(statementWeight, nStatements);
        statisticStart = blocks(statisticWeight, nStatistics);
        statementAt = new int[nStatements];
        statisticAt = new int[nStatistics];
    }

    // ---- entities --------------------------------------------------------------------------------

    record Organization(String key, String name, String kind, int country) {
    }

    Organization organization(int o) {
        SplittableRandom r = rng(S_ORG, o);
        int k = pickWeighted(r, new double[]{8, 30, 30, 15, 7, 10});
        int country = officialCountries.sample(r);
        String[] names = ORG_NAMES[k];
        String name = String.format(Locale.ROOT, names[r.nextInt(names.length)], countryNames[country]);
        return new Organization("org-" + o, name, ORG_KINDS[k], country);
    }

    record Position(String title, int country, int organization, LocalDate start, LocalDate end) {
    }

    record Official(String key, String name, List<String> aliases, List<Position> positions) {
    }

    Official official(int i) {
        SplittableRandom r = rng(S_OFFICIAL, i);
        String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
        String name = first + " " + last;
        List<String> aliases = new ArrayList<>();
        if (r.nextDouble() < 0.3) {
            aliases.add(first.charAt(0) + ". " + last);
        }
        if (r.nextDouble() < 0.1) {
            aliases.add(last.toUpperCase(Locale.ROOT) + " " + first);
        }
        // The current position first: it gives the official's country, and country.officials finds
        // every official through a position in that country.
        List<Position> positions = new ArrayList<>();
        int country = officialCountries.sample(r);
        LocalDate start = r.nextDouble() < 0.7 ? day(r, LocalDate.of(1995, 1, 1), LocalDate.of(2023, 12, 31)) : null;
        positions.add(new Position(TITLES[r.nextInt(TITLES.length)], country, organizationIn(r, country, 0.4), start, null));
        if (r.nextDouble() < 0.35) {
            int formerCountry = r.nextDouble() < 0.7 ? country : officialCountries.sample(r);
            LocalDate end = start != null ? start.minusDays(1 + r.nextInt(400)) : day(r, LocalDate.of(1990, 1, 1),
                    LocalDate.of(2020, 12, 31));
            LocalDate formerStart = r.nextDouble() < 0.8 ? end.minusDays(200 + r.nextInt(3000)) : null;
            positions.add(new Position(TITLES[r.nextInt(TITLES.length)], formerCountry,
                    organizationIn(r, formerCountry, 0.3), formerStart, end));
        }
        return new Official("official-" + i, name, aliases, positions);
    }

    int organizationIn(SplittableRandom r, int country, double p) {
        if (organizationsByCountry == null) {
            return -1;
        }
        int[] candidates = organizationsByCountry[country];
        return candidates.length > 0 && r.nextDouble() < p ? candidates[r.nextInt(candidates.length)] : -1;
    }

    record Place(String key, String name, String kind, int country) {
    }

    Place place(int p) {
        SplittableRandom r = rng(S_PLACE, p);
        int country = factCountries.sample(r); // same first draw as in the plan
        String stem = PLACE_STEMS[r.nextInt(PLACE_STEMS.length)] + PLACE_STEMS[r.nextInt(PLACE_STEMS.length)]
                .toLowerCase(Locale.ROOT);
        String suffix = PLACE_SUFFIXES[r.nextInt(PLACE_SUFFIXES.length)];
        String kind = switch (suffix) {
            case "Checkpoint", "Crossing", "Bridge" -> "CHECKPOINT";
            case "Region", "Province", "District", "Valley" -> "REGION";
            case "City" -> "CITY";
            default -> "OTHER";
        };
        return new Place("place-" + p, stem + " " + suffix, kind, country);
    }

    record Event(String key, String name, String description, LocalDate start, LocalDate end, int country,
            int initiatedBy) {
    }

    Event event(int e) {
        SplittableRandom r = rng(S_EVENT, e);
        int country = factCountries.sample(r);
        String what = EVENT_KINDS[r.nextInt(EVENT_KINDS.length)];
        LocalDate start = day(r, FIRST_DAY, LAST_DAY);
        LocalDate end = r.nextDouble() < 0.4 ? start.plusDays(1 + r.nextInt(120)) : null;
        String name = countryNames[country] + " " + what + " " + start.getYear() + (e % 7 == 0 ? " (" + (e + 1) + ")" : "");
        String description = r.nextDouble() < 0.8 ? sentences(r, 60, 300) : null;
        int initiatedBy = r.nextDouble() < 0.5 ? speaker(r) : -1;
        return new Event("event-" + e, name, description, start, end, r.nextDouble() < 0.9 ? country : -1, initiatedBy);
    }

    record Statement(String key, String text, String kind, int speaker, LocalDate saidOn, int source, String excerpt,
            int[] countries, int place, int event) {
    }

    Statement statement(int i, int source) {
        SplittableRandom r = rng(S_STATEMENT, i);
        boolean quote = r.nextDouble() < 0.55;
        int speaker = r.nextDouble() < 0.95 ? speaker(r) : -1;
        LocalDate published = LocalDate.ofEpochDay(sourceDay[source]);
        LocalDate saidOn = r.nextDouble() < 0.85 ? published.minusDays(r.nextInt(6)) : null;
        String text = sentences(r, 80 + (int) (320 * Math.pow(r.nextDouble(), 2)), 400);
        String who = speaker >= 0 ? actorName[speaker] : "A spokesperson";
        String excerpt;
        if (quote) {
            excerpt = who + " said: \"" + clip(text, 140) + "\"";
        } else {
            excerpt = "According to " + (speaker >= 0 ? who : "officials") + ", " + lowerFirst(sentence(r, 40, 140));
        }
        int n = pickWeighted(r, new double[]{60, 30, 10}) + 1;
        int[] countries = new int[n];
        countries[0] = speaker >= 0 && actorCountry[speaker] >= 0 && r.nextDouble() < 0.5 ? actorCountry[speaker]
                : factCountries.sample(r);
        for (int k = 1; k < n; k++) {
            countries[k] = distinctCountry(r, countries, k);
        }
        int place = r.nextDouble() < 0.08 ? placeIn(r, countries[0]) : -1;
        int event = nEvents > 0 && r.nextDouble() < 0.07 ? eventsZipf.sample(r) : -1;
        return new Statement("statement-" + i, text, quote ? "DIRECT_QUOTE" : "PARAPHRASE", speaker, saidOn, source,
                excerpt, countries, place, event);
    }

    record Statistic(String key, Metric metric, String description, String value, String low, String high,
            String approximation, String rate, LocalDate periodStart, LocalDate periodEnd, int country,
            int originCountry, int place, int reportedBy, int statement, int source, String excerpt, int event) {
    }

    static final String[] APPROXIMATIONS = {"EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST", "RANGE"};

    Statistic statistic(int k, int source) {
        SplittableRandom r = rng(S_STATISTIC, k);
        Metric m = METRICS[metrics.sample(r)];
        int country = factCountries.sample(r);
        int origin = m.flow && r.nextDouble() < 0.6 ? distinctCountry(r, new int[]{country}, 1) : -1;
        String approximation = APPROXIMATIONS[pickWeighted(r, new double[]{35, 30, 15, 10, 10})];
        double x = m.min * Math.pow(m.max / Math.max(m.min, 1e-9), r.nextDouble());
        if (m.min <= 0) { // growth rates may be negative
            x = m.min + (m.max - m.min) * r.nextDouble();
        }
        String value = null, low = null, high = null, words;
        switch (approximation) {
            case "EXACT" -> {
                value = number(x, m.decimal, false);
                words = display(value, m);
            }
            case "APPROXIMATE" -> {
                value = number(x, m.decimal, true);
                words = pick(r, "about", "some", "nearly", "around", "roughly") + " " + display(value, m);
            }
            case "AT_LEAST" -> {
                low = number(x, m.decimal, true);
                words = pick(r, "more than", "at least", "over") + " " + display(low, m);
            }
            case "AT_MOST" -> {
                high = number(x, m.decimal, true);
                words = pick(r, "fewer than", "up to", "less than", "at most") + " " + display(high, m);
            }
            default -> {
                low = number(x, m.decimal, true);
                double l = Double.parseDouble(low);
                high = number(l + Math.max(Math.abs(l), 1) * (0.1 + r.nextDouble()) + (m.decimal ? 0.1 : 1), m.decimal, true);
                words = display(low, m) + " to " + display(high, m);
            }
        }
        String rate = switch (m.rates) {
            case 'D' -> pick(r, "PER_DAY", "PER_DAY", "PER_DAY", "PER_WEEK", null);
            case 'W' -> pick(r, "PER_WEEK", "PER_MONTH", null);
            case 'M' -> pick(r, "PER_MONTH", "PER_MONTH", "PER_YEAR");
            case 'Y' -> pick(r, "PER_YEAR", "PER_YEAR", "PER_MONTH", null);
            default -> null; // 'T' totals over the period, 'N' levels
        };
        LocalDate published = LocalDate.ofEpochDay(sourceDay[source]);
        LocalDate end = published.minusDays(r.nextInt(r.nextDouble() < 0.8 ? 3 : 60));
        LocalDate start = rate == null ? end.minusDays(r.nextInt(m.rates == 'N' ? 1 : 30))
                : switch (rate) {
                    case "PER_DAY" -> r.nextDouble() < 0.7 ? end : end.minusDays(6);
                    case "PER_WEEK" -> end.minusDays(6 + 7 * r.nextInt(4));
                    case "PER_MONTH" -> end.minusMonths(1 + r.nextInt(3)).plusDays(1);
                    default -> end.minusYears(1).plusDays(1);
                };
        double shape = r.nextDouble();
        if (shape < 0.04) {
            end = null; // still going on
        } else if (shape < 0.06) {
            start = null;
            end = null; // the source gives no period
        }
        int place = r.nextDouble() < 0.1 ? placeIn(r, country) : -1;
        int reportedBy = r.nextDouble() < 0.75 ? speaker(r) : -1;
        int statements = statementStart[source + 1] - statementStart[source];
        int statement = statements > 0 && r.nextDouble() < 0.2 ? statementStart[source] + r.nextInt(statements) : -1;
        int event = nEvents > 0 && r.nextDouble() < 0.05 ? eventsZipf.sample(r) : -1;
        String rateWords = rate == null ? "" : " " + rate.toLowerCase(Locale.ROOT).replace('_', ' ');
        String where = countryNames[country];
        String description = capitalize(m.words) + " in " + where + ": " + words + rateWords
                + (origin >= 0 ? " from " + countryNames[origin] : "");
        String who = reportedBy >= 0 ? actorName[reportedBy] : pick(r, "Officials", "Local authorities", "Observers");
        String excerpt = who + " put " + m.words + " in " + where + " at " + words + rateWords
                + (origin >= 0 ? ", most of them from " + countryNames[origin] : "") + ", " + lowerFirst(sentence(r, 20, 80));
        return new Statistic("statistic-" + k, m, description, value, low, high, approximation, rate, start, end, country,
                origin, place, reportedBy, statement, source, excerpt, event);
    }

    // ---- writing ---------------------------------------------------------------------------------

    record Meta(long searchMatches, int seriesCountry, int seriesMetric, long seriesCount) {
    }

    void write(Path out, Path metaFile) throws IOException {
        long t0 = System.nanoTime();
        long searchMatches = 0;
        long[][] perCountryMetric = new long[countryCodes.length][METRICS.length];
        String needle = SEARCH_WORD.toLowerCase(Locale.ROOT);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16)) {
            StringBuilder b = new StringBuilder(1 << 16);
            w.write("{\n\"sources\": [\n");
            Progress progress = new Progress("sources", nSources, t0);
            for (int j = 0; j < nSources; j++) {
                b.setLength(0);
                source(b, j);
                w.write(b.append(j + 1 < nSources ? ",\n" : "\n").toString());
                progress.step(j);
            }
            w.write("],\n\"countries\": [\n");
            List<String> pairs = new ArrayList<>();
            for (String pair : NEIGHBORS) {
                String[] cc = pair.split(":");
                if (Arrays.asList(countryCodes).contains(cc[0]) && Arrays.asList(countryCodes).contains(cc[1])) {
                    pairs.add("{\"code\": \"" + cc[0] + "\", \"neighbors\": [\"" + cc[1] + "\"]}");
                }
            }
            w.write(String.join(",\n", pairs));
            w.write("\n],\n\"organizations\": [\n");
            for (int o = 0; o < nOrganizations; o++) {
                Organization org = organization(o);
                b.setLength(0);
                b.append("{\"key\": ").append(json(org.key)).append(", \"name\": ").append(json(org.name))
                        .append(", \"kind\": ").append(json(org.kind)).append(", \"country\": ")
                        .append(json(countryCodes[org.country])).append('}');
                w.write(b.append(o + 1 < nOrganizations ? ",\n" : "\n").toString());
            }
            w.write("],\n\"officials\": [\n");
            for (int i = 0; i < nOfficials; i++) {
                Official official = official(i);
                b.setLength(0);
                b.append("{\"key\": ").append(json(official.key)).append(", \"name\": ").append(json(official.name))
                        .append(", \"aliases\": [");
                for (int a = 0; a < official.aliases.size(); a++) {
                    b.append(a > 0 ? ", " : "").append(json(official.aliases.get(a)));
                }
                b.append("], \"positions\": [");
                for (int p = 0; p < official.positions.size(); p++) {
                    Position pos = official.positions.get(p);
                    b.append(p > 0 ? ", " : "").append("{\"title\": ").append(json(pos.title)).append(", \"country\": ")
                            .append(json(countryCodes[pos.country])).append(", \"organization\": ")
                            .append(json(pos.organization >= 0 ? "org-" + pos.organization : null))
                            .append(", \"start\": ").append(json(pos.start)).append(", \"end\": ").append(json(pos.end))
                            .append('}');
                }
                b.append("]}");
                w.write(b.append(i + 1 < nOfficials ? ",\n" : "\n").toString());
            }
            w.write("],\n\"places\": [\n");
            for (int p = 0; p < nPlaces; p++) {
                Place place = place(p);
                b.setLength(0);
                b.append("{\"key\": ").append(json(place.key)).append(", \"name\": ").append(json(place.name))
                        .append(", \"kind\": ").append(json(place.kind)).append(", \"country\": ")
                        .append(json(countryCodes[place.country])).append('}');
                w.write(b.append(p + 1 < nPlaces ? ",\n" : "\n").toString());
            }
            w.write("],\n\"events\": [\n");
            for (int e = 0; e < nEvents; e++) {
                Event event = event(e);
                b.setLength(0);
                b.append("{\"key\": ").append(json(event.key)).append(", \"name\": ").append(json(event.name))
                        .append(", \"description\": ").append(json(event.description)).append(", \"startDate\": ")
                        .append(json(event.start)).append(", \"endDate\": ").append(json(event.end))
                        .append(", \"country\": ").append(json(event.country >= 0 ? countryCodes[event.country] : null))
                        .append(", \"initiatedBy\": ").append(json(actorKey(event.initiatedBy))).append('}');
                w.write(b.append(e + 1 < nEvents ? ",\n" : "\n").toString());
            }
            w.write("],\n\"statements\": [\n");
            progress = new Progress("statements", nStatements, t0);
            for (int j = 0; j < nSources; j++) {
                for (int i = statementStart[j]; i < statementStart[j + 1]; i++) {
                    Statement s = statement(i, j);
                    if (s.text.toLowerCase(Locale.ROOT).contains(needle)) {
                        searchMatches++;
                    }
                    b.setLength(0);
                    b.append("{\"key\": ").append(json(s.key)).append(", \"text\": ").append(json(s.text))
                            .append(", \"kind\": ").append(json(s.kind)).append(", \"speaker\": ")
                            .append(json(actorKey(s.speaker))).append(", \"saidOn\": ").append(json(s.saidOn))
                            .append(", \"source\": ").append(json(sourceKey(j))).append(", \"excerpt\": ")
                            .append(json(s.excerpt)).append(evidence(i, statementAt[i], s.excerpt))
                            .append(", \"countries\": [");
                    for (int c = 0; c < s.countries.length; c++) {
                        b.append(c > 0 ? ", " : "").append(json(countryCodes[s.countries[c]]));
                    }
                    b.append("], \"places\": [").append(s.place >= 0 ? json("place-" + s.place) : "")
                            .append("], \"events\": [").append(s.event >= 0 ? json("event-" + s.event) : "").append("]}");
                    w.write(b.append(i + 1 < nStatements ? ",\n" : "\n").toString());
                    progress.step(i);
                }
            }
            w.write("],\n\"statistics\": [\n");
            progress = new Progress("statistics", nStatistics, t0);
            for (int j = 0; j < nSources; j++) {
                for (int k = statisticStart[j]; k < statisticStart[j + 1]; k++) {
                    Statistic s = statistic(k, j);
                    perCountryMetric[s.country][indexOf(s.metric)]++;
                    b.setLength(0);
                    b.append("{\"key\": ").append(json(s.key)).append(", \"metric\": ").append(json(s.metric.name))
                            .append(", \"description\": ").append(json(s.description))
                            .append(", \"value\": ").append(s.value == null ? "null" : s.value)
                            .append(", \"low\": ").append(s.low == null ? "null" : s.low)
                            .append(", \"high\": ").append(s.high == null ? "null" : s.high)
                            .append(", \"approximation\": ").append(json(s.approximation))
                            .append(", \"unit\": ").append(json(s.metric.unit)).append(", \"rate\": ").append(json(s.rate))
                            .append(", \"periodStart\": ").append(json(s.periodStart))
                            .append(", \"periodEnd\": ").append(json(s.periodEnd))
                            .append(", \"country\": ").append(json(countryCodes[s.country]))
                            .append(", \"originCountry\": ")
                            .append(json(s.originCountry >= 0 ? countryCodes[s.originCountry] : null))
                            .append(", \"place\": ").append(json(s.place >= 0 ? "place-" + s.place : null))
                            .append(", \"reportedBy\": ").append(json(actorKey(s.reportedBy)))
                            .append(", \"statement\": ").append(json(s.statement >= 0 ? "statement-" + s.statement : null))
                            .append(", \"source\": ").append(json(sourceKey(j)))
                            .append(", \"excerpt\": ").append(json(s.excerpt)).append(evidence(k, statisticAt[k], s.excerpt))
                            .append(", \"events\": [").append(s.event >= 0 ? json("event-" + s.event) : "").append("]}");
                    w.write(b.append(k + 1 < nStatistics ? ",\n" : "\n").toString());
                    progress.step(k);
                }
            }
            w.write("]\n}\n");
        }
        // The series benchmark wants the longest series: the most frequent metric of the country
        // with the most figures.
        int bestCountry = 0;
        long bestCountryTotal = -1;
        for (int c = 0; c < countryCodes.length; c++) {
            long total = Arrays.stream(perCountryMetric[c]).sum();
            if (total > bestCountryTotal) {
                bestCountry = c;
                bestCountryTotal = total;
            }
        }
        int bestMetric = 0;
        for (int m = 1; m < METRICS.length; m++) {
            if (perCountryMetric[bestCountry][m] > perCountryMetric[bestCountry][bestMetric]) {
                bestMetric = m;
            }
        }
        writeMeta(out, metaFile, new Meta(searchMatches, bestCountry, bestMetric, perCountryMetric[bestCountry][bestMetric]),
                (System.nanoTime() - t0) / 1_000_000);
    }

    void source(StringBuilder b, int j) {
        SplittableRandom r = rng(S_SOURCE, j);
        LocalDate published = LocalDate.ofEpochDay(sourceDay[j]);
        String title = capitalize(words(r, 4 + r.nextInt(9)));
        String publisher = r.nextDouble() < 0.9 ? PUBLISHERS[publishers.sample(r)] : null;
        String url = publisher != null && r.nextDouble() < 0.85
                ? "https://" + publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example/"
                        + published.toString().replace('-', '/') + "/" + title.toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + j
                : null;
        String language = LANGUAGES[r.nextInt(LANGUAGES.length)];
        // The text: the excerpt of every fact this source reports, with some sentences in between.
        StringBuilder text = new StringBuilder();
        text.append(sentences(r, 40, 200));
        for (int i = statementStart[j]; i < statementStart[j + 1]; i++) {
            statementAt[i] = text.length() + 1;
            text.append(' ').append(statement(i, j).excerpt);
            if (r.nextDouble() < 0.2) {
                text.append(' ').append(sentence(r, 30, 120));
            }
        }
        for (int k = statisticStart[j]; k < statisticStart[j + 1]; k++) {
            statisticAt[k] = text.length() + 1;
            text.append(' ').append(statistic(k, j).excerpt);
        }
        b.append("{\"key\": ").append(json(sourceKey(j))).append(", \"title\": ").append(json(title))
                .append(", \"publisher\": ").append(json(publisher)).append(", \"url\": ").append(json(url))
                .append(", \"publishedOn\": ").append(json(published)).append(", \"language\": ").append(json(language))
                .append(", \"text\": ").append(json(text.toString())).append('}');
    }

    /**
     * Two facts in three carry evidence, as proposed facts do (one in five of those without a
     * confidence, as when an editor set the offsets by hand); the others were entered without it.
     */
    static String evidence(int fact, int start, String excerpt) {
        if (fact % 3 == 0) {
            return "";
        }
        String confidence = fact % 5 == 0 ? "null" : Double.toString((50 + fact % 50) / 100.0);
        return ", \"evidence\": {\"start\": " + start + ", \"end\": " + (start + excerpt.length()) + ", \"confidence\": "
                + confidence + "}";
    }

    void writeMeta(Path out, Path metaFile, Meta meta, long millis) throws IOException {
        String json = "{\n"
                + "  \"seed\": " + seed + ",\n"
                + "  \"counts\": {\"countries\": " + countryCodes.length + ", \"sources\": " + nSources
                + ", \"organizations\": " + nOrganizations + ", \"officials\": " + nOfficials + ", \"places\": " + nPlaces
                + ", \"events\": " + nEvents + ", \"statements\": " + nStatements + ", \"statistics\": " + nStatistics
                + "},\n"
                + "  \"bytes\": " + Files.size(out) + ",\n"
                + "  \"search\": {\"word\": " + json(SEARCH_WORD) + ", \"statements\": " + meta.searchMatches + "},\n"
                + "  \"series\": {\"country\": " + json(countryCodes[meta.seriesCountry]) + ", \"metric\": "
                + json(METRICS[meta.seriesMetric].name) + ", \"statistics\": " + meta.seriesCount + "},\n"
                + "  \"generationMillis\": " + millis + "\n"
                + "}\n";
        Files.writeString(metaFile, json, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "%.1f MB in %.1f s%n%s: %s", Files.size(out) / 1e6, millis / 1e3, metaFile, json);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static final class Progress {
        final String what;
        final int total;
        final long t0;
        int next;

        Progress(String what, int total, long t0) {
            this.what = what;
            this.total = total;
            this.t0 = t0;
        }

        void step(int i) {
            if (i + 1 >= next || i + 1 == total) {
                System.err.printf(Locale.ROOT, "%-10s %,10d / %,d  (%.1f s)%n", what, i + 1, total,
                        (System.nanoTime() - t0) / 1e9);
                next = Math.min(total, next + Math.max(1, total / 4));
            }
        }
    }

    /** Zipf over n ranks: rank r drawn with probability proportional to 1/r^s, mapped through an optional permutation. */
    static final class Zipf {
        final double[] cdf;
        final int[] items;

        Zipf(int n, double s, int[] items) {
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
            this.items = items;
        }

        int sample(SplittableRandom r) {
            int i = Arrays.binarySearch(cdf, r.nextDouble());
            i = Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
            return items == null ? i : items[i];
        }
    }

    SplittableRandom rng(int stream, long index) {
        // SplitMix64 finalizer over (seed, stream, index): independent, reproducible streams per entity.
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }

    /** Block boundaries proportional to the weights, summing to exactly total. */
    static int[] blocks(double[] weights, int total) {
        double sum = Arrays.stream(weights).sum();
        int[] start = new int[weights.length + 1];
        double cumulative = 0;
        for (int j = 0; j < weights.length; j++) {
            start[j] = (int) Math.round(total * cumulative / sum);
            cumulative += weights[j];
        }
        start[weights.length] = total;
        return start;
    }

    static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    static int[][] arrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }

    int speaker(SplittableRandom r) {
        return r.nextDouble() < 0.8 || nOrganizations == 0 ? speakers.sample(r) : nOfficials + organizationsZipf.sample(r);
    }

    int distinctCountry(SplittableRandom r, int[] taken, int n) {
        while (true) {
            int c = factCountries.sample(r);
            boolean clash = false;
            for (int i = 0; i < n; i++) {
                clash |= taken[i] == c;
            }
            if (!clash) {
                return c;
            }
        }
    }

    int placeIn(SplittableRandom r, int country) {
        if (nPlaces == 0) {
            return -1;
        }
        int[] candidates = placesByCountry[country];
        return candidates.length > 0 ? candidates[r.nextInt(candidates.length)] : placesZipf.sample(r);
    }

    String actorKey(int actor) {
        return actor < 0 ? null : actor < nOfficials ? "official-" + actor : "org-" + (actor - nOfficials);
    }

    static String sourceKey(int j) {
        return "source-" + j;
    }

    static int indexOf(Metric m) {
        for (int i = 0; i < METRICS.length; i++) {
            if (METRICS[i] == m) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    static int pickWeighted(SplittableRandom r, double[] weights) {
        double u = r.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... options) {
        return options[r.nextInt(options.length)];
    }

    static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    String word(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.62 ? COMMON_WORDS[commonWords.sample(r)]
                : u < 0.94 ? MEDIUM_WORDS[mediumWords.sample(r)] : RARE_WORDS[rareWords.sample(r)];
    }

    String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append(word(r));
        }
        return b.toString();
    }

    /** One sentence of about min..max characters (never more than max). */
    String sentence(SplittableRandom r, int min, int max) {
        int target = min + r.nextInt(Math.max(1, max - min + 1));
        StringBuilder b = new StringBuilder(capitalize(word(r)));
        while (b.length() < target - 1) {
            String separator = r.nextDouble() < 0.06 ? ", " : " ";
            String w = word(r);
            if (b.length() + separator.length() + w.length() + 1 > max) {
                break;
            }
            b.append(separator).append(w);
        }
        return b.append('.').toString();
    }

    /** Sentences up to about target characters, at most max. */
    String sentences(SplittableRandom r, int target, int max) {
        StringBuilder b = new StringBuilder();
        while (b.length() < target) {
            int room = max - b.length() - (b.length() > 0 ? 1 : 0);
            if (room < 20) {
                break;
            }
            String s = sentence(r, Math.min(room, 30), Math.min(room, Math.max(30, Math.min(160, target - b.length()))));
            b.append(b.length() > 0 ? " " : "").append(s);
        }
        return b.toString();
    }

    /** The text itself, or its beginning cut at a word boundary, not longer than max. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 4);
        String head = text.substring(0, cut > 0 ? cut : max - 4);
        while (head.endsWith(",") || head.endsWith(".")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + " ...";
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A figure as JSON: integers without a fraction, decimals with one digit; rounded to 2 significant digits if approximate. */
    static String number(double x, boolean decimal, boolean round) {
        if (round && Math.abs(x) >= 100) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 1);
            x = Math.round(x / magnitude) * magnitude;
        }
        if (decimal) {
            long tenths = Math.round(x * 10);
            String sign = tenths < 0 ? "-" : "";
            tenths = Math.abs(tenths);
            return sign + (tenths / 10) + "." + (tenths % 10);
        }
        return Long.toString(Math.max(Math.round(x), 0));
    }

    static String display(String number, Metric m) {
        String n = number.contains(".") ? number
                : String.format(Locale.US, "%,d", Long.parseLong(number));
        return switch (m.unit) {
            case "percent" -> n + " percent";
            case "USD" -> "USD " + n;
            default -> n + " " + m.unit;
        };
    }

    static String json(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    public static void main(String[] args) throws IOException {
        String size = null;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java bench/GenerateDataset.java --size tiny|small|medium|large [--seed 42] --out FILE");
                    System.exit(2);
                }
            }
        }
        if (size == null || out == null) {
            System.err.println("usage: java bench/GenerateDataset.java --size tiny|small|medium|large [--seed 42] --out FILE");
            System.exit(2);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        // Write to a temporary name first so that an interrupted run never leaves a truncated file
        // that the driver would take for a finished one.
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        String name = out.getFileName().toString();
        Path metaFile = out.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name)
                + ".meta.json");
        Files.deleteIfExists(metaFile);
        new GenerateDataset(size, seed).write(partial, metaFile);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
