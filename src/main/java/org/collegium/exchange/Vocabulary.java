package org.collegium.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controlled vocabulary that makes "colleague to colleague" comparable across countries: local-government
 * functions (same code: the same job; same family: comparable responsibilities) and topics of expertise. A few
 * dozen rows, read straight from their tables.
 */
@Service
@Transactional(readOnly = true)
public class Vocabulary {

    private static final String FUNCTIONS = "SELECT code, family, isco08, label_en, label_fr, label_es FROM exchange_function";
    private static final String TOPICS = "SELECT code, label_en, label_fr, label_es FROM exchange_topic";

    private final JdbcClient jdbc;

    Vocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every function, by family then code. */
    public List<FunctionTerm> functions() {
        return jdbc.sql(FUNCTIONS + " ORDER BY family, code").query(Vocabulary::function).list();
    }

    public Optional<FunctionTerm> function(String code) {
        return jdbc.sql(FUNCTIONS + " WHERE code = ?").param(code).query(Vocabulary::function).optional();
    }

    public boolean isFunction(String code) {
        return code != null && function(code).isPresent();
    }

    /** Every topic, by code. */
    public List<TopicTerm> topics() {
        return jdbc.sql(TOPICS + " ORDER BY code").query(Vocabulary::topic).list();
    }

    public Optional<TopicTerm> topic(String code) {
        return jdbc.sql(TOPICS + " WHERE code = ?").param(code).query(Vocabulary::topic).optional();
    }

    public boolean isTopic(String code) {
        return code != null && topic(code).isPresent();
    }

    private static FunctionTerm function(ResultSet row, int number) throws SQLException {
        return new FunctionTerm(row.getString("code"), row.getString("family"), row.getString("isco08"), labels(row));
    }

    private static TopicTerm topic(ResultSet row, int number) throws SQLException {
        return new TopicTerm(row.getString("code"), labels(row));
    }

    private static Map<Locale, String> labels(ResultSet row) throws SQLException {
        return Map.of(Locale.ENGLISH, row.getString("label_en"), Locale.FRENCH, row.getString("label_fr"),
                Locale.of("es"), row.getString("label_es"));
    }
}
