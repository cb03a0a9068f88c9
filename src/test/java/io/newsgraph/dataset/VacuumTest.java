package io.newsgraph.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a large import leaves behind on PostgreSQL: vacuumed tables, so that reads of the new rows
 * need not check each against the commit log. A small import (an edit) vacuums nothing; on H2 the
 * call does nothing at all, and fails nothing.
 */
@QuarkusTest
class VacuumTest {

    @Inject
    Vacuum vacuum;

    @Inject
    DataSource dataSource;

    private static ImportReport changed(int rows) {
        return new ImportReport(List.of(new ImportReport.EntityCounts("statements", rows, 0, 0)));
    }

    @Test
    void aSmallImportVacuumsNothing() throws Exception {
        Timestamp before = lastVacuum();
        vacuum.afterImport(changed(DatasetImporter.ANALYZE_AFTER));
        Thread.sleep(1_500); // PostgreSQL publishes a backend's table statistics within a second
        assertEquals(before, lastVacuum());
    }

    @Test
    void aLargeImportEndsWithAVacuumOnPostgres() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        vacuum.afterImport(changed(DatasetImporter.ANALYZE_AFTER + 1));
        if (!TestDatabase.postgres()) {
            return; // nothing to do on H2, and nothing failed
        }
        Timestamp last = null;
        for (int i = 0; i < 50 && (last == null || last.toInstant().isBefore(start)); i++) {
            Thread.sleep(100);
            last = lastVacuum();
        }
        assertTrue(last != null && !last.toInstant().isBefore(start), "statement vacuumed at " + last);
    }

    /** When the statement table was last vacuumed by hand (PostgreSQL), or null (never, or H2). */
    private Timestamp lastVacuum() throws SQLException {
        if (!TestDatabase.postgres()) {
            return null;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select last_vacuum from pg_stat_user_tables where relname = 'statement'")) {
            return rs.next() ? rs.getTimestamp(1) : null;
        }
    }
}
