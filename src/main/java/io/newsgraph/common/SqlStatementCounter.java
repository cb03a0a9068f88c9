package io.newsgraph.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares (and, through {@link #counter}, those the read planner
 * runs), as the Prometheus counter {@code newsgraph_sql_statements_total}. Divided by the request count, it shows whether a
 * deployment's real queries stay free of N+1 (the benchmark reports it per request).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementCounter implements StatementInspector {

    private final Counter statements;

    /** The counter's name; the read planner counts its own statements into the same counter. */
    public static final String NAME = "newsgraph.sql.statements";

    SqlStatementCounter(MeterRegistry registry) {
        this.statements = counter(registry);
    }

    /** The one counter of SQL statements, whichever engine runs them. */
    public static Counter counter(MeterRegistry registry) {
        return Counter.builder(NAME)
                .description("SQL statements prepared by Hibernate or run by the read planner (queries, inserts, updates, deletes)")
                .register(registry);
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
