package io.newsgraph.dataset;

import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.place.PlaceKind;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Partial updates. A patch names only what changes: a field left out (or null) keeps its value,
 * a field named in {@code unset} is cleared. Each patch has the same field names as the dataset
 * entry it changes, so one generic {@link #apply} serves every type.
 */
@RegisterForReflection(targets = {Patches.SourcePatch.class, Patches.OrganizationPatch.class, Patches.OfficialPatch.class,
        Patches.PlacePatch.class, Patches.EventPatch.class, Patches.StatementPatch.class, Patches.StatisticPatch.class})
public final class Patches {

    private Patches() {
    }

    static final String UNSET = "Names of optional fields to clear, e.g. `[\"url\"]`.";

    @Input("SourcePatch")
    @Description("Changes to a source: only the fields given change.")
    public record SourcePatch(
            @Description("New title; left out, it does not change.") String title,
            @Description("New publisher; left out, it does not change.") String publisher,
            @Description("New url; left out, it does not change.") String url,
            @Description("New publishedOn; left out, it does not change.") LocalDate publishedOn,
            @Description("New language; left out, it does not change.") String language,
            @Description("New text; left out, it does not change.") String text,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public SourcePatch {
        }
    }

    @Input("OrganizationPatch")
    @Description("Changes to an organization: only the fields given change.")
    public record OrganizationPatch(
            @Description("New name; left out, it does not change.") String name,
            @Description("New kind; left out, it does not change.") OrganizationKind kind,
            @Description("New country; left out, it does not change.") String country,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public OrganizationPatch {
        }
    }

    @Input("OfficialPatch")
    @Description("Changes to an official: only the fields given change; `aliases` and `positions` replace the lists.")
    public record OfficialPatch(
            @Description("New name; left out, it does not change.") String name,
            @Description("New aliases; left out, it does not change.") List<@NonNull String> aliases,
            @Description("New positions; left out, it does not change.") List<@NonNull PositionEntry> positions,
            @Description("New country; left out, it does not change.") String country,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public OfficialPatch {
        }
    }

    @Input("PlacePatch")
    @Description("Changes to a place: only the fields given change.")
    public record PlacePatch(
            @Description("New name; left out, it does not change.") String name,
            @Description("New kind; left out, it does not change.") PlaceKind kind,
            @Description("New country; left out, it does not change.") String country,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public PlacePatch {
        }
    }

    @Input("EventPatch")
    @Description("Changes to an event: only the fields given change.")
    public record EventPatch(
            @Description("New name; left out, it does not change.") String name,
            @Description("New description; left out, it does not change.") String description,
            @Description("New startDate; left out, it does not change.") LocalDate startDate,
            @Description("New endDate; left out, it does not change.") LocalDate endDate,
            @Description("New country; left out, it does not change.") String country,
            @Description("New initiatedBy; left out, it does not change.") String initiatedBy,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public EventPatch {
        }
    }

    @Input("StatementPatch")
    @Description("Changes to a statement: only the fields given change; lists replace the current ones.")
    public record StatementPatch(
            @Description("New text; left out, it does not change.") String text,
            @Description("New kind; left out, it does not change.") StatementKind kind,
            @Description("New speaker; left out, it does not change.") String speaker,
            @Description("New saidOn; left out, it does not change.") LocalDate saidOn,
            @Description("New source; left out, it does not change.") String source,
            @Description("New excerpt; left out, it does not change.") String excerpt,
            @Description("New countries; left out, it does not change.") List<@NonNull String> countries,
            @Description("New places; left out, it does not change.") List<@NonNull String> places,
            @Description("New events; left out, it does not change.") List<@NonNull String> events,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public StatementPatch {
        }
    }

    @Input("StatisticPatch")
    @Description("Changes to a figure: only the fields given change. Changing the approximation usually means"
            + " setting other numbers and unsetting the old ones, e.g. `unset: [\"value\"]`.")
    public record StatisticPatch(
            @Description("New metric; left out, it does not change.") String metric,
            @Description("New description; left out, it does not change.") String description,
            @Description("New value; left out, it does not change.") Double value,
            @Description("New low; left out, it does not change.") Double low,
            @Description("New high; left out, it does not change.") Double high,
            @Description("New approximation; left out, it does not change.") Approximation approximation,
            @Description("New unit; left out, it does not change.") String unit,
            @Description("New rate; left out, it does not change.") Rate rate,
            @Description("New periodStart; left out, it does not change.") LocalDate periodStart,
            @Description("New periodEnd; left out, it does not change.") LocalDate periodEnd,
            @Description("New country; left out, it does not change.") String country,
            @Description("New originCountry; left out, it does not change.") String originCountry,
            @Description("New place; left out, it does not change.") String place,
            @Description("New reportedBy; left out, it does not change.") String reportedBy,
            @Description("New statement; left out, it does not change.") String statement,
            @Description("New source; left out, it does not change.") String source,
            @Description("New excerpt; left out, it does not change.") String excerpt,
            @Description("New events; left out, it does not change.") List<@NonNull String> events,
            @Description(UNSET) List<@NonNull String> unset) {
        // An explicit (empty) canonical constructor: without it the schema marks the lists non-null.
        public StatisticPatch {
        }
    }

    /** The entry with the patch applied: given fields replace, unset fields become null (or empty lists). */
    @SuppressWarnings("unchecked")
    static <T extends Record> T apply(T entry, Record patch) {
        Map<String, Object> changes = new HashMap<>();
        for (RecordComponent component : patch.getClass().getRecordComponents()) {
            changes.put(component.getName(), Records.get(patch, component.getName()));
        }
        List<String> unset = changes.get("unset") == null ? List.of() : (List<String>) changes.get("unset");
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < unset.size(); i++) {
            String name = unset.get(i);
            if (name.equals("unset") || !changes.containsKey(name)) {
                problems.add(new Problem("input.unset[" + i + "]", "'" + name + "' is not a field that can be unset"));
            } else if (changes.get(name) != null) {
                problems.add(new Problem("input.unset[" + i + "]", "'" + name + "' is both given and unset"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserInputException(problems);
        }
        return Records.copy(entry, (name, current) -> changes.get(name) != null ? changes.get(name)
                : unset.contains(name) ? null : current);
    }
}
