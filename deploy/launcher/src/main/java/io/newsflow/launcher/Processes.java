package io.newsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Starts detached processes with a pid file and a log file each, and stops them again. A process started here
 * outlives the launcher (it runs in its own session), so {@code up} can return and {@code down} can find it later.
 */
final class Processes {

    private final StackSettings settings;

    Processes(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts {@code command} detached, output to {@code logs/<name>.log}, pid to {@code run/<name>.pid}. */
    long start(String name, List<String> command, Path workDir, Map<String, String> env) {
        try {
            Files.createDirectories(settings.runDir());
            Files.createDirectories(settings.logDir());
            List<String> detached = new ArrayList<>();
            detached.add("setsid");
            detached.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(detached)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(name).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            writePid(name, process.pid());
            return process.pid();
        } catch (IOException e) {
            throw new LaunchException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records {@code pid} with the time the process started: a pid file outlives a reboot (it is under
     * {@code /var/tmp}), and the same number may then belong to any other process.
     */
    void writePid(String name, long pid) {
        try {
            Files.createDirectories(settings.runDir());
            Files.writeString(pidFile(name), pid + startTicks(pid).map(ticks -> " " + ticks).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path logFile(String name) {
        return settings.logDir().resolve(name + ".log");
    }

    Path pidFile(String name) {
        return settings.runDir().resolve(name + ".pid");
    }

    /**
     * The live process recorded for {@code name}, if any: the pid must still belong to the process that was
     * started, not to one that got the same number later (a file without a start time, written by an older build or
     * where {@code /proc} is missing, is taken on its pid alone).
     */
    Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] recorded = Files.readString(file).trim().split(" ", 2);
            long pid = Long.parseLong(recorded[0]);
            Optional<String> start = recorded.length == 2 && recorded[1].chars().allMatch(Character::isDigit)
                    ? Optional.of(recorded[1]) : Optional.empty();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> start.isEmpty() || startTicks(pid).map(start.get()::equals).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * When a process started, in clock ticks after boot ({@code /proc/<pid>/stat}, field 22): unlike
     * {@code ProcessHandle.Info.startInstant}, which adds a boot time each JVM reads off the wall clock (so two
     * readings of one process can differ when the clock is stepped), it never changes for a process.
     */
    private static Optional<String> startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Names of every process with a pid file, in no particular order. */
    List<String> recorded() {
        if (!Files.isDirectory(settings.runDir())) {
            return List.of();
        }
        try (var files = Files.list(settings.runDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops {@code name} and its children: TERM (or INT when {@code interrupt}), then KILL after the grace period. */
    void stop(String name, Duration grace, boolean interrupt) {
        running(name).ifPresent(process -> {
            List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
            family.add(0, process);
            if (interrupt) {
                signal(process.pid(), "INT");
            } else {
                family.forEach(ProcessHandle::destroy);
            }
            Instant deadline = Instant.now().plus(grace);
            while (family.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                pause(Duration.ofMillis(200));
            }
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        });
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills {@code name} and its children at once (SIGKILL), as a crash would. */
    void kill(String name) {
        running(name).ifPresent(process -> {
            List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
            family.add(0, process);
            family.forEach(ProcessHandle::destroyForcibly);
            Instant deadline = Instant.now().plusSeconds(10);
            while (family.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                pause(Duration.ofMillis(100));
            }
        });
    }

    /** Sends {@code signal} (a name such as INT, STOP or CONT) to process {@code pid}. */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a short command to completion; fails with its output when it exits non-zero. */
    static String run(List<String> command, Path workDir, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new LaunchException("command failed: " + String.join(" ", command) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new LaunchException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while running " + command.get(0), e);
        }
    }

    /** True when something accepts TCP connections on the loopback port. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when the loopback port is taken by something else. */
    static void requireFree(int port, String what, String envName) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new LaunchException("port " + port + " for " + what + " is taken by another program; "
                    + "stop it or choose another port with " + envName + "=<port> (or NEWSFLOW_PORT_OFFSET)");
        }
    }

    /** Waits until {@code ready} holds, failing after {@code timeout} or as soon as {@code name} has died. */
    void await(String name, Duration timeout, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (running(name).isEmpty()) {
                throw new LaunchException(name + " exited during start-up; last lines of " + logFile(name) + ":\n" + tail(name, 30));
            }
            pause(Duration.ofMillis(300));
        }
        throw new LaunchException(name + " was not ready after " + timeout.toSeconds() + " s; last lines of "
                + logFile(name) + ":\n" + tail(name, 30));
    }

    String tail(String name, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(name));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted", e);
        }
    }
}
