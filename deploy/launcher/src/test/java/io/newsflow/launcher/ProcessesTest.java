package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    @TempDir
    Path home;

    @Test
    void aRecordedProcessIsFoundWhileItRuns() throws Exception {
        Processes processes = processes();
        long self = ProcessHandle.current().pid();

        processes.writePid("kafka", self);

        assertThat(processes.running("kafka")).hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(self));
        assertThat(Files.readString(processes.pidFile("kafka")))
                .as("the pid and the time its process started, which a reused pid cannot match")
                .isEqualTo(self + " " + ProcessHandle.current().info().startInstant().orElseThrow());
    }

    /** After a reboot the pid of a stack's process may belong to the user's editor: down must not stop it. */
    @Test
    void aPidNowHeldByAnotherProcessIsNotTheRecordedOne() throws Exception {
        Processes processes = processes();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Files.createDirectories(home.resolve("run"));

        Files.writeString(processes.pidFile("kafka"), parent + " 2001-01-01T00:00:00Z");

        assertThat(processes.running("kafka")).isEmpty();
    }

    private Processes processes() {
        return new Processes(StackSettings.fromEnvironment(java.util.Map.of("NEWSFLOW_HOME", home.toString()), 1));
    }
}
