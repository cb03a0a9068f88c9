package io.newsgraph.actor;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hibernate.Session;

/** Officials as a kind of fact, with their positions (which have no key: an official's list is replaced whole). */
@Singleton
public class Officials extends Kind<Official, OfficialEntry> {

    public Officials() {
        super(Section.OFFICIALS, Official.class, ActorEntity.class, OfficialEntry::key, OfficialEntry::name);
    }

    @Override
    public void references(OfficialEntry entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
        entry.positions().forEach(p -> ref.accept(Organization.class, p == null ? null : p.organization()));
    }

    @Override
    public void write(List<OfficialEntry> chunk, Writes writes) {
        Map<String, ActorEntity> written = writes.upsert(ActorEntity.class, chunk, OfficialEntry::key, Official::new,
                (a, e, c) -> {
                    Official o = Organizations.as(Official.class, a, "officials");
                    o.name = c.set(o.name, e.name());
                    c.replace(o.aliases, new LinkedHashSet<>(e.aliases()));
                    o.countryId = c.set(o.countryId,
                            writes.country(e.country() != null ? e.country() : mainCountry(e.positions())));
                }, a -> writes.wrote(ActorEntity.class, a));
        writePositions(chunk, written, writes);
    }

    /** Positions have no key: an official's list is replaced when it differs from the dataset's. */
    private static void writePositions(List<OfficialEntry> entries, Map<String, ActorEntity> officials, Writes writes) {
        Session session = writes.session();
        Set<Long> officialPks = new HashSet<>();
        entries.forEach(e -> officialPks.add(officials.get(e.key()).pk));
        Map<Long, List<Position>> existing = positions(session, officialPks);
        for (OfficialEntry entry : entries) {
            Long officialPk = officials.get(entry.key()).pk;
            List<Position> wanted = entry.positions().stream().map(p -> position(officialPk, p, writes)).toList();
            List<Position> current = existing.getOrDefault(officialPk, List.of());
            if (!samePositions(current, wanted)) {
                current.forEach(session::remove);
                wanted.forEach(session::persist);
                writes.stamp(officials.get(entry.key()));
            }
        }
    }

    private static Map<Long, List<Position>> positions(Session session, Collection<Long> officialPks) {
        Map<Long, List<Position>> positions = new HashMap<>();
        if (!officialPks.isEmpty()) {
            session.createSelectionQuery("from Position where " + Position_.OFFICIAL_ID + " in :officials order by "
                    + Position_.PK, Position.class)
                    .setParameter("officials", officialPks)
                    .getResultList()
                    .forEach(p -> positions.computeIfAbsent(p.officialId, k -> new ArrayList<>()).add(p));
        }
        return positions;
    }

    private static Position position(Long officialPk, PositionEntry entry, Writes writes) {
        Position position = new Position();
        position.officialId = officialPk;
        position.title = entry.title();
        position.countryId = writes.country(entry.country());
        position.organizationId = writes.pk(Organization.class, entry.organization());
        position.startDate = entry.start();
        position.endDate = entry.end();
        return position;
    }

    private static boolean samePositions(List<Position> a, List<Position> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Position x = a.get(i);
            Position y = b.get(i);
            if (!Objects.equals(x.title, y.title) || !Objects.equals(x.countryId, y.countryId)
                    || !Objects.equals(x.organizationId, y.organizationId)
                    || !Objects.equals(x.startDate, y.startDate) || !Objects.equals(x.endDate, y.endDate)) {
                return false;
            }
        }
        return true;
    }

    private static String mainCountry(List<PositionEntry> positions) {
        return positions.stream().filter(p -> p.end() == null && p.country() != null).findFirst()
                .or(() -> positions.stream().filter(p -> p.country() != null).findFirst())
                .map(PositionEntry::country).orElse(null);
    }

    @Override
    public List<OfficialEntry> export(List<Official> officials, Exports exports) {
        Map<Long, List<Position>> positions = positions(exports.session(), officials.stream().map(o -> o.pk).toList());
        Map<Long, String> organizationKeys = exports.keys(ActorEntity.class, positions.values().stream()
                .flatMap(List::stream).map(p -> p.organizationId).filter(Objects::nonNull).toList());
        return officials.stream().map(o -> new OfficialEntry(o.key, o.name, o.aliases.stream().sorted().toList(),
                positions.getOrDefault(o.pk, List.of()).stream().map(p -> new PositionEntry(p.title,
                        exports.code(p.countryId), organizationKeys.get(p.organizationId), p.startDate, p.endDate))
                        .toList(),
                exports.code(o.countryId))).toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return Organizations.actorDependants();
    }

    @Override
    public void deleting(Official official, Session session) {
        session.createMutationQuery("delete from Position where " + Position_.OFFICIAL_ID + " = :pk")
                .setParameter("pk", official.pk)
                .executeUpdate();
    }
}
