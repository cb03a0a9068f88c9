package io.newsgraph.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example queries as shipped: every {@code .graphql} file of {@code src/main/resources/examples/}. */
public final class ShippedExamples {

    public static final Path FOLDER = Path.of("src", "main", "resources", "examples");

    private ShippedExamples() {
    }

    /** The file names without {@code .graphql}, sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".graphql"))
                    .map(f -> f.substring(0, f.length() - ".graphql".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one example file. */
    public static String document(String name) {
        try {
            return Files.readString(FOLDER.resolve(name + ".graphql"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
