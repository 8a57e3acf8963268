package io.newsflow.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch and PostgreSQL refuse to run as root. When the launcher is root it runs them as a system user
 * ({@value StackSettings#UNPRIVILEGED_USER}), created on first use, owning their folders.
 */
final class UnprivilegedUser {

    private UnprivilegedUser() {
    }

    /** {@code command}, prefixed so that it drops to the unprivileged user when we are root. */
    static List<String> wrap(List<String> command) {
        if (!StackSettings.runningAsRoot()) {
            return command;
        }
        ensureExists();
        String user = StackSettings.UNPRIVILEGED_USER;
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code folder} (recursively) to the unprivileged user when we are root. */
    static void own(Path folder) {
        if (StackSettings.runningAsRoot()) {
            ensureExists();
            String user = StackSettings.UNPRIVILEGED_USER;
            Processes.run(List.of("chown", "-R", user + ":" + user, folder.toString()), null, Map.of());
        }
    }

    private static synchronized void ensureExists() {
        String user = StackSettings.UNPRIVILEGED_USER;
        try {
            Processes.run(List.of("id", "-u", user), null, Map.of());
        } catch (LaunchException missing) {
            Processes.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user), null, Map.of());
        }
    }
}
