package io.newsflow.ingest.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the shared wire fixtures are, and which of their files are documents to ingest. */
final class WireFixtures {

    private WireFixtures() {
    }

    /** {@code <shared>/fixtures/wire}: the shared dir comes from {@code newsflow.shared.dir}, else ../../shared. */
    static Path root() {
        String configured = System.getProperty("newsflow.shared.dir");
        Path shared = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("").toAbsolutePath().resolve("../../shared").normalize();
        return shared.resolve("fixtures").resolve("wire");
    }

    /** Every document under the fixture tree, relative and with '/' separators; SOURCES.md and schemas left out. */
    static List<String> documents() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(WireFixtures::isDocument)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + relative, e);
        }
    }

    /** The content type a pusher would send for the file: generic, so that the content decides. */
    static String contentType(String relative) {
        return relative.endsWith(".json") ? "application/json" : "application/xml";
    }

    private static boolean isDocument(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !name.endsWith(".md") && !name.endsWith(".xsd")
                && !relative.contains("/schema/") && !name.equals("extension-schema.json");
    }
}
