package org.collegium.academy.discussion.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reply as typed, with the post it quotes, if any.
 */
record ReplyForm(
        @NotBlank(message = "{discussion.body.required}") @Size(max = 20000, message = "{discussion.body.too-long}") String body,
        UUID quoting) {

    static ReplyForm empty() {
        return new ReplyForm("", null);
    }
}
