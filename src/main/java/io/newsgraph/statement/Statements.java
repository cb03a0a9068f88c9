package io.newsgraph.statement;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.BiConsumer;

/** Statements as a kind of fact: who said what, with the source and its verbatim excerpt. */
@Singleton
public class Statements extends Kind<Statement, StatementEntry> {

    public Statements() {
        super(Section.STATEMENTS, Statement.class, Statement.class, StatementEntry::key, StatementEntry::text);
    }

    @Override
    public void references(StatementEntry entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
        ref.accept(SourceEntity.class, entry.source());
        ref.accept(ActorEntity.class, entry.speaker());
        entry.places().forEach(key -> ref.accept(Place.class, key));
        entry.events().forEach(key -> ref.accept(Event.class, key));
    }

    @Override
    public void write(List<StatementEntry> chunk, Writes writes) {
        writes.upsert(Statement.class, chunk, StatementEntry::key, Statement::new, (s, e, c) -> {
            s.text = c.set(s.text, e.text());
            s.kind = c.set(s.kind, e.kind());
            s.speakerId = c.set(s.speakerId, writes.pk(ActorEntity.class, e.speaker()));
            s.saidOn = c.set(s.saidOn, e.saidOn());
            s.sortDate = c.set(s.sortDate, s.saidOn != null ? s.saidOn : writes.publishedOn(e.source()));
            s.sourceId = c.set(s.sourceId, writes.pk(SourceEntity.class, e.source()));
            s.excerpt = c.set(s.excerpt, e.excerpt());
            s.evidenceStart = c.set(s.evidenceStart, e.evidence() == null ? null : e.evidence().start());
            s.evidenceEnd = c.set(s.evidenceEnd, e.evidence() == null ? null : e.evidence().end());
            s.evidenceConfidence = c.set(s.evidenceConfidence, e.evidence() == null ? null : e.evidence().confidence());
            c.replace(s.countryIds, writes.countries(e.countries()));
            c.replace(s.placeIds, writes.pks(Place.class, e.places()));
            c.replace(s.eventIds, writes.pks(Event.class, e.events()));
        }, s -> { });
    }

    @Override
    public List<StatementEntry> export(List<Statement> statements, Exports exports) {
        return statements.stream().map(s -> new StatementEntry(s.key, s.text, s.kind,
                exports.key(ActorEntity.class, s.speakerId), s.saidOn, exports.key(SourceEntity.class, s.sourceId), s.excerpt,
                exports.codes(s.countryIds), exports.sortedKeys(Place.class, s.placeIds),
                exports.sortedKeys(Event.class, s.eventIds),
                exports.evidence(s.evidenceStart, s.evidenceEnd, s.evidenceConfidence))).toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return List.of(Dependants.column("figures it states", "statistic", "statement_id"));
    }
}
