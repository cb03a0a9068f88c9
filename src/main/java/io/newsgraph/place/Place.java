package io.newsgraph.place;

import io.newsgraph.common.KeyedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A named place inside a country: a border checkpoint, a region, a city.")
public class Place extends KeyedEntity {
    public static final int NAME_LENGTH = 300;


    @Column(nullable = false, length = NAME_LENGTH)
    @NonNull
    @Description("Name of the place, e.g. `Verkhni Lars checkpoint`.")
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NonNull
    @Description("What kind of place this is.")
    public PlaceKind kind;

    @Column(name = "country_id", nullable = false)
    @Ignore
    public Long countryId;
}
