package io.newsgraph.statement;

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

/**
 * Associations are plain id columns: every one of them is resolved by a batch resolver, so no
 * lazy proxy ever reaches GraphQL (where an {@code Actor} proxy would resolve to no concrete type).
 */
@Entity
@Description("Something an actor said, quoted or paraphrased, with the source that reported it and the exact excerpt.")
public class Statement extends KeyedEntity implements Fact {
    public static final int TEXT_LENGTH = 10_000;

    @Column(nullable = false, length = TEXT_LENGTH)
    @NonNull
    @Description("What was said: the quoted words for a direct quote, a faithful rephrasing for a paraphrase.")
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NonNull
    @Description("Whether the text is a direct quote or a paraphrase.")
    public StatementKind kind;

    @Column(name = "speaker_id")
    @Ignore
    public Long speakerId;

    @Column(name = "said_on")
    @Description("The day it was said, when the source says so.")
    public LocalDate saidOn;

    /** saidOn, or the source's publication date for an undated statement; orders and filters lists. */
    @Column(name = "sort_date", nullable = false)
    @Ignore
    public LocalDate sortDate;

    @Column(name = "source_id", nullable = false)
    @Ignore
    public Long sourceId;

    @Column(nullable = false, length = SourceEntity.EXCERPT_LENGTH)
    @NonNull
    @Description("The sentence (or shortest span) of the source that reports this statement, verbatim.")
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

    @Description("Where the excerpt stands in the source's text, with the proposer's confidence; null when the statement was"
            + " entered without offsets.")
    public io.newsgraph.source.Evidence getEvidence() {
        return io.newsgraph.source.Evidence.of(evidenceStart, evidenceEnd, evidenceConfidence);
    }

    @ElementCollection
    @CollectionTable(name = "statement_country", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "country_id")
    @Ignore
    public Set<Long> countryIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "statement_place", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "place_id")
    @Ignore
    public Set<Long> placeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "statement_event", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "event_id")
    @Ignore
    public Set<Long> eventIds = new HashSet<>();
}
