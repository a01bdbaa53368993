package org.collegium.academy.facilitation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    /** Those of these accounts who turned this kind off, in one query. */
    @Transactional(readOnly = true)
    public Set<AccountId> turnedOff(Collection<AccountId> accounts, NotificationKind kind) {
        Set<AccountId> off = new HashSet<>();
        if (accounts.isEmpty()) {
            return off;
        }
        new NamedParameterJdbcTemplate(jdbc).query("SELECT account_id FROM facilitation_notification_preferences"
                + " WHERE kind = :kind AND enabled = FALSE AND account_id IN (:accounts)",
                Map.of("kind", kind.name(), "accounts", accounts.stream().map(AccountId::value).toList()),
                row -> {
                    off.add(new AccountId(row.getObject("account_id", UUID.class)));
                });
        return off;
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
