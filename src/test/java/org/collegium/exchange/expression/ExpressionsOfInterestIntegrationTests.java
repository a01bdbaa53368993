package org.collegium.exchange.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collegium.exchange.expression.ExpressionFixtures.BRUSSELS;
import static org.collegium.exchange.expression.ExpressionFixtures.practitioner;
import static org.collegium.exchange.expression.ExpressionFixtures.twoPractitioners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.expression.ExpressionFixtures.Municipality;
import org.collegium.exchange.expression.ExpressionFixtures.World;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Expressions of interest through their facade on the real database: the life of one, who may read and write it,
 * what is refused (and leaves every table as it was), the deadline to the second, and two first drafts at once.
 */
@CollegiumIntegrationTest
class ExpressionsOfInterestIntegrationTests {

    private static final List<String> TABLES = List.of("exchange_expression", "exchange_expression_practitioner",
            "exchange_expression_language", "exchange_expression_attachment");

    private final ExpressionsOfInterest expressions;
    private final ExpressionFixtures fixtures;
    private final JdbcTemplate jdbc;
    private World world;

    @Autowired
    ExpressionsOfInterestIntegrationTests(ExpressionsOfInterest expressions, ExpressionFixtures fixtures,
            JdbcTemplate jdbc) {
        this.expressions = expressions;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOpenRequestAndADutchMunicipality() {
        world = fixtures.world();
    }

    @Test
    void theFocalPointDraftsSubmitsWithdrawsAndTakesItUpAgainOnTheSameRow() {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                new ExpressionDraft(List.of(practitioner(world.first(), "Head of food policy")), null, null, null, null,
                        null));
        assertThat(expressions.get(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.DRAFT);
        assertRefused(() -> expressions.submit(world.focalPoint(), id), "motivation");

        ExpressionOfInterestView revised = expressions.revise(world.focalPoint(), id, twoPractitioners(world));
        assertThat(revised.practitioners()).extracting(ProposedPractitioner::jobTitle)
                .containsExactly("Head of food policy", "Agricultural adviser");
        assertThat(revised.practitioners().getFirst().languages()).extracting(LanguageSkill::language)
                .containsExactly("nl", "en");
        assertThat(revised.municipalityCountry()).isEqualTo("NL");
        assertThat(revised.call()).isEqualTo(world.call());
        assertThat(revised.programme()).isEqualTo(world.programme());

        ExpressionOfInterestView submitted = expressions.submit(world.focalPoint(), id);
        assertThat(submitted.status()).isEqualTo(ExpressionStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(world.focalPoint());
        assertThat(expressions.submittedOfCall(world.call())).singleElement().satisfies(found -> {
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.method()).isEqualTo(ExchangeMethod.EXPERT_MISSION);
            assertThat(found.practitioners()).extracting(ProposedPractitioner::account)
                    .containsExactly(world.first(), world.second());
        });
        assertThat(expressions.find(id)).isPresent();
        assertThat(expressions.ofRequest(world.secretariat(), world.request())).extracting(ExpressionOfInterestView::id)
                .containsExactly(id);
        assertThat(expressions.ofMunicipality(world.first(), world.municipality()))
                .extracting(ExpressionOfInterestView::id).containsExactly(id);
        assertRefused(() -> expressions.submit(world.focalPoint(), id), null);

        assertThat(expressions.withdraw(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.WITHDRAWN);
        assertThat(expressions.submittedOfCall(world.call())).isEmpty();
        assertThat(expressions.find(id)).isEmpty();

        assertThat(expressions.revise(world.focalPoint(), id, twoPractitioners(world)).status())
                .isEqualTo(ExpressionStatus.DRAFT);
        assertThat(expressions.submit(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression WHERE request_id = ?", Long.class,
                world.request().value())).isEqualTo(1);
    }

    @Test
    void onlyTheMunicipalitysPeopleReadItOnlyItsFocalPointWritesItAndTheSecretariatReadsSubmittedOnes() {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        Municipality other = fixtures.municipality(world, "BE");
        AccountId stranger = fixtures.account("eoi-stranger", java.util.Locale.ENGLISH);

        assertThat(expressions.get(world.first(), id).id()).isEqualTo(id);
        assertThat(expressions.get(world.administrator(), id).id()).isEqualTo(id);
        assertDenied(() -> expressions.get(other.focalPoint(), id));
        assertDenied(() -> expressions.get(stranger, id));
        assertDenied(() -> expressions.get(null, id));
        assertDenied(() -> expressions.get(world.secretariat(), id));
        assertDenied(() -> expressions.revise(other.focalPoint(), id, twoPractitioners(world)));
        assertDenied(() -> expressions.submit(other.focalPoint(), id));
        assertDenied(() -> expressions.withdraw(other.focalPoint(), id));
        assertDenied(() -> expressions.submit(world.first(), id));
        assertDenied(() -> expressions.ofMunicipality(other.focalPoint(), world.municipality()));
        assertDenied(() -> expressions.ofRequest(world.focalPoint(), world.request()));
        assertDenied(() -> expressions.draft(world.focalPoint(), world.request(), other.id(), twoPractitioners(world)));
        assertThat(expressions.ofRequest(world.secretariat(), world.request())).isEmpty();

        expressions.submit(world.focalPoint(), id);
        assertThat(expressions.get(world.secretariat(), id).status()).isEqualTo(ExpressionStatus.SUBMITTED);
        assertDenied(() -> expressions.get(other.focalPoint(), id));
        assertThatThrownBy(() -> expressions.get(world.focalPoint(), new ExpressionOfInterestId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> expressions.draft(world.focalPoint(), new ExpertiseRequestId(UUID.randomUUID()),
                world.municipality(), twoPractitioners(world))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedExpressionsLeaveEveryTableAsItWas() {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        List<Long> before = counts();
        AccountId outsider = fixtures.account("eoi-outsider", java.util.Locale.ENGLISH);
        OrganisationId french = fixtures.organisation(world.administrator(), "Ville de Lyon",
                OrganisationKind.LOCAL_GOVERNMENT, "FR");
        OrganisationId network = fixtures.organisation(world.administrator(), "Network", OrganisationKind.NETWORK, "NL");
        fixtures.grantFocalPoint(world.focalPoint(), french);
        fixtures.grantFocalPoint(world.focalPoint(), network);
        ExpressionDraft good = twoPractitioners(world);

        assertRefused(() -> expressions.draft(world.focalPoint(), world.request(), world.municipality(), good),
                "municipality");
        assertRefused(() -> expressions.draft(world.focalPoint(), world.request(), french, good), "municipality");
        assertRefused(() -> expressions.draft(world.focalPoint(), world.request(), network, good), "municipality");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(
                List.of(practitioner(outsider, "Someone else's officer")), null, null, null, null, null)),
                "practitioners[0].account");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(
                List.of(practitioner(world.first(), "Twice"), practitioner(world.first(), "Twice")), null, null, null,
                null, null)), "practitioners[1].account");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(
                IntStream.range(0, 11).mapToObj(i -> practitioner(world.first(), "Many")).toList(), null, null, null,
                null, null)), "practitioners");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(List.of(
                new ProposedPractitioner(world.first(), "Wizard", "wizard", "Spells", List.of(), null)), null, null,
                null, null, null)), "practitioners[0].function");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(List.of(
                new ProposedPractitioner(world.first(), "Officer", "food-security-officer", "Runs it", List.of(), null)),
                null, null, null, null, null)), "practitioners[0].languages");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(good.practitioners(),
                "x".repeat(8001), null, null, null, null)), "motivation");
        assertRefused(() -> expressions.revise(world.focalPoint(), id, new ExpressionDraft(good.practitioners(), null,
                null, null, LocalDate.of(2027, 3, 19), LocalDate.of(2027, 3, 8))), "offeredTo");
        assertThat(counts()).isEqualTo(before);
        assertThat(expressions.get(world.focalPoint(), id).practitioners()).hasSize(2);
    }

    @Test
    void aSecondAfterTheDeadlineEverythingIsFrozenAndMovingItLaterReopens() {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        Municipality other = fixtures.municipality(world, "NL");
        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).minusSeconds(1));
        List<Long> before = counts();

        assertRefused(() -> expressions.submit(world.focalPoint(), id), null);
        assertRefused(() -> expressions.revise(world.focalPoint(), id, twoPractitioners(world)), null);
        assertRefused(() -> expressions.withdraw(world.focalPoint(), id), null);
        assertRefused(() -> expressions.draft(other.focalPoint(), world.request(), other.id(),
                new ExpressionDraft(List.of(), null, null, null, null, null)), null);
        assertThat(counts()).isEqualTo(before);
        assertThat(expressions.get(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.DRAFT);

        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).plusMinutes(5));
        assertThat(expressions.submit(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.SUBMITTED);
        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).minusSeconds(1));
        assertRefused(() -> expressions.withdraw(world.focalPoint(), id), null);
        assertThat(expressions.get(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.SUBMITTED);
    }

    @Test
    void twoFirstDraftsAtTheSameMomentLeaveExactlyOneRow() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> draft = () -> {
            start.await();
            try {
                return expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                        twoPractitioners(world));
            } catch (ExchangeRefusal refusal) {
                return refusal;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(Collections.nCopies(0, null));
            results.add(pool.submit(draft));
            results.add(pool.submit(draft));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(ExpressionOfInterestId.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ExchangeRefusal.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((ExchangeRefusal) refusal).code())
                            .isEqualTo("exchange.expression.duplicate"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression WHERE request_id = ?", Long.class,
                world.request().value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression_practitioner p JOIN exchange_expression e"
                + " ON e.id = p.expression_id WHERE e.request_id = ?", Long.class, world.request().value())).isEqualTo(2);
    }

    private List<Long> counts() {
        return TABLES.stream().map(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).toList();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ExchangeRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    private static void assertDenied(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
    }
}
