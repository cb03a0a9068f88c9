package io.newsgraph.common;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "newsgraph")
public interface NewsgraphConfig {

    /** Where the embedded H2 database keeps its files (environment: NEWSGRAPH_DATA_DIR). */
    String dataDir();

    /**
     * Datasets loaded at start-up, in order: file paths, or classpath resources as
     * {@code classpath:datasets/seed.json} (environment: NEWSGRAPH_DATASETS; empty loads none).
     */
    Optional<List<String>> datasets();
}
