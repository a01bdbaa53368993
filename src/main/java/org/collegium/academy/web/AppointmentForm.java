package org.collegium.academy.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.collegium.identity.Role;

/**
 * Appoints the holder of an existing account, named by e-mail, to the academy's staff.
 */
record AppointmentForm(
        @NotBlank(message = "{academy.form.required}") @Email(message = "{academy.email.invalid}")
        @Size(max = 254, message = "{academy.email.invalid}") String email,
        @NotNull(message = "{academy.form.required}") Role role) {

    static AppointmentForm empty() {
        return new AppointmentForm("", Role.FACILITATOR);
    }
}
