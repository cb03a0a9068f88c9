package io.newsgraph.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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

    /**
     * Seconds one start-up dataset may take to load, as one transaction (environment:
     * NEWSGRAPH_DATASET_LOAD_TIMEOUT); read by DatasetLoader's transaction configuration.
     */
    @WithDefault("3600")
    int datasetLoadTimeout();

    /**
     * Password of the embedded {@code editor} account (environment: NEWSGRAPH_EDITOR_PASSWORD).
     * There is no default: without it, writes are refused.
     */
    Optional<String> editorPassword();

    /** Bounds on what one GraphQL request may ask for. */
    Limits limits();

    /** GraphQL over HTTP at /graphql (io.newsgraph.edge.GraphQLEdge). */
    Http http();

    interface Http {
        /**
         * Cache-Control of answers to GET queries (environment: NEWSGRAPH_HTTP_GET_CACHE_CONTROL). The
         * default, no-cache, lets caches keep an answer but makes them revalidate it (If-None-Match,
         * answered 304 while the ETag holds); e.g. "public, max-age=60" lets them serve it for a minute.
         */
        @WithDefault("no-cache")
        String getCacheControl();

        /** How many automatic persisted queries (documents by SHA-256 hash) are kept, least recently used dropped first. */
        @WithDefault("10000")
        int persistedQueries();
    }

    /** The read planner: the fast path of queries (io.newsgraph.planner.PlannedReads). */
    Planner planner();

    interface Planner {
        /**
         * false: SmallRye's resolvers answer every request (environment: NEWSGRAPH_PLANNER_ENABLED).
         * Both engines give the same answers; the planner is faster.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Limits {
        /**
         * Deepest nesting of fields. GraphiQL's own schema query needs 13; the deepest documented
         * query (the dossier) needs 7.
         */
        @WithDefault("15")
        int queryDepth();

        /**
         * Selected fields counted over the whole document (graphql-java's default complexity): bounds how
         * wide a request is (aliases of single lookups, fields per node), which the node budget does not see.
         */
        @WithDefault("1000")
        int queryComplexity();

        /**
         * Most nodes one request may return, counted from its page sizes before it runs
         * (io.newsgraph.common.cost.NodeCount; environment: NEWSGRAPH_LIMITS_QUERY_NODES).
         */
        @WithDefault("100000")
        long queryNodes();
    }
}
