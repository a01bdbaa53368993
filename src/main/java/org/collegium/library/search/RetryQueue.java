package org.collegium.library.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.collegium.library.ResourceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The resources whose indexing failed, waiting to be indexed again ({@code library_search_retry}). */
@Component
class RetryQueue {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetryQueue(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * Records a failure. Called after the resource's own transaction has ended, so on a connection of its own,
     * committed at once.
     */
    void record(ResourceId id) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (var update = connection.prepareStatement("UPDATE library_search_retry SET failed_at = ?, "
                    + "attempts = attempts + 1 WHERE resource_id = ?")) {
                update.setTimestamp(1, now);
                update.setObject(2, id.value());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO library_search_retry (resource_id, failed_at, attempts) VALUES (?, ?, 1)")) {
                insert.setObject(1, id.value());
                insert.setTimestamp(2, now);
                insert.executeUpdate();
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not record the failed indexing of resource " + id, e);
        }
    }

    /** The oldest failures first. */
    List<UUID> next(int count) {
        return jdbc.queryForList("SELECT resource_id FROM library_search_retry ORDER BY failed_at", UUID.class)
                .stream().limit(count).toList();
    }

    /** In the caller's transaction: the row goes only if the resource is indexed again. */
    void remove(UUID id) {
        jdbc.update("DELETE FROM library_search_retry WHERE resource_id = ?", id);
    }

    boolean contains(ResourceId id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM library_search_retry WHERE resource_id = ?", Integer.class,
                id.value()) > 0;
    }
}
