package org.collegium.identity;

/**
 * Refused because there were too many attempts of this kind lately (registrations, password reset requests).
 * Pages answer 429 with a message in the person's language.
 */
public class TooManyAttemptsException extends RuntimeException {

    public TooManyAttemptsException(String what) {
        super("Too many attempts: " + what);
    }
}
