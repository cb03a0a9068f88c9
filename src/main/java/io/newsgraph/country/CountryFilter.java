package io.newsgraph.country;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CountryFilter")
@Description("Narrows a list of countries. Every condition given must hold.")
public class CountryFilter {

    @Description("Only these countries, by alpha-2 or alpha-3 code in any case, e.g. `[\"GE\", \"kaz\"]`. Unknown codes match nothing.")
    public List<@NonNull String> codes;

    @Description("Only countries whose English name contains this text, in any case, e.g. `stan`.")
    public String name;

    @Description("true: only countries that at least one fact concerns (a statement about the country, a figure observed in it or an event in it); false: only countries that no fact concerns.")
    public Boolean hasFacts;

    @Description("Only the countries that share a land border with this one (alpha-2 or alpha-3 code).")
    public String neighborOf;
}
