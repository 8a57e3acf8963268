package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    @TempDir
    Path home;

    @Test
    void aRecordedProcessIsFoundWhileItRunsWithTheTimeItStarted() throws Exception {
        Processes processes = processes();
        long self = ProcessHandle.current().pid();

        processes.writePid("kafka", self);

        assertThat(processes.running("kafka")).hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(self));
        assertThat(Files.readString(processes.pidFile("kafka")))
                .as("the pid and when its process started (ticks after boot), which a reused pid cannot match")
                .matches(self + " \\d+");
    }

    /** After a reboot the pid of a stack's process may belong to the user's editor: down must not stop it. */
    @Test
    void aPidNowHeldByAnotherProcessIsNotTheRecordedOne() throws Exception {
        Processes processes = processes();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Files.createDirectories(home.resolve("run"));

        Files.writeString(processes.pidFile("kafka"), parent + " 1");

        assertThat(processes.running("kafka")).isEmpty();
    }

    /** A stack started by a build that recorded no start time (or another form of it) can still be stopped. */
    @Test
    void aPidFileWithoutTicksIsTakenOnItsPid() throws Exception {
        Processes processes = processes();
        long self = ProcessHandle.current().pid();
        Files.createDirectories(home.resolve("run"));

        Files.writeString(processes.pidFile("kafka"), self + " 2026-12-01T07:53:44.930Z");

        assertThat(processes.running("kafka")).isPresent();
    }

    private Processes processes() {
        return new Processes(StackSettings.fromEnvironment(Map.of("NEWSFLOW_HOME", home.toString()), 1));
    }
}
