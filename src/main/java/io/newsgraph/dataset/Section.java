package io.newsgraph.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * The lists of a dataset, in the order they are validated and written: every section refers only
 * to sections before it (statements to sources, actors, places and events; figures also to
 * statements), so one pass in this order sees each key before anything refers to it, whatever
 * order the file has them in.
 */
enum Section {
    SOURCES("sources", Dataset.SourceEntry.class, Dataset::sources),
    COUNTRIES("countries", Dataset.CountryEntry.class, Dataset::countries),
    ORGANIZATIONS("organizations", Dataset.OrganizationEntry.class, Dataset::organizations),
    OFFICIALS("officials", Dataset.OfficialEntry.class, Dataset::officials),
    PLACES("places", Dataset.PlaceEntry.class, Dataset::places),
    EVENTS("events", Dataset.EventEntry.class, Dataset::events),
    STATEMENTS("statements", Dataset.StatementEntry.class, Dataset::statements),
    STATISTICS("statistics", Dataset.StatisticEntry.class, Dataset::statistics);

    /** The field of the dataset's JSON object that holds this list. */
    final String field;
    final Class<?> entryType;
    private final Function<Dataset, List<?>> entries;

    Section(String field, Class<?> entryType, Function<Dataset, List<?>> entries) {
        this.field = field;
        this.entryType = entryType;
        this.entries = entries;
    }

    List<?> of(Dataset dataset) {
        return entries.apply(dataset);
    }

    static Section named(String field) {
        for (Section section : values()) {
            if (section.field.equals(field)) {
                return section;
            }
        }
        return null;
    }

    /** The key of an entry of this section (countries have codes, not keys: null). */
    String keyOf(Object entry) {
        if (entry instanceof Dataset.SourceEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.OrganizationEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.OfficialEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.PlaceEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.EventEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.StatementEntry e) {
            return e.key();
        } else if (entry instanceof Dataset.StatisticEntry e) {
            return e.key();
        }
        return null;
    }

    /** A dataset that holds these entries of this section and nothing else. */
    @SuppressWarnings("unchecked")
    Dataset only(List<?> list) {
        return switch (this) {
            case SOURCES -> new Dataset((List<Dataset.SourceEntry>) list, null, null, null, null, null, null, null);
            case COUNTRIES -> new Dataset(null, (List<Dataset.CountryEntry>) list, null, null, null, null, null, null);
            case ORGANIZATIONS -> new Dataset(null, null, (List<Dataset.OrganizationEntry>) list, null, null, null, null, null);
            case OFFICIALS -> new Dataset(null, null, null, (List<Dataset.OfficialEntry>) list, null, null, null, null);
            case PLACES -> new Dataset(null, null, null, null, (List<Dataset.PlaceEntry>) list, null, null, null);
            case EVENTS -> new Dataset(null, null, null, null, null, (List<Dataset.EventEntry>) list, null, null);
            case STATEMENTS -> new Dataset(null, null, null, null, null, null, (List<Dataset.StatementEntry>) list, null);
            case STATISTICS -> new Dataset(null, null, null, null, null, null, null, (List<Dataset.StatisticEntry>) list);
        };
    }
}
