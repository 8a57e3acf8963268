package io.newsflow.launcher;

/** A step of the launcher failed; the message says what, and what to do, for a person at a terminal. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
