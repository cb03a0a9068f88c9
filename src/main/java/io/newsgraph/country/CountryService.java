package io.newsgraph.country;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing.Item;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.event.Event_;
import io.newsgraph.statement.Statement_;
import io.newsgraph.statistic.Statistic_;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class CountryService {

    /** Whether any statement, figure or event is about the country. */
    private static String hasFacts(Item<Country> country) {
        String pk = country.get(Country_.pk);
        return "(exists (select 1 from Statement s join s." + Statement_.COUNTRY_IDS + " sc where sc = " + pk + ")"
                + " or exists (select 1 from Statistic st where st." + Statistic_.COUNTRY_ID + " = " + pk + ")"
                + " or exists (select 1 from Event ev where ev." + Event_.COUNTRY_ID + " = " + pk + "))";
    }

    public Country get(String code) {
        return References.requireCountry(code, "code");
    }

    /** Renames a country and/or replaces its land borders, keeping borders symmetric. */
    @Transactional
    public Country update(String code, CountryPatch patch) {
        Country country = get(code);
        if (patch.name() != null) {
            if (patch.name().isBlank() || patch.name().length() > 200) {
                throw new BadUserInputException("input.name", "must be 1 to 200 characters");
            }
            country.name = patch.name().trim();
        }
        if (patch.neighbors() != null) {
            Set<Country> wanted = new HashSet<>();
            for (int i = 0; i < patch.neighbors().size(); i++) {
                Country neighbor = References.requireCountry(patch.neighbors().get(i), "input.neighbors[" + i + "]");
                if (neighbor.pk.equals(country.pk)) {
                    throw new BadUserInputException("input.neighbors[" + i + "]", "a country cannot border itself");
                }
                wanted.add(neighbor);
            }
            for (Country former : Country.<Country>list(Country_.PK + " in ?1", country.neighborIds)) {
                former.neighborIds.remove(country.pk);
            }
            country.neighborIds.clear();
            for (Country neighbor : wanted) {
                country.neighborIds.add(neighbor.pk);
                neighbor.neighborIds.add(country.pk);
            }
        }
        return country;
    }

    public CountryConnection list(CountryFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Country> listing = Listing.of(Country.class,
                Ordering.of("countries-by-code", false, key(Country_.code, c -> c.code)));
        if (filter != null) {
            if (filter.codes != null) {
                List<String> codes = filter.codes.stream().map(c -> References.countryCode(c, "filter.codes")).toList();
                listing.where((e, c) -> "(" + e.get(Country_.code) + " in " + c + " or " + e.get(Country_.alpha3) + " in " + c
                        + ")", codes);
            }
            if (filter.name != null) {
                TextSearch.contains(listing, Country_.name, filter.name, "filter.name");
            }
            if (filter.hasFacts != null) {
                listing.where(filter.hasFacts ? CountryService::hasFacts : e -> "not " + hasFacts(e));
            }
            if (filter.neighborOf != null) {
                listing.whereMember(Country_.neighborIds,
                        References.requireCountry(filter.neighborOf, "filter.neighborOf").pk);
            }
        }
        return Connection.of(listing, request, CountryConnection::new);
    }
}
