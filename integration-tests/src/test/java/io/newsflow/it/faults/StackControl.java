package io.newsflow.it.faults;

import io.newsflow.launcher.Stack;
import io.newsflow.launcher.StackSettings;

/** The test stack, to stop and start its parts; the build passes the same settings the launcher used. */
public final class StackControl {

    private StackControl() {
    }

    public static Stack stack() {
        return new Stack(StackSettings.fromEnvironment(System.getenv(), 1));
    }
}
