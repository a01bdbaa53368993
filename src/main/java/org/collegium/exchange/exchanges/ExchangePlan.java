package org.collegium.exchange.exchanges;

import java.time.LocalDate;
import java.util.List;

import org.collegium.academy.CourseRunId;
import org.collegium.exchange.ExchangeMethod;

/**
 * How the exchange is to happen.
 *
 * @param preparation the secretariat's training on the exchange method, in words
 * @param courseRun a run of an academy course the participants follow to prepare, or null
 */
public record ExchangePlan(ExchangeMethod method, LocalDate startsOn, LocalDate endsOn, String places,
        String preparation, CourseRunId courseRun, List<Participant> participants) {

    public ExchangePlan {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
