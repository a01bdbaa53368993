package org.collegium.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.collegium.shared.i18n.TranslationStatus;

/**
 * One language version of an organisation's description.
 */
public record DescriptionForm(
        @NotBlank(message = "{network.language.required}") String language,
        @NotBlank(message = "{network.description.required}") @Size(max = 8000, message = "{network.description.size}") String text,
        @NotNull(message = "{network.status.required}") TranslationStatus status) {
}
