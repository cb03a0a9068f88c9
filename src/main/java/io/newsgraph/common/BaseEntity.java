package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * Every table's surrogate primary key, drawn from one pooled sequence so that inserts can be
 * batched. It stays inside the database layer: the API addresses entities by their keys.
 */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_id")
    @SequenceGenerator(name = "entity_id", sequenceName = "entity_id_seq", allocationSize = 50)
    @Column(name = "id")
    @Ignore
    public Long pk;
}
