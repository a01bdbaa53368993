package org.collegium.academy.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A changed post body as typed.
 */
record EditForm(
        @NotBlank(message = "{discussion.body.required}") @Size(max = 20000, message = "{discussion.body.too-long}") String body) {
}
