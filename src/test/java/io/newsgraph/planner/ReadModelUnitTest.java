package io.newsgraph.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.planner.ReadModel.Kind;
import io.newsgraph.planner.ReadModel.ObjectModel;
import io.newsgraph.planner.ReadModel.Table;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

/**
 * The planner's tables and leaves are read off the entities' mapping: a field added to an entity
 * is a column the planner selects and, unless the schema hides it, a leaf it answers, with no line
 * of {@link ReadModel} to write.
 */
class ReadModelUnitTest {

    /**
     * An entity as a new kind of fact would write it (not annotated {@code @Entity} here, or the
     * application under test would map it too).
     */
    static class Sighting extends KeyedEntity {
        @Column(nullable = false, length = 300)
        public String name;

        /** Unnamed camelCase: Quarkus' default naming makes it {@code seen_on}. */
        public LocalDate seenOn;

        @Column(name = "num_count")
        @Name("count")
        public Double headCount;

        @Column(name = "country_id")
        @Ignore
        public Long countryId;

        @ElementCollection
        @Column(name = "tag")
        @Ignore
        public Set<String> tags = new HashSet<>();

        @Transient
        public String derived;

        public static final int NAME_LENGTH = 300;
    }

    @Test
    void aTableHasEveryColumnTheEntityAndItsSuperclassesMap() {
        Table table = Table.of("sighting", Sighting.class);
        assertEquals(List.of("id", "slug", "version", "created_at", "created_by", "updated_at", "updated_by", "name",
                "seen_on", "num_count", "country_id"), table.columns);
        assertEquals(List.of(Kind.LONG, Kind.STRING, Kind.INT, Kind.INSTANT, Kind.STRING, Kind.INSTANT, Kind.STRING,
                Kind.STRING, Kind.DATE, Kind.FLOAT, Kind.LONG), table.kinds);
    }

    @Test
    void leavesAreTheColumnsTheSchemaShowsUnderTheirSchemaNames() {
        Table table = Table.of("sighting", Sighting.class);
        ObjectModel type = new ObjectModel("Sighting", table, null).leavesOf(Sighting.class);
        Map<String, String> leaves = new LinkedHashMap<>();
        type.leaves.forEach((field, column) -> leaves.put(field, table.columns.get(column)));
        assertEquals(Map.of("version", "version", "createdAt", "created_at", "createdBy", "created_by",
                "updatedAt", "updated_at", "updatedBy", "updated_by", "name", "name", "seenOn", "seen_on",
                "count", "num_count"), leaves);
    }

    static class Unreadable extends KeyedEntity {
        public byte[] blob;
    }

    @Test
    void aColumnOfATypeThePlannerCannotWriteIsRefusedAtOnce() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Table.of("unreadable", Unreadable.class));
        assertEquals("the planner reads no column of type byte[] (Unreadable.blob)", refused.getMessage());
    }

    @Test
    void theSchemasTablesAreTheEntitiesTables() {
        assertEquals(List.of("id", "slug", "version", "created_at", "created_by", "updated_at", "updated_by", "metric",
                "description", "num_value", "num_low", "num_high", "approximation", "unit", "rate", "period_start",
                "period_end", "sort_date", "country_id", "origin_country_id", "place_id", "reported_by_id",
                "statement_id", "source_id", "excerpt", "evidence_start", "evidence_end", "evidence_confidence"),
                ReadModel.STATISTIC.columns);
        assertEquals(ReadModel.ACTOR.columns.size() - 1, ReadModel.ACTOR.col("actor_type"));
    }
}
