package io.newsgraph.dataset;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.Statement_;
import io.newsgraph.statistic.Statistic;
import io.newsgraph.statistic.Statistic_;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * What refers to an entity about to be deleted. A source owns its statements and figures (no fact
 * without a source), so a cascading delete removes them; every other reference is optional and a
 * cascading delete clears it.
 */
public final class Dependants {

    /** Facts that refer to the entity: how to count them, and how to clear the reference (SQL). */
    public record Link(String what, String countSql, String clearSql) {
    }

    private final long pk;
    private final List<Link> links;
    private final boolean ownsFacts;

    private Dependants(long pk, boolean ownsFacts, List<Link> links) {
        this.pk = pk;
        this.ownsFacts = ownsFacts;
        this.links = links;
    }

    static Dependants of(KeyedEntity entity, Kind<?, ?> kind) {
        return new Dependants(entity.pk, kind.ownsFacts(), kind.dependants());
    }

    /** Facts whose column names the entity; unlinking clears it. */
    public static Link column(String what, String table, String column) {
        return new Link(what, "select count(*) from " + table + " where " + column + " = :pk",
                "update " + table + " set " + column + " = null where " + column + " = :pk");
    }

    /** Facts linked to the entity through a join table; unlinking deletes the links. */
    public static Link link(String what, String table, String column) {
        return new Link(what, "select count(*) from " + table + " where " + column + " = :pk",
                "delete from " + table + " where " + column + " = :pk");
    }

    long count(Session session) {
        long total = 0;
        for (Link link : links) {
            total += count(session, link);
        }
        return total;
    }

    String describe(Session session) {
        List<String> parts = new ArrayList<>();
        for (Link link : links) {
            long n = count(session, link);
            if (n > 0) {
                parts.add(n + " " + link.what());
            }
        }
        return String.join(", ", parts);
    }

    String cascadeMeaning() {
        return ownsFacts ? "delete those facts too" : "clear those references";
    }

    /** With a source: deletes its statements and figures (and clears what referred to those statements). */
    int deleteOwned(Session session) {
        if (!ownsFacts) {
            return 0;
        }
        List<Statistic> statistics = session.createSelectionQuery(
                "from Statistic where " + Statistic_.SOURCE_ID + " = :pk", Statistic.class).setParameter("pk", pk).getResultList();
        List<Statement> statements = session.createSelectionQuery(
                "from Statement where " + Statement_.SOURCE_ID + " = :pk", Statement.class).setParameter("pk", pk).getResultList();
        statistics.forEach(session::remove);
        session.flush();
        if (!statements.isEmpty()) {
            session.createMutationQuery("update Statistic set " + Statistic_.STATEMENT_ID + " = null where "
                    + Statistic_.STATEMENT_ID + " in :statements")
                    .setParameter("statements", statements.stream().map(s -> s.pk).toList()).executeUpdate();
        }
        statements.forEach(session::remove);
        session.flush();
        return statistics.size() + statements.size();
    }

    /** Clears every optional reference; returns how many were cleared. */
    int unlink(Session session) {
        if (ownsFacts) {
            return 0;
        }
        int cleared = 0;
        for (Link link : links) {
            cleared += session.createNativeMutationQuery(link.clearSql()).setParameter("pk", pk).executeUpdate();
        }
        // Entities loaded earlier in this transaction must not write the old references back.
        session.clear();
        return cleared;
    }

    private long count(Session session, Link link) {
        return ((Number) session.createNativeQuery(link.countSql(), Long.class).setParameter("pk", pk)
                .getSingleResult()).longValue();
    }
}
