package io.newsgraph.actor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Entity
@DiscriminatorValue("OFFICIAL")
@Description("A person who holds or held public office, such as a president or a minister.")
public class Official extends ActorEntity implements Actor {
    public static final int ALIAS_LENGTH = 300;


    /** Read through the batched {@code aliases} field, never lazily per official. */
    @ElementCollection
    @CollectionTable(name = "official_alias", joinColumns = @JoinColumn(name = "official_id"))
    @Column(name = "alias", length = ALIAS_LENGTH)
    @Ignore
    public Set<String> aliases = new LinkedHashSet<>();
}
