package org.collegium.identity.web;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor types to register. The password is never sent back to the page.
 */
record RegistrationForm(
        @NotBlank(message = "{identity.display-name.required}")
        @Size(max = 120, message = "{identity.display-name.too-long}") String displayName,
        @NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}")
        @Size(max = 254, message = "{identity.email.too-long}") String email,
        @NotBlank(message = "{identity.password.required}")
        @Size(max = 128, message = "{identity.password.too-long}") String password,
        String language) {

    static RegistrationForm empty(Locale locale) {
        return new RegistrationForm("", "", "", locale.getLanguage());
    }

    Locale locale() {
        return language == null ? null : Locale.forLanguageTag(language);
    }
}
