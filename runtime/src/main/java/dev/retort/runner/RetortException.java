package dev.retort.runner;

/** A command that could not be carried out; the message says why and what to do. */
public class RetortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
