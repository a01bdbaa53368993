package org.collegium.exchange.demo;

import static org.collegium.exchange.demo.ExchangeDemoData.at;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.exchanges.ExchangeId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the 2017 pilot, built through the facades today, the dates it happened on: the requests filed in January,
 * the original deadline of 16 February moved on 20 February to 2 March at noon, the expressions of late February,
 * the scoring and decisions of early March, the exchanges of March and April and the report of May.
 */
final class ExchangeDemoHistory {

    private final JdbcTemplate jdbc;

    ExchangeDemoHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void pilot(CallId call, List<ExpertiseRequestId> requests, List<ExpressionOfInterestId> expressions,
            ExchangeId reported, ExchangeId completed) {
        jdbc.update("UPDATE exchange_call SET created_at = ? WHERE id = ?", at(2017, 1, 10, 9, 0), call.value());
        jdbc.update("UPDATE exchange_call_deadline_change SET previous_deadline_local = ?, previous_deadline_zone = ?,"
                + " changed_at = ? WHERE call_id = ?", LocalDateTime.of(2017, 2, 16, 12, 0), "Europe/Brussels",
                at(2017, 2, 20, 10, 30), call.value());
        for (int index = 0; index < requests.size(); index++) {
            jdbc.update("UPDATE exchange_request SET filed_at = ? WHERE id = ?", at(2017, 1, 10 + index, 11, 0),
                    requests.get(index).value());
        }
        List<Timestamp> submitted = List.of(at(2017, 2, 24, 15, 10), at(2017, 2, 28, 9, 45), at(2017, 3, 1, 17, 5),
                at(2017, 3, 2, 11, 40));
        for (int index = 0; index < expressions.size(); index++) {
            Timestamp when = submitted.get(index);
            jdbc.update("UPDATE exchange_expression SET created_at = ?, updated_at = ?, submitted_at = ? WHERE id = ?",
                    when, when, when, expressions.get(index).value());
        }
        jdbc.update("UPDATE exchange_selection_reviewer SET appointed_at = ? WHERE call_id = ?", at(2017, 3, 2, 14, 0),
                call.value());
        jdbc.update("UPDATE exchange_scoresheet SET updated_at = ?, submitted_at = ? WHERE call_id = ?",
                at(2017, 3, 6, 16, 0), at(2017, 3, 6, 16, 0), call.value());
        jdbc.update("UPDATE exchange_selection_decision SET decided_at = ?, notified_at = ? WHERE call_id = ?",
                at(2017, 3, 8, 10, 0), at(2017, 3, 8, 10, 5), call.value());
        jdbc.update("UPDATE exchange_exchange SET created_at = ?, status_changed_at = ?, reported_at = ? WHERE id = ?",
                at(2017, 3, 9, 9, 0), at(2017, 5, 10, 12, 0), at(2017, 5, 10, 12, 0), reported.value());
        jdbc.update("UPDATE exchange_exchange SET created_at = ?, status_changed_at = ? WHERE id = ?",
                at(2017, 3, 9, 9, 30), at(2017, 4, 21, 18, 0), completed.value());
        jdbc.update("UPDATE exchange_budget_line SET created_at = ? WHERE exchange_id IN (?, ?)", at(2017, 3, 10, 9, 0),
                reported.value(), completed.value());
    }
}
