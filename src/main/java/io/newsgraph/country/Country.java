package io.newsgraph.country;

import io.newsgraph.common.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Cacheable
@Description("A country of ISO 3166-1. All of them exist from the start; facts refer to them by their two-letter code.")
public class Country extends BaseEntity {

    public static final int NAME_LENGTH = 200;

    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. `KZ`.")
    public String code;

    @NonNull
    @Description("ISO 3166-1 alpha-3 code, e.g. `KAZ`.")
    public String alpha3;

    @Column(length = NAME_LENGTH)
    @NonNull
    @Description("English name, e.g. `Kazakhstan`.")
    public String name;

    /** Land borders, stored both ways; read through the batched {@code neighbors} field. */
    @ElementCollection
    @CollectionTable(name = "country_neighbor", joinColumns = @JoinColumn(name = "country_id"))
    @Column(name = "neighbor_id")
    @Ignore
    public Set<Long> neighborIds = new HashSet<>();

    @Id
    @NonNull
    @Description("The country's identifier: its alpha-2 code, e.g. `KZ`.")
    public String getId() {
        return code;
    }
}
