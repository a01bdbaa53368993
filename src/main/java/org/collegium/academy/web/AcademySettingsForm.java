package org.collegium.academy.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.collegium.academy.AcademySettings;
import org.collegium.academy.AcademySummary;

/**
 * An academy's settings as its administrators edit them: the description in one language at a time.
 */
record AcademySettingsForm(
        @NotBlank(message = "{academy.form.required}") @Size(max = 200, message = "{academy.name.invalid}") String name,
        @NotEmpty(message = "{academy.languages.empty}") Set<String> languages,
        @NotBlank(message = "{academy.form.required}") String accentColour,
        @NotBlank(message = "{academy.form.required}") String descriptionLanguage,
        @Size(max = 8000, message = "{academy.description.too-long}") String description) {

    static AcademySettingsForm of(AcademySummary academy, String language) {
        return new AcademySettingsForm(academy.name(), Set.copyOf(academy.languages()), academy.accentColour(), language,
                academy.description().readable(language).orElse(""));
    }

    AcademySettings toSettings() {
        return new AcademySettings(name, languages, accentColour, descriptionLanguage, description);
    }
}
