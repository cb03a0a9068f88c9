package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Anyone who speaks or reports facts: an official (a person) or an organization (an official body).")
public interface Actor {

    @Id
    @NonNull
    @Description("Stable identifier: a lowercase slug such as `kassym-jomart-tokayev` or `georgia-interior-ministry`, unique among officials and organizations together.")
    String getId();

    @NonNull
    @Description("Full name, e.g. `Kassym-Jomart Tokayev` or `Interior Ministry of Georgia`.")
    String getName();
}
