package org.collegium.academy.course.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivityView;
import org.collegium.academy.CompletionRule;

/**
 * An activity as authors type it, in one language.
 */
record ActivityForm(
        @NotNull(message = "{course.activity.kind.required}") ActivityKind kind,
        @NotBlank(message = "{course.form.required}") String language,
        @NotBlank(message = "{course.title.required}") @Size(max = 300, message = "{course.form.too-long}") String title,
        @Size(max = 200000, message = "{course.form.too-long}") String body,
        @Size(max = 1000, message = "{course.form.too-long}") String videoUrl,
        CompletionRule completionRule,
        @Pattern(regexp = "\\s*|\\s*\\d{1,4}\\s*", message = "{course.activity.minutes.invalid}") String estimatedMinutes) {

    static ActivityForm empty(String language) {
        return new ActivityForm(ActivityKind.PAGE, language, "", "", "", CompletionRule.VIEWED, "");
    }

    static ActivityForm of(ActivityView view, String language) {
        return new ActivityForm(view.activity().kind(), language,
                view.activity().title().readable(language).orElse(""), view.body().readable(language).orElse(""),
                view.videoUrl() == null ? "" : view.videoUrl(), view.activity().completionRule(),
                view.activity().estimatedMinutes() == null ? "" : view.activity().estimatedMinutes().toString());
    }

    ActivityDraft toDraft() {
        return new ActivityDraft(kind, language, title, body, videoUrl, completionRule,
                estimatedMinutes == null || estimatedMinutes.isBlank() ? null : Integer.valueOf(estimatedMinutes.strip()));
    }
}
