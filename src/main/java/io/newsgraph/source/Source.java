package io.newsgraph.source;

import io.newsgraph.common.KeyedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Where facts were reported: a news article, a press release, a broadcast. Every statement and figure belongs to one source.")
public class Source extends KeyedEntity {

    @Column(nullable = false, length = 500)
    @NonNull
    @Description("Title or headline of the source.")
    public String title;

    @Column(length = 300)
    @Description("Who published it (news agency, outlet, ministry), when known.")
    public String publisher;

    @Column(length = 2000)
    @Description("Where it can be read, when it is online.")
    public String url;

    @Column(name = "published_on", nullable = false)
    @NonNull
    @Description("Publication date.")
    public LocalDate publishedOn;

    @Column(nullable = false, length = 35)
    @NonNull
    @Description("Language of the text, as a BCP 47 tag such as `en` or `fr`.")
    public String language;

    /** Full text, kept for provenance: every excerpt must occur in it. Loaded only when asked for. */
    @Column(name = "full_text", length = 1_000_000)
    @Name("text")
    @Description("The full text of the source, when stored. Every excerpt of its statements and figures occurs in it verbatim.")
    public String text;
}
