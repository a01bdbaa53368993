package org.collegium.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.dashboard.DashboardView;
import org.collegium.exchange.dashboard.RequestState;
import org.collegium.exchange.dashboard.SecretariatDashboard;
import org.collegium.exchange.exchanges.ExchangeStatus;
import org.collegium.exchange.exchanges.ExchangeView;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.RankedApplication;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;

/** The CONNECT demo: the 2017 pilot as seed 003 tells it, and a call open today; built once. */
@CollegiumIntegrationTest
class ExchangeDemoDataIntegrationTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired ApplicationContext context;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired ExpertiseRequests requests;
    @Autowired Selection selection;
    @Autowired Exchanges exchanges;
    @Autowired SecretariatDashboard dashboard;
    @Autowired Accounts accounts;

    @Test
    void buildsThePilotCallAsItWasAndACallOpenTodayOnce() throws Exception {
        runAll();
        runAll();

        List<ProgrammeView> connect = programmes.all().stream()
                .filter(programme -> programme.name().equals(ExchangeDemoData.CONNECT)).toList();
        assertThat(connect).hasSize(1);
        ProgrammeView programme = connect.getFirst();
        assertThat(programme.partnerCountries()).containsExactlyInAnyOrder("UG", "KH", "CO", "GH");
        List<CallView> both = calls.ofProgramme(programme.id());
        assertThat(both).hasSize(2);
        CallView pilot = both.stream().filter(call -> !call.open()).findFirst().orElseThrow();
        assertThat(pilot.deadline().local()).isEqualTo(LocalDateTime.of(2017, 3, 2, 12, 0));
        assertThat(pilot.deadline().zone()).isEqualTo(BRUSSELS);
        assertThat(pilot.changes()).singleElement().satisfies(change ->
                assertThat(change.previous().local()).isEqualTo(LocalDateTime.of(2017, 2, 16, 12, 0)));
        List<ExpertiseRequestView> pilotRequests = requests.ofCall(pilot.id());
        assertThat(pilotRequests).extracting(ExpertiseRequestView::associationCountry)
                .containsExactlyInAnyOrder("UG", "UG", "KH", "CO", "GH");
        assertThat(pilotRequests).extracting(ExpertiseRequestView::topic).containsExactlyInAnyOrder("food-security",
                "food-security", "human-resources-management", "ecotourism", "environmental-health");
        assertThat(both.stream().filter(CallView::open)).singleElement()
                .satisfies(open -> assertThat(requests.ofCall(open.id())).hasSize(2));

        AccountId secretariat = accounts.findByEmail(ExchangeDemoPeople.SECRETARIAT).orElseThrow().id();
        assertThat(selection.ranking(secretariat, pilot.id())).flatExtracting(ranking -> ranking.applications())
                .extracting(RankedApplication::outcome)
                .containsExactlyInAnyOrder(Outcome.SELECTED, Outcome.SELECTED, Outcome.RESERVE, Outcome.NOT_SELECTED);
        assertThat(exchanges.ofProgramme(secretariat, programme.id())).extracting(ExchangeView::status)
                .containsExactlyInAnyOrder(ExchangeStatus.REPORTED, ExchangeStatus.COMPLETED);

        DashboardView figures = dashboard.of(secretariat, programme.id());
        assertThat(figures.byState()).containsEntry(RequestState.EXCHANGE_DONE, 2L)
                .containsEntry(RequestState.NO_EXPRESSION, 3L).containsEntry(RequestState.UNDER_SELECTION, 2L);
        assertThat(figures.meanDaysToMatch()).isGreaterThan(40);
        assertThat(figures.countriesReached()).containsExactlyInAnyOrder("KH", "CO", "NL", "ES");
        assertThat(figures.budget().spent()).isEqualByComparingTo("5168.40");
    }

    private void runAll() throws Exception {
        for (String name : List.of("org.collegium.identity.IdentityDemoData", "org.collegium.network.NetworkDemoData",
                "org.collegium.exchange.demo.ExchangeDemoData")) {
            ApplicationRunner runner = (ApplicationRunner) context.getAutowireCapableBeanFactory()
                    .createBean(Class.forName(name));
            runner.run(null);
        }
    }
}
