package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Narrows a list of officials or organizations. Every condition given must hold.")
public class ActorFilter {

    @Description("Text that the name (or, for officials, one of their aliases) contains, in any case, e.g. `tokayev`.")
    public String name;

    @Description("Only actors of this country (alpha-2 or alpha-3 code); for officials, also those who held a position there.")
    public String countryCode;
}
