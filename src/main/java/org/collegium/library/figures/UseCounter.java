package org.collegium.library.figures;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds one use to a counter row, without losing any when many requests count at once: the database adds
 * ({@code uses = uses + 1}) under its row lock; the first use of a day inserts the row, and an insert that another
 * request won is followed by the addition. Each statement commits on its own, outside any request transaction, so
 * that a lost insert race costs nothing else (the same on PostgreSQL and H2).
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UseCounter {

    private final JdbcClient jdbc;

    UseCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID resource, UUID network, LocalDate day, String country, UseKind kind) {
        if (increment(resource, day, country, kind)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO library_use_figure (resource_id, network_id, used_on, country, kind, uses) "
                            + "VALUES (?, ?, ?, ?, ?, 1)")
                    .params(resource, network, day, country, kind.name()).update();
        } catch (DuplicateKeyException lostRace) {
            increment(resource, day, country, kind);
        }
    }

    private boolean increment(UUID resource, LocalDate day, String country, UseKind kind) {
        return jdbc.sql("UPDATE library_use_figure SET uses = uses + 1 "
                        + "WHERE resource_id = ? AND used_on = ? AND country = ? AND kind = ?")
                .params(resource, day, country, kind.name()).update() > 0;
    }
}
