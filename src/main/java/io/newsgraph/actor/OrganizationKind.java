package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of official body an organization is.")
public enum OrganizationKind {
    @Description("A national government as a whole, e.g. 'Moscow' or 'Kyiv' speaking for their state.")
    GOVERNMENT,
    @Description("A ministry, e.g. an interior ministry.")
    MINISTRY,
    @Description("A public agency or service, e.g. a border service or statistics office.")
    AGENCY,
    @Description("The authorities of a region or province, e.g. those of North Ossetia.")
    REGIONAL_AUTHORITY,
    @Description("A body of several states, e.g. the UN or a customs union.")
    INTERGOVERNMENTAL,
    @Description("Any other official body.")
    OTHER
}
