package io.newsgraph.dataset;

import io.newsgraph.common.NewsgraphConfig;
import io.newsgraph.common.error.Conflicts;
import io.newsgraph.country.CountryCatalog;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * At start-up: all ISO countries, then the configured datasets. A dataset whose exact content
 * was loaded before is skipped, so restarts load nothing twice and never undo later edits.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    private static final String CLASSPATH = "classpath:";

    @Inject
    NewsgraphConfig config;

    @Inject
    CountryCatalog countries;

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetReader reader;

    @Inject
    Vacuum vacuum;

    void onStart(@Observes StartupEvent event) {
        onceMore(countries::ensureAll);
        for (String location : config.datasets().orElse(List.of())) {
            ImportReport report = onceMore(() -> load(location.trim()));
            if (report != null) {
                vacuum.afterImport(report);
            }
        }
    }

    /**
     * Replicas starting together on an empty database race to write the same rows; the loser's
     * transaction fails on a unique key. Trying again then finds the winner's rows and writes nothing.
     */
    private static <T> T onceMore(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            if (!Conflicts.isConflict(e)) {
                throw e;
            }
            LOG.info("Another instance wrote the same start-up data at the same time; checking again");
            return step.get();
        }
    }

    /**
     * One transaction per dataset keeps a load all-or-nothing; a dataset of millions of facts takes
     * minutes, far beyond the transaction manager's default timeout of 60 s.
     *
     * @return what the import did, or null when this exact dataset was loaded before
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "newsgraph.dataset-load-timeout")
    public ImportReport load(String location) {
        DatasetReader.Opener opener = opener(location);
        String sha256 = sha256(opener, location);
        Long seen = Panache.getSession().createSelectionQuery(
                "select count(*) from LoadedDataset where " + LoadedDataset_.ID + "." + LoadedDataset_.Id_.LOCATION
                        + " = :location and " + LoadedDataset_.ID + "." + LoadedDataset_.Id_.SHA256 + " = :sha256", Long.class)
                .setParameter("location", location).setParameter("sha256", sha256).getSingleResult();
        if (seen > 0) {
            LOG.infof("Dataset %s already loaded (sha256 %s), skipped", location, sha256.substring(0, 12));
            return null;
        }
        long start = System.nanoTime();
        LOG.infof("Loading dataset %s", location);
        ImportReport report = importer.importFile(reader.file(location, opener), DatasetImporter.LOADER);
        LoadedDataset loaded = new LoadedDataset();
        loaded.id = new LoadedDataset.Id(location, sha256);
        loaded.loadedAt = LocalDateTime.now();
        loaded.persist();
        LOG.infof("Dataset %s loaded in %d ms: %s", location, (System.nanoTime() - start) / 1_000_000, report);
        return report;
    }

    /** Datasets are read in a streaming fashion, once for the hash and once per section: never held whole. */
    private static DatasetReader.Opener opener(String location) {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            return () -> {
                InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
                if (in == null) {
                    throw new IllegalStateException("Dataset " + location + " not found on the classpath");
                }
                return new BufferedInputStream(in);
            };
        }
        Path path = Path.of(location);
        return () -> new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    private static String sha256(DatasetReader.Opener opener, String location) {
        try (InputStream in = opener.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset " + location, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
