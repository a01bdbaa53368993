package org.collegium.academy.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The form a platform administrator fills in to open an academy.
 */
record NewAcademyForm(
        @NotBlank(message = "{academy.form.required}") @Size(max = 40, message = "{academy.slug.invalid}") String slug,
        @NotBlank(message = "{academy.form.required}") @Size(max = 200, message = "{academy.name.invalid}") String name,
        @NotBlank(message = "{academy.form.required}") @Size(max = 80, message = "{academy.organisation.unknown}")
        String organisation,
        @NotBlank(message = "{academy.form.required}") String language,
        @NotBlank(message = "{academy.form.required}") @Size(max = 8000, message = "{academy.description.too-long}")
        String description,
        @NotEmpty(message = "{academy.languages.empty}") Set<String> languages,
        @NotBlank(message = "{academy.form.required}") String accentColour,
        @Email(message = "{academy.email.invalid}") @Size(max = 254, message = "{academy.email.invalid}")
        String administratorEmail) {

    static NewAcademyForm empty() {
        return new NewAcademyForm("", "", "", "en", "", Set.of("en"), "#1f5f8b", "");
    }
}
