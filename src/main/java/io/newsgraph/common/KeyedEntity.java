package io.newsgraph.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** An entity that clients address by its key, which is its GraphQL {@code id}. */
@MappedSuperclass
public abstract class KeyedEntity extends BaseEntity {

    @Column(name = "slug", nullable = false, length = Keys.MAX_LENGTH)
    @Ignore
    public String key;

    @Id
    @NonNull
    @Description("Stable identifier: a lowercase slug, unique among its type.")
    public String getId() {
        return key;
    }
}
