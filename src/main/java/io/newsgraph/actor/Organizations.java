package io.newsgraph.actor;

import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.dataset.Dataset.OrganizationEntry;
import io.newsgraph.dataset.Dependants;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.List;

/** Official bodies as a kind of fact; they share one key space with officials (both are actors). */
@Singleton
public class Organizations extends Kind<Organization, OrganizationEntry> {

    public Organizations() {
        super(Section.ORGANIZATIONS, Organization.class, ActorEntity.class, OrganizationEntry::key, OrganizationEntry::name);
    }

    @Override
    public void write(List<OrganizationEntry> chunk, Writes writes) {
        writes.upsert(ActorEntity.class, chunk, OrganizationEntry::key, Organization::new, (a, e, c) -> {
            Organization o = as(Organization.class, a, "organizations");
            o.name = c.set(o.name, e.name());
            o.kind = c.set(o.kind, e.kind());
            o.countryId = c.set(o.countryId, writes.country(e.country()));
        }, a -> {
            writes.wrote(ActorEntity.class, a);
            writes.wrote(Organization.class, a);
        });
    }

    @Override
    public List<OrganizationEntry> export(List<Organization> organizations, Exports exports) {
        return organizations.stream().map(o -> new OrganizationEntry(o.key, o.name, o.kind, exports.code(o.countryId)))
                .toList();
    }

    @Override
    public List<Dependants.Link> dependants() {
        return actorDependants();
    }

    /** What refers to an official or an organization. */
    static List<Dependants.Link> actorDependants() {
        return List.of(Dependants.column("statements as their speaker", "statement", "speaker_id"),
                Dependants.column("figures as their reporter", "statistic", "reported_by_id"),
                Dependants.column("events as their initiator", "event", "initiated_by_id"),
                Dependants.column("positions as their organization", "official_position", "organization_id"));
    }

    /** The actor an entry's key names, which must be of the entry's kind. */
    static <A extends ActorEntity> A as(Class<A> type, ActorEntity actor, String section) {
        if (!type.isInstance(actor)) {
            throw new BadUserInputException(section, "'" + actor.key + "' already names an actor of another kind");
        }
        return type.cast(actor);
    }
}
