package io.newsgraph.planner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A synthetic dataset made by the benchmark's generator ({@code bench/GenerateDataset.java}, see
 * bench/README.md), written once under {@code target/differential/} and reused by later runs: the
 * generator gives the same file for the same size and seed.
 */
final class GeneratedDataset {

    static final String SIZE = "tiny";
    static final long SEED = 7;

    private GeneratedDataset() {
    }

    /** The dataset file, generated on first use. */
    static synchronized Path file() {
        Path out = Path.of("target", "differential", SIZE + "-" + SEED + ".json").toAbsolutePath();
        if (Files.isRegularFile(out)) {
            return out;
        }
        Path log = out.resolveSibling("generate.log");
        try {
            Files.createDirectories(out.getParent());
            // Run as a single-file program, as bench/run.sh does: it is no part of the application's sources.
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "bench/GenerateDataset.java", "--size", SIZE, "--seed", Long.toString(SEED), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("bench/GenerateDataset.java failed, see " + log + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }
}
