package org.collegium.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;


import org.collegium.identity.AccountId;
import org.collegium.identity.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");
    private static final Pattern ISCO08 = Pattern.compile("\\d{4}");

    private final JdbcClient jdbc;
    private final Roles roles;

    Vocabulary(JdbcClient jdbc, Roles roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    /**
     * Adds a function: platform administrators extend the vocabulary (codes are never changed or removed, since
     * profiles and requests refer to them). A refusal names the field and writes nothing.
     */
    @Transactional
    public void addFunction(AccountId actor, FunctionTerm term) {
        administrator(actor);
        code("code", term.code());
        if (isFunction(term.code())) {
            throw new ExchangeRefusal("code", "vocabulary.code.taken");
        }
        code("family", term.family());
        if (term.isco08() != null && !ISCO08.matcher(term.isco08()).matches()) {
            throw new ExchangeRefusal("isco08", "vocabulary.isco08.invalid");
        }
        List<String> labels = labels(term.labels());
        jdbc.sql("INSERT INTO exchange_function (code, family, isco08, label_en, label_fr, label_es) VALUES (?, ?, ?, ?, ?, ?)")
                .params(term.code(), term.family(), term.isco08(), labels.get(0), labels.get(1), labels.get(2)).update();
    }

    /** Adds a topic of expertise, as {@link #addFunction} adds a function. */
    @Transactional
    public void addTopic(AccountId actor, TopicTerm term) {
        administrator(actor);
        code("code", term.code());
        if (isTopic(term.code())) {
            throw new ExchangeRefusal("code", "vocabulary.code.taken");
        }
        List<String> labels = labels(term.labels());
        jdbc.sql("INSERT INTO exchange_topic (code, label_en, label_fr, label_es) VALUES (?, ?, ?, ?)")
                .params(term.code(), labels.get(0), labels.get(1), labels.get(2)).update();
    }

    private void administrator(AccountId actor) {
        if (actor == null || !roles.isPlatformAdministrator(actor)) {
            throw new AccessDeniedException("only platform administrators extend the vocabulary");
        }
    }

    private static void code(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ExchangeRefusal(field, "vocabulary.code.invalid");
        }
    }

    /** The English, French and Spanish labels, each required. */
    private static List<String> labels(Map<Locale, String> labels) {
        List<String> found = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"))) {
            String label = labels.get(language);
            if (label == null || label.isBlank() || label.strip().length() > 200) {
                throw new ExchangeRefusal("label" + Character.toUpperCase(language.getLanguage().charAt(0))
                        + language.getLanguage().substring(1), "vocabulary.label.invalid");
            }
            found.add(label.strip());
        }
        return found;
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
