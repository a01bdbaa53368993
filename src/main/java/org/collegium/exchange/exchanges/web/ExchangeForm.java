package org.collegium.exchange.exchanges.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collegium.academy.CourseRunId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.exchanges.ExchangePlan;
import org.collegium.exchange.exchanges.Participant;
import org.collegium.exchange.exchanges.Side;
import org.collegium.identity.AccountId;

/**
 * The plan of an exchange as typed: method, dates, places, preparation, an optional course run and the participants
 * of both sides by group. Rows are added by a button, without JavaScript; a row without a name is left out.
 */
public record ExchangeForm(String method, String startsOn, String endsOn, String places, String preparation,
        String courseRun, List<Row> participants) {

    public ExchangeForm {
        participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
    }

    ExchangeForm withEmptyRow() {
        List<Row> rows = new ArrayList<>(participants);
        rows.add(new Row(Side.PARTNER.name(), "1", null, "", "", ""));
        return new ExchangeForm(method, startsOn, endsOn, places, preparation, courseRun, rows);
    }

    /**
     * The plan; what cannot be read (a date, a reference) is refused next to its field. Only the given accounts
     * (the expression's practitioners) are kept on participants: the plan enrols them in its course run.
     */
    ExchangePlan plan(java.util.Set<AccountId> known) {
        return new ExchangePlan(method(method), date("startsOn", startsOn), date("endsOn", endsOn), places,
                preparation, run(courseRun), participants.stream()
                        .filter(row -> row.name() != null && !row.name().isBlank()).map(row -> row.participant(known))
                        .toList());
    }

    private static ExchangeMethod method(String value) {
        return java.util.Arrays.stream(ExchangeMethod.values()).filter(method -> method.name().equals(value))
                .findFirst().orElse(null);
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw new ExchangeRefusal(field, "exchanges.dates.invalid");
        }
    }

    private static CourseRunId run(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new CourseRunId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException unreadable) {
            throw new ExchangeRefusal("courseRun", "exchanges.course.unknown");
        }
    }

    /** A participant: the account is kept for practitioners taken from the expression, so they can be enrolled. */
    public record Row(String side, String group, String account, String name, String organisation, String jobTitle) {

        Participant participant(java.util.Set<AccountId> known) {
            Side chosen = java.util.Arrays.stream(Side.values()).filter(s -> s.name().equals(side)).findFirst()
                    .orElse(null);
            int number;
            try {
                number = Integer.parseInt(group == null ? "" : group.strip());
            } catch (NumberFormatException notANumber) {
                number = 0;
            }
            AccountId person = known.stream().filter(id -> id.value().toString().equals(account)).findFirst()
                    .orElse(null);
            return new Participant(chosen, number, person, name.strip(), organisation, jobTitle == null
                    || jobTitle.isBlank() ? null : jobTitle);
        }
    }
}
