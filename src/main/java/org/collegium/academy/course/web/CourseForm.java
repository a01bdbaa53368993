package org.collegium.academy.course.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.collegium.academy.Audience;
import org.collegium.academy.CourseDetails;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseLevel;
import org.collegium.academy.CourseSummary;
import org.collegium.identity.ExpertiseTopic;

/**
 * The facts of a course and its title and summary in one language, as authors type them.
 */
record CourseForm(
        @NotBlank(message = "{course.form.required}") @Size(max = 60, message = "{course.slug.invalid}") String slug,
        @NotBlank(message = "{course.form.required}") String language,
        @NotBlank(message = "{course.title.required}") @Size(max = 300, message = "{course.form.too-long}") String title,
        @NotBlank(message = "{course.summary.required}") @Size(max = 2000, message = "{course.form.too-long}")
        String summary,
        Set<ExpertiseTopic> themes,
        Set<Audience> audiences,
        @NotNull(message = "{course.level.required}") CourseLevel level,
        @NotEmpty(message = "{course.languages.required}") Set<String> languages,
        @Pattern(regexp = "\\s*|\\s*\\d{1,4}\\s*", message = "{course.duration.invalid}") String durationHours,
        Set<Integer> sdgGoals,
        @NotNull(message = "{course.format.required}") CourseFormat format) {

    static CourseForm empty(String language) {
        return new CourseForm("", language, "", "", Set.of(), Set.of(), CourseLevel.INTRODUCTORY, Set.of(language), "",
                Set.of(), CourseFormat.SELF_PACED);
    }

    static CourseForm of(CourseSummary course, String language) {
        return new CourseForm(course.slug(), language, course.title().readable(language).orElse(""),
                course.summary().readable(language).orElse(""), course.themes(), course.audiences(), course.level(),
                Set.copyOf(course.languages()),
                course.durationHours() == null ? "" : course.durationHours().toString(), Set.copyOf(course.sdgGoals()),
                course.format());
    }

    CourseDetails toDetails() {
        return new CourseDetails(slug == null ? null : slug.strip(), language, title, summary, themes, audiences, level,
                languages, durationHours == null || durationHours.isBlank() ? null : Integer.valueOf(durationHours.strip()),
                sdgGoals, format);
    }
}
