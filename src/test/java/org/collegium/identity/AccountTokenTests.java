package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountTokenTests {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    private final AccountToken token = new AccountToken(AccountId.random(), AccountToken.Purpose.PASSWORD_RESET,
            Tokens.hash("secret"), ISSUED, ISSUED.plus(PasswordResets.LINK_LIFETIME));

    @Test
    void isValidUntilTheSecondItExpires() {
        assertThat(token.statusAt(ISSUED)).isEqualTo(LinkStatus.VALID);
        assertThat(token.statusAt(ISSUED.plus(Duration.ofMinutes(59)).plusSeconds(59))).isEqualTo(LinkStatus.VALID);
        assertThat(token.statusAt(ISSUED.plus(Duration.ofHours(1)))).isEqualTo(LinkStatus.EXPIRED);
    }

    @Test
    void worksOnlyOnce() {
        token.use(ISSUED.plusSeconds(5));
        assertThat(token.statusAt(ISSUED.plusSeconds(6))).isEqualTo(LinkStatus.USED);
        assertThatThrownBy(() -> token.use(ISSUED.plusSeconds(7))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeUsedOnceExpired() {
        assertThatThrownBy(() -> token.use(ISSUED.plus(Duration.ofHours(2)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void confirmationLinksLastTwoDays() {
        AccountToken confirmation = new AccountToken(AccountId.random(), AccountToken.Purpose.CONFIRMATION,
                Tokens.hash("other"), ISSUED, ISSUED.plus(Registrations.CONFIRMATION_LIFETIME));
        assertThat(confirmation.statusAt(ISSUED.plus(Duration.ofHours(47)))).isEqualTo(LinkStatus.VALID);
        assertThat(confirmation.statusAt(ISSUED.plus(Duration.ofHours(48)))).isEqualTo(LinkStatus.EXPIRED);
    }

    @Test
    void storesOnlyTheHashOfTheSecret() {
        assertThat(Tokens.hash("secret")).hasSize(64).isNotEqualTo("secret").isEqualTo(Tokens.hash("secret"));
    }
}
