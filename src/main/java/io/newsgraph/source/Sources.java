package io.newsgraph.source;

import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Sources as a kind of fact: where facts were reported. Every statement and figure belongs to one. */
@Singleton
public class Sources extends Kind<SourceEntity, SourceEntry> {

    public Sources() {
        super(Section.SOURCES, SourceEntity.class, SourceEntity.class, SourceEntry::key, SourceEntry::title);
    }

    /** Its text, which the excerpts of the facts citing it must occur in. */
    @Override
    public String textOf(SourceEntry entry) {
        return entry.text();
    }

    @Override
    public void write(List<SourceEntry> chunk, Writes writes) {
        writes.upsert(SourceEntity.class, chunk, SourceEntry::key, SourceEntity::new, (s, e, c) -> {
            s.title = c.set(s.title, e.title());
            s.publisher = c.set(s.publisher, e.publisher());
            s.url = c.set(s.url, e.url());
            s.publishedOn = c.set(s.publishedOn, e.publishedOn());
            s.language = c.set(s.language, e.language());
            s.text = c.set(s.text, e.text());
        }, s -> {
            writes.wrote(SourceEntity.class, s);
            writes.published(s.key, s.publishedOn);
        });
    }

    /** With their texts read in one statement, not one lazy load each. */
    @Override
    public List<SourceEntry> export(List<SourceEntity> sources, Exports exports) {
        Map<Long, String> texts = SourceEntity.texts(sources.stream().map(s -> s.pk).toList());
        return sources.stream().map(s -> new SourceEntry(s.key, s.title, s.publisher, s.url, s.publishedOn, s.language,
                texts.get(s.pk))).toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return List.of(Dependants.column("statements reported by it", "statement", "source_id"),
                Dependants.column("figures reported by it", "statistic", "source_id"));
    }

    @Override
    public boolean ownsFacts() {
        return true;
    }
}
