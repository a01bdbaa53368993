package org.collegium.academy.enrolment.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.SessionPlan;

/**
 * An in-person or online session as facilitators type it.
 */
record SessionForm(
        @NotBlank(message = "{enrolment.form.required}") String starts,
        @NotBlank(message = "{enrolment.form.required}") String ends,
        @NotBlank(message = "{enrolment.form.required}") String zone,
        @Size(max = 500, message = "{enrolment.form.too-long}") String place,
        @Size(max = 1000, message = "{enrolment.form.too-long}") String link,
        UUID activity) {

    static SessionForm empty(String zone) {
        return new SessionForm("", "", zone, "", "", null);
    }

    SessionPlan toPlan() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            throw new CourseRefusal("zone", "enrolment.run.zone.unknown");
        }
        return new SessionPlan(RunForm.instant("starts", starts, zoneId), RunForm.instant("ends", ends, zoneId), zoneId,
                place, link, activity == null ? null : new ActivityId(activity));
    }
}
