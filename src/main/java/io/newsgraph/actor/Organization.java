package io.newsgraph.actor;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@DiscriminatorValue("ORGANIZATION")
@Description("An official body that speaks or reports figures: a government, a ministry, an agency, regional authorities.")
public class Organization extends ActorEntity implements Actor {

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_kind", length = 30)
    @NonNull
    @Description("What kind of body this is.")
    public OrganizationKind kind;
}
