package org.collegium.academy.enrolment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.LiveSessionId;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.SessionPlan;

/**
 * An in-person or online session of a run, at an instant with the zone that gives it its meaning.
 */
@Entity
@Table(name = "live_session")
class LiveSession {

    @Id
    private UUID id;

    @Column(name = "run_id", nullable = false)
    private UUID runId;

    @Column(name = "activity_id")
    private UUID activityId;

    @Column(name = "starts_at", nullable = false)
    private Instant starts;

    @Column(name = "ends_at", nullable = false)
    private Instant ends;

    @Column(nullable = false)
    private String zone;

    private String place;

    private String link;

    protected LiveSession() {
    }

    LiveSession(CourseRunId run, SessionPlan plan) {
        if (plan.starts() == null) {
            throw new CourseRefusal("starts", "enrolment.session.starts.required");
        }
        if (plan.ends() == null || !plan.ends().isAfter(plan.starts())) {
            throw new CourseRefusal("ends", "enrolment.session.ends.invalid");
        }
        if (plan.zone() == null) {
            throw new CourseRefusal("zone", "enrolment.run.zone.required");
        }
        String where = plan.place() == null ? "" : plan.place().strip();
        if (where.length() > 500) {
            throw new CourseRefusal("place", "enrolment.session.place.too-long", 500);
        }
        String url = checkedLink(plan.link());
        if (where.isEmpty() && url == null) {
            throw new CourseRefusal("place", "enrolment.session.place-or-link");
        }
        this.id = UUID.randomUUID();
        this.runId = run.value();
        this.activityId = plan.activity() == null ? null : plan.activity().value();
        this.starts = plan.starts();
        this.ends = plan.ends();
        this.zone = plan.zone().getId();
        this.place = where.isEmpty() ? null : where;
        this.link = url;
    }

    LiveSessionId id() {
        return new LiveSessionId(id);
    }

    CourseRunId run() {
        return new CourseRunId(runId);
    }

    ActivityId activity() {
        return activityId == null ? null : new ActivityId(activityId);
    }

    LiveSessionView view() {
        return new LiveSessionView(id(), run(), starts, ends, ZoneId.of(zone), place, link, activity());
    }

    private static String checkedLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && link.length() <= 1000) {
                return uri.toString();
            }
        } catch (URISyntaxException invalid) {
            // refused below
        }
        throw new CourseRefusal("link", "enrolment.session.link.invalid");
    }
}
