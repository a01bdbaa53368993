package org.collegium.exchange.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.exchanges.ExchangeBudget;
import org.collegium.identity.AccountId;
import org.collegium.shared.web.CsvFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's view of a programme's progress, and its CSV. Access is the secretariat's, as for the budget. */
@Service
@Transactional(readOnly = true)
public class SecretariatDashboard {

    private static final String REQUESTS = """
            SELECT r.id, r.title, r.association_country, r.filed_at,
                   (SELECT COUNT(*) FROM exchange_expression e
                     WHERE e.request_id = r.id AND e.status = 'SUBMITTED') AS expressions,
                   (SELECT MIN(d.decided_at) FROM exchange_selection_decision d
                      JOIN exchange_expression e ON e.id = d.expression_id
                     WHERE e.request_id = r.id AND d.outcome = 'SELECTED') AS matched_at,
                   (SELECT COUNT(*) FROM exchange_exchange x
                     WHERE x.request_id = r.id AND x.status IN ('COMPLETED', 'REPORTED')) AS done
              FROM exchange_request r
             WHERE r.programme_id = ?
             ORDER BY r.filed_at, r.id""";

    private static final String COUNTRIES = """
            SELECT r.association_country AS country FROM exchange_exchange x
              JOIN exchange_request r ON r.id = x.request_id WHERE x.programme_id = ?
            UNION
            SELECT e.municipality_country AS country FROM exchange_exchange x
              JOIN exchange_expression e ON e.id = x.expression_id WHERE x.programme_id = ?""";

    private final JdbcClient jdbc;
    private final Programmes programmes;
    private final ExchangeBudget budget;

    SecretariatDashboard(JdbcClient jdbc, Programmes programmes, ExchangeBudget budget) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.budget = budget;
    }

    public DashboardView of(AccountId actor, ProgrammeId programme) {
        var money = budget.summary(actor, programme);
        ProgrammeView view = programmes.get(programme);
        List<RequestProgress> requests = jdbc.sql(REQUESTS).param(programme.value()).query(SecretariatDashboard::row).list();
        Map<RequestState, Long> byState = new EnumMap<>(RequestState.class);
        for (RequestState state : RequestState.values()) {
            byState.put(state, requests.stream().filter(request -> request.state() == state).count());
        }
        OptionalDouble mean = requests.stream().map(RequestProgress::daysToMatch).filter(Objects::nonNull)
                .mapToLong(Long::longValue).average();
        Double meanDays = mean.isPresent() ? mean.getAsDouble() : null;
        Set<String> countries = new TreeSet<>(jdbc.sql(COUNTRIES).param(programme.value()).param(programme.value())
                .query(String.class).list());
        return new DashboardView(view, requests, byState, meanDays, money, countries);
    }

    /** The requests of the dashboard as a table; headers and states are the given words, in the viewer's language. */
    public CsvFile csv(AccountId actor, ProgrammeId programme, List<String> headers, Map<RequestState, String> states) {
        CsvFile file = new CsvFile().row(headers);
        for (RequestProgress request : of(actor, programme).requests()) {
            file.row(Arrays.asList(request.title(), request.country(), request.filedAt().toString(),
                    Integer.toString(request.expressions()), states.get(request.state()),
                    request.matchedAt() == null ? null : request.matchedAt().toString(),
                    request.daysToMatch() == null ? null : request.daysToMatch().toString()));
        }
        return file;
    }

    private static RequestProgress row(ResultSet row, int number) throws SQLException {
        int expressions = row.getInt("expressions");
        Timestamp matched = row.getTimestamp("matched_at");
        RequestState state = row.getInt("done") > 0 ? RequestState.EXCHANGE_DONE
                : matched != null ? RequestState.MATCHED
                : expressions > 0 ? RequestState.UNDER_SELECTION : RequestState.NO_EXPRESSION;
        return new RequestProgress(new ExpertiseRequestId(row.getObject("id", UUID.class)),
                row.getString("title"), row.getString("association_country"), row.getTimestamp("filed_at").toInstant(),
                expressions, matched == null ? null : matched.toInstant(), state);
    }
}
