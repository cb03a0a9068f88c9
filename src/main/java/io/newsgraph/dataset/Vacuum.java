package io.newsgraph.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * After a bulk import has committed, on PostgreSQL: VACUUM marks the new rows visible to all in the
 * tables' visibility maps. Until then every read checks each row it touches against the commit log
 * and index-only scans fetch every heap row (a statement's countries: 238 heap fetches for 238 index
 * entries), until autovacuum comes round, if it is on. VACUUM cannot run inside a transaction, hence
 * after the import's. H2 needs nothing of the kind.
 */
@ApplicationScoped
public class Vacuum {

    private static final Logger LOG = Logger.getLogger(Vacuum.class);

    private final DataSource dataSource;

    Vacuum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void afterImport(ImportReport report) {
        if (!DatasetImporter.isLarge(report)) {
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return;
            }
            statement.execute("vacuum");
            LOG.infof("Tables vacuumed after the import in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            // The import stands; reads are right, only slower until autovacuum runs.
            LOG.warnf("VACUUM after the import failed: %s", e.getMessage());
        }
    }
}
