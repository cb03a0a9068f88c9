package io.newsgraph.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceFilter")
@Description("Narrows a list of places. Every condition given must hold.")
public class PlaceFilter {

    @Description("Text the place's name contains, in any case.")
    public String name;

    @Description("Only places in this country (alpha-2 or alpha-3 code).")
    public String countryCode;

    @Description("Only places of this kind.")
    public PlaceKind kind;
}
