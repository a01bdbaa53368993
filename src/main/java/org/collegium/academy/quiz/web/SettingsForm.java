package org.collegium.academy.quiz.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizFeedback;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSettings;
import org.collegium.shared.time.TimeZones;

/**
 * A quiz's settings as its authors type them: either questions chosen from the bank ({@code mode} "fixed") or a
 * number drawn at random for each attempt ("draw"); dates as local date and time in the author's zone.
 */
record SettingsForm(
        @NotBlank(message = "{quiz.form.required}") String mode,
        List<UUID> questions,
        @Pattern(regexp = "\\s*\\d{0,3}\\s*", message = "{quiz.form.number-invalid}") String drawCount,
        String drawTags,
        Boolean shuffleQuestions,
        Boolean shuffleChoices,
        @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{quiz.form.number-invalid}") String attemptsLimit,
        @Pattern(regexp = "\\s*\\d{0,4}\\s*", message = "{quiz.form.number-invalid}") String timeLimitMinutes,
        @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{quiz.form.number-invalid}") String passMark,
        String opensAt,
        String closesAt,
        @NotBlank(message = "{quiz.form.required}") String zone,
        QuizFeedback feedback) {

    SettingsForm {
        questions = questions == null ? List.of() : questions;
        shuffleQuestions = Boolean.TRUE.equals(shuffleQuestions);
        shuffleChoices = Boolean.TRUE.equals(shuffleChoices);
    }

    static SettingsForm empty(ZoneId zone) {
        return new SettingsForm("fixed", List.of(), "", "", false, false, "0", "", "50", "", "", zone.getId(),
                QuizFeedback.PER_ANSWER);
    }

    static SettingsForm of(QuizSettings settings, ZoneId zone) {
        return new SettingsForm(settings.drawsAtRandom() ? "draw" : "fixed",
                settings.questions().stream().map(QuestionId::value).toList(),
                settings.drawsAtRandom() ? Integer.toString(settings.drawCount()) : "",
                String.join(", ", settings.drawTags()), settings.shuffleQuestions(), settings.shuffleChoices(),
                Integer.toString(settings.attemptsLimit()),
                settings.timeLimitMinutes() == null ? "" : settings.timeLimitMinutes().toString(),
                Integer.toString(settings.passMark()), local(settings.opensAt(), zone), local(settings.closesAt(), zone),
                zone.getId(), settings.feedback());
    }

    public boolean draws() {
        return "draw".equals(mode);
    }

    QuizSettings toSettings() {
        ZoneId zoneId = TimeZones.parse(zone == null ? null : zone.strip())
                .orElseThrow(() -> new QuizRefusal("zone", "quiz.form.zone-unknown"));
        List<QuestionId> chosen = draws() ? List.of() : questions.stream().distinct().map(QuestionId::new).toList();
        int count = draws() ? number(drawCount, 0) : 0;
        Set<String> tags = new LinkedHashSet<>();
        if (draws() && drawTags != null) {
            Arrays.stream(drawTags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        }
        return new QuizSettings(chosen, count, tags, shuffleQuestions, shuffleChoices, number(attemptsLimit, 0),
                timeLimitMinutes == null || timeLimitMinutes.isBlank() ? null : number(timeLimitMinutes, 0),
                instant("opensAt", opensAt, zoneId), instant("closesAt", closesAt, zoneId), number(passMark, 0),
                feedback);
    }

    private static int number(String value, int blank) {
        return value == null || value.isBlank() ? blank : Integer.parseInt(value.strip());
    }

    private static Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException invalid) {
            throw new QuizRefusal(field, "quiz.form.date-invalid");
        }
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
