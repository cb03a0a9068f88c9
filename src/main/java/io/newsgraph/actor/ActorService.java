package io.newsgraph.actor;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.Batch;
import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.country.Country;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ActorService {

    private static final Ordering<Official> OFFICIALS_BY_NAME = Ordering.of("officials-by-name", false,
            key("e.name", o -> o.name), key("e.key", o -> o.key));
    private static final Ordering<Organization> ORGANIZATIONS_BY_NAME = Ordering.of("organizations-by-name", false,
            key("e.name", o -> o.name), key("e.key", o -> o.key));

    public Actor actor(String key) {
        return (Actor) References.require(ActorEntity.class, "Actor", key, "id");
    }

    /** For each parent, the actor its foreign key names (or null), loaded in one statement. */
    public static <P> List<Actor> toOne(List<P> parents, java.util.function.Function<P, Long> foreignKey) {
        List<Actor> actors = new ArrayList<>(parents.size());
        for (ActorEntity actor : Batch.toOne(parents, foreignKey, ActorEntity.class)) {
            actors.add((Actor) actor);
        }
        return actors;
    }

    public Official official(String key) {
        return References.require(Official.class, "Official", key, "id");
    }

    public Organization organization(String key) {
        return References.require(Organization.class, "Organization", key, "id");
    }

    public OfficialConnection officials(ActorFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Official> listing = Listing.of(Official.class, OFFICIALS_BY_NAME);
        if (filter != null && filter.name != null) {
            String pattern = TextSearch.pattern(checkedName(filter.name));
            listing.where("(lower(e.name) like :name escape '\\' or exists (select 1 from Official o join o.aliases a"
                    + " where o.pk = e.pk and lower(a) like :name escape '\\'))", "name", pattern);
        }
        if (filter != null && filter.countryCode != null) {
            listing.where("(e.countryId = :country or exists (select 1 from Position p where p.officialId = e.pk"
                    + " and p.countryId = :country))", "country", countryPk(filter));
        }
        return Connection.of(listing, request, OfficialConnection::new);
    }

    public OrganizationConnection organizations(ActorFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Organization> listing = Listing.of(Organization.class, ORGANIZATIONS_BY_NAME);
        if (filter != null && filter.name != null) {
            TextSearch.contains(listing, "e.name", checkedName(filter.name), "filter.name");
        }
        if (filter != null && filter.countryCode != null) {
            listing.where("e.countryId = :country", "country", countryPk(filter));
        }
        return Connection.of(listing, request, OrganizationConnection::new);
    }

    /** Holders of a position in each country: current ones, former ones, or both (current null). */
    public List<List<Official>> officialsOf(List<Country> countries, Boolean current) {
        String when = current == null ? "" : current ? " and p.endDate is null" : " and p.endDate is not null";
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select distinct p.countryId, o from Position p join Official o on o.pk = p.officialId"
                        + " where p.countryId in :countries" + when + " order by o.name, o.key", Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Official.class));
    }

    public List<List<Organization>> organizationsOf(List<Country> countries) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select o.countryId, o from Organization o where o.countryId in :countries order by o.name, o.key",
                Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Organization.class));
    }

    public List<List<String>> aliases(List<Official> officials) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select o.pk, a from Official o join o.aliases a where o.pk in :officials order by a", Object[].class)
                .setParameter("officials", Batch.pks(officials))
                .getResultList();
        return Batch.toMany(officials, Batch.group(rows, String.class));
    }

    /** Positions of each official, current ones first, then the most recent. */
    public List<List<Position>> positions(List<Official> officials) {
        List<Position> positions = Panache.getSession().createSelectionQuery(
                "from Position p where p.officialId in :officials"
                        + " order by case when p.endDate is null then 0 else 1 end, p.endDate desc, p.startDate desc, p.pk",
                Position.class)
                .setParameter("officials", Batch.pks(officials))
                .getResultList();
        Map<Long, List<Position>> byOfficial = new java.util.HashMap<>();
        for (Position position : positions) {
            byOfficial.computeIfAbsent(position.officialId, k -> new ArrayList<>()).add(position);
        }
        return Batch.toMany(officials, byOfficial);
    }

    private static String checkedName(String name) {
        if (name.isBlank()) {
            throw new io.newsgraph.common.error.BadUserInputException("filter.name", "must not be blank");
        }
        return name.trim();
    }

    private static Long countryPk(ActorFilter filter) {
        return References.requireCountry(filter.countryCode, "filter.countryCode").pk;
    }
}
