package io.newsgraph.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A dataset file loaded at start-up, identified by its location and content hash. */
@Entity
@Table(name = "loaded_dataset")
public class LoadedDataset extends PanacheEntityBase {

    @EmbeddedId
    public Id id;

    @Column(name = "loaded_at", nullable = false)
    public LocalDateTime loadedAt;

    @Embeddable
    public record Id(@Column(length = 1000) String location, @Column(length = 64) String sha256) implements Serializable {
    }
}
