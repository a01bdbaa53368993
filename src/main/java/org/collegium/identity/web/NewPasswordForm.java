package org.collegium.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, chosen through a reset link.
 */
record NewPasswordForm(
        @NotBlank(message = "{identity.link.unknown}") @Size(max = 100, message = "{identity.link.unknown}") String token,
        @NotBlank(message = "{identity.password.required}")
        @Size(max = 128, message = "{identity.password.too-long}") String password) {
}
