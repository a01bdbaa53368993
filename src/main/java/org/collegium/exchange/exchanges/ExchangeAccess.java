package org.collegium.exchange.exchanges;

import java.util.Objects;

import org.collegium.exchange.ProgrammeId;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an exchange: the programme's secretariat runs it; the focal points of both sides write the
 * joint report; the members of both organisations and the participants read it.
 */
@Component
class ExchangeAccess {

    private final Roles roles;

    ExchangeAccess(Roles roles) {
        this.roles = roles;
    }

    void requireSecretariat(AccountId actor, ProgrammeId programme) {
        if (!secretariat(actor, programme)) {
            throw new AccessDeniedException("only the programme's secretariat runs its exchanges");
        }
    }

    void requireReporter(AccountId actor, ExchangeView exchange) {
        if (!reporter(actor, exchange)) {
            throw new AccessDeniedException("only the secretariat and the focal points of both sides report");
        }
    }

    boolean reporter(AccountId actor, ExchangeView exchange) {
        return secretariat(actor, exchange.programme()) || focalPoint(actor, exchange.municipality())
                || focalPoint(actor, exchange.association());
    }

    void requireReader(AccountId actor, ExchangeView exchange) {
        boolean participant = actor != null && exchange.participants().stream()
                .anyMatch(person -> Objects.equals(person.account(), actor));
        if (!participant && !secretariat(actor, exchange.programme()) && !party(actor, exchange.municipality())
                && !party(actor, exchange.association())) {
            throw new AccessDeniedException("this exchange is read by its parties and the secretariat");
        }
    }

    boolean secretariat(AccountId actor, ProgrammeId programme) {
        return actor != null && roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value());
    }

    private boolean focalPoint(AccountId actor, OrganisationId organisation) {
        return actor != null && roles.holds(actor, Role.FOCAL_POINT, organisation.value());
    }

    private boolean party(AccountId actor, OrganisationId organisation) {
        return focalPoint(actor, organisation) || actor != null
                && roles.holds(actor, Role.ORGANISATION_MEMBER, organisation.value());
    }
}
