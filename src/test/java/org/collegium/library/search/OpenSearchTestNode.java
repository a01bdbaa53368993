package org.collegium.library.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real OpenSearch node for the search tests, started once per test JVM in a JVM of its own (OpenSearch 3 runs on
 * Lucene 10, Hibernate Search's Lucene backend on Lucene 9: one classpath cannot hold both). Its classpath, the
 * OpenSearch runner from Maven Central with its dependencies, is written by the build (maven-antrun-plugin) to the file
 * named by {@code collegium.test.opensearch.classpath-file}. The node stops when the test JVM exits.
 */
final class OpenSearchTestNode {

    static final String CLASSPATH_FILE = "collegium.test.opensearch.classpath-file";

    private static final Pattern HTTP_ADDRESS =
            Pattern.compile("HttpServerTransport\\s*\\]\\s*publish_address \\{([^}]+)\\}");
    private static String uri;

    private OpenSearchTestNode() {
    }

    /** The node's HTTP address, starting it on first use. */
    static synchronized String uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static String start() {
        try {
            Path classpathFile = Path.of(System.getProperty(CLASSPATH_FILE, "target/opensearch-node.classpath"));
            if (!Files.isRegularFile(classpathFile)) {
                throw new IllegalStateException("No OpenSearch node classpath at " + classpathFile.toAbsolutePath()
                        + ": run the build's process-test-classes phase (./mvnw verify does)");
            }
            Path home = Files.createTempDirectory("collegium-opensearch-node");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process node = new ProcessBuilder(List.of(java.toString(), "-Xms256m", "-Xmx512m",
                    "-cp", Files.readString(classpathFile).strip(),
                    "org.codelibs.opensearch.runner.OpenSearchRunner",
                    "-basePath", home.toString(), "-numOfNode", "1", "-clusterName", "collegium-test",
                    // the runner takes the first free HTTP port above this one and below 9300
                    "-baseHttpPort", "9249"))
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, home)));
            return "http://" + awaitHttpAddress(node, classpathFile.resolveSibling("opensearch-node.log"));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the OpenSearch test node", e);
        }
    }

    private static String awaitHttpAddress(Process node, Path log) {
        var address = new CompletableFuture<String>();
        Thread.ofPlatform().daemon().name("opensearch-test-node-output").start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                 var out = new PrintWriter(Files.newBufferedWriter(log))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(line);
                    out.flush();
                    var matcher = HTTP_ADDRESS.matcher(line);
                    if (matcher.find()) {
                        address.complete(matcher.group(1));
                    }
                }
                address.completeExceptionally(new IllegalStateException("The OpenSearch test node stopped; see " + log));
            }
            catch (IOException e) {
                address.completeExceptionally(e);
            }
        });
        try {
            return address.get(3, TimeUnit.MINUTES);
        }
        catch (Exception e) {
            node.destroyForcibly();
            throw new IllegalStateException("The OpenSearch test node did not start; see " + log, e);
        }
    }

    private static void stop(Process node, Path home) {
        node.destroy();
        try {
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (IOException | UncheckedIOException e) {
            // the temporary directory is left behind; nothing else depends on it
        }
    }
}
