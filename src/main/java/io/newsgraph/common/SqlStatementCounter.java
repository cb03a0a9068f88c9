package io.newsgraph.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, as the Prometheus counter
 * {@code newsgraph_sql_statements_total}. Divided by the request count, it shows whether a
 * deployment's real queries stay free of N+1 (the benchmark reports it per request).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementCounter implements StatementInspector {

    private final Counter statements;

    SqlStatementCounter(MeterRegistry registry) {
        this.statements = Counter.builder("newsgraph.sql.statements")
                .description("SQL statements prepared by Hibernate (queries, inserts, updates, deletes)")
                .register(registry);
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
