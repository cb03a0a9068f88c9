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
        Listing<Official> listing = Listing.of(Official.class, Ordering.of("officials-by-name", false,
                key(Official_.name, o -> o.name), key(Official_.key, o -> o.key)));
        if (filter != null && filter.name != null) {
            // The name, or one of the aliases.
            listing.where((e, name) -> "(" + TextSearch.like(e.get(Official_.name), name)
                    + " or exists (select 1 from Official o join o." + Official_.ALIASES + " a where o.pk = "
                    + e.get(Official_.pk) + " and " + TextSearch.like("a", name) + "))",
                    TextSearch.pattern(checkedName(filter.name)));
        }
        if (filter != null && filter.countryCode != null) {
            // The official's country, or that of one of their positions.
            listing.where((e, country) -> "(" + e.get(Official_.countryId) + " = " + country
                    + " or exists (select 1 from Position p where p." + Position_.OFFICIAL_ID + " = " + e.get(Official_.pk)
                    + " and p." + Position_.COUNTRY_ID + " = " + country + "))", countryPk(filter));
        }
        return Connection.of(listing, request, OfficialConnection::new);
    }

    public OrganizationConnection organizations(ActorFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Organization> listing = Listing.of(Organization.class, Ordering.of("organizations-by-name", false,
                key(Organization_.name, o -> o.name), key(Organization_.key, o -> o.key)));
        if (filter != null && filter.name != null) {
            TextSearch.contains(listing, Organization_.name, checkedName(filter.name), "filter.name");
        }
        if (filter != null && filter.countryCode != null) {
            listing.whereEqual(Organization_.countryId, countryPk(filter));
        }
        return Connection.of(listing, request, OrganizationConnection::new);
    }

    /** Holders of a position in each country: current ones, former ones, or both (current null). */
    public List<List<Official>> officialsOf(List<Country> countries, Boolean current) {
        String when = current == null ? "" : " and p." + Position_.END_DATE + (current ? " is null" : " is not null");
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select distinct p." + Position_.COUNTRY_ID + ", o from Position p join Official o on o.pk = p."
                        + Position_.OFFICIAL_ID + " where p." + Position_.COUNTRY_ID + " in :countries" + when
                        + " order by o." + Official_.NAME + ", o." + Official_.KEY, Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Official.class));
    }

    public List<List<Organization>> organizationsOf(List<Country> countries) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select o." + Organization_.COUNTRY_ID + ", o from Organization o where o." + Organization_.COUNTRY_ID
                        + " in :countries order by o." + Organization_.NAME + ", o." + Organization_.KEY,
                Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Organization.class));
    }

    public List<List<String>> aliases(List<Official> officials) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select o.pk, a from Official o join o." + Official_.ALIASES + " a where o.pk in :officials order by a",
                Object[].class)
                .setParameter("officials", Batch.pks(officials))
                .getResultList();
        return Batch.toMany(officials, Batch.group(rows, String.class));
    }

    /** Positions of each official, current ones first, then the most recent. */
    public List<List<Position>> positions(List<Official> officials) {
        List<Position> positions = Panache.getSession().createSelectionQuery(
                "from Position p where p." + Position_.OFFICIAL_ID + " in :officials order by case when p."
                        + Position_.END_DATE + " is null then 0 else 1 end, p." + Position_.END_DATE + " desc, p."
                        + Position_.START_DATE + " desc, p.pk",
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
