package io.newsgraph.event;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.dataset.Dataset.EventEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.BiConsumer;

/** Events as a kind of fact: what happened, that statements and figures refer to. */
@Singleton
public class Events extends Kind<Event, EventEntry> {

    public Events() {
        super(Section.EVENTS, Event.class, Event.class, EventEntry::key, EventEntry::name);
    }

    @Override
    public void references(EventEntry entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
        ref.accept(ActorEntity.class, entry.initiatedBy());
    }

    @Override
    public void write(List<EventEntry> chunk, Writes writes) {
        writes.upsert(Event.class, chunk, EventEntry::key, Event::new, (v, e, c) -> {
            v.name = c.set(v.name, e.name());
            v.description = c.set(v.description, e.description());
            v.startDate = c.set(v.startDate, e.startDate());
            v.endDate = c.set(v.endDate, e.endDate());
            v.countryId = c.set(v.countryId, writes.country(e.country()));
            v.initiatedById = c.set(v.initiatedById, writes.pk(ActorEntity.class, e.initiatedBy()));
        }, v -> writes.wrote(Event.class, v));
    }

    @Override
    public List<EventEntry> export(List<Event> events, Exports exports) {
        return events.stream().map(e -> new EventEntry(e.key, e.name, e.description, e.startDate, e.endDate,
                exports.code(e.countryId), exports.key(ActorEntity.class, e.initiatedById))).toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return List.of(Dependants.link("statements", "statement_event", "event_id"),
                Dependants.link("figures", "statistic_event", "event_id"));
    }
}
