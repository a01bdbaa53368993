package org.collegium.academy.facilitation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message to learners of a cohort.
 *
 * @param to an enrolment's id for one learner, or blank for the learners the filter keeps
 */
record MessageForm(@NotBlank(message = "{facilitation.message.subject.required}")
        @Size(max = 200, message = "{facilitation.message.subject.too-long}") String subject,
        @NotBlank(message = "{facilitation.message.text.required}")
        @Size(max = 5000, message = "{facilitation.message.text.too-long}") String text,
        String to) {

    static MessageForm empty(String to) {
        return new MessageForm("", "", to == null ? "" : to);
    }
}
