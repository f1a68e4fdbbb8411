package org.casus;

/**
 * The root of every error Casus reports to a user. Subclasses carry the context needed to say
 * what went wrong and where; the CLI prints their message, never a stack trace.
 */
public class CasusException extends RuntimeException {
    public CasusException(String message) {
        super(message);
    }

    public CasusException(String message, Throwable cause) {
        super(message, cause);
    }
}
