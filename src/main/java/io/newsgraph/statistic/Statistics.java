package io.newsgraph.statistic;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.BiConsumer;

/** Reported figures as a kind of fact, stored as reported: exact, approximate, a bound or a range. */
@Singleton
public class Statistics extends Kind<Statistic, StatisticEntry> {

    public Statistics() {
        super(Section.STATISTICS, Statistic.class, Statistic.class, StatisticEntry::key, StatisticEntry::description);
    }

    @Override
    public void references(StatisticEntry entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
        ref.accept(SourceEntity.class, entry.source());
        ref.accept(ActorEntity.class, entry.reportedBy());
        ref.accept(Place.class, entry.place());
        ref.accept(Statement.class, entry.statement());
        entry.events().forEach(key -> ref.accept(Event.class, key));
    }

    @Override
    public void write(List<StatisticEntry> chunk, Writes writes) {
        writes.upsert(Statistic.class, chunk, StatisticEntry::key, Statistic::new, (s, e, c) -> {
            s.metric = c.set(s.metric, e.metric());
            s.description = c.set(s.description, e.description());
            s.value = c.set(s.value, e.value());
            s.low = c.set(s.low, e.low());
            s.high = c.set(s.high, e.high());
            s.approximation = c.set(s.approximation, e.approximation());
            s.unit = c.set(s.unit, e.unit());
            s.rate = c.set(s.rate, e.rate());
            s.periodStart = c.set(s.periodStart, e.periodStart());
            s.periodEnd = c.set(s.periodEnd, e.periodEnd());
            s.sortDate = c.set(s.sortDate, s.periodEnd != null ? s.periodEnd
                    : s.periodStart != null ? s.periodStart : writes.publishedOn(e.source()));
            s.countryId = c.set(s.countryId, writes.country(e.country()));
            s.originCountryId = c.set(s.originCountryId, writes.country(e.originCountry()));
            s.placeId = c.set(s.placeId, writes.pk(Place.class, e.place()));
            s.reportedById = c.set(s.reportedById, writes.pk(ActorEntity.class, e.reportedBy()));
            s.statementId = c.set(s.statementId, writes.pk(Statement.class, e.statement()));
            s.sourceId = c.set(s.sourceId, writes.pk(SourceEntity.class, e.source()));
            s.excerpt = c.set(s.excerpt, e.excerpt());
            s.evidenceStart = c.set(s.evidenceStart, e.evidence() == null ? null : e.evidence().start());
            s.evidenceEnd = c.set(s.evidenceEnd, e.evidence() == null ? null : e.evidence().end());
            s.evidenceConfidence = c.set(s.evidenceConfidence, e.evidence() == null ? null : e.evidence().confidence());
            c.replace(s.eventIds, writes.pks(Event.class, e.events()));
        }, s -> { });
    }

    @Override
    public List<StatisticEntry> export(List<Statistic> statistics, Exports exports) {
        return statistics.stream().map(s -> new StatisticEntry(s.key, s.metric, s.description, s.value, s.low, s.high,
                s.approximation, s.unit, s.rate, s.periodStart, s.periodEnd, exports.code(s.countryId),
                exports.code(s.originCountryId), exports.key(Place.class, s.placeId),
                exports.key(ActorEntity.class, s.reportedById), exports.key(Statement.class, s.statementId),
                exports.key(SourceEntity.class, s.sourceId), s.excerpt, exports.sortedKeys(Event.class, s.eventIds),
                exports.evidence(s.evidenceStart, s.evidenceEnd, s.evidenceConfidence))).toList();
    }
}
