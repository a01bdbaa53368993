package org.collegium.academy.course.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.collegium.shared.i18n.TranslationStatus;

/**
 * The title and summary of a course in one more language, with where that translation stands.
 */
record TranslationForm(
        @NotBlank(message = "{course.form.required}") String language,
        @Size(max = 300, message = "{course.form.too-long}") String title,
        @Size(max = 2000, message = "{course.form.too-long}") String summary,
        @NotNull(message = "{course.form.required}") TranslationStatus status) {
}
