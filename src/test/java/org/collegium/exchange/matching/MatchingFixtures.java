package org.collegium.exchange.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestDraft;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.NewProgramme;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.practitioner.PractitionerFixtures;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;

/**
 * A programme (partner country Uganda, expertise from the Netherlands and Belgium) with an open call and a
 * request of the Ugandan association for a head of human resources, in English, from March to May 2027.
 */
public final class MatchingFixtures {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public final ProgrammeId programme;
    public final AccountId secretariat;
    public final OrganisationId association;
    public final ExpertiseRequestId request;

    public MatchingFixtures(PractitionerFixtures fixtures, Programmes programmes, Calls calls, ExpertiseRequests requests) {
        AccountId administrator = fixtures.administrator();
        OrganisationId platforma = fixtures.organisation(OrganisationKind.NETWORK, "BE");
        association = fixtures.organisation(OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        programme = programmes.create(administrator, new NewProgramme("CONNECT " + UUID.randomUUID(), Set.of(platforma),
                Set.of("UG"), Set.of("NL", "BE"), "connect@example.org", new BigDecimal("100000"), "EUR"));
        secretariat = fixtures.account("secretariat");
        programmes.appointSecretariat(administrator, programme, secretariat);
        CallId call = calls.open(administrator, programme, "Call " + UUID.randomUUID(),
                Instant.now().minus(Duration.ofDays(1)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(20).withNano(0), BRUSSELS));
        request = requests.file(administrator, call, new ExpertiseRequestDraft(association,
                "Human resources " + UUID.randomUUID(), "human-resources-management",
                "Staff leave for the capital.", List.of("Kyotera District"), Set.of("head-of-human-resources"),
                "Runs recruitment", 1, Set.of("en"), Set.of(ExchangeMethod.EXPERT_MISSION), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 31)));
    }
}
