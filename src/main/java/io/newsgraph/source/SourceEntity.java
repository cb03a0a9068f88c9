package io.newsgraph.source;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Basic;
import jakarta.persistence.FetchType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Ignore;

import io.newsgraph.common.KeyedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Name;

@Entity
@Table(name = "source")
@Name("Source")
@Description("Where facts were reported: a news article, a press release, a broadcast. Every statement and figure belongs to one source.")
public class SourceEntity extends KeyedEntity {

    public static final int TITLE_LENGTH = 500;
    public static final int PUBLISHER_LENGTH = 300;
    public static final int URL_LENGTH = 2000;
    public static final int LANGUAGE_LENGTH = 35;
    public static final int TEXT_LENGTH = 1_000_000;
    /** The longest excerpt a statement or figure may quote from its source. */
    public static final int EXCERPT_LENGTH = 10_000;

    @Column(nullable = false, length = TITLE_LENGTH)
    @NonNull
    @Description("Title or headline of the source.")
    public String title;

    @Column(length = PUBLISHER_LENGTH)
    @Description("Who published it (news agency, outlet, ministry), when known.")
    public String publisher;

    @Column(length = URL_LENGTH)
    @Description("Where it can be read, when it is online.")
    public String url;

    @Column(name = "published_on", nullable = false)
    @NonNull
    @Description("Publication date.")
    public LocalDate publishedOn;

    @Column(nullable = false, length = LANGUAGE_LENGTH)
    @NonNull
    @Description("Language of the text, as a BCP 47 tag such as `en` or `fr`.")
    public String language;

    /**
     * Full text, kept for provenance: every excerpt must occur in it. Lazy, because statements and
     * figures load their sources by the hundred for a title; the GraphQL field reads it in batches
     * ({@link SourceGraphQLApi#text}).
     */
    @Column(name = "full_text", length = TEXT_LENGTH)
    @Basic(fetch = FetchType.LAZY)
    @Ignore
    public String text;

    /** The full texts of these sources, by primary key, in one statement (sources without text are left out). */
    public static Map<Long, String> texts(Collection<Long> pks) {
        Map<Long, String> texts = new HashMap<>();
        if (!pks.isEmpty()) {
            for (Object[] row : Panache.getSession().createSelectionQuery(
                    "select s.pk, s." + SourceEntity_.TEXT + " from SourceEntity s where s.pk in :pks and s."
                            + SourceEntity_.TEXT + " is not null", Object[].class)
                    .setParameter("pks", pks).getResultList()) {
                texts.put((Long) row[0], (String) row[1]);
            }
        }
        return texts;
    }
}
