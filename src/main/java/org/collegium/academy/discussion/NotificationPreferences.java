package org.collegium.academy.discussion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.academy.CourseId;
import org.collegium.academy.NotificationPreference;
import org.collegium.identity.AccountId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's choice of notifications per course; no row means the default.
 */
@Component
class NotificationPreferences {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    NotificationPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    NotificationPreference of(AccountId account, CourseId course) {
        List<String> found = jdbc.queryForList(
                "SELECT preference FROM discussion_preference WHERE account_id = ? AND course_id = ?", String.class,
                account.value(), course.value());
        return found.isEmpty() ? NotificationPreference.DEFAULT : NotificationPreference.valueOf(found.getFirst());
    }

    /** The choices of these people for the course, the default for those who made none. */
    Map<AccountId, NotificationPreference> of(Collection<AccountId> accounts, CourseId course) {
        Map<AccountId, NotificationPreference> choices = new HashMap<>();
        accounts.forEach(account -> choices.put(account, NotificationPreference.DEFAULT));
        if (accounts.isEmpty()) {
            return choices;
        }
        List<UUID> ids = accounts.stream().map(AccountId::value).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            named.query("SELECT account_id, preference FROM discussion_preference "
                            + "WHERE course_id = :course AND account_id IN (:accounts)",
                    Map.of("course", course.value(), "accounts", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
                    row -> {
                        choices.put(new AccountId(row.getObject("account_id", UUID.class)),
                                NotificationPreference.valueOf(row.getString("preference")));
                    });
        }
        return choices;
    }

    void choose(AccountId account, CourseId course, NotificationPreference preference) {
        int changed = jdbc.update("UPDATE discussion_preference SET preference = ? WHERE account_id = ? AND course_id = ?",
                preference.name(), account.value(), course.value());
        if (changed == 0) {
            jdbc.update("INSERT INTO discussion_preference (account_id, course_id, preference) VALUES (?, ?, ?)",
                    account.value(), course.value(), preference.name());
        }
    }
}
