package org.collegium.academy.facilitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.collegium.academy.Cohorts;
import org.collegium.academy.StartingEnrolment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each active learner of a cohort run once, in the day before it starts. The guard is a row per enrolment
 * whose primary key two nodes (or two runs of the job) cannot both insert: only the one that commits it mails.
 */
@Component
public class CohortStartingMails {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(CohortStartingMails.class);

    private final Cohorts cohorts;
    private final LearnerMails mails;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CohortStartingMails(Cohorts cohorts, LearnerMails mails, JdbcTemplate jdbc, TransactionTemplate transactions,
            Clock clock) {
        this.cohorts = cohorts;
        this.mails = mails;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
    void sendDue() {
        sendDue(clock.instant());
    }

    /** Mails the learners of runs starting within a day of {@code now}; returns how many mails went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (StartingEnrolment starting : cohorts.starting(now, now.plus(AHEAD))) {
            if (mails.wants(starting.learner(), NotificationKind.COHORT_STARTING) && claim(starting, now)
                    && mails.cohortStarting(starting)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(StartingEnrolment starting, Instant now) {
        try {
            transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO facilitation_cohort_starting_mail"
                    + " (enrolment_id, run_id, sent_at) VALUES (?, ?, ?)", starting.enrolment().value(),
                    starting.run().value(), Timestamp.from(now)));
            return true;
        } catch (DataAccessException taken) {
            log.debug("Cohort starting mail of enrolment {} already claimed", starting.enrolment().value());
            return false;
        }
    }
}
