package org.collegium.web;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.collegium.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details, titled in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request");
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request");
        Map<String, String> errors = e.getFieldErrors().stream().collect(Collectors.toMap(
                error -> error.getField(),
                error -> messages.getMessage(error, LocaleContextHolder.getLocale()),
                (first, second) -> first));
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(MessageSource messages, HttpStatus status, String type) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://collegium.org/problems/" + type));
        problem.setTitle(messages.getMessage("problem." + type, null, LocaleContextHolder.getLocale()));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String type) {
        return problem(messages, status, type);
    }
}
