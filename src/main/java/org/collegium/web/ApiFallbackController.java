package org.collegium.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under the API that no module answers is a problem detail, never an HTML page.
 */
@RestController
class ApiFallbackController {

    private final MessageSource messages;

    ApiFallbackController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/v1/**")
    ProblemDetail unknown() {
        return ApiProblems.problem(messages, HttpStatus.NOT_FOUND, "not-found");
    }
}
