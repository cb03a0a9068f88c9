package io.newsgraph.place;

import io.newsgraph.dataset.Dataset.PlaceEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.List;

/** Named places as a kind of fact: checkpoints, regions, cities, each in a country. */
@Singleton
public class Places extends Kind<Place, PlaceEntry> {

    public Places() {
        super(Section.PLACES, Place.class, Place.class, PlaceEntry::key, PlaceEntry::name);
    }

    @Override
    public void write(List<PlaceEntry> chunk, Writes writes) {
        writes.upsert(Place.class, chunk, PlaceEntry::key, Place::new, (p, e, c) -> {
            p.name = c.set(p.name, e.name());
            p.kind = c.set(p.kind, e.kind());
            p.countryId = c.set(p.countryId, writes.country(e.country()));
        }, p -> writes.wrote(Place.class, p));
    }

    @Override
    public List<PlaceEntry> export(List<Place> places, Exports exports) {
        return places.stream().map(p -> new PlaceEntry(p.key, p.name, p.kind, exports.code(p.countryId))).toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return List.of(Dependants.link("statements", "statement_place", "place_id"),
                Dependants.column("figures", "statistic", "place_id"));
    }
}
