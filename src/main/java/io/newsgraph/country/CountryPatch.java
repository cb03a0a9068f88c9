package io.newsgraph.country;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CountryPatch")
@Description("Changes to a country. Countries are never created or deleted: all of ISO 3166-1 exists.")
public record CountryPatch(
        @Description("New English name.") String name,
        @Description("The complete list of countries sharing a land border (alpha-2 or alpha-3 codes); replaces the"
                + " current list, on both sides of each border.") List<@NonNull String> neighbors) {
}
