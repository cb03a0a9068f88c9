package io.newsgraph.event;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.timeline.Fact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Something that happened on a date and that facts refer to, e.g. a mobilization decree or an election.")
public class Event extends KeyedEntity implements Fact {
    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 5000;

    @Column(nullable = false, length = NAME_LENGTH)
    @NonNull
    @Description("Short name, e.g. `Mobilization in Russia`.")
    public String name;

    @Column(length = DESCRIPTION_LENGTH)
    @Description("What happened, in a few sentences.")
    public String description;

    @Column(name = "start_date", nullable = false)
    @NonNull
    @Description("The day it happened or began.")
    public LocalDate startDate;

    @Column(name = "end_date")
    @Description("The day it ended, for events that last; null for a single day or while it goes on.")
    public LocalDate endDate;

    @Column(name = "country_id")
    @Ignore
    public Long countryId;

    @Column(name = "initiated_by_id")
    @Ignore
    public Long initiatedById;
}
