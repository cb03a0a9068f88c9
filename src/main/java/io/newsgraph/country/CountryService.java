package io.newsgraph.country;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class CountryService {

    private static final Ordering<Country> BY_CODE = Ordering.of("countries-by-code", false, key("e.code", c -> c.code));

    private static final String HAS_FACTS = "(exists (select 1 from Statement s join s.countryIds sc where sc = e.pk)"
            + " or exists (select 1 from Statistic st where st.countryId = e.pk)"
            + " or exists (select 1 from Event ev where ev.countryId = e.pk))";

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
            for (Country former : Country.<Country>list("pk in ?1", country.neighborIds)) {
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
        Listing<Country> listing = Listing.of(Country.class, BY_CODE);
        if (filter != null) {
            if (filter.codes != null) {
                List<String> codes = filter.codes.stream().map(c -> References.countryCode(c, "filter.codes")).toList();
                listing.where("(e.code in :codes or e.alpha3 in :codes)", "codes", codes);
            }
            if (filter.name != null) {
                TextSearch.contains(listing, "e.name", filter.name, "filter.name");
            }
            if (filter.hasFacts != null) {
                listing.where(filter.hasFacts ? HAS_FACTS : "not " + HAS_FACTS);
            }
            if (filter.neighborOf != null) {
                listing.where(":neighbor member of e.neighborIds", "neighbor",
                        References.requireCountry(filter.neighborOf, "filter.neighborOf").pk);
            }
        }
        return Connection.of(listing, request, CountryConnection::new);
    }
}
