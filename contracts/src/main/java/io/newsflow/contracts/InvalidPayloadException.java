package io.newsflow.contracts;

/** A payload that cannot be read as the event it claims to be; its message is the dead-letter reason. */
public class InvalidPayloadException extends RuntimeException {

    public InvalidPayloadException(String message) {
        super(message);
    }

    public InvalidPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
