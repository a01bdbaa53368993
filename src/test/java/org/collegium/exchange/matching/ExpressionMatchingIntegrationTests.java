package org.collegium.exchange.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A request's submitted expressions of interest ranked with reasons, for its secretariat only. */
@CollegiumIntegrationTest
class ExpressionMatchingIntegrationTests {

    @Autowired ExpressionMatching matching;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired ExpertiseRequests requests;
    @Autowired ExpressionsOfInterest expressions;
    @Autowired Accounts accounts;
    @Autowired Roles roles;
    @Autowired DirectoryEditing editing;
    @Autowired UserDetailsService users;

    @Test
    void ranksEachExpressionByItsBestPractitionerWithReasons() {
        ExchangeScenario scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles,
                editing, users, new BigDecimal("1000"));

        List<ExpressionMatch> ranked = matching.forRequest(scenario.secretariat, scenario.request);

        assertThat(ranked).extracting(match -> match.expression().id())
                .containsExactlyInAnyOrder(scenario.firstExpression, scenario.secondExpression);
        assertThat(ranked).allSatisfy(match -> {
            assertThat(match.best().match().reasons()).anySatisfy(reason ->
                    assertThat(reason).isInstanceOf(Reason.SameFunction.class));
            assertThat(match.best().match().reasons()).anySatisfy(reason ->
                    assertThat(reason).isInstanceOf(Reason.OffersMethod.class));
            assertThat(match.best().practitioner().organisation()).isEqualTo(match.expression().municipality());
        });
        assertThat(ranked.get(0).best().match().score()).isGreaterThanOrEqualTo(ranked.get(1).best().match().score());
        assertThatThrownBy(() -> matching.forRequest(scenario.firstFocalPoint, scenario.request))
                .isInstanceOf(AccessDeniedException.class);
    }
}
