package org.collegium.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, given by someone who knows the current one.
 */
record PasswordChangeForm(
        @NotBlank(message = "{identity.password.required}")
        @Size(max = 128, message = "{identity.password.too-long}") String currentPassword,
        @NotBlank(message = "{identity.password.required}")
        @Size(max = 128, message = "{identity.password.too-long}") String newPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "");
    }
}
