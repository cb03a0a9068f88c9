package io.newsgraph.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * The lists of a dataset, in the order they are validated and written: every section refers only
 * to sections before it (statements to sources, actors, places and events; figures also to
 * statements), so one pass in this order sees each key before anything refers to it, whatever
 * order the file has them in.
 */
public enum Section {
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

    /** A dataset that holds these entries of this section and nothing else. */
    Dataset only(List<?> list) {
        Object[] lists = new Object[values().length];
        lists[ordinal()] = list;
        try {
            return (Dataset) Dataset.class.getDeclaredConstructors()[0].newInstance(lists);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
