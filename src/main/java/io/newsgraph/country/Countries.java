package io.newsgraph.country;

import io.newsgraph.dataset.Dataset.CountryEntry;
import io.newsgraph.dataset.Kind;
import io.newsgraph.dataset.Section;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries as a kind of fact: they all exist from the first start, so a dataset only names them
 * and adds land borders (both ways, never removed by an import). They have codes, not keys.
 */
@Singleton
public class Countries extends Kind<Country, CountryEntry> {

    public Countries() {
        super(Section.COUNTRIES, Country.class, null, CountryEntry::code, CountryEntry::name);
    }

    @Override
    public void write(List<CountryEntry> entries, Writes writes) {
        Map<String, Country> countries = new HashMap<>();
        for (Country country : writes.session().createSelectionQuery("from Country", Country.class).getResultList()) {
            countries.put(country.code, country);
        }
        for (CountryEntry entry : entries) {
            Country country = countries.get(entry.code());
            Changes c = new Changes();
            if (entry.name() != null) {
                country.name = c.set(country.name, entry.name());
            }
            for (String code : entry.neighbors()) {
                Country neighbor = countries.get(code);
                c.changed(country.neighborIds.add(neighbor.pk));
                c.changed(neighbor.neighborIds.add(country.pk));
            }
            writes.count(false, c.changed());
        }
    }

    @Override
    public List<CountryEntry> export(List<Country> countries, Exports exports) {
        return countries.stream().map(c -> new CountryEntry(c.code, c.name, exports.codes(c.neighborIds))).toList();
    }
}
