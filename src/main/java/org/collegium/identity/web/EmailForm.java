package org.collegium.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An address, to send a confirmation or reset link to.
 */
record EmailForm(
        @NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}")
        @Size(max = 254, message = "{identity.email.too-long}") String email) {

    static EmailForm empty() {
        return new EmailForm("");
    }
}
