package io.newsgraph.statistic;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.timeline.Fact;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A number reported about the world, e.g. \"11,200 Russians arrived in Georgia on Sunday\", stored as reported: exact, approximate, a bound or a range.")
public class Statistic extends KeyedEntity implements Fact {
    public static final int METRIC_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int UNIT_LENGTH = 50;

    @Column(nullable = false, length = METRIC_LENGTH)
    @NonNull
    @Description("What is counted, as a lowercase kebab-case noun: `arrivals`, `casualties`, `votes`, ...")
    public String metric;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    @NonNull
    @Description("The figure in words, e.g. `Russians arriving in Georgia per day`.")
    public String description;

    @Column(name = "num_value")
    @Description("The figure, for EXACT and APPROXIMATE figures; null otherwise.")
    public Double value;

    @Column(name = "num_low")
    @Description("The lower bound, for AT_LEAST and RANGE figures; null otherwise.")
    public Double low;

    @Column(name = "num_high")
    @Description("The upper bound, for AT_MOST and RANGE figures; null otherwise.")
    public Double high;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NonNull
    @Description("How precisely the figure was reported, and so which of value, low and high hold it.")
    public Approximation approximation;

    @Column(nullable = false, length = UNIT_LENGTH)
    @NonNull
    @Description("What one counts: `people`, `percent`, `USD`, ...")
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    @Description("What one value counts per period (PER_DAY for \"10,000 a day\"); null for a total over the period.")
    public Rate rate;

    @Column(name = "period_start")
    @Description("First day of the period the figure covers; null when not reported.")
    public LocalDate periodStart;

    @Column(name = "period_end")
    @Description("Last day of the period the figure covers (equal to periodStart for a single day); null for an open end.")
    public LocalDate periodEnd;

    /** periodEnd, else periodStart, else the source's publication date; orders and filters lists. */
    @Column(name = "sort_date", nullable = false)
    @Ignore
    public LocalDate sortDate;

    @Column(name = "country_id", nullable = false)
    @Ignore
    public Long countryId;

    @Column(name = "origin_country_id")
    @Ignore
    public Long originCountryId;

    @Column(name = "place_id")
    @Ignore
    public Long placeId;

    @Column(name = "reported_by_id")
    @Ignore
    public Long reportedById;

    @Column(name = "statement_id")
    @Ignore
    public Long statementId;

    @Column(name = "source_id", nullable = false)
    @Ignore
    public Long sourceId;

    @Column(nullable = false, length = SourceEntity.EXCERPT_LENGTH)
    @NonNull
    @Description("The sentence (or shortest span) of the source that reports this figure, verbatim.")
    public String excerpt;

    @Column(name = "evidence_start")
    @Ignore
    public Integer evidenceStart;

    @Column(name = "evidence_end")
    @Ignore
    public Integer evidenceEnd;

    @Column(name = "evidence_confidence")
    @Ignore
    public Double evidenceConfidence;

    @Description("Where the excerpt stands in the source's text, with the proposer's confidence; null when the figure was"
            + " entered without offsets.")
    public io.newsgraph.source.Evidence getEvidence() {
        return io.newsgraph.source.Evidence.of(evidenceStart, evidenceEnd, evidenceConfidence);
    }

    @ElementCollection
    @CollectionTable(name = "statistic_event", joinColumns = @JoinColumn(name = "statistic_id"))
    @Column(name = "event_id")
    @Ignore
    public Set<Long> eventIds = new HashSet<>();

    /** The figure's single sort value: value, or the bound or range start that was reported. */
    @Ignore
    public double sortValue() {
        return value != null ? value : low != null ? low : high;
    }
}
