package org.collegium.academy.facilitation;

import java.util.EnumSet;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's choice of mails, one row per kind the learner has set; a kind without a row is on.
 */
@Component
public class LearnerNotifications {

    private final JdbcTemplate jdbc;

    LearnerNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds this learner receives. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> enabledFor(AccountId learner) {
        Set<NotificationKind> enabled = EnumSet.allOf(NotificationKind.class);
        jdbc.query("SELECT kind, enabled FROM facilitation_notification_preferences WHERE account_id = ?", row -> {
            NotificationKind kind = NotificationKind.valueOf(row.getString("kind"));
            if (!row.getBoolean("enabled")) {
                enabled.remove(kind);
            }
        }, learner.value());
        return enabled;
    }

    public boolean wants(AccountId learner, NotificationKind kind) {
        return enabledFor(learner).contains(kind);
    }

    /** Stores the learner's choice: the given kinds on, every other kind off. */
    @Transactional
    public void choose(AccountId learner, Set<NotificationKind> enabled) {
        jdbc.update("DELETE FROM facilitation_notification_preferences WHERE account_id = ?", learner.value());
        for (NotificationKind kind : NotificationKind.values()) {
            jdbc.update("INSERT INTO facilitation_notification_preferences (account_id, kind, enabled) VALUES (?, ?, ?)",
                    learner.value(), kind.name(), enabled.contains(kind));
        }
    }
}
