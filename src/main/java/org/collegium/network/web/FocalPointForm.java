package org.collegium.network.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The e-mail address of the account to name focal point.
 */
public record FocalPointForm(
        @NotBlank(message = "{network.email.required}") @Email(message = "{network.email.invalid}")
        @Size(max = 254, message = "{network.email.invalid}") String email) {
}
