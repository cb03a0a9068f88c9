package io.newsgraph.proposal;

import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the facts of an article against the officials and organizations newsgraph has. Nothing is
 * written: the proposal is a dataset for an editor to correct and import.
 */
@ApplicationScoped
public class ProposalService {

    public static final int MAX_TEXT = 200_000;
    private static final int MAX_TITLE = 1_000;

    private final Proposer proposer = new Proposer();

    /** Every problem of an article, with its field; empty when it can be read. */
    public static List<Problem> problems(Article a) {
        List<Problem> problems = new ArrayList<>();
        if (a.title() == null || a.title().isBlank()) {
            problems.add(new Problem("title", "is required"));
        } else if (a.title().length() > MAX_TITLE) {
            problems.add(new Problem("title", "has " + a.title().length() + " characters; at most " + MAX_TITLE + " are allowed"));
        }
        if (a.publishedOn() == null) {
            problems.add(new Problem("publishedOn", "is required: the day of publication, as YYYY-MM-DD"));
        }
        if (a.text() == null || a.text().isBlank()) {
            problems.add(new Problem("text", "is required: the article's full text"));
        } else if (a.text().length() > MAX_TEXT) {
            problems.add(new Problem("text", "has " + a.text().length() + " characters; at most " + MAX_TEXT + " are allowed"));
        }
        if (a.language() != null && !a.language().toLowerCase(Locale.ROOT).matches("en(-[a-z0-9]+)*")) {
            problems.add(new Problem("language", "'" + a.language() + "' cannot be read yet: the proposer reads English (`en`)"));
        }
        if (a.url() != null && a.url().length() > 2_000) {
            problems.add(new Problem("url", "is longer than 2,000 characters"));
        }
        return problems;
    }

    @Transactional
    public Dataset propose(Article article) {
        List<Problem> problems = problems(article);
        if (!problems.isEmpty()) {
            throw new BadUserInputException(problems);
        }
        return proposer.propose(article, knownActors(article.text()));
    }

    /**
     * The officials and organizations a speaker of this article could be: those of the countries it names,
     * and those of no country (intergovernmental bodies). Three queries, whatever the size of the graph.
     */
    List<KnownActor> knownActors(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (CountryLexicon.Mention m : CountryLexicon.get().find(text)) {
            codes.add(m.code());
        }
        var session = Panache.getSession();
        List<Object[]> actors = session.createNativeQuery("""
                select a.id, a.slug, a.name, a.actor_type, a.organization_kind, c.code
                from actor a left join country c on c.id = a.country_id
                where a.country_id is null or c.code in (:codes)""", Object[].class)
                .setParameter("codes", codes.isEmpty() ? List.of("--") : codes).getResultList();
        Map<Long, List<String>> aliases = new HashMap<>();
        Map<Long, List<String>> titles = new HashMap<>();
        List<Long> ids = actors.stream().map(r -> ((Number) r[0]).longValue()).toList();
        if (!ids.isEmpty()) {
            for (Object[] r : session.createNativeQuery("select official_id, alias from official_alias where official_id in (:ids)",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                aliases.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
            }
            for (Object[] r : session.createNativeQuery("select official_id, title from official_position where official_id in (:ids)"
                    + " order by ended_on desc nulls first, id", Object[].class).setParameter("ids", ids).getResultList()) {
                titles.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
            }
        }
        List<KnownActor> out = new ArrayList<>();
        for (Object[] r : actors) {
            long id = ((Number) r[0]).longValue();
            boolean official = "OFFICIAL".equals(r[3]);
            out.add(new KnownActor((String) r[1], (String) r[2], aliases.getOrDefault(id, List.of()),
                    titles.getOrDefault(id, List.of()), (String) r[5], official ? null : OrganizationKind.valueOf((String) r[4])));
        }
        return out;
    }

    /** The actors of a dataset, as the proposer matches speakers against them (tests and offline use). */
    public static List<KnownActor> knownActors(Dataset d) {
        List<KnownActor> out = new ArrayList<>();
        d.organizations().forEach(o -> out.add(new KnownActor(o.key(), o.name(), List.of(), List.of(), o.country(), o.kind())));
        d.officials().forEach(o -> out.add(new KnownActor(o.key(), o.name(), o.aliases(),
                o.positions().stream().map(Dataset.PositionEntry::title).toList(),
                o.country() != null ? o.country() : o.positions().isEmpty() ? null : o.positions().get(0).country(), null)));
        return out;
    }
}
