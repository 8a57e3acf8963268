package io.newsflow.launcher;

import io.newsflow.extraction.ExtractBenchmark;
import io.newsflow.launcher.bench.IndexBenchmark;
import io.newsflow.launcher.bench.PipelineBenchmark;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ./newsflow bench WHAT}: the benchmark harness; each benchmark's last output line is its figures. */
final class BenchCommand {

    private BenchCommand() {
    }

    static int run(List<String> options, StackSettings settings) {
        if (options.isEmpty()) {
            throw new Newsflow.UsageException("bench takes one of: pipeline, index, extract, ingest, query");
        }
        String what = options.remove(0);
        try {
            return switch (what) {
                case "pipeline" -> PipelineBenchmark.run(options, settings, processes(settings));
                case "index" -> IndexBenchmark.run(options, settings);
                case "query" -> QueryBenchmark.run(options, settings);
                case "ingest" -> IngestBenchmark.run(options, settings, processes(settings));
                case "extract" -> extract(options);
                default -> throw new LaunchException("no benchmark named '" + what + "'");
            };
        } catch (LaunchException | Newsflow.UsageException e) {
            throw e;
        } catch (Exception e) {
            throw new LaunchException("bench " + what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@link ExtractBenchmark} in a JVM of its own with the heap and collector extract-service runs with, so that
     * its figures are those of a service's core on a bounded heap, not of this launcher's JVM and its default heap.
     */
    private static int extract(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(PipelineService.jvm());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractBenchmark.class.getName()));
        command.addAll(options);
        Process benchmark = new ProcessBuilder(command).inheritIO().start();
        // Stopping the launcher (Ctrl-C) stops the benchmark too.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::destroy));
        return benchmark.waitFor();
    }

    /** The stack's live processes by name, for CPU and memory figures. */
    private static Map<String, ProcessHandle> processes(StackSettings settings) {
        Stack stack = new Stack(settings);
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        for (String name : stack.processes().recorded()) {
            stack.processes().running(name).ifPresent(handle -> handles.put(name, handle));
        }
        return handles;
    }
}
