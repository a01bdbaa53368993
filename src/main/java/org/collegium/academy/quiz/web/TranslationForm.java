package org.collegium.academy.quiz.web;

import jakarta.validation.constraints.NotBlank;

/** A question's prompt written in another language. */
record TranslationForm(
        @NotBlank(message = "{quiz.question.language-unknown}") String language,
        @NotBlank(message = "{quiz.question.text-missing}") String prompt) {
}
