package org.collegium.exchange.practitioner;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.collegium.identity.LanguageLevel;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads practitioners in bulk: four statements whatever their number (the profiles, then their topics, languages and
 * availability through the same condition), plus one per {@link org.collegium.shared.Chunks#SIZE} for the names.
 * Conditions that indexes answer cheaply (function, country, organisation, topic, language, availability) are
 * filtered in SQL, so matching against tens of thousands of practitioners loads only those that can match.
 */
@Component
class PractitionerRows {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    PractitionerRows(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    List<PractitionerView> find(PractitionerQuery query) {
        return find(query, null);
    }

    Optional<PractitionerView> find(AccountId account) {
        return find(PractitionerQuery.ALL, account.value()).stream().findFirst();
    }

    private List<PractitionerView> find(PractitionerQuery query, UUID account) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, account, parameters);
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT p.account_id, p.organisation_id, p.country, p.job_title, p.function_code, p.responsibilities,"
                + " p.international_experience FROM exchange_practitioner p" + where + " ORDER BY p.account_id")
                .params(parameters)
                .query((row, number) -> new Row(row.getObject("account_id", UUID.class),
                        row.getObject("organisation_id", UUID.class), row.getString("country"), row.getString("job_title"),
                        row.getString("function_code"), row.getString("responsibilities"),
                        row.getString("international_experience")))
                .list().forEach(row -> rows.put(row.account, row));
        if (rows.isEmpty()) {
            return List.of();
        }
        String ofThese = " WHERE x.account_id IN (SELECT p.account_id FROM exchange_practitioner p" + where + ")";
        jdbc.sql("SELECT x.account_id, x.topic_code FROM exchange_practitioner_topic x" + ofThese).params(parameters)
                .query(result -> {
                    rows.get(result.getObject(1, UUID.class)).topics.add(result.getString(2));
                });
        jdbc.sql("SELECT x.account_id, x.language_code, x.level FROM exchange_practitioner_language x" + ofThese)
                .params(parameters).query(result -> {
                    rows.get(result.getObject(1, UUID.class)).languages.add(
                            new SpokenLanguage(result.getString(2), LanguageLevel.valueOf(result.getString(3))));
                });
        jdbc.sql("SELECT x.account_id, x.available_from, x.available_to FROM exchange_practitioner_availability x"
                + ofThese).params(parameters).query(result -> {
                    rows.get(result.getObject(1, UUID.class)).availability.add(new Availability(
                            result.getDate(2).toLocalDate(), result.getDate(3).toLocalDate()));
                });
        Map<AccountId, AccountSummary> names = accounts.findAll(rows.keySet().stream().map(AccountId::new).toList());
        return rows.values().stream().map(row -> row.view(names.get(new AccountId(row.account)))).toList();
    }

    private static String where(PractitionerQuery query, UUID account, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!query.functions().isEmpty()) {
            conditions.add("p.function_code IN (:functions)");
            parameters.put("functions", List.copyOf(query.functions()));
        }
        if (!query.countries().isEmpty()) {
            conditions.add("p.country IN (:countries)");
            parameters.put("countries", List.copyOf(query.countries()));
        }
        if (query.organisation() != null) {
            conditions.add("p.organisation_id = :organisation");
            parameters.put("organisation", query.organisation().value());
        }
        if (query.topic() != null) {
            conditions.add("EXISTS (SELECT 1 FROM exchange_practitioner_topic t WHERE t.account_id = p.account_id"
                    + " AND t.topic_code = :topic)");
            parameters.put("topic", query.topic());
        }
        if (query.language() != null) {
            conditions.add("EXISTS (SELECT 1 FROM exchange_practitioner_language l WHERE l.account_id = p.account_id"
                    + " AND l.language_code = :language)");
            parameters.put("language", query.language());
        }
        if (query.window() != null) {
            conditions.add("EXISTS (SELECT 1 FROM exchange_practitioner_availability a WHERE a.account_id = p.account_id"
                    + " AND a.available_from <= :windowTo AND a.available_to >= :windowFrom)");
            parameters.put("windowFrom", Date.valueOf(query.window().from()));
            parameters.put("windowTo", Date.valueOf(query.window().to()));
        }
        if (account != null) {
            conditions.add("p.account_id = :account");
            parameters.put("account", account);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static final class Row {

        final UUID account;
        final UUID organisation;
        final String country;
        final String jobTitle;
        final String function;
        final String responsibilities;
        final String internationalExperience;
        final Set<String> topics = new TreeSet<>();
        final List<SpokenLanguage> languages = new ArrayList<>();
        final List<Availability> availability = new ArrayList<>();

        Row(UUID account, UUID organisation, String country, String jobTitle, String function, String responsibilities,
                String internationalExperience) {
            this.account = account;
            this.organisation = organisation;
            this.country = country;
            this.jobTitle = jobTitle;
            this.function = function;
            this.responsibilities = responsibilities;
            this.internationalExperience = internationalExperience;
        }

        PractitionerView view(AccountSummary summary) {
            languages.sort(Comparator.comparing(SpokenLanguage::code));
            availability.sort(Comparator.comparing(Availability::from).thenComparing(Availability::to));
            return new PractitionerView(new AccountId(account), summary == null ? "" : summary.displayName(),
                    new OrganisationId(organisation), country, jobTitle, function, responsibilities, topics, languages,
                    internationalExperience, availability);
        }
    }
}
