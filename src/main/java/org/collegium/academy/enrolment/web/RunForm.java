package org.collegium.academy.enrolment.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.collegium.academy.CourseRefusal;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunPlan;
import org.collegium.identity.AccountId;

/**
 * A run as authors plan it: dates typed as local date and time in the cohort's zone.
 */
record RunForm(
        @NotNull(message = "{enrolment.form.required}") RunKind kind,
        @NotBlank(message = "{enrolment.form.required}") String language,
        @NotNull(message = "{enrolment.form.required}") EnrolmentPolicy policy,
        @Pattern(regexp = "\\s*|\\s*\\d{1,6}\\s*", message = "{enrolment.run.capacity.invalid}") String capacity,
        String enrolmentOpens,
        String enrolmentCloses,
        String starts,
        String ends,
        @NotBlank(message = "{enrolment.form.required}") String zone,
        Set<UUID> facilitators) {

    static RunForm empty(String language, String zone) {
        return new RunForm(RunKind.COHORT, language, EnrolmentPolicy.SELF_SERVICE, "", "", "", "", "", zone, Set.of());
    }

    RunPlan toPlan() {
        ZoneId zoneId = zoneId();
        return new RunPlan(kind, language, policy,
                capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip()),
                instant("enrolmentOpens", enrolmentOpens, zoneId), instant("enrolmentCloses", enrolmentCloses, zoneId),
                instant("starts", starts, zoneId), instant("ends", ends, zoneId), zoneId,
                facilitators == null ? Set.of()
                        : facilitators.stream().map(AccountId::new).collect(Collectors.toSet()));
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException | NullPointerException unknown) {
            throw new CourseRefusal("zone", "enrolment.run.zone.unknown");
        }
    }

    static java.time.Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException invalid) {
            throw new CourseRefusal(field, "enrolment.date.invalid");
        }
    }
}
