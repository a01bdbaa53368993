package org.collegium.identity.web;

import org.collegium.identity.TooManyAttemptsException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Too many registrations or reset requests: 429, and a page saying so and when to try again.
 */
@ControllerAdvice(basePackageClasses = TooManyAttemptsAdvice.class)
class TooManyAttemptsAdvice {

    @ExceptionHandler(TooManyAttemptsException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooManyAttempts() {
        return "identity/too-many-attempts";
    }
}
