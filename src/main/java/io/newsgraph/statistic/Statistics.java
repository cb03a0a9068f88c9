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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Reported figures as a kind of fact, stored as reported: exact, approximate, a bound or a range. */
@Singleton
public class Statistics extends Kind<Statistic, StatisticEntry> {

    public Statistics() {
        super(Section.STATISTICS, Statistic.class, Statistic.class, StatisticEntry::key, StatisticEntry::description);
    }

    private static final Pattern METRIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public void references(StatisticEntry entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
        ref.accept(SourceEntity.class, entry.source());
        ref.accept(ActorEntity.class, entry.reportedBy());
        ref.accept(Place.class, entry.place());
        ref.accept(Statement.class, entry.statement());
        entry.events().forEach(key -> ref.accept(Event.class, key));
    }

    @Override
    public void validate(StatisticEntry e, String p, Checks check) {
        if (check.text(p + ".metric", e.metric(), true, Statistic.METRIC_LENGTH) && !METRIC.matcher(e.metric()).matches()) {
            check.problem(p + ".metric", "must be a lowercase kebab-case noun such as 'arrivals'");
        }
        check.text(p + ".description", e.description(), true, Statistic.DESCRIPTION_LENGTH);
        quantity(p, e, check);
        check.text(p + ".unit", e.unit(), true, Statistic.UNIT_LENGTH);
        check.period(p + ".periodStart", check.date(p + ".periodStart", e.periodStart(), false), p + ".periodEnd",
                check.date(p + ".periodEnd", e.periodEnd(), false));
        check.country(p + ".country", e.country(), true);
        check.country(p + ".originCountry", e.originCountry(), false);
        check.reference(p + ".place", e.place(), false, Place.class, "place");
        check.reference(p + ".reportedBy", e.reportedBy(), false, ActorEntity.class, "actor");
        check.reference(p + ".statement", e.statement(), false, Statement.class, "statement");
        check.provenance(p, e.source(), e.excerpt(), e.evidence());
        for (int i = 0; i < e.events().size(); i++) {
            check.reference(p + ".events[" + i + "]", e.events().get(i), true, Event.class, "event");
        }
    }

    /** Which of value, low and high are given follows the approximation. */
    private static void quantity(String p, StatisticEntry e, Checks check) {
        Approximation approximation = check.required(p + ".approximation", e.approximation(), true);
        for (var number : List.of(Map.entry(".value", nullSafe(e.value())), Map.entry(".low", nullSafe(e.low())),
                Map.entry(".high", nullSafe(e.high())))) {
            if (!Double.isFinite(number.getValue())) {
                check.problem(p + number.getKey(), "must be a finite number");
            }
        }
        if (approximation == null) {
            return;
        }
        List<String> wanted = switch (approximation) {
            case EXACT, APPROXIMATE -> List.of("value");
            case AT_LEAST -> List.of("low");
            case AT_MOST -> List.of("high");
            case RANGE -> List.of("low", "high");
        };
        Map<String, Double> given = new HashMap<>();
        given.put("value", e.value());
        given.put("low", e.low());
        given.put("high", e.high());
        for (String field : wanted) {
            if (given.get(field) == null) {
                check.problem(p + "." + field, "is required when approximation is " + approximation);
            }
        }
        for (String field : List.of("value", "low", "high")) {
            if (!wanted.contains(field) && given.get(field) != null) {
                check.problem(p + "." + field, "must be left out when approximation is " + approximation);
            }
        }
        if (approximation == Approximation.RANGE && e.low() != null && e.high() != null && e.low() > e.high()) {
            check.problem(p + ".high", "must not be less than low (" + e.low() + ") in a RANGE");
        }
    }

    private static double nullSafe(Double number) {
        return number == null ? 0 : number;
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
