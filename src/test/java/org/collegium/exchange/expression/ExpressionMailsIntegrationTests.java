package org.collegium.exchange.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.exchange.expression.ExpressionFixtures.twoPractitioners;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.expression.ExpressionFixtures.World;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mail expressions of interest send, read back from the in-process SMTP server. */
@CollegiumIntegrationTest
class ExpressionMailsIntegrationTests {

    private final ExpressionsOfInterest expressions;
    private final ExpressionFixtures fixtures;
    private final Roles roles;
    private final DevMailbox mailbox;
    private World world;

    @Autowired
    ExpressionMailsIntegrationTests(ExpressionsOfInterest expressions, ExpressionFixtures fixtures, Roles roles,
            DevMailbox mailbox) {
        this.expressions = expressions;
        this.fixtures = fixtures;
        this.roles = roles;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void anOpenRequestAndADutchMunicipality() {
        world = fixtures.world();
    }

    @Test
    void theSubmitterIsConfirmedAndToldOfAWithdrawal() {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        String focalPoint = fixtures.email(world.focalPoint());
        assertThat(mailbox.messagesTo(focalPoint)).isEmpty();

        expressions.submit(world.focalPoint(), id);
        assertThat(mailbox.messagesTo(focalPoint)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Expression of interest submitted: Food security and nutrition");
            assertThat(mail.text()).contains("Gemeente Utrecht", "/exchange/requests/" + world.request().value()
                    + "/expression", "(Europe/Brussels)", "(UTC)");
        });

        expressions.withdraw(world.focalPoint(), id);
        assertThat(mailbox.messagesTo(focalPoint)).hasSize(2)
                .anySatisfy(mail -> assertThat(mail.subject()).startsWith("Expression of interest withdrawn"));
        assertThat(mailbox.messagesTo(fixtures.email(world.first()))).isEmpty();
    }

    @Test
    void aMovedDeadlineIsToldToTheAuthorAndFocalPointsOfEveryDraftInTheirLanguage() {
        AccountId frenchFocalPoint = fixtures.account("eoi-focal-fr", Locale.FRENCH);
        roles.grant(frenchFocalPoint, Role.FOCAL_POINT, world.municipality().value());
        expressions.draft(world.focalPoint(), world.request(), world.municipality(), twoPractitioners(world));
        var submittedElsewhere = fixtures.municipality(world, "BE");
        ExpressionOfInterestId submitted = expressions.draft(submittedElsewhere.focalPoint(), world.request(),
                submittedElsewhere.id(), twoPractitioners(fixtures.withMembersOf(world, submittedElsewhere.id())));
        expressions.submit(submittedElsewhere.focalPoint(), submitted);
        int mailsOfSubmitter = mailbox.messagesTo(fixtures.email(submittedElsewhere.focalPoint())).size();

        LocalDateTime later = LocalDateTime.of(2040, 6, 30, 12, 0);
        fixtures.moveDeadline(world, later);

        List<ReceivedMail> english = mailbox.messagesTo(fixtures.email(world.focalPoint()));
        assertThat(english).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("New deadline for the call");
            assertThat(mail.text()).contains("June 30, 2040", "12:00:00", "(Europe/Brussels)", "10:00:00", "(UTC)",
                    "Previous deadline", "Food security and nutrition");
        });
        assertThat(mailbox.messagesTo(fixtures.email(frenchFocalPoint))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Nouvelle date limite");
            assertThat(mail.text()).contains("30 juin 2040", "Date limite précédente");
        });
        assertThat(mailbox.messagesTo(fixtures.email(submittedElsewhere.focalPoint()))).hasSize(mailsOfSubmitter);
        assertThat(mailbox.messagesTo(fixtures.email(world.first()))).isEmpty();
    }
}
