package io.newsgraph.actor;

import io.newsgraph.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "official_position")
@Description("An office held by an official, e.g. President of Kazakhstan. Without an end date it is held now.")
public class Position extends BaseEntity {
    public static final int TITLE_LENGTH = 300;


    @Column(name = "official_id", nullable = false)
    @Ignore
    public Long officialId;

    @Column(nullable = false, length = TITLE_LENGTH)
    @NonNull
    @Description("The office's title, e.g. `President`.")
    public String title;

    @Column(name = "country_id")
    @Ignore
    public Long countryId;

    @Column(name = "organization_id")
    @Ignore
    public Long organizationId;

    @Column(name = "started_on")
    @Name("start")
    @Description("When the official took office, if known.")
    public LocalDate startDate;

    @Column(name = "ended_on")
    @Name("end")
    @Description("When the official left office; null while the office is held.")
    public LocalDate endDate;
}
