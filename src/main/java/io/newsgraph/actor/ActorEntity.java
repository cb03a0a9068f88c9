package io.newsgraph.actor;

import io.newsgraph.common.KeyedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Storage shared by officials and organizations: one table, so one key space. Only the concrete
 * types implement the GraphQL interface {@link Actor}, so this class never appears in the schema.
 */
@Entity
@Table(name = "actor")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "actor_type", length = 20)
public abstract class ActorEntity extends KeyedEntity {
    public static final int NAME_LENGTH = 300;


    @Column(nullable = false, length = NAME_LENGTH)
    @NonNull
    @Description("Full name, e.g. `Kassym-Jomart Tokayev` or `Interior Ministry of Georgia`.")
    public String name;

    @Column(name = "country_id")
    @Ignore
    public Long countryId;

    public String getName() {
        return name;
    }
}
