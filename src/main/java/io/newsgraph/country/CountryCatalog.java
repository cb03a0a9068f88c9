package io.newsgraph.country;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/** Makes sure every ISO 3166-1 country exists, from the JDK's own ISO lists: no network, no data file. */
@ApplicationScoped
public class CountryCatalog {

    private static final Logger LOG = Logger.getLogger(CountryCatalog.class);

    /** Adds the countries that are missing; names that editors changed are left as they are. */
    @Transactional
    public int ensureAll() {
        Set<String> present = new HashSet<>(Panache.getSession()
                .createSelectionQuery("select " + Country_.CODE + " from Country", String.class).getResultList());
        int added = 0;
        for (String code : Locale.getISOCountries()) {
            if (!present.contains(code)) {
                Locale locale = new Locale("", code);
                Country country = new Country();
                country.code = code;
                country.alpha3 = locale.getISO3Country();
                country.name = locale.getDisplayCountry(Locale.ENGLISH);
                country.persist();
                added++;
            }
        }
        if (added > 0) {
            LOG.infof("Added %d ISO 3166-1 countries", added);
        }
        return added;
    }
}
