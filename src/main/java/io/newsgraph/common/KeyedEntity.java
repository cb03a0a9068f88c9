package io.newsgraph.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An entity that clients address by its key, which is its GraphQL {@code id}; versioned for
 * optimistic locking and audited (who created and last changed it, and when).
 */
@MappedSuperclass
public abstract class KeyedEntity extends BaseEntity {

    @Column(name = "slug", nullable = false, length = Keys.MAX_LENGTH)
    @Ignore
    public String key;

    @Version
    @NonNull
    @Description("Revision number, raised by every change. Pass it to an update to make sure nobody changed the entity meanwhile.")
    public int version;

    @Column(name = "created_at", nullable = false)
    @NonNull
    @Description("When the entity was created.")
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    @NonNull
    @Description("Who created it: an editor's user name, or `dataset-loader` for datasets loaded at start-up.")
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    @NonNull
    @Description("When the entity was last changed.")
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    @NonNull
    @Description("Who changed it last.")
    public String updatedBy;

    @Id
    @NonNull
    @Description("Stable identifier: a lowercase slug, unique among its type.")
    public String getId() {
        return key;
    }
}
